"""The ``bnldesk`` command line. With no command it launches the desktop application.

Nothing here imports Qt except the GUI launch. User mistakes and environment faults print one
clear line to stderr and exit non-zero; only bugs produce a traceback.

Each command is a ``cmd_<name>(args) -> int`` function with its parser added in
:func:`build_parser`; commands that need the database call :func:`open_from_args`.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bnldesk.domain.errors import BnldeskError
from bnldesk.logs import LEVELS, setup_logging
from bnldesk.paths import user_data_dir
from bnldesk.preferences import command_line_language
from bnldesk.store.backend import (
    DatabaseLocation,
    ServerAddress,
    UnsupportedLocationError,
    describe,
    parse_location,
)

if TYPE_CHECKING:
    from bnldesk.store.listing import Connection

EXIT_USAGE = 2
EXIT_FAILURE = 1


class UserError(BnldeskError):
    """A mistake in what the user asked for; printed as one line, no traceback."""


def said(key: str, args: argparse.Namespace, **values: object) -> str:
    """The command line's line ``key`` (:mod:`bnldesk.commands.speech`) in the language the
    command's errors are said in (its ``--language``, else the command line's), ``values``
    filled in: for a :class:`UserError` a command raises in its own words."""
    from bnldesk.commands.speech import say

    return say(key, command_line_language(getattr(args, "language", None)), **values)


def open_from_args(args: argparse.Namespace, *, read_only: bool = False) -> Any:
    """The store of ``--db`` for a command, reading or writing. A database file is first given
    the window's start-up check (:func:`refuse_damaged`): a damaged file is refused by every
    command, as by the window. Raises :class:`~bnldesk.store.errors.StoreError` subclasses."""
    import bnldesk.services.backup  # noqa: F401  (installs the backup taken before a migration)
    from bnldesk.store.engine import open_store

    location = _db_location(args)
    if not isinstance(location, ServerAddress):
        refuse_damaged(Path(location))
    return open_store(
        location,
        demo=not args.no_demo,
        read_only=read_only,
        ask_password=prompt_password,
    )


def refuse_unknown_plan(args: argparse.Namespace) -> None:
    """Refuse a ``--plan YEAR`` (of any command) when the database holds no plan of that year:
    raises :class:`UserError` (coded ``no_plan_year``, worded in nl/fr) naming the years there
    are, before the command writes anything. Trial 18: ``export-workgroups --plan 1999`` wrote
    an empty workbook and exited 0 where ``brief --plan 1999`` refused; each command decided."""
    year = getattr(args, "plan", None)
    if year is None:
        return
    from sqlalchemy import select

    from bnldesk.domain.models import Plan

    location = _db_location(args)
    exists = isinstance(location, ServerAddress) or Path(location).exists()
    store = open_from_args(args, read_only=exists)
    try:
        with store.read() as session:
            years = sorted(session.scalars(select(Plan.year)).all())
    finally:
        store.close()
    if year not in years:
        there = ", ".join(map(str, years))
        raise UserError(
            f"there is no {year} plan in this database (plans: {there or 'none imported yet'}); "
            "give one of those years or leave out --plan",
            code="no_plan_year",
            values=(year, there),
        )


def refuse_damaged(path: Path) -> None:
    """The check the window runs at start (``quick_check`` and ``foreign_key_check``, about
    20 ms on the demo database) on an existing file: raises
    :class:`~bnldesk.store.errors.DatabaseCorruptError` when it finds damage, SQLite's words
    going to the log (trial 14: ``list annotations`` listed a damaged file's notes and exited
    0 while the window refused it). Other faults raise their own ``StoreError``."""
    if not path.exists():
        return
    from bnldesk.store.check import check_database
    from bnldesk.store.errors import DatabaseCorruptError

    report = check_database(path, quick=True)
    if not report.ok:
        logging.getLogger(__name__).warning("%s", report.summary())
        from bnldesk.store.errors import DamagedWithoutBackupError

        raise DatabaseCorruptError(path) if _has_backups(path) else DamagedWithoutBackupError(path)


def prompt_password(address: ServerAddress) -> str | None:
    """Ask for a server's password on the terminal (never stored); None without a terminal."""
    if not sys.stdin or not sys.stdin.isatty():
        return None
    from bnldesk.commands.speech import say

    language = command_line_language()
    user = address.user or say("your_user", language)
    return getpass.getpass(say("password_of", language, user=user, server=address.display))


def _db_location(args: argparse.Namespace) -> DatabaseLocation:
    """``--db``, else ``$BNLDESK_DB``, else ``bnldesk.db`` in the user data folder: a file path
    or a server's address."""
    if args.db:
        location: DatabaseLocation = args.db
    elif os.environ.get("BNLDESK_DB"):
        location = parse_location(os.environ["BNLDESK_DB"], source="BNLDESK_DB")
    else:
        return user_data_dir() / "bnldesk.db"  # made with its folder on first use
    if not isinstance(location, ServerAddress):
        _refuse_missing_folder(Path(location))
    return location


def _refuse_missing_folder(path: Path) -> None:
    """A file the user named must be in a folder that exists: a mistyped folder is not made
    (with a new demo database in it) but refused with
    :class:`~bnldesk.store.errors.DatabaseFolderMissingError`."""
    if not path.expanduser().parent.is_dir():
        from bnldesk.store.errors import DatabaseFolderMissingError

        raise DatabaseFolderMissingError(path)


def _db_path(args: argparse.Namespace, feature: str = "this command") -> Path:
    """The database file, for features of files (backups, restore, file checks); a server's
    address raises :class:`~bnldesk.store.errors.FileOnlyError` naming ``feature``."""
    from bnldesk.store.errors import FileOnlyError

    location = _db_location(args)
    if isinstance(location, ServerAddress):
        raise FileOnlyError(location.display, feature)
    return location


# The widest a column of a table gets on a terminal; longer text is cut with "…" (``--wide``
# prints every cell whole, ``--json`` everything as data).
COLUMN_WIDTH = 60


ListRows = Sequence[Mapping[str, object]]  # any list's typed rows (bnldesk.store.listing)


def _print_json_rows(rows: ListRows) -> None:
    """``rows`` as a JSON array on stdout, one row per line.

    Each row is encoded by json's C encoder, which ``indent`` turns off: the pure-Python one
    took 248 of 485 ms of CPU for the 8,400 workgroups of the 4x benchmark database (one value
    per line, 1.7 MB); a row per line reads as well and is what ``jq`` or a diff wants."""
    encoder = json.JSONEncoder(ensure_ascii=False, default=str)
    out = sys.stdout
    out.write("[")
    for index, row in enumerate(rows):
        out.write(",\n  " if index else "\n  ")
        out.write(encoder.encode(row))
    out.write("\n]\n" if rows else "]\n")


def _print_rows(
    rows: ListRows,
    columns: Sequence[str],
    as_json: bool,
    *,
    wide: bool = False,
    language: str = "en",
) -> None:
    """Rows as a table on stdout in ``language`` (:func:`bnldesk.commands._tables.table_lines`:
    headings and coded values in its words, columns lined up, long cells cut unless
    ``wide``), or as a JSON array with the rows' own keys and values in any language."""
    if as_json:
        _print_json_rows(rows)
        return
    from bnldesk.commands._tables import table_lines

    for line in table_lines(rows, columns, limit=COLUMN_WIDTH, wide=wide, language=language):
        print(line)


# ------------------------------------------------------------------------------------------
# commands
# ------------------------------------------------------------------------------------------

LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "programmes": ("id", "period", "title", "themes"),
    "plans": ("id", "year", "title", "programme", "chapters", "workgroups"),
    "chapters": ("id", "plan_year", "programme", "number", "title", "sections"),
    "sections": ("id", "plan_year", "number", "title"),
    "items": ("id", "plan_year", "section", "kind", "flagship", "title"),
    "workgroups": ("id", "code", "name", "parent", "plans"),
    "contacts": ("id", "name", "email", "phone", "role", "domain", "validity"),
    "annotations": ("id", "target", "body", "tags", "status", "visibility", "updated_at"),
}


def _plan_rows(conn: Connection, args: argparse.Namespace) -> ListRows:
    """The rows of ``list`` for everything but notes, read with plain SQL (store.listing)."""
    from bnldesk.store import listing

    what = args.what
    rows: ListRows
    if what == "programmes":
        rows = listing.list_programmes(conn)
    elif what == "plans":
        rows = listing.list_plans(conn)
    elif what == "chapters":
        rows = listing.list_chapters(conn, plan_year=args.plan)
    elif what == "sections":
        rows = listing.list_sections(conn, plan_year=args.plan, search=args.search)
    elif what == "items":
        rows = listing.list_items(
            conn, plan_year=args.plan, flagship=args.flagship, search=args.search
        )
    elif what == "workgroups":
        rows = listing.list_workgroups(
            conn, plan_year=args.plan, search=args.search, language=command_line_language()
        )
    else:
        rows = listing.list_contacts(conn, search=args.search)
    if (
        args.plan is not None
        and what in ("chapters", "sections", "items")
        and listing.plan_id_for_year(conn, args.plan) is None
    ):
        where = describe(_db_location(args))
        raise UserError(said("no_plan_for_year", args, year=args.plan, where=where))
    return rows


def _light_rows(args: argparse.Namespace) -> ListRows | None:
    """The rows read without the store (no SQLAlchemy, no models: a tenth of the start-up
    time) when the file is a database at the current schema; None: take the full path (also
    for a server, whose connection needs the store)."""
    import sqlite3

    from bnldesk.paths import migrations_path
    from bnldesk.store import listing, revisions

    path = _db_location(args)
    if isinstance(path, ServerAddress):
        return None
    conn = listing.open_current(path, revisions.head_revision(migrations_path() / "versions"))
    if conn is None:
        return None
    try:
        if listing.damage_found(conn):
            return None  # the full path's check refuses it, in the window's words
        return _plan_rows(conn, args)
    except sqlite3.Error:
        return None  # busy, damaged, ...: the store says so in its own words
    finally:
        conn.close()


def cmd_list(args: argparse.Namespace) -> int:
    what = args.what
    if args.flagship and what != "items":
        raise UserError(said("flagship_items_only", args))
    rows = _light_rows(args) if what != "annotations" else None
    if rows is None:
        from bnldesk.store import queries

        store = open_from_args(args)
        try:
            with store.read() as session:
                if what == "annotations":
                    rows = queries.list_annotations(
                        session,
                        plan_year=args.plan,
                        search=args.search,
                        tag=args.tag,
                        language=command_line_language(),
                    )
                else:
                    rows = _plan_rows(queries.dbapi(session), args)
        finally:
            store.close()
    language = "en" if args.json else command_line_language()
    _print_rows(rows, LIST_COLUMNS[what], args.json, wide=args.wide, language=language)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """``bnldesk search TEXT``: the window's search (:func:`bnldesk.services.search.find`),
    best first; says on stderr when more matches exist than ``--limit`` shows, or when the
    plan year hid every match."""
    from bnldesk.commands.speech import say
    from bnldesk.domain.search_query import either_word_meant
    from bnldesk.domain.value_words import untranslated_search_hint
    from bnldesk.services.search import find
    from bnldesk.store.search import HIT_END, HIT_START

    text = " ".join(args.text)
    if args.limit < 1:
        raise UserError(said("limit_at_least_one", args))
    store = open_from_args(args)
    try:
        with store.read() as session:
            found = find(
                session, text, limit=args.limit, plan_year=args.plan, as_typed=not args.whole_words
            )
    finally:
        store.close()
    language = command_line_language()
    if found.query.is_empty:
        from bnldesk.domain.wording import quoted

        raise UserError(say("nothing_to_search", language, text=quoted(text, language)))
    if found.query.plain_words:
        print(f"bnldesk: {say('search_plain_words', language)}", file=sys.stderr)
    rows = [
        {
            "kind": h.kind,
            "id": h.obj_id,
            "plan_year": h.plan_year,
            "title": h.title,
            "snippet": h.snippet.replace(HIT_START, "[").replace(HIT_END, "]"),
            "rank": round(h.rank, 3),
        }
        for h in found.hits
    ]
    columns = ("kind", "id", "plan_year", "title", "snippet")
    _print_rows(rows, columns, args.json, wide=args.wide, language=language)
    if found.more:
        shown = say("search_more", language, shown=len(found.hits), total=found.total)
        print(f"bnldesk: {shown}", file=sys.stderr)
    elif not found.hits and found.without_filters:
        hidden = say("search_other_years", language, year=args.plan, n=found.without_filters)
        print(f"bnldesk: {hidden}", file=sys.stderr)
    elif not found.hits and found.without_fields:
        hidden = say("search_without_fields", language, n=found.without_fields)
        print(f"bnldesk: {hidden}", file=sys.stderr)
    elif not found.hits and (meant := either_word_meant(text)) is not None:
        print(f"bnldesk: {say('search_either_word', language, query=meant)}", file=sys.stderr)
    elif not found.hits and (hint := untranslated_search_hint(found.plan_languages, language)):
        print(f"bnldesk: {hint}", file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from bnldesk.store.check import check_database

    if isinstance(_db_location(args), ServerAddress):
        from bnldesk.store.check_server import check_server

        store = open_from_args(args)
        try:
            report = check_server(store, quick=args.quick)
        finally:
            store.close()
        return _print_check(
            report, store.where, as_json=args.json, language=getattr(args, "language", None)
        )
    path = _db_path(args)
    if not path.exists():
        open_from_args(args).close()  # like every command, a first use creates the database
    # A possibly damaged file is checked as it is: opening it as a store would try to migrate.
    report = check_database(path, quick=args.quick)
    return _print_check(
        report, str(path), as_json=args.json, language=getattr(args, "language", None)
    )


def _print_check(report: Any, where: str, *, as_json: bool, language: str | None = None) -> int:
    """Print a check's report (a file's or a server's); the exit status. The verdict is one
    line in the command line's language (``language``: a ``--language``); what SQLite found
    goes to the log (and into ``--json``)."""
    from bnldesk.commands.speech import say

    spoken = command_line_language(language)
    if as_json:
        print(
            json.dumps(
                {
                    "path": where,
                    "ok": report.ok,
                    "problems": report.problems,
                    "checks": dict(report.checks),
                },
                ensure_ascii=False,
            )
        )
    elif report.ok:
        for name, result in report.checks:
            print(f"{name}: {_check_result(result, spoken)}")
        names = ", ".join(name for name, _ in report.checks)
        print(say("check_ok", spoken, path=where, checks=names))
    else:
        logging.getLogger(__name__).warning("%s", report.summary())
        verdict = "check_damaged_server" if getattr(report, "where", "") else "check_damaged"
        if verdict == "check_damaged" and not _has_backups(Path(where)):
            verdict = "check_damaged_no_backup"
        print(say(verdict, spoken, path=where), file=sys.stderr)
    return 0 if report.ok else EXIT_FAILURE


def _has_backups(path: Path) -> bool:
    from bnldesk.store.engine import has_backups

    return has_backups(path)


# A check's result (bnldesk.store.check) -> its line in bnldesk.commands.speech.
_CHECK_RESULTS = {
    "ok": "check_result_ok",
    "failed": "check_result_failed",
    "skipped (read-only)": "check_result_skipped_read_only",
}


def _check_result(result: str, language: str) -> str:
    """A check's result ("ok", "failed", ...) in ``language``; an unknown one as it is."""
    from bnldesk.commands.speech import say

    key = _CHECK_RESULTS.get(result)
    return say(key, language) if key else result


def cmd_gui(args: argparse.Namespace) -> int:
    from bnldesk.ui.app import run_gui

    return run_gui(_db_location(args), demo=not args.no_demo)


# ------------------------------------------------------------------------------------------
# parser
# ------------------------------------------------------------------------------------------


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up only when asked (importlib.metadata is slow)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kw: Any) -> None:
        from bnldesk import __version__

        print(f"bnldesk {__version__}")
        parser.exit()


@dataclass
class _UsageLanguage:
    """The language of the help and usage mistakes of the parse under way: ``given``, a
    ``--language`` on its command line; decided at first need (a parse that shows no help and
    finds no mistake never asks), and kept only while :func:`speaking_argparse` runs."""

    given: str | None = None
    active: bool = False
    decided: str | None = None

    def __call__(self) -> str:
        if self.decided is not None:
            return self.decided
        language = command_line_language(self.given)
        if self.active:
            self.decided = language
        return language


_USAGE = _UsageLanguage()


def usage_language() -> str:
    """The language of the command line's help and usage mistakes (the parse under way's,
    see :func:`speaking_argparse`): for an argparse type that words its own refusal."""
    return _USAGE()


def usage_spoken(text: str) -> str:
    """``text`` (argparse's own string, a help, a placeholder) in the command line's
    language (:mod:`bnldesk.commands._usage_words`, loaded only then); English as it is."""
    language = _USAGE()
    if language == "en":
        return text
    from bnldesk.commands._usage_words import spoken

    return spoken(text, language)


def _usage_plural(singular: str, plural: str, number: int) -> str:
    """argparse's ``ngettext`` in the command line's language."""
    from bnldesk.commands._usage_words import spoken_plural

    return spoken_plural(singular, plural, number, _USAGE())


def _given_language(argv: Sequence[str]) -> str | None:
    """The value of a ``--language`` in ``argv`` (a command's option), else None."""
    for index, word in enumerate(argv):
        if word.startswith("--language="):
            return word.partition("=")[2]
        if word == "--language" and index + 1 < len(argv):
            return argv[index + 1]
    return None


@contextlib.contextmanager
def speaking_argparse(argv: Sequence[str]) -> Iterator[None]:
    """While the block parses ``argv``, argparse speaks the command line's language: its own
    strings go through ``gettext`` (argparse's documented way of being translated), and here
    through :func:`usage_spoken` instead, since the language is the command line's rule
    (``--language``, the window's preferences, the environment: gettext's ``.mo`` lookup
    knows only the environment); a positional argument is named in the same language in a
    mistake ("the following arguments are required: WHAT"). Restored after the block."""
    saved = {name: getattr(argparse, name) for name in ("_", "ngettext", "_get_action_name")}
    named = saved["_get_action_name"]

    def action_name(action: argparse.Action | None) -> str | None:
        name: str | None = named(action)
        if name is None or action is None or action.option_strings:
            return name
        return usage_spoken(name)

    _USAGE.given, _USAGE.active, _USAGE.decided = _given_language(argv), True, None
    for name, replacement in (
        ("_", usage_spoken),
        ("ngettext", _usage_plural),
        ("_get_action_name", action_name),
    ):
        setattr(argparse, name, replacement)
    try:
        yield
    finally:
        for name, original in saved.items():
            setattr(argparse, name, original)
        _USAGE.given, _USAGE.active, _USAGE.decided = None, False, None


class _SpokenFormatter(argparse.HelpFormatter):
    """argparse's help in the command line's language: headings, descriptions, helps and
    placeholders are looked up by their English text when the help is written (the parser is
    built in English at every start, at no cost)."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(usage_spoken(heading) if heading else heading)

    def _format_text(self, text: str) -> str:
        return super()._format_text(usage_spoken(text))

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return usage_spoken(action.help) if action.help else action.help

    def _metavar_formatter(
        self, action: argparse.Action, default_metavar: str
    ) -> Callable[[int], tuple[str, ...]]:
        if not _USAGE.active:  # add_argument checks each placeholder as the parser is built
            return super()._metavar_formatter(action, default_metavar)
        if isinstance(action.metavar, str):
            spoken = usage_spoken(action.metavar)
            return lambda size: (spoken,) * size
        return super()._metavar_formatter(action, usage_spoken(default_metavar))


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _SpokenFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> Any:  # one line, not argparse's usage dump
        # The help of the command that was mistyped ("bnldesk brief --help"), which lists the
        # argument that is missing; the top level's only lists the commands.
        see = usage_spoken("(see '%s --help')") % self.prog
        print(f"bnldesk: {message} {see}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)

    def _parse_optional(self, arg_string: str) -> Any:
        """A word with one leading "-" that is not one of this command's options is a word
        of its text ("-Brussel" in a search, "-5 % budget" in a note), not an unknown or
        abbreviated option (argparse would read "-hoi" as "-h")."""
        if (
            self._subparsers is None  # a command's parser, not the top level
            and arg_string.startswith("-")
            and not arg_string.startswith("--")
            and len(arg_string) > 1
            and arg_string not in self._option_string_actions
        ):
            return None
        return super()._parse_optional(arg_string)  # type: ignore[misc,unused-ignore]


def db_path_arg(value: str) -> DatabaseLocation:
    """argparse type for ``--db``: a file path or a ``postgresql://`` URL; other URLs are
    refused in one line, in the delegate's language."""
    try:
        return parse_location(value)
    except UnsupportedLocationError as exc:
        raise argparse.ArgumentTypeError(worded(exc, usage_language())) from None


def plan_year_arg(value: str) -> int:
    """argparse type for a plan year, shared by every command module."""
    try:
        year = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(usage_spoken("'%s' is not a year") % value) from None
    if not 1944 <= year <= 2200:
        raise argparse.ArgumentTypeError(usage_spoken("%s is not a plausible plan year") % year)
    return year


class _WholeNumber:
    """argparse type for an id or a count: ``int``, named in the delegate's words when a
    value is not one (argparse names a type by its ``__name__``: "invalid int value: 'x'")."""

    @property
    def __name__(self) -> str:  # argparse names the type by it
        return usage_spoken("whole number")

    def __call__(self, value: str) -> int:
        return int(value)


whole_number = _WholeNumber()


class ListKinds:
    """The lists ``bnldesk list`` shows, as argparse's ``choices``: holds their English keys
    (:data:`LIST_COLUMNS`, what :func:`list_kind_arg` hands on) and is written in the help in
    the command line's language ("werkgroepen", "groupes-de-travail")."""

    def __contains__(self, key: object) -> bool:
        return key in LIST_COLUMNS

    def __iter__(self) -> Iterator[str]:
        return iter(list_kind_words(_USAGE()))


def list_kind_words(language: str) -> list[str]:
    """The list kinds as a delegate types them in ``language``: the English keys, else the
    window's names lowercased, written without spaces or apostrophes ("werkprogrammas",
    "groupes-de-travail"), so that a shell takes them unquoted."""
    if language not in ("nl", "fr"):
        return list(LIST_COLUMNS)
    from bnldesk.domain.value_words import LIST_KIND, option_words

    return option_words(LIST_KIND, language)


def list_kind_arg(value: str) -> str:
    """argparse type for ``list WHAT``: the English key of the list ``value`` names in
    English, Dutch or French, singular or plural, whatever the command line's language
    ("werkgroepen", "Groupes de travail", "groupes-de-travail", "notas"), case-, accent- and
    spacing-insensitive. Raises ArgumentTypeError naming the lists in the delegate's words."""
    if value in LIST_COLUMNS:
        return value
    from bnldesk.domain.value_words import LIST_KIND, typed_code

    key = typed_code(LIST_KIND, value)
    if key is None:
        kinds = ", ".join(list_kind_words(_USAGE()))
        said = usage_spoken("'%(value)s' is not a list: choose from %(kinds)s")
        raise argparse.ArgumentTypeError(said % {"value": value, "kinds": kinds})
    return key


class WordChoices:
    """An option's fixed values (``--log-level``, ``--leave-out``, ``--kind``) as argparse's
    ``type`` and ``choices`` at once: takes the code or the window's word for it in English,
    Dutch or French (:func:`bnldesk.domain.value_words.typed_code`: "débogage", "Page de
    garde", "jaarplan"), hands on the code, and is listed in the help and usage in the
    reader's language (:func:`bnldesk.domain.value_words.option_words`). ``vocabulary`` names
    its words in :mod:`bnldesk.domain.value_words`, looked up only for a word that is not a
    code or when the help is written, so a parse with codes costs nothing more."""

    def __init__(self, codes: Sequence[str], vocabulary: str) -> None:
        self.codes = tuple(codes)
        self.vocabulary = vocabulary

    def _words(self) -> Any:
        from bnldesk.domain import value_words

        return getattr(value_words, self.vocabulary)

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __iter__(self) -> Iterator[str]:
        if not _USAGE.active:  # add_argument checks the usage as the parser is built
            return iter(self.codes)
        from bnldesk.domain.value_words import option_words

        return iter(option_words(self._words(), _USAGE()))

    def __call__(self, value: str) -> str:
        """The code ``value`` names. Raises ArgumentTypeError listing the values in the
        delegate's words."""
        if value in self.codes:
            return value
        from bnldesk.domain.value_words import option_words, typed_code

        code = typed_code(self._words(), value)
        if code is None or code not in self.codes:
            words = ", ".join(option_words(self._words(), _USAGE()))
            said = usage_spoken("'%(value)s' is not a valid value: choose from %(words)s")
            raise argparse.ArgumentTypeError(said % {"value": value, "words": words})
        return code


def add_out_arguments(parser: argparse.ArgumentParser, what: str = "the file to write") -> None:
    """``--out FILE`` (required) for a command that writes a file."""
    parser.add_argument(
        "--out", required=True, metavar="FILE", help=f"{what} (an existing file is replaced)"
    )


@dataclass(frozen=True)
class OutFile:
    """The ``--out`` file of a command and whether a file is there already (the command's
    line then says it was replaced: the command line asks nothing, as ``cp`` and ``curl -o``
    do, but never replaces a file without a word)."""

    path: Path
    replacing: bool

    def said(self, language: str = "en") -> str:
        """The end of the command's line in ``language``: " (replaced the file that was
        there)" or ""."""
        from bnldesk.commands.speech import say

        return say("replaced", language) if self.replacing else ""


def out_file(args: argparse.Namespace, suffix: str | None = None) -> OutFile:
    """The ``--out`` file of ``args`` (``~`` expanded). Raises :class:`UserError` when its
    name does not end in ``suffix``."""
    path = Path(args.out).expanduser()
    if suffix is not None and path.suffix.lower() != suffix:
        raise UserError(said("out_suffix", args, path=path, suffix=suffix))
    return OutFile(path, path.is_file())


def add_table_arguments(parser: argparse.ArgumentParser) -> None:
    """``--json`` and ``--wide`` for a command that prints a table."""
    parser.add_argument("--json", action="store_true", help="the rows as JSON, nothing cut")
    parser.add_argument(
        "--wide",
        action="store_true",
        help=f"print long cells whole (cut at {COLUMN_WIDTH} otherwise)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser: the global options, ``list``, ``search`` and ``check``, then
    the commands the other modules register (:data:`EXTRA_COMMANDS`)."""
    parser = _Parser(
        prog="bnldesk",
        description="Benelux work programmes, annual plans and the delegation's notes.",
    )
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _register_list(sub)
    _register_search(sub)
    _register_check(sub)
    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    """``--version``, ``--db``, ``--log-level`` and ``--no-demo``, given before the command."""
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show the version and exit"
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        type=db_path_arg,
        help="database file, or a delegation server postgresql://USER@HOST/DATABASE "
        "(default: $BNLDESK_DB, else bnldesk.db in the user data folder; "
        "`python3 dev.py demo` uses its own, .demo/demo.db)",
    )
    levels = WordChoices(LEVELS, "LOG_LEVEL")
    parser.add_argument(
        "--log-level",
        type=levels,
        choices=levels,
        default="info",
        help="how much to write to the log file (debug for support; default info)",
    )
    parser.add_argument(
        "--no-demo",
        action="store_true",
        help="create a new database empty instead of with the demo data",
    )


def _register_list(sub: Any) -> None:
    """``bnldesk list WHAT``: the rows of :data:`LIST_COLUMNS`' lists."""
    command = sub.add_parser("list", help="list programmes, plans, chapters, sections, items, ...")
    command.add_argument(
        "what",
        type=list_kind_arg,
        choices=ListKinds(),
        metavar="WHAT",
        help="what to list: %(choices)s (the names in English, Dutch and French are understood)",
    )
    command.add_argument("--plan", type=plan_year_arg, metavar="YEAR", help="only this year's plan")
    command.add_argument("--search", metavar="TEXT", help="only rows with this text")
    command.add_argument("--flagship", action="store_true", help="only flagship projects (items)")
    command.add_argument("--tag", metavar="TAG", help="only notes with this tag (annotations)")
    add_table_arguments(command)
    command.set_defaults(func=cmd_list)


def _register_search(sub: Any) -> None:
    """``bnldesk search TEXT...``: the window's search on the command line."""
    command = sub.add_parser(
        "search",
        help="full-text search over everything, as the window's search box: words (all must "
        'occur; the last one may begin a longer word), OR, -word, "a phrase", prefix*, '
        "NEAR(a b, 5), title:, code:, year:, tag:, kind:",
        description="Words may start with '-' (bnldesk search -Brussel energie).",
    )
    command.add_argument("text", nargs="+", help="the words to search for")
    command.add_argument(
        "--plan", type=plan_year_arg, metavar="YEAR", help="only the objects of that year's plan"
    )
    command.add_argument(
        "--limit",
        type=whole_number,
        default=30,
        metavar="N",
        help="show at most N hits (default 30)",
    )
    command.add_argument(
        "--whole-words",
        action="store_true",
        help="the last word matches whole words only (by default it may begin a longer word)",
    )
    command.add_argument("--prefix", action="store_true", help=argparse.SUPPRESS)  # the default now
    add_table_arguments(command)
    command.set_defaults(func=cmd_search)


def _register_check(sub: Any) -> None:
    """``bnldesk check``: the database file checked for damage."""
    command = sub.add_parser("check", help="check the database file for damage")
    command.add_argument(
        "--quick", action="store_true", help="quick_check instead of integrity_check"
    )
    command.add_argument("--json", action="store_true", help="the result as JSON")
    command.set_defaults(func=cmd_check)


# Other modules' commands (import, export, share, backup, ...) register here; each adds its
# parser with ``set_defaults(func=...)``.
EXTRA_COMMANDS: list[Callable[[Any], None]] = []


def _load_extra_commands() -> None:
    import importlib
    import pkgutil

    import bnldesk.commands as commands_pkg

    for info in sorted(pkgutil.iter_modules(commands_pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue  # a helper of the commands (_tables), loaded when one needs it
        module = importlib.import_module(f"bnldesk.commands.{info.name}")
        register = getattr(module, "register", None)
        if register is not None and register not in EXTRA_COMMANDS:
            EXTRA_COMMANDS.append(register)


def main(argv: Sequence[str] | None = None) -> int:
    _load_extra_commands()
    parser = build_parser()
    arguments = sys.argv[1:] if argv is None else list(argv)
    with speaking_argparse(arguments):
        args = parser.parse_args(arguments)  # exits here for --help, --version and mistakes
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
    try:
        setup_logging(args.log_level, db_path=describe(_db_location(args)))
        refuse_unknown_plan(args)
        return func(args)
    except BnldeskError as exc:  # the user's or the environment's fault: one line, no traceback
        line = worded(exc, getattr(args, "language", None))
        print(f"bnldesk: {line}", file=sys.stderr)
        if func is cmd_gui:  # started for the window, maybe from a shortcut: no terminal
            from bnldesk.ui.app import show_start_refusal

            show_start_refusal(line)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        from bnldesk.commands.speech import say

        print(f"bnldesk: {say('interrupted', command_line_language())}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def worded(error: BnldeskError, given: str | None = None) -> str:
    """``error`` as one line in the command line's language
    (:func:`bnldesk.preferences.command_line_language`, ``given`` a ``--language``): the
    window's wording of its cause in Dutch or French (its catalogue read without Qt,
    :mod:`bnldesk.services.window_catalogue`), its English line otherwise."""
    from bnldesk.preferences import command_line_language

    language = command_line_language(given)
    if language == "en":
        return str(error)  # the command's own line (it may add what to type, "--plan YEAR")
    # A command that says a fault of a lower layer in its own words (UserError(str(exc)))
    # keeps that fault as its cause, whose code the window words.
    cause = error.__cause__
    if not error.code and isinstance(cause, BnldeskError) and cause.code:
        error = cause
    if not error.code:
        return str(error)
    from bnldesk.services.error_words import error_text
    from bnldesk.services.window_catalogue import catalogue

    return error_text(error, catalogue(language).translate)


def gui_main() -> int:
    """The ``bnldesk-gui`` entry point: the desktop application, started without a console
    window on Windows (the same options as ``bnldesk`` with no command)."""
    return main()


if __name__ == "__main__":
    raise SystemExit(main())

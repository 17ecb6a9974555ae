"""The ``bnldesk`` command line. With no command it launches the desktop application.

Nothing here imports Qt except the GUI launch. User mistakes and environment faults print one
clear line to stderr and exit non-zero; only bugs produce a traceback.

Each command is a ``cmd_<name>(args) -> int`` function with its parser added in
:func:`build_parser`; commands that need the database call :func:`open_from_args`.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bnldesk.domain.errors import BnldeskError
from bnldesk.logs import LEVELS, setup_logging
from bnldesk.paths import user_data_dir
from bnldesk.store.backend import (
    DatabaseLocation,
    ServerAddress,
    UnsupportedLocationError,
    describe,
    parse_location,
)

EXIT_USAGE = 2
EXIT_FAILURE = 1


class UserError(BnldeskError):
    """A mistake in what the user asked for; printed as one line, no traceback."""


def open_from_args(args: argparse.Namespace, *, read_only: bool = False) -> Any:
    import bnldesk.services.backup  # noqa: F401  (installs the backup taken before a migration)
    from bnldesk.store.engine import open_store

    return open_store(
        _db_location(args),
        demo=not args.no_demo,
        read_only=read_only,
        ask_password=prompt_password,
    )


def prompt_password(address: ServerAddress) -> str | None:
    """Ask for a server's password on the terminal (never stored); None without a terminal."""
    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(f"password of {address.user or 'your user'} on {address.display}: ")


def _db_location(args: argparse.Namespace) -> DatabaseLocation:
    """``--db``, else ``$BNLDESK_DB``, else ``bnldesk.db`` in the user data folder: a file path
    or a server's address."""
    if args.db:
        location: DatabaseLocation = args.db
        return location
    env = os.environ.get("BNLDESK_DB")
    if env:
        return parse_location(env, source="BNLDESK_DB")
    return user_data_dir() / "bnldesk.db"


def _db_path(args: argparse.Namespace, feature: str = "this command") -> Path:
    """The database file, for features of files (backups, restore, file checks); a server's
    address raises :class:`~bnldesk.store.errors.FileOnlyError` naming ``feature``."""
    from bnldesk.store.errors import FileOnlyError

    location = _db_location(args)
    if isinstance(location, ServerAddress):
        raise FileOnlyError(location.display, feature)
    return location


def _print_rows(rows: list[dict[str, Any]], columns: Sequence[str], as_json: bool) -> None:
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return
    if not rows:
        print("(nothing)")
        return
    widths = {c: min(60, max(len(c), *(len(_cell(r.get(c))) for r in rows))) for c in columns}
    print("  ".join(c.upper().ljust(widths[c]) for c in columns).rstrip())
    for r in rows:
        print("  ".join(_cell(r.get(c))[: widths[c]].ljust(widths[c]) for c in columns).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split())


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


def _plan_rows(conn: Any, args: argparse.Namespace) -> list[dict[str, Any]]:
    """The rows of ``list`` for everything but notes, read with plain SQL (store.listing)."""
    from bnldesk.store import listing

    what = args.what
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
        rows = listing.list_workgroups(conn, plan_year=args.plan, search=args.search)
    else:
        rows = listing.list_contacts(conn, search=args.search)
    if (
        args.plan is not None
        and what in ("chapters", "sections", "items")
        and listing.plan_id_for_year(conn, args.plan) is None
    ):
        raise UserError(f"there is no {args.plan} plan in {describe(_db_location(args))}")
    return rows


def _light_rows(args: argparse.Namespace) -> list[dict[str, Any]] | None:
    """The rows read without the store (no SQLAlchemy, no models: a tenth of the start-up
    time) when the file is a database at the current schema; None: take the full path (also
    for a server, whose connection needs the store)."""
    import sqlite3

    from bnldesk.paths import migrations_path
    from bnldesk.store import listing

    path = _db_location(args)
    if isinstance(path, ServerAddress):
        return None
    conn = listing.open_current(path, listing.head_revision(migrations_path() / "versions"))
    if conn is None:
        return None
    try:
        return _plan_rows(conn, args)
    except sqlite3.Error:
        return None  # busy, damaged, ...: the store says so in its own words
    finally:
        conn.close()


def cmd_list(args: argparse.Namespace) -> int:
    what = args.what
    if args.flagship and what != "items":
        raise UserError("--flagship applies to 'list items' only")
    rows = _light_rows(args) if what != "annotations" else None
    if rows is None:
        from bnldesk.store import queries

        store = open_from_args(args)
        try:
            with store.read() as s:
                if what == "annotations":
                    rows = queries.list_annotations(
                        s, plan_year=args.plan, search=args.search, tag=args.tag
                    )
                else:
                    rows = _plan_rows(queries.dbapi(s), args)
        finally:
            store.close()
    _print_rows(rows, LIST_COLUMNS[what], args.json)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from bnldesk.domain.search_query import parse
    from bnldesk.store.search import HIT_END, HIT_START, run_search

    text = " ".join(args.text)
    query = parse(text, as_you_type=args.prefix)
    if query.is_empty:
        raise UserError(f"“{text}” has no letters or digits to search for")
    store = open_from_args(args)
    try:
        with store.read() as s:
            result = run_search(s, query, limit=args.limit, plan_year=args.plan)
    finally:
        store.close()
    if query.plain_words:
        print("bnldesk: some of the search was read as plain words", file=sys.stderr)
    hits = result.hits
    rows = [
        {
            "kind": h.kind,
            "id": h.obj_id,
            "plan_year": h.plan_year,
            "title": h.title,
            "snippet": h.snippet.replace(HIT_START, "[").replace(HIT_END, "]"),
            "rank": round(h.rank, 3),
        }
        for h in hits
    ]
    _print_rows(rows, ("kind", "id", "plan_year", "title", "snippet"), args.json)
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
        return _print_check(report, store.where, as_json=args.json)
    path = _db_path(args)
    if not path.exists():
        open_from_args(args).close()  # like every command, a first use creates the database
    # A possibly damaged file is checked as it is: opening it as a store would try to migrate.
    return _print_check(check_database(path, quick=args.quick), str(path), as_json=args.json)


def _print_check(report: Any, where: str, *, as_json: bool) -> int:
    """Print a check's report (a file's or a server's); the exit status."""
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
            print(f"{name}: {result}")
        print(report.summary())
    else:
        print(report.summary(), file=sys.stderr)
    return 0 if report.ok else EXIT_FAILURE


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


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, not argparse's usage dump
        print(f"bnldesk: {message} (see 'bnldesk --help')", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def db_path_arg(value: str) -> DatabaseLocation:
    """argparse type for ``--db``: a file path or a ``postgresql://`` URL; other URLs are
    refused in one line."""
    try:
        return parse_location(value)
    except UnsupportedLocationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def plan_year_arg(value: str) -> int:
    """argparse type for a plan year, shared by every command module."""
    try:
        year = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a year") from None
    if not 1944 <= year <= 2200:
        raise argparse.ArgumentTypeError(f"{year} is not a plausible plan year")
    return year


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="bnldesk",
        description="Benelux work programmes, annual plans and the delegation's notes.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0)
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        type=db_path_arg,
        help="database file, or a delegation server postgresql://USER@HOST/DATABASE "
        "(default: $BNLDESK_DB or the user data folder)",
    )
    parser.add_argument(
        "--log-level",
        choices=LEVELS,
        default="info",
        help="how much to write to the log file (debug for support; default info)",
    )
    parser.add_argument(
        "--no-demo",
        action="store_true",
        help="create a new database empty instead of with the demo data",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("list", help="list programmes, plans, chapters, sections, items, ...")
    p.add_argument("what", choices=list(LIST_COLUMNS))
    p.add_argument("--plan", type=plan_year_arg, metavar="YEAR")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--flagship", action="store_true", help="only flagship projects (items)")
    p.add_argument("--tag", metavar="TAG", help="only notes with this tag (annotations)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser(
        "search",
        help="full-text search over everything: words (all must occur), OR, -word, "
        '"a phrase", prefix*, NEAR(a b, 5), title:, code:, year:, tag:, kind:',
    )
    p.add_argument("text", nargs="+")
    p.add_argument("--plan", type=plan_year_arg, metavar="YEAR")
    p.add_argument("--limit", type=int, default=30)
    p.add_argument("--prefix", action="store_true", help="let the last word match as a prefix")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("check", help="check the database file for damage")
    p.add_argument("--quick", action="store_true", help="quick_check instead of integrity_check")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


# Other modules' commands (import, export, share, backup, ...) register here; each adds its
# parser with ``set_defaults(func=...)``.
EXTRA_COMMANDS: list[Callable[[Any], None]] = []


def _load_extra_commands() -> None:
    import importlib
    import pkgutil

    import bnldesk.commands as commands_pkg

    for info in sorted(pkgutil.iter_modules(commands_pkg.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"bnldesk.commands.{info.name}")
        register = getattr(module, "register", None)
        if register is not None and register not in EXTRA_COMMANDS:
            EXTRA_COMMANDS.append(register)


def main(argv: Sequence[str] | None = None) -> int:
    _load_extra_commands()
    args = build_parser().parse_args(argv)  # exits here for --help and --version
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
    try:
        setup_logging(args.log_level, db_path=describe(_db_location(args)))
        return func(args)
    except BnldeskError as exc:  # the user's or the environment's fault: one line, no traceback
        print(f"bnldesk: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("bnldesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def gui_main() -> int:
    """The ``bnldesk-gui`` entry point: the desktop application, started without a console
    window on Windows (the same options as ``bnldesk`` with no command)."""
    return main()


if __name__ == "__main__":
    raise SystemExit(main())

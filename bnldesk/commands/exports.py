"""``bnldesk brief``, ``export-workgroups``, ``export-contacts``, ``export-annotations`` and
``import-annotations``: the delegation's briefs and workbooks from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bnldesk import LANGUAGES
from bnldesk.cli import (
    OutFile,
    UserError,
    WordChoices,
    add_out_arguments,
    open_from_args,
    out_file,
    plan_year_arg,
    said,
    usage_language,
    usage_spoken,
)
from bnldesk.commands.speech import count, say
from bnldesk.domain.value_words import AUDIENCE, AUDIENCE_HELP
from bnldesk.preferences import command_line_language

if TYPE_CHECKING:
    from bnldesk.services.reports import BriefOptions, BriefSubject
    from bnldesk.services.reports.audience import Audience
    from bnldesk.store.engine import Store

# The workbook's sheets as the command line counts their rows: "1 note", "79 workgroups".
# The parts of a brief ``--leave-out`` names (BriefOptions' ``include_<part>``).
BRIEF_PARTS = ("cover", "toc", "agenda", "plan", "notes", "actions", "contacts", "history")
SHEET_NOUNS = {"workgroups": "workgroup", "contacts": "contact", "annotations": "note"}


def cmd_brief(args: argparse.Namespace) -> int:
    """``bnldesk brief``: write a meeting brief (PDF) on a workgroup, section or meeting; 0 on
    success, a :class:`~bnldesk.cli.UserError` (one line, exit 1) for an unknown subject or a
    file that cannot be written.
    """
    from bnldesk.preferences import brief_preferences, settings_file
    from bnldesk.services.reports import (
        BriefOptions,
        BriefSubject,
        BriefSubjectNotFound,
        ExportError,
        export_brief,
    )

    target = out_file(args, ".pdf")
    out = target.path
    # Signed as the window signs a brief: the preferences' delegation and author where the
    # command gives none (the fourth and ninth trials: an unsigned brief from the CLI).
    preferences = brief_preferences()
    language = command_line_language(args.language)
    # None chosen: the brief is written naming no delegation (never assumed BE, trial 15),
    # and the delegate is told how to choose one (shared case 12: a refused brief broke
    # "brief --meeting 1" on a new laptop).
    delegation = args.delegation or preferences.delegation
    audience = _audience(args, language)
    options = BriefOptions(
        audience=audience,
        include_private=args.include_private,
        marking=args.marking or "",
        delegation=delegation,
        author=args.author or preferences.author,
        language=language,
    )
    for part in args.leave_out or []:
        setattr(options, f"include_{part}", False)
    subject = BriefSubject(
        workgroup=args.workgroup, section=args.section, meeting=args.meeting, plan_year=args.plan
    )
    store = open_from_args(args)
    try:
        result = export_brief(store, subject, options, out)
        private = _private_left_out(store, subject, options)
    except (BriefSubjectNotFound, ExportError) as exc:
        raise UserError(str(exc)) from exc
    finally:
        store.close()
    counts = f"{count('page', result.pages, language)}, {count('note', result.notes, language)}"
    _print_written(target, counts, private, language, audience)
    if not delegation.strip():
        path = str(settings_file())
        print(f"bnldesk: {say('no_delegation', language, path=path)}", file=sys.stderr)
    return 0


def _print_written(
    target: OutFile, counts: str, private: int, language: str, audience: Audience | None
) -> None:
    """The line of an export: the file, what is in it, the private notes left out (``private``)
    or, for other delegations (``audience``), that it holds their notes only, and whether it
    replaced a file, in ``language``."""
    left = ""
    if audience == "partners":
        left = say("for_partners_export", language)
    elif private:
        left = say(
            "private_left_export",
            language,
            count=count("private_note", private, language),
            n=private,
        )
    print(
        say("file_counts", language, path=target.path, counts=counts) + left + target.said(language)
    )


def _audience(args: argparse.Namespace, language: str) -> Audience:
    """Who the file of ``args`` is for (``--for``, the delegation unless given); a
    :class:`~bnldesk.cli.UserError` in ``language`` for ``--include-private`` with ``--for
    partners`` (a file for other delegations never holds private notes)."""
    from bnldesk.services.reports.audience import Audience

    audience = Audience(getattr(args, "audience", None) or Audience.DELEGATION)
    if audience == Audience.PARTNERS and getattr(args, "include_private", False):
        raise UserError(say("private_not_for_partners", language))
    return audience


def _audience_word(value: str) -> str:
    """An argparse type for ``--for``: the code ("delegation", "partners") that ``value``
    names, in English, Dutch or French ("andere delegaties", "autres délégations")."""
    from bnldesk.services.reports.audience import audience_of

    found = audience_of(value)
    if found is None:
        language = usage_language()
        words = ", ".join(AUDIENCE)
        if language in ("nl", "fr"):
            words += ", " + ", ".join(w.said_in(language).lower() for w in AUDIENCE.values())
        said = usage_spoken("'%(value)s' is not a valid value: choose from %(words)s")
        raise argparse.ArgumentTypeError(said % {"value": value, "words": words})
    return found.value


def _add_audience(p: argparse.ArgumentParser) -> None:
    """``--for delegation|partners`` (or a Dutch or French word for either)."""
    p.add_argument(
        "--for",
        dest="audience",
        type=_audience_word,
        metavar="delegation|partners",
        help=AUDIENCE_HELP,
    )


def _private_left_out(store: Store, subject: BriefSubject, options: BriefOptions) -> int:
    """How many private notes on ``subject`` the brief left out (0 with --include-private)."""
    from bnldesk.services.reports import brief_left_out

    if options.include_private:
        return 0
    with store.read() as session:
        left = brief_left_out(session, subject, options)
    return sum(part.count for part in left if part.what == "private_notes")


def _column_keys(args: argparse.Namespace, keys: list[str]) -> list[str]:
    """The column keys ``--columns`` names (one or more, comma-separated), each by its key
    ("plan_year") or the sheet's heading in English, Dutch or French ("Jaarplan", "plan
    annuel"), case- and accent-insensitive. Raises :class:`UserError` naming the unknown ones
    and the columns in the sheet's words of the command's language."""
    from bnldesk.domain.identity import fold
    from bnldesk.services.reports.labels import label

    named: dict[str, str] = {}
    for key in keys:
        for name in (key, *(label(f"col_{key}", spoken) for spoken in LANGUAGES)):
            named.setdefault(fold(name.replace("_", " ")), key)
    wanted = [c.strip() for c in ",".join(args.columns).split(",") if c.strip()]
    unknown = [c for c in wanted if fold(c.replace("_", " ")) not in named]
    if unknown:
        language = command_line_language(args.language)
        listed = keys if language == "en" else [label(f"col_{k}", language) for k in keys]
        raise UserError(
            said("unknown_columns", args, columns=", ".join(unknown), known=", ".join(listed))
        )
    return [named[fold(c.replace("_", " "))] for c in wanted]


def _export(args: argparse.Namespace, kinds: list[str]) -> int:
    from bnldesk.services.reports import (
        ExportError,
        ExportFilters,
        XlsxOptions,
        export_workbook,
        workbook_left_out,
    )

    target = out_file(args, ".xlsx")
    out = target.path
    columns = _chosen_columns(args, kinds)
    language = command_line_language(args.language)
    filters = ExportFilters(
        audience=_audience(args, language),
        plan_year=getattr(args, "plan", None),
        chapter=getattr(args, "chapter", None),
        search=getattr(args, "search", None),
        tag=getattr(args, "tag", None),
        include_private=getattr(args, "include_private", False),
    )
    options = XlsxOptions(
        kinds=kinds,
        columns=columns,
        language=language,
        author=args.author or "",
    )
    store = open_from_args(args)
    try:
        with store.read() as session:
            left = workbook_left_out(session, filters, options)
        result = export_workbook(store, out, filters, options)
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    finally:
        store.close()
    counts = ", ".join(count(SHEET_NOUNS[k], n, language) for k, n in result.rows.items())
    private = sum(part.count for part in left if part.what == "private_notes")
    _print_written(target, counts, private, language, filters.audience)
    if result.private_notes:
        # Only when the file holds one (fifth trial: it warned about a file of shareable notes).
        print(
            say(
                "holds_private",
                language,
                count=count("note", result.private_notes, language),
                n=result.private_notes,
            )
        )
    return 0


def _chosen_columns(args: argparse.Namespace, kinds: list[str]) -> dict[str, list[str]]:
    """The ``--columns`` of the first sheet of ``kinds`` ({} when none are given); a
    :class:`~bnldesk.cli.UserError` naming the known ones for an unknown column."""
    from bnldesk.services.reports import EXPORT_KINDS

    if not args.columns:
        return {}
    return {kinds[0]: _column_keys(args, [c.key for c in EXPORT_KINDS[kinds[0]].columns])}


def cmd_export_workgroups(args: argparse.Namespace) -> int:
    """``bnldesk export-workgroups``: the workgroups sheet (with ``--all-sheets`` also contacts
    and notes) as an XLSX file.
    """
    kinds = ["workgroups"] + (["contacts", "annotations"] if args.all_sheets else [])
    return _export(args, kinds)


def cmd_export_contacts(args: argparse.Namespace) -> int:
    """``bnldesk export-contacts``: the Secretariat-General contacts as an XLSX file."""
    return _export(args, ["contacts"])


def cmd_export_annotations(args: argparse.Namespace) -> int:
    """``bnldesk export-annotations``: the editable notes sheet as an XLSX file."""
    return _export(args, ["annotations"])


def _confirm(question: str) -> bool:
    """Ask on the terminal; without one (a script, CI) the answer is no."""
    if not sys.stdin.isatty():
        return False
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().casefold() in ("y", "yes", "j", "ja", "o", "oui")


def cmd_import_annotations(args: argparse.Namespace) -> int:
    """``bnldesk import-annotations``: read an edited notes sheet back; prints the plan, then
    applies it after asking (or at once with ``--yes``), never with ``--dry-run``.
    """
    from bnldesk.services.reports.annotations_roundtrip import (
        RoundTripError,
        apply_sheet,
        plan_import,
    )

    path = Path(args.file).expanduser()
    language = command_line_language()
    store = open_from_args(args)
    try:
        with store.read() as session:
            try:
                plan = plan_import(session, path)
            except RoundTripError as exc:
                raise UserError(str(exc)) from exc
        for line in _preview_lines(plan, language):
            print(line)
        if args.dry_run:
            print(say("dry_run_nothing", language))
            return 0
        if not plan.has_changes:
            print(_nothing_to_apply(plan, language))
            return 0
        if not (args.yes or _confirm(say("apply_question", language))):
            print(say("nothing_changed_ask", language))
            return 0
        from bnldesk.services.sync import local_delegation

        try:
            # Rows typed without a Delegation take this one (the window's: its preferences').
            report = apply_sheet(
                store,
                path,
                author=args.author or "",
                delegation=lambda session: local_delegation(session, args.delegation or ""),
            )
        except RoundTripError as exc:
            raise UserError(str(exc)) from exc
    finally:
        store.close()
    print(_applied(report, language))
    return 0


def _nothing_to_apply(plan: Any, language: str) -> str:
    """The line said when the sheet ``plan`` changes nothing, in ``language``: how many rows
    are conflicts, if any."""
    conflicts = sum(1 for row in plan.rows if row.action == "conflict")
    if not conflicts:
        return say("nothing_to_apply", language)
    return say(
        "nothing_to_apply_conflicts",
        language,
        count=count("row", conflicts, language),
        n=conflicts,
    )


def _applied(report: Any, language: str) -> str:
    """The line said after the sheet was applied (``report``), in ``language``: notes updated
    and created, and rows left as conflicts."""
    said = say(
        "applied",
        language,
        updated=count("note", report.updated, language),
        updated_n=report.updated,
        created=report.created,
    )
    if report.conflicts:
        said += say(
            "not_applied_conflicts",
            language,
            count=count("row", report.conflicts, language),
            n=report.conflicts,
        )
    return said


def _preview_lines(plan: Any, language: str) -> list[str]:
    """What reading the sheet back would change, in ``language``: the window's preview lines
    in Dutch or French (:mod:`bnldesk.services.reports.sheet_preview` with the window's
    catalogue, read without Qt), the plan's own English ones."""
    if language == "en":
        return list(plan.preview_lines())
    from bnldesk.services.reports import sheet_preview
    from bnldesk.services.window_catalogue import catalogue

    return sheet_preview.preview_lines(plan, language, catalogue(language).translate)


def _common(p: argparse.ArgumentParser) -> None:
    add_out_arguments(p)
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        help="language of the labels (default: the preferences', else the system's)",
    )
    p.add_argument("--author", metavar="NAME", help="the author named in the file")


def register(sub: Any) -> None:
    """Add the brief, export and import commands to the command line's sub-parsers."""
    _register_brief(sub)
    _register_workgroups_export(sub)
    _register_contacts_export(sub)
    _register_annotations_export(sub)
    _register_annotations_import(sub)


def _register_brief(sub: Any) -> None:
    """``bnldesk brief --workgroup|--section|--meeting ...``: a meeting brief (PDF)."""
    p = sub.add_parser(
        "brief", help="write a meeting brief (PDF) on a workgroup, section or meeting"
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--workgroup", metavar="CODE", help="workgroup code or name")
    which.add_argument("--section", metavar="NUMBER", help="section number, e.g. 5.2")
    which.add_argument("--meeting", metavar="ID", help="meeting id or UUID")
    p.add_argument("--plan", type=plan_year_arg, metavar="YEAR")
    _common(p)
    p.add_argument("--include-private", action="store_true", help="include private notes")
    _add_audience(p)
    p.add_argument("--marking", metavar="TEXT", help="e.g. 'LIMITED DISTRIBUTION'")
    p.add_argument(
        "--delegation",
        metavar="BE",
        help="the delegation, e.g. BE, NL, LU (default: the preferences' delegation)",
    )
    parts = WordChoices(BRIEF_PARTS, "BRIEF_PART")
    p.add_argument(
        "--leave-out",
        action="append",
        type=parts,
        choices=parts,
        help="leave out a part of the brief (repeatable)",
    )
    p.set_defaults(func=cmd_brief)


def _register_workgroups_export(sub: Any) -> None:
    """``bnldesk export-workgroups``: the workgroups in an Excel workbook."""
    p = sub.add_parser("export-workgroups", help="write the workgroups to an Excel workbook")
    _common(p)
    p.add_argument("--plan", type=plan_year_arg, metavar="YEAR")
    p.add_argument("--chapter", metavar="N")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--tag", metavar="T", help="only workgroups with a note tagged T")
    p.add_argument("--columns", action="append", metavar="A,B,...", help="columns to write")
    p.add_argument("--include-private", action="store_true", help="count private notes too")
    _add_audience(p)
    p.add_argument("--all-sheets", action="store_true", help="add the contacts and notes sheets")
    p.set_defaults(func=cmd_export_workgroups)


def _register_contacts_export(sub: Any) -> None:
    """``bnldesk export-contacts``: the Secretariat-General contacts in Excel."""
    p = sub.add_parser("export-contacts", help="write the Secretariat-General contacts to Excel")
    _common(p)
    p.add_argument("--plan", type=plan_year_arg, metavar="YEAR")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--columns", action="append", metavar="A,B,...")
    p.set_defaults(func=cmd_export_contacts)


def _register_annotations_export(sub: Any) -> None:
    """``bnldesk export-annotations``: the notes in a workbook to edit and read back."""
    p = sub.add_parser(
        "export-annotations", help="write the notes to Excel (edit, then import-annotations)"
    )
    _common(p)
    p.add_argument("--plan", type=plan_year_arg, metavar="YEAR")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--tag", metavar="T")
    p.add_argument("--columns", action="append", metavar="A,B,...")
    p.add_argument("--include-private", action="store_true", help="include private notes")
    _add_audience(p)
    p.set_defaults(func=cmd_export_annotations)


def _register_annotations_import(sub: Any) -> None:
    """``bnldesk import-annotations FILE.xlsx``: an edited notes workbook read back."""
    p = sub.add_parser(
        "import-annotations",
        help="read an edited notes workbook back: shows every change, then asks (or --yes)",
    )
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="only show the changes")
    p.add_argument("--yes", action="store_true", help="apply without asking (after the preview)")
    p.add_argument("--author", metavar="NAME", help="author of new notes without one")
    p.add_argument(
        "--delegation",
        metavar="XX",
        help="delegation of new notes that name none (default: the one this database's "
        "notes are written for)",
    )
    p.set_defaults(func=cmd_import_annotations)

"""``bnldesk import FILE... [--dry-run] [--json] [--year Y] [--kind plan|programme] [--replace]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bnldesk.cli import UserError, WordChoices, open_from_args, plan_year_arg, worded
from bnldesk.commands.speech import count, say
from bnldesk.domain.wording import counted, language_name
from bnldesk.preferences import command_line_language

if TYPE_CHECKING:
    from bnldesk.services.importer import ImportReport, ReportWarning
    from bnldesk.store.history import CarriedNote, LeftNote, ObjectChange
    from bnldesk.store.structure import NamedWorkgroup


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "import", help="import annual plans or work programmes (PDF, DOCX, TXT, MD)"
    )
    command.add_argument("files", nargs="+", metavar="FILE", help="the documents to import")
    command.add_argument("--dry-run", action="store_true", help="parse and report, change nothing")
    command.add_argument("--json", action="store_true", help="print the reports as JSON")
    command.add_argument(
        "--replace",
        action="store_true",
        help="import even if the document would remove most of a plan already in the database",
    )
    command.add_argument(
        "--force",
        action="store_true",
        help="import even if the structure found looks doubtful (see the warnings of --dry-run)",
    )
    command.add_argument(
        "--year", type=plan_year_arg, metavar="Y", help="the plan year (or first programme year)"
    )
    kinds = WordChoices(("plan", "programme"), "DOCUMENT_KIND")
    command.add_argument("--kind", type=kinds, choices=kinds, help="override the detected kind")
    command.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from bnldesk.services.importer import DocumentImportError, import_file

    paths = [Path(f).expanduser() for f in args.files]
    for path in paths:
        if not path.is_file():
            raise UserError(f"{path}: no such file", code="no_such_file", values=(str(path),))
    store = open_from_args(args)
    reports: list[dict[str, object]] = []
    failed = 0
    try:
        for path in paths:
            try:
                report = import_file(
                    store,
                    path,
                    kind=args.kind,
                    year=args.year,
                    dry_run=args.dry_run,
                    replace=args.replace,
                    force=args.force,
                )
            except DocumentImportError as exc:
                failed += 1
                if args.json:
                    reports.append({"path": str(path), "error": str(exc)})
                else:
                    print(f"bnldesk: {worded(exc, None)}", file=sys.stderr)
                continue
            reports.append(report.to_dict())
            if not args.json:
                _print_summary(report, command_line_language())
    finally:
        store.close()
    if args.json:
        json.dump(reports, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    return 1 if failed else 0


def _fmt_counts(counts: dict[str, int], language: str) -> str:
    """ "176 items, 6 chapters, 1 plan" (the kinds with a count), or "nothing"."""
    said = [_counted(kind, number, language) for kind, number in counts.items() if number]
    return ", ".join(said) or say("import_nothing", language)


def _counted(kind: str, number: int, language: str) -> str:
    """``number`` of a kind of object ("item", "chapter", ...): English as the command line
    always said it ("176 items"), Dutch and French in the briefs' counted words."""
    if language == "en":
        return counted(number, kind)
    return count(kind, number, language)


def _print_summary(report: ImportReport, language: str) -> None:
    """What one import found and did, on stdout in ``language``: its counts, changes,
    comparison with the previous plan, carried notes and warnings."""
    print(
        say(
            "import_would" if report.dry_run else "import_done",
            language,
            path=report.path,
            kind=_kind(report.kind, language),
            label=report.label,
            title=report.title,
            seconds=_seconds(report.seconds, language),
        )
    )
    print(say("import_found", language, counts=_found(report, language)))
    _print_changes(report, language)
    for line in _named_lines(report.named_workgroups, language):
        print(f"  {line}")
    if report.previous_year is not None:
        _print_comparison(report, language)
    elif report.earlier_languages:
        _print_not_compared(report, language)
    _print_notes(report, language)
    for plan_title, programme_title in report.attached:
        if plan_title != report.title:
            print(say("import_attached", language, plan=plan_title, programme=programme_title))
    for warning in report.warnings:
        text = f": {warning.text}" if warning.text else ""
        mark = say("import_doubt" if warning.doubt else "import_warning", language)
        print(f"  {mark}{_colon(language)}{_where(warning, language)}{warning.message}{text}")
    if report.doubtful and report.dry_run:
        print(say("import_doubtful", language))


def _colon(language: str) -> str:
    return "\u00a0: " if language == "fr" else ": "


def _kind(kind: str, language: str) -> str:
    """A document's kind ("plan", "programme") in a sentence of ``language``."""
    if language == "en":
        return kind
    from bnldesk.services.reports.labels import label

    word = label(f"kind_{kind}", language)
    return word[:1].lower() + word[1:]


def _seconds(seconds: float, language: str) -> str:
    """ "0.53" in English, "0,53" in Dutch and French."""
    text = f"{seconds:.2f}"
    return text if language == "en" else text.replace(".", ",")


def _print_not_compared(report: ImportReport, language: str) -> None:
    """Why the plan was not compared with earlier years: none is in its language."""
    own = language_name(report.language, language) or say("import_its_language", language)
    earlier = ", ".join(language_name(code, language) or code for code in report.earlier_languages)
    print(say("import_not_compared", language, named=own, earlier=earlier))


def _print_notes(report: ImportReport, language: str) -> None:
    """The notes carried to the imported plan and those left on objects no longer in it
    (ten of each named)."""
    if report.carried_notes:
        print(say("import_carried", language, n=len(report.carried_notes)))
        for note in report.carried_notes[:10]:
            print(f"    {_carried(note, language)}")
    if report.left_notes:
        print(say("import_left", language, n=len(report.left_notes)))
        for left in report.left_notes[:10]:
            print(f"    {_left(left, language)}")


_FOUND = ("chapters", "sections", "items", "flagships", "workgroups", "contacts")
# The kinds counted under their names in a programme (its chapters are themes) and in Dutch
# and French (bnldesk.services.reports.labels' counted words, "n_" and the name).
_PROGRAMME_NAMES = {"chapters": "themes", "sections": "sub-themes"}
_FOUND_WORDS = {
    "chapters": "chapter",
    "sections": "section",
    "items": "item",
    "flagships": "flagships",
    "workgroups": "workgroup",
    "contacts": "contact",
    "themes": "theme",
    "sub-themes": "sub_theme",
}


def _found(report: ImportReport, language: str) -> str:
    """ "6 chapters, 40 sections, 176 items, ..." (a programme's chapters are themes)."""
    names = _PROGRAMME_NAMES if report.kind == "programme" else {}
    counts = report.counts
    said = []
    for key in _FOUND:
        number = counts.get(key, 0)
        if not number:
            continue
        name = names.get(key, key)
        if language == "en":
            said.append(f"{number} {name}")
        else:
            said.append(count(_FOUND_WORDS[name], number, language))
    return ", ".join(said)


def _print_changes(report: ImportReport, language: str) -> None:
    """What the import created, updated and removed, and the documents bound with it."""
    if report.changed:
        print(say("import_created", language, counts=_fmt_counts(report.created, language)))
        if report.updated:
            print(say("import_updated", language, counts=_fmt_counts(report.updated, language)))
        if report.removed:
            print(say("import_removed", language, counts=_fmt_counts(report.removed, language)))
    else:
        print(say("import_no_changes", language))
    for extra in report.also_imported:
        print(
            say(
                "import_also_would" if report.dry_run else "import_also",
                language,
                kind=_kind(extra.kind, language),
                label=extra.label,
                title=extra.title,
                chapters=_counted("chapter", extra.counts.get("chapters", 0), language),
                sections=_counted("section", extra.counts.get("sections", 0), language),
            )
        )


def _print_comparison(report: ImportReport, language: str) -> None:
    """How many objects are new, changed and gone against the previous plan, the new
    workgroups and every object no longer in the plan (by title, a possible rename said)."""
    print(
        say(
            "import_compared",
            language,
            year=report.previous_year,
            new=len(report.new_objects),
            changed=len(report.changed_objects),
            gone=len(report.gone_objects),
        )
    )
    groups = [change for change in report.new_objects if change.kind == "workgroup"]
    if groups:
        print(say("import_new_workgroups", language, listed=_listed(groups, language)))
    if report.gone_objects:
        print(say("import_gone", language, listed=_listed(report.gone_objects, language)))


def _named_lines(named: list[NamedWorkgroup], language: str) -> list[str]:
    """The workgroups the plan gave a name in another language or a new name, as lines
    ("3 workgroups: French name added: Groupe de travail … (SENN-CRISE), …")."""
    from bnldesk.store.structure import named_groups

    lines = []
    for group in named_groups(named):
        number = _counted("workgroup", len(group.workgroups), language)
        if group.change == "language":
            other = language_name(group.language, language)
            listed = ", ".join(workgroup.title for workgroup in group.workgroups)
            key = "import_name_added" if other else "import_name_added_other"
            lines.append(say(key, language, count=number, named=other, listed=listed))
        else:
            listed = ", ".join(
                say("import_was", language, title=workgroup.title, previous=workgroup.previous)
                for workgroup in group.workgroups
            )
            lines.append(say("import_new_name", language, count=number, listed=listed))
    return lines


def _listed(objects: list[ObjectChange], language: str, shown: int = 12) -> str:
    """Objects of a comparison by title, a rename they may be said after it, the first
    ``shown`` of them and how many more."""
    titles = [
        say("import_renamed", language, title=change.title, other=change.possibly_renamed)
        if change.possibly_renamed
        else change.title
        for change in objects[:shown]
    ]
    more = say("import_more", language, n=len(objects) - shown) if len(objects) > shown else ""
    return "; ".join(titles) + more


def _excerpt(text: str) -> str:
    return text if len(text) <= 40 else text[:39].rstrip() + "…"


def _carried(note: CarriedNote, language: str) -> str:
    """A note carried to the imported plan: its number, opening words and where it shows now
    (``note 4 "Draft position…" (2013 plan) -> Strategische werkgroep``)."""
    written = say("import_in_plan", language, year=note.written_in) if note.written_in else ""
    return say(
        "import_carried_note",
        language,
        id=note.note_id,
        excerpt=_excerpt(note.excerpt),
        written=written,
        target=note.now_on_title,
    )


def _left(note: LeftNote, language: str) -> str:
    """A note that stays behind: its number, opening words and where it stays
    (``note 7 "Grensbeweiding: …" stays on workgroup VET-GRENS (2013 plan)``)."""
    if language == "en":
        kind = note.target_kind.replace("item", "plan item")
    else:
        from bnldesk.services.reports.labels import label

        kind = label(f"kind_{note.target_kind}", language).lower()
    return say(
        "import_left_note",
        language,
        id=note.note_id,
        excerpt=_excerpt(note.excerpt),
        kind=kind,
        target=note.target_label,
        plan=say("import_in_plan", language, year=note.stays_in),
    )


def _where(warning: ReportWarning, language: str) -> str:
    """``page 3, line 12: ``, ``line 12: `` or nothing for a warning about the whole document
    (its line is 0)."""
    line, page = warning.line, warning.page
    if page and line:
        return say("import_page_line", language, page=page, line=line) + _colon(language)
    if page:
        return say("import_page", language, page=page) + _colon(language)
    return say("import_line", language, line=line) + _colon(language) if line else ""

"""``bnldesk import FILE... [--dry-run] [--json] [--year Y] [--kind plan|programme] [--replace]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bnldesk.cli import UserError, open_from_args, plan_year_arg, worded
from bnldesk.domain.wording import counted, language_name

if TYPE_CHECKING:
    from bnldesk.services.importer import ImportReport, ReportWarning
    from bnldesk.store.history import CarriedNote, LeftNote, ObjectChange
    from bnldesk.store.structure import NamedWorkgroup


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "import", help="import annual plans or work programmes (PDF, DOCX, TXT, MD)"
    )
    command.add_argument("files", nargs="+", metavar="FILE")
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
    command.add_argument("--kind", choices=["plan", "programme"], help="override the detected kind")
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
                _print_summary(report)
    finally:
        store.close()
    if args.json:
        json.dump(reports, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    return 1 if failed else 0


def _fmt_counts(counts: dict[str, int]) -> str:
    """ "176 items, 6 chapters, 1 plan" (the kinds with a count), or "nothing"."""
    return ", ".join(counted(v, k) for k, v in counts.items() if v) or "nothing"


def _print_summary(report: ImportReport) -> None:
    """What one import found and did, on stdout: its counts, changes, comparison with the
    previous plan, carried notes and warnings."""
    head = "would import" if report.dry_run else "imported"
    print(
        f"{report.path}: {head} {report.kind} {report.label} ({report.title}) "
        f"in {report.seconds:.2f} s"
    )
    print("  found: " + _found(report))
    _print_changes(report)
    for line in _named_lines(report.named_workgroups):
        print(f"  {line}")
    if report.previous_year is not None:
        _print_comparison(report)
    elif report.earlier_languages:
        language = language_name(report.language) or "its language"
        earlier = ", ".join(language_name(code) or code for code in report.earlier_languages)
        print(
            f"  not compared with earlier years: no earlier plan in {language} "
            f"(earlier plans are in {earlier})"
        )
    if report.carried_notes:
        print(f"  notes carried to this plan: {len(report.carried_notes)}")
        for note in report.carried_notes[:10]:
            print(f"    {_carried(note)}")
    if report.left_notes:
        print(f"  notes left on objects no longer in this plan: {len(report.left_notes)}")
        for left in report.left_notes[:10]:
            print(f"    {_left(left)}")
    for plan_title, programme_title in report.attached:
        if plan_title != report.title:
            print(f"  {plan_title} now belongs to {programme_title}")
    for warning in report.warnings:
        text = f": {warning.text}" if warning.text else ""
        mark = "doubt" if warning.doubt else "warning"
        print(f"  {mark}: {_where(warning)}{warning.message}{text}")
    if report.doubtful and report.dry_run:
        print("  the structure looks doubtful: import with --force once it is checked")


def _found(report: ImportReport) -> str:
    """ "6 chapters, 40 sections, 176 items, ..." (a programme's chapters are themes)."""
    keys = ("chapters", "sections", "items", "flagships", "workgroups", "contacts")
    names = {"chapters": "themes", "sections": "sub-themes"} if report.kind == "programme" else {}
    counts = report.counts
    return ", ".join(f"{counts.get(k, 0)} {names.get(k, k)}" for k in keys if counts.get(k))


def _print_changes(report: ImportReport) -> None:
    """What the import created, updated and removed, and the documents bound with it."""
    if report.changed:
        print(f"  created: {_fmt_counts(report.created)}")
        if report.updated:
            print(f"  updated: {_fmt_counts(report.updated)}")
        if report.removed:
            print(f"  removed: {_fmt_counts(report.removed)}")
    else:
        print("  no changes (already imported)")
    for extra in report.also_imported:
        print(
            f"  also {'would import' if report.dry_run else 'imported'} from the same file: "
            f"{extra.kind} {extra.label} ({extra.title}): "
            f"{extra.counts.get('chapters', 0)} chapters, "
            f"{extra.counts.get('sections', 0)} sections"
        )


def _print_comparison(report: ImportReport) -> None:
    """How many objects are new, changed and gone against the previous plan, the new
    workgroups and every object no longer in the plan (by title, a possible rename said)."""
    print(
        f"  compared with {report.previous_year}: {len(report.new_objects)} new, "
        f"{len(report.changed_objects)} changed, {len(report.gone_objects)} gone"
    )
    groups = [change for change in report.new_objects if change.kind == "workgroup"]
    if groups:
        print(f"    new workgroups: {_listed(groups)}")
    if report.gone_objects:
        print(f"    not in this plan any more: {_listed(report.gone_objects)}")


def _named_lines(named: list[NamedWorkgroup]) -> list[str]:
    """The workgroups the plan gave a name in another language or a new name, as lines
    ("3 workgroups: French name added: Groupe de travail … (SENN-CRISE), …")."""
    from bnldesk.store.structure import named_groups

    lines = []
    for group in named_groups(named):
        count = counted(len(group.workgroups), "workgroup")
        if group.change == "language":
            what = f"{language_name(group.language) or 'another language'} name added"
            listed = ", ".join(workgroup.title for workgroup in group.workgroups)
            lines.append(f"{count}: {what}: {listed}")
        else:
            listed = ", ".join(
                f"{workgroup.title} (was {workgroup.previous})" for workgroup in group.workgroups
            )
            lines.append(f"{count}: new name: {listed}")
    return lines


def _listed(objects: list[ObjectChange], shown: int = 12) -> str:
    """Objects of a comparison by title, a rename they may be said after it, the first
    ``shown`` of them and how many more."""
    titles = [
        f"{change.title} (possibly renamed: {change.possibly_renamed})"
        if change.possibly_renamed
        else change.title
        for change in objects[:shown]
    ]
    more = f" and {len(objects) - shown} more" if len(objects) > shown else ""
    return "; ".join(titles) + more


def _carried(note: CarriedNote) -> str:
    """A note carried to the imported plan: its number, opening words and where it shows now
    (``note 4 "Draft position…" (2013 plan) -> Strategische werkgroep``)."""
    excerpt = note.excerpt
    if len(excerpt) > 40:
        excerpt = excerpt[:39].rstrip() + "…"
    written = f" ({note.written_in} plan)" if note.written_in else ""
    return f'note {note.note_id} "{excerpt}"{written} -> {note.now_on_title}'


def _left(note: LeftNote) -> str:
    """A note that stays behind: its number, opening words and where it stays
    (``note 7 "Grensbeweiding: …" stays on workgroup VET-GRENS (2013 plan)``)."""
    excerpt = note.excerpt if len(note.excerpt) <= 40 else note.excerpt[:39].rstrip() + "…"
    kind = note.target_kind.replace("item", "plan item")
    return f'note {note.note_id} "{excerpt}" stays on {kind} {note.target_label} ({note.stays_in} plan)'


def _where(warning: ReportWarning) -> str:
    """``page 3, line 12: ``, ``line 12: `` or nothing for a warning about the whole document
    (its line is 0)."""
    line, page = warning.line, warning.page
    if page and line:
        return f"page {page}, line {line}: "
    if page:
        return f"page {page}: "
    return f"line {line}: " if line else ""

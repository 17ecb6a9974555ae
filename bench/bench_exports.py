"""Export benchmarks, each a ratio against a baseline measured in the same run.

    .venv/bin/python bench/bench_exports.py [--big bench/big.db] [--workgroups N] [--notes N]

* Briefs: a 50-page brief against plain platypus laying out its notes' text (no cover,
  contents, header or footer): seconds per page, and the ratio (target: within 2x; the 50-page
  brief under 0.75 s on the 2-core reference machine). That floor holds the note bodies only,
  while a brief page also holds status lines, positions, headings and cells: the fair floor
  lays out the brief's own paragraphs (same markup, styles and number) with nothing else,
  per page and in all.
* Workbooks: the notes sheet written by XlsxWriter in constant-memory mode (what bnldesk uses)
  against openpyxl's write-only mode writing the same rows with the same features (styles,
  validation lists, protection, print set-up); reading the same rows with raw sqlite3 as the
  floor; and the whole 10,000-workgroup export (target under 2 s).
* The default export of ``--big`` (bench/make_big_db.py): its time against XlsxWriter in
  constant-memory mode writing the same cells (computed beforehand, so the baseline is the
  writing library alone; the difference is what bnldesk adds: reading, row checks, row heights,
  formats); the Python heap's peak against the same rows merely read, and the growth of the
  process's resident memory (Linux's peak, reset before the export) -- target under 50 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from bench.memory import reset_resident_peak, resident_kb
from bnldesk.domain.document import DocChapter, DocItem, DocSection, DocWorkgroup, PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import BriefOptions, BriefSubject, ExportFilters, XlsxOptions
from bnldesk.services.reports.brief import FONT, BriefBuilder
from bnldesk.services.reports.brief_data import collect_brief
from bnldesk.services.reports.rows import ANNOTATIONS
from bnldesk.services.reports.sheet_codec import CHOICES, choice_labels, sheet_cells
from bnldesk.services.reports.xlsx import write_workbook
from bnldesk.store.engine import Store, open_store
from bnldesk.store.structure import write_document

WORKGROUPS = 10_000
NOTES = 20_000
BRIEF_NOTES = 190  # on one workgroup: a brief of about 50 pages
SENTENCE = (
    "De delegatie bespreekt de grensoverschrijdende samenwerking en de opvolging van de "
    "projecten van het jaarplan met de partners uit Nederland en Luxemburg. "
)


def configure(workgroups: int, notes: int, brief_notes: int) -> None:
    """The size of the generated database (the smoke test makes it small)."""
    global WORKGROUPS, NOTES, BRIEF_NOTES
    WORKGROUPS, NOTES, BRIEF_NOTES = max(100, workgroups), notes, brief_notes


def best_of(
    fn: Callable[[], object], runs: int = 3, clock: Callable[[], float] = time.perf_counter
) -> float:
    """The least time of ``runs`` calls of ``fn`` by ``clock`` (wall clock; CPU time of this
    process with ``time.process_time``, which a loaded machine disturbs far less)."""
    times = []
    for _ in range(runs):
        start = clock()
        fn()
        times.append(clock() - start)
    return min(times)


def big_plan() -> PlanDocument:
    sections = []
    per_section = max(1, WORKGROUPS // 100)
    for n in range(100):
        sections.append(
            DocSection(
                number=f"{n // 10 + 1}.{n % 10 + 1}",
                title=f"Thema {n} grensoverschrijdende samenwerking",
                items=[DocItem(ItemKind.NEW, f"Project {n}", flagship=n % 7 == 0)],
                workgroups=[
                    DocWorkgroup(f"Werkgroep {n}-{i} samenwerking", f"WG-{n:03d}-{i:03d}")
                    for i in range(per_section)
                ],
            )
        )
    chapters = [
        DocChapter(str(c + 1), f"Hoofdstuk {c + 1}", sections=sections[c * 10 : c * 10 + 10])
        for c in range(10)
    ]
    return PlanDocument(kind="plan", title="Jaarplan 2030 (bench)", year=2030, chapters=chapters)


def fill(store: Store) -> None:
    with store.transaction() as s:
        write_document(s, big_plan())
    with store.transaction() as s:
        target = resolve_target(s, "WG-000-000")
        # ~50 pages: notes of two paragraphs each on one workgroup.
        for i in range(BRIEF_NOTES):
            add_annotation(
                s,
                target,
                NoteFields(
                    body="\n".join([SENTENCE * 2] * 2) + f" Nota {i}.",
                    tags=["bench", f"t{i % 5}"],
                    priority=i % 4,
                    position_text="Akkoord." if i % 3 == 0 else "",
                    position_state="agreed" if i % 3 == 0 else "none",
                    visibility="delegation",
                ),
                author="Bench",
                delegation="BE",
            )
        per = max(1, WORKGROUPS // 100)  # workgroups per section, as big_plan() makes them
        for i in range(NOTES):
            add_annotation(
                s,
                resolve_target(s, f"WG-{(i % WORKGROUPS) // per:03d}-{i % WORKGROUPS % per:03d}"),
                NoteFields(body=f"Notitie {i}. " + SENTENCE, tags=["x"], visibility="delegation"),
            )


def plain_platypus(paragraphs: list[str], out: Path) -> int:
    """The floor: the same text laid out by platypus with no furniture at all."""
    style = ParagraphStyle("p", fontName=FONT, fontSize=9.5, leading=13.5)
    story: list[Any] = []
    for text in paragraphs:
        story += [Paragraph(text, style), Spacer(1, 6)]
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build(story)
    return int(doc.page)


def brief_paragraphs(builder: BriefBuilder) -> list[tuple[str, ParagraphStyle]]:
    """Every paragraph of ``builder``'s brief, in reading order, as (markup, style): those in
    tables, position boxes and kept-together notes too; nothing else (no table, box, contents,
    outline, header or footer)."""
    found: list[tuple[str, ParagraphStyle]] = []

    def walk(item: Any) -> None:
        if isinstance(item, list | tuple):
            for part in item:
                walk(part)
        elif isinstance(item, Paragraph):
            found.append((item.text, item.style))
        elif isinstance(item, Table):
            walk(item._cellvalues)
        else:
            walk(getattr(item, "_content", None) or getattr(item, "content", None) or [])

    walk(builder._get_story(None))
    return found


def plain_platypus_same(paragraphs: list[tuple[str, ParagraphStyle]], out: Path) -> int:
    """The fair floor: the brief's own paragraphs (same markup, same styles, same number) laid
    out one after the other by platypus on the brief's text column, with nothing else."""
    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm,
        bottomMargin=20 * mm,
    )  # fmt: skip
    doc.build([Paragraph(text, style) for text, style in paragraphs])
    return int(doc.page)


def openpyxl_write_only(rows: list[list[Any]], out: Path) -> None:
    """The notes sheet with openpyxl's write-only mode and the same features, as a baseline."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Notes")
    font = Font(name="Calibri", size=10)
    header_font = Font(name="Calibri", size=10, bold=True, color="FFFFFF")
    fill = PatternFill("solid", start_color="1F3A5F")
    tint = PatternFill("solid", start_color="FFF8DC")
    wrap = Alignment(wrap_text=True, vertical="top")
    unlocked = Protection(locked=False)
    columns = [c.key for c in ANNOTATIONS.columns] + ["row_check"]
    for key in CHOICES:
        index = columns.index(key)
        letter = chr(ord("A") + index)
        dv = DataValidation(type="list", formula1='"' + ",".join(choice_labels(key, "en")) + '"')
        dv.add(f"{letter}2:{letter}1048576")
        ws.data_validations.append(dv)
    ws.protection.sheet = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.freeze_panes = "A2"
    header = []
    for key in columns:
        cell = WriteOnlyCell(ws, value=key)
        cell.font, cell.fill = header_font, fill
        header.append(cell)
    ws.append(header)
    for row in rows:
        cells = []
        for key, value in zip(columns, row, strict=True):
            cell = WriteOnlyCell(ws, value=value)
            cell.font = font
            if key in ("text", "position", "status", "priority", "tags", "visibility", "consult"):
                cell.fill, cell.alignment, cell.protection = tint, wrap, unlocked
            cells.append(cell)
        ws.append(cells)
    wb.save(out)


def notes_rows(store: Store) -> list[list[Any]]:
    """The notes sheet's cells, computed once so both writers get exactly the same input."""
    rows: list[list[Any]] = []
    with store.read() as s:
        for row in ANNOTATIONS.rows(s, ExportFilters(), "en"):
            cells, check = sheet_cells(row["values"], "en")
            rows.append(
                [cells.get(c.key, row.get(c.key)) for c in ANNOTATIONS.columns] + [check.encode()]
            )
    return rows


def raw_sqlite_read(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        count = 0
        for _ in connection.execute(
            "SELECT a.uuid, a.body, a.position_text, a.consult, a.status, a.priority, "
            "group_concat(t.name) FROM annotation a LEFT JOIN annotation_tag x "
            "ON x.annotation_id = a.id LEFT JOIN tag t ON t.id = x.tag_id "
            "WHERE a.deleted_at IS NULL GROUP BY a.id ORDER BY a.target_label, a.created_at"
        ):
            count += 1
        return count
    finally:
        connection.close()


def heap_peak(fn: Callable[[], object]) -> float:
    """Peak of Python's heap while ``fn`` runs, in MB."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def default_cells(session: Any) -> dict[str, list[list[Any]]]:
    """Every cell of the default export, per sheet, as bnldesk computes them (the baseline's
    input: XlsxWriter then only writes)."""
    from bnldesk.services.reports.rows import EXPORT_KINDS, list_text

    sheets: dict[str, list[list[Any]]] = {}
    for name, kind in EXPORT_KINDS.items():
        columns = kind.chosen(None)
        out: list[list[Any]] = []
        for row in kind.rows(session, ExportFilters(), "en"):
            if name == "annotations":
                cells, check = sheet_cells(row["values"], "en")
                line = [cells.get(c.key, row.get(c.key)) for c in columns] + [check.encode()]
            else:
                line = [row.get(c.key) for c in columns]
            out.append([list_text(v) if isinstance(v, list) else v for v in line])
        sheets[name] = out
    return sheets


def xlsxwriter_plain(sheets: dict[str, list[list[Any]]], out: Path) -> None:
    """The floor for writing: XlsxWriter's constant-memory mode, one format per sheet, dates as
    dates, no row heights, checks, validation or protection."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    fmt = workbook.add_format({"font_name": "Calibri", "font_size": 10, "valign": "top"})
    dates = workbook.add_format({"num_format": "dd/mm/yyyy"})
    for name, rows in sheets.items():
        ws = workbook.add_worksheet(name)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                if value is None or value == "":
                    continue
                if isinstance(value, str):
                    ws.write_string(r, c, value, fmt)
                elif isinstance(value, dt.date):
                    ws.write_datetime(r, c, value, dates)
                else:
                    ws.write_number(r, c, value, fmt)
    workbook.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, help="a database from bench/make_big_db.py")
    parser.add_argument("--workgroups", type=int, default=WORKGROUPS, help="in the small plan")
    parser.add_argument("--notes", type=int, default=NOTES, help="spread over its workgroups")
    parser.add_argument("--brief-notes", type=int, default=BRIEF_NOTES, help="in the brief")
    args = parser.parse_args()
    configure(args.workgroups, args.notes, args.brief_notes)
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        store = open_store(folder / "bench.db", demo=False)
        fill(store)
        print(f"(set-up: {time.perf_counter() - start:.1f} s)")

        # -- briefs ---------------------------------------------------------------------------
        options = BriefOptions(marking="BENCH", delegation="BE")
        with store.read() as s:
            data = collect_brief(s, BriefSubject(workgroup="WG-000-000"), options)
        pages = 0

        def brief() -> None:
            nonlocal pages
            builder = BriefBuilder(data, options)
            builder.render(folder / "brief.pdf")
            pages = builder.page_count

        brief_s = best_of(brief)
        brief_cpu = best_of(brief, runs=5, clock=time.process_time)
        paragraphs = [p for g in data.note_groups for n in g.notes for p in n.body.split("\n")]
        plain_pages = 0

        def plain() -> None:
            nonlocal plain_pages
            plain_pages = plain_platypus(paragraphs, folder / "plain.pdf")

        plain_s = best_of(plain)
        plain_cpu = best_of(plain, runs=5, clock=time.process_time)
        per_page, plain_per_page = brief_s / pages, plain_s / max(1, plain_pages)
        cpu_ratio = (brief_cpu / pages) / (plain_cpu / max(1, plain_pages))
        own = brief_paragraphs(BriefBuilder(data, options))
        same_pages = 0

        def same() -> None:
            nonlocal same_pages
            same_pages = plain_platypus_same(own, folder / "same.pdf")

        same_cpu = best_of(same, runs=5, clock=time.process_time)
        same_ratio = (brief_cpu / pages) / (same_cpu / max(1, same_pages))
        rows.append((f"brief, {pages} pages", f"{brief_s:.2f} s", "< 0.75 s"))
        rows.append((f"plain platypus, {plain_pages} pages", f"{plain_s:.2f} s", ""))
        rows.append(("  brief / platypus per page", f"{per_page / plain_per_page:.2f}x", "< 2x"))
        rows.append((f"brief, {pages} pages, CPU time", f"{brief_cpu:.3f} s", ""))
        rows.append((f"plain platypus, {plain_pages} pages, CPU time", f"{plain_cpu:.3f} s", ""))
        rows.append(("  brief / platypus per page, CPU time", f"{cpu_ratio:.2f}x", "< 2x"))
        rows.append(
            (
                f"platypus, the brief's {len(own)} paragraphs, {same_pages} pages, CPU",
                f"{same_cpu:.3f} s",
                "",
            )
        )
        rows.append(("  brief / same paragraphs per page, CPU time", f"{same_ratio:.2f}x", "< 2x"))
        rows.append(
            ("  brief / same paragraphs in all, CPU time", f"{brief_cpu / same_cpu:.2f}x", "")
        )

        # -- workbooks ------------------------------------------------------------------------
        wg_options = XlsxOptions(kinds=["workgroups"])

        def workgroups() -> None:
            with store.read() as s:
                write_workbook(s, folder / "wg.xlsx", ExportFilters(), wg_options)

        rows.append(
            (f"{WORKGROUPS} workgroups, read + write", f"{best_of(workgroups):.2f} s", "< 2 s")
        )
        cells = notes_rows(store)
        n = len(cells)
        read_s = best_of(lambda: raw_sqlite_read(store.path))
        ours_s = best_of(lambda: write_workbook_of(store, folder / "notes.xlsx"))
        op_s = best_of(lambda: openpyxl_write_only(cells, folder / "op.xlsx"))
        rows.append((f"{n} notes, raw sqlite3 read (floor)", f"{read_s:.2f} s", ""))
        rows.append((f"{n} notes, bnldesk export (read + XlsxWriter)", f"{ours_s:.2f} s", ""))
        rows.append((f"{n} notes, openpyxl write-only (write only)", f"{op_s:.2f} s", ""))
        rows.append(("  openpyxl write-only / bnldesk export", f"{op_s / ours_s:.2f}x", "> 1"))
        store.close()

        if args.big:
            big = open_store(args.big, demo=False)
            try:

                def read_only() -> None:
                    with big.read() as s:
                        for kind in ("workgroups", "contacts", "annotations"):
                            from bnldesk.services.reports.rows import EXPORT_KINDS

                            for _ in EXPORT_KINDS[kind].rows(s, ExportFilters(), "en"):
                                pass

                def export() -> None:
                    with big.read() as s:
                        write_workbook(s, folder / "big.xlsx", ExportFilters(), XlsxOptions())

                rss_before = resident_kb("VmRSS")
                reset_resident_peak()
                untraced = best_of(export, runs=1)
                rss_growth = max(0, resident_kb("VmHWM") - rss_before) / 1024
                read_peak = heap_peak(read_only)
                export_peak = heap_peak(export)
                floor = best_of(lambda: raw_sqlite_read(args.big))
                with big.read() as s:
                    sheets = default_cells(s)
                cells_n = sum(len(r) for sheet in sheets.values() for r in sheet)
                plain_s = best_of(lambda: xlsxwriter_plain(sheets, folder / "plain.xlsx"), runs=1)
                rows.append(("big db default export", f"{untraced:.1f} s", ""))
                rows.append(
                    (f"  XlsxWriter constant_memory, same {cells_n} cells", f"{plain_s:.1f} s", "")
                )
                rows.append(("  export / XlsxWriter alone", f"{untraced / plain_s:.2f}x", ""))
                rows.append(("  raw sqlite3 read of its notes (floor)", f"{floor:.2f} s", ""))
                rows.append(("  export / raw read", f"{untraced / floor:.0f}x", ""))
                rows.append(("  heap peak, rows read only", f"{read_peak:.0f} MB", ""))
                rows.append(("  heap peak, export", f"{export_peak:.0f} MB", "< read + 50 MB"))
                rows.append(("  resident memory growth", f"{rss_growth:.0f} MB", "< 50 MB"))
            finally:
                big.close()

    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'result':<14}  target")
    print("-" * (width + 30))
    for name, result, target in rows:
        print(f"{name:<{width}}  {result:<14}  {target}")
    return 0


def write_workbook_of(store: Store, out: Path) -> None:
    with store.read() as s:
        write_workbook(
            s,
            out,
            ExportFilters(),
            XlsxOptions(kinds=["annotations"]),
            created=dt.datetime(2030, 1, 1),
        )


if __name__ == "__main__":
    raise SystemExit(main())

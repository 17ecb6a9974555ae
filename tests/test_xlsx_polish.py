"""The workbook as a delegate reads and prints it (delegate trial): short columns that do not
run together, rows as high as their text, dates as the window shows them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdf
import pytest
from export_helpers import Sample, fill_sample, libreoffice, libreoffice_convert

from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import ExportFilters, XlsxOptions, export_workbook
from bnldesk.services.reports.cell_text import row_points, wrapped_lines
from bnldesk.store.engine import Store


@pytest.fixture
def sample(empty_store: Store) -> Sample:
    return fill_sample(empty_store)


def _column(ws: object, header: str) -> int:
    row = next(ws.iter_rows(max_row=1))  # type: ignore[attr-defined]
    return [c.value for c in row].index(header) + 1


def test_plan_year_and_chapter_are_centred_so_they_never_read_as_one(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "wg.xlsx"
    export_workbook(
        empty_store, out, ExportFilters(), XlsxOptions(kinds=["workgroups", "contacts"])
    )
    wb = openpyxl.load_workbook(out)
    ws = wb["Workgroups"]
    for header in ("Plan year", "Chapter", "Notes", "Open actions", "Last note"):
        column = _column(ws, header)
        cells = [ws.cell(row=r, column=column) for r in range(1, ws.max_row + 1)]
        assert all(c.alignment.horizontal == "center" for c in cells if c.value is not None), header
    for header in ("Name", "Section"):  # running text stays left-aligned
        cell = ws.cell(row=2, column=_column(ws, header))
        assert cell.alignment.horizontal in (None, "general", "left")
    contacts = wb["Contacts"]
    assert contacts.cell(row=2, column=_column(contacts, "Plan year")).alignment.horizontal == (
        "center"
    )


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("kort", 10, 1),
        # The trial's row: 50 characters that fit the 40-wide Section column on one line were
        # given two lines by a count of characters.
        ("5.7 Fiscale samenwerking en strijd tegen de fraude", 40, 1),
        ("regel een\nregel twee\nregel drie", 40, 3),
        # 120 W of 11.9 px in 279 px of room: 5.1 lines, so 6.
        ("W" * 120, 40, 6),
        # 26 words of "de kosten worden gedeeld." (156 characters, about 5.4 px each) in 279 px.
        ("de kosten worden gedeeld. " * 6, 40, 4),
    ],
)
def test_wrapped_lines_follow_the_fonts_widths(text: str, width: float, lines: int) -> None:
    assert wrapped_lines(text, width) == lines


def test_rows_are_as_high_as_their_text_and_one_line_rows_keep_the_default(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    with empty_store.transaction() as s:
        add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="Lange nota. " * 60, visibility="delegation"),
        )
    out = tmp_path / "heights.xlsx"
    export_workbook(
        empty_store, out, ExportFilters(), XlsxOptions(kinds=["workgroups", "annotations"])
    )
    wb = openpyxl.load_workbook(out)
    ws = wb["Workgroups"]
    for row in range(2, ws.max_row + 1):
        texts = [str(c.value) for c in ws[row] if c.value is not None]
        if all(len(t) <= 30 for t in texts):  # nothing that wraps
            assert ws.row_dimensions[row].height is None, texts
    notes = wb["Notes"]
    text_column = _column(notes, "Text")
    (long_row,) = [
        r
        for r in range(2, notes.max_row + 1)
        if str(notes.cell(row=r, column=text_column).value).startswith("Lange nota.")
    ]
    # 720 characters in the 52-wide Text column (369 px, about 65 characters a line): 12 lines.
    height = notes.row_dimensions[long_row].height
    assert height is not None and 11 * 12.75 <= height <= 14 * 12.75


@pytest.mark.parametrize(
    ("language", "number_format", "printed"),
    [("en", "dd\\/mm\\/yyyy", "01/03/2013"), ("nl", "dd\\/mm\\/yyyy", "01/03/2013"),
     ("fr", "dd\\/mm\\/yyyy", "01/03/2013")],
)  # fmt: skip
def test_dates_read_as_in_the_window(
    empty_store: Store,
    sample: Sample,
    tmp_path: Path,
    language: str,
    number_format: str,
    printed: str,
) -> None:
    out = tmp_path / f"contacts-{language}.xlsx"
    export_workbook(
        empty_store, out, ExportFilters(), XlsxOptions(kinds=["contacts"], language=language)
    )
    ws = openpyxl.load_workbook(out).worksheets[0]
    dates = [c for row in ws.iter_rows(min_row=2) for c in row if c.is_date]
    assert dates and {c.number_format for c in dates} == {number_format}
    if libreoffice() is None:
        pytest.skip("LibreOffice is not installed")
    if language != "en":
        return  # one printed check is enough to show the spreadsheet reads the format so
    pdf = libreoffice_convert(out, tmp_path / "lo", "pdf")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
    assert printed in text and "01-03-2013" not in text


def test_long_sheets_keep_their_row_heights_without_holding_every_row(tmp_path: Path) -> None:
    """A sheet is written row by row (XlsxWriter's constant-memory mode); the height of each
    written row is dropped from memory once the row is in the file (it was kept to the end:
    memory grew with the sheet), and every row still has its height when the file is read."""
    import xlsxwriter

    from bnldesk.services.reports.rows import Column
    from bnldesk.services.reports.xlsx import WORKBOOK_OPTIONS, _Formats, _SheetWriter

    out = tmp_path / "long.xlsx"
    workbook = xlsxwriter.Workbook(str(out), WORKBOOK_OPTIONS)
    columns = [Column("code", 12), Column("text", 52, "long")]
    sheet = _SheetWriter(workbook, _Formats(workbook), "Notes", columns, "en")
    for number in range(600):
        lines = number % 4 + 1
        sheet.write([f"N-{number}", "\n".join(["Een regel."] * lines)])
        assert len(sheet.ws.row_info) <= 3  # the header, the row waiting, the row written
    sheet.finish()
    workbook.close()
    ws = openpyxl.load_workbook(out)["Notes"]
    for number in range(600):
        row = number + 2
        assert ws.cell(row=row, column=1).value == f"N-{number}"
        height = ws.row_dimensions[row].height
        if number % 4 == 0:
            assert height is None  # one line: the sheet's default height
        else:
            assert height == pytest.approx(row_points(number % 4 + 1))


def _plan_with_a_long_parent_name() -> object:
    """A 2024 plan whose section 3.1 "Water" lists a workgroup without a code whose name takes
    three lines in the 16-wide Parent column, with one short-named subgroup."""
    from bnldesk.domain.document import DocChapter, DocSection, DocWorkgroup, PlanDocument

    subgroup = DocWorkgroup("Rivieren", "WAT-RIV")
    parent = DocWorkgroup("Noodplanning Grensregio's Rivierbeheer", None, children=[subgroup])
    section = DocSection(number="3.1", title="Water", workgroups=[parent])
    return PlanDocument(
        kind="plan",
        title="Jaarplan 2024",
        year=2024,
        chapters=[DocChapter(number="3", title="Milieu", sections=[section])],
    )


def test_rows_are_as_tall_as_their_visible_text_and_no_taller(
    empty_store: Store, tmp_path: Path
) -> None:
    """Each word of the parent's name (12 characters) fits the 16-wide Parent column, no two
    do: three lines, 3 x 12.75 + 2.25 = 40.5 points, or the name is cut to its first line when
    printed. A one-word note keeps the sheet's default height (every note row was six lines
    tall, measured on the hidden row-check column, and dated rows two, measured on the date's
    ISO text); a note of three lines is three lines tall."""
    from bnldesk.store.structure import write_document

    with empty_store.transaction() as session:
        write_document(session, _plan_with_a_long_parent_name())  # type: ignore[arg-type]
    with empty_store.transaction() as session:
        subgroup = resolve_target(session, "WAT-RIV")
        for body in ("Akkoord", "Eerste punt\nTweede punt\nDerde punt"):
            add_annotation(session, subgroup, NoteFields(body=body, visibility="delegation"))
    out = tmp_path / "rows.xlsx"
    export_workbook(
        empty_store, out, ExportFilters(), XlsxOptions(kinds=["workgroups", "annotations"])
    )
    workbook = openpyxl.load_workbook(out)
    workgroups = workbook["Workgroups"]
    parent_column = _column(workgroups, "Parent")
    heights = {
        (row[0].value, row[parent_column - 1].value): workgroups.row_dimensions[row[0].row].height
        for row in workgroups.iter_rows(min_row=2)
    }
    assert heights == {
        (None, None): None,  # the parent itself: every cell one line
        ("WAT-RIV", "Noodplanning Grensregio's Rivierbeheer"): 40.5,
    }
    notes = workbook["Notes"]
    text_column = _column(notes, "Text")
    by_text = {
        row[text_column - 1].value: notes.row_dimensions[row[0].row].height
        for row in notes.iter_rows(min_row=2)
    }
    assert by_text == {"Akkoord": None, "Eerste punt\nTweede punt\nDerde punt": 40.5}

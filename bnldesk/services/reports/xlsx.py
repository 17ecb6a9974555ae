"""Workbooks of workgroups, contacts and notes (openpyxl, write-only mode).

Write-only mode streams rows to disk, so ten thousand workgroups take well under a second. Every
sheet gets a styled, frozen header row, an autofilter over its data, sensible column widths and
real Excel dates; the workbook carries its title, author and creation time, and a last sheet says
which filters were used and when the file was made. User text is always a string cell: a note
typed as ``=HYPERLINK(...)`` is shown as typed, never evaluated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from bnldesk.services.reports.labels import label
from bnldesk.services.reports.rows import (
    EXPORT_KINDS,
    Column,
    ExportFilters,
    list_text,
)
from bnldesk.services.reports.safe import atomic_write, clean_text, excel_text, looks_like_formula

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", start_color="1F3A5F", end_color="1F3A5F")
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
DATE_FORMAT = "DD-MM-YYYY"
DATETIME_FORMAT = "DD-MM-YYYY HH:MM"
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass
class XlsxOptions:
    """Which sheets, which columns per sheet, and the language of the labels."""

    kinds: list[str] = field(default_factory=lambda: ["workgroups", "contacts", "annotations"])
    columns: dict[str, list[str]] = field(default_factory=dict)
    language: str = "en"
    author: str = ""
    title: str = ""


@dataclass
class SheetData:
    kind: str
    title: str
    columns: list[Column]
    header: list[str]
    rows: list[list[Any]]


@dataclass
class WorkbookData:
    title: str
    author: str
    language: str
    created: dt.datetime
    filters: list[tuple[str, str]]
    database: str
    sheets: list[SheetData]

    def row_counts(self) -> dict[str, int]:
        return {s.kind: len(s.rows) for s in self.sheets}


def collect_workbook(
    session: Session,
    filters: ExportFilters,
    options: XlsxOptions,
    *,
    database: str = "",
    created: dt.datetime | None = None,
) -> WorkbookData:
    """Read everything the workbook shows, as plain rows (the file is written later)."""
    lang = options.language
    sheets: list[SheetData] = []
    for name in options.kinds:
        kind = EXPORT_KINDS.get(name)
        if kind is None:
            raise ValueError(f"unknown export kind {name!r}")
        columns = kind.chosen(options.columns.get(name))
        rows = [[row.get(c.key) for c in columns] for row in kind.rows(session, filters, lang)]
        sheets.append(
            SheetData(
                name,
                label(kind.sheet_label, lang),
                columns,
                [c.header(lang) for c in columns],
                rows,
            )
        )
    return WorkbookData(
        title=options.title or "bnldesk — " + ", ".join(s.title for s in sheets),
        author=options.author,
        language=lang,
        created=created or dt.datetime.now().replace(microsecond=0),
        filters=filters.describe(lang),
        database=database,
        sheets=sheets,
    )


def _sheet_title(text: str) -> str:
    return clean_text(text).translate(_SHEET_FORBIDDEN).strip("'")[:31] or "Sheet"


def _text_cell(ws: Any, text: str) -> Any:
    """A string value, or a cell forced to string type when Excel would misread it."""
    if looks_like_formula(text) or text in ERROR_CODES:
        cell = WriteOnlyCell(ws, value=text)
        # openpyxl reads a leading "=" as a formula: force a string cell, and quotePrefix so that
        # Excel keeps it text even when the delegate edits the cell.
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return text


def _cells(ws: Any, columns: list[Column], values: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for column, value in zip(columns, values, strict=True):
        if value is None:
            out.append(None)
        elif isinstance(value, dt.datetime):
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = DATETIME_FORMAT
            out.append(cell)
        elif isinstance(value, dt.date):
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = DATE_FORMAT
            out.append(cell)
        elif isinstance(value, bool | int | float):
            out.append(value)
        else:
            text = excel_text(list_text(value) if column.kind == "list" else str(value))
            out.append(_text_cell(ws, text) if text else None)
    return out


def _write_sheet(wb: Workbook, sheet: SheetData) -> None:
    ws = wb.create_sheet(_sheet_title(sheet.title))
    ws.freeze_panes = "A2"
    for i, column in enumerate(sheet.columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = column.width
    header = []
    for text in sheet.header:
        cell = WriteOnlyCell(ws, value=excel_text(text))
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGN
        header.append(cell)
    ws.append(header)
    for row in sheet.rows:
        ws.append(_cells(ws, sheet.columns, row))
    last_col = get_column_letter(max(1, len(sheet.columns)))
    ws.auto_filter.ref = f"A1:{last_col}{len(sheet.rows) + 1}"
    ws.print_title_rows = "1:1"


def _write_about(wb: Workbook, data: WorkbookData) -> None:
    lang = data.language
    ws = wb.create_sheet(_sheet_title(label("sheet_about", lang)))
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    bold = Font(bold=True)

    def row(key: str, value: Any) -> None:
        head = WriteOnlyCell(ws, value=excel_text(key))
        head.font = bold
        if isinstance(value, dt.datetime):
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = DATETIME_FORMAT
            ws.append([head, cell])
        else:
            ws.append([head, _text_cell(ws, excel_text(str(value)))])

    row(label("about_title", lang), data.title)
    row(label("about_made", lang), data.created)
    if data.author:
        row(label("about_by", lang), data.author)
    if data.database:
        row(label("about_database", lang), data.database)
    if data.filters:
        for i, (name, value) in enumerate(data.filters):
            row(label("about_filters", lang) if i == 0 else "", f"{name}: {value}")
    else:
        row(label("about_filters", lang), label("about_none", lang))
    for sheet in data.sheets:
        ws.append(
            [
                WriteOnlyCell(ws, value=f"{label('about_rows', lang)} · {sheet.title}"),
                len(sheet.rows),
            ]
        )
    if any(s.kind == "annotations" for s in data.sheets):
        ws.append([])
        ws.append([None, label("about_roundtrip", lang)])


def build_workbook(data: WorkbookData) -> Workbook:
    wb = Workbook(write_only=True)
    wb.properties.title = clean_text(data.title)
    wb.properties.creator = clean_text(data.author) or "bnldesk"
    wb.properties.lastModifiedBy = clean_text(data.author) or "bnldesk"
    wb.properties.created = data.created
    wb.properties.modified = data.created
    wb.properties.language = data.language
    for sheet in data.sheets:
        _write_sheet(wb, sheet)
    _write_about(wb, data)
    return wb


def write_workbook(target: Path | str, data: WorkbookData) -> None:
    """Write ``data`` to ``target`` atomically (temporary file in the same folder, renamed)."""
    wb = build_workbook(data)
    with atomic_write(target) as tmp:
        wb.save(tmp)

"""Workbooks of workgroups, contacts and notes, streamed from the database to the file.

Written with XlsxWriter in constant-memory mode: rows go from SQLite (read in pages) to the
sheet's XML as they come, so a sheet of 100,000 notes takes no more memory than one of ten
(``bench/bench_exports.py`` measured it against openpyxl's write-only mode, which it beats on
speed with every feature kept). A progress callback ``(done, total)`` and a cancel check let the
GUI show progress and stop the export; a cancelled export leaves no file.

Every sheet prints well: landscape A4 fitted to the page width, the header row repeated, long
text wrapped, the header font set. User text is always a string cell (a note typed as
``=HYPERLINK(...)`` is shown as typed, never evaluated); dates are real Excel dates.

The Notes sheet is made to be edited and read back (:mod:`.annotations_roundtrip`): editable
columns are unlocked and tinted, the rest locked by sheet protection without a password; the
enumerated columns offer drop-down lists in the sheet's language; a hidden locked column holds
each row's check (:mod:`.sheet_codec`) and the export's id; a very hidden sheet lists which notes
were exported, so that a row deleted in the sheet can be reported.

Nothing about the local machine goes into the file: no path, no user name beyond the author
the delegate chose.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuid_module
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from bnldesk.domain.dates import (
    format_date,
    spreadsheet_date_format,
    spreadsheet_date_time_format,
)
from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import utcnow
from bnldesk.services.reports.cell_text import most_lines, row_points, wrapped_lines
from bnldesk.services.reports.labels import label
from bnldesk.services.reports.rows import (
    EXPORT_KINDS,
    Column,
    ExportFilters,
    ExportKind,
    ExportRow,
    list_text,
)
from bnldesk.services.reports.safe import (
    FORMULA_PREFIXES,
    atomic_write,
    excel_text,
    looks_like_formula,
)
from bnldesk.services.reports.sheet_codec import (
    CHOICES,
    EDITABLE_NOTE_COLUMNS,
    NoteValues,
    RowCheck,
    check_header,
    choice_labels,
    sheet_cells,
)
from bnldesk.services.reports.sheet_seal import seal
from bnldesk.services.reports.sheet_widths import fitted_width

if TYPE_CHECKING:  # XlsxWriter is loaded by the export itself, on the worker (not by dialogs)
    import xlsxwriter
    from xlsxwriter.worksheet import Worksheet

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

FONT_NAME = "Calibri"  # Carlito, its metric twin, stands in where Calibri is missing
NAVY = "#1F3A5F"
GREEN = "#2E6B30"
EDITABLE_TINT = "#FFF8DC"
MUTED = "#6B7280"
MAX_ROW_INDEX = 1_048_575  # Excel's last row (0-based): validation covers rows typed later
PROGRESS_EVERY = 250  # rows between progress reports and cancel checks
META_SHEET = "bnldesk"
META_CHUNK = 30_000  # characters per cell of the exported-notes list
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})

# Columns of the Notes sheet a new row fills in (unlocked below the data, locked on exported
# rows, whose note keeps its target and author).
NEW_ROW_COLUMNS = frozenset(
    {"target_kind", "target_key", "target", "plan_year", "author", "delegation"}
)
TECHNICAL_COLUMNS = frozenset({"id", "target_kind", "target_key"})
PRINTED_NOTE_COLUMNS = frozenset({"target", "plan_year", *EDITABLE_NOTE_COLUMNS})


class ExportCancelled(BnldeskError):
    """The delegate stopped the export; no file was written."""


@dataclass
class XlsxOptions:
    """Which sheets, which columns per sheet, and the language of the labels."""

    kinds: list[str] = field(default_factory=lambda: ["workgroups", "contacts", "annotations"])
    columns: dict[str, list[str]] = field(default_factory=dict)
    language: str = "en"
    author: str = ""
    title: str = ""


@dataclass
class WorkbookSummary:
    """What was written: rows per sheet (kind -> count) and the export's id."""

    rows: dict[str, int]
    export_id: str
    private_notes: int = 0  # rows of the notes sheet that are notes marked private


def _sheet_title(text: str) -> str:
    return excel_text(text).translate(_SHEET_FORBIDDEN).strip("'")[:31] or "Sheet"


class _Formats:
    """The workbook's cell formats, made once and shared (XlsxWriter keeps one per style)."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self.workbook = workbook
        self._cache: dict[tuple[Any, ...], Any] = {}

    def get(
        self,
        *,
        header: bool = False,
        editable: bool = False,
        unlocked: bool = False,
        wrap: bool = False,
        quote: bool = False,
        number: str | None = None,
        muted: bool = False,
        bold: bool = False,
        centre: bool = False,
    ) -> Any:
        key = (header, editable, unlocked, wrap, quote, number, muted, bold, centre)
        found = self._cache.get(key)
        if found is not None:
            return found
        # xlsxwriter's format properties: an open set of keys with values of many types.
        props: dict[str, Any] = {"font_name": FONT_NAME, "font_size": 10, "valign": "top"}
        if header:
            props.update(
                bold=True,
                font_color="#FFFFFF",
                bg_color=GREEN if editable else NAVY,
                text_wrap=True,
                valign="vcenter",
            )
        else:
            if editable:
                props["bg_color"] = EDITABLE_TINT
            if editable or unlocked:
                props["locked"] = False
            if wrap:
                props["text_wrap"] = True
            if quote:
                props["quote_prefix"] = True
            if number:
                props["num_format"] = number
            if muted:
                props["font_color"] = MUTED
            if bold:
                props["bold"] = True
        if centre:
            props["align"] = "center"
        made = self.workbook.add_format(props)
        self._cache[key] = made
        return made


class _SheetWriter:
    """Writes one sheet: columns, header row, then rows as they come."""

    def __init__(
        self,
        workbook: xlsxwriter.Workbook,
        formats: _Formats,
        title: str,
        columns: list[Column],
        language: str,
        *,
        dated: str = "",
        notes: bool = False,
    ) -> None:
        """``dated``: the export's date as the page header says it (in ``language``)."""
        self.ws: Worksheet = workbook.add_worksheet(_sheet_title(title))
        self.formats = formats
        self.columns = columns
        self.language = language
        self.notes = notes
        # Wide enough for each header's words and the labels a column holds (trial 17).
        self.widths = [fitted_width(column, language) for column in columns]
        self.row = 0
        self._text_formats: dict[tuple[str, bool, bool], Any] = {}
        self._blank = formats.get(editable=True, number="@")
        # Dates as the window shows them in the sheet's language (15/12/2026), centred like
        # the other short columns so that neighbours never run together ("2013 5").
        self._date = formats.get(number=spreadsheet_date_format(language), centre=True)
        self._datetime = formats.get(number=spreadsheet_date_time_format(language), centre=True)
        self._top = formats.get()
        self._centre = formats.get(centre=True)
        self._setup(title, dated)

    def _editable(self, column: Column) -> bool:
        return self.notes and column.key in EDITABLE_NOTE_COLUMNS

    def _setup(self, title: str, dated: str) -> None:
        ws, f = self.ws, self.formats
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)  # the width of one page, as many pages down as needed
        ws.repeat_rows(0)
        ws.set_margins(left=0.4, right=0.4, top=0.65, bottom=0.6)
        safe_title = excel_text(title).replace("&", "&&")
        # The date as text in the interface language: the &D field is printed in the
        # spreadsheet's own locale (trial 14: LibreOffice printed 12/01/2026 above a sheet of
        # 01/12/2026 dates).
        ws.set_header(f'&L&"{FONT_NAME},Bold"{safe_title}&R{excel_text(dated).replace("&", "&&")}')
        ws.set_footer("&R&P / &N")
        ws.freeze_panes(1, 0)
        ws.set_row(0, 30)
        for index, column in enumerate(self.columns):
            if self._editable(column):
                fmt = f.get(editable=True, wrap=column.kind in ("long", "list"), number="@")
            elif self.notes and column.key in NEW_ROW_COLUMNS:
                fmt = f.get(unlocked=True, number="@" if column.kind != "int" else None)
            else:
                fmt = None
            ws.set_column(index, index, self.widths[index], fmt)
            header = label(f"col_{column.key}", self.language)
            ws.write_string(
                0,
                index,
                excel_text(header),
                f.get(header=True, editable=self._editable(column), centre=column.centred),
            )
        self.row = 1

    def _text_format(self, column: Column, *, locked: bool, quote: bool) -> Any:
        key = (column.key, locked, quote)
        found = self._text_formats.get(key)
        if found is None:
            editable = self._editable(column) and not locked
            found = self.formats.get(
                editable=editable,
                wrap=column.wraps,
                quote=quote,
                number="@" if editable else None,
                muted=self.notes and column.key in TECHNICAL_COLUMNS,
                centre=column.centred,
            )
            self._text_formats[key] = found
        return found

    def _row_height(self, values: list[Any]) -> float | None:
        """The height wrapped text needs (spreadsheets do not grow rows written by a program
        when they open the file, so long text would overlap the next row when printed); None
        for a row of one line, which keeps the sheet's default height."""
        lines = 1
        for column, width, value in zip(self.columns, self.widths, values, strict=False):
            if not column.wraps or not value:
                continue
            text = (value if isinstance(value, str) else list_text(value))[:4000]
            if most_lines(text, width) > lines:
                lines = max(lines, wrapped_lines(text, width))
        return row_points(lines)

    def _forget_written_row(self, row: int) -> None:
        """Drop what XlsxWriter still keeps of ``row``, already written to the file.

        In constant-memory mode XlsxWriter writes a row once the next one starts, but keeps
        its height (``row_info``, ``row_sizes``: three objects the garbage collector tracks) to
        the end: 20 MB and a 250 ms collection, which holds the interpreter lock and so stalls
        the window, for the 66,648 notes of the big benchmark database; memory grew with the
        sheet. ``row_sizes`` only places images and charts, which these sheets have none of."""
        for kept in (self.ws.row_info, self.ws.row_sizes):
            kept.pop(row, None)

    def write(self, values: list[Any], *, locked: bool = False) -> None:
        """One row of plain values: text as string cells (never formulas), dates as dates."""
        ws, row = self.ws, self.row
        if row >= 3:
            self._forget_written_row(row - 2)  # row - 1 may still be waiting to be written
        height = self._row_height(values)
        if height is not None:
            ws.set_row(row, height)
        for col, (column, value) in enumerate(zip(self.columns, values, strict=True)):
            if value is None or value == "" or value == []:
                if self._editable(column) and not locked:
                    ws.write_blank(row, col, None, self._blank)
            elif isinstance(value, str):
                text = (
                    value
                    if self.notes and column.key in EDITABLE_NOTE_COLUMNS
                    else excel_text(value)
                )
                fmt = self._text_format(column, locked=locked, quote=text[:1] in FORMULA_PREFIXES)
                ws.write_string(row, col, text, fmt)
            elif isinstance(value, dt.datetime) and column.kind != "date":
                ws.write_datetime(row, col, value, self._datetime)
            elif isinstance(value, dt.date):
                ws.write_datetime(row, col, value, self._date)
            elif isinstance(value, bool):
                ws.write_boolean(row, col, value, self._top)
            elif (number := _whole_number(value)) is not None:
                ws.write_number(row, col, number, self._centre if column.centred else self._top)
            elif isinstance(value, int | float):
                ws.write_number(row, col, value, self._centre if column.centred else self._top)
            else:
                text = excel_text(
                    list_text(value, column.key) if column.kind == "list" else str(value)
                )
                fmt = self._text_format(column, locked=locked, quote=text[:1] in FORMULA_PREFIXES)
                ws.write_string(row, col, text, fmt)
        self.row += 1

    def finish(self) -> None:
        last_col = max(0, len(self.columns) - 1)
        self.ws.autofilter(0, 0, max(0, self.row - 1), last_col)


def _whole_number(value: object) -> int | None:
    """The number a list cell holds when it is one whole number (a workgroup's one chapter,
    "5"), so that the cell is a number and not text that looks like one (trial 14: green
    triangles on "Chapitre"); None for anything else ("2.1", "2, 3", a code)."""
    if isinstance(value, list | tuple) and len(value) == 1:
        only = value[0]
        if isinstance(only, int) and not isinstance(only, bool):
            return only
        if isinstance(only, str) and re.fullmatch(r"[0-9]{1,9}", only):
            return int(only)
    return None


def _progress_points(
    rows: Iterable[ExportRow],
    done: list[int],
    total: int,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> Iterator[ExportRow]:
    """Pass rows through, reporting progress and honouring the cancel check every few rows."""
    for row in rows:
        yield row
        done[0] += 1
        if done[0] % PROGRESS_EVERY == 0:
            if cancel is not None and cancel():
                raise ExportCancelled(
                    "the export was cancelled; no file was written", code="export_cancelled"
                )
            if progress is not None:
                progress(done[0], total)


# What a delegate may still do on the protected Notes sheet (the editable cells are unlocked).
NOTES_SHEET_ALLOWS = {
    "autofilter": True,
    "sort": True,
    "format_columns": True,
    "format_rows": True,
    "insert_rows": True,
    "delete_rows": True,
    "select_locked_cells": True,
    "select_unlocked_cells": True,
}


def _add_choice_lists(ws: Worksheet, columns: list[Column], language: str) -> None:
    """A drop-down list of the allowed labels (in ``language``) on every choice column."""
    for index, column in enumerate(columns):
        if column.key not in CHOICES:
            continue
        choices = choice_labels(column.key, language)
        message = label("choose_from", language, choices=", ".join(choices))
        ws.data_validation(
            1,
            index,
            MAX_ROW_INDEX,
            index,
            {
                "validate": "list",
                "source": choices,
                "error_title": label(f"col_{column.key}", language)[:32],
                "error_message": message[:255],
            },
        )


@dataclass(frozen=True)
class RowSealer:
    """Seals each row's check to the exporting database (:mod:`.sheet_seal`)."""

    key: bytes
    database_id: str

    def __call__(self, note_uuid: str, check: RowCheck) -> RowCheck:
        return check.sealed(seal(self.key, self.database_id, note_uuid, check))


def _write_notes(
    workbook: xlsxwriter.Workbook,
    formats: _Formats,
    title: str,
    columns: list[Column],
    rows: Iterable[ExportRow],
    language: str,
    export_id: str,
    sealer: RowSealer | None,
    dated: str,
) -> tuple[int, list[int], int]:
    """The editable Notes sheet; returns the row count, the exported notes' row ids and how
    many of the rows are notes marked private.

    A private note's row is editable only when sealed (its edits are read back on this laptop
    alone); unsealed, it is locked like the rest of the sheet's technical columns."""
    keys = {c.key for c in columns}
    # The row check needs the id and travels in a hidden locked column after the visible ones.
    check = Column("row_check", 20, hidden=True)
    sheet = _SheetWriter(
        workbook, formats, title, [*columns, check], language, dated=dated, notes=True
    )
    ws = sheet.ws
    check_index = len(columns)
    ws.write_string(0, check_index, check_header(export_id), formats.get(header=True))
    ws.set_column(check_index, check_index, 20, None, {"hidden": True})
    note_ids: list[int] = []
    private_rows = 0
    for row in rows:
        values: NoteValues = row["values"]
        cells, token = sheet_cells(values, language)
        if sealer is not None:
            token = sealer(str(row["id"]), token)
        private = values.visibility == "private"
        private_rows += 1 if private else 0
        line = [cells[c.key] if c.key in cells else row.get(c.key) for c in columns]
        sheet.write([*line, token.encode()], locked=private and sealer is None)
        note_ids.append(int(row["note_id"]))
    _add_choice_lists(ws, columns, language)
    sheet.finish()
    # Print what a reader needs, large enough to read: the target and the editable columns,
    # not the technical ids, authors and dates.
    printable = [i for i, c in enumerate(columns) if c.key in PRINTED_NOTE_COLUMNS]
    if printable:
        ws.print_area(0, printable[0], max(0, sheet.row - 1), printable[-1])
    ws.protect("", NOTES_SHEET_ALLOWS)
    if "id" not in keys:
        note_ids = []  # without ids the rows cannot be matched: nothing to report as deleted
    return sheet.row - 1, note_ids, private_rows


def encode_ids(ids: Iterable[int]) -> str:
    """Row ids as ranges (``1-40,42,50-51``): a full export of 100,000 notes is a few bytes."""
    ordered = sorted(set(ids))
    parts: list[str] = []
    start = prev = None
    for value in ordered:
        if start is None:
            start = prev = value
        elif value == (prev or 0) + 1:
            prev = value
        else:
            parts.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = value
    if start is not None:
        parts.append(f"{start}" if start == prev else f"{start}-{prev}")
    return ",".join(parts)


def decode_ids(text: str) -> set[int]:
    """The ids of :func:`encode_ids`; raises ValueError on anything else."""
    out: set[int] = set()
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        low, _, high = part.partition("-")
        first, last = int(low), int(high or low)
        if last < first or last - first > 10_000_000:
            raise ValueError(part)
        out.update(range(first, last + 1))
    return out


def _write_meta(
    workbook: xlsxwriter.Workbook,
    export_id: str,
    database_id: str,
    note_ids: list[int],
    exported_at: dt.datetime,
) -> None:
    """The very hidden sheet the round trip reads: the export's id, the database it came from,
    which notes it holds (row ids as ranges) and when it was read (UTC, ISO 8601): a row whose
    check column was removed is compared with that time."""
    ws = workbook.add_worksheet(META_SHEET)
    ws.write_string(0, 0, "export")
    ws.write_string(0, 1, export_id)
    ws.write_string(1, 0, "database")
    ws.write_string(1, 1, database_id)
    ws.write_string(2, 0, "notes")
    encoded = encode_ids(note_ids)
    for index in range(0, max(1, len(encoded)), META_CHUNK):
        ws.write_string(2, 1 + index // META_CHUNK, encoded[index : index + META_CHUNK])
    ws.write_string(3, 0, "exported")
    ws.write_string(3, 1, exported_at.isoformat(timespec="microseconds"))
    ws.very_hidden()


ABOUT_WIDTH = 90  # the about sheet's text column, in Excel units


def _write_about(
    workbook: xlsxwriter.Workbook,
    formats: _Formats,
    options: XlsxOptions,
    title: str,
    created: dt.datetime,
    filters: ExportFilters,
    rows: dict[str, int],
) -> None:
    lang = options.language
    ws = workbook.add_worksheet(_sheet_title(label("sheet_about", lang)))
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, ABOUT_WIDTH, formats.get(wrap=True))
    ws.set_portrait()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    bold = formats.get(bold=True)
    line = 0

    def put(key: str, value: Any) -> None:
        nonlocal line
        if isinstance(value, str):
            # Tall enough for its wrapped lines: LibreOffice printed the editing hint's
            # first two lines only (trial 17); a spreadsheet does not grow a written row.
            height = row_points(wrapped_lines(excel_text(value), ABOUT_WIDTH))
            if height is not None:
                ws.set_row(line, height)
        ws.write_string(line, 0, excel_text(key), bold)
        if isinstance(value, dt.datetime):
            ws.write_datetime(
                line, 1, value, formats.get(number=spreadsheet_date_time_format(lang))
            )
        elif isinstance(value, int):
            ws.write_number(line, 1, value)
        else:
            text = excel_text(str(value))
            ws.write_string(line, 1, text, formats.get(wrap=True, quote=looks_like_formula(text)))
        line += 1

    put(label("about_title", lang), title)
    put(label("about_made", lang), created)
    if options.author.strip():
        put(label("about_by", lang), options.author.strip())
    described = filters.describe(lang)
    if described:
        for index, (name, value) in enumerate(described):
            put(label("about_filters", lang) if index == 0 else "", f"{name}: {value}")
    else:
        put(label("about_filters", lang), label("about_none", lang))
    for kind, count in rows.items():
        put(f"{label('about_rows', lang)} · {label(EXPORT_KINDS[kind].sheet_label, lang)}", count)
    if "annotations" in rows:
        line += 1
        put(label("about_editing", lang), label("about_roundtrip", lang))
        if filters.shows_private:
            put("", label("about_private", lang))


# Streamed (flat memory), and user text always a string cell: never a number, formula or link.
WORKBOOK_OPTIONS = {
    "constant_memory": True,
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
}


def _kinds_of(options: XlsxOptions) -> list[ExportKind]:
    """The export kinds ``options`` names, in its order; ValueError for an unknown one."""
    kinds = []
    for name in options.kinds:
        kind = EXPORT_KINDS.get(name)
        if kind is None:
            raise ValueError(f"unknown export kind {name!r}")
        kinds.append(kind)
    return kinds


def _set_properties(
    workbook: xlsxwriter.Workbook,
    title: str,
    author: str,
    created: dt.datetime,
    export_id: str,
) -> None:
    """The file's document properties, and the export id the round trip recognises it by."""
    workbook.set_properties(
        {
            "title": excel_text(title),
            "author": excel_text(author) or "bnldesk",
            "company": "",
            "created": created,
            "comments": "",
        }
    )
    workbook.set_custom_property("bnldesk export", export_id)


def _write_sheet(
    workbook: xlsxwriter.Workbook,
    formats: _Formats,
    title: str,
    columns: list[Column],
    rows: Iterable[Mapping[str, Any]],
    language: str,
    dated: str,
) -> int:
    """One sheet of ``rows`` (each cell by its column's key) under ``title``, ``dated`` in its
    page header; returns how many rows it holds (its header aside)."""
    sheet = _SheetWriter(workbook, formats, title, columns, language, dated=dated)
    for row in rows:
        sheet.write([row.get(column.key) for column in columns])
    sheet.finish()
    return sheet.row - 1


def write_workbook(
    session: Session,
    target: Path | str,
    filters: ExportFilters,
    options: XlsxOptions,
    *,
    database_id: str = "",
    seal_key: bytes | None = None,
    created: dt.datetime | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> WorkbookSummary:
    """Stream the sheets of ``options.kinds`` filtered by ``filters`` into ``target``.

    Rows are read from ``session`` while the file is written (one read transaction); the file
    appears at ``target`` only when complete. ``progress(done, total)`` is called every few
    hundred rows; ``cancel()`` returning True stops the export (:class:`ExportCancelled`).
    ``seal_key`` seals the Notes sheet's rows to ``database_id`` (:mod:`.sheet_seal`).
    Raises ValueError for an unknown kind, ExportError when the file cannot be written.
    """
    lang = options.language
    sealer = RowSealer(seal_key, database_id) if seal_key else None
    kinds = _kinds_of(options)
    created = created or dt.datetime.now().replace(microsecond=0)
    read_at = utcnow()  # notes changed after this are newer than the sheet
    export_id = str(uuid_module.uuid4())
    streaming = _Streaming(sum(kind.count(session, filters) for kind in kinds), progress, cancel)
    title = options.title or "bnldesk — " + ", ".join(label(k.sheet_label, lang) for k in kinds)
    streaming.report()
    import xlsxwriter

    with atomic_write(target) as tmp:
        workbook = xlsxwriter.Workbook(str(tmp), WORKBOOK_OPTIONS)
        try:
            _set_properties(workbook, title, options.author, created, export_id)
            formats = _Formats(workbook)
            written = _write_sheets(
                workbook,
                formats,
                session,
                filters,
                options,
                kinds,
                export_id,
                sealer,
                streaming,
                format_date(created.date(), lang),
            )
            _write_about(workbook, formats, options, title, created, filters, written.counts)
            if written.note_ids is not None:
                _write_meta(workbook, export_id, database_id, written.note_ids, read_at)
        finally:
            _close(workbook)
    streaming.report()
    return WorkbookSummary(written.counts, export_id, written.private_notes)


@dataclass
class _Streaming:
    """How far an export is: ``done`` rows of ``total`` written, told to ``progress``;
    ``cancel`` asked every few hundred rows."""

    total: int
    progress: ProgressCallback | None
    cancel: CancelCheck | None
    done: list[int] = field(default_factory=lambda: [0])

    def report(self) -> None:
        """Tell ``progress`` the rows written so far."""
        if self.progress is not None:
            self.progress(self.done[0], self.total)

    def rows(self, rows: Iterable[ExportRow]) -> Iterator[ExportRow]:
        """``rows`` passed through, counted, with progress and the cancel check."""
        return _progress_points(rows, self.done, self.total, self.progress, self.cancel)


@dataclass
class _SheetsWritten:
    """What the sheets of an export hold: rows by kind, and for a Notes sheet the notes' ids
    and how many of them are private (``note_ids`` None without one)."""

    counts: dict[str, int] = field(default_factory=dict)
    note_ids: list[int] | None = None
    private_notes: int = 0


def _write_sheets(
    workbook: xlsxwriter.Workbook,
    formats: _Formats,
    session: Session,
    filters: ExportFilters,
    options: XlsxOptions,
    kinds: list[ExportKind],
    export_id: str,
    sealer: RowSealer | None,
    streaming: _Streaming,
    dated: str,
) -> _SheetsWritten:
    """One sheet per kind of ``kinds``, its rows read from ``session`` as they are written,
    ``dated`` (the export's day in the interface language) in each page header."""
    lang = options.language
    written = _SheetsWritten()
    for kind in kinds:
        columns = kind.chosen(options.columns.get(kind.name))
        rows = streaming.rows(kind.rows(session, filters, lang))
        sheet_title = label(kind.sheet_label, lang)
        if kind.name == "annotations":
            written.counts[kind.name], written.note_ids, written.private_notes = _write_notes(
                workbook, formats, sheet_title, columns, rows, lang, export_id, sealer, dated
            )
        else:
            written.counts[kind.name] = _write_sheet(
                workbook, formats, sheet_title, columns, rows, lang, dated
            )
    return written


def _close(workbook: xlsxwriter.Workbook) -> None:
    """Write out and close ``workbook``. xlsxwriter wraps the OSError of a full or failing disk
    in its own FileCreateError; the OSError is raised again so that :func:`atomic_write`
    tells the delegate its cause (disk full, permission denied) as an ExportError."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        workbook.close()
    except FileCreateError as exc:
        cause = exc.args[0] if exc.args else None
        if isinstance(cause, OSError):
            raise cause from exc
        raise

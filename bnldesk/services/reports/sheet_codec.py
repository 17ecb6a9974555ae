"""What a cell of the editable Notes sheet shows, how it is read back, and the row check.

The Notes sheet is a round trip: the delegate edits it in Excel or LibreOffice and bnldesk reads it
back. This module is the one place that decides both directions, so that reading an untouched
cell always gives back exactly what was written:

* :func:`render` turns a note's field (its canonical value: the text, the enum value, the tag
  names) into the cell's text in the sheet's language; :func:`parse` turns a cell back into the
  canonical value, accepting every language's labels and the habits of spreadsheet users.
* Every exported row carries a **row check** (a hidden, locked cell): the note's version (a hash
  of all its editable fields as stored) and, per editable field, a short hash of the value the
  cell showed. On import a cell whose value still hashes the same was not edited, whatever a
  spreadsheet did to its bytes, so text that had to be cut to Excel's 32,767 characters, or whose
  control characters could not be shown, keeps the database's text. A cell that was edited while
  the note also changed in bnldesk since the export is a conflict, never an overwrite.

Tags are written as a list separated by ``", "``; a tag holding a comma or a semicolon, or
starting with a double quote, is quoted (``"EU, NL"``, quotes doubled inside), any other as it is
(``=HYPERLINK("x")``), so that any tag survives the trip exactly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bnldesk.domain import value_words
from bnldesk.domain.identity import fold
from bnldesk.domain.models import NoteStatus, PositionState, Priority, TargetKind, Visibility
from bnldesk.domain.tag_line import tags_from_line, tags_line
from bnldesk.services.reports.labels import label
from bnldesk.services.reports.safe import clean_text, fit_cell

# The columns a delegate may edit, in the order of the row check.
EDITABLE_NOTE_COLUMNS: tuple[str, ...] = (
    "text",
    "position",
    "position_state",
    "status",
    "priority",
    "tags",
    "visibility",
    "consult",
)
TEXT_COLUMNS = frozenset({"text", "position", "consult"})
TOKEN_VERSION = "1"
SEALED_TOKEN_VERSION = "2"  # the same check followed by the writing database's seal
CHECK_HEADER_PREFIX = "bnldesk-check:"
_HASH_BYTES = 6  # 48 bits per field: an unedited cell is told from an edited one with certainty

# Canonical values of the enumerated columns, with the label key prefix of each value.
CHOICES: dict[str, tuple[str, list[str]]] = {
    "status": ("status", [s.value for s in NoteStatus]),
    "position_state": ("position", [s.value for s in PositionState]),
    "priority": ("priority", [str(int(p)) for p in Priority]),
    "visibility": ("visibility", [v.value for v in Visibility]),
}


class BadValue(ValueError):
    """A cell holds a value its column does not accept; the message says which and why.

    ``column`` is the column's key ("status"), ``text`` the cell's text (at most 60
    characters), so that the window can say it in the interface language."""

    def __init__(self, column: str, text: str) -> None:
        choices = ", ".join(choice_labels(column, "en"))
        super().__init__(f"'{text}' is not a known {column.replace('_', ' ')} ({choices})")
        self.column = column
        self.text = text


class ValueProblem(str):
    """A bad value left out of a sheet row: the English line the command line prints ("'x' is
    not a known status (...): status left unchanged"), with the column's key and the cell's
    text for the window to say it in the interface language. A ``str``, so that reports,
    joins and JSON take it as its line."""

    column: str
    text: str

    def __new__(cls, bad: BadValue) -> ValueProblem:
        problem = super().__new__(cls, f"{bad}: {bad.column.replace('_', ' ')} left unchanged")
        problem.column = bad.column
        problem.text = bad.text
        return problem


class ReadOnlyCell(str):
    """A value typed into a column bnldesk writes and never reads back ("Updated", "Author"):
    ignored, and said so in the preview (trial 13: a date typed into "Gewijzigd" vanished
    without a word). The English line the command line prints, with the column's key and the
    cell's text (at most 60 characters) for the window to say it in its language."""

    column: str
    text: str

    def __new__(cls, column: str, text: str) -> ReadOnlyCell:
        shown = text[:60]
        line = f"'{shown}' in the {column.replace('_', ' ')} column is not read back: ignored"
        cell = super().__new__(cls, line)
        cell.column = column
        cell.text = shown
        return cell


# ------------------------------------------------------------------------------------------
# text
# ------------------------------------------------------------------------------------------


def display_text(text: str | None) -> str:
    """Text as a cell can carry and show it: one kind of line break, control characters as
    spaces (so words never run together: "met\x0bverticale" reads "met verticale"; the
    database keeps the original), Unicode in composed form (what spreadsheets store)."""
    return unicodedata.normalize("NFC", clean_text(text)) if text else ""


def cut_text(text: str) -> tuple[str, bool]:
    """``text`` within Excel's per-cell limit, and whether it was cut."""
    return fit_cell(text)


# ------------------------------------------------------------------------------------------
# tags
# ------------------------------------------------------------------------------------------


def tag_name(raw: str) -> str:
    """A tag as the database stores it: spaces collapsed, at most 100 characters (see
    :func:`bnldesk.services.annotations.tags_named`)."""
    return " ".join(display_text(raw).split())[:100]


def render_tags(names: Iterable[str]) -> str:
    """Tags as one cell: comma-separated, a tag holding a comma or semicolon, or starting
    with a double quote, in double quotes (quotes inside doubled), each tag as
    :func:`tag_name` stores it; any other tag as it is (fourth delegate trial: a tag holding
    quotes was shown `"=HYPERLINK(""http://x"")"`). The note editor's tag field writes the
    same form (:mod:`bnldesk.domain.tag_line`).
    """
    return tags_line(tag_name(name) for name in names)


def parse_tags(text: str) -> list[str]:
    """Tag names from a cell: separated by commas, semicolons or line breaks; a double-quoted
    name may hold any of them (``""`` inside quotes is one quote). Duplicates are dropped."""
    return tags_from_line(text, tag_name)


# ------------------------------------------------------------------------------------------
# cells
# ------------------------------------------------------------------------------------------


def choice_labels(column: str, language: str) -> list[str]:
    """The drop-down list of an enumerated column, in the sheet's language."""
    prefix, values = CHOICES[column]
    return [label(f"{prefix}_{value}", language) for value in values]


# Each enumerated column's vocabulary: the words the window shows, read back in any language.
_VOCABULARIES: dict[str, dict[str, value_words.Words] | dict[int, value_words.Words]] = {
    "status": value_words.NOTE_STATUS,
    "position_state": value_words.POSITION_STATE,
    "priority": value_words.PRIORITY,
    "visibility": value_words.VISIBILITY,
}


def _choice_table(column: str) -> dict[str, str]:
    """Folded word -> stored value for ``column`` (:func:`value_words.word_table`), with the
    priorities' English code names ("high")."""
    table = value_words.word_table(_VOCABULARIES[column])
    if column == "priority":
        for priority in Priority:
            table.setdefault(fold(priority.name), str(int(priority)))
    return table


_CHOICE_TABLES = {column: _choice_table(column) for column in CHOICES}


def target_kind_cell(kind: str, language: str) -> str:
    """The Notes sheet's "Target kind" cell for the object kind ``kind`` (a
    :class:`TargetKind` value) in the sheet's ``language``: "Werkgroep", not "workgroup"
    (trial 11: the English code stood in a Dutch sheet)."""
    return label(f"kind_{kind}", language)


def _target_kind_table() -> dict[str, str]:
    table = value_words.word_table(value_words.TARGET_KIND)
    return {word: code for word, code in table.items() if code in set(TargetKind)}


_TARGET_KINDS = _target_kind_table()


def target_kind_of(text: str) -> str:
    """The :class:`TargetKind` value a "Target kind" cell names, written in English, Dutch or
    French or as the code earlier versions wrote ("workgroup", "Werkgroep", "Groupe de
    travail" -> "workgroup"); an unknown text is returned stripped, for the error to name."""
    return _TARGET_KINDS.get(fold(text), text.strip())


_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def ooxml_unescape(text: str) -> str:
    """Undo the ``_xHHHH_`` escapes of OOXML strings (openpyxl leaves them): Excel, LibreOffice
    and XlsxWriter write a literal ``_x000A_`` as ``_x005F_x000A_``."""
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def cell_text(value: Any) -> str:
    """A cell's value as text: OOXML escapes undone, numbers without a spurious ``.0``, a date a
    spreadsheet made of typed text back as that date (no ``00:00:00``)."""
    if isinstance(value, str):
        return ooxml_unescape(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def render(column: str, value: Any, language: str) -> str:
    """The text a cell of ``column`` shows for the canonical ``value`` (uncut)."""
    if column in TEXT_COLUMNS:
        return display_text(value)
    if column == "tags":
        return render_tags(value)
    prefix, _ = CHOICES[column]
    return label(f"{prefix}_{value}", language)


CellValue = str | list[str] | None
"""The canonical value of an editable cell: text (text, position, consult), tag names (tags),
a choice's stored value such as ``in_progress`` (status, priority, ...), None for an empty
choice cell."""

SheetValues = dict[str, CellValue]
"""A sheet row's canonical values by column key (``EDITABLE_NOTE_COLUMNS``); a column whose
cell held a bad value is left out."""


def parse(column: str, value: Any) -> CellValue:
    """The canonical value a cell of ``column`` holds; None for an empty choice cell (keep the
    current value). Raises :class:`BadValue` for a choice the column does not know."""
    text = display_text(cell_text(value))
    if column in TEXT_COLUMNS:
        return text
    if column == "tags":
        return parse_tags(text)
    text = text.strip()
    if not text:
        return None
    found = _CHOICE_TABLES[column].get(fold(text))
    if found is None:
        raise BadValue(column, text[:60])
    return found


# ------------------------------------------------------------------------------------------
# the row check
# ------------------------------------------------------------------------------------------


def _digest(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=_HASH_BYTES)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def field_hash(column: str, canonical: Any) -> str:
    """The hash of what a cell of ``column`` says, for comparing a cell with the export."""
    if column == "tags":
        return _digest(column, *sorted(canonical))
    if column in TEXT_COLUMNS:
        return _digest(column, display_text(canonical))
    return _digest(column, str(canonical))


@dataclass(frozen=True)
class NoteValues:
    """A note's editable fields in canonical form (what the row check is computed from)."""

    text: str
    position: str
    position_state: str
    status: str
    priority: str
    tags: tuple[str, ...]
    visibility: str
    consult: str

    def get(self, column: str) -> Any:
        """The canonical value of editable ``column`` (AttributeError for another name)."""
        return getattr(self, column)

    def version(self) -> str:
        """A hash of every field exactly as stored: changes whenever the note's content does."""
        return _digest("v", *(str(self.get(c)) for c in EDITABLE_NOTE_COLUMNS))


@dataclass(frozen=True)
class RowCheck:
    """What one exported row saw: the note's version, a hash per editable field, which fields
    were cut to fit a cell, and the seal of the database that wrote the row (empty when the
    row is not sealed; see :mod:`.sheet_seal`)."""

    version: str
    hashes: dict[str, str]
    cut: frozenset[str]
    seal: str = ""

    def body(self) -> str:
        """The check without its seal: ``<note version>.<cut mask, hex>.<one hash per editable
        column>`` (what a seal is computed over)."""
        cut_mask = sum(1 << i for i, c in enumerate(EDITABLE_NOTE_COLUMNS) if c in self.cut)
        fields = ".".join(self.hashes[c] for c in EDITABLE_NOTE_COLUMNS)
        return f"{self.version}.{cut_mask:x}.{fields}"

    def encode(self) -> str:
        """The check as the text of the hidden column: ``1.<body>`` unsealed, ``2.<body>.<seal>``
        sealed."""
        if self.seal:
            return f"{SEALED_TOKEN_VERSION}.{self.body()}.{self.seal}"
        return f"{TOKEN_VERSION}.{self.body()}"

    def sealed(self, seal: str) -> RowCheck:
        """This check with ``seal``."""
        return RowCheck(self.version, self.hashes, self.cut, seal)

    @classmethod
    def decode(cls, text: Any) -> RowCheck | None:
        """The check a hidden cell holds, or None for anything that is not one (empty, edited,
        another version's format).
        """
        parts = cell_text(text).strip().split(".")
        size = 3 + len(EDITABLE_NOTE_COLUMNS)
        if parts[0] == TOKEN_VERSION and len(parts) == size:
            seal = ""
        elif parts[0] == SEALED_TOKEN_VERSION and len(parts) == size + 1 and parts[-1]:
            seal = parts.pop()
        else:
            return None
        try:
            cut_mask = int(parts[2], 16)
        except ValueError:
            return None
        hashes = dict(zip(EDITABLE_NOTE_COLUMNS, parts[3:], strict=True))
        cut = frozenset(c for i, c in enumerate(EDITABLE_NOTE_COLUMNS) if cut_mask >> i & 1)
        return cls(parts[1], hashes, cut, seal)


def row_check(
    values: NoteValues, cells: dict[str, str], whole: dict[str, str] | None = None
) -> RowCheck:
    """The check of a row whose editable cells show ``cells`` for a note with ``values``
    (``whole``: each text column's :func:`display_text` before it was cut, when the caller
    has it already).

    Each field's hash is taken over the cell read back through :func:`parse`, exactly as an
    import will read it, so an untouched cell always matches."""
    hashes: dict[str, str] = {}
    cut: set[str] = set()
    for column in EDITABLE_NOTE_COLUMNS:
        shown = cells[column]
        if column in CHOICES:
            hashes[column] = _choice_hash(column, shown)
        elif column in TEXT_COLUMNS:
            full = whole[column] if whole is not None else display_text(values.get(column))
            if shown != full:
                cut.add(column)
            # What parse() gives a text cell, which field_hash would only recompute.
            hashes[column] = _digest(column, display_text(cell_text(shown)))
        else:
            hashes[column] = field_hash(column, parse(column, shown))
    return RowCheck(values.version(), hashes, frozenset(cut))


@lru_cache(maxsize=256)
def _choice_hash(column: str, shown: str) -> str:
    """:func:`field_hash` of a choice cell as read back: a handful of labels per column, so
    each is worked out once per process, not once per row (a quarter of a big export's time)."""
    return field_hash(column, parse(column, shown))


def sheet_cells(values: NoteValues, language: str) -> tuple[dict[str, str], RowCheck]:
    """Every editable cell's text for a note (long text cut to fit), and the row's check."""
    cells: dict[str, str] = {}
    whole: dict[str, str] = {}
    for column in EDITABLE_NOTE_COLUMNS:
        text = render(column, values.get(column), language)
        if column in TEXT_COLUMNS:
            whole[column] = text
            text = cut_text(text)[0]
        cells[column] = text
    return cells, row_check(values, cells, whole)


def note_values(
    *,
    body: str,
    position_text: str,
    position_state: str,
    status: str,
    priority: int,
    tags: Sequence[str],
    visibility: str,
    consult: str,
) -> NoteValues:
    """A note's editable fields in canonical form (tags sorted, priority as text, None as
    empty), as the Notes sheet renders and reads them back.
    """
    return NoteValues(
        text=body or "",
        position=position_text or "",
        position_state=position_state,
        status=status,
        priority=str(int(priority)),
        tags=tuple(sorted(tags)),
        visibility=visibility,
        consult=consult or "",
    )


def check_header(export_id: str) -> str:
    """The header of the hidden row-check column; it carries the export's id."""
    return f"{CHECK_HEADER_PREFIX}{export_id}"


def export_id_of(header: Any) -> str | None:
    """The export id carried by the row-check column's header, or None when ``header`` is not
    such a header (at most 64 characters are taken).
    """
    text = cell_text(header).strip()
    if text.startswith(CHECK_HEADER_PREFIX):
        return text[len(CHECK_HEADER_PREFIX) :][:64] or None
    return None


__all__ = [
    "CHOICES",
    "EDITABLE_NOTE_COLUMNS",
    "TEXT_COLUMNS",
    "BadValue",
    "NoteValues",
    "ReadOnlyCell",
    "RowCheck",
    "ValueProblem",
    "cell_text",
    "check_header",
    "choice_labels",
    "clean_text",
    "cut_text",
    "display_text",
    "export_id_of",
    "field_hash",
    "note_values",
    "parse",
    "parse_tags",
    "render",
    "render_tags",
    "row_check",
    "sheet_cells",
]

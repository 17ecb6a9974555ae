"""Reading an edited Notes sheet back: lossless, idempotent and conflict-aware.

The delegate exports the Notes sheet (:mod:`.xlsx`), edits it in Excel or LibreOffice (texts,
states, tags; new rows; copied rows) and imports it again. :func:`plan_import` compares every row
with the database and lists what would change, writing nothing, so the CLI and the GUI can show
a preview; :func:`apply_import` then writes exactly that plan.

How a row is read (see :mod:`.sheet_codec` for the cells and the row check):

* A row with an id and a row check is compared with the note **as it was exported** (the check
  holds a hash of each field the row showed). An untouched cell changes nothing, even when the
  note's text had to be cut to fit a cell or lost its control characters. An edited cell
  changes the note, unless the note changed since the export in a field the row does not show
  as it is now: by an edit in bnldesk, a received bundle, or the import of another copy of the
  same sheet. That is a **conflict**, shown side by side, and nothing of the row is applied.
  A row that already shows every change made since (the sheet that made them, imported again
  with further edits in other fields) applies. An edited cell that held cut text is a conflict
  too: the rest of the note is not in the sheet.
* A row whose note is private on this laptop changes it only when this database exported the
  row (sealed with its key, :mod:`.sheet_seal`): the delegate's own sheet, read back on the
  laptop that owns the note. A sheet from elsewhere never changes a private note.
* A value a column does not know (``maybe`` in Status) is reported and left out; the row's
  other edits still apply.
* A row without an id is a new note, on the target its Target columns name (a code, a section
  number, or a label as the sheet shows it). Importing the same sheet again recognises the row
  (the ``sheet_row`` table remembers which rows created which notes) and creates nothing; a
  row applied before and imported again as it is changes nothing either. A new row edited
  after its import becomes another new note: it cannot be told from another copy's different
  row at the same place, and the earlier note is named in the preview.
* A row whose id appears twice: the copy becomes a new note on the same target.
* A note that was exported but whose row is gone is reported and left unchanged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from bnldesk.domain import identity
from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import (
    Annotation,
    PlanItem,
    Setting,
    SheetRow,
    TargetKind,
    Visibility,
    utcnow,
)
from bnldesk.domain.wording import counted
from bnldesk.services.annotations import (
    ATTACHABLE,
    NoteFields,
    Target,
    TargetNotFound,
    add_annotation,
    apply_fields,
    resolve_target,
    target_of,
)
from bnldesk.services.reports.labels import all_translations
from bnldesk.services.reports.labels import label as report_label
from bnldesk.services.reports.rows import ANNOTATIONS, WORKGROUPS, ExportKind
from bnldesk.services.reports.sheet_codec import (
    EDITABLE_NOTE_COLUMNS,
    TEXT_COLUMNS,
    BadValue,
    NoteValues,
    ReadOnlyCell,
    RowCheck,
    SheetValues,
    ValueProblem,
    cell_text,
    cut_text,
    display_text,
    export_id_of,
    field_hash,
    note_values,
    parse,
    sheet_cells,
    target_kind_of,
)
from bnldesk.services.reports.sheet_reader import RoundTripError, open_workbook
from bnldesk.services.reports.sheet_seal import is_sealed_here, seal_key
from bnldesk.services.reports.xlsx import META_SHEET, decode_ids
from bnldesk.store.backend import backend_of
from bnldesk.store.engine import Store

__all__ = [
    "ApplyReport",
    "FieldChange",
    "FieldConflict",
    "ImportPlan",
    "MissingNote",
    "Reason",
    "RoundTripError",
    "RowPlan",
    "SheetRowState",
    "apply_import",
    "apply_sheet",
    "plan_import",
    "values_of",
]


@dataclass
class FieldChange:
    """One field a row changes: its column key and the values before and after (as shown)."""

    column: str
    old: str
    new: str


class Reason(StrEnum):
    """Why a row is skipped, left as a conflict or made a note in a particular way, for an
    interface that says it in its own language (``RowPlan.message`` says it in English).
    ``RowPlan.reason_args`` and ``FieldConflict.args`` carry what the sentence names."""

    DELETED = "deleted"  # the note was deleted since the export
    PRIVATE_ELSEWHERE = "private-elsewhere"  # a private note, a row not exported here
    PRIVATE_EXPORT_AGAIN = "private-export-again"  # a private note, an unsealed row of here
    HIDDEN_ROW = "hidden-row"  # made another delegate's private note on an earlier import
    UNKNOWN_ID = "unknown-id"  # args: (the id,)
    NEEDS_TEXT = "needs-text"  # a new row without text or position
    BAD_VALUES = "bad-values"  # nothing but unreadable values: args (each ValueProblem,)
    CONFLICT = "conflict"  # nothing of the row is applied
    COPY = "copy"  # a new note from a copy of another row
    EARLIER_IMPORT = "earlier-import"  # args: (the earlier note's id, its opening words)
    CUT = "cut"  # field conflict: args (the characters the cell would lose,)
    STALE = "stale"  # field conflict: args (the fields changed since the export, ", ")


@dataclass
class FieldConflict:
    """A field the sheet edited that cannot be applied: ``sheet`` is the sheet's value,
    ``database`` bnldesk's value now, ``reason`` why (one short line), ``kind`` which reason
    (:class:`Reason`) with its ``args``."""

    column: str
    sheet: str
    database: str
    reason: str
    kind: str = ""
    args: tuple[str, ...] = ()


@dataclass
class RowPlan:
    """What one sheet row does. ``action``: "update", "new", "conflict" or "skip"."""

    row: int
    action: str
    uuid: str | None = None
    target: str = ""
    changes: list[FieldChange] = field(default_factory=list)
    message: str = ""
    fields: NoteFields | None = None
    new_target: Target | None = None
    author: str = ""
    delegation: str = ""
    conflicts: list[FieldConflict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # bad values left out of a row
    row_key: str = ""  # how the row is remembered once applied
    baseline: str = ""  # the row check as of this import
    private: bool = False  # the note is private here (and the row, sealed here, may change it)
    changed_in_app: list[str] = field(default_factory=list)
    reason: str = ""  # which message: a Reason ("" for a message without one, e.g. a target)
    reason_args: tuple[str, ...] = ()
    # The error behind a skip when it is one a delegate is shown (a target not found): the
    # interface words it in its own language from its code and values.
    fault: BnldeskError | None = None


@dataclass
class MissingNote:
    """An exported note whose row is no longer in the sheet."""

    uuid: str
    target: str


@dataclass
class ImportPlan:
    """Every change an import would make, computed without writing."""

    path: Path
    sheet: str
    rows: list[RowPlan] = field(default_factory=list)
    unchanged: int = 0
    already_imported: int = 0
    missing: list[MissingNote] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    sheet_key: str = ""
    from_another_laptop: bool = False  # (the remark saying so)

    @property
    def updates(self) -> list[RowPlan]:
        """The rows that update an existing note."""
        return [r for r in self.rows if r.action == "update"]

    @property
    def new(self) -> list[RowPlan]:
        """The rows that become new notes."""
        return [r for r in self.rows if r.action == "new"]

    @property
    def conflicts(self) -> list[RowPlan]:
        """The rows left alone because the sheet and bnldesk both changed a field."""
        return [r for r in self.rows if r.conflicts]

    @property
    def skipped(self) -> list[RowPlan]:
        """The rows skipped (deleted or private notes, unknown ids, rows without text)."""
        return [r for r in self.rows if r.action == "skip"]

    @property
    def has_changes(self) -> bool:
        """Whether applying the plan would write anything."""
        return bool(self.updates or self.new)

    def summary(self) -> str:
        """One line counting updates, new notes, unchanged rows, conflicts and skipped rows."""
        parts = [
            f"{counted(len(self.updates), 'note')} to update",
            f"{len(self.new)} new",
            f"{self.unchanged} unchanged",
        ]
        if self.already_imported:
            parts.append(f"{self.already_imported} already imported")
        parts.append(counted(len(self.conflicts), "conflict"))
        parts.append(f"{counted(len(self.skipped), 'row')} skipped")
        return f"{self.path.name}: " + ", ".join(parts)

    def preview_lines(self) -> list[str]:
        """Every change, one line per changed field, as the CLI and the GUI preview show it."""
        lines = [self.summary(), *(f"  note: {r}" for r in self.remarks)]
        for r in self.rows:
            if r.action == "update":
                lines.append(f"  row {r.row}: update the note on {r.target}")
                lines += [
                    f"      {_column_name(c.column)}: "
                    + " -> ".join(_readable_pair(c.column, c.old, c.new))
                    for c in r.changes
                ]
            elif r.action == "new":
                lines.append(f"  row {r.row}: new note on {r.target}")
                if r.message:
                    lines.append(f"      ({r.message})")
                lines += [
                    f"      {_column_name(c.column)}: {_readable(c.column, c.new)}"
                    for c in r.changes
                ]
            elif r.action == "skip":
                lines.append(f"  row {r.row}: skipped: {r.message}")
            if r.conflicts:
                head = f"  row {r.row}: CONFLICT on the note on {r.target}: {r.message}"
                lines.append(
                    head if r.action == "conflict" else head.replace("CONFLICT", "also a conflict")
                )
                for c in r.conflicts:
                    sheet, database = _readable_pair(c.column, c.sheet, c.database)
                    lines.append(f"      {_column_name(c.column)}: {c.reason}")
                    lines.append(f"          sheet:   {sheet}")
                    lines.append(f"          bnldesk: {database}")
            lines += [f"      warning: {p}" for p in r.problems]
        if self.missing:
            lines.append(
                f"  {counted(len(self.missing), 'note')} not in the sheet: left unchanged "
                "(delete a note in bnldesk itself)"
            )
            lines += [f"      the note on {m.target}" for m in self.missing[:20]]
            if len(self.missing) > 20:
                lines.append(f"      … and {len(self.missing) - 20} more")
        return lines


@dataclass(frozen=True)
class SheetRowState:
    """A remembered sheet row (:class:`SheetRow`) as plain data; ``row_number`` None: the row
    was not remembered."""

    sheet_key: str
    row_key: str
    row_number: int | None = None
    note_uuid: str = ""
    baseline: str = ""
    imported_at: dt.datetime | None = None


@dataclass
class ApplyReport:
    """What an import wrote, with what undoing it needs (:mod:`.sheet_undo`): the updated
    notes' fields before and after, the new notes' fields, the remembered rows before and
    after."""

    updated: int
    created: int
    new_uuids: list[str]
    conflicts: int = 0  # rows not applied because of a conflict (the preview showed them)
    before: dict[str, NoteFields] = field(default_factory=dict)
    after: dict[str, NoteFields] = field(default_factory=dict)
    rows_before: list[SheetRowState] = field(default_factory=list)
    rows_after: list[SheetRowState] = field(default_factory=list)


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_BEFORE_DIFFERENCE = 24  # characters shared by two texts shown before their first difference


def cut_apart(old: str, new: str, limit: int = 70) -> tuple[str, str]:
    """``old`` and ``new`` flattened to one line each and, when either is over ``limit``
    characters, both cut at the same place around their first difference: up to 24 shared
    characters, "…" where the start was left out, then the rest up to ``limit`` characters
    (with "…" where the end was). Both cut from the start showed a change near the end as two
    identical "…de l'I…" (trial 18); cut here, the sides differ whenever the flat texts do."""
    old_flat, new_flat = (" ".join(text.split()) for text in (old, new))
    if len(old_flat) <= limit and len(new_flat) <= limit:
        return old_flat, new_flat
    shared = 0
    for old_char, new_char in zip(old_flat, new_flat, strict=False):
        if old_char != new_char:
            break
        shared += 1
    start = max(0, shared - _BEFORE_DIFFERENCE)
    if start:  # from the start of a word ("…commun de l'Institut", not "…lendrier commun")
        space = old_flat.find(" ", start, shared)
        start = space + 1 if space >= 0 else start
    return _cut_from(old_flat, start, limit), _cut_from(new_flat, start, limit)


def _cut_from(flat: str, start: int, limit: int) -> str:
    """``flat`` from ``start`` ("…" before unless it is the beginning), cut to ``limit``."""
    shown = ("…" + flat[start:]) if start else flat
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _readable_pair(column: str, old: str, new: str) -> tuple[str, str]:
    """Two values of ``column`` as the delegate reads them: codes by name, texts cut around
    their first difference (:func:`cut_apart`), "(empty)" for nothing."""
    if column in _VALUE_LABELS:
        return _readable(column, old), _readable(column, new)
    old_cut, new_cut = cut_apart(old, new)
    return (f"“{old_cut}”" if old else "(empty)"), (f"“{new_cut}”" if new else "(empty)")


# The label keys (services/reports/labels.py) of the coded values of the notes sheet.
_VALUE_LABELS = {
    "status": "status_",
    "priority": "priority_",
    "position_state": "position_",
    "visibility": "visibility_",
}


def _column_name(column: str) -> str:
    """The notes sheet's heading of ``column`` ("Position state"), as the delegate saw it."""
    key = f"col_{column}"
    name = report_label(key)
    return name if name != key else column.replace("_", " ").capitalize()


def _readable(column: str, value: str) -> str:
    """A value as the delegate reads it, in quotes: a code by its name ("in progress"),
    text shortened; "(empty)" for nothing."""
    prefix = _VALUE_LABELS.get(column)
    if prefix and value:
        value = report_label(prefix + value)
    return f"“{_short(value)}”" if value else "(empty)"


# ------------------------------------------------------------------------------------------
# reading the sheet
# ------------------------------------------------------------------------------------------

_CHECK = "row_check"


def _header_map(
    header: list[Any], kind: ExportKind = ANNOTATIONS
) -> tuple[dict[str, int], str | None]:
    """column key: its index, for the columns of ``kind`` ``header`` titles (by key or by any
    translation of its title); and the export id a check column carries, else None."""
    known: dict[str, str] = {}
    for column in kind.columns:
        known[column.key.casefold()] = column.key
        for text in all_translations(f"col_{column.key}"):
            known[text.casefold()] = column.key
    out: dict[str, int] = {}
    export_id: str | None = None
    for index, cell in enumerate(header):
        found = export_id_of(cell)
        if found is not None:
            export_id = found
            out[_CHECK] = index
            continue
        key = known.get(cell_text(cell).strip().casefold())
        if key is not None and key not in out:
            out[key] = index
    return out, export_id


@dataclass
class _Meta:
    """What the export wrote in its hidden sheet: the exported notes' row ids (None when the
    sheet has no such list), the database it came from and when (UTC)."""

    exported_ids: set[int] | None = None
    database_id: str = ""
    exported_at: dt.datetime | None = None


@dataclass
class _Sheet:
    title: str
    columns: dict[str, int]
    export_id: str | None
    rows: list[tuple[int, list[Any]]]
    meta: _Meta

    @property
    def exported_at(self) -> dt.datetime | None:
        return self.meta.exported_at


def _read_meta(workbook: Any) -> _Meta:
    meta = _Meta()
    if META_SHEET not in workbook.sheetnames:
        return meta
    lines = {
        cell_text(row[0]): row[1:]
        for row in workbook[META_SHEET].iter_rows(max_row=10, values_only=True)
        if row
    }
    meta.database_id = cell_text(next(iter(lines.get("database", ())), ""))[:64]
    with contextlib.suppress(ValueError):
        stamp = cell_text(next(iter(lines.get("exported", ())), ""))
        meta.exported_at = dt.datetime.fromisoformat(stamp) if stamp else None
    if "notes" in lines:
        with contextlib.suppress(ValueError):
            meta.exported_ids = decode_ids("".join(cell_text(v) for v in lines["notes"]))
    return meta


def _read_sheet(path: Path) -> _Sheet:
    """The first sheet of the workbook at ``path`` with an id and a text column. Raises
    :class:`RoundTripError` when it has none (``workgroup_list_not_notes`` for a workgroup
    list, ``not_a_notes_sheet`` otherwise)."""
    workgroup_list = False
    with open_workbook(path) as workbook:
        for ws in workbook.worksheets:
            if ws.title == META_SHEET:
                continue
            rows = ws.iter_rows(values_only=True)
            header = next(rows, None)
            if not header:
                continue
            columns, export_id = _header_map(list(header))
            if "id" in columns and "text" in columns:
                data = [(n, list(r)) for n, r in enumerate(rows, start=2)]
                return _Sheet(ws.title, columns, export_id, data, _read_meta(workbook))
            listed, _id = _header_map(list(header), WORKGROUPS)
            workgroup_list = workgroup_list or {"code", "name", "notes"} <= listed.keys()
    if workgroup_list:
        # Trial 17: a delegate picked the workgroup list the same export wrote beside.
        raise RoundTripError(
            f"the file {path.name} is a list of workgroups: only a notes sheet can be "
            "imported; export one with Export Excel list > tab Notes > Include this sheet, "
            "edit it and import it",
            code="workgroup_list_not_notes",
            values=(path.name,),
        )
    raise RoundTripError(
        f"{path.name} has no notes sheet with an id and a text column; export the notes with "
        "those columns, edit that file and import it",
        code="not_a_notes_sheet",
        values=(path.name,),
    )


# ------------------------------------------------------------------------------------------
# the database side
# ------------------------------------------------------------------------------------------


# The sheet's editable columns and the NoteFields attribute each one edits.
_FIELD_OF_COLUMN = {
    "text": "body",
    "position": "position_text",
    "position_state": "position_state",
    "status": "status",
    "priority": "priority",
    "tags": "tags",
    "visibility": "visibility",
    "consult": "consult",
}


def values_of(fields: NoteFields) -> NoteValues:
    """The canonical values of a note's fields (tags sorted, priority as text): two notes
    with equal values say the same in every editable field."""
    return note_values(**{name: getattr(fields, name) for name in _FIELD_OF_COLUMN.values()})


def _show(column: str, value: Any) -> str:
    """A canonical value as the preview shows it (the stored value, e.g. ``in_progress``)."""
    return ", ".join(sorted(value)) if column == "tags" else str(value)


def _set(fields: NoteFields, column: str, value: Any) -> None:
    if column == "tags":
        value = list(value)
    elif column == "priority":
        value = int(value)
    setattr(fields, _FIELD_OF_COLUMN[column], value)


def _target_by_key(session: Session, kind: str, key: str) -> Target:
    try:
        attachable = ATTACHABLE.get(TargetKind(kind.strip().lower()))
    except ValueError:
        attachable = None
    if attachable is None:
        raise TargetNotFound(
            f"notes cannot be attached to '{kind}'", code="not_attachable", values=(kind,)
        )
    model = attachable.model
    obj_id = session.scalar(
        select(model.id).where(model.identity_key == key).order_by(model.id.desc()).limit(1)
    )
    if obj_id is None:
        raise TargetNotFound(
            f"no {kind} with key '{key}'", code="no_object_with_key", values=(kind, key)
        )
    return target_of(session, kind.strip().lower(), obj_id)


def _target_by_label(session: Session, text: str, plan_year: int | None) -> Target:
    """A target named the way the sheet shows it: a code, a section number, ``kind:id``, a
    label copied from another row (``Name (CODE)``, ``5.2 Title``, a project title)."""
    try:
        return resolve_target(session, text, plan_year=plan_year)
    except TargetNotFound as first_error:
        error = first_error
    # The label of an existing note: the surest reading of a label copied from another row.
    found = session.execute(
        select(Annotation.target_kind, Annotation.target_key)
        .where(Annotation.target_label == text, Annotation.deleted_at.is_(None))
        .order_by(Annotation.updated_at.desc())
        .limit(1)
    ).first()
    if found is not None:
        return _target_by_key(session, TargetKind(found[0]).value, found[1])
    # "Name (CODE)": the code in the last brackets.
    if text.endswith(")") and "(" in text:
        code = text[text.rindex("(") + 1 : -1].strip()
        if code:
            try:
                return resolve_target(session, code, plan_year=plan_year)
            except TargetNotFound:
                pass
    # "5.2 Title": the section number in front.
    head = text.split(" ", 1)[0]
    if head[:1].isdigit():
        try:
            return resolve_target(session, head, plan_year=plan_year)
        except TargetNotFound:
            pass
    # A project or objective title, folded like identity keys.
    item_id = session.scalar(
        select(PlanItem.id)
        .where(PlanItem.identity_key == identity.item_key(text))
        .order_by(PlanItem.id.desc())
        .limit(1)
    )
    if item_id is not None:
        return target_of(session, TargetKind.ITEM, item_id)
    raise error


def _digest(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


# ------------------------------------------------------------------------------------------
# planning
# ------------------------------------------------------------------------------------------


def _is_edit(
    column: str, value: Any, now: Any, check: RowCheck | None, current: NoteValues
) -> bool:
    """Whether the sheet's canonical ``value`` for ``column`` is an edit to apply to the note,
    whose value is ``now``: an empty cell (or emptied choice) keeps the note's value; a cell
    the export wrote as it is (its hash in the row ``check``) is not an edit; without a row
    check (a sheet made by hand) the cell is compared with what bnldesk would write."""
    if value is None:
        return False
    if check is not None and field_hash(column, value) == check.hashes.get(column):
        return False
    if check is None and field_hash(column, value) == field_hash(
        column, parse(column, sheet_cells(current, "en")[0][column])
    ):
        return False
    if column == "tags":
        return sorted(value) != sorted(now)
    if column in TEXT_COLUMNS:
        return display_text(str(value)) != display_text(str(now))
    return str(value) != str(now)


def _conflict(
    column: str, value: Any, now: Any, cut: frozenset[str] | set[str], stale: list[str]
) -> FieldConflict | None:
    """Why an edit of ``column`` cannot be applied, if it cannot: the cell held only the start
    of a text cut to fit Excel, or the note changed since the export (``stale``: the fields
    that changed and that the row does not show)."""
    if column in cut:
        lost = str(max(0, len(str(now)) - len(str(value))))
        return FieldConflict(
            column,
            _show(column, value),
            _show(column, now),
            f"the sheet held only the first 32,767 characters (the text was cut "
            f"to fit Excel); applying the cell would lose the other "
            f"{lost} characters: edit this note in bnldesk",
            Reason.CUT,
            (lost,),
        )
    if stale:
        names = ", ".join(c.replace("_", " ") for c in stale)
        return FieldConflict(
            column,
            _show(column, value),
            _show(column, now),
            f"edited in the sheet, but the note's {names} changed since the export (in "
            "bnldesk, by a received bundle or by importing another copy of this sheet)",
            Reason.STALE,
            (names,),
        )
    return None


def _read_only_values(note: Annotation) -> dict[str, object]:
    """What the export writes in the columns it never reads back, by column key."""
    return {
        "target_key": note.target_key,
        "plan_year": note.plan_year,
        "author": note.author,
        "delegation": note.delegation,
        "created": note.created_at,
        "updated": note.updated_at,
    }


def _shows(value: Any, stored: object) -> bool:
    """Whether a read-only cell still shows ``stored``: an emptied cell counts as showing it
    (nothing typed); a date and time within a second of it (a spreadsheet's rounding)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    if isinstance(stored, dt.datetime):
        if not isinstance(value, dt.datetime):
            return False
        moment = stored.replace(tzinfo=None, microsecond=0)
        return abs((value.replace(tzinfo=None) - moment).total_seconds()) <= 1
    return cell_text(value).strip() == ("" if stored is None else str(stored).strip())


class _PreparedRow(NamedTuple):
    """A sheet row ready to plan: its number, cells, canonical values, problems and key."""

    number: int
    row: list[Any]
    wanted: SheetValues
    problems: list[str]
    key: str


# A row an earlier import made into another delegate's private note (on a server): its
# remembered row is hidden from this delegate, and the note is not theirs to change or copy.
_HIDDEN_ROW = (
    "another delegate made a private note of this row when importing this sheet; "
    "it stays theirs and is not imported again"
)


class _Planner:
    def __init__(self, session: Session, path: Path, sheet: _Sheet) -> None:
        self.session = session
        self.sheet = sheet
        self.plan = ImportPlan(path, sheet.title)
        self.editable = [c for c in EDITABLE_NOTE_COLUMNS if c in sheet.columns]
        self.plan.sheet_key = sheet.export_id or "file:" + _digest(path.name)[:24]
        self.seal_key = seal_key(session)
        self.database_id = (
            session.scalar(select(Setting.value).where(Setting.key == "database_id")) or ""
        )
        self.recorded = {
            r.row_key: r
            for r in session.scalars(
                select(SheetRow).where(SheetRow.sheet_key == self.plan.sheet_key)
            )
        }
        self.hidden = backend_of(session).hidden_sheet_rows(session, self.plan.sheet_key)

    def cell(self, row: list[Any], key: str) -> Any:
        index = self.sheet.columns.get(key)
        return row[index] if index is not None and index < len(row) else None

    def text(self, row: list[Any], key: str) -> str:
        return display_text(cell_text(self.cell(row, key))).strip()

    def wanted(self, row: list[Any]) -> tuple[SheetValues, list[str]]:
        """Canonical values of the editable cells; bad values are reported, not kept."""
        values: SheetValues = {}
        problems: list[str] = []
        for column in self.editable:
            try:
                values[column] = parse(column, self.cell(row, column))
            except BadValue as exc:
                problems.append(ValueProblem(exc))
        return values, problems

    def read_only_edits(self, row: list[Any], note: Annotation) -> list[str]:
        """The cells of the columns bnldesk fills and never reads back (:data:`_READ_ONLY`)
        that no longer show what the note holds: ignored, and said so. "Updated" is compared
        only while the note is unchanged since the export (it changes with every edit)."""
        unchanged = self.sheet.exported_at is None or note.updated_at <= self.sheet.exported_at
        edits: list[str] = []
        for column, stored in _read_only_values(note).items():
            if column not in self.sheet.columns or (column == "updated" and not unchanged):
                continue
            value = self.cell(row, column)
            if not _shows(value, stored):
                edits.append(ReadOnlyCell(column, cell_text(value).strip()))
        return edits

    def row_key(self, row: list[Any], wanted: SheetValues, seen: Counter[str]) -> str:
        parts = [
            self.text(row, k) for k in ("id", "target_kind", "target_key", "target", "plan_year")
        ]
        parts += [field_hash(c, wanted.get(c)) for c in self.editable]
        content = _digest(*parts)
        seen[content] += 1
        return _digest(content, str(seen[content]))

    # -- one row ------------------------------------------------------------------------------

    def compare(
        self,
        number: int,
        note: Annotation,
        wanted: SheetValues,
        check: RowCheck | None,
        problems: list[str],
    ) -> RowPlan:
        """Plan one row against its note: the row's edits, or a conflict for every edit when
        the note changed since the row's export in a way the row does not show."""
        current = values_of(NoteFields.of(note))
        plan_row = RowPlan(number, "update", note.uuid, note.target_label, problems=problems)
        stale = self.stale_fields(note, current, wanted, check)
        cut = (
            check.cut
            if check is not None
            else {c for c in TEXT_COLUMNS if cut_text(display_text(current.get(c)))[1]}
        )
        fields = NoteFields.of(note)
        for column, value in wanted.items():
            now = current.get(column)
            if not _is_edit(column, value, now, check, current):
                continue
            conflict = _conflict(column, value, now, cut, stale)
            if conflict is not None:
                plan_row.conflicts.append(conflict)
                continue
            plan_row.changes.append(FieldChange(column, _show(column, now), _show(column, value)))
            _set(fields, column, value)
        if plan_row.conflicts:
            # Never half-apply a row: the delegate decides with both versions in view.
            plan_row.action = "conflict"
            plan_row.reason = Reason.CONFLICT
            plan_row.message = (
                "nothing of this row is applied; export again, or make the change in bnldesk"
            )
            plan_row.changes = []
            return plan_row
        if not plan_row.changes:
            plan_row.action = "same"
            return plan_row
        plan_row.fields = fields
        return plan_row

    def stale_fields(
        self,
        note: Annotation,
        current: NoteValues,
        wanted: SheetValues,
        check: RowCheck | None,
    ) -> list[str]:
        """The fields that changed since the row was exported (in bnldesk, by a received
        bundle, by another copy of the sheet) and whose new value the row does not show.

        A row may be applied only when this is empty: then nothing it was not made against is
        overwritten. A row that already shows every change made since (the sheet that made
        them, imported again with further edits) is not stale. Without a row check (a sheet
        made by hand, or with the check column removed) a note changed after the export's
        time counts as changed in every field.
        """
        if check is not None:
            now = sheet_cells(current, "en")[1]
            changed = [c for c in EDITABLE_NOTE_COLUMNS if now.hashes[c] != check.hashes.get(c)]
            if not changed and now.version != check.version:
                # Changed where no cell shows it: past a cut, or in a control character.
                changed = [c for c in EDITABLE_NOTE_COLUMNS if c in TEXT_COLUMNS]
        elif self.sheet.exported_at is not None and note.updated_at > self.sheet.exported_at:
            changed = list(EDITABLE_NOTE_COLUMNS)
        else:
            return []
        return [
            c
            for c in changed
            if wanted.get(c) is None
            or c in (check.cut if check is not None else ())
            or field_hash(c, wanted[c]) != field_hash(c, current.get(c))
        ]

    def baseline(
        self,
        row_plan: RowPlan,
        wanted: SheetValues,
        note_after: NoteValues,
        old: RowCheck | None,
    ) -> str:
        hashes = {
            c: field_hash(c, wanted[c])
            if c in wanted and wanted[c] is not None
            else (old.hashes[c] if old is not None else field_hash(c, note_after.get(c)))
            for c in EDITABLE_NOTE_COLUMNS
        }
        cut = old.cut if old is not None else frozenset()
        return RowCheck(note_after.version(), hashes, cut).encode()

    def existing_row(
        self,
        number: int,
        note: Annotation,
        wanted: SheetValues,
        check: RowCheck | None,
        problems: list[str],
        row_key: str,
    ) -> None:
        if note.deleted_at is not None:
            self.plan.rows.append(
                RowPlan(
                    number,
                    "skip",
                    note.uuid,
                    note.target_label,
                    message="the note was deleted in bnldesk since the export; left deleted",
                    reason=Reason.DELETED,
                )
            )
            return
        row_plan = self.compare(number, note, wanted, check, problems)
        row_plan.row_key = row_key
        if note.visibility == Visibility.PRIVATE:
            row_plan.private = True
            refusal, reason = self.private_refusal(note, check)
            if refusal and (row_plan.action != "same" or problems):
                self.plan.rows.append(
                    RowPlan(
                        number, "skip", note.uuid, note.target_label, message=refusal, reason=reason
                    )
                )
                return
        if row_plan.action == "same":
            if problems:
                row_plan.action = "skip"
                row_plan.reason = Reason.BAD_VALUES
                row_plan.message = "; ".join(problems)
                row_plan.reason_args = tuple(problems)  # ValueProblems, for the window's words
                row_plan.problems = []
                self.plan.rows.append(row_plan)
            else:
                self.plan.unchanged += 1
            return
        if row_plan.fields is not None:
            after = values_of(row_plan.fields)
            row_plan.baseline = self.baseline(row_plan, wanted, after, check)
        self.plan.rows.append(row_plan)

    def private_refusal(self, note: Annotation, check: RowCheck | None) -> tuple[str, str]:
        """Why a row may not change this private note and its :class:`Reason`, or ("", "")
        when it may: only a row this database exported (sealed with its key) changes a
        private note; a sheet from another laptop, one made by hand or a row with another
        note's seal never does."""
        if is_sealed_here(self.seal_key, self.database_id, note.uuid, check):
            return "", ""
        if check is not None and not check.seal and self.sheet.meta.database_id == self.database_id:
            return (
                "the note is private, and this row cannot show it was exported from this "
                "database (an older or read-only export): export again, or edit it in bnldesk",
                Reason.PRIVATE_EXPORT_AGAIN,
            )
        return (
            "the note is private on this laptop and this row was not exported from this "
            "database: a sheet from elsewhere never changes it (edit it in bnldesk)",
            Reason.PRIVATE_ELSEWHERE,
        )

    def new_row(
        self,
        number: int,
        row: list[Any],
        wanted: SheetValues,
        problems: list[str],
        row_key: str,
        copied_from: Annotation | None,
        earlier: SheetRow | None = None,
    ) -> None:
        """Plan a row that becomes a new note: a typed row, a copy of an exported row
        (``copied_from``), or a row whose content changed since an earlier import made a note
        of the row at this place (``earlier``): that note is left as it is, since an edit of
        that row cannot be told from another copy's different row at the same place."""
        if not (wanted.get("text") or wanted.get("position")):
            self.plan.rows.append(
                RowPlan(number, "skip", message="a new row needs a text", reason=Reason.NEEDS_TEXT)
            )
            return
        try:
            if copied_from is not None:
                target = _target_by_key(
                    self.session, copied_from.target_kind.value, copied_from.target_key
                )
            else:
                target = self.new_target(row)
        except (TargetNotFound, ValueError) as exc:
            fault = exc if isinstance(exc, BnldeskError) else None
            self.plan.rows.append(RowPlan(number, "skip", message=str(exc), fault=fault))
            return
        # Text typed into a shared sheet is the delegation's unless the row says otherwise.
        fields = NoteFields(visibility=Visibility.DELEGATION.value)
        for column, value in wanted.items():
            if value is not None:
                _set(fields, column, value)
        changes = [
            FieldChange(c, "", _show(c, v))
            for c, v in wanted.items()
            if v is not None and _show(c, v)
        ]
        if wanted.get("visibility") is None:
            changes.append(FieldChange("visibility", "", fields.visibility))
        after = values_of(fields)
        self.plan.rows.append(
            RowPlan(
                number,
                "new",
                target=target.label,
                changes=changes,
                fields=fields,
                new_target=target,
                author=self.text(row, "author"),
                delegation=self.text(row, "delegation"),
                problems=problems,
                row_key=row_key,
                baseline=self.baseline(RowPlan(number, "new"), wanted, after, None),
            )
        )
        self.new_row_remark(self.plan.rows[-1], copied_from, earlier)

    def new_row_remark(
        self, row_plan: RowPlan, copied_from: Annotation | None, earlier: SheetRow | None
    ) -> None:
        """What the preview says about a new row that is not simply typed (its message and
        reason)."""
        if copied_from is not None:
            row_plan.message, row_plan.reason = "a copy of another row", Reason.COPY
            return
        if earlier is None:
            return
        note = self.session.scalar(select(Annotation).where(Annotation.uuid == earlier.note_uuid))
        if note is None or note.deleted_at is not None:
            return
        opening = _short(note.body or note.position_text, 40)
        row_plan.message = (
            f"an earlier import made note {note.uuid} from this row when it read "
            f"{opening!r}; that note is left as it is "
            "(delete it in bnldesk if this row replaces it)"
        )
        row_plan.reason, row_plan.reason_args = Reason.EARLIER_IMPORT, (note.uuid, opening)

    def new_target(self, row: list[Any]) -> Target:
        # The kind in any language, or the code earlier versions wrote.
        kind = target_kind_of(self.text(row, "target_kind"))
        key = self.text(row, "target_key")
        if kind and key:
            return _target_by_key(self.session, kind, key)
        ref = self.text(row, "target")
        if not ref:
            raise TargetNotFound(
                "a new row needs a Target (a workgroup code or section number)",
                code="row_without_target",
            )
        year_cell = self.cell(row, "plan_year")
        year = None
        try:
            year = int(cell_text(year_cell)) if cell_text(year_cell).strip() else None
        except ValueError:
            year = None
        return _target_by_label(self.session, ref, year)

    # -- the whole sheet ----------------------------------------------------------------------

    def run(self) -> ImportPlan:
        """Plan every row of the sheet: an exported row updates its note, a copy of one or a
        typed row becomes a new note, a row imported before updates the note it made."""
        rows = [
            (n, r) for n, r in self.sheet.rows if not all(cell_text(v).strip() == "" for v in r)
        ]
        uuids = {self.text(r, "id") for _, r in rows} - {""}
        notes = {
            a.uuid: a
            for chunk in _chunks(sorted(uuids), 500)
            for a in self.session.scalars(select(Annotation).where(Annotation.uuid.in_(chunk)))
        }
        original = self.originals(rows, notes)
        prepared = self.prepare(rows)
        keys_in_sheet = {row.key for row in prepared}
        by_number = {rec.row_number: rec for rec in self.recorded.values()}
        for n, r, wanted, problems, key in prepared:
            uuid = self.text(r, "id")
            if uuid and uuid in notes and original.get(uuid) == n:
                if not problems and self.was_applied(self.recorded.get("id:" + uuid), wanted):
                    self.plan.already_imported += 1
                    continue
                # Always against the note as exported: never against what an earlier import
                # of this or another copy of the sheet left (that would hide their changes).
                check = RowCheck.decode(self.cell(r, _CHECK))
                problems = problems + self.read_only_edits(r, notes[uuid])
                self.existing_row(n, notes[uuid], wanted, check, problems, "id:" + uuid)
                continue
            if key in self.hidden:
                self.plan.rows.append(
                    RowPlan(n, "skip", uuid or None, message=_HIDDEN_ROW, reason=Reason.HIDDEN_ROW)
                )
                continue
            recorded = self.recorded.get(key)
            if recorded is not None and self.imported_row(n, wanted, problems, recorded):
                continue
            if uuid and uuid not in notes:
                self.plan.rows.append(
                    RowPlan(
                        n,
                        "skip",
                        uuid,
                        message=f"no note with id {uuid} in this database "
                        "(a sheet from another laptop? notes travel with bnldesk share)",
                        reason=Reason.UNKNOWN_ID,
                        reason_args=(uuid,),
                    )
                )
                continue
            earlier = by_number.get(n)
            if earlier is not None and earlier.row_key in keys_in_sheet:
                earlier = None  # that row moved; this one is another
            self.new_row(n, r, wanted, problems, key, notes.get(uuid) if uuid else None, earlier)
        self.report_missing(uuids)
        return self.plan

    def originals(
        self, rows: list[tuple[int, list[Any]]], notes: dict[str, Annotation]
    ) -> dict[str, int]:
        """Per note id in the sheet, the number of the row that is the note itself: of rows
        sharing an id, the one the export wrote as it is (else the first); the others are
        copies, which become new notes."""
        original: dict[str, int] = {}
        untouched: dict[str, int] = {}
        for n, r in rows:
            uuid = self.text(r, "id")
            if uuid and uuid in notes:
                original.setdefault(uuid, n)
                if uuid not in untouched and self.untouched(r):
                    untouched[uuid] = n
        original.update(untouched)
        return original

    def prepare(self, rows: list[tuple[int, list[Any]]]) -> list[_PreparedRow]:
        """Each row with its canonical values, their problems and its content key."""
        seen: Counter[str] = Counter()
        prepared = []
        for n, r in rows:
            wanted, problems = self.wanted(r)
            prepared.append(_PreparedRow(n, r, wanted, problems, self.row_key(r, wanted, seen)))
        return prepared

    def imported_row(
        self, number: int, wanted: SheetValues, problems: list[str], recorded: SheetRow
    ) -> bool:
        """Plan a row an earlier import of this sheet made a note of, against that note;
        False when the note is gone (the row is then planned as new)."""
        note = self.session.scalar(select(Annotation).where(Annotation.uuid == recorded.note_uuid))
        if note is None:
            return False
        before = len(self.plan.rows)
        unchanged = self.plan.unchanged
        self.existing_row(
            number, note, wanted, RowCheck.decode(recorded.baseline), problems, recorded.row_key
        )
        if self.plan.unchanged > unchanged:
            self.plan.unchanged -= 1
            self.plan.already_imported += 1
        elif len(self.plan.rows) > before:
            self.plan.rows[-1].row_key = recorded.row_key
        return True

    @staticmethod
    def was_applied(recorded: SheetRow | None, wanted: SheetValues) -> bool:
        """Whether an earlier import of this export applied a row that said exactly this."""
        baseline = RowCheck.decode(recorded.baseline) if recorded is not None else None
        return baseline is not None and all(
            field_hash(c, v) == baseline.hashes.get(c) for c, v in wanted.items() if v is not None
        )

    def untouched(self, row: list[Any]) -> bool:
        """Whether every editable cell of an exported row still says what the export wrote."""
        check = RowCheck.decode(self.cell(row, _CHECK))
        if check is None:
            return False
        wanted, problems = self.wanted(row)
        return not problems and all(
            field_hash(c, v) == check.hashes.get(c) for c, v in wanted.items()
        )

    def report_missing(self, uuids_in_sheet: set[str]) -> None:
        sheet = self.sheet
        if sheet.meta.exported_ids is None:
            return
        here = self.database_id
        if sheet.meta.database_id and here and sheet.meta.database_id != here:
            self.plan.remarks.append("this sheet was exported from another laptop's database")
            self.plan.from_another_laptop = True
            return
        missing = []
        for chunk in _chunks(sorted(sheet.meta.exported_ids), 500):
            for uuid, label in self.session.execute(
                select(Annotation.uuid, Annotation.target_label).where(
                    Annotation.id.in_(chunk), Annotation.deleted_at.is_(None)
                )
            ):
                if uuid not in uuids_in_sheet:
                    missing.append(MissingNote(uuid, label))
        self.plan.missing = missing


def _chunks(values: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def plan_import(session: Session, path: Path | str) -> ImportPlan:
    """Compare the sheet at ``path`` with the database and list every change, writing nothing.

    Raises RoundTripError (one line) for a file that is not a readable notes sheet: missing,
    not a workbook, damaged, hostile (XML entities, zip bomb) or over the row limit.
    """
    path = Path(path)
    sheet = _read_sheet(path)
    return _Planner(session, path, sheet).run()


def apply_import(
    session: Session, plan: ImportPlan, *, author: str = "", delegation: str = ""
) -> ApplyReport:
    """Write the planned updates and new notes (conflicts and skipped rows are left alone) and
    remember the rows, so that importing the same sheet again changes nothing. The caller's
    transaction commits. The report holds what :func:`.sheet_undo.undo_import` needs."""
    report = ApplyReport(0, 0, [])
    for r in plan.rows:
        note: Annotation | None = None
        if r.action == "update" and r.uuid and r.fields is not None:
            note = session.scalar(select(Annotation).where(Annotation.uuid == r.uuid))
            if note is None or note.deleted_at is not None:
                continue
            if note.visibility == Visibility.PRIVATE and not r.private:
                continue  # became private after planning: planned as an ordinary note
            report.before[note.uuid] = NoteFields.of(note)
            apply_fields(session, note, r.fields)
            report.updated += 1
        elif r.action == "new" and r.fields is not None and r.new_target is not None:
            note = add_annotation(
                session,
                r.new_target,
                r.fields,
                author=r.author or author,
                delegation=r.delegation or delegation,
            )
            report.new_uuids.append(note.uuid)
        if note is None:
            continue
        report.after[note.uuid] = NoteFields.of(note)
        if r.row_key:
            _remember_row(session, plan.sheet_key, r, note.uuid, report)
    report.created = len(report.new_uuids)
    report.conflicts = sum(1 for r in plan.rows if r.action == "conflict")
    session.flush()
    return report


def apply_sheet(
    store: Store,
    path: Path | str,
    *,
    author: str = "",
    delegation: Callable[[Session], str] | str = "",
) -> ApplyReport:
    """Apply the sheet at ``path``, as the window's Apply and ``bnldesk import-annotations``
    do: a safety copy of the database first (a "before an import" backup, as for a plan
    import, which File > Backups restores; none on a server), then the sheet planned again
    inside the writing transaction (so the changes match the database) and applied.
    ``delegation`` is for new rows naming none: a value, or read in the transaction.

    Raises RoundTripError for a sheet that cannot be read, the store's errors for the database
    (the backup's own :class:`~bnldesk.services.backup.BackupError` before anything is written).
    """
    from bnldesk.services.backup import backup_before

    backup_before(store, "import")
    with store.transaction() as session:
        plan = plan_import(session, path)
        chosen = delegation(session) if callable(delegation) else delegation
        return apply_import(session, plan, author=author, delegation=chosen)


def _remember_row(
    session: Session, sheet_key: str, row: RowPlan, note_uuid: str, report: ApplyReport
) -> None:
    """Remember an applied row, so that the row, imported again as it is, changes nothing: a
    new row is not made twice, an applied edit is not shown again (never a baseline for other
    edits: those are compared with the note as exported)."""
    record = session.get(SheetRow, (sheet_key, row.row_key))
    report.rows_before.append(sheet_row_state(sheet_key, row.row_key, record))
    if record is None:
        record = SheetRow(sheet_key=sheet_key, row_key=row.row_key)
        session.add(record)
    record.row_number = row.row
    record.note_uuid = note_uuid
    record.baseline = row.baseline
    record.imported_at = utcnow()
    report.rows_after.append(sheet_row_state(sheet_key, row.row_key, record))


def sheet_row_state(sheet_key: str, row_key: str, record: SheetRow | None) -> SheetRowState:
    """A remembered row as plain data (``row_number`` None when ``record`` is None)."""
    if record is None:
        return SheetRowState(sheet_key, row_key)
    return SheetRowState(
        sheet_key,
        row_key,
        record.row_number,
        record.note_uuid,
        record.baseline,
        record.imported_at,
    )

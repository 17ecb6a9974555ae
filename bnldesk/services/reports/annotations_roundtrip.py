"""Reading an edited Notes sheet back: lossless, idempotent and conflict-aware.

The delegate exports the Notes sheet (:mod:`.xlsx`), edits it in Excel or LibreOffice (texts,
states, tags; new rows; copied rows) and imports it again. :func:`plan_import` compares every row
with the database and lists what would change, writing nothing, so the CLI and the GUI can show
a preview; :func:`apply_import` then writes exactly that plan.

How a row is read (see :mod:`.sheet_codec` for the cells and the row check):

* A row with an id and a row check: each editable cell is compared with what the export wrote.
  An untouched cell changes nothing, even when the note's text had to be cut to fit a cell or
  lost its control characters. An edited cell changes the note, unless the note changed in
  bnldesk since the export (a **conflict**, shown side by side and never applied) or the cell
  held cut text (a conflict too: the rest of the note is not in the sheet).
* A row whose note is private on this laptop never changes it.
* A value a column does not know (``maybe`` in Status) is reported and left out; the row's
  other edits still apply.
* A row without an id is a new note, on the target its Target columns name (a code, a section
  number, or a label as the sheet shows it). Importing the same sheet again recognises the row
  (the ``sheet_row`` table remembers which rows created which notes) and creates nothing.
* A row whose id appears twice: the copy becomes a new note on the same target.
* A note that was exported but whose row is gone is reported and left unchanged.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bnldesk.domain import identity
from bnldesk.domain.models import (
    Annotation,
    Chapter,
    Contact,
    Plan,
    PlanItem,
    Programme,
    Section,
    Setting,
    SheetRow,
    TargetKind,
    Visibility,
    Workgroup,
    utcnow,
)
from bnldesk.services.annotations import (
    NoteFields,
    Target,
    TargetNotFound,
    add_annotation,
    apply_fields,
    resolve_target,
    target_of,
)
from bnldesk.services.reports.labels import all_translations
from bnldesk.services.reports.rows import ANNOTATIONS
from bnldesk.services.reports.sheet_codec import (
    CHOICES,
    EDITABLE_NOTE_COLUMNS,
    TEXT_COLUMNS,
    BadValue,
    NoteValues,
    RowCheck,
    cell_text,
    cut_text,
    display_text,
    export_id_of,
    field_hash,
    note_values,
    parse,
    sheet_cells,
)
from bnldesk.services.reports.sheet_reader import RoundTripError, open_workbook
from bnldesk.services.reports.xlsx import META_SHEET, decode_ids

__all__ = [
    "ApplyReport",
    "FieldChange",
    "FieldConflict",
    "ImportPlan",
    "MissingNote",
    "RoundTripError",
    "RowPlan",
    "apply_import",
    "plan_import",
]


@dataclass
class FieldChange:
    """One field a row changes: its column key and the values before and after (as shown)."""

    column: str
    old: str
    new: str


@dataclass
class FieldConflict:
    """A field the sheet edited that cannot be applied: ``sheet`` is the sheet's value,
    ``database`` bnldesk's value now, ``reason`` why (one short line)."""

    column: str
    sheet: str
    database: str
    reason: str


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
    changed_in_app: list[str] = field(default_factory=list)


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

    @property
    def updates(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == "update"]

    @property
    def new(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == "new"]

    @property
    def conflicts(self) -> list[RowPlan]:
        return [r for r in self.rows if r.conflicts]

    @property
    def skipped(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == "skip"]

    @property
    def has_changes(self) -> bool:
        return bool(self.updates or self.new)

    def summary(self) -> str:
        parts = [
            f"{len(self.updates)} note(s) to update",
            f"{len(self.new)} new",
            f"{self.unchanged} unchanged",
        ]
        if self.already_imported:
            parts.append(f"{self.already_imported} already imported")
        parts.append(f"{len(self.conflicts)} conflict(s)")
        parts.append(f"{len(self.skipped)} row(s) skipped")
        return f"{self.path.name}: " + ", ".join(parts)

    def preview_lines(self) -> list[str]:
        """Every change, one line per changed field, as the CLI and the GUI preview show it."""
        lines = [self.summary(), *(f"  note: {r}" for r in self.remarks)]
        for r in self.rows:
            if r.action == "update":
                lines.append(f"  row {r.row}: update {r.uuid} ({r.target})")
                lines += [
                    f"      {c.column}: {_short(c.old)!r} -> {_short(c.new)!r}" for c in r.changes
                ]
            elif r.action == "new":
                lines.append(f"  row {r.row}: new note on {r.target}")
                lines += [f"      {c.column}: {_short(c.new)!r}" for c in r.changes]
            elif r.action == "skip":
                lines.append(f"  row {r.row}: skipped: {r.message}")
            if r.conflicts:
                head = f"  row {r.row}: CONFLICT on {r.uuid} ({r.target}): {r.message}"
                lines.append(
                    head if r.action == "conflict" else head.replace("CONFLICT", "also a conflict")
                )
                for c in r.conflicts:
                    lines.append(f"      {c.column}: {c.reason}")
                    lines.append(f"          sheet:   {_short(c.sheet)!r}")
                    lines.append(f"          bnldesk: {_short(c.database)!r}")
            lines += [f"      warning: {p}" for p in r.problems]
        if self.missing:
            lines.append(
                f"  {len(self.missing)} note(s) not in the sheet: left unchanged "
                "(delete a note in bnldesk itself)"
            )
            lines += [f"      {m.uuid} ({m.target})" for m in self.missing[:20]]
            if len(self.missing) > 20:
                lines.append(f"      … and {len(self.missing) - 20} more")
        return lines


@dataclass
class ApplyReport:
    updated: int
    created: int
    new_uuids: list[str]


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ------------------------------------------------------------------------------------------
# reading the sheet
# ------------------------------------------------------------------------------------------

_CHECK = "row_check"


def _header_map(header: list[Any]) -> tuple[dict[str, int], str | None]:
    known: dict[str, str] = {}
    for column in ANNOTATIONS.columns:
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
class _Sheet:
    title: str
    columns: dict[str, int]
    export_id: str | None
    rows: list[tuple[int, list[Any]]]
    exported_ids: set[int] | None
    database_id: str


def _read_meta(workbook: Any) -> tuple[set[int] | None, str]:
    if META_SHEET not in workbook.sheetnames:
        return None, ""
    values = [list(r) for r in workbook[META_SHEET].iter_rows(max_row=3, values_only=True)]
    if len(values) < 3:
        return None, ""
    database_id = cell_text(values[1][1] if len(values[1]) > 1 else "")
    try:
        ids = decode_ids("".join(cell_text(v) for v in values[2][1:]))
    except ValueError:
        return None, database_id
    return ids, database_id


def _read_sheet(path: Path) -> _Sheet:
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
                exported, database_id = _read_meta(workbook)
                return _Sheet(ws.title, columns, export_id, data, exported, database_id)
    raise RoundTripError(
        f"{path.name} has no notes sheet with an id and a text column; export the notes with "
        "those columns, edit that file and import it"
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


def _values_of(fields: NoteFields) -> NoteValues:
    """The canonical values of a note's fields (``note_values`` takes the same names)."""
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


_MODELS: dict[TargetKind, Any] = {
    TargetKind.WORKGROUP: Workgroup,
    TargetKind.SECTION: Section,
    TargetKind.ITEM: PlanItem,
    TargetKind.CHAPTER: Chapter,
    TargetKind.PLAN: Plan,
    TargetKind.PROGRAMME: Programme,
    TargetKind.CONTACT: Contact,
}


def _target_by_key(session: Session, kind: str, key: str) -> Target:
    try:
        model = _MODELS.get(TargetKind(kind.strip().lower()))
    except ValueError:
        model = None
    if model is None:
        raise TargetNotFound(f"notes cannot be attached to '{kind}'")
    obj_id = session.scalar(
        select(model.id).where(model.identity_key == key).order_by(model.id.desc()).limit(1)
    )
    if obj_id is None:
        raise TargetNotFound(f"no {kind} with key '{key}'")
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


class _Planner:
    def __init__(self, session: Session, path: Path, sheet: _Sheet) -> None:
        self.session = session
        self.sheet = sheet
        self.plan = ImportPlan(path, sheet.title)
        self.editable = [c for c in EDITABLE_NOTE_COLUMNS if c in sheet.columns]
        self.plan.sheet_key = sheet.export_id or "file:" + _digest(path.name)[:24]
        self.recorded = {
            r.row_key: r
            for r in session.scalars(
                select(SheetRow).where(SheetRow.sheet_key == self.plan.sheet_key)
            )
        }

    def cell(self, row: list[Any], key: str) -> Any:
        index = self.sheet.columns.get(key)
        return row[index] if index is not None and index < len(row) else None

    def text(self, row: list[Any], key: str) -> str:
        return display_text(cell_text(self.cell(row, key))).strip()

    def wanted(self, row: list[Any]) -> tuple[dict[str, Any], list[str]]:
        """Canonical values of the editable cells; bad values are reported, not kept."""
        values: dict[str, Any] = {}
        problems: list[str] = []
        for column in self.editable:
            try:
                values[column] = parse(column, self.cell(row, column))
            except BadValue as exc:
                problems.append(f"{exc}: {column.replace('_', ' ')} left unchanged")
        return values, problems

    def row_key(self, row: list[Any], wanted: dict[str, Any], seen: Counter[str]) -> str:
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
        wanted: dict[str, Any],
        check: RowCheck | None,
        problems: list[str],
    ) -> RowPlan:
        current = _values_of(NoteFields.of(note))
        plan_row = RowPlan(number, "update", note.uuid, note.target_label, problems=problems)
        changed_since = check is not None and check.version != current.version()
        cut = (
            check.cut
            if check is not None
            else {c for c in TEXT_COLUMNS if cut_text(display_text(current.get(c)))[1]}
        )
        fields = NoteFields.of(note)
        for column, value in wanted.items():
            if column not in CHOICES and value is None:
                continue
            if column in CHOICES and value is None:
                continue  # an emptied choice keeps the current value
            now = current.get(column)
            if check is not None and field_hash(column, value) == check.hashes.get(column):
                continue  # not edited in the sheet
            if check is None and field_hash(column, value) == field_hash(
                column, parse(column, sheet_cells(current, "en")[0][column])
            ):
                continue  # no row check (a sheet made by hand): compare with bnldesk as it is
            same = (
                sorted(value) == sorted(now)
                if column == "tags"
                else display_text(str(value)) == display_text(str(now))
                if column in TEXT_COLUMNS
                else str(value) == str(now)
            )
            if same:
                continue
            if column in cut:
                plan_row.conflicts.append(
                    FieldConflict(
                        column,
                        _show(column, value),
                        _show(column, now),
                        f"the sheet held only the first 32,767 characters (the text was cut "
                        f"to fit Excel); applying the cell would lose the other "
                        f"{max(0, len(str(now)) - len(str(value)))} characters: edit this note in bnldesk",
                    )
                )
                continue
            if changed_since:
                plan_row.conflicts.append(
                    FieldConflict(
                        column,
                        _show(column, value),
                        _show(column, now),
                        "edited in the sheet and the note changed in bnldesk since the export",
                    )
                )
                continue
            plan_row.changes.append(FieldChange(column, _show(column, now), _show(column, value)))
            _set(fields, column, value)
        if plan_row.conflicts:
            # Never half-apply a row: the delegate decides with both versions in view.
            plan_row.action = "conflict"
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

    def baseline(
        self,
        row_plan: RowPlan,
        wanted: dict[str, Any],
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
        wanted: dict[str, Any],
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
                )
            )
            return
        row_plan = self.compare(number, note, wanted, check, problems)
        row_plan.row_key = row_key
        if note.visibility == Visibility.PRIVATE and (row_plan.action != "same" or problems):
            # Whatever the row says: a private note changes only in bnldesk on this laptop.
            self.plan.rows.append(
                RowPlan(
                    number,
                    "skip",
                    note.uuid,
                    note.target_label,
                    message="the note is private on this laptop: an import never changes it "
                    "(edit it in bnldesk)",
                )
            )
            return
        if row_plan.action == "same":
            if problems:
                row_plan.action = "skip"
                row_plan.message = "; ".join(problems)
                row_plan.problems = []
                self.plan.rows.append(row_plan)
            else:
                self.plan.unchanged += 1
            return
        if row_plan.fields is not None:
            after = _values_of(row_plan.fields)
            row_plan.baseline = self.baseline(row_plan, wanted, after, check)
        self.plan.rows.append(row_plan)

    def new_row(
        self,
        number: int,
        row: list[Any],
        wanted: dict[str, Any],
        problems: list[str],
        row_key: str,
        copied_from: Annotation | None,
    ) -> None:
        if not (wanted.get("text") or wanted.get("position")):
            self.plan.rows.append(RowPlan(number, "skip", message="a new row needs a text"))
            return
        try:
            if copied_from is not None:
                target = _target_by_key(
                    self.session, copied_from.target_kind.value, copied_from.target_key
                )
            else:
                target = self.new_target(row)
        except (TargetNotFound, ValueError) as exc:
            self.plan.rows.append(RowPlan(number, "skip", message=str(exc)))
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
        after = _values_of(fields)
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
                message="a copy of another row" if copied_from is not None else "",
            )
        )

    def new_target(self, row: list[Any]) -> Target:
        kind, key = self.text(row, "target_kind"), self.text(row, "target_key")
        if kind and key:
            return _target_by_key(self.session, kind, key)
        ref = self.text(row, "target")
        if not ref:
            raise TargetNotFound("a new row needs a Target (a workgroup code or section number)")
        year_cell = self.cell(row, "plan_year")
        year = None
        try:
            year = int(cell_text(year_cell)) if cell_text(year_cell).strip() else None
        except ValueError:
            year = None
        return _target_by_label(self.session, ref, year)

    # -- the whole sheet ----------------------------------------------------------------------

    def run(self) -> ImportPlan:
        session, sheet = self.session, self.sheet
        rows = [(n, r) for n, r in sheet.rows if not all(cell_text(v).strip() == "" for v in r)]
        uuids = {self.text(r, "id") for _, r in rows} - {""}
        notes = {
            a.uuid: a
            for chunk in _chunks(sorted(uuids), 500)
            for a in session.scalars(select(Annotation).where(Annotation.uuid.in_(chunk)))
        }
        # Of rows sharing an id, the original is the one the export wrote as it is (else the
        # first); the others are copies, which become new notes.
        original: dict[str, int] = {}
        untouched: dict[str, int] = {}
        for n, r in rows:
            uuid = self.text(r, "id")
            if uuid and uuid in notes:
                original.setdefault(uuid, n)
                if uuid not in untouched and self.untouched(r):
                    untouched[uuid] = n
        original.update(untouched)
        seen: Counter[str] = Counter()
        keys_in_sheet: set[str] = set()
        prepared = []
        for n, r in rows:
            wanted, problems = self.wanted(r)
            key = self.row_key(r, wanted, seen)
            keys_in_sheet.add(key)
            prepared.append((n, r, wanted, problems, key))
        by_number = {rec.row_number: rec for rec in self.recorded.values()}
        for n, r, wanted, problems, key in prepared:
            uuid = self.text(r, "id")
            recorded = self.recorded.get(key)
            if recorded is None and (not uuid or original.get(uuid) != n):
                # A new row edited after it was imported: same place, same target, new content.
                earlier = by_number.get(n)
                if earlier is not None and earlier.row_key not in keys_in_sheet:
                    recorded = earlier
            if uuid and uuid in notes and original.get(uuid) == n:
                check = RowCheck.decode(self.cell(r, _CHECK))
                again = self.recorded.get("id:" + uuid)
                if again is not None:
                    check = RowCheck.decode(again.baseline) or check
                self.existing_row(n, notes[uuid], wanted, check, problems, "id:" + uuid)
                continue
            if recorded is not None:
                note = session.scalar(
                    select(Annotation).where(Annotation.uuid == recorded.note_uuid)
                )
                if note is not None:
                    before = len(self.plan.rows)
                    unchanged = self.plan.unchanged
                    self.existing_row(
                        n,
                        note,
                        wanted,
                        RowCheck.decode(recorded.baseline),
                        problems,
                        recorded.row_key,
                    )
                    if self.plan.unchanged > unchanged:
                        self.plan.unchanged -= 1
                        self.plan.already_imported += 1
                    elif len(self.plan.rows) > before:
                        self.plan.rows[-1].row_key = recorded.row_key
                    continue
            if uuid and uuid not in notes:
                self.plan.rows.append(
                    RowPlan(
                        n,
                        "skip",
                        uuid,
                        message=f"no note with id {uuid} in this database "
                        "(a sheet from another laptop? notes travel with bnldesk share)",
                    )
                )
                continue
            self.new_row(n, r, wanted, problems, key, notes.get(uuid) if uuid else None)
        self.report_missing(uuids)
        return self.plan

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
        if sheet.exported_ids is None:
            return
        here = self.session.scalar(select(Setting.value).where(Setting.key == "database_id"))
        if sheet.database_id and here and sheet.database_id != here:
            self.plan.remarks.append("this sheet was exported from another laptop's database")
            return
        missing = []
        for chunk in _chunks(sorted(sheet.exported_ids), 500):
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
    transaction commits."""
    updated = 0
    new_uuids: list[str] = []
    for r in plan.rows:
        note_uuid: str | None = None
        if r.action == "update" and r.uuid and r.fields is not None:
            note = session.scalar(select(Annotation).where(Annotation.uuid == r.uuid))
            if note is None or note.deleted_at is not None or note.visibility == Visibility.PRIVATE:
                continue
            apply_fields(session, note, r.fields)
            updated += 1
            note_uuid = note.uuid
        elif r.action == "new" and r.fields is not None and r.new_target is not None:
            note = add_annotation(
                session,
                r.new_target,
                r.fields,
                author=r.author or author,
                delegation=r.delegation or delegation,
            )
            new_uuids.append(note.uuid)
            note_uuid = note.uuid
        if note_uuid is not None and r.row_key:
            record = session.get(SheetRow, (plan.sheet_key, r.row_key))
            if record is None:
                record = SheetRow(sheet_key=plan.sheet_key, row_key=r.row_key)
                session.add(record)
            record.row_number = r.row
            record.note_uuid = note_uuid
            record.baseline = r.baseline
            record.imported_at = utcnow()
    session.flush()
    return ApplyReport(updated, len(new_uuids), new_uuids)

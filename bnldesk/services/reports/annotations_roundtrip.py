"""Reading an edited annotations sheet back: match rows by id, preview, then apply.

The delegate exports the Notes sheet, edits it in Excel (texts, status, position, tags; new rows)
and imports it again. Rows are matched by their id (the note's UUID); rows without an id become
new notes; nothing else in the database is touched. :func:`plan_import` computes every change
without writing, so the CLI and the GUI can show a preview; :func:`apply_import` writes it.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import select
from sqlalchemy.orm import Session

from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import (
    Annotation,
    Chapter,
    Contact,
    NoteStatus,
    Plan,
    PlanItem,
    PositionState,
    Priority,
    Programme,
    Section,
    TargetKind,
    Visibility,
    Workgroup,
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
from bnldesk.services.reports.rows import ANNOTATIONS, EDITABLE_NOTE_COLUMNS
from bnldesk.services.reports.safe import clean_text, excel_text


class RoundTripError(BnldeskError):
    """The file cannot be read as an annotations sheet; the message says why."""


@dataclass
class FieldChange:
    column: str
    old: str
    new: str


@dataclass
class RowPlan:
    row: int
    action: str  # "update", "new" or "skip"
    uuid: str | None = None
    target: str = ""
    changes: list[FieldChange] = field(default_factory=list)
    message: str = ""
    fields: NoteFields | None = None
    new_target: Target | None = None
    author: str = ""
    delegation: str = ""


@dataclass
class ImportPlan:
    path: Path
    sheet: str
    rows: list[RowPlan] = field(default_factory=list)
    unchanged: int = 0

    @property
    def updates(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == "update"]

    @property
    def new(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == "new"]

    @property
    def skipped(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == "skip"]

    def summary(self) -> str:
        return (
            f"{self.path.name}: {len(self.updates)} note(s) to update, {len(self.new)} new, "
            f"{self.unchanged} unchanged, {len(self.skipped)} row(s) skipped"
        )

    def preview_lines(self) -> list[str]:
        """Every change, one line per changed field, as the CLI and the GUI preview show it."""
        lines = [self.summary()]
        for r in self.rows:
            if r.action == "update":
                lines.append(f"  row {r.row}: update {r.uuid} ({r.target})")
                lines += [
                    f"      {c.column}: {_short(c.old)!r} -> {_short(c.new)!r}" for c in r.changes
                ]
            elif r.action == "new":
                lines.append(f"  row {r.row}: new note on {r.target}")
                lines += [f"      {c.column}: {_short(c.new)!r}" for c in r.changes]
            else:
                lines.append(f"  row {r.row}: skipped: {r.message}")
        return lines


@dataclass
class ApplyReport:
    updated: int
    created: int
    new_uuids: list[str]


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- reading values back ------------------------------------------------------------------------


def _choices(prefix: str, values: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values:
        out[value.casefold()] = value
        out[value.replace("_", " ").casefold()] = value
        for text in all_translations(f"{prefix}_{value}"):
            out[text.casefold()] = value
    return out


_STATUS = _choices("status", [s.value for s in NoteStatus])
_POSITION = _choices("position", [s.value for s in PositionState])
_VISIBILITY = _choices("visibility", [s.value for s in Visibility])
_PRIORITY = _choices("priority", [str(int(p)) for p in Priority])
for _p in Priority:
    _PRIORITY[_p.name.casefold()] = str(int(_p))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(str(value))


def _choice(table: dict[str, str], value: Any, column: str) -> str:
    text = _text(value).strip()
    found = table.get(text.casefold())
    if found is None:
        raise ValueError(f"'{text}' is not a known {column.replace('_', ' ')}")
    return found


def _tags(value: Any) -> list[str]:
    names: list[str] = []
    for part in _text(value).replace(";", ",").split(","):
        name = " ".join(part.split())
        if name and name not in names:
            names.append(name)
    return names


def _header_map(header: list[Any]) -> dict[str, int]:
    known: dict[str, str] = {}
    for column in ANNOTATIONS.columns:
        known[column.key.casefold()] = column.key
        for text in all_translations(f"col_{column.key}"):
            known[text.casefold()] = column.key
    out: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = known.get(_text(cell).strip().casefold())
        if key is not None and key not in out:
            out[key] = index
    return out


def _read_rows(path: Path) -> tuple[str, dict[str, int], list[tuple[int, list[Any]]]]:
    if not path.is_file():
        raise RoundTripError(f"{path} does not exist")
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise RoundTripError(
            f"{path} is not an Excel workbook (.xlsx) that bnldesk can read"
        ) from exc
    try:
        for ws in wb.worksheets:
            rows = ws.iter_rows(values_only=True)
            header = next(rows, None)
            if not header:
                continue
            columns = _header_map(list(header))
            if "id" in columns and "text" in columns:
                data = [(n, list(r)) for n, r in enumerate(rows, start=2)]
                return ws.title, columns, data
    finally:
        wb.close()
    raise RoundTripError(
        f"{path.name} has no notes sheet with an id and a text column; export the notes with "
        "those columns, edit that file and import it"
    )


def _find_target(session: Session, kind: str, key: str) -> Target:
    model: Any = {
        TargetKind.WORKGROUP: Workgroup,
        TargetKind.SECTION: Section,
        TargetKind.ITEM: PlanItem,
        TargetKind.CHAPTER: Chapter,
        TargetKind.PLAN: Plan,
        TargetKind.PROGRAMME: Programme,
        TargetKind.CONTACT: Contact,
    }.get(TargetKind(kind))
    if model is None:
        raise TargetNotFound(f"notes cannot be attached to {kind}")
    obj_id = session.scalar(
        select(model.id).where(model.identity_key == key).order_by(model.id.desc()).limit(1)
    )
    if obj_id is None:
        raise TargetNotFound(f"no {kind} with key '{key}'")
    return target_of(session, kind, obj_id)


def plan_import(session: Session, path: Path | str) -> ImportPlan:
    """Compare the sheet with the database and list every change, writing nothing."""
    path = Path(path)
    sheet, columns, data = _read_rows(path)
    plan = ImportPlan(path, sheet)
    editable = [c for c in EDITABLE_NOTE_COLUMNS if c in columns]
    seen: set[str] = set()

    def cell(row: list[Any], key: str) -> Any:
        index = columns.get(key)
        return row[index] if index is not None and index < len(row) else None

    for number, row in data:
        if all(v is None or _text(v).strip() == "" for v in row):
            continue
        uuid = _text(cell(row, "id")).strip()
        try:
            wanted = {c: _wanted(c, cell(row, c)) for c in editable}
        except ValueError as exc:
            plan.rows.append(RowPlan(number, "skip", uuid or None, message=str(exc)))
            continue
        if uuid:
            if uuid in seen:
                plan.rows.append(RowPlan(number, "skip", uuid, message=f"id {uuid} appears twice"))
                continue
            seen.add(uuid)
            note = session.scalar(select(Annotation).where(Annotation.uuid == uuid))
            if note is None:
                plan.rows.append(
                    RowPlan(
                        number, "skip", uuid, message=f"no note with id {uuid} in this database"
                    )
                )
                continue
            if note.deleted_at is not None:
                plan.rows.append(
                    RowPlan(
                        number,
                        "skip",
                        uuid,
                        note.target_label,
                        message="the note was deleted since the export",
                    )
                )
                continue
            fields = NoteFields.of(note)
            current = _current(fields)
            changes = [
                FieldChange(c, current[c], _display(c, wanted[c]))
                for c in editable
                if wanted[c] is not None and _display(c, wanted[c]) != current[c]
            ]
            if not changes:
                plan.unchanged += 1
                continue
            for c in editable:
                _set(fields, c, wanted[c])
            plan.rows.append(
                RowPlan(number, "update", uuid, note.target_label, changes, fields=fields)
            )
            continue
        # A row without an id: a new note, on the object its target columns name.
        if not (_text(wanted.get("text")).strip() or _text(wanted.get("position")).strip()):
            plan.rows.append(RowPlan(number, "skip", message="a new row needs a text"))
            continue
        try:
            kind, key = (
                _text(cell(row, "target_kind")).strip(),
                _text(cell(row, "target_key")).strip(),
            )
            ref = _text(cell(row, "target")).strip()
            if kind and key:
                target = _find_target(session, kind, key)
            elif ref:
                year = cell(row, "plan_year")
                target = resolve_target(
                    session, ref, plan_year=int(year) if isinstance(year, int | float) else None
                )
            else:
                raise TargetNotFound(
                    "a new row needs a target (a workgroup code or section number)"
                )
        except (TargetNotFound, ValueError) as exc:
            plan.rows.append(RowPlan(number, "skip", message=str(exc)))
            continue
        fields = NoteFields()
        for c in editable:
            _set(fields, c, wanted[c])
        changes = [
            FieldChange(c, "", _display(c, wanted[c]))
            for c in editable
            if wanted[c] is not None and _display(c, wanted[c])
        ]
        plan.rows.append(
            RowPlan(
                number,
                "new",
                target=target.label,
                changes=changes,
                fields=fields,
                new_target=target,
                author=_text(cell(row, "author")).strip(),
                delegation=_text(cell(row, "delegation")).strip(),
            )
        )
    return plan


def _wanted(column: str, value: Any) -> Any:
    if column in ("text", "position", "consult"):
        return _text(value)
    if column == "tags":
        return _tags(value)
    if _text(value).strip() == "":
        return None  # an emptied choice cell keeps the current value
    if column == "status":
        return _choice(_STATUS, value, column)
    if column == "position_state":
        return _choice(_POSITION, value, column)
    if column == "visibility":
        return _choice(_VISIBILITY, value, column)
    if column == "priority":
        return int(_choice(_PRIORITY, value, column))
    raise KeyError(column)


def _current(f: NoteFields) -> dict[str, str]:
    return {
        # Compare with what the export wrote, so cut or cleaned text is not seen as an edit.
        "text": excel_text(f.body),
        "position": excel_text(f.position_text),
        "consult": excel_text(f.consult),
        "tags": ", ".join(sorted(f.tags)),
        "status": f.status,
        "position_state": f.position_state,
        "visibility": f.visibility,
        "priority": str(f.priority),
    }


def _display(column: str, value: Any) -> str:
    if column == "tags":
        return ", ".join(sorted(value))
    return str(value)


def _set(f: NoteFields, column: str, value: Any) -> None:
    if value is None:
        return
    if column == "text":
        f.body = value
    elif column == "position":
        f.position_text = value
    elif column == "consult":
        f.consult = value
    elif column == "tags":
        f.tags = list(value)
    elif column == "status":
        f.status = value
    elif column == "position_state":
        f.position_state = value
    elif column == "visibility":
        f.visibility = value
    elif column == "priority":
        f.priority = int(value)


def apply_import(
    session: Session, plan: ImportPlan, *, author: str = "", delegation: str = ""
) -> ApplyReport:
    """Write the planned changes (the caller's transaction commits them)."""
    updated = 0
    new_uuids: list[str] = []
    for r in plan.rows:
        if r.action == "update" and r.uuid and r.fields is not None:
            note = session.scalar(select(Annotation).where(Annotation.uuid == r.uuid))
            if note is None or note.deleted_at is not None:
                continue
            apply_fields(session, note, r.fields)
            updated += 1
        elif r.action == "new" and r.fields is not None and r.new_target is not None:
            note = add_annotation(
                session,
                r.new_target,
                r.fields,
                author=r.author or author,
                delegation=r.delegation or delegation,
            )
            new_uuids.append(note.uuid)
    session.flush()
    return ApplyReport(updated, len(new_uuids), new_uuids)

"""The Notes sheet round trip in tests: export it, edit it as a delegate would, read it back.

Real files all the way: the sheet is written by the export, edited with openpyxl (Excel's and
LibreOffice's file format), and read back into a real SQLite database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select

from bnldesk.domain.models import Annotation
from bnldesk.services.reports import ExportFilters, XlsxOptions, export_workbook
from bnldesk.services.reports.annotations_roundtrip import (
    ApplyReport,
    ImportPlan,
    apply_import,
    plan_import,
)
from bnldesk.store.engine import Store


def export_notes(store: Store, path: Path, language: str = "en", *, private: bool = True) -> None:
    """The Notes sheet alone, with private notes unless ``private`` is False."""
    export_workbook(
        store,
        path,
        ExportFilters(include_private=private),
        XlsxOptions(kinds=["annotations"], language=language),
    )


def snapshot(store: Store) -> dict[str, tuple[object, ...]]:
    """Every note (deleted ones too) by UUID: body, status, position, tags, visibility, time."""
    with store.read() as s:
        return {
            a.uuid: (
                a.body,
                a.status,
                a.position_text,
                tuple(t.name for t in a.tags),
                a.visibility,
                a.updated_at,
            )
            for a in s.scalars(select(Annotation))
        }


def edit_sheet(
    path: Path,
    edits: dict[str, dict[str, object]],
    new_rows: list[dict[str, object]] | None = None,
    *,
    delete: list[str] | None = None,
    copy: list[str] | None = None,
) -> None:
    """Edit the sheet as a delegate would: change cells of the rows with these note ids
    (``{uuid: {header: value}}``), append rows, delete or copy rows."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in header}
    id_col = col["id"]
    for r in range(2, ws.max_row + 1):
        uuid = ws.cell(row=r, column=id_col).value
        for name, value in edits.get(str(uuid), {}).items():
            ws.cell(row=r, column=col[name]).value = value
    for uuid in copy or []:
        row = next(
            r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=id_col).value == uuid
        )
        ws.append([ws.cell(row=row, column=c).value for c in range(1, len(header) + 1)])
    for new in new_rows or []:
        ws.append([new.get(h) for h in header])
    for uuid in delete or []:
        row = next(
            r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=id_col).value == uuid
        )
        ws.delete_rows(row)
    wb.save(path)


def plan_sheet(store: Store, path: Path) -> ImportPlan:
    """What importing ``path`` would change (nothing is written)."""
    with store.read() as s:
        return plan_import(s, path)


def apply_sheet(store: Store, path: Path, author: str = "") -> tuple[ImportPlan, ApplyReport]:
    """Import ``path`` as the CLI's ``--yes`` does: plan and apply in one transaction."""
    with store.transaction() as s:
        plan = plan_import(s, path)
        return plan, apply_import(s, plan, author=author)


def nothing_to_do(plan: ImportPlan) -> bool:
    """Whether the plan changes, reports and skips nothing."""
    return not (plan.updates or plan.new or plan.conflicts or plan.skipped or plan.missing)


def note_value(store: Store, uuid: str, column: str = "body") -> Any:
    """One column of the note with this UUID."""
    with store.read() as s:
        return s.scalar(select(getattr(Annotation, column)).where(Annotation.uuid == uuid))

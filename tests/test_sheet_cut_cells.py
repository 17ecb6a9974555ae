"""A text too long for a spreadsheet cell, in any of the note's text columns, is never lost.

Excel holds at most 32,767 characters in a cell, so the export cuts a longer Text, Position or
Consult and says so in the cell. A delegate who edits such a cell edits only its start: the
import then reports a conflict for that note and changes nothing, whichever column was cut.
And a note changed since the export only in the part a cut cell does not show has changed all
the same: an edit of its row is a conflict, as for any note changed since the export.
Real files: the sheet is exported, edited with openpyxl and read back into a real database.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import openpyxl
import pytest
from sheet_support import apply_sheet, edit_sheet, export_notes, note_value, plan_sheet, snapshot
from sqlalchemy import select

from bnldesk.domain.models import Annotation
from bnldesk.services.annotations import NoteFields, add_annotation, apply_fields, resolve_target
from bnldesk.store.engine import Store

LONG_POSITION = ("Nederland steunt de oefening onder voorwaarden. " * 900) + "SLOTZIN"


def _cell(path: Path, uuid: str, header: str) -> str:
    ws = openpyxl.load_workbook(path).worksheets[0]
    headers = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2, values_only=True):
        if row[headers.index("id")] == uuid:
            return str(row[headers.index(header)])
    raise AssertionError(f"no row for {uuid}")


@pytest.mark.parametrize(
    ("header", "column"),
    [("Position", "position_text"), ("Consult", "consult")],
)
def test_an_edited_cut_cell_is_a_conflict_and_the_whole_text_stays(
    store: Store, tmp_path: Path, header: str, column: str
) -> None:
    assert len(LONG_POSITION) > 40_000
    with store.transaction() as s:
        fields = NoteFields(body="Kort verslag", visibility="delegation")
        if column == "position_text":
            fields.position_text = LONG_POSITION
        else:
            fields.consult = LONG_POSITION
        uuid = add_annotation(s, resolve_target(s, "SENN-CRISE"), fields).uuid
    path = tmp_path / "lang.xlsx"
    export_notes(store, path)
    shown = _cell(path, uuid, header)
    assert len(shown) <= 32_767 and "characters cut" in shown

    edit_sheet(path, {uuid: {header: "Herzien: " + shown}})
    plan = plan_sheet(store, path)

    assert [r.uuid for r in plan.conflicts] == [uuid] and plan.updates == []
    assert "cut to fit Excel" in "\n".join(plan.preview_lines())
    apply_sheet(store, path)
    assert note_value(store, uuid, column) == LONG_POSITION
    assert note_value(store, uuid) == "Kort verslag"


def test_a_note_changed_past_its_cut_since_the_export_makes_its_edited_row_a_conflict(
    store: Store, tmp_path: Path
) -> None:
    with store.transaction() as s:
        fields = NoteFields(
            body="Kort verslag", position_text=LONG_POSITION, visibility="delegation"
        )
        uuid = add_annotation(s, resolve_target(s, "SENN-CRISE"), fields).uuid
    path = tmp_path / "lang.xlsx"
    export_notes(store, path)
    shown = _cell(path, uuid, "Position")

    # A colleague's last sentence changes in bnldesk after the export: only past the cut,
    # and as long as before, so the Position cell of the sheet would read exactly the same.
    changed_position = LONG_POSITION.replace("SLOTZIN", "EINDZIN")
    with store.transaction() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == uuid))
        assert note is not None
        apply_fields(
            s, note, dataclasses.replace(NoteFields.of(note), position_text=changed_position)
        )
    export_again = tmp_path / "again.xlsx"
    export_notes(store, export_again)
    assert _cell(export_again, uuid, "Position") == shown

    edit_sheet(path, {uuid: {"Status": "done"}})
    before = snapshot(store)
    plan = plan_sheet(store, path)
    assert [r.uuid for r in plan.conflicts] == [uuid] and plan.updates == []
    assert (
        "Status: edited in the sheet, but the note's position changed since the export"
        in "\n".join(plan.preview_lines())
    )
    apply_sheet(store, path)
    assert snapshot(store) == before
    assert note_value(store, uuid, "position_text") == changed_position
    assert note_value(store, uuid, "status") == "open"

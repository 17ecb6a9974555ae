"""Private notes in a Notes sheet: editable on the laptop that owns them, untouchable otherwise.

Exported with "Include notes marked private", a private note's row may be edited and read back
on the laptop whose database exported it (nothing left that laptop but the file the delegate
chose to make). A sheet from anywhere else (another laptop, a sheet typed by hand, a row whose
seal belongs to another note, an older unsealed export) never changes a private note.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from export_helpers import Sample, fill_sample
from sheet_support import apply_sheet, edit_sheet, export_notes, note_value, plan_sheet, snapshot
from sqlalchemy import select
from sync_support import open_laptops

from bnldesk.cli import main
from bnldesk.domain.models import Annotation, Setting, Visibility
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports.sheet_seal import SEAL_KEY
from bnldesk.store.engine import Store, open_store


@pytest.fixture
def sample(empty_store: Store) -> Sample:
    return fill_sample(empty_store)


def _rows(path: Path) -> tuple[openpyxl.Workbook, list[str], dict[str, int]]:
    """The workbook, its Notes header, and the sheet row of each note id."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    header = [str(c.value) for c in sheet[1]]
    rows = {str(sheet.cell(r, 1).value): r for r in range(2, sheet.max_row + 1)}
    return workbook, header, rows


def _check_column(header: list[str]) -> int:
    return next(i for i, h in enumerate(header, 1) if h.startswith("bnldesk-check:"))


def test_an_own_sheet_changes_a_private_note_on_this_laptop(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    private = sample.note_uuids[2]
    path = tmp_path / "mine.xlsx"
    export_notes(empty_store, path)
    # The row is editable in Excel (unlocked under the sheet protection), like the others.
    workbook, header, rows = _rows(path)
    cell = workbook.worksheets[0].cell(rows[private], header.index("Position") + 1)
    assert cell.protection.locked is False
    edit_sheet(path, {private: {"Position": "Alleen voor mij: steunen"}})
    plan = plan_sheet(empty_store, path)
    assert [r.uuid for r in plan.updates] == [private] and not plan.skipped
    apply_sheet(empty_store, path)
    assert note_value(empty_store, private, "position_text") == "Alleen voor mij: steunen"
    assert note_value(empty_store, private, "visibility") == Visibility.PRIVATE


def test_a_seal_never_moves_to_another_row(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """A shared note's sealed check copied onto the private note's row, or a sealed check
    whose hashes were altered: neither changes the private note."""
    shared, _, private, _ = sample.note_uuids
    path = tmp_path / "moved.xlsx"
    export_notes(empty_store, path)
    workbook, header, rows = _rows(path)
    sheet = workbook.worksheets[0]
    check = _check_column(header)
    sheet.cell(rows[private], check).value = sheet.cell(rows[shared], check).value
    sheet.cell(rows[private], header.index("Text") + 1).value = "Overschreven"
    workbook.save(path)
    before = snapshot(empty_store)
    plan = plan_sheet(empty_store, path)
    assert [r.uuid for r in plan.skipped] == [private] and not plan.updates
    assert "not exported from this database" in plan.skipped[0].message
    apply_sheet(empty_store, path)
    assert snapshot(empty_store) == before

    export_notes(empty_store, path)
    workbook, header, rows = _rows(path)
    sheet = workbook.worksheets[0]
    token = str(sheet.cell(rows[private], _check_column(header)).value).split(".")
    token[4] = "0" * len(token[4])  # another hash for the text: the seal no longer fits
    sheet.cell(rows[private], _check_column(header)).value = ".".join(token)
    sheet.cell(rows[private], header.index("Text") + 1).value = "Overschreven"
    workbook.save(path)
    assert [r.uuid for r in plan_sheet(empty_store, path).skipped] == [private]


def test_an_unsealed_row_of_this_database_says_export_again(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """A sheet from an older bnldesk (row checks without a seal) cannot change a private note;
    the preview says to export again."""
    private = sample.note_uuids[2]
    path = tmp_path / "old.xlsx"
    export_notes(empty_store, path)
    workbook, header, rows = _rows(path)
    sheet = workbook.worksheets[0]
    cell = sheet.cell(rows[private], _check_column(header))
    parts = str(cell.value).split(".")
    cell.value = ".".join(["1", *parts[1:-1]])  # the format before seals
    sheet.cell(rows[private], header.index("Text") + 1).value = "Overschreven"
    workbook.save(path)
    plan = plan_sheet(empty_store, path)
    assert [r.uuid for r in plan.skipped] == [private]
    assert plan.skipped[0].message.endswith(
        "the note is private, and this row cannot show it was exported from this database "
        "(an older or read-only export): export again, or edit it in bnldesk"
    ), plan.skipped[0].message


def test_a_read_only_export_keeps_private_rows_locked(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """A read-only window cannot make the sealing key: its private rows stay locked in the
    sheet and are never read back."""
    with empty_store.read() as s:
        assert s.get(Setting, SEAL_KEY) is None
    reader = open_store(empty_store.path, read_only=True)
    path = tmp_path / "read-only.xlsx"
    try:
        export_notes(reader, path)
    finally:
        reader.close()
    private = sample.note_uuids[2]
    workbook, header, rows = _rows(path)
    cell = workbook.worksheets[0].cell(rows[private], header.index("Text") + 1)
    assert cell.protection.locked is not False
    edit_sheet(path, {private: {"Text": "Overschreven"}})
    assert [r.uuid for r in plan_sheet(empty_store, path).skipped] == [private]


# ------------------------------------------------------------------------------------------
# sheets from another laptop
# ------------------------------------------------------------------------------------------


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store, str]]:
    """Laptops A and B; A holds a private note that never left it."""
    a, b = open_laptops(tmp_path, "ab")
    with a.transaction() as s:
        private = add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="Geheim van A", visibility="private"),
        ).uuid
    with b.transaction() as s:
        add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="B's eigen private nota", visibility="private"),
        )
    yield a, b, private
    a.close()
    b.close()


def test_a_sheet_from_another_laptop_never_changes_a_private_note(
    laptops: tuple[Store, Store, str], tmp_path: Path
) -> None:
    """B exports its own sheet with its own private note (sealed with B's key) and puts A's
    private note's id on that row: A refuses the row."""
    a, b, private = laptops
    path = tmp_path / "from-b.xlsx"
    export_notes(b, path)
    workbook, header, rows = _rows(path)
    sheet = workbook.worksheets[0]
    (row,) = rows.values()
    sheet.cell(row, 1).value = private
    sheet.cell(row, header.index("Text") + 1).value = "B schrijft in A's private nota"
    sheet.cell(row, header.index("Visibility") + 1).value = "shareable"
    workbook.save(path)
    before = snapshot(a)
    plan = plan_sheet(a, path)
    assert [r.uuid for r in plan.skipped] == [private] and not plan.updates
    assert "a sheet from elsewhere never changes it" in "\n".join(plan.preview_lines())
    apply_sheet(a, path)
    assert snapshot(a) == before


def test_a_sheet_typed_by_hand_never_changes_a_private_note(
    laptops: tuple[Store, Store, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, _, private = laptops
    path = tmp_path / "hand.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["id", "Text", "Visibility"])
    workbook.active.append([private, "Overschreven", "shareable"])
    workbook.save(path)
    before = snapshot(a)
    assert main(["--db", str(a.path), "import-annotations", str(path), "--yes"]) == 0
    assert "not exported from this database" in capsys.readouterr().out
    assert snapshot(a) == before


def test_a_copy_of_this_laptops_sheet_imported_on_another_laptop(
    laptops: tuple[Store, Store, str], tmp_path: Path
) -> None:
    """A's sheet with its private note, imported on B: B does not hold the note and makes
    none of it."""
    a, b, private = laptops
    path = tmp_path / "from-a.xlsx"
    export_notes(a, path)
    copy = tmp_path / "copy.xlsx"
    shutil.copy(path, copy)
    edit_sheet(copy, {private: {"Text": "Bewerkt op B"}})
    plan = plan_sheet(b, copy)
    assert not plan.updates and not plan.new
    with b.read() as s:
        assert s.scalar(select(Annotation).where(Annotation.uuid == private)) is None


@pytest.mark.both_backends
def test_a_row_whose_note_became_private_is_left_and_the_rest_imported(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """A sheet from another laptop is imported; the note its new row made is then made private
    here; the same sheet, with another new row, is imported again: the private note is left
    as it is (the row is unchanged and says so), the other row becomes a note, no error."""
    other = tmp_path / "other.xlsx"
    export_notes(empty_store, other, private=False)
    workbook = openpyxl.load_workbook(other)
    meta = workbook["bnldesk"]  # as another laptop's export: its database id, not this one's
    assert meta.cell(2, 1).value == "database"
    meta.cell(2, 2).value = "11111111-2222-3333-4444-555555555555"
    workbook.save(other)
    edit_sheet(other, {}, [{"Target": "SENN-CRISE", "Text": "Uit de sheet van Bram"}])
    _, report = apply_sheet(empty_store, other)
    (made,) = report.new_uuids
    with empty_store.transaction() as s:
        note = s.scalars(select(Annotation).where(Annotation.uuid == made)).one()
        note.visibility = Visibility.PRIVATE
        note.body = "Uit de sheet van Bram, met mijn eigen aanvulling"
    before = snapshot(empty_store)[made]
    edit_sheet(other, {}, [{"Target": "SENN-CRISE", "Text": "Nog een punt"}])
    plan, report = apply_sheet(empty_store, other)
    assert [r.action for r in plan.rows] == ["new"] and plan.already_imported == 1
    assert snapshot(empty_store)[made] == before
    with empty_store.read() as s:
        bodies = set(s.scalars(select(Annotation.body)))
    assert "Nog een punt" in bodies

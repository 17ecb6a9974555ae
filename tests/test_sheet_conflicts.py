"""A notes sheet never overwrites what changed since its export, whoever changed it.

Each row of an exported Notes sheet is compared with the note as it was *at export time* (the
row check the sheet carries). When the note changed since, by any means (another copy of the
same sheet imported first, an edit in bnldesk, a received bundle), an edit in the row is a
conflict shown side by side and nothing of the row is applied. The tests try every order.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from export_helpers import Sample, fill_sample
from sheet_support import (
    apply_sheet,
    edit_sheet,
    export_notes,
    note_value,
    nothing_to_do,
    plan_sheet,
    snapshot,
)
from sqlalchemy import select
from sync_support import open_laptops

from bnldesk.cli import main
from bnldesk.domain.models import Annotation, SheetRow, SyncConflict
from bnldesk.services import sync
from bnldesk.services.annotations import (
    NoteFields,
    add_annotation,
    apply_fields,
    delete_annotation,
    resolve_target,
)
from bnldesk.services.reports.sheet_undo import redo_import, undo_import
from bnldesk.store.engine import Store


@pytest.fixture
def sample(empty_store: Store) -> Sample:
    return fill_sample(empty_store)


def _copies(tmp_path: Path, store: Store, *names: str) -> list[Path]:
    """One export, copied once per delegate (as the trial did: base.xlsx, anna, jan)."""
    base = tmp_path / "base.xlsx"
    export_notes(store, base)
    copies = []
    for name in names:
        copy = tmp_path / f"{name}.xlsx"
        shutil.copy(base, copy)
        copies.append(copy)
    return copies


def _edit_in_app(store: Store, uuid: str, **values: object) -> None:
    with store.transaction() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == uuid))
        assert note is not None
        fields = NoteFields.of(note)
        for name, value in values.items():
            setattr(fields, name, value)
        apply_fields(s, note, fields)


# ------------------------------------------------------------------------------------------
# two copies of one export
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("first_name", ["anna", "jan"])
def test_two_copies_of_one_export_never_overwrite_each_other(
    empty_store: Store, sample: Sample, tmp_path: Path, first_name: str
) -> None:
    uuid = sample.note_uuids[0]
    anna, jan = _copies(tmp_path, empty_store, "anna", "jan")
    edit_sheet(anna, {uuid: {"Position": "Anna: akkoord"}})
    edit_sheet(jan, {uuid: {"Position": "Jan: voorbehoud"}})
    first, second = (anna, jan) if first_name == "anna" else (jan, anna)
    first_value = "Anna: akkoord" if first_name == "anna" else "Jan: voorbehoud"
    second_value = "Jan: voorbehoud" if first_name == "anna" else "Anna: akkoord"

    _, report = apply_sheet(empty_store, first)
    assert report.updated == 1
    assert note_value(empty_store, uuid, "position_text") == first_value

    plan = plan_sheet(empty_store, second)
    assert [r.uuid for r in plan.conflicts] == [uuid] and not plan.updates
    lines = "\n".join(plan.preview_lines())
    assert "1 conflict" in lines
    assert f"sheet:   “{second_value}”" in lines and f"bnldesk: “{first_value}”" in lines
    assert "changed since the export" in lines
    before = snapshot(empty_store)
    apply_sheet(empty_store, second)
    assert snapshot(empty_store) == before
    assert note_value(empty_store, uuid, "position_text") == first_value


def test_the_trial_steps_on_the_command_line(
    empty_store: Store, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """export-annotations, two copies edited, one imported with --yes, the other --dry-run."""
    db = str(empty_store.path)
    base = tmp_path / "base.xlsx"
    assert main(["--db", db, "export-annotations", "--out", str(base)]) == 0
    anna, jan = tmp_path / "anna.xlsx", tmp_path / "jan.xlsx"
    shutil.copy(base, anna)
    shutil.copy(base, jan)
    uuid = sample.note_uuids[0]
    edit_sheet(anna, {uuid: {"Position": "Anna"}})
    edit_sheet(jan, {uuid: {"Position": "Jan"}})
    assert main(["--db", db, "import-annotations", str(anna), "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "import-annotations", str(jan), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "0 notes to update" in out and "1 conflict" in out, out
    assert main(["--db", db, "import-annotations", str(jan), "--yes"]) == 0
    out = capsys.readouterr().out
    # Trial 10: the conflict kept out is said, not only what was applied.
    assert "nothing to apply: 1 row left out because of a conflict (shown above)" in out, out
    assert note_value(empty_store, uuid, "position_text") == "Anna"


def test_copies_editing_different_fields_still_conflict(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """Anna edits the position, Jan the priority: Jan's row was made against a note that no
    longer exists as he saw it, so it is a conflict, never a silent merge."""
    uuid = sample.note_uuids[0]
    anna, jan = _copies(tmp_path, empty_store, "anna", "jan")
    edit_sheet(anna, {uuid: {"Position": "Anna: akkoord"}})
    edit_sheet(jan, {uuid: {"Priority": "low"}})
    apply_sheet(empty_store, anna)
    plan = plan_sheet(empty_store, jan)
    assert [r.uuid for r in plan.conflicts] == [uuid] and not plan.updates
    conflict = plan.conflicts[0].conflicts[0]
    assert conflict.column == "priority" and "position" in conflict.reason
    apply_sheet(empty_store, jan)
    assert note_value(empty_store, uuid, "position_text") == "Anna: akkoord"
    assert int(note_value(empty_store, uuid, "priority")) == 3


def test_the_same_sheet_edited_again_after_its_import(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """The sheet that was imported still shows every change made since its export: a further
    edit of another field applies. Editing the same field again cannot be told from another
    copy's edit, so it is a conflict that says to export again."""
    uuid = sample.note_uuids[0]
    path = tmp_path / "mine.xlsx"
    export_notes(empty_store, path)
    edit_sheet(path, {uuid: {"Position": "Eerste versie"}})
    apply_sheet(empty_store, path)
    assert nothing_to_do(plan_sheet(empty_store, path))
    edit_sheet(path, {uuid: {"Status": "done"}})
    plan = plan_sheet(empty_store, path)
    assert [c.column for r in plan.updates for c in r.changes] == ["status"], plan.preview_lines()
    apply_sheet(empty_store, path)
    assert note_value(empty_store, uuid, "position_text") == "Eerste versie"
    edit_sheet(path, {uuid: {"Position": "Tweede versie"}})
    plan = plan_sheet(empty_store, path)
    assert [r.uuid for r in plan.conflicts] == [uuid]
    assert "export again" in "\n".join(plan.preview_lines())
    apply_sheet(empty_store, path)
    assert note_value(empty_store, uuid, "position_text") == "Eerste versie"


def test_new_rows_in_two_copies_both_become_notes(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """Anna and Jan each add a row at the same place of their copy: two notes, neither one
    written over the other."""
    anna, jan = _copies(tmp_path, empty_store, "anna", "jan")
    edit_sheet(anna, {}, [{"Target": "SENN-CRISE", "Text": "Anna's nieuwe punt"}])
    edit_sheet(jan, {}, [{"Target": "SENN-CRISE", "Text": "Jan's nieuwe punt"}])
    _, first = apply_sheet(empty_store, anna)
    plan = plan_sheet(empty_store, jan)
    assert len(plan.new) == 1 and not plan.updates, plan.preview_lines()
    _, second = apply_sheet(empty_store, jan)
    assert first.created == second.created == 1
    assert note_value(empty_store, first.new_uuids[0]) == "Anna's nieuwe punt"
    assert note_value(empty_store, second.new_uuids[0]) == "Jan's nieuwe punt"
    # Each copy imported again: nothing more.
    assert nothing_to_do(plan_sheet(empty_store, anna))
    assert nothing_to_do(plan_sheet(empty_store, jan))


# ------------------------------------------------------------------------------------------
# the app and the sheet
# ------------------------------------------------------------------------------------------


def test_an_app_edit_after_the_sheet_import_is_kept(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    uuid = sample.note_uuids[1]
    path = tmp_path / "sheet.xlsx"
    export_notes(empty_store, path)
    edit_sheet(path, {uuid: {"Text": "Uit het blad"}})
    apply_sheet(empty_store, path)
    _edit_in_app(empty_store, uuid, body="Daarna in bnldesk")
    # The same sheet again: its row still says what it said; the newer edit stays.
    assert nothing_to_do(plan_sheet(empty_store, path))
    edit_sheet(path, {uuid: {"Text": "Nog eens uit het blad"}})
    plan = plan_sheet(empty_store, path)
    assert [r.uuid for r in plan.conflicts] == [uuid]
    apply_sheet(empty_store, path)
    assert note_value(empty_store, uuid) == "Daarna in bnldesk"


def test_an_app_edit_of_another_field_before_the_import(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    uuid = sample.note_uuids[1]
    path = tmp_path / "sheet.xlsx"
    export_notes(empty_store, path)
    _edit_in_app(empty_store, uuid, tags=["nieuw-in-app"])
    edit_sheet(path, {uuid: {"Text": "Uit het blad"}})
    plan = plan_sheet(empty_store, path)
    assert [r.uuid for r in plan.conflicts] == [uuid] and not plan.updates
    assert "tags" in plan.conflicts[0].conflicts[0].reason


# ------------------------------------------------------------------------------------------
# received bundles and the sheet
# ------------------------------------------------------------------------------------------


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store, str]]:
    """Laptops A and B with one shared note both hold."""
    a, b = open_laptops(tmp_path, "ab")
    with a.transaction() as s:
        uuid = add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="Gedeelde nota", position_text="Basis", visibility="delegation"),
        ).uuid
    sync.share(a, tmp_path / "a0.bnlnotes")
    sync.receive(b, tmp_path / "a0.bnlnotes")
    yield a, b, uuid
    a.close()
    b.close()


def test_a_received_bundle_then_the_sheet(
    laptops: tuple[Store, Store, str], tmp_path: Path
) -> None:
    a, b, uuid = laptops
    sheet = tmp_path / "a.xlsx"
    export_notes(a, sheet)
    _edit_in_app(b, uuid, position_text="B's standpunt")
    sync.share(b, tmp_path / "b1.bnlnotes")
    sync.receive(a, tmp_path / "b1.bnlnotes")
    assert note_value(a, uuid, "position_text") == "B's standpunt"
    edit_sheet(sheet, {uuid: {"Position": "A's standpunt uit het blad"}})
    plan = plan_sheet(a, sheet)
    assert [r.uuid for r in plan.conflicts] == [uuid] and not plan.updates
    apply_sheet(a, sheet)
    assert note_value(a, uuid, "position_text") == "B's standpunt"


def test_the_sheet_then_a_received_bundle(
    laptops: tuple[Store, Store, str], tmp_path: Path
) -> None:
    """The sheet's edit is an edit like any other: a bundle with another edit of the same
    note made meanwhile is a sync conflict, both versions kept, never a silent loss."""
    a, b, uuid = laptops
    sheet = tmp_path / "a.xlsx"
    export_notes(a, sheet)
    edit_sheet(sheet, {uuid: {"Position": "A's standpunt uit het blad"}})
    apply_sheet(a, sheet)
    _edit_in_app(b, uuid, position_text="B's standpunt")
    sync.share(b, tmp_path / "b1.bnlnotes")
    sync.receive(a, tmp_path / "b1.bnlnotes")
    with a.read() as s:
        conflicts = list(s.scalars(select(SyncConflict).where(SyncConflict.record_uuid == uuid)))
        assert len(conflicts) == 1
        kept = {note_value(a, uuid, "position_text"), conflicts[0].loser_data}
    assert any("A's standpunt uit het blad" in str(v) for v in kept)
    assert any("B's standpunt" in str(v) for v in kept)


def test_a_sheet_whose_check_column_was_removed(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """Without the hidden row checks the export's time still tells a note changed since."""
    import openpyxl

    changed, untouched = sample.note_uuids[0], sample.note_uuids[1]
    path = tmp_path / "no-checks.xlsx"
    export_notes(empty_store, path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    header = [c.value for c in sheet[1]]
    check_column = next(i for i, h in enumerate(header, 1) if str(h).startswith("bnldesk-check"))
    sheet.delete_cols(check_column)
    workbook.save(path)
    _edit_in_app(empty_store, changed, body="Nieuwer in bnldesk")
    edit_sheet(path, {changed: {"Status": "done"}, untouched: {"Status": "done"}})
    plan = plan_sheet(empty_store, path)
    assert [r.uuid for r in plan.conflicts] == [changed]
    assert [r.uuid for r in plan.updates] == [untouched]


# ------------------------------------------------------------------------------------------
# Undo and redo of an applied import (services/reports/sheet_undo.py), without the window:
# undo puts every note back, redo applies the import again, and neither overwrites a note
# changed since (the window's Edit > Undo of an import: test_sheet_undo.py)
# ------------------------------------------------------------------------------------------


def _sheet_rows(store: Store) -> set[tuple[str, str, str]]:
    with store.read() as s:
        return {(r.sheet_key, r.row_key, r.note_uuid) for r in s.scalars(select(SheetRow))}


def test_undo_and_redo_of_an_import(empty_store: Store, tmp_path: Path) -> None:
    sample = fill_sample(empty_store)
    first, second, private, _ = sample.note_uuids
    path = tmp_path / "notes.xlsx"
    export_notes(empty_store, path)
    edit_sheet(
        path,
        {first: {"Text": "Uit het blad", "Tags": "nieuw"}, private: {"Status": "done"}},
        [{"Target": "SENN-CRISE", "Text": "Nieuwe nota uit het blad"}],
    )
    before, rows_before = snapshot(empty_store), _sheet_rows(empty_store)
    offered = plan_sheet(empty_store, path).preview_lines()
    _, report = apply_sheet(empty_store, path)
    assert (report.updated, report.created) == (2, 1)
    after = snapshot(empty_store)

    with empty_store.transaction() as s:
        outcome = undo_import(s, report)
    assert (outcome.notes, outcome.left) == (3, [])
    undone = snapshot(empty_store)
    for uuid in before:
        assert undone[uuid][:5] == before[uuid][:5]  # the same fields, a newer time
    assert note_value(empty_store, report.new_uuids[0], "deleted_at") is not None
    assert _sheet_rows(empty_store) == rows_before
    # After the undo the sheet offers the same changes again, creating nothing twice.
    assert plan_sheet(empty_store, path).preview_lines() == offered

    with empty_store.transaction() as s:
        outcome = redo_import(s, report)
    assert (outcome.notes, outcome.left) == (3, [])
    redone = snapshot(empty_store)
    for uuid in after:
        assert redone[uuid][:5] == after[uuid][:5]
    assert nothing_to_do(plan_sheet(empty_store, path))
    del second


def test_undo_leaves_a_note_changed_since(empty_store: Store, tmp_path: Path) -> None:
    """An edit made after the import (not on the undo stack: another window, a bundle) is
    never overwritten by undoing the import."""
    sample = fill_sample(empty_store)
    first, second = sample.note_uuids[:2]
    path = tmp_path / "notes.xlsx"
    export_notes(empty_store, path)
    edit_sheet(path, {first: {"Text": "Uit het blad"}, second: {"Text": "Ook uit het blad"}})
    _, report = apply_sheet(empty_store, path)
    with empty_store.transaction() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == second))
        assert note is not None
        fields = NoteFields.of(note)
        fields.body = "Later in een ander venster"
        apply_fields(s, note, fields)
    with empty_store.transaction() as s:
        outcome = undo_import(s, report)
    assert (outcome.notes, outcome.left) == (1, [second])
    assert note_value(empty_store, first).startswith("België steunt")
    assert note_value(empty_store, second) == "Later in een ander venster"


def test_a_conflict_names_every_field_that_changed_since_the_export(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    uuid = sample.note_uuids[0]
    path = tmp_path / "notes.xlsx"
    export_notes(empty_store, path)
    with empty_store.transaction() as s:  # meanwhile, in bnldesk: two other fields change
        note = s.scalars(select(Annotation).where(Annotation.uuid == uuid)).one()
        fields = NoteFields.of(note)
        fields.position_text = "Akkoord"
        fields.status = "done"
        apply_fields(s, note, fields)
    edit_sheet(path, {uuid: {"Text": "Uit het blad"}})
    (row,) = plan_sheet(empty_store, path).conflicts
    assert [(c.column, c.reason) for c in row.conflicts] == [
        (
            "text",
            "edited in the sheet, but the note's position, status changed since the export "
            "(in bnldesk, by a received bundle or by importing another copy of this sheet)",
        )
    ]


def test_a_row_of_a_note_deleted_since_the_export_is_skipped_and_says_why(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    uuid = sample.note_uuids[0]
    path = tmp_path / "notes.xlsx"
    export_notes(empty_store, path)
    with empty_store.transaction() as s:
        delete_annotation(s, s.scalars(select(Annotation).where(Annotation.uuid == uuid)).one())
    edit_sheet(path, {uuid: {"Text": "Toch nog bewerkt"}})
    skipped = [(row.uuid, row.message) for row in plan_sheet(empty_store, path).skipped]
    assert skipped == [(uuid, "the note was deleted in bnldesk since the export; left deleted")]

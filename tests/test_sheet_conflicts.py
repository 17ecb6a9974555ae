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
from bnldesk.domain.models import Annotation, SyncConflict
from bnldesk.services import sync
from bnldesk.services.annotations import NoteFields, add_annotation, apply_fields, resolve_target
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

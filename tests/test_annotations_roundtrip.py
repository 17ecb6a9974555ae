"""An exported notes sheet, edited as a delegate would in Excel, read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from export_helpers import Sample, fill_sample
from sqlalchemy import select

from bnldesk.cli import main
from bnldesk.domain.models import Annotation, NoteStatus, PositionState
from bnldesk.services.reports import ExportFilters, XlsxOptions, export_workbook
from bnldesk.services.reports.annotations_roundtrip import (
    RoundTripError,
    apply_import,
    plan_import,
)
from bnldesk.store.engine import Store

pytestmark = pytest.mark.both_backends


@pytest.fixture
def sample(empty_store: Store) -> Sample:
    return fill_sample(empty_store)


def _export(store: Store, path: Path, language: str = "en") -> None:
    export_workbook(
        store,
        path,
        ExportFilters(include_private=True),
        XlsxOptions(kinds=["annotations"], language=language),
    )


def _snapshot(store: Store) -> dict[str, tuple[object, ...]]:
    with store.read() as s:
        return {
            a.uuid: (a.body, a.status, a.position_text, tuple(t.name for t in a.tags), a.updated_at)
            for a in s.scalars(select(Annotation))
        }


def _edit(
    path: Path, edits: dict[str, dict[str, object]], new_rows: list[dict[str, object]]
) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in header}
    id_col = header.index(next(h for h in header if h == "id")) + 1
    for r in range(2, ws.max_row + 1):
        uuid = ws.cell(row=r, column=id_col).value
        for name, value in edits.get(str(uuid), {}).items():
            ws.cell(row=r, column=col[name]).value = value
    for new in new_rows:
        ws.append([new.get(h) for h in header])
    wb.save(path)


def test_round_trip_updates_and_adds_and_touches_nothing_else(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    path = tmp_path / "notes.xlsx"
    _export(empty_store, path)
    before = _snapshot(empty_store)
    first, second, private, hostile = sample.note_uuids
    _edit(
        path,
        {
            first: {
                "Text": "Nieuwe tekst na overleg",
                "Status": "done",
                "Tags": "budget, crisis, akkoord",
            },
            second: {"Position": "Steun", "Position state": "agreed"},
        },
        [
            {
                "Target": "SENN-CRISE",
                "Text": "Nieuw punt uit Excel",
                "Tags": "excel",
                "Priority": "high",
            }
        ],
    )
    with empty_store.read() as s:
        plan = plan_import(s, path)
    lines = "\n".join(plan.preview_lines())
    assert len(plan.updates) == 2 and len(plan.new) == 1 and plan.unchanged == 2
    assert "'België steunt" in lines and "'Nieuwe tekst na overleg'" in lines
    assert "status: 'in_progress' -> 'done'" in lines
    assert "tags: 'budget, crisis' -> 'akkoord, budget, crisis'" in lines
    assert "position_state: 'none' -> 'agreed'" in lines
    assert "new note on Strategische werkgroep Crisisbeheersing (SENN-CRISE)" in lines
    assert _snapshot(empty_store) == before  # planning writes nothing

    with empty_store.transaction() as s:
        report = apply_import(s, plan_import(s, path), author="K. Janssens")
    assert (report.updated, report.created) == (2, 1)
    after = _snapshot(empty_store)
    assert after[first][:4] == (
        "Nieuwe tekst na overleg",
        NoteStatus.DONE,
        "Akkoord onder voorbehoud van budget.",
        ("akkoord", "budget", "crisis"),
    )
    assert after[second][2] == "Steun"
    for untouched in (private, hostile):
        assert after[untouched] == before[untouched]
    with empty_store.read() as s:
        new = s.scalar(select(Annotation).where(Annotation.uuid == report.new_uuids[0]))
        assert new is not None
        # On a server the author is the connected role, set by the server (migration 0010).
        author = "bnldesk_admin" if empty_store.is_server else "K. Janssens"
        assert (new.body, new.target_key, int(new.priority), new.author) == (
            "Nieuw punt uit Excel",
            "wg:SENN-CRISE",
            3,
            author,
        )
        assert (
            s.scalar(select(Annotation).where(Annotation.uuid == second)).position_state
            == PositionState.AGREED
        )  # type: ignore[union-attr]
    # Importing the same file again changes nothing more except adding the id-less row again.
    with empty_store.read() as s:
        again = plan_import(s, path)
    assert not again.updates


def test_labels_in_another_language_read_back(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    path = tmp_path / "nl.xlsx"
    _export(empty_store, path, language="fr")
    first = sample.note_uuids[0]
    _edit(path, {first: {"Statut": "terminé"}}, [])
    with empty_store.read() as s:
        plan = plan_import(s, path)
    assert [c.new for r in plan.updates for c in r.changes] == ["done"]


def test_bad_rows_are_skipped_with_a_reason(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    path = tmp_path / "bad.xlsx"
    _export(empty_store, path)
    first = sample.note_uuids[0]
    _edit(
        path,
        {first: {"Status": "maybe"}},
        [
            {"id": "00000000-0000-0000-0000-000000000000", "Text": "ghost"},
            {"Target": "NO-SUCH-GROUP", "Text": "lost"},
            {"Text": "no target"},
        ],
    )
    with empty_store.read() as s:
        plan = plan_import(s, path)
    reasons = [r.message for r in plan.skipped]
    assert len(reasons) == 4
    assert any("'maybe' is not a known status" in m for m in reasons)
    assert any("no note with id" in m for m in reasons)
    assert any("NO-SUCH-GROUP" in m for m in reasons)


def test_files_that_are_not_notes_sheets(empty_store: Store, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    with empty_store.read() as s, pytest.raises(RoundTripError, match="not an Excel workbook"):
        plan_import(s, junk)
    other = tmp_path / "other.xlsx"
    export_workbook(empty_store, other, ExportFilters(), XlsxOptions(kinds=["contacts"]))
    with empty_store.read() as s, pytest.raises(RoundTripError, match="id and a text column"):
        plan_import(s, other)


def test_cli_dry_run_then_apply(
    empty_store: Store, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cli.xlsx"
    _export(empty_store, path)
    _edit(path, {sample.note_uuids[1]: {"Text": "gewijzigd"}}, [])
    db = empty_store.where
    before = _snapshot(empty_store)
    assert main(["--db", db, "import-annotations", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 note(s) to update" in out and "'gewijzigd'" in out and "dry run" in out
    assert _snapshot(empty_store) == before
    assert main(["--db", db, "import-annotations", str(path)]) == 0
    assert "1 note(s) updated" in capsys.readouterr().out
    assert _snapshot(empty_store)[sample.note_uuids[1]][0] == "gewijzigd"
    assert main(["--db", db, "import-annotations", str(tmp_path / "none.xlsx")]) == 1
    assert "does not exist" in capsys.readouterr().err

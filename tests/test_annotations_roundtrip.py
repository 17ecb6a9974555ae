"""An exported notes sheet, edited as a delegate would in Excel or LibreOffice, read back.

Real files all the way: the sheet is written by the export, edited with openpyxl (or saved by
LibreOffice headless), and read back into a real SQLite database.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from export_helpers import (
    HOSTILE_TAGS,
    HOSTILE_TEXTS,
    Sample,
    fill_sample,
    libreoffice,
    libreoffice_convert,
)
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sheet_support import (
    apply_sheet,
    edit_sheet,
    export_notes,
    note_value,
    nothing_to_do,
    plan_sheet,
    snapshot,
)
from sqlalchemy import func, select

from bnldesk.cli import main
from bnldesk.domain.models import Annotation, NoteStatus, PositionState, SheetRow
from bnldesk.services.annotations import NoteFields, add_annotation, apply_fields, resolve_target
from bnldesk.services.reports import ExportFilters, XlsxOptions, export_workbook
from bnldesk.services.reports.annotations_roundtrip import (
    RoundTripError,
    apply_import,
    plan_import,
)
from bnldesk.store.engine import Store, open_store

pytestmark = pytest.mark.both_backends


@pytest.fixture
def sample(empty_store: Store) -> Sample:
    return fill_sample(empty_store)


# ------------------------------------------------------------------------------------------


def test_round_trip_updates_and_adds_and_touches_nothing_else(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    path = tmp_path / "notes.xlsx"
    export_notes(empty_store, path)
    before = snapshot(empty_store)
    first, second, private, hostile = sample.note_uuids
    edit_sheet(
        path,
        {
            first: {
                "Text": "Nieuwe tekst na overleg",
                "Status": "done",
                "Tags": "budget, crisis, akkoord",
            },
            second: {"Position": "Steun", "Position state": "agreed"},
            private: {"Text": "Gewijzigd in een blad", "Visibility": "shareable"},
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
    plan = plan_sheet(empty_store, path)
    lines = "\n".join(plan.preview_lines())
    assert len(plan.updates) == 3 and len(plan.new) == 1 and plan.unchanged == 1
    assert plan.summary() == (
        "notes.xlsx: 3 notes to update, 1 new, 1 unchanged, 0 conflicts, 0 rows skipped"
    )
    assert "“België steunt" in lines and "“Nieuwe tekst na overleg”" in lines
    assert "Status: “in progress” -> “done”" in lines
    assert "Tags: “budget, crisis” -> “akkoord, budget, crisis”" in lines
    assert "Position state: “no position yet” -> “agreed”" in lines
    assert "update the note on" in lines and "'" not in lines.replace("d'", "")  # no raw quotes
    assert "new note on Strategische werkgroep Crisisbeheersing (SENN-CRISE)" in lines
    # The private note's row, in this laptop's own sheet, changes it like any other
    # (tests/test_sheet_privacy.py: a sheet from elsewhere never does).
    assert not plan.skipped
    assert snapshot(empty_store) == before  # planning writes nothing

    _, report = apply_sheet(empty_store, path, author="K. Janssens")
    assert (report.updated, report.created) == (3, 1)
    after = snapshot(empty_store)
    assert after[first][:4] == (
        "Nieuwe tekst na overleg",
        NoteStatus.DONE,
        "Akkoord onder voorbehoud van budget.",
        ("akkoord", "budget", "crisis"),
    )
    assert after[second][2] == "Steun"
    assert after[private][0] == "Gewijzigd in een blad" and after[private][4].value == "shareable"
    assert after[hostile] == before[hostile]
    with empty_store.read() as s:
        new = s.scalar(select(Annotation).where(Annotation.uuid == report.new_uuids[0]))
        assert new is not None
        # On a server the author is the connected role, set by the server (migration 0009).
        author = "bnldesk_admin" if empty_store.is_server else "K. Janssens"
        assert (new.body, new.target_key, int(new.priority), new.author) == (
            "Nieuw punt uit Excel",
            "wg:SENN-CRISE",
            3,
            author,
        )
        state = s.scalar(select(Annotation.position_state).where(Annotation.uuid == second))
        assert state == PositionState.AGREED


def test_importing_the_same_sheet_twice_creates_nothing_twice(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    path = tmp_path / "twice.xlsx"
    export_notes(empty_store, path)
    first = sample.note_uuids[0]
    edit_sheet(
        path,
        {first: {"Text": "Bewerkt in Excel"}},
        [
            {"Target": "SENN-CRISE", "Text": "Nieuw A"},
            {"Target": "5.2", "Plan year": 2013, "Text": "Nieuw B"},
            {"Target": "SENN-CRISE", "Text": "Nieuw A"},  # the same text twice: two notes
        ],
    )
    _, report = apply_sheet(empty_store, path)
    assert (report.updated, report.created) == (1, 3)
    count = len(snapshot(empty_store))
    again = plan_sheet(empty_store, path)
    assert nothing_to_do(again), again.preview_lines()
    assert again.already_imported == 4  # the three new rows and the edited one
    _, report2 = apply_sheet(empty_store, path)
    assert (report2.updated, report2.created) == (0, 0)
    assert len(snapshot(empty_store)) == count
    # A row an earlier import made a note of, edited since: as well another copy's different
    # row at that place, so it becomes a new note and the earlier one is left as it is; the
    # preview says which note that is.
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    text_col = header.index("Text") + 1
    row = next(
        r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=text_col).value == "Nieuw B"
    )
    ws.cell(row=row, column=text_col).value = "Nieuw B, aangevuld"
    wb.save(path)
    third = plan_sheet(empty_store, path)
    assert len(third.new) == 1 and not third.updates, third.preview_lines()
    assert "an earlier import made note" in "\n".join(third.preview_lines())
    assert "'Nieuw B'; that note is left as it is" in "\n".join(third.preview_lines())
    apply_sheet(empty_store, path)
    with empty_store.read() as s:
        bodies = list(s.scalars(select(Annotation.body)))
        assert bodies.count("Nieuw B, aangevuld") == 1 and bodies.count("Nieuw B") == 1
        assert s.scalar(select(func.count()).select_from(SheetRow)) == 5
    assert nothing_to_do(plan_sheet(empty_store, path))


def test_a_stale_sheet_never_reverts_newer_edits(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    path = tmp_path / "stale.xlsx"
    export_notes(empty_store, path)
    first, second = sample.note_uuids[:2]
    # After the export, both notes are edited in the app.
    with empty_store.transaction() as s:
        for uuid, body in ((first, "Nieuwer in bnldesk"), (second, "Ook nieuwer")):
            note = s.scalar(select(Annotation).where(Annotation.uuid == uuid))
            assert note is not None
            fields = NoteFields.of(note)
            fields.body = body
            apply_fields(s, note, fields)
    # The untouched sheet still holds the old texts: importing it changes nothing.
    plan = plan_sheet(empty_store, path)
    assert nothing_to_do(plan), plan.preview_lines()
    # Edits in the sheet on a note changed since: a conflict, side by side, nothing applied.
    edit_sheet(path, {first: {"Text": "Oud plus Excel"}, second: {"Status": "done"}})
    plan = plan_sheet(empty_store, path)
    assert {r.uuid for r in plan.conflicts} == {first, second} and not plan.updates
    lines = "\n".join(plan.preview_lines())
    assert "CONFLICT" in lines and "changed since the export (in bnldesk" in lines
    assert "sheet:   “Oud plus Excel”" in lines and "bnldesk: “Nieuwer in bnldesk”" in lines
    apply_sheet(empty_store, path)
    assert note_value(empty_store, first) == "Nieuwer in bnldesk"


def test_a_long_note_is_never_cut(empty_store: Store, sample: Sample, tmp_path: Path) -> None:
    long_text = ("Verslag van de vergadering. " * 1600) + "SLOTZIN"
    assert len(long_text) > 40_000
    with empty_store.transaction() as s:
        note = add_annotation(
            s, resolve_target(s, "SENN-CRISE"), NoteFields(body=long_text, visibility="delegation")
        )
        uuid = note.uuid
    path = tmp_path / "long.xlsx"
    export_notes(empty_store, path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    shown = [c.value for c in ws["F"] if c.value and len(str(c.value)) > 30_000]
    assert len(shown) == 1 and len(shown[0]) <= 32_767 and "characters cut" in shown[0]
    assert nothing_to_do(plan_sheet(empty_store, path))
    # Another cell of the row edited: applied, and the text stays whole.
    edit_sheet(path, {uuid: {"Priority": "high"}})
    plan = plan_sheet(empty_store, path)
    assert [c.column for r in plan.updates for c in r.changes] == ["priority"]
    apply_sheet(empty_store, path)
    assert note_value(empty_store, uuid) == long_text
    # The cut cell itself edited: a conflict that says the text was cut; nothing lost.
    edit_sheet(path, {uuid: {"Text": "Herzien: " + shown[0]}})
    plan = plan_sheet(empty_store, path)
    assert [r.uuid for r in plan.conflicts] == [uuid]
    assert "cut to fit Excel" in "\n".join(plan.preview_lines())
    apply_sheet(empty_store, path)
    assert note_value(empty_store, uuid) == long_text


def test_a_cut_cell_edited_in_a_row_that_lost_its_check_is_a_conflict(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """Rows pasted into a sheet lose their hidden check cell; the cut text is then known only
    from its length. An edit of a cut cell must still be a conflict, never the note's whole
    text replaced by the cut one (a mutant that said "not cut" went unnoticed)."""
    long_text = ("Verslag van de vergadering. " * 1600) + "SLOTZIN"
    with empty_store.transaction() as s:
        note = add_annotation(
            s, resolve_target(s, "SENN-CRISE"), NoteFields(body=long_text, visibility="delegation")
        )
        uuid = note.uuid
    path = tmp_path / "long.xlsx"
    export_notes(empty_store, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = [str(c.value or "") for c in ws[1]]
    check_column = next(i for i, h in enumerate(header) if h.startswith("bnldesk-check:")) + 1
    text_column = header.index("Text") + 1
    row = next(
        r for r in range(2, ws.max_row + 1) if ws.cell(r, header.index("id") + 1).value == uuid
    )
    cut = str(ws.cell(row=row, column=text_column).value)
    assert "characters cut" in cut
    ws.cell(row=row, column=check_column).value = None  # the check cell lost in a paste
    ws.cell(row=row, column=text_column).value = "Herzien: " + cut
    wb.save(path)
    plan = plan_sheet(empty_store, path)
    assert [r.uuid for r in plan.conflicts] == [uuid]
    apply_sheet(empty_store, path)
    assert note_value(empty_store, uuid) == long_text


def test_deleted_and_copied_rows(empty_store: Store, sample: Sample, tmp_path: Path) -> None:
    path = tmp_path / "rows.xlsx"
    export_notes(empty_store, path)
    first, _, _, hostile = sample.note_uuids
    edit_sheet(path, {}, delete=[hostile], copy=[first])
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    ws.cell(row=ws.max_row, column=header.index("Text") + 1).value = "Een kopie, aangepast"
    wb.save(path)
    plan = plan_sheet(empty_store, path)
    assert [m.uuid for m in plan.missing] == [hostile]
    assert "1 note not in the sheet: left unchanged" in "\n".join(plan.preview_lines())
    assert len(plan.new) == 1 and plan.new[0].target.endswith("(SENN-CRISE)")
    assert not plan.updates
    _, report = apply_sheet(empty_store, path)
    assert report.created == 1
    with empty_store.read() as s:
        copy = s.scalar(select(Annotation).where(Annotation.uuid == report.new_uuids[0]))
        assert copy is not None and copy.body == "Een kopie, aangepast"
        assert copy.target_key == "wg:SENN-CRISE" and copy.status == NoteStatus.IN_PROGRESS
        original = s.scalar(select(Annotation).where(Annotation.uuid == first))
        assert original is not None and original.body.startswith("België steunt")
        assert s.scalar(select(Annotation.deleted_at).where(Annotation.uuid == hostile)) is None
    again = plan_sheet(empty_store, path)
    assert not again.new and not again.updates


def test_targets_as_the_sheet_shows_them(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    path = tmp_path / "targets.xlsx"
    export_notes(empty_store, path)
    edit_sheet(
        path,
        {},
        [
            {"Target": "Strategische werkgroep Crisisbeheersing (SENN-CRISE)", "Text": "a"},
            {"Target": "5.2 Rampenbestrijding en crisisbeheersing", "Plan year": 2013, "Text": "b"},
            {"Target": "Digitale vrachtbrief (e-CMR)", "Text": "c"},
            {"Target": "Werkgroep Wegvervoer (WG-TRANS)", "Text": "d"},
            {"Target": "Niets dat bestaat", "Text": "e"},
        ],
    )
    plan = plan_sheet(empty_store, path)
    assert [r.target for r in plan.new] == [
        "Strategische werkgroep Crisisbeheersing (SENN-CRISE)",
        "5.2 Rampenbestrijding en crisisbeheersing",
        "Digitale vrachtbrief (e-CMR)",
        "Werkgroep Wegvervoer (WG-TRANS)",
    ]
    assert len(plan.skipped) == 1 and "Niets dat bestaat" in plan.skipped[0].message


def test_a_bad_value_keeps_the_rest_of_the_row(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    path = tmp_path / "bad.xlsx"
    export_notes(empty_store, path)
    first = sample.note_uuids[0]
    edit_sheet(
        path,
        {first: {"Status": "maybe", "Text": "Tekst blijft gelden"}},
        [
            {"id": "00000000-0000-0000-0000-000000000000", "Text": "ghost"},
            {"Target": "NO-SUCH-GROUP", "Text": "lost"},
            {"Text": "no target"},
        ],
    )
    plan = plan_sheet(empty_store, path)
    assert [c.column for r in plan.updates for c in r.changes] == ["text"]
    lines = "\n".join(plan.preview_lines())
    assert "'maybe' is not a known status" in lines and "status left unchanged" in lines
    reasons = [r.message for r in plan.skipped]
    assert any("no note with id" in m for m in reasons)
    assert any("NO-SUCH-GROUP" in m for m in reasons)
    assert any("needs a Target" in m for m in reasons)
    apply_sheet(empty_store, path)
    assert note_value(empty_store, first) == "Tekst blijft gelden"


def test_tags_dates_and_control_characters_come_back_exactly(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    with empty_store.transaction() as s:
        note = add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="met\x0bverticale tab", tags=HOSTILE_TAGS, visibility="delegation"),
        )
        uuid = note.uuid
        stored_tags = sorted(t.name for t in note.tags)
    path = tmp_path / "tags.xlsx"
    export_notes(empty_store, path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == uuid)
    assert row[header.index("Text")] == "met verticale tab"  # shown with a space, not run together
    assert '"EU, NL"' in row[header.index("Tags")]
    assert nothing_to_do(plan_sheet(empty_store, path))
    # Adding a tag in the cell keeps every other one exactly.
    edit_sheet(path, {uuid: {"Tags": row[header.index("Tags")] + ", nieuw"}})
    apply_sheet(empty_store, path)
    with empty_store.read() as s:
        note2 = s.scalar(select(Annotation).where(Annotation.uuid == uuid))
        assert note2 is not None
        assert sorted(t.name for t in note2.tags) == sorted([*stored_tags, "nieuw"])
        assert note2.body == "met\x0bverticale tab"  # the untouched text keeps its character
    # A date a spreadsheet made of typed text comes back as that date, without a time.
    edit_sheet(path, {uuid: {"Consult": dt.datetime(2031, 3, 1)}})
    plan = plan_sheet(empty_store, path)
    assert [c.new for r in plan.updates for c in r.changes] == ["2031-03-01"]


def test_a_date_and_time_a_spreadsheet_made_of_typed_text_comes_back_to_the_minute(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """A delegate types "2031-05-20 14:30" in a Consult cell; Excel and LibreOffice keep it as a
    date with its time of day, and the note receives that date and time, as typed."""
    uuid = sample.note_uuids[0]
    body = note_value(empty_store, uuid)
    path = tmp_path / "met-tijd.xlsx"
    export_notes(empty_store, path)
    edit_sheet(path, {uuid: {"Consult": dt.datetime(2031, 5, 20, 14, 30)}})
    ws = openpyxl.load_workbook(path).worksheets[0]
    consult = [c.value for c in ws[1]].index("Consult")
    stored = next(r[consult] for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == uuid)
    assert stored == dt.datetime(2031, 5, 20, 14, 30)  # a date in the file, not text

    plan, _ = apply_sheet(empty_store, path)
    assert [c.new for r in plan.updates for c in r.changes] == ["2031-05-20 14:30"]
    assert note_value(empty_store, uuid, "consult") == "2031-05-20 14:30"
    assert note_value(empty_store, uuid) == body


def test_labels_in_another_language_read_back(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    path = tmp_path / "fr.xlsx"
    export_notes(empty_store, path, language="fr")
    first = sample.note_uuids[0]
    edit_sheet(path, {first: {"Statut": "terminé"}})
    plan = plan_sheet(empty_store, path)
    assert [c.new for r in plan.updates for c in r.changes] == ["done"]


def test_files_that_are_not_notes_sheets(empty_store: Store, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    with empty_store.read() as s, pytest.raises(RoundTripError, match="not an Excel workbook"):
        plan_import(s, junk)
    other = tmp_path / "other.xlsx"
    export_workbook(empty_store, other, ExportFilters(), XlsxOptions(kinds=["contacts"]))
    with empty_store.read() as s, pytest.raises(RoundTripError, match="id and a text column"):
        plan_import(s, other)


def test_cli_previews_then_asks_or_needs_yes(
    empty_store: Store, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cli.xlsx"
    export_notes(empty_store, path)
    edit_sheet(path, {sample.note_uuids[1]: {"Text": "gewijzigd"}})
    db = empty_store.where
    before = snapshot(empty_store)
    assert main(["--db", db, "import-annotations", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 note to update" in out and "“gewijzigd”" in out and "dry run" in out
    assert snapshot(empty_store) == before
    # No terminal to ask on (as here): the preview, and nothing applied without --yes.
    assert main(["--db", db, "import-annotations", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 note to update" in out and "--yes" in out
    assert snapshot(empty_store) == before
    assert main(["--db", db, "import-annotations", str(path), "--yes"]) == 0
    assert "1 note updated" in capsys.readouterr().out
    assert snapshot(empty_store)[sample.note_uuids[1]][0] == "gewijzigd"
    assert main(["--db", db, "import-annotations", str(tmp_path / "none.xlsx")]) == 1
    assert "does not exist" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------
# An untouched export imports as 0 changes, over hostile text (property test)
# ------------------------------------------------------------------------------------------

hostile_text = st.one_of(
    st.sampled_from(HOSTILE_TEXTS),
    st.text(min_size=0, max_size=80),
    st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE_TEXTS), st.text(max_size=20)),
)
hostile_note = st.fixed_dictionaries(
    {
        "body": hostile_text,
        "position": st.one_of(st.just(""), hostile_text),
        "consult": st.one_of(st.just(""), hostile_text),
        "tags": st.lists(
            st.one_of(st.sampled_from(HOSTILE_TAGS), st.text(max_size=15)), max_size=4
        ),
        "state": st.sampled_from(["none", "agreed", "reservation", "to_coordinate"]),
        "status": st.sampled_from(["open", "in_progress", "done"]),
        "priority": st.integers(0, 3),
        "visibility": st.sampled_from(["delegation", "shareable"]),
    }
)
CORPUS_EXAMPLE = [
    {
        "body": text,
        "position": HOSTILE_TEXTS[-1 - i % len(HOSTILE_TEXTS)],
        "consult": HOSTILE_TEXTS[(i * 7) % len(HOSTILE_TEXTS)],
        "tags": HOSTILE_TAGS[i % len(HOSTILE_TAGS) :][:3],
        "state": "reservation",
        "status": "in_progress",
        "priority": i % 4,
        "visibility": "delegation",
    }
    for i, text in enumerate([*HOSTILE_TEXTS, "x" * 40_000 + " slot"])
]


def _untouched_round_trip(
    notes: list[dict[str, Any]], folder: Path, language: str, through_libreoffice: bool
) -> None:
    store = open_store(folder / "db.sqlite", demo=False)
    try:
        fill_sample(store)
        with store.transaction() as s:
            target = resolve_target(s, "SENN-CRISE")
            for n in notes:
                add_annotation(
                    s,
                    target,
                    NoteFields(
                        body=n["body"],
                        tags=n["tags"],
                        priority=n["priority"],
                        status=n["status"],
                        position_text=n["position"],
                        position_state=n["state"],
                        consult=n["consult"],
                        visibility=n["visibility"],
                    ),
                )
        path = folder / "export.xlsx"
        export_notes(store, path, language=language, private=False)
        if through_libreoffice:
            path = libreoffice_convert(path, folder / "lo")
        before = snapshot(store)
        plan = plan_sheet(store, path)
        assert nothing_to_do(plan), plan.preview_lines()[:12]
        assert plan.unchanged == len(notes) + 3
        with store.transaction() as s:
            apply_import(s, plan_import(s, path))
        assert snapshot(store) == before
    finally:
        store.close()


@pytest.mark.slow
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    notes=st.lists(hostile_note, min_size=1, max_size=25),
    language=st.sampled_from(["en", "nl", "fr"]),
)
@example(notes=CORPUS_EXAMPLE, language="nl")
def test_untouched_export_is_zero_changes(
    notes: list[dict[str, Any]], language: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    _untouched_round_trip(notes, tmp_path_factory.mktemp("rt"), language, False)


@pytest.mark.slow
@pytest.mark.skipif(
    libreoffice() is None, reason="LibreOffice is not installed (dev.py installs it)"
)
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    notes=st.lists(hostile_note, min_size=5, max_size=30), language=st.sampled_from(["en", "fr"])
)
@example(notes=CORPUS_EXAMPLE, language="en")
def test_untouched_export_saved_by_libreoffice_is_zero_changes(
    notes: list[dict[str, Any]], language: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    _untouched_round_trip(notes, tmp_path_factory.mktemp("lo"), language, True)


def test_new_rows_are_planned_with_their_number_fields_and_delegation(
    empty_store: Store, tmp_path: Path
) -> None:
    """Rows typed below the exported ones (rows 2-5): one on an unknown target, one with a
    position only, one from another delegation, one with nothing to say."""
    fill_sample(empty_store)
    path = tmp_path / "notes.xlsx"
    export_notes(empty_store, path)
    edit_sheet(
        path,
        {},
        [
            {"Target": "NOPE-123", "Text": "Onbekend"},
            {"Target": "SENN-CRISE", "Position": "Steunen"},
            {"Target": "SENN-CRISE", "Text": "Van BE", "Delegation": "BE", "Author": "An"},
            {"Target": "SENN-CRISE"},
        ],
    )
    planned = [
        (row.row, row.action, row.message, row.delegation, row.author)
        for row in plan_sheet(empty_store, path).rows
        if row.action in ("new", "skip")
    ]
    unknown = (
        "'NOPE-123' is neither a workgroup code, a section number nor an object id (e.g. item:12)"
    )
    assert planned == [
        (6, "skip", unknown, "", ""),
        (7, "new", "", "", ""),
        (8, "new", "", "BE", "An"),
        (9, "skip", "a new row needs a text", "", ""),
    ]
    lines = plan_sheet(empty_store, path).preview_lines()
    assert lines[
        lines.index("  row 7: new note on Strategische werkgroep Crisisbeheersing (SENN-CRISE)") :
    ] == [
        "  row 7: new note on Strategische werkgroep Crisisbeheersing (SENN-CRISE)",
        "      Position: “Steunen”",
        "      Visibility: “delegation”",
        "  row 8: new note on Strategische werkgroep Crisisbeheersing (SENN-CRISE)",
        "      Text: “Van BE”",
        "      Visibility: “delegation”",
        "  row 9: skipped: a new row needs a text",
    ]
    new_changes = [
        [(change.column, change.old, change.new) for change in row.changes]
        for row in plan_sheet(empty_store, path).rows
        if row.action == "new"
    ]
    assert new_changes == [
        [("position", "", "Steunen"), ("visibility", "", "delegation")],
        [("text", "", "Van BE"), ("visibility", "", "delegation")],
    ]

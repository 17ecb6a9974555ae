"""An Excel export of a search holds the rows the list shows for the same search (trial 10:
``export-workgroups --search "code:SENN-CRISE"`` wrote 0 workgroups while ``list workgroups``
listed 1; the window's Ctrl+Shift+E of a ``code:`` search wrote an empty sheet). Every field
filter, exclusions, OR and phrases, on the command line (workbooks reopened with openpyxl) and
on both backends through the store (the export's rows beside the list's)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from ui_support import WAIT_MS

from bnldesk.cli import main
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports.rows import ExportFilters, annotation_rows, workgroup_rows
from bnldesk.store import queries
from bnldesk.store.engine import Store, open_store

POLICE_COOPERATION = [
    "SENN/POL-STRAT",
    "SENN/POL/STRAT-CPB",
    "SENN/POL/STRAT-FORM",
    "SENN/POL/STRAT-INFO",
    "SENN/POL/STRAT-LO",
    "SENN/POL/STRAT-PRODUCTAFPERSING",
]

# What a delegate types -> the workgroups (codes, or names without one) the list shows.
WORKGROUP_SEARCHES: dict[str, list[str]] = {
    "code:SENN-CRISE": ["SENN-CRISE"],
    "code:SENN/POL-STRAT*": POLICE_COOPERATION,
    "code:SENN/POL-LAND": ["SENN/POL-LAND"],
    "jaar:2022": ["SENN-MELDKAMER"],
    "year:2022 code:SENN*": ["SENN-MELDKAMER"],
    "tag:grens": ["SENN/POL-LAND"],
    # -tag: leaves out notes, as in the search; a workgroup is kept whatever its notes' tags.
    "code:SENN/POL* -tag:grens": ["SENN/POL-LAND", *POLICE_COOPERATION],
    "code:SENN/POL* NOT tag:grens": ["SENN/POL-LAND", *POLICE_COOPERATION],
    "kind:note": [],
    "soort:werkgroep crisis": ["SENN-CRISE", "Veterinaire vraagstukken Crisisoefening"],
    "title:drielandenpark": ["NAT/3LP-PG", "NAT/3LP-STG"],
    "drielandenpark OR trekvissen": ["NAT/3LP-PG", "NAT/3LP-STG", "NAT/MIG"],
    '"verkeer en vervoer"': ["VE-TER-Vv", "VE-TER-Wb"],
    "crisisbeheersing -risico": ["SENN-CRISE"],
    "code:SENN* -politie": [
        "SENN-CRISE",
        "SENN-CRISE/COM",
        "SENN-CRISE/RISK",
        "SENN-JUST",
        "SENN-MELDKAMER",
    ],
    "landenoverleg": ["SENN/POL-LAND"],
}

LAND = "Landenoverleg: voorzitterschap NL vanaf januari"
CRISIS = "Crisisoefening Maastricht, politie en brandweer samen"
FLOOD = "Hoogwater-oefening besproken"

# What a delegate types -> the notes the list shows (their text).
NOTE_SEARCHES: dict[str, set[str]] = {
    "tag:grens": {LAND},
    # A note is found by the name of what it is on too: LAND is on "…landenoverleg Politie".
    "soort:nota -politie": {FLOOD},
    "soort:nota NOT tag:grens": {CRISIS, FLOOD},
    "code:SENN-CRISE": set(),  # a code: filter keeps workgroups, never notes
    "oefening": {FLOOD},  # "Crisisoefening" is one word, not begun by "oefening"
    "crisisoefening OR oefening": {CRISIS, FLOOD},
    "crisisoefening OR oefening -brandweer": {FLOOD},
    "landenoverleg OR hoogwater": {LAND, FLOOD},
    '"politie en brandweer"': {CRISIS},
    "jaar:2022 oefening": set(),
}


def _add_notes(store: Store) -> None:
    with store.transaction() as session:
        for target, body, tags in (
            ("SENN/POL-LAND", LAND, ["grens"]),
            ("SENN-CRISE", CRISIS, ["crisis"]),
            ("SENN-CRISE/RISK", FLOOD, []),
        ):
            fields = NoteFields(body=body, tags=tags, visibility="delegation")
            add_annotation(session, resolve_target(session, target), fields)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "demo.db"
    store = open_store(path)
    try:
        _add_notes(store)
    finally:
        store.close()
    return str(path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _sheet_column(path: Path, sheet: int, heading_index: int = 0) -> list[str]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(workbook.worksheets[sheet].iter_rows(min_row=2, values_only=True))
    finally:
        workbook.close()
    return [str(row[heading_index]) for row in rows if row[heading_index] is not None]


@pytest.mark.parametrize("typed", list(WORKGROUP_SEARCHES))
def test_the_workgroups_exported_for_a_search_are_the_ones_listed(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    listed = json.loads(_run(capsys, "--db", db, "list", "workgroups", "--search", typed, "--json"))
    assert [row["code"] or row["name"] for row in listed] == WORKGROUP_SEARCHES[typed]
    out = tmp_path / "workgroups.xlsx"
    _run(capsys, "--db", db, "export-workgroups", "--out", str(out), "--search", typed)
    workbook = openpyxl.load_workbook(out, read_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
    finally:
        workbook.close()
    exported = [str(row[0] if row[0] is not None else row[1]) for row in rows if any(row)]
    assert exported == WORKGROUP_SEARCHES[typed]


@pytest.mark.parametrize("typed", list(NOTE_SEARCHES))
def test_the_notes_exported_for_a_search_are_the_ones_listed(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    listed = json.loads(
        _run(capsys, "--db", db, "list", "annotations", "--search", typed, "--json")
    )
    assert {row["body"] for row in listed} == NOTE_SEARCHES[typed]
    out = tmp_path / "notes.xlsx"
    _run(capsys, "--db", db, "export-annotations", "--out", str(out), "--search", typed)
    workbook = openpyxl.load_workbook(out, read_only=True)
    try:
        sheet = workbook.worksheets[0]
        header = [str(cell) for cell in next(sheet.iter_rows(max_row=1, values_only=True))]
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
    finally:
        workbook.close()
    body = header.index("Text")
    assert {row[body] for row in rows if row[body]} == NOTE_SEARCHES[typed]


@pytest.mark.both_backends
def test_the_export_and_the_list_select_the_same_rows_on_both_backends(store: Store) -> None:
    _add_notes(store)
    with store.read() as session:
        for typed, expected in WORKGROUP_SEARCHES.items():
            listed = queries.list_workgroups(session, search=typed)
            assert [r["code"] or r["name"] for r in listed] == expected, typed
            exported = workgroup_rows(session, ExportFilters(search=typed), "en")
            assert [r["code"] or r["name"] for r in exported] == expected, typed
        for typed, bodies in NOTE_SEARCHES.items():
            listed_notes = queries.list_annotations(session, search=typed)
            assert {r["body"] for r in listed_notes} == bodies, typed
            exported_notes = annotation_rows(session, ExportFilters(search=typed), "en")
            assert {r["values"].text for r in exported_notes} == bodies, typed


def test_the_windows_excel_export_of_a_code_search_holds_that_workgroup(
    window: Any, store: Store, qtbot: Any, tmp_path: Path
) -> None:
    """The trial's steps: search code:SENN/POL-LAND ("1 result"), Ctrl+Shift+E, Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from ui_support import activate, press, settle, type_into, wait_for

    activate(qtbot, window)
    box = window.search_box
    QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.search_done, timeout=WAIT_MS):
        qtbot.keyClicks(box, "code:SENN/POL-LAND")
    settle(window)
    assert window.results_model.rowCount() == 1
    press(qtbot, window, "Ctrl+Shift+E")
    settle(window)
    dialog = window.excel_dialog
    assert dialog.isVisible()
    type_into(qtbot, dialog.path_row.edit, str(tmp_path / "search.xlsx"))
    qtbot.keyClick(dialog.path_row.edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: getattr(window, "export_done_box", None) is not None, window)
    window.export_done_box.close()
    workbook = openpyxl.load_workbook(tmp_path / "search.xlsx", read_only=True)
    try:
        sheet = workbook["Workgroups"]
        codes = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if any(row)]
    finally:
        workbook.close()
    assert codes == ["SENN/POL-LAND"]

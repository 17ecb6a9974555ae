"""Workbooks reopened with openpyxl: header, frozen pane, autofilter, string cells, dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from export_helpers import HOSTILE, Sample, fill_sample

from bnldesk.cli import main
from bnldesk.services.reports import ExportFilters, XlsxOptions, export_workbook
from bnldesk.store.engine import Store

pytestmark = pytest.mark.both_backends


@pytest.fixture
def sample(empty_store: Store) -> Sample:
    return fill_sample(empty_store)


def _header(ws: object) -> list[object]:
    return [c.value for c in next(ws.iter_rows(max_row=1))]  # type: ignore[attr-defined]


def test_workbook_sheets_header_filter_and_properties(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "all.xlsx"
    result = export_workbook(
        empty_store,
        out,
        ExportFilters(),
        XlsxOptions(author="M. Peeters", title="Werkgroepen BE"),
    )
    assert result.rows == {"workgroups": 4, "contacts": 3, "annotations": 3}
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Workgroups", "Contacts", "Notes", "About this file"]
    ws = wb["Workgroups"]
    assert _header(ws) == [
        "Code", "Name", "Parent", "Plan year", "Chapter", "Section", "Contacts",
        "Notes", "Open actions", "Last note", "Tags", "Status",
    ]  # fmt: skip
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:L{ws.max_row}"
    assert ws.max_row == 5
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("1F3A5F")
    assert ws.column_dimensions["B"].width == 48
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    senn = rows["SENN-CRISE"]
    assert senn[1] == "Strategische werkgroep Crisisbeheersing"
    assert senn[3] == 2022 and senn[5] == "2.3 Rampenbestrijding en crisisbeheersing"
    assert senn[7] == 2  # two non-private notes on the workgroup
    assert senn[8] == 2  # open actions
    assert isinstance(senn[9], dt.datetime)  # a real Excel date
    assert senn[11] == "in current plan"
    assert rows["SENN-CRISE/RISK"][2] == "SENN-CRISE"
    assert rows["FISC-MTIC BENELUX"][11] == "last in 2013"
    contacts = wb["Contacts"]
    until = [
        r[7] for r in contacts.iter_rows(min_row=2, values_only=True) if r[0] == "Joost Verhoeven"
    ]
    assert until == [dt.datetime(2013, 3, 1)]
    assert contacts["H2"].number_format == "DD-MM-YYYY" or contacts["H4"].is_date
    assert wb.properties.title == "Werkgroepen BE"
    assert wb.properties.creator == "M. Peeters"
    assert isinstance(wb.properties.created, dt.datetime)
    about = {r[0]: r[1] for r in wb["About this file"].iter_rows(values_only=True) if r and r[0]}
    assert about["Title"] == "Werkgroepen BE"
    assert isinstance(about["Made on"], dt.datetime)
    assert about["Filters"] == "none (everything)"


def test_hostile_note_is_a_string_cell_shown_as_typed(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "notes.xlsx"
    export_workbook(empty_store, out, ExportFilters(), XlsxOptions(kinds=["annotations"]))
    ws = openpyxl.load_workbook(out)["Notes"]
    header = _header(ws)
    text_col = header.index("Text") + 1
    cells = [ws.cell(row=r, column=text_col) for r in range(2, ws.max_row + 1)]
    hostile = [c for c in cells if c.value == HOSTILE]
    assert len(hostile) == 1
    assert hostile[0].data_type == "s"
    assert hostile[0].quotePrefix
    created = ws.cell(row=2, column=header.index("Created") + 1)
    assert created.is_date and isinstance(created.value, dt.datetime)
    tags_col = header.index("Tags") + 1
    assert any(
        ws.cell(row=r, column=tags_col).value == "=SUM(A1)" for r in range(2, ws.max_row + 1)
    )
    assert all(ws.cell(row=r, column=tags_col).data_type != "f" for r in range(2, ws.max_row + 1))


def test_filters_and_chosen_columns(empty_store: Store, sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "f.xlsx"
    result = export_workbook(
        empty_store,
        out,
        ExportFilters(plan_year=2013, chapter="5"),
        XlsxOptions(
            kinds=["workgroups"], columns={"workgroups": ["name", "code", "notes"]}, language="nl"
        ),
    )
    assert result.rows == {"workgroups": 3}
    wb = openpyxl.load_workbook(out)
    ws = wb["Werkgroepen"]
    assert _header(ws) == ["Code", "Naam", "Nota's"]  # declared order, not the asked order
    assert ws.auto_filter.ref == "A1:C4"
    about = [r for r in wb["Over dit bestand"].iter_rows(values_only=True) if r and r[1]]
    assert ("Filters", "jaarplan: 2013") in about
    tagged = tmp_path / "t.xlsx"
    result = export_workbook(
        empty_store, tagged, ExportFilters(tag="crisis"), XlsxOptions(kinds=["workgroups"])
    )
    assert result.rows == {"workgroups": 1}


def test_empty_export_still_has_header_and_filter(empty_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    export_workbook(empty_store, out, ExportFilters(), XlsxOptions(kinds=["workgroups"]))
    ws = openpyxl.load_workbook(out)["Workgroups"]
    assert ws.max_row == 1 and ws.auto_filter.ref == "A1:L1" and ws.freeze_panes == "A2"


def test_cli_exports(
    empty_store: Store, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = empty_store.where
    out = tmp_path / "wg.xlsx"
    assert (
        main(
            [
                "--db",
                db,
                "export-workgroups",
                "--out",
                str(out),
                "--plan",
                "2013",
                "--columns",
                "code,name",
            ]
        )
        == 0
    )
    assert "3 workgroups" in capsys.readouterr().out
    assert _header(openpyxl.load_workbook(out)["Workgroups"]) == ["Code", "Name"]
    assert main(["--db", db, "export-contacts", "--out", str(tmp_path / "c.xlsx")]) == 0
    assert (
        main(
            [
                "--db",
                db,
                "export-annotations",
                "--out",
                str(tmp_path / "a.xlsx"),
                "--include-private",
            ]
        )
        == 0
    )
    assert "4 annotations" in capsys.readouterr().out
    assert main(["--db", db, "export-workgroups", "--out", str(out), "--columns", "nope"]) == 1
    assert "unknown column" in capsys.readouterr().err


def test_search_filter_uses_the_full_text_index(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "s.xlsx"
    result = export_workbook(
        empty_store, out, ExportFilters(search="wegvervoer"), XlsxOptions(kinds=["workgroups"])
    )
    assert result.rows == {"workgroups": 1}
    ws = openpyxl.load_workbook(out)["Workgroups"]
    assert ws["A2"].value == "WG-TRANS"

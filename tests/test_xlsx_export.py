"""Workbooks reopened with openpyxl: header, frozen pane, autofilter, string cells, dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from export_helpers import HOSTILE, Sample, fill_sample, libreoffice

from bnldesk.cli import main
from bnldesk.domain.identity import workgroup_key
from bnldesk.domain.models import Workgroup
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
    assert wb.sheetnames == ["Workgroups", "Contacts", "Notes", "About this file", "bnldesk"]
    assert wb["bnldesk"].sheet_state == "veryHidden"  # which notes were exported
    ws = wb["Workgroups"]
    assert _header(ws) == [
        "Code", "Name", "Parent", "Plan year", "Chapter", "Section", "Contacts",
        "Notes", "Open actions", "Last note", "Tags", "Status",
    ]  # fmt: skip
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:L{ws.max_row}"
    assert ws.max_row == 5
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("1F3A5F")
    assert ws.column_dimensions["B"].width == pytest.approx(48, abs=1)
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    senn = rows["SENN-CRISE"]
    assert senn[1] == "Strategische werkgroep Crisisbeheersing"
    assert senn[3] == 2022 and senn[5] == "2.3 Rampenbestrijding en crisisbeheersing"
    assert senn[7] == 2  # two non-private notes on the workgroup
    assert senn[8] == 2  # open actions
    assert isinstance(senn[9], dt.datetime)  # a real Excel date
    assert senn[11] == "in current plan"
    assert rows["SENN-CRISE/RISK"][2] == "SENN-CRISE"
    assert rows["FISC-MTIC BENELUX"][11] == "last in the 2013 plan"
    contacts = wb["Contacts"]
    until = [
        r[7] for r in contacts.iter_rows(min_row=2, values_only=True) if r[0] == "Joost Verhoeven"
    ]
    assert until == [dt.datetime(2013, 3, 1)]
    (until_cell,) = [
        row[7] for row in contacts.iter_rows(min_row=2) if row[0].value == "Joost Verhoeven"
    ]
    assert until_cell.is_date and until_cell.number_format == "dd\\/mm\\/yyyy"  # 01/03/2013
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
    printed = capsys.readouterr().out
    assert "a.xlsx: 4 notes" in printed
    # The sample's one private note ("Persoonlijke notitie: niet delen.") is in the file.
    assert "note: the file holds 1 note marked private" in printed
    # Private notes allowed, but the search finds none of them: no warning (fifth trial: it
    # warned about a file of shareable notes).
    arguments = ["--db", db, "export-annotations", "--out", str(tmp_path / "b.xlsx")]
    assert main([*arguments, "--include-private", "--search", "oefening"]) == 0
    printed = capsys.readouterr().out
    assert "b.xlsx: 1 note" in printed and "marked private" not in printed
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


def test_notes_sheet_guides_the_editor(empty_store: Store, sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "edit.xlsx"
    export_workbook(
        empty_store, out, ExportFilters(), XlsxOptions(kinds=["annotations"], language="nl")
    )
    wb = openpyxl.load_workbook(out)
    ws = wb["Nota's"]
    header = _header(ws)
    col = {name: openpyxl.utils.get_column_letter(i + 1) for i, name in enumerate(header)}
    # Drop-down lists in the sheet's language on every enumerated column, for new rows too.
    lists = {
        str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1
        for dv in ws.data_validations.dataValidation
        if dv.type == "list"
    }
    assert lists[col["Status"]] == '"open,lopend,afgehandeld"'
    assert lists[col["Prioriteit"]] == '"geen prioriteit,laag,normaal,hoog"'
    assert lists[col["Zichtbaarheid"]] == '"privé,delegatie,deelbaar"'
    assert "voorbehoud" in lists[col["Stand standpunt"]]
    assert all(str(dv.sqref).endswith("1048576") for dv in ws.data_validations.dataValidation)
    # Protected without a password; editable cells unlocked and tinted, the rest locked.
    assert ws.protection.sheet and not ws.protection.password
    assert ws.protection.autoFilter is False and ws.protection.insertRows is False  # allowed
    text = ws[f"{col['Tekst']}2"]
    assert text.protection.locked is False and text.fill.fgColor.rgb.endswith("FFF8DC")
    assert ws[f"{col['id']}2"].protection.locked is True
    assert ws[f"{col['Object']}2"].protection.locked is True
    # Headers say which is which: green over editable columns, navy over the others.
    assert ws[f"{col['Tekst']}1"].fill.fgColor.rgb.endswith("2E6B30")
    assert ws[f"{col['id']}1"].fill.fgColor.rgb.endswith("1F3A5F")
    # The row check travels in a hidden column whose header carries the export's id.
    check = openpyxl.utils.get_column_letter(len(header))
    assert str(header[-1]).startswith("bnldesk-check:")
    assert ws.column_dimensions[check].hidden
    assert str(ws[f"{check}2"].value).startswith("1.")


def test_workbooks_print_and_carry_no_local_details(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "print.xlsx"
    export_workbook(empty_store, out, ExportFilters(), XlsxOptions(author="Delegatie BE"))
    wb = openpyxl.load_workbook(out)
    for name in ("Workgroups", "Contacts", "Notes"):
        ws = wb[name]
        assert ws.page_setup.orientation == "landscape", name
        assert ws.page_setup.paperSize == 9 and ws.sheet_properties.pageSetUpPr.fitToPage
        # One page wide (1 is the default, so the attribute may be left out), any number high.
        assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
        assert ws.print_title_rows == "$1:$1"
        assert ws["A1"].font.name == "Calibri" and ws["A1"].font.b
    notes = wb["Notes"]
    assert notes.print_area is not None and notes.print_area.startswith("'Notes'!$D$1")
    text_col = _header(notes).index("Text") + 1
    assert notes.cell(row=2, column=text_col).alignment.wrap_text
    # Nothing about this machine: no path of the database, no user or host name.
    import getpass
    import socket
    import zipfile

    with zipfile.ZipFile(out) as archive:
        blob = b"".join(archive.read(n) for n in archive.namelist())
    for private in (empty_store.where, str(tmp_path), getpass.getuser(), socket.gethostname()):
        if len(private) >= 4:
            assert private.encode() not in blob, private
    assert b"Delegatie BE" in blob  # the author the delegate chose
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_workgroup_contacts_found_through_sections_and_domain(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "contacts.xlsx"
    export_workbook(empty_store, out, ExportFilters(), XlsxOptions(kinds=["workgroups"]))
    ws = openpyxl.load_workbook(out)["Workgroups"]
    header = _header(ws)
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    contacts = header.index("Contacts")
    # SENN-CRISE sits in 2.3 in 2022 (no contacts chapter): the same domain's 2013 contacts.
    assert "Anne Dubois <a.dubois@benelux.int>" in rows["SENN-CRISE"][contacts]
    assert "Luc Weber" in rows["FISC-MTIC BENELUX"][contacts]
    assert rows["WG-TRANS"][contacts] in (None, "")


def test_streamed_export_reports_progress_and_can_be_cancelled(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
    from bnldesk.services.reports import ExportCancelled

    with empty_store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        for i in range(1200):
            add_annotation(s, target, NoteFields(body=f"nota {i}", visibility="delegation"))
    seen: list[tuple[int, int]] = []
    out = tmp_path / "big.xlsx"
    result = export_workbook(
        empty_store,
        out,
        ExportFilters(),
        XlsxOptions(kinds=["annotations"]),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert result.rows == {"annotations": 1203}
    assert seen[0] == (0, 1203) and seen[-1] == (1203, 1203)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) >= 5
    stopped = tmp_path / "stopped.xlsx"
    with pytest.raises(ExportCancelled):
        export_workbook(
            empty_store,
            stopped,
            ExportFilters(),
            XlsxOptions(kinds=["annotations"]),
            cancel=lambda: True,
        )
    assert not stopped.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if "xlsx" in p.name) == ["big.xlsx"]


@pytest.mark.slow
@pytest.mark.skipif(
    libreoffice() is None, reason="LibreOffice is not installed (dev.py installs it)"
)
def test_printed_notes_sheet_through_libreoffice(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """Printed by LibreOffice headless: landscape, one note per row, the reader's columns."""
    import pypdf
    from export_helpers import libreoffice_convert

    from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target

    with empty_store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        for i in range(9):
            add_annotation(
                s,
                target,
                NoteFields(
                    body=f"Nota {i}: " + "de kosten worden gedeeld. " * 6, visibility="delegation"
                ),
            )
    out = tmp_path / "print.xlsx"
    export_workbook(empty_store, out, ExportFilters(), XlsxOptions(kinds=["annotations"]))
    pdf = libreoffice_convert(out, tmp_path / "lo", "pdf")
    reader = pypdf.PdfReader(str(pdf))
    first = reader.pages[0]
    assert first.mediabox.width > first.mediabox.height  # landscape
    text = "\n".join(page.extract_text() for page in reader.pages)
    # Each note printed once, whole (one row each); ids are not printed.
    for i in range(9):
        assert text.count(f"Nota {i}:") == 1
    assert "Consult" in text and "Target" in text and "Updated" not in text
    assert all(uuid not in text for uuid in sample.note_uuids)


def test_the_exported_ids_are_written_as_ranges_and_read_back_with_stray_commas() -> None:
    """The About sheet names the exported notes compactly ("1-3,7,9-10"); a sheet whose cell
    gained a stray comma (hand-edited, or saved by another program) still reads."""
    from bnldesk.services.reports.xlsx import decode_ids, encode_ids

    assert encode_ids({1, 2, 3, 7, 9, 10}) == "1-3,7,9-10"
    assert encode_ids(set()) == ""
    assert decode_ids("1-3, ,7,9-10,") == {1, 2, 3, 7, 9, 10}
    with pytest.raises(ValueError):
        decode_ids("5-2")


def test_the_about_sheet_of_a_notes_export_with_private_notes_says_so(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "notes.xlsx"
    export_workbook(
        empty_store,
        out,
        ExportFilters(include_private=True),
        XlsxOptions(kinds=["annotations"]),
    )
    about = list(openpyxl.load_workbook(out)["About this file"].iter_rows(values_only=True))
    cells = [value for row in about for value in row if value]
    assert ("Filters", "private notes included: ✓") in [tuple(row[:2]) for row in about]
    assert "Editing the notes" in cells
    assert any(str(value).startswith("This file holds notes marked private") for value in cells)


def test_the_contacts_rows_are_each_contact_once_with_its_plans_year(
    empty_store: Store,
) -> None:
    """The contacts of the 2013 plan (tests/export_helpers.plan_2013), by domain then name,
    each once even with a second plan in the database."""
    from export_helpers import plan_2013, plan_2022

    from bnldesk.services.reports.rows import contact_rows
    from bnldesk.store.structure import write_document

    with empty_store.transaction() as s:
        write_document(s, plan_2013())
        write_document(s, plan_2022())
    with empty_store.read() as s:
        rows = list(contact_rows(s, ExportFilters(), "en"))
    assert [
        (row["name"], row["domain"], row["email"], row["phone"], row["plan_year"]) for row in rows
    ] == [
        ("Luc Weber", "Fiscaliteit", "l.weber@benelux.int", "", 2013),
        (
            "Anne Dubois",
            "Rampenbestrijding en crisisbeheersing",
            "a.dubois@benelux.int",
            "+32 2 519 38 00",
            2013,
        ),
        (
            "Joost Verhoeven",
            "Rampenbestrijding en crisisbeheersing",
            "j.verhoeven@benelux.int",
            "",
            2013,
        ),
    ]


def test_a_tag_holding_a_comma_reads_as_one_tag_on_both_sheets(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """Delegate re-check after trial 6: the Workgroups sheet wrote "Luik, Namen" and "crisis"
    as `Luik, Namen, crisis` (three tags to a reader), where the Notes sheet quotes it."""
    from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target

    with empty_store.transaction() as session:
        add_annotation(
            session,
            resolve_target(session, "SENN-CRISE/RISK"),
            NoteFields(body="Twee steden", tags=["Luik, Namen", "crisis"], visibility="shareable"),
        )
    out = tmp_path / "tags.xlsx"
    export_workbook(empty_store, out, ExportFilters(), XlsxOptions())
    workbook = openpyxl.load_workbook(out)
    groups = workbook["Workgroups"]
    tags_col = _header(groups).index("Tags")
    risk = next(
        r for r in groups.iter_rows(min_row=2, values_only=True) if r[0] == "SENN-CRISE/RISK"
    )
    assert risk[tags_col] == '"Luik, Namen", crisis'
    notes = workbook["Notes"]
    header = _header(notes)
    row = next(
        r
        for r in notes.iter_rows(min_row=2, values_only=True)
        if r[header.index("Text")] == "Twee steden"
    )
    assert row[header.index("Tags")] == '"Luik, Namen", crisis'


@pytest.mark.parametrize(
    ("language", "sheet", "tag_line"),
    [
        ("en", "About this file", "tag: crisis"),
        ("nl", "Over dit bestand", "label: crisis"),
    ],
)
def test_the_about_sheet_says_the_tag_filter_and_nothing_without_one(
    empty_store: Store, sample: Sample, tmp_path: Path, language: str, sheet: str, tag_line: str
) -> None:
    """A workbook of only the notes tagged "crisis" says so where a reader looks before
    passing it on; one without a tag filter says no tag at all."""
    tagged, everything = tmp_path / "crisis.xlsx", tmp_path / "all.xlsx"
    result = export_workbook(
        empty_store,
        tagged,
        ExportFilters(tag="crisis"),
        XlsxOptions(kinds=["annotations"], language=language),
    )
    assert result.rows == {"annotations": 1}
    export_workbook(
        empty_store,
        everything,
        ExportFilters(),
        XlsxOptions(kinds=["annotations"], language=language),
    )
    filters = [
        row[1]
        for row in openpyxl.load_workbook(tagged)[sheet].iter_rows(values_only=True)
        if row and row[0] == "Filters"
    ]
    assert filters == [tag_line]
    about = openpyxl.load_workbook(everything)[sheet].iter_rows(values_only=True)
    cells = [str(value) for row in about for value in row if value is not None]
    assert not any("crisis" in cell or cell.startswith(("tag:", "label:")) for cell in cells)


def test_a_workgroup_in_no_plan_section_is_exported_with_empty_chapter_and_section(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """A workgroup known only from elsewhere (a contacts list, a sync) is in no section of
    any plan: its row is written, with no plan year, chapter or section."""
    with empty_store.transaction() as s:
        s.add(
            Workgroup(
                name="Werkgroep Grensarbeid",
                code="GRENS-ARB",
                identity_key=workgroup_key("GRENS-ARB", "Werkgroep Grensarbeid"),
            )
        )
    out = tmp_path / "all.xlsx"
    result = export_workbook(empty_store, out, ExportFilters(), XlsxOptions())
    assert result.rows["workgroups"] == 5
    rows = {r[0]: r for r in openpyxl.load_workbook(out)["Workgroups"].iter_rows(values_only=True)}
    assert rows["GRENS-ARB"][1:7] == ("Werkgroep Grensarbeid", None, None, None, None, None)
    assert rows["SENN-CRISE"][5] == "2.3 Rampenbestrijding en crisisbeheersing"

"""Hostile workbooks handed to import-annotations: one clear line each, nothing read into the
database, refused before any XML is expanded or any huge part unpacked."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from export_helpers import fill_sample

from bnldesk.cli import main
from bnldesk.services.reports import ExportFilters, XlsxOptions, export_workbook, sheet_reader
from bnldesk.services.reports.annotations_roundtrip import RoundTripError, plan_import
from bnldesk.store.engine import Store

SHEET = "xl/worksheets/sheet1.xml"
XXE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>Text</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="B2" t="inlineStr"><is><t>&xxe;</t></is></c></row>
</sheetData></worksheet>"""
LAUGHS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE worksheet [
<!ENTITY a "hahahahahahahahahaha">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
<!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>Text</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>&h;</t></is></c></row>
</sheetData></worksheet>"""


@pytest.fixture
def exported(empty_store: Store, tmp_path: Path) -> Path:
    fill_sample(empty_store)
    path = tmp_path / "real.xlsx"
    export_workbook(empty_store, path, ExportFilters(), XlsxOptions(kinds=["annotations"]))
    return path


def _replace_part(source: Path, target: Path, name: str, writer: object) -> Path:
    """Copy the workbook ``source`` to ``target`` with part ``name`` written by ``writer``."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            if item.filename == name:
                with out.open(name, "w", force_zip64=True) as stream:
                    writer(stream)  # type: ignore[operator]
            else:
                out.writestr(item, src.read(item.filename))
    return target


def _refused(store: Store, path: Path) -> str:
    with store.read() as s, pytest.raises(RoundTripError) as info:
        plan_import(s, path)
    message = str(info.value)
    assert "\n" not in message and len(message) < 300
    return message


def test_xxe_and_billion_laughs_are_refused_in_one_line(
    empty_store: Store, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xxe = _replace_part(exported, tmp_path / "xxe.xlsx", SHEET, lambda f: f.write(XXE))
    laughs = _replace_part(exported, tmp_path / "laughs.xlsx", SHEET, lambda f: f.write(LAUGHS))
    for path in (xxe, laughs):
        assert "XML entities" in _refused(empty_store, path)
        assert main(["--db", str(empty_store.path), "import-annotations", str(path)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err and "passwd" not in err


def test_a_million_rows_are_refused_before_reading(
    empty_store: Store, exported: Path, tmp_path: Path
) -> None:
    def million(stream: object) -> None:
        write = stream.write  # type: ignore[attr-defined]
        write(
            b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData>'
        )
        row = b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>'
        for start in range(1, 1_048_577, 8192):
            write(b"".join(row % (n, n) for n in range(start, min(start + 8192, 1_048_577))))
        write(b"</sheetData></worksheet>")

    path = _replace_part(exported, tmp_path / "million.xlsx", SHEET, million)
    assert "more than 250,000 rows" in _refused(empty_store, path)


def test_a_zip_bomb_is_refused_from_its_directory(
    empty_store: Store, exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same check as for a gigabyte, at a size a test can build quickly.
    monkeypatch.setattr(sheet_reader, "MAX_UNCOMPRESSED_BYTES", 8 * 2**20)

    def zeros(stream: object) -> None:
        for _ in range(16):
            stream.write(b"\0" * 2**20)  # type: ignore[attr-defined]

    path = _replace_part(exported, tmp_path / "bomb.xlsx", "xl/media/zeros.bin", zeros)
    with zipfile.ZipFile(exported) as src, zipfile.ZipFile(path, "a") as out:
        assert "xl/media/zeros.bin" not in src.namelist()
        with out.open("xl/media/zeros.bin", "w") as stream:
            zeros(stream)
    assert "zip bomb" in _refused(empty_store, path)


def test_damaged_workbooks(empty_store: Store, exported: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    assert "not an Excel workbook" in _refused(empty_store, cut)
    broken = _replace_part(
        exported, tmp_path / "broken.xlsx", SHEET, lambda f: f.write(b"<worksheet><sheetData><row>")
    )
    assert "damaged" in _refused(empty_store, broken)

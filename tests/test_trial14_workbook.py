"""The workgroups workbook opened in LibreOffice (trial 14): the page header's date follows the
interface language, not the spreadsheet's locale (its &D field printed 12/01/2026 above a
column of 01/12/2026), and a chapter number is a number, not text that looks like one (green
triangles on "Chapitre"); codes like "2.1" stay text."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from bnldesk.domain.dates import format_date
from bnldesk.services.reports import ExportFilters, XlsxOptions, export_workbook
from bnldesk.store.engine import Store


def _header_of(path: Path, sheet: str) -> str:
    """The raw page header of worksheet file ``sheet`` (xl/worksheets/sheet1.xml ...)."""
    with zipfile.ZipFile(path) as package:
        xml = package.read(f"xl/worksheets/{sheet}").decode("utf-8")
    found = re.search(r"<oddHeader>(.*?)</oddHeader>", xml)
    assert found, "no page header"
    return found.group(1)


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_the_page_header_says_the_day_in_the_interface_language(
    store: Store, tmp_path: Path, language: str
) -> None:
    path = tmp_path / "groups.xlsx"
    before = dt.date.today()
    export_workbook(
        store, path, ExportFilters(), XlsxOptions(kinds=["workgroups"], language=language)
    )
    days = {format_date(day, language) for day in (before, dt.date.today())}
    header = _header_of(path, "sheet1.xml")
    assert "&amp;D" not in header and "&D" not in header  # no field the spreadsheet fills in
    assert any(header.endswith("&amp;R" + day) for day in days), header


def test_a_chapter_is_a_number_and_a_section_number_stays_text(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "groups.xlsx"
    export_workbook(store, path, ExportFilters(), XlsxOptions(kinds=["workgroups"], language="fr"))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    titles = [cell.value for cell in sheet[1]]
    chapter = titles.index("Chapitre") + 1
    values = [sheet.cell(row, chapter).value for row in range(2, sheet.max_row + 1)]
    single = [value for value in values if value is not None and "," not in str(value)]
    assert len(single) > 10
    assert all(isinstance(value, int) for value in single), single[:5]
    codes = [sheet.cell(row, 1).value for row in range(2, sheet.max_row + 1)]
    assert all(isinstance(code, str) for code in codes if code is not None)

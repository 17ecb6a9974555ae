"""The review window's document text: each line with the page it was printed on, shown lazily.

Trials 4 and 5 read "p1" before every line of the two-column 2013 PDF; the pages are checked
here against pypdf's own text of each page (not against our reader), for every PDF delegates
brought (shared/cases/import) and those we made (tests/data/import). The pane is a table that
hands the view its rows a page at a time, so a 60-page plan costs the GUI thread the rows in
sight (bench/bench_stalls.py measures the stall; no timing is asserted here).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from pathlib import Path
from typing import Any

import pypdf
import pytest
from _seed_documents import CASES, DATA, scored_cases
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from ui_support import WAIT_MS, settle

from bnldesk.services.importer import read_for_review
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.importing import ImportReviewDialog
from bnldesk.ui.importing.source_pane import FETCH_ROWS, LINE, PAGE, TEXT

# Every PDF with a ground truth: delegates' (shared/cases/import) and those we made.
PDFS = sorted({path for _name, path, _truth, _options in scored_cases() if path.suffix == ".pdf"})
TWO_COLUMNS = CASES / "docs" / "jaarplan-2013-2col.pdf"
LONG_PDF = DATA / "jaarplan-2014-edited.pdf"  # 60 pages, some 3,000 lines


def _letters(text: str) -> str:
    """Letters and digits only, ligatures and case folded: what pypdf and we both keep."""
    return re.sub(r"[^0-9a-z]", "", unicodedata.normalize("NFKC", text).casefold())


def _pages_by_pypdf(path: Path) -> list[str]:
    return [_letters(page.extract_text() or "") for page in pypdf.PdfReader(path).pages]


def _misplaced(lines: list[str], pages: list[int], printed: list[str]) -> list[str]:
    """Lines whose opening letters pypdf finds on another page but not on the one given."""
    wrong = []
    for number, (line, page) in enumerate(zip(lines, pages, strict=True), start=1):
        opening = _letters(line)[:16]
        if len(opening) < 12:
            continue  # too short to be told apart ("1.", "Nieuwe projecten")
        elsewhere = [n for n, text in enumerate(printed, start=1) if opening in text]
        if elsewhere and page not in elsewhere:
            wrong.append(f"line {number} on page {page}, pypdf: {elsewhere[:3]}: {line[:50]}")
    return wrong


def test_the_pdfs_are_all_there() -> None:
    assert TWO_COLUMNS in PDFS and LONG_PDF in PDFS and len(PDFS) >= 15


@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_every_line_carries_the_page_it_was_printed_on(path: Path) -> None:
    found = read_for_review(path)
    printed = _pages_by_pypdf(path)
    assert len(found.pages) == len(found.lines)
    assert all(1 <= page <= len(printed) for page in found.pages)
    assert _misplaced(found.lines, found.pages, printed) == []
    if len(printed) > 1:
        # A document of several pages has lines on several of them, in reading order.
        assert len(set(found.pages)) > 1
        assert found.pages == sorted(found.pages)


def _open(window: MainWindow, path: Path, qtbot: Any) -> ImportReviewDialog:
    dialog = window.review_import(path)
    assert isinstance(dialog, ImportReviewDialog)
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=120_000)
    settle(window)
    assert dialog.document.chapters, dialog.status.text()
    return dialog


def _shown(dialog: ImportReviewDialog, row: int) -> tuple[str, str, str]:
    model = dialog.source.model()
    return (
        model.index(row, PAGE).data(),
        model.index(row, LINE).data(),
        model.index(row, TEXT).data(),
    )


def test_two_column_pdf_shows_each_line_with_its_page(window: MainWindow, qtbot: Any) -> None:
    dialog = _open(window, TWO_COLUMNS, qtbot)
    pane = dialog.source
    assert not pane.isColumnHidden(PAGE)
    printed = _pages_by_pypdf(TWO_COLUMNS)
    # Ctrl+End in the pane reaches the last line, as a delegate scrolls to the end.
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    model = pane.model()
    qtbot.waitUntil(lambda: model.rowCount() == model.line_count(), timeout=WAIT_MS)
    rows = [_shown(dialog, row) for row in range(model.rowCount())]
    assert [int(line) for _page, line, _text in rows] == list(range(1, len(rows) + 1))
    lines = [text for _page, _line, text in rows]
    pages = [int(page) for page, _line, _text in rows]
    assert _misplaced(lines, pages, printed) == []
    assert set(pages) == set(range(1, len(printed) + 1)) - _pages_without_text(printed, lines)
    # A project chosen in the tree shows its line, with the page pypdf prints it on.
    section = next(s for s in dialog.document.iter_sections() if s.number == "5.2")
    item = section.items[-1]
    _click_in_tree(qtbot, dialog, item)
    shown = pane.current_line()
    assert shown is not None
    page, _number, text = shown
    assert " ".join(item.title.split()[:6]).casefold() in " ".join(text.split()).casefold()
    assert _letters(text)[:16] in printed[page - 1]
    assert page > 1


def _click_in_tree(qtbot: Any, dialog: ImportReviewDialog, element: object) -> None:
    """A click on ``element`` (an item or section of the document) in the review's tree."""
    index = dialog.model.index_of(element)
    dialog.tree.scrollTo(index)
    rect = dialog.tree.visualRect(index)
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _pages_without_text(printed: list[str], lines: list[str]) -> set[int]:
    """Pages none of whose text starts a line (a page that only continues a paragraph)."""
    openings = [_letters(line)[:16] for line in lines if len(_letters(line)) >= 12]
    return {
        number
        for number, text in enumerate(printed, start=1)
        if not any(opening in text for opening in openings)
    }


def test_long_pdf_text_is_fetched_as_it_is_scrolled(window: MainWindow, qtbot: Any) -> None:
    frozen = gc.get_freeze_count()
    dialog = _open(window, LONG_PDF, qtbot)
    # The document read is kept out of the collector's full scans while the window lives.
    items = sum(len(section.items) for section in dialog.document.iter_sections())
    assert items > 150 and gc.get_freeze_count() >= frozen + items
    model = dialog.source.model()
    total = model.line_count()
    assert total > 3 * FETCH_ROWS
    # Only the first rows are handed to the view; the rest come as it scrolls.
    assert model.rowCount() == FETCH_ROWS
    assert model.canFetchMore(model.index(-1, -1))
    # The row heights and column widths are set, never measured row by row.
    rows = dialog.source.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert dialog.tree.header().sectionResizeMode(1) != QHeaderView.ResizeMode.ResizeToContents
    dialog.source.setFocus()
    qtbot.keyClick(dialog.source, Qt.Key.Key_PageDown)
    qtbot.keyClick(dialog.source, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() == total, timeout=WAIT_MS)
    page, line, text = _shown(dialog, total - 1)
    assert int(line) == total and int(page) == len(pypdf.PdfReader(LONG_PDF).pages)
    assert text == read_for_review(LONG_PDF).lines[-1]


def test_a_text_file_shows_no_page_column(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    source = CASES / "docs" / "jaarplan-2013-cp1252-crlf.txt"
    dialog = _open(window, source, qtbot)
    assert dialog.source.isColumnHidden(PAGE)
    assert _shown(dialog, 0)[1] == "1"


def test_choosing_an_item_keeps_the_page_and_line_columns_in_view(
    window: MainWindow, qtbot: Any
) -> None:
    """Sixth re-check: a click on an item in the tree scrolled the document text sideways to
    the middle of its long lines, hiding the Page and Line columns and each line's start."""
    dialog = _open(window, TWO_COLUMNS, qtbot)
    dialog.resize(1000, 700)
    settle(window)
    pane = dialog.source
    assert pane.columnWidth(TEXT) > pane.viewport().width()  # the lines are wider than the pane
    items = [item for section in dialog.document.iter_sections() for item in section.items]
    assert len(items) >= 3
    for item in (items[-1], items[0], items[len(items) // 2]):
        _click_in_tree(qtbot, dialog, item)
        shown = pane.current_line()
        assert shown is not None
        assert pane.horizontalScrollBar().value() == 0
        assert pane.columnViewportPosition(PAGE) == 0
    # Moving down the lines by key keeps the start of the lines in view too.
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Down)
    assert pane.horizontalScrollBar().value() == 0

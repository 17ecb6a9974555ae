"""The main list after a sort or a filter (trial 13, step 2, the minor findings): the sorted
column shows its arrow, readable in the dark appearance; a filter shows the new list from its
top and no detail of an object the list no longer holds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import text
from ui_support import click_row, pick, press, settle

from bnldesk.store.browse import ItemRow
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.widgets.colours import contrast
from bnldesk.ui.widgets.theme import apply_appearance


def _click_header(qtbot: Any, window: MainWindow, column: int) -> None:
    header = window.table.horizontalHeader()
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2)
    )
    settle(window)


def _titles(window: MainWindow) -> list[str]:
    model = window.list_model
    rows = [model.row_data(row) for row in range(min(model.rowCount(), 40))]
    return [str(getattr(row, "title", "")) for row in rows if row is not None]


def _section_image(window: MainWindow, column: int) -> QImage:
    header = window.table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return (
        header.viewport()
        .grab()
        .toImage()
        .copy(left, 0, header.sectionSize(column), header.height())
    )


def test_the_sorted_column_shows_its_arrow_readable_in_dark(
    window: MainWindow, qtbot: Any, qapp: QApplication
) -> None:
    apply_appearance(qapp, "dark")
    try:
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        header = window.table.horizontalHeader()
        title = [column.key for column in window.list_model.columns].index("title")
        query = window.list_model.query  # the list opens in the order of the year column
        assert header.isSortIndicatorShown()
        assert window.list_model.columns[header.sortIndicatorSection()].sort == query.sort
        _click_header(qtbot, window, title)
        assert header.isSortIndicatorShown()
        assert header.sortIndicatorSection() == title
        assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        titles = _titles(window)
        assert len(titles) > 5
        assert titles == sorted(titles, key=str.casefold)
        # The arrow as drawn: the pixels it changes stand out from the header's ground.
        with_arrow = _section_image(window, title)
        header.setSortIndicatorShown(False)
        without = _section_image(window, title)
        header.setSortIndicatorShown(True)
        ground = header.palette().color(QPalette.ColorRole.Button)
        changed = [
            with_arrow.pixelColor(x, y)
            for x in range(with_arrow.width())
            for y in range(with_arrow.height())
            if with_arrow.pixelColor(x, y) != without.pixelColor(x, y)
        ]
        assert changed, "no arrow drawn"
        assert max(contrast(colour, ground) for colour in changed) >= 3.0
        _click_header(qtbot, window, title)  # again: the other way
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        titles = _titles(window)
        assert titles == sorted(titles, key=str.casefold, reverse=True)
        # A column the list cannot be sorted by leaves the arrow on the order there is.
        notes = [column.key for column in window.list_model.columns].index("notes")
        _click_header(qtbot, window, notes)
        assert header.sortIndicatorSection() == title
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        assert _titles(window) == titles
    finally:
        apply_appearance(qapp, "system")
        window.hide()


def test_a_filter_shows_the_new_list_from_its_top_and_nothing_it_left_out(
    window: MainWindow, qtbot: Any
) -> None:
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    settle(window)
    table, model = window.table, window.list_model
    assert model.rowCount() > 60  # the demo plans: more than a screenful
    # The delegate goes down the list with the keyboard and looks at an item there.
    click_row(qtbot, table, 0)
    for _ in range(4):
        qtbot.keyClick(table, Qt.Key.Key_PageDown)
    settle(window)
    chosen = model.row_data(table.currentIndex().row())
    assert isinstance(chosen, ItemRow)
    assert table.verticalScrollBar().value() > 0
    assert window.current == ("item", chosen.id)
    # A kind the item is not of, that other items of the list are of.
    kinds = {row.kind for row in map(model.row_data, range(model.rowCount())) if row is not None}
    kind = window.filter_bar.kind
    other = next(
        index for index in range(1, kind.count()) if kind.itemData(index) in kinds - {chosen.kind}
    )
    pick(qtbot, kind, kind.itemText(other))
    settle(window)
    wanted = kind.itemData(other)
    rows = [model.row_data(row) for row in range(min(model.rowCount(), 50))]
    assert rows and all(isinstance(row, ItemRow) for row in rows)
    assert chosen.id not in {row.id for row in rows if row is not None}
    assert table.verticalScrollBar().value() == 0  # the new list from its top
    assert table.currentIndex().row() == 0
    first = rows[0]
    assert first is not None
    assert window.current == ("item", first.id)  # the detail shows a row of the list
    with window.store.read() as session:
        kind_of_shown = session.execute(
            text("SELECT kind, is_flagship FROM plan_item WHERE id = :id"), {"id": first.id}
        ).one()
    assert kind_of_shown.is_flagship if wanted == "flagship" else kind_of_shown.kind == wanted
    # Sorting keeps the item shown and the list at its row or top.
    title = [column.key for column in model.columns].index("title")
    _click_header(qtbot, window, title)
    assert window.current == ("item", first.id)
    row = table.currentIndex().row()
    if row >= 0:  # among the rows read: selected, and scrolled into sight
        assert model.row_data(row).id == first.id
        assert table.viewport().rect().intersects(table.visualRect(model.index(row, 0)))
    else:
        assert table.verticalScrollBar().value() == 0


def test_the_excel_dialog_says_which_filters_of_the_view_it_applies(
    window: MainWindow, qtbot: Any
) -> None:
    """Trial 13: "Filters of the current view: none (everything)" beside the chips "Kind:
    Flagship project" and "Status: In progress"; the workbook applies neither."""
    kind = window.filter_bar.kind
    pick(qtbot, kind, "Flagship project")
    year = window.filter_bar.year
    pick(qtbot, year, year.itemText(1))
    settle(window)
    chips = window.filter_bar.chip_texts()
    kind_chip = next(chip for chip in chips if "Flagship project" in chip)
    press(qtbot, window, "Ctrl+Shift+E")
    dialog = window.excel_dialog
    qtbot.waitExposed(dialog)
    applied, not_applied = dialog.findChild(QLabel, "filtersLabel").text().split("\n")
    assert applied.startswith("Filters applied to the workbook: ")
    assert year.itemText(1) in applied and "none" not in applied
    assert not_applied == f"Not applied (they filter the window's list only): {kind_chip}"
    dialog.reject()

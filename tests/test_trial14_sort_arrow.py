"""The sort arrow points the way the rows run (trial 14: "Année" showed ▲ over 2023, 2022,
2013): ▲ when the values grow down the list, ▼ when they shrink, in every theme."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from ui_support import settle

from bnldesk.ui.app import load_style
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.widgets.theme import apply_appearance


def _click_header(qtbot: Any, window: MainWindow, column: int) -> None:
    header = window.table.horizontalHeader()
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, header.height() // 2)
    )
    settle(window)


def _section_image(window: MainWindow, column: int) -> QImage:
    header = window.table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    image = header.viewport().grab().toImage()
    return image.copy(left, 0, header.sectionSize(column), header.height())


def painted_arrow(window: MainWindow, column: int) -> str:
    """Which way ("up" or "down") the arrow drawn on ``column``'s title points, read from the
    pixels it changes (an arrow narrows towards its point)."""
    header = window.table.horizontalHeader()
    with_arrow = _section_image(window, column)
    header.setSortIndicatorShown(False)
    without = _section_image(window, column)
    header.setSortIndicatorShown(True)
    changed = {
        (x, y)
        for y in range(with_arrow.height())
        for x in range(with_arrow.width())
        if with_arrow.pixelColor(x, y) != without.pixelColor(x, y)
    }
    # The title moves aside for the arrow: the arrow is the rightmost run of changed columns.
    xs = sorted({x for x, _y in changed}, reverse=True)
    assert xs, "no arrow drawn"
    run = [xs[0]]
    for x in xs[1:]:
        if x != run[-1] - 1:
            break
        run.append(x)
    rows: dict[int, int] = {}
    for x, y in changed:
        if x in run:
            rows[y] = rows.get(y, 0) + 1
    assert len(rows) >= 3, "no arrow drawn"
    ys = sorted(rows)
    third = max(len(ys) // 3, 1)
    top = sum(rows[y] for y in ys[:third])
    bottom = sum(rows[y] for y in ys[-third:])
    assert top != bottom, "neither up nor down"
    return "up" if top < bottom else "down"


def _titles(window: MainWindow) -> list[str]:
    model = window.list_model
    rows = [model.row_data(row) for row in range(min(model.rowCount(), 40))]
    return [str(getattr(row, "title", "")) for row in rows if row is not None]


@pytest.mark.parametrize(
    ("appearance", "style_sheet"), [("system", False), ("light", True), ("dark", True)]
)
def test_the_arrow_points_the_way_the_rows_run(
    window: MainWindow, qtbot: Any, qapp: QApplication, appearance: str, style_sheet: bool
) -> None:
    if style_sheet:
        load_style(qapp)
    apply_appearance(qapp, appearance)
    try:
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        header = window.table.horizontalHeader()
        keys = [column.key for column in window.list_model.columns]
        for key in ("year", "title", "kind"):
            column = keys.index(key)
            for _click in range(2):
                _click_header(qtbot, window, column)
                query = window.list_model.query
                assert header.sortIndicatorSection() == column
                ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                assert ascending != query.descending  # the arrow says the list's order
                if key == "title":  # and the rows run that way
                    titles = [title.casefold() for title in _titles(window)]
                    assert len(set(titles)) > 5
                    assert titles == sorted(titles, reverse=not ascending)
                assert painted_arrow(window, column) == ("up" if ascending else "down")
    finally:
        apply_appearance(qapp, "system")
        qapp.setStyleSheet("")
        window.hide()

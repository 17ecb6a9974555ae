"""The selected tab is clearly visible, in the navigator and above the list, light and dark
(trial 14: which tab was chosen was hard to tell)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QTabBar

from bnldesk.ui.app import load_style
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.widgets.colours import contrast
from bnldesk.ui.widgets.theme import apply_appearance


def _colours(image: QImage, bar: QTabBar, tab: int) -> set[str]:
    rect = bar.tabRect(tab)
    return {
        image.pixelColor(x, y).name()
        for x in range(rect.left() + 2, rect.right() - 2)
        for y in range(rect.top() + 1, rect.bottom())
    }


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_the_selected_tab_is_marked_in_the_selection_colour(
    window: MainWindow, qtbot: Any, qapp: QApplication, appearance: str
) -> None:
    load_style(qapp)
    apply_appearance(qapp, appearance)
    try:
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        highlight = qapp.palette().color(QPalette.ColorRole.Highlight)
        ground = qapp.palette().color(QPalette.ColorRole.Window)
        bars = [window.central.mode_tabs, window.findChild(QTabBar, "qt_tabwidget_tabbar")]
        assert all(bar is not None for bar in bars)
        for bar in bars:
            assert bar is not None and bar.count() >= 2
            image = bar.grab().toImage()
            chosen = bar.currentIndex()
            other = (chosen + 1) % bar.count()
            # A mark in the selection colour on the chosen tab only, standing out from the
            # window's ground.
            assert highlight.name() in _colours(image, bar, chosen), bar.objectName()
            assert highlight.name() not in _colours(image, bar, other), bar.objectName()
            assert contrast(highlight, ground) >= 2.0
    finally:
        apply_appearance(qapp, "system")
        qapp.setStyleSheet("")
        window.hide()

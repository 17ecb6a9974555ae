"""Flagship rows of the import review are readable in both themes (trial 17, t17-13c: dark
orange on the dark theme's near-black rows). The French 2023 plan read in the real review
dialog, light and dark; the colour its flagship rows are drawn in has WCAG contrast 4.5 or
more against both colours the tree's rows alternate between."""

from __future__ import annotations

from typing import Any

import pytest
from _seed_documents import CASES
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from ui_support import settle

from bnldesk.domain.document import DocItem
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.importing.review import ImportReviewDialog
from bnldesk.ui.widgets.colours import MIN_CONTRAST, contrast
from bnldesk.ui.widgets.theme import apply_appearance


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_flagship_rows_are_readable_on_both_row_colours(
    window: MainWindow, qtbot: Any, qapp: QApplication, appearance: str
) -> None:
    apply_appearance(qapp, appearance)
    try:
        dialog = window.review_import(CASES / "docs" / "plan-annuel-2023-fr.md")
        assert isinstance(dialog, ImportReviewDialog)
        qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=60_000)
        settle(window)
        flagships = [
            item
            for section in dialog.document.iter_sections()
            for item in section.items
            if isinstance(item, DocItem) and item.flagship
        ]
        assert flagships
        index = dialog.model.index_of(flagships[0])
        brush = dialog.model.data(index, Qt.ItemDataRole.ForegroundRole)
        assert brush is not None
        rows = dialog.tree.palette()
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
            ratio = contrast(brush.color(), rows.color(role))
            assert ratio >= MIN_CONTRAST, (appearance, role, brush.color().name(), ratio)
        dialog.reject()
    finally:
        apply_appearance(qapp, "system")

"""What the sixth delegate re-check found, each driven in the real window offscreen:

- changing the interface language cleared the chapter and kind filters and the scope (the
  search text alone was kept), so the list changed silently.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_ui_trial_search import click_workgroup
from ui_support import (
    activate,
    answering,
    pick,
    press,
    settle,
    wait_for,
)

from bnldesk.ui.settings.preferences import PreferencesDialog


def _to_dutch(controller: Any, window: Any, qtbot: Any) -> Any:
    """Preferences (Ctrl+,), Nederlands, Enter: the window rebuilt in Dutch."""

    def dutch(dialog: PreferencesDialog) -> None:
        pick(qtbot, dialog.language, "Nederlands")
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return)

    with answering(qtbot, QApplication.activeModalWidget, dutch, "the Preferences dialog"):
        press(qtbot, window, "Ctrl+,")
    QApplication.processEvents()  # the language switch is queued after the dialog closes
    wait_for(qtbot, lambda: controller.window is not window, None)
    dutch_window = controller.window
    settle(dutch_window)
    return dutch_window


def test_changing_the_language_keeps_the_filters_and_the_scope(
    controller: Any, window: Any, qtbot: Any
) -> None:
    window.show()
    activate(qtbot, window)
    click_workgroup(qtbot, window, "Strategische werkgroep Crisisbeheersing")
    scope = window.current_filter().scope
    assert scope is not None and scope.kind == "workgroup"
    bar = window.filter_bar
    wait_for(qtbot, lambda: bar.chapter.count() > 1, window)
    pick(qtbot, bar.chapter, bar.chapter.itemText(1))
    pick(qtbot, bar.kind, "New project")
    settle(window)
    chosen = window.current_filter()
    assert chosen.kind == "new" and chosen.chapter_key and chosen.scope == scope
    listed = window.list_model.rowCount()

    dutch_window = _to_dutch(controller, window, qtbot)
    dutch_bar = dutch_window.filter_bar
    assert dutch_window.search_box.placeholderText().startswith("Zoeken")
    assert dutch_window.current_filter() == chosen
    # The combos are refilled in Dutch and show the same choices, found by their data.
    assert dutch_bar.kind.currentData() == "new"
    assert dutch_bar.kind.currentText() not in ("New project", dutch_bar.kind.itemText(0))
    assert dutch_bar.chapter.currentData() == chosen.chapter_key
    assert "SENN-CRISE" in dutch_window.scope_label.text()
    assert dutch_window.scope_bar.clear_button.isVisibleTo(dutch_window)
    wait_for(qtbot, lambda: dutch_window.list_model.rowCount() == listed, dutch_window)

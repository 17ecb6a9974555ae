"""What the fourth delegate trial left open and the fifth re-check still saw, each driven in the
real window offscreen: changing the interface language cleared the search box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import answering, pick, press, settle, wait_for

from bnldesk.ui.settings.preferences import PreferencesDialog


def test_changing_the_language_keeps_the_search(controller: Any, window: Any, qtbot: Any) -> None:
    window.show()
    press(qtbot, window, "Ctrl+F")
    qtbot.keyClicks(window.search_box, "SENN-CRISE")
    wait_for(qtbot, lambda: window.results_model.rowCount() > 0, window)
    found = window.results_model.rowCount()

    def dutch(dialog: PreferencesDialog) -> None:
        pick(qtbot, dialog.language, "Nederlands")
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return)

    with answering(qtbot, QApplication.activeModalWidget, dutch, "the Preferences dialog"):
        press(qtbot, window.search_box, "Ctrl+,")
    QApplication.processEvents()  # the language switch is queued after the dialog closes
    wait_for(qtbot, lambda: controller.window is not window, None)
    dutch_window = controller.window
    settle(dutch_window)
    assert dutch_window.search_box.placeholderText().startswith("Zoeken")
    assert dutch_window.search_box.text() == "SENN-CRISE"
    wait_for(qtbot, lambda: dutch_window.results_model.rowCount() == found, dutch_window)

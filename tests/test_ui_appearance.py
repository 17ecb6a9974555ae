"""Light or dark by choice (eighth delegate trial: "I found no dark mode setting, neither in
Préférences nor in Affichage"). Preferences > Appearance, chosen with the keyboard as a
delegate would, applies at once to the real window, is kept in the settings file, comes back at
the next start, and "Same as the system" gives the desktop's palette back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from ui_support import settle

from bnldesk.store.engine import Store
from bnldesk.ui.app import Controller
from bnldesk.ui.settings.preferences import PreferencesDialog


def _luminance(app: QApplication) -> float:
    colour = app.palette().color(QPalette.ColorRole.Window)
    return (0.2126 * colour.red() + 0.7152 * colour.green() + 0.0722 * colour.blue()) / 255


def _choose_in_preferences(window: Any, qtbot: Any, keys: list[Qt.Key]) -> None:
    """Ctrl+, opens Preferences; Alt+P goes to Appearance; ``keys`` pick; Enter saves."""

    problems: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            problems.append(f"no Preferences dialog but {dialog!r}")
            if dialog is not None:
                dialog.close()
            return
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=10_000)
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        focused = dialog.focusWidget()
        if focused is not dialog.appearance:
            problems.append(f"Alt+P went to {focused!r}, not Appearance")
            dialog.reject()
            return
        for key in keys:
            qtbot.keyClick(focused, key)
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        if dialog.isVisible():
            problems.append("Enter did not close Preferences")
            dialog.reject()

    QTimer.singleShot(0, act)
    window.open_preferences()
    settle(window)
    assert problems == []


def test_a_dark_appearance_applies_at_once_and_stays(
    controller: Controller, qtbot: Any, qapp: QApplication
) -> None:
    window = controller.open_window(restore=False)
    desktop = qapp.palette().color(QPalette.ColorRole.Window).name()
    assert _luminance(qapp) > 0.5  # the test machine's desktop palette is light

    _choose_in_preferences(window, qtbot, [Qt.Key.Key_End])  # the last choice: Dark
    assert controller.settings.get("prefs/appearance") == "dark"
    assert _luminance(qapp) < 0.25
    assert window.palette().color(QPalette.ColorRole.Base).name() == "#1e1e1e"

    _choose_in_preferences(window, qtbot, [Qt.Key.Key_Home])  # Same as the system
    assert controller.settings.get("prefs/appearance") == "system"
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == desktop


def test_the_next_start_opens_in_the_chosen_appearance(
    qapp: QApplication, store: Store, settings: Any, qtbot: Any
) -> None:
    desktop = qapp.palette().color(QPalette.ColorRole.Window).name()
    settings.set("prefs/appearance", "dark")
    started = Controller(store, settings)
    try:
        assert _luminance(qapp) < 0.25
        window = started.open_window(restore=False)
        settle(window)
        _choose_in_preferences(window, qtbot, [Qt.Key.Key_Home])
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == desktop
    finally:
        started.shutdown()

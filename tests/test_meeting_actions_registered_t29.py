"""The Meetings and sharing actions are the one registry's (stop 29): they were made ad hoc by
the Meetings features, so New meeting and sharing had no shortcut and Help > Keyboard shortcuts
listed them only by scanning the menus. The real main window offscreen, driven by keys, in
Dutch and French.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence
from ui_support import install_meeting_actions, menu_action_by_keys, press, settle, wait_for

from bnldesk.ui.actions import SPECS, ActionId
from bnldesk.ui.browse.window import MainWindow

REGISTERED = (
    ActionId.MEETINGS,
    ActionId.NEW_MEETING,
    ActionId.PAIR,
    ActionId.SHARE,
    ActionId.RECEIVE,
    ActionId.CONFLICTS,
    ActionId.BACKUPS,
    ActionId.CHECK_DATABASE,
)


@pytest.fixture
def settings(settings: Any, request: pytest.FixtureRequest) -> Any:
    settings.set("prefs/language", request.param)
    return settings


@pytest.mark.parametrize("settings", ["nl", "fr"], indirect=True)
def test_meetings_and_sharing_are_registry_actions_with_menus_and_keys(
    settings: Any, window: MainWindow, qtbot: Any
) -> None:
    w = window
    menus = {id(action): key for key, menu in w.menus.items() for action in menu.actions()}
    for action_id in REGISTERED:
        action = w.registry[action_id]
        assert menus.get(id(action)) == SPECS[action_id].menu, action_id
        assert w.findChildren(QAction, action_id.value) == [action]  # made once, not twice
    # Every entry of the Meetings menu, and every File entry, is the registry's.
    registered = {id(action) for action in w.registry.actions.values()}
    for key in ("meetings", "file"):
        entries = [a for a in w.menus[key].actions() if not a.isSeparator()]
        assert entries and all(id(a) in registered for a in entries), key
    # Help > Keyboard shortcuts lists them with their keys, once each.
    rows = {(row[1], row[2]) for row in w.shortcut_rows()}
    for action_id in (ActionId.NEW_MEETING, ActionId.SHARE, ActionId.RECEIVE):
        text = w.registry[action_id].text().replace("&", "").rstrip(".")
        keys = QKeySequence(str(SPECS[action_id].shortcut)).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        assert (text, keys) in rows, (text, keys)
    # Ctrl+Shift+N in the main window: the Meetings window with a new meeting to type.
    press(qtbot, w, "Ctrl+Shift+N")
    settle(w)
    panel = install_meeting_actions(w).meetings_panel()
    assert panel is not None
    wait_for(qtbot, lambda: panel.isVisible() and panel.editor.title.hasFocus(), w)
    assert panel.editor.meeting_id is None


@pytest.mark.parametrize("settings", ["nl", "fr"], indirect=True)
def test_the_meetings_menu_opens_by_its_letters(
    settings: Any, window: MainWindow, qtbot: Any
) -> None:
    """Alt and the Meetings menu's letter, then Meetings' own letter: the Meetings window."""
    menu_action_by_keys(qtbot, window, "meetings", ".meetings")
    settle(window)
    panel = install_meeting_actions(window).meetings_panel()
    wait_for(qtbot, lambda: panel is not None and panel.isVisible(), window)

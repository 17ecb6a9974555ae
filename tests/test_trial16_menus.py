"""Each menu item where a delegate looks for it (trial 16: "Startpagina" sat in the Meetings
menu): View > Start page (Ctrl+Shift+H still), and Resolve conflicts (notes changed on two
laptops) beside Share and Receive notes in File. Opened by Alt and the underlined letters, as a
delegate does, in en, nl and fr; no two items of a menu share their letter."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMenu, QWidget
from ui_support import WAIT_MS, choose_language, menu_action_by_keys, press, settle

from bnldesk.ui.meetings.features import install_meeting_actions
from bnldesk.ui.meetings.start_page import StartPage

LANGUAGES = ["English", "Nederlands", "Français"]


def _names(menu: QMenu) -> list[str]:
    return [action.objectName() for action in menu.actions() if not action.isSeparator()]


def _letters(menu: QMenu) -> list[str]:
    texts = [a.text() for a in menu.actions() if not a.isSeparator() and "&" in a.text()]
    return [text.split("&", 1)[1][0].lower() for text in texts]


def _shown(widget: QWidget | None) -> bool:
    return widget is not None and widget.window().isVisible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_start_page_in_view_and_conflicts_in_file_by_their_letters(
    controller: Any, window: Any, qtbot: Any, language: str
) -> None:
    shown = (
        window if language == "English" else choose_language(qtbot, controller, window, language)
    )
    shown.show()
    settle(shown)
    menus = shown.menus
    assert any(name.endswith("start_page") for name in _names(menus["view"]))
    assert any(name.endswith("conflicts") for name in _names(menus["file"]))
    meetings = install_meeting_actions(shown).menu
    assert not any(name.endswith(("start_page", "conflicts")) for name in _names(meetings))
    for menu in (*menus.values(), meetings):
        letters = _letters(menu)
        assert len(letters) == len(set(letters)), (menu.title(), letters)

    menu_action_by_keys(qtbot, shown, "view", "start_page")
    qtbot.waitUntil(lambda: _shown(shown.findChild(StartPage)), timeout=WAIT_MS)
    features = install_meeting_actions(shown)
    menu_action_by_keys(qtbot, shown, "file", "conflicts")
    qtbot.waitUntil(lambda: _shown(features._windows.get("conflicts")), timeout=WAIT_MS)


def test_ctrl_shift_h_still_opens_the_start_page(window: Any, qtbot: Any) -> None:
    window.show()
    settle(window)
    press(qtbot, window, "Ctrl+Shift+H")
    qtbot.waitUntil(lambda: _shown(window.findChild(StartPage)), timeout=WAIT_MS)

"""Trial 11, the main window at 1280x720: a long undo text widened the toolbar ("Nota's inlezen
uit notes-edit.xlsx ongedaan maken") and shifted every button after it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QToolButton
from ui_support import settle

from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.undo_texts import TranslatedCommand

LONG = "Read notes from notes-edit-with-a-long-name-of-the-delegation-2026.xlsx"


class _Nothing(TranslatedCommand):
    """An undo step that changes nothing, with the text of a long one."""

    def undo(self) -> None:
        pass

    def redo(self) -> None:
        pass


def _button(window: MainWindow, action_id: ActionId) -> QToolButton:
    button = window.toolbar.widgetForAction(window.registry[action_id])
    assert isinstance(button, QToolButton)
    return button


def test_a_long_undo_text_stays_out_of_the_toolbar_and_is_in_the_menu_and_tooltip(
    window: MainWindow, qtbot: Any
) -> None:
    window.resize(1280, 720)
    window.show()
    settle(window)
    undo, back = _button(window, ActionId.UNDO), _button(window, ActionId.BACK)
    text_before, width_before, back_before = undo.text(), undo.width(), back.x()
    command: QUndoCommand = _Nothing(lambda: LONG)
    window.undo_stack.push(command)
    settle(window)
    assert window.undo_stack.undoText() == LONG
    assert undo.text() == text_before and LONG not in undo.text()
    assert undo.width() == width_before and back.x() == back_before
    assert LONG in undo.toolTip()
    edit_texts = [action.text() for action in window.menus["edit"].actions()]
    assert any(LONG in text for text in edit_texts)
    window.undo_stack.undo()
    settle(window)
    assert LONG in _button(window, ActionId.REDO).toolTip()
    assert LONG not in _button(window, ActionId.REDO).text()

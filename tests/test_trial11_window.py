"""Trial 11, the main window at 1280x720: a long undo text widened the toolbar ("Nota's inlezen
uit notes-edit.xlsx ongedaan maken") and shifted every button after it; the Excel dialog of a
search with 1 note said "3 privénota's worden weggelaten" (the whole database's)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton
from ui_support import activate, press, settle, wait_for

from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
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


def test_the_excel_dialog_counts_the_private_notes_the_search_would_export(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    with store.transaction() as session:
        land = resolve_target(session, "SENN/POL-LAND")
        crisis = resolve_target(session, "SENN-CRISE")
        for target, body, visibility in (
            (land, "Landenoverleg: voorzitterschap", "delegation"),
            (land, "Landenoverleg: onze lijn intern", "private"),
            (crisis, "Crisisoefening intern", "private"),
            (crisis, "Oefening intern", "private"),
            (crisis, "Begroting intern", "private"),
        ):
            add_annotation(session, target, NoteFields(body=body, visibility=visibility))
    activate(qtbot, window)
    QTest.mouseClick(window.search_box, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.search_done, timeout=20000):
        qtbot.keyClicks(window.search_box, "landenoverleg")
    settle(window)
    press(qtbot, window, "Ctrl+Shift+E")
    settle(window)
    dialog = window.excel_dialog
    assert dialog.isVisible()
    said = dialog.left_out_label
    wait_for(qtbot, lambda: "private note" in said.text(), window)
    assert "1 private note is left out" in said.text()  # not the database's 4
    dialog.reject()

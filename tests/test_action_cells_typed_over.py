"""Keys typed on a filled action item cell change nothing (trial 18: Shift+Tab twice and Space,
meant for the Add button, landed in the action table; the title typed next replaced the first
action item's title, and its date, without a word). Typing still fills an empty cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select
from ui_support import WAIT_MS, activate, click_row, new_action_item, settle, write_note

from bnldesk.domain.models import ActionItem
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow


def _actions(store: Store) -> list[tuple[str, str]]:
    with store.read() as s:
        rows = s.scalars(select(ActionItem).where(ActionItem.deleted_at.is_(None))).all()
        return sorted((a.title, a.owner or "") for a in rows)


def test_typing_on_a_filled_cell_keeps_it_and_fills_an_empty_one(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    window.nav_tabs.setCurrentIndex(1)
    settle(window)
    click_row(qtbot, window.workgroup_tree, 0)
    settle(window)
    write_note(qtbot, window, "Suivi de la réunion")
    new_action_item(qtbot, window, "Envoyer la note au ministre")
    assert _actions(store) == [("Envoyer la note au ministre", "")]
    table = window.notes.actions_view
    activate(qtbot, window)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=WAIT_MS)
    table.setCurrentIndex(table.model().index(0, 0))
    # Space, then a title, on the filled title cell: no editor opens, nothing is stored.
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClicks(table, "Relancer le Secretariat")
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle(window)
    assert table.state() != table.State.EditingState
    assert _actions(store) == [("Envoyer la note au ministre", "")]
    # The empty Who cell: typing opens its editor, Enter stores the name.
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.keyClicks(table, "M")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    qtbot.keyClicks(editor, "arie")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(window)
    assert _actions(store) == [("Envoyer la note au ministre", "Marie")]
    # F2 still opens a filled cell.
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert isinstance(QApplication.focusWidget(), QLineEdit)

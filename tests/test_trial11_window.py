"""Trial 11, the main window at 1280x720: a long undo text widened the toolbar ("Nota's inlezen
uit notes-edit.xlsx ongedaan maken") and shifted every button after it; the Excel dialog of a
search with 1 note said "3 privénota's worden weggelaten" (the whole database's)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QToolButton, QTreeView
from ui_support import WAIT_MS, activate, click_row, open_meeting, press, settle, wait_for

from bnldesk.services import meetings as meeting_service
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.features import install_meeting_actions
from bnldesk.ui.undo_texts import TranslatedCommand
from bnldesk.ui.widgets import file_dialogs

WRAP = int(Qt.TextFlag.TextWordWrap)
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
    with qtbot.waitSignal(window.search_done, timeout=WAIT_MS):
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


TITLE = "Grensoverschrijdende achtervolging: draaiboek bijwerken en aan de partners voorleggen"
OWNER = "Pieter de Vries"


def _wrapped_height(view: Any, column: int, text: str) -> int:
    """How high ``text`` stands wrapped at the column's width (the cell's margins off)."""
    width = view.columnWidth(column) - 8
    metrics = view.fontMetrics()
    return int(metrics.boundingRect(QRect(0, 0, width, 10000), WRAP, text).height())


def _meeting_with_an_action(store: Store) -> int:
    with store.transaction() as session:
        meeting = meeting_service.create_meeting(
            session,
            meeting_service.MeetingFields(
                workgroup="SENN/POL-STRAT",
                starts_at=dt.datetime.combine(dt.date.today() + dt.timedelta(days=7), dt.time(10)),
            ),
        )
        point = meeting_service.add_agenda_item(
            session, meeting.id, meeting_service.AgendaFields(title="Politiesamenwerking")
        )
        meeting_service.add_meeting_action(
            session,
            meeting.id,
            TITLE,
            owner=OWNER,
            due_date=dt.date.today() + dt.timedelta(days=14),
            agenda_item_id=point.id,
        )
        return int(meeting.id)


def test_action_titles_and_owners_are_readable_at_1280x720(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """The whole title and name stand in the meeting's action table and the start page's
    open actions (wrapped onto more lines); the first column says it is the agenda point."""
    meeting_id = _meeting_with_an_action(store)
    panel = open_meeting(qtbot, window, meeting_id)
    panel.window().resize(1280, 720)
    editor = panel.editor
    click_row(qtbot, editor.agenda_view, 0)
    view = editor.actions_view
    wait_for(qtbot, lambda: view.model().rowCount() == 1, window)
    settle(window)
    # Under "Action items of point 1" no point column; with "All points" it says "Point".
    assert view.isColumnHidden(0)
    qtbot.mouseClick(editor.all_points, Qt.MouseButton.LeftButton)
    settle(window)
    assert not view.isColumnHidden(0)
    assert view.model().headerData(0, Qt.Orientation.Horizontal) == "Point"
    assert view.rowHeight(0) >= _wrapped_height(view, 1, TITLE)
    assert view.rowHeight(0) >= _wrapped_height(view, 2, OWNER)
    assert view.columnWidth(1) > view.columnWidth(2)  # the title has the room

    page = install_meeting_actions(window).show_start_page()
    page.window().resize(1280, 720)
    wait_for(qtbot, lambda: page.open_model.rowCount() >= 1, window)
    settle(window)
    titles = [page.open_model.row(row).title for row in range(page.open_model.rowCount())]
    row = titles.index(TITLE)
    assert page.open_view.rowHeight(row) >= _wrapped_height(page.open_view, 1, TITLE)


def test_the_file_dialog_shows_the_whole_modification_date(qtbot: Any, tmp_path: Path) -> None:
    """Trial 11: "Date Modified" read "30 11 2…6 19:00" in File > Import document...."""
    (tmp_path / "jaarplan-2014.txt").write_text("Jaarplan 2014", encoding="utf-8")
    dialog = file_dialogs._dialog(
        None, "Import document", str(tmp_path), "", QFileDialog.FileMode.ExistingFile
    )
    try:
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.show()
        details = dialog.findChild(QTreeView, "treeView")
        assert details is not None
        model = details.model()
        qtbot.waitUntil(lambda: model.rowCount(details.rootIndex()) == 1, timeout=WAIT_MS)
        root = details.rootIndex()
        qtbot.waitUntil(lambda: bool(model.index(0, 3, root).data()), timeout=WAIT_MS)
        _settle_widgets()
        metrics = details.fontMetrics()
        for column in (1, 2, 3):  # size, type, date modified
            text = str(model.index(0, column, root).data())
            assert details.columnWidth(column) >= metrics.horizontalAdvance(text), (column, text)
    finally:
        dialog.close()
        dialog.deleteLater()


def _settle_widgets() -> None:
    """Let the dialog lay out what its model just read."""
    QApplication.processEvents()
    QApplication.processEvents()

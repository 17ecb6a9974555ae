"""Helpers for tests that drive the real window (offscreen); the window fixtures themselves
(``settings``, ``controller``, ``window``) are in conftest.py.

The ``press``/``type_into``/``click`` helpers send real key and mouse events (pytest-qt), as a
delegate's keyboard and mouse would; waits poll with a timeout and fail loudly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy import select

from bnldesk.domain.models import Workgroup
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.features import install_meeting_actions
from bnldesk.ui.meetings.panel import MeetingsPanel

# One generous wait for every condition a test waits on: under load (two cores shared by
# several test runs) 10 s was not enough, and a wait that times out fails loudly anyway.
WAIT_MS = 60_000
# A long job (an import, a brief) may keep the worker busy longer than a condition is polled.
SETTLE_MS = 60000


def settle(w: MainWindow) -> None:
    """Wait until the worker has answered everything. Callbacks and events processed while
    waiting may queue more jobs, so this waits again until a round ends with none. Fails loudly
    when the worker does not become idle within SETTLE_MS (never gives up silently)."""
    deadline = QDeadlineTimer(SETTLE_MS)
    while not deadline.hasExpired():
        if w.worker.wait_idle(max(int(deadline.remainingTime()), 1)):
            QApplication.processEvents()
            if w.worker.is_idle():
                return
    raise AssertionError(
        f"the database worker still has {w.worker.pending()} job(s) after {SETTLE_MS} ms"
    )


@dataclass
class _Answer:
    """What :func:`answering` saw: the widget it acted on, whether it is over, what went
    wrong, whether the block that opens the widget has returned."""

    widget: QWidget | None = None
    done: bool = False
    error: BaseException | None = None
    returned: bool = False


def close_popups_and_dialogs() -> None:
    """Close every open menu and modal dialog, so that no ``exec()`` blocks a failed test."""
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
    while (modal := QApplication.activeModalWidget()) is not None:
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
        if modal.isVisible():  # it refused to close: the test fails on its own
            break


@contextmanager
def answering(
    qtbot: Any, find: Callable[[], QWidget | None], act: Callable[[Any], None], what: str
) -> Iterator[None]:
    """Run ``act(widget)`` on the menu or dialog the block opens (``find`` returns it once it
    is open), from the event loop, so also while the block waits in that widget's ``exec()``;
    ``act`` must close it (choose an entry, press OK).

    The widget is looked for every few milliseconds (a timer fired once would look too early:
    any wait before the click lets it run). When nothing opens within WAIT_MS, ``act`` fails,
    or the widget is still open WAIT_MS after ``act``, every menu and modal dialog is closed
    (also one opening late), so the block returns, and the failure is raised after it: a test
    fails loudly and never hangs.
    """
    answer = _Answer()
    deadline = QDeadlineTimer(WAIT_MS)

    def fail(error: BaseException) -> None:
        answer.error, answer.done = error, True
        close_popups_and_dialogs()

    def poll() -> None:
        if answer.returned:
            return
        QTimer.singleShot(10, poll)
        if answer.done:
            if answer.error is not None:  # close what opens late until the block returns
                close_popups_and_dialogs()
            return
        if answer.widget is not None:  # acted: wait for the widget to close (or be deleted)
            if not isValid(answer.widget) or not answer.widget.isVisible():
                answer.done = True
            elif deadline.hasExpired():
                fail(AssertionError(f"{what} was still open {WAIT_MS} ms after the answer"))
            return
        widget = find()
        if widget is None or not widget.isVisible():
            if deadline.hasExpired():
                fail(AssertionError(f"{what} did not open within {WAIT_MS} ms"))
            return
        answer.widget = widget
        deadline.setRemainingTime(WAIT_MS)
        try:
            act(widget)
        except BaseException as error:  # leave the widget, or the block never returns
            fail(error)

    QTimer.singleShot(0, poll)
    try:
        yield
        qtbot.waitUntil(lambda: answer.done, timeout=2 * WAIT_MS)
    finally:
        answer.returned = True
    if answer.error is not None:
        raise answer.error


def click_debrief(qtbot: Any, editor: Any) -> list[str]:
    """Click the meeting editor's "Debrief into notes" and answer Yes to the question a meeting
    still to come asks first (the tests' meetings lie before or after the machine's date, which
    moves on); returns the questions asked (none for a meeting held). A question that does not
    close fails the test instead of blocking it (the box is closed)."""
    asked: list[str] = []
    stuck: list[str] = []
    clicking = True
    deadline = QDeadlineTimer(WAIT_MS)

    def answer() -> None:
        if not clicking:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "debrief-ahead":
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()
            return
        if box is not None and deadline.hasExpired():
            stuck.append(box.windowTitle())
            close_popups_and_dialogs()
            return
        QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    try:
        qtbot.mouseClick(editor.debrief_button, Qt.MouseButton.LeftButton)
    finally:
        clicking = False
    assert not stuck, f"the debrief opened an unexpected dialog: {stuck}"
    return asked


def activate(qtbot: Any, widget: QWidget) -> None:
    """Show ``widget``'s window and make it the active one (shortcuts need that)."""
    window = widget.window()
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def press(qtbot: Any, widget: QWidget, keys: str | QKeySequence.StandardKey) -> None:
    """Press a shortcut ("Ctrl+K", or a standard key) with ``widget``'s window active."""
    activate(qtbot, widget)
    qtbot.keySequence(widget, QKeySequence(keys))


def type_text(widget: QWidget, text: str) -> None:
    """Key events carrying each character of ``text`` (QTest.keyClicks accepts only ASCII:
    accents, emoji and Arabic are typed here as a keyboard layout would send them)."""
    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def type_into(qtbot: Any, widget: QWidget, text: str, *, replace: bool = True) -> None:
    """Click into ``widget``, select what it holds (Ctrl+A) when ``replace``, type ``text``."""
    widget.setFocus()
    if replace:
        qtbot.keySequence(widget, QKeySequence(QKeySequence.StandardKey.SelectAll))
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def leave(qtbot: Any, widget: QWidget) -> None:
    """Tab out of ``widget`` (what a delegate does after typing)."""
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    QApplication.processEvents()


def click_row(qtbot: Any, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click a row of a list or table with the mouse."""
    view.scrollTo(view.model().index(row, column))
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def pick(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Open ``combo`` (a click, or Alt+Down on one that can be typed into), move to the entry
    showing ``text`` with the arrow keys and press Enter (a click in the list is ignored for the double-click interval after it
    opens: keys need no waiting)."""
    index = combo.findText(text)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert index >= 0, f"{text!r} is not offered: {offered}"
    if combo.isEditable():  # a click lands in its text field: Alt+Down opens the list
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    else:
        qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=WAIT_MS)
    steps = index - view.currentIndex().row()
    for _ in range(abs(steps)):
        qtbot.keyClick(view, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=WAIT_MS)
    assert combo.currentIndex() == index


def choose_in_menu(qtbot: Any, button: QToolButton, path: list[str]) -> None:
    """Click ``button`` and go down its menu with the arrow keys to the entry named by the
    last of ``path`` (the others open submenus), then press Enter. The menu pops up with
    ``exec``, which blocks the click: the keys are sent from inside it (see :func:`answering`)."""

    def walk(menu: QMenu) -> None:
        for depth, text in enumerate(path):
            shown = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
            offered = [entry.text().replace("&", "") for entry in shown]
            assert text in offered, f"{text!r} is not in the menu: {offered}"
            # The arrow keys pass over entries that cannot be chosen.
            entries = [entry for entry in shown if entry.isEnabled()]
            names = [entry.text().replace("&", "") for entry in entries]
            assert text in names, f"{text!r} cannot be chosen in the menu now"
            # From the entry a keyboard-opened submenu starts on, or from above the first.
            active = menu.activeAction()
            start = entries.index(active) if active in entries else -1
            for _ in range(names.index(text) - start):
                QTest.keyClick(menu, Qt.Key.Key_Down)
            if depth == len(path) - 1:
                QTest.keyClick(menu, Qt.Key.Key_Return)
                return
            QTest.keyClick(menu, Qt.Key.Key_Right)
            submenu = entries[names.index(text)].menu()
            assert submenu is not None, f"{text!r} opens no submenu"
            qtbot.waitUntil(submenu.isVisible, timeout=WAIT_MS)
            menu = submenu

    with answering(qtbot, QApplication.activePopupWidget, walk, f"the menu of {button.text()!r}"):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def double_click_cell(qtbot: Any, view: QAbstractItemView, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    point: QPoint = rect.center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def edit_cell(qtbot: Any, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Double-click a cell, type ``text`` into the editor that opens, press Enter."""
    double_click_cell(qtbot, view, row, column)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view, "no editor opened on the cell"
    type_into(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def new_action_item(qtbot: Any, w: MainWindow, title: str) -> None:
    """Ctrl+Shift+A on the note shown, then its title typed into the new row's first cell."""
    rows = w.notes.actions_model.rowCount()
    press(qtbot, w, "Ctrl+Shift+A")
    wait_for(qtbot, lambda: w.notes.actions_model.rowCount() == rows + 1, w)
    edit_cell(qtbot, w.notes.actions_view, rows, 0, title)
    settle(w)


def wait_for(qtbot: Any, condition: Any, w: MainWindow | None = None) -> None:
    """Poll ``condition`` (letting the worker answer) until it holds; fails after WAIT_MS."""

    def check() -> None:
        if w is not None:
            settle(w)
        assert condition()

    qtbot.waitUntil(check, timeout=WAIT_MS)


def show_workgroup(w: MainWindow, store: Store, code: str) -> None:
    """Show the workgroup with ``code`` in ``w`` (as the navigator would), settled."""
    with store.read() as session:
        workgroup_id = session.scalar(select(Workgroup.id).where(Workgroup.code == code))
    assert workgroup_id is not None, code
    w.show_object("workgroup", workgroup_id)
    settle(w)


def go_to(qtbot: Any, w: MainWindow, text: str) -> None:
    """Ctrl+K, type, wait for the hits, Enter: what a delegate does to find a workgroup."""
    press(qtbot, w, "Ctrl+K")
    palette = w.palette_dialog
    assert palette.isVisible()
    qtbot.keyClicks(palette.edit, text)
    wait_for(qtbot, lambda: palette.model.rowCount() > 0, w)
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    settle(w)


def write_note(qtbot: Any, w: MainWindow, text: str, tags: str = "") -> None:
    """Ctrl+N on the object shown, type the note's text (and its tags), Tab out of each: the
    note is stored when the worker has answered."""
    press(qtbot, w, "Ctrl+N")
    settle(w)
    type_into(qtbot, w.notes.body, text)
    leave(qtbot, w.notes.body)
    if tags:
        type_into(qtbot, w.notes.tags, tags)
        leave(qtbot, w.notes.tags)
    settle(w)


def open_meetings(qtbot: Any, w: MainWindow) -> MeetingsPanel:
    """Ctrl+Shift+M: the Meetings window, with its list read."""
    press(qtbot, w, "Ctrl+Shift+M")
    settle(w)
    panel = install_meeting_actions(w).meetings_panel()
    assert panel is not None and panel.isVisible()
    return panel


def open_meeting(qtbot: Any, w: MainWindow, meeting_id: int) -> MeetingsPanel:
    """The Meetings window with the meeting ``meeting_id`` clicked in its list and shown."""
    panel = open_meetings(qtbot, w)
    wait_for(qtbot, lambda: panel.model.rowCount() >= 1, w)
    ids = [panel.model.row(row).id for row in range(panel.model.rowCount())]
    click_row(qtbot, panel.view, ids.index(meeting_id))
    wait_for(qtbot, lambda: panel.editor.meeting_id == meeting_id, w)
    return panel


def new_meeting(qtbot: Any, w: MainWindow, panel: MeetingsPanel, *, workgroup: str = "") -> None:
    """New in the Meetings window, the workgroup (else the title "Overleg") typed, Enter: the
    meeting is saved."""
    editor = panel.editor
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    field = editor.workgroup if workgroup else editor.title
    type_into(qtbot, field, workgroup or "Overleg")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # saves the new meeting
    wait_for(qtbot, lambda: editor.meeting_id is not None, w)
    settle(w)


def choose_language(qtbot: Any, controller: Any, w: MainWindow, language: str) -> MainWindow:
    """Preferences (Ctrl+,), ``language`` ("Nederlands") chosen by keys, Enter: the window
    rebuilt in it, settled."""
    from bnldesk.ui.settings.preferences import PreferencesDialog

    def choose(dialog: PreferencesDialog) -> None:
        pick(qtbot, dialog.language, language)
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return)

    with answering(qtbot, QApplication.activeModalWidget, choose, "the Preferences dialog"):
        press(qtbot, w, "Ctrl+,")
    QApplication.processEvents()  # the language switch is queued after the dialog closes
    wait_for(qtbot, lambda: controller.window is not w, None)
    rebuilt: MainWindow = controller.window
    settle(rebuilt)
    return rebuilt


def menu_action_by_keys(qtbot: Any, w: MainWindow, menu: str, action_suffix: str) -> None:
    """The menu ``menu`` ("file") opened by Alt and its underlined letter (Alt+B(estand),
    Alt+F(ichier)...), then the action whose object name ends in ``action_suffix``
    ("receive") chosen by its own letter, as a delegate does in any language."""
    opened = w.menus[menu]
    qtbot.keyClick(w, opened.title().split("&", 1)[1][0], Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(opened.isVisible, timeout=WAIT_MS)
    action = next(a for a in opened.actions() if a.objectName().endswith(action_suffix))
    qtbot.keyClick(opened, action.text().split("&", 1)[1][0])

"""Defects a delegate found trying the window on a real display (trial report, items 9-33 of
the main window, the note editor and the dialogs' geometry), each driven with keys and mouse
as the delegate did, then checked in the database or on the screen."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QTableView,
    QToolButton,
    QToolTip,
    QWidget,
)
from sqlalchemy import func, select
from ui_support import (
    WAIT_MS,
    activate,
    double_click_cell,
    press,
    settle,
    type_into,
    type_text,
    wait_for,
)

from bnldesk.domain.models import ActionItem, Annotation, Workgroup
from bnldesk.services.annotations import NoteFields, add_action, add_annotation, resolve_target
from bnldesk.services.sync import Change, ReceiveReport
from bnldesk.store.engine import Store, open_store
from bnldesk.ui import dates, i18n
from bnldesk.ui.actions import ActionId
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.fault_dialogs import Offer, StartupFaultDialog
from bnldesk.ui.meetings.features import ReceivePreview, install_meeting_actions
from bnldesk.ui.settings.backups import startup_open
from bnldesk.ui.sync_texts import receive_summary
from bnldesk.ui.widgets.date_fields import DateField
from bnldesk.ui.widgets.screen_fit import fitted_geometry


def _window_on_a_note(window: MainWindow, store: Store, qtbot: Any) -> MainWindow:
    with store.transaction() as s:
        note = add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="start"))
        note_id = note.id
    window.show_object("annotation", note_id)
    settle(window)
    activate(qtbot, window)
    return window


@contextlib.contextmanager
def _in_language(store: Store, settings: Any, language: str) -> Iterator[Controller]:
    """The application in ``language`` on ``store``; English again afterwards."""
    settings.set("prefs/language", language)
    controller = Controller(store, settings)
    try:
        yield controller
    finally:
        controller.shutdown()
        i18n.install("en")


def _actions(store: Store) -> list[tuple[str, str, dt.date | None]]:
    with store.read() as s:
        return [
            (a.title, a.owner, a.due_date)
            for a in s.scalars(select(ActionItem).where(ActionItem.deleted_at.is_(None)))
        ]


def _edit_first_title(w: MainWindow, qtbot: Any) -> QLineEdit:
    """An action item "Standpunt rondsturen", its title opened with a double click and
    selected (Ctrl+A), as a delegate starts to retype it."""
    w.notes.add_action("Standpunt rondsturen")
    settle(w)
    view = w.notes.actions_view
    double_click_cell(qtbot, view, 0, 0)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    qtbot.keySequence(editor, "Ctrl+A")
    return editor


# ------------------------------------------------------------------------------------------
# 9: Tab moves from cell to cell in the action items, and every typed value is stored
# ------------------------------------------------------------------------------------------


def test_tab_from_action_to_who_keeps_what_is_typed(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: the action's title was stored, the table was read again and the editor open
    in Who was closed with "Anna" in it: the name was lost without a word."""
    w = _window_on_a_note(window, store, qtbot)
    editor = _edit_first_title(w, qtbot)
    view = w.notes.actions_view
    type_text(editor, "Nota rondsturen")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    # The title's write is answered while the delegate types the name.
    settle(w)
    who = QApplication.focusWidget()
    assert isinstance(who, QLineEdit), "Tab did not open the Who cell"
    assert view.currentIndex().column() == 1
    type_text(who, "Anna")
    settle(w)
    qtbot.keyClick(who, Qt.Key.Key_Tab)
    settle(w)
    due = QApplication.focusWidget()
    assert view.currentIndex().column() == 2
    assert due is not None
    type_text(due, "15/12/2026")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    wait_for(
        qtbot, lambda: _actions(store) == [("Nota rondsturen", "Anna", dt.date(2026, 12, 15))], w
    )


def test_an_emptied_action_title_is_refused_in_sight(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    w = _window_on_a_note(window, store, qtbot)
    editor = _edit_first_title(w, qtbot)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(w)
    assert _actions(store) == [("Standpunt rondsturen", "", None)]
    assert "Nothing was changed" in w.notes.saved_label.text()


# ------------------------------------------------------------------------------------------
# 10, 11: the due date's editor shows the whole date; a refusal is one line in sight
# ------------------------------------------------------------------------------------------


def _open_due_editor(w: MainWindow, qtbot: Any) -> DateField:
    view = w.notes.actions_view
    double_click_cell(qtbot, view, 0, 2)
    editor = view.viewport().findChild(DateField)
    assert editor is not None and editor.isVisible()
    return editor


def _refuse_a_due_date(w: MainWindow, qtbot: Any, *titles: str) -> None:
    """At 1280x720, action items ``titles`` on the shown note; 31-02-2026 typed as the first
    one's due date and Enter pressed (it is refused)."""
    w.resize(1280, 720)
    for title in titles:
        w.notes.add_action(title)
    settle(w)
    editor = _open_due_editor(w, qtbot)
    type_text(editor, "31-02-2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(w)


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_the_due_editor_shows_the_whole_date(
    store: Store, settings: Any, qtbot: Any, language: str
) -> None:
    """Before: the editor had the column's 92 px and its example read "15/12/2…"."""
    with _in_language(store, settings, language) as controller:
        w = _window_on_a_note(controller.open_window(restore=False), store, qtbot)
        w.resize(1280, 720)
        w.notes.add_action("Standpunt rondsturen")
        settle(w)
        editor = _open_due_editor(w, qtbot)
        buttons = [b for b in editor.findChildren(QToolButton) if b.isVisible()]
        assert buttons, "the calendar button is not shown"
        text_room = min(b.geometry().left() for b in buttons) - editor.textMargins().left()
        metrics = editor.fontMetrics()
        for text in (editor.placeholderText(), dates.format_date(dt.date(2026, 12, 28))):
            assert metrics.horizontalAdvance(text) + 4 <= text_room, (text, text_room)
        viewport = w.notes.actions_view.viewport().rect()
        assert viewport.contains(editor.geometry()), "the editor runs out of the table"
        # The column itself shows a stored date whole, and its header.
        header = w.notes.actions_view.horizontalHeader()
        title = str(w.notes.actions_model.headerData(2, Qt.Orientation.Horizontal))
        widest = max(metrics.horizontalAdvance(t) for t in (title, editor.placeholderText()))
        assert header.sectionSize(2) > widest


def test_a_refused_date_is_said_on_one_line_in_sight(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: "31-02-2026 is not a date … — nothing was changed" wrapped onto a second
    line, cut off at the bottom of the pane. The line is one line; what is in sight is the
    balloon on the cell (scrolling the line into view moved the form: trial 9 N4)."""
    w = _window_on_a_note(window, store, qtbot)
    _refuse_a_due_date(w, qtbot, "Standpunt rondsturen", "Nota voor de minister")
    label = w.notes.saved_label
    assert "31-02-2026" in label.text() and "Nothing was changed" in label.text()
    assert "31-02-2026" in label.toolTip()
    assert label.height() < 2 * label.fontMetrics().height()
    # In sight without scrolling the pane (that moved the Add button: trial 9 N4): a
    # balloon on the cell the date was typed in.
    qtbot.waitUntil(lambda: "31-02-2026" in QToolTip.text(), timeout=WAIT_MS)
    assert [due for _t, _o, due in _actions(store)] == [None, None]
    # Nothing typed is lost: the cell opens again with the refused text, marked, to correct.
    view = w.notes.actions_view

    def reopened() -> DateField:
        again = view.viewport().findChild(DateField)
        assert again is not None and again.isVisible() and again.text() == "31-02-2026"
        assert again.property("invalid") is True
        return again

    qtbot.waitUntil(lambda: bool(reopened()), timeout=WAIT_MS)
    again = reopened()
    type_into(qtbot, again, "28-02-2026")
    qtbot.keyClick(again, Qt.Key.Key_Return)
    wait_for(
        qtbot, lambda: [due for _t, _o, due in _actions(store)] == [dt.date(2026, 2, 28), None], w
    )


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_a_refused_dates_example_is_shown_whole(
    store: Store, settings: Any, qtbot: Any, language: str
) -> None:
    """Before: at 1280x720 the line read "Nothing was changed: 31-02-2026 is not a date (for
    example 15/12/20…": the example, what the delegate needs, was cut. The reason with its
    example is shown whole; the whole line stays in the tooltip."""
    with _in_language(store, settings, language) as controller:
        w = _window_on_a_note(controller.open_window(restore=False), store, qtbot)
        _refuse_a_due_date(w, qtbot, "Standpunt rondsturen")
        label = w.notes.saved_label
        example = dates.example_date()
        shown = label.shown_text()
        assert "31-02-2026" in shown and shown.rstrip(" )»").endswith(example), shown
        assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
        assert label.toolTip() == label.text() and example in label.toolTip()


def test_escape_on_a_refused_date_restores_the_date_and_clears_the_reason(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: after Escape the stored date showed again but the red "Nothing was changed"
    line stayed, about a value no longer on screen."""
    w = _window_on_a_note(window, store, qtbot)
    with store.transaction() as s:
        note = s.scalars(select(Annotation)).one()
        add_action(s, note, "Standpunt rondsturen", due_date=dt.date(2026, 3, 1))
    w.notes.show_target(*w.current)
    wait_for(qtbot, lambda: w.notes.actions_model.rowCount() == 1, w)
    label = w.notes.saved_label
    normal = label.text()
    editor = _open_due_editor(w, qtbot)
    type_into(qtbot, editor, "31-02-2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    view = w.notes.actions_view
    wait_for(
        qtbot,
        lambda: (
            (found := view.viewport().findChild(DateField)) is not None
            and found.isVisible()
            and found.property("invalid") is True
        ),
        w,
    )
    assert "Nothing was changed" in label.text()
    again = view.viewport().findChild(DateField)
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    settle(w)
    assert "Nothing was changed" not in label.text() and label.text() == normal
    assert label.property("problem") is False
    assert not any(f.isVisible() for f in view.viewport().findChildren(DateField))
    shown = view.model().index(0, 2).data()
    assert shown == dates.format_date(dt.date(2026, 3, 1))
    assert [due for _t, _o, due in _actions(store)] == [dt.date(2026, 3, 1)]


# ------------------------------------------------------------------------------------------
# 12: the form does not move while a new note is typed
# ------------------------------------------------------------------------------------------


def _lay_out() -> None:
    """Let the layouts that were asked for place their widgets."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _places(field: QWidget, w: MainWindow) -> tuple[QPoint, QPoint]:
    """Where ``field`` is in the window and in the notes panel."""
    return field.mapTo(w, QPoint(0, 0)), field.mapTo(w.notes, QPoint(0, 0))


def test_the_form_stays_in_place_while_the_first_note_is_typed(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: the first key stored the note, the notes list appeared above the form and
    pushed it ~12 px down, so a click meant for Tags landed in the Note."""
    w = window
    with store.read() as s:
        target = resolve_target(s, "SENN-CRISE")
    assert target.obj_id is not None
    w.show_object(target.kind.value, target.obj_id)
    settle(w)
    w.resize(1440, 860)
    activate(qtbot, w)
    press(qtbot, w, "Ctrl+N")
    settle(w)
    notes = w.notes
    assert notes.is_draft()
    _lay_out()
    before = _places(notes.tags, w)
    type_text(notes.body, "Eerste nota")
    wait_for(qtbot, lambda: not notes.is_draft(), w)
    assert notes.list_model.rowCount() == 1
    _lay_out()
    assert _places(notes.tags, w) == before
    # The click meant for Tags lands in Tags.
    qtbot.mouseClick(notes.tags, Qt.MouseButton.LeftButton)
    type_text(notes.tags, "budget")
    qtbot.keyClick(notes.tags, Qt.Key.Key_Tab)
    settle(w)
    with store.read() as s:
        note = s.scalars(select(Annotation).where(Annotation.deleted_at.is_(None))).one()
        assert (note.body, [t.name for t in note.tags]) == ("Eerste nota", ["budget"])


# ------------------------------------------------------------------------------------------
# 20: every window fits the screen it opens on (the real window manager: test_window_geometry_x11)
# ------------------------------------------------------------------------------------------


def test_a_window_that_fits_keeps_its_place_and_one_that_does_not_is_moved_in() -> None:
    room = QRect(0, 0, 1440, 900)
    frame = QMargins(1, 20, 1, 4)
    # Fits with its frame: not moved by a pixel.
    assert fitted_geometry(QRect(5, 20, 1424, 860), room, frame) == QRect(5, 20, 1424, 860)
    # The 720-px Meetings window at y=195: its frame would end at 195+720+4 = 919 > 900.
    assert fitted_geometry(QRect(170, 195, 1100, 720), room, frame) == QRect(170, 176, 1100, 720)
    # Larger than the screen: as large as the screen holds, frame included.
    assert fitted_geometry(QRect(0, 0, 2160, 1320), room, frame) == QRect(1, 20, 1438, 876)
    # Left of and above the screen.
    assert fitted_geometry(QRect(-50, -10, 400, 300), room, frame) == QRect(1, 20, 400, 300)


def test_a_dialog_placed_past_the_screen_opens_inside_it(window: MainWindow, qtbot: Any) -> None:
    room = window.screen().availableGeometry()
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.resize(room.width() // 2, room.height() - 100)
    dialog.move(room.left() + 40, room.bottom() - 150)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert room.contains(dialog.frameGeometry()), (room, dialog.frameGeometry())
    assert dialog.height() == room.height() - 100  # moved, not shrunk: it fitted in height


# ------------------------------------------------------------------------------------------
# 33: the title names the database; a read-only window says so and takes nothing
# ------------------------------------------------------------------------------------------


def test_two_windows_on_two_databases_are_told_apart(
    store: Store, settings: Any, qtbot: Any, tmp_path: Any
) -> None:
    other = open_store(tmp_path / "jan.db")
    first, second = Controller(store, settings), Controller(other, settings)
    try:
        titles = [c.open_window(restore=False).windowTitle() for c in (first, second)]
        assert store.path.name in titles[0] and "jan.db" in titles[1], titles
        assert all("bnldesk" in title and "read-only" not in title for title in titles)
    finally:
        second.shutdown()
        first.shutdown()
        other.close()


def test_a_read_only_window_has_read_only_fields(store: Store, settings: Any, qtbot: Any) -> None:
    """Before: the second window on a database said "Saved automatically" and its fields
    looked and felt editable."""
    with store.transaction() as s:
        note_id = add_annotation(
            s, resolve_target(s, "SENN-CRISE"), NoteFields(body="Alleen lezen")
        ).id
    second = open_store(store.path, read_only=True)
    controller = Controller(second, settings)
    try:
        w = controller.open_window(restore=False)
        w.show_object("annotation", note_id)
        settle(w)
        activate(qtbot, w)
        notes = w.notes
        assert "read-only" in w.windowTitle() and store.path.name in w.windowTitle()
        assert notes.body.toPlainText() == "Alleen lezen"
        for field in (notes.body, notes.position, notes.tags, notes.consult):
            assert field.isReadOnly() and not field.placeholderText(), field.accessibleName()
        assert "Saved automatically" not in notes.saved_label.text()
        assert "Read-only" in notes.saved_label.text()
        notes.body.setFocus()
        type_text(notes.body, "X")
        qtbot.keyClick(notes.body, Qt.Key.Key_Tab)
        settle(w)
        assert notes.body.toPlainText() == "Alleen lezen"
        with store.read() as s:
            assert s.get(Annotation, note_id).body == "Alleen lezen"  # type: ignore[union-attr]
    finally:
        controller.shutdown()
        second.close()


# ------------------------------------------------------------------------------------------
# 17, 19: a language switch retells the undo steps and reopens only what was open
# ------------------------------------------------------------------------------------------


def _undo_text(w: MainWindow) -> str:
    return w.registry[ActionId.UNDO].text()


def test_undo_texts_follow_the_language(controller: Any, store: Store, qtbot: Any) -> None:
    """Before: "Change visibility ongedaan maken" in Dutch, "Annuler : Actiepunt bewerken"
    in French: each step kept the language it was made in."""
    w = _window_on_a_note(controller.open_window(restore=False), store, qtbot)
    w.notes.visibility.setFocus()
    qtbot.keyClick(w.notes.visibility, Qt.Key.Key_Down)  # another visibility, as a keyboard does
    settle(w)
    assert "Change visibility" in _undo_text(w), _undo_text(w)
    dutch = controller.set_language("nl")
    settle(dutch)
    assert "Zichtbaarheid wijzigen" in _undo_text(dutch), _undo_text(dutch)
    french = controller.set_language("fr")
    settle(french)
    assert "Modifier la visibilité" in _undo_text(french), _undo_text(french)
    # The step itself is still the one that was made: undo puts the visibility back.
    french.undo_stack.undo()
    settle(french)
    with store.read() as s:
        assert s.scalars(select(Annotation.visibility)).one() == "private"


def test_a_closed_meetings_window_stays_closed_after_a_language_switch(
    controller: Any, store: Store, qtbot: Any
) -> None:
    """Before: closing the Meetings window, then choosing French in the preferences, opened
    it again."""
    w = controller.open_window(restore=False)
    settle(w)
    features = install_meeting_actions(w)
    tool = features.show_meetings().window()
    settle(w)
    press(qtbot, tool, "Ctrl+W")
    qtbot.waitUntil(lambda: not tool.isVisible(), timeout=WAIT_MS)
    features.show_start_page()  # open: comes back
    french = controller.set_language("fr")
    settle(french)
    after = install_meeting_actions(french)
    shown = {key for key, window in after._windows.items() if window.isVisible()}
    assert shown == {"start"}, shown


# ------------------------------------------------------------------------------------------
# polish: a selected search result is written in the selection's text colour
# ------------------------------------------------------------------------------------------


def _off_the_selection_colours(image: QImage, area: QRect, back: QColor, fore: QColor) -> int:
    """How many pixels of ``area`` are neither the selection's colours nor a blend of them."""
    start = (back.red(), back.green(), back.blue())
    end = (fore.red(), fore.green(), fore.blue())
    span = [e - s for s, e in zip(start, end, strict=True)]
    length = sum(d * d for d in span) or 1
    count = 0
    for x in range(area.left(), area.right()):
        for y in range(area.top(), area.bottom()):
            pixel = image.pixelColor(x, y)
            rgb = (pixel.red(), pixel.green(), pixel.blue())
            t = max(
                0.0,
                min(
                    1.0, sum((c - s) * d for c, s, d in zip(rgb, start, span, strict=True)) / length
                ),
            )
            nearest = [s + t * d for s, d in zip(start, span, strict=True)]
            if sum((c - n) ** 2 for c, n in zip(rgb, nearest, strict=True)) > 40**2:
                count += 1
    return count


def test_a_selected_search_result_uses_the_selection_text_colour(
    window: MainWindow, qtbot: Any
) -> None:
    """Before: the kind ("Workgroup") and year stayed grey-black on the blue selection."""
    w = window
    w.resize(1280, 720)
    activate(qtbot, w)
    w.search_box.setFocus()
    type_text(w.search_box, "crisisbeheersing")
    wait_for(qtbot, lambda: w.results_model.rowCount() > 0, w)
    w.results.setCurrentIndex(w.results_model.index(0))
    w.results.clearFocus()  # no focus frame: only the selection is painted
    settle(w)
    image = w.results.viewport().grab().toImage()
    row = w.results.visualRect(w.results_model.index(0)).adjusted(2, 2, -2, -2)
    palette = w.results.palette()
    back = palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
    fore = palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText)
    assert _off_the_selection_colours(image, row, back, fore) == 0


# ------------------------------------------------------------------------------------------
# polish: the start page closes with Escape; shortcuts and About say everything
# ------------------------------------------------------------------------------------------


def test_escape_closes_the_start_page(window: MainWindow, qtbot: Any) -> None:
    page = install_meeting_actions(window).show_start_page()
    settle(window)
    tool = page.window()
    activate(qtbot, tool)
    qtbot.keyClick(QApplication.focusWidget() or tool, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tool.isVisible(), timeout=WAIT_MS)


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_every_shortcut_is_described_whole(
    store: Store, settings: Any, qtbot: Any, language: str
) -> None:
    """Before: "Close bnldesk (notes are saved as you type; an unsaved meeting i…"."""
    with _in_language(store, settings, language) as controller:
        w = controller.open_window(restore=False)
        settle(w)
        activate(qtbot, w)
        w.show_shortcuts()
        dialog = w.shortcuts_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
        view = dialog.findChild(QTableView)
        assert view is not None
        settle(w)  # the rows are measured once the columns have their widths
        model, metrics = view.model(), view.fontMetrics()
        # The room Qt's item views leave around a cell's text.
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        header = view.horizontalHeader()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            assert metrics.horizontalAdvance(title) < header.sectionSize(column), title
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                text = str(model.data(model.index(row, column)) or "")
                cell = view.visualRect(model.index(row, column)).adjusted(margin, 0, -margin, 0)
                needed = metrics.boundingRect(cell, int(Qt.TextFlag.TextWordWrap), text)
                assert needed.width() <= cell.width() and needed.height() <= cell.height(), (
                    text,
                    cell,
                    needed,
                )


def test_about_names_the_licence(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shortcuts list promises "Version and licence"; About showed only the version."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    window.show_about()
    assert shown and "EUPL-1.2" in shown[0] and "0." in shown[0], shown


# ------------------------------------------------------------------------------------------
# polish: column titles are whole in every language
# ------------------------------------------------------------------------------------------


def _cut_titles(top: QWidget) -> list[str]:
    """The column titles of the visible tables in ``top`` that their section does not hold."""
    cut = []
    for view in top.findChildren(QTableView):
        if not view.isVisible() or view.model() is None:
            continue
        header = view.horizontalHeader()
        if header.isHidden():
            continue
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column in range(view.model().columnCount()):
            if header.isSectionHidden(column):
                continue
            title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
            if metrics.horizontalAdvance(title) + 4 > header.sectionSize(column):
                cut.append(f"{view.objectName()}: {title!r} in {header.sectionSize(column)} px")
    return cut


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_column_titles_are_whole(store: Store, settings: Any, qtbot: Any, language: str) -> None:
    """Before: "rantwoordeli" (NL) and "esponsabl" (FR) in the meeting's action items."""
    with store.transaction() as s:
        note = add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="Nota"))
        add_action(s, note, "Ontwerpstandpunt rondsturen", "An Peeters", dt.date(2026, 12, 4))
    with _in_language(store, settings, language) as controller:
        w = _window_on_a_note(controller.open_window(restore=False), store, qtbot)
        w.resize(1280, 720)
        features = install_meeting_actions(w)
        start = features.show_start_page().window()
        meetings = features.show_meetings()
        meetings.new_meeting()
        settle(w)
        for top in (w, start, meetings.window()):
            top.resize(top.size().boundedTo(QSize(1280, 720)))
        settle(w)
        assert [cut for top in (w, start, meetings.window()) for cut in _cut_titles(top)] == []


# ------------------------------------------------------------------------------------------
# polish: a file that is not a database offers another one or a new one, not only Quit
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("offer", [Offer.CREATE_NEW, Offer.OPEN_OTHER])
def test_a_text_file_as_database_offers_another_or_a_new_one(
    qapp: Any, tmp_path: Path, offer: Offer
) -> None:
    text_file = tmp_path / "notes.db"
    text_file.write_text("Dit is geen databank, maar een tekstbestand.\n", encoding="utf-8")
    before = text_file.read_bytes()
    other = tmp_path / "other.db"
    if offer is Offer.OPEN_OTHER:
        open_store(other).close()
    seen: list[StartupFaultDialog] = []
    asked: list[tuple[Offer, Path]] = []

    def click(dialog: StartupFaultDialog) -> int:
        seen.append(dialog)
        dialog.show()
        dialog.buttons[offer].click()
        return dialog.result()

    def choose(chosen: Offer, near: Path) -> Path:
        asked.append((chosen, near))
        return other

    opened = startup_open(text_file, run_fault_dialog=click, choose_file=choose)
    try:
        assert [list(dialog.buttons) for dialog in seen] == [
            [Offer.OPEN_OTHER, Offer.CREATE_NEW, Offer.QUIT]
        ]
        assert asked == [(offer, text_file)]
        assert opened is not None and opened.store is not None
        assert opened.store.path == other and not opened.store.read_only
        with opened.store.read() as s:
            assert s.scalar(select(func.count()).select_from(Workgroup)) > 0
        assert text_file.read_bytes() == before  # left alone
    finally:
        if opened is not None:
            opened.close()


# ------------------------------------------------------------------------------------------
# polish: what receiving did is said in the interface language
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Received: 2 added, 1 conflict (both versions kept), 1 left out (private"),
        ("nl", "Ontvangen: 2 toegevoegd, 1 conflict (beide versies bewaard), 1 weggelaten ("),
        ("fr", "Reçu\u00a0: 2 ajoutés, 1 conflit (les deux versions conservées), 1 écarté ("),
    ],
)
def test_the_receive_summary_is_in_the_interface_language(
    qapp: Any, language: str, expected: str
) -> None:
    """Before: the window showed the command line's 'changed: 2 added, 1 conflict, …'."""
    report = ReceiveReport(
        author="Jan",
        changes=[
            Change("annotation", "added", "Nota over SENN-CRISE"),
            Change("action", "added", "Zaal reserveren"),
            Change("annotation", "conflict", "Standpunt crisisoefening"),
        ],
        refused=[Change("annotation", "refused", "Privé nota")],
    )
    i18n.install(language)
    try:
        summary = receive_summary(report)
        assert summary.startswith(expected), summary
        # Not the command line's "changed: 2 added, …" (in English: "Received: 2 added, …").
        assert "changed:" not in summary and ("added" not in summary or language == "en")
        preview = ReceivePreview(report)
        text = preview.findChild(QPlainTextEdit)
        assert text is not None and "added" not in text.toPlainText()
        preview.deleteLater()
    finally:
        i18n.install("en")


def test_a_cut_action_title_is_whole_in_its_tooltip(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    w = _window_on_a_note(window, store, qtbot)
    title = "Send evacuation input to the Secretariat-General before the crisis exercise"
    w.notes.add_action(title, "Anna")
    settle(w)
    model = w.notes.actions_model
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == title
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "Anna"

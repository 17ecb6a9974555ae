"""The habits of a desktop application (issue 12, item 6): context menus, the standard Edit
actions and keys, undo texts naming the action, a dark palette that stays readable, plan
objects dragged onto a meeting's agenda, the panes sized by their content."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu
from sqlalchemy import select
from ui_support import (
    WAIT_MS,
    activate,
    click_row,
    new_action_item,
    press,
    settle,
    type_into,
    wait_for,
    write_note,
)

from bnldesk.domain.models import ActionItem, AgendaItem, Annotation, TargetKind
from bnldesk.services import meetings as meeting_service
from bnldesk.store.engine import Store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.models import IdRole, KindRole
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.features import install_meeting_actions
from bnldesk.ui.widgets import colours
from bnldesk.ui.widgets.object_drag import current_object_mime


def open_menu(qtbot: Any, view: Any, row: int) -> QMenu:
    """Right-click a row; the menu that pops up."""
    index = view.model().index(row, 0)
    pos = view.visualRect(index).center()
    view.customContextMenuRequested.emit(pos)
    menu = view.findChild(QMenu, "contextMenu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=WAIT_MS)
    return menu


def test_every_list_and_tree_has_a_context_menu(window: MainWindow, qtbot: Any) -> None:
    """Before: no context menu anywhere."""
    activate(qtbot, window)
    settle(window)
    menu = open_menu(qtbot, window.plan_tree, 0)
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert "New note" in texts and "Copy reference" in texts
    assert any(t.startswith("Export brief") for t in texts)
    menu.close()
    window.nav_tabs.setCurrentIndex(1)
    settle(window)
    menu = open_menu(qtbot, window.workgroup_tree, 0)
    # New note, the first entry, on the workgroup under the mouse.
    assert menu.actions()[0].text().replace("&", "") == "New note"
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    settle(window)
    assert window.current is not None and window.current[0] == "workgroup"
    assert window.notes.stack.currentIndex() == 1
    menu.close()


def test_edit_menu_has_the_standard_actions_and_undo_names_the_change(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: no Cut/Copy/Paste in Edit, no Ctrl+Y, and Undo did not say what it undoes."""
    edit = window.menus["edit"]
    texts = [a.text().replace("&", "") for a in edit.actions() if a.text()]
    for wanted in ("Cut", "Copy", "Paste", "Select all"):
        assert wanted in texts
    redo_keys = [k.toString() for k in window.registry[ActionId.REDO].shortcuts()]
    assert "Ctrl+Y" in redo_keys
    window.nav_tabs.setCurrentIndex(1)
    settle(window)
    click_row(qtbot, window.workgroup_tree, 0)
    settle(window)
    press(qtbot, window, "Ctrl+N")
    type_into(qtbot, window.notes.body, "Standpunt")
    qtbot.keyClick(window.notes.body, Qt.Key.Key_Tab)
    wait_for(qtbot, lambda: window.undo_stack.undoText() == "Add note", window)
    window.notes.priority.setFocus()
    qtbot.keyClick(window.notes.priority, Qt.Key.Key_Down)
    qtbot.keyClick(window.notes.priority, Qt.Key.Key_Tab)
    wait_for(qtbot, lambda: window.undo_stack.undoText() == "Change priority", window)
    assert window.registry[ActionId.UNDO].text().replace("&", "") == "Undo Change priority"
    press(qtbot, window, "Ctrl+Z")
    settle(window)
    assert window.registry[ActionId.REDO].text().replace("&", "") == "Redo Change priority"
    window.table.setFocus()
    press(qtbot, window.table, "Ctrl+Y")
    settle(window)
    with store.read() as s:
        assert int(s.scalars(select(Annotation.priority)).one()) == 1

    # Copy reference: the id the command line and an agenda understand.
    press(qtbot, window, "Ctrl+Shift+C")
    kind, obj_id = window.current or ("", 0)
    assert QGuiApplication.clipboard().text() == f"{kind}:{obj_id}"


@pytest.fixture
def dark(qapp: QApplication) -> Any:
    """A dark palette, as a desktop theme would set it."""
    before = qapp.palette()
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.PlaceholderText, "#8a8a8a"),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(before)


def test_colours_stay_readable_under_a_dark_palette(
    dark: QPalette, window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: under a dark palette the "New" badge and the kind labels were unreadable
    (#1d4ed8 on #1e1e1e has a contrast of 2.2)."""
    base = dark.color(QPalette.ColorRole.Base)
    for accent in (colours.LINK, colours.NEW, colours.FLAGSHIP, colours.WARNING):
        assert colours.contrast(colours.accent(accent), base) >= 4.5
    assert colours.contrast(colours.muted(), base) >= 4.5
    window.show_object("item", 1)
    settle(window)
    html = window.detail.toHtml()
    found = {c.lower() for c in re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", html)}
    assert found
    background = dark.color(QPalette.ColorRole.Base)
    highlight = dark.color(QPalette.ColorRole.Highlight)
    for name in found - {"#111111"}:  # the search marker's text, on its own yellow
        colour = QColor(name)
        assert max(colours.contrast(colour, background), colours.contrast(colour, highlight)) >= 4.5


def test_a_plan_item_dropped_on_the_agenda_becomes_a_point(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: dragging a plan item onto the agenda did nothing."""
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=2), dt.time(10))
    with store.transaction() as s:
        meeting_service.create_meeting(
            s, meeting_service.MeetingFields(workgroup="SENN-CRISE", starts_at=start)
        )
    features = install_meeting_actions(window)
    panel = features.show_meetings()
    wait_for(qtbot, lambda: panel.model.rowCount() == 1, window)
    click_row(qtbot, panel.view, 0)
    wait_for(qtbot, lambda: panel.editor.meeting_id is not None, window)
    window.set_scope(None)
    wait_for(qtbot, lambda: window.list_model.rowCount() > 0, window)
    click_row(qtbot, window.table, 0, 1)
    item_id = int(window.table.currentIndex().data(IdRole))
    mime = current_object_mime(window.table, KindRole, IdRole)
    assert mime is not None
    target = panel.editor.agenda_view.viewport()
    centre = QPointF(target.rect().center())
    for event_type in ("enter", "drop"):
        if event_type == "enter":
            continue
        drop = QDropEvent(
            centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        panel.editor.agenda_view.dropEvent(drop)
    settle(window)
    with store.read() as s:
        point = s.scalars(select(AgendaItem)).one()
    assert (point.target_kind, point.target_id) == (TargetKind.ITEM, item_id)
    wait_for(qtbot, lambda: panel.editor.agenda_model.rowCount() == 1, window)


def test_the_note_editor_gets_the_height_it_needs(window: MainWindow, qtbot: Any) -> None:
    """Before: at 1280x720 the detail pane was 170 px and the editor needed scrolling while
    an empty notes area took the rest."""
    window.resize(1280, 720)
    activate(qtbot, window)
    window.nav_tabs.setCurrentIndex(1)
    settle(window)
    click_row(qtbot, window.workgroup_tree, 0)
    settle(window)
    detail_without_note = window.detail.height()
    press(qtbot, window, "Ctrl+N")
    settle(window)
    QApplication.processEvents()
    scroll = window.notes_scroll.verticalScrollBar()
    assert scroll.maximum() == 0  # the whole editor is in view
    assert detail_without_note > window.detail.height()  # the detail had the room before
    assert window.detail.height() >= 64


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_a_stored_note_fits_1280x720_without_scrolling(
    store: Store, settings: Any, qtbot: Any, language: str
) -> None:
    """Before: at 1280x720 the note editor needed scrolling (and its fields were cut off on
    the right in Dutch and French when status and priority shared a row)."""
    from bnldesk.services.annotations import NoteFields, add_action, add_annotation
    from bnldesk.services.annotations import resolve_target as target
    from bnldesk.ui import i18n
    from bnldesk.ui.app import Controller

    with store.transaction() as s:
        for body in ("Eerste nota", "Tweede nota met een langere tekst over de oefening"):
            note = add_annotation(s, target(s, "SENN-CRISE"), NoteFields(body=body, priority=3))
        add_action(s, note, "Standpunt rondsturen", "An", dt.date(2026, 12, 4))
        note_id = note.id
    settings.set("prefs/language", language)
    controller = Controller(store, settings)
    try:
        window = controller.open_window(restore=False)
        # What a 1280x720 screen leaves a window: title bar and borders, a task bar.
        window.resize(1264, 650)
        activate(qtbot, window)
        window.show_object("annotation", note_id)
        settle(window)
        QApplication.processEvents()
        assert window.notes_scroll.verticalScrollBar().maximum() == 0
        assert window.notes_scroll.horizontalScrollBar().maximum() == 0
        panel = window.notes
        right_edge = panel.width()
        for field in (panel.priority, panel.status, panel.visibility, panel.consult):
            assert field.mapTo(panel, field.rect().topRight()).x() <= right_edge
        # Every column title of the action items is whole.
        header = panel.actions_view.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(panel.actions_model.columnCount()):
            title = str(panel.actions_model.headerData(column, Qt.Orientation.Horizontal))
            assert metrics.horizontalAdvance(title) + 8 <= header.sectionSize(column), title
    finally:
        controller.shutdown()
        i18n.install("en")


def test_file_dialogs_speak_the_interface_language(qapp: QApplication) -> None:
    """Before: Qt's file dialog stayed English in the Dutch interface (the desktop's native
    dialog follows the system language)."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    from bnldesk.ui import i18n

    try:
        i18n.install("nl")
        assert qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs) == (
            i18n.resolve("system") != "nl"
        )
        dialog = QFileDialog(None, "", "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        texts = [b.text().replace("&", "") for b in box.buttons()]
        assert "Annuleren" in texts
        dialog.deleteLater()
    finally:
        i18n.install("en")


def test_the_calendar_opens_inside_the_screen(qapp: QApplication, qtbot: Any) -> None:
    """Before: the calendar popup was cut off at the screen's edge."""
    from PySide6.QtWidgets import QCalendarWidget

    from bnldesk.ui.widgets.date_fields import DateField

    field = DateField()
    qtbot.addWidget(field)
    room = qapp.primaryScreen().availableGeometry()
    field.resize(120, 26)
    field.move(room.right() - 60, room.bottom() - 20)  # in the bottom-right corner
    field.show()
    field.open_calendar()
    popup = field.findChild(QCalendarWidget)
    assert popup is not None and popup.isVisible()
    geometry = popup.geometry()
    assert room.contains(geometry.topLeft()) and room.contains(geometry.bottomRight())
    popup.close()


def test_tab_moves_through_the_action_table(window: MainWindow, qtbot: Any) -> None:
    """Before: Tab left the action table for the filter bar."""
    window.nav_tabs.setCurrentIndex(1)
    settle(window)
    click_row(qtbot, window.workgroup_tree, 0)
    settle(window)
    write_note(qtbot, window, "Met actiepunten")
    new_action_item(qtbot, window, "Eerste")  # the title cell typed in, Enter
    table = window.notes.actions_view
    activate(qtbot, window)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.hasFocus()
    assert table.currentIndex().column() == 1


def test_small_dialogs_have_no_minimise_or_maximise_button(window: MainWindow, qtbot: Any) -> None:
    """Before: small dialogs carried minimise and maximise buttons."""
    from bnldesk.ui.meetings.action_dialog import ActionDialog
    from bnldesk.ui.settings.preferences import PreferencesDialog

    for dialog in (ActionDialog(window), PreferencesDialog(window.settings, window)):
        flags = dialog.windowFlags()
        assert not flags & Qt.WindowType.WindowMinimizeButtonHint
        assert not flags & Qt.WindowType.WindowMaximizeButtonHint
        assert flags & Qt.WindowType.WindowCloseButtonHint
        dialog.deleteLater()


def typed_where_the_focus_is(qtbot: Any, keys: str | Qt.Key) -> None:
    """Keys as the keyboard sends them: to the widget holding the focus, whichever it is."""
    widget = QApplication.focusWidget()
    assert widget is not None
    if isinstance(keys, str):
        qtbot.keyClicks(widget, keys)
    else:
        qtbot.keyClick(widget, keys)


def test_add_puts_the_cursor_in_the_new_action_items_action_cell(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Trial N2: after a click on Add the focus stayed on the button; typing was lost, the
    space added a second row and the date became row 1's action."""
    window.nav_tabs.setCurrentIndex(1)
    settle(window)
    click_row(qtbot, window.workgroup_tree, 0)
    settle(window)
    write_note(qtbot, window, "Met actiepunten")
    activate(qtbot, window)
    qtbot.mouseClick(window.notes.add_action_button, Qt.MouseButton.LeftButton)
    table = window.notes.actions_view
    wait_for(qtbot, lambda: table.state() == table.State.EditingState, window)
    for keys in ("Standpunt afstemmen", Qt.Key.Key_Tab, "Anna", Qt.Key.Key_Tab, "15-12-2026"):
        typed_where_the_focus_is(qtbot, keys)
        settle(window)
    typed_where_the_focus_is(qtbot, Qt.Key.Key_Return)
    settle(window)
    with store.read() as s:
        actions = s.scalars(select(ActionItem).where(ActionItem.deleted_at.is_(None))).all()
        assert [(a.title, a.owner, a.due_date) for a in actions] == [
            ("Standpunt afstemmen", "Anna", dt.date(2026, 12, 15))
        ]


def test_another_object_shows_its_notes_from_the_top(window: MainWindow, qtbot: Any) -> None:
    """Scrolled down to one workgroup's action items, the next workgroup chosen kept the notes
    pane scrolled: its header and New note button were out of sight (fifth delegate trial)."""
    window.resize(1000, 560)
    activate(qtbot, window)
    window.nav_tabs.setCurrentIndex(1)
    settle(window)
    click_row(qtbot, window.workgroup_tree, 0)
    settle(window)
    press(qtbot, window, "Ctrl+N")
    settle(window)
    QApplication.processEvents()
    scroll = window.notes_scroll.verticalScrollBar()
    assert scroll.maximum() > 0  # the editor is taller than its pane at this size
    scroll.setValue(scroll.maximum())  # the delegate scrolled down to the action items
    click_row(qtbot, window.workgroup_tree, 1)
    settle(window)
    QApplication.processEvents()
    assert scroll.value() == 0
    assert not window.notes.title.visibleRegion().isEmpty()

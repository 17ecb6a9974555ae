"""The delegate's everyday tasks, driven with keyboard and mouse events on the real window
(offscreen), each checked in the database afterwards.

Each test names the defect it guards against (issue 12); they failed before the fix.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from ui_support import (
    activate,
    click_debrief,
    click_row,
    double_click_cell,
    go_to,
    leave,
    new_action_item,
    open_meetings,
    pick,
    press,
    settle,
    type_into,
    wait_for,
    write_note,
)

from bnldesk.domain.models import (
    ActionItem,
    AgendaItem,
    Annotation,
    Meeting,
    PlanItem,
    TargetKind,
    Workgroup,
)
from bnldesk.services import meetings as meeting_service
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui import dates
from bnldesk.ui.actions import ActionId
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.features import install_meeting_actions
from bnldesk.ui.widgets.date_fields import DateField


def workgroup_id(store: Store, code: str) -> int:
    with store.read() as s:
        found = s.scalar(select(Workgroup.id).where(Workgroup.code == code))
    assert found is not None
    return int(found)


def live_notes(store: Store) -> list[Annotation]:
    with store.read() as s:
        notes = list(s.scalars(select(Annotation).where(Annotation.deleted_at.is_(None))))
        for note in notes:
            _ = [t.name for t in note.tags]
            s.expunge(note)
    return notes


# ------------------------------------------------------------------------------------------
# 1-2: find a workgroup and annotate it
# ------------------------------------------------------------------------------------------


def test_find_a_workgroup_and_annotate_it(window: MainWindow, store: Store, qtbot: Any) -> None:
    go_to(qtbot, window, "SENN-CRISE")
    assert window.current == ("workgroup", workgroup_id(store, "SENN-CRISE"))
    notes = window.notes
    press(qtbot, window, "Ctrl+N")
    type_into(qtbot, notes.body, "Standpunt BE: steun <b> & 'oefening' 🇧🇪 مرحبا")
    leave(qtbot, notes.body)
    type_into(qtbot, notes.tags, "oefening-2026, te bespreken")
    leave(qtbot, notes.tags)
    type_into(qtbot, notes.consult, "FOD Binnenlandse Zaken")
    leave(qtbot, notes.consult)
    wait_for(qtbot, lambda: len(live_notes(store)) == 1, window)
    wait_for(qtbot, lambda: live_notes(store)[0].consult == "FOD Binnenlandse Zaken", window)
    note = live_notes(store)[0]
    assert note.body == "Standpunt BE: steun <b> & 'oefening' 🇧🇪 مرحبا"
    assert sorted(t.name for t in note.tags) == ["oefening-2026", "te bespreken"]
    assert note.target_key == "wg:SENN-CRISE"


def test_ctrl_n_left_untouched_stores_no_empty_note(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: Ctrl+N stored an "(empty note)" that stayed when the delegate went elsewhere."""
    go_to(qtbot, window, "SENN-CRISE")
    with store.transaction() as s:
        add_annotation(s, resolve_target(s, "VET-CVO"), NoteFields(body="Eerdere nota"))
    go_to(qtbot, window, "VET-CVO")
    press(qtbot, window, "Ctrl+N")
    settle(window)
    assert window.notes.stack.currentIndex() == 1  # the editor is open on the new note
    assert window.notes.body.toPlainText() == ""  # not the text of the note shown before
    go_to(qtbot, window, "SENN-CRISE")
    press(qtbot, window, "Ctrl+N")
    settle(window)
    go_to(qtbot, window, "VET-CVO")
    settle(window)
    assert window.current == ("workgroup", workgroup_id(store, "VET-CVO"))
    assert [n.body for n in live_notes(store)] == ["Eerdere nota"]


# ------------------------------------------------------------------------------------------
# action items: typed dates are stored as typed, in every language
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_typed_due_date_is_stored_as_typed(
    store: Store, settings: Any, qtbot: Any, language: str
) -> None:
    """Before: typing 2026-12-15 stored 2026-11-12, 2027-01-15 became 2027-12-01."""
    from bnldesk.ui import i18n

    settings.set("prefs/language", language)
    controller = Controller(store, settings)
    try:
        w = controller.open_window(restore=False)
        settle(w)
        go_to(qtbot, w, "SENN-CRISE")
        write_note(qtbot, w, "Actiepunten")
        new_action_item(qtbot, w, "Standpunt rondsturen")
        view = w.notes.actions_view
        typed = {
            "2026-12-15": dt.date(2026, 12, 15),
            "15/01/2027": dt.date(2027, 1, 15),
            dates.format_date(dt.date(2027, 3, 4)): dt.date(2027, 3, 4),
        }
        activate(qtbot, w)
        for text, expected in typed.items():
            double_click_cell(qtbot, view, 0, 2)
            editor = view.viewport().findChild(DateField)
            assert editor is not None
            type_into(qtbot, editor, text)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            settle(w)
            with store.read() as s:
                assert s.scalars(select(ActionItem.due_date)).one() == expected, text
        # A date that cannot be read is refused in sight; the stored date stays.
        double_click_cell(qtbot, view, 0, 2)
        editor = view.viewport().findChild(DateField)
        assert editor is not None
        type_into(qtbot, editor, "31/02/2027")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        settle(w)
        assert "31/02/2027" in w.notes.saved_label.text()
        with store.read() as s:
            assert s.scalars(select(ActionItem.due_date)).one() == dt.date(2027, 3, 4)
    finally:
        controller.shutdown()
        i18n.install("en")


# ------------------------------------------------------------------------------------------
# 4: brief and export
# ------------------------------------------------------------------------------------------


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """No viewer on this machine: every attempt to open a file fails."""
    urls: list[QUrl] = []

    def fail(url: QUrl) -> bool:
        urls.append(url)
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fail))
    return urls


def test_brief_says_what_it_leaves_out_and_asks_before_replacing(
    window: MainWindow,
    store: Store,
    settings: Any,
    qtbot: Any,
    tmp_path: Path,
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before: "no notes yet" although a private note existed; the plan year followed the
    window's year filter (2022 for a workgroup of 2013 only); a second export replaced the
    first without asking; Open file did nothing and said nothing without a viewer."""
    settings.set("prefs/export_dir", str(tmp_path))
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=3), dt.time(10))
    with store.transaction() as s:
        add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="Eigen standpunt"))
        meeting = meeting_service.create_meeting(
            s, meeting_service.MeetingFields(workgroup="SENN-CRISE", starts_at=start)
        )
        meeting_service.add_agenda_point_from_text(s, meeting.id, "Oefening 2027 voorbereiden")
    pick(qtbot, window.filter_bar.year, "2022")
    go_to(qtbot, window, "SENN-CRISE")
    press(qtbot, window, "Ctrl+P")
    dialog = window.brief_dialog  # type: ignore[attr-defined]
    wait_for(qtbot, lambda: dialog.left_out_label.isVisible(), window)
    assert "1 private note" in dialog.left_out_label.text()
    # SENN-CRISE is in the 2013 plan only: the brief describes that plan, whatever the
    # window's year filter says.
    assert dialog.year_combo.currentData() == 2013
    assert dialog.meeting_combo.currentData() == meeting.id  # its agenda is in the brief
    dialog.private_box.setFocus()
    qtbot.keyClick(dialog.private_box, Qt.Key.Key_Space)
    assert dialog.private_box.isChecked()
    path = dialog.path()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: hasattr(window, "export_done_box"), window)
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Oefening 2027 voorbereiden" in text  # the agenda of the coming meeting
    assert "Eigen standpunt" in text
    box = window.export_done_box  # type: ignore[attr-defined]
    qtbot.mouseClick(box.findChild(type(box.buttons()[0]), "openFile"), Qt.MouseButton.LeftButton)
    failure = box.failure
    assert str(path) in failure.informativeText()
    failure.close()
    box.close()
    size = path.stat().st_size

    # The same export again: asked before replacing; "No" leaves the first file as it was.
    asked: list[str] = []

    def answer_no(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_no))
    press(qtbot, window, "Ctrl+P")
    again = window.brief_dialog  # type: ignore[attr-defined]
    settle(window)
    type_into(qtbot, again.path_row.edit, str(path))
    qtbot.keyClick(again, Qt.Key.Key_Return)
    settle(window)
    assert asked and path.name in asked[0]
    assert again.isVisible()
    assert path.stat().st_size == size
    again.reject()


def test_meeting_brief_from_the_meetings_window(
    window: MainWindow, store: Store, settings: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Before: the Meetings window had no brief button or menu, and Ctrl+P did nothing."""
    settings.set("prefs/export_dir", str(tmp_path))
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=3), dt.time(10))
    with store.transaction() as s:
        meeting = meeting_service.create_meeting(
            s, meeting_service.MeetingFields(workgroup="SENN-CRISE", starts_at=start)
        )
        meeting_service.add_agenda_point_from_text(s, meeting.id, "Rondvraag")
    panel = open_meetings(qtbot, window)
    wait_for(qtbot, lambda: panel.model.rowCount() == 1, window)
    click_row(qtbot, panel.view, 0)
    wait_for(qtbot, lambda: panel.editor.meeting_id == meeting.id, window)
    press(qtbot, panel.editor.title, "Ctrl+P")
    dialog = window.brief_dialog  # type: ignore[attr-defined]
    assert dialog.isVisible()
    assert dialog.subject.meeting == str(meeting.id)
    path = dialog.path()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: path.exists(), window)
    assert "Rondvraag" in "".join(p.extract_text() for p in PdfReader(path).pages)


# ------------------------------------------------------------------------------------------
# 6: run a meeting
# ------------------------------------------------------------------------------------------


def test_run_a_meeting_with_the_keyboard(window: MainWindow, store: Store, qtbot: Any) -> None:
    """Before: Enter in Place or Chair wiped the whole form; edits to a point were lost when
    another point was selected; an exact project title became a free-text point; a debrief
    left the note counts stale."""
    with store.read() as s:
        item_id, item_title = s.execute(
            select(PlanItem.id, PlanItem.title).where(PlanItem.kind == "flagship").limit(1)
        ).one()
    panel = open_meetings(qtbot, window)
    editor = panel.editor
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.workgroup, "SENN-CRISE")
    type_into(qtbot, editor.starts.date, "2027-01-15")
    type_into(qtbot, editor.starts.time, "9u30")
    type_into(qtbot, editor.ends.date, "15/01/2027")
    type_into(qtbot, editor.ends.time, "12:00")
    type_into(qtbot, editor.place, "Benelux-Secretariaat, Brussel")
    qtbot.keyClick(editor.place, Qt.Key.Key_Return)  # saves; wiped the form before
    wait_for(qtbot, lambda: editor.meeting_id is not None, window)
    with store.read() as s:
        meeting = s.scalars(select(Meeting)).one()
        assert meeting.place == "Benelux-Secretariaat, Brussel"
        assert meeting.starts_at == dt.datetime(2027, 1, 15, 9, 30)
        assert meeting.ends_at == dt.datetime(2027, 1, 15, 12, 0)
    type_into(qtbot, editor.chair, "Voorzitter (NL)")
    qtbot.keyClick(editor.chair, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: editor.chair.text() == "Voorzitter (NL)", window)

    # Agenda: an exact project title, then free text.
    for text in (item_title.upper(), "Rondvraag"):
        type_into(qtbot, editor.new_point, text)
        qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
        settle(window)
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 2, window)
    with store.read() as s:
        points = s.scalars(select(AgendaItem).order_by(AgendaItem.position)).all()
        assert points[0].target_kind == TargetKind.ITEM and points[0].target_id == item_id
        assert points[1].target_kind == TargetKind.FREE
        assert s.scalars(select(Meeting.chair)).one() == "Voorzitter (NL)"

    # Outcome typed on point 1, then point 2 clicked: the outcome is kept.
    click_row(qtbot, editor.agenda_view, 0, 1)
    type_into(qtbot, editor.point_outcome, "Aangenomen; BE levert de tekst.")
    click_row(qtbot, editor.agenda_view, 1, 1)
    settle(window)
    with store.read() as s:
        outcome = s.scalars(select(AgendaItem.outcome).where(AgendaItem.position == 1)).one()
    assert outcome == "Aangenomen; BE levert de tekst."

    # Debrief: the note is written and the main window's counts follow.
    click_debrief(qtbot, editor)
    settle(window)
    wait_for(
        qtbot, lambda: window.status.totals is not None and window.status.totals.notes == 1, window
    )
    assert "1 note" in window.status_counts.text()
    with store.read() as s:
        note = s.scalars(select(Annotation)).one()
    assert "Aangenomen" in note.body


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, answers: list[QMessageBox.StandardButton]
) -> list[str]:
    """QMessageBox.question answered with ``answers`` in turn; the questions asked (a list
    filled as they are asked)."""
    asked: list[str] = []

    def answer(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    return asked


def test_unsaved_new_meeting_is_asked_about_on_quit(
    window: MainWindow, store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: Ctrl+Q threw away an unsaved meeting draft without a prompt."""
    panel = open_meetings(qtbot, window)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, panel.editor.title, "Voorbereiding Benelux-top")
    asked = answer_questions(
        monkeypatch, [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    )
    press(qtbot, window, "Ctrl+Q")
    assert window.isVisible()  # Cancel: the window stays, the draft too
    assert panel.editor.title.text() == "Voorbereiding Benelux-top"
    press(qtbot, window, "Ctrl+Q")
    settle(window)
    assert len(asked) == 2
    assert not window.isVisible()
    with store.read() as s:
        assert s.scalars(select(Meeting.title)).all() == ["Voorbereiding Benelux-top"]


# ------------------------------------------------------------------------------------------
# 5: switch language
# ------------------------------------------------------------------------------------------


def test_language_switch_keeps_a_meeting_draft(
    controller: Controller, store: Store, qtbot: Any
) -> None:
    """Before: a language switch dropped the meeting form, and a new meeting then defaulted
    to 01-01-2000 00:00."""
    window = controller.open_window(restore=False)
    settle(window)
    panel = open_meetings(qtbot, window)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, panel.editor.title, "Overleg crisisbeheersing")
    type_into(qtbot, panel.editor.place, "Den Haag")
    dutch = controller.set_language("nl")
    assert dutch is not None
    settle(dutch)
    new_panel = install_meeting_actions(dutch).meetings_panel()
    assert new_panel is not None
    editor = new_panel.editor
    assert editor.title.text() == "Overleg crisisbeheersing"
    assert editor.place.text() == "Den Haag"
    expected = dt.date.today() + dt.timedelta(days=7)
    assert editor.starts.value() == dt.datetime.combine(expected, dt.time(10, 0))
    editor.new()  # the draft is not needed any more


# ------------------------------------------------------------------------------------------
# a second window on the same database
# ------------------------------------------------------------------------------------------


def test_a_read_only_window_says_so_and_takes_no_edits(
    store: Store, settings: Any, qtbot: Any
) -> None:
    """Before: the second window looked writable; Ctrl+N and typing gave an error, the text
    was lost, Undo became enabled; its title said only "bnldesk" and it sat on the first."""
    from bnldesk.store.engine import open_store

    second = open_store(store.path, read_only=True)
    controller = Controller(second, settings)
    try:
        w = controller.open_window(restore=False)
        settle(w)
        assert "read-only" in w.windowTitle()
        assert store.path.name in w.windowTitle()
        assert w.status.read_only.isVisible()
        go_to(qtbot, w, "SENN-CRISE")
        press(qtbot, w, "Ctrl+N")
        settle(w)
        assert w.notes.stack.currentIndex() == 0  # no editor opened
        assert not w.registry[ActionId.UNDO].isEnabled()
        assert not w.registry[ActionId.NEW_NOTE].isEnabled()
        assert live_notes(store) == []
    finally:
        controller.shutdown()
        second.close()


def test_a_read_only_window_offers_no_write_anywhere(
    store: Store, settings: Any, qtbot: Any
) -> None:
    """Before: the read-only window's Start page offered "New meeting...", and Sync with
    server stayed on. Every action of the registry that writes is off, so are the Meetings
    menu's and the Start page's button; clicking it opens no meeting form."""
    from bnldesk.store.engine import open_store

    second = open_store(store.path, read_only=True)
    controller = Controller(second, settings)
    try:
        w = controller.open_window(restore=False)
        settle(w)
        writing = {
            ActionId.IMPORT,
            ActionId.IMPORT_NOTES,
            ActionId.SYNC_SERVER,
            ActionId.NEW_NOTE,
            ActionId.DELETE_NOTE,
            ActionId.NEW_ACTION,
            ActionId.UNDO,
            ActionId.REDO,
        }
        disabled = {a for a in ActionId if not w.registry[a].isEnabled()}
        assert writing <= disabled
        features = install_meeting_actions(w)
        for key in ("new_meeting", "receive", "conflicts"):
            assert not features.actions[key].isEnabled(), key
        press(qtbot, w, "Ctrl+Shift+H")
        page = features.show_start_page()
        settle(w)
        assert page.isVisible() and not page.new_meeting.isEnabled()
        qtbot.mouseClick(page.new_meeting, Qt.MouseButton.LeftButton)
        settle(w)
        assert features.meetings_panel() is None  # no meeting form opened
    finally:
        controller.shutdown()
        second.close()
    # The same window on a writable database offers them all.
    controller = Controller(store, settings)
    try:
        w = controller.open_window(restore=False)
        settle(w)
        assert all(w.registry[a].isEnabled() for a in (ActionId.IMPORT, ActionId.SYNC_SERVER))
        page = install_meeting_actions(w).show_start_page()
        settle(w)
        assert page.new_meeting.isEnabled()
    finally:
        controller.shutdown()


# ------------------------------------------------------------------------------------------
# 8: resize and scale
# ------------------------------------------------------------------------------------------


def test_main_window_fits_a_small_screen(window: MainWindow, qtbot: Any) -> None:
    activate(qtbot, window)
    room = window.screen().availableGeometry()
    assert window.frameGeometry().width() <= room.width()
    assert window.frameGeometry().height() <= room.height()
    assert window.statusBar().isVisible()
    assert window.statusBar().geometry().bottom() <= window.height()


def test_excel_dialog_says_what_it_leaves_out(window: MainWindow, store: Store, qtbot: Any) -> None:
    """Before: private notes and other years were left out of the workbook without a word.
    The private note is on a 2022 section: one the 2022 export would hold (trial 11: the
    count is of the notes the export selects, not of the whole database)."""
    with store.transaction() as s:
        add_annotation(s, resolve_target(s, "2.1.1"), NoteFields(body="Eigen standpunt"))
    pick(qtbot, window.filter_bar.year, "2022")
    settle(window)
    press(qtbot, window, "Ctrl+Shift+E")
    dialog = window.excel_dialog  # type: ignore[attr-defined]
    wait_for(qtbot, lambda: dialog.left_out_label.isVisible(), window)
    text = dialog.left_out_label.text()
    assert "1 private note is left out" in text
    assert "Only the 2022 plan" in text
    dialog.private_box.setFocus()
    qtbot.keyClick(dialog.private_box, Qt.Key.Key_Space)
    assert "private" not in dialog.left_out_label.text()
    dialog.reject()


def test_one_date_format_throughout(controller: Controller, store: Store, qtbot: Any) -> None:
    """Before: four date formats across the app (ISO in the notes list, 15-12-2026 on the
    start page, the locale's in the meetings form...)."""
    from bnldesk.ui import i18n

    with store.transaction() as s:
        note = add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="Nota"))
        updated = note.updated_at
    settle(controller.open_window(restore=False))
    try:
        w = controller.set_language("nl")
        assert w is not None
        settle(w)
        press(qtbot, w.table, "Ctrl+2")
        wait_for(qtbot, lambda: w.list_model.rowCount() == 1, w)
        column = [c.key for c in w.list_model.columns].index("updated")
        shown = w.list_model.index(0, column).data()
        assert shown == dates.format_utc(updated)
        assert dates.format_date(updated.date()) in shown
        page = install_meeting_actions(w).show_start_page()
        settle(w)
        assert page.notes_model.index(0, 0).data() == dates.format_utc(updated)
    finally:
        i18n.install("en")


def test_a_cancelled_export_leaves_no_file(
    window: MainWindow, store: Store, settings: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Exports show progress with Cancel; a cancelled one writes nothing and replaces nothing."""
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    settings.set("prefs/export_dir", str(tmp_path))
    go_to(qtbot, window, "SENN-CRISE")
    press(qtbot, window, "Ctrl+P")
    dialog = window.brief_dialog  # type: ignore[attr-defined]
    settle(window)
    path = dialog.path()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    progress = window.findChild(QProgressDialog, "exportProgress")
    assert progress is not None
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    # The Cancel button, before the worker has answered.
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    settle(window)
    assert not path.exists()
    assert list(tmp_path.glob("*.partial*")) == [] and list(tmp_path.glob(".*partial*")) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_ctrl_q_in_the_meetings_window_asks_the_same_question(
    window: MainWindow, store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trial 28: Ctrl+Q inside the Meetings window with an unsaved new meeting did nothing
    (File > Quit asked); it is the same quit, with the same question, from every window."""
    panel = open_meetings(qtbot, window)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, panel.editor.title, "Voorbereiding Benelux-top")
    asked = answer_questions(
        monkeypatch, [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    )
    press(qtbot, panel.editor.title, "Ctrl+Q")  # the Meetings window is the active one
    assert len(asked) == 1
    assert window.isVisible() and panel.isVisible()  # Cancel: everything stays
    press(qtbot, panel.editor.title, "Ctrl+Q")
    settle(window)
    assert len(asked) == 2 and asked[0] == asked[1]
    assert not window.isVisible()
    with store.read() as s:
        assert s.scalars(select(Meeting.title)).all() == ["Voorbereiding Benelux-top"]

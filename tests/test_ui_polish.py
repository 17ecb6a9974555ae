"""What a demanding delegate noticed in the window, kept fixed: panes that fit in every
language at 1280x720, a sensible tab order, Help listing every action, a start page in the
interface language that opens at start, search hits whose kind stays in view, and an empty list
that says where the notes went."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot
from ui_support import go_to, pick, press, settle, type_into, wait_for, write_note

from bnldesk.store.engine import Store
from bnldesk.store.search import SearchHit
from bnldesk.ui import i18n
from bnldesk.ui.app import Controller, show_start_page_at_start
from bnldesk.ui.browse.delegates import HtmlDelegate
from bnldesk.ui.browse.models import SearchResultsModel
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.rows import ActionRow, StartPageRows
from bnldesk.ui.meetings.start_page import StartPage
from bnldesk.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(tmp_path / "settings.ini")
    s.set("prefs/delegation", "BE")  # chosen: not asked
    s.set("prefs/author", "Marie-Christine Vandenberghe-Van Oudenhove")
    return s


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_notes_editor_fits_its_pane_at_1280x720(
    controller: Controller, window: MainWindow, language: str, qtbot: QtBot
) -> None:
    # Before: in Dutch and French the form (status and priority side by side) and the
    # unwrapped "saved" line made the editor wider than its pane: Delete and the fields
    # were cut off on the right, with no scroll bar to reach them.
    w = controller.set_language(language)
    assert w is not None
    w.resize(1280, 720)
    w.show()
    settle(w)
    go_to(qtbot, w, "SENN-CRISE")
    write_note(qtbot, w, "Standpunt")
    QApplication.processEvents()
    assert w.notes.current is not None
    assert w.notes.minimumSizeHint().width() <= w.notes_scroll.viewport().width()
    assert w.notes.width() <= w.notes_scroll.viewport().width()


def test_note_editor_tab_order_follows_the_form(window: MainWindow) -> None:
    n = window.notes
    expected = [
        n.body,
        n.tags,
        n.status,
        n.priority,
        n.position,
        n.position_state,
        n.consult,
        n.visibility,
        n.add_action_button,
    ]
    seen: list[QWidget] = [n.body]
    widget = n.body.nextInFocusChain()
    while len(seen) < len(expected) and widget is not n.body:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget in expected:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen == expected


def test_shortcuts_list_every_menu_action_in_menu_order(window: MainWindow) -> None:
    rows = window.shortcut_rows()
    by_text = {text: (menu, keys) for menu, text, keys, _help in rows}
    # Before: only the registry's actions; the Meetings menu, sharing and backups were missing.
    assert by_text["Start page"] == ("View", "Ctrl+Shift+H")
    assert by_text["Meetings"][1] == "Ctrl+Shift+M"
    for text in ("Share notes", "Receive notes", "Resolve conflicts", "Backups", "Check database"):
        assert by_text[text][0] == "File"
    assert all(help_text for _m, _t, _k, help_text in rows)
    menus = [menu for menu, *_rest in rows]
    order = [a.menu().title().replace("&", "") for a in window.menuBar().actions() if a.menu()]
    assert menus == sorted(menus, key=order.index)
    window.show_shortcuts()
    assert window.shortcuts_dialog.windowTitle() == "Keyboard shortcuts"


def test_start_page_speaks_the_interface_language(qapp: QApplication) -> None:
    sunday = dt.date(2026, 11, 22)
    try:
        for code, day in (("en", "Sunday"), ("nl", "zondag"), ("fr", "dimanche")):
            i18n.install(code)
            page = StartPage()
            page.set_data(StartPageRows(sunday))
            # Before: "Sunday 22 November 2026" in every language (C locale strftime).
            assert day in page.heading.text()
            assert "2026" in page.heading.text()
    finally:
        i18n.install("en")


def test_start_page_cards_read_right_when_empty(qapp: QApplication) -> None:
    page = StartPage()
    overdue = ActionRow(
        id=1,
        title="Ontwerpstandpunt rondsturen",
        owner="An",
        due_date=dt.date(2026, 11, 1),
        status="open",
        overdue=True,
        meeting_id=None,
        annotation_id=None,
        context="SENN-CRISE",
    )
    page.set_data(StartPageRows(dt.date(2026, 11, 22), overdue=(overdue,)))
    # Before: "No open actions." beside a card listing an overdue (so open) action.
    assert page.open_card.empty.text() == "No other open actions."
    page.set_data(StartPageRows(dt.date(2026, 11, 22)))
    assert page.open_card.empty.text() == "No open actions."
    # The empty text sits under the title, not centred in the card.
    assert page.meetings_card.empty.alignment() & Qt.AlignmentFlag.AlignTop


def test_start_page_opens_at_start_unless_turned_off(
    window: MainWindow, settings: Settings
) -> None:
    assert show_start_page_at_start(window)
    settle(window)
    start = window.meeting_features._windows["start"]
    assert start.isVisible()
    assert start.windowTitle() == "Start page"
    start.close()
    settings.set("prefs/start_page", False)
    assert not show_start_page_at_start(window)
    assert not start.isVisible()


def test_items_list_says_where_notes_on_workgroups_are(window: MainWindow, qtbot: QtBot) -> None:
    go_to(qtbot, window, "SENN-CRISE")
    write_note(qtbot, window, "Crisisoefening voorbereiden", tags="crisis-2026")
    # The whole database: no control of the window clears the navigator's scope (yet).
    window.set_scope(None)
    wait_for(qtbot, lambda: window.filter_bar.tag.findText("crisis-2026") >= 0, window)
    pick(qtbot, window.filter_bar.tag, "crisis-2026")
    settle(window)
    # The note is on a workgroup, not on a plan item: the item list is empty, and says why.
    assert window.list_model.total == 0
    assert "Notes (Ctrl+2)" in window.table.empty_text
    press(qtbot, window.table, "Ctrl+2")
    settle(window)
    assert window.list_model.total == 1
    assert window.table.empty_text == ""


def test_search_hit_keeps_its_kind_in_view_when_the_title_is_long(qapp: QApplication) -> None:
    model = SearchResultsModel()
    title = "Werkgroep e-Governance, administratieve vereenvoudiging, open data " * 2
    model.set_hits([SearchHit("workgroup", 7, 2022, title, "open <data> & meer", 0.0)])
    delegate = HtmlDelegate(3)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 320, 60)
    html = delegate.html_for(model.index(0), option)
    # Before: the title was never cut, so "Workgroup · 2022" was pushed out of the row.
    assert "Workgroup · 2022" in html
    assert "…" in html
    assert "&lt;data&gt; &amp; meer" in html


def test_empty_scope_without_filters_does_not_ask_to_remove_one(
    window: MainWindow, qtbot: QtBot
) -> None:
    go_to(
        qtbot, window, "SENN-CRISE"
    )  # the demo data holds no 2013 items under the group's section
    assert window.filter_bar.chip_texts() == []
    assert window.list_model.total == 0
    # Before: "... or remove a filter." with no filter active.
    assert window.table.empty_text.startswith("No plan items here.")
    press(qtbot, window.table, "Ctrl+2")
    settle(window)
    assert window.table.empty_text.startswith("No notes here yet.")


def test_status_bar_counts_the_search_results_while_they_are_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    type_into(qtbot, window.search_box, "efficientie")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    settle(window)
    found = window.results_model.rowCount()
    assert found > 0
    # Before: "71 plan items in the list" under a list of four search results.
    assert window.status_counts.text() == f"{found} search results"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    settle(window)
    assert "plan items in the list" in window.status_counts.text()


def test_scope_of_a_plan_item_names_its_section(window: MainWindow, store: Store) -> None:
    from bnldesk.store import browse

    with store.read() as s:
        item = browse.fetch_items(s, browse.BrowseFilter(plan_year=2022), limit=1)[0]
    window.show_object("item", item.id, reveal=True)
    settle(window)
    window.set_scope(browse.Scope("item", item.id))
    settle(window)
    # Before: "Scope: Plan item — <title>" above a list of the whole section.
    assert window.scope_label.text().startswith("Scope: the section of ")
    sections = {window.list_model.row_data(r).section for r in range(window.list_model.rowCount())}
    assert len(sections) == 1


def test_meeting_editor_shows_titles_as_typed_and_fits_720_pixels(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unittest.mock import MagicMock

    import bnldesk.ui.meetings.editor as meeting_editor
    from bnldesk.ui.meetings.panel import MeetingsPanel
    from bnldesk.ui.meetings.rows import AgendaPointRow

    # The panel on a stand-in window: its edits not stored (bnldesk.ui.unsaved) too.
    monkeypatch.setattr(meeting_editor, "unsaved_edits", lambda _changes: MagicMock())

    try:
        for code, free_text in (("en", "Free text"), ("fr", "Texte libre"), ("nl", "Vrije tekst")):
            i18n.install(code)
            panel = MeetingsPanel(MagicMock())
            # Before: 708 pixels high at least (690 before the title moved), more than a
            # 1280x720 screen leaves under a title bar; 1,500 wide with a long title.
            assert panel.minimumSizeHint().height() <= 640
            assert panel.minimumSizeHint().width() <= 1000
            editor = panel.editor
            # Before: "Free text" stayed English in every language.
            editor.agenda_model.set_rows(
                [AgendaPointRow(1, 1, "<i>Rondvraag</i>", "free", "", "", "")]
            )
            assert editor.agenda_model.index(0, 2).data() == free_text
            assert editor.agenda_model.index(0, 1).data() == "<i>Rondvraag</i>"
    finally:
        i18n.install("en")
    heading = panel.editor.heading
    # Before: "<b>Crisis</b>" was rendered bold, its tags gone.
    heading.setText("<b>Crisis</b> & =cmd|' /C calc'!A0 " + "W" * 300)
    assert heading.textFormat() == Qt.TextFormat.PlainText
    heading.resize(300, 30)
    assert heading.shown_text().startswith("<b>Crisis</b> &")
    assert heading.shown_text().endswith("…")
    assert heading.minimumSizeHint().width() < 100


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    keys = [k for _menu, _text, k, _help in window.shortcut_rows() if k]
    assert len(keys) == len(set(keys)), sorted(keys)


def test_back_up_now_runs_beside_the_worker(window: MainWindow, qtbot: QtBot) -> None:
    from bnldesk.services import backup

    dialog = window.meeting_features.show_backups()
    before = len(backup.list_backups(window.store.path))
    with qtbot.waitSignal(dialog.runner.done, timeout=60000):
        qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
        # Before: the backup ran on the GUI thread, then on the database worker (every query
        # waited behind it); now on a thread of its own, and Enter does not start one.
        assert not dialog.now_button.isEnabled()
    assert not dialog.now_button.autoDefault()
    assert dialog.now_button.isEnabled()
    assert len(backup.list_backups(window.store.path)) == before + 1
    assert dialog.list.model.rowCount() == before + 1
    dialog.close()


def test_check_database_speaks_plainly(window: MainWindow, tmp_path: Path) -> None:
    from bnldesk.ui.settings.backups import check_report_text, run_check

    text = check_report_text(run_check(window.store.path))
    # Before: only "integrity_check: ok" lines and a path.
    assert text.startswith("The database is in good order")
    assert "Structure of the database file: in order" in text
    assert "integrity_check" not in text and "fts5" not in text
    damaged = tmp_path / "damaged.db"
    window.store.engine.dispose()
    shutil.copy(window.store.path, damaged)
    with damaged.open("r+b") as fh:  # pages of a real database overwritten
        fh.seek(4096 * 2)
        fh.write(b"\xa5" * 4096 * 8)
    text = check_report_text(run_check(damaged))
    assert text.startswith("The database is damaged.")
    assert "File > Backups..." in text


def test_saving_a_view_without_filters_explains_instead(
    window: MainWindow, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("alles", True))
    window.filter_bar.ask_save_view()
    # Before: a view named "alles" holding no filter at all was saved.
    assert told and told[0].startswith("No filter is active")
    assert settings.views() == {}
    window.filter_bar.set_value("plan_year", 2022)
    settle(window)
    window.filter_bar.ask_save_view()
    assert list(settings.views()) == ["alles"]

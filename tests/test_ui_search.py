"""Searching in the window as a delegate does: typed into the search box with the filters set
(issue 12: search within the filters), the detail pane following the selected row, lists that
jump to their end, and a search that never waits behind background work."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text
from ui_support import WAIT_MS, answering, click_row, pick, press, settle, type_into, wait_for

from bnldesk.domain.models import Contact, Plan, PlanItem
from bnldesk.services.annotations import NoteFields, add_annotation, target_of
from bnldesk.store import browse
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.browse.list_model import PAGE
from bnldesk.ui.browse.models import IdRole, KindRole
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.worker import Priority


def type_search(qtbot: QtBot, window: MainWindow, typed: str) -> list[tuple[str, int]]:
    """Click into the search box, type, wait for the results; returns (kind, id) per hit."""
    box = window.search_box
    QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    box.selectAll()
    QTest.keyClick(box, Qt.Key.Key_Delete)
    with qtbot.waitSignal(window.search_done, timeout=WAIT_MS):
        qtbot.keyClicks(box, typed)
    settle(window)
    model = window.results_model
    return [
        (str(model.index(r).data(KindRole)), int(model.index(r).data(IdRole)))
        for r in range(model.rowCount())
    ]


def test_search_lists_only_what_the_filters_let_through(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    everywhere = type_search(qtbot, window, "politie")
    # Without filters: sections of 2013, contacts and workgroups among the hits.
    assert {"section", "contact", "workgroup", "item"} <= {kind for kind, _ in everywhere}

    pick(qtbot, window.filter_bar.year, "2022")
    pick(qtbot, window.filter_bar.kind, "Flagship project")
    settle(window)
    hits = type_search(qtbot, window, "politie")
    assert hits, window.results_label.text()
    with store.read() as s:
        for kind, obj_id in hits:
            assert kind == "item"
            item = s.get_one(PlanItem, obj_id)
            year = s.scalar(
                text(
                    "SELECT p.year FROM section s JOIN chapter c ON c.id = s.chapter_id "
                    "JOIN plan p ON p.id = c.plan_id WHERE s.id = :id"
                ),
                {"id": item.section_id},
            )
            assert item.is_flagship and year == 2022
    assert len(hits) < len(everywhere)


def test_a_search_follows_the_filters_as_they_change(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    type_search(qtbot, window, "politie")
    assert any(kind == "contact" for kind, _ in _hits(window))
    with qtbot.waitSignal(window.search_done, timeout=WAIT_MS):
        pick(qtbot, window.filter_bar.year, "2022")
    settle(window)
    with store.read() as s:
        contacts = set(s.scalars(select(Contact.id)))
    # The 2022 plan lists no contacts: they are gone from the results, without retyping.
    assert not any(kind == "contact" and obj in contacts for kind, obj in _hits(window))


def _hits(window: MainWindow) -> list[tuple[str, int]]:
    model = window.results_model
    return [
        (str(model.index(r).data(KindRole)), int(model.index(r).data(IdRole)))
        for r in range(model.rowCount())
    ]


def test_no_results_within_the_filters_says_so(qtbot: QtBot, window: MainWindow) -> None:
    pick(qtbot, window.filter_bar.year, "2013")
    pick(qtbot, window.filter_bar.kind, "Flagship project")  # 2013 had no flagship projects
    settle(window)
    assert type_search(qtbot, window, "politie") == []
    label = window.results_label.text()
    assert "within the filters" in label and "Ctrl+Shift+L" in label


def test_no_results_with_field_filters_says_how_many_the_words_alone_find(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    """Trial 16: ``year:2013 hyperloop`` (the Hyperloop is in the 2022 plan) said "try a
    shorter word"; now it says the query's own filters hid what the words find."""
    from bnldesk.services.search import find

    with store.read() as s:
        alone = find(s, "hyperloop", limit=60).total
    assert alone > 0
    assert type_search(qtbot, window, "year:2013 hyperloop") == []
    label = window.results_label.text()
    assert "with its filters (year:, code:, tag:, kind:)" in label, label
    assert f"{alone} for the words alone" in label, label
    assert "shorter word" not in label
    assert type_search(qtbot, window, "year:2022 hyperloop")  # the filter itself still works


def test_a_small_or_between_words_is_answered_with_the_capitals(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Trial 17: ``hyperloop of ruimtevaart`` said "try a shorter word"; the line now says
    that nothing has every word and how to write either word, which then finds both."""
    assert type_search(qtbot, window, "hyperloop of ruimtevaart") == []
    label = window.results_label.text()
    assert "nothing contains every word" in label, label
    assert "For either word, write: hyperloop OF ruimtevaart" in label, label
    assert "shorter word" not in label
    assert len(type_search(qtbot, window, "hyperloop OF ruimtevaart")) >= 2


def test_a_word_of_another_language_is_told_that_search_does_not_translate(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Trial 18: "climat" found nothing in Dutch plans that say "klimaat", and the line only
    said to try a shorter word."""
    assert type_search(qtbot, window, "climat") == []
    label = window.results_label.text()
    assert "Search does not translate: the plans here are in Dutch;" in label, label
    assert type_search(qtbot, window, "klimaat")


def test_clearing_the_search_returns_to_the_filtered_list_and_its_selection(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    pick(qtbot, window.filter_bar.year, "2022")
    settle(window)
    with store.read() as s:
        expected_total = browse.count_items(s, browse.BrowseFilter(plan_year=2022))
    assert window.list_model.total == expected_total

    hits = type_search(qtbot, window, "energie")
    assert hits and all(kind != "contact" for kind, _ in hits)
    # Down arrow into the results, then on to an item: the detail shows the selected hit.
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    settle(window)
    item_row = next(r for r, (kind, _) in enumerate(hits) if kind == "item")
    for _ in range(item_row):
        QTest.keyClick(window.results, Qt.Key.Key_Down)
    settle(window)
    assert window.current == hits[item_row]
    assert window.detail.current().obj_id == hits[item_row][1]

    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    settle(window)
    assert window.centre_stack.currentIndex() == 0
    assert window.list_model.total == expected_total  # the filtered list, as it was
    # The list selects the row of the object the detail shows.
    current = window.table.currentIndex()
    assert current.isValid()
    assert window.list_model.row_data(current.row()).id == hits[item_row][1]


def test_a_list_row_selected_shows_in_the_detail_after_a_filter_change(
    qtbot: QtBot, window: MainWindow
) -> None:
    pick(qtbot, window.filter_bar.year, "2022")
    settle(window)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Down)
    QTest.keyClick(window.table, Qt.Key.Key_Down)
    settle(window)
    row = window.table.currentIndex().row()
    selected = window.list_model.row_data(row).id
    assert window.current == ("item", selected)
    # A filter that leaves the row out: no row stays selected beside another detail.
    pick(qtbot, window.filter_bar.kind, "Flagship project")
    settle(window)
    current = window.table.currentIndex()
    if current.isValid():
        assert ("item", window.list_model.row_data(current.row()).id) == window.current


def test_ctrl_end_reaches_the_end_of_a_long_list_at_once(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    count = PAGE * 3 + 17
    with store.transaction() as s:
        plan_id = s.scalar(select(Plan.id).where(Plan.year == 2022))
        target = target_of(s, "plan", plan_id)
        for n in range(count):
            add_annotation(s, target, NoteFields(body=f"reeks {n:04d}", tags=["reeks"]))
    # Written outside the window (as by another program): F5 reads every view again.
    press(qtbot, window.table, QKeySequence.StandardKey.Refresh)
    press(qtbot, window.table, "Ctrl+2")  # the notes list
    settle(window)
    pick(qtbot, window.filter_bar.tag, "reeks")
    settle(window)
    assert window.list_model.total == count
    # Into the list first: in a list with no row chosen yet, Ctrl+End (as in any Qt list)
    # only goes to the first row.
    click_row(qtbot, window.table, 0, 1)
    settle(window)
    page_jobs: list[int] = []
    window.list_model.page_loaded.connect(lambda first, _last: page_jobs.append(first))
    QTest.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    last = window.table.currentIndex().row()
    assert last == count - 1
    # One key press: the pages on screen at the end are read, not every page before them.
    assert PAGE * 3 in page_jobs and PAGE not in page_jobs
    assert window.list_model.row_data(PAGE + 1) is None
    assert window.list_model.index(last, 2).data() == "reeks 0000"  # the oldest, at the end

    # Go to row (Ctrl+G) asks for a number and shows that row.
    from PySide6.QtWidgets import QApplication, QInputDialog, QSpinBox

    def answer(dialog: QInputDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        number = dialog.findChild(QSpinBox)
        assert number is not None
        type_into(qtbot, number, str(PAGE + 5))
        qtbot.keyClick(number, Qt.Key.Key_Return)

    with answering(qtbot, QApplication.activeModalWidget, answer, "Go to row"):
        press(qtbot, window.table, "Ctrl+G")
    settle(window)
    assert window.table.currentIndex().row() == PAGE + 4
    assert window.list_model.index(PAGE + 4, 2).data() == f"reeks {count - PAGE - 5:04d}"


def test_a_search_does_not_wait_behind_background_work(qtbot: QtBot, window: MainWindow) -> None:
    settle(window)
    gate = threading.Event()
    started = threading.Event()
    order: list[str] = []

    def slow_enrichment(_store: Store) -> None:
        started.set()
        gate.wait(10)

    # Results reach the window in the order the jobs ran: the callbacks record that order.
    def finished(_result: object) -> None:
        order.append("background")

    window.worker.run(slow_enrichment, finished, priority=Priority.BACKGROUND)
    assert started.wait(10)
    for _ in range(3):  # more background work queued behind the running one
        window.worker.run(lambda _s: None, finished, priority=Priority.BACKGROUND)
    window.search_done.connect(lambda _n: order.append("search shown"))
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "energie")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # search now
    gate.set()
    settle(window)
    # The search ran right after the job that held the thread, before everything queued.
    assert order == ["background", "search shown", "background", "background", "background"]


def test_after_go_to_the_list_never_shows_another_row_selected(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    pick(qtbot, window.filter_bar.year, "2022")
    settle(window)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Down)
    settle(window)
    first = window.list_model.row_data(window.table.currentIndex().row()).id
    with store.read() as s:
        # An item of the same section: after the jump the list (scoped to that section) still
        # holds the row selected before, which must not stay selected beside the new detail.
        section = s.get_one(PlanItem, first).section_id
        other = s.scalar(
            select(PlanItem.title).where(PlanItem.section_id == section, PlanItem.id != first)
        )
    assert other is not None
    # Ctrl+K, type the other item's title, Enter: as a delegate jumps to it.
    press(qtbot, window.table, "Ctrl+K")
    palette = window.palette_dialog
    with qtbot.waitSignal(window.object_shown, timeout=WAIT_MS):
        qtbot.keyClicks(palette.edit, other)
        wait_for(qtbot, lambda: palette.model.rowCount() > 0, window)
        QTest.keyClick(palette.edit, Qt.Key.Key_Return)
    settle(window)
    kind, shown = window.current
    assert kind == "item" and shown != first
    assert window.list_model.row_of("item", first) >= 0  # still listed
    current = window.table.currentIndex()
    assert current.isValid()
    assert window.list_model.row_data(current.row()).id == shown


def test_after_a_second_search_the_detail_shows_only_a_selected_hit(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A hit of the first search chosen (Enter, Down), then a second search typed without a
    click: the detail no longer shows the first search's hit, which no row stands for; a
    third search that finds that hit again shows it selected."""
    first = type_search(qtbot, window, "energie")
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    QTest.keyClick(window.results, Qt.Key.Key_Down)
    settle(window)
    chosen = first[1]
    wait_for(qtbot, lambda: window.detail.current() is not None, window)
    assert window.current == chosen and window.detail.current().obj_id == chosen[1]
    second = type_search(qtbot, window, "politie")
    assert second and chosen not in second
    assert not window.results.currentIndex().isValid()
    assert window.current is None and window.detail.current() is None
    assert window.notes.target is None
    # The hit chosen again, then a search whose hits include it (fewer letters typed): it
    # stays shown, selected on its new row.
    type_search(qtbot, window, "energie")
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    QTest.keyClick(window.results, Qt.Key.Key_Down)
    settle(window)
    assert window.current == chosen
    again = type_search(qtbot, window, "energi")
    assert chosen in again
    index = window.results.currentIndex()
    assert index.isValid() and again[index.row()] == chosen
    assert window.current == chosen and window.detail.current().obj_id == chosen[1]


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_a_quoted_phrase_is_shown_once_in_the_results_line(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    """Before: “"grensoverschrijdende samenwerking"” (French « "…" »): the line's quotation
    marks around the query's own. A query without quotes keeps the line's."""
    i18n.install(language)
    try:
        type_search(qtbot, window, '"grensoverschrijdende samenwerking"')
        line = window.results_label.text()
        assert '"grensoverschrijdende samenwerking"' in line.replace("&quot;", '"')
        for mark in ("“", "”", "«", "»", "„"):
            assert mark not in line, (mark, line)
        type_search(qtbot, window, "samenwerking")
        plain = window.results_label.text()
        assert {"en": "“samenwerking”", "nl": "„samenwerking”", "fr": "«\xa0samenwerking\xa0»"}[
            language
        ] in plain
    finally:
        i18n.install("en")

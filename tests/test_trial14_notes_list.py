"""The notes list in a narrow window (trial 14: 150 % on 1920x1080 is a 1280x720 window of
logical pixels, its list beside the detail pane): the object and the note keep a readable
width, a short column no note fills is as narrow as its title, and a column says who may read
each note (which notes are private)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from ui_support import choose_language, go_to, press, settle, wait_for, write_note

from bnldesk.ui.browse.window import MainWindow


def _column(window: MainWindow, key: str) -> int:
    return [column.key for column in window.list_model.columns].index(key)


def test_the_notes_list_shows_visibility_and_keeps_its_text_readable(
    controller: Any, window: MainWindow, qtbot: Any
) -> None:
    window = choose_language(qtbot, controller, window, "Français")
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    go_to(qtbot, window, "Crisisbeheersing")
    write_note(qtbot, window, "Mise en œuvre : position de la délégation sur le calendrier")
    press(qtbot, window.table, "Ctrl+2")
    wait_for(qtbot, lambda: window.list_model.mode == "notes" and window.list_model.total, window)
    settle(window)
    model, table = window.list_model, window.table
    metrics = table.fontMetrics()
    # The object and the note: a dozen characters each, never "Mise en…".
    for key in ("target", "body"):
        width = table.columnWidth(_column(window, key))
        assert width >= metrics.averageCharWidth() * 12, (key, width)
    # No note has a priority: the column is as wide as its title, not as "Sans priorité".
    priority = _column(window, "priority")
    title = table.horizontalHeader()
    assert table.columnWidth(priority) < metrics.horizontalAdvance("Sans priorité") + 12
    assert title.sectionSize(priority) >= metrics.horizontalAdvance("Priorité")
    # Who may read the note: a column of its own, the whole wording in its tooltip.
    visibility = _column(window, "visibility")
    header = model.headerData(visibility, Qt.Orientation.Horizontal)
    assert header == "\U0001f512"  # a padlock
    assert "Visibilité" in str(
        model.headerData(visibility, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    )
    cell = model.index(0, visibility)
    assert model.data(cell) == "\U0001f512"
    assert "moi seul" in str(model.data(cell, Qt.ItemDataRole.ToolTipRole))
    assert not table.isColumnHidden(visibility)


def test_an_open_note_leaves_the_detail_readable(window: MainWindow, qtbot: Any) -> None:
    """At 150 % (1280x720 logical) the detail kept about 80 px once a note was open: its
    description unreadable, "Projet phare" cut (trial 14)."""
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    go_to(qtbot, window, "Crisisbeheersing")
    write_note(qtbot, window, "Position: agree with the timetable")
    wait_for(qtbot, lambda: window.notes.stack.currentIndex() == 1, window)
    window.panes.fit_right()
    detail_height = window.right_splitter.sizes()[0]
    lines = window.right_splitter.widget(0).fontMetrics().lineSpacing()
    assert detail_height >= 5 * lines, detail_height  # kind, a two-line title, two lines
    # ... and the note editor is whole: its buttons do not move between two clicks.
    assert window.notes_scroll.verticalScrollBar().maximum() == 0


def test_the_status_bar_counts_what_the_navigator_lists(window: MainWindow) -> None:
    """Trial 14: "2 plans" in the status bar under a navigator of 3 entries (two work
    programmes and a plan): each kind is counted and named apart."""
    from sqlalchemy import text

    from bnldesk.ui.browse.status import totals_text

    with window.store.transaction() as s:
        programmes = s.execute(text("SELECT count(*) FROM programme")).scalar_one()
        plans = s.execute(text("SELECT count(*) FROM plan")).scalar_one()
    assert programmes and plans
    assert window.status.totals is not None
    said = totals_text(window.status.totals)
    assert f"{programmes} work programmes, {plans} annual plans" in said, said

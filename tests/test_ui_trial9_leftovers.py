"""What the ninth delegate re-check left on the window (trial 9 N3, N4, N5), each driven with
keys and mouse as the delegate did, then checked in the database or on the screen."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QToolTip,
    QTreeView,
)
from sqlalchemy import func, select
from test_ui_trial import _actions, _in_language, _open_due_editor, _window_on_a_note
from ui_support import WAIT_MS, go_to, open_meetings, press, settle, type_text, wait_for

from bnldesk.domain.models import Meeting
from bnldesk.services.sync import Change, ReceiveReport
from bnldesk.store.engine import Store
from bnldesk.ui import dates, i18n
from bnldesk.ui.browse.models import IdRole, KindRole
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.features import ReceivePreview

# ------------------------------------------------------------------------------------------
# N4: a refused due date moves nothing (the next click on Add landed on a date cell)
# ------------------------------------------------------------------------------------------


TITLES = (
    "Standpunt rondsturen",
    "Nota voor de minister",
    "Draaiboek oefening",
    "Vergadering voorbereiden",
    "Verslag delen",
)


def _add_button_place(w: MainWindow) -> QPoint:
    button = w.notes.add_action_button
    return button.mapTo(w, QPoint(0, 0))


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_a_refused_due_date_moves_nothing(
    store: Store, settings: Any, qtbot: Any, language: str
) -> None:
    """Before: the red line under the action table was scrolled into view, and the form with
    the Add button moved up by about 25 px; the next click on Add opened the first action's
    due date, and the next date typed went into it."""
    with _in_language(store, settings, language) as controller:
        w = _window_on_a_note(controller.open_window(restore=False), store, qtbot)
        w.resize(1280, 720)
        settle(w)
        add = w.notes.add_action_button
        for title in TITLES[:2]:  # two by mouse and keys, as the delegate did
            qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
            settle(w)
            title_editor = QApplication.focusWidget()  # the new row's Action cell, opened
            assert isinstance(title_editor, QLineEdit)
            title_editor.selectAll()
            type_text(title_editor, title)
            qtbot.keyClick(title_editor, Qt.Key.Key_Return)
            settle(w)
        for title in TITLES[2:]:
            w.notes.add_action(title)
            settle(w)
        wait_for(qtbot, lambda: sorted(t for t, _o, _d in _actions(store)) == sorted(TITLES), w)
        # The pane is scrolled to its top, the line under the table out of sight.
        w.panes.notes_scroll.verticalScrollBar().setValue(0)
        QApplication.processEvents()
        before = _add_button_place(w)
        table_before = w.notes.actions_view.mapTo(w, QPoint(0, 0))
        due = _open_due_editor(w, qtbot)
        type_text(due, "31/02/2026")
        qtbot.keyClick(due, Qt.Key.Key_Return)
        settle(w)
        qtbot.waitUntil(lambda: "31/02/2026" in w.notes.saved_label.toolTip(), timeout=WAIT_MS)
        QApplication.processEvents()
        assert _add_button_place(w) == before
        assert w.notes.actions_view.mapTo(w, QPoint(0, 0)) == table_before
        # Said where the delegate looks: a balloon on the cell, the reason whole.
        qtbot.waitUntil(lambda: "31/02/2026" in QToolTip.text(), timeout=WAIT_MS)
        assert dates.example_date() in QToolTip.text()
        # A click where Add was adds an action item; no date went into the first one.
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton, pos=add.rect().center())
        wait_for(qtbot, lambda: len(_actions(store)) == len(TITLES) + 1, w)
        assert {due for _t, _o, due in _actions(store)} == {None}


# ------------------------------------------------------------------------------------------
# N3: Escape in a new meeting's Workgroup field closes nothing
# ------------------------------------------------------------------------------------------


def test_escape_in_a_new_meetings_workgroup_field_closes_nothing(
    window: MainWindow, qtbot: Any, store: Store
) -> None:
    """A completer open takes the first Escape. Escape with none open closes the window as
    Ctrl+W does (trial 14: Escape did nothing), so it asks "The new meeting is not saved yet.
    Save it?" first; Cancel leaves the window and the typed text; nothing is saved or lost."""
    window.show()
    panel = open_meetings(qtbot, window)
    tool = panel.window()
    editor = panel.editor
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    settle(window)
    field = editor.workgroup
    field.setFocus()
    qtbot.keyClicks(field, "SENN-CRI")
    settle(window)
    completer = field.completer()
    if completer is not None and completer.popup().isVisible():
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Escape)  # the completer's own Escape
        assert not completer.popup().isVisible()
    with _questions_cancelled() as asked:
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        settle(window)
    assert len(asked) == 1, "no question about the unsaved meeting"
    assert tool.isVisible() and field.text() == "SENN-CRI"
    assert _meeting_count(store) == 0
    # Once nothing is being edited, Escape closes the window (the fourth trial's wish).
    field.clear()
    editor.title.clear()
    assert not editor.has_unsaved()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tool.isVisible(), timeout=WAIT_MS)
    assert window.isVisible()


def _meeting_count(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Meeting)) or 0)


@contextlib.contextmanager
def _questions_cancelled() -> Iterator[list[str]]:
    """The texts of the questions (message boxes) asked inside the block, each answered with
    Cancel so that the block goes on (the old code asked, and waited for an answer)."""
    asked: list[str] = []

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Cancel).click()

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(cancel)
    poll.start()
    try:
        yield asked
    finally:
        poll.stop()


# ------------------------------------------------------------------------------------------
# N5: F5 (View > Reload) keeps the plan tree's expansion and selection
# ------------------------------------------------------------------------------------------


def _expanded_and_current(view: QTreeView) -> tuple[set[tuple[str, int]], tuple[str, int]]:
    """The (kind, id) of every node ``view`` shows expanded, and of its current node."""
    model = view.model()
    expanded: set[tuple[str, int]] = set()
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            child = model.index(row, 0, parent)
            if view.isExpanded(child):
                expanded.add((str(child.data(KindRole)), int(child.data(IdRole))))
                pending.append(child)
    current = view.currentIndex()
    assert current.isValid()
    return expanded, (str(current.data(KindRole)), int(current.data(IdRole)))


def test_reload_keeps_the_plan_trees_expansion_and_selection(
    window: MainWindow, qtbot: Any
) -> None:
    """Before: F5 read everything again (what another program wrote appeared) but collapsed
    the plan tree to its top level and lost the selected node."""
    window.show()
    go_to(qtbot, window, "Crisisbeheersing en rampenbestrijding")  # a section, revealed
    tree = window.navigator.plan_tree
    assert window.navigator.currentWidget() is tree
    qtbot.keyClick(tree, Qt.Key.Key_Up)  # another node, chosen by keys
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # and opened, if it has children
    settle(window)
    before = _expanded_and_current(tree)
    assert len(before[0]) >= 2, before  # the plan and the chapter at least
    scope = window.current_filter().scope
    press(qtbot, window, "F5")
    settle(window)
    wait_for(qtbot, lambda: _expanded_and_current(tree) == before, window)
    assert window.current_filter().scope == scope


# ------------------------------------------------------------------------------------------
# N5: the due-date column: "Uiterlijk" in Dutch, the day on two digits in every language
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "header"), [("en", "Due"), ("nl", "Uiterlijk"), ("fr", "Échéance")]
)
def test_due_dates_line_up_under_a_clear_header(
    store: Store, settings: Any, qtbot: Any, language: str, header: str
) -> None:
    """Before: French showed "1/12/2026" beside "15/12/2026" (English "01/12/2026"), and the
    Dutch column was headed "Tegen"."""
    with _in_language(store, settings, language) as controller:
        w = _window_on_a_note(controller.open_window(restore=False), store, qtbot)
        for title, due in (("Bellen", dt.date(2026, 12, 1)), ("Nota", dt.date(2026, 12, 15))):
            w.notes.add_action(title, due=due)
            settle(w)
        model = w.notes.actions_model
        wait_for(qtbot, lambda: model.rowCount() == 2, w)
        shown = sorted(str(model.index(row, 2).data()) for row in range(2))
        assert shown == ["01/12/2026", "15/12/2026"]
        assert model.headerData(2, Qt.Orientation.Horizontal) == header
        view = w.notes.actions_view
        assert view.horizontalHeader().sectionSize(2) >= view.fontMetrics().horizontalAdvance(
            header
        )


# ------------------------------------------------------------------------------------------
# N5: a new laptop's export folder is the delegate's, not the program's
# ------------------------------------------------------------------------------------------


def test_a_new_laptops_briefs_go_to_the_documents_folder(tmp_path: Path) -> None:
    """Before: run from a checkout, the default export folder was the checkout's exports/
    (…/main/exports on the trial's second laptop). Now the documents folder's bnldesk, as
    on an installed laptop, until a folder is chosen."""
    from bnldesk.ui.settings import Settings

    home = Path(os.environ["HOME"]).resolve()
    settings = Settings(tmp_path / "settings.ini")
    settings.set("prefs/delegation", "BE")  # chosen: not asked
    chosen = settings.export_dir().resolve()
    assert chosen.is_relative_to(home) and chosen.name == "bnldesk", chosen
    checkout = Path(__file__).resolve().parents[1]
    assert not chosen.is_relative_to(checkout)
    settings.set("prefs/export_dir", str(tmp_path / "mine"))
    assert settings.export_dir() == tmp_path / "mine"


# ------------------------------------------------------------------------------------------
# N5: the receive preview names each record once, its dates as the window shows dates
# ------------------------------------------------------------------------------------------

NOTE = ("Atelier thématique Mobilité", "Standpunt over de oefening")
MEETING = ("SENN-CRISE vergadering", "2026-12-07T10:00")
KEPT_COUNTED = {
    "en": "1 conflict (both versions kept)",
    "nl": "1 conflict (beide versies bewaard)",
    "fr": "1 conflit (les deux versions conservées)",
}


@pytest.mark.parametrize(
    ("language", "added", "settled", "kept"),
    [
        ("en", "Added", "settled on another laptop", "Conflicts (both versions kept)"),
        ("nl", "Toegevoegd", "andere laptop", "Conflicten (beide versies bewaard)"),
        ("fr", "Ajoutés", "autre portable", "Conflits (les deux versions conservées)"),
    ],
)
def test_the_receive_preview_names_each_record_once_with_local_dates(
    qapp: Any, language: str, added: str, settled: str, kept: str
) -> None:
    """Before: a note this laptop never had was listed as "Added: note …" and again as
    "Conflicts resolved: note …" (the conflict another laptop had settled about it); a
    conflict kept here was counted again as resolved ("Conflicten (beide versies bewaard): 1,
    Conflicten opgelost: 1"); the meeting read "(2026-12-07T10:00)", the header "written
    2026-11-30 15:55"."""
    other_note = ("2.1.2 Gestion de crises", "Tweede standpunt")
    report = ReceiveReport(
        author="Laptop 1",
        created_at="2026-11-30T15:55:00",
        changes=[
            Change("annotation", "added", "note", NOTE),
            Change("meeting", "added", "meeting", MEETING),
            Change("annotation", "conflict-resolved", "note", NOTE),
            Change("annotation", "conflict", "note", other_note),
            Change("annotation", "conflict-resolved", "note", other_note),
        ],
        dry_run=True,
    )
    i18n.install(language)
    try:
        preview = ReceivePreview(report)
        lines = preview.findChild(QPlainTextEdit).toPlainText().splitlines()
        head = next(
            label.text() for label in preview.findChildren(QLabel) if "Laptop 1" in label.text()
        )
        preview.deleteLater()
        note_lines = [line for line in lines if NOTE[1] in line]
        assert len(note_lines) == 1 and note_lines[0].startswith(added), lines
        other_lines = [line for line in lines if other_note[1] in line]
        assert len(other_lines) == 1 and other_lines[0].startswith(kept), lines
        assert not any(settled in line for line in lines), lines
        # The head counts it (trial 17: "1 conflict (…)", not "Conflicten (…): 1").
        assert KEPT_COUNTED[language] in head and settled not in head, head
        meeting = next(line for line in lines if MEETING[0] in line)
        assert "07/12/2026 10:00" in meeting and "T10:00" not in meeting
        local = dt.datetime(2026, 11, 30, 15, 55, tzinfo=dt.UTC).astimezone()
        assert f"30/11/2026 {local:%H:%M}" in head and "2026-11-30" not in head, head
    finally:
        i18n.install("en")


# ------------------------------------------------------------------------------------------
# N5: a brief from the command line is signed as the window signs it
# ------------------------------------------------------------------------------------------


def test_a_command_line_brief_takes_the_preferences_delegation_and_author(
    store: Store,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Before: without --delegation and --author the brief named no delegation (the window's
    names the preferences' one). The preferences are written by the window's own Settings,
    with a name Qt quotes (a comma, accents); the PDF is read back with pypdf."""
    from bnldesk.cli import main
    from bnldesk.ui.settings import SETTINGS_ENV, Settings

    store.close()
    ini = tmp_path / "prefs" / "settings.ini"
    prefs = Settings(ini)
    prefs.set("prefs/delegation", "other")
    prefs.set("prefs/delegation_other", "Secrétariat, SG")
    prefs.set("prefs/author", "Anne Müller")
    prefs.sync()
    monkeypatch.setenv(SETTINGS_ENV, str(ini))

    said: list[str] = []  # what each brief said on stderr

    def brief(name: str, *extra: str) -> tuple[str, str]:
        out = tmp_path / name
        assert (
            main(
                [
                    "--db",
                    str(db_path),
                    "brief",
                    "--workgroup",
                    "SENN-CRISE",
                    "--out",
                    str(out),
                    *extra,
                ]
            )
            == 0
        )
        said.append(capsys.readouterr().err)
        reader = pypdf.PdfReader(str(out))
        first = reader.pages[0].extract_text()
        return " ".join(first.split()), str((reader.metadata or {}).get("/Author", ""))

    text, author = brief("prefs.pdf")
    assert "DELEGATION SECRÉTARIAT, SG" in text and author == "Anne Müller"
    text, author = brief("given.pdf", "--delegation", "NL", "--author", "Jan")
    assert "SECRÉTARIAT" not in text and "DELEGATION NL" in text and author == "Jan"
    # No preferences yet: no delegation is assumed (trial 15: every brief said BE); the
    # brief names none and the command says how to choose one.
    monkeypatch.setenv(SETTINGS_ENV, str(tmp_path / "none.ini"))
    text, _author = brief("default.pdf")
    assert "DELEGATION" not in text
    assert "names no delegation (none chosen)" in said[-1]
    assert "names no delegation" not in said[0]  # said only when none was chosen

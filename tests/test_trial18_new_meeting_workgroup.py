"""Trial 18: Meetings > New meeting... while the main window showed a workgroup opened an empty
form; the delegate had to type the workgroup the window was showing. The form now comes with
that workgroup filled in (its code; its name when it has none), and saving stores the meeting
on it. A real window offscreen over a real SQLite file, driven by the menu action and keys.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_support import activate, settle, show_workgroup, type_into, wait_for

from bnldesk.domain.models import Meeting, Section, Workgroup
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.features import install_meeting_actions


def _new_meeting_from_the_menu(qtbot: Any, window: MainWindow) -> Any:
    features = install_meeting_actions(window)
    features.actions["new_meeting"].trigger()
    settle(window)
    panel = features.meetings_panel()
    assert panel is not None
    return panel.editor


def test_a_new_meeting_takes_the_workgroup_shown(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    activate(qtbot, window)
    show_workgroup(window, store, "SENN-CRISE")
    editor = _new_meeting_from_the_menu(qtbot, window)
    wait_for(qtbot, lambda: editor.workgroup.text() == "SENN-CRISE", window)
    type_into(qtbot, editor.title, "Réunion de printemps")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)  # saves the new meeting
    wait_for(qtbot, lambda: editor.meeting_id is not None, window)
    with store.read() as s:
        stored = s.execute(
            select(Meeting.title, Workgroup.code).join(
                Workgroup, Meeting.workgroup_id == Workgroup.id
            )
        ).all()
    assert [tuple(row) for row in stored] == [("Réunion de printemps", "SENN-CRISE")]


def test_a_workgroup_without_a_code_is_filled_in_by_its_name(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    with store.read() as s:
        uncoded = s.execute(
            select(Workgroup.id, Workgroup.name).where(Workgroup.code.is_(None)).limit(1)
        ).one()
    activate(qtbot, window)
    window.show_object("workgroup", uncoded.id)
    settle(window)
    editor = _new_meeting_from_the_menu(qtbot, window)
    wait_for(qtbot, lambda: editor.workgroup.text() == uncoded.name, window)


def test_nothing_is_filled_in_when_no_workgroup_is_shown(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    activate(qtbot, window)
    show_workgroup(window, store, "SENN-CRISE")
    with store.read() as s:
        section_id = s.scalar(select(Section.id).limit(1))
    window.show_object("section", section_id)
    settle(window)
    editor = _new_meeting_from_the_menu(qtbot, window)
    assert editor.workgroup.text() == ""

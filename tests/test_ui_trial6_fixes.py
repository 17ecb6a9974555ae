"""What the sixth delegate re-check found, each driven in the real window offscreen:

- changing the interface language cleared the chapter and kind filters and the scope (the
  search text alone was kept), so the list changed silently;
- the red "Changed elsewhere meanwhile" notice stayed under the note editor after other notes
  and objects were shown, and after the note was saved again without a clash;
- the meetings editor's agenda field took section 5.2 of the newest plan, not of the plan
  listing the meeting's workgroup.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select
from test_ui_trial_search import click_workgroup
from ui_support import (
    activate,
    choose_language,
    click_row,
    leave,
    new_meeting,
    open_meetings,
    pick,
    settle,
    type_into,
    wait_for,
)

from bnldesk.domain.models import AgendaItem, Annotation
from bnldesk.services import annotations as svc
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.browse.filter_state import FilterState


def test_changing_the_language_keeps_the_filters_and_the_scope(
    controller: Any, window: Any, qtbot: Any
) -> None:
    window.show()
    activate(qtbot, window)
    click_workgroup(qtbot, window, "Strategische werkgroep Crisisbeheersing")
    scope = window.current_filter().scope
    assert scope is not None and scope.kind == "workgroup"
    bar = window.filter_bar
    wait_for(qtbot, lambda: bar.chapter.count() > 1, window)
    pick(qtbot, bar.chapter, bar.chapter.itemText(1))
    pick(qtbot, bar.kind, "New project")
    settle(window)
    chosen = window.current_filter()
    assert chosen.kind == "new" and chosen.chapter_key and chosen.scope == scope
    chapter_name = bar.chapter.currentText()
    listed = window.list_model.rowCount()

    dutch_window = choose_language(qtbot, controller, window, "Nederlands")
    dutch_bar = dutch_window.filter_bar
    assert dutch_window.search_box.placeholderText().startswith("Zoeken")
    assert dutch_window.current_filter() == chosen
    # The combos are refilled in Dutch and show the same choices, found by their data.
    assert dutch_bar.kind.currentData() == "new"
    assert dutch_bar.kind.currentText() not in ("New project", dutch_bar.kind.itemText(0))
    assert dutch_bar.chapter.currentData() == chosen.chapter_key
    assert "SENN-CRISE" in dutch_window.scope_label.text()
    assert dutch_window.scope_bar.clear_button.isVisibleTo(dutch_window)
    wait_for(qtbot, lambda: dutch_window.list_model.rowCount() == listed, dutch_window)
    chips = dutch_bar.chip_texts()
    assert f"Hoofdstuk: {chapter_name}" in chips, chips


def test_a_chip_names_its_chapter_and_workgroup_once_the_choices_come(
    settings: Any, qtbot: Any
) -> None:
    """Trial 7: after a language change the chip read "Chapter: ch:2:eenveilige..." for good:
    the rebuilt bar got its filters before the database's choices, and the chips were not
    named again when the choices came."""
    from bnldesk.store.browse import FilterChoices
    from bnldesk.ui.browse.filter_bar import FilterBar

    bar = FilterBar(settings)
    qtbot.addWidget(bar)
    bar.set_state(FilterState(chapter_key="ch:2:veiligheid", workgroup_id=7), emit=False)
    bar.set_choices(
        FilterChoices(
            years=[2013],
            chapters=[("ch:2:veiligheid", "2 Een veilige Benelux")],
            workgroups=[(7, "SENN-CRISE · Strategische werkgroep Crisisbeheersing")],
        )
    )
    assert bar.chip_texts() == ["Chapter: 2 Een veilige Benelux", "Workgroup: SENN-CRISE"]


def _two_notes(store: Store) -> tuple[int, int]:
    with store.transaction() as session:
        target = svc.resolve_target(session, "SENN-CRISE")
        first = svc.add_annotation(session, target, svc.NoteFields(body="Eerste nota"))
        second = svc.add_annotation(session, target, svc.NoteFields(body="Tweede nota"))
        session.flush()
        return int(first.id), int(second.id)


def _saved_elsewhere(store: Store, note_id: int, body: str) -> None:
    """Another program (a second store on the same file) saves a new text on the note."""
    other = open_store(store.location)
    try:
        with other.transaction() as session:
            note = session.get_one(Annotation, note_id)
            svc.apply_fields(session, note, replace(svc.NoteFields.of(note), body=body))
    finally:
        other.close()


def _clash(
    controller: Any, window: Any, store: Store, qtbot: Any, note_id: int, attempt: int
) -> None:
    """The note's text saved elsewhere, then typed over in the stale editor: the notice."""
    notes = window.notes
    controller.outside.timer.stop()  # the window has not looked yet: its form is stale
    _saved_elsewhere(store, note_id, f"Elders {attempt}")
    type_into(qtbot, notes.body, f"Van mij {attempt}")
    leave(qtbot, notes.body)
    settle(window)
    wait_for(qtbot, lambda: "elsewhere" in notes.saved_label.toolTip(), window)


def _row_of(window: Any, note_id: int) -> int:
    row = int(window.notes.list_model.row_of(note_id))
    assert row >= 0
    return row


def test_the_changed_elsewhere_notice_belongs_to_its_note(
    controller: Any, window: Any, store: Store, qtbot: Any
) -> None:
    first, second = _two_notes(store)
    window.show()
    window.show_object("annotation", first)
    settle(window)
    notes = window.notes
    wait_for(qtbot, lambda: notes.current is not None and notes.current.id == first, window)
    _clash(controller, window, store, qtbot, first, 1)
    # The same note shown again, nothing changed: the notice stays.
    window.notes.reload()
    settle(window)
    assert "elsewhere" in notes.saved_label.toolTip()

    # Another note clicked: gone; and not back with the first note either.
    click_row(qtbot, notes.list, _row_of(window, second))
    wait_for(qtbot, lambda: notes.current is not None and notes.current.id == second, window)
    assert "elsewhere" not in notes.saved_label.text()
    click_row(qtbot, notes.list, _row_of(window, first))
    wait_for(qtbot, lambda: notes.current is not None and notes.current.id == first, window)
    assert "elsewhere" not in notes.saved_label.text()

    # Another object shown and back: gone.
    _clash(controller, window, store, qtbot, first, 2)
    window.show_object("plan", 1)
    settle(window)
    window.show_object("annotation", first)
    settle(window)
    wait_for(qtbot, lambda: notes.current is not None and notes.current.id == first, window)
    assert "elsewhere" not in notes.saved_label.text()

    # Saved again with no new clash: gone.
    _clash(controller, window, store, qtbot, first, 3)
    controller.outside.timer.start()
    notes.body.setFocus()
    qtbot.keyClicks(notes.body, " en meer")
    leave(qtbot, notes.body)
    settle(window)
    wait_for(qtbot, lambda: "elsewhere" not in notes.saved_label.text(), window)
    with store.read() as session:
        assert "en meer" in session.get_one(Annotation, first).body


def test_the_agenda_field_takes_a_section_number_of_the_workgroups_plan(
    window: Any, store: Store, qtbot: Any
) -> None:
    """The window's agenda field, as ``meeting add --agenda 5.2``: SENN-CRISE is in the 2013
    plan, whose 5.2 is "Rampenbestrijding en crisisbeheersing" (2022's is "De Grande Région");
    without a workgroup the number is in two plans and the delegate is told so."""
    panel = open_meetings(qtbot, window)
    editor = panel.editor
    new_meeting(qtbot, window, panel, workgroup="SENN-CRISE")
    type_into(qtbot, editor.new_point, "5.2")
    qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 1, window)
    with store.read() as session:
        titles = session.scalars(select(AgendaItem.title)).all()
    assert titles == ["5.2 Rampenbestrijding en crisisbeheersing"]

    new_meeting(qtbot, window, panel)
    assert editor.agenda_model.rowCount() == 0
    type_into(qtbot, editor.new_point, "5.2")
    qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: editor.problem.isVisibleTo(editor), window)
    said = editor.problem.text()
    assert "2013" in said and "2022" in said and "\n" not in said
    assert editor.agenda_model.rowCount() == 0
    with store.read() as session:
        assert len(session.scalars(select(AgendaItem.title)).all()) == 1

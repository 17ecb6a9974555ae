"""What the seventh delegate re-check left in the window, each driven in the real window
offscreen and checked against the database:

- changing the interface language showed another note in the notes pane (note 1 shown, the
  object's latest note after the change) and scrolled the pane back to the top;
- the chapter filter listed the chapters of every plan without a year ("1 Een competitieve en
  duurzame Benelux", "1 Inleiding", ...), also with one plan's year chosen or one plan as the
  scope.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider
from test_ui_trial_search import click_index, nav_index
from ui_support import activate, choose_language, click_row, pick, settle, wait_for

from bnldesk.services import annotations as svc
from bnldesk.store.engine import Store


def _notes_on(store: Store, code: str, bodies: list[str], actions: int = 0) -> list[int]:
    """Notes with ``bodies`` on the object ``code``; the first with ``actions`` action items
    (enough of them make the notes pane scroll at 1280x720)."""
    with store.transaction() as session:
        target = svc.resolve_target(session, code)
        notes = [svc.add_annotation(session, target, svc.NoteFields(body=b)) for b in bodies]
        for number in range(actions):
            svc.add_action(session, notes[0], f"Actiepunt {number}", "An Peeters", None)
        return [note.id for note in notes]


def test_changing_the_language_keeps_the_note_shown_and_the_notes_scrolled(
    controller: Any, window: Any, store: Store, qtbot: Any
) -> None:
    bodies = [f"Nota {n}: " + "standpunt van de delegatie " * 40 for n in (1, 2, 3)]
    first, _second, latest = _notes_on(store, "SENN-CRISE", bodies, actions=12)
    window.resize(1280, 720)
    window.show()
    activate(qtbot, window)
    window.show_note(first)
    settle(window)
    notes = window.notes
    wait_for(qtbot, lambda: notes.current is not None and notes.current.id == first, window)
    # The delegate goes to the latest note, then back to the first by clicking it in the list.
    click_row(qtbot, notes.list, notes.list_model.row_of(latest))
    settle(window)
    assert notes.current.id == latest
    click_row(qtbot, notes.list, notes.list_model.row_of(first))
    settle(window)
    assert notes.current.id == first
    bar = window.notes_scroll.verticalScrollBar()
    wait_for(qtbot, lambda: bar.maximum() > 0, window)
    bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)  # a click below the handle
    scrolled = bar.value()
    assert scrolled > 0
    shown = window.current

    french = choose_language(qtbot, controller, window, "Français")
    french_notes = french.notes
    wait_for(qtbot, lambda: french_notes.current is not None, french)
    assert french.current == shown
    assert french_notes.current.id == first
    assert french_notes.body.toPlainText() == bodies[0]
    assert french_notes.list.currentIndex().row() == french_notes.list_model.row_of(first)
    french_bar = french.notes_scroll.verticalScrollBar()
    wait_for(qtbot, lambda: french_bar.value() == scrolled, french)


def _offered(combo: Any) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


# The chapters of the two demo plans, as the documents number and title them (jaarplan 2022,
# jaarplan 2013), written out here.
CHAPTERS_2022 = [
    "2022 · 1 Een competitieve en duurzame Benelux",
    "2022 · 2 Een veilige en rechtvaardige Benelux",
    "2022 · 3 Een digitale Benelux",
    "2022 · 4 Een veerkrachtige en toekomstgerichte Benelux",
    "2022 · 5 Een open Benelux",
]
CHAPTERS_2013 = [
    "2013 · 1 Inleiding",
    "2013 · 2 Rol van het Secretariaat-Generaal",
    "2013 · 3 Interne markt en economische unie",
    "2013 · 4 Duurzame ontwikkeling",
    "2013 · 5 Justitie en binnenlandse zaken",
    "2013 · 6 Samenwerking met andere (deel)staten",
    "2013 · 7 Nieuwe samenwerkingsmogelijkheden",
    "2013 · 8 Contacten Benelux Secretariaat-Generaal",
]


def test_the_chapter_filter_names_each_chapters_plan_and_offers_one_plans_chapters(
    controller: Any, window: Any, qtbot: Any
) -> None:
    window.resize(1280, 720)
    window.show()
    activate(qtbot, window)
    bar = window.filter_bar
    wait_for(qtbot, lambda: bar.chapter.count() > 1, window)
    # Grouped by plan, the newest first, each with its year.
    assert _offered(bar.chapter) == ["All chapters", *CHAPTERS_2022, *CHAPTERS_2013]

    # A plan year chosen: only that plan's chapters.
    pick(qtbot, bar.year, "2013")
    settle(window)
    assert _offered(bar.chapter) == ["All chapters", *CHAPTERS_2013]
    pick(qtbot, bar.chapter, "2013 · 5 Justitie en binnenlandse zaken")
    settle(window)
    assert window.current_filter().chapter_key == "ch:5:justitieenbinnenlandsezaken"
    assert "2013 · 5 Justitie en binnenlandse zaken" in " ".join(bar.chip_texts())
    pick(qtbot, bar.year, "All years")
    settle(window)
    assert _offered(bar.chapter) == ["All chapters", *CHAPTERS_2022, *CHAPTERS_2013]
    assert bar.chapter.currentText() == "2013 · 5 Justitie en binnenlandse zaken"
    pick(qtbot, bar.chapter, "All chapters")
    settle(window)

    # The 2022 plan clicked in the navigator is the scope: only its chapters.
    click_index(qtbot, window.navigator.plan_tree, nav_index(qtbot, window, 0, "2022"))
    settle(window)
    scope = window.current_filter().scope
    assert scope is not None and scope.kind == "plan"
    assert _offered(bar.chapter) == ["All chapters", *CHAPTERS_2022]


HEADINGS = ("Werkgroepen en commissies", "Werkgroep en commissie")


def test_a_workgroups_row_in_the_import_review_shows_its_own_heading(
    window: Any, qtbot: Any
) -> None:
    """Seventh re-check: choosing the "Werkgroepen" row under 3.2 left the line of the project
    chosen before highlighted (line 74), not "Werkgroepen en commissies" (line 75)."""
    from test_import_review_source import TWO_COLUMNS, _click_in_tree, _open

    dialog = _open(window, TWO_COLUMNS, qtbot)
    tree, pane, model = dialog.tree, dialog.source, dialog.model
    sections = [s for s in dialog.document.iter_sections() if s.workgroups and s.items]
    assert len(sections) >= 2
    for section in sections:
        _click_in_tree(qtbot, dialog, section.items[-1])  # a project first, as the delegate did
        before = pane.current_line()
        assert before is not None
        parent = model.index_of(section)
        groups = [
            model.index(row, 0, parent)
            for row in range(model.rowCount(parent))
            if model.payload(model.index(row, 0, parent)) is None
        ]
        assert len(groups) == 1
        tree.scrollTo(groups[0])
        qtbot.mouseClick(
            tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(groups[0]).center()
        )
        shown = pane.current_line()
        assert shown is not None and shown != before
        _page, number, text = shown
        # The 2013 plan heads them "Werkgroepen en commissies", or for one "Werkgroep en
        # commissie".
        assert text.strip() in HEADINGS, (section.number, number, text)
        # The group's first workgroup comes after its heading.
        _click_in_tree(qtbot, dialog, section.workgroups[0])
        after = pane.current_line()
        assert after is not None and after[1] > number
    dialog.reject()

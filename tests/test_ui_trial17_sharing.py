"""What a Dutch delegate found sharing notes between two laptops (trial 17), in the real window
offscreen (Dutch, laptop B of Jan Jansen): the note's footer named the author as the one who
made the last change; the receive preview said "Ontvangen zou brengen — Toegevoegd: 2." and cut
note titles mid-word without "…"; the Conflicts window spoke of "huidige" and "apart gezette"
versions in two different pairs of words; a second, stale Pair laptops window stayed open and
the pairing code showed only its end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from sqlalchemy import select
from ui_support import leave, settle, type_into, wait_for

from bnldesk.domain.models import Annotation
from bnldesk.services import annotations as svc
from bnldesk.services import sync, sync_trust
from bnldesk.services.note_edits import save_note
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.meetings.features import ReceivePreview

ELS, JAN = "Els de Vries", "Jan Jansen"
LONG = "Gedeeld: NL steunt de gezamenlijke klimaat- en energieaanpak (bijgewerkt in Excel)"


@pytest.fixture
def settings(settings: Any) -> Any:
    """Laptop B: its delegate Jan Jansen, the window in Dutch."""
    settings.set("prefs/language", "nl")
    settings.set("prefs/author", JAN)
    return settings


def _note_by_els(store: Store, body: str = "Gedeeld: NL steunt") -> int:
    """A shared note Els de Vries wrote (on her laptop) on SENN-CRISE; its id."""
    with store.transaction() as s:
        fields = svc.NoteFields(body=body, visibility="delegation")
        note = svc.add_annotation(s, svc.resolve_target(s, "SENN-CRISE"), fields, author=ELS)
        return int(note.id)


def _footer(window: Any) -> str:
    return str(window.notes.saved_label.text())


def test_the_footer_names_the_author_and_who_changed_the_note_last(
    settings: Any, store: Store, window: Any, qtbot: Any
) -> None:
    note_id = _note_by_els(store)
    window.show()
    window.show_object("annotation", note_id)
    settle(window)
    assert _footer(window).startswith("Automatisch bewaard. Door Els de Vries, laatst gewijzigd ")
    assert "Jan" not in _footer(window)

    type_into(qtbot, window.notes.body, "Gedeeld: NL steunt. B: akkoord van Jan.")
    leave(qtbot, window.notes.body)
    wait_for(qtbot, lambda: _footer(window).endswith(" door Jan Jansen."), window)
    assert _footer(window).startswith("Automatisch bewaard. Door Els de Vries, laatst gewijzigd ")
    with store.read() as s:
        note = s.scalar(select(Annotation).where(Annotation.id == note_id))
        assert note is not None
        assert (note.author, note.edited_by) == (ELS, JAN)


def test_the_receive_preview_says_in_dutch_what_receiving_adds(
    settings: Any, store: Store, window: Any, tmp_path: Path
) -> None:
    """Laptop A (a copy of B's plans, paired) shares two notes; B previews the bundle."""
    laptop_a = open_store(tmp_path / "a.db")
    try:
        with laptop_a.transaction() as s, store.transaction() as mine:
            sync_trust.pair(mine, sync_trust.pairing_code(s), "Laptop van Els")
            target = svc.resolve_target(s, "SENN-CRISE")
            for body in (LONG, "Tweede nota"):
                fields = svc.NoteFields(body=body, visibility="delegation")
                svc.add_annotation(s, target, fields, author=ELS)
        sync.share(laptop_a, tmp_path / "a.bnlnotes")
    finally:
        laptop_a.close()
    report = sync.receive(store, tmp_path / "a.bnlnotes", dry_run=True)
    preview = ReceivePreview(report, window)
    head = next(label.text() for label in preview.findChildren(QLabel) if ELS[:3] in label.text())
    lines = preview.findChild(QPlainTextEdit).toPlainText().splitlines()
    preview.deleteLater()
    assert head.startswith("Nota's van Laptop van Els, geschreven op "), head
    assert head.splitlines()[1] == "Bij ontvangst: 2 toegevoegd.", head
    (long_line,) = [line for line in lines if "klimaat" in line]
    # Cut at a word, with "…", between the Dutch quotation marks.
    assert long_line.endswith("(SENN-CRISE): „Gedeeld: NL steunt de gezamenlijke klimaat- en…”"), (
        long_line
    )
    assert "“" not in "\n".join(lines), lines


def test_the_conflicts_window_names_each_version_by_who_made_it(
    settings: Any, store: Store, window: Any, qtbot: Any
) -> None:
    """Jan's edit of Els's note clashed with hers (saved meanwhile): one pair of words, the
    versions' makers, in the column heads and the tick."""
    note_id = _note_by_els(store, LONG)
    with store.transaction() as s:
        note = s.get(Annotation, note_id)
        assert note is not None
        shown = svc.NoteFields.of(note)
        theirs = svc.NoteFields.of(note)
        theirs.body = LONG + " A: eerst ministerie raadplegen."
        save_note(s, note_id, theirs, expected=shown, editor=ELS)
        mine = svc.NoteFields.of(note)
        mine.body = LONG + " B: akkoord van Jan."
        assert save_note(s, note_id, mine, expected=shown, editor=JAN).conflict
    window.show()
    view = window.meeting_features.show_conflicts()
    wait_for(qtbot, lambda: view.fields_model.rowCount() == 1, window)
    model = view.fields_model
    heads = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
    assert heads == ["Veld", "Versie van Els de Vries", "Versie van Jan Jansen", "Behouden"]
    tick = model.index(0, 3)
    assert model.data(tick) == "Versie van Els de Vries"
    view.fields_view.setFocus()
    view.fields_view.setCurrentIndex(tick)
    qtbot.keyClick(view.fields_view, Qt.Key.Key_Space)  # ticks it
    wait_for(qtbot, lambda: model.data(tick) == "Versie van Jan Jansen", window)
    assert view.title.text().endswith("„Gedeeld: NL steunt de gezamenlijke klimaat- en…”")


def test_one_pair_laptops_window_shows_the_whole_code_and_the_latest_list(
    settings: Any, store: Store, window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window.show()
    pair_action = next(
        action for action in window.findChildren(QAction) if action.text() == "&Laptops koppelen..."
    )
    pair_action.trigger()
    first = window.meeting_features._pairing
    assert first is not None
    wait_for(qtbot, lambda: first.own_code.text().startswith("BNL-"), window)
    code = first.own_code.text()
    assert first.own_code.width() >= first.own_code.fontMetrics().horizontalAdvance(code)
    assert first.model.rowCount() == 0

    other = open_store(tmp_path / "other.db")  # paired meanwhile (e.g. from the command line)
    try:
        with other.read() as s, store.transaction() as mine:
            sync_trust.pair(mine, sync_trust.pairing_code(s), "Laptop van Els")
    finally:
        other.close()
    pair_action.trigger()  # again: the same window, raised and read again
    assert window.meeting_features._pairing is first
    wait_for(qtbot, lambda: first.model.rowCount() == 1, window)
    assert [d for d in window.findChildren(type(first)) if d.isVisible()] == [first]

"""The mouse wheel over a drop-down list it passes while scrolling changes nothing (trial 15:
scrolling the notes pane turned the note's position to "To coordinate", then "Agreed", each
stored at once)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from sqlalchemy import select
from ui_support import go_to, settle, wait_for, write_note

from bnldesk.domain.models import Annotation
from bnldesk.store.engine import Store


def _wheel(widget: QWidget, steps: int) -> None:
    """One turn of the wheel over the middle of ``widget``, as the window system delivers it."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _stored_state(store: Store) -> str:
    with store.read() as session:
        note = session.scalars(select(Annotation).order_by(Annotation.id.desc())).first()
        assert note is not None
        return str(note.position_state)


def test_the_wheel_over_an_unfocused_field_scrolls_and_changes_nothing(
    window: Any, store: Store, qtbot: Any
) -> None:
    go_to(qtbot, window, "BENELUX")
    write_note(qtbot, window, "Wieltest")
    combo: QComboBox = window.notes.position_state
    before, stored = combo.currentIndex(), _stored_state(store)
    window.notes.body.setFocus()
    _wheel(combo, 2)
    settle(window)
    assert combo.currentIndex() == before
    assert _stored_state(store) == stored

    # Reached with Tab (or a click), the field takes the wheel: a delegate who means it can.
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    wait_for(qtbot, combo.hasFocus, window)
    _wheel(combo, 1)
    settle(window)
    assert combo.currentIndex() != before


def test_every_field_of_a_scrolling_pane_is_guarded(window: Any) -> None:
    from bnldesk.ui.widgets.wheel_guard import GUARDED

    fields = [w for kind in GUARDED for w in window.findChildren(kind)]
    assert fields
    unguarded = [
        f.objectName() or type(f).__name__
        for f in fields
        if f.focusPolicy() != Qt.FocusPolicy.StrongFocus
    ]
    assert unguarded == []

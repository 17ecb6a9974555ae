"""What a Dutch delegate found sharing notes between two laptops (trial 17), in the real window
offscreen: the note's footer named the author as the one who made the last change.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from ui_support import leave, settle, type_into, wait_for

from bnldesk.domain.models import Annotation
from bnldesk.services import annotations as svc
from bnldesk.store.engine import Store

ELS, JAN = "Els de Vries", "Jan Jansen"


@pytest.fixture
def settings(settings: Any) -> Any:
    """Laptop B: its delegate Jan Jansen, the window in Dutch."""
    settings.set("prefs/language", "nl")
    settings.set("prefs/author", JAN)
    return settings


def _note_by_els(store: Store) -> int:
    """A shared note Els de Vries wrote (on her laptop) on SENN-CRISE; its id."""
    with store.transaction() as s:
        fields = svc.NoteFields(body="Gedeeld: NL steunt", visibility="delegation")
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

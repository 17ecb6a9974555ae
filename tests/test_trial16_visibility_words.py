"""The note form explains all three visibilities alike, by who sees the note (trial 16: only
"Privé (alleen ikzelf)" said it; "Delegatie" and "Deelbaar" did not): only me / my delegation /
other delegations too, in nl, fr and en (the start page's and the notes list's tooltips use the
same words); a sheet cell holding those words reads back, and the command line's help says it
in English."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_support import activate, choose_language, settle, wait_for

from bnldesk.domain.models import Annotation
from bnldesk.domain.value_words import VISIBILITY, code_of
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store

SAID = {
    "English": ["Private (only me)", "Delegation (my delegation)",
                "Shareable (other delegations too)"],
    "Nederlands": ["Privé (alleen ikzelf)", "Delegatie (mijn delegatie)",
                   "Deelbaar (ook andere delegaties)"],
    "Français": ["Privée (moi seul)", "Délégation (ma délégation)",
                 "Partageable (autres délégations aussi)"],
}  # fmt: skip


def _stored(store: Store) -> str:
    with store.read() as s:
        return str(s.scalars(select(Annotation.visibility)).one())


@pytest.mark.parametrize("language", list(SAID))
def test_each_visibility_says_who_sees_the_note_and_the_last_is_chosen_by_keys(
    controller: Any, window: Any, store: Store, qtbot: Any, language: str
) -> None:
    with store.transaction() as s:
        note_id = add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="start")).id
    shown = (
        window if language == "English" else choose_language(qtbot, controller, window, language)
    )
    shown.show_object("annotation", note_id)
    settle(shown)
    activate(qtbot, shown)
    combo = shown.notes.visibility
    assert [combo.itemText(i) for i in range(combo.count())] == SAID[language]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice, as a keyboard picks it
    settle(shown)
    wait_for(
        qtbot,
        lambda: (
            store.read().__enter__().scalars(select(Annotation.visibility)).one() == "shareable"
        ),
        shown,
    )
    assert combo.currentText() == SAID[language][2]


@pytest.mark.parametrize(
    ("text", "code"),
    [(said, code) for words in SAID.values() for said, code in
     zip(words, ("private", "delegation", "shareable"), strict=True)],
)  # fmt: skip
def test_a_sheet_cell_with_the_forms_words_reads_back(text: str, code: str) -> None:
    assert code_of(VISIBILITY, text) == code
    assert code_of(VISIBILITY, VISIBILITY[code].nl) == code  # the short word still


def test_the_command_lines_help_says_who_sees_a_note() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bnldesk", "note", "edit", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    flat = " ".join(result.stdout.split())
    assert (
        "private (only me), delegation (my delegation), shareable (other delegations too)" in flat
    )

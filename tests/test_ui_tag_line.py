"""A tag holding a comma survives the note editor (fifth delegate re-check, after trial 6: a tag
"Luik, Namen" made on the command line or by a notes sheet became the two tags "Luik" and
"Namen" the first time the window saved the note, even after a language change alone).

The tag field writes a name holding a separator in double quotes, as the notes sheet does, and
reads it back as one tag. Driven with keys in a real window offscreen; the tags are read back
from the database file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from ui_support import activate, leave, settle, type_into, type_text

from bnldesk.domain.models import Annotation
from bnldesk.domain.tag_line import tags_from_line, tags_line
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow

TAGS = ["<b>x</b>", "Luik, Namen", "crisis", 'zeg "ja"', "a;b", '"quoted"']


def _stored_tags(store: Store, note_id: int) -> list[str]:
    with store.read() as session:
        note = session.get(Annotation, note_id)
        assert note is not None
        return sorted(tag.name for tag in note.tags)


def _note_with_tags(store: Store) -> int:
    with store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        note = add_annotation(session, target, NoteFields(body="Tekst", tags=list(TAGS)))
        return note.id


def test_the_tag_line_reads_back_every_name_as_written() -> None:
    line = tags_line(TAGS)
    assert line == '<b>x</b>, "Luik, Namen", crisis, zeg "ja", "a;b", """quoted"""'
    assert tags_from_line(line) == TAGS
    assert tags_from_line("crisis; follow-up,\n  spaced   out ,crisis") == [
        "crisis",
        "follow-up",
        "spaced out",
    ]


def test_typing_in_a_note_keeps_a_tag_holding_a_comma(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    note_id = _note_with_tags(store)
    activate(qtbot, window)
    window.show_object("annotation", note_id)
    settle(window)
    notes = window.notes
    # The names in the order the note lists them (by name).
    assert notes.tags.text() == '"""quoted""", <b>x</b>, "Luik, Namen", "a;b", crisis, zeg "ja"'
    undo = window.registry[ActionId.UNDO]
    undo_text = undo.text()

    # Enter in the tag field without a change: nothing is saved, no undo step appears.
    notes.tags.setFocus()
    qtbot.keyClick(notes.tags, Qt.Key.Key_Return)
    leave(qtbot, notes.tags)
    settle(window)
    assert undo.text() == undo_text
    assert _stored_tags(store, note_id) == sorted(TAGS)

    # One letter typed in the note's text: the text is saved, every tag kept whole.
    notes.body.setFocus()
    qtbot.keyClick(notes.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(notes.body, "!")
    leave(qtbot, notes.body)
    settle(window)
    with store.read() as session:
        note = session.get(Annotation, note_id)
        assert note is not None and note.body == "Tekst!"
    assert _stored_tags(store, note_id) == sorted(TAGS)

    # A new tag typed with a comma inside quotes is one tag.
    type_into(qtbot, notes.tags, 'crisis, "Brussel, Den Haag"')
    leave(qtbot, notes.tags)
    settle(window)
    assert _stored_tags(store, note_id) == ["Brussel, Den Haag", "crisis"]


def test_the_command_line_shows_where_a_tag_holding_a_comma_ends(
    tmp_path: Any, capsys: Any
) -> None:
    """Trial 7: `note show` and `list annotations` printed "Brussel, Den Haag, crisis", three
    tags or two for all a reader could tell."""
    from bnldesk.cli import main

    db = str(tmp_path / "tags.db")
    note = ["--db", db, "annotate", "SENN-CRISE", "Twee steden"]
    assert main([*note, "--tag", "Brussel, Den Haag", "--tag", "crisis"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "list", "annotations"]) == 0
    assert '"Brussel, Den Haag", crisis' in capsys.readouterr().out
    assert main(["--db", db, "note", "show", "1"]) == 0
    assert '  Tags: "Brussel, Den Haag", crisis' in capsys.readouterr().out

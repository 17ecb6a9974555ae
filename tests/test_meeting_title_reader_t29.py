"""A meeting's untouched default title is shown in the reader's language in its editor and in
``meeting show``, as the lists show it (trials 16-17, stop 29).

A meeting stored with the French default title "Groupe de travail stratégique Gestion des crises
(SENN-CRISE)" (made on a French colleague's laptop) was listed under the Dutch name in a Dutch
window, but its editor's Title field, its heading and ``bnldesk meeting show`` still said the
French one. Saving the editor untouched must leave the stored default alone (it is no typed
title); a title typed over it is stored as typed. Real database (a file, and a PostgreSQL server
where marked) with the demo's Dutch plans and the shared cases' French plan; the window
offscreen, driven by keys and mouse.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_workgroup_names_t17 import NAMES, _new_meeting, _stored
from test_workgroup_printed_names import DUTCH_NAME, FRENCH_NAME
from ui_support import open_meeting, settle, type_into, wait_for

from bnldesk.cli import main
from bnldesk.services import meetings
from bnldesk.store.engine import Store

FRENCH_TITLE = f"{FRENCH_NAME} (SENN-CRISE)"
DUTCH_TITLE = f"{DUTCH_NAME} (SENN-CRISE)"


@pytest.mark.both_backends
def test_an_edit_from_the_readers_default_title_is_no_clash(bilingual: Store) -> None:
    """The editor's facts in Dutch (the default title under the Dutch name): the place changed,
    the stored French default stays; then a typed title is written, no clash with the stored
    default the editor showed in Dutch."""
    meeting_id = _new_meeting(bilingual, "fr")
    with bilingual.read() as session:
        shown = meetings.meeting_fields(session, meeting_id, "nl")
        detail = meetings.meeting_detail(session, meeting_id, language="nl")
    assert (shown.title, detail["title"]) == (DUTCH_TITLE, DUTCH_TITLE)
    moved = meetings.MeetingFields(**{**shown.__dict__, "place": "Arlon"})
    with bilingual.transaction() as session:
        meetings.update_meeting(session, meeting_id, moved, shown=shown, language="nl")
    assert _stored(bilingual, meeting_id)[0] == FRENCH_TITLE
    typed = meetings.MeetingFields(**{**moved.__dict__, "title": "Overleg te Arlon"})
    with bilingual.transaction() as session:
        meetings.update_meeting(session, meeting_id, typed, shown=moved, language="nl")
    assert _stored(bilingual, meeting_id)[0] == "Overleg te Arlon"


def test_meeting_show_says_the_default_title_in_the_readers_language(
    bilingual: Store, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    meeting_id = _new_meeting(bilingual, "fr")
    bilingual.close()
    monkeypatch.setenv("LANGUAGE", "nl")
    assert main(["--db", str(db_path), "meeting", "show", str(meeting_id)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(DUTCH_TITLE), first


@pytest.fixture
def language(settings: Any, request: pytest.FixtureRequest) -> str:
    """The interface language chosen in the preferences before the window starts."""
    code = str(request.param)
    settings.set("prefs/language", code)
    return code


@pytest.mark.parametrize("language", ["nl", "fr"], indirect=True)
def test_the_editor_shows_the_readers_default_title_and_saves_it_untouched(
    language: str, bilingual: Store, controller: Any, qtbot: Any
) -> None:
    """A meeting stored with the other language's default title, opened from the list: the
    Title field and the heading say the window's; the place typed and Return (the title not
    touched) keeps the stored default; a title typed and Return is stored as typed."""
    other = "nl" if language == "fr" else "fr"
    meeting_id = _new_meeting(bilingual, other)
    stored_default = f"{NAMES[other][0]} (SENN-CRISE)"
    shown_default = f"{NAMES[language][0]} (SENN-CRISE)"
    w = controller.open_window(restore=False)
    settle(w)
    editor = open_meeting(qtbot, w, meeting_id).editor
    assert (editor.title.text(), editor.heading.text()) == (shown_default, shown_default)
    type_into(qtbot, editor.place, "Arlon")
    qtbot.keyClick(editor.place, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: _facts(bilingual, meeting_id) == ("Arlon", stored_default), w)
    assert editor.title.text() == shown_default
    type_into(qtbot, editor.title, "Overleg te Arlon")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: _stored(bilingual, meeting_id)[0] == "Overleg te Arlon", w)


def _facts(store: Store, meeting_id: int) -> tuple[str, str]:
    """The meeting's place and title as stored."""
    with store.read() as session:
        fields = meetings.meeting_fields(session, meeting_id)
    return fields.place, fields.title

"""Positions gathered under an agenda point name their object (stop 28).

A point about a section covers its projects and sub-sections: the positions noted on them are
listed under it in the Meetings window, the meeting brief and ``bnldesk meeting show``. Each
says what it is about ("1.1 Nieuw project: Digitale Benelux-factuur: Steunen, mits …"), so a
delegate can read it aloud. Real SQLite file (and a PostgreSQL server), PDFs read back with
pypdf, the CLI run as a process, the window driven by the mouse.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest
from test_meeting_brief_objects import FLAGSHIP, SUB_ITEM, _ids, _plan_2023

from bnldesk.services import meetings as m
from bnldesk.services.annotations import NoteFields, add_annotation, target_of
from bnldesk.services.meeting_positions import gathered_positions
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.services.reports.object_names import shorten
from bnldesk.store.engine import Store
from bnldesk.store.structure import write_document

FLAG_POSITION = "Steunen, mits de kmo-drempel blijft"
SUB_POSITION = "Eerst de cijfers van de pilot afwachten"
OWN_POSITION = "Akkoord met de aanpak van de werkgroep"


def _positions(store: Store) -> int:
    """A meeting whose point 1 is about section 1.1 (with a position of its own), its
    flagship and its sub-section's project carrying a noted position each."""
    with store.transaction() as s:
        write_document(s, _plan_2023())
    ids = _ids(store)
    with store.transaction() as s:
        for kind, obj_id, text in (
            ("item", ids[FLAGSHIP], FLAG_POSITION),
            ("item", ids[SUB_ITEM], SUB_POSITION),
            ("section", ids["section 1.1"], OWN_POSITION),
        ):
            add_annotation(
                s,
                target_of(s, kind, obj_id),
                NoteFields(body="n", position_text=text, visibility="delegation"),
            )
        start = dt.datetime(2026, 12, 8, 10)
        meeting = m.create_meeting(
            s, m.MeetingFields(title="Overleg markt", workgroup="SENN-CRISE", starts_at=start)
        )
        m.add_agenda_item(s, meeting.id, m.AgendaFields(target=f"section:{ids['section 1.1']}"))
        return int(meeting.id)


@pytest.mark.both_backends
def test_the_positions_under_a_point_name_their_object_in_the_delegates_language(
    store: Store,
) -> None:
    meeting_id = _positions(store)
    with store.read() as s:
        ((point_id, nl),) = gathered_positions(s, meeting_id, "nl").items()
        fr = gathered_positions(s, meeting_id, "fr")[point_id]
    assert [(p.about, p.text) for p in nl] == [
        ("", OWN_POSITION),  # the point's own object: the point names it
        (f"1.1 Nieuw project: {FLAGSHIP}", FLAG_POSITION),
        (f"1.1.1 Nieuw project: {SUB_ITEM}", SUB_POSITION),
    ]
    assert [p.about for p in fr][1:] == [
        f"1.1 Nouveau projet\u00a0: {FLAGSHIP}",
        f"1.1.1 Nouveau projet\u00a0: {SUB_ITEM}",
    ]
    assert nl[1].about_full == nl[1].about


def test_a_long_title_is_cut_at_a_word() -> None:
    long = "Grensoverschrijdende samenwerking inzake de erkenning van beroepskwalificaties"
    assert shorten(long) == "Grensoverschrijdende samenwerking inzake de…"
    assert len(shorten(long)) <= 48 and shorten("kort") == "kort"


def _flat(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_brief_names_the_object_of_each_position_under_a_point(
    store: Store, tmp_path: Path
) -> None:
    meeting_id = _positions(store)
    out = tmp_path / "brief.pdf"
    export_brief(store, BriefSubject(meeting=str(meeting_id)), BriefOptions(language="nl"), out)
    first = " ".join(pypdf.PdfReader(str(out)).pages[0].extract_text().split())
    point = first[first.index("1. 1.1 Interne markt") :]
    assert f"1.1 Nieuw project: {FLAGSHIP}: {FLAG_POSITION}" in point
    assert f"1.1.1 Nieuw project: {SUB_ITEM}: {SUB_POSITION}" in point
    assert OWN_POSITION in point and f": {OWN_POSITION}" not in point  # its own: not named
    fr = tmp_path / "brief-fr.pdf"
    export_brief(store, BriefSubject(meeting=str(meeting_id)), BriefOptions(language="fr"), fr)
    text = _flat(fr).replace("\u00a0", " ")
    assert f"1.1 Nouveau projet : {FLAGSHIP} : {FLAG_POSITION}" in text


def test_meeting_show_names_the_object_of_each_position_under_a_point(
    store: Store, tmp_path: Path
) -> None:
    meeting_id = _positions(store)
    env = {**os.environ, "BNLDESK_DB": str(store.path), "LANGUAGE": "nl", "LC_ALL": "", "LANG": ""}
    result = subprocess.run(
        [sys.executable, "-m", "bnldesk", "meeting", "show", str(meeting_id)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"       · {OWN_POSITION}" in lines  # its own object: the point names it
    assert any(f"1.1 Nieuw project: {FLAGSHIP}: {FLAG_POSITION}" in line for line in lines)
    assert any(f"1.1.1 Nieuw project: {SUB_ITEM}: {SUB_POSITION}" in line for line in lines)


def test_the_window_lists_the_positions_under_a_point_naming_their_object(
    window: Any, store: Store, qtbot: Any
) -> None:
    """The point's box says, under its own position, what the notes hold on the objects it
    covers: each named, cut to two lines at 1280x720, every one whole in the tooltip."""
    from ui_support import click_row, open_meeting, wait_for

    meeting_id = _positions(store)
    w = window
    panel = open_meeting(qtbot, w, meeting_id)
    panel.window().resize(1280, 720)
    editor = panel.editor
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 1, w)
    click_row(qtbot, editor.agenda_view, 0)
    wait_for(qtbot, lambda: editor.point_gathered.isVisible(), w)
    shown = editor.point_gathered.shown_text()
    whole = f"{OWN_POSITION} · 1.1 New: {FLAGSHIP}: {FLAG_POSITION} · 1.1.1 New: {SUB_ITEM}:"
    assert editor.point_gathered.text().startswith(whole)
    assert shown.startswith(f"{OWN_POSITION} · 1.1 New: Digitale") and shown.endswith("…")
    tip = editor.point_gathered.toolTip()
    assert f"1.1 New: {FLAGSHIP}:\n{FLAG_POSITION}" in tip
    assert f"1.1.1 New: {SUB_ITEM}:\n{SUB_POSITION}" in tip
    # A free point gathers nothing: the line goes.
    editor.new_point.setText("Rondvraag")
    editor.add_point()
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 2, w)
    click_row(qtbot, editor.agenda_view, 1)
    wait_for(qtbot, lambda: not editor.point_gathered.isVisible(), w)

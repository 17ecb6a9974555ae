"""Trial 11: English left in Dutch output. The notes sheet's "Soort object" column held
"workgroup" in a Dutch export; a debrief tagged its notes "debrief" (shown as "#debrief" in the
Dutch brief). Kinds are written in the sheet's language and read back in any of the three, and
as the English codes earlier versions wrote; the debrief's tag is in its language, and an old
note tagged "debrief" is still known as a debrief's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pypdf
import pytest
from sheet_support import apply_sheet, edit_sheet, export_notes, nothing_to_do, plan_sheet
from sqlalchemy import select

from bnldesk.domain.models import Annotation
from bnldesk.services import meetings as service
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.store.engine import Store

# The sheet's language -> its headers of the kind, key and text columns, and the kind of a
# note on a workgroup as the sheet writes it.
SHEETS = {
    "nl": ("Soort object", "Objectsleutel", "Tekst", "Werkgroep"),
    "fr": ("Type d'objet", "Clé d'objet", "Texte", "Groupe de travail"),
    "en": ("Target kind", "Target key", "Text", "Workgroup"),
}
# How a delegate (or an earlier version) may name the kind in a typed row.
TYPED_KINDS = ["Werkgroep", "groupe de travail", "workgroup", "WORKGROUP", " Workgroup "]


@pytest.mark.parametrize("language", sorted(SHEETS))
def test_the_notes_sheet_names_kinds_in_its_language_and_reads_any_back(
    store: Store, tmp_path: Path, language: str
) -> None:
    kind_header, key_header, text_header, workgroup = SHEETS[language]
    with store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        add_annotation(session, target, NoteFields(body="Standpunt", visibility="delegation"))
    path = tmp_path / "notes.xlsx"
    export_notes(store, path, language)
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()
    column = rows[0].index(kind_header)
    assert [row[column] for row in rows[1:] if any(row)] == [workgroup]
    assert nothing_to_do(plan_sheet(store, path))  # read back unchanged: nothing to do

    typed = [
        {kind_header: kind, key_header: "wg:SENN-CRISE", text_header: f"Getypt {number}"}
        for number, kind in enumerate(TYPED_KINDS)
    ]
    edit_sheet(path, {}, typed)
    _plan, report = apply_sheet(store, path)
    assert report.created == len(TYPED_KINDS)
    with store.read() as session:
        made = session.execute(
            select(Annotation.target_kind, Annotation.target_key).where(
                Annotation.body.like("Getypt %")
            )
        ).all()
    assert {(str(kind), key) for kind, key in made} == {("workgroup", "wg:SENN-CRISE")}
    assert len(made) == len(TYPED_KINDS)


def _tags(store: Store) -> list[list[str]]:
    with store.read() as session:
        notes = session.scalars(select(Annotation).where(Annotation.deleted_at.is_(None)))
        return [sorted(tag.name for tag in note.tags) for note in notes]


def _meeting(store: Store, title: str) -> int:
    with store.transaction() as session:
        meeting = service.create_meeting(
            session,
            service.MeetingFields(
                workgroup="SENN-CRISE", title=title, starts_at=dt.datetime(2026, 3, 4, 10)
            ),
        )
        service.add_agenda_item(
            session, meeting.id, service.AgendaFields(target="SENN-CRISE", outcome="Aangenomen")
        )
        return int(meeting.id)


@pytest.mark.parametrize(
    ("language", "tag"), [("nl", "verslag"), ("fr", "compte-rendu"), ("en", "debrief")]
)
def test_a_debrief_tags_its_notes_in_its_language(store: Store, language: str, tag: str) -> None:
    meeting_id = _meeting(store, "Overleg")
    with store.transaction() as session:
        service.debrief(session, meeting_id, language=language)
    assert _tags(store) == [[tag]]


def test_an_old_debrief_note_keeps_its_tag_and_shows_the_briefs_word(
    store: Store, tmp_path: Path
) -> None:
    """A note an earlier version tagged "debrief" is debriefed again in Dutch: no second tag;
    a later meeting's Dutch brief shows it as "#verslag"."""
    meeting_id = _meeting(store, "Overleg")
    with store.transaction() as session:
        service.debrief(session, meeting_id, language="en")  # as every earlier version did
        service.add_agenda_item(
            session, meeting_id, service.AgendaFields(title="Rondvraag", outcome="Niets")
        )
        service.debrief(session, meeting_id, language="nl")
    assert _tags(store) == [["debrief"]]
    later = _meeting(store, "Volgend overleg")
    out = tmp_path / "brief.pdf"
    export_brief(store, BriefSubject(meeting=str(later)), BriefOptions(language="nl"), out)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(out)).pages)
    assert "#verslag" in text and "#debrief" not in text

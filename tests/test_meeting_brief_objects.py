"""A meeting's brief carries, for each agenda point about a plan object, the notes, positions
and open actions the brief of that object carries (delegate trial 15: the point on section 1.1
of the 2023 plan gave "3 pages, 0 note" and no actions, while ``brief --section 1.1 --plan
2023`` held the flagship's two notes and its action). Real SQLite file, PDFs read back with
pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from bnldesk.domain.document import DocChapter, DocItem, DocSection, DocWorkgroup, PlanDocument
from bnldesk.domain.models import Chapter, ItemKind, Plan, PlanItem, Section, Workgroup
from bnldesk.services import meetings as m
from bnldesk.services.annotations import NoteFields, add_action, add_annotation, target_of
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.services.reports.brief_data import BriefData, collect_brief
from bnldesk.store.engine import Store
from bnldesk.store.structure import write_document

FLAGSHIP = "Digitale Benelux-factuur"
SUB_ITEM = "Pilot e-facturatie grensregio"
LONE_ITEM = "Studie grensarbeid"
OTHER_ITEM = "Register beroepskwalificaties"
ROAD_ITEM = "Gezamenlijke tolvignet"
ENERGY_ITEM = "Waterstofcorridor"

NOTES = {
    "flagship_1": "Wij steunen de factuur, mits de kmo-drempel blijft.",
    "flagship_2": "Luxemburg vraagt een overgangstermijn van twee jaar.",
    "sub_item": "De pilot in Limburg loopt goed; cijfers volgen.",
    "lone_item": "Studie pas na de zomer beschikbaar.",
    "road_item": "Vignet: Nederland blijft terughoudend.",
    "energy_section": "Corridor: netbeheerders willen eerst de tracéstudie.",
    "energy_group": "Werkgroep energie vergadert voortaan online.",
}
POSITION = "Steunen, mits een kmo-uitzondering"
PRIVATE = "Eigen inschatting: de voorzitter wil dit snel afronden."
NOT_ON_AGENDA = "Register: geen haast, komt volgend jaar."
ACTION = "Standpunt kmo-drempel afstemmen met Financiën"


def _plan_2023() -> PlanDocument:
    """An annual plan for 2023: 1.1 with a flagship and sub-section 1.1.1, 1.2 with two
    projects, chapter 2 (a road project) and chapter 3 (the energy workgroup's section)."""
    section_1_1 = DocSection(
        number="1.1",
        title="Interne markt",
        items=[
            DocItem(ItemKind.OBJECTIVE, "Minder administratieve lasten"),
            DocItem(ItemKind.NEW, FLAGSHIP, flagship=True),
        ],
        workgroups=[DocWorkgroup("Werkgroep Interne Markt", "MARKT-23")],
        children=[
            DocSection(
                number="1.1.1", title="E-facturatie", items=[DocItem(ItemKind.NEW, SUB_ITEM)]
            )
        ],
    )
    section_1_2 = DocSection(
        number="1.2",
        title="Arbeidsmarkt",
        items=[DocItem(ItemKind.NEW, LONE_ITEM), DocItem(ItemKind.NEW, OTHER_ITEM)],
    )
    road = DocSection(number="2.1", title="Wegen", items=[DocItem(ItemKind.NEW, ROAD_ITEM)])
    energy = DocSection(
        number="3.1",
        title="Energie",
        items=[DocItem(ItemKind.NEW, ENERGY_ITEM)],
        workgroups=[DocWorkgroup("Werkgroep Energie", "ENER-23")],
    )
    chapters = [
        DocChapter(number="1", title="Economische unie", sections=[section_1_1, section_1_2]),
        DocChapter(number="2", title="Mobiliteit", sections=[road]),
        DocChapter(number="3", title="Duurzaamheid", sections=[energy]),
    ]
    return PlanDocument(kind="plan", title="Jaarplan 2023", year=2023, chapters=chapters)


def _ids(store: Store) -> dict[str, int]:
    """Row ids of the 2023 plan's objects by name."""
    with store.read() as s:
        items = {str(t): int(i) for t, i in s.execute(select(PlanItem.title, PlanItem.id))}
        sections = {
            str(n): int(i)
            for n, i in s.execute(
                select(Section.number, Section.id)
                .join(Chapter, Section.chapter_id == Chapter.id)
                .join(Plan, Chapter.plan_id == Plan.id)
                .where(Plan.year == 2023)
            )
        }
        chapter = s.scalar(
            select(Chapter.id).join(Plan).where(Plan.year == 2023, Chapter.number == "2")
        )
        group = s.scalar(select(Workgroup.id).where(Workgroup.code == "ENER-23"))
    assert chapter is not None and group is not None
    return {
        **items,
        **{f"section {n}": i for n, i in sections.items()},
        "chapter 2": chapter,
        "ENER-23": group,
    }


def _note(store: Store, kind: str, obj_id: int, body: str, visibility: str = "delegation") -> None:
    """A note on the object; the flagship's first note holds a position and an action."""
    position = POSITION if body == NOTES["flagship_1"] else ""
    fields = NoteFields(body=body, visibility=visibility, position_text=position)
    with store.transaction() as s:
        note = add_annotation(s, target_of(s, kind, obj_id), fields)
        if body == NOTES["flagship_1"]:
            add_action(s, note, ACTION, owner="A. Peeters", due_date=dt.date(2026, 12, 15))


def _meeting(store: Store) -> tuple[int, dict[str, int]]:
    """A SENN-CRISE meeting whose points are about section 1.1, chapter 2, workgroup ENER-23,
    the item of 1.2 and a free text; notes (one private) on objects inside them."""
    with store.transaction() as s:
        write_document(s, _plan_2023())
    ids = _ids(store)
    _note(store, "item", ids[FLAGSHIP], NOTES["flagship_1"])
    _note(store, "item", ids[FLAGSHIP], NOTES["flagship_2"])
    _note(store, "item", ids[FLAGSHIP], PRIVATE, visibility="private")
    _note(store, "item", ids[SUB_ITEM], NOTES["sub_item"])
    _note(store, "item", ids[LONE_ITEM], NOTES["lone_item"])
    _note(store, "item", ids[OTHER_ITEM], NOT_ON_AGENDA)
    _note(store, "item", ids[ROAD_ITEM], NOTES["road_item"])
    _note(store, "section", ids["section 3.1"], NOTES["energy_section"])
    _note(store, "workgroup", ids["ENER-23"], NOTES["energy_group"])
    with store.transaction() as s:
        start = dt.datetime(2026, 12, 8, 10)
        meeting = m.create_meeting(s, m.MeetingFields(workgroup="SENN-CRISE", starts_at=start))
        for ref in (
            f"section:{ids['section 1.1']}",
            f"chapter:{ids['chapter 2']}",
            f"workgroup:{ids['ENER-23']}",
            f"item:{ids[LONE_ITEM]}",
        ):
            m.add_agenda_item(s, meeting.id, m.AgendaFields(target=ref))
        m.add_agenda_item(s, meeting.id, m.AgendaFields(title="Rondvraag"))
        return int(meeting.id), ids


def _uuids(data: BriefData) -> set[str]:
    return {n.uuid for g in data.note_groups for n in g.notes}


def _flat(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.both_backends
def test_a_meeting_brief_carries_what_each_agenda_objects_brief_carries(
    store: Store, tmp_path: Path
) -> None:
    meeting_id, _ = _meeting(store)
    today = dt.date(2026, 12, 1)
    subject = BriefSubject(meeting=str(meeting_id))
    with store.read() as s:
        data = collect_brief(s, subject, BriefOptions(), today=today)
        section = collect_brief(
            s, BriefSubject(section="1.1", plan_year=2023), BriefOptions(), today=today
        )
        group = collect_brief(s, BriefSubject(workgroup="ENER-23"), BriefOptions(), today=today)
        own = collect_brief(
            s, BriefSubject(workgroup="SENN-CRISE", plan_year=data.plan_year), BriefOptions()
        )
    # The section brief's notes (the flagship's two, the sub-section's) and the workgroup
    # brief's (its own and its section's) are all in the meeting brief, nothing private.
    assert section.note_count == 3 and group.note_count == 2
    assert _uuids(section) <= _uuids(data) and _uuids(group) <= _uuids(data)
    bodies = {n.body for g in data.note_groups for n in g.notes}
    assert set(NOTES.values()) <= bodies
    assert PRIVATE not in bodies and NOT_ON_AGENDA not in bodies  # 1.2 itself is not a point
    # The counts agree: the meeting brief shows exactly the objects' notes and its workgroup's.
    assert data.note_count == len(NOTES) + own.note_count
    assert [a.title for a in section.actions] == [ACTION]
    assert ACTION in [a.title for a in data.actions]

    out = tmp_path / "meeting.pdf"
    result = export_brief(store, subject, BriefOptions(), out, today=today)
    assert result.notes == data.note_count
    text = _flat(out)
    for body in NOTES.values():
        assert body in text
    assert ACTION in text and "15/12/2026" in text
    assert PRIVATE not in text and NOT_ON_AGENDA not in text
    # The chapter point is named and placed like the others, and the notes follow the agenda.
    assert "ch:2" not in text
    place = text[text.rindex("Place in the plan") : text.rindex("Notes and positions")]
    assert "2.1 Wegen" in place and "On the agenda: point 2" in place
    order = [text.index(NOTES[k]) for k in ("flagship_1", "road_item", "energy_group")]
    assert order == sorted(order)
    # The flagship's position is point 1's line to take on page 1.
    first = " ".join(pypdf.PdfReader(str(out)).pages[0].extract_text().split())
    point_1 = first[first.index("1. 1.1 Interne markt") : first.index("2. 2 Mobiliteit")]
    assert POSITION in point_1


def test_a_meeting_brief_shows_a_private_note_on_an_agenda_object_only_when_asked(
    store: Store, tmp_path: Path
) -> None:
    meeting_id, _ = _meeting(store)
    subject = BriefSubject(meeting=str(meeting_id))
    everything = BriefOptions(include_private=True)
    with store.read() as s:
        data = collect_brief(s, subject, everything)
        section = collect_brief(s, BriefSubject(section="1.1", plan_year=2023), everything)
    assert section.note_count == 4 and _uuids(section) <= _uuids(data)
    out = tmp_path / "private.pdf"
    export_brief(store, subject, everything, out)
    assert PRIVATE in _flat(out)


@pytest.mark.both_backends
def test_a_note_on_an_older_plans_agenda_object_is_among_the_notes_not_the_history(
    store: Store, tmp_path: Path
) -> None:
    """A MARKT-23 meeting (its brief reads the 2023 plan) with a point on a 2022 project: the
    project's 2022 note is current for that project, as the project's section brief shows it,
    not a note of an earlier year filed under "Earlier plans"."""
    with store.transaction() as s:
        write_document(s, _plan_2023())
    with store.read() as s:
        item_id = s.scalar(
            select(PlanItem.id)
            .join(Section, PlanItem.section_id == Section.id)
            .join(Chapter, Section.chapter_id == Chapter.id)
            .join(Plan, Chapter.plan_id == Plan.id)
            .where(Plan.year == 2022, PlanItem.kind != "objective")
            .order_by(PlanItem.id)
            .limit(1)
        )
    assert item_id is not None
    _note(store, "item", item_id, NOTES["lone_item"])
    with store.transaction() as s:
        meeting = m.create_meeting(
            s, m.MeetingFields(workgroup="MARKT-23", starts_at=dt.datetime(2026, 12, 8, 10))
        )
        m.add_agenda_item(s, meeting.id, m.AgendaFields(target=f"item:{item_id}"))
        subject = BriefSubject(meeting=str(meeting.id))
    with store.read() as s:
        data = collect_brief(s, subject, BriefOptions())
        own = collect_brief(s, BriefSubject(item_id=item_id), BriefOptions())
    assert data.plan_year == 2023 and own.plan_year == 2022
    assert [n.body for g in own.note_groups for n in g.notes] == [NOTES["lone_item"]]
    assert [n.body for g in data.note_groups for n in g.notes] == [NOTES["lone_item"]]
    assert all(not entry.note_groups for entry in data.history)

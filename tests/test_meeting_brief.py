"""A meeting's brief places each agenda point in its own object's plan, and says which plan it
describes (delegate trial, item 25); read back from the PDF with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from export_helpers import BRIEF_RIGHT_MARGIN, printed_lines, text_beyond_right_margin
from sqlalchemy import select

from bnldesk.domain.document import DocChapter, DocItem, DocSection, DocWorkgroup, PlanDocument
from bnldesk.domain.models import Chapter, ItemKind, Plan, PlanItem, Section, Workgroup
from bnldesk.services import meetings as m
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.services.reports.brief import long_date
from bnldesk.services.reports.brief_data import (
    BriefSubjectNotFound,
    PlanYearChoice,
    collect_brief,
    plan_year_choice,
)
from bnldesk.store.engine import Store
from bnldesk.store.structure import write_document


def _flat(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _item_of_2022(store: Store) -> tuple[int, str, str, str]:
    """A 2022 plan item: its id, title, and its section's number and title."""
    with store.read() as s:
        row = s.execute(
            select(PlanItem.id, PlanItem.title, Section.number, Section.title)
            .join(Section, PlanItem.section_id == Section.id)
            .join(Chapter, Section.chapter_id == Chapter.id)
            .join(Plan, Chapter.plan_id == Plan.id)
            .where(Plan.year == 2022, PlanItem.kind != "objective")
            .order_by(PlanItem.id)
            .limit(1)
        ).one()
    return int(row[0]), str(row[1]), str(row[2]), str(row[3])


def _meeting_on(store: Store, *refs: str) -> int:
    start = dt.datetime(dt.date.today().year + 1, 12, 8, 10)
    with store.transaction() as s:
        meeting = m.create_meeting(s, m.MeetingFields(workgroup="SENN-CRISE", starts_at=start))
        for ref in refs:
            m.add_agenda_item(s, meeting.id, m.AgendaFields(target=ref))
        m.add_agenda_item(s, meeting.id, m.AgendaFields(title="Rondvraag"))
        return int(meeting.id)


def test_an_agenda_point_on_a_2022_item_is_placed_in_the_2022_plan(
    store: Store, tmp_path: Path
) -> None:
    """Before: "Place in the plan" showed only SENN-CRISE's 2013 section 5.2; the 2022 project
    on the agenda was nowhere in it."""
    item_id, item_title, number, title = _item_of_2022(store)
    meeting_id = _meeting_on(store, f"item:{item_id}")
    with store.read() as s:
        data = collect_brief(s, BriefSubject(meeting=str(meeting_id)), BriefOptions())
    placed = [(p.plan_year, p.section_number, p.agenda_points) for p in data.placements]
    assert data.plan_year == 2013  # the latest plan listing SENN-CRISE, as the cover says
    assert (2013, "5.2", []) in placed
    assert (2022, number, [1]) in placed
    (project,) = [
        info for p in data.placements for info in (*p.objectives, *p.projects) if info.agenda_points
    ]
    assert project.title == item_title and project.agenda_points == [1]

    out = tmp_path / "meeting.pdf"
    export_brief(store, BriefSubject(meeting=str(meeting_id)), BriefOptions(), out)
    text = _flat(out)
    place = text[text.rindex("Place in the plan") :]
    assert "5.2 Rampenbestrijding" in place and "Annual plan 2013 · Chapter 5" in place
    assert f"{number} {title}" in place
    assert "Annual plan 2022 · Chapter" in place
    assert "On the agenda: point 1" in place


def test_a_plan_year_chosen_for_the_brief_keeps_each_point_in_its_plan(
    store: Store, tmp_path: Path
) -> None:
    item_id, _title, number, _section = _item_of_2022(store)
    with store.read() as s:
        section_2013 = s.scalar(
            select(Section.id)
            .join(Chapter, Section.chapter_id == Chapter.id)
            .join(Plan, Chapter.plan_id == Plan.id)
            .where(Plan.year == 2013, Section.number == "5.2")
        )
    meeting_id = _meeting_on(store, f"section:{section_2013}", f"item:{item_id}")
    with store.read() as s:
        data = collect_brief(
            s, BriefSubject(meeting=str(meeting_id), plan_year=2022), BriefOptions()
        )
    # SENN-CRISE is not in the 2022 plan: its own sections are not "the plan" of this brief,
    # but its point 1 (section 5.2 of 2013) and point 2 (the 2022 item) are placed.
    placed = [(p.plan_year, p.section_number, p.agenda_points) for p in data.placements]
    assert data.plan_year == 2022
    assert placed == [(2013, "5.2", [1]), (2022, number, [2])]


def test_the_plan_years_a_brief_offers_and_the_one_it_proposes(store: Store) -> None:
    """What the brief dialog offers: SENN-CRISE is listed in the 2013 plan only (the demo
    data); a meeting's agenda on a 2022 item adds 2022 to the choice."""
    item_id, _title, _number, _section = _item_of_2022(store)
    next_year = dt.date.today().year + 1
    coming = _meeting_on(store, f"item:{item_id}")
    with store.transaction() as s:
        in_2013 = m.create_meeting(
            s, m.MeetingFields(workgroup="SENN-CRISE", starts_at=dt.datetime(2013, 5, 6, 10))
        ).id
    with store.read() as s:
        workgroup = plan_year_choice(s, BriefSubject(workgroup="SENN-CRISE"))
        section = plan_year_choice(s, BriefSubject(section="2.1.1", plan_year=2022))
        meeting = plan_year_choice(s, BriefSubject(meeting=str(coming)))
        old_meeting = plan_year_choice(s, BriefSubject(meeting=str(in_2013)))
        with pytest.raises(BriefSubjectNotFound, match=r"^say which workgroup, section or meeting"):
            plan_year_choice(s, BriefSubject())
    assert workgroup == PlanYearChoice([2013], 2013, "latest", workgroup="SENN-CRISE")
    assert section == PlanYearChoice([2022], 2022, "section")
    assert meeting == PlanYearChoice(
        [2022, 2013], 2013, "meeting_latest", next_year, [2022], "SENN-CRISE"
    )
    assert old_meeting == PlanYearChoice([2013], 2013, "meeting_year", 2013, [], "SENN-CRISE")


def test_a_meeting_brief_numbers_its_points_and_finds_an_object_whose_row_was_replaced(
    store: Store,
) -> None:
    with store.transaction() as s:
        meeting = m.create_meeting(
            s, m.MeetingFields(workgroup="SENN-CRISE", starts_at=dt.datetime(2013, 5, 6, 10))
        )
        m.add_agenda_item(
            s,
            meeting.id,
            m.AgendaFields(target="SENN-CRISE", position_text="Steunen", notes="kort"),
        )
        # 2022's 5.2 asked for by name (the workgroup's own plan, 2013, has a 5.2 too).
        section_point = m.add_agenda_item(
            s, meeting.id, m.AgendaFields(target="5.2", plan_year=2022)
        )
        m.add_agenda_item(s, meeting.id, m.AgendaFields(title="Rondvraag"))
        # A new import replaced the section's row: the point keeps only its identity key.
        section_point.target_id = 987654
        meeting_id = meeting.id
    with store.read() as s:
        data = collect_brief(s, BriefSubject(meeting=str(meeting_id)), BriefOptions())
    assert data.meeting is not None
    assert [
        (p.position, p.title, p.target_label, p.position_text, p.notes) for p in data.meeting.agenda
    ] == [
        (1, "Strategische werkgroep Crisisbeheersing (SENN-CRISE)", "", "Steunen", "kort"),
        (2, "5.2 De Grande Région", "", "", ""),
        (3, "Rondvraag", "", "", ""),
    ]
    # Each point names its object by kind and identity key (free text: none).
    assert [p.target_kind for p in data.meeting.agenda] == ["workgroup", "section", ""]
    assert data.meeting.agenda[0].target_key == "wg:SENN-CRISE"
    placed = [(p.plan_year, p.section_number, p.agenda_points) for p in data.placements]
    assert placed == [(2013, "5.2", [1]), (2022, "5.2", [2])]


def test_a_meeting_brief_in_dutch_states_the_meeting_its_date_and_place(
    store: Store, tmp_path: Path
) -> None:
    with store.transaction() as s:
        meeting_id = m.create_meeting(
            s,
            m.MeetingFields(
                title="Voorjaarsoverleg",
                workgroup="SENN-CRISE",
                starts_at=dt.datetime(2026, 3, 3, 10),
                place="Brussel",
            ),
        ).id
    out = tmp_path / "vergadernota.pdf"
    export_brief(store, BriefSubject(meeting=str(meeting_id)), BriefOptions(language="nl"), out)
    first_page = " ".join(pypdf.PdfReader(str(out)).pages[0].extract_text().split())
    assert (
        "Vergadering Voorjaarsoverleg Datum 3 maart 2026, 10:00 Plaats Brussel Jaarplan 2013"
        in first_page
    )


def test_a_date_written_out_in_each_language() -> None:
    day = dt.date(2026, 3, 3)
    written = [long_date(day, language) for language in ("en", "nl", "fr", "de")]
    assert written == ["3 March 2026", "3 maart 2026", "3 mars 2026", "3 March 2026"]


def test_a_meeting_brief_with_many_actions_sums_up_the_rest_and_keeps_to_the_page(
    store: Store, tmp_path: Path
) -> None:
    """Page 1 lists eight actions and counts the rest; the projects table of the plan object
    on the agenda, like every table, keeps inside the text column."""
    item_id, item_title, _number, _section = _item_of_2022(store)
    meeting_id = _meeting_on(store, f"item:{item_id}")
    with store.transaction() as s:
        for number in range(1, 11):
            m.add_meeting_action(
                s, meeting_id, f"Actie {number:02d}", due_date=dt.date(2027, 4, number)
            )
    out = tmp_path / "meeting.pdf"
    export_brief(store, BriefSubject(meeting=str(meeting_id)), BriefOptions(), out)
    text = _flat(out)
    assert "Actie 08" in text[: text.index("… and 2 more in the annex.")]
    assert item_title in text[text.rindex("Place in the plan") :]
    printed, beyond = text_beyond_right_margin(out)
    assert printed > 100
    assert beyond == []


OBJECTIVE = "Grensoverschrijdende samenwerking bij stroomuitval versterken"
LONG_PROJECT = (
    "Gezamenlijke inventaris van de kritieke infrastructuur langs de grenzen, met de "
    "afspraken over wie bij een langdurige stroomuitval welke noodstroom levert, hoe de "
    "hulpdiensten van de drie landen elkaars radiokanalen gebruiken, welke ziekenhuizen "
    "patiënten overnemen en hoe de bevolking in beide talen wordt gewaarschuwd"
)
LONG_POSITION = (
    "België steunt de inventaris op voorwaarde dat de kosten gedeeld worden naar rato van de "
    "bevolking, dat de gegevens over ziekenhuizen niet buiten de hulpdiensten komen en dat de "
    "eerste oefening in de Grande Région plaatsvindt"
)
LONG_ACTION = (
    "Nota over de noodstroomafspraken opstellen en vóór de volgende vergadering rondsturen "
    "aan de drie delegaties, met de vragen van de hulpdiensten en de ziekenhuizen erbij"
)


def _plan_of_2031(section: DocSection) -> PlanDocument:
    """An annual plan of our own for 2031, its chapter 4 holding ``section``."""
    chapter = DocChapter(number="4", title="Een veilige Benelux", sections=[section])
    return PlanDocument(kind="plan", title="Jaarplan 2031", year=2031, chapters=[chapter])


def _meeting_on_an_objective_and_a_long_project(store: Store) -> int:
    """A 2031 plan of our own: section 4.1 holds an objective and a project with a long title,
    both on the agenda of a SENN-CRISE meeting (points 2 and 3), with one action."""
    plan = _plan_of_2031(
        DocSection(
            number="4.1",
            title="Crisisbeheersing",
            items=[DocItem(ItemKind.OBJECTIVE, OBJECTIVE), DocItem(ItemKind.NEW, LONG_PROJECT)],
            workgroups=[DocWorkgroup("Strategische werkgroep Crisisbeheersing", "SENN-CRISE")],
        )
    )
    with store.transaction() as s:
        write_document(s, plan)
    with store.transaction() as s:
        rows = s.execute(
            select(PlanItem.kind, PlanItem.id).where(PlanItem.title.in_([OBJECTIVE, LONG_PROJECT]))
        ).all()
        ids = {kind: item_id for kind, item_id in rows}
        meeting = m.create_meeting(
            s,
            m.MeetingFields(workgroup="SENN-CRISE", starts_at=dt.datetime(2031, 3, 4, 10)),
        )
        m.add_agenda_item(s, meeting.id, m.AgendaFields(title="Opening"))
        m.add_agenda_item(s, meeting.id, m.AgendaFields(target=f"item:{ids[ItemKind.OBJECTIVE]}"))
        m.add_agenda_item(
            s,
            meeting.id,
            m.AgendaFields(target=f"item:{ids[ItemKind.NEW]}", position_text=LONG_POSITION),
        )
        m.add_meeting_action(
            s, meeting.id, LONG_ACTION, owner="K. Janssens", due_date=dt.date(2099, 12, 31)
        )
        return int(meeting.id)


def test_an_objective_on_the_agenda_says_which_point_it_is(
    empty_store: Store, tmp_path: Path
) -> None:
    meeting_id = _meeting_on_an_objective_and_a_long_project(empty_store)
    out = tmp_path / "meeting.pdf"
    export_brief(empty_store, BriefSubject(meeting=str(meeting_id)), BriefOptions(), out)
    text = _flat(out)
    place = text[text.rindex("Place in the plan") :]
    assert f"• {OBJECTIVE} (On the agenda: point 2)" in place
    assert "On the agenda: point 3" in place  # the project's, in its table


def test_a_long_project_title_ends_inside_the_text_column(
    empty_store: Store, tmp_path: Path
) -> None:
    """Where text ENDS: a projects table wider than the text column still starts every line
    inside the margin, but its long titles run past it."""
    meeting_id = _meeting_on_an_objective_and_a_long_project(empty_store)
    out = tmp_path / "meeting.pdf"
    export_brief(empty_store, BriefSubject(meeting=str(meeting_id)), BriefOptions(), out)
    lines = printed_lines(out)
    # The title is printed (in the agenda and in the projects table), wrapped.
    assert sum(line.text.startswith("Gezamenlijke inventaris") for line in lines) == 2
    beyond = [
        (line.text, round(line.right)) for line in lines if line.right > BRIEF_RIGHT_MARGIN + 0.5
    ]
    assert beyond == []


def test_every_cell_of_a_brief_table_row_starts_at_the_rows_top(
    empty_store: Store, tmp_path: Path
) -> None:
    """A long action wraps over several lines; its due date (the last column) and its owner
    are on the level of its first line, not at the bottom of the row."""
    meeting_id = _meeting_on_an_objective_and_a_long_project(empty_store)
    out = tmp_path / "meeting.pdf"
    export_brief(empty_store, BriefSubject(meeting=str(meeting_id)), BriefOptions(), out)
    lines = printed_lines(out)
    firsts = [line for line in lines if line.text.startswith("Nota over de noodstroom")]
    owners = [line for line in lines if line.text == "K. Janssens"]
    dues = [line for line in lines if "2099" in line.text]
    assert firsts and owners and dues
    for cell in (*owners, *dues):
        beside = [
            line for line in firsts if line.page == cell.page and abs(line.top - cell.top) < 1
        ]
        assert beside, f"{cell.text!r} is not on the level of the action's first line"
    # The action wraps: its row is taller than its owner's and due date's cells.
    assert not any(line.text.endswith("erbij") for line in firsts)


def test_the_agenda_table_heads_its_columns_and_a_long_position_stays_in_the_column(
    empty_store: Store, tmp_path: Path
) -> None:
    meeting_id = _meeting_on_an_objective_and_a_long_project(empty_store)
    out = tmp_path / "meeting.pdf"
    export_brief(empty_store, BriefSubject(meeting=str(meeting_id)), BriefOptions(), out)
    lines = printed_lines(out)
    (hash_head,) = [line for line in lines if line.text == "#"]
    head = [
        line.text
        for line in lines
        if line.page == hash_head.page and abs(line.top - hash_head.top) < 1
    ]
    assert head == ["#", "Agenda", "Position"]
    position = [line for line in lines if line.text.startswith("België steunt de inventaris")]
    assert position and all(line.right <= BRIEF_RIGHT_MARGIN + 0.5 for line in lines)


def test_a_brief_names_a_workgroup_without_a_code_by_its_name_and_an_unknown_section(
    empty_store: Store,
) -> None:
    with empty_store.transaction() as s:
        workgroup = Workgroup(
            name="Werkgroep Grensarbeid", code=None, identity_key="wg~werkgroepgrensarbeid"
        )
        s.add(workgroup)
        s.flush()
        meeting = m.create_meeting(
            s, m.MeetingFields(title="Grensarbeid", starts_at=dt.datetime(2031, 2, 3, 10))
        )
        m.add_agenda_item(s, meeting.id, m.AgendaFields(target=f"workgroup:{workgroup.id}"))
        meeting_id = meeting.id
    with empty_store.read() as s:
        data = collect_brief(s, BriefSubject(meeting=str(meeting_id)), BriefOptions())
        assert data.meeting is not None
        assert [(point.title, point.target_label) for point in data.meeting.agenda] == [
            ("Werkgroep Grensarbeid", "")
        ]
        with pytest.raises(BriefSubjectNotFound, match=r"^no section 9\.9$"):
            collect_brief(s, BriefSubject(section=" 9.9. "), BriefOptions())


def test_the_positions_summary_shows_a_position_without_a_state_and_a_state_without_text(
    empty_store: Store, tmp_path: Path
) -> None:
    meeting_id = _meeting_on_an_objective_and_a_long_project(empty_store)
    with empty_store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        text_only = NoteFields(
            body="Achtergrond", position_text="Wij steunen het tijdpad", visibility="delegation"
        )
        add_annotation(s, target, text_only)
        state_only = NoteFields(body="Besproken", position_state="agreed", visibility="delegation")
        add_annotation(s, target, state_only)
        # A point about a plan object without notes, titled otherwise: no position yet.
        m.add_agenda_item(s, meeting_id, m.AgendaFields(title="Stand van zaken", target="4.1"))
    out = tmp_path / "meeting.pdf"
    export_brief(empty_store, BriefSubject(meeting=str(meeting_id)), BriefOptions(), out)
    text = _flat(out)
    summary = text[text.index("Our positions") : text.index("Open actions and deadlines")]
    senn = summary[summary.index("Strategische werkgroep Crisisbeheersing (SENN-CRISE)") :]
    assert "agreed" in senn and "Wij steunen het tijdpad" in senn
    assert "4. Stand van zaken 4.1 Crisisbeheersing no position yet" in summary


def test_the_first_page_names_the_code_and_the_contents_start_with_the_agenda(
    empty_store: Store, tmp_path: Path
) -> None:
    """The title and code head the summary page; the contents list the parts, not the title."""
    meeting_id = _meeting_on_an_objective_and_a_long_project(empty_store)
    out = tmp_path / "meeting.pdf"
    export_brief(empty_store, BriefSubject(meeting=str(meeting_id)), BriefOptions(), out)
    first_page = [line.text for line in printed_lines(out) if line.page == 1]
    assert "SENN-CRISE" in first_page
    # A meeting titled after its workgroup (the default) gets no "Meeting" row in the facts.
    assert "Meeting" not in first_page and "Date" in first_page
    text = _flat(out)
    assert text[text.index("Contents") :].startswith("Contents 1. Agenda ...")


@pytest.mark.parametrize(("today", "overdue"), [(dt.date(2100, 1, 1), True), (None, False)])
def test_an_action_is_overdue_from_the_day_the_brief_is_made_for(
    empty_store: Store, tmp_path: Path, today: dt.date | None, overdue: bool
) -> None:
    meeting_id = _meeting_on_an_objective_and_a_long_project(empty_store)  # due 31/12/2099
    out = tmp_path / "meeting.pdf"
    subject = BriefSubject(meeting=str(meeting_id))
    export_brief(empty_store, subject, BriefOptions(), out, today=today)
    assert ("overdue" in _flat(out)) is overdue


def test_a_long_fact_of_a_meeting_stands_level_with_its_label(
    empty_store: Store, tmp_path: Path
) -> None:
    """Every row of the facts table starts at its top: a chair's long name wraps, and the
    "Chair" label stands level with its first line."""
    with empty_store.transaction() as s:
        meeting = m.create_meeting(
            s,
            m.MeetingFields(
                title="Overleg crisisbeheersing",
                starts_at=dt.datetime(2031, 3, 4, 10),
                place="Brussel",
                video_link="https://example.invalid/overleg",
                chair=(
                    "Het Luxemburgse voorzitterschap van het Comité van Ministers, vertegenwoordigd "
                    "door de directeur-generaal van het ministerie van Binnenlandse Zaken"
                ),
            ),
        )
        meeting_id = meeting.id
    out = tmp_path / "meeting.pdf"
    export_brief(empty_store, BriefSubject(meeting=str(meeting_id)), BriefOptions(), out)
    lines = [line for line in printed_lines(out) if line.page == 1]
    (label,) = [line for line in lines if line.text == "Chair"]
    (value,) = [line for line in lines if line.text.startswith("Het Luxemburgse")]
    assert not value.text.endswith("Zaken")  # it wraps
    assert abs(label.top - value.top) < 1


def test_a_point_on_a_workgroup_of_an_older_plan_is_placed_in_that_plan(
    empty_store: Store,
) -> None:
    """FISC-MTIC BENELUX is listed in the 2013 plan only (section 5.7); a point on it in a
    meeting prepared against the 2031 plan is placed where that older plan lists it."""
    from export_helpers import plan_2013

    with empty_store.transaction() as s:
        write_document(s, plan_2013())
    meeting_id = _meeting_on_an_objective_and_a_long_project(empty_store)
    with empty_store.transaction() as s:
        m.add_agenda_item(s, meeting_id, m.AgendaFields(target="FISC-MTIC BENELUX"))
    with empty_store.read() as s:
        data = collect_brief(s, BriefSubject(meeting=str(meeting_id)), BriefOptions())
    placed = [(p.plan_year, p.section_number, p.agenda_points) for p in data.placements]
    assert data.plan_year == 2031
    assert (2013, "5.7", [4]) in placed


def test_arabic_in_bold_is_printed_with_the_fallback_face(
    empty_store: Store, tmp_path: Path
) -> None:
    plan = _plan_of_2031(
        DocSection(
            number="4.2",
            title="Energie",
            items=[DocItem(ItemKind.NEW, "مشروع الطاقة المشترك", flagship=True)],
            workgroups=[DocWorkgroup("مجموعة عمل الطاقة", "ENER")],
        )
    )
    with empty_store.transaction() as s:
        write_document(s, plan)
    out = tmp_path / "energie.pdf"
    export_brief(empty_store, BriefSubject(workgroup="ENER"), BriefOptions(), out)
    printed = "".join(line.text for line in printed_lines(out))
    # Shaped for display: Arabic letters or their presentation forms (the flagship's title,
    # in bold; the workgroup's name, in bold markup in its section's list, and elsewhere).
    arabic = [ch for ch in printed if "\u0600" <= ch <= "\u06ff" or "\ufe70" <= ch <= "\ufeff"]
    assert len(arabic) >= 30

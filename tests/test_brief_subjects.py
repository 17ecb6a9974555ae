"""Which plan objects a brief is about, however the delegate names them, and how it lists them.

A meeting shared from another laptop before this one imported its plan carries only its
workgroup's identity key; a brief on it must still cover that workgroup once the plan is there.
A section picked in the window arrives by its row id. A sub-workgroup is printed under its
parent, as the plan nests them. Briefs are written to real files from real SQLite databases
and read back with pypdf and pdfminer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from export_helpers import one_chapter_plan, plan_2013, plan_2022, printed_lines
from sqlalchemy import select
from sync_support import pair

from bnldesk.domain.document import DocSection, DocWorkgroup, PlanDocument
from bnldesk.domain.models import Meeting, Section, Setting
from bnldesk.services import sync
from bnldesk.services.meetings import MeetingFields, create_meeting
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.store.engine import Store, open_store
from bnldesk.store.structure import write_document


def _text(pdf: Path) -> str:
    reader = pypdf.PdfReader(str(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _laptop(path: Path, user: str, *plans: PlanDocument) -> Store:
    store = open_store(path, demo=False)
    with store.transaction() as session:
        session.add(Setting(key="user_name", value=user))
        for plan in plans:
            write_document(session, plan)
    return store


def test_a_meeting_shared_before_its_plan_was_imported_briefs_its_workgroup(
    tmp_path: Path,
) -> None:
    sender = _laptop(tmp_path / "a.db", "delegate A", plan_2013(), plan_2022())
    receiver = _laptop(tmp_path / "b.db", "delegate B", plan_2022())
    try:
        pair(sender, receiver)
        with sender.transaction() as session:
            create_meeting(
                session,
                MeetingFields(
                    title="BTW-fraude: overleg juni",
                    workgroup="FISC-MTIC BENELUX",  # only the 2013 plan has it
                    starts_at=dt.datetime(2013, 6, 4, 10, 0),
                ),
            )
        bundle = tmp_path / "a.bnlnotes"
        sync.share(sender, bundle)
        sync.receive(receiver, bundle)
        with receiver.transaction() as session:
            write_document(session, plan_2013())  # the receiver imports the plan afterwards
        with receiver.read() as session:
            meeting = session.scalars(select(Meeting)).one()
            assert meeting.workgroup_id is None  # what the scenario is about
            meeting_uuid = meeting.uuid
        out = tmp_path / "brief.pdf"
        export_brief(receiver, BriefSubject(meeting=meeting_uuid), BriefOptions(), out)
        text = _text(out)
        assert "Werkgroep BTW-fraude (FISC-MTIC BENELUX)" in text  # the header names the group
        assert "5.7 Fiscale samenwerking en strijd tegen de fraude" in text  # its place
        assert "Luc Weber" in text  # and its contacts
    finally:
        sender.close()
        receiver.close()


@pytest.mark.both_backends
def test_a_section_picked_by_its_row_id_gets_a_section_brief(
    empty_store: Store, tmp_path: Path
) -> None:
    with empty_store.transaction() as session:
        write_document(session, plan_2013())
        write_document(session, plan_2022())
    with empty_store.read() as session:
        section_id = session.scalars(
            select(Section.id).where(Section.number == "2.3")
        ).one()  # 2022's "Rampenbestrijding en crisisbeheersing"
    out = tmp_path / "section.pdf"
    result = export_brief(empty_store, BriefSubject(section_id=section_id), BriefOptions(), out)
    text = _text(out)
    assert "SECTION BRIEF" in text  # the kicker over the title on page 1
    assert "2.3 Rampenbestrijding en crisisbeheersing" in text
    assert "Crisiscommunicatie bij stroomuitval" in text  # the 2022 section's project
    assert "Oefening nucleaire noodplanning 2013" not in text  # not 2013's 5.2
    assert "1. Place in the plan" in result.headings


def _gas_plan() -> PlanDocument:
    platform = DocWorkgroup(
        "Gas Platform",
        "GASPLAT",
        children=[
            DocWorkgroup("Working Group 1", "Gas Platform WG1"),
            DocWorkgroup("Working Group 2", "Gas Platform WG2"),
        ],
    )
    return one_chapter_plan(
        2022,
        ("1", "Een competitieve en duurzame Benelux"),
        [
            DocSection(
                "1.3",
                "Energie",
                workgroups=[DocWorkgroup("Werkgroep Elektriciteit", "ELEK"), platform],
            ),
            DocSection(
                "1.4", "Klimaat", workgroups=[DocWorkgroup("Working Group 2", "Gas Platform WG2")]
            ),
        ],
    )


def test_sub_workgroups_are_printed_under_their_parent(empty_store: Store, tmp_path: Path) -> None:
    with empty_store.transaction() as session:
        write_document(session, _gas_plan())
    out = tmp_path / "energie.pdf"
    export_brief(empty_store, BriefSubject(section="1.3", plan_year=2022), BriefOptions(), out)
    lines = [line for line in printed_lines(out) if "(" in line.text]
    by_text = {line.text: line for line in lines}
    parent = by_text["Gas Platform (GASPLAT)"]
    first = by_text["Working Group 1 (Gas Platform WG1)"]
    second = by_text["Working Group 2 (Gas Platform WG2)"]
    sibling = by_text["Werkgroep Elektriciteit (ELEK)"]
    assert parent.left == pytest.approx(sibling.left, abs=0.5)  # both at the top of the list
    for child in (first, second):
        assert child.left >= parent.left + 10  # indented under the platform
        assert child.page == parent.page and child.top < parent.top  # and below it
    assert first.top > second.top  # in the plan's order


def test_a_sub_workgroup_listed_without_its_parent_is_named_after_it(
    empty_store: Store, tmp_path: Path
) -> None:
    with empty_store.transaction() as session:
        write_document(session, _gas_plan())
    out = tmp_path / "klimaat.pdf"
    export_brief(empty_store, BriefSubject(section="1.4", plan_year=2022), BriefOptions(), out)
    texts = [line.text for line in printed_lines(out)]
    assert "GASPLAT › Working Group 2 (Gas Platform WG2)" in texts

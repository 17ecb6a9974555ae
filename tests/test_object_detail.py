"""The detail pane's record (:mod:`bnldesk.store.object_detail`) read from the demo plans.

The expected values are the demo documents' facts, written out (the 2013 plan's workgroup
SENN-CRISE and its section 5.2, its Justice contact from 1 March 2013; the 2022 plan's section
1.1 with its seven items, the first a flagship), on a file and on a server.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from bnldesk.store.engine import Store
from bnldesk.store.object_detail import ContactFacts, Link, object_detail

pytestmark = pytest.mark.both_backends


def _id(session: Session, sql: str) -> int:
    found = session.execute(text(sql)).scalar()
    assert found is not None, sql
    return int(found)


def test_a_workgroup_lists_its_sections_and_plans(store: Store) -> None:
    with store.read() as session:
        workgroup_id = _id(session, "SELECT id FROM workgroup WHERE code = 'SENN-CRISE'")
        detail = object_detail(session, "workgroup", workgroup_id)
    assert detail is not None
    assert detail.title == "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
    assert detail.key == "wg:SENN-CRISE"
    assert [link.label for link in detail.sections] == [
        "2013: 5.2 Rampenbestrijding en crisisbeheersing"
    ]
    assert detail.sections[0].kind == "section"
    assert detail.years == (2013,)
    assert detail.contact is None and detail.other == ()


def test_a_contact_carries_the_facts_the_plan_lists(store: Store) -> None:
    with store.read() as session:
        contact_id = _id(session, "SELECT id FROM contact WHERE name = 'N. Staessens'")
        detail = object_detail(session, "contact", contact_id)
    assert detail is not None
    assert detail.title == "N. Staessens"
    assert detail.contact == ContactFacts(
        domain="Justitie",
        email="n.staessens@benelux.int",
        validity="Justitie: vanaf 1 maart 2013",
    )


def test_a_section_has_its_place_in_the_plan_and_its_items(store: Store) -> None:
    with store.read() as session:
        section_id = _id(
            session,
            "SELECT s.id FROM section s JOIN chapter c ON c.id = s.chapter_id "
            "JOIN plan p ON p.id = c.plan_id WHERE p.year = 2022 AND s.number IN ('1.1', '1.1.')",
        )
        detail = object_detail(session, "section", section_id)
        gone = object_detail(session, "section", 10**9)
        unknown = object_detail(session, "meeting", section_id)
    assert detail is not None and gone is None and unknown is None
    assert detail.title == "1.1 Mobiliteit, de ruggengraat van de Benelux interne markt"
    assert [(link.kind, link.label) for link in detail.crumbs] == [
        ("programme", "Werkprogramma 2021-2024"),
        ("plan", "Jaarplan 2022"),
        ("chapter", "1 Een competitieve en duurzame Benelux"),
    ]
    assert [link.label for link in detail.children][:3] == [
        "Duurzame mobiliteit roadmap fietsstimulering",
        "Duurzame mobiliteit maak deelname zo toegankelijk mogelijk",
        "Kustvaart",
    ]
    assert len(detail.children) == 7
    kinds = [detail.child_kinds[link.obj_id] for link in detail.children]
    assert kinds == ["flagship"] + ["other"] * 6
    assert not detail.plan_without_items
    assert all(isinstance(link, Link) for link in detail.crumbs + detail.children)

"""Which Secretariat-General contacts a workgroup brief prints when several plans list contacts.

Only some plans carry a contacts chapter, and they name contacts per domain (a section), not per
workgroup. A delegate preparing a meeting under the 2013 plan must see the contacts of 2013, not
those a later plan lists; under a plan older than any contacts chapter, those of the latest
plan that has one, said as such; and a workgroup that sits in two sections gets the contacts of
both. The briefs are written to real files and read back with pypdf.
"""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from bnldesk.domain.document import (
    DocChapter,
    DocContact,
    DocSection,
    DocWorkgroup,
    PlanDocument,
)
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.store.engine import Store
from bnldesk.store.structure import write_document

pytestmark = pytest.mark.both_backends

CRISIS = "Rampenbestrijding en crisisbeheersing"
TAX = "Fiscale samenwerking en strijd tegen de fraude"


def _plan(
    year: int, sections: list[DocSection], contacts: list[DocContact] | None = None
) -> PlanDocument:
    return PlanDocument(
        kind="plan",
        title=f"Jaarplan {year}",
        year=year,
        chapters=[DocChapter("5", "Justitie en binnenlandse zaken", sections=sections)],
        contacts=contacts or [],
    )


def _crisis_section(number: str) -> DocSection:
    return DocSection(
        number,
        CRISIS,
        workgroups=[DocWorkgroup("Strategische werkgroep Crisisbeheersing", "SENN-CRISE")],
    )


@pytest.fixture
def three_plans(empty_store: Store) -> Store:
    """SENN-CRISE in the 2012, 2013 and 2015 plans; 2012 lists no contacts, 2013 and 2015 each
    name their own team for the crisis domain. "Werkgroep Grensoverschrijdende hulpverlening"
    sits in two sections of 2013, each with its own contact."""
    mutual_aid = DocWorkgroup("Werkgroep Grensoverschrijdende hulpverlening", "BENE-HULP")
    with empty_store.transaction() as session:
        write_document(session, _plan(2012, [_crisis_section("6.1")]))
        write_document(
            session,
            _plan(
                2013,
                [
                    DocSection("5.2", CRISIS, workgroups=[
                        DocWorkgroup("Strategische werkgroep Crisisbeheersing", "SENN-CRISE"),
                        mutual_aid,
                    ]),
                    DocSection("5.7", TAX, workgroups=[mutual_aid]),
                ],
                [
                    DocContact("Anne Dubois", "a.dubois@benelux.int", role="Teamhoofd",
                               domain=CRISIS, section_numbers=["5.2"]),
                    DocContact("Luc Weber", "l.weber@benelux.int", role="Teamhoofd",
                               domain="Fiscaliteit", section_numbers=["5.7"]),
                ],
            ),
        )  # fmt: skip
        write_document(
            session,
            _plan(
                2015,
                [_crisis_section("4.3")],
                [
                    DocContact("Pieter Claes", "p.claes@benelux.int", role="Teamhoofd",
                               domain=CRISIS, section_numbers=["4.3"]),
                ],
            ),
        )  # fmt: skip
    return empty_store


def _brief_text(store: Store, subject: BriefSubject, tmp_path: Path) -> str:
    out = tmp_path / f"brief-{subject.workgroup}-{subject.plan_year}.pdf"
    export_brief(store, subject, BriefOptions(), out)
    reader = pypdf.PdfReader(str(out))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _contacts_annex(text: str) -> str:
    """The brief's text from its contacts heading on (the contents name it too: skip those)."""
    start = text.rindex("Secretariat-General contacts")
    return text[start:]


def test_a_brief_on_an_older_plan_prints_that_plans_contacts(
    three_plans: Store, tmp_path: Path
) -> None:
    text = _brief_text(three_plans, BriefSubject(workgroup="SENN-CRISE", plan_year=2013), tmp_path)
    annex = _contacts_annex(text)
    assert "Anne Dubois" in annex and "a.dubois@benelux.int" in annex
    assert "Pieter Claes" not in text  # the 2015 team did not look after the group in 2013
    assert "Contacts as listed in" not in text  # the brief's own plan: nothing to explain


def test_a_brief_on_the_newer_plan_prints_the_newer_contacts(
    three_plans: Store, tmp_path: Path
) -> None:
    text = _brief_text(three_plans, BriefSubject(workgroup="SENN-CRISE", plan_year=2015), tmp_path)
    annex = _contacts_annex(text)
    assert "Pieter Claes" in annex and "p.claes@benelux.int" in annex
    assert "Anne Dubois" not in text


def test_a_plan_older_than_any_contacts_list_takes_the_latest_and_says_so(
    three_plans: Store, tmp_path: Path
) -> None:
    text = _brief_text(three_plans, BriefSubject(workgroup="SENN-CRISE", plan_year=2012), tmp_path)
    annex = _contacts_annex(text)
    assert "Contacts as listed in the 2015 plan." in annex
    assert "Pieter Claes" in annex
    assert "Anne Dubois" not in text


def test_a_workgroup_in_two_sections_gets_the_contacts_of_both(
    three_plans: Store, tmp_path: Path
) -> None:
    text = _brief_text(three_plans, BriefSubject(workgroup="BENE-HULP", plan_year=2013), tmp_path)
    annex = _contacts_annex(text)
    assert "Anne Dubois" in annex and "a.dubois@benelux.int" in annex  # through 5.2
    assert "Luc Weber" in annex and "l.weber@benelux.int" in annex  # through 5.7
    assert annex.index("Anne Dubois") < annex.index("Luc Weber")  # by name
    assert "Pieter Claes" not in text

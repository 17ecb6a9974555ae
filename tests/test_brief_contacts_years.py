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
from export_helpers import one_chapter_plan

from bnldesk.domain.document import (
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
    return one_chapter_plan(year, ("5", "Justitie en binnenlandse zaken"), sections, contacts)


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
    assert "Secretariat-General contacts" in text, "the brief has no contacts annex"
    start = text.rindex("Secretariat-General contacts")
    return text[start:]


# A contact's row as the brief prints it: name, role, domain, e-mail.
ANNE_ROW = "Anne Dubois Teamhoofd Rampenbestrijding en crisisbeheersing a.dubois@benelux.int"
PIETER_ROW = "Pieter Claes Teamhoofd Rampenbestrijding en crisisbeheersing p.claes@benelux.int"


@pytest.mark.parametrize(
    ("plan_year", "shown", "left_out", "said"),
    [
        # The 2013 team, not the 2015 one, looked after the group in 2013; the brief's own
        # plan needs no word of explanation.
        (2013, ANNE_ROW, "Pieter Claes", None),
        (2015, PIETER_ROW, "Anne Dubois", None),
        # No plan up to 2012 lists contacts: the latest that does, said as such.
        (2012, PIETER_ROW, "Anne Dubois",
         "Contacts as listed in the 2015 plan."),
    ],
    ids=["2013", "2015", "2012-before-any-list"],
)  # fmt: skip
def test_a_brief_prints_the_contacts_of_its_plan_year(
    three_plans: Store,
    tmp_path: Path,
    plan_year: int,
    shown: str,
    left_out: str,
    said: str | None,
) -> None:
    subject = BriefSubject(workgroup="SENN-CRISE", plan_year=plan_year)
    text = _brief_text(three_plans, subject, tmp_path)
    annex = _contacts_annex(text)
    assert shown in annex
    assert left_out not in text
    if said is None:
        assert "Contacts as listed in" not in text
    else:
        assert said in annex


def test_a_workgroup_in_two_sections_gets_the_contacts_of_both(
    three_plans: Store, tmp_path: Path
) -> None:
    text = _brief_text(three_plans, BriefSubject(workgroup="BENE-HULP", plan_year=2013), tmp_path)
    annex = _contacts_annex(text)
    assert "Anne Dubois" in annex and "a.dubois@benelux.int" in annex  # through 5.2
    assert "Luc Weber" in annex and "l.weber@benelux.int" in annex  # through 5.7
    assert annex.index("Anne Dubois") < annex.index("Luc Weber")  # by name
    assert "Pieter Claes" not in text

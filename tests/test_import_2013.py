"""The 2013 annual plan (numbered plain text extracted from a PDF)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _seed_documents import SEEDS, parsed

from bnldesk.domain.document import DocWorkgroup, PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.services.importer import import_file
from bnldesk.store.engine import Store

pytestmark = pytest.mark.both_backends

SOURCE = SEEDS / "jaarplan-2013.txt"

CHAPTER_TITLES = {
    "1": "Inleiding",
    "2": "Rol van het Secretariaat-Generaal",
    "3": "Interne markt en economische unie",
    "4": "Duurzame ontwikkeling",
    "5": "Justitie en binnenlandse zaken",
    "6": "Samenwerking met andere (deel)staten",
    "7": "Nieuwe samenwerkingsmogelijkheden",
    "8": "Contacten Benelux Secretariaat-Generaal",
}
SECTIONS = {"3": 8, "4": 5, "5": 8, "6": 2, "7": 3}


@pytest.fixture(scope="module")
def doc() -> PlanDocument:
    return parsed(SOURCE)


def by_number(doc: PlanDocument, number: str):  # type: ignore[no-untyped-def]
    return next(s for s in doc.iter_sections() if s.number == number)


def find(
    groups: list[DocWorkgroup], *, code: str | None = None, name: str | None = None
) -> DocWorkgroup:
    for g in groups:
        if (code is not None and g.code == code) or (name is not None and g.name == name):
            return g
    raise AssertionError(f"no workgroup {code or name}")


def check_plan_2013(doc: PlanDocument) -> None:
    assert doc.kind == "plan" and doc.year == 2013
    assert {c.number: c.title for c in doc.chapters} == CHAPTER_TITLES
    for chapter, count in SECTIONS.items():
        numbers = [s.number for s in doc.chapters[int(chapter) - 1].sections]
        assert numbers == [f"{chapter}.{i}" for i in range(1, count + 1)]
    assert by_number(doc, "3.1").title == "Energiebeleid"
    assert by_number(doc, "5.2").title == "Rampenbestrijding en crisisbeheersing"

    # Objectives, ongoing and new projects per section ("Nieuweprojecten2013" included).
    s32 = by_number(doc, "3.2")
    kinds = [i.kind for i in s32.items]
    assert kinds.count(ItemKind.ONGOING) == 3
    assert kinds.count(ItemKind.NEW) == 3
    assert kinds.count(ItemKind.OBJECTIVE) == 2
    for number in ("3.1", "3.4", "4.3", "5.1", "5.7"):
        section_kinds = {i.kind for i in by_number(doc, number).items}
        assert {ItemKind.ONGOING, ItemKind.NEW} <= section_kinds, number

    groups = doc.iter_workgroups()
    assert len(groups) >= 70
    codes = {g.code for g in groups if g.code}
    for code in (
        "VET-CVO",
        "GS-CT-Dir",
        "NAT/3LP-PG",
        "SENN-CRISE",
        "SENN-CRISE/RISK",
        "FISC-MTIC BENELUX",
        "e-GOV",
        "Gis-Geodata",
        "NAT/GPK/DIR",
        "FISC-VRP",
        "FISC-MOSS",
    ):
        assert code in codes, code
    assert find(groups, code="FISC-VRP") is not find(groups, code="FISC-MOSS")
    # A name wrapped over two lines, joined.
    gpk = find(groups, code="NAT/GPK/DIR")
    assert gpk.name.endswith("Kalmthoutse Heide")
    # Nesting: Support Group 1 under the Pentalateral Energy Forum (space recovered).
    penta = find(by_number(doc, "3.1").workgroups, name="Pentalateral Energy Forum")
    assert "Penta SG1" in {c.code for c in penta.children}
    assert find(penta.children, code="Penta SG1").name == "Support Group 1"
    urbiscoop = find(groups, name="Commissie Urbiscoop (Immigratie en energie-efficiëntie)")
    assert urbiscoop.code is None
    names = {g.name for g in groups}
    assert not any(re.search(r"Jaargang|Paginanummer|Publicatieblad", n) for n in names)
    assert not any("http" in n or "mailto" in n for n in names)
    # Workgroups belong to their section.
    assert "SENN-CRISE" in {g.code for g in by_number(doc, "5.2").workgroups}
    assert "FISC-MTIC BENELUX" in {g.code for g in by_number(doc, "5.7").workgroups}

    # No page furniture, footnotes or URLs in the running text.
    texts = [s.body for s in doc.iter_sections()] + [
        i.body for s in doc.iter_sections() for i in s.items
    ]
    joined = "\n".join(texts)
    for residue in (
        "Paginanummer",
        "Benelux-Publicatieblad",
        "http://",
        "mailto:",
        "MAHHL staat voor",
    ):
        assert residue not in joined
    # End-of-line hyphenation: real hyphens kept.
    assert "Benelux-landen" in joined


def check_contacts_2013(doc: PlanDocument, source_text: str) -> None:
    chapter8 = source_text[
        source_text.index("8. Contacten") : source_text.index(
            "Gemeenschappelijk Werkprogramma 2013"
        )
    ]
    emails = {e.lower() for e in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", chapter8)}
    contacts = doc.contacts
    assert {c.email for c in contacts} == emails
    assert len({c.email for c in contacts}) == len(contacts)  # each person once
    names = [c.name for c in contacts]
    assert len(names) == len(set(names))
    velde = next(c for c in contacts if c.name == "K. Van de Velde")
    assert "Crisisbeheersing" in velde.domain and "Politiële samenwerking" in velde.domain
    assert "5.2" in velde.section_numbers
    mooren = next(c for c in contacts if c.email == "jmooren@benelux.int")
    assert "tot 1 maart 2013" in mooren.validity_note
    assert "vanaf 1 maart 2013" in mooren.validity_note
    staessens = next(c for c in contacts if c.name == "N. Staessens")
    assert "vanaf 1 maart 2013" in staessens.validity_note
    assert staessens.valid_from is not None and staessens.valid_from.isoformat() == "2013-03-01"
    molema = next(c for c in contacts if c.name == "J. Molema")
    assert molema.role == "Teamhoofd" and molema.phone == "+32 (0)2 519 38 42"
    assert molema.email == "j.molema@benelux.int"
    laarhoven = next(c for c in contacts if c.name == "J. van Laarhoven")
    assert laarhoven.role == "Secretaris-generaal" and laarhoven.phone


def test_chapters_sections_items_workgroups(doc: PlanDocument) -> None:
    check_plan_2013(doc)


def test_contacts_chapter(doc: PlanDocument) -> None:
    check_contacts_2013(doc, SOURCE.read_text(encoding="utf-8"))


def test_bound_programme_is_a_separate_document(doc: PlanDocument) -> None:
    from bnldesk.services.importer import parse_file_documents

    # Chapters 1 to 8 are the plan's; the programme printed after them is its own document.
    assert [c.number for c in doc.chapters] == [str(i) for i in range(1, 9)]
    assert all("visie" not in c.title.casefold() for c in doc.chapters)
    warning = next(w for w in doc.warnings if "follows the plan" in w.message)
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    assert "Gemeenschappelijk Werkprogramma" in lines[warning.line - 1]
    plan, programme = parse_file_documents(SOURCE)
    assert [c.number for c in plan.chapters] == [c.number for c in doc.chapters]
    assert programme.kind == "programme"
    assert (programme.start_year, programme.end_year) == (2013, 2016)
    assert programme.chapters[0].title == "Visie en strategisch kader"
    policy_areas = programme.chapters[2]
    assert [s.title for s in policy_areas.sections] == [
        "Energie",
        "Leefmilieu en ruimte",
        "Sociale cohesie",
        "Economie en kennis",
        "Mobiliteit",
        "Veiligheid en personenverkeer",
        "Fraudepreventie",
    ]


def test_import_links_plan_to_bound_programme(empty_store: Store) -> None:
    from sqlalchemy import select

    from bnldesk.domain.models import Plan, Programme

    report = import_file(empty_store, SOURCE)
    assert [a.label for a in report.also_imported] == ["2013-2016"]
    with empty_store.read() as s:
        plan = s.scalars(select(Plan).where(Plan.year == 2013)).one()
        programme = s.get(Programme, plan.programme_id)
        assert programme is not None and programme.period == "2013-2016"
    assert not import_file(empty_store, SOURCE).changed


def test_item_titles_are_short(doc: PlanDocument) -> None:
    for section in doc.iter_sections():
        for item in section.items:
            assert 0 < len(item.title) <= 200
            assert item.body.startswith(item.title.rstrip(" …")[:40])


def test_workgroup_lines_keep_their_section(doc: PlanDocument, tmp_path: Path) -> None:
    s45 = by_number(doc, "4.5")
    assert {g.code for g in s45.workgroups} >= {"GA-TT/SO-FRONT"}

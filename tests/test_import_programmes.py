"""The joint work programmes 2021-2024 (two-column text) and 2025-2028 (with contents)."""

from __future__ import annotations

import pytest
from _seed_documents import SEEDS, parsed

from bnldesk.domain.document import PlanDocument
from bnldesk.services.importer import import_file
from bnldesk.store.engine import Store

pytestmark = pytest.mark.both_backends

SOURCE_2021 = SEEDS / "werkprogramma-2021-2024.txt"
SOURCE_2025 = SEEDS / "werkprogramma-2025-2028.md"

THEMES_2021 = [
    "een competitieve en duurzame benelux",
    "een veilig en rechtvaardige benelux",
    "een digitale benelux",
    "een veerkrachtige en toekomstgerichte benelux",
    "een open benelux",
]
THEMES_2025 = {
    "veiligheid, migratie, justitiële samenwerking en een weerbare samenleving": [
        "Grensoverschrijdende veiligheid en criminaliteitsbestrijding",
        "Een coherente aanpak van migratie",
        "Civiele veiligheid, crisisbeheer en een weerbare samenleving",
        "Cyberveiligheid en digitale weerbaarheid",
    ],
    "economische integratie, sociale bescherming en duurzame groei": [
        "Versterking van de interne markt",
        "Ondersteuning van KMO/MKB",
        "Grensoverschrijdende arbeidsmobiliteit",
        "Behoud van industrie en economische welvaart",
        "Gezamenlijke visie op slimme en duurzame mobiliteit",
        "Duurzamere en weerbaardere logistieke ketens",
        "Digitale archivering",
    ],
    "duurzame ontwikkeling en groene transitie": [
        "De Noordzee als groene energiebron en vitale infrastructuur",
        "Energie- en leveringszekerheid",
        "Circulaire economie",
        "Weerbaarheid tegen natuurrampen en waterbeheer",
        "Duurzame landbouw, voedselzekerheid en toekomst voor de agrarische sector",
        "Natuurbescherming en biodiversiteit",
    ],
    "de benelux+ en daarbuiten": [],
}


@pytest.fixture(scope="module")
def doc_2021() -> PlanDocument:
    return parsed(SOURCE_2021)


@pytest.fixture(scope="module")
def doc_2025() -> PlanDocument:
    return parsed(SOURCE_2025)


def all_text(doc: PlanDocument) -> str:
    parts = [doc.description]
    for ch in doc.chapters:
        parts.append(ch.body)
        parts.extend(s.body for s in ch.sections)
    return "\n".join(parts)


def check_programme_2021(doc: PlanDocument) -> None:
    assert doc.kind == "programme" and (doc.start_year, doc.end_year) == (2021, 2024)
    assert [c.title.casefold() for c in doc.chapters] == THEMES_2021
    text = all_text(doc)
    # Words hyphenated at line ends are whole again; real hyphens stay.
    assert "ontplooit" in text and "ont-" not in text
    assert "inspirator" in text and "ins- pirator" not in text
    assert "Benelux-landen" in text
    # Spaced-out capitals of the quotes are not themes.
    assert not any("S L A" in c.title for c in doc.chapters)
    for ch in doc.chapters:
        assert len(ch.body) > 500


def check_programme_2025(doc: PlanDocument) -> None:
    assert doc.kind == "programme" and (doc.start_year, doc.end_year) == (2025, 2028)
    themes = {c.title.casefold(): [s.title for s in c.sections] for c in doc.chapters}
    assert themes == THEMES_2025
    assert [s.number for s in doc.chapters[1].sections] == [f"2.{i}" for i in range(1, 8)]
    for ch in doc.chapters:
        assert ch.body
        for s in ch.sections:
            assert s.body, s.title
    assert "Tachtig jaar geleden" in doc.description
    assert "\t" not in all_text(doc)


def test_programme_2021(doc_2021: PlanDocument) -> None:
    check_programme_2021(doc_2021)


def test_programme_2025(doc_2025: PlanDocument) -> None:
    check_programme_2025(doc_2025)


def test_programme_import_links_plans(empty_store: Store) -> None:
    from sqlalchemy import select

    from bnldesk.domain.models import Plan, Programme

    import_file(empty_store, SOURCE_2021)
    import_file(empty_store, SEEDS / "jaarplan-2022.md")
    with empty_store.read() as s:
        plan = s.scalars(select(Plan).where(Plan.year == 2022)).one()
        programme = s.get(Programme, plan.programme_id)
        assert programme is not None and programme.period == "2021-2024"
        assert len(programme.chapters) == 5


def test_year_overrides_period(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bnldesk.services.importer import parse_file

    doc = parse_file(SOURCE_2025, year=2029)
    assert (doc.start_year, doc.end_year) == (2029, 2032)
    plan = parse_file(SEEDS / "jaarplan-2022.md", year=2023)
    assert plan.year == 2023

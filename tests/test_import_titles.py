"""Item titles: a lead-in cut at its colon keeps the words its phrase goes on to (trial 6/7:
"Initiëren van de samenwerking op het vlak van" was the whole title of an item of the 2013
plan, read from the two-column PDF, the text, and Word alike)."""

from __future__ import annotations

from pathlib import Path

import pytest
from _seed_documents import CASES, SEEDS, parsed

from bnldesk.domain.document import PlanDocument

DOCS = CASES / "docs"
SOURCES = [
    DOCS / "jaarplan-2013-2col.pdf",
    SEEDS / "jaarplan-2013.txt",
    DOCS / "jaarplan-2013-headings.docx",
]

# (section, the start of the item's text) -> its title, written out from the printed plan.
EXPECTED_TITLES = {
    ("4.2", "Initiëren van de samenwerking op het vlak van"): (
        "Initiëren van de samenwerking op het vlak van: energietransitie, hernieuwbare energie"
    ),
    ("5.1", "Op vlak van politiesamenwerking"): (
        "Op vlak van politiesamenwerking worden objectieven bepaald rond: het optimaliseren "
        "van de operationele politiesamenwerking en de uitwisseling van informatie"
    ),
    ("4.3", "Versterken van de samenhang"): (
        "Versterken van de samenhang en de grensoverschrijdende continuïteit van ecologische "
        "netwerken door: het stimuleren van concrete grensoverschrijdende projecten voor de "
        "bescherming …"
    ),
    # A lead-in that ends complete keeps its cut; one with nothing after it stays as it is.
    ("3.1", "Geven van nog concretere invulling"): (
        "Geven van nog concretere invulling aan de bestaande regionale samenwerkingsverbanden"
    ),
    ("5.2", "Op vlak van het beheer van crisissen"): (
        "Op vlak van het beheer van crisissen en rampen zijn objectieven bepaald rond"
    ),
    ("4.1", "Algemene multilaterale samenwerking - Kennisuitwisseling"): (
        "Algemene multilaterale samenwerking"
    ),
}
OPEN_ENDINGS = {"van", "de", "het", "door", "op", "met", "voor", "tot", "tussen", "inzake"}


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: Path(path).name)
def test_lead_in_titles_keep_the_words_they_lead_to(source: Path) -> None:
    doc = parsed(source)
    found = {}
    for number, start in EXPECTED_TITLES:
        section = next(s for s in doc.iter_sections() if s.number == number)
        item = next(i for i in section.items if i.body.startswith(start))
        found[(number, start)] = item.title
    assert found == EXPECTED_TITLES


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: Path(path).name)
def test_no_title_ends_on_a_word_that_leads_on_while_its_text_goes_on(source: Path) -> None:
    doc: PlanDocument = parsed(source)
    cut = [
        item.title
        for section in doc.iter_sections()
        for item in section.items
        if item.title.split()[-1] in OPEN_ENDINGS and item.body.rstrip(" :") != item.title
    ]
    assert cut == []


def test_french_lead_in_keeps_its_first_point(tmp_path: Path) -> None:
    from bnldesk.services.importer import parse_file

    text = (
        "# Plan annuel 2026\n\n"
        "# 1. Marché intérieur\n\n"
        "## 1.1 Énergie\n\n"
        "### Nouveaux projets\n\n"
        "- Renforcer la coopération dans le domaine de : - la sécurité d'approvisionnement ; "
        "- l'hydrogène.\n"
        "- Organiser un séminaire sur les réseaux de chaleur.\n"
    )
    source = tmp_path / "plan-annuel-2026.md"
    source.write_text(text, encoding="utf-8")
    doc = parse_file(source)
    titles = [item.title for section in doc.iter_sections() for item in section.items]
    assert titles == [
        "Renforcer la coopération dans le domaine de: la sécurité d'approvisionnement",
        "Organiser un séminaire sur les réseaux de chaleur",
    ]

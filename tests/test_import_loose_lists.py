"""A list right under a section's heading, with no label over it ("## 1.1 ..." then
"- Project A", "* Project B", "1. ..."), gives the section's items, in Markdown and in plain
text, Dutch and French (trial 7: such a list was read as the section's text, and in plain
text "3. Delen van ..." of a numbered list opened a chapter 3).

The documents are tests/data/import/jaarplan-2026-lijsten.* and plan-annuel-2026-listes.*,
written by hand for this; their truth files say what a reader finds in them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _seed_documents import DATA

from bnldesk.domain.document import PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.services.importer import import_file, parse_file
from bnldesk.store.engine import Store

DUTCH = [DATA / "jaarplan-2026-lijsten.md", DATA / "jaarplan-2026-lijsten.txt"]
FRENCH = [DATA / "plan-annuel-2026-listes.md", DATA / "plan-annuel-2026-listes.txt"]

DUTCH_ITEMS = {
    "1.1": [
        "Opstellen van een gezamenlijk overzicht van de grensoverschrijdende achtervolgingen",
        "Uitwisselen van kentekengegevens tussen de politiediensten - eerst voor de "
        "grensregio's - daarna voor het hele grondgebied",
        "Organiseren van een oefening voor de grensoverschrijdende inzet van drones",
    ],
    "1.2": [
        "Bijwerken van het Benelux-draaiboek voor nucleaire noodsituaties",
        "Voorbereiden van een gemeenschappelijke oefening met de hulpdiensten",
    ],
    "2.1": [
        "Onderzoeken van een gezamenlijke waterstofinfrastructuur",
        "Afstemmen van de netplanning op zee",
        "Delen van gegevens over de bevoorradingszekerheid",
    ],
    "2.2": [],
    "3.1": ["Verkennen van de wederzijdse erkenning van elektronische handtekeningen"],
}
FRENCH_ITEMS = {
    "1.1": [
        "Établir un relevé commun des poursuites transfrontalières",
        "Échanger les données des plaques d'immatriculation entre les services de police - "
        "d'abord pour les régions frontalières - ensuite pour tout le territoire",
        "Organiser un exercice d'intervention transfrontalière avec des drones",
    ],
    "1.2": [
        "Mettre à jour le plan Benelux pour les urgences nucléaires",
        "Préparer un exercice commun avec les services de secours",
    ],
    "2.1": [
        "Étudier une infrastructure commune pour l'hydrogène",
        "Harmoniser la planification des réseaux en mer",
        "Partager les données sur la sécurité d'approvisionnement",
    ],
    "2.2": [],
    "3.1": ["Explorer la reconnaissance mutuelle des signatures électroniques"],
}


def _items(doc: PlanDocument) -> dict[str, list[str]]:
    return {
        section.number: [item.body for item in section.items] for section in doc.iter_sections()
    }


def _body(doc: PlanDocument, number: str) -> str:
    return " ".join(next(s for s in doc.iter_sections() if s.number == number).body.split())


@pytest.mark.parametrize("source", DUTCH, ids=lambda path: Path(path).name)
def test_dutch_lists_under_headings_are_the_sections_items(source: Path) -> None:
    doc = parse_file(source)
    assert [(c.number, c.title) for c in doc.chapters] == [
        ("1", "Een veilige Benelux"),
        ("2", "Een duurzame Benelux"),
        ("3", "Een wendbare Benelux"),
    ]
    assert _items(doc) == DUTCH_ITEMS
    kinds = {item.kind for section in doc.iter_sections() for item in section.items}
    assert kinds == {ItemKind.OTHER}
    # The text around the lists stays the section's text: the paragraph before a list, the
    # one after it, and a list that a sentence opens ("... op over:").
    assert _body(doc, "1.1") == (
        "De drie landen werken verder aan een gezamenlijke aanpak van grensoverschrijdende "
        "criminaliteit."
    )
    assert _body(doc, "1.2") == "De oefening wordt afgestemd met de buurlanden."
    assert _body(doc, "2.2") == (
        "Geen nieuwe projecten dit jaar. De werkgroep volgt de bestaande afspraken op over: "
        "- de terugkeer van de wolf in de grensstreek - het beheer van de grensparken"
    )


@pytest.mark.parametrize("source", FRENCH, ids=lambda path: Path(path).name)
def test_french_lists_under_headings_are_the_sections_items(source: Path) -> None:
    doc = parse_file(source)
    assert [(c.number, c.title) for c in doc.chapters] == [
        ("1", "Un Benelux sûr"),
        ("2", "Un Benelux durable"),
        ("3", "Un Benelux agile"),
    ]
    assert doc.language == "fr"
    assert _items(doc) == FRENCH_ITEMS
    assert _body(doc, "1.2") == "L'exercice est préparé avec les pays voisins."
    assert _body(doc, "2.2") == (
        "Pas de nouveaux projets cette année. Le groupe de travail suit les accords existants "
        "sur : - le retour du loup dans les régions frontalières - la gestion des parcs "
        "transfrontaliers"
    )


def test_a_labelled_list_keeps_its_kind_beside_an_unlabelled_one(tmp_path: Path) -> None:
    """A label over a list still gives its kind; the list before the label, none."""
    source = tmp_path / "jaarplan-2027.md"
    source.write_text(
        "# Jaarplan 2027\n\n# 1. Interne markt\n\n## 1.1 Energie\n\n"
        "- Verkennen van een gezamenlijke opslag van waterstof\n\n"
        "### Nieuwe projecten 2027\n\n"
        "- Opzetten van een meldpunt voor netcongestie\n",
        encoding="utf-8",
    )
    section = parse_file(source).iter_sections()[0]
    assert [(item.kind, item.title) for item in section.items] == [
        (ItemKind.OTHER, "Verkennen van een gezamenlijke opslag van waterstof"),
        (ItemKind.NEW, "Opzetten van een meldpunt voor netcongestie"),
    ]


def test_a_list_under_an_items_own_heading_stays_its_text(tmp_path: Path) -> None:
    source = tmp_path / "jaarplan-2027.md"
    source.write_text(
        "# Jaarplan 2027\n\n# 1. Interne markt\n\n## 1.1 Energie\n\n"
        "### Waterstof\n\nDe landen werken samen aan:\n\n- opslag\n- transport\n\n"
        "### Netten op zee\n\nAfstemmen van de planning.\n",
        encoding="utf-8",
    )
    section = parse_file(source).iter_sections()[0]
    assert [(item.title, item.body) for item in section.items] == [
        ("Waterstof", "De landen werken samen aan: - opslag - transport"),
        ("Netten op zee", "Afstemmen van de planning."),
    ]


@pytest.mark.both_backends
def test_imported_list_items_are_in_the_database(empty_store: Store) -> None:
    from sqlalchemy import select

    from bnldesk.domain.models import PlanItem, Section

    import_file(empty_store, DATA / "plan-annuel-2026-listes.txt")
    with empty_store.read() as session:
        rows = session.execute(
            select(Section.number, PlanItem.title, PlanItem.kind)
            .join(PlanItem, PlanItem.section_id == Section.id)
            .order_by(Section.number, PlanItem.position)
        ).all()
    assert [(number, title) for number, title, _kind in rows] == [
        (number, title.split(" - ")[0])
        for number, titles in FRENCH_ITEMS.items()
        for title in titles
    ]
    assert {kind for _n, _t, kind in rows} == {ItemKind.OTHER}

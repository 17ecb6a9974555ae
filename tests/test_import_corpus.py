"""Every document with a ground truth, scored: the acceptance floors of issue 11.

Chapters and sections 100%; items, workgroups (code, section and parent) and contacts at least
97% precision and recall; flagships exact. The seeds, ``shared/cases/import`` and our own
documents in ``tests/data/import``. ``bench/bench_import.py`` prints the whole table.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from _seed_documents import scored_cases

from bnldesk.domain.document import DocItem, DocWorkgroup, PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.services.importer import parse_file
from bnldesk.services.importer.scoring import Truth, format_misses, load_truth, score_document

FLOORS = {
    "chapters": 1.0,
    "sections": 1.0,
    "items": 0.97,
    "flagships": 1.0,
    "workgroups": 0.97,
    "contacts": 0.97,
}
CASES = scored_cases()


def test_the_corpus_is_there() -> None:
    names = {name for name, *_rest in CASES}
    assert len(names) >= 46, names  # the received documents (make_received_documents.py) too
    for _name, document, truth, _options in CASES:
        assert document.is_file(), document
        assert truth.is_file(), truth


@pytest.mark.parametrize(
    ("document", "truth", "options"),
    [pytest.param(doc, truth, opts, id=name) for name, doc, truth, opts in CASES],
)
def test_document_meets_the_floors(document: Path, truth: Path, options: dict[str, object]) -> None:
    doc = parse_file(document, **options)  # type: ignore[arg-type]
    expected = load_truth(truth)
    score = score_document(doc, expected, name=document.name)
    failures = [
        f"{kind}: precision {t.precision:.3f} recall {t.recall:.3f} (floor {FLOORS[kind]})"
        for kind, t in score.types.items()
        if t.precision < FLOORS[kind] or t.recall < FLOORS[kind]
    ]
    assert not failures, "\n".join(failures) + "\n" + format_misses(score)
    if expected.plan_year:
        assert doc.kind == "plan" and doc.year == expected.plan_year


# --- the scorer itself, on small documents made here -------------------------------------


def _truth() -> Truth:
    return Truth.of(
        {
            "chapters": [{"number": "1", "title": "Veiligheid"}],
            "sections": [{"number": "1.1", "title": "Crisisbeheersing"}],
            "items": [
                {"section": "1.1", "kind": "ongoing", "text": "Een gezamenlijke oefening houden."},
                {"section": "1.1", "kind": "new", "text": "Een nieuwe werkgroep oprichten;"},
                {"section": "1.1", "title": "Vuurwerk", "flagship": True},
            ],
            "workgroups": [
                {"section": "1.1", "name": "Platform", "code": None, "parent": None},
                {"section": "1.1", "name": "Kern (PL-K)", "code": "PL-K", "parent": "Platform"},
            ],
            "contacts_unique": ["A. Peeters"],
        }
    )


def _document() -> PlanDocument:
    from bnldesk.domain.document import DocChapter, DocContact, DocSection

    section = DocSection(
        "1.1",
        "Crisis-beheersing",  # hyphenation folds away
        items=[
            DocItem(
                ItemKind.ONGOING, "Een gezamenlijke oefening", "Een gezamenlijke oefening houden."
            ),
            DocItem(ItemKind.NEW, "Een nieuwe werkgroep", "Een nieuwe werkgroep oprichten;"),
            DocItem(ItemKind.FLAGSHIP, "Vuurwerk", "", flagship=True),
        ],
        workgroups=[DocWorkgroup("Platform", None, children=[DocWorkgroup("Kern", "PL-K")])],
    )
    doc = PlanDocument("plan", "Jaarplan 2031", year=2031)
    doc.chapters = [DocChapter("1", "VEILIGHEID", sections=[section])]
    doc.contacts = [DocContact("A. Peeters", "a.peeters@example.org")]
    return doc


def test_scorer_perfect_document() -> None:
    score = score_document(_document(), _truth())
    assert score.worst() == 1.0


def test_scorer_counts_a_missing_item_a_wrong_kind_and_a_lost_flag() -> None:
    doc = _document()
    items = doc.chapters[0].sections[0].items
    del items[0]
    items[0].kind = ItemKind.ONGOING  # was new
    items[1].flagship = False
    score = score_document(doc, _truth())
    assert score.types["items"].matched == 1
    assert score.types["items"].recall == pytest.approx(1 / 3)
    assert score.types["items"].precision == pytest.approx(1 / 2)
    assert score.types["flagships"].recall == 0.0
    assert len(score.types["items"].misses) == 2


def test_scorer_wants_the_right_parent_and_code() -> None:
    doc = _document()
    section = doc.chapters[0].sections[0]
    kern = section.workgroups[0].children.pop()
    section.workgroups.append(kern)  # lost its parent
    score = score_document(doc, _truth())
    assert score.types["workgroups"].matched == 1
    kern.code = "PL-X"
    section.workgroups[0].children.append(copy.deepcopy(kern))
    section.workgroups.pop()
    assert score_document(doc, _truth()).types["workgroups"].matched == 1


def test_scorer_titles_must_match() -> None:
    doc = _document()
    doc.chapters[0].title = "Veiligheid en"  # a heading cut at its line end
    score = score_document(doc, _truth())
    assert score.types["chapters"].recall == 0.0
    assert score.types["chapters"].extras == ["1 Veiligheid en"]


def test_french_contacts_keep_role_phone_and_validity() -> None:
    from _seed_documents import DATA

    doc = parse_file(DATA / "plan-annuel-2024-fr.pdf")
    contacts = {c.name: c for c in doc.contacts}
    head = contacts["A. Dupont"]
    assert (head.role, head.phone, head.domain) == (
        "Chef d'équipe",
        "+32 2 519 38 11",
        "Marché intérieur",
    )
    leaving, coming = contacts["C. Leroy"], contacts["D. Weber"]
    assert str(leaving.valid_until) == "2024-03-01" and leaving.valid_from is None
    assert str(coming.valid_from) == "2024-03-01" and coming.valid_until is None
    assert coming.section_numbers == ["2.1"]


def test_a_list_without_a_label_in_a_labelled_plan_gives_projects() -> None:
    from bnldesk.services.importer import parse_lines

    text = (
        "Jaarplan 2031\n\n1. Inleiding\nTekst.\n\n2. Veiligheid\n"
        "2.1. Politie\nDe politiediensten werken samen.\n Gezamenlijke patrouilles;\n"
        " Een gedeeld meldpunt.\n"
        "2.2. Crisis\nAlgemene doelstelling\n Samen oefenen.\nVoortgangsprojecten\n"
        " Een oefening.\n"
    )
    doc = parse_lines(text.splitlines(), name="jaarplan-2031.txt")
    police, crisis = doc.chapters[1].sections
    assert police.body == "De politiediensten werken samen."
    assert [(i.kind, i.title) for i in police.items] == [
        (ItemKind.OTHER, "Gezamenlijke patrouilles"),
        (ItemKind.OTHER, "Een gedeeld meldpunt"),
    ]
    assert [i.kind for i in crisis.items] == [ItemKind.OBJECTIVE, ItemKind.ONGOING]

"""The JSON form of a document (:func:`document_to_dict` / :func:`document_from_dict`), which
the bundled demo plans are stored in: a round trip keeps every field, and a file of the wrong
shape is refused with the field named instead of loading half a plan."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bnldesk.domain.document import (
    DocChapter,
    DocContact,
    DocItem,
    DocSection,
    DocWorkgroup,
    PlanDocument,
    document_from_dict,
    document_to_dict,
)
from bnldesk.domain.models import ItemKind
from bnldesk.store.demo import demo_files


def _plan() -> PlanDocument:
    crisis = DocWorkgroup(
        "Strategische werkgroep Crisisbeheersing",
        "SENN-CRISE",
        "Crisis <b>&</b>",
        [DocWorkgroup("Subgroep Risico", "SENN-CRISE/RISK")],
    )
    section = DocSection(
        "5.2",
        "Rampenbestrijding en crisisbeheersing",
        "Tekst 🚒",
        items=[
            DocItem(ItemKind.NEW, "Oefening", "Een oefening.", flagship=True, theme="Crisis"),
            DocItem(ItemKind.ONGOING, "Evaluatie"),
        ],
        workgroups=[crisis],
        children=[DocSection("5.2.1", "Meldkamers")],
    )
    return PlanDocument(
        kind="plan",
        title="Jaarplan 2013",
        year=2013,
        description="Beschrijving",
        language="nl",
        chapters=[DocChapter("5", "Veiligheid", "Hoofdstuk", sections=[section])],
        contacts=[
            DocContact(
                "N. Staessens",
                email="n.staessens@benelux.int",
                domain="Justitie",
                valid_from=dt.date(2013, 3, 1),
                validity_note="Justitie: vanaf 1 maart 2013",
                section_numbers=["5.4"],
                workgroup_codes=["SENN-CRISE"],
            )
        ],
    )


def test_a_document_survives_its_json_form() -> None:
    plan = _plan()
    again = document_from_dict(json.loads(json.dumps(document_to_dict(plan))))
    assert again == plan


def test_the_facts_only_form_leaves_out_the_texts() -> None:
    data = document_to_dict(_plan(), with_bodies=False)
    again = document_from_dict(data)
    section = again.chapters[0].sections[0]
    assert (again.description, again.chapters[0].body, section.body) == ("", "", "")
    assert section.items[0].body == "" and section.items[0].theme == "Crisis"
    assert section.workgroups[0].description == ""
    assert again.contacts[0].valid_from == dt.date(2013, 3, 1)


def test_every_bundled_demo_file_loads() -> None:
    files = demo_files()
    assert len(files) >= 2
    for path in files:
        document = document_from_dict(json.loads(path.read_text(encoding="utf-8")))
        assert document.title and document.chapters, path.name


@pytest.mark.parametrize(
    ("change", "error", "named"),
    [
        ({"kind": "memo"}, ValueError, "kind"),
        ({"year": "2013"}, ValueError, "year"),
        ({"year": True}, ValueError, "year"),
        ({"title": 2013}, ValueError, "title"),
        ({"chapters": {"5": "Veiligheid"}}, ValueError, "chapters"),
        ({"chapters": [{"number": "5"}]}, KeyError, "title"),
        ({"contacts": [{"name": "X", "section_numbers": [5.4]}]}, ValueError, "section_numbers"),
    ],
)
def test_a_file_of_the_wrong_shape_is_refused_naming_the_field(
    change: dict[str, object], error: type[Exception], named: str
) -> None:
    data = {**document_to_dict(_plan()), **change}
    with pytest.raises(error, match=named):
        document_from_dict(data)


def test_a_missing_title_is_refused() -> None:
    data = document_to_dict(_plan())
    del data["title"]
    with pytest.raises(KeyError):
        document_from_dict(data)

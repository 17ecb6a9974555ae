"""An import of a plan already here says what it changed in each object (trial 18: importing
the 2013 PDF over the demo plan said "Modifié : 6 chapitres, 1 thème, 1 personne de contact"
and nothing of what)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from bnldesk.domain.document import DocChapter, DocItem, DocSection, PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.store.engine import Store
from bnldesk.store.structure import UpdatedObject, write_document


def _plan(section_body: str, chapter_title: str, flagship: bool) -> PlanDocument:
    return PlanDocument(
        kind="plan",
        title="Jaarplan 2031",
        year=2031,
        chapters=[
            DocChapter(
                number="1",
                title=chapter_title,
                sections=[
                    DocSection(
                        number="1.1",
                        title="Crisisbeheersing",
                        body=section_body,
                        items=[DocItem(ItemKind.NEW, "Waterstofnet", "Tekst.", flagship=flagship)],
                    )
                ],
            ),
            DocChapter(number="2", title="Energie", sections=[]),
        ],
    )


@pytest.mark.both_backends
def test_the_write_names_each_changed_object_and_what_changed(empty_store: Store) -> None:
    with empty_store.transaction() as s:
        first = write_document(s, _plan("Samenwerking.", "Veiligheid", False))
    assert first.updated_objects == []
    with empty_store.transaction() as s:
        again = write_document(s, _plan("Samenwerking bij crisissen.", "Veiligheid", True))
    assert again.updated_objects == [
        UpdatedObject("section", "1.1 Crisisbeheersing", ("body",)),
        UpdatedObject("item", "Waterstofnet", ("is_flagship",)),
    ]
    assert sum(again.updated.values()) == len(again.updated_objects)
    with empty_store.transaction() as s:
        same = write_document(s, _plan("Samenwerking bij crisissen.", "Veiligheid", True))
    assert same.updated_objects == [] and not same.changed


def test_the_summary_lists_them_in_the_readers_language(qapp: Any) -> None:
    from bnldesk.ui import i18n
    from bnldesk.ui.importing.review import _updated_lines

    updated = [
        UpdatedObject("chapter", "1 Inleiding", ("body", "position", "identity_key")),
        UpdatedObject("contact", "Jan Peeters", ("email", "phone")),
    ]
    try:
        i18n.install("fr")
        assert [line.replace("\u00a0", " ") for line in _updated_lines(updated)] == [
            "  • Chapitre 1 Inleiding : texte, ordre",
            "  • Personne de contact Jan Peeters : coordonnées",
        ]
        i18n.install("nl")
        many = [dataclasses.replace(updated[0], label=f"{n} Inleiding") for n in range(10)]
        lines = _updated_lines(many)
        assert lines[0] == "  • Hoofdstuk 0 Inleiding: tekst, volgorde"
        assert len(lines) == 9 and "2" in lines[-1]
    finally:
        i18n.install("en")

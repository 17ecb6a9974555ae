"""A search snippet does not repeat an item's title (sixth delegate re-check: "Algemene
multilaterale samenwerking Algemene multilaterale samenwerking - ..."). The importer keeps an
item's text as printed, beginning with its title; the snippet is cut from that text alone.
The 2013 seed imported into a real database, both backends."""

from __future__ import annotations

import pytest
from _seed_documents import SEEDS

from bnldesk.services.importer import import_file
from bnldesk.store.engine import Store
from bnldesk.store.search import search

pytestmark = pytest.mark.both_backends


def test_an_items_snippet_names_its_title_once(store: Store) -> None:
    import_file(store, SEEDS / "jaarplan-2013.txt", force=True)
    with store.read() as session:
        hits = search(session, "multilaterale", limit=10, kinds=("item",))
    snippets = [hit for hit in hits if hit.title == "Algemene multilaterale samenwerking"]
    assert len(snippets) == 2
    for hit in snippets:
        assert hit.text.count("Algemene multilaterale samenwerking") == 1, hit.text
        assert hit.text.startswith("Algemene multilaterale samenwerking - "), hit.text


def test_an_item_whose_text_does_not_begin_with_its_title_still_shows_it(store: Store) -> None:
    with store.read() as session:  # the demo's items have no text of their own
        hits = search(session, "Kustvaart", limit=5, kinds=("item",))
    assert hits and hits[0].text.startswith("Kustvaart"), [h.text for h in hits]

"""The one search service (bnldesk.services.search.find) the window and the CLI share: the true
total beside the hits shown, and what the scope or the filters hid."""

from __future__ import annotations

from sqlalchemy import text

from bnldesk.services.search import find
from bnldesk.store.browse import BrowseFilter, Scope
from bnldesk.store.engine import Store


def workgroup_id(store: Store, code: str) -> int:
    with store.read() as s:
        return int(
            s.execute(text("SELECT id FROM workgroup WHERE code = :c"), {"c": code}).scalar_one()
        )


def test_the_total_is_every_match_not_the_hits_returned(store: Store) -> None:
    with store.read() as s:
        few = find(s, "politie", limit=5)
        every = find(s, "politie", limit=10_000)
        none_left = find(s, "-Brussel", limit=10_000)
        capped = find(s, "-Brussel", limit=60)
    assert len(few.hits) == 5
    assert len(every.hits) > 5 and every.more == 0
    assert few.total == len(every.hits) and few.more == few.total - 5
    # "-Brussel" in the 2022 plan: the trial's "60 results (best 60 shown)".
    assert len(capped.hits) == 60 and capped.total == len(none_left.hits) > 60


def test_a_scope_that_hides_every_match_says_how_many_are_outside_it(store: Store) -> None:
    crise = Scope("workgroup", workgroup_id(store, "SENN-CRISE"))
    with store.read() as s:
        everywhere = find(s, "politie", limit=10_000).total
        in_2013 = find(s, "politie", limit=10_000, within=BrowseFilter(plan_year=2013)).total
        scoped = find(s, "politie", limit=60, within=BrowseFilter(scope=crise))
        both = find(s, "politie", limit=60, within=BrowseFilter(plan_year=2013, scope=crise))
        filtered = find(s, "politie", limit=60, within=BrowseFilter(plan_year=2030))
    assert scoped.hits == [] and scoped.total == 0
    assert scoped.without_scope == everywhere > 0 and scoped.without_filters is None
    assert 0 < in_2013 < everywhere
    assert both.without_scope == in_2013 and both.without_filters == everywhere
    assert filtered.without_scope is None and filtered.without_filters == everywhere


# The notes of section 2.1.1 (2022) and of one of its items; the others are outside it.
NOTES_IN_SECTION = {"Over het onderdeel", "Over een project van het onderdeel"}


def notes_around_a_section(store: Store) -> int:
    """Notes on section 2.1.1 of 2022, on one of its items, on the workgroup SENN-CRISE, on
    2013's 5.1 and on the item's project in a 2023 plan; returns the section's id."""
    from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target

    with store.read() as s:
        section_id, item_id = s.execute(
            text(
                "SELECT s.id, (SELECT min(i.id) FROM plan_item i WHERE i.section_id = s.id) "
                "FROM section s JOIN chapter c ON c.id = s.chapter_id JOIN plan p "
                "ON p.id = c.plan_id WHERE p.year = 2022 AND s.number = '2.1.1'"
            )
        ).one()
    notes = {
        ("2.1.1", 2022): "Over het onderdeel",
        (f"item:{item_id}", None): "Over een project van het onderdeel",
        ("SENN-CRISE", None): "Over de werkgroep",
        ("5.1", 2013): "Over 2013",
        (f"item:{item_id}", 2023): "Over het project in het plan van 2023",
    }
    with store.transaction() as s:
        for (target, year), body in notes.items():
            add_annotation(s, resolve_target(s, target, plan_year=year), NoteFields(body=body))
        # The same project carried into a 2023 plan, and a note written there.
        s.execute(text("UPDATE annotation SET plan_year = 2023 WHERE body LIKE '%2023'"))
    return int(section_id)


def test_a_sections_notes_are_the_same_in_its_notes_list_and_its_search(store: Store) -> None:
    from bnldesk.store import browse

    scope = BrowseFilter(scope=Scope("section", notes_around_a_section(store)))
    with store.read() as s:
        found = find(s, "over", limit=60, within=scope)
        listed = browse.fetch_notes(s, scope)
    assert {h.text.split("\n")[0] for h in found.hits if h.kind == "annotation"} == NOTES_IN_SECTION
    assert {row.body for row in listed} == NOTES_IN_SECTION

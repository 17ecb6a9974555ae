"""A search within the window's filters finds the same, however it keeps to them (issue 15).

The FTS5 index keeps a search within the filters either by testing each row it matched (few
matches), by testing the newest matches first and listing what the filters allow when too few
pass there (a selective filter), or by listing what the filters allow (many matches, or a list
kept from the search before). Each way must give the same hits in the same order and the same
total, for every filter of the filter bar; and the plan items found must be exactly the items
the list shows with those filters that match the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from bnldesk.domain.search_query import parse
from bnldesk.services.annotations import NoteFields, add_action, add_annotation, target_of
from bnldesk.services.search import count, find
from bnldesk.store import browse, search
from bnldesk.store.browse import BrowseFilter, Scope
from bnldesk.store.engine import Store
from bnldesk.store.search_reader import dbapi
from bnldesk.store.search_scope import allowed_rowids

# How each way is forced: (matches tested row by row at most, newest matches tried first,
# a kept list used when this many times smaller than the matches, further matches tested
# after the newest at most).
WAYS = {
    "each match tested": (10**9, 10**9, 0, 0),
    "newest first, then listed": (10**9, 2, 0, 0),
    "newest first, then further, then listed": (10**9, 2, 0, 10**9),
    "newest first, a few further, then listed": (10**9, 2, 0, 3),
    "listed": (-1, 0, 0, 0),
}
WORDS = ("politie", "e", "samenwerking", "nota")
STATUSES = ("open", "in_progress", "done")


def add_notes(store: Store) -> None:
    """Notes on the items the words match (and on as many others), on sections and on
    workgroups: statuses, priorities and tags in turn; every third with an open action item,
    the next with only a done one. Their text holds words of the plans too."""
    with store.read() as s:
        matched = {h.obj_id for h in find(s, "e", limit=10_000).hits if h.kind == "item"}
        others = [
            int(i)
            for (i,) in s.execute(text("SELECT id FROM plan_item ORDER BY id"))
            if int(i) not in matched
        ]
        sections = [int(i) for (i,) in s.execute(text("SELECT id FROM section ORDER BY id"))][::3]
        workgroups = [int(i) for (i,) in s.execute(text("SELECT id FROM workgroup ORDER BY id"))]
    items = sorted(matched) + others[: len(matched)]
    targets = [("item", i) for i in items] + [("section", i) for i in sections]
    targets += [("workgroup", i) for i in workgroups[::2]]
    assert len(matched) > 20 and len(targets) > 60
    with store.transaction() as s:
        for n, (kind, obj_id) in enumerate(targets):
            fields = NoteFields(
                body=f"Nota {n}: politie en samenwerking, standpunt {n % 7}",
                tags=[["budget"], ["prioriteit", "budget"], []][n % 3],
                priority=n % 4,
                status=STATUSES[n % 3],
            )
            note = add_annotation(s, target_of(s, kind, obj_id), fields)
            if n % 3 == 0:
                add_action(s, note, f"Actie {n}")
            elif n % 3 == 1:
                add_action(s, note, f"Afgerond {n}").status = "done"


@pytest.fixture
def noted(store: Store) -> Iterator[Store]:
    add_notes(store)
    yield store


def filters(store: Store) -> dict[str, BrowseFilter]:
    """Every filter of the filter bar, alone and combined, and a few scopes."""
    with store.read() as s:
        chapter_key = s.execute(
            text(
                "SELECT c.identity_key FROM chapter c JOIN plan p ON p.id = c.plan_id "
                "WHERE p.year = 2022 ORDER BY c.position LIMIT 1"
            )
        ).scalar_one()
        crise = s.execute(text("SELECT id FROM workgroup WHERE code = 'SENN-CRISE'")).scalar_one()
        section = s.execute(
            text(
                "SELECT s.id FROM section s JOIN chapter c ON c.id = s.chapter_id JOIN plan p "
                "ON p.id = c.plan_id WHERE p.year = 2022 AND s.number = '2.1.1'"
            )
        ).scalar_one()
    found = {f"kind {kind}": BrowseFilter(kind=kind) for kind in browse.ITEM_KINDS}
    found |= {f"status {status}": BrowseFilter(status=status) for status in STATUSES}
    found |= {
        "year 2022": BrowseFilter(plan_year=2022),
        "a chapter": BrowseFilter(chapter_key=str(chapter_key)),
        "a workgroup": BrowseFilter(workgroup_id=int(crise)),
        "tag budget": BrowseFilter(tag="budget"),
        "priority high": BrowseFilter(priority=3),
        "with notes": BrowseFilter(has_notes=True),
        "open actions": BrowseFilter(has_open_actions=True),
        "new in 2022": BrowseFilter(plan_year=2022, change="new"),
        "open actions + flagship": BrowseFilter(has_open_actions=True, kind="flagship"),
        "tag + status open": BrowseFilter(tag="budget", status="open"),
        "2022 + ongoing + with notes": BrowseFilter(plan_year=2022, kind="ongoing", has_notes=True),
        "scope: a section, open actions": BrowseFilter(
            scope=Scope("section", int(section)), has_open_actions=True
        ),
        "scope: a workgroup": BrowseFilter(scope=Scope("workgroup", int(crise))),
    }
    return found


def force(monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    """Make the index keep to the filters the way ``way`` (a key of :data:`WAYS`)."""
    most, window, listed_per_test, further = WAYS[way]
    monkeypatch.setattr(search, "_ROW_TESTS_MOST", most)
    monkeypatch.setattr(search, "_ROW_WINDOW", window)
    monkeypatch.setattr(search, "_LISTED_PER_TEST", listed_per_test)
    monkeypatch.setattr(search, "_FURTHER_MOST", further)


def searched(
    store: Store, monkeypatch: pytest.MonkeyPatch, way: str, words: str, within: BrowseFilter
) -> tuple[list[tuple[str, int]], int, int]:
    """The hits (kind, id) in order, the total given beside them, and the total counted
    afterwards (as the window does), with the index forced to keep to the filters one way."""
    force(monkeypatch, way)
    search._ALLOWED.clear()  # nothing kept from another way
    with store.read() as s:
        found = find(s, words, limit=60, within=within)
        shown_first = find(s, words, limit=60, within=within, count=False)
        counted = count(s, shown_first.query, within=within)
    assert [(h.kind, h.obj_id) for h in shown_first.hits] == [
        (h.kind, h.obj_id) for h in found.hits
    ]
    return [(h.kind, h.obj_id) for h in found.hits], found.total, counted


def test_every_way_of_keeping_to_the_filters_finds_the_same(
    noted: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    narrowed = 0
    for name, within in filters(noted).items():
        for words in WORDS:
            answers = {way: searched(noted, monkeypatch, way, words, within) for way in WAYS}
            first = answers["each match tested"]
            for way, answer in answers.items():
                assert answer == first, (name, words, way)
            hits, total, counted = first
            assert counted == total >= len(hits), (name, words)
            unfiltered = searched(noted, monkeypatch, "listed", words, BrowseFilter())[1]
            narrowed += 0 < total < unfiltered
    # The filters narrow the searches down to something (the comparison above is not of
    # empty answers only).
    assert narrowed > len(filters(noted))


def items_listed(store: Store, within: BrowseFilter) -> set[int]:
    with store.read() as s:
        return {row.id for row in browse.fetch_items(s, within, limit=100_000)}


def items_found(store: Store, words: str, within: BrowseFilter | None = None) -> set[int]:
    with store.read() as s:
        hits = find(s, words, limit=100_000, within=within).hits
    return {h.obj_id for h in hits if h.kind == "item"}


@pytest.mark.parametrize("way", list(WAYS))
def test_the_items_found_within_a_filter_are_the_listed_items_that_match(
    noted: Store, monkeypatch: pytest.MonkeyPatch, way: str
) -> None:
    force(monkeypatch, way)
    for words in ("politie", "e"):
        everywhere = items_found(noted, words)
        assert everywhere
        for name, within in filters(noted).items():
            search._ALLOWED.clear()
            expected = everywhere & items_listed(noted, within)
            assert items_found(noted, words, within) == expected, (name, words)


def test_a_list_kept_for_a_filter_is_read_again_after_a_write(noted: Store) -> None:
    """The list of what a filter allows is kept for the next searches, never past a change:
    a note given the status searched for is found by the very next search."""
    within = BrowseFilter(status="done")
    search._ALLOWED.clear()
    with noted.read() as s:
        before = find(s, "nota", limit=500, within=within)
        search.prepare(s, within)  # listed and kept, as after a filter change
    open_note = next(h for h in before.hits if h.kind == "annotation")
    with noted.transaction() as s:
        s.execute(
            text("UPDATE annotation SET status = 'open' WHERE id = :id"), {"id": open_note.obj_id}
        )
    with noted.read() as s:
        search.prepare(s, within)
        after = find(s, "nota", limit=500, within=within)
    assert open_note.obj_id not in {h.obj_id for h in after.hits if h.kind == "annotation"}
    assert after.total == before.total - 1


def test_further_matches_are_tested_as_many_as_the_hits_found_say() -> None:
    """After the newest 2,000 matches (``_ROW_WINDOW``): as many more as the hit rate found
    there needs for the rest, half as many again to spare; none when no hit was found there or
    more than 6,000 in all would be tested after the window (listing the filter costs less
    then); never past the last match."""
    assert search._ROW_WINDOW == 2_000 and search._FURTHER_MOST == 6_000
    assert search.further_window(30, 60, 100_000) == 3_000  # 30 more at 1.5 a hundred
    assert search.further_window(40, 120, 100_000) == 6_000
    assert search.further_window(59, 60, 100_000) == 51
    assert search.further_window(30, 60, 2_500) == 500  # only 500 match after the window
    assert search.further_window(10, 60, 100_000) is None  # 15,000 rows to test: list
    assert search.further_window(0, 60, 100_000) is None  # a narrow filter: list
    assert search.further_window(0, 60, 2_100) is None
    # Again after a further window fell short, at the rate of everything tested so far.
    assert search.further_window(89, 90, 8_554, seen=3_286) == 56
    assert search.further_window(30, 60, 100_000, seen=7_000) is None  # 15,500 after the window
    assert search.further_window(30, 60, 7_000, seen=7_000) is None  # nothing left to test


def kept_lists() -> int:
    """How many lists of what a filter allows are kept (made by the searches so far)."""
    return sum(len(cache.entries) for cache in search._ALLOWED.values())


def test_a_filter_with_hits_among_the_newest_matches_is_not_listed(
    noted: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every note mentions "politie" and passes "with notes", as do the items named after it
    (every item the words match has notes): the first two matches of each pass hold hits,
    the further ones the rest, and what the filter allows is never listed. A chapter holds
    none of the newest notes (those on workgroups, written last): nothing among the first
    matches passes, and the chapter is listed at once."""
    monkeypatch.setattr(search, "_ROW_WINDOW", 2)
    search._ALLOWED.clear()
    with_notes = BrowseFilter(has_notes=True)
    with noted.read() as s:
        found = find(s, "politie", limit=60, within=with_notes, count=False)
    assert len(found.hits) == 60 and kept_lists() == 0
    force(monkeypatch, "each match tested")
    with noted.read() as s:
        tested = find(s, "politie", limit=60, within=with_notes, count=False)
    assert [(h.kind, h.obj_id) for h in found.hits] == [(h.kind, h.obj_id) for h in tested.hits]

    monkeypatch.setattr(search, "_ROW_WINDOW", 2)
    monkeypatch.setattr(search, "_FURTHER_MOST", 6_000)
    within = filters(noted)["a chapter"]
    with noted.read() as s:
        newest = find(s, "nota", limit=2).hits
        in_chapter = find(s, "nota", limit=60, within=within, count=False)
    assert {h.kind for h in newest} == {"annotation"}
    assert in_chapter.hits and kept_lists() == 1


# The plan of a listing that walks every note (or every note of a kind) to keep a few.
WALKS_EVERY_NOTE = re.compile(
    r"^SCAN (a|n)\b|ix_annotation_live \(deleted_at=\?\)|\(target_kind=\?\)$"
)


def test_a_filter_naming_a_few_objects_lists_them_without_walking_every_note(
    noted: Store,
) -> None:
    """On a file without statistics (as every delegate's is), listing what a chapter, a tag,
    open action items, a kind of item, a workgroup or a year-over-year change allows finds
    the notes from those objects, tags or actions, and the objects from those notes, by
    their indexes: no plan step walks the notes (on the big database such a walk cost
    40-70 ms, the first search after the filter 150-500 ms)."""
    narrow = (
        "a chapter",
        "tag budget",
        "open actions",
        "tag + status open",
        "kind flagship",
        "kind objective",
        "open actions + flagship",
        "a workgroup",
        "new in 2022",
        "scope: a section, open actions",
    )
    every = filters(noted)
    with noted.read() as s:
        assert (
            s.execute(
                text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            ).scalar()
            == 0
        )
        conn = dbapi(s)
        for name in narrow:
            restriction = allowed_rowids(s, every[name], parse("").filters)
            plan = [
                str(row[3])
                for row in conn.execute(
                    "EXPLAIN QUERY PLAN " + restriction.union(), restriction.params
                )
            ]
            walks = [step for step in plan if WALKS_EVERY_NOTE.search(step)]
            assert not walks, (name, walks)


@pytest.mark.both_backends
def test_the_items_found_within_each_filter_are_the_same_on_a_server(noted: Store) -> None:
    """The filters' SQL (the notes found from a tag's or open actions' list, read once with
    WITH, and from a chapter's objects) runs on PostgreSQL too: the items found within each
    filter are the listed items that match, on a file and on a server."""
    for words in ("politie", "e"):
        everywhere = items_found(noted, words)
        for name, within in filters(noted).items():
            search._ALLOWED.clear()
            expected = everywhere & items_listed(noted, within)
            assert items_found(noted, words, within) == expected, (name, words)

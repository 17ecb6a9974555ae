"""A search within one plan year and another filter reads that year, not every year (issue 15
at 4x data).

The first search after "year + new + with notes" took 579 ms of CPU on bench/make_big_db.py's
database at 4x (80 plans): SQLite found the year's notes by probing the index of notes with the
key of every new item of every year (83,000), because it costs an ``IN (SELECT ...)`` list at
a few rows whatever it holds; "year + status open" likewise read every open note of every year
(254 ms). What a filter within one year lets through should cost the same however many other
years the file holds. Measured here as SQLite's virtual-machine steps (a progress handler
called every step, which does not depend on the machine's speed) for the list of rows the filter
allows (what the first search after the change reads), on generated databases of 1 and 3
plans whose plans are alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from bench_database import build_bench_database
from sqlite_steps import counted_steps

from bnldesk.domain.search_query import parse
from bnldesk.store import browse
from bnldesk.store.engine import Store, open_store
from bnldesk.store.search_reader import reading
from bnldesk.store.search_scope import allowed_rowids

pytestmark = pytest.mark.slow

# Scale 0.05: one plan (2,592 items, 5,000 notes); 0.15: three plans of the same shape.
SCALES = (0.05, 0.15)


def _year_filters(year: int, tag: str) -> dict[str, browse.BrowseFilter]:
    """A year with each other filter of the bar (as bench/bench_store.py's search within)."""
    return {
        "year + new + with notes": browse.BrowseFilter(plan_year=year, kind="new", has_notes=True),
        "year + status open": browse.BrowseFilter(plan_year=year, status="open"),
        "year + flagship + with notes": browse.BrowseFilter(
            plan_year=year, kind="flagship", has_notes=True
        ),
        "year + priority high": browse.BrowseFilter(plan_year=year, priority=3),
        "year + a tag": browse.BrowseFilter(plan_year=year, tag=tag),
        "year + open actions": browse.BrowseFilter(plan_year=year, has_open_actions=True),
        "year + a kind left out": browse.BrowseFilter(plan_year=year, kind="objective"),
    }


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[float, Store]]:
    """make_big_db's database at each of :data:`SCALES` (with the statistics it takes, as
    bnldesk takes them after an import)."""
    opened: dict[float, Store] = {}
    for scale in SCALES:
        path = build_bench_database(
            tmp_path_factory.mktemp("scope") / f"generated-{scale}.db", scale, timeout=900
        )
        opened[scale] = open_store(path, demo=False)
    yield opened
    for store in opened.values():
        store.close()


def _listing_steps(store: Store, within: browse.BrowseFilter) -> tuple[int, int]:
    """SQLite's steps for listing the rows ``within`` allows, and how many rows it lists."""
    with reading(store) as reader:
        restriction = allowed_rowids(reader, within, parse("energie").filters)
        connection = reader.connection  # type: ignore[union-attr]
        with counted_steps(connection) as steps:
            rows = connection.execute(restriction.union(), restriction.params).fetchall()
    return steps[0], len(rows)


def _first_year_filters(store: Store) -> dict[str, browse.BrowseFilter]:
    with store.read() as session:
        choices = browse.filter_choices(session)
    return _year_filters(min(choices.years), choices.tags[-1])


@pytest.mark.parametrize("name", list(_year_filters(2000, "tag")))
def test_a_filter_within_one_year_costs_that_year_not_the_whole_file(
    stores: dict[float, Store], name: str
) -> None:
    small, large = (stores[scale] for scale in SCALES)
    small_steps, small_rows = _listing_steps(small, _first_year_filters(small)[name])
    large_steps, large_rows = _listing_steps(large, _first_year_filters(large)[name])
    assert small_rows > 0, name  # the filter lets something through: the steps mean something
    # Three times the plans: the year's own rows are alike, the steps nearly so (the old
    # plans took 2.0-2.4x the steps for five of these filters).
    assert large_steps < 1.3 * small_steps, (name, small_steps, large_steps, large_rows)


def test_the_notes_of_one_year_are_read_from_the_index_by_year(
    stores: dict[float, Store],
) -> None:
    store = stores[SCALES[-1]]
    within = _first_year_filters(store)["year + new + with notes"]
    with reading(store) as reader:
        restriction = allowed_rowids(reader, within, parse("energie").filters)
        plan = [
            str(row[-1])
            for row in reader.connection.execute(  # type: ignore[union-attr]
                "EXPLAIN QUERY PLAN " + restriction.union(), restriction.params
            )
        ]
    assert any("ix_annotation_live_year" in line for line in plan), plan
    assert not any("LIST SUBQUERY" in line for line in plan), plan


def _page_steps(store: Store, fetch: Any, within: browse.BrowseFilter, **options: Any) -> int:
    """SQLite's steps for the statements of one page of a central list (``fetch``:
    :func:`browse.fetch_items` or :func:`browse.fetch_notes`), 100 rows from the start (what
    the newest of these small plans holds with an open action: a page of 200 would walk on
    into the next plan at one scale and not at the other)."""
    with store.read() as session:
        connection = session.connection().connection.dbapi_connection
        assert isinstance(connection, sqlite3.Connection)
        with counted_steps(connection) as steps:
            rows = fetch(session, within, offset=0, limit=100, **options)
    assert rows
    return steps[0]


OPEN_ACTION_PAGES = {
    "items": (browse.fetch_items, browse.count_items, {}),
    "notes": (browse.fetch_notes, browse.count_notes, {}),
    "notes by title": (browse.fetch_notes, browse.count_notes, {"sort": "target"}),
}


@pytest.mark.parametrize("mode", list(OPEN_ACTION_PAGES))
def test_the_first_page_with_open_actions_does_not_read_every_open_action(
    stores: dict[float, Store], mode: str
) -> None:
    """One note in 13 has an open action: the first page of the lists filtered by "open
    actions" is found by walking the list's order and looking each note's actions up, not by
    listing every open action first (139 ms for the items, 81 ms for the notes at 4x; 22 and 7
    ms walked). Three times the data, about the same steps (the old statements: 3x)."""
    fetch, count, options = OPEN_ACTION_PAGES[mode]
    within = browse.BrowseFilter(has_open_actions=True)
    steps = {}
    for scale, store in stores.items():
        with store.read() as session:
            total = count(session, within)
        steps[scale] = _page_steps(store, fetch, within, total=total, **options)
    small, large = (steps[scale] for scale in SCALES)
    assert large < 1.5 * small, steps

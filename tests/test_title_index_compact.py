"""The title index (migration 0012) is kept in one segment: after an import (the planner's
statistics are taken at the same moment) and, for a file written before, by migration 0014.
A search over the compacted index finds the same hits in the same order (issue 15: FTS5
seeks a search's words in every segment; 27 of them on the benchmark database)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bnldesk.domain.document import DocChapter, DocItem, DocSection, DocWorkgroup, PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.domain.search_query import parse
from bnldesk.store import migrations
from bnldesk.store.engine import Store, make_engine, open_store
from bnldesk.store.search import run_search
from bnldesk.store.search_reader import reading
from bnldesk.store.statistics import refresh
from bnldesk.store.structure import write_document

TYPED = ("e", "w", "ve", "energie", "werkgroep", "VE-TER")


def _plan(year: int) -> PlanDocument:
    return PlanDocument(
        kind="plan",
        title=f"Jaarplan {year}",
        year=year,
        chapters=[
            DocChapter(
                number="1",
                title=f"Energie en veiligheid {year}",
                sections=[
                    DocSection(
                        number="1.1",
                        title="Verkeer en energie",
                        body="Samenwerking.",
                        items=[
                            DocItem(ItemKind.NEW, f"Waterstofnet {year}", "Tekst."),
                            DocItem(ItemKind.ONGOING, "Energie-eiland", "Tekst."),
                        ],
                        workgroups=[DocWorkgroup(f"Werkgroep verkeer {year}", f"VE-TER-{year}")],
                    )
                ],
            )
        ],
    )


def _segments(path: Path) -> int:
    """How many segments the title index has (each has at least one row in its b-tree)."""
    with sqlite3.connect(path) as conn:
        return int(
            conn.execute("SELECT count(DISTINCT segid) FROM search_title_fts_idx").fetchone()[0]
        )


def _found(store: Store) -> list[list[tuple[str, int, float]]]:
    """Kind, id and rank of every hit of each of :data:`TYPED`, as the window searches."""
    found = []
    for typed in TYPED:
        with reading(store) as reader:
            result = run_search(reader, parse(typed, as_you_type=True), limit=60)
        found.append([(hit.kind, hit.obj_id, hit.rank) for hit in result.hits])
    return found


def _write_plans(store: Store, years: range) -> None:
    for year in years:  # one transaction each: FTS5 writes a segment for each
        with store.transaction() as s:
            write_document(s, _plan(year))


def test_an_import_leaves_the_title_index_in_one_segment(empty_store: Store) -> None:
    _write_plans(empty_store, range(2020, 2026))
    assert _segments(empty_store.path) > 1
    before = _found(empty_store)
    assert all(before)
    refresh(empty_store)  # what an import runs after writing its plan
    assert _segments(empty_store.path) == 1
    assert _found(empty_store) == before


def test_migration_0014_compacts_a_file_written_before(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path)
    migrations.upgrade(engine, "0013")  # the schema is 0014's: only the index's layout differs
    store = Store(path, engine)
    _write_plans(store, range(2020, 2026))
    before = _found(store)
    store.close()
    assert _segments(path) > 1
    store = open_store(path, demo=False)
    try:
        assert _segments(path) == 1
        assert _found(store) == before
    finally:
        store.close()

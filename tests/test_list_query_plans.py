"""The central lists read a page without sorting or walking the whole list (issue 15 at 4x data).

Measured on bench/make_big_db.py's database at 4x (400,000 notes, 207,360 items): the notes
list sorted by a column of the window sorted every live note for its first page (185-217 ms of
CPU; a search typed right after the sort waited behind it), and the last page of a list
(Ctrl+End) walked every row before it. These tests look at what SQLite does with the
statements the store really runs (caught as they are executed), on a generated database with
the same shape: the query plan, and how many rows the statement steps through. Neither depends
on the machine's speed.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from bench_database import build_bench_database
from sqlalchemy import event
from sqlite_steps import counted_steps

from bnldesk.store import browse
from bnldesk.store.engine import Store, open_store

ROOT = Path(__file__).resolve().parent.parent

# The note columns the window sorts by (list_model.NOTE_COLUMNS), by their store sort key.
NOTE_COLUMN_SORTS = ("updated", "target", "status", "priority")


@pytest.fixture(scope="module", params=["no statistics", "analyzed"])
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bench/make_big_db.py's database at scale 0.02 (2,000 notes, 2,592 items): as a
    delegate's file is (bnldesk never runs ANALYZE, so SQLite plans without statistics), and
    with the statistics ANALYZE gives."""
    path = build_bench_database(tmp_path_factory.mktemp("lists") / "generated.db", 0.02)
    with sqlite3.connect(path) as conn:
        if request.param == "analyzed":
            conn.execute("ANALYZE")
        else:  # the builder's PRAGMA optimize may have left some
            conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
    return path


@pytest.fixture
def generated_store(generated: Path) -> Iterator[Store]:
    store = open_store(generated, demo=False)
    yield store
    store.close()


@contextmanager
def _statements(store: Store) -> Iterator[list[tuple[str, Any]]]:
    """Every statement the store's engine executes inside the block, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


def _page_statement(seen: list[tuple[str, Any]]) -> tuple[str, Any]:
    """The statement that chose the page's rows (the one with LIMIT and OFFSET)."""
    chosen = [(sql, params) for sql, params in seen if "OFFSET" in sql]
    assert len(chosen) == 1, [sql for sql, _ in seen]
    return chosen[0]


def _plan(path: Path, sql: str, params: Any) -> str:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return "\n".join(str(row[-1]) for row in rows)


def _steps(path: Path, sql: str, params: Any) -> int:
    """How many virtual-machine steps SQLite takes to run ``sql`` (its progress handler called
    every step): a measure of the rows it walks that does not depend on the machine's speed."""
    with sqlite3.connect(path) as conn, counted_steps(conn) as steps:
        conn.execute(sql, params).fetchall()
    return steps[0]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", NOTE_COLUMN_SORTS)
def test_the_first_page_of_notes_in_any_column_order_comes_from_an_index(
    generated: Path, generated_store: Store, sort: str, descending: bool
) -> None:
    with _statements(generated_store) as seen, generated_store.read() as session:
        rows = browse.fetch_notes(
            session, browse.BrowseFilter(), limit=201, sort=sort, descending=descending
        )
    assert len(rows) == 201
    plan = _plan(generated, *_page_statement(seen))
    assert "TEMP B-TREE" not in plan, plan  # no sort of every note
    assert "USING" in plan and "INDEX" in plan, plan


@pytest.mark.parametrize("descending", [False, True])
def test_the_first_page_of_items_by_title_comes_from_an_index(
    generated: Path, generated_store: Store, descending: bool
) -> None:
    with _statements(generated_store) as seen, generated_store.read() as session:
        rows = browse.fetch_items(
            session, browse.BrowseFilter(), limit=201, sort="title", descending=descending
        )
    titles = [row.title.lower() for row in rows]
    assert len(rows) == 201 and titles == sorted(titles, reverse=descending)
    plan = _plan(generated, *_page_statement(seen))
    assert "TEMP B-TREE" not in plan, plan  # no sort of every item
    assert "ix_plan_item_by_title" in plan, plan


def test_the_sort_indexes_migrate_up_and_down_on_a_file_with_notes(tmp_path: Path) -> None:
    """Migration 0013 (and 0012 before it) on a file of revision 0011 that holds notes: the notes stay, the planner
    has statistics, the list sorted by status reads its index, and the downgrade takes the
    indexes away again."""
    from alembic import command
    from sqlalchemy import text

    from bnldesk.store import migrations
    from bnldesk.store.engine import make_engine

    def indexes() -> set[str]:
        with sqlite3.connect(path) as conn:
            rows = conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'annotation'"
            )
            return {row[0] for row in rows if row[0].startswith("ix_annotation_live_by_")}

    path = tmp_path / "old.db"
    engine = make_engine(path)
    migrations.upgrade(engine, "0011")
    with engine.begin() as conn:
        for number, status in enumerate(("open", "done", "in_progress", "open")):
            conn.execute(
                text(
                    "INSERT INTO annotation (uuid, created_at, updated_at, target_kind, "
                    "target_key, target_label, body, priority, status, position_text, "
                    "position_state, consult, visibility, author, delegation) VALUES (:uuid, "
                    "'2026-01-01', :updated, 'item', 'k', 'Een project', 'tekst', 0, :status, "
                    "'', 'none', '', 'private', 'A', 'NL')"
                ),
                {"uuid": f"u-{number}", "updated": f"2026-01-0{number + 1}", "status": status},
            )
    assert indexes() == set()
    migrations.upgrade(engine)
    assert len(indexes()) == 6
    with sqlite3.connect(path) as conn:  # the planner's statistics, taken by the migration
        analysed = conn.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'annotation'")
        assert analysed.fetchone()[0] > 0
    store = open_store(path, demo=False)
    try:
        with _statements(store) as seen, store.read() as session:
            rows = browse.fetch_notes(session, browse.BrowseFilter(), sort="status")
        assert [row.status for row in rows] == ["done", "in_progress", "open", "open"]
        assert [row.updated[:10] for row in rows[2:]] == ["2026-01-04", "2026-01-01"]
        assert "ix_annotation_live_by_status_up" in _plan(path, *_page_statement(seen))
    finally:
        store.close()
    with engine.connect() as conn:
        command.downgrade(migrations.alembic_config(conn), "0011")
        conn.commit()
    assert indexes() == set()
    engine.dispose()


LISTS = {
    "notes": (browse.fetch_notes, browse.count_notes, browse.NOTE_SORTS),
    "items": (browse.fetch_items, browse.count_items, browse.ITEM_SORTS),
}
FILTERS = {
    "all": browse.BrowseFilter(),
    "open notes": browse.BrowseFilter(status="open"),
    "new items": browse.BrowseFilter(kind="new"),
}


@pytest.mark.parametrize("mode", LISTS)
def test_a_page_read_from_the_end_is_that_page_of_the_whole_list(
    generated_store: Store, mode: str
) -> None:
    """Every page of every order, either way, with the list's length given (pages past the
    middle read backwards from the end): the same rows, in the same order, as the whole list
    read front to back in one statement, including a short last page."""
    fetch, count, sorts = LISTS[mode]
    with generated_store.read() as session:
        for name, within in FILTERS.items():
            total = count(session, within)
            assert total > 250, name
            for sort in sorts:
                for descending in (False, True):
                    whole = [
                        row.id
                        for row in fetch(
                            session, within, limit=total, sort=sort, descending=descending
                        )
                    ]
                    assert len(whole) == total
                    for offset in (0, 100, total // 2, total - 201, total - 100, total - 1):
                        page = fetch(
                            session,
                            within,
                            offset=offset,
                            limit=100,
                            sort=sort,
                            descending=descending,
                            total=total,
                        )
                        where = (name, sort, descending, offset)
                        assert [row.id for row in page] == whole[offset : offset + 100], where


@pytest.mark.parametrize("mode", LISTS)
def test_the_last_page_costs_what_the_first_costs(
    generated: Path, generated_store: Store, mode: str
) -> None:
    """Ctrl+End reads the last page from the end of the list: SQLite steps through about as
    many rows as for the first page, not through the whole list (it did: 20x as many steps
    here, a fifth of a second on 400,000 notes)."""
    fetch, count, _sorts = LISTS[mode]
    with generated_store.read() as session:
        total = count(session, browse.BrowseFilter())
    steps = {}
    for offset in (0, total - 200):
        with _statements(generated_store) as seen, generated_store.read() as session:
            fetch(session, browse.BrowseFilter(), offset=offset, limit=200, total=total)
        steps[offset] = _steps(generated, *_page_statement(seen))
    assert steps[total - 200] < 2 * steps[0], (total, steps)


def _search_steps(store: Store, within: browse.BrowseFilter | None) -> int:
    """SQLite's virtual-machine steps for the window's search of a common word (as
    :func:`_steps`), within ``within``, nothing kept from earlier searches."""
    from bnldesk.services.search import find
    from bnldesk.store import search
    from bnldesk.store.search_reader import reading

    search._ALLOWED.clear()  # as right after the filter changed
    with reading(store) as reader, counted_steps(reader.connection) as steps:  # type: ignore[union-attr]
        find(reader, "energie", limit=60, within=within, count=False)
    return steps[0]


def test_after_an_import_a_search_within_a_kind_looks_projects_up_by_their_key(
    generated: Path, tmp_path: Path
) -> None:
    """Without planner statistics (a delegate's file: bnldesk never ran ANALYZE) SQLite looked
    each note's project up by its kind, a fifth of every item per note: 100-200 s for one
    search within "Kind = objective" on the 4x database. An import takes the statistics; the
    search within the kind then costs about what the search alone costs."""
    from bnldesk.services.importer import import_file

    path = tmp_path / "delegate.db"
    shutil.copy(generated, path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE IF EXISTS sqlite_stat1")  # as every delegate's file was
    store = open_store(path, demo=False)
    try:
        import_file(store, ROOT / "tests" / "data" / "import" / "annual-plan-2025-en.txt")
        alone = _search_steps(store, None)
        within = _search_steps(store, browse.BrowseFilter(kind="objective"))
    finally:
        store.close()
    assert within < 5 * alone, (within, alone)

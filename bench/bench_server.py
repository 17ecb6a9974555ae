"""The big database on a PostgreSQL server: search and the notes list, against SQLite in the same run.

    .venv/bin/python bench/bench_server.py [--scale N] [--db PATH]  (builds bench/big.db if missing)

Starts a private PostgreSQL server in a temporary folder (tests/pg_server.py: Debian's
``postgresql`` package), sets a database up with ``server init``, copies bench/big.db into it
(every row, through the server's triggers, which mark each object for the search index; bnldesk
then indexes them as the administrator does after a bulk copy), then measures on both
databases, one after the other in this process:

* search p50/p95 over 100 queries of one or two words (whole words, and as-you-type prefixes);
* the notes list's first page (count and the first 200 rows, as the window asks for them), by
  target and with a tag;

on the server both as the tables' owner and as a delegate's role (row-level security applies),
and prints each as milliseconds and as a ratio server / file. Targets for the server (issue 16):
search p95 under 50 ms, the notes list's first page under 100 ms.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # pg_server

from sqlalchemy import MetaData, create_engine, insert, select, text

from bench.bench_store import percentile
from bench.make_big_db import WORDS, database_from_args
from bnldesk.store import browse
from bnldesk.store.backend import ServerAddress, parse_location
from bnldesk.store.engine import Store, open_store
from bnldesk.store.pg_index import index_pending
from bnldesk.store.search import search
from bnldesk.store.server_admin import add_delegate, init_server

CHUNK = 5000
SKIP_TABLES = {
    "alembic_version",
    "search_fts",
    "setting",
    "search_document",
    "search_private",
    "search_pending",
}


def copy_into_server(path: Path, address: ServerAddress) -> dict[str, int]:
    """Every row of the file's bnldesk tables into the server's, parents first, keeping ids,
    times and authors (a sync transaction); returns the rows copied per table."""
    source = create_engine(f"sqlite:///{path}")
    target = create_engine(address.url)
    tables = MetaData()
    tables.reflect(target)
    copied: dict[str, int] = {}
    try:
        with source.connect() as src, target.begin() as dst:
            dst.execute(text("SELECT set_config('bnldesk.sync', 'on', true)"))
            for table in tables.sorted_tables:
                if table.name in SKIP_TABLES:  # the search tables are filled by triggers
                    continue
                names = [c.name for c in table.columns]
                available = {
                    r[1] for r in src.exec_driver_sql(f'PRAGMA table_info("{table.name}")')
                }
                columns = [n for n in names if n in available]
                if not columns:  # a table the file does not have
                    continue
                result = src.execute(
                    select(*(text(f'"{n}"') for n in columns)).select_from(text(f'"{table.name}"'))
                )
                count = 0
                while rows := result.fetchmany(CHUNK):
                    dst.execute(insert(table), [dict(zip(columns, r, strict=True)) for r in rows])
                    count += len(rows)
                copied[table.name] = count
                if "id" in names and count:
                    dst.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"(SELECT max(id) FROM {table.name}))"
                        )
                    )
        with target.begin() as conn:
            # Private notes belong to twenty delegates (a copy made by one role owns them all,
            # which no server has): owners written as they are, triggers off for this.
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            conn.execute(
                text(
                    "UPDATE annotation SET owner = 'delegate_' || (id % 20) "
                    "WHERE visibility = 'private'"
                )
            )
            conn.execute(
                text(
                    "UPDATE search_pending p SET owner = a.owner FROM annotation a "
                    f"WHERE p.rowid = {7 * 2**32} + a.id AND a.visibility = 'private'"
                )
            )
        with target.begin() as conn:
            started = time.perf_counter()
            indexed = index_pending(conn)
            print(f"indexed {indexed:,} objects in {time.perf_counter() - started:.0f} s")
        with target.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
    finally:
        source.dispose()
        target.dispose()
    return copied


def timed(runs: list[Callable[[], object]]) -> list[float]:
    out = []
    for run in runs:
        started = time.perf_counter()
        run()
        out.append((time.perf_counter() - started) * 1000)
    return out


def measure(store: Store, queries: list[str]) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {}
    with store.read() as s:
        search(s, "warm up", limit=50)
        results["search, whole words"] = timed(
            [lambda q=q: search(s, q, limit=50) for q in queries]
        )
        results["search as you type (prefix)"] = timed(
            [lambda q=q: search(s, q[: max(3, len(q) - 2)], limit=50, prefix=True) for q in queries]
        )
        first_page = browse.BrowseFilter()

        def notes_page() -> None:
            browse.count_notes(s, first_page)
            browse.fetch_notes(s, first_page, offset=0, limit=200)

        results["notes list, first page (count + 200 rows)"] = timed([notes_page] * 20)
        results["notes list by target, first page"] = timed(
            [lambda: browse.fetch_notes(s, first_page, limit=200, sort="target")] * 20
        )
        tag = (browse.all_tags(s) or [""])[0]
        tagged = browse.BrowseFilter(tag=tag)
        results["notes with one tag, first page"] = timed(
            [lambda: browse.fetch_notes(s, tagged, offset=0, limit=200)] * 20
        )
    return results


def main() -> int:
    import pg_server

    path, _scale = database_from_args(__doc__.splitlines()[0])
    server = pg_server.start()
    try:
        server.create_database("bnldesk_big")
        address = parse_location(server.admin_url("bnldesk_big"))
        assert isinstance(address, ServerAddress)
        init_server(address)
        open_store(path).close()  # a big.db made by an older bnldesk is brought to the head first
        started = time.perf_counter()
        copied = copy_into_server(path, address)
        print(
            f"copied {sum(copied.values()):,} rows into the server in "
            f"{time.perf_counter() - started:.0f} s "
            f"({copied.get('annotation', 0):,} notes, {copied.get('plan_item', 0):,} items)"
        )
        rng = random.Random(7)
        queries = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 2))) for _ in range(100)
        ]
        add_delegate(address, "delegate_3", "bench-secret")  # owns 1/20 of the private notes
        as_delegate = server.url("delegate_3", "bnldesk_big", password="bench-secret")
        stores = [open_store(path), open_store(address), open_store(as_delegate)]
        try:
            file_results, server_results, delegate_results = (
                measure(store, queries) for store in stores
            )
        finally:
            for store in stores:
                store.close()
    finally:
        server.stop()
    targets = {
        "search, whole words": "p95 < 50 ms",
        "search as you type (prefix)": "p95 < 50 ms",
        "notes list, first page (count + 200 rows)": "p95 < 100 ms",
    }
    width = max(len(name) for name in file_results)
    print(
        f"{'benchmark (p50 / p95, ms)':<{width}}  {'SQLite file':>13}  {'server, owner':>13}  "
        f"{'ratio':>5}  {'server, delegate':>16}  {'ratio':>5}  target (server)"
    )
    print("-" * (width + 90))
    for name, file_times in file_results.items():
        f50, f95 = percentile(file_times, 50), percentile(file_times, 95)
        cells = [f"{f50:6.1f} /{f95:6.1f}"]
        for other in (server_results[name], delegate_results[name]):
            o50, o95 = percentile(other, 50), percentile(other, 95)
            ratio = o95 / f95 if f95 else float("nan")
            cells.append(f"{o50:6.1f} /{o95:6.1f}  {ratio:5.2f}")
        print(
            f"{name:<{width}}  {cells[0]:>13}  {cells[1]:>20}  {cells[2]:>23}  {targets.get(name, '')}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A writer or importer killed with SIGKILL mid-work loses no committed note and no integrity.

The kill points are chosen from what the victim reports (see tests/crash_rounds.py), so the same
rounds run on any machine, however loaded: every round lets work commit and then kills the victim
in the middle of more.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from crash_rounds import PLAN_COUNTS, CrashDriver

from bnldesk.store.engine import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL are POSIX")

ROUNDS = 50


def _count(db: Path, sql: str) -> tuple[int, ...]:
    conn = sqlite3.connect(db)
    try:
        return tuple(conn.execute(sql).fetchone())
    finally:
        conn.close()


def _reference_counts(db: Path, document: Path) -> tuple[int, ...]:
    from bnldesk.services.importer import import_file

    store = open_store(db, demo=False)
    try:
        import_file(store, document)
    finally:
        store.close()
    return _count(db, PLAN_COUNTS)


@pytest.mark.slow
def test_sigkill_during_writes_loses_nothing_committed(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "crash.db"
    open_store(db, demo=False).close()
    document = seeds_dir / "jaarplan-2013.txt"
    reference = _reference_counts(tmp_path / "reference.db", document)
    assert reference[0] == 1 and reference[3] > 20  # a real plan, with its items
    driver = CrashDriver(db, seed=20261122)
    notes_expected = 0
    kills = {"stopped before COMMIT": 0, "stopped after adding": 0, "running": 0, "mid-import": 0}
    imported = 0
    imports = tmp_path / "imports"
    imports.mkdir()
    try:
        for n in range(ROUNDS):
            if n % 5 == 4:  # every fifth round kills an import of a real document
                finish = (n // 5) % 3  # after 0, 1 or 2 completed imports
                imp = driver.import_round(n, document, imports, finish=finish)
                assert not imp.problems, f"round {n}: {imp.problems}"
                assert len(imp.reported) >= finish, f"round {n}: {imp.killed_at}"
                for path in imp.reported:
                    assert imp.counts[path] == reference, f"round {n}: {path.name} incomplete"
                for path, counts in imp.counts.items():
                    # The plan is there completely or not at all: nothing half-imported.
                    assert counts in ((), (0, 0, 0, 0), reference), f"{path.name}: {counts}"
                imported += len(imp.reported)
                kills["mid-import"] += len(imp.counts) > len(imp.reported)
                continue
            result = driver.round(n)
            assert result.plan is not None
            assert result.integrity == "ok", f"round {n}: {result.integrity}"
            assert not result.missing, f"round {n}: committed notes missing {result.missing}"
            assert not result.torn_batches, f"round {n}: partial batches {result.torn_batches}"
            written = len(result.committed) + sum(result.batches.values())
            assert written > 0, f"round {n}: nothing committed before {result.killed_at}"
            notes_expected += written
            (notes_now,) = _count(db, "SELECT count(*) FROM annotation")
            if result.plan.stopped:
                # Killed at a known point: exactly the reported commits are there, and the
                # notes of the transaction it was in the middle of are not.
                assert notes_now == notes_expected, f"round {n}: {result.killed_at}"
                if result.killed_at.endswith(" commit"):
                    kills["stopped before COMMIT"] += 1
                else:
                    kills["stopped after adding"] += 1
            else:
                # Killed while running on: at most one more transaction committed unreported.
                assert notes_now >= notes_expected, f"round {n}: {result.killed_at}"
                notes_expected = notes_now
                kills["running"] += 1
    finally:
        driver.close()
    assert notes_expected > ROUNDS  # the writer really wrote between the kills
    assert imported > 0  # some imports completed before their importer was killed
    assert all(kills.values()), kills  # every kind of kill happened

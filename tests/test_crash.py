"""A writer killed with SIGKILL at random moments loses no committed note and no integrity."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from bnldesk.store.engine import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL are POSIX")

ROUNDS = 50


def _reference_counts(db: Path, document: Path) -> tuple[int, ...]:
    from bnldesk.services.importer import import_file

    store = open_store(db, demo=False)
    try:
        import_file(store, document)
    finally:
        store.close()
    conn = sqlite3.connect(db)
    try:
        return tuple(
            conn.execute(
                "SELECT (SELECT count(*) FROM plan), (SELECT count(*) FROM chapter),"
                " (SELECT count(*) FROM section), (SELECT count(*) FROM plan_item)"
            ).fetchone()
        )
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_during_writes_loses_nothing_committed(tmp_path: Path, seeds_dir: Path) -> None:
    from tests.crash_rounds import CrashDriver

    db = tmp_path / "crash.db"
    open_store(db, demo=False).close()
    document = seeds_dir / "jaarplan-2013.txt"
    reference = _reference_counts(tmp_path / "reference.db", document)
    driver = CrashDriver(db, seed=20261122)
    total = 0
    imported = 0
    imports = tmp_path / "imports"
    imports.mkdir()
    try:
        for n in range(ROUNDS):
            if n % 5 == 4:  # every fifth round kills an import of a real document
                imp = driver.import_round(n, document, imports)
                assert not imp.problems, f"round {n}: {imp.problems}"
                for path in imp.reported:
                    assert imp.counts[path] == reference, f"round {n}: {path.name} incomplete"
                for path, counts in imp.counts.items():
                    # The plan is there completely or not at all: nothing half-imported.
                    assert counts in ((), (0, 0, 0, 0), reference), f"{path.name}: {counts}"
                imported += len(imp.reported)
                continue
            result = driver.round(n)
            total += len(result.committed) + sum(result.batches.values())
            assert result.integrity == "ok", f"round {n}: {result.integrity}"
            assert not result.missing, f"round {n}: committed notes missing {result.missing}"
            assert not result.torn_batches, f"round {n}: partial batches {result.torn_batches}"
    finally:
        driver.close()
    assert total > ROUNDS  # the writer really wrote between the kills
    assert imported > 0  # and some imports completed between the kills

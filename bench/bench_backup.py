"""Backup benchmarks: bnldesk's checked backup against SQLite's plain backup API, the cost of a
skipped (unchanged) backup, and how long a query waits while a backup runs beside it.

    .venv/bin/python bench/bench_backup.py [--db PATH]   (default: bench/big.db, built if missing)

Every figure is a ratio to a baseline measured in the same run:

* ``sqlite3.Connection.backup`` in one step into a new file (baseline) against
  ``backup_database`` (page steps from one snapshot, ``quick_check``, fsync, rename, thinning);
* the fingerprint that decides a backup is not needed, against the baseline copy;
* a small query's latency on another connection while a backup copies, against the same query
  with no backup running (the database worker's situation since backups run beside it).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.make_big_db import DEFAULT_OUT
from bnldesk.services import backup

QUERY = "SELECT count(*) FROM annotation WHERE deleted_at IS NULL AND priority >= 2"


def plain_backup(source: Path, target: Path) -> float:
    started = time.perf_counter()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    return time.perf_counter() - started


def query_times(db: Path, stop: threading.Event, out: list[float]) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        while not stop.is_set():
            started = time.perf_counter()
            conn.execute(QUERY).fetchone()
            out.append(time.perf_counter() - started)
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    if not args.db.exists():
        subprocess.check_call([sys.executable, str(Path(__file__).parent / "make_big_db.py")])
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bnldesk.db"
        shutil.copy(args.db, db)
        size_mb = db.stat().st_size / 2**20
        baseline = statistics.median(
            plain_backup(db, Path(tmp) / f"plain-{i}.db") for i in range(3)
        )
        ours = []
        for i in range(3):
            started = time.perf_counter()
            backup.backup_database(db, f"bench-{i}", force=True)
            ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        skipped = backup.backup_database(db, "bench-skip")
        skip_time = time.perf_counter() - started
        assert skipped == backup.list_backups(db)[0].path

        idle: list[float] = []
        stop = threading.Event()
        reader = threading.Thread(target=query_times, args=(db, stop, idle))
        reader.start()
        time.sleep(1.0)
        stop.set()
        reader.join()
        during: list[float] = []
        stop = threading.Event()
        reader = threading.Thread(target=query_times, args=(db, stop, during))
        reader.start()
        backup.backup_database(db, "bench-during", force=True)
        stop.set()
        reader.join()

    p95 = lambda values: sorted(values)[int(0.95 * (len(values) - 1))]  # noqa: E731
    rows = [
        ("database", f"{size_mb:.0f} MB", ""),
        ("plain backup API, one step (baseline)", f"{baseline:.2f} s", "1.00x"),
        (
            "backup_database (steps, check, fsync)",
            f"{statistics.median(ours):.2f} s",
            f"{statistics.median(ours) / baseline:.2f}x",
        ),
        (
            "backup skipped, nothing changed",
            f"{skip_time * 1000:.0f} ms",
            f"{skip_time / baseline:.3f}x",
        ),
        ("query p95, no backup running", f"{p95(idle) * 1000:.1f} ms", "1.00x"),
        (
            "query behind a backup on the worker (before)",
            f"{(statistics.median(ours) + p95(idle)) * 1000:.0f} ms",
            f"{(statistics.median(ours) + p95(idle)) / p95(idle):.2f}x",
        ),
        (
            "query p95 while a backup copies beside it",
            f"{p95(during) * 1000:.1f} ms",
            f"{p95(during) / p95(idle):.2f}x",
        ),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, ratio in rows:
        print(f"{name.ljust(width)}  {value:>10}  {ratio:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

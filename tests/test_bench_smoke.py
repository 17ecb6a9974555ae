"""Every benchmark script in bench/ runs to its table on a small database, so that a change
which breaks a bench fails here rather than on the day its figures are needed.

The database is bench/make_big_db.py's at scale 0.01 (one plan, 21 workgroups, 1,000 notes);
each script runs in its own interpreter with the options that keep it short. Nothing is timed:
a bench passes when it exits 0 and prints its table.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"

pytestmark = pytest.mark.slow

# Script -> (its arguments, with {db} for a copy of the small database; a line of its table).
RUNS: dict[str, tuple[list[str], str]] = {
    "bench_backup.py": (["--db", "{db}"], "backup skipped, nothing changed"),
    "bench_crash.py": (["12"], "rounds"),
    "bench_desktop.py": (["--db", "{db}"], "agenda_choices"),
    "bench_exports.py": (
        ["--workgroups", "100", "--notes", "50", "--brief-notes", "10", "--big", "{db}"],
        "resident memory growth",
    ),
    "bench_gui.py": (["--db", "{db}"], "longest GUI-thread stall while typing"),
    "bench_import.py": (["--repeat", "1", "--pages", "3", "--cases", "1"], "slowest import"),
    "bench_import_words.py": (["--limit", "1"], "total"),
    "bench_server.py": (["--db", "{db}"], "search, whole words"),
    "bench_stalls.py": (
        ["--db", "{db}", "--pages", "3", "--sample"],
        "while it runs, longest GUI stall",
    ),
    "bench_startup.py": (["--cli"], "list workgroups --json"),
    "bench_store.py": (["--db", "{db}"], "list workgroups --json"),
}


@pytest.fixture(scope="module")
def small_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "small.db"
    subprocess.run(
        [sys.executable, str(BENCH / "make_big_db.py"), "--scale", "0.01", "--out", str(path)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return path


def test_every_bench_script_has_a_smoke_run() -> None:
    assert {p.name for p in BENCH.glob("bench_*.py")} == set(RUNS)


@pytest.mark.parametrize("script", sorted(RUNS))
def test_bench_runs_on_a_small_database(script: str, small_database: Path, tmp_path: Path) -> None:
    arguments, expected = RUNS[script]
    copy = tmp_path / "bench.db"
    shutil.copy(small_database, copy)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(BENCH / script), *(a.format(db=copy) for a in arguments)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=900,
    )
    assert done.returncode == 0, f"{script} exited {done.returncode}:\n{done.stderr[-3000:]}"
    assert expected in done.stdout, done.stdout[-3000:]

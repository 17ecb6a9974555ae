"""bench/make_big_db.py's database for tests: the benchmark's file at a small scale, built by
the script itself (as a delegate's file would be: migrations, search index triggers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_bench_database(path: Path, scale: float, *, timeout: float = 600) -> Path:
    """Write make_big_db.py's database at ``scale`` (0.02: 2,000 notes, 2,592 plan items,
    160 open actions due in 2024-2025) to ``path``, within ``timeout`` seconds; returns
    ``path``. Raises ``subprocess.CalledProcessError`` when the script fails."""
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "make_big_db.py"),
            "--scale",
            str(scale),
            "--out",
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=timeout,
    )
    return path

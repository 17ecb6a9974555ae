"""Other programs on a test's database file: real processes, as a delegate's command line or
another tool runs beside the window (a second process holds its own locks, which is what
tests of a window's hold on its file need)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_bnldesk(
    db: Path, *args: str, home: Path | None = None, env: dict[str, str] | None = None
) -> str:
    """``bnldesk --db db ARGS`` in a process of its own (with ``home`` as HOME and ``env``
    added to the environment, if given); its standard output. Fails the test with its error
    output when it does not succeed."""
    env = {**os.environ, **(env or {}), **({"HOME": str(home)} if home is not None else {})}
    done = subprocess.run(
        [sys.executable, "-m", "bnldesk", "--db", str(db), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def sqlite_answer(db: Path, sql: str) -> str:
    """The first row of ``sql`` as a plain ``sqlite3`` program reads it (its ``repr``), then
    closes the file: the last program to close it deletes a write-ahead log nobody holds."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "print(repr(c.execute(sys.argv[2]).fetchone())); c.close()",
            str(db),
            sql,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def deleted_files_of(db: Path) -> list[str]:
    """This process's descriptors of ``db``, its -wal or -shm whose file was deleted (Linux:
    ``/proc/self/fd``, what ``ls -l /proc/PID/fd`` shows as ``(deleted)``)."""
    found = []
    for entry in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{entry}")
        except OSError:  # closed meanwhile
            continue
        if target.startswith(str(db)) and target.endswith("(deleted)"):
            found.append(target)
    return found

"""Driving the crash helper: shared by tests/test_crash.py and bench/bench_crash.py."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HELPER = Path(__file__).with_name("crash_helper.py")
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class RoundResult:
    committed: list[str] = field(default_factory=list)
    batches: dict[str, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    torn_batches: list[str] = field(default_factory=list)
    integrity: str = ""

    @property
    def ok(self) -> bool:
        return not self.missing and not self.torn_batches and self.integrity == "ok"


@dataclass
class ImportRoundResult:
    reported: list[Path] = field(default_factory=list)
    counts: dict[Path, tuple[int, ...]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


class CrashDriver:
    """One helper process; :meth:`round` forks a writer, kills it, and checks the database."""

    def __init__(self, db: Path, seed: int = 0) -> None:
        self.db = db
        self.rnd = random.Random(seed)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, str(HELPER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )

    def _send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((line + "\n").encode())
        self.proc.stdin.flush()

    def _line(self) -> str:
        assert self.proc.stdout is not None
        raw = self.proc.stdout.readline()
        if not raw:
            raise RuntimeError("the crash helper died")
        return raw.decode().strip()

    def round(self, n: int, min_ms: int = 20, max_ms: int = 200) -> RoundResult:
        self._send(f"run {self.db} {n}")
        result = RoundResult()
        pid, lines = self._started()
        time.sleep(self.rnd.uniform(min_ms, max_ms) / 1000)  # a random moment, not a timing test
        os.kill(pid, signal.SIGKILL)
        self._send(f"reap {pid}")
        while (line := self._line()) != "reaped":
            lines.append(line)
        for line in lines:
            parts = line.split()
            if parts[0] == "ok":
                result.committed.append(parts[1])
            elif parts[0] == "batch":
                result.batches[parts[1]] = int(parts[2])
        self._verify(result)
        return result

    def import_round(self, n: int, document: Path, folder: Path) -> ImportRoundResult:
        """Kill an importer at a random moment; every database must be whole, every plan
        complete or absent, every reported import present."""
        self._send(f"import {folder} {n} {document}")
        pid, lines = self._started()
        time.sleep(self.rnd.uniform(20, 900) / 1000)
        os.kill(pid, signal.SIGKILL)
        self._send(f"reap {pid}")
        while (line := self._line()) != "reaped":
            lines.append(line)
        result = ImportRoundResult()
        result.reported = [Path(x.split(maxsplit=1)[1]) for x in lines if x.startswith("imported ")]
        for db in sorted(folder.glob(f"imp-{n}-*.db")):
            conn = sqlite3.connect(db)
            try:
                check = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
                if check != "ok":
                    result.problems.append(f"{db.name}: {check}")
                    continue
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                counts: tuple[int, ...] = ()
                if "plan" in tables:
                    counts = tuple(
                        conn.execute(
                            "SELECT (SELECT count(*) FROM plan), (SELECT count(*) FROM chapter),"
                            " (SELECT count(*) FROM section), (SELECT count(*) FROM plan_item)"
                        ).fetchone()
                    )
                result.counts[db] = counts
            finally:
                conn.close()
        return result

    def _started(self) -> tuple[int, list[str]]:
        """Wait for both the writer's pid (from the helper) and its "ready" (either order)."""
        pid = 0
        ready = False
        lines: list[str] = []
        while not (pid and ready):
            line = self._line()
            if line.startswith("pid "):
                pid = int(line.split()[1])
            elif line == "ready":
                ready = True
            else:
                lines.append(line)
        if pid <= 0:  # never signal 0 or a negative pid (a whole process group)
            raise RuntimeError(f"bad writer pid {pid}")
        return pid, lines

    def _verify(self, result: RoundResult) -> None:
        conn = sqlite3.connect(self.db)
        try:
            result.integrity = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
            present = {r[0] for r in conn.execute("SELECT uuid FROM annotation")}
            result.missing = [u for u in result.committed if u not in present]
            counts = dict(
                conn.execute(
                    "SELECT t.name, count(*) FROM tag t JOIN annotation_tag at "
                    "ON at.tag_id = t.id WHERE t.name LIKE 'b%' GROUP BY t.name"
                ).fetchall()
            )
            result.torn_batches = [b for b, n in result.batches.items() if counts.get(b) != n]
            # A batch that was never reported must be absent or complete, never partial.
            for name, count in counts.items():
                if name not in result.batches and count not in (0,):
                    size = conn.execute(
                        "SELECT count(*) FROM annotation WHERE body LIKE ? || ' %'", (name,)
                    ).fetchone()[0]
                    if size != count:
                        result.torn_batches.append(name)
        finally:
            conn.close()

    def close(self) -> None:
        try:
            self._send("quit")
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        finally:
            for pipe in (self.proc.stdin, self.proc.stdout):
                if pipe is not None:
                    pipe.close()

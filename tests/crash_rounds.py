"""Driving the crash helper: shared by tests/test_crash.py and bench/bench_crash.py.

Each round forks a victim (a writer of notes, or an importer of a real document) and SIGKILLs it
at a point chosen from what the victim reports, never after a sleep, so the same rounds happen on
a fast laptop and on a loaded two-core CI machine:

- in a *stop* round the victim halts itself (SIGSTOP) right after reporting the chosen point (in
  an open transaction after adding a note, just before COMMIT, right after a progress report of
  the importer) and is killed there;
- in a *running* round the driver kills the victim as soon as it reads the chosen point, while
  the victim writes on, so the kill lands somewhere in the work that follows (inside COMMIT
  included), wherever the machine's speed puts it.

The chosen point always comes after at least one committed transaction (writer) or after the
number of completed imports the round asked for, so every round both lets work finish and kills
a process in the middle of more.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HELPER = Path(__file__).with_name("crash_helper.py")
ROOT = Path(__file__).resolve().parents[1]

# A guard against a hung helper, not a measure of speed: a wait this long fails the test with
# what it was waiting for.
HANG_SECONDS = 300.0
# Points a writer reports: "add" per note (inside the transaction) and "commit" per transaction.
# Point 3 is the first after the first transaction committed (add, commit, then the next add).
WRITER_POINTS = (3, 150)
# An import of a plain-text plan reports at least 7 points (copied, 4 progress, commit, done);
# a kill at 1..7 lands anywhere from the copied file to the report after COMMIT.
IMPORT_POINTS = (1, 7)


class CrashHelperError(RuntimeError):
    """The helper or a victim failed, or a wait ran past :data:`HANG_SECONDS`."""


@dataclass(frozen=True)
class KillPlan:
    """Where a round kills its victim: at reported point ``point`` (counted within import number
    ``after_imports`` for an importer), with the victim ``stopped`` there or still running."""

    point: int
    stopped: bool
    after_imports: int = 0

    def describe(self) -> str:
        how = "stopped at" if self.stopped else "running past"
        return f"{how} point {self.point}" + (
            f" of import {self.after_imports + 1}" if self.after_imports else ""
        )


@dataclass
class RoundResult:
    plan: KillPlan | None = None
    killed_at: str = ""
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
    plan: KillPlan | None = None
    killed_at: str = ""
    reported: list[Path] = field(default_factory=list)
    counts: dict[Path, tuple[int, ...]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


PLAN_COUNTS = (
    "SELECT (SELECT count(*) FROM plan), (SELECT count(*) FROM chapter),"
    " (SELECT count(*) FROM section), (SELECT count(*) FROM plan_item)"
)


class CrashDriver:
    """One helper process; :meth:`round` and :meth:`import_round` fork a victim, kill it at a
    reported point, and check the database(s) it was writing."""

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
        assert self.proc.stdout is not None
        self._fd = self.proc.stdout.fileno()
        self._buffer = b""

    # -- talking to the helper ---------------------------------------------------------------

    def _send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((line + "\n").encode())
        self.proc.stdin.flush()

    def _line(self, waiting_for: str) -> str:
        deadline = time.monotonic() + HANG_SECONDS
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            readable, _, _ = select.select([self._fd], [], [], max(left, 0))
            if not readable:
                raise CrashHelperError(
                    f"no line from the crash helper while waiting for {waiting_for}"
                )
            chunk = os.read(self._fd, 65536)
            if not chunk:
                raise CrashHelperError(f"the crash helper died while waiting for {waiting_for}")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\n", 1)
        line = raw.decode().strip()
        if line.startswith("error "):
            raise CrashHelperError(f"the victim failed: {line[6:]}")
        return line

    def _started(self) -> tuple[int, list[str]]:
        """Wait for both the victim's pid (from the helper) and its "ready" (either order)."""
        pid = 0
        ready = False
        lines: list[str] = []
        while not (pid and ready):
            line = self._line("the victim to start")
            if line.startswith("pid "):
                pid = int(line.split()[1])
            elif line == "ready":
                ready = True
            else:
                lines.append(line)
        if pid <= 0:  # never signal 0 or a negative pid (a whole process group)
            raise CrashHelperError(f"bad victim pid {pid}")
        return pid, lines

    def _kill_at(self, pid: int, plan: KillPlan, lines: list[str]) -> str:
        """Read the victim's lines until its chosen point, SIGKILL it there, reap it; every line
        it wrote is appended to ``lines``. Returns the point it was killed at."""
        imports_done = 0
        killed_at = ""
        while not killed_at:
            line = self._line(f"point {plan.point} ({plan.describe()})")
            lines.append(line)
            if line.startswith("imported "):
                imports_done += 1
            elif line.startswith("point ") and imports_done == plan.after_imports:
                number = int(line.split()[1])
                if number == plan.point:
                    killed_at = line
        if plan.stopped:
            while (line := self._line("the victim to stop")) != "stopped":
                lines.append(line)
        os.kill(pid, signal.SIGKILL)
        self._send(f"reap {pid}")
        while (line := self._line("the killed victim to be reaped")) != "reaped":
            lines.append(line)
        return killed_at

    # -- rounds ------------------------------------------------------------------------------

    def round(self, n: int) -> RoundResult:
        """Kill a writer of notes at a reported point after its first commit; check ``self.db``."""
        plan = KillPlan(point=self.rnd.randint(*WRITER_POINTS), stopped=self.rnd.random() < 0.5)
        self._send(f"run {self.db} {n} {plan.point if plan.stopped else 0}")
        result = RoundResult(plan=plan)
        pid, lines = self._started()
        result.killed_at = self._kill_at(pid, plan, lines)
        for line in lines:
            parts = line.split()
            if parts[0] == "ok":
                result.committed.append(parts[1])
            elif parts[0] == "batch":
                result.batches[parts[1]] = int(parts[2])
        self._verify(result)
        return result

    def import_round(
        self, n: int, document: Path, folder: Path, *, finish: int | None = None
    ) -> ImportRoundResult:
        """Let ``finish`` imports of ``document`` complete (random 0-2 when None), then kill the
        importer at a reported point of the next one. Every database must be whole, every plan
        complete or absent, every reported import present."""
        if finish is None:
            finish = self.rnd.randint(0, 2)
        plan = KillPlan(
            point=self.rnd.randint(*IMPORT_POINTS),
            stopped=self.rnd.random() < 0.5,
            after_imports=finish,
        )
        stop_at = plan.point if plan.stopped else 0
        self._send(f"import {folder} {n} {document} {plan.after_imports} {stop_at}")
        result = ImportRoundResult(plan=plan)
        pid, lines = self._started()
        result.killed_at = self._kill_at(pid, plan, lines)
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
                    counts = tuple(conn.execute(PLAN_COUNTS).fetchone())
                result.counts[db] = counts
            finally:
                conn.close()
        return result

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
            self.proc.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        finally:
            for pipe in (self.proc.stdin, self.proc.stdout):
                if pipe is not None:
                    pipe.close()

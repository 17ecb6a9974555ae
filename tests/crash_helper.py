"""The victim the crash tests kill with SIGKILL (POSIX only).

Run as a long-lived helper: it imports bnldesk once, then for each command forks a fresh
single-threaded victim (no re-import, so a round takes milliseconds, not a second):

``run DB SEED STOP_AT``
    a writer of notes. After each note it adds *inside* an open transaction it reports
    ``point add``; just before SQLite's COMMIT (SQLAlchemy's ``commit`` event: where the write-ahead
    log is written) ``point commit``; after each committed single note ``ok UUID`` and after each
    committed transaction of N notes ``batch ID N``.
``import FOLDER SEED DOC AFTER STOP_AT``
    imports a real document into one new database after another: ``point copied`` once the
    fresh database is in place, ``point progress F`` for each progress report of the importer
    (0.9 is inside its transaction), ``point commit`` before the COMMIT and ``imported PATH`` once
    the import is committed. Its points are numbered afresh for each import, and ``STOP_AT``
    applies to the import that starts after ``AFTER`` imports were completed.
``reap PID``
    waits for the killed victim and answers ``reaped``.

Every ``point`` line is numbered from 1 (``point 7 commit``). With ``STOP_AT`` > 0 the victim stops
itself (SIGSTOP) right after reporting point number ``STOP_AT`` and says ``stopped``, so the
driver's SIGKILL lands exactly there however fast or slow the machine is; with ``STOP_AT`` 0 it
never stops and the driver kills it while it runs on. A victim that fails says ``error ...``.
All lines go out with one ``os.write`` each (shorter than PIPE_BUF, so a kill never leaves half a
line).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sys
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import event

from bnldesk.domain.models import TargetKind
from bnldesk.services.annotations import NoteFields, Target, add_annotation
from bnldesk.store.engine import Store, open_store


def _say(line: str) -> None:
    os.write(1, (line[:500] + "\n").encode())


class Points:
    """Numbers the victim's report points and stops the victim at the chosen one."""

    def __init__(self, stop_at: int, in_part: int = 0) -> None:
        self.stop_at = stop_at
        self.in_part = in_part
        self.part = 0
        self.count = 0

    def next_part(self) -> None:
        """Number the points afresh (the importer's next document)."""
        self.part += 1
        self.count = 0

    def __call__(self, what: str) -> None:
        self.count += 1
        _say(f"point {self.count} {what}")
        if self.part == self.in_part and self.count == self.stop_at:
            _say("stopped")
            os.kill(os.getpid(), signal.SIGSTOP)  # the driver's SIGKILL ends us here

    def watch_commits(self, store: Store) -> None:
        event.listen(store.engine, "commit", lambda _connection: self("commit"))


def writer(db: str, seed: int, point: Points) -> None:
    rnd = random.Random(seed)
    store = open_store(db, demo=False)
    point.watch_commits(store)
    target = Target(TargetKind.WORKGROUP, "wg:CRASH", None, "Crash test", None)
    _say("ready")
    n = 0
    while True:
        n += 1
        if n % 7 == 0:
            batch = f"b{seed}-{n}"
            size = rnd.randint(5, 60)
            with store.transaction() as s:
                for i in range(size):
                    add_annotation(
                        s,
                        target,
                        NoteFields(body=f"{batch} {i} " + "w" * rnd.randint(0, 1500), tags=[batch]),
                    )
                    point("add")
            _say(f"batch {batch} {size}")
        else:
            note_uuid = str(uuid.uuid4())
            with store.transaction() as s:
                add_annotation(
                    s,
                    target,
                    NoteFields(body="x" * rnd.randint(0, 6000), tags=["single"]),
                    uuid=note_uuid,
                )
                point("add")
            _say(f"ok {note_uuid}")


def importer(folder: str, seed: int, document: str, point: Points) -> None:
    """Import ``document`` into one new database after another, reporting each commit."""
    from bnldesk.services.importer import import_file

    # Each import goes into a new, already migrated database (copied under a temporary name
    # and renamed, so a kill during the copy leaves no half file under the final name).
    template = Path(folder) / f".template-{seed}.db"
    open_store(template, demo=False).close()
    _say("ready")
    n = 0
    while True:
        path = Path(folder) / f"imp-{seed}-{n}.db"
        tmp = path.with_name(f".{path.name}.tmp")
        shutil.copyfile(template, tmp)
        os.replace(tmp, path)
        point("copied")
        store = open_store(path, demo=False)
        point.watch_commits(store)
        import_file(store, document, progress=lambda fraction, _msg: point(f"progress {fraction}"))
        store.close()
        _say(f"imported {path}")
        point.next_part()
        n += 1


def _fork(victim: Callable[..., None], *args: object) -> None:
    pid = os.fork()
    if pid == 0:
        try:
            victim(*args)
        except BaseException as exc:  # tell the driver, which would otherwise wait for a line
            _say(f"error {type(exc).__name__}: {exc} | {traceback.format_exc(limit=3)!r}")
        finally:
            os._exit(1)
    _say(f"pid {pid}")


def main() -> None:
    # Warm what every victim needs (the migration scripts), so each fork starts writing at once.
    from bnldesk.store import migrations

    migrations.head_revision()
    import bnldesk.services.importer  # noqa: F401

    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "run":
            db, seed, stop_at = parts[1], int(parts[2]), int(parts[3])
            _fork(writer, db, seed, Points(stop_at))
        elif parts[0] == "import":
            folder, seed, document = parts[1], int(parts[2]), parts[3]
            after, stop_at = int(parts[4]), int(parts[5])
            _fork(importer, folder, seed, document, Points(stop_at, in_part=after))
        elif parts[0] == "reap":
            os.waitpid(int(parts[1]), 0)
            _say("reaped")
        elif parts[0] == "quit":
            return


if __name__ == "__main__":
    main()

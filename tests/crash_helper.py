"""A writer that the crash test kills with SIGKILL at random moments (POSIX only).

Run as a long-lived helper: it imports bnldesk once, then on each ``run DB SEED`` line forks a
fresh single-threaded writer (no re-import, so a round takes milliseconds, not a second). The
writer prints ``ready``, then ``ok UUID`` after each committed note and ``batch ID N`` after
each committed transaction of N notes. ``import FOLDER SEED DOC`` instead imports a real
document into one new database after another and prints ``imported PATH`` after each commit. All lines go out
with one ``os.write`` each (shorter than PIPE_BUF, so a kill never leaves half a line).
``reap PID`` waits for the killed writer and answers ``reaped``.
"""

from __future__ import annotations

import os
import random
import sys
import uuid
from pathlib import Path

from bnldesk.domain.models import TargetKind
from bnldesk.services.annotations import NoteFields, Target, add_annotation
from bnldesk.store.engine import open_store


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def writer(db: str, seed: int) -> None:
    rnd = random.Random(seed)
    store = open_store(db, demo=False)
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
            _say(f"ok {note_uuid}")


def importer(folder: str, seed: int, document: str) -> None:
    """Import ``document`` into one new database after another, reporting each commit."""
    import shutil

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
        store = open_store(path, demo=False)
        import_file(store, document)
        store.close()
        _say(f"imported {path}")
        n += 1


def main() -> None:
    # Warm what every writer needs (the migration scripts), so each fork starts writing at once.
    from bnldesk.store import migrations

    migrations.head_revision()
    import bnldesk.services.importer  # noqa: F401

    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "run":
            pid = os.fork()
            if pid == 0:  # the writer
                try:
                    writer(parts[1], int(parts[2]))
                finally:
                    os._exit(1)
            _say(f"pid {pid}")
        elif parts[0] == "import":
            pid = os.fork()
            if pid == 0:
                try:
                    importer(parts[1], int(parts[2]), parts[3])
                finally:
                    os._exit(1)
            _say(f"pid {pid}")
        elif parts[0] == "reap":
            os.waitpid(int(parts[1]), 0)
            _say("reaped")
        elif parts[0] == "quit":
            return


if __name__ == "__main__":
    main()

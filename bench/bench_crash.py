"""Crash bench: a writer SIGKILLed 1,000 times at reported points; prints what survived.

Nine rounds in ten kill a writer of notes (single commits and multi-note transactions); every
tenth kills an import of the 2013 annual plan. After each kill: ``PRAGMA integrity_check`` is
ok, every reported commit is present, no transaction is half there.

Usage: python bench/bench_crash.py [ROUNDS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the test helpers, imported as the tests do

from crash_rounds import CrashDriver  # noqa: E402

from bnldesk.store.engine import open_store  # noqa: E402

ROTATE = 100  # rounds per database file


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "crash.db"
        open_store(db, demo=False).close()
        driver = CrashDriver(db, seed=1)
        size_sum = 0
        started = time.perf_counter()
        failures: list[str] = []
        singles = batches = batch_notes = 0
        import_kills = imports_done = 0
        imports = Path(tmp) / "imports"
        imports.mkdir()
        document = ROOT.parent / "shared" / "seeds" / "jaarplan-2013.txt"
        try:
            for n in range(rounds):
                if n % 10 == 9 and document.exists():
                    imp = driver.import_round(n, document, imports)
                    import_kills += 1
                    imports_done += len(imp.reported)
                    whole = {c for c in imp.counts.values() if c and c[0]}
                    if imp.problems or len(whole) > 1:
                        failures.append(f"round {n} (import): {imp.problems} {whole}")
                    for path in imp.reported:
                        if not imp.counts.get(path):
                            failures.append(f"round {n}: reported import {path.name} missing")
                    for db_file in imports.glob("*.db*"):
                        db_file.unlink()
                    continue
                if n % ROTATE == 0 and n:
                    # A fresh database now and then keeps each round's integrity_check short.
                    size_sum += db.stat().st_size
                    db = Path(tmp) / f"crash-{n}.db"
                    open_store(db, demo=False).close()
                    driver.db = db
                r = driver.round(n)
                singles += len(r.committed)
                batches += len(r.batches)
                batch_notes += sum(r.batches.values())
                if not r.ok:
                    failures.append(
                        f"round {n}: integrity={r.integrity} missing={len(r.missing)} "
                        f"torn={r.torn_batches}"
                    )
        finally:
            driver.close()
        elapsed = time.perf_counter() - started
        size = size_sum + db.stat().st_size
    print(f"{'kills':<28}{rounds:>12}")
    print(f"{'committed single notes':<28}{singles:>12}")
    print(f"{'committed batches (notes)':<28}{batches:>7} ({batch_notes})")
    print(f"{'kills during imports':<28}{import_kills:>12}")
    print(f"{'imports completed':<28}{imports_done:>12}")
    print(f"{'rounds with a problem':<28}{len(failures):>12}")
    print(f"{'data written (KiB)':<28}{size // 1024:>12}")
    print(f"{'seconds':<28}{elapsed:>12.1f}")
    for line in failures[:20]:
        print(line)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

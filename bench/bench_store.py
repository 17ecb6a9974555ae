"""Store benchmarks on the big database: open time, search latency, listing workgroups.

    .venv/bin/python bench/bench_store.py        (builds bench/big.db first if missing)

Targets on the 2-core reference machine: open < 0.5 s, search p95 < 30 ms.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.make_big_db import DEFAULT_OUT, WORDS
from bnldesk.store import queries
from bnldesk.store.engine import open_store
from bnldesk.store.search import search


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def time_open(path: Path, runs: int = 5) -> list[float]:
    """Each open in a fresh interpreter, as a delegate starting the app would."""
    code = (
        "import time; t = time.perf_counter(); "
        "from bnldesk.store.engine import open_store; "
        f"s = open_store(r'{path}'); "
        "from sqlalchemy import text\n"
        "with s.read() as x: x.execute(text('select count(*) from plan')).scalar()\n"
        "print(time.perf_counter() - t)"
    )
    root = Path(__file__).resolve().parent.parent
    return [
        float(subprocess.check_output([sys.executable, "-c", code], cwd=root, text=True))
        for _ in range(runs)
    ]


def main() -> int:
    path = DEFAULT_OUT
    if not path.exists():
        subprocess.check_call([sys.executable, str(Path(__file__).parent / "make_big_db.py")])
    rng = random.Random(7)
    rows: list[tuple[str, str, str]] = []

    opens = time_open(path)
    rows.append(
        (
            "open store (fresh process, incl. imports)",
            f"median {statistics.median(opens) * 1000:.0f} ms",
            "< 500 ms",
        )
    )

    store = open_store(path)
    t = time.perf_counter()
    store2 = open_store(path)
    rows.append(("open store (warm, in process)", f"{(time.perf_counter() - t) * 1000:.1f} ms", ""))
    store2.close()

    queries_text = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 2))) for _ in range(100)
    ]
    for label, prefix in (("search, whole words", False), ("search as you type (prefix)", True)):
        times: list[float] = []
        with store.read() as s:
            for q in queries_text:
                t = time.perf_counter()
                search(s, q[: max(3, len(q) - 2)] if prefix else q, limit=50, prefix=prefix)
                times.append((time.perf_counter() - t) * 1000)
        rows.append(
            (
                f"{label}, 100 queries",
                f"p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms",
                "p95 < 30 ms",
            )
        )

    with store.read() as s:
        t = time.perf_counter()
        listed = queries.list_workgroups(s)
        elapsed = (time.perf_counter() - t) * 1000
    rows.append((f"list {len(listed):,} workgroups", f"{elapsed:.0f} ms", ""))
    store.close()

    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'result':<32}  target")
    print("-" * (width + 48))
    for name, result, target in rows:
        print(f"{name:<{width}}  {result:<32}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Import time per seed document, as text/Markdown, as a generated PDF and as a generated DOCX.

    .venv/bin/python bench/bench_import.py [--repeat 3]

"parse" reads and recognises the document; "import" also merges it into a new database (one
transaction). Target: under 2 s for each document, PDF included.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from _seed_documents import SEEDS, make_docx, make_pdf  # noqa: E402

from bnldesk.services.importer import import_file, parse_file  # noqa: E402
from bnldesk.store.engine import open_store  # noqa: E402

NAMES = [
    "jaarplan-2013.txt",
    "jaarplan-2022.md",
    "werkprogramma-2021-2024.txt",
    "werkprogramma-2025-2028.md",
]
TARGET_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description="import time per seed document")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows: list[tuple[str, str, int, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in NAMES:
            source = SEEDS / name
            stem = Path(name).stem
            variants = {
                source.suffix.lstrip("."): source,
                "pdf": make_pdf(source, folder / f"{stem}.pdf"),
                "docx": make_docx(source, folder / f"{stem}.docx"),
            }
            for fmt, path in variants.items():
                parse_times: list[float] = []
                import_times: list[float] = []
                for run in range(args.repeat):
                    t0 = time.perf_counter()
                    parse_file(path)
                    parse_times.append(time.perf_counter() - t0)
                    store = open_store(folder / f"{stem}-{fmt}-{run}.db", demo=False)
                    try:
                        t0 = time.perf_counter()
                        import_file(store, path)
                        import_times.append(time.perf_counter() - t0)
                    finally:
                        store.close()
                rows.append(
                    (
                        name,
                        fmt,
                        path.stat().st_size,
                        statistics.median(parse_times),
                        statistics.median(import_times),
                    )
                )
    print(f"{'document':<30} {'format':<6} {'size KB':>8} {'parse s':>8} {'import s':>9}  target")
    worst = 0.0
    for name, fmt, size, parse_s, import_s in rows:
        worst = max(worst, import_s)
        ok = "ok" if import_s < TARGET_S else "SLOW"
        print(f"{name:<30} {fmt:<6} {size / 1024:>8.0f} {parse_s:>8.3f} {import_s:>9.3f}  {ok}")
    print(f"slowest import: {worst:.3f} s (target < {TARGET_S:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

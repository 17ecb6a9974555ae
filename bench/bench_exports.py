"""Export benchmarks: a 50-page brief, and 10,000 workgroups to Excel against pandas.

    .venv/bin/python bench/bench_exports.py

Targets on the 2-core reference machine: 50-page brief < 1.5 s; 10,000-row workgroup export
< 2 s with openpyxl's write-only mode, faster than ``pandas.DataFrame.to_excel`` writing the same
rows (pandas is in the ``bench`` extra; skipped with a note if missing).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bnldesk.domain.document import DocChapter, DocItem, DocSection, DocWorkgroup, PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import BriefOptions, BriefSubject, ExportFilters, XlsxOptions
from bnldesk.services.reports.brief import BriefBuilder
from bnldesk.services.reports.brief_data import collect_brief
from bnldesk.services.reports.xlsx import collect_workbook, write_workbook
from bnldesk.store.engine import Store, open_store
from bnldesk.store.structure import write_document

WORKGROUPS = 10_000
SENTENCE = (
    "De delegatie bespreekt de grensoverschrijdende samenwerking en de opvolging van de "
    "projecten van het jaarplan met de partners uit Nederland en Luxemburg. "
)


def best_of(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def big_plan() -> PlanDocument:
    sections = []
    per_section = WORKGROUPS // 100
    for n in range(100):
        sections.append(
            DocSection(
                number=f"{n // 10 + 1}.{n % 10 + 1}",
                title=f"Thema {n} grensoverschrijdende samenwerking",
                items=[DocItem(ItemKind.NEW, f"Project {n}", flagship=n % 7 == 0)],
                workgroups=[
                    DocWorkgroup(f"Werkgroep {n}-{i} samenwerking", f"WG-{n:03d}-{i:03d}")
                    for i in range(per_section)
                ],
            )
        )
    chapters = [
        DocChapter(str(c + 1), f"Hoofdstuk {c + 1}", sections=sections[c * 10 : c * 10 + 10])
        for c in range(10)
    ]
    return PlanDocument(kind="plan", title="Jaarplan 2030 (bench)", year=2030, chapters=chapters)


def fill(store: Store) -> None:
    with store.transaction() as s:
        write_document(s, big_plan())
    with store.transaction() as s:
        target = resolve_target(s, "WG-000-000")
        # ~50 pages: 190 notes of two paragraphs each on one workgroup.
        for i in range(190):
            add_annotation(
                s,
                target,
                NoteFields(
                    body="\n".join([SENTENCE * 2] * 2) + f" Nota {i}.",
                    tags=["bench", f"t{i % 5}"],
                    priority=i % 4,
                    position_text="Akkoord." if i % 3 == 0 else "",
                    position_state="agreed" if i % 3 == 0 else "none",
                    visibility="delegation",
                ),
                author="Bench",
                delegation="BE",
            )
        for i in range(0, WORKGROUPS, 3):
            add_annotation(
                s,
                resolve_target(s, f"WG-{i // 100:03d}-{i % 100:03d}"),
                NoteFields(body=f"Notitie {i}", tags=["x"], visibility="delegation"),
            )


def main() -> int:
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        store = open_store(folder / "bench.db", demo=False)
        fill(store)
        print(f"(set-up: {time.perf_counter() - t:.1f} s for {WORKGROUPS} workgroups)")

        options = BriefOptions(marking="BENCH", delegation="BE")
        with store.read() as s:
            data = collect_brief(s, BriefSubject(workgroup="WG-000-000"), options)
        pages = 0

        def brief() -> None:
            nonlocal pages
            builder = BriefBuilder(data, options)
            builder.render(folder / "brief.pdf")
            pages = builder.page_count

        seconds = best_of(brief)
        rows.append((f"brief, {pages} pages with contents", f"{seconds:.2f} s", "< 1.5 s"))
        options_no_toc = BriefOptions(marking="BENCH", include_toc=False)
        seconds = best_of(lambda: BriefBuilder(data, options_no_toc).render(folder / "b2.pdf"))
        rows.append((f"brief, {pages} pages without contents", f"{seconds:.2f} s", ""))

        xopts = XlsxOptions(kinds=["workgroups"])
        collected = []

        def collect() -> None:
            with store.read() as s:
                collected.append(collect_workbook(s, ExportFilters(), xopts))

        seconds = best_of(collect)
        wb_data = collected[-1]
        n = len(wb_data.sheets[0].rows)
        rows.append((f"read {n} workgroup rows from SQLite", f"{seconds:.2f} s", ""))
        write_s = best_of(lambda: write_workbook(folder / "wg.xlsx", wb_data))
        rows.append((f"write {n} rows, openpyxl write-only", f"{write_s:.2f} s", "< 2 s"))
        rows.append(("  total export (read + write)", f"{seconds + write_s:.2f} s", "< 2 s"))
        try:
            import pandas as pd
        except ImportError:
            rows.append(("pandas.DataFrame.to_excel", "skipped (pip install pandas)", ""))
        else:
            sheet = wb_data.sheets[0]
            flat = [
                [", ".join(map(str, v)) if isinstance(v, list) else v for v in r]
                for r in sheet.rows
            ]
            frame = pd.DataFrame(flat, columns=sheet.header)
            pandas_s = best_of(
                lambda: frame.to_excel(folder / "pd.xlsx", index=False, engine="openpyxl")
            )
            rows.append((f"write {n} rows, pandas.to_excel", f"{pandas_s:.2f} s", ""))
            rows.append(
                ("  ratio pandas / write-only", f"{pandas_s / write_s:.1f}x", "> 1 (we are faster)")
            )
        store.close()

    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'result':<30}  target")
    print("-" * (width + 46))
    for name, result, target in rows:
        print(f"{name:<{width}}  {result:<30}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How well and how fast each document imports: the scorer's full table, then times.

    .venv/bin/python bench/bench_import.py [--repeat 3] [--pages 200] [--cases N] [--dump DIR]

Part 1 scores every document with a ground truth (the seeds, shared/cases/import and
tests/data/import): precision/recall per object type, with the misses, and how many items
found have another kind than the truth gives them. Part 2 times parsing and
importing (one transaction into a new database) each document and, as the baseline measured in
the same run, the least its format's library must do with the file: for a PDF, pdfminer
interpreting every page's contents with a device that keeps nothing; for a Word file,
python-docx opening it; for text, reading and splitting the lines. The ratio shows what our
layout analysis and structure cost above that floor. Part 3 builds a long PDF (``--pages``)
and reports the import time and the peak memory of a separate process reading it (target
< 300 MB). Target: under 2 s per document.

``--dump DIR`` also writes, per document, everything the importer read from it (the documents
found with their warnings, and the lines with their pages) as ``DIR/<document>.json``: run it
before and after a change and ``diff -r`` the folders to see every output that changed.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from _seed_documents import scored_cases  # noqa: E402

from bnldesk.domain.document import document_to_dict  # noqa: E402
from bnldesk.services.importer import (  # noqa: E402
    DocumentImportError,
    ReportWarning,
    import_file,
    parse_file,
    read_for_review,
)
from bnldesk.services.importer.scoring import (  # noqa: E402
    format_misses,
    format_table,
    kind_errors,
    load_truth,
    score_document,
)
from bnldesk.store.engine import open_store  # noqa: E402

TARGET_S = 2.0
TARGET_MB = 300


def _baseline(path: Path) -> float:
    """The least the format's library must do with ``path`` (see the module docstring)."""
    started = time.perf_counter()
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from pdfminer.pdfdevice import PDFDevice
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage

        manager = PDFResourceManager(caching=True)
        interpreter = PDFPageInterpreter(manager, PDFDevice(manager))
        for page in PDFPage.get_pages(io.BytesIO(data)):
            interpreter.process_page(page)
    elif suffix == ".docx":
        import docx

        docx.Document(io.BytesIO(data))
    else:
        data.decode("utf-8", errors="replace").splitlines()
    return time.perf_counter() - started


def _long_pdf(target: Path, pages: int, year: int = 2031) -> Path:
    """A two-column plan for ``year`` of ``pages`` pages (the 2013 plan's sections repeated)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    pdf = canvas.Canvas(str(target), pagesize=A4)
    sentence = "Uitwerken van voorstellen voor de samenwerking tussen de drie landen en de regio's"
    chapter = 0
    for page in range(pages):
        if page % 10 == 0:
            chapter += 1
        pdf.setFont("Helvetica", 7)
        pdf.drawString(50, height - 30, f"Benelux-Publicatieblad Jaarplan {year}")
        pdf.drawCentredString(width / 2, 25, f"Pagina {page + 1}")
        for column in range(2):
            x = 50 + column * (width / 2)
            y = height - 70
            if column == 0 and page % 10 == 0:
                pdf.setFont("Helvetica-Bold", 14)
                pdf.drawString(x, y, f"{chapter}. Hoofdstuk {chapter}")
                y -= 24
            pdf.setFont("Helvetica-Bold", 11)
            pdf.drawString(x, y, f"{chapter}.{page % 10 * 2 + column + 1}. Thema {page}-{column}")
            y -= 18
            pdf.setFont("Helvetica-BoldOblique", 9)
            pdf.drawString(x, y, "Voortgangsprojecten")
            y -= 14
            pdf.setFont("Helvetica", 8.5)
            while y > 60:
                pdf.drawString(x, y, "\u2022 " + sentence[: 40 + (int(y) % 30)])
                y -= 11
        pdf.showPage()
    pdf.save()
    return target


def _documents() -> list[Path]:
    """Every document we keep: the seeds, shared/cases/import/docs and tests/data/import,
    those without a ground truth too."""
    from _seed_documents import CASES, DATA, SEEDS

    folders = (SEEDS, CASES / "docs", DATA)
    return sorted(
        path
        for folder in folders
        for path in folder.iterdir()
        if path.suffix.lower() in {".txt", ".md", ".pdf", ".docx"} and path.name != "README.md"
    )


def _dump(folder: Path) -> int:
    """Everything read from each of :func:`_documents`, as ``folder/<file name>.json`` (the
    documents found with their warnings, the lines with their pages, or the one-line refusal);
    returns how many documents were written."""
    folder.mkdir(parents=True, exist_ok=True)
    documents = _documents()
    for document in documents:
        try:
            review = read_for_review(document)
        except DocumentImportError as exc:
            output: dict[str, object] = {"refused": str(exc)}
        else:
            output = {
                "documents": [
                    {
                        **document_to_dict(doc),
                        "warnings": [asdict(ReportWarning.of(warning)) for warning in doc.warnings],
                    }
                    for doc in review.documents
                ],
                "lines": [
                    [page, line] for page, line in zip(review.pages, review.lines, strict=False)
                ],
            }
        text = json.dumps(output, ensure_ascii=False, indent=1, sort_keys=True)
        (folder / f"{document.name}.json").write_text(text + "\n", encoding="utf-8")
    return len(documents)


def _peak_memory_mb(path: Path) -> float:
    """Peak resident memory of a fresh process that parses ``path``."""
    code = (
        "import resource, sys\n"
        "from bnldesk.services.importer import parse_file\n"
        "parse_file(sys.argv[1])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description="import quality and time per document")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--cases", type=int, help="only the first N documents (smoke test)")
    parser.add_argument("--dump", type=Path, help="write what each document gave into DIR")
    args = parser.parse_args()
    cases = list(scored_cases())[: args.cases]
    if args.dump is not None:
        print(f"{_dump(args.dump)} documents' output written to {args.dump}\n")

    scores = []
    kinds_compared = 0
    kinds_wrong: list[str] = []
    for name, document, truth, options in cases:
        doc = parse_file(document, **options)  # type: ignore[arg-type]
        expected = load_truth(truth)
        scores.append(score_document(doc, expected, name=name))
        compared, wrong = kind_errors(doc, expected)
        kinds_compared += compared
        kinds_wrong += [f"  {name}: {error}" for error in wrong]
    print("Precision/recall per object type (floors: chapters and sections 100, others 97)")
    print(format_table(scores))
    for score in scores:
        if score.worst() < 1.0:
            print(format_misses(score))
    print(
        f"\nItems of another kind than the truth's: {len(kinds_wrong)} of {kinds_compared} "
        "found with a kind in the truth (its 'role' counted as objective)"
    )
    print("\n".join(kinds_wrong[:20]))
    print()

    rows: list[tuple[str, int, float, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, document, _truth, options in cases:
            parse_times, import_times, base_times = [], [], []
            for run in range(args.repeat):
                base_times.append(_baseline(document))
                started = time.perf_counter()
                parse_file(document, **options)  # type: ignore[arg-type]
                parse_times.append(time.perf_counter() - started)
                store = open_store(folder / f"{len(rows)}-{run}.db", demo=False)
                try:
                    started = time.perf_counter()
                    import_file(store, document, **options)  # type: ignore[arg-type]
                    import_times.append(time.perf_counter() - started)
                finally:
                    store.close()
            rows.append(
                (
                    name,
                    document.stat().st_size,
                    statistics.median(base_times),
                    statistics.median(parse_times),
                    statistics.median(import_times),
                )
            )
        print(
            f"{'document':<44} {'KB':>5} {'floor s':>8} {'parse s':>8} {'import s':>9} "
            f"{'x floor':>8}  target"
        )
        worst = 0.0
        for name, size, base, parse_s, import_s in rows:
            worst = max(worst, import_s)
            ratio = parse_s / base if base > 0 else float("inf")
            ok = "ok" if import_s < TARGET_S else "SLOW"
            print(
                f"{name[:44]:<44} {size / 1024:>5.0f} {base:>8.3f} {parse_s:>8.3f} "
                f"{import_s:>9.3f} {ratio:>8.1f}  {ok}"
            )
        print(f"slowest import: {worst:.3f} s (target < {TARGET_S:.0f} s)")

        long_pdf = _long_pdf(folder / "long.pdf", args.pages)
        started = time.perf_counter()
        doc = parse_file(long_pdf)
        seconds = time.perf_counter() - started
        peak = _peak_memory_mb(long_pdf)
        print(
            f"\n{args.pages}-page two-column PDF ({long_pdf.stat().st_size / 1024:.0f} KB): "
            f"{len(doc.chapters)} chapters, {len(doc.iter_sections())} sections, parsed in "
            f"{seconds:.1f} s; peak memory of a process parsing it {peak:.0f} MB "
            f"(target < {TARGET_MB} MB; this process: "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

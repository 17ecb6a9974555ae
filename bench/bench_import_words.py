"""Words glued by the PDF reader: our text of each kept PDF against two independent readings.

    .venv/bin/python bench/bench_import_words.py [--limit N]

For every PDF in the seeds, shared/cases/import/docs and tests/data/import, the text the
importer read (its lines, and every title, text and name of the documents it found) is cut
into words and compared with the words of pdfminer's own ``extract_text`` (its LAParams
layout analysis, not our grouping) and, when poppler-utils is installed, ``pdftotext -raw``.
A word of ours that is two successive words of the oracle run together ("btwaangifte" where
the oracle has "btw-" / "aangifte") is counted as glued; a word the oracle has as it is, is
not. Words hyphenated at a line end come out of an oracle as two words, so a glued word is
also what a line-end hyphen wrongly taken out gives.
"""

from __future__ import annotations

import argparse
import itertools
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from _seed_documents import CASES, DATA, SEEDS  # noqa: E402

from bnldesk.domain.document import PlanDocument  # noqa: E402
from bnldesk.services.importer import DocumentImportError, read_for_review  # noqa: E402

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def words(text: str) -> list[str]:
    """The words of ``text`` in order, case folded (hyphens and apostrophes inside kept)."""
    return [word.casefold() for word in _WORD.findall(text)]


def glued_words(ours: str, oracle: str) -> dict[str, tuple[str, str]]:
    """Each word of ``ours`` that ``oracle`` does not have but has as two successive words,
    with those two words."""
    oracle_words = words(oracle)
    known = set(oracle_words)
    pairs = {first + second: (first, second) for first, second in itertools.pairwise(oracle_words)}
    return {
        word: pairs[word]
        for word in sorted(set(words(ours)))
        if word not in known and word in pairs
    }


def our_text(path: Path) -> str:
    """Everything the importer read from ``path``: its lines and the documents' texts."""
    review = read_for_review(path)
    texts = list(review.lines)
    for doc in review.documents:
        texts.extend(_document_texts(doc))
    return "\n".join(texts)


def _document_texts(doc: PlanDocument) -> list[str]:
    texts = [doc.title, doc.description]
    for chapter in doc.chapters:
        texts += [chapter.title, chapter.body]
    for section in doc.iter_sections():
        texts += [section.title, section.body]
        texts += [text for item in section.items for text in (item.title, item.body, item.theme)]
    for group in doc.iter_workgroups():
        texts += [group.name, group.description]
    texts += [contact.name for contact in doc.contacts]
    return texts


def pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(str(path)))


def pdftotext_text(path: Path) -> str | None:
    """``pdftotext -raw`` of ``path``, or None when poppler-utils is not installed."""
    if shutil.which("pdftotext") is None:
        return None
    done = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def kept_pdfs() -> list[Path]:
    return sorted(
        path
        for folder in (SEEDS, CASES / "docs", DATA)
        for path in folder.iterdir()
        if path.suffix.lower() == ".pdf"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="words glued by the PDF reader")
    parser.add_argument("--limit", type=int, help="only the first N PDFs (smoke test)")
    args = parser.parse_args()
    print(f"{'document':<44} {'pdfminer':>8} {'pdftotext':>9}  glued words (oracle's two words)")
    totals = [0, 0]
    for path in kept_pdfs()[: args.limit]:
        try:
            ours = our_text(path)
        except DocumentImportError as exc:
            print(f"{path.name[:44]:<44} refused: {exc}")
            continue
        by_pdfminer = glued_words(ours, pdfminer_text(path))
        poppler = pdftotext_text(path)
        by_poppler = glued_words(ours, poppler) if poppler is not None else {}
        totals[0] += len(by_pdfminer)
        totals[1] += len(by_poppler)
        shown = {**by_poppler, **by_pdfminer}
        examples = ", ".join(f"{word} ({'+'.join(parts)})" for word, parts in shown.items())
        poppler_count = str(len(by_poppler)) if poppler is not None else "-"
        print(f"{path.name[:44]:<44} {len(by_pdfminer):>8} {poppler_count:>9}  {examples}")
    print(f"{'total':<44} {totals[0]:>8} {totals[1]:>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

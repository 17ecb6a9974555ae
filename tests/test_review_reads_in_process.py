"""A PDF for the review window is read by a process of its own (issue 15: seconds of pdfminer on
a thread of the window's process held its interpreter lock).

Shown by breaking the reader in this process: a PDF is still read and shown, a text document
(read here, where a process would cost more than the reading) is not. Cancel stops the
process's reading; a file that cannot be read gives the same one-line error as before; a
process that dies is said in one line; the result is the reading's own (pages and lines).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ui_support import settle

from bnldesk.services import importer
from bnldesk.services.importer import ImportCancelled, in_process
from bnldesk.services.importer.errors import DocumentImportError
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.importing import ImportReviewDialog

DATA = Path(__file__).parent / "data" / "import"
PDF = DATA / "annual-plan-2025-2col.pdf"
TEXT = DATA / "annual-plan-2025-en.txt"
WAIT_MS = 120_000


@pytest.mark.parametrize(("path", "read_here"), [(PDF, False), (TEXT, True)])
def test_a_pdf_is_read_by_another_process_a_text_here(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, path: Path, read_here: bool
) -> None:
    here: list[Path] = []
    reader = importer.read_for_review

    def recorded(source: Path, **kwargs: Any) -> Any:
        here.append(source)
        return reader(source, **kwargs)

    monkeypatch.setattr(importer, "read_for_review", recorded)
    dialog = window.review_import(path)
    assert isinstance(dialog, ImportReviewDialog)
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=WAIT_MS)
    settle(window)
    assert here == ([path] if read_here else [])
    assert dialog.error == ""
    assert len(dialog.document.chapters) >= 2
    assert dialog.source.model().rowCount() > 0  # the text beside the tree
    dialog.reject()


def test_the_process_reads_what_the_reader_reads() -> None:
    here = importer.read_for_review(PDF)
    seen: list[tuple[float, str]] = []
    there = in_process.read_for_review_in_process(
        PDF, progress=lambda fraction, text: seen.append((fraction, text))
    )
    assert there.lines == here.lines and there.pages == here.pages
    assert [c.title for c in there.documents[0].chapters] == [
        c.title for c in here.documents[0].chapters
    ]
    assert seen[0] == (0.0, f"reading {PDF.name}") and (0.5, "recognising the structure") in seen


def test_cancel_stops_the_reading() -> None:
    with pytest.raises(ImportCancelled) as raised:
        in_process.read_for_review_in_process(PDF, cancel=lambda: True)
    assert raised.value.code == "import_cancelled"


def test_an_unreadable_file_is_the_same_error(tmp_path: Path) -> None:
    broken = tmp_path / "jaarplan-2031.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot a pdf at all")
    with pytest.raises(DocumentImportError) as here:
        importer.read_for_review(broken)
    with pytest.raises(DocumentImportError) as there:
        in_process.read_for_review_in_process(broken)
    assert type(there.value) is type(here.value)
    assert (there.value.code, str(there.value)) == (here.value.code, str(here.value))


def _die(*_args: Any) -> Any:
    import os

    os._exit(7)


def test_a_process_that_dies_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(in_process, "_read_in_child", _die)
    with pytest.raises(DocumentImportError) as raised:
        in_process.read_for_review_in_process(PDF)
    assert raised.value.code == "read_interrupted"
    assert raised.value.values == (PDF.name, "7")
    assert "\n" not in str(raised.value)

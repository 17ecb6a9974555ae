"""A long document read for the review window by a process of its own.

Reading a PDF is pdfminer's pure Python: 6-10 s for a 60-page plan, which on a thread of the
window's process takes its interpreter lock every few milliseconds and, on a loaded laptop,
keeps it while descheduled (issue 15). :func:`read_for_review_in_process` runs
:func:`bnldesk.services.importer.read_for_review` in a process of its own
(:mod:`bnldesk.services.processes`) and hands back the same :class:`ReviewInput` (pickled: 1 MB
and 8 ms to unpickle for that plan), with the same progress, cancel and errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bnldesk.services.importer.errors import DocumentImportError, ImportCancelled
from bnldesk.services.processes import Report, Stopped, run_in_process

if TYPE_CHECKING:
    from bnldesk.services.importer import ReviewInput

# Formats read by a process of their own: those whose reading takes seconds. Text, Markdown
# and Word documents are read in a fraction of the second a process takes to start.
READ_IN_PROCESS_SUFFIXES = frozenset({".pdf"})


def reads_in_process(path: Path) -> bool:
    """Whether :func:`read_for_review_in_process` is worth its start for ``path``."""
    return path.suffix.lower() in READ_IN_PROCESS_SUFFIXES


def read_for_review_in_process(
    path: Path,
    *,
    progress: Report | None = None,
    cancel: Stopped | None = None,
) -> ReviewInput:
    """:func:`~bnldesk.services.importer.read_for_review` of ``path`` in a process of its
    own; the calling thread waits on a pipe without the interpreter lock.

    ``progress(fraction, text)`` is called here as the process reports; ``cancel()`` returning
    True stops the reading at its next report (ImportCancelled). Raises what the reading
    raises (DocumentImportError and its kinds); DocumentImportError (``read_interrupted``)
    when the process ends without an answer."""
    return run_in_process(
        _read_in_child,
        (path,),
        name="bnldesk-import-reader",
        interrupted=lambda exit_code: _interrupted(path, exit_code),
        progress=progress,
        cancel=cancel,
    )


def _interrupted(path: Path, exit_code: int | None) -> DocumentImportError:
    return DocumentImportError(
        f"reading {path.name} stopped before it finished (its process ended with code "
        f"{exit_code}); try again",
        code="read_interrupted",
        values=(path.name, str(exit_code)),
    )


def _read_in_child(path: Path, report: Report, stopped: Stopped) -> ReviewInput:
    """The process's work: read and parse, stopping at a report once cancelled."""
    from bnldesk.services.importer import read_for_review

    def progress(fraction: float, text: str) -> None:
        if stopped():
            raise ImportCancelled("import cancelled; nothing was changed", code="import_cancelled")
        report(fraction, text)

    return read_for_review(path, progress=progress)

"""Briefs (PDF) and workbooks (XLSX) for the delegation, and reading edited notes back.

The entry points take a :class:`~bnldesk.store.engine.Store` and plain option dataclasses, read
what they need in one read transaction, and write the file atomically outside it; both the CLI
(:mod:`bnldesk.commands.exports`) and the GUI's export dialogs call them on the worker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bnldesk.services.reports.brief_data import (
    BriefData,
    BriefOptions,
    BriefSubject,
    BriefSubjectNotFound,
    collect_brief,
)
from bnldesk.services.reports.left_out import LeftOut, brief_left_out, workbook_left_out
from bnldesk.services.reports.rows import EXPORT_KINDS, ExportFilters
from bnldesk.services.reports.safe import ExportError
from bnldesk.services.reports.sheet_seal import make_seal_key, seal_key
from bnldesk.services.reports.workbook_process import WorkbookJob
from bnldesk.services.reports.xlsx import (
    CancelCheck,
    ExportCancelled,
    ProgressCallback,
    XlsxOptions,
    write_workbook,
)
from bnldesk.store.engine import Store

if TYPE_CHECKING:
    from bnldesk.services.reports.brief import BriefBuilder


def __getattr__(name: str) -> Any:
    """``BriefBuilder`` from :mod:`.brief` on first use: reportlab (and its fonts) is loaded
    by what lays a brief out, on the worker, never by a dialog that imports this package on
    the GUI thread (it froze the window for up to a second at the first export)."""
    if name == "BriefBuilder":
        from bnldesk.services.reports.brief import BriefBuilder

        return BriefBuilder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "EXPORT_KINDS",
    "BriefBuilder",
    "BriefData",
    "BriefOptions",
    "BriefResult",
    "BriefSubject",
    "BriefSubjectNotFound",
    "CancelCheck",
    "ExportCancelled",
    "ExportError",
    "ExportFilters",
    "LeftOut",
    "ProgressCallback",
    "WorkbookResult",
    "XlsxOptions",
    "brief_left_out",
    "export_brief",
    "export_workbook",
    "workbook_left_out",
]


@dataclass
class BriefResult:
    path: Path
    pages: int
    headings: list[str]
    notes: int


@dataclass
class WorkbookResult:
    """A written workbook: its path, rows per sheet (kind -> count), its export id and how
    many of its notes are marked private."""

    path: Path
    rows: dict[str, int]
    export_id: str = ""
    private_notes: int = 0


def export_brief(
    store: Store,
    subject: BriefSubject,
    options: BriefOptions,
    target: Path | str,
    *,
    today: dt.date | None = None,
) -> BriefResult:
    """Write the brief on ``subject`` to ``target``; raises BriefSubjectNotFound, ExportError."""
    from bnldesk.services.reports.brief import write_brief

    with store.read() as session:
        data = collect_brief(session, subject, options, today=today)
    builder = write_brief(target, data, options)
    return BriefResult(Path(target), builder.page_count, builder.headings, data.note_count)


def workbook_job(
    store: Store, target: Path | str, filters: ExportFilters, options: XlsxOptions
) -> WorkbookJob:
    """What writing the workbook needs besides the rows, read (and for private notes the seal
    key made, once) on the calling thread, the database worker: the one writer."""
    database_id = store.database_id()
    if filters.shows_private and "annotations" in options.kinds and not store.read_only:
        # Private notes in the sheet: their rows are sealed to this database, so that only
        # this laptop reads their edits back (the key is made once, here).
        with store.transaction() as session:
            make_seal_key(session)
    with store.read() as session:
        key = seal_key(session)
    location = store.location if isinstance(store.location, Path) else Path()
    return WorkbookJob(location, Path(target), filters, options, database_id, key)


def _in_process(
    store: Store, filters: ExportFilters, options: XlsxOptions, from_rows: int | None
) -> bool:
    """Whether the workbook is big enough (``from_rows`` rows or more) to be written by a
    process of its own, and on a database file that process can open."""
    if from_rows is None or store.is_server:
        return False
    if from_rows <= 0:
        return True
    with store.read() as session:
        total = 0
        for name in options.kinds:
            kind = EXPORT_KINDS.get(name)
            total += kind.count(session, filters) if kind is not None else 0
            if total >= from_rows:
                return True
    return False


def export_workbook(
    store: Store,
    target: Path | str,
    filters: ExportFilters,
    options: XlsxOptions,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    process_from_rows: int | None = None,
) -> WorkbookResult:
    """Write the workbook of ``options.kinds`` filtered by ``filters`` to ``target``, streaming
    rows from the database in pages. ``progress(done, total)`` reports rows written; ``cancel()``
    returning True stops it (ExportCancelled, no file). Raises ExportError when the file cannot
    be written.

    ``process_from_rows``: from that many rows on (0: always; None: never), a database file
    is read and the workbook written by a process of its own (:mod:`.workbook_process`), which
    never holds this process's interpreter lock (the window's, when called from its database
    worker); starting it costs about a second, more than a small export takes. A server's
    database is always written here."""
    job = workbook_job(store, target, filters, options)
    if _in_process(store, filters, options, process_from_rows):
        from bnldesk.services.reports.workbook_process import write_workbook_in_process

        summary = write_workbook_in_process(job, progress=progress, cancel=cancel)
    else:
        with store.read() as session:
            summary = write_workbook(
                session,
                target,
                filters,
                options,
                database_id=job.database_id,
                seal_key=job.seal_key,
                progress=progress,
                cancel=cancel,
            )
    return WorkbookResult(Path(target), summary.rows, summary.export_id, summary.private_notes)

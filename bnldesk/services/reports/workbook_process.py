"""The Excel export written by a process of its own, so that it never holds the window's
interpreter lock.

Writing the big benchmark database's workbook (2,100 workgroups, 66,648 notes) is 18 s of pure
Python on the database worker: every few milliseconds the window waited for the interpreter
lock, and the longest waits reached the 100 ms floor (96-123 ms quiet, issue 15). Here a
process started with ``spawn`` (nothing of the window's state is copied: no Qt, no open
connection) opens the database file read-only, writes the workbook with
:func:`~bnldesk.services.reports.xlsx.write_workbook` exactly as before (same sheets, same
atomic write, private notes only when asked) and sends back plain data over a pipe
(:mod:`bnldesk.services.processes`): progress ``(done, total)``, then the
:class:`~bnldesk.services.reports.xlsx.WorkbookSummary` or the error it raised. The database worker stays the one writer: the seal key for private notes is
made by the caller, on the worker, before the process starts (:class:`WorkbookJob`).

Cancel is the same check as before, passed on through an event; the process stops at its next
check, its temporary file removed. A database on a server is not handled here (the process
would need its password): :func:`bnldesk.services.reports.export_workbook` writes those on the
calling thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bnldesk.services.files import ExportError
from bnldesk.services.processes import Report, Stopped, run_in_process
from bnldesk.services.reports.rows import ExportFilters
from bnldesk.services.reports.xlsx import (
    CancelCheck,
    ProgressCallback,
    WorkbookSummary,
    XlsxOptions,
)


@dataclass(frozen=True)
class WorkbookJob:
    """Everything the process needs, as plain data: the database file, the file to write,
    the filters and options, the database's id and its seal key for private notes (made on
    the database worker beforehand; None when no private note is exported)."""

    database: Path
    target: Path
    filters: ExportFilters
    options: XlsxOptions
    database_id: str
    seal_key: bytes | None


def write_workbook_in_process(
    job: WorkbookJob,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> WorkbookSummary:
    """Write ``job``'s workbook in a process of its own and wait for it (the calling thread
    waits on a pipe, without the interpreter lock).

    ``progress(done, total)`` is called here as the process reports; ``cancel()`` returning
    True stops the process at its next check. Raises what the process raised: ExportCancelled
    when cancelled, ExportError when the file cannot be written, any other BnldeskError as
    raised; ExportError (``export_interrupted``) when the process ends without an answer."""
    return run_in_process(
        _write_in_child,
        (job,),
        name="bnldesk-workbook",
        interrupted=_interrupted,
        progress=progress,
        cancel=cancel,
    )


def _interrupted(exit_code: int | None) -> ExportError:
    return ExportError(
        f"the export stopped before it finished (its process ended with code {exit_code}); "
        "nothing was saved; try again",
        code="export_interrupted",
        values=(str(exit_code),),
    )


def _write_in_child(job: WorkbookJob, report: Report, stopped: Stopped) -> WorkbookSummary:
    """The process's work: open the database read-only and write the workbook."""
    from bnldesk.services.reports.xlsx import write_workbook
    from bnldesk.store.engine import Store, make_engine

    engine = make_engine(job.database, read_only=True)
    try:
        store = Store(job.database, engine, read_only=True)
        with store.read() as session:
            return write_workbook(
                session,
                job.target,
                job.filters,
                job.options,
                database_id=job.database_id,
                seal_key=job.seal_key,
                progress=report,
                cancel=stopped,
            )
    finally:
        engine.dispose()

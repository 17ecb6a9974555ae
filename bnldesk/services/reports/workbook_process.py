"""The Excel export written by a process of its own, so that it never holds the window's
interpreter lock.

Writing the big benchmark database's workbook (2,100 workgroups, 66,648 notes) is 18 s of pure
Python on the database worker: every few milliseconds the window waited for the interpreter
lock, and the longest waits reached the 100 ms floor (96-123 ms quiet, issue 15). Here a
process started with ``spawn`` (nothing of the window's state is copied: no Qt, no open
connection) opens the database file read-only, writes the workbook with
:func:`~bnldesk.services.reports.xlsx.write_workbook` exactly as before (same sheets, same
atomic write, private notes only when asked) and sends back plain data over a pipe: progress
``(done, total)``, then the :class:`~bnldesk.services.reports.xlsx.WorkbookSummary` or the
error it raised. The database worker stays the one writer: the seal key for private notes is
made by the caller, on the worker, before the process starts (:class:`WorkbookJob`).

Cancel is the same check as before, passed on through an event; the process stops at its next
check, its temporary file removed. A database on a server is not handled here (the process
would need its password): :func:`bnldesk.services.reports.export_workbook` writes those on the
calling thread.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bnldesk.domain.errors import BnldeskError
from bnldesk.services.files import ExportError
from bnldesk.services.reports.rows import ExportFilters
from bnldesk.services.reports.xlsx import (
    CancelCheck,
    ProgressCallback,
    WorkbookSummary,
    XlsxOptions,
)

if TYPE_CHECKING:
    from multiprocessing.synchronize import Event

log = logging.getLogger(__name__)

POLL_SECONDS = 0.1  # how often the waiting side looks at the cancel check
STOP_SECONDS = 30.0  # how long a stopped process is given to remove its file before it is killed


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
    raised; ExportError when the process ends without an answer."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    stop = context.Event()
    process = context.Process(
        target=_write_in_child,
        args=(job, sending, stop),
        name="bnldesk-workbook",
        daemon=True,
    )
    if cancel is not None and cancel():
        stop.set()  # cancelled before it started: stops at its first check
    process.start()
    sending.close()  # the child holds the other end: its exit ends the pipe
    try:
        return _wait_for_answer(process, receiving, stop, progress, cancel)
    finally:
        stop.set()
        process.join(STOP_SECONDS)
        if process.is_alive():
            process.kill()
            process.join()
        receiving.close()


def _wait_for_answer(
    process: multiprocessing.process.BaseProcess,
    receiving: Connection,
    stop: Event,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> WorkbookSummary:
    """Relay progress and cancel until the process answers; its summary, or its error
    raised here."""
    while True:
        if cancel is not None and cancel():
            stop.set()
        if not receiving.poll(POLL_SECONDS):
            continue
        try:
            message = receiving.recv()
        except EOFError:
            process.join(STOP_SECONDS)
            raise ExportError(
                f"the export stopped before it finished (its process ended with code "
                f"{process.exitcode}); nothing was saved; try again",
                code="export_interrupted",
                values=(str(process.exitcode),),
            ) from None
        kind, payload = message
        if kind == "progress":
            if progress is not None:
                progress(*payload)
        elif kind == "done":
            summary: WorkbookSummary = payload
            return summary
        else:
            raise _error_from_child(*payload)


def _error_from_child(pickled: bytes | None, english: str, details: str) -> Exception:
    """The error the process raised: a delegate's error as raised; anything else is a bug,
    its traceback logged and its line raised as a RuntimeError (shown as such errors were
    when the workbook was written on the worker)."""
    if pickled is not None:
        error: Exception = pickle.loads(pickled)  # our own child's bytes, never a file's
        return error
    log.error("the export process failed:\n%s", details)
    return RuntimeError(english or "the export failed; no file was written")


def _write_in_child(job: WorkbookJob, sending: Connection, stop: Event) -> None:
    """The process's work: open the database read-only, write the workbook, answer."""
    try:
        summary = _write(job, sending, stop)
        sending.send(("done", summary))
    except BaseException as exc:  # every fault goes back to the waiting side, which decides
        sending.send(("failed", _portable(exc)))
    finally:
        sending.close()


def _write(job: WorkbookJob, sending: Connection, stop: Event) -> WorkbookSummary:
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
                progress=lambda done, total: sending.send(("progress", (done, total))),
                cancel=stop.is_set,
            )
    finally:
        engine.dispose()


def _portable(exc: BaseException) -> tuple[bytes | None, str, str]:
    """``exc`` as it can cross to the waiting side: a delegate's error pickled (itself when it
    comes back whole, else an ExportError with its line, code and values, which the window
    words alike); its English line and traceback in any case."""
    details = "".join(traceback.format_exception(exc))
    if not isinstance(exc, BnldeskError):
        return None, str(exc), details
    try:
        pickled = pickle.dumps(exc)
        back: Any = pickle.loads(pickled)
        if str(back) == str(exc) and back.code == exc.code:
            return pickled, str(exc), details
    except Exception:  # an error whose constructor takes other arguments
        pass
    same = ExportError(str(exc), code=exc.code, values=exc.values)
    return pickle.dumps(same), str(exc), details

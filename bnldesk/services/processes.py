"""Long pure-Python work run by a process of its own, so that it never holds the window's
interpreter lock.

A thread of the application that runs Python for seconds (writing a big workbook, reading a
long PDF) takes the interpreter lock from the window every few milliseconds; on a loaded
laptop the thread is often descheduled while it holds the lock, and the window waits with it
(issue 15: stalls of 100-300 ms). :func:`run_in_process` starts a process with ``spawn``
(nothing of the window is copied: no Qt, no open database connection), runs
``target(*args, report, stopped)`` there and waits for it on the calling thread, which sleeps
on a pipe without the lock. Only plain data crosses: the arguments, progress reports, the
result or the error.

``report(*values)`` in the process calls ``progress(*values)`` on the waiting thread;
``stopped()`` in the process turns true once ``cancel()`` on the waiting side does. An error
a delegate is shown (:class:`BnldeskError`) arrives as raised, its code and values kept for the
window's wording; anything else is a bug, logged with its traceback and raised as a
RuntimeError; a process that ends without an answer raises what ``interrupted(exit_code)``
makes. The process runs at a lower priority (``os.nice``), so that on a busy machine the
window gets the processor first.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, TypeVar

from bnldesk.domain.errors import BnldeskError

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess
    from multiprocessing.synchronize import Event

log = logging.getLogger(__name__)

Result = TypeVar("Result")
Report = Callable[..., None]
Stopped = Callable[[], bool]

POLL_SECONDS = 0.1  # how often the waiting side looks at its cancel check
STOP_SECONDS = 30.0  # how long a stopped process is given to clean up before it is killed
NICENESS = 5  # the process's priority below the window's


def run_in_process(
    target: Callable[..., Result],
    args: tuple[Any, ...],
    *,
    name: str,
    interrupted: Callable[[int | None], BnldeskError],
    progress: Report | None = None,
    cancel: Stopped | None = None,
) -> Result:
    """Run ``target(*args, report, stopped)`` in a process called ``name`` and return what it
    returns (see the module's text). ``target`` and ``args`` must pickle: a module-level
    function and plain data."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    stop = context.Event()
    if cancel is not None and cancel():
        stop.set()  # cancelled before it started: stopped() is true from the first check
    process = context.Process(
        target=_run_in_child, args=(target, args, sending, stop), name=name, daemon=True
    )
    process.start()
    sending.close()  # the child holds the other end: its exit ends the pipe
    try:
        result: Result = _wait_for_answer(process, receiving, stop, interrupted, progress, cancel)
        return result
    finally:
        stop.set()
        process.join(STOP_SECONDS)
        if process.is_alive():
            process.kill()
            process.join()
        receiving.close()


def _wait_for_answer(
    process: BaseProcess,
    receiving: Connection,
    stop: Event,
    interrupted: Callable[[int | None], BnldeskError],
    progress: Report | None,
    cancel: Stopped | None,
) -> Any:
    """Relay progress and cancel until the process answers; its result, or its error raised."""
    while True:
        if cancel is not None and cancel():
            stop.set()
        if not receiving.poll(POLL_SECONDS):
            continue
        try:
            kind, payload = receiving.recv()
        except EOFError:
            process.join(STOP_SECONDS)
            raise interrupted(process.exitcode) from None
        if kind == "progress":
            if progress is not None:
                progress(*payload)
        elif kind == "done":
            return payload
        else:
            raise _error_from_child(*payload)


def _error_from_child(pickled: bytes | None, english: str, details: str) -> Exception:
    """The error the process raised: a delegate's error as raised; anything else is a bug,
    its traceback logged and its line raised as a RuntimeError."""
    if pickled is not None:
        error: Exception = pickle.loads(pickled)  # our own child's bytes, never a file's
        return error
    log.error("a process of bnldesk failed:\n%s", details)
    return RuntimeError(english or "internal error")


def _run_in_child(
    target: Callable[..., Any], args: tuple[Any, ...], sending: Connection, stop: Event
) -> None:
    """The process's side: run ``target``, send its result or its error, end."""
    with contextlib.suppress(OSError, AttributeError):  # no nice() on Windows
        os.nice(NICENESS)

    def report(*values: Any) -> None:
        sending.send(("progress", values))

    try:
        result = target(*args, report, stop.is_set)
        sending.send(("done", result))
    except BaseException as exc:  # every fault goes back to the waiting side, which decides
        sending.send(("failed", _portable(exc)))
    finally:
        sending.close()


def _portable(exc: BaseException) -> tuple[bytes | None, str, str]:
    """``exc`` as it can cross to the waiting side: a delegate's error pickled (itself when it
    comes back whole, else a BnldeskError with its line, code and values, which the window
    words alike); its English line and traceback in any case."""
    details = "".join(traceback.format_exception(exc))
    if not isinstance(exc, BnldeskError):
        return None, str(exc), details
    try:
        pickled = pickle.dumps(exc)
        back: Any = pickle.loads(pickled)
        if type(back) is type(exc) and (back.code, back.values) == (exc.code, exc.values):
            return pickled, str(exc), details
    except Exception:  # an error whose constructor takes other arguments
        pass
    same = BnldeskError(str(exc), code=exc.code, values=exc.values)
    return pickle.dumps(same), str(exc), details

"""The one serialised database worker: every query and write of the window runs here.

Like Anki's ``CollectionOp``/``QueryOp``: ``worker.run(fn, on_done, on_error)`` runs ``fn(store)``
on a single background thread and calls ``on_done(result)`` (or ``on_error(exc)``) back on the
GUI thread. ``fn`` returns plain data, never live ORM objects.

Jobs run one at a time, chosen by :class:`Priority`:

* ``ORDERED`` (the default): in submission order; no later job ever runs before it, so a write
  and the reads submitted after it see each other in order.
* ``INTERACTIVE``: what the delegate is waiting for (the search results, the page of the list
  being looked at, the selected object). The newest runs first; it overtakes queued background
  work but never an ordered job submitted before it.
* ``BACKGROUND``: enrichment nobody is looking at yet (totals, filter choices); runs when
  nothing else waits.

Interactive and background jobs only read. When an interactive job arrives while one of them
runs, the running query is interrupted (SQLite's ``interrupt``) and the job runs again after
the new one, or not at all when a newer job of its view replaced it: a search typed right
after a slow filter or sort answers at once.

A job submitted with a ``key`` replaces a queued job with the same key (latest wins per view):
typing in the search box never queues more than one search.

Errors are split by type: a :class:`~bnldesk.domain.errors.BnldeskError` (a locked file, a
document that cannot be read) reaches the delegate as its one-line message; anything else is a
bug, logged with its traceback and shown as an internal error. ``SystemExit`` and
``KeyboardInterrupt`` are never swallowed: the application quits with them.

Tests wait deterministically with ``worker.wait_idle()`` (or ``qtbot.waitSignal(worker.idle)``).
"""

from __future__ import annotations

import enum
import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QThread,
    QTimer,
    Signal,
)

from bnldesk.domain.errors import BnldeskError
from bnldesk.store.engine import Store
from bnldesk.store.interrupt import ConnectionWatch, is_interruption
from bnldesk.ui.error_texts import error_text
from bnldesk.ui.garbage import GuiThreadCollector

T = TypeVar("T")
log = logging.getLogger(__name__)


class Priority(enum.IntEnum):
    INTERACTIVE = 0
    ORDERED = 1
    BACKGROUND = 2


@dataclass
class _Job:
    job_id: int
    fn: Callable[[Store], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    key: str | None
    priority: Priority


def next_job(queue: list[_Job]) -> _Job:
    """The job to run now (``queue`` in submission order, not empty; it is removed).

    Nothing runs before an ordered job submitted earlier; before the first ordered job, the
    newest interactive job goes first, then the ordered job, then background jobs in order.
    """
    barrier = next((i for i, job in enumerate(queue) if job.priority == Priority.ORDERED), None)
    eligible = queue[: barrier + 1] if barrier is not None else queue
    interactive = [job for job in eligible if job.priority == Priority.INTERACTIVE]
    if interactive:
        chosen = interactive[-1]
    elif barrier is not None:
        chosen = queue[barrier]
    else:
        chosen = queue[0]
    queue.remove(chosen)
    return chosen


def describe_error(error: BaseException) -> str:
    """What the delegate is told about a failed job: one line, in the interface language
    (:func:`bnldesk.ui.error_texts.error_text`; an unexpected error names its type)."""
    if isinstance(error, BnldeskError):
        return error_text(error)
    return QCoreApplication.translate(
        "Worker", "Internal error (%1). The details are in the log; please report it."
    ).replace("%1", type(error).__name__)


class _Dropped(Exception):
    """Stands for the outcome of a job interrupted and replaced by a newer one of its view."""


class _Runner(QThread):
    """The thread: pops jobs one at a time and posts results back through a queued signal.

    Only the job id crosses the thread boundary in the signal; the result waits in
    ``results`` (under the lock). Passing arbitrary Python objects through a queued
    ``Signal(object)`` loses references in some PySide6 versions (seen as a crash at exit).
    """

    finished_job = Signal(int)

    def __init__(
        self,
        store: Store,
        queue: list[_Job],
        cond: threading.Condition,
        watch: ConnectionWatch,
    ) -> None:
        super().__init__()
        self.setObjectName("bnldesk-db-worker")
        self._store = store
        self._queue = queue
        self._cond = cond
        self._watch = watch
        self.stopping = False
        self.running: _Job | None = None
        self.interrupted: int | None = None  # the running job asked to stop, by id
        self.thread_id = 0
        self.results: dict[int, tuple[Any, BaseException | None]] = {}

    def run(self) -> None:
        self.thread_id = threading.get_ident()
        while True:
            with self._cond:
                while not self._queue and not self.stopping:
                    self._cond.wait()
                if self.stopping and not self._queue:
                    return
                job = next_job(self._queue)
                job_id = job.job_id
                self.running, self.interrupted = job, None
                self._watch.go_on(self.thread_id)
            outcome: tuple[Any, BaseException | None]
            again: Literal["queued", "dropped"] | None = None
            try:
                outcome = (job.fn(self._store), None)
            except Exception as exc:
                again = self._again_later(job, exc)
                if again is None and not isinstance(exc, BnldeskError):
                    log.error("database job failed:\n%s", "".join(traceback.format_exception(exc)))
                outcome = (None, exc)
            except BaseException as exc:  # SystemExit, KeyboardInterrupt: to the GUI thread
                outcome = (None, exc)
                with self._cond:
                    self._queue.clear()  # the program is stopping: nothing more runs
            if again is None:
                with self._cond:
                    self.results[job_id] = outcome
                    self.running = None
            # The job (its function and callbacks may hold widgets) and its outcome (an error's
            # traceback holds the function's frames) are let go here, before the GUI thread is
            # told: the last reference to either is then dropped on the GUI thread, never on
            # this one (a Qt object freed on this thread crashes Qt).
            del job, outcome
            if again != "queued":
                self.finished_job.emit(job_id)

    def _again_later(self, job: _Job, error: Exception) -> Literal["queued", "dropped"] | None:
        """An interrupted job goes back to its place in the queue ("queued"), or is dropped
        when a newer job of its view is waiting ("dropped": its outcome is ready to deliver);
        None when it was not interrupted on purpose."""
        with self._cond:
            if self.interrupted != job.job_id or not is_interruption(error):
                return None
            self.running = self.interrupted = None
            if job.key is None or not any(j.key == job.key for j in self._queue):
                later = [i for i, j in enumerate(self._queue) if j.job_id > job.job_id]
                self._queue.insert(later[0] if later else len(self._queue), job)
                return "queued"
            self.results[job.job_id] = (None, _Dropped())
        return "dropped"

    def interrupt_for(self, newcomer: _Job) -> None:
        """Stop the running job's query if it only reads and ``newcomer`` is interactive
        (call with the lock held, so the running job cannot change meanwhile)."""
        running = self.running
        if (
            running is None
            or newcomer.priority != Priority.INTERACTIVE
            or running.priority == Priority.ORDERED
            or self.interrupted == running.job_id
        ):
            return
        self.interrupted = running.job_id
        self._watch.stop(self.thread_id)


class DbWorker(QObject):
    """Owns the background thread; lives (and calls back) on the GUI thread."""

    busy_changed = Signal(bool)
    idle = Signal()
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # How a job's SystemExit or KeyboardInterrupt stops the program (tests replace it).
        self.exit_application: Callable[[int], None] = QCoreApplication.exit
        self._queue: list[_Job] = []
        self._cond = threading.Condition()
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)
        # A connection kept between searches since before the watch was made would be
        # unknown to it (a search on it could not be stopped): the runner takes new ones.
        store.release_readers()
        self._watch = ConnectionWatch(store.engine)
        self._runner = _Runner(store, self._queue, self._cond, self._watch)
        # Queued: the runner emits on its own thread, the slot runs here on the GUI thread.
        self._runner.finished_job.connect(self._deliver)
        # Garbage is collected on this (the GUI) thread only while the runner and the other
        # threads of the window run (bnldesk.ui.garbage says why).
        self._collector = GuiThreadCollector(self)
        self._collector.start()
        self._runner.start()

    # ---------------------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[Store], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        key: str | None = None,
        priority: Priority = Priority.ORDERED,
    ) -> int:
        """Queue ``fn(store)``; ``on_done(result)`` or ``on_error(exception)`` run on the GUI
        thread. Without ``on_error`` a failure is reported through :attr:`failed`. Returns the
        job's id."""
        job = _Job(next(self._ids), fn, on_done, on_error, key, priority)
        was_idle = not self._jobs
        with self._cond:
            if key is not None:
                for old in [j for j in self._queue if j.key == key]:
                    self._queue.remove(old)
                    self._jobs.pop(old.job_id, None)
            self._queue.append(job)
            self._jobs[job.job_id] = job
            self._runner.interrupt_for(job)
            self._cond.notify()
        if was_idle:
            self.busy_changed.emit(True)
        return job.job_id

    def pending(self) -> int:
        return len(self._jobs)

    def is_idle(self) -> bool:
        return not self._jobs

    def report(self, error: BaseException) -> None:
        """Tell the delegate about a failed job (see :func:`describe_error`)."""
        self.failed.emit(describe_error(error))

    def _deliver(self, job_id: int) -> None:
        with self._cond:
            result, error = self._runner.results.pop(job_id, (None, None))
        job = self._jobs.pop(job_id, None)
        if not self._jobs:
            # The work is done: "Working..." ends now, not after a callback that shows a
            # message and waits for OK (it stayed on behind "Wrote ... .bnlnotes").
            self.busy_changed.emit(False)
        try:
            if isinstance(error, SystemExit | KeyboardInterrupt):
                self._quit(error)
            elif isinstance(error, _Dropped):
                pass  # replaced by a newer job of the same view
            elif job is not None:
                if isinstance(error, Exception):
                    if job.on_error is not None:
                        job.on_error(error)
                    else:
                        self.report(error)
                elif job.on_done is not None:
                    job.on_done(result)
        finally:
            if not self._jobs:
                self.busy_changed.emit(False)
                self.idle.emit()

    def _quit(self, error: SystemExit | KeyboardInterrupt) -> None:
        """A job asked the program to stop: stop it, as it would have on the GUI thread."""
        code = 130 if isinstance(error, KeyboardInterrupt) else error.code
        status = code if isinstance(code, int) else (0 if code is None else 1)
        with self._cond:
            self._queue.clear()
            self._jobs.clear()
        self.idle.emit()  # nothing is left to wait for (wait_idle ends)
        self.exit_application(status)

    def wait_idle(self, timeout_ms: int = 10000, *, hold_input: bool = False) -> bool:
        """Process events until every submitted job (and jobs its callbacks add) has finished;
        False only when ``timeout_ms`` passed first. Jobs a timer adds meanwhile (the look
        for other programs' changes every few seconds) are waited for too: the last round of
        events could start one, and the worker was then reported busy at once (a bench
        stopped on it one run in three).

        Waits in an event loop that :attr:`idle` or the deadline ends, without spinning: the
        loop it replaced called ``processEvents(WaitForMoreEvents, 50)``, which returns at once
        when nothing is pending, and held a core and the interpreter lock from the worker.

        With ``hold_input`` the keys and clicks that arrive meanwhile wait, in order, until
        the caller has finished: a window that waits in the middle of handling a key must
        not handle the next ones inside it (trial 14: Return in the agenda field waited for
        a new meeting to be stored, the keys typed next added a point of their own inside
        that wait, before the point being added)."""
        flags = QEventLoop.ProcessEventsFlag.AllEvents
        if hold_input:
            flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        deadline = QDeadlineTimer(timeout_ms)
        while True:
            if not self._jobs:
                QCoreApplication.processEvents(flags)  # what the last callbacks posted
                if not self._jobs:
                    return True
                continue
            remaining = deadline.remainingTime()
            if remaining <= 0:
                return False
            self._wait_for_idle(remaining, flags)

    def _wait_for_idle(self, timeout_ms: int, flags: QEventLoop.ProcessEventsFlag) -> None:
        """Run an event loop (handling ``flags``' events) until :attr:`idle` fires or
        ``timeout_ms`` pass."""
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        connection = self.idle.connect(loop.quit)
        timer.start(timeout_ms)
        try:
            if self._jobs:  # a finished job is delivered only by this loop: no idle is missed
                loop.exec(flags)
        finally:
            timer.stop()
            QObject.disconnect(connection)

    def call(self, fn: Callable[[Store], T], timeout_ms: int = 30000) -> T:
        """Run ``fn`` on the worker and wait for its result (scripts and tests only)."""
        values: list[T] = []
        errors: list[Exception] = []
        self.run(fn, values.append, errors.append)
        if not self.wait_idle(timeout_ms):
            raise TimeoutError(f"the database worker did not answer within {timeout_ms} ms")
        if errors:
            raise errors[0]
        return values[0]

    def shutdown(self) -> None:
        with self._cond:
            self._runner.stopping = True
            self._cond.notify()
        self._runner.wait()
        self._jobs.clear()
        self._watch.close()
        self.store.release_readers()  # the runner's connection kept for a next search
        self._collector.stop()

"""The one serialised database worker: every query and write of the window runs here.

Like Anki's ``CollectionOp``/``QueryOp``: ``worker.run(fn, on_done, on_error)`` runs ``fn(store)``
on a single background thread, in submission order, and calls ``on_done(result)`` (or
``on_error(exc)``) back on the GUI thread. ``fn`` returns plain data, never live ORM objects.

Jobs submitted with a ``key`` replace a job with the same key that has not started yet, so a
delegate typing in the search box queues at most one search behind the running one.

Tests wait deterministically with ``worker.wait_idle()`` (or ``qtbot.waitSignal(worker.idle)``).
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QObject, QThread, Signal

from bnldesk.store.engine import Store

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass
class _Job:
    job_id: int
    fn: Callable[[Store], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    key: str | None


class _Runner(QThread):
    """The thread: pops jobs one at a time and posts results back through a queued signal.

    Only the job id crosses the thread boundary in the signal; the result waits in
    ``results`` (under the lock). Passing arbitrary Python objects through a queued
    ``Signal(object)`` loses references in some PySide6 versions (seen as a crash at exit).
    """

    finished_job = Signal(int)

    def __init__(self, store: Store, queue: deque[_Job], cond: threading.Condition) -> None:
        super().__init__()
        self.setObjectName("bnldesk-db-worker")
        self._store = store
        self._queue = queue
        self._cond = cond
        self.stopping = False
        self.results: dict[int, tuple[Any, BaseException | None]] = {}

    def run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self.stopping:
                    self._cond.wait()
                if self.stopping and not self._queue:
                    return
                job = self._queue.popleft()
            try:
                outcome: tuple[Any, BaseException | None] = (job.fn(self._store), None)
            except BaseException as exc:
                log.debug("worker job failed: %s", "".join(traceback.format_exception(exc)))
                outcome = (None, exc)
            with self._cond:
                self.results[job.job_id] = outcome
            self.finished_job.emit(job.job_id)


class DbWorker(QObject):
    """Owns the background thread; lives (and calls back) on the GUI thread."""

    busy_changed = Signal(bool)
    idle = Signal()
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._queue: deque[_Job] = deque()
        self._cond = threading.Condition()
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)
        self._runner = _Runner(store, self._queue, self._cond)
        # Queued: the runner emits on its own thread, the slot runs here on the GUI thread.
        self._runner.finished_job.connect(self._deliver)
        self._runner.start()

    # ---------------------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[Store], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        key: str | None = None,
    ) -> int:
        job = _Job(next(self._ids), fn, on_done, on_error, key)
        was_idle = not self._jobs
        with self._cond:
            if key is not None:
                for old in list(self._queue):
                    if old.key == key:
                        self._queue.remove(old)
                        self._jobs.pop(old.job_id, None)
            self._queue.append(job)
            self._jobs[job.job_id] = job
            self._cond.notify()
        if was_idle:
            self.busy_changed.emit(True)
        return job.job_id

    def pending(self) -> int:
        return len(self._jobs)

    def is_idle(self) -> bool:
        return not self._jobs

    def _deliver(self, job_id: int) -> None:
        with self._cond:
            result, error = self._runner.results.pop(job_id, (None, None))
        job = self._jobs.pop(job_id, None)
        try:
            if job is not None:
                if error is not None:
                    if job.on_error is not None:
                        job.on_error(error)
                    else:
                        log.error("database job failed", exc_info=error)
                        self.failed.emit(str(error))
                elif job.on_done is not None:
                    job.on_done(result)
        finally:
            if not self._jobs:
                self.busy_changed.emit(False)
                self.idle.emit()

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """Process events until every submitted job (and jobs its callbacks add) has finished."""
        deadline = QDeadlineTimer(timeout_ms)
        loop = QEventLoop()
        while self._jobs and not deadline.hasExpired():
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        QCoreApplication.processEvents()
        return not self._jobs

    def call(self, fn: Callable[[Store], T], timeout_ms: int = 30000) -> T:
        """Run ``fn`` on the worker and wait for its result (scripts and tests only)."""
        box: dict[str, Any] = {}

        def done(value: T) -> None:
            box["value"] = value

        def error(exc: BaseException) -> None:
            box["error"] = exc

        self.run(fn, done, error)
        self.wait_idle(timeout_ms)
        if "error" in box:
            raise box["error"]
        return box["value"]  # type: ignore[no-any-return]

    def shutdown(self) -> None:
        with self._cond:
            self._runner.stopping = True
            self._cond.notify()
        self._runner.wait()
        self._jobs.clear()

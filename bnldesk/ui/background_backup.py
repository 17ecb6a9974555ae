"""Backups made on a thread of their own, so that the database worker keeps answering queries.

A backup copies the whole file (seconds on a big database). On the one database worker it made
every search and list wait behind it; here it runs beside the worker instead. The copy reads one
snapshot of the file through SQLite's backup API (:func:`bnldesk.services.backup.backup_database`,
its own connections, WAL mode): the worker's reads and writes go on meanwhile, and a write made
during the copy is simply not in this backup.

One backup at a time: :meth:`BackgroundBackup.start` refuses a second while one runs. The result
comes back on the GUI thread through the ``done`` signal; only a job id crosses the thread
boundary (see the worker's note on PySide6 and queued Python objects).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from bnldesk.ui.threads import start_thread
from bnldesk.ui.widgets.progress import ProgressRelay

log = logging.getLogger(__name__)

BackupJob = Callable[[], Path | None]


class BackgroundBackup(QObject):
    """Runs one backup job at a time on a plain thread; ``done`` fires on the GUI thread."""

    done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._outcome: tuple[Path | None, BaseException | None] = (None, None)
        self._callbacks: tuple[
            Callable[[Path | None], None] | None, Callable[[BaseException], None] | None
        ] = (None, None)
        # The thread emits on a relay without a parent, which it keeps alive: the window (and
        # this object with it) may be deleted while a backup runs, and emitting on a deleted
        # object crashes the process, while a deleted receiver merely drops the signal. The
        # relay is let go on the GUI thread once the thread ended (bnldesk.ui.threads).
        self._relay = ProgressRelay()
        self._relay.finished.connect(self.done)
        self.done.connect(self._deliver)

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(
        self,
        job: BackupJob,
        on_done: Callable[[Path | None], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> bool:
        """Start ``job()`` (it returns the backup made, or None when none was needed); returns
        False, starting nothing, while another backup runs."""
        if self.running():
            return False
        self._callbacks = (on_done, on_error)
        self._thread = start_thread(
            lambda: self._run(job), name="bnldesk-backup", keep=(self, self._relay, job)
        )
        return True

    def wait(self, timeout_s: float = 60.0) -> bool:
        """Block until the running backup (if any) has finished; whether it has."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout_s)
        return not self.running()

    def _run(self, job: BackupJob) -> None:
        try:
            outcome: tuple[Path | None, BaseException | None] = (job(), None)
        except Exception as exc:  # handed to on_error on the GUI thread
            outcome = (None, exc)
        with self._lock:
            self._outcome = outcome
        self._relay.finished.emit()

    def _deliver(self) -> None:
        with self._lock:
            made, error = self._outcome
        on_done, on_error = self._callbacks
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background backup failed", exc_info=error)
        elif on_done is not None:
            on_done(made)

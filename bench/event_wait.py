"""Waiting in a bench for something the window does, without spinning the CPU.

``QApplication.processEvents(WaitForMoreEvents, maxtime)`` does not wait: the overload with a
time limit returns at once when no event is pending (Qt ignores ``WaitForMoreEvents`` there), so
a loop around it spun the bench's GUI thread at 100% of a core (0.98 s of CPU per second, 670,000
calls). On this 2-core machine that took a core from the export's own process and the interpreter
lock from the database worker: the full export of the 4x database, 59 s of CPU when written
directly, did not finish within 600 s in bench_stalls at load 13-28 (stop 24), and at load 6 its
process got 25 s of CPU in 133 s. Here the loop blocks until an event comes, and a timer of
:data:`WAKE_MS` makes one come, so the condition is still looked at every few milliseconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

WAKE_MS = 2  # how often the condition is looked at when nothing else happens


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float) -> None:
    """Run the event loop until ``condition()`` is true, blocking between events (no spinning).

    Raises TimeoutError naming ``what`` when ``timeout_s`` seconds pass first."""
    deadline = time.perf_counter() + timeout_s
    wake = QTimer()
    wake.setTimerType(Qt.TimerType.PreciseTimer)
    wake.setInterval(WAKE_MS)
    wake.start()
    try:
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{what} did not finish within {timeout_s:.0f} s")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        wake.stop()

"""Progress reports from a job on the database worker, carried to the GUI thread by a signal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class ProgressRelay(QObject):
    """``callback`` may be called on any thread; ``progress(percent, text)`` arrives queued,
    and ``finished`` once the job is over (its result is handed over elsewhere: no Python
    object crosses threads in a signal).

    A job on a thread of its own that may outlive its window must use a relay without a
    parent, kept alive by the job: emitting on a relay that its parent window has deleted
    crashes the process, while a window deleted with queued signals pending merely drops
    them.
    """

    progress = Signal(int, str)
    finished = Signal()

    def callback(self, *args: Any) -> None:
        fraction = next((a for a in args if isinstance(a, (int, float))), None)
        text = next((a for a in args if isinstance(a, str)), "")
        percent = 0 if fraction is None else int(fraction * 100 if fraction <= 1 else fraction)
        self.progress.emit(max(0, min(100, percent)), text)

"""When text typed into an editor that saves as you go is stored: after a short pause in the
typing, and at the latest a fixed time after the first keystroke not yet stored, however
steadily the delegate keeps typing (a debounce with a maximum wait).

A pause alone is not enough: a delegate who types a paragraph without stopping would have
none of it stored until they stop, and a crash in that time loses the whole paragraph.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

PAUSE_MS = 600  # a pause in typing this long stores what was typed
LONGEST_UNSAVED_MS = 1000  # typed text is stored at the latest this long after its first key


def monotonic_ms() -> float:
    """Milliseconds on a clock that never goes back (the system time may)."""
    return time.monotonic() * 1000.0


class TypingSaver(QObject):
    """Calls ``save`` after ``pause_ms`` without a keystroke, or ``longest_ms`` after the first
    keystroke not yet saved, whichever comes first.

    The editor calls :meth:`typed` on each change and :meth:`saved` when it stores (on leaving
    a field, on a choice, or when this called it). ``clock`` gives milliseconds; tests pass
    their own to stand for time going by without waiting for it.
    """

    def __init__(
        self,
        parent: QObject,
        save: Callable[[], None],
        *,
        pause_ms: int = PAUSE_MS,
        longest_ms: int = LONGEST_UNSAVED_MS,
        clock: Callable[[], float] = monotonic_ms,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._pause_ms = pause_ms
        self._longest_ms = longest_ms
        self.clock = clock
        self._first_unsaved: float | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)

    def typed(self) -> None:
        """A keystroke: wait for a pause, but never past the deadline of the oldest unsaved key."""
        now = self.clock()
        if self._first_unsaved is None:
            self._first_unsaved = now
        left = self._longest_ms - (now - self._first_unsaved)
        if left <= 0:
            self._due()
            return
        self.timer.start(int(min(self._pause_ms, left)))

    def saved(self) -> None:
        """What was typed has been handed to the store: nothing is waiting any more."""
        self.timer.stop()
        self._first_unsaved = None

    def waiting(self) -> bool:
        """Whether typed text is waiting to be stored."""
        return self._first_unsaved is not None

    def _due(self) -> None:
        self.saved()
        self._save()

"""Quit as soon as the main window is shown, when ``BNLDESK_QUIT_WHEN_SHOWN`` is set.

Used by ``bench/bench_startup.py`` (cold start to a shown window) and by ``bnldesk selftest``
(the main window opens). ``bnldesk.ui.app`` calls :func:`install` once, right after creating the
``QApplication``; without the variable it does nothing. It prints "main window shown after
N s" on stderr (the bench reads it) unless the variable is ``quiet``.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

ENV_VAR = "BNLDESK_QUIT_WHEN_SHOWN"
_STARTED = time.perf_counter()


class _QuitWhenShown(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.shown: str | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.shown is None
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            # The first window shown: the main window, or a message box on failure; either
            # way the start is over and nothing must wait for a user who is not there.
            kind = "main window" if isinstance(watched, QMainWindow) else type(watched).__name__
            self.shown = kind
            elapsed = time.perf_counter() - _STARTED
            if os.environ.get(ENV_VAR) != "quiet":
                print(f"bnldesk: {kind} shown after {elapsed:.3f} s", file=sys.stderr, flush=True)
            QTimer.singleShot(0, self._app, self._app.quit)
            if isinstance(watched, QDialog):  # a modal box runs a loop of its own
                QTimer.singleShot(0, watched, watched.reject)
        return False


_probe: _QuitWhenShown | None = None


def install(app: QApplication) -> None:
    global _probe
    if not os.environ.get(ENV_VAR):
        return
    if _probe is not None and _probe.parent() is app:
        _probe.shown = None  # a second start in the same process quits again
        return
    _probe = _QuitWhenShown(app)
    app.installEventFilter(_probe)


def shown_window() -> str | None:
    """What the probe saw first ("main window", a widget class name), or None."""
    return _probe.shown if _probe is not None else None

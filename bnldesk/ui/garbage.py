"""Python's cyclic garbage collection, run on the GUI thread only.

Python runs a collection on whichever thread happens to allocate past the threshold: with a
window open that is often the database worker (a search, an import, an export) or the import
reader. A collection that frees a Qt object's wrapper there deletes the C++ object on the
wrong thread, and Qt crashes (a segmentation fault, seen once in a full test run after a
language switch rebuilt the window). While a :class:`GuiThreadCollector` runs, automatic
collection is off and a timer on the GUI thread collects with the same thresholds, generation
by generation, as the interpreter would have.

The same approach is taken by pyqtgraph (``util/garbage_collector.py``) and GitFourchette
(``gitfourchette/toolbox/gcHint``), after Erik Janssens' "Should the Python garbage collector
be disabled in a Qt application?" (pydev.blogspot.com, 2014).
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

from bnldesk.ui.threads import release_finished

log = logging.getLogger(__name__)

#: How often the GUI thread looks whether a collection is due, in milliseconds. The counts
#: grow by allocations anywhere; a look costs a microsecond, a young collection well under a
#: millisecond.
CHECK_INTERVAL_MS = 500


# How many collectors run now (one per database worker: a second window's, a laptop opened
# beside), and whether automatic collection was on before the first of them started.
_running = 0
_was_enabled = False


class GuiThreadCollector(QObject):
    """Automatic garbage collection off while any of these objects runs; the GUI thread collects.

    Several may run at once (each database worker starts one). Automatic collection goes off
    when the first starts and comes back only when the last of them stops, whatever the
    order: the first window's worker stopping while a second one still ran gave collection
    back to the interpreter, which then ran it on the second worker's thread (stop 28: a
    segmentation fault in ``QScreen::virtualSiblings`` at the next window's creation, after the
    Ctrl+Q scenarios of ``tests/unsaved_notes_windows.py``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self._thresholds = gc.get_threshold()
        self._started = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)

    @property
    def running(self) -> bool:
        """Whether this collector runs (automatic collection is then off)."""
        return self._started

    def start(self) -> None:
        """Turn automatic collection off (if on) and collect on this (the GUI) thread."""
        global _running, _was_enabled
        if self._started:
            return
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
        self._started = True
        self._timer.start()

    def stop(self) -> None:
        """Collect what is due once more, here; the last collector to stop gives collection
        back to the interpreter (if it was on before the first started)."""
        global _running
        if not self._started:
            return
        self._timer.stop()
        self.collect_due()
        self._started = False
        _running -= 1
        if _running == 0 and _was_enabled:
            gc.enable()

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds, youngest first, as
        the interpreter does, after letting go of what ended threads kept
        (:mod:`bnldesk.ui.threads`); returns how many unreachable objects were found."""
        release_finished()  # what ended threads kept goes here, on this thread
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        found = 0
        if young > first:
            found += gc.collect(0)
            if middle > second:
                found += gc.collect(1)
                if old > third:
                    found += gc.collect(2)
        return found

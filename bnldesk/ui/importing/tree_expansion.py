"""A long tree expanded a slice at a time, so that the window keeps answering meanwhile.

``QTreeView.expandAll`` lays out every row at once and asks the Python model for each: for a
60-page plan (7,212 rows) that held the review window 170-330 ms on a loaded laptop
(bench/bench_stalls.py, stall sampler: the GUI thread in ``expandAll``). Here the rows with
children are expanded in tree order, parents before their children, in slices of at most
:data:`SLICE_SECONDS` of work between two turns of the event loop: the top of the tree, which
is what shows first, is expanded first, and a click or a key between two slices is answered.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import QTreeView

SLICE_SECONDS = 0.008  # work per slice: well under one frame, even on a loaded machine


class SlicedExpansion(QObject):
    """Expands the rows of ``tree`` that :meth:`start` is given, a slice at a time.

    :meth:`start` again (after the model was reset) drops what was still to do; ``done`` is
    called once everything is expanded."""

    def __init__(self, tree: QTreeView, done: Callable[[], None] | None = None) -> None:
        super().__init__(tree)
        self.tree = tree
        self.done = done
        self._pending: list[QPersistentModelIndex] = []
        self._next = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def start(self, parents: list[QModelIndex]) -> None:
        """Expand ``parents`` (parents before their children), starting at the next turn of
        the event loop; whatever an earlier start left undone is dropped."""
        self._pending = [QPersistentModelIndex(index) for index in parents]
        self._next = 0
        # Lay out the collapsed tree now (a reset only marks it for later): else the first
        # expansions are only remembered and the later layout does them all at once.
        self.tree.executeDelayedItemsLayout()
        self._timer.start()

    def is_running(self) -> bool:
        """Whether rows are still to be expanded."""
        return self._next < len(self._pending)

    def _expand_next(self) -> None:
        index = self._pending[self._next]
        self._next += 1
        if index.isValid():
            self.tree.expand(index)

    def _slice(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        self._expand_next()  # at least one row a slice, however slow the machine
        while self.is_running() and time.perf_counter() < deadline:
            self._expand_next()
        if self.is_running():
            self._timer.start()
        else:
            self._pending = []
            self._next = 0
            if self.done is not None:
                self.done()

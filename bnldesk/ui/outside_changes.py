"""Showing what other programs wrote: the command line, a second window, a received bundle or
a server sync changing the database while this window is open.

:class:`OutsideWatch` asks :class:`bnldesk.store.outside.OutsideChanges` on the database worker
(a background job, so it never delays what the delegate waits for) every few seconds and when
the application becomes active again; when something changed, every view is told through the
:class:`~bnldesk.ui.changes.ChangeBus`, as after the window's own writes, and reads again what
it shows. Editors keep what the delegate is typing: they save it first, merged field by field
with the other change (:mod:`bnldesk.services.note_edits`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from bnldesk.domain.op_changes import ChangedKind, OpChanges
from bnldesk.store.errors import HoldLostError
from bnldesk.store.outside import OutsideChanges, Seen
from bnldesk.ui.changes import ChangeBus
from bnldesk.ui.worker import Priority

log = logging.getLogger(__name__)

LOOK_EVERY_MS = 3000
# What another program's commit may have changed besides the plans.
RECORD_KINDS = (
    ChangedKind.NOTE,
    ChangedKind.ACTION,
    ChangedKind.MEETING,
    ChangedKind.TAG,
    ChangedKind.CONFLICT,
    ChangedKind.PAIRING,
)


class OutsideWatch(QObject):
    """Looks for other programs' commits and tells the views (see the module's text)."""

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.outside = OutsideChanges(bus.worker.store)
        bus.settle_after_write = self.outside.settle
        self._looking = False
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.look)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def start(self) -> None:
        """Take the baseline now, then look every few seconds."""
        self.look()
        self.timer.start()

    def stop(self) -> None:
        """No more looks (the worker is shutting down); the watch's connection is closed."""
        self.timer.stop()
        self.bus.settle_after_write = None
        self.outside.close()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.timer.isActive():
            self.look()

    def look(self) -> None:
        """Ask on the worker whether another program committed; tell the views if so."""
        if self._looking:
            return
        self._looking = True
        outside = self.outside
        self.bus.worker.run(
            lambda _store: outside.look(),
            self._seen,
            self._failed,
            key="outside-changes",
            priority=Priority.BACKGROUND,
        )

    def _seen(self, seen: Seen) -> None:
        self._looking = False
        if not seen.changed:
            return
        kinds = (*RECORD_KINDS, ChangedKind.PLAN) if seen.plans else RECORD_KINDS
        self.bus.announce(OpChanges.of(*kinds))

    def _failed(self, error: Exception) -> None:
        self._looking = False
        if isinstance(error, HoldLostError):
            # The window's writes no longer reach the file (trial 9): said once, at once; every
            # later write refuses with the same words where it is made.
            self.timer.stop()
            self.bus.worker.report(error)
            return
        # A locked or busy file now is no news for the delegate: the next look tries again.
        log.info("looking for other programs' changes failed: %s", error)

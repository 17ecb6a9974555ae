"""The main window's status bar: what the list holds, what the database holds, whether the
worker is busy, and whether the file is read-only.

The database's counts are read as background work (nobody waits for them) when the window
starts and when a write changed plans, notes or action items.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

from bnldesk.store import browse
from bnldesk.store.engine import Store
from bnldesk.ui.browse.list_model import LazyTableModel
from bnldesk.ui.worker import DbWorker, Priority

SEPARATOR = "  ·  "
# "Working..." appears once the worker has been busy this long (no flash for quick reads).
BUSY_SHOWN_AFTER_MS = 400


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """``text`` translated; with ``count``, ``%n``/``%Ln`` become it in the plural form of the
    interface language. lupdate files plain tr("...") calls under the empty context."""
    return QCoreApplication.translate("", text, disambiguation, count)


def read_totals(store: Store) -> browse.Totals:
    with store.read() as session:
        return browse.totals(session)


def list_text(model: LazyTableModel) -> list[str]:
    """What the list holds: its length (or that it is being counted), and how much is read."""
    items = model.mode == "items"
    if not model.counted:
        parts = [tr("Counting the plan items…") if items else tr("Counting the notes…")]
    elif items:
        parts = [tr("%Ln plan item(s) in the list", None, model.total)]
    else:
        parts = [tr("%Ln note(s) in the list", None, model.total)]
    if model.rowCount() < model.total or not model.counted:
        parts.append(tr("%Ln loaded", None, model.rowCount()))
    return parts


def totals_text(totals: browse.Totals) -> str:
    """What the whole database holds, in one line. Annual plans and work programmes are
    counted apart, as the navigator lists them (trial 14: "2 plans" under a navigator of 3
    entries, one of them a programme)."""
    counts = ", ".join(
        (
            tr("%Ln work programme(s)", None, totals.programmes),
            tr("%Ln annual plan(s)", None, totals.plans),
            tr("%Ln item(s)", None, totals.items),
            tr("%Ln workgroup(s)", None, totals.workgroups),
            tr("%Ln note(s)", None, totals.notes),
            tr("%Ln open action(s)", None, totals.open_actions),
        )
    )
    return tr("Database: %1").replace("%1", counts)


class StatusCounts(QObject):
    """The status bar's labels. ``totals_loaded``: the database's counts were read again."""

    totals_loaded = Signal()

    def __init__(self, status_bar: QStatusBar, worker: DbWorker) -> None:
        super().__init__(status_bar)
        self.worker = worker
        self.totals: browse.Totals | None = None
        self.counts = QLabel()
        self.counts.setObjectName("statusCounts")
        # Never wider than the window: on a narrow screen the counts are cut, not the window.
        self.counts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.busy = QLabel()
        self.read_only = QLabel()
        self.read_only.setObjectName("readOnlyLabel")
        self.read_only.hide()
        status_bar.addWidget(self.read_only)
        status_bar.addWidget(self.counts, 1)
        status_bar.addPermanentWidget(self.busy)
        self._busy_later = QTimer(self)
        self._busy_later.setSingleShot(True)
        self._busy_later.setInterval(BUSY_SHOWN_AFTER_MS)
        self._busy_later.timeout.connect(self._say_busy)

    def show_busy(self, busy: bool) -> None:
        """ "Working..." while the database worker has jobs, once they took longer than a
        moment (the quick reads of every few seconds do not flash it); gone when it is idle."""
        if busy:
            if not self.busy.text():
                self._busy_later.start()
        else:
            self._busy_later.stop()
            self.busy.setText("")

    def _say_busy(self) -> None:
        if not self.worker.is_idle():
            self.busy.setText(tr("Working..."))

    def say_read_only(self) -> None:
        """A short "Read-only" in the status bar, the reason in its tooltip (the whole
        sentence was cut at the right edge at 1366x768, trial 12; the dialog at start said
        why already)."""
        self.read_only.setText(tr("Read-only"))
        self.read_only.setToolTip(
            tr("Read-only: this database is open in another bnldesk window, or cannot be written.")
        )
        self.read_only.show()

    def load_totals(self) -> None:
        """Read the database's counts again (background work), then show them."""

        def done(totals: browse.Totals) -> None:
            self.totals = totals
            self.totals_loaded.emit()

        self.worker.run(read_totals, done, key="totals", priority=Priority.BACKGROUND)

    def show_list(self, model: LazyTableModel) -> None:
        """The list's length and the database's counts."""
        parts = list_text(model)
        if self.totals is not None:
            parts.append(totals_text(self.totals))
        self.counts.setText(SEPARATOR.join(parts))

    def show_search(self, found: int, searching: bool) -> None:
        """While search results replace the list: how many there are (all of them, as the
        line above the results says, not only those listed)."""
        self.counts.setText(tr("%Ln search result(s)", None, found) if searching else "")

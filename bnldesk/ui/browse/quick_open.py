"""Ctrl+K: jump to any workgroup, section, project, chapter or contact by typing its name or code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from bnldesk.domain.workgroup_names import Naming
from bnldesk.services.search import named_hits
from bnldesk.store.engine import Store
from bnldesk.store.search import SearchHit, search
from bnldesk.ui import i18n
from bnldesk.ui.browse.delegates import HtmlDelegate
from bnldesk.ui.browse.models import SearchResultsModel
from bnldesk.ui.worker import DbWorker

PALETTE_KINDS = ("workgroup", "section", "item", "chapter", "contact")
DEBOUNCE_MS = 60


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


def palette_search(
    store: Store, text: str, limit: int = 40, language: str | None = None
) -> list[SearchHit]:
    """The objects Go to lists for ``text``, workgroups first, each workgroup by the name
    printed in ``language`` (the window's) where one was (:func:`named_hits`)."""
    with store.read() as session:
        hits = search(session, text, limit=limit, kinds=PALETTE_KINDS, prefix=True)
        hits = named_hits(session, hits, Naming(language=language))
    # Workgroups first: they are what a delegate most often jumps to by code.
    order = {k: i for i, k in enumerate(PALETTE_KINDS)}
    return sorted(hits, key=lambda h: (order.get(h.kind, 9), h.rank))[:limit]


class QuickOpen(QDialog):
    chosen = Signal(str, int)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickOpen")
        self.setWindowTitle(tr("Go to"))
        self.setModal(True)
        self.resize(640, 420)
        self._worker = worker
        self._generation = 0
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            tr("Type a workgroup code or name, a section or a project (e.g. SENN-CRISE)")
        )
        self.edit.setAccessibleName(tr("Go to: search text"))
        self.edit.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(HtmlDelegate(3, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(tr("Matching objects"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hint = QLabel(tr("Enter opens the selected object, Esc closes."))
        self.hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self.accept_current)
        self.list.activated.connect(lambda _i: self.accept_current())
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
                Qt.Key.Key_PageDown,
                Qt.Key.Key_PageUp,
            ):
                QCoreApplication.sendEvent(self.list, event)
                return True
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.model.set_hits([])
            return

        def done(hits: list[SearchHit]) -> None:
            if generation != self._generation:
                return
            self.model.set_hits(hits)
            if hits:
                self.list.setCurrentIndex(self.model.index(0))
            self.hint.setText(
                tr("Enter opens the selected object, Esc closes.")
                if hits
                else tr("Nothing matches. Try fewer or shorter words.")
            )

        language = i18n.current()
        self._worker.run(
            lambda st: palette_search(st, text, language=language), done, key="palette"
        )

    def accept_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
            self._worker.wait_idle()
        hit = self.model.hit(self.list.currentIndex().row())
        if hit is None:
            hit = self.model.hit(0)
        if hit is None:
            return
        self.chosen.emit(hit.kind, hit.obj_id)
        self.accept()

    def open_fresh(self) -> None:
        self.edit.clear()
        self.model.set_hits([])
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()

"""The agenda table of the meeting editor: plan objects dropped on it become points; and the
column sizing the meeting tables share.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QTableView,
)

from bnldesk.ui.widgets.headers import title_widths
from bnldesk.ui.widgets.object_drag import references


def share_width(view: QTableView, stretch: tuple[int, ...]) -> None:
    """Columns ``stretch`` share the table's width; the others fit their contents."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(view.model().columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Never narrower than its column titles in this language: "Verantwoordelijke" in a
    # stretched column was cut to "rantwoordeli". Stretched columns share the width equally,
    # so each needs the room of the longest stretched title.
    widths = title_widths(view)
    stretched = [widths[column] for column in stretch if column < len(widths)]
    fitted = sum(width for column, width in enumerate(widths) if column not in stretch)
    view.setMinimumWidth(
        fitted + len(stretched) * max(stretched, default=0) + 2 * view.frameWidth()
    )


class AgendaTable(QTableView):
    """The agenda; a plan object dropped on it (from the plan list or the navigator) becomes a
    point about that object."""

    object_dropped = Signal(str)
    context_requested = Signal(object)  # QContextMenuEvent

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def _accepts(self, mime: QMimeData | None) -> bool:
        return bool(references(mime))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        refs = references(event.mimeData())
        if not refs:
            event.ignore()
            return
        for ref in refs:
            self.object_dropped.emit(ref)
        event.acceptProposedAction()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_requested.emit(event)

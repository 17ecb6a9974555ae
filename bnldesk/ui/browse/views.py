"""The main window's own widgets: the search box (Escape clears it), the navigator trees and the
central list (rows dragged onto a meeting's agenda; the list says so when nothing matches),
and Edit > Cut/Copy/Paste on whatever has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QListView,
    QTableView,
    QTreeView,
    QWidget,
)

from bnldesk.ui.browse.models import (
    IdRole,
    KindRole,
)
from bnldesk.ui.widgets.object_drag import drag_current_object


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """``text`` translated; with ``count``, ``%n``/``%Ln`` become it in the plural form of the
    interface language. lupdate files plain tr("...") calls under the empty context."""
    return QCoreApplication.translate("", text, disambiguation, count)


class SearchBox(QLineEdit):
    """The search field: Escape clears it (and so returns to the list)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class ObjectTree(QTreeView):
    """The navigator's trees: a plan object dragged from here lands on a meeting's agenda."""

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        drag_current_object(self, KindRole, IdRole)


class ObjectList(QListView):
    """The search results: a hit dragged from here lands on a meeting's agenda."""

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        drag_current_object(self, KindRole, IdRole)


class EmptyAwareTable(QTableView):
    """A table that says so when nothing matches, instead of showing a blank grid. Its rows
    can be dragged onto a meeting's agenda."""

    resized = Signal()
    empty_text = ""  # set by the window: what to say when nothing matches

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # Tab goes on to the next pane; arrows move in here

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        drag_current_object(self, KindRole, IdRole)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(20, 20, -20, -20),
            int(
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            ),
            self.empty_text
            or tr(
                "Nothing here matches the scope and filters. Choose another object in the "
                "navigator or remove a filter."
            ),
        )
        painter.end()


def edit_focused(method: str) -> None:
    """Edit > Cut/Copy/Paste/Select all on whatever has the keyboard focus: a text field's own
    method, or, for a list or table, a copy of the current row's text."""
    widget = QApplication.focusWidget()
    if widget is None:
        return
    if isinstance(widget, QAbstractItemView) and method == "copy":
        index = widget.currentIndex()
        model = widget.model()
        if index.isValid() and model is not None:
            cells = [
                str(model.index(index.row(), col, index.parent()).data() or "")
                for col in range(model.columnCount(index.parent()))
            ]
            QGuiApplication.clipboard().setText("\t".join(c for c in cells if c))
        return
    call = getattr(widget, method, None)
    if callable(call):
        call()

"""Dragging plan objects (from the plan list, the navigator, the search results) onto other
windows, e.g. a meeting's agenda. The data is "kind:id" ("item:12") under OBJECT_MIME, and as
plain text for any other program."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QAbstractItemView

OBJECT_MIME = "application/x-bnldesk-object"


def object_mime(references: list[str]) -> QMimeData:
    mime = QMimeData()
    text = " ".join(references)
    mime.setData(OBJECT_MIME, text.encode())
    mime.setText(text)
    return mime


def references(mime: QMimeData | None) -> list[str]:
    """The "kind:id" references a drop carries (none for other data)."""
    if mime is None or not mime.hasFormat(OBJECT_MIME):
        return []
    return bytes(mime.data(OBJECT_MIME).data()).decode().split()


def current_object_mime(view: QAbstractItemView, kind_role: int, id_role: int) -> QMimeData | None:
    """The drag data of the object in ``view``'s current row (from its kind and id roles)."""
    index = view.currentIndex()
    kind, obj_id = index.data(kind_role), index.data(id_role)
    if not index.isValid() or kind is None or obj_id is None:
        return None
    kind = "chapter" if kind == "theme" else str(kind)
    return object_mime([f"{kind}:{int(obj_id)}"])


def drag_current_object(view: QAbstractItemView, kind_role: int, id_role: int) -> None:
    """Start a drag of the object in ``view``'s current row."""
    mime = current_object_mime(view, kind_role, id_role)
    if mime is None:
        return
    drag = QDrag(view)
    drag.setMimeData(mime)
    drag.exec(Qt.DropAction.CopyAction)

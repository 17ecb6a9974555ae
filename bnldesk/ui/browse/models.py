"""The search results' model (and the roles the window's models share, from widgets.roles).

Every model of the main window holds only the plain rows handed to it; the window wires their
requests to the database worker (:mod:`bnldesk.ui.browse.sources`):

* :class:`~bnldesk.ui.browse.navigator_model.NavigatorModel`: the plan tree, the workgroups
  tree or the contacts list, a level at a time;
* :class:`~bnldesk.ui.browse.list_model.LazyTableModel`: the central list, a page at a time;
* :class:`SearchResultsModel` (here): full-text hits with their snippets.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from bnldesk.store.search import HIT_END, HIT_START, SearchHit
from bnldesk.ui import labels
from bnldesk.ui.widgets.roles import HeadRole, HtmlRole, IdRole, KindRole

__all__ = ["HeadRole", "HtmlRole", "IdRole", "KindRole", "SearchResultsModel", "highlight_html"]

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the default "no parent" index (not a call in each signature)


def highlight_html(text: str) -> str:
    """Escape ``text``, then turn the search markers into bold: user text stays data."""
    escaped = html.escape(text)
    return escaped.replace(HIT_START, "<b>").replace(HIT_END, "</b>")


def strip_markers(text: str) -> str:
    return text.replace(HIT_START, "").replace(HIT_END, "")


# --------------------------------------------------------------------------------------------
# search results
# --------------------------------------------------------------------------------------------


class SearchResultsModel(QAbstractListModel):
    """Hits of a full-text search: title, kind and year on one line, the snippet below."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, kind: str, obj_id: int) -> int | None:
        """The row of the hit on object ``(kind, obj_id)``, None when no hit is."""
        return next(
            (row for row, hit in enumerate(self._hits) if (hit.kind, hit.obj_id) == (kind, obj_id)),
            None,
        )

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        kind = labels.label(labels.OBJECT_KINDS, hit.kind)
        year = f" · {hit.plan_year}" if hit.plan_year else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title} ({kind}{year})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title}, {kind}{year}: {strip_markers(hit.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return strip_markers(hit.snippet)
        if role == HeadRole:
            return hit.title, f"{kind}{year}", highlight_html(hit.snippet)
        if role == HtmlRole:
            return (
                f"<div style='white-space:nowrap'><b>{html.escape(hit.title)}</b> "
                f"<span class='muted'>{html.escape(kind)}{html.escape(year)}</span></div>"
                f"<div>{highlight_html(hit.snippet)}</div>"
            )
        if role == KindRole:
            return hit.kind
        if role == IdRole:
            return hit.obj_id
        return None

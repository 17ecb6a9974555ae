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
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from bnldesk.store.search import HIT_END, HIT_START, SearchHit, Unread
from bnldesk.ui import i18n, labels
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
    """Hits of a full-text search: title, kind and year on one line, the snippet below.

    A search reads only the hits the list shows at once; the others are listed unread
    (:class:`~bnldesk.store.search.Unread`: their kind and id are known) and read when the
    view first asks for one of them (scrolled to, or End pressed): the model calls its
    ``read_unread`` once, and :meth:`fill` puts what was read in place."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit | None] = []
        self._unread: dict[int, Unread] = {}  # per row not read yet
        self._read_unread: Callable[[], None] | None = None

    def set_hits(
        self,
        hits: list[SearchHit],
        unread: Sequence[Unread] = (),
        read_unread: Callable[[], None] | None = None,
    ) -> None:
        """Show ``hits`` and after them the ``unread`` ones (best first); ``read_unread`` is
        called once, when the view first needs an unread row, to have them read."""
        self.beginResetModel()
        self._hits = [*hits, *(None for _ in unread)]
        self._unread = {len(hits) + offset: hit for offset, hit in enumerate(unread)}
        self._read_unread = read_unread if unread else None
        self.endResetModel()

    def unread(self) -> tuple[Unread, ...]:
        """The hits listed but not read yet, in their order."""
        return tuple(self._unread[row] for row in sorted(self._unread))

    def fill(self, hits: list[SearchHit]) -> None:
        """The unread hits, read: each shown in its row; a row whose object is gone since
        the search (missing from ``hits``) is removed."""
        read = {(hit.kind, hit.obj_id): hit for hit in hits}
        rows = sorted(self._unread, reverse=True)
        for row in rows:
            unread = self._unread.pop(row)
            hit = read.get((unread.kind, unread.obj_id))
            if hit is None:
                self.beginRemoveRows(ROOT, row, row)
                del self._hits[row]
                self.endRemoveRows()
            else:
                self._hits[row] = hit
                self.dataChanged.emit(self.index(row), self.index(row))
        self._read_unread = None

    def hit(self, row: int) -> SearchHit | None:
        """The hit in ``row``; None when there is none or it is not read yet."""
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def target(self, row: int) -> tuple[str, int] | None:
        """The ``(kind, id)`` of the object in ``row``, read or not; None for no row."""
        hit = self.hit(row)
        if hit is not None:
            return hit.kind, hit.obj_id
        unread = self._unread.get(row)
        return None if unread is None else (unread.kind, unread.obj_id)

    def row_of(self, kind: str, obj_id: int) -> int | None:
        """The row of the hit on object ``(kind, obj_id)``, None when no hit is."""
        return next(
            (row for row in range(len(self._hits)) if self.target(row) == (kind, obj_id)),
            None,
        )

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if hit is None:
            return self._unread_data(self._unread[index.row()], role)
        kind = labels.label(labels.OBJECT_KINDS, hit.kind)
        year = f" · {hit.plan_year}" if hit.plan_year else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title} ({kind}{year})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return i18n.labelled(f"{hit.title}, {kind}{year}", strip_markers(hit.snippet))
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

    def _unread_data(self, unread: Unread, role: int) -> Any:
        """What a row not read yet shows (its kind; the rest once read), asking for the
        unread rows to be read the first time one is wanted."""
        if self._read_unread is not None:
            # Asked for after this paint, not inside it: the request queues a worker job,
            # whose "Working…" signal would change other widgets while this view paints.
            QTimer.singleShot(0, self, self._read_unread)
            self._read_unread = None
        kind = labels.label(labels.OBJECT_KINDS, unread.kind)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"… ({kind})"
        if role == HeadRole:
            return "…", kind, ""
        if role == HtmlRole:
            return f"<div>… <span class='muted'>{html.escape(kind)}</span></div>"
        if role == KindRole:
            return unread.kind
        if role == IdRole:
            return unread.obj_id
        return None

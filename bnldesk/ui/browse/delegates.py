"""An item delegate that paints a row's HTML (escaped text with bold matches) at a fixed height."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from bnldesk.ui.browse.models import HeadRole, HtmlRole
from bnldesk.ui.widgets import colours

Index = QModelIndex | QPersistentModelIndex


class HtmlDelegate(QStyledItemDelegate):
    def __init__(self, lines: int = 2, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self._doc = QTextDocument()
        self._doc.setDocumentMargin(3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        html_text = self.html_for(index, opt)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        # Greyed parts (the kind, the year) in the selection's own text colour when selected:
        # a fixed grey read black on blue.
        muted = (
            opt.palette.color(QPalette.ColorRole.HighlightedText) if selected else colours.muted()
        )
        self._doc.setDefaultStyleSheet(f".muted {{ color: {colours.css(muted)}; }}")
        self._doc.setDefaultFont(opt.font)
        self._doc.setTextWidth(opt.rect.width())
        self._doc.setHtml(str(html_text))
        painter.save()
        painter.translate(opt.rect.topLeft())
        clip = QRectF(0, 0, opt.rect.width(), opt.rect.height())
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = clip
        if selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        self._doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def html_for(self, index: Index, opt: QStyleOptionViewItem) -> str:
        """The row's HTML; a (title, kind, snippet) head gets its title elided to the width,
        so a long title never pushes its kind and year out of view."""
        head = index.data(HeadRole)
        if not (isinstance(head, tuple) and len(head) == 3):
            return str(index.data(HtmlRole) or "")
        title, kind, snippet = (str(part) for part in head)
        bold = QFont(opt.font)
        bold.setBold(True)
        room = opt.rect.width() - QFontMetrics(opt.font).horizontalAdvance(kind) - 24
        shown = QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, max(room, 40))
        return (
            f"<div style='white-space:nowrap'><b>{html.escape(shown)}</b> "
            f"<span class='muted'>{html.escape(kind)}</span></div>"
            f"<div>{snippet}</div>"
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.lineSpacing() * self._lines + 10
        return QSize(200, height)

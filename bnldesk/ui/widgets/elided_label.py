"""A label for text a delegate typed: plain text on one line, cut with an ellipsis to the room it
gets, the full text in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QWidget,
)


class ElidedLabel(QLabel):
    """Plain text on one line, cut with "…" to the room it gets (full text as tooltip)."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(parent)
        # ElideMiddle keeps both ends of a name: "Strategische … (SENN-CRISE)".
        self.mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._shorter: tuple[str, ...] = ()
        self.setText(text)

    def setText(self, text: str) -> None:
        self._shorter = ()
        super().setText(text)
        self.setToolTip(text)

    def set_text_or_shorter(self, text: str, *shorter: str) -> None:
        """Show ``text``, or where it does not fit the first of ``shorter`` (shorter ways of
        saying it, the most important part kept) that does; the last is cut if none fits.
        The tooltip holds ``text``. An ellipsis took the end of a refusal, its example."""
        self.setText(text)
        self._shorter = shorter

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawText(
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.shown_text(),
        )
        painter.end()

    def shown_text(self) -> str:
        """The text as painted: the first way of saying it that fits, else the last, cut."""
        metrics, room = self.fontMetrics(), self.contentsRect().width()
        candidates = (self.text(), *self._shorter)
        for candidate in candidates:
            if metrics.horizontalAdvance(candidate) <= room:
                return candidate
        return metrics.elidedText(candidates[-1], self.mode, room)

"""A label for text a delegate typed or a document gave: plain text on one line (or wrapped on
up to a few lines), cut with an ellipsis to the room it gets, the full text in its tooltip.

A label of several lines breaks at word boundaries, and inside a word only where one word is
wider than the line (a 5,000-character word must not widen its pane); it asks its layout for
the height of the lines its text needs at the width it gets (height for width), so that a pane
that scrolls grows instead of cutting the text off.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPaintEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QWidget,
)


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` pixels (at word boundaries; inside a
    word only when it is longer than a line). Line breaks in ``text`` count as spaces."""
    flat = " ".join(text.split())
    if not flat:
        return [""]
    layout = QTextLayout(flat, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        lines.append(flat[line.textStart() : line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return lines or [""]


class ElidedLabel(QLabel):
    """Plain text on one line (or up to ``lines`` wrapped lines), cut with "…" to the room it
    gets (full text as tooltip)."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        lines: int = 1,
    ) -> None:
        super().__init__(parent)
        # ElideMiddle keeps both ends of a name: "Strategische … (SENN-CRISE)".
        self.mode = mode
        self.lines = 1
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._shorter: tuple[str, ...] = ()
        self.set_lines(lines)
        self.setText(text)

    def set_lines(self, lines: int) -> None:
        """Wrap on up to ``lines`` lines from now on (1: one line, cut)."""
        self.lines = max(1, lines)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(self.lines > 1)
        self.setSizePolicy(policy)
        self.updateGeometry()
        self.update()

    def setText(self, text: str) -> None:
        self._shorter = ()
        super().setText(text)
        self.setToolTip(text)
        self.updateGeometry()

    def set_text_or_shorter(self, text: str, *shorter: str) -> None:
        """Show ``text``, or where it does not fit the first of ``shorter`` (shorter ways of
        saying it, the most important part kept) that does; the last is cut if none fits.
        The tooltip holds ``text``. An ellipsis took the end of a refusal, its example."""
        self.setText(text)
        self._shorter = shorter

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return self.lines > 1

    def heightForWidth(self, width: int) -> int:
        if self.lines == 1:
            return super().heightForWidth(width)
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right()
        count = len(self._lines_for(room))
        return count * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.lines == 1:
            return hint
        return QSize(hint.width(), self.heightForWidth(max(self.width(), 40)))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        room = self.contentsRect()
        if self.lines == 1:
            painter.drawText(
                room,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.shown_text(),
            )
        else:
            spacing = self.fontMetrics().lineSpacing()
            shown = self._lines_for(room.width())
            top = room.top() + max(0, (room.height() - spacing * len(shown)) // 2)
            for number, line in enumerate(shown):
                painter.drawText(
                    room.left(),
                    top + number * spacing,
                    room.width(),
                    spacing,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    line,
                )
        painter.end()

    def shown_text(self) -> str:
        """The text as painted (its lines joined by a line break): the first way of saying it
        that fits, else the last, cut."""
        if self.lines > 1:
            return "\n".join(self._lines_for(self.contentsRect().width()))
        metrics, room = self.fontMetrics(), self.contentsRect().width()
        candidates = (self.text(), *self._shorter)
        for candidate in candidates:
            if metrics.horizontalAdvance(candidate) <= room:
                return candidate
        return metrics.elidedText(candidates[-1], self.mode, room)

    def _lines_for(self, room: int) -> list[str]:
        """The lines shown in ``room`` pixels: the first way of saying it whose lines fit
        within ``lines``, else the last, its last line cut with "…" (in the middle with
        ElideMiddle, so that the end, a workgroup's code, stays)."""
        metrics = self.fontMetrics()
        candidates = (self.text(), *self._shorter)
        for candidate in candidates:
            found = wrapped_lines(candidate, self.font(), room)
            if len(found) <= self.lines:
                return found
        found = wrapped_lines(candidates[-1], self.font(), room)
        kept = found[: self.lines - 1]
        rest = " ".join(found[self.lines - 1 :])
        return [*kept, metrics.elidedText(rest, self.mode, max(room, 1))]

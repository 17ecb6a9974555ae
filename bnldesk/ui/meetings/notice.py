"""A line in the Meetings window saying what was just done (a debrief, a removed point, a
calendar file written), with an Undo button when the step can be taken back.

It says it where the delegate is looking: the main window's status bar sits behind the
Meetings window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from bnldesk.ui.widgets import colours


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate("Meetings", text, disambiguation, count)


class Notice(QWidget):
    """What was just done, in words; hidden until :meth:`tell`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.label = QLabel()
        self.label.setObjectName("noticeText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # titles are the delegate's text
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet(f"color: {colours.css(colours.accent(colours.NEW))};")
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.setObjectName("noticeUndo")
        self.undo_button.setAutoDefault(False)
        self.undo_button.setToolTip(tr("Take this step back (Ctrl+Z does the same)"))
        self.undo_button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        self._undo_call: Callable[[], None] | None = None
        self.hide()

    def tell(self, text: str, undo: Callable[[], None] | None = None) -> None:
        """Show ``text``; with ``undo``, an Undo button that calls it once."""
        self.label.setText(text)
        self._undo_call = undo
        self.undo_button.setVisible(undo is not None)
        self.show()

    def clear(self) -> None:
        self._undo_call = None
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _undo(self) -> None:
        call = self._undo_call
        self.clear()
        if call is not None:
            call()

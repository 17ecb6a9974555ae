"""A new action item of a meeting: what, who, and by when (a date typed in the interface
language, refused in sight when it cannot be read).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from bnldesk.ui.widgets import colours
from bnldesk.ui.widgets.date_fields import DateField
from bnldesk.ui.widgets.dialogs import plain_dialog


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate("Meetings", text, disambiguation, count)


class ActionDialog(QDialog):
    """A new action item: what, who, by when (a date typed in the interface language)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        plain_dialog(self)
        self.setWindowTitle(tr("New action item"))
        self.title = QLineEdit()
        self.owner = QLineEdit()
        self.due = DateField(self)
        self.due.set_value(dt.date.today() + dt.timedelta(days=14))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(colours.warning_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(tr("Action"), self.title)
        form.addRow(tr("Owner"), self.owner)
        form.addRow(tr("Due"), self.due)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        """Refuse, in sight, a missing title or a date that cannot be read."""
        if not self.due.read_text():
            self._refuse(self.due.toolTip())
            return
        if not self.title.text().strip():
            self._refuse(tr("Say what is to be done."))
            self.title.setFocus()
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def values(self) -> tuple[str, str, dt.date | None]:
        return self.title.text().strip(), self.owner.text().strip(), self.due.value()

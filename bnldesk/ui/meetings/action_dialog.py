"""A new action item of a meeting: what, who, by when (a date typed in the interface
language, refused in sight when it cannot be read), and the agenda point it is raised under
(or the meeting as a whole).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
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

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        points: list[tuple[int, str]] | None = None,
        point_id: int | None = None,
    ) -> None:
        """``points`` the meeting's agenda as (point id, "2. title"), ``point_id`` the one
        proposed (the point selected in the agenda; None: the whole meeting)."""
        super().__init__(parent)
        self.setObjectName("actionDialog")
        plain_dialog(self)
        self.setWindowTitle(tr("New action item"))
        self.title = QLineEdit()
        self.owner = QLineEdit()
        # No parent before the layout: a widget parented first comes first in the tab order
        # (the dialog opened in Due, and Tab from Owner went to OK, losing the date typed).
        self.due = DateField()
        self.due.set_value(dt.date.today() + dt.timedelta(days=14))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(colours.warning_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        # The point the action is raised under: the brief lists it there, the agenda shows it
        # with the point (trial 10: every action looked like the whole meeting's).
        self.point = QComboBox()
        self.point.setObjectName("actionPoint")
        # A long point's title must not widen the dialog past the screen, which cut the
        # labels ("Point de l'orc", trial 12): the list shows it whole when open.
        self.point.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.point.setMinimumContentsLength(24)
        self.point.addItem(tr("The whole meeting"), None)
        for known_id, label in points or []:
            self.point.addItem(label, known_id)
        self.point.setCurrentIndex(max(0, self.point.findData(point_id)))
        form = QFormLayout(self)
        form.addRow(tr("Action"), self.title)
        form.addRow(tr("Owner"), self.owner)
        form.addRow(tr("Due"), self.due)
        form.addRow(tr("Agenda point"), self.point)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)
        QWidget.setTabOrder(self.title, self.owner)
        QWidget.setTabOrder(self.owner, self.due)
        self.title.setFocus()

    def accept(self) -> None:
        """Refuse, in sight, a missing title or a date that cannot be read."""
        if not self.due.read_text():
            self._refuse(self.due.toolTip())
            self.due.setFocus()
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

    def point_id(self) -> int | None:
        """The agenda point chosen, None for the whole meeting."""
        chosen = self.point.currentData()
        return int(chosen) if chosen is not None else None

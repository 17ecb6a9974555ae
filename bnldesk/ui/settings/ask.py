"""Asking the delegation once, the first time something needs it (trials 14 and 15).

A Luxembourg delegate on a French system found briefs stamped "DÉLÉGATION BE": the delegation
was assumed, never asked. Until the delegate chooses one it is "not chosen"; whatever stamps
it (a brief, a note, a notes bundle, an imported sheet) calls :func:`ask_delegation` first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bnldesk.ui import labels
from bnldesk.ui.settings import Settings
from bnldesk.ui.widgets.dialogs import plain_dialog

ASKED = ("BE", "NL", "LU")  # "other" stays in Preferences (it needs a typed name)


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


class DelegationDialog(QDialog):
    """Belgium / Netherlands / Luxembourg as radio buttons (arrow keys move, Enter accepts);
    none is ticked, so OK stays disabled until the delegate picks one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delegationDialog")
        plain_dialog(self)
        self.setWindowTitle(tr("Your delegation"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        question = QLabel(
            tr(
                "Which delegation do you work for? Briefs and notes are stamped with it. "
                "You can change it later in Preferences."
            )
        )
        question.setWordWrap(True)
        question.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(question)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code in ASKED:
            button = QRadioButton(labels.label(labels.DELEGATIONS, code))
            button.setObjectName(f"delegation{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.group.buttonToggled.connect(lambda *_: ok.setEnabled(self.chosen() is not None))
        layout.addWidget(self.box)
        self.buttons[ASKED[0]].setFocus()

    def chosen(self) -> str | None:
        """The ticked delegation's code, None while none is ticked."""
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()


def ask_delegation(settings: Settings, parent: QWidget | None) -> str | None:
    """The chosen delegation; when none is chosen yet, asked once (modal) and remembered in
    ``settings``. None when the delegate cancels: the caller then cancels its action."""
    if settings.delegation_chosen():
        return settings.delegation()
    dialog = DelegationDialog(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        code = dialog.chosen()
    finally:
        dialog.deleteLater()
    if code is None:
        return None
    settings.set("prefs/delegation", code)
    settings.sync()
    return settings.delegation()

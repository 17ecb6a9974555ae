"""Asking the delegation once, the first time something needs it (trials 14 and 15).

A Luxembourg delegate on a French system found briefs stamped "DÉLÉGATION BE": the delegation
was assumed, never asked. Until the delegate chooses one it is "not chosen"; whatever stamps
it (a brief, a note, a notes bundle, an imported sheet) calls :func:`ask_delegation` first.
"""

from __future__ import annotations

import os

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

from bnldesk.ui import i18n, labels
from bnldesk.ui.settings import Settings
from bnldesk.ui.widgets.dialogs import plain_dialog

ASKED = ("BE", "NL", "LU")  # "other" stays in Preferences (it needs a typed name)

# The delegation a locale's territory suggests ("fr_LU.UTF-8" is Luxembourg's).
_TERRITORIES = {"BE": "BE", "NL": "NL", "LU": "LU"}
# The interface language's own country when the locale names none of the three: Dutch is the
# Netherlands' (a Flemish system says nl_BE); French is Belgium's as well as Luxembourg's.
_LANGUAGES = {"nl": "NL"}


def likely_delegation(environ: dict[str, str] | None = None) -> str | None:
    """The delegation the system suggests: the territory of the first of ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG`` that is set ("lb_LU.UTF-8": "LU"), else the interface
    language's country ("nl": "NL"); None when neither says one of BE, NL, LU."""
    env = os.environ if environ is None else environ
    value = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    territory = value.split(".")[0].split("@")[0].partition("_")[2].upper()
    return _TERRITORIES.get(territory) or _LANGUAGES.get(i18n.current())


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


class DelegationDialog(QDialog):
    """Belgium / Netherlands / Luxembourg as radio buttons (arrow keys move, Enter accepts);
    the one the locale suggests is ticked (:func:`likely_delegation`), else none, and OK stays
    disabled until the delegate picks one."""

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
        # Ticked ahead from the locale, so Return accepts it (trial 18); nothing when the
        # system does not say (trials 14 and 15: never an assumed BE).
        guess = likely_delegation()
        if guess is not None:
            self.buttons[guess].setChecked(True)
        self.buttons[guess or ASKED[0]].setFocus()

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

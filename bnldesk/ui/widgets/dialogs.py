"""Small dialogs look like dialogs: a title and a close button, no minimise or maximise; Enter
means OK in them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
)

DIALOG_FLAGS = (
    Qt.WindowType.Dialog
    | Qt.WindowType.CustomizeWindowHint
    | Qt.WindowType.WindowTitleHint
    | Qt.WindowType.WindowCloseButtonHint
)


def plain_dialog(dialog: QDialog) -> QDialog:
    """Give ``dialog`` only a title and a close button, and Enter pressing its OK wherever the
    focus is (:func:`enter_means_ok`); returns it."""
    dialog.setWindowFlags(DIALOG_FLAGS)
    dialog.installEventFilter(_EnterMeansOk(dialog))
    return dialog


def enter_means_ok(dialog: QDialog) -> None:
    """Enter in ``dialog`` presses its OK (the accepting button of its button box), never a
    button beside a field ("Choose...", "Browse..."): those lose Qt's auto-default, which made
    a button default as soon as it had had the focus (trial N5: Enter in Preferences opened the
    folder chooser)."""
    accepting: QPushButton | None = None
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            role = box.buttonRole(button)
            # Not Apply: an import's Apply is clicked, never pressed by an Enter meant elsewhere.
            if accepting is None and role in (
                QDialogButtonBox.ButtonRole.AcceptRole,
                QDialogButtonBox.ButtonRole.YesRole,
            ):
                accepting = button if isinstance(button, QPushButton) else None
    if accepting is None:
        return  # no OK to press: the dialog decides what Enter does
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
    accepting.setDefault(True)


class _EnterMeansOk(QObject):
    """Applies :func:`enter_means_ok` to its dialog each time it is shown (buttons added after
    :func:`plain_dialog` included)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            enter_means_ok(watched)
        return False

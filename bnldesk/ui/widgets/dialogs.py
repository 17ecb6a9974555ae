"""Small dialogs look like dialogs: a title and a close button, no minimise or maximise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

DIALOG_FLAGS = (
    Qt.WindowType.Dialog
    | Qt.WindowType.CustomizeWindowHint
    | Qt.WindowType.WindowTitleHint
    | Qt.WindowType.WindowCloseButtonHint
)


def plain_dialog(dialog: QDialog) -> QDialog:
    """Give ``dialog`` only a title and a close button; returns it."""
    dialog.setWindowFlags(DIALOG_FLAGS)
    return dialog

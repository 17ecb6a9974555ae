"""Small dialogs look like dialogs: a title and a close button, no minimise or maximise; Enter
means OK in them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
)

from bnldesk.ui import i18n

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


def sentence(text: str) -> str:
    """``text`` starting with a capital, as a message box shows a sentence (the error texts
    start in lower case to be joined into others: "the folder X does not exist"); the
    program's name and a file name at the start keep their own spelling
    (:func:`bnldesk.ui.i18n.sentence`)."""
    return i18n.sentence(text)


def show_fault(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning over ``parent`` titled ``title`` (the dialog's or the window's name, never
    just "bnldesk"), ``text`` as a sentence; window-modal and not blocking. The box is kept as
    ``parent.fault_box`` (tests and screenshots read it)."""
    box = QMessageBox(parent)
    box.setObjectName("faultBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(sentence(text))
    box.setTextFormat(Qt.TextFormat.PlainText)  # paths and names are the delegate's text
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    parent.fault_box = box  # type: ignore[attr-defined]
    box.open()
    return box


class WritingDialog(QDialog):
    """A dialog that writes a file (a brief, a workbook, a notes bundle): it stays open until
    the file is written, so that a fault (a folder that cannot be written, a full disk) is
    shown over it and the delegate picks another folder with every other choice as set.

    A subclass's ``accept()`` checks and asks (replace the file?), then calls
    :meth:`confirm`, which emits ``confirmed``; whoever writes calls :meth:`written` when the
    file is in place (the dialog closes as accepted) or :meth:`refused` with the fault."""

    confirmed = Signal()

    def confirm(self) -> None:
        """The choices are checked: start writing (the OK button waits until it is done)."""
        self._set_writing(True)
        self.confirmed.emit()

    def written(self) -> None:
        """The file is in place: close as accepted."""
        self._set_writing(False)
        QDialog.accept(self)

    def refused(self, text: str) -> QMessageBox:
        """Writing failed: say ``text`` over the dialog, titled with its name; it stays open."""
        self._set_writing(False)
        return show_fault(self, self.windowTitle(), text)

    def _set_writing(self, writing: bool) -> None:
        for box in self.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                    button.setEnabled(not writing)

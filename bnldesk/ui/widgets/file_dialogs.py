"""The file dialogs of bnldesk: Qt's own dialog, told never to read the files it lists.

Qt's file dialog finds each listed file's icon and type from its content (``QMimeDatabase``
opens and reads every file whose name does not settle it), from a thread of this process. A
database file, its ``-wal`` and its ``-shm`` lie in the folder the delegate browses; closing
any descriptor of a file drops every POSIX lock this process holds on it, SQLite's included.
Merely showing the database's folder in File > Import document... left the window holding no
lock, and the next command-line call on the file took itself for the last connection and
deleted the write-ahead log the window went on writing to (trial 9, N1: notes lost). The
desktop's own dialog (GTK's, in this process) reads contents the same way.

So every dialog is Qt's widget dialog (on Windows, whose locks are not dropped so, the native
one) with :class:`NameOnlyIconProvider`: icon and type from the name alone. Every file dialog
of the application is made here; ``tests/test_window_keeps_its_database.py`` keeps it so.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QHeaderView, QTreeView, QWidget

# The dialog's size on a screen that has room (the window manager keeps it on a smaller one):
# Qt's default left "Date Modified" cut to "30 11 2…6 19:00" at 1280x720 (trial 11).
WIDTH, HEIGHT = 900, 540


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


def type_name(file_name: str) -> str | None:
    """The type of a file the delegate opens or writes, told by its extension, in the
    interface language ("Document Word"); None for another kind (the system's MIME database
    names it, in English: trial 14 read "plain text document" and "Microsoft Word Document"
    in a French window)."""
    suffix = file_name.rpartition(".")[2].casefold() if "." in file_name else ""
    names = {
        "pdf": tr("PDF document"),
        "docx": tr("Word document"),
        "doc": tr("Word document"),
        "txt": tr("Text document"),
        "md": tr("Markdown document"),
        "xlsx": tr("Excel workbook"),
        "xls": tr("Excel workbook"),
        "db": tr("bnldesk database"),
        "json": tr("JSON file"),
    }
    return names.get(suffix)


class NameOnlyIconProvider(QFileIconProvider):
    """A file's icon and type told from its name, never from its content (see the module)."""

    def __init__(self) -> None:
        super().__init__()
        # Made here, in the GUI thread: the dialog's model asks from a thread of its own.
        self._folder_icon = super().icon(QFileIconProvider.IconType.Folder)
        self._file_icon = super().icon(QFileIconProvider.IconType.File)

    def icon(self, which: QFileIconProvider.IconType | QFileInfo) -> QIcon:
        """A folder's or a file's icon; for a ``QFileInfo``, from its kind alone."""
        if isinstance(which, QFileInfo):
            return self._folder_icon if which.isDir() else self._file_icon
        return super().icon(which)

    def type(self, info: QFileInfo) -> str:
        """The type shown in the dialog's Type column, from the file's name ("Markdown
        document", "Folder"), in the interface language for the kinds bnldesk reads and
        writes (:func:`type_name`); never reads the file."""
        if info.isDir():
            return tr("Folder")
        ours = type_name(info.fileName())
        if ours is not None:
            return ours
        mime = QMimeDatabase().mimeTypeForFile(
            info.fileName(), QMimeDatabase.MatchMode.MatchExtension
        )
        return mime.comment()


def _dialog(
    parent: QWidget | None,
    caption: str,
    directory: str,
    file_filter: str,
    mode: QFileDialog.FileMode,
) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, file_filter)
    dialog.setFileMode(mode)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog.setProperty("bnldesk_icon_provider", provider)  # kept alive as long as the dialog
    _fit_columns(dialog)
    return dialog


def _fit_columns(dialog: QFileDialog) -> None:
    """The widget dialog's file list: the name takes the room left, size, type and date are
    as wide as their texts; the dialog as large as :data:`WIDTH` x :data:`HEIGHT` allows on
    the screen."""
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        dialog.resize(min(WIDTH, room.width() * 9 // 10), min(HEIGHT, room.height() * 9 // 10))
    details = dialog.findChild(QTreeView, "treeView")
    if details is None:  # the native dialog (Windows): its own columns
        return
    header = details.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _run(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return ""
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else ""
    finally:
        dialog.deleteLater()


def get_open_file_name(
    parent: QWidget | None, caption: str, directory: str, file_filter: str
) -> tuple[str, str]:
    """Ask for an existing file, like ``QFileDialog.getOpenFileName``: (the path, or "" when
    the delegate cancels; the filter chosen)."""
    dialog = _dialog(parent, caption, directory, file_filter, QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return chosen, dialog.selectedNameFilter() if chosen else ""


def get_save_file_name(
    parent: QWidget | None, caption: str, directory: str, file_filter: str
) -> tuple[str, str]:
    """Ask where to save, like ``QFileDialog.getSaveFileName`` (Qt asks before replacing a
    file): (the path, or "" when the delegate cancels; the filter chosen)."""
    dialog = _dialog(parent, caption, directory, file_filter, QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chosen = _run(dialog)
    return chosen, dialog.selectedNameFilter() if chosen else ""


def get_existing_directory(parent: QWidget | None, caption: str, directory: str) -> str:
    """Ask for a folder, like ``QFileDialog.getExistingDirectory``: its path, or ""."""
    dialog = _dialog(parent, caption, directory, "", QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return _run(dialog)

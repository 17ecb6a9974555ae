"""What the export dialogs share: form labels, the file row with Browse..., asking before a
file is replaced, file suffixes and escaping for a rich-text label.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from bnldesk.ui import i18n
from bnldesk.ui.widgets import file_dialogs

if TYPE_CHECKING:
    pass


CONTEXT = "ExportDialogs"


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """``text`` translated; with ``count``, ``%n`` becomes it in the language's plural form
    (lupdate reads ``tr("%n note(s)", None, count)`` as a plural message)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, count)


def label_text(text: str) -> str:
    """A form label: the text and a colon, as the interface language writes it."""
    return i18n.with_colon(text)


class PathRow(QWidget):
    """A file name with a Browse... button."""

    def __init__(self, path: Path, file_filter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter = file_filter
        self.edit = QLineEdit(str(path))
        self.edit.setObjectName("exportPath")
        browse = QPushButton(tr("Browse..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)

    def _browse(self) -> None:
        chosen, _ = file_dialogs.get_save_file_name(
            self, tr("Save as"), self.edit.text(), self._filter
        )
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path:
        return Path(self.edit.text().strip()).expanduser()


def confirm_overwrite(parent: QWidget, path: Path) -> bool:
    """True when ``path`` does not exist yet, or the delegate agrees to replace it."""
    if not path.exists():
        return True
    answer = QMessageBox.question(
        parent,
        tr("Replace file"),
        i18n.filled(tr("%1 already exists in %2. Replace it?"), path.name, str(path.parent)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

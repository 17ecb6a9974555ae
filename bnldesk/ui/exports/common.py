"""What the export dialogs share: form labels, the file row with Browse..., whom the file is
for, asking before a file is replaced, file suffixes and escaping for a rich-text label.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from bnldesk.paths import default_export_dir
from bnldesk.services.reports.audience import Audience, audience_file_stem
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


class AudienceChoice(QComboBox):
    """ "For: my delegation / other delegations": whom the file is for, the delegation unless
    chosen here (never remembered: each file is made for someone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportAudience")
        self.addItem(tr("My delegation"), Audience.DELEGATION.value)
        self.addItem(tr("Other delegations"), Audience.PARTNERS.value)
        self.setToolTip(
            tr(
                "For other delegations, the file holds only the notes marked shareable and "
                "says nothing of the others."
            )
        )

    def audience(self) -> Audience:
        """The audience chosen."""
        return Audience(str(self.currentData()))

    def for_partners(self) -> bool:
        """Whether the file is for other delegations."""
        return self.audience() == Audience.PARTNERS

    def path_for(self, path: Path, language: str) -> Path:
        """``path`` named for the audience chosen ("brief-SENN-CRISE-2026-12-08-voor-andere-
        delegaties.pdf" for other delegations, in the files' ``language``)."""
        stem = audience_file_stem(path.stem, self.audience(), language)
        return path.with_name(stem + path.suffix)


def partners_note() -> str:
    """The line a dialog shows while other delegations are chosen (where it says, for the
    delegation, how many private notes are left out)."""
    return tr(
        "For other delegations: only notes marked shareable go in. Your delegation's and "
        "private notes stay out, and the file does not mention them."
    )


def ready_to_write(parent: QWidget, path: Path, quiet_folders: tuple[Path, ...] = ()) -> bool:
    """Whether ``path`` may be written now: its folder exists and ``path`` does not, or the
    delegate agrees to replace it.

    The folder a dialog proposes (bnldesk's default export folder, or one of
    ``quiet_folders``, such as the export folder of the preferences) is made without asking
    (trial 12: Share refused ~/Documents/bnldesk, the folder it had proposed itself); another
    missing folder the delegate typed is made after asking. False when the delegate declines
    or the folder cannot be made (said in a message box)."""
    folder = path.parent
    if not folder.exists():
        quiet = {default_export_dir(), *quiet_folders}
        if folder not in quiet and not _agree_to_create(parent, folder):
            return False
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(
                parent,
                tr("Folder not made"),
                i18n.filled(
                    tr("The folder %1 could not be made: %2."),
                    str(folder),
                    exc.strerror or str(exc),
                ),
            )
            return False
    return confirm_overwrite(parent, path)


def _agree_to_create(parent: QWidget, folder: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Make folder"),
        i18n.filled(tr("The folder %1 does not exist. Make it?"), str(folder)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


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

"""The Preferences dialog: delegation, author, interface language, appearance (light or
dark), export folder, marking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bnldesk.services.reports.labels import MARKINGS, marking_in
from bnldesk.ui import i18n, labels
from bnldesk.ui.settings import DELEGATIONS, NOT_CHOSEN, Settings
from bnldesk.ui.widgets import file_dialogs
from bnldesk.ui.widgets.dialogs import plain_dialog


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


class PreferencesDialog(QDialog):
    """The delegate's preferences, read from and saved to :class:`Settings` on OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        plain_dialog(self)
        self.setWindowTitle(tr("Preferences"))
        self.setMinimumWidth(560)
        self._settings = settings
        self._build_fields()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form())
        layout.addWidget(self._build_hint())
        layout.addWidget(self._build_buttons())
        self.delegation.currentIndexChanged.connect(self._update_other)
        self.load()

    def _build_fields(self) -> None:
        self.delegation = QComboBox()
        for code in DELEGATIONS:
            self.delegation.addItem(labels.label(labels.DELEGATIONS, code), code)
        self.delegation_other = QLineEdit()
        self.delegation_other.setPlaceholderText(tr("e.g. NRW"))
        self.delegation_other.setMaximumWidth(120)
        self.author = QLineEdit()
        self.author.setPlaceholderText(tr("Your name, as shown on your notes and briefs"))
        self.language = QComboBox()
        self.language.addItem(tr("Same as the system"), "system")
        # Language names are written in their own language, as every program does.
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("Français", "fr")
        self.appearance = QComboBox()
        self.appearance.addItem(tr("Same as the system"), "system")
        self.appearance.addItem(tr("Light"), "light")
        self.appearance.addItem(tr("Dark"), "dark")
        self.export_dir = QLineEdit()
        self.browse = QPushButton(tr("Choose..."))
        self.browse.clicked.connect(self._choose_dir)
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItem("")
        # The interface language's marking first (trial 14: the Dutch one led in French).
        here = i18n.current()
        for code in sorted(MARKINGS, key=lambda code: code != here):
            self.marking.addItem(MARKINGS[code])
        marking_edit = self.marking.lineEdit()
        assert marking_edit is not None  # an editable combo has one
        marking_edit.setPlaceholderText(tr("No marking"))
        self.start_page = QCheckBox(tr("Show the start page when bnldesk starts"))
        self.start_page.setObjectName("startPageAtStart")

    def _build_form(self) -> QFormLayout:
        delegation_row = QHBoxLayout()
        delegation_row.addWidget(self.delegation, 1)
        delegation_row.addWidget(self.delegation_other)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_dir, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()

        def row(text: str, field: QWidget, layout: QHBoxLayout | None = None) -> None:
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            if layout is None:
                form.addRow(label, field)
            else:
                form.addRow(label, layout)

        row(tr("&Delegation:"), self.delegation, delegation_row)
        row(tr("&Author name:"), self.author)
        row(tr("Interface &language:"), self.language)
        row(tr("A&ppearance:"), self.appearance)
        row(tr("Default &export folder:"), self.export_dir, folder_row)
        row(tr("&Marking on exports:"), self.marking)
        form.addRow("", self.start_page)
        self.delegation_other.setAccessibleName(tr("Name of the other party"))
        self.browse.setAccessibleName(tr("Choose the export folder"))
        return form

    def _build_hint(self) -> QLabel:
        hint = QLabel(
            tr(
                "The marking is printed on every brief and list you export, for example "
                '"Beperkte verspreiding". A new language or appearance applies at once.'
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        return hint

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _update_other(self) -> None:
        self.delegation_other.setVisible(self.delegation.currentData() == "other")

    def _choose_dir(self) -> None:
        folder = file_dialogs.get_existing_directory(
            self, tr("Default export folder"), self.export_dir.text()
        )
        if folder:
            self.export_dir.setText(folder)

    def load(self) -> None:
        """Show the saved preferences in the fields."""
        settings = self._settings
        if not settings.delegation_chosen() and self.delegation.findData(NOT_CHOSEN) < 0:
            # Shown as not chosen, never as Belgium: saving other preferences keeps it so.
            self.delegation.insertItem(0, tr("Not chosen yet"), NOT_CHOSEN)
        delegation = self.delegation.findData(settings.get("prefs/delegation"))
        self.delegation.setCurrentIndex(max(0, delegation))
        self.delegation_other.setText(settings.get("prefs/delegation_other"))
        self.author.setText(settings.get("prefs/author"))
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.get("prefs/language")))
        )
        self.appearance.setCurrentIndex(
            max(0, self.appearance.findData(settings.get("prefs/appearance")))
        )
        self.export_dir.setText(str(settings.export_dir()))
        self.marking.setCurrentText(marking_in(str(settings.get("prefs/marking")), i18n.current()))
        self.start_page.setChecked(bool(settings.get("prefs/start_page")))
        self._update_other()

    def save(self) -> None:
        """Write the fields to the settings file (sync'ed at once)."""
        settings = self._settings
        if self.delegation.currentData() != NOT_CHOSEN:
            settings.set("prefs/delegation", self.delegation.currentData())
        settings.set("prefs/delegation_other", self.delegation_other.text().strip())
        settings.set("prefs/author", self.author.text().strip())
        settings.set("prefs/language", self.language.currentData())
        settings.set("prefs/appearance", self.appearance.currentData())
        settings.set("prefs/export_dir", self.export_dir.text().strip())
        settings.set("prefs/marking", self.marking.currentText().strip())
        settings.set("prefs/start_page", self.start_page.isChecked())
        settings.sync()

    def accept(self) -> None:
        self.save()
        super().accept()

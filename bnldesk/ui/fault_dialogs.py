"""At start, one dialog per cause when the database cannot be opened, each with its own offer.

The store raises one class per cause (:mod:`bnldesk.store.errors`); here each gets a heading, the
store's one-line message, and only the ways out that make sense for it:

======================== ==============================================
cause                    offer
======================== ==============================================
disk full                Try again (after freeing space), Quit
locked by a program      Try again, Open read-only, Quit
read-only                Open read-only, Quit
newer bnldesk            Open another, Create a new one, Quit (update bnldesk)
not a bnldesk database   Open another, Create a new one, Quit
empty or missing file    Restore a backup (when there is one), Open another, Create a new
                         one, Quit
I/O error, cannot open   Try again, Quit
======================== ==============================================

Real damage (a failed integrity check) goes to the restore dialog instead
(:class:`bnldesk.ui.backups_dialog.RestoreDialog`).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bnldesk.store.engine import DatabaseMissingError
from bnldesk.store.errors import (
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DiskFullError,
    EmptyDatabaseFileError,
    NewerSchemaError,
    NotABnldeskDatabaseError,
    StoreError,
)
from bnldesk.ui.error_texts import as_sentence, error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("Faults", text)


class Offer(enum.Enum):
    """What the delegate chose in a start-up fault dialog."""

    RETRY = "retry"
    READ_ONLY = "read-only"
    RESTORE = "restore"
    OPEN_OTHER = "open-other"  # another database file, chosen in a file dialog
    CREATE_NEW = "create-new"  # a new database file, named in a file dialog
    QUIT = "quit"


def heading_for(fault: StoreError) -> str:
    """The dialog's heading for a cause, in plain words."""
    if isinstance(fault, DiskFullError):
        return tr("The disk is full")
    if isinstance(fault, DatabaseLockedError):
        return tr("Another program is using the database")
    if isinstance(fault, DatabaseReadOnlyError):
        return tr("The database cannot be written")
    if isinstance(fault, NewerSchemaError):
        return tr("This database belongs to a newer bnldesk")
    if isinstance(fault, NotABnldeskDatabaseError):
        return tr("This file is not a bnldesk database")
    if isinstance(fault, EmptyDatabaseFileError | DatabaseMissingError):
        return tr("The database file is lost")
    return tr("bnldesk cannot open its database")


def offers_for(fault: StoreError, *, has_backups: bool) -> list[Offer]:
    """The ways out that make sense for a cause, the preferred one first; Quit is always last."""
    if isinstance(fault, DatabaseLockedError):
        offers = [Offer.RETRY, Offer.READ_ONLY]
    elif isinstance(fault, DatabaseReadOnlyError):
        offers = [Offer.READ_ONLY]
    elif isinstance(fault, NewerSchemaError | NotABnldeskDatabaseError):
        # The file is left alone; the delegate can still work, on another database.
        offers = [Offer.OPEN_OTHER, Offer.CREATE_NEW]
    elif isinstance(fault, EmptyDatabaseFileError | DatabaseMissingError):
        offers = [Offer.RESTORE] if has_backups else []
        offers += [Offer.OPEN_OTHER, Offer.CREATE_NEW]
    else:  # a full disk, an I/O error, a file that cannot be opened: fixable outside bnldesk
        offers = [Offer.RETRY]
    return [*offers, Offer.QUIT]


def label_for(offer: Offer) -> str:
    """The button text of an offer."""
    if offer is Offer.RETRY:
        return tr("Try again")
    if offer is Offer.READ_ONLY:
        return tr("Open read-only")
    if offer is Offer.RESTORE:
        return tr("Restore a backup...")
    if offer is Offer.OPEN_OTHER:
        return tr("Open another database...")
    if offer is Offer.CREATE_NEW:
        return tr("Create a new database...")
    return tr("Quit")


class StartupFaultDialog(QDialog):
    """Says why the database cannot be opened and offers what makes sense for that cause."""

    def __init__(
        self, fault: StoreError, *, has_backups: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startupFaultDialog")
        self.setWindowTitle("bnldesk")
        self.fault = fault
        self.choice = Offer.QUIT
        heading = QLabel(heading_for(fault))
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.message = QLabel(as_sentence(error_text(fault)))  # a sentence of its own
        self.message.setWordWrap(True)
        self.buttons: dict[Offer, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for offer in offers_for(fault, has_backups=has_backups):
            button = QPushButton(label_for(offer))
            button.setObjectName(f"offer-{offer.value}")
            button.clicked.connect(lambda _checked=False, chosen=offer: self._choose(chosen))
            self.buttons[offer] = button
            row.addWidget(button)
        first = next(iter(self.buttons.values()))
        first.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.resize(560, 180)

    def _choose(self, offer: Offer) -> None:
        self.choice = offer
        if offer is Offer.QUIT:
            self.reject()
        else:
            self.accept()

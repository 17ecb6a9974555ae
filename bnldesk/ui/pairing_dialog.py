"""File > Pair laptops...: this laptop's pairing code, accepting another laptop's, forgetting one.

Bundles of notes are only received from paired laptops (:mod:`bnldesk.services.sync_trust`).
Pairing is done once per pair of laptops, in both directions: each delegate reads their code to
the other (or sends it by mail) and enters the other's here with a name. All database work runs
on the window's worker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bnldesk.domain.op_changes import ChangedKind, OpChanges
from bnldesk.services import sync_trust
from bnldesk.store.engine import Store
from bnldesk.ui.changes import ChangeBus, Written
from bnldesk.ui.settings.backups import describe_failure
from bnldesk.ui.widgets.rows_table import Column, RowsModel, make_table

PairingState = tuple[str, list[sync_trust.PairedLaptop]]
PAIRED = OpChanges.of(ChangedKind.PAIRING)  # what pairing or forgetting a laptop changes


def tr(text: str) -> str:
    return QCoreApplication.translate("Pairing", text)


def _state(store: Store) -> PairingState:
    with store.transaction() as session:  # the first call makes this laptop's key
        return sync_trust.pairing_code(session), sync_trust.paired_laptops(session)


class PairingDialog(QDialog):
    """Shows this laptop's code, pairs with another laptop's, lists and forgets paired ones."""

    def __init__(self, changes: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairingDialog")
        self.setWindowTitle(tr("Pair laptops"))
        self.changes = changes
        self.worker = changes.worker
        intro = QLabel(
            tr(
                "Notes are only received from paired laptops. Give this laptop's code to the "
                "other laptop, and enter its code here with a name. Private notes never leave "
                "this laptop."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._build_codes())
        layout.addWidget(self._build_paired_list(), 1)
        layout.addLayout(self._build_buttons())
        self.resize(640, 420)
        self.reload()

    def _build_codes(self) -> QFormLayout:
        """This laptop's code with Copy, then the other laptop's code and name with Pair."""
        monospace = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.own_code = QLineEdit()
        self.own_code.setObjectName("ownCode")
        self.own_code.setReadOnly(True)
        self.own_code.setFont(monospace)
        copy = QPushButton(tr("Copy"))
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.own_code.text()))
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_code, 1)
        own_row.addWidget(copy)
        self.code = QLineEdit()
        self.code.setObjectName("otherCode")
        self.code.setFont(monospace)
        self.code.setPlaceholderText("BNL-XXXX-XXXX-…")
        self.name = QLineEdit()
        self.name.setObjectName("otherName")
        self.name.setPlaceholderText(tr("for example: Anna's laptop"))
        self.name.setMaxLength(sync_trust.MAX_LAPTOP_NAME)
        self.pair_button = QPushButton(tr("Pair"))
        self.pair_button.setObjectName("pairButton")
        self.pair_button.clicked.connect(self.pair)
        form = QFormLayout()
        form.addRow(tr("This laptop's code"), own_row)
        form.addRow(tr("Other laptop's code"), self.code)
        form.addRow(tr("Its name"), self.name)
        form.addRow("", self.pair_button)
        return form

    def _build_paired_list(self) -> QWidget:
        """The laptops paired with this one, by name and code."""
        self.model: RowsModel[sync_trust.PairedLaptop] = RowsModel(
            [
                Column(tr("Paired laptop"), lambda laptop: laptop.name),
                Column(tr("Code"), lambda laptop: laptop.code),
            ],
            self,
        )
        self.view = make_table(self.model, "pairedLaptops")
        return self.view

    def _build_buttons(self) -> QHBoxLayout:
        """Forget (the selected laptop) on the left, Close on the right."""
        self.forget_button = QPushButton(tr("Forget"))
        self.forget_button.setAutoDefault(False)
        self.forget_button.clicked.connect(self.forget)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.forget_button)
        bottom.addStretch(1)
        bottom.addWidget(box)
        return bottom

    def _show(self, state: PairingState) -> None:
        code, paired = state
        self.own_code.setText(code)
        # The whole code in sight, not its end (trial 17): the fields are as wide as it is.
        room = self.own_code.fontMetrics().horizontalAdvance(code + "MM")
        self.own_code.setMinimumWidth(room)
        self.code.setMinimumWidth(room)
        self.own_code.setCursorPosition(0)
        self.model.set_rows(paired)
        self.forget_button.setEnabled(bool(paired))

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, tr("Pair laptops"), describe_failure(exc))

    def reload(self) -> None:
        self.worker.run(_state, self._show, self._failed)

    def pair(self) -> None:
        code, name = self.code.text(), self.name.text()

        def job(store: Store) -> Written[PairingState]:
            with store.transaction() as session:
                sync_trust.pair(session, code, name)
            return Written(_state(store), PAIRED)

        def done(state: PairingState) -> None:
            self.code.clear()
            self.name.clear()
            self._show(state)

        self.changes.write(job, done, self._failed)

    def forget(self) -> None:
        row = self.view.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        code = self.model.row(row).code

        def job(store: Store) -> Written[PairingState]:
            with store.transaction() as session:
                sync_trust.unpair(session, code)
            return Written(_state(store), PAIRED)

        self.changes.write(job, self._show, self._failed)

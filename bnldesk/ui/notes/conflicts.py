"""Resolving conflicts field by field: a note changed on two laptops since they last met.

Left: the open conflicts. Right: per differing field, this laptop's value and the other
version's, with a tick to take the other one. "Resolve" writes the choice; the resolution
travels with the next bundle so the other laptops see it resolved too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bnldesk.domain.op_changes import ChangedKind, OpChanges
from bnldesk.services import sync
from bnldesk.store.engine import Store
from bnldesk.ui import dates, i18n, labels
from bnldesk.ui.changes import ChangeBus, Written
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP
from bnldesk.ui.sync_texts import record_text
from bnldesk.ui.widgets.rows_table import Column, RowsModel, make_table

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

FIELD_LABELS = {
    "body": QT_TRANSLATE_NOOP("Conflicts", "Text"),
    "deleted_at": QT_TRANSLATE_NOOP("Conflicts", "Deleted"),
    "tags": QT_TRANSLATE_NOOP("Conflicts", "Tags"),
    "priority": QT_TRANSLATE_NOOP("Conflicts", "Priority"),
    "status": QT_TRANSLATE_NOOP("Conflicts", "Status"),
    "position_text": QT_TRANSLATE_NOOP("Conflicts", "Position"),
    "position_state": QT_TRANSLATE_NOOP("Conflicts", "Position state"),
    "consult": QT_TRANSLATE_NOOP("Conflicts", "Consult"),
    "visibility": QT_TRANSLATE_NOOP("Conflicts", "Visibility"),
    "title": QT_TRANSLATE_NOOP("Conflicts", "Title"),
    "place": QT_TRANSLATE_NOOP("Conflicts", "Place"),
    "starts_at": QT_TRANSLATE_NOOP("Conflicts", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("Conflicts", "Ends"),
    "outcome": QT_TRANSLATE_NOOP("Conflicts", "Outcome"),
    "notes": QT_TRANSLATE_NOOP("Conflicts", "Notes"),
    "owner": QT_TRANSLATE_NOOP("Conflicts", "Owner"),
    "due_date": QT_TRANSLATE_NOOP("Conflicts", "Due"),
    "video_link": QT_TRANSLATE_NOOP("Conflicts", "Video link"),
    "chair": QT_TRANSLATE_NOOP("Conflicts", "Chair"),
    "position": QT_TRANSLATE_NOOP("Conflicts", "Number on the agenda"),
    "annotation": QT_TRANSLATE_NOOP("Conflicts", "Note"),
    "meeting": QT_TRANSLATE_NOOP("Conflicts", "Meeting"),
    "agenda_item": QT_TRANSLATE_NOOP("Conflicts", "Agenda point"),
    "target_kind": QT_TRANSLATE_NOOP("Conflicts", "Kind of object"),
    "target_key": QT_TRANSLATE_NOOP("Conflicts", "Object"),
    "target_label": QT_TRANSLATE_NOOP("Conflicts", "Object name"),
    "workgroup_key": QT_TRANSLATE_NOOP("Conflicts", "Workgroup"),
    "plan_year": QT_TRANSLATE_NOOP("Conflicts", "Plan year"),
    "author": QT_TRANSLATE_NOOP("Conflicts", "Author"),
    "delegation": QT_TRANSLATE_NOOP("Conflicts", "Delegation"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Conflicts", text)


def _named(conflict: sync.ConflictView) -> str:
    """The conflict's record named in the interface language."""
    return record_text(conflict.kind, conflict.subject, conflict.label)


def show_value(name: str, value: Any) -> str:
    if name == "deleted_at":
        return tr("deleted") if value else tr("not deleted")
    if value is None:
        return ""
    if name == "priority":
        return labels.label(labels.PRIORITIES, int(value))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def version_names(conflict: sync.ConflictView | None) -> tuple[str, str]:
    """The two versions of ``conflict`` named by who made them ("Version of Jan Jansen",
    "Version of Els de Vries"), the same words in the column heads and the ticks (trial 17:
    "Use set-aside" above "keep current"); where that is not known, or both are the same
    person's, "Version in the note" and "Other version"."""
    if conflict is not None and "" != conflict.current_by != conflict.other_by != "":
        named = tr("Version of %1")
        return i18n.filled(named, conflict.current_by), i18n.filled(named, conflict.other_by)
    return tr("Version in the note"), tr("Other version")


class FieldsModel(QAbstractTableModel):
    """Field | the version in the note | the other version | which is kept (checkable)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Conflicts", "Field"),
        "",  # the versions' names (version_names)
        "",
        QT_TRANSLATE_NOOP("Conflicts", "Keep"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.fields: list[sync.FieldDiff] = []
        self.take_other: set[str] = set()
        self.names = version_names(None)

    def set_fields(
        self, fields: list[sync.FieldDiff], conflict: sync.ConflictView | None = None
    ) -> None:
        self.beginResetModel()
        self.fields = list(fields)
        self.take_other = set()
        self.names = version_names(conflict)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 3:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self.fields[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return tr(FIELD_LABELS.get(field.name, field.name))
            if col == 1:
                return show_value(field.name, field.current)
            if col == 2:
                return show_value(field.name, field.other)
            return self.names[1] if field.name in self.take_other else self.names[0]
        if role == Qt.ItemDataRole.CheckStateRole and col == 3:
            return (
                Qt.CheckState.Checked if field.name in self.take_other else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.FontRole and col in (1, 2):
            chosen = (col == 2) == (field.name in self.take_other)
            font = QFont()
            font.setBold(chosen)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 3:
            return False
        name = self.fields[index.row()].name
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if checked:
            self.take_other.add(name)
        else:
            self.take_other.discard(name)
        self.dataChanged.emit(self.index(index.row(), 1), self.index(index.row(), 3))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.names[section - 1] if section in (1, 2) else tr(self.HEADERS[section])
        return None


class ConflictsView(QWidget):
    """The open conflicts and, for the selected one, the field-by-field choice."""

    listed = Signal()  # the open conflicts were read and shown

    def __init__(
        self,
        changes: ChangeBus,
        parent: QWidget | None = None,
        *,
        author: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsView")
        self.changes = changes
        self._author = author  # the preferences' name: who resolves a note changes it last
        self.worker = changes.worker
        self.conflicts: list[sync.ConflictView] = []
        self._build_list()
        self._build_fields()
        # Only this laptop's side is known: the others learn its choices when notes are
        # shared (trial 12: "every laptop agrees" right after a resolve was untrue).
        self.empty = QLabel(
            tr(
                "No conflicts on this laptop. Other laptops learn how conflicts were resolved"
                " here when you share your notes with them."
            )
        )
        self.empty.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list_view)
        split.addWidget(self._build_choice_pane())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        # Its window had only the title bar's X and Escape to close it (trial 12).
        close_row = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_row.rejected.connect(lambda: self.window().close())
        layout.addWidget(close_row)
        self._split = split
        self.set_conflicts([])

    def _build_list(self) -> None:
        """The open conflicts, one line each: the record and when it was noticed."""
        self.list_model: RowsModel[sync.ConflictView] = RowsModel(
            [
                Column(tr("Record"), _named),
                Column(
                    tr("Noticed"),
                    lambda conflict: dates.format_utc(conflict.detected_at),
                    lambda conflict: conflict.detected_at,
                ),
            ],
            self,
        )
        self.list_view = make_table(self.list_model, "conflictList", stretch=0)
        self.list_view.horizontalHeader().hide()
        self.list_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current.row())
        )

    def _build_fields(self) -> None:
        """The selected conflict's fields, both versions side by side with a tick each."""
        self.fields_model = FieldsModel(self)
        self.fields_view = QTableView()
        self.fields_view.setObjectName("conflictFields")
        self.fields_view.setModel(self.fields_model)
        self.fields_view.verticalHeader().hide()
        self.fields_view.setWordWrap(True)
        self.fields_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.fields_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

    def _build_choice_pane(self) -> QWidget:
        """The right-hand pane: the record's title, what a conflict is, its fields, Resolve."""
        self.explain = QLabel(
            tr(
                "This record was changed on two laptops since they last exchanged notes. "
                "Nothing is lost: the record holds the later change, the other version is kept "
                "beside it. Tick the fields where the other version is right, then resolve."
            )
        )
        self.explain.setWordWrap(True)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a note's text, shown as typed
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.resolve_button = QPushButton(tr("Resolve"))
        self.resolve_button.clicked.connect(self.resolve)
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.addWidget(self.title)
        pane_layout.addWidget(self.explain)
        pane_layout.addWidget(self.fields_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.resolve_button)
        pane_layout.addLayout(buttons)
        return pane

    def reload(self) -> None:
        def job(store: Store) -> list[sync.ConflictView]:
            with store.read() as session:
                return sync.list_conflicts(session)

        self.worker.run(job, self.set_conflicts, key="conflicts")

    def set_conflicts(self, conflicts: list[sync.ConflictView]) -> None:
        self.conflicts = conflicts
        self.list_model.set_rows(conflicts)
        self.empty.setVisible(not conflicts)
        self._split.setVisible(bool(conflicts))
        if conflicts:
            self.list_view.selectRow(0)
            self._show(0)
        else:
            self._show(-1)
        self.listed.emit()

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.conflicts):
            conflict = self.conflicts[row]
            self.title.setText(_named(conflict))
            self.fields_model.set_fields(conflict.fields, conflict)
            self.fields_view.resizeRowsToContents()
            self.resolve_button.setEnabled(True)
        else:
            self.title.clear()
            self.fields_model.set_fields([])
            self.resolve_button.setEnabled(False)

    def current(self) -> sync.ConflictView | None:
        row = self.list_view.currentIndex().row()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def resolve(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        take = sorted(self.fields_model.take_other)
        conflict_uuid, editor = conflict.uuid, self._author()

        def job(store: Store) -> Written[str]:
            with store.transaction() as session:
                sync.resolve_conflict(session, conflict_uuid, take, editor=editor)
            # The note takes the chosen fields (tags among them); the conflict is closed.
            changed = OpChanges.of(ChangedKind.NOTE, ChangedKind.TAG, ChangedKind.CONFLICT)
            return Written(conflict_uuid, changed)

        self.changes.write(job)

"""The Excel dialog: which sheets and columns (remembered per sheet), whom the workbook is for,
private notes or not, the file; it says what the workbook will leave out (private notes, other
years).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bnldesk.services.reports import (
    EXPORT_KINDS,
    ExportFilters,
    XlsxOptions,
    workbook_left_out,
)
from bnldesk.store.engine import Store
from bnldesk.ui.exports.common import (
    AudienceChoice,
    PathRow,
    label_text,
    partners_note,
    ready_to_write,
    tr,
    with_suffix,
)
from bnldesk.ui.exports.options import SHEETS, load_excel_options, save_excel_options
from bnldesk.ui.settings import Settings
from bnldesk.ui.widgets.dialogs import WritingDialog, plain_dialog
from bnldesk.ui.worker import DbWorker

if TYPE_CHECKING:
    pass


def count_private_notes(store: Store, filters: ExportFilters) -> int:
    """How many notes marked private an export of ``filters`` without them leaves out: those
    its own selection (search, tag, plan year) holds, counted by the service that says what an
    export leaves out (trial 11: the whole database's 3 for a search with 1 note). Runs on the
    worker."""
    without = dataclasses.replace(filters, include_private=False)
    with store.read() as session:
        left = workbook_left_out(session, without, XlsxOptions(kinds=["annotations"]))
    return next((item.count for item in left if item.what == "private_notes"), 0)


class ExcelDialog(WritingDialog):
    """Which sheets, which columns per sheet (remembered), private notes, and the file."""

    def __init__(
        self,
        settings: Settings,
        filters: ExportFilters,
        default_path: Path,
        parent: QWidget | None,
        *,
        worker: DbWorker | None = None,
        not_applied: Sequence[str] = (),
    ) -> None:
        """``not_applied``: the chip texts of the view's filters the workbook does not apply
        (they are said, so that "none (everything)" never stands beside two chips)."""
        super().__init__(parent)
        self.setObjectName("excelDialog")
        plain_dialog(self)
        self.setWindowTitle(tr("Export Excel workbook"))
        self.settings = settings
        self.filters = filters
        options, include_private = load_excel_options(settings)
        self._base = options
        self._private_notes = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_filters_line(filters, options.language, not_applied))
        layout.addWidget(self._build_sheet_tabs(options))
        # Whom the workbook is for, above the private-notes box it turns off.
        audience_form = QFormLayout()
        self.audience_combo = AudienceChoice()
        audience_form.addRow(label_text(tr("For")), self.audience_combo)
        layout.addLayout(audience_form)
        self._build_private(layout, include_private)
        form = QFormLayout()
        self.path_row = PathRow(default_path, tr("Excel workbooks (*.xlsx)"))
        self._proposed_base = self._proposed_path = default_path
        form.addRow(label_text(tr("File")), self.path_row)
        layout.addLayout(form)
        layout.addWidget(self._build_buttons())
        for box in self.sheet_boxes.values():
            box.toggled.connect(self._update_ok)
            box.toggled.connect(lambda _on: self._show_left_out())
        self.private_box.toggled.connect(lambda _on: self._show_left_out())
        self.audience_combo.currentIndexChanged.connect(lambda _i: self._audience_chosen())
        self._update_ok()
        self._show_left_out()
        if worker is not None:
            worker.run(
                lambda store: count_private_notes(store, filters),
                self._set_private_count,
                lambda _e: None,
            )

    @staticmethod
    def _build_filters_line(
        filters: ExportFilters, language: str, not_applied: Sequence[str]
    ) -> QLabel:
        """The line naming the filters of the current view the export keeps to, and those of
        the list it does not apply (trial 13: "none (everything)" beside two chips)."""
        described = filters.describe(language)
        text = (
            ", ".join(f"{name} {value}" for name, value in described)
            if described
            else tr("none (everything)")
        )
        if not_applied:
            line = tr("Filters applied to the workbook: %1").replace("%1", text)
            line += "\n" + tr("Not applied (they filter the window's list only): %1").replace(
                "%1", ", ".join(not_applied)
            )
        else:
            line = tr("Filters of the current view: %1").replace("%1", text)
        filters_label = QLabel(line)
        filters_label.setObjectName("filtersLabel")
        filters_label.setWordWrap(True)
        return filters_label

    def _build_sheet_tabs(self, options: XlsxOptions) -> QTabWidget:
        """A tab per sheet: whether it is included, and its columns (chosen as last time)."""
        self.tabs = QTabWidget()
        self.sheet_boxes: dict[str, QCheckBox] = {}
        self.column_lists: dict[str, QListWidget] = {}
        for kind, text in SHEETS:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            box = QCheckBox(tr("Include this sheet"))
            box.setObjectName(f"sheet_{kind}")
            box.setChecked(kind in options.kinds)
            page_layout.addWidget(box)
            columns = self._column_list(kind, options)
            box.toggled.connect(columns.setEnabled)
            columns.setEnabled(box.isChecked())
            page_layout.addWidget(columns)
            if kind == "annotations":
                hint = QLabel(
                    tr(
                        "Keep the id column to edit the notes in Excel and read them back with "
                        "File > Import notes from Excel."
                    )
                )
                hint.setWordWrap(True)
                page_layout.addWidget(hint)
            self.tabs.addTab(page, tr(text))
            self.sheet_boxes[kind] = box
            self.column_lists[kind] = columns
        return self.tabs

    @staticmethod
    def _column_list(kind: str, options: XlsxOptions) -> QListWidget:
        """The columns of sheet ``kind``, each ticked when it was chosen last time."""
        columns = QListWidget()
        columns.setObjectName(f"columns_{kind}")
        chosen = {c.key for c in EXPORT_KINDS[kind].chosen(options.columns.get(kind))}
        for column in EXPORT_KINDS[kind].columns:
            item = QListWidgetItem(column.header(options.language))
            item.setData(Qt.ItemDataRole.UserRole, column.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if column.key in chosen else Qt.CheckState.Unchecked
            )
            columns.addItem(item)
        return columns

    def _build_private(self, layout: QVBoxLayout, include_private: bool) -> None:
        """Private notes or not, and the line saying how many are left out."""
        self.private_box = QCheckBox(tr("Include notes marked private"))
        self.private_box.setObjectName("includePrivate")
        self.private_box.setChecked(include_private)
        layout.addWidget(self.private_box)
        self.left_out_label = QLabel()
        self.left_out_label.setObjectName("leftOut")
        self.left_out_label.setWordWrap(True)
        layout.addWidget(self.left_out_label)

    def _build_buttons(self) -> QDialogButtonBox:
        """Export (enabled while a sheet is included) and Cancel."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def _audience_chosen(self) -> None:
        """For other delegations: no private notes (the box is off and cannot be ticked), the
        file named for them (unless the delegate typed another), and the line says what goes
        in."""
        partners = self.audience_combo.for_partners()
        if partners:
            self.private_box.setChecked(False)
        self.private_box.setEnabled(not partners)
        proposed = self.audience_combo.path_for(self._proposed_base, self._base.language)
        if self.path_row.path() == self._proposed_path:
            self.path_row.edit.setText(str(proposed))
        self._proposed_path = proposed
        self._show_left_out()

    def _set_private_count(self, count: int) -> None:
        self._private_notes = count
        self._show_left_out()

    def _show_left_out(self) -> None:
        """Say what the workbook will not hold: private notes (with their number) and, when the
        view is filtered, the other years."""
        parts = []
        # The notes sheet lists notes; the workgroups sheet counts them and quotes the last one.
        with_notes = any(
            self.sheet_boxes[kind].isChecked() for kind in ("annotations", "workgroups")
        )
        partners = self.audience_combo.for_partners()
        if with_notes and partners:
            parts.append(partners_note())
        elif with_notes and not self.private_box.isChecked() and self._private_notes:
            parts.append(
                tr(
                    "%n private note(s) are left out (they stay on this computer).",
                    None,
                    self._private_notes,
                )
            )
        if self.private_box.isChecked() and self.sheet_boxes["annotations"].isChecked():
            parts.append(
                tr(
                    "Private notes will be in the file: anyone who gets it can read them. "
                    "Edits to them are read back only on this computer."
                )
            )
        if self.filters.plan_year is not None:
            parts.append(
                tr("Only the %1 plan: other years are left out.").replace(
                    "%1", str(self.filters.plan_year)
                )
            )
        self.left_out_label.setText(" ".join(parts))
        self.left_out_label.setVisible(bool(parts))
        self.resize(520, 520)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            any(b.isChecked() for b in self.sheet_boxes.values())
        )

    def set_columns(self, kind: str, keys: list[str]) -> None:
        columns = self.column_lists[kind]
        for row in range(columns.count()):
            item = columns.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def options(self) -> XlsxOptions:
        kinds = [k for k, box in self.sheet_boxes.items() if box.isChecked()]
        columns: dict[str, list[str]] = {}
        for kind, widget in self.column_lists.items():
            keys = [
                str(widget.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked
            ]
            columns[kind] = keys
        return XlsxOptions(
            kinds=kinds, columns=columns, language=self._base.language, author=self._base.author
        )

    def export_filters(self) -> ExportFilters:
        f = self.filters
        return ExportFilters(
            plan_year=f.plan_year,
            chapter=f.chapter,
            search=f.search,
            tag=f.tag,
            include_private=self.private_box.isChecked() and not self.audience_combo.for_partners(),
            audience=self.audience_combo.audience(),
        )

    def path(self) -> Path:
        return with_suffix(self.path_row.path(), ".xlsx")

    def accept(self) -> None:
        if not ready_to_write(self, self.path(), (self.settings.export_dir(),)):
            return
        save_excel_options(self.settings, self.options())
        self.confirm()  # written while the dialog stays open: a fault is shown over it

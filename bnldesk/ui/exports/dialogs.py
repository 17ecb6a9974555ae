"""The export dialogs: a meeting brief (PDF) on the selected object, an Excel workbook of what
the current view shows.

Both remember their choices (parts of the brief, private notes, columns per sheet) in the
settings, run the export on the database worker with a progress indication, then offer to open
the file or show it in its folder (a local file URL, never a network one). The File menu's
actions call :func:`export_pdf` and :func:`export_excel` through the action registry.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bnldesk.services.reports import (
    EXPORT_KINDS,
    BriefOptions,
    BriefSubject,
    ExportFilters,
    XlsxOptions,
)
from bnldesk.services.reports.labels import label as report_label
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP
from bnldesk.ui.settings import Settings

if TYPE_CHECKING:
    from bnldesk.ui.browse.window import MainWindow

CONTEXT = "ExportDialogs"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


BRIEF_PARTS: tuple[tuple[str, str], ...] = (
    ("cover", QT_TRANSLATE_NOOP("ExportDialogs", "Cover page")),
    ("toc", QT_TRANSLATE_NOOP("ExportDialogs", "Table of contents")),
    ("agenda", QT_TRANSLATE_NOOP("ExportDialogs", "Agenda (meeting briefs)")),
    ("plan", QT_TRANSLATE_NOOP("ExportDialogs", "Place in the plan, objectives and projects")),
    ("notes", QT_TRANSLATE_NOOP("ExportDialogs", "The delegation's notes and positions")),
    ("actions", QT_TRANSLATE_NOOP("ExportDialogs", "Open action items")),
    ("contacts", QT_TRANSLATE_NOOP("ExportDialogs", "Secretariat-General contacts")),
    ("history", QT_TRANSLATE_NOOP("ExportDialogs", "Earlier plans and the notes made then")),
)
SHEETS: tuple[tuple[str, str], ...] = (
    ("workgroups", QT_TRANSLATE_NOOP("ExportDialogs", "Workgroups")),
    ("contacts", QT_TRANSLATE_NOOP("ExportDialogs", "Contacts")),
    ("annotations", QT_TRANSLATE_NOOP("ExportDialogs", "Notes")),
)
BRIEF_KINDS = ("workgroup", "section", "item", "meeting")


def language(settings: Settings) -> str:
    return i18n.resolve(str(settings.get("prefs/language")))


def _json(settings: Settings, key: str) -> dict[str, Any]:
    try:
        value = json.loads(str(settings.get(key)))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def load_brief_options(settings: Settings) -> BriefOptions:
    """The remembered parts and private-notes choice, with marking, delegation, author and
    language from the preferences."""
    saved = _json(settings, "export/brief_options")
    options = BriefOptions()
    for f in fields(BriefOptions):
        if f.name.startswith("include_") and isinstance(saved.get(f.name), bool):
            setattr(options, f.name, saved[f.name])
    options.marking = str(settings.get("prefs/marking"))
    options.delegation = settings.delegation()
    options.author = str(settings.get("prefs/author"))
    options.language = language(settings)
    return options


def save_brief_options(settings: Settings, options: BriefOptions) -> None:
    chosen = {k: v for k, v in asdict(options).items() if k.startswith("include_")}
    settings.set("export/brief_options", json.dumps(chosen, sort_keys=True))


def load_excel_options(settings: Settings) -> tuple[XlsxOptions, bool]:
    saved = _json(settings, "export/excel_options")
    kinds = [k for k in saved.get("kinds", []) if k in EXPORT_KINDS] or ["workgroups"]
    columns: dict[str, list[str]] = {}
    for kind, keys in dict(saved.get("columns", {})).items():
        if kind in EXPORT_KINDS and isinstance(keys, list):
            known = {c.key for c in EXPORT_KINDS[kind].columns}
            columns[kind] = [k for k in keys if k in known]
    options = XlsxOptions(
        kinds=kinds,
        columns=columns,
        language=language(settings),
        author=str(settings.get("prefs/author")),
    )
    return options, bool(saved.get("include_private", False))


def save_excel_options(settings: Settings, options: XlsxOptions, include_private: bool) -> None:
    value = {"kinds": options.kinds, "columns": options.columns, "include_private": include_private}
    settings.set("export/excel_options", json.dumps(value, sort_keys=True))


def slug(text: str) -> str:
    text = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.")
    return text[:60] or "export"


class _PathRow(QWidget):
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
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Save as"), self.edit.text(), self._filter)
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path:
        return Path(self.edit.text().strip()).expanduser()


class BriefDialog(QDialog):
    """Which parts of the brief, private notes or not, the marking, and where to save it."""

    def __init__(
        self, settings: Settings, subject_label: str, default_path: Path, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("briefDialog")
        self.setWindowTitle(tr("Export brief (PDF)"))
        self.settings = settings
        options = load_brief_options(settings)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{_html(subject_label)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)

        parts = QGroupBox(tr("Parts of the brief"))
        parts_layout = QVBoxLayout(parts)
        self.part_boxes: dict[str, QCheckBox] = {}
        for key, text in BRIEF_PARTS:
            box = QCheckBox(tr(text))
            box.setObjectName(f"part_{key}")
            box.setChecked(bool(getattr(options, f"include_{key}")))
            parts_layout.addWidget(box)
            self.part_boxes[key] = box
        layout.addWidget(parts)

        self.private_box = QCheckBox(tr("Include notes marked private"))
        self.private_box.setObjectName("includePrivate")
        self.private_box.setChecked(options.include_private)
        layout.addWidget(self.private_box)

        form = QFormLayout()
        self.marking_edit = QLineEdit(options.marking)
        self.marking_edit.setObjectName("marking")
        self.marking_edit.setPlaceholderText(tr("e.g. LIMITED DISTRIBUTION"))
        form.addRow(tr("Marking:"), self.marking_edit)
        self.path_row = _PathRow(default_path, tr("PDF documents (*.pdf)"))
        form.addRow(tr("File:"), self.path_row)
        layout.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._base = options
        self.setMinimumWidth(560)

    def options(self) -> BriefOptions:
        options = BriefOptions(
            include_private=self.private_box.isChecked(),
            marking=self.marking_edit.text().strip(),
            delegation=self._base.delegation,
            author=self._base.author,
            language=self._base.language,
        )
        for key, box in self.part_boxes.items():
            setattr(options, f"include_{key}", box.isChecked())
        return options

    def path(self) -> Path:
        return _with_suffix(self.path_row.path(), ".pdf")

    def accept(self) -> None:
        save_brief_options(self.settings, self.options())
        super().accept()


class ExcelDialog(QDialog):
    """Which sheets, which columns per sheet (remembered), private notes, and the file."""

    def __init__(
        self,
        settings: Settings,
        filters: ExportFilters,
        default_path: Path,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("excelDialog")
        self.setWindowTitle(tr("Export Excel workbook"))
        self.settings = settings
        self.filters = filters
        options, include_private = load_excel_options(settings)
        self._base = options
        lang = options.language
        layout = QVBoxLayout(self)
        described = filters.describe(lang)
        text = (
            ", ".join(f"{name} {value}" for name, value in described)
            if described
            else tr("none (everything)")
        )
        filters_label = QLabel(tr("Filters of the current view: %1").replace("%1", text))
        filters_label.setObjectName("filtersLabel")
        filters_label.setWordWrap(True)
        layout.addWidget(filters_label)

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
            columns = QListWidget()
            columns.setObjectName(f"columns_{kind}")
            chosen = {c.key for c in EXPORT_KINDS[kind].chosen(options.columns.get(kind))}
            for column in EXPORT_KINDS[kind].columns:
                item = QListWidgetItem(column.header(lang))
                item.setData(Qt.ItemDataRole.UserRole, column.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if column.key in chosen else Qt.CheckState.Unchecked
                )
                columns.addItem(item)
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
        layout.addWidget(self.tabs)

        self.private_box = QCheckBox(tr("Include notes marked private"))
        self.private_box.setObjectName("includePrivate")
        self.private_box.setChecked(include_private)
        layout.addWidget(self.private_box)
        form = QFormLayout()
        self.path_row = _PathRow(default_path, tr("Excel workbooks (*.xlsx)"))
        form.addRow(tr("File:"), self.path_row)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for box in self.sheet_boxes.values():
            box.toggled.connect(self._update_ok)
        self._update_ok()
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
            include_private=self.private_box.isChecked(),
        )

    def path(self) -> Path:
        return _with_suffix(self.path_row.path(), ".xlsx")

    def accept(self) -> None:
        save_excel_options(self.settings, self.options(), self.private_box.isChecked())
        super().accept()


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------------------------------
# running an export on the worker
# ------------------------------------------------------------------------------------------


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve())))


def show_in_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve().parent)))


def done_box(parent: QWidget, path: Path, summary: str) -> QMessageBox:
    """ "Saved ..." with Open file / Show in folder / Close; shown window-modal, not blocking."""
    box = QMessageBox(parent)
    box.setObjectName("exportDone")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Export finished"))
    box.setText(tr("Saved %1").replace("%1", path.name))
    box.setInformativeText(f"{summary}\n{path}")
    open_button = box.addButton(tr("Open file"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    open_button.setObjectName("openFile")
    folder_button.setObjectName("showInFolder")
    open_button.clicked.connect(lambda: open_file(path))
    folder_button.clicked.connect(lambda: show_in_folder(path))
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def run_export(
    window: MainWindow,
    job: Callable[[Store], Any],
    path: Path,
    describe: Callable[[Any], str],
) -> None:
    """Run ``job`` on the database worker with a busy indicator, then offer the file."""
    progress = QProgressDialog(tr("Writing %1...").replace("%1", path.name), "", 0, 0, window)
    progress.setObjectName("exportProgress")
    progress.setWindowTitle(tr("Exporting"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setValue(0)
    window.setProperty("exportBusy", True)

    def finished() -> None:
        progress.reset()
        progress.close()
        progress.deleteLater()
        window.setProperty("exportBusy", False)

    def done(result: Any) -> None:
        finished()
        window.export_done_box = done_box(window, path, describe(result))  # type: ignore[attr-defined]
        window.show_message(tr("Saved %1").replace("%1", str(path)))

    def failed(exc: BaseException) -> None:
        finished()
        window.show_error(str(exc) or exc.__class__.__name__)

    window.worker.run(job, done, failed)


# ------------------------------------------------------------------------------------------
# the actions
# ------------------------------------------------------------------------------------------


def brief_subject(window: MainWindow) -> tuple[BriefSubject, str] | None:
    """What a brief on the window's current object is about, and its title."""
    if window.current is None:
        return None
    kind, obj_id = window.current
    if kind not in BRIEF_KINDS:
        return None
    detail = window.detail.current() or {}
    title = str(detail.get("title") or f"{kind} {obj_id}")
    plan_year = window.current_filter().plan_year if kind == "workgroup" else None
    subject = BriefSubject(plan_year=plan_year)
    if kind == "workgroup":
        subject.workgroup_id = obj_id
    elif kind == "section":
        subject.section_id = obj_id
    elif kind == "item":
        subject.item_id = obj_id
    else:
        subject.meeting = str(obj_id)
    return subject, title


def export_pdf(window: MainWindow) -> None:
    """File > Export brief: on the selected workgroup, section, project or meeting."""
    found = brief_subject(window)
    if found is None:
        window.show_error(tr("Select a workgroup, a section, a project or a meeting first."))
        return
    subject, title = found
    settings = window.settings
    default = settings.export_dir() / f"brief-{slug(title)}-{dt.date.today():%Y-%m-%d}.pdf"
    dialog = BriefDialog(settings, title, default, window)
    window.brief_dialog = dialog  # type: ignore[attr-defined]
    dialog.accepted.connect(lambda: _start_brief(window, dialog, subject))
    dialog.open()


def _start_brief(window: MainWindow, dialog: BriefDialog, subject: BriefSubject) -> None:
    from bnldesk.services.reports import BriefResult, export_brief

    options, path = dialog.options(), dialog.path()
    _ensure_folder(path, window.settings.export_dir())

    def job(store: Store) -> BriefResult:
        return export_brief(store, subject, options, path)

    def describe(result: BriefResult) -> str:
        return (
            tr("%1 page(s), %2 note(s)")
            .replace("%1", str(result.pages))
            .replace("%2", str(result.notes))
        )

    run_export(window, job, path, describe)


def view_filters(window: MainWindow) -> ExportFilters:
    """The current view's filters, in the terms of the export."""
    f = window.current_filter()
    chapter = None
    if f.chapter_key and f.chapter_key.startswith("ch:"):
        chapter = f.chapter_key.split(":")[1] or None
    return ExportFilters(plan_year=f.plan_year, chapter=chapter, tag=f.tag)


def export_excel(window: MainWindow) -> None:
    """File > Export Excel list: the sheets and columns the delegate picks, filtered as shown."""
    settings = window.settings
    filters = view_filters(window)
    name = "bnldesk" + (f"-{filters.plan_year}" if filters.plan_year else "")
    default = settings.export_dir() / f"{name}-{dt.date.today():%Y-%m-%d}.xlsx"
    dialog = ExcelDialog(settings, filters, default, window)
    window.excel_dialog = dialog  # type: ignore[attr-defined]
    dialog.accepted.connect(lambda: _start_excel(window, dialog))
    dialog.open()


def _start_excel(window: MainWindow, dialog: ExcelDialog) -> None:
    from bnldesk.services.reports import WorkbookResult, export_workbook

    options, filters, path = dialog.options(), dialog.export_filters(), dialog.path()
    _ensure_folder(path, window.settings.export_dir())
    lang = options.language

    def job(store: Store) -> WorkbookResult:
        return export_workbook(store, path, filters, options)

    def describe(result: WorkbookResult) -> str:
        return ", ".join(
            f"{report_label(EXPORT_KINDS[k].sheet_label, lang)}: {n}"
            for k, n in result.rows.items()
        )

    run_export(window, job, path, describe)


def _ensure_folder(path: Path, export_dir: Path) -> None:
    # The export folder of the preferences may not exist yet; a folder the delegate typed in the
    # dialog is theirs, and a missing one is reported by the export with a clear message.
    if path.parent == export_dir:
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)


# ------------------------------------------------------------------------------------------
# reading an edited notes sheet back
# ------------------------------------------------------------------------------------------


class ImportPreviewDialog(QDialog):
    """Every change the sheet would make, before anything is written."""

    def __init__(self, lines: list[str], can_apply: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(tr("Import notes from Excel"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("These changes will be made. Nothing else in the database is touched.")
            if can_apply
            else tr("The sheet changes nothing.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(can_apply)
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)


def import_annotations(window: MainWindow) -> None:
    """File > Import notes from Excel: choose the file, preview, then apply."""
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        tr("Import notes from Excel"),
        str(window.settings.export_dir()),
        tr("Excel workbooks (*.xlsx)"),
    )
    if chosen:
        preview_import(window, Path(chosen))


def preview_import(window: MainWindow, path: Path) -> None:
    from bnldesk.services.reports.annotations_roundtrip import (
        ImportPlan,
        apply_import,
        plan_import,
    )

    author = str(window.settings.get("prefs/author"))
    delegation = window.settings.delegation()

    def plan_job(store: Store) -> ImportPlan:
        with store.read() as s:
            return plan_import(s, path)

    def apply_job(store: Store) -> str:
        # Planned again inside the writing transaction, so the changes match the database.
        with store.transaction() as s:
            report = apply_import(s, plan_import(s, path), author=author, delegation=delegation)
        return (
            tr("%1 note(s) updated, %2 new")
            .replace("%1", str(report.updated))
            .replace("%2", str(report.created))
        )

    def applied(message: str) -> None:
        window.show_message(message)
        window.reload_all()

    def failed(exc: BaseException) -> None:
        window.show_error(str(exc) or exc.__class__.__name__)

    def planned(plan: ImportPlan) -> None:
        dialog = ImportPreviewDialog(plan.preview_lines(), bool(plan.updates or plan.new), window)
        window.import_preview_dialog = dialog  # type: ignore[attr-defined]
        dialog.accepted.connect(lambda: window.worker.run(apply_job, applied, failed))
        dialog.open()

    window.worker.run(plan_job, planned, failed)

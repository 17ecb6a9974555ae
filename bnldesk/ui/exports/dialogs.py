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
import os
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from bnldesk.ui import dates, i18n
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP
from bnldesk.ui.settings import Settings
from bnldesk.ui.worker import DbWorker

if TYPE_CHECKING:
    from bnldesk.ui.browse.window import MainWindow

CONTEXT = "ExportDialogs"


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """``text`` translated; with ``count``, ``%n`` becomes it in the language's plural form
    (lupdate reads ``tr("%n note(s)", None, count)`` as a plural message)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, count)


def label_text(text: str) -> str:
    """A form label: the text and a colon, as the interface language writes it."""
    return i18n.with_colon(text)


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


@dataclass
class BriefChoices:
    """What the brief dialog offers for one subject, read on the worker: the plan years the
    subject appears in, the workgroup's coming meetings (id, label) and the preselected ones."""

    years: list[int] = field(default_factory=list)
    year: int | None = None
    meetings: list[tuple[int, str]] = field(default_factory=list)
    meeting: int | None = None


def brief_choices(store: Store, subject: BriefSubject) -> BriefChoices:
    """The years and meetings a brief on ``subject`` can use (runs on the worker)."""
    from sqlalchemy import select

    from bnldesk.domain.models import Meeting, Workgroup
    from bnldesk.services import meetings as meeting_service
    from bnldesk.store import browse

    choices = BriefChoices()
    with store.read() as s:
        workgroup_id = subject.workgroup_id
        meeting_year: int | None = None
        if subject.meeting:
            meeting = s.get(Meeting, int(subject.meeting))
            if meeting is not None:
                meeting_year = meeting.plan_year
                if meeting.workgroup_id is None and meeting.workgroup_key:
                    wg = s.scalar(
                        select(Workgroup).where(Workgroup.identity_key == meeting.workgroup_key)
                    )
                    workgroup_id = wg.id if wg else None
                else:
                    workgroup_id = meeting.workgroup_id
        if workgroup_id is not None:
            detail = browse.object_detail(s, "workgroup", workgroup_id) or {}
            choices.years = sorted({int(y) for y in detail.get("years", [])}, reverse=True)
            if subject.meeting is None:
                now = dt.datetime.combine(dt.date.today(), dt.time())
                choices.meetings = [
                    (int(row["id"]), f"{dates.format_datetime(row['starts_at'])}  {row['title']}")
                    for row in meeting_service.list_meetings(
                        s, upcoming_from=now, workgroup=str(workgroup_id)
                    )
                ]
                choices.meeting = choices.meetings[0][0] if choices.meetings else None
    if meeting_year in choices.years:
        choices.year = meeting_year
    elif choices.years:
        choices.year = choices.years[0]
    return choices


@dataclass
class LeftOut:
    """Private notes and action items a brief leaves out unless the delegate includes them."""

    notes: int = 0
    actions: int = 0


def left_out(store: Store, subject: BriefSubject, options: BriefOptions) -> LeftOut:
    """Count what ``include_private=False`` leaves out of the brief (runs on the worker)."""
    from dataclasses import replace

    from bnldesk.services.reports.brief_data import collect_brief

    with store.read() as s:
        shared = collect_brief(s, subject, replace(options, include_private=False))
        everything = collect_brief(s, subject, replace(options, include_private=True))
    return LeftOut(
        everything.note_count - shared.note_count, len(everything.actions) - len(shared.actions)
    )


def count_private_notes(store: Store) -> int:
    """How many live notes are marked private (runs on the worker)."""
    from sqlalchemy import func, select

    from bnldesk.domain.models import Annotation, Visibility

    with store.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Annotation)
                .where(
                    Annotation.deleted_at.is_(None),
                    Annotation.visibility == Visibility.PRIVATE,
                )
            )
            or 0
        )


def confirm_overwrite(parent: QWidget, path: Path) -> bool:
    """True when ``path`` does not exist yet, or the delegate agrees to replace it."""
    if not path.exists():
        return True
    answer = QMessageBox.question(
        parent,
        tr("Replace file"),
        tr("%1 already exists in %2. Replace it?")
        .replace("%1", path.name)
        .replace("%2", str(path.parent)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class BriefDialog(QDialog):
    """Which parts of the brief, the plan year, the meeting whose agenda it carries, private
    notes or not (saying how many are left out), the marking, and where to save it."""

    def __init__(
        self,
        settings: Settings,
        subject_label: str,
        default_path: Path,
        parent: QWidget | None,
        *,
        subject: BriefSubject | None = None,
        worker: DbWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("briefDialog")
        self.setWindowTitle(tr("Export brief (PDF)"))
        self.settings = settings
        self.subject = subject or BriefSubject()
        self.worker = worker
        self._left_out = LeftOut()
        self._generation = 0
        self._choices_loaded = False
        options = load_brief_options(settings)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{_html(subject_label)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)

        form = QFormLayout()
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("briefYear")
        self.year_combo.setToolTip(tr("The annual plan the brief describes"))
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("briefMeeting")
        self.meeting_combo.addItem(tr("No meeting (no agenda)"), None)
        form.addRow(label_text(tr("Plan year")), self.year_combo)
        form.addRow(label_text(tr("Agenda of")), self.meeting_combo)
        self.year_combo.setEnabled(False)
        self.meeting_combo.setEnabled(False)
        layout.addLayout(form)

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
        self.left_out_label = QLabel()
        self.left_out_label.setObjectName("leftOut")
        self.left_out_label.setWordWrap(True)
        layout.addWidget(self.left_out_label)

        file_form = QFormLayout()
        self.marking_edit = QLineEdit(options.marking)
        self.marking_edit.setObjectName("marking")
        self.marking_edit.setPlaceholderText(tr("e.g. LIMITED DISTRIBUTION"))
        file_form.addRow(label_text(tr("Marking")), self.marking_edit)
        self.path_row = _PathRow(default_path, tr("PDF documents (*.pdf)"))
        file_form.addRow(label_text(tr("File")), self.path_row)
        layout.addLayout(file_form)

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
        self.private_box.toggled.connect(lambda _on: self._show_left_out())
        self.part_boxes["notes"].toggled.connect(lambda _on: self._count_left_out())
        self.year_combo.activated.connect(lambda _i: self._count_left_out())
        self.meeting_combo.activated.connect(lambda _i: self._count_left_out())
        if worker is not None:
            chosen = self.subject
            worker.run(lambda st: brief_choices(st, chosen), self.set_choices, key="brief-choices")

    def set_choices(self, choices: BriefChoices) -> None:
        """Fill the year and meeting lists (from :func:`brief_choices`)."""
        self._choices_loaded = True
        self.year_combo.clear()
        for year in choices.years:
            self.year_combo.addItem(str(year), year)
        if choices.year is not None:
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(choices.year)))
        self.year_combo.setEnabled(len(choices.years) > 1)
        if not choices.years:
            self.year_combo.addItem(tr("the plan of the selected object"), None)
        for meeting_id, text in choices.meetings:
            self.meeting_combo.addItem(text, meeting_id)
        if choices.meeting is not None:
            self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(choices.meeting))
        self.meeting_combo.setEnabled(bool(choices.meetings))
        if self.subject.meeting is not None:
            self.meeting_combo.setItemText(0, tr("This meeting"))
        self._count_left_out()

    def chosen_subject(self) -> BriefSubject:
        """The subject with the year and meeting chosen here (a workgroup brief with a
        meeting's agenda is that meeting's brief)."""
        from dataclasses import replace

        subject = replace(self.subject, plan_year=self.year_combo.currentData())
        meeting = self.meeting_combo.currentData()
        if meeting is not None and subject.meeting is None:
            subject = replace(subject, meeting=str(meeting))
        return subject

    def _count_left_out(self) -> None:
        if self.worker is None:
            return
        self._generation += 1
        generation = self._generation
        subject, options = self.chosen_subject(), self.options()

        def done(result: LeftOut) -> None:
            if generation == self._generation:
                self._left_out = result
                self._show_left_out()

        self.worker.run(
            lambda st: left_out(st, subject, options), done, lambda _e: None, key="left-out"
        )

    def _show_left_out(self) -> None:
        notes, actions = self._left_out.notes, self._left_out.actions
        if self.private_box.isChecked() or not (notes or actions):
            self.left_out_label.setText(
                tr("Your private notes are included.")
                if self.private_box.isChecked() and (notes or actions)
                else ""
            )
            self.left_out_label.setVisible(self.private_box.isChecked() and bool(notes or actions))
            return
        phrases = [
            phrase
            for phrase, count in (
                (tr("%n private note(s)", None, notes), notes),
                (tr("%n private action item(s)", None, actions), actions),
            )
            if count
        ]
        joined = (
            tr("%1 and %2").replace("%1", phrases[0]).replace("%2", phrases[1])
            if len(phrases) == 2
            else phrases[0]
        )
        self.left_out_label.setText(
            tr(
                "Left out: %1. Private notes stay on this computer unless you tick the box above."
            ).replace("%1", joined)
        )
        self.left_out_label.setVisible(True)

    def left_out_summary(self) -> str:
        """For the summary after the export: what the brief left out, or ""."""
        if self.private_box.isChecked():
            return ""
        parts = []
        if self._left_out.notes:
            parts.append(tr("%n private note(s) left out", None, self._left_out.notes))
        if self._left_out.actions:
            parts.append(tr("%n private action item(s) left out", None, self._left_out.actions))
        return "; ".join(parts)

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
        if self.worker is not None and not self._choices_loaded:
            # Enter pressed at once: the plan year is read before the brief is made (without
            # it, a meeting in a year with no plan yet had no brief).
            self.worker.wait_idle()
        if not confirm_overwrite(self, self.path()):
            return
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
        *,
        worker: DbWorker | None = None,
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
        self.left_out_label = QLabel()
        self.left_out_label.setObjectName("leftOut")
        self.left_out_label.setWordWrap(True)
        layout.addWidget(self.left_out_label)
        self._private_notes = 0
        form = QFormLayout()
        self.path_row = _PathRow(default_path, tr("Excel workbooks (*.xlsx)"))
        form.addRow(label_text(tr("File")), self.path_row)
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
            box.toggled.connect(lambda _on: self._show_left_out())
        self.private_box.toggled.connect(lambda _on: self._show_left_out())
        self._update_ok()
        self._show_left_out()
        if worker is not None:
            worker.run(count_private_notes, self._set_private_count, lambda _e: None)

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
        if with_notes and not self.private_box.isChecked() and self._private_notes:
            parts.append(
                tr(
                    "%n private note(s) are left out (they stay on this computer).",
                    None,
                    self._private_notes,
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
            include_private=self.private_box.isChecked(),
        )

    def path(self) -> Path:
        return _with_suffix(self.path_row.path(), ".xlsx")

    def accept(self) -> None:
        if not confirm_overwrite(self, self.path()):
            return
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


def say_where(parent: QWidget, path: Path, what: str) -> QMessageBox:
    """Opening failed (no viewer, no file manager): say so and give the path to copy."""
    box = QMessageBox(parent)
    box.setObjectName("openFailed")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Export finished"))
    box.setText(what)
    box.setInformativeText(tr("The file is here:") + f"\n{path}")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    copy = box.addButton(tr("Copy path"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(path)))
    box.addButton(QMessageBox.StandardButton.Close)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def done_box(parent: QWidget, path: Path, summary: str) -> QMessageBox:
    """ "Saved ..." with Open file / Show in folder / Close; shown window-modal, not blocking.
    When no program opens the file or its folder, a second message says so, with the path."""
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

    def open_it() -> None:
        if not open_file(path):
            box.failure = say_where(  # type: ignore[attr-defined]
                parent, path, tr("No program to open this file was found on this computer.")
            )

    def show_folder() -> None:
        if not show_in_folder(path):
            box.failure = say_where(  # type: ignore[attr-defined]
                parent, path, tr("The folder could not be shown: no file manager answered.")
            )

    open_button.clicked.connect(open_it)
    folder_button.clicked.connect(show_folder)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def run_export(
    window: MainWindow,
    job: Callable[[Store, Path], Any],
    path: Path,
    describe: Callable[[Any], str],
    *,
    parent: QWidget | None = None,
) -> None:
    """Run ``job(store, temporary_path)`` on the database worker under a progress dialog with
    Cancel, then move the file into place and offer it.

    The export writes to a temporary name beside ``path``; Cancel discards it when it is done,
    so a cancelled export leaves no file and never replaces an existing one."""
    owner = parent or window
    partial = path.with_name(f".{path.stem}.partial-{os.getpid()}{path.suffix}")
    progress = QProgressDialog(
        tr("Writing %1...").replace("%1", path.name), tr("Cancel"), 0, 0, owner
    )
    progress.setObjectName("exportProgress")
    progress.setWindowTitle(tr("Exporting"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setValue(0)
    cancelled: list[bool] = []
    progress.canceled.connect(lambda: cancelled.append(True))
    window.setProperty("exportBusy", True)

    def finished() -> None:
        # Closing a progress dialog emits canceled(): the export is over, that is no cancel.
        progress.canceled.disconnect()
        progress.reset()
        progress.close()
        progress.deleteLater()
        window.setProperty("exportBusy", False)

    def done(result: Any) -> None:
        finished()
        if cancelled:
            partial.unlink(missing_ok=True)
            window.show_message(tr("Export cancelled: nothing was saved."))
            return
        try:
            os.replace(partial, path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            window.show_error(
                tr("%1 could not be saved: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return
        window.export_done_box = done_box(owner, path, describe(result))  # type: ignore[attr-defined]
        window.show_message(tr("Saved %1").replace("%1", str(path)))

    def failed(exc: BaseException) -> None:
        finished()
        partial.unlink(missing_ok=True)
        if not cancelled:
            window.show_error(str(exc) or exc.__class__.__name__)

    window.worker.run(lambda store: job(store, partial), done, failed)


# ------------------------------------------------------------------------------------------
# the actions
# ------------------------------------------------------------------------------------------


def brief_subject(window: MainWindow) -> tuple[BriefSubject, str] | None:
    """What a brief on the window's current object is about, and its title. The plan year is
    chosen in the dialog (it no longer follows the window's year filter)."""
    if window.current is None:
        return None
    kind, obj_id = window.current
    if kind not in BRIEF_KINDS:
        return None
    detail = window.detail.current() or {}
    title = str(detail.get("title") or f"{kind} {obj_id}")
    subject = BriefSubject()
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
    export_brief(window, *found)


def export_brief(
    window: MainWindow, subject: BriefSubject, title: str, *, parent: QWidget | None = None
) -> BriefDialog:
    """Open the brief dialog on ``subject`` (from the main window or the Meetings window)."""
    settings = window.settings
    default = settings.export_dir() / f"brief-{slug(title)}-{dt.date.today():%Y-%m-%d}.pdf"
    dialog = BriefDialog(
        settings, title, default, parent or window, subject=subject, worker=window.worker
    )
    window.brief_dialog = dialog  # type: ignore[attr-defined]
    dialog.accepted.connect(lambda: _start_brief(window, dialog, parent))
    dialog.open()
    return dialog


def _start_brief(window: MainWindow, dialog: BriefDialog, parent: QWidget | None) -> None:
    from bnldesk.services.reports import BriefResult
    from bnldesk.services.reports import export_brief as write_brief

    options, path, subject = dialog.options(), dialog.path(), dialog.chosen_subject()
    omitted = dialog.left_out_summary()
    _ensure_folder(path, window.settings.export_dir())

    def job(store: Store, target: Path) -> BriefResult:
        return write_brief(store, subject, options, target)

    def describe(result: BriefResult) -> str:
        text = tr("%n page(s)", None, result.pages) + ", " + tr("%n note(s)", None, result.notes)
        return f"{text}; {omitted}" if omitted else text

    run_export(window, job, path, describe, parent=parent)


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
    dialog = ExcelDialog(settings, filters, default, window, worker=window.worker)
    window.excel_dialog = dialog  # type: ignore[attr-defined]
    dialog.accepted.connect(lambda: _start_excel(window, dialog))
    dialog.open()


def _start_excel(window: MainWindow, dialog: ExcelDialog) -> None:
    from bnldesk.services.reports import WorkbookResult, export_workbook

    options, filters, path = dialog.options(), dialog.export_filters(), dialog.path()
    _ensure_folder(path, window.settings.export_dir())
    lang = options.language

    def job(store: Store, target: Path) -> WorkbookResult:
        return export_workbook(store, target, filters, options)

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
            tr("%n note(s) updated", None, report.updated)
            + ", "
            + tr("%n new", None, report.created)
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

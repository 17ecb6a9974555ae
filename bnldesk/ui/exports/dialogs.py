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
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bnldesk.domain.op_changes import ChangedKind, OpChanges
from bnldesk.services.reports import (
    EXPORT_KINDS,
    BriefSubject,
    CancelCheck,
    ExportFilters,
)
from bnldesk.services.reports.labels import label as report_label
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.changes import UndoableWrite, Written, in_transaction
from bnldesk.ui.exports.brief_dialog import BriefDialog
from bnldesk.ui.exports.common import tr
from bnldesk.ui.exports.excel_dialog import ExcelDialog
from bnldesk.ui.exports.folders import FileKind, open_file, remember_folder
from bnldesk.ui.exports.options import BRIEF_KINDS, slug
from bnldesk.ui.exports.running import run_export
from bnldesk.ui.settings.ask import ask_delegation
from bnldesk.ui.widgets.dialogs import plain_dialog
from bnldesk.ui.worker import describe_error

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from bnldesk.services.reports.annotations_roundtrip import ApplyReport
    from bnldesk.services.reports.sheet_undo import StepOutcome
    from bnldesk.ui.browse.window import MainWindow


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
    detail = window.detail.current()
    title = detail.title if detail is not None and detail.title else f"{kind} {obj_id}"
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
    window: MainWindow,
    subject: BriefSubject,
    title: str,
    *,
    parent: QWidget | None = None,
    file_stem: str | None = None,
) -> BriefDialog | None:
    """Open the brief dialog on ``subject`` (from the main window or the Meetings window);
    the file is ``file_stem``.pdf in the export folder, else named after ``title`` and today.
    The delegation is asked first when none is chosen; None when the delegate cancels."""
    settings = window.settings
    if ask_delegation(settings, parent or window) is None:
        return None
    stem = file_stem or f"brief-{slug(title)}-{dt.date.today():%Y-%m-%d}"
    default = settings.export_dir() / f"{stem}.pdf"
    dialog = BriefDialog(
        settings, title, default, parent or window, subject=subject, worker=window.worker
    )
    window.brief_dialog = dialog  # type: ignore[attr-defined]
    dialog.confirmed.connect(lambda: _start_brief(window, dialog, parent))
    dialog.open()
    return dialog


def _start_brief(window: MainWindow, dialog: BriefDialog, parent: QWidget | None) -> None:
    from bnldesk.services.reports import BriefResult
    from bnldesk.services.reports import export_brief as write_brief

    options, path, subject = dialog.options(), dialog.path(), dialog.chosen_subject()
    omitted = dialog.left_out_summary()
    _ensure_folder(path, window.settings.export_dir())

    def job(store: Store, target: Path, _cancelled: CancelCheck) -> BriefResult:
        return write_brief(store, subject, options, target)

    def describe(result: BriefResult) -> str:
        text = tr("%n page(s)", None, result.pages) + ", " + tr("%n note(s)", None, result.notes)
        return f"{text}; {omitted}" if omitted else text

    run_export(window, job, path, describe, parent=parent, form=dialog)


def view_filters(window: MainWindow) -> ExportFilters:
    """The current view's filters, in the terms of the export, with the search typed in the
    search box (read as ``bnldesk export-workgroups --search`` reads it)."""
    f = window.current_filter()
    chapter = None
    if f.chapter_key and f.chapter_key.startswith("ch:"):
        chapter = f.chapter_key.split(":")[1] or None
    search = window.search_box.text().strip() or None
    return ExportFilters(plan_year=f.plan_year, chapter=chapter, search=search, tag=f.tag)


# The filters of the view a workbook keeps to (view_filters); the others choose the list's
# plan items and notes, not the workgroups, contacts and notes of the workbook.
WORKBOOK_FILTER_KEYS = frozenset({"plan_year", "chapter_key", "tag"})


def filters_not_applied(window: MainWindow) -> list[str]:
    """The chip texts of the view's filters a workbook does not apply ("Kind: Flagship
    project")."""
    described = window.filter_bar.described()
    return [text for key, text in described if key not in WORKBOOK_FILTER_KEYS]


def export_excel(window: MainWindow) -> None:
    """File > Export Excel list: the sheets and columns the delegate picks, filtered as shown."""
    settings = window.settings
    filters = view_filters(window)
    name = "bnldesk" + (f"-{filters.plan_year}" if filters.plan_year else "")
    default = settings.export_dir() / f"{name}-{dt.date.today():%Y-%m-%d}.xlsx"
    dialog = ExcelDialog(
        settings,
        filters,
        default,
        window,
        worker=window.worker,
        not_applied=filters_not_applied(window),
    )
    window.excel_dialog = dialog  # type: ignore[attr-defined]
    dialog.confirmed.connect(lambda: _start_excel(window, dialog))
    dialog.open()


# Rows from which the Excel export runs in a process of its own: starting it costs about a
# second (2 s at load 8), which 5,000 rows take to write on the worker anyway.
WORKBOOK_PROCESS_FROM_ROWS = 5_000


def _start_excel(window: MainWindow, dialog: ExcelDialog) -> None:
    from bnldesk.services.reports import WorkbookResult, export_workbook

    options, filters, path = dialog.options(), dialog.export_filters(), dialog.path()
    _ensure_folder(path, window.settings.export_dir())
    if "annotations" in options.kinds:
        # The notes sheet comes back edited from where it was saved: Import notes opens there
        # (trial 13: it opened in the export folder, not /tmp where the sheet had just gone).
        remember_folder(window.settings, FileKind.WORKBOOK, path)
    lang = options.language

    def job(store: Store, target: Path, cancelled: CancelCheck) -> WorkbookResult:
        # A big workbook is written by a process of its own: 18 s of Python on the worker
        # held the window's interpreter lock up to the 100 ms floor (issue 15).
        return export_workbook(
            store,
            target,
            filters,
            options,
            cancel=cancelled,
            process_from_rows=WORKBOOK_PROCESS_FROM_ROWS,
        )

    def describe(result: WorkbookResult) -> str:
        return ", ".join(
            i18n.labelled(report_label(EXPORT_KINDS[k].sheet_label, lang), str(n))
            for k, n in result.rows.items()
        )

    run_export(window, job, path, describe, form=dialog)


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
        plain_dialog(self)
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
        # Wrapped: the reason of a conflict was reachable only by scrolling sideways (trial 18).
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
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
    chosen = open_file(
        window,
        window.settings,
        FileKind.WORKBOOK,
        tr("Import notes from Excel"),
        tr("Excel workbooks (*.xlsx)"),
    )
    if chosen is not None:
        preview_import(window, chosen)


SHEET_CHANGES = OpChanges.of(ChangedKind.NOTE, ChangedKind.TAG, ChangedKind.ACTION)
"""What applying a Notes sheet (or undoing it) changes: notes of any object, their tags and
action items (the sheet carries all three)."""


class ImportSheetCommand(UndoableWrite):
    """An applied Notes sheet import as one step of the window's undo stack: undo puts back
    every note it changed (and deletes the notes it made), redo applies it again. Notes that
    changed since are left as they are, and the status bar says so."""

    def __init__(self, window: MainWindow, name: str, report: ApplyReport) -> None:
        super().__init__(window.changes, lambda: tr("Import notes from %1").replace("%1", name))
        self.window = window
        self.report = report

    def _job(
        self, step: Callable[[Session, ApplyReport], StepOutcome]
    ) -> Callable[[Store], Written[object]]:
        report = self.report

        def write(session: Session) -> Written[object]:
            return Written(step(session, report), SHEET_CHANGES)

        return in_transaction(write)

    def undo_job(self) -> Callable[[Store], Written[object]]:
        from bnldesk.services.reports.sheet_undo import undo_import

        return self._job(undo_import)

    def redo_job(self) -> Callable[[Store], Written[object]]:
        from bnldesk.services.reports.sheet_undo import redo_import

        return self._job(redo_import)

    def stored(self, value: object, undoing: bool) -> None:
        """Say in the status bar how many notes the undo or redo put back or changed again."""
        from bnldesk.services.reports.sheet_undo import StepOutcome

        assert isinstance(value, StepOutcome)
        if undoing:
            message = tr("Import undone: %n note(s) put back.", None, value.notes)
        else:
            message = tr("Import redone: %n note(s) changed again.", None, value.notes)
        if value.left:
            message += " " + tr(
                "%n note(s) changed since were left as they are.", None, len(value.left)
            )
        self.window.show_message(message)


def _applied_message(report: ApplyReport) -> str:
    """The status bar's line after a notes sheet was applied: what it changed, and the rows
    a conflict kept out (trial 10: it said only "0 updated, 1 new")."""
    message = (
        tr("%n note(s) updated", None, report.updated)
        + ", "
        + tr("%n new", None, report.created)
        + (" " + tr("(Edit > Undo takes the import back)") if report.after else "")
    )
    if report.conflicts:
        message += ". " + tr(
            "%n row(s) not applied because of a conflict (importing the sheet again shows them)",
            None,
            report.conflicts,
        )
    return message


def preview_import(window: MainWindow, path: Path) -> None:
    """Read the sheet at ``path`` on the worker, show the preview, and apply it (one undoable
    step, pushed once it is stored) when the delegate clicks Apply."""
    from bnldesk.services.reports.annotations_roundtrip import (
        ImportPlan,
        apply_sheet,
        plan_import,
    )

    author = str(window.settings.get("prefs/author"))

    def plan_job(store: Store) -> ImportPlan:
        with store.read() as s:
            return plan_import(s, path)

    def apply_job(store: Store, delegation: str) -> Written[ApplyReport]:
        # A backup first, then planned again inside the writing transaction.
        report = apply_sheet(store, path, author=author, delegation=delegation)
        return Written(report, SHEET_CHANGES)

    def undo_step(report: ApplyReport) -> ImportSheetCommand | None:
        if report.updated or report.created:
            return ImportSheetCommand(window, path.name, report)
        return None

    def applied(report: ApplyReport) -> None:
        window.show_message(_applied_message(report))

    def failed(exc: BaseException) -> None:
        window.show_error(describe_error(exc))

    def planned(plan: ImportPlan) -> None:
        from bnldesk.ui.importing.sheet_preview import preview_lines  # in the window's language

        # Asked only now: trial 18 was asked before being told the file was no notes sheet.
        delegation = ask_delegation(window.settings, window)
        if delegation is None:
            return  # cancelled: new notes are never stamped with an assumed delegation
        dialog = ImportPreviewDialog(preview_lines(plan), bool(plan.updates or plan.new), window)
        window.import_preview_dialog = dialog  # type: ignore[attr-defined]
        dialog.accepted.connect(
            lambda: window.changes.write(
                lambda store: apply_job(store, delegation), applied, failed, undo=undo_step
            )
        )
        dialog.open()

    window.worker.run(plan_job, planned, failed)

"""The brief dialog: the parts of the brief, the plan year and the meeting whose agenda it
carries, private notes or not (saying how many are left out), the marking and the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bnldesk.services.reports import (
    BriefOptions,
    BriefSubject,
)
from bnldesk.store.engine import Store
from bnldesk.ui import dates
from bnldesk.ui.exports.common import (
    PathRow,
    confirm_overwrite,
    escape_html,
    label_text,
    tr,
    with_suffix,
)
from bnldesk.ui.exports.options import BRIEF_PARTS, load_brief_options, save_brief_options
from bnldesk.ui.settings import Settings
from bnldesk.ui.widgets.dialogs import plain_dialog
from bnldesk.ui.worker import DbWorker

if TYPE_CHECKING:
    pass


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
        plain_dialog(self)
        self.setWindowTitle(tr("Export brief (PDF)"))
        self.settings = settings
        self.subject = subject or BriefSubject()
        self.worker = worker
        self._left_out = LeftOut()
        self._generation = 0
        self._choices_loaded = False
        options = load_brief_options(settings)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{escape_html(subject_label)}</b>")
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
        # Two columns: in one, the dialog was taller than a screen at a large scale factor.
        parts_layout = QGridLayout(parts)
        self.part_boxes: dict[str, QCheckBox] = {}
        for key, text in BRIEF_PARTS:
            box = QCheckBox(tr(text))
            box.setObjectName(f"part_{key}")
            box.setChecked(bool(getattr(options, f"include_{key}")))
            parts_layout.addWidget(box, len(self.part_boxes) % 4, len(self.part_boxes) // 4)
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
        self.path_row = PathRow(default_path, tr("PDF documents (*.pdf)"))
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
        return with_suffix(self.path_row.path(), ".pdf")

    def accept(self) -> None:
        if self.worker is not None and not self._choices_loaded:
            # Enter pressed at once: the plan year is read before the brief is made (without
            # it, a meeting in a year with no plan yet had no brief).
            self.worker.wait_idle()
        if not confirm_overwrite(self, self.path()):
            return
        save_brief_options(self.settings, self.options())
        super().accept()

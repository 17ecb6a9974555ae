"""The brief dialog: the parts of the brief, whom it is for, the plan year and the meeting whose
agenda it carries, private notes or not (saying how many are left out), the marking and the
file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bnldesk.services import meetings as meeting_service
from bnldesk.services.reports import (
    BriefOptions,
    BriefSubject,
)
from bnldesk.services.reports.brief_data import PlanYearChoice, plan_year_choice
from bnldesk.store.engine import Store
from bnldesk.ui import dates, i18n, labels
from bnldesk.ui.exports.common import (
    AudienceChoice,
    PathRow,
    escape_html,
    label_text,
    partners_note,
    ready_to_write,
    tr,
    with_suffix,
)
from bnldesk.ui.exports.options import (
    BRIEF_PARTS,
    MeetingBriefChoice,
    load_brief_options,
    load_meeting_brief_choice,
    save_brief_options,
    save_meeting_brief_choice,
    slug,
)
from bnldesk.ui.meetings.rows import MeetingRow
from bnldesk.ui.settings import Settings
from bnldesk.ui.widgets import colours
from bnldesk.ui.widgets.dialogs import WritingDialog, plain_dialog
from bnldesk.ui.widgets.screen_fit import grow_to_content
from bnldesk.ui.worker import DbWorker

if TYPE_CHECKING:
    pass


@dataclass
class MeetingChoice:
    """A meeting whose agenda a brief can carry: its id, the label the list shows and the
    file name (without ".pdf") its brief gets: "brief-SENN-CRISE-2026-12-08"."""

    meeting_id: int
    label: str
    file_stem: str


@dataclass
class BriefChoices:
    """What the brief dialog offers for one subject, read on the worker: the plan years and the
    one proposed (with why), the workgroup's coming meetings and the one proposed, and for a
    meeting's own brief its file name."""

    plan: PlanYearChoice = field(default_factory=lambda: PlanYearChoice([], None, "none"))
    meetings: list[MeetingChoice] = field(default_factory=list)
    meeting: int | None = None
    file_stem: str | None = None
    # The UUID of each meeting offered (the meeting's own brief's too): the key of what its
    # last brief was made with (bnldesk.ui.exports.options.MeetingBriefChoice).
    meeting_uuids: dict[int, str] = field(default_factory=dict)


def file_stem(meeting: meeting_service.MeetingFields) -> str:
    """A meeting brief's file name: "brief-" and the workgroup's code (else the meeting's
    title), then the meeting's date, so that neither another meeting's brief nor the
    workgroup's is overwritten: "brief-SENN-CRISE-2026-12-08"."""
    when = f"-{meeting.starts_at:%Y-%m-%d}" if meeting.starts_at else ""
    return f"brief-{slug(meeting.workgroup or meeting.title)}{when}"


def brief_choices(store: Store, subject: BriefSubject, language: str | None = None) -> BriefChoices:
    """The years and meetings a brief on ``subject`` can use (runs on the worker); a meeting's
    default title names its workgroup in ``language`` (the window's)."""
    choices = BriefChoices()
    with store.read() as session:
        choices.plan = plan_year_choice(session, subject)
        if subject.meeting is not None:
            fields = meeting_service.meeting_fields(session, int(subject.meeting))
            choices.file_stem = file_stem(fields)
            own = meeting_service.get_meeting(session, int(subject.meeting))
            choices.meeting_uuids[own.id] = own.uuid
        elif subject.workgroup_id is not None:
            now = dt.datetime.combine(dt.date.today(), dt.time())
            for row in meeting_service.list_meetings(
                session, upcoming_from=now, workgroup=str(subject.workgroup_id), language=language
            ):
                meeting = MeetingRow.of(row)
                label = f"{dates.format_datetime(meeting.starts_at)}  {meeting.title}"
                stem = file_stem(meeting_service.meeting_fields(session, meeting.id))
                choices.meetings.append(MeetingChoice(meeting.id, label, stem))
                choices.meeting_uuids[meeting.id] = str(row["uuid"])
            choices.meeting = choices.meetings[0].meeting_id if choices.meetings else None
    return choices


def plan_note(plan: PlanYearChoice) -> str:
    """Why the proposed plan year is proposed, and where a meeting's agenda points are
    placed, in the interface language."""
    year, name = str(plan.default or ""), plan.workgroup
    reasons = {
        "meeting_year": tr("Proposed: %1, the plan of the meeting's year."),
        "meeting_latest": tr(
            "Proposed: %1, the latest plan that lists %2 (no plan of %3 does)."
        ).replace("%3", str(plan.meeting_year or "")),
        "latest": tr("Proposed: %1, the latest plan that lists %2."),
        "section": tr("The plan the section is in."),
        "none": tr("No plan lists %2 yet: the brief has no place in the plan."),
    }
    text = i18n.filled(reasons.get(plan.reason, ""), year, name)
    others = [y for y in plan.agenda_years if y != plan.default]
    if others:
        text += " " + tr("Agenda points stay in their own plans: %1.").replace(
            "%1", ", ".join(map(str, others))
        )
    return text


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


class BriefDialog(WritingDialog):
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
        self._typed_choice = False  # the marking or private box changed by the delegate here
        self._choices_loaded = False
        options = load_brief_options(settings)
        self._base = options
        self._proposed_year: int | None = None
        self._choices = BriefChoices()
        self._default_path = default_path
        self._proposed_path = default_path  # replaced while the delegate has not typed another
        self._proposed_base = default_path  # the same, before it is named for the audience
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{escape_html(subject_label)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        layout.addLayout(self._build_choices())
        layout.addWidget(self._build_parts(options))
        self._build_private(layout, options)
        layout.addLayout(self._build_file(options, default_path))
        layout.addWidget(self._build_buttons())
        self.setMinimumWidth(560)
        self._connect()
        if worker is not None:
            chosen = self.subject
            language = i18n.current()
            worker.run(
                lambda st: brief_choices(st, chosen, language),
                self.set_choices,
                key="brief-choices",
            )

    def _build_choices(self) -> QFormLayout:
        """The plan year and the meeting whose agenda the brief carries, each with a line
        under it saying why its choice is proposed (filled once the choices are read)."""
        form = QFormLayout()
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("briefYear")
        self.year_combo.setToolTip(tr("The annual plan the brief describes"))
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("briefMeeting")
        self.meeting_combo.addItem(tr("No meeting (no agenda)"), None)
        # Under each list, why its choice is proposed: nothing is picked silently.
        self.year_note = QLabel()
        self.year_note.setObjectName("briefYearNote")
        self.meeting_note = QLabel()
        self.meeting_note.setObjectName("briefMeetingNote")
        for note in (self.year_note, self.meeting_note):
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)  # names are the delegate's text
            note.setStyleSheet(f"color: {colours.css(colours.muted())};")
            note.hide()
        form.addRow(label_text(tr("Delegation")), self._build_delegation_and_audience())
        form.addRow(label_text(tr("Plan year")), self.year_combo)
        form.addRow("", self.year_note)
        form.addRow(label_text(tr("Agenda of")), self.meeting_combo)
        form.addRow("", self.meeting_note)
        self.year_combo.setEnabled(False)
        self.meeting_combo.setEnabled(False)
        return form

    def _build_delegation(self) -> QComboBox:
        """The delegation the brief is stamped with, shown and changeable here (trials 14 and
        15: only Preferences showed it); a change is remembered as the preferences' one."""
        self.delegation_combo = QComboBox()
        self.delegation_combo.setObjectName("briefDelegation")
        for code in ("BE", "NL", "LU"):
            self.delegation_combo.addItem(labels.label(labels.DELEGATIONS, code), code)
        code = str(self.settings.get("prefs/delegation"))
        if code == "other":
            self.delegation_combo.addItem(self.settings.delegation(), "other")
        self.delegation_combo.setCurrentIndex(max(0, self.delegation_combo.findData(code)))
        return self.delegation_combo

    def _build_delegation_and_audience(self) -> QHBoxLayout:
        """The delegation and, beside it (a row more did not fit 1280x720 at a scale of 1.5),
        whom the brief is for."""
        row = QHBoxLayout()
        row.addWidget(self._build_delegation(), 1)
        self.audience_combo = AudienceChoice()
        for_label = QLabel(label_text(tr("For")))
        for_label.setBuddy(self.audience_combo)
        row.addWidget(for_label)
        row.addWidget(self.audience_combo, 1)
        return row

    def _chosen_delegation(self) -> str:
        code = str(self.delegation_combo.currentData())
        return self.delegation_combo.currentText() if code == "other" else code

    def _build_parts(self, options: BriefOptions) -> QGroupBox:
        """A check box per part of the brief, ticked as last time, in two columns (in one,
        the dialog was taller than a screen at a large scale factor)."""
        parts = QGroupBox(tr("Parts of the brief"))
        parts_layout = QGridLayout(parts)
        self.part_boxes: dict[str, QCheckBox] = {}
        for key, text in BRIEF_PARTS:
            box = QCheckBox(tr(text))
            box.setObjectName(f"part_{key}")
            box.setChecked(bool(getattr(options, f"include_{key}")))
            parts_layout.addWidget(box, len(self.part_boxes) % 4, len(self.part_boxes) // 4)
            self.part_boxes[key] = box
        return parts

    def _build_private(self, layout: QVBoxLayout, options: BriefOptions) -> None:
        """Private notes or not, and the line saying how many are left out."""
        self.private_box = QCheckBox(tr("Include notes marked private"))
        self.private_box.setObjectName("includePrivate")
        self.private_box.setChecked(options.include_private)
        layout.addWidget(self.private_box)
        self.left_out_label = QLabel()
        self.left_out_label.setObjectName("leftOut")
        self.left_out_label.setWordWrap(True)
        layout.addWidget(self.left_out_label)

    def _build_file(self, options: BriefOptions, default_path: Path) -> QFormLayout:
        """The marking printed on every page, and where the brief is saved."""
        file_form = QFormLayout()
        self.marking_edit = QLineEdit(options.marking)
        self.marking_edit.setObjectName("marking")
        self.marking_edit.setPlaceholderText(tr("e.g. LIMITED DISTRIBUTION"))
        file_form.addRow(label_text(tr("Marking")), self.marking_edit)
        self.path_row = PathRow(default_path, tr("PDF documents (*.pdf)"))
        file_form.addRow(label_text(tr("File")), self.path_row)
        return file_form

    def _build_buttons(self) -> QDialogButtonBox:
        """Export and Cancel."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _meeting_uuid(self) -> str | None:
        """The UUID of the meeting whose brief this is (or whose agenda it carries)."""
        chosen = self.meeting_combo.currentData()
        if self.subject.meeting is not None:
            chosen = int(self.subject.meeting)
        return self._choices.meeting_uuids.get(chosen) if chosen is not None else None

    def _recall_meeting_choice(self) -> None:
        """The marking and private-notes choice of this meeting's last brief, unless the
        delegate already changed either here."""
        uuid = self._meeting_uuid()
        if self._typed_choice or uuid is None:
            return
        recalled = load_meeting_brief_choice(self.settings, uuid)
        if recalled is None:
            recalled = MeetingBriefChoice(self._base.marking, False)
        # What the delegate typed for this meeting comes back as typed (the Preferences'
        # marking, when nothing was typed, is already in the brief's language).
        self.marking_edit.setText(recalled.marking)
        self.private_box.setChecked(recalled.include_private and not self._for_partners())

    def _choice_typed(self) -> None:
        self._typed_choice = True

    def _connect(self) -> None:
        """What is counted again when a choice changes."""
        self.marking_edit.textEdited.connect(lambda _text: self._choice_typed())
        self.private_box.clicked.connect(lambda _checked: self._choice_typed())
        self.private_box.toggled.connect(lambda _on: self._show_left_out())
        self.part_boxes["notes"].toggled.connect(lambda _on: self._count_left_out())
        self.year_combo.activated.connect(lambda _i: self._count_left_out())
        self.meeting_combo.activated.connect(lambda _i: self._meeting_chosen())
        self.audience_combo.currentIndexChanged.connect(lambda _i: self._audience_chosen())

    def _for_partners(self) -> bool:
        return self.audience_combo.for_partners()

    def _audience_chosen(self) -> None:
        """For other delegations: no private notes (the box is off and cannot be ticked), the
        file named for them, and the line under the box says what goes in."""
        partners = self._for_partners()
        if partners:
            self.private_box.setChecked(False)
        self.private_box.setEnabled(not partners)
        self._propose_path(self._proposed_base)
        self._show_left_out()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            grow_to_content(self)  # a note or the left-out line appeared, or wrapped
        return handled

    def set_choices(self, choices: BriefChoices) -> None:
        """Fill the year and meeting lists (from :func:`brief_choices`), say why each proposed
        choice is proposed, and name the file after the meeting."""
        self._choices_loaded = True
        self._choices = choices
        plan = choices.plan
        self._proposed_year = plan.default
        self.year_combo.clear()
        for year in plan.years:
            self.year_combo.addItem(str(year), year)
        if plan.default is not None:
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(plan.default)))
        self.year_combo.setEnabled(len(plan.years) > 1)
        if not plan.years:
            self.year_combo.addItem(tr("the plan of the selected object"), None)
        self.year_note.setText(plan_note(plan))
        self.year_note.setVisible(bool(self.year_note.text()))
        for meeting in choices.meetings:
            self.meeting_combo.addItem(meeting.label, meeting.meeting_id)
        if choices.meeting is not None:
            self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(choices.meeting))
        self.meeting_combo.setEnabled(bool(choices.meetings))
        if self.subject.meeting is not None:
            self.meeting_combo.setItemText(0, tr("This meeting"))
        self._meeting_chosen()

    def _meeting_chosen(self) -> None:
        """Say what the meeting list proposes; the file is named after the chosen meeting."""
        choices, chosen = self._choices, self.meeting_combo.currentData()
        name = choices.plan.workgroup
        if self.subject.meeting is not None:
            note = ""
        elif choices.meetings and chosen == choices.meeting:
            note = tr(
                'Proposed: the next meeting of %1, with its agenda. Choose "No meeting" for a '
                "brief without an agenda."
            ).replace("%1", name)
        elif choices.meetings:
            note = tr(
                "%n coming meeting(s) of this workgroup to choose from.",
                None,
                len(choices.meetings),
            )
        else:
            note = tr("No coming meeting of %1 is planned.").replace("%1", name) if name else ""
        self.meeting_note.setText(note)
        self.meeting_note.setVisible(bool(note))
        stem = choices.file_stem or next(
            (m.file_stem for m in choices.meetings if m.meeting_id == chosen), None
        )
        self._propose_path(
            self._default_path.with_name(stem + ".pdf") if stem else self._default_path
        )
        self._recall_meeting_choice()
        self._count_left_out()

    def _propose_path(self, path: Path) -> None:
        """Show ``path`` (named for the audience chosen) unless the delegate typed or chose
        another file."""
        self._proposed_base = path
        path = self.audience_combo.path_for(path, self._base.language)
        if self.path_row.path() == self._proposed_path:
            self.path_row.edit.setText(str(path))
        self._proposed_path = path

    def chosen_subject(self) -> BriefSubject:
        """The subject with the year and meeting chosen here (a workgroup brief with a
        meeting's agenda is that meeting's brief)."""
        from dataclasses import replace

        year = self.year_combo.currentData()
        if self.subject.meeting is not None and year == self._proposed_year:
            # The brief's own rule, which also says on the cover why it took that plan.
            year = None
        subject = replace(self.subject, plan_year=year)
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
        if self._for_partners():
            self.left_out_label.setText(partners_note())
            self.left_out_label.setVisible(True)
            return
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
            i18n.filled(tr("%1 and %2"), phrases[0], phrases[1])
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
        if self._for_partners():
            return tr("for other delegations: shareable notes only")
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
            audience=self.audience_combo.audience(),
            include_private=self.private_box.isChecked() and not self._for_partners(),
            marking=self.marking_edit.text().strip(),
            delegation=self._chosen_delegation(),
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
        if not ready_to_write(self, self.path(), (self.settings.export_dir(),)):
            return
        save_brief_options(self.settings, self.options())
        self.settings.set("prefs/delegation", self.delegation_combo.currentData())
        uuid = self._meeting_uuid()
        if uuid is not None:
            options = self.options()
            choice = MeetingBriefChoice(options.marking, options.include_private)
            save_meeting_brief_choice(self.settings, uuid, choice)
        self.confirm()  # written while the dialog stays open: a fault is shown over it

"""Edits whose save failed: kept, shown, retried when the database answers, asked about.

A save can fail while the delegate goes on typing: the delegation's server is away, the
database file is locked by another program, read-only, or its disk is full. What was typed (a
note, an action item, a meeting's facts, an agenda point, a new point or action item of a
meeting) is then held here (:class:`UnsavedEdits`, one per window's :class:`ChangeBus`, so it
outlives a window rebuilt in another language) and written at once to the recovery file on
this laptop (:mod:`bnldesk.services.recovery`). A cheap probe on the one database worker,
backing off from :data:`FIRST_PROBE_MS` to :data:`LAST_PROBE_MS`, sees when the database
answers again; the edits are then stored without the delegate moving anywhere, each as the
undo step its editor would have made. Closing the window with edits not stored asks
(:func:`confirm_close`); the next start offers the kept copy (:func:`offer_kept`). The log
records each failure and each retry with its cause, never the text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from bnldesk.domain.errors import BnldeskError
from bnldesk.services import meetings as meetings_svc
from bnldesk.services import recovery
from bnldesk.services.note_edits import SaveResult
from bnldesk.services.recovery import (
    MEETING_EDITS,
    UnsavedAction,
    UnsavedEdit,
    UnsavedMeeting,
    UnsavedNewAction,
    UnsavedNewPoint,
    UnsavedNote,
    UnsavedPoint,
)
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.changes import ChangeBus, Written, in_transaction
from bnldesk.ui.meetings.commands import MeetingCommand, meeting_changes
from bnldesk.ui.notes import writes
from bnldesk.ui.notes.commands import (
    EditNoteCommand,
    add_action_step,
    add_note_step,
    edit_action_step,
)
from bnldesk.ui.worker import Priority, describe_error

log = logging.getLogger(__name__)

FIRST_PROBE_MS = 2000  # the first look whether the database answers, after a failed save
LAST_PROBE_MS = 30000  # the longest wait between two looks
CLOSE_WAIT_MS = 15000  # how long closing waits for saves under way (a server's connect timeout)

MeetingEdit = UnsavedMeeting | UnsavedPoint | UnsavedNewPoint | UnsavedNewAction
# The kinds whose edit goes on while it waits: typing on changes ``typed``, made on ``stored``.
EditOfStored = UnsavedNote | UnsavedAction | UnsavedMeeting | UnsavedPoint


@dataclass(frozen=True)
class Sent:
    """What a retry stored: the note's, action item's or meeting's id (a new one's), the
    save's result for a note or action item, the meeting's records before and after it."""

    record_id: int
    result: SaveResult | None = None
    before: meetings_svc.MeetingState | None = None
    after: meetings_svc.MeetingState | None = None


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text, disambiguation, count)


def cause_of(error: BaseException) -> str:
    """The cause class the log and the recovery file record: the error's code
    ("server_unreachable", "database_locked", …), else its type's name."""
    if isinstance(error, BnldeskError) and error.code:
        return error.code
    return type(error).__name__


def database_answers(store: Store) -> None:
    """The probe: one trivial read (raises what the store raises when the database is away)."""
    from sqlalchemy import text

    with store.read() as session:
        session.execute(text("SELECT 1"))


class UnsavedEdits(QObject):
    """The edits not stored yet, by their ``key`` ("note:12", "point:4", …), and their retries.

    ``changed`` fires when the set or a failure's text changes; ``stored(key, record_id,
    typed)`` when a retry stored an edit (``record_id``: the note's or action item's id, a
    new note's once it is stored; a meeting's for the Meetings window's edits).
    """

    changed = Signal()
    stored = Signal(str, int, object)

    def __init__(self, changes: ChangeBus) -> None:
        super().__init__(changes)
        self.setObjectName("unsavedEdits")
        self.changes = changes
        self.where = changes.worker.store.where
        self._edits: dict[str, UnsavedEdit] = {}
        # Edits kept in the file while their first write is under way (:meth:`writing`).
        self._writing: dict[str, UnsavedEdit] = {}
        self._sending: set[str] = set()
        self.problem = ""  # the last failure, one line in the interface language
        self.keep_problem = ""  # the recovery file could not be written: why
        self._wait_ms = FIRST_PROBE_MS
        self._probe_timer = QTimer(self)
        self._probe_timer.setSingleShot(True)
        self._probe_timer.timeout.connect(self._probe)

    # -- what is held ----------------------------------------------------------------------
    def count(self) -> int:
        return len(self._edits)

    def held(self) -> list[UnsavedEdit]:
        return list(self._edits.values())

    def get(self, key: str) -> UnsavedEdit | None:
        """The unsaved edit under ``key`` (:attr:`UnsavedNote.key`, …), or None."""
        return self._edits.get(key)

    def note(self, key: str) -> UnsavedNote | None:
        """The unsaved note edit under ``key``, or None."""
        edit = self._edits.get(key)
        return edit if isinstance(edit, UnsavedNote) else None

    def note_ids(self) -> set[int]:
        """The stored notes with an edit not stored (of their text or an action item's)."""
        return {
            edit.note_id
            for edit in self._edits.values()
            if isinstance(edit, UnsavedNote | UnsavedAction) and edit.note_id
        }

    def actions_of(self, note_id: int) -> dict[int, UnsavedAction]:
        """The unsaved edits of note ``note_id``'s action items, by action item id."""
        return {
            edit.action_id: edit
            for edit in self._edits.values()
            if isinstance(edit, UnsavedAction) and edit.note_id == note_id
        }

    def of_meeting(self, meeting_id: int | None, uuid: str = "") -> list[MeetingEdit]:
        """The unsaved edits of meeting ``meeting_id`` (a new meeting's: by its ``uuid``)."""
        return [
            edit
            for edit in self._edits.values()
            if isinstance(edit, MEETING_EDITS)
            and (
                (meeting_id is not None and edit.meeting_id == meeting_id)
                or (isinstance(edit, UnsavedMeeting) and bool(uuid) and edit.uuid == uuid)
            )
        ]

    def writing(self, edit: UnsavedEdit) -> None:
        """``edit`` is about to be written for the first time: it is kept in the recovery file
        until :meth:`written` or :meth:`failed`, so that the window closed or the application
        killed during the write loses nothing (the next start offers it; storing it finds by
        its UUID what reached the database and adds nothing twice). Not shown as unsaved."""
        self._writing[edit.key] = edit
        self._keep()

    def written(self, key: str) -> None:
        """The first write of the edit under ``key`` ended (stored, or refused for what it
        says): no longer kept for it."""
        if self._writing.pop(key, None) is not None:
            self._keep()

    def amend(self, edit: UnsavedEdit) -> None:
        """Replace the held edit with ``edit``'s key by ``edit`` (a point typed into a new
        meeting whose save failed) and keep it; the next look comes soon."""
        if edit.key not in self._edits:
            return
        self._edits[edit.key] = edit
        self._keep()
        self._probe_timer.start(FIRST_PROBE_MS)

    def failed(self, edit: UnsavedEdit, error: BaseException) -> None:
        """A save of ``edit`` failed with ``error``: hold it (over an earlier failed edit of the
        same record, whose ``stored`` fields stay: the edit is made on them), keep it in the
        recovery file, and look again later whether the database answers."""
        earlier = self._edits.get(edit.key)
        if isinstance(earlier, EditOfStored) and isinstance(edit, EditOfStored):
            edit = replace(edit, stored=earlier.stored)  # type: ignore[arg-type]
        self._writing.pop(edit.key, None)
        self._edits[edit.key] = edit
        log.warning(
            "%s not saved (%s): kept on this laptop, retried when the database answers",
            edit.key,
            edit.cause,
        )
        self.problem = describe_error(error)
        self._keep()
        self._look_again_later()
        self.changed.emit()

    def typed(self, key: str, fields: object) -> None:
        """The delegate typed on in a record whose save failed: ``fields`` (the kind's typed
        fields: NoteFields, ActionFields, MeetingFields, AgendaTexts) are kept with it and
        stored with the next retry."""
        edit = self._edits.get(key)
        if not isinstance(edit, EditOfStored) or edit.typed == fields:
            return
        self._edits[key] = replace(edit, typed=fields)  # type: ignore[arg-type]
        self._keep()
        # A change brings the next look forward (the fault may be over: a lock released).
        if key not in self._sending and not (
            self._probe_timer.isActive() and self._probe_timer.remainingTime() <= FIRST_PROBE_MS
        ):
            self._wait_ms = FIRST_PROBE_MS
            self._probe_timer.start(FIRST_PROBE_MS)

    def take_kept(self) -> int:
        """Hold what the recovery file kept from an earlier run and try to store it now;
        how many edits that is."""
        for edit in recovery.kept(self.where):
            self._edits.setdefault(edit.key, edit)
        if self._edits:
            log.info("%d unsaved edit(s) from an earlier run taken up again", len(self._edits))
            self.retry_now()
            self.changed.emit()
        return len(self._edits)

    def discard(self) -> None:
        """Drop every unsaved edit and the recovery file (the delegate chose so)."""
        log.warning("%d unsaved edit(s) discarded by the delegate", len(self._edits))
        self._edits.clear()
        self._probe_timer.stop()
        recovery.discard(self.where)
        self.changed.emit()

    def stop(self) -> None:
        """No more looks (the application is closing; what is held stays in the file)."""
        self._probe_timer.stop()
        self._edits.clear()

    # -- retrying ------------------------------------------------------------------------
    def retry_now(self) -> None:
        """Store every held edit now ("Retry now", closing, a start with a kept copy)."""
        self._probe_timer.stop()
        self._wait_ms = FIRST_PROBE_MS
        for key in list(self._edits):
            self._send(key)

    def _look_again_later(self) -> None:
        if not self._probe_timer.isActive():
            self._probe_timer.start(self._wait_ms)
        self._wait_ms = min(2 * self._wait_ms, LAST_PROBE_MS)

    def _probe(self) -> None:
        """Whether the database answers: a background read, then the edits are sent."""
        if not self._edits:
            return
        self.changes.worker.run(
            database_answers,
            lambda _none: self._answers(),
            self._still_away,
            key="unsaved-edits-probe",
            priority=Priority.BACKGROUND,
        )

    def _answers(self) -> None:
        log.info("the database answers again: retrying %d unsaved edit(s)", len(self._edits))
        for key in list(self._edits):
            self._send(key)

    def _still_away(self, error: Exception) -> None:
        log.info("the database still does not answer (%s)", cause_of(error))
        self.problem = describe_error(error)
        self._look_again_later()
        self.changed.emit()

    def _send(self, key: str) -> None:
        edit = self._edits.get(key)
        if edit is None or key in self._sending:
            return
        self._sending.add(key)
        self.changes.write(
            in_transaction(_write_of(edit)),
            lambda sent: self._sent(key, edit, sent),
            lambda error: self._not_sent(key, error),
            undo=lambda sent: _undo_step(self.changes, edit, sent),
        )

    def _sent(self, key: str, sent: UnsavedEdit, stored: Sent) -> None:
        self._sending.discard(key)
        log.info("%s saved on retry", key)
        now = self._edits.pop(key, sent)
        later: list[UnsavedEdit] = [*_points_meanwhile(now, sent, stored.record_id)]
        typed_on = _typed_meanwhile(now, sent, stored.record_id)
        later += [typed_on] if typed_on is not None else []
        for edit in later:
            # Typed on while it was on its way: the rest goes as an edit of what is stored.
            self._edits[edit.key] = edit
            self._send(edit.key)
        if not self._edits:
            self.problem = ""
            self._probe_timer.stop()
            self._wait_ms = FIRST_PROBE_MS
        self._keep()
        typed = sent.typed if isinstance(sent, EditOfStored) else None
        self.stored.emit(key, stored.record_id, typed)
        self.changed.emit()

    def _not_sent(self, key: str, error: Exception) -> None:
        self._sending.discard(key)
        log.warning("retry of %s failed (%s)", key, cause_of(error))
        self.problem = describe_error(error)
        self._look_again_later()
        self.changed.emit()

    def _keep(self) -> None:
        try:
            writing = [e for key, e in self._writing.items() if key not in self._edits]
            recovery.keep(self.where, [*self._edits.values(), *writing])
            self.keep_problem = ""
        except recovery.RecoveryFileError as exc:
            log.error("%s", exc)
            self.keep_problem = describe_error(exc)


def _typed_meanwhile(now: UnsavedEdit, sent: UnsavedEdit, record_id: int) -> EditOfStored | None:
    """What was typed while ``sent`` was on its way, as an edit of what it stored (a new
    note or meeting, an action item added anew, now has its id); None when nothing was."""
    if not isinstance(now, EditOfStored) or not isinstance(sent, EditOfStored):
        return None
    if now.typed == sent.typed:
        return None
    if isinstance(now, UnsavedNote) and isinstance(sent, UnsavedNote):
        return replace(now, note_id=record_id, stored=sent.typed)
    if isinstance(now, UnsavedAction) and isinstance(sent, UnsavedAction):
        return replace(now, action_id=record_id, stored=sent.typed)
    if isinstance(now, UnsavedMeeting) and isinstance(sent, UnsavedMeeting):
        return replace(now, meeting_id=record_id, stored=sent.typed, points=())
    if isinstance(now, UnsavedPoint) and isinstance(sent, UnsavedPoint):
        return replace(now, stored=sent.typed)
    return None


def _points_meanwhile(
    now: UnsavedEdit, sent: UnsavedEdit, meeting_id: int
) -> list[UnsavedNewPoint]:
    """The points typed into a new meeting while its retry was on its way, as new points of
    the meeting it stored."""
    if not isinstance(now, UnsavedMeeting) or not isinstance(sent, UnsavedMeeting):
        return []
    return [
        UnsavedNewPoint(
            meeting_id, point.uuid, point.text if point.ref is None else "", point.ref, now.cause
        )
        for point in now.points
        if point not in sent.points
    ]


def _write_of(edit: UnsavedEdit) -> Callable[[Session], Written[Sent]]:
    """The write that stores ``edit`` (:mod:`bnldesk.services.recovery`), saying what changed."""

    def write(session: Session) -> Written[Sent]:
        if isinstance(edit, UnsavedNote):
            result = recovery.store_unsaved(session, edit)
            target = writes.target_of(edit.target)
            changes = writes.note_changes(result.note_id, target, tags=True)
            return Written(Sent(result.note_id, result), changes)
        if isinstance(edit, UnsavedAction):
            result = recovery.store_action(session, edit)
            target = writes.target_of(edit.target)
            changes = writes.note_changes(edit.note_id, target, action_id=result.note_id)
            return Written(Sent(result.note_id, result), changes)
        before = meetings_svc.meeting_state(session, edit.meeting_id or None)
        meeting_id = recovery.store_meeting_edit(session, edit)
        after = meetings_svc.meeting_state(session, meeting_id)
        return Written(
            Sent(meeting_id, None, before, after), meeting_changes(meeting_id, actions=True)
        )

    return write


def _undo_step(changes: ChangeBus, sent: UnsavedEdit, stored: Sent) -> QUndoCommand | None:
    """The undo step of a retried edit, as its editor's would have been: "Add note" for a
    note stored anew, the edit of its fields otherwise (none when all of it clashed); the
    Meetings window's step for a meeting's edits."""
    result = stored.result
    if isinstance(sent, UnsavedNote) and result is not None:
        target = writes.target_of(sent.target)
        if result.note_id != sent.note_id:
            return add_note_step(changes, result.note_id, target, sent.author)
        if not result.saved:
            return None
        return EditNoteCommand(changes, sent.note_id, target, sent.stored, sent.typed, sent.author)
    if isinstance(sent, UnsavedAction) and result is not None:
        target = writes.target_of(sent.target)
        if result.note_id != sent.action_id:
            return add_action_step(changes, sent.note_id, target, result.note_id, sent.author)
        if not result.saved:
            return None
        return edit_action_step(
            changes, sent.note_id, target, sent.action_id, sent.stored, sent.typed, sent.author
        )
    if stored.before is None or stored.after is None or stored.before == stored.after:
        return None
    return MeetingCommand(
        changes, _meeting_step_text(sent), stored.record_id, stored.before, stored.after,
        actions=True,
    )  # fmt: skip


def _meeting_step_text(edit: UnsavedEdit) -> Callable[[], str]:
    """The name of a meeting edit's undo step, as the Meetings window says it."""
    said = {
        UnsavedMeeting: "Edit meeting" if getattr(edit, "meeting_id", 0) else "New meeting",
        UnsavedPoint: "Edit agenda point",
        UnsavedNewPoint: "Add agenda point",
        UnsavedNewAction: "Add action item",
    }.get(type(edit), "Edit meeting")
    # The same strings as the Meetings window's (bnldesk.ui.meetings.editor), translated there.
    return lambda: QCoreApplication.translate("Meetings", said)


def unsaved_edits(changes: ChangeBus) -> UnsavedEdits:
    """The :class:`UnsavedEdits` of ``changes`` (made on first use; it lives as long as the
    bus, which the application controller owns)."""
    found = changes.findChild(UnsavedEdits, "unsavedEdits")
    return found if isinstance(found, UnsavedEdits) else UnsavedEdits(changes)


# -- questions -------------------------------------------------------------------------------
def confirm_close(parent: QWidget, unsaved: UnsavedEdits) -> bool:
    """Before the window closes with edits not stored: try once more, then ask whether to try
    again, keep a copy on this laptop (offered at the next start) or quit without them.
    True when the window may close."""
    while unsaved.count():
        unsaved.retry_now()
        wait_for_saves(unsaved.changes)
        if not unsaved.count():
            return True
        answer = _ask_before_closing(parent, unsaved)
        if answer == "retry":
            continue
        if answer == "discard":
            unsaved.discard()
        return answer != "stay"
    return True


def wait_for_saves(changes: ChangeBus) -> None:
    """Let the saves under way finish (at most :data:`CLOSE_WAIT_MS`: a server that does not
    answer), with the busy cursor: the window stays drawn meanwhile."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        changes.worker.wait_idle(CLOSE_WAIT_MS)
    finally:
        QApplication.restoreOverrideCursor()


def _ask_before_closing(parent: QWidget, unsaved: UnsavedEdits) -> str:
    count = unsaved.count()
    box = QMessageBox(parent)
    box.setObjectName("unsavedNotesQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Not saved"))
    box.setText(tr("%n change(s) could not be saved in the database.", None, count))
    box.setDetailedText(held_list(unsaved.held()))
    info = tr(
        "A copy is kept on this computer; bnldesk offers to save it when it next opens this"
        " database."
    )
    if unsaved.keep_problem:
        info = unsaved.keep_problem
    box.setInformativeText(f"{unsaved.problem}\n\n{info}" if unsaved.problem else info)
    retry = box.addButton(tr("Try &again"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("&Keep a copy and quit"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Quit &without saving"), QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(QMessageBox.StandardButton.Cancel)
    for button, name in ((retry, "retry"), (keep, "keep"), (discard, "discard"), (stay, "stay")):
        button.setObjectName(name)
    if unsaved.keep_problem:
        keep.setEnabled(False)  # there is no copy: quitting loses the text
    box.setDefaultButton(retry if unsaved.keep_problem else keep)
    box.setEscapeButton(stay)
    box.exec()
    chosen = box.clickedButton()
    names: dict[object, str] = {retry: "retry", keep: "keep", discard: "discard"}
    return names.get(chosen, "stay")


def held_list(edits: list[UnsavedEdit]) -> str:
    """One line per edit not stored: what it is, then the delegate's name for it."""
    return "\n".join(i18n.labelled(kind_name(edit), edit.label) for edit in edits)


def kind_name(edit: UnsavedEdit) -> str:
    """What kind of edit ``edit`` is, in the interface language ("Action item")."""
    if isinstance(edit, UnsavedNote):
        return tr("Note")
    if isinstance(edit, UnsavedAction | UnsavedNewAction):
        return tr("Action item")
    if isinstance(edit, UnsavedMeeting):
        return tr("Meeting")
    return tr("Agenda point")


def offer_kept(parent: QWidget, unsaved: UnsavedEdits) -> None:
    """At start: when the recovery file holds edits from an earlier run, say so and store them
    (or keep them for later, or drop them) as the delegate chooses."""
    try:
        kept = recovery.kept(unsaved.where)
    except recovery.RecoveryFileError as exc:
        log.error("%s", exc)
        QMessageBox.warning(parent, tr("Not saved"), describe_error(exc))
        return
    if not kept:
        return
    box = QMessageBox(parent)
    box.setObjectName("keptNotesQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Not saved"))
    box.setText(
        tr("%n change(s) made last time could not be saved in this database.", None, len(kept))
    )
    box.setInformativeText(
        tr("Their text was kept on this computer: %1. Save it in the database now?").replace(
            "%1", "; ".join(sorted({edit.label for edit in kept if edit.label}))
        )
    )
    save: QPushButton = box.addButton(tr("&Save them now"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    drop = box.addButton(tr("&Discard them"), QMessageBox.ButtonRole.DestructiveRole)
    for button, name in ((save, "save"), (later, "later"), (drop, "discard")):
        button.setObjectName(name)
    box.setDefaultButton(save)
    box.setEscapeButton(later)
    box.exec()
    if box.clickedButton() is save:
        unsaved.take_kept()
    elif box.clickedButton() is drop:
        log.warning("%d kept edit(s) discarded at start by the delegate", len(kept))
        recovery.discard(unsaved.where)

"""Note edits whose save failed: kept, shown, retried when the database answers, asked about.

A note's save can fail while the delegate goes on typing: the delegation's server is away,
the database file is locked by another program, read-only, or its disk is full. What was typed
is then held here (:class:`UnsavedNotes`, one per window's :class:`ChangeBus`, so it outlives a
window rebuilt in another language) and written at once to the recovery file on this laptop
(:mod:`bnldesk.services.recovery`). A cheap probe on the one database worker, backing off from
:data:`FIRST_PROBE_MS` to :data:`LAST_PROBE_MS`, sees when the database answers again; the
edits are then stored without the delegate moving anywhere. Closing the window with edits not
stored asks (:func:`confirm_close`); the next start offers the kept copy (:func:`offer_kept`).
The log records each failure and each retry with its cause, never the text.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from bnldesk.domain.errors import BnldeskError
from bnldesk.services import recovery
from bnldesk.services.annotations import NoteFields
from bnldesk.services.note_edits import SaveResult
from bnldesk.services.recovery import UnsavedNote
from bnldesk.store.engine import Store
from bnldesk.ui.changes import ChangeBus, Written, in_transaction
from bnldesk.ui.notes import writes
from bnldesk.ui.notes.commands import EditNoteCommand, add_note_step
from bnldesk.ui.worker import Priority, describe_error

log = logging.getLogger(__name__)

FIRST_PROBE_MS = 2000  # the first look whether the database answers, after a failed save
LAST_PROBE_MS = 30000  # the longest wait between two looks
CLOSE_WAIT_MS = 15000  # how long closing waits for saves under way (a server's connect timeout)


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


class UnsavedNotes(QObject):
    """The note edits not stored yet, by :attr:`UnsavedNote.key`, and their retries.

    ``changed`` fires when the set or a failure's text changes; ``stored(key, note_id,
    fields)`` when a retry stored an edit (``note_id``: a new note's id once it is stored).
    """

    changed = Signal()
    stored = Signal(str, int, object)

    def __init__(self, changes: ChangeBus) -> None:
        super().__init__(changes)
        self.setObjectName("unsavedNotes")
        self.changes = changes
        self.where = changes.worker.store.where
        self._notes: dict[str, UnsavedNote] = {}
        self._sending: set[str] = set()
        self.problem = ""  # the last failure, one line in the interface language
        self.keep_problem = ""  # the recovery file could not be written: why
        self._wait_ms = FIRST_PROBE_MS
        self._probe_timer = QTimer(self)
        self._probe_timer.setSingleShot(True)
        self._probe_timer.timeout.connect(self._probe)

    # -- what is held ----------------------------------------------------------------------
    def count(self) -> int:
        return len(self._notes)

    def held(self) -> list[UnsavedNote]:
        return list(self._notes.values())

    def get(self, key: str) -> UnsavedNote | None:
        """The unsaved edit under ``key`` (:func:`bnldesk.services.recovery.edit_key`), or None."""
        return self._notes.get(key)

    def note_ids(self) -> set[int]:
        """The stored notes with an edit not stored."""
        return {note.note_id for note in self._notes.values() if note.note_id}

    def failed(self, note: UnsavedNote, error: BaseException) -> None:
        """A save of ``note`` failed with ``error``: hold it (over an earlier failed edit of the
        same note, whose ``stored`` fields stay: the edit is made on them), keep it in the
        recovery file, and look again later whether the database answers."""
        earlier = self._notes.get(note.key)
        if earlier is not None:
            note = replace(note, stored=earlier.stored)
        self._notes[note.key] = note
        log.warning(
            "%s not saved (%s): kept on this laptop, retried when the database answers",
            note.key,
            note.cause,
        )
        self.problem = describe_error(error)
        self._keep()
        self._look_again_later()
        self.changed.emit()

    def typed(self, key: str, fields: NoteFields) -> None:
        """The delegate typed on in a note whose save failed: ``fields`` (NoteFields) are kept
        with it and stored with the next retry."""
        note = self._notes.get(key)
        if note is None or note.typed == fields:
            return
        self._notes[key] = replace(note, typed=fields)
        self._keep()
        # A change brings the next look forward (the fault may be over: a lock released).
        if key not in self._sending and not (
            self._probe_timer.isActive() and self._probe_timer.remainingTime() <= FIRST_PROBE_MS
        ):
            self._wait_ms = FIRST_PROBE_MS
            self._probe_timer.start(FIRST_PROBE_MS)

    def take_kept(self) -> int:
        """Hold what the recovery file kept from an earlier run and try to store it now;
        how many notes that is."""
        for note in recovery.kept(self.where):
            self._notes.setdefault(note.key, note)
        if self._notes:
            log.info("%d unsaved note(s) from an earlier run taken up again", len(self._notes))
            self.retry_now()
            self.changed.emit()
        return len(self._notes)

    def discard(self) -> None:
        """Drop every unsaved edit and the recovery file (the delegate chose so)."""
        log.warning("%d unsaved note(s) discarded by the delegate", len(self._notes))
        self._notes.clear()
        self._probe_timer.stop()
        recovery.discard(self.where)
        self.changed.emit()

    def stop(self) -> None:
        """No more looks (the application is closing; what is held stays in the file)."""
        self._probe_timer.stop()
        self._notes.clear()

    # -- retrying ------------------------------------------------------------------------
    def retry_now(self) -> None:
        """Store every held edit now ("Retry now", closing, a start with a kept copy)."""
        self._probe_timer.stop()
        self._wait_ms = FIRST_PROBE_MS
        for key in list(self._notes):
            self._send(key)

    def _look_again_later(self) -> None:
        if not self._probe_timer.isActive():
            self._probe_timer.start(self._wait_ms)
        self._wait_ms = min(2 * self._wait_ms, LAST_PROBE_MS)

    def _probe(self) -> None:
        """Whether the database answers: a background read, then the edits are sent."""
        if not self._notes:
            return
        self.changes.worker.run(
            database_answers,
            lambda _none: self._answers(),
            self._still_away,
            key="unsaved-notes-probe",
            priority=Priority.BACKGROUND,
        )

    def _answers(self) -> None:
        log.info("the database answers again: retrying %d unsaved note(s)", len(self._notes))
        for key in list(self._notes):
            self._send(key)

    def _still_away(self, error: Exception) -> None:
        log.info("the database still does not answer (%s)", cause_of(error))
        self.problem = describe_error(error)
        self._look_again_later()
        self.changed.emit()

    def _send(self, key: str) -> None:
        note = self._notes.get(key)
        if note is None or key in self._sending:
            return
        self._sending.add(key)
        target = writes.target_of(note.target)

        def write(session: Session) -> Written[SaveResult]:
            result = recovery.store_unsaved(session, note)
            return Written(result, writes.note_changes(result.note_id, target, tags=True))

        self.changes.write(
            in_transaction(write),
            lambda result: self._sent(key, note, result),
            lambda error: self._not_sent(key, error),
            undo=lambda result: _undo_step(self.changes, note, result),
        )

    def _sent(self, key: str, sent: UnsavedNote, result: SaveResult) -> None:
        self._sending.discard(key)
        log.info("%s saved on retry", key)
        now = self._notes.pop(key, sent)
        if now.typed != sent.typed:
            # Typed on while it was on its way: the rest goes as an edit of what is stored now.
            later = replace(now, note_id=result.note_id, stored=sent.typed)
            self._notes[later.key] = later
            self._send(later.key)
        if not self._notes:
            self.problem = ""
            self._probe_timer.stop()
            self._wait_ms = FIRST_PROBE_MS
        self._keep()
        self.stored.emit(key, result.note_id, sent.typed)
        self.changed.emit()

    def _not_sent(self, key: str, error: Exception) -> None:
        self._sending.discard(key)
        log.warning("retry of %s failed (%s)", key, cause_of(error))
        self.problem = describe_error(error)
        self._look_again_later()
        self.changed.emit()

    def _keep(self) -> None:
        try:
            recovery.keep(self.where, list(self._notes.values()))
            self.keep_problem = ""
        except recovery.RecoveryFileError as exc:
            log.error("%s", exc)
            self.keep_problem = describe_error(exc)


def _undo_step(changes: ChangeBus, sent: UnsavedNote, result: SaveResult) -> QUndoCommand | None:
    """The undo step of a retried edit, as the editor's would have been: "Add note" for a note
    stored anew, the edit of its fields otherwise (none when all of it clashed)."""
    target = writes.target_of(sent.target)
    if result.note_id != sent.note_id:
        return add_note_step(changes, result.note_id, target)
    if not result.saved:
        return None
    return EditNoteCommand(changes, sent.note_id, target, sent.stored, sent.typed)


def unsaved_notes(changes: ChangeBus) -> UnsavedNotes:
    """The :class:`UnsavedNotes` of ``changes`` (made on first use; it lives as long as the
    bus, which the application controller owns)."""
    found = changes.findChild(UnsavedNotes, "unsavedNotes")
    return found if isinstance(found, UnsavedNotes) else UnsavedNotes(changes)


# -- questions -------------------------------------------------------------------------------
def confirm_close(parent: QWidget, unsaved: UnsavedNotes) -> bool:
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


def _ask_before_closing(parent: QWidget, unsaved: UnsavedNotes) -> str:
    count = unsaved.count()
    box = QMessageBox(parent)
    box.setObjectName("unsavedNotesQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Notes not saved"))
    box.setText(tr("%n note(s) could not be saved in the database.", None, count))
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


def offer_kept(parent: QWidget, unsaved: UnsavedNotes) -> None:
    """At start: when the recovery file holds notes from an earlier run, say so and store them
    (or keep them for later, or drop them) as the delegate chooses."""
    try:
        kept = recovery.kept(unsaved.where)
    except recovery.RecoveryFileError as exc:
        log.error("%s", exc)
        QMessageBox.warning(parent, tr("Notes not saved"), describe_error(exc))
        return
    if not kept:
        return
    box = QMessageBox(parent)
    box.setObjectName("keptNotesQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Notes not saved"))
    box.setText(
        tr("%n note(s) typed last time could not be saved in this database.", None, len(kept))
    )
    box.setInformativeText(
        tr("Their text was kept on this computer: %1. Save it in the database now?").replace(
            "%1", "; ".join(sorted({note.target.label for note in kept}))
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
        log.warning("%d kept note(s) discarded at start by the delegate", len(kept))
        recovery.discard(unsaved.where)

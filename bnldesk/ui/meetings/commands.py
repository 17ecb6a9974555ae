"""The undo steps of the Meetings window, and what a meeting write changed.

Apart from the editor so that the retry of an edit whose save failed
(:mod:`bnldesk.ui.unsaved`) makes the same undo step the editor would have.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from bnldesk.domain.op_changes import ChangedKind, OpChanges
from bnldesk.services import meetings as svc
from bnldesk.store.engine import Store
from bnldesk.ui.changes import ChangeBus, UndoableWrite, Written, in_transaction
from bnldesk.ui.undo_texts import UndoText


def meeting_changes(*meeting_ids: int | None, actions: bool = False) -> OpChanges:
    """What a write of meetings ``meeting_ids`` changed: the meetings with their agenda points
    and, with ``actions``, the action items raised in them (the start page lists those)."""
    kinds = (ChangedKind.MEETING, ChangedKind.ACTION) if actions else (ChangedKind.MEETING,)
    return OpChanges.of(*kinds, meetings=[meeting_id or 0 for meeting_id in meeting_ids])


class MeetingCommand(UndoableWrite):
    """One edit of a meeting, undone and redone by putting its records back (new timestamps)."""

    def __init__(
        self,
        bus: ChangeBus,
        text: UndoText,
        meeting_id: int,
        before: svc.MeetingState,
        after: svc.MeetingState,
        *,
        actions: bool = False,
        notes: bool = False,
        show: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(bus, text)
        self.meeting_id = meeting_id
        self.before = before
        self.after = after
        self.actions = actions  # the edit changed action items too
        self.notes = notes  # ... and notes (a debrief)
        self.show = show  # called with the meeting's id once an undo or redo is stored

    def stored(self, value: object, undoing: bool) -> None:
        if self.show is not None:
            self.show(self.meeting_id)

    def _job(
        self, target: svc.MeetingState, other: svc.MeetingState
    ) -> Callable[[Store], Written[object]]:
        meeting_id, actions, notes = self.meeting_id, self.actions, self.notes

        def write(session: Session) -> Written[object]:
            svc.restore_meeting_state(session, target, other)
            changes = meeting_changes(meeting_id, actions=actions)
            if notes:
                changes = changes | OpChanges.of(ChangedKind.NOTE, ChangedKind.TAG)
            return Written(meeting_id, changes)

        return in_transaction(write)

    def undo_job(self) -> Callable[[Store], Written[object]]:
        return self._job(self.before, self.after)

    def redo_job(self) -> Callable[[Store], Written[object]]:
        return self._job(self.after, self.before)

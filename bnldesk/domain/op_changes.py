"""What a write changed: the record every write the window runs hands back.

As Anki's operations return an ``OpChanges``, each write job of the desktop application returns
an :class:`OpChanges` beside its result: which kinds of objects it wrote and, where it knows
them, which ids. One signal carries it to every view (``bnldesk.ui.changes.ChangeBus``), and
each view decides from it whether what it shows may have changed, instead of every write
reloading every view. The record is plain data: no Qt, no ORM objects.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple


class ChangedKind(enum.Enum):
    """The kinds of objects a write can change, as the views see them."""

    NOTE = "note"  # annotations (and their tags as attached to them)
    ACTION = "action"  # action items, on a note or raised in a meeting
    MEETING = "meeting"  # meetings with their agenda points
    PLAN = "plan"  # programmes, plans and what they hold: chapters ... workgroups, contacts
    TAG = "tag"  # the set of tag names
    CONFLICT = "conflict"  # notes edited on two laptops, waiting to be resolved
    PAIRING = "pairing"  # the laptops whose bundles are accepted


class NoteTarget(NamedTuple):
    """The plan object notes are written on: its kind and identity key (``wg:SENN-CRISE``)."""

    kind: str
    key: str


def _ids(values: Iterable[int]) -> frozenset[int]:
    return frozenset(int(value) for value in values)


@dataclass(frozen=True)
class OpChanges:
    """The kinds a write changed (``kinds``) and, when known, the ids of what it changed.

    An empty id set for a kind listed in ``kinds`` means "any of that kind" (a merge of a
    bundle, a debrief): views then refresh whatever they show of it. ``note_targets`` names the
    objects whose notes or notes' action items changed; empty while ``NOTE`` is in ``kinds``
    means the notes of any object.
    """

    kinds: frozenset[ChangedKind] = frozenset()
    notes: frozenset[int] = frozenset()
    note_targets: frozenset[NoteTarget] = frozenset()
    actions: frozenset[int] = frozenset()
    meetings: frozenset[int] = frozenset()
    plans: frozenset[int] = frozenset()

    @classmethod
    def of(
        cls,
        *kinds: ChangedKind,
        notes: Iterable[int] = (),
        note_targets: Iterable[NoteTarget] = (),
        actions: Iterable[int] = (),
        meetings: Iterable[int] = (),
        plans: Iterable[int] = (),
    ) -> OpChanges:
        """A record of ``kinds`` with the ids given (ids of 0, "not stored yet", are left out)."""
        return cls(
            frozenset(kinds),
            _ids(i for i in notes if i),
            frozenset(note_targets),
            _ids(i for i in actions if i),
            _ids(i for i in meetings if i),
            _ids(i for i in plans if i),
        )

    @classmethod
    def everything(cls) -> OpChanges:
        """Any object of any kind may have changed (a restored database)."""
        return cls(frozenset(ChangedKind))

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(
            self.kinds | other.kinds,
            self.notes | other.notes,
            self.note_targets | other.note_targets,
            self.actions | other.actions,
            self.meetings | other.meetings,
            self.plans | other.plans,
        )

    @property
    def is_empty(self) -> bool:
        """Whether the write changed nothing a view shows."""
        return not self.kinds

    def touches(self, *kinds: ChangedKind) -> bool:
        """Whether the write changed objects of any of ``kinds``."""
        return any(kind in self.kinds for kind in kinds)

    def touches_notes_on(self, target: NoteTarget) -> bool:
        """Whether the notes on ``target`` (or their action items) may have changed."""
        if target in self.note_targets:
            return True
        return ChangedKind.NOTE in self.kinds and not self.note_targets

    def touches_meeting(self, meeting_id: int) -> bool:
        """Whether meeting ``meeting_id`` (its facts, agenda or actions) may have changed."""
        if meeting_id in self.meetings:
            return True
        return ChangedKind.MEETING in self.kinds and not self.meetings

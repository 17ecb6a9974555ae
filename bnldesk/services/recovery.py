"""The recovery file: edits whose save failed, kept on this laptop until they are stored.

When a save fails (the delegation's server is away, the database file is locked, read-only or
on a full disk), what the delegate typed is written here at once, so that neither closing the
window, the session ending nor a crash loses it; the next start offers to store it. The edits
are a note's text (:class:`UnsavedNote`), an action item's fields (:class:`UnsavedAction`), a
meeting's facts (:class:`UnsavedMeeting`; a new meeting with the first agenda points typed into
it, :class:`FirstPoint`), an agenda point's texts (:class:`UnsavedPoint`), and a new agenda
point or meeting action item (:class:`UnsavedNewPoint`, :class:`UnsavedNewAction`). A new
meeting is kept here already while its first write is under way (``UnsavedEdits.writing``).
The file lives in the user's state folder (platformdirs: ``~/.local/state/bnldesk/recovery``
on Linux), never beside the database or on a server: private notes stay on this laptop.

One JSON file per database (named after a hash of its location as :attr:`Store.where` says it,
without any password), written atomically and readable by its owner alone (0o600 in a 0o700
folder: :func:`bnldesk.services.files.write_atomically`, :func:`~bnldesk.services.files.
private_folder`). A file holding notes only is written as :data:`NOTES_FORMAT`, which the
version before the other kinds reads; with any other kind it is :data:`FORMAT`, which that
version refuses to read and leaves as it is (nothing is dropped); with a new meeting's points
it is :data:`POINTS_FORMAT`, which the version before refuses likewise. A new record carries the
UUID it is given before its first save, so a retry after a save that did reach the database
finds it and adds nothing twice. The log records ids and causes, never the text.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import typing
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import select
from sqlalchemy.orm import Session

from bnldesk import APP_NAME, APP_ORG
from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.field_merge import EditClash
from bnldesk.domain.models import ActionItem, AgendaItem, Annotation, Meeting, TargetKind
from bnldesk.services import annotations as svc
from bnldesk.services import meetings
from bnldesk.services.annotations import ActionFields, NoteFields, Target
from bnldesk.services.files import private_folder, write_atomically
from bnldesk.services.meetings import AgendaTexts, MeetingFields
from bnldesk.services.note_edits import SaveResult, save_action, save_note
from bnldesk.store.errors import (
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DiskFullError,
    DiskIOError,
    HoldLostError,
    ServerUnreachableError,
)

FORMAT = "bnldesk-recovery-2"  # notes and the other kinds (``edits``)
NOTES_FORMAT = "bnldesk-recovery-1"  # notes only: what the first version reads and writes
# A new meeting with its first agenda points: the version before reads format 2 and would
# drop the points it does not know (storing the meeting without them), so it must refuse this.
POINTS_FORMAT = "bnldesk-recovery-3"
READ_FORMATS = (POINTS_FORMAT, FORMAT, NOTES_FORMAT)
log = logging.getLogger(__name__)

# The faults a later try may get past (the database away, locked, read-only, its disk full):
# an edit refused for what it says (no title, an unknown workgroup) is not kept for a retry.
PASSING_FAULTS: tuple[type[Exception], ...] = (
    ServerUnreachableError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DiskFullError,
    DiskIOError,
    HoldLostError,
    TimeoutError,
)


def may_pass(error: BaseException) -> bool:
    """Whether ``error`` is a fault of the database's reach (by its class), not of the edit."""
    return isinstance(error, PASSING_FAULTS)


class RecoveryFileError(BnldeskError):
    """The recovery file cannot be written or read; the message names it."""


@dataclass(frozen=True)
class UnsavedNote:
    """A note edit that could not be stored.

    ``note_id`` is the stored note's id, or 0 for a new note never stored; ``target`` the
    object it is on; ``stored`` the note as the editor last read it (the edit is made on
    that, so a change saved meanwhile elsewhere is kept: :func:`save_note`); ``typed`` what
    the delegate typed; ``cause`` the failure's error code ("server_unreachable", …) or
    exception type; ``author`` and ``delegation`` sign a new note.
    """

    note_id: int
    target: Target
    stored: NoteFields
    typed: NoteFields
    cause: str
    author: str = ""
    delegation: str = ""

    @property
    def key(self) -> str:
        """What tells two unsaved edits apart (:func:`edit_key`)."""
        return edit_key(self.note_id, self.target)

    @property
    def label(self) -> str:
        """What the delegate knows it by: the object the note is on."""
        return self.target.label


def edit_key(note_id: int, target: Target) -> str:
    """What tells two unsaved edits apart: the note's id, or its object for a new note
    (``note_id`` 0): "note:12", "new:workgroup:wg-kustvaart"."""
    if note_id:
        return f"note:{note_id}"
    return f"new:{target.kind.value}:{target.key}"


@dataclass(frozen=True)
class UnsavedAction:
    """An edit of an action item on a note (the notes pane's table) that could not be stored:
    ``stored`` the row as the table showed it, ``typed`` what the delegate made of it;
    ``target`` the object the note is on (to show and announce it)."""

    action_id: int
    note_id: int
    target: Target
    stored: ActionFields
    typed: ActionFields
    cause: str
    # The preferences' name of whoever typed the edit: the note's last editor once stored
    # ("" in a file kept before stop 29).
    author: str = ""

    @property
    def key(self) -> str:
        """What tells two unsaved edits apart ("action:5", "new-point:<uuid>", …)."""
        return f"action:{self.action_id}"

    @property
    def label(self) -> str:
        """What the delegate knows the edit by (its title as typed; may be empty)."""
        return self.typed.title


@dataclass(frozen=True)
class FirstPoint:
    """An agenda point typed into a new meeting's agenda field before the meeting was stored:
    ``text`` as typed (or the suggestion's label), ``ref`` the plan object chosen
    ("workgroup:12") or None; added with ``uuid``."""

    uuid: str
    text: str
    ref: str | None = None


@dataclass(frozen=True)
class UnsavedMeeting:
    """A meeting's facts as typed and not stored: ``meeting_id`` 0 for a new meeting, which is
    added with ``uuid`` and its first agenda ``points`` (in the order typed); ``stored`` the
    facts as the editor showed them (None: new)."""

    meeting_id: int
    uuid: str
    stored: MeetingFields | None
    typed: MeetingFields
    cause: str
    points: tuple[FirstPoint, ...] = ()

    @property
    def key(self) -> str:
        """What tells two unsaved edits apart ("action:5", "new-point:<uuid>", …)."""
        return f"meeting:{self.meeting_id}" if self.meeting_id else f"new-meeting:{self.uuid}"

    @property
    def label(self) -> str:
        """What the delegate knows the edit by: its title as typed (may be empty), and the
        agenda points typed into a new meeting ("Overleg: Stand van zaken; SENN-CRISE")."""
        name = self.typed.title or self.typed.workgroup or ""
        points = "; ".join(point.text or point.ref or "" for point in self.points)
        return f"{name}: {points}" if name and points else name or points


@dataclass(frozen=True)
class UnsavedPoint:
    """An agenda point's texts (title, position, notes, outcome) as typed and not stored."""

    point_id: int
    meeting_id: int
    stored: AgendaTexts
    typed: AgendaTexts
    cause: str

    @property
    def key(self) -> str:
        """What tells two unsaved edits apart ("action:5", "new-point:<uuid>", …)."""
        return f"point:{self.point_id}"

    @property
    def label(self) -> str:
        """What the delegate knows the edit by (its title as typed; may be empty)."""
        return self.typed.title


@dataclass(frozen=True)
class UnsavedNewPoint:
    """A new agenda point of meeting ``meeting_id`` not stored: ``text`` as typed in the
    agenda field, or the plan object ``ref`` chosen ("workgroup:12"); added with ``uuid``."""

    meeting_id: int
    uuid: str
    text: str
    ref: str | None
    cause: str

    @property
    def key(self) -> str:
        """What tells two unsaved edits apart ("action:5", "new-point:<uuid>", …)."""
        return f"new-point:{self.uuid}"

    @property
    def label(self) -> str:
        """What the delegate knows the edit by (its title as typed; may be empty)."""
        return self.text or self.ref or ""


@dataclass(frozen=True)
class UnsavedNewAction:
    """A new action item of meeting ``meeting_id`` (the action dialog's) not stored, under
    agenda point ``point_id`` (None: the meeting as a whole); added with ``uuid``."""

    meeting_id: int
    uuid: str
    point_id: int | None
    fields: ActionFields
    cause: str

    @property
    def key(self) -> str:
        """What tells two unsaved edits apart ("action:5", "new-point:<uuid>", …)."""
        return f"new-action:{self.uuid}"

    @property
    def label(self) -> str:
        """What the delegate knows the edit by (its title as typed; may be empty)."""
        return self.fields.title


# What the recovery file holds: every kind of edit, each with ``key``, ``label`` and ``cause``.
UnsavedEdit = (
    UnsavedNote | UnsavedAction | UnsavedMeeting | UnsavedPoint | UnsavedNewPoint | UnsavedNewAction
)
MEETING_EDITS = (UnsavedMeeting, UnsavedPoint, UnsavedNewPoint, UnsavedNewAction)


def recovery_folder() -> Path:
    """The folder of recovery files in the user's state folder (not created here)."""
    return Path(platformdirs.user_state_dir(APP_NAME, APP_ORG)) / "recovery"


def recovery_path(where: str) -> Path:
    """The recovery file of the database at ``where`` (a file's path or a server's URL
    without its password, as :attr:`bnldesk.store.engine.Store.where` says it)."""
    digest = hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]
    return recovery_folder() / f"unsaved-{digest}.json"


def keep(where: str, edits: list[UnsavedEdit]) -> Path:
    """Write ``edits`` to the recovery file of ``where`` (an empty list removes the file).

    Returns the file's path. Raises :class:`RecoveryFileError` when it cannot be written.
    """
    path = recovery_path(where)
    if not edits:
        discard(where)
        return path
    notes = [_note_to_json(edit) for edit in edits if isinstance(edit, UnsavedNote)]
    others = [_edit_to_json(edit) for edit in edits if not isinstance(edit, UnsavedNote)]
    with_points = any(isinstance(edit, UnsavedMeeting) and edit.points for edit in edits)
    data: dict[str, object] = {
        "format": POINTS_FORMAT if with_points else FORMAT if others else NOTES_FORMAT,
        "database": where,
        "kept_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "notes": notes,
    }
    if others:
        data["edits"] = others
    try:
        private_folder(path.parent)
        text = json.dumps(data, ensure_ascii=False, indent=1)
        # The mode is given before the text is written: it was set after the file was in place,
        # so private notes stood readable by all (0o644 under umask 022) for that moment.
        write_atomically(path, text.encode("utf-8"), mode=0o600)
    except (OSError, BnldeskError) as exc:
        raise RecoveryFileError(
            f"the unsaved text could not be kept on this computer ({path}): {exc}; "
            "do not quit before it is saved",
            code="recovery_not_written",
            values=(str(path),),
        ) from exc
    return path


def kept(where: str) -> list[UnsavedEdit]:
    """The unsaved edits kept for ``where``, notes first ([] when there is no file). Reads
    both formats. Raises :class:`RecoveryFileError` for a file that cannot be read or is not
    a recovery file."""
    path = recovery_path(where)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise _unreadable(path) from exc
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") not in READ_FORMATS:
            raise ValueError("not a recovery file")
        edits: list[UnsavedEdit] = [_note_from_json(entry) for entry in data["notes"]]
        if data["format"] != NOTES_FORMAT:
            edits.extend(_edit_from_json(entry) for entry in data["edits"])
        return edits
    except (ValueError, KeyError, TypeError) as exc:
        raise _unreadable(path) from exc


def discard(where: str) -> None:
    """Remove the recovery file of ``where`` (nothing when there is none)."""
    with contextlib.suppress(FileNotFoundError):
        recovery_path(where).unlink()


def _unreadable(path: Path) -> RecoveryFileError:
    return RecoveryFileError(
        f"the recovery file {path} cannot be read; it was left as it is",
        code="recovery_unreadable",
        values=(str(path),),
    )


def store_unsaved(session: Session, note: UnsavedNote) -> SaveResult:
    """Store ``note``'s typed text: over the note as stored now, changing only what the delegate
    changed (:func:`save_note` with ``expected``); a new note, or one deleted meanwhile, is
    added anew on its object. Flushed, not committed; raises what the store raises."""
    existing = session.get(Annotation, note.note_id) if note.note_id else None
    if existing is None or existing.is_deleted:
        added = svc.add_annotation(
            session, note.target, note.typed, author=note.author, delegation=note.delegation
        )
        return SaveResult(added.id, saved=True, conflict=False)
    # ``author`` is the preferences' name of whoever typed the edit: its last editor.
    return save_note(session, note.note_id, note.typed, expected=note.stored, editor=note.author)


def _target_to_json(target: Target) -> dict[str, object]:
    return {
        "kind": target.kind.value,
        "key": target.key,
        "obj_id": target.obj_id,
        "label": target.label,
        "plan_year": target.plan_year,
    }


def _target_from_json(target: object) -> Target:
    if not isinstance(target, dict):
        raise TypeError("target is not an object")
    obj_id, plan_year = target.get("obj_id"), target.get("plan_year")
    return Target(
        kind=TargetKind(str(target["kind"])),
        key=str(target["key"]),
        obj_id=obj_id if isinstance(obj_id, int) else None,
        label=str(target.get("label", "")),
        plan_year=plan_year if isinstance(plan_year, int) else None,
    )


def _note_to_json(note: UnsavedNote) -> dict[str, object]:
    return {
        "note_id": note.note_id,
        "target": _target_to_json(note.target),
        "stored": dataclasses.asdict(note.stored),
        "typed": dataclasses.asdict(note.typed),
        "cause": note.cause,
        "author": note.author,
        "delegation": note.delegation,
    }


def _fields(data: object) -> NoteFields:
    if not isinstance(data, dict):
        raise TypeError("fields are not an object")
    names = {field.name for field in dataclasses.fields(NoteFields)}
    fields = NoteFields(**{name: value for name, value in data.items() if name in names})
    if not isinstance(fields.body, str) or not isinstance(fields.tags, list):
        raise TypeError("fields of the wrong type")
    return fields


def _note_from_json(entry: dict[str, object]) -> UnsavedNote:
    return UnsavedNote(
        note_id=int(str(entry["note_id"])),
        target=_target_from_json(entry["target"]),
        stored=_fields(entry["stored"]),
        typed=_fields(entry["typed"]),
        cause=str(entry.get("cause", "")),
        author=str(entry.get("author", "")),
        delegation=str(entry.get("delegation", "")),
    )


# -- the other kinds: storing them ---------------------------------------------------------
def store_action(session: Session, edit: UnsavedAction) -> SaveResult:
    """Store an action item's typed fields over it as stored now, changing only what the
    delegate changed (:func:`save_action`; a field changed elsewhere meanwhile keeps the
    stored value and the delegate's is kept as a conflict). An action item deleted meanwhile
    is added anew on its note. Flushed, not committed; raises what the store raises, and
    :class:`~bnldesk.services.annotations.TargetNotFound` when the note is gone too."""
    existing = session.get(ActionItem, edit.action_id)
    if existing is not None and not existing.is_deleted:
        return save_action(
            session, edit.action_id, edit.typed, expected=edit.stored, editor=edit.author
        )
    note = session.get(Annotation, edit.note_id)
    if note is None or note.is_deleted:
        raise svc.TargetNotFound(
            f"note {edit.note_id} no longer exists", code="note_gone", values=(edit.note_id,)
        )
    typed = edit.typed
    added = svc.add_action(
        session, note, typed.title, typed.owner, typed.due_date, editor=edit.author
    )
    svc.apply_action_fields(added, typed, editor=edit.author)
    session.flush()
    return SaveResult(added.id, saved=True, conflict=False)


_Stored = typing.TypeVar("_Stored", Meeting, AgendaItem, ActionItem)
_Record = typing.TypeVar("_Record")


def _by_uuid(session: Session, kind: type[_Stored], uuid: str) -> _Stored | None:
    """The record of ``kind`` with ``uuid`` (deleted or not), or None."""
    return session.scalars(select(kind).where(kind.uuid == uuid)).first()


def store_meeting(session: Session, edit: UnsavedMeeting, *, language: str | None = None) -> int:
    """Store a meeting's typed facts; returns its id. An existing meeting's are written over
    what is stored now, only those the delegate changed; one changed elsewhere meanwhile takes
    the delegate's value (as answering Yes to the editor's question would). A new meeting is
    added with its UUID and its first agenda points, once: found by it (an earlier try that
    reached the database), it is updated instead and only the points not found by theirs are
    added. Raises what :func:`~bnldesk.services.meetings.update_meeting` raises.
    ``language``: the delegate's, which a default title names the workgroup in."""
    if not edit.meeting_id:
        found = _by_uuid(session, Meeting, edit.uuid)
        if found is None:
            meeting = meetings.create_meeting(session, edit.typed, language=language)
            meeting.uuid = edit.uuid
            session.flush()
        else:
            meeting = meetings.update_meeting(session, found.id, edit.typed, language=language)
        for point in edit.points:
            add_first_point(session, meeting.id, point, language=language)
        return meeting.id
    try:
        return meetings.update_meeting(
            session, edit.meeting_id, edit.typed, shown=edit.stored, language=language
        ).id
    except EditClash as clash:
        log.warning("meeting %d changed elsewhere meanwhile: the retried edit goes over it",
                    edit.meeting_id)  # fmt: skip
        assert isinstance(clash.stored, MeetingFields)
        return meetings.update_meeting(
            session, edit.meeting_id, edit.typed, shown=clash.stored, language=language
        ).id


def store_point(session: Session, edit: UnsavedPoint) -> int:
    """Store an agenda point's typed texts as :func:`store_meeting` stores facts; returns the
    meeting's id. Raises :class:`~bnldesk.services.meetings.MeetingError` for a point gone."""
    typed = dataclasses.asdict(edit.typed)
    try:
        meetings.update_agenda_texts(session, edit.point_id, **typed, shown=edit.stored)
    except EditClash as clash:
        log.warning("agenda point %d changed elsewhere meanwhile: the retried edit goes over it",
                    edit.point_id)  # fmt: skip
        assert isinstance(clash.stored, AgendaTexts)
        meetings.update_agenda_texts(session, edit.point_id, **typed, shown=clash.stored)
    return edit.meeting_id


def add_point(
    session: Session,
    edit: UnsavedNewPoint,
    *,
    same_is_stored: bool = True,
    language: str | None = None,
) -> int:
    """Add the agenda point ``edit`` names, once: a point with its UUID already stored (an
    earlier try that reached the database) is left as it is, and with ``same_is_stored`` so
    is the same point on the agenda already (a retry: the delegate was told at the first try).
    Returns the point's id; raises what :func:`~bnldesk.services.meetings.add_agenda_item`
    raises (:class:`~bnldesk.services.meetings.AgendaPointExists` without ``same_is_stored``).
    ``language``: the delegate's, which a workgroup's point is titled in."""
    found = _by_uuid(session, AgendaItem, edit.uuid)
    if found is not None:
        return found.id
    try:
        if edit.ref is not None:
            fields = meetings.AgendaFields(target=edit.ref, language=language)
            point = meetings.add_agenda_item(session, edit.meeting_id, fields)
        else:
            point = meetings.add_agenda_point_from_text(
                session, edit.meeting_id, edit.text, language=language
            )
    except meetings.AgendaPointExists as exists:
        if not same_is_stored:
            raise
        return exists.point_id
    point.uuid = edit.uuid
    session.flush()
    return point.id


def add_first_point(
    session: Session, meeting_id: int, point: FirstPoint, *, language: str | None = None
) -> AgendaItem:
    """Add a new meeting's first ``point`` with its UUID, once: found by it, or the same point
    typed twice, it is left as it is. A text that names several plan objects, which the
    window would have asked about, is added as it was typed: a kept point is never dropped.
    A workgroup's point is titled in ``language`` (the delegate's; None: the plan's name).
    Raises what :func:`~bnldesk.services.meetings.add_agenda_item` raises."""
    found = _by_uuid(session, AgendaItem, point.uuid)
    if found is not None:
        return found
    try:
        added = _add_point_typed(session, meeting_id, point, language)
    except meetings.AgendaPointExists as exists:
        same = session.get(AgendaItem, exists.point_id)
        assert same is not None
        return same
    added.uuid = point.uuid
    session.flush()
    return added


def _add_point_typed(
    session: Session, meeting_id: int, point: FirstPoint, language: str | None
) -> AgendaItem:
    if point.ref is not None:
        fields = meetings.AgendaFields(target=point.ref, language=language)
        return meetings.add_agenda_item(session, meeting_id, fields)
    try:
        return meetings.add_agenda_point_from_text(
            session, meeting_id, point.text, language=language
        )
    except (meetings.SeveralSubjects, meetings.SectionInSeveralPlans):
        fields = meetings.AgendaFields(title=" ".join(point.text.split()))
        return meetings.add_agenda_item(session, meeting_id, fields)


def add_meeting_action(session: Session, edit: UnsavedNewAction) -> int:
    """Add the meeting's action item ``edit`` holds, once (found by its UUID, it is left as it
    is). Returns its id; raises what :func:`~bnldesk.services.meetings.add_meeting_action`
    raises."""
    found = _by_uuid(session, ActionItem, edit.uuid)
    if found is not None:
        return found.id
    fields = edit.fields
    action = meetings.add_meeting_action(
        session,
        edit.meeting_id,
        fields.title,
        owner=fields.owner,
        due_date=fields.due_date,
        agenda_item_id=edit.point_id,
    )
    action.uuid = edit.uuid
    session.flush()
    return action.id


def store_meeting_edit(
    session: Session, edit: UnsavedMeeting | UnsavedPoint | UnsavedNewPoint | UnsavedNewAction
) -> int:
    """Store one edit of the Meetings window; returns its meeting's id."""
    if isinstance(edit, UnsavedMeeting):
        return store_meeting(session, edit)
    if isinstance(edit, UnsavedPoint):
        return store_point(session, edit)
    if isinstance(edit, UnsavedNewPoint):
        add_point(session, edit)
    else:
        add_meeting_action(session, edit)
    return edit.meeting_id


# -- the other kinds in the file ------------------------------------------------------------
_KINDS: dict[str, type] = {
    "action": UnsavedAction,
    "meeting": UnsavedMeeting,
    "point": UnsavedPoint,
    "new-point": UnsavedNewPoint,
    "new-action": UnsavedNewAction,
}
_KIND_OF = {kind: name for name, kind in _KINDS.items()}


def _plain(value: object) -> object:
    """``value`` as JSON: dataclasses as objects, dates and times in ISO 8601."""
    if isinstance(value, Target):
        return _target_to_json(value)
    if isinstance(value, tuple | list):
        return [_plain(part) for part in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.date):  # a datetime too
        return value.isoformat()
    return value


def _edit_to_json(edit: UnsavedEdit) -> dict[str, object]:
    data = _plain(edit)
    assert isinstance(data, dict)
    return {"kind": _KIND_OF[type(edit)], **data}


def _typed_value(kind: object, value: object) -> object:
    """``value`` read from JSON as a field of type ``kind`` (a resolved annotation)."""
    if value is None:
        return None
    if typing.get_origin(kind) is tuple:  # tuple[Record, ...]
        if not isinstance(value, list):
            raise TypeError("not a list")
        return tuple(_typed_value(typing.get_args(kind)[0], part) for part in value)
    options = typing.get_args(kind) or (kind,)
    if dt.datetime in options:
        return dt.datetime.fromisoformat(str(value))
    if dt.date in options:
        return dt.date.fromisoformat(str(value))
    if Target in options:
        return _target_from_json(value)
    record = next((o for o in options if isinstance(o, type) and dataclasses.is_dataclass(o)), None)
    if record is not None:
        return _record_from_json(record, value)
    if int in options and not isinstance(value, int):
        raise TypeError("not a number")
    if str in options and int not in options and not isinstance(value, str):
        raise TypeError("not a text")
    return value


def _record_from_json(kind: type[_Record], data: object) -> _Record:
    if not isinstance(data, dict):
        raise TypeError("fields are not an object")
    hints = typing.get_type_hints(kind)
    values = {
        f.name: _typed_value(hints[f.name], data[f.name])
        for f in dataclasses.fields(kind)  # type: ignore[arg-type]
        if f.name in data
    }
    return kind(**values)


def _edit_from_json(entry: object) -> UnsavedEdit:
    if not isinstance(entry, dict):
        raise TypeError("an edit is not an object")
    kind = _KINDS[str(entry["kind"])]
    edit: object = _record_from_json(kind, {k: v for k, v in entry.items() if k != "kind"})
    assert isinstance(edit, UnsavedAction | UnsavedMeeting | UnsavedPoint | UnsavedNewPoint
                      | UnsavedNewAction)  # fmt: skip
    return edit

"""The records a notes bundle carries: one typed record and one small codec per kind.

A record is the portable form of a delegation's row (note, meeting, agenda point, action):
references are UUIDs and identity keys, never local row ids; times are ISO 8601 strings in UTC
(``2026-11-22T09:00:00.000000``), so that the same content gives the same version hash on every
laptop (:func:`version_hash`). Each :class:`Codec` knows, for its kind, how to

* ``read`` a database row into a record,
* ``write`` a record into a row (new or existing), resolving references by UUID,
* ``decode`` the JSON of a received record, validating every field (types, enumerations,
  lengths, no bookkeeping time more than :data:`FUTURE_TOLERANCE` ahead) and raising
  :class:`RecordError` for anything else,
* ``describe`` a record in a few words for reports and the conflict view (``subject`` gives
  the record's own words, which the window puts into a translated sentence).

**Links to a parent travel as the parent's UUID** (``links``, per kind, :class:`ParentLink`):

* an agenda point always names its meeting;
* an action names its note, its meeting and its meeting's agenda point, each or none. A link
  is set when the action is made (or by a meeting's debrief, which files a meeting's actions
  under a note) and never removed: deleting a parent is a tombstone, and the action keeps
  pointing at it. So a link the bundle leaves empty says "not known to the sender", never
  "removed": a receiver keeps the link it holds.
* a note points into the plans by identity key (``target_kind``, ``target_key``), not by UUID.

A record whose parent is neither in this database nor stored from the same bundle is left out
with it, never stored detached (:mod:`bnldesk.services.sync`).

``CODECS`` maps each kind to its codec, in the order records are merged (parents first).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypedDict, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Annotation,
    Chapter,
    Contact,
    Meeting,
    NoteStatus,
    Plan,
    PlanItem,
    PositionState,
    Priority,
    Programme,
    Section,
    TargetKind,
    Visibility,
    Workgroup,
    utcnow,
)
from bnldesk.domain.wording import elided
from bnldesk.services.annotations import tags_named

# Bounds on received fields: a record past them is refused, not cut.
MAX_TEXT = 100_000  # a note's body, a position, an outcome (characters)
MAX_LINE = 1_000  # titles, labels, places, links
MAX_NAME = 200  # authors, owners, chairs
MAX_KEY = 300  # identity keys of plan objects
MAX_TAGS = 50
MAX_TAG = 100
FUTURE_TOLERANCE = dt.timedelta(days=1)  # clocks of a delegation's laptops differ a little

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_HASH = re.compile(r"^[0-9a-f]{64}$")


class RecordError(BnldeskError):
    """A received record is malformed or out of bounds; the message names the kind and field
    (``values``: the record kind and field as the bundle spells them, then the bound)."""


# ------------------------------------------------------------------------------------------
# the records
# ------------------------------------------------------------------------------------------


JsonField = str | int | None | list[str]
"""One field of a record as a bundle's JSON carries it: text, a whole number, null, or a list
of tag names."""

RecordJson = dict[str, JsonField]
"""A record as the JSON object a bundle carries, its version hash is taken of and a conflict
stores: the record dataclass's fields by name, tuples as lists."""


class CommonFields(TypedDict):
    """The fields every record has, as its dataclass takes them (``**common``)."""

    uuid: str
    created_at: str | None
    updated_at: str | None
    deleted_at: str | None


@dataclass(frozen=True)
class RecordBase:
    """Fields every shared record has: identity and bookkeeping times (ISO strings, UTC)."""

    # The fields holding the delegation's own words, which a deleted record leaves behind.
    TEXTS: ClassVar[tuple[str, ...]] = ()
    # Fields added after bundles were first written: left out of the JSON while empty, so a
    # record's version hash (and the history of hashes every laptop keeps) stays what it was
    # before the field existed, and a bundle written without them reads as "".
    LATER: ClassVar[tuple[str, ...]] = ()

    uuid: str
    created_at: str | None
    updated_at: str | None
    deleted_at: str | None

    def to_json(self) -> RecordJson:
        """The record as the JSON object a bundle carries (and its version hash is taken of):
        every field in declaration order, tuples as lists."""
        out: RecordJson = {}
        for item in dataclasses.fields(self):
            value = getattr(self, item.name)
            if item.name in self.LATER and not value:
                continue
            out[item.name] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True)
class AnnotationRecord(RecordBase):
    # The delegation's words, left out of a deleted note as it travels (see tombstone).
    TEXTS: ClassVar[tuple[str, ...]] = (
        "body",
        "tags",
        "position_text",
        "consult",
        "author",
        "edited_by",
    )
    LATER: ClassVar[tuple[str, ...]] = ("edited_by",)

    target_kind: str
    target_key: str
    target_label: str
    plan_year: int | None
    body: str
    tags: tuple[str, ...]
    priority: int
    status: str
    position_text: str
    position_state: str
    consult: str
    visibility: str
    author: str
    delegation: str
    # Who saved this version (migration 0015); "" when not known.
    edited_by: str = ""


@dataclass(frozen=True)
class MeetingRecord(RecordBase):
    TEXTS: ClassVar[tuple[str, ...]] = ("title", "place", "video_link", "chair", "notes")

    workgroup_key: str | None
    title: str
    starts_at: str | None
    ends_at: str | None
    place: str
    video_link: str
    chair: str
    notes: str
    plan_year: int | None


@dataclass(frozen=True)
class AgendaItemRecord(RecordBase):
    TEXTS: ClassVar[tuple[str, ...]] = ("title", "position_text", "notes", "outcome")

    meeting: str
    position: int
    title: str
    target_kind: str
    target_key: str | None
    position_text: str
    notes: str
    outcome: str


@dataclass(frozen=True)
class ActionItemRecord(RecordBase):
    TEXTS: ClassVar[tuple[str, ...]] = ("title", "owner")

    annotation: str | None
    meeting: str | None
    agenda_item: str | None
    title: str
    owner: str
    due_date: str | None
    status: str


SyncRecord = AnnotationRecord | MeetingRecord | AgendaItemRecord | ActionItemRecord

AnyRecord = TypeVar("AnyRecord", bound=RecordBase)


def tombstone(record: AnyRecord) -> AnyRecord:
    """A deleted record as it leaves the laptop (bundle, server): its identity, times, links
    to its parents, kinds and states, enough to apply the deletion and to merge it; the
    delegation's texts (``TEXTS``: a point's title, a note's body and tags, ...) emptied
    (trial 14: deleted agenda points travelled with their titles). A live record unchanged."""
    if record.deleted_at is None:
        return record
    emptied: dict[str, Any] = {
        name: () if isinstance(getattr(record, name), tuple) else "" for name in record.TEXTS
    }
    return dataclasses.replace(record, **emptied)


def with_texts_of(record: AnyRecord, kept: AnyRecord) -> AnyRecord:
    """``record`` (a tombstone received) with the texts of ``kept`` (the row as stored here):
    a deletion applied here keeps what the delegate had, should it be undone."""
    return dataclasses.replace(record, **{name: getattr(kept, name) for name in record.TEXTS})


def canonical(data: Any) -> bytes:
    """The one JSON spelling of ``data`` that version hashes are taken of."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


# Fields that say who, not what: left out of a version's hash, so a change that moves only
# them (an action item edited on one laptop names its note's last editor) is no version of the
# note's own, and cannot make a conflict with a real change made on another laptop.
UNHASHED = frozenset({"edited_by"})


def version_hash(record: SyncRecord | Mapping[str, Any]) -> str:
    """SHA-256 (hex) of a record's canonical JSON without :data:`UNHASHED` fields: equal
    content, equal hash, on every laptop."""
    data = record.to_json() if isinstance(record, RecordBase) else dict(record)
    return hashlib.sha256(
        canonical({k: v for k, v in data.items() if k not in UNHASHED})
    ).hexdigest()


# ------------------------------------------------------------------------------------------
# reading received JSON, field by field
# ------------------------------------------------------------------------------------------


def timestamp(value: dt.datetime | None) -> str | None:
    """The portable spelling of a time (None stays None)."""
    return None if value is None else value.isoformat(timespec="microseconds")


def parse_timestamp(value: str | None) -> dt.datetime | None:
    """The datetime of an ISO timestamp, or None for None. Raises ``ValueError`` for other text."""
    return None if value is None else dt.datetime.fromisoformat(value)


class _Fields:
    """Typed, bounded access to one received JSON object; errors name the kind and field."""

    def __init__(self, kind: str, data: object) -> None:
        if not isinstance(data, Mapping):
            raise RecordError(
                f"the bundle holds a malformed {kind} (not an object)",
                code="record_not_object",
                values=(kind,),
            )
        self.kind = kind
        self.data = data

    def fail(
        self, name: str, why: str, *, code: str, values: tuple[int | str, ...] = ()
    ) -> RecordError:
        """The error for field ``name`` of this record: ``why`` is its English end ("is not
        text"), ``code`` and ``values`` (after the kind and the field) word it in the window."""
        return RecordError(
            f"the bundle holds a malformed {self.kind}: '{name}' {why}",
            code=code,
            values=(self.kind, name, *values),
        )

    def _get(self, name: str) -> object:
        if name not in self.data:
            raise self.fail(name, "is missing", code="record_field_missing")
        return self.data[name]

    def text(self, name: str, limit: int) -> str:
        value = self._get(name)
        if not isinstance(value, str):
            raise self.fail(name, "is not text", code="record_field_not_text")
        if len(value) > limit:
            raise self.fail(
                name,
                f"is longer than {limit} characters",
                code="record_field_too_long",
                values=(limit,),
            )
        return value

    def later_text(self, name: str, limit: int) -> str:
        """Text field ``name`` of a field added later (``RecordBase.LATER``): "" when the
        record has none (a bundle written before it existed, or the field was empty)."""
        return self.text(name, limit) if name in self.data else ""

    def optional_text(self, name: str, limit: int) -> str | None:
        return None if self._get(name) is None else self.text(name, limit)

    def integer(self, name: str, low: int, high: int) -> int:
        value = self._get(name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(
                name,
                f"is not a whole number from {low} to {high}",
                code="record_field_not_number",
                values=(low, high),
            )
        return value

    def optional_integer(self, name: str, low: int, high: int) -> int | None:
        return None if self._get(name) is None else self.integer(name, low, high)

    def choice(self, name: str, allowed: type[enum.Enum]) -> str:
        value = self._get(name)
        if value not in {member.value for member in allowed}:
            raise self.fail(
                name, "has a value this version does not know", code="record_field_unknown_value"
            )
        return str(value)

    def uuid(self, name: str) -> str:
        value = self.text(name, 36)
        if not _UUID.match(value):
            raise self.fail(name, "is not a UUID", code="record_field_not_uuid")
        return value

    def optional_uuid(self, name: str) -> str | None:
        return None if self._get(name) is None else self.uuid(name)

    def time(self, name: str, *, bookkeeping: bool = False) -> str | None:
        value = self.optional_text(name, 40)
        if value is None:
            return None
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(name, "is not a date and time", code="record_field_not_time") from None
        if parsed.tzinfo is not None:
            raise self.fail(name, "is not in UTC without a zone", code="record_field_zone")
        if bookkeeping and parsed > utcnow() + FUTURE_TOLERANCE:
            raise self.fail(
                name,
                f"lies in the future ({value[:10]})",
                code="record_field_future",
                values=(value[:10],),
            )
        return value  # as sent: the version hash is taken of this spelling

    def date(self, name: str) -> str | None:
        value = self.optional_text(name, 10)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise self.fail(name, "is not a date", code="record_field_not_date") from None

    def tags(self, name: str) -> tuple[str, ...]:
        value = self._get(name)
        if not isinstance(value, list) or len(value) > MAX_TAGS:
            raise self.fail(
                name,
                f"is not a list of at most {MAX_TAGS} tags",
                code="record_field_tags",
                values=(MAX_TAGS,),
            )
        if not all(isinstance(tag, str) and 0 < len(tag) <= MAX_TAG for tag in value):
            raise self.fail(
                name,
                f"holds a tag that is empty or over {MAX_TAG} characters",
                code="record_field_tag",
                values=(MAX_TAG,),
            )
        return tuple(sorted(cast(list[str], value)))

    def common(self) -> CommonFields:
        return {
            "uuid": self.uuid("uuid"),
            "created_at": self.time("created_at", bookkeeping=True),
            "updated_at": self.time("updated_at", bookkeeping=True),
            "deleted_at": self.time("deleted_at", bookkeeping=True),
        }


# ------------------------------------------------------------------------------------------
# codecs
# ------------------------------------------------------------------------------------------

R = TypeVar("R", bound=RecordBase)
UserRow = Annotation | Meeting | AgendaItem | ActionItem

_TARGET_MODELS: dict[str, type[Any]] = {
    "workgroup": Workgroup,
    "section": Section,
    "item": PlanItem,
    "chapter": Chapter,
    "plan": Plan,
    "programme": Programme,
    "contact": Contact,
}


def local_target_id(session: Session, kind: str | None, key: str | None) -> int | None:
    """The newest row of this identity in this database (for display; identity is the key)."""
    model = _TARGET_MODELS.get(kind or "")
    if model is None or not key:
        return None
    return cast(
        int | None,
        session.scalar(
            select(model.id).where(model.identity_key == key).order_by(model.id.desc()).limit(1)
        ),
    )


def find_row(session: Session, kind: str, record_uuid: str | None) -> Any:
    """The row of this kind with this UUID, deleted or not (None if absent)."""
    if record_uuid is None:
        return None
    model = CODECS[kind].model
    return session.scalar(select(model).where(model.uuid == record_uuid))


def _common_of(row: UserRow) -> CommonFields:
    return {
        "uuid": row.uuid,
        "created_at": timestamp(row.created_at),
        "updated_at": timestamp(row.updated_at),
        "deleted_at": timestamp(row.deleted_at),
    }


def _write_common(row: UserRow, record: RecordBase) -> None:
    row.uuid = record.uuid
    row.created_at = parse_timestamp(record.created_at) or utcnow()
    row.updated_at = parse_timestamp(record.updated_at) or utcnow()
    row.deleted_at = parse_timestamp(record.deleted_at)


@dataclass(frozen=True)
class ParentLink:
    """A record's link to its parent: the field holding the parent's UUID, the parent's kind,
    and whether every record of the kind has one (an agenda point's meeting) or not (an
    action's note, meeting or agenda point)."""

    field: str
    parent_kind: str
    required: bool = False


def link_of(record: RecordBase, link: ParentLink) -> str | None:
    """The parent UUID ``record`` holds in ``link``'s field (None when empty)."""
    value = getattr(record, link.field)
    return value if isinstance(value, str) else None


def with_link(record: R, link: ParentLink, parent: str | None) -> R:
    """``record`` with ``parent`` (a UUID or None) in ``link``'s field."""
    return cast(R, dataclasses.replace(cast(Any, record), **{link.field: parent}))


class Codec(Generic[R]):
    """How one kind of record moves between a row, a record and a bundle's JSON."""

    kind: ClassVar[str]
    model: ClassVar[type[Any]]
    record_type: ClassVar[type[RecordBase]]
    # Parents named by UUID, merged before this kind (see the module docstring).
    links: ClassVar[tuple[ParentLink, ...]] = ()

    def read(self, session: Session, row: Any) -> R:
        """The record of the database ``row``."""
        raise NotImplementedError

    def write(self, session: Session, record: R, row: Any) -> None:
        """Write ``record`` into ``row`` (new or existing); raises when the
        record points at something the bundle or this database lacks (:class:`RecordError`)."""
        raise NotImplementedError

    def decode(self, data: object) -> R:
        """The record in bundle ``data``; raises :class:`RecordError` for malformed data."""
        raise NotImplementedError

    def subject(self, record: R) -> tuple[str, ...]:
        """The record's own words that name it: the values ``describe`` puts into its
        sentence, in order (for a note: its object and the start of its text)."""
        raise NotImplementedError

    def describe(self, record: R) -> str:
        """A short English label of ``record`` for reports ("note on SENN-CRISE: '...'")."""
        raise NotImplementedError


class AnnotationCodec(Codec[AnnotationRecord]):
    kind = "annotation"
    model = Annotation
    record_type = AnnotationRecord

    def read(self, session: Session, row: Annotation) -> AnnotationRecord:
        return AnnotationRecord(
            **_common_of(row),
            target_kind=TargetKind(row.target_kind).value,
            target_key=row.target_key,
            target_label=row.target_label,
            plan_year=row.plan_year,
            body=row.body,
            tags=tuple(sorted(tag.name for tag in row.tags)),
            priority=int(row.priority),
            status=NoteStatus(row.status).value,
            position_text=row.position_text,
            position_state=PositionState(row.position_state).value,
            consult=row.consult,
            visibility=Visibility(row.visibility).value,
            author=row.author,
            delegation=row.delegation,
            edited_by=row.edited_by,
        )

    def write(self, session: Session, record: AnnotationRecord, row: Annotation) -> None:
        _write_common(row, record)
        row.target_kind = TargetKind(record.target_kind)
        row.target_key = record.target_key
        row.target_label = record.target_label
        row.target_id = local_target_id(session, record.target_kind, record.target_key)
        row.plan_year = record.plan_year
        row.body = record.body
        row.tags = tags_named(session, list(record.tags))
        row.priority = Priority(record.priority)
        row.status = NoteStatus(record.status)
        row.position_text = record.position_text
        row.position_state = PositionState(record.position_state)
        row.consult = record.consult
        row.visibility = Visibility(record.visibility)
        row.author = record.author
        row.delegation = record.delegation
        row.edited_by = record.edited_by

    def decode(self, data: object) -> AnnotationRecord:
        fields = _Fields(self.kind, data)
        return AnnotationRecord(
            **fields.common(),
            target_kind=fields.choice("target_kind", TargetKind),
            target_key=fields.text("target_key", MAX_KEY),
            target_label=fields.text("target_label", MAX_LINE),
            plan_year=fields.optional_integer("plan_year", 1944, 2200),
            body=fields.text("body", MAX_TEXT),
            tags=fields.tags("tags"),
            priority=fields.integer("priority", min(Priority), max(Priority)),
            status=fields.choice("status", NoteStatus),
            position_text=fields.text("position_text", MAX_TEXT),
            position_state=fields.choice("position_state", PositionState),
            consult=fields.text("consult", MAX_TEXT),
            visibility=fields.choice("visibility", Visibility),
            author=fields.text("author", MAX_NAME),
            delegation=fields.text("delegation", 20),
            edited_by=fields.later_text("edited_by", MAX_NAME),
        )

    def subject(self, record: AnnotationRecord) -> tuple[str, ...]:
        # The start of its text, cut at a word with "…" (trial 17: "klimaat- en ene").
        return (record.target_label or record.target_key, elided(record.body, 50))

    def describe(self, record: AnnotationRecord) -> str:
        target, text = self.subject(record)
        return f"note on {target}: {text!r}"


class MeetingCodec(Codec[MeetingRecord]):
    kind = "meeting"
    model = Meeting
    record_type = MeetingRecord

    def read(self, session: Session, row: Meeting) -> MeetingRecord:
        return MeetingRecord(
            **_common_of(row),
            workgroup_key=row.workgroup_key,
            title=row.title,
            starts_at=timestamp(row.starts_at),
            ends_at=timestamp(row.ends_at),
            place=row.place,
            video_link=row.video_link,
            chair=row.chair,
            notes=row.notes,
            plan_year=row.plan_year,
        )

    def write(self, session: Session, record: MeetingRecord, row: Meeting) -> None:
        _write_common(row, record)
        row.workgroup_key = record.workgroup_key
        row.workgroup_id = local_target_id(session, "workgroup", record.workgroup_key)
        row.title = record.title
        row.starts_at = parse_timestamp(record.starts_at)
        row.ends_at = parse_timestamp(record.ends_at)
        row.place = record.place
        row.video_link = record.video_link
        row.chair = record.chair
        row.notes = record.notes
        row.plan_year = record.plan_year

    def decode(self, data: object) -> MeetingRecord:
        fields = _Fields(self.kind, data)
        return MeetingRecord(
            **fields.common(),
            workgroup_key=fields.optional_text("workgroup_key", MAX_KEY),
            title=fields.text("title", MAX_LINE),
            starts_at=fields.time("starts_at"),
            ends_at=fields.time("ends_at"),
            place=fields.text("place", MAX_LINE),
            video_link=fields.text("video_link", MAX_LINE),
            chair=fields.text("chair", MAX_NAME),
            notes=fields.text("notes", MAX_TEXT),
            plan_year=fields.optional_integer("plan_year", 1944, 2200),
        )

    def subject(self, record: MeetingRecord) -> tuple[str, ...]:
        return (record.title, (record.starts_at or "")[:16])

    def describe(self, record: MeetingRecord) -> str:
        title, starts = self.subject(record)
        return f"meeting {title!r} ({starts})"


class AgendaItemCodec(Codec[AgendaItemRecord]):
    kind = "agenda_item"
    model = AgendaItem
    record_type = AgendaItemRecord
    links = (ParentLink("meeting", "meeting", required=True),)

    def read(self, session: Session, row: AgendaItem) -> AgendaItemRecord:
        return AgendaItemRecord(
            **_common_of(row),
            meeting=row.meeting.uuid,
            position=row.position,
            title=row.title,
            target_kind=TargetKind(row.target_kind).value,
            target_key=row.target_key,
            position_text=row.position_text,
            notes=row.notes,
            outcome=row.outcome,
        )

    def write(self, session: Session, record: AgendaItemRecord, row: AgendaItem) -> None:
        meeting = find_row(session, "meeting", record.meeting)
        if meeting is None:
            raise RecordError(
                f"agenda point {record.uuid} refers to a meeting the bundle lacks",
                code="record_point_without_meeting",
                values=(record.uuid,),
            )
        _write_common(row, record)
        row.meeting = meeting
        row.position = record.position
        row.title = record.title
        row.target_kind = TargetKind(record.target_kind)
        row.target_key = record.target_key
        row.target_id = local_target_id(session, record.target_kind, record.target_key)
        row.position_text = record.position_text
        row.notes = record.notes
        row.outcome = record.outcome

    def decode(self, data: object) -> AgendaItemRecord:
        fields = _Fields(self.kind, data)
        return AgendaItemRecord(
            **fields.common(),
            meeting=fields.uuid("meeting"),
            position=fields.integer("position", 0, 100_000),
            title=fields.text("title", MAX_LINE),
            target_kind=fields.choice("target_kind", TargetKind),
            target_key=fields.optional_text("target_key", MAX_KEY),
            position_text=fields.text("position_text", MAX_TEXT),
            notes=fields.text("notes", MAX_TEXT),
            outcome=fields.text("outcome", MAX_TEXT),
        )

    def subject(self, record: AgendaItemRecord) -> tuple[str, ...]:
        return (record.title,)

    def describe(self, record: AgendaItemRecord) -> str:
        return f"agenda point {record.title!r}"


def _uuid_of(session: Session, model: type[Any], row_id: int | None) -> str | None:
    if row_id is None:
        return None
    return cast(str | None, session.scalar(select(model.uuid).where(model.id == row_id)))


class ActionItemCodec(Codec[ActionItemRecord]):
    kind = "action_item"
    model = ActionItem
    record_type = ActionItemRecord
    links = (
        ParentLink("annotation", "annotation"),
        ParentLink("meeting", "meeting"),
        ParentLink("agenda_item", "agenda_item"),
    )

    def read(self, session: Session, row: ActionItem) -> ActionItemRecord:
        return ActionItemRecord(
            **_common_of(row),
            annotation=_uuid_of(session, Annotation, row.annotation_id),
            meeting=_uuid_of(session, Meeting, row.meeting_id),
            agenda_item=_uuid_of(session, AgendaItem, row.agenda_item_id),
            title=row.title,
            owner=row.owner,
            due_date=row.due_date.isoformat() if row.due_date else None,
            status=ActionStatus(row.status).value,
        )

    def write(self, session: Session, record: ActionItemRecord, row: ActionItem) -> None:
        _write_common(row, record)
        note = find_row(session, "annotation", record.annotation)
        meeting = find_row(session, "meeting", record.meeting)
        point = find_row(session, "agenda_item", record.agenda_item)
        row.annotation_id = note.id if note is not None else None
        row.meeting_id = meeting.id if meeting is not None else None
        row.agenda_item_id = point.id if point is not None else None
        row.title = record.title
        row.owner = record.owner
        row.due_date = dt.date.fromisoformat(record.due_date) if record.due_date else None
        row.status = ActionStatus(record.status)

    def decode(self, data: object) -> ActionItemRecord:
        fields = _Fields(self.kind, data)
        return ActionItemRecord(
            **fields.common(),
            annotation=fields.optional_uuid("annotation"),
            meeting=fields.optional_uuid("meeting"),
            agenda_item=fields.optional_uuid("agenda_item"),
            title=fields.text("title", MAX_TEXT),
            owner=fields.text("owner", MAX_NAME),
            due_date=fields.date("due_date"),
            status=fields.choice("status", ActionStatus),
        )

    def subject(self, record: ActionItemRecord) -> tuple[str, ...]:
        return (record.title,)

    def describe(self, record: ActionItemRecord) -> str:
        return f"action {record.title!r}"


# Parents before children: a meeting before its agenda points, notes before their actions.
CODECS: dict[str, Codec[Any]] = {
    codec.kind: codec
    for codec in (MeetingCodec(), AgendaItemCodec(), AnnotationCodec(), ActionItemCodec())
}
KINDS = tuple(CODECS)


def is_version_hash(value: object) -> bool:
    """Whether ``value`` looks like a record's version hash (hex SHA-256)."""
    return isinstance(value, str) and bool(_HASH.match(value))


def _decoded(kind: str, data: SyncRecord | Mapping[str, Any]) -> SyncRecord | None:
    """``data`` as a record of ``kind``: itself, or its JSON decoded (None when malformed)."""
    if isinstance(data, RecordBase):
        return data
    try:
        record: SyncRecord = CODECS[kind].decode(data)
    except RecordError:
        return None
    return record


def describe(kind: str, data: SyncRecord | Mapping[str, Any]) -> str:
    """A short English label of a record (or of its JSON, decoded loosely) for reports."""
    record = _decoded(kind, data)
    if record is None:
        return f"{kind} {cast(Mapping[str, Any], data).get('uuid', '')}"
    return CODECS[kind].describe(record)


def subject(kind: str, data: SyncRecord | Mapping[str, Any]) -> tuple[str, ...]:
    """The words naming a record (see :meth:`Codec.subject`); its UUID alone when its JSON
    does not decode."""
    record = _decoded(kind, data)
    if record is None:
        return (str(cast(Mapping[str, Any], data).get("uuid", "")),)
    return CODECS[kind].subject(record)

"""The ORM model of bnldesk: the published plan structure and the delegation's own records.

Two families of tables live here:

* plan structure (programmes, plans, chapters, sections, items, workgroups, contacts), written by
  the importer and the demo loader, each row carrying an ``identity_key`` (see
  :mod:`bnldesk.domain.identity`) that is the same for the same object in another year's plan;
* user records (annotations, action items, meetings, agenda items), each with a UUID, created and
  updated timestamps and a soft-delete marker so that laptops can later merge them without loss.
  They point at plan objects by ``(target_kind, target_key)`` rather than by row id, so a note
  follows its workgroup or project into next year's plan and into another laptop's database.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship


def utcnow() -> dt.datetime:
    """Now in UTC as a naive datetime (the database stores UTC without a zone)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uuid() -> str:
    """A random UUID (version 4) as text: the identity of a record across laptops."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    pass


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Stored as plain strings with a CHECK so that SQLite files stay readable and migrations simple.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class ItemKind(enum.StrEnum):
    OBJECTIVE = "objective"
    ONGOING = "ongoing"
    NEW = "new"
    FLAGSHIP = "flagship"
    OTHER = "other"


class TargetKind(enum.StrEnum):
    PROGRAMME = "programme"
    PLAN = "plan"
    CHAPTER = "chapter"
    SECTION = "section"
    ITEM = "item"
    WORKGROUP = "workgroup"
    CONTACT = "contact"
    FREE = "free"


class Priority(enum.IntEnum):
    NONE = 0
    LOW = 1
    NORMAL = 2
    HIGH = 3


class NoteStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class PositionState(enum.StrEnum):
    NONE = "none"
    AGREED = "agreed"
    RESERVATION = "reservation"
    TO_COORDINATE = "to_coordinate"


class Visibility(enum.StrEnum):
    PRIVATE = "private"
    DELEGATION = "delegation"
    SHAREABLE = "shareable"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


# --------------------------------------------------------------------------------------------
# Plan structure
# --------------------------------------------------------------------------------------------

workgroup_section = Table(
    "workgroup_section",
    Base.metadata,
    Column("workgroup_id", ForeignKey("workgroup.id", ondelete="CASCADE"), primary_key=True),
    Column("section_id", ForeignKey("section.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_workgroup_section_section", "section_id"),
)

workgroup_plan = Table(
    "workgroup_plan",
    Base.metadata,
    Column("workgroup_id", ForeignKey("workgroup.id", ondelete="CASCADE"), primary_key=True),
    Column("plan_id", ForeignKey("plan.id", ondelete="CASCADE"), primary_key=True),
    # The name this plan printed for the workgroup (the row itself carries the newest one).
    Column("name", Text, nullable=True),
    Index("ix_workgroup_plan_plan", "plan_id"),
)

contact_section = Table(
    "contact_section",
    Base.metadata,
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    Column("section_id", ForeignKey("section.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_section_section", "section_id"),
)

contact_workgroup = Table(
    "contact_workgroup",
    Base.metadata,
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    Column("workgroup_id", ForeignKey("workgroup.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_workgroup_workgroup", "workgroup_id"),
)


class Programme(Base):
    """A joint multi-year work programme ("gemeenschappelijk werkprogramma")."""

    __tablename__ = "programme"
    __table_args__ = (UniqueConstraint("start_year", "end_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    identity_key: Mapped[str] = mapped_column(String(300), index=True)
    source_file: Mapped[str | None] = mapped_column(String(1000))
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    chapters: Mapped[list[Chapter]] = relationship(
        back_populates="programme", order_by="Chapter.position", cascade="all, delete-orphan"
    )
    plans: Mapped[list[Plan]] = relationship(back_populates="programme")

    @property
    def period(self) -> str:
        """The programme's years as printed: "2021-2024"."""
        return f"{self.start_year}-{self.end_year}"


class Plan(Base):
    """An annual plan ("jaarplan") implementing the programme in force."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme.id", ondelete="SET NULL"), index=True
    )
    identity_key: Mapped[str] = mapped_column(String(300), index=True)
    source_file: Mapped[str | None] = mapped_column(String(1000))
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The language the plan is printed in ("nl", "fr", "en"); it decides which printed name
    # a workgroup shows (bnldesk.store.structure.name_workgroups).
    language: Mapped[str | None] = mapped_column(String(8))

    programme: Mapped[Programme | None] = relationship(back_populates="plans")
    chapters: Mapped[list[Chapter]] = relationship(
        back_populates="plan", order_by="Chapter.position", cascade="all, delete-orphan"
    )
    workgroups: Mapped[list[Workgroup]] = relationship(
        secondary=workgroup_plan, back_populates="plans"
    )


class Chapter(Base):
    """A chapter of a plan, or a theme ("krachtlijn") of a programme: exactly one owner."""

    __tablename__ = "chapter"
    __table_args__ = (
        CheckConstraint(
            "(plan_id IS NULL) <> (programme_id IS NULL)", name="chapter_has_one_owner"
        ),
    )

    # The database cascades deletes down the plan tree (ON DELETE CASCADE), so a row the ORM
    # deletes may already be gone with its parent: that is expected, not stale data.
    __mapper_args__ = {"confirm_deleted_rows": False}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), index=True
    )
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    identity_key: Mapped[str] = mapped_column(String(300), index=True)

    plan: Mapped[Plan | None] = relationship(back_populates="chapters")
    programme: Mapped[Programme | None] = relationship(back_populates="chapters")
    sections: Mapped[list[Section]] = relationship(
        back_populates="chapter",
        order_by="Section.position",
        cascade="all, delete-orphan",
        primaryjoin="Chapter.id == Section.chapter_id",
    )


class Section(Base):
    """A section ("3.1. Energiebeleid") or sub-section ("2.1.1 Politiesamenwerking")."""

    __tablename__ = "section"

    # The database cascades deletes down the plan tree (ON DELETE CASCADE), so a row the ORM
    # deletes may already be gone with its parent: that is expected, not stale data.
    __mapper_args__ = {"confirm_deleted_rows": False}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    chapter_id: Mapped[int] = mapped_column(
        ForeignKey("chapter.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("section.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    identity_key: Mapped[str] = mapped_column(String(300), index=True)

    chapter: Mapped[Chapter] = relationship(back_populates="sections")
    parent: Mapped[Section | None] = relationship(
        remote_side="Section.id", back_populates="children"
    )
    children: Mapped[list[Section]] = relationship(
        back_populates="parent", order_by="Section.position"
    )
    items: Mapped[list[PlanItem]] = relationship(
        back_populates="section", order_by="PlanItem.position", cascade="all, delete-orphan"
    )
    workgroups: Mapped[list[Workgroup]] = relationship(
        secondary=workgroup_section, back_populates="sections"
    )
    contacts: Mapped[list[Contact]] = relationship(
        secondary=contact_section, back_populates="sections"
    )


class PlanItem(Base):
    """An objective or project of a section; ``is_flagship`` marks the ministers' flagships."""

    __tablename__ = "plan_item"
    __table_args__ = (Index("ix_plan_item_kind_flagship", "kind", "is_flagship"),)

    # The database cascades deletes down the plan tree (ON DELETE CASCADE), so a row the ORM
    # deletes may already be gone with its parent: that is expected, not stale data.
    __mapper_args__ = {"confirm_deleted_rows": False}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(
        ForeignKey("section.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ItemKind] = mapped_column(_enum(ItemKind, "item_kind"))
    is_flagship: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str] = mapped_column(String(1000))
    body: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(String(500), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    identity_key: Mapped[str] = mapped_column(String(300), index=True)

    section: Mapped[Section] = relationship(back_populates="items")


class Workgroup(Base):
    """A workgroup, committee or platform. One row across all years: plans link to it."""

    __tablename__ = "workgroup"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    code: Mapped[str | None] = mapped_column(String(100), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("workgroup.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    identity_key: Mapped[str] = mapped_column(String(300), unique=True)
    # The other names plans printed for it, one per line (a French plan's beside the Dutch
    # plans' name): searched, kept by store.structure.name_workgroups (migration 0011).
    other_names: Mapped[str] = mapped_column(Text, default="", server_default="")

    parent: Mapped[Workgroup | None] = relationship(
        remote_side="Workgroup.id", back_populates="children"
    )
    children: Mapped[list[Workgroup]] = relationship(back_populates="parent")
    sections: Mapped[list[Section]] = relationship(
        secondary=workgroup_section, back_populates="workgroups"
    )
    plans: Mapped[list[Plan]] = relationship(secondary=workgroup_plan, back_populates="workgroups")
    contacts: Mapped[list[Contact]] = relationship(
        secondary=contact_workgroup, back_populates="workgroups"
    )


class Contact(Base):
    """A Secretariat-General contact (team head or staff) for one or more domains."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(300), index=True)
    phone: Mapped[str | None] = mapped_column(String(100))
    organisation: Mapped[str] = mapped_column(String(300), default="Secretariaat-Generaal Benelux")
    role: Mapped[str] = mapped_column(String(300), default="")
    domain: Mapped[str] = mapped_column(String(500), default="")
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    validity_note: Mapped[str] = mapped_column(String(200), default="")
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan.id", ondelete="SET NULL"), index=True
    )
    identity_key: Mapped[str] = mapped_column(String(300), index=True)

    sections: Mapped[list[Section]] = relationship(
        secondary=contact_section, back_populates="contacts"
    )
    workgroups: Mapped[list[Workgroup]] = relationship(
        secondary=contact_workgroup, back_populates="contacts"
    )


# --------------------------------------------------------------------------------------------
# The delegation's own records
# --------------------------------------------------------------------------------------------


class UserRecord:
    """Columns every user-made record carries so that offline copies can merge without loss."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    # Raised by every saved change; an UPDATE made from an older version matches no row, so a
    # change based on what someone else has since replaced is detected, never written over it
    # (migration 0009; a server's users edit the same rows at once).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]

    @property
    def is_deleted(self) -> bool:
        """Whether the record was deleted (kept with ``deleted_at`` so that sync passes the deletion on)."""
        return self.deleted_at is not None

    def soft_delete(self) -> None:
        """Mark the record deleted now (``deleted_at`` and ``updated_at``); the row stays."""
        now = utcnow()
        self.deleted_at = now
        self.updated_at = now


annotation_tag = Table(
    "annotation_tag",
    Base.metadata,
    Column("annotation_id", ForeignKey("annotation.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_annotation_tag_tag", "tag_id"),
)


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Annotation(UserRecord, Base):
    """A delegation's note on any plan object, with its position and follow-up state."""

    __tablename__ = "annotation"
    __table_args__ = (
        Index("ix_annotation_target", "target_kind", "target_key"),
        Index("ix_annotation_live", "deleted_at", "updated_at"),
        # The desktop window's filters over live notes (migration 0004).
        Index(
            "ix_annotation_live_target",
            "target_kind",
            "target_key",
            "status",
            "priority",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_annotation_live_year",
            "plan_year",
            "updated_at",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )

    target_kind: Mapped[TargetKind] = mapped_column(_enum(TargetKind, "target_kind"))
    target_key: Mapped[str] = mapped_column(String(300))
    # The row the note was written on, for display; identity is (target_kind, target_key).
    target_id: Mapped[int | None] = mapped_column(Integer)
    target_label: Mapped[str] = mapped_column(String(1000), default="")
    plan_year: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[Priority] = mapped_column(Integer, default=Priority.NONE)
    status: Mapped[NoteStatus] = mapped_column(
        _enum(NoteStatus, "note_status"), default=NoteStatus.OPEN
    )
    position_text: Mapped[str] = mapped_column(Text, default="")
    position_state: Mapped[PositionState] = mapped_column(
        _enum(PositionState, "position_state"), default=PositionState.NONE
    )
    consult: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[Visibility] = mapped_column(
        _enum(Visibility, "visibility"), default=Visibility.PRIVATE
    )
    author: Mapped[str] = mapped_column(String(200), default="")
    # Who saved the current version (migration 0015): the author name of the laptop it was
    # saved on, kept as received from another laptop; "" when not known (saved before 0015).
    edited_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    delegation: Mapped[str] = mapped_column(String(20), default="")
    # On a server, the role that first wrote the note (set by the server; migration 0009): its
    # private notes are that role's alone. Empty in a file.
    owner: Mapped[str | None] = mapped_column(String(63), default=None)

    tags: Mapped[list[Tag]] = relationship(secondary=annotation_tag, order_by="Tag.name")
    actions: Mapped[list[ActionItem]] = relationship(
        back_populates="annotation", order_by="ActionItem.created_at"
    )


class Meeting(UserRecord, Base):
    """A meeting of a workgroup that the delegation prepares and debriefs."""

    __tablename__ = "meeting"

    workgroup_key: Mapped[str | None] = mapped_column(String(300), index=True)
    workgroup_id: Mapped[int | None] = mapped_column(
        ForeignKey("workgroup.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(500), default="")
    starts_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(500), default="")
    video_link: Mapped[str] = mapped_column(String(1000), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    plan_year: Mapped[int | None] = mapped_column(Integer)

    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position"
    )


class AgendaItem(UserRecord, Base):
    """An agenda point of a meeting, linked to a plan object or free text."""

    __tablename__ = "agenda_item"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(1000), default="")
    target_kind: Mapped[TargetKind] = mapped_column(
        _enum(TargetKind, "target_kind"), default=TargetKind.FREE
    )
    target_key: Mapped[str | None] = mapped_column(String(300))
    target_id: Mapped[int | None] = mapped_column(Integer)
    position_text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")


class ActionItem(UserRecord, Base):
    """A follow-up action with an owner and a due date, from a note or a meeting."""

    __tablename__ = "action_item"
    __table_args__ = (Index("ix_action_open_due", "status", "due_date"),)

    annotation_id: Mapped[int | None] = mapped_column(
        ForeignKey("annotation.id", ondelete="SET NULL"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        _enum(ActionStatus, "action_status"), default=ActionStatus.OPEN
    )

    annotation: Mapped[Annotation | None] = relationship(back_populates="actions")

    def is_overdue(self, today: dt.date) -> bool:
        """Whether the action is still open with a due date before ``today``."""
        return (
            self.status == ActionStatus.OPEN and self.due_date is not None and self.due_date < today
        )


class Setting(Base):
    """Per-database facts (the database's own UUID, last sync marks); UI preferences use QSettings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# --------------------------------------------------------------------------------------------
# Sharing between laptops (bnldesk.services.sync)
# --------------------------------------------------------------------------------------------


class SyncHistory(Base):
    """A version (content hash) a shared record has had at a sync point, here or elsewhere.

    A received version whose history holds our current hash descends from ours (fast-forward);
    one whose hash is in our history is older than ours; otherwise both sides changed it.
    """

    __tablename__ = "sync_history"

    record_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    version_hash: Mapped[str] = mapped_column(String(64), primary_key=True)


class SyncConflict(Base):
    """A version of a record that lost an automatic merge and waits for the user to resolve it.

    Conflicts travel between laptops themselves (keyed by record and losing version) so that
    every laptop lists the same ones and a resolution made on one laptop reaches the others.
    """

    __tablename__ = "sync_conflict"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    loser_hash: Mapped[str] = mapped_column(String(64))
    loser_data: Mapped[str] = mapped_column(Text)
    winner_hash: Mapped[str] = mapped_column(String(64), default="")
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class SyncPeer(Base):
    """Another laptop's database this one has received bundles from."""

    __tablename__ = "sync_peer"

    database_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    last_bundle_sha256: Mapped[str] = mapped_column(String(64), default="")
    last_bundle_created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


# --------------------------------------------------------------------------------------------
# Reading edited workbooks back (bnldesk.services.reports.annotations_roundtrip)
# --------------------------------------------------------------------------------------------


class SheetRow(Base):
    """A row of an imported notes sheet that created a note, so that importing the same sheet
    again recognises the row instead of creating the note twice.

    ``sheet_key`` names the exported workbook (its export id, or the file name for a sheet made
    by hand); ``row_key`` is a hash of the row's content as imported (with its place among equal
    rows); ``baseline`` is the row's check token as of that import, so that the row imported
    again as it is changes nothing (edits are always compared with the note as exported).
    """

    __tablename__ = "sheet_row"

    sheet_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_number: Mapped[int] = mapped_column(Integer)
    note_uuid: Mapped[str] = mapped_column(String(36), index=True)
    baseline: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

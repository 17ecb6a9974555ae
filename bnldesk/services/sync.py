"""Sharing notes between a delegation's laptops without a server: bundles out, bundles in.

A bundle (its format, signature and checks: :mod:`bnldesk.services.sync_bundle`) carries the
delegation's records (:mod:`bnldesk.services.sync_records`: notes, meetings, agenda points,
actions) in portable form; a deletion is the record with ``deleted_at`` set (a tombstone).
Bundles are signed, and only those from a paired laptop are read
(:mod:`bnldesk.services.sync_trust`).

**Private stays private, by construction.** Private notes (and actions on them) never leave the
laptop. A record that is private here is never changed by anything received: an incoming record
with its id is refused and reported. A received record never widens a note's visibility here
(delegation to shareable is the delegate's own choice on this laptop), and a conflict whose
other version is private can only be resolved with that version's text by also taking its
visibility: private text never moves into a shared note without that visible choice.

Merging is a three-way decision made per record from version hashes. Every record keeps the
set of versions (content hashes) it has had at a sync point, here or on another laptop
(:class:`~bnldesk.domain.models.SyncHistory`); a bundle carries that set with each record.

* incoming hash == ours: nothing to do;
* our hash is in the incoming history: they built on our version, take theirs;
* the incoming hash is in our history: we built on theirs, keep ours;
* neither: both changed since they last met. Both versions are kept: the later edit (ties
  broken by hash, so every laptop picks the same) becomes the record, the other is stored as a
  :class:`~bnldesk.domain.models.SyncConflict` that the user resolves field by field. Conflicts
  travel in bundles too, so all laptops list the same ones and a resolution reaches everyone.

A note on a plan object this database does not hold is not stored; it is reported as an orphan
(it arrives again with a later bundle once the plan is imported). **Children go with their
parents** (the links, per kind: :mod:`bnldesk.services.sync_records`): a record whose note,
meeting or agenda point is neither here nor stored from the bundle is left out with it and
reported ("no-parent"), never stored detached; a link the bundle names and this laptop lacks is
set ("reattached"); a link the bundle leaves empty never unsets one held here. Actions an older
version left without their note are linked again from their own history
(:func:`reattach_from_history`). Receiving the same bundle twice changes nothing. A bundle for
another delegation or plan is refused and changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
import uuid as uuidlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, create_engine, func, or_, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.pool import StaticPool

from bnldesk import __version__
from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import (
    ActionItem,
    AgendaItem,
    Annotation,
    Meeting,
    Plan,
    Programme,
    Setting,
    SyncConflict,
    SyncHistory,
    SyncPeer,
    TargetKind,
    Visibility,
    utcnow,
)
from bnldesk.domain.wording import counted
from bnldesk.services import sync_trust
from bnldesk.services.files import ExportError, write_atomically
from bnldesk.services.sync_bundle import (
    FORMAT_VERSION,
    MAX_BUNDLE_BYTES,
    Bundle,
    BundleEntry,
    BundleError,
    ConflictEntry,
    Manifest,
    decode_bundle,
    encode_bundle,
    payload_json,
    read_bundle,
)
from bnldesk.services.sync_records import (
    CODECS,
    KINDS,
    AnnotationRecord,
    ParentLink,
    RecordError,
    RecordJson,
    SyncRecord,
    canonical,
    describe,
    find_row,
    link_of,
    local_target_id,
    subject,
    timestamp,
    tombstone,
    version_hash,
    with_link,
    with_texts_of,
)
from bnldesk.store.engine import Store, StoreError, connect_raw, explain
from bnldesk.store.errors import DatabaseReadOnlyError
from bnldesk.store.fts import register_sql_functions
from bnldesk.store.workgroup_lookup import one_workgroup

__all__ = [
    "FORMAT_VERSION",
    "Bundle",
    "BundleError",
    "ConflictError",
    "ReceiveReport",
    "Scope",
    "ShareResult",
    "decode_bundle",
    "encode_bundle",
    "list_conflicts",
    "read_bundle",
    "receive",
    "resolve_conflict",
    "share",
    "shared_snapshot",
]

CONFLICT_NAMESPACE = uuidlib.UUID("6a1f3a52-5d0e-4b53-9a57-0f3c1e2d7b41")
# Fields a user resolves in a conflict (everything but identity and bookkeeping).
# Fields no delegate chooses between: who last edited a note follows the resolution.
BOOKKEEPING = frozenset({"uuid", "created_at", "updated_at", "edited_by"})
_VISIBILITY_RANK = {Visibility.PRIVATE.value: 0, Visibility.DELEGATION.value: 1}


class ConflictError(BnldeskError):
    """A conflict that cannot be resolved as asked; the message says why (``code`` and
    ``values`` word it in the window), nothing changed."""


def record_of(session: Session, kind: str, row: Any) -> SyncRecord:
    """The portable record of a database row of ``kind``: a deleted row's is its tombstone,
    without the delegation's texts (:func:`~bnldesk.services.sync_records.tombstone`), in a
    bundle, on the server and in the version hashes alike."""
    record: SyncRecord = CODECS[kind].read(session, row)
    return tombstone(record)


def write_record(session: Session, kind: str, record: SyncRecord, row: Any) -> None:
    """Store ``record`` in ``row``, a row already stored; a tombstone keeps the row's texts
    here (the deletion is applied, what the delegate had stays for an undo)."""
    if record.deleted_at is not None:
        record = with_texts_of(record, CODECS[kind].read(session, row))
    CODECS[kind].write(session, record, row)


# ------------------------------------------------------------------------------------------
# writing a bundle
# ------------------------------------------------------------------------------------------


@dataclass
class Scope:
    """What a bundle carries: everything, changes since a moment, or one workgroup's records."""

    since: dt.datetime | None = None
    workgroup: str | None = None  # a code or name, as typed by the user

    def describe(self) -> dict[str, str | None]:
        """The scope as the manifest records it: ``since`` (a timestamp or None) and ``workgroup``."""
        return {"since": timestamp(self.since), "workgroup": self.workgroup}


@dataclass
class ShareResult:
    """A bundle written: where, how many records of each kind and conflicts, its SHA-256."""

    path: Path
    counts: dict[str, int]
    conflicts: int
    sha256: str
    # Private notes the scope held, left out: they never leave the laptop.
    private_left_out: int = 0
    # Actions an older version had left without their note, linked again before sharing.
    reattached: int = 0
    # Of ``conflicts``, those not resolved yet; the others travel so that every laptop
    # learns how they were resolved.
    open_conflicts: int = 0


def _setting(session: Session, key: str) -> str:
    return session.scalar(select(Setting.value).where(Setting.key == key)) or ""


def local_author(session: Session, chosen: str = "") -> str:
    """The name a bundle says it is from: the author the delegate chose (the preferences' author
    name, ``share --author``), else the name kept in the database; never the operating
    system's user name or anything else about the machine, which would leave it in every
    bundle. Empty when none was chosen: the receiver names the sender by its pairing."""
    name = " ".join(chosen.split()) or _setting(session, "user_name")
    return name[:200]


def local_delegation(session: Session, chosen: str = "") -> str:
    """The delegation a bundle says it is from (BE, NL, LU, ...): the one the delegate chose
    (the preferences' delegation, ``share --delegation``), else the database's ``delegation``
    setting, else the one delegation the shareable notes here were written for (none when
    they name several or none): "" only when nothing says it."""
    name = " ".join(chosen.split()) or _setting(session, "delegation")
    if not name:
        written = set(
            session.scalars(
                select(Annotation.delegation)
                .where(Annotation.visibility != Visibility.PRIVATE, Annotation.delegation != "")
                .distinct()
                .limit(2)
            )
        )
        name = written.pop() if len(written) == 1 else ""
    return name[:20]


def plan_keys(session: Session) -> list[str]:
    """The identity keys of every plan and programme held here, sorted (what the bundle's notes may point into)."""
    keys = list(session.scalars(select(Plan.identity_key)))
    keys += list(session.scalars(select(Programme.identity_key)))
    return sorted(set(keys))


def _workgroup_key(session: Session, reference: str) -> str:
    """The identity key of the workgroup ``reference`` names (code, full name or id); raises
    :class:`BundleError` when it names none or several."""
    return one_workgroup(session, reference, BundleError).identity_key


def _notes_in_scope(session: Session, scope: Scope) -> list[ColumnElement[bool]]:
    """The conditions on notes of ``scope``: on its workgroup or its meetings' agenda
    points, changed since its date (none for everything)."""
    conditions: list[ColumnElement[bool]] = []
    if scope.workgroup:
        key = _workgroup_key(session, scope.workgroup)
        meeting_ids = select(Meeting.id).where(Meeting.workgroup_key == key)
        point_targets = [
            (k, t)
            for k, t in session.execute(
                select(AgendaItem.target_kind, AgendaItem.target_key).where(
                    AgendaItem.meeting_id.in_(meeting_ids), AgendaItem.target_key.is_not(None)
                )
            )
        ]
        targets = [
            (Annotation.target_kind == TargetKind.WORKGROUP) & (Annotation.target_key == key)
        ]
        targets += [
            (Annotation.target_kind == k) & (Annotation.target_key == t) for k, t in point_targets
        ]
        conditions.append(or_(*targets))
    if scope.since is not None:
        conditions.append(Annotation.updated_at >= scope.since)
    return conditions


def private_notes_in_scope(session: Session, scope: Scope) -> int:
    """How many private notes ``scope`` holds: those a bundle of it leaves out."""
    return int(
        session.scalar(
            select(func.count(Annotation.id)).where(
                Annotation.visibility == Visibility.PRIVATE, *_notes_in_scope(session, scope)
            )
        )
        or 0
    )


def _select_records(session: Session, scope: Scope) -> dict[str, list[Any]]:
    """The records a bundle carries, parents included, private notes and their actions left out."""
    public = Annotation.visibility != Visibility.PRIVATE
    in_scope = _notes_in_scope(session, scope)
    notes = select(Annotation).where(public, *in_scope).options(selectinload(Annotation.tags))
    meetings = select(Meeting)
    points = select(AgendaItem)
    actions = select(ActionItem)
    if scope.workgroup:
        key = _workgroup_key(session, scope.workgroup)
        meeting_ids = select(Meeting.id).where(Meeting.workgroup_key == key)
        meetings = meetings.where(Meeting.workgroup_key == key)
        points = points.where(AgendaItem.meeting_id.in_(meeting_ids))
        # Actions on the workgroup's notes whatever their date (the first condition is the
        # workgroup's; the date applies to the actions themselves below).
        note_ids = select(Annotation.id).where(public, in_scope[0])
        actions = actions.where(
            or_(ActionItem.meeting_id.in_(meeting_ids), ActionItem.annotation_id.in_(note_ids))
        )
    if scope.since is not None:
        meetings = meetings.where(Meeting.updated_at >= scope.since)
        points = points.where(AgendaItem.updated_at >= scope.since)
        actions = actions.where(ActionItem.updated_at >= scope.since)
    out: dict[str, dict[int, Any]] = {k: {} for k in KINDS}
    for kind, stmt in (
        ("meeting", meetings),
        ("agenda_item", points),
        ("annotation", notes),
        ("action_item", actions),
    ):
        for record in session.scalars(stmt):
            out[kind][record.id] = record
    # Parents travel with their children, so a receiver can always resolve the references.
    for action in list(out["action_item"].values()):
        if action.annotation is not None and action.annotation.visibility == Visibility.PRIVATE:
            del out["action_item"][action.id]
            continue
        if action.annotation is not None:
            out["annotation"][action.annotation.id] = action.annotation
        if action.agenda_item_id is not None:
            point = session.get(AgendaItem, action.agenda_item_id)
            if point is not None:
                out["agenda_item"][point.id] = point
        if action.meeting_id is not None:
            meeting = session.get(Meeting, action.meeting_id)
            if meeting is not None:
                out["meeting"][meeting.id] = meeting
    for point in out["agenda_item"].values():
        out["meeting"][point.meeting.id] = point.meeting
    return {k: sorted(v.values(), key=lambda r: r.id) for k, v in out.items()}


def _history(session: Session, record_uuid: str) -> set[str]:
    return set(
        session.scalars(
            select(SyncHistory.version_hash).where(SyncHistory.record_uuid == record_uuid)
        )
    )


def _remember(session: Session, record_uuid: str, hashes: Iterable[str]) -> bool:
    """Add versions to a record's history; whether anything was new."""
    new = sorted(set(hashes) - _history(session, record_uuid))
    for version in new:
        session.add(SyncHistory(record_uuid=record_uuid, version_hash=version))
    return bool(new)


def _conflict_entry(conflict: SyncConflict) -> ConflictEntry | None:
    """A stored conflict in bundle form (None if its stored version no longer decodes)."""
    try:
        loser = CODECS[conflict.kind].decode(json.loads(conflict.loser_data))
    except (RecordError, ValueError, KeyError):
        return None
    return ConflictEntry(
        conflict.uuid,
        conflict.record_uuid,
        conflict.kind,
        loser,
        conflict.loser_hash,
        conflict.winner_hash,
        timestamp(conflict.detected_at),
        timestamp(conflict.resolved_at),
    )


def _is_private(record: SyncRecord) -> bool:
    return isinstance(record, AnnotationRecord) and record.visibility == Visibility.PRIVATE.value


def build_payload(
    session: Session, scope: Scope, author: str = "", delegation: str = ""
) -> tuple[Manifest, dict[str, list[BundleEntry]], list[ConflictEntry]]:
    """The bundle's content; records the shared versions in the history (the caller commits).
    ``author`` and ``delegation`` are the name and delegation the delegate chose for the
    manifest (see :func:`local_author`, :func:`local_delegation`)."""
    selected = _select_records(session, scope)
    histories: dict[str, set[str]] = {}
    for record_uuid, version in session.execute(
        select(SyncHistory.record_uuid, SyncHistory.version_hash)
    ):
        histories.setdefault(record_uuid, set()).add(version)
    records: dict[str, list[BundleEntry]] = {}
    uuids: set[str] = set()
    for kind in KINDS:
        entries: list[BundleEntry] = []
        for row in selected[kind]:
            record = record_of(session, kind, row)
            record_version = version_hash(record)
            history = histories.setdefault(row.uuid, set())
            if record_version not in history:  # the shared version joins the record's history
                session.add(SyncHistory(record_uuid=row.uuid, version_hash=record_version))
                history.add(record_version)
            entries.append(BundleEntry(record, frozenset(history)))
            uuids.add(row.uuid)
        records[kind] = entries
    conflicts = [
        entry
        for c in session.scalars(select(SyncConflict).order_by(SyncConflict.uuid))
        if c.record_uuid in uuids
        and (entry := _conflict_entry(c)) is not None
        and not _is_private(entry.loser)
    ]
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        app_version=__version__,
        created_at=timestamp(utcnow()) or "",
        author=local_author(session, author),
        database_id=_setting(session, "database_id"),
        delegation=local_delegation(session, delegation),
        plans=tuple(plan_keys(session)),
        scope=scope.describe(),
        counts={k: len(v) for k, v in records.items()} | {"conflicts": len(conflicts)},
    )
    return manifest, records, conflicts


def share(
    store: Store,
    out: Path | str,
    scope: Scope | None = None,
    *,
    author: str = "",
    delegation: str = "",
) -> ShareResult:
    """Write a signed bundle of the delegation's shareable records to ``out``, saying it is
    from ``author`` of ``delegation`` (the name and delegation the delegate chose, e.g. "LU";
    nothing about the machine; see :func:`local_delegation` when none is given).

    Raises :class:`BundleError` (an unknown workgroup in ``scope``, a bundle larger than a
    receiver accepts) or :class:`StoreError`
    (the file cannot be written, the database is read-only); nothing is marked as shared then.
    """
    if store.read_only:
        raise StoreError(
            f"{store.path} is open read-only: cannot share from it",
            code="open_read_only",
            values=(str(store.path),),
        )
    scope = scope or Scope()
    with store.transaction() as session:
        reattached = len(reattach_from_history(session))
        manifest, records, conflicts = build_payload(session, scope, author, delegation)
        private_left_out = private_notes_in_scope(session, scope)
        data = encode_bundle(
            payload_json(manifest, records, conflicts), sync_trust.signing_key(session)
        )
        if len(data) > MAX_BUNDLE_BYTES:
            # Raising rolls back the history marks: nothing was shared.
            raise BundleError(
                f"the bundle would be larger than {MAX_BUNDLE_BYTES // 2**20} MB, more than "
                "another laptop accepts: share the changes since a date, or one workgroup",
                code="bundle_too_large_to_share",
                values=(MAX_BUNDLE_BYTES // 2**20,),
            )
        try:
            write_atomically(out, data)
        except ExportError as exc:
            # Raising rolls back the history marks: nothing was shared.
            raise StoreError(str(exc), code=exc.code, values=exc.values) from exc
    return ShareResult(
        Path(out),
        {k: len(v) for k, v in records.items()},
        len(conflicts),
        hashlib.sha256(data).hexdigest(),
        private_left_out,
        reattached,
        sum(1 for conflict in conflicts if conflict.resolved_at is None),
    )


# ------------------------------------------------------------------------------------------
# merging
# ------------------------------------------------------------------------------------------


# Why a received record was left out (``Change.reason``), beside the parent kinds of
# :class:`~bnldesk.services.sync_records.ParentLink` ("annotation", "meeting", "agenda_item":
# that parent is neither in this database nor stored from the bundle).
PRIVATE_IN_BUNDLE = "private"  # a private note in the bundle (a well-formed bundle has none)
PRIVATE_HERE = "private-here"  # the record is private on this laptop
ON_PRIVATE_NOTE = "on-private-note"  # an action on a note private on this laptop
NOT_IN_PLANS = "plan"  # a note on a plan object this database does not hold
_REASON_TEXT = {
    PRIVATE_HERE: "private on this laptop",
    ON_PRIVATE_NOTE: "on a private note",
    "annotation": "its note is not in this database",
    "meeting": "its meeting is not in this database",
    "agenda_item": "its agenda point is not in this database",
}


@dataclass
class Change:
    """One line of a receive report: what happened to which record.

    ``label`` is the English line the command line prints; ``subject`` the record's own words
    (:func:`~bnldesk.services.sync_records.subject`) and ``reason`` the code of why it was left
    out, from which the window words the line in the delegate's language."""

    kind: str
    # added | updated | deleted | reattached | conflict | conflict-resolved | refused | orphan
    # | no-parent
    action: str
    label: str
    subject: tuple[str, ...] = ()
    reason: str = ""

    def line(self) -> str:
        """One line of a receive report: the action, padded, and the record."""
        return f"{self.action:10} {self.label}"


def _change(kind: str, action: str, record: SyncRecord, reason: str = "") -> Change:
    """The report line of ``action`` on ``record`` (``reason``: why it was left out)."""
    label = describe(kind, record)
    if reason in _REASON_TEXT:
        label += f" ({_REASON_TEXT[reason]})"
    return Change(kind, action, label, subject(kind, record), reason)


@dataclass
class ReceiveReport:
    """What receiving a bundle changed (or, for a dry run, would change)."""

    author: str = ""
    created_at: str = ""
    changes: list[Change] = field(default_factory=list)
    refused: list[Change] = field(default_factory=list)  # private here, or orphans
    unchanged: int = 0
    kept_local: int = 0
    dry_run: bool = False
    already_received: bool = False
    history_grew: bool = False
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        """Whether receiving changed (or would change) anything."""
        return bool(self.changes)

    def count(self, action: str) -> int:
        """How many changes and refusals have ``action``."""
        return sum(1 for c in [*self.changes, *self.refused] if c.action == action)

    def summary(self) -> str:
        """One line: what changed (or would), by action, and what was refused or left out."""
        verb = "would change" if self.dry_run else "changed"
        kept = [
            f"{self.count(a)} {label}"
            for a, label in (
                ("refused", "refused (private on this laptop)"),
                ("orphan", "left out (their plan object is not in this database)"),
                ("no-parent", "left out (their note, meeting or agenda point is not here)"),
            )
            if self.count(a)
        ]
        if not self.changes:
            head = f"nothing to change ({counted(self.unchanged, 'record')} already up to date)"
            return "; ".join([head, *kept])
        parts = [
            f"{self.count(a)} {a}"
            for a in ("added", "updated", "deleted", "reattached", "conflict", "conflict-resolved")
            if self.count(a)
        ]
        return f"{verb}: " + ", ".join(parts + kept)


def check_compatible(session: Session, manifest: Manifest) -> None:
    """Refuse bundles of another delegation or for plans this database does not hold."""
    ours = _setting(session, "delegation")
    theirs = manifest.delegation
    if ours and theirs and ours.upper() != theirs.upper():
        raise BundleError(
            f"this bundle is from the {theirs} delegation, this database belongs to {ours}",
            code="bundle_other_delegation",
            values=(theirs, ours),
        )
    our_plans = set(plan_keys(session))
    their_plans = set(manifest.plans)
    if our_plans and their_plans and not (our_plans & their_plans):
        raise BundleError(
            "this bundle is for another plan ("
            + ", ".join(sorted(their_plans))
            + "); this database holds "
            + ", ".join(sorted(our_plans)),
            code="bundle_other_plan",
            values=(", ".join(sorted(their_plans)), ", ".join(sorted(our_plans))),
        )


def _winner_is_remote(local: SyncRecord, h_local: str, remote: SyncRecord, h_remote: str) -> bool:
    return (str(remote.updated_at), h_remote) > (str(local.updated_at), h_local)


def _add_conflict(
    session: Session, kind: str, record_uuid: str, loser: SyncRecord, loser_hash: str, winner: str
) -> bool:
    key = str(uuidlib.uuid5(CONFLICT_NAMESPACE, f"{record_uuid}:{loser_hash}"))
    if session.get(SyncConflict, key) is not None:
        return False
    session.add(
        SyncConflict(
            uuid=key,
            record_uuid=record_uuid,
            kind=kind,
            loser_hash=loser_hash,
            loser_data=canonical(loser.to_json()).decode(),
            winner_hash=winner,
        )
    )
    return True


def keep_as_conflict(session: Session, kind: str, current: SyncRecord, other: SyncRecord) -> bool:
    """Keep ``other`` (an edit that lost to ``current``, the record as stored) as a conflict
    the delegate resolves field by field; whether it was new."""
    return _add_conflict(
        session, kind, current.uuid, other, version_hash(other), version_hash(current)
    )


def _private_here(session: Session, kind: str, row: Any) -> bool:
    """Whether a local row is private (a private note, or an action on one)."""
    if kind == "annotation":
        return bool(row.visibility == Visibility.PRIVATE)
    if kind == "action_item" and row.annotation is not None:
        return bool(row.annotation.visibility == Visibility.PRIVATE)
    return False


def _refusal(session: Session, kind: str, record: SyncRecord) -> Change | None:
    """Why an incoming record must not be stored here, or None."""
    if _is_private(record):
        return _change(kind, "refused", record, PRIVATE_IN_BUNDLE)
    row = find_row(session, kind, record.uuid)
    if row is not None and _private_here(session, kind, row):
        return _change(kind, "refused", record, PRIVATE_HERE)
    if (
        row is None
        and isinstance(record, AnnotationRecord)
        and record.target_kind != TargetKind.FREE.value
        and local_target_id(session, record.target_kind, record.target_key) is None
    ):
        return _change(kind, "orphan", record, NOT_IN_PLANS)
    if kind == "action_item" and getattr(record, "annotation", None):
        note = find_row(session, "annotation", getattr(record, "annotation", None))
        if note is not None and note.visibility == Visibility.PRIVATE:
            return _change(kind, "refused", record, ON_PRIVATE_NOTE)
    missing = _missing_parent(session, kind, record)
    if missing is not None:
        return _change(kind, "no-parent", record, missing.parent_kind)
    return None


def _missing_parent(session: Session, kind: str, record: SyncRecord) -> ParentLink | None:
    """The first link of ``record`` naming a parent this database lacks (parents merge first,
    so one the bundle carried and that was stored is here; a tombstone counts as here)."""
    for link in CODECS[kind].links:
        parent = link_of(record, link)
        if parent is not None and find_row(session, link.parent_kind, parent) is None:
            return link
    return None


def _join_links(
    kind: str, incoming: SyncRecord, local: SyncRecord
) -> tuple[SyncRecord, SyncRecord]:
    """Both versions of a record with the union of their parent links: a link one side leaves
    empty takes the other side's (an empty link means "not known there", never "removed";
    see :mod:`bnldesk.services.sync_records`). Where both name a parent, each keeps its own
    and the three-way merge decides. Every parent named is here (:func:`_missing_parent`)."""
    for link in CODECS[kind].links:
        theirs, ours = link_of(incoming, link), link_of(local, link)
        if theirs is None and ours is not None:
            incoming = with_link(incoming, link, ours)
        elif ours is None and theirs is not None:
            local = with_link(local, link, theirs)
    return incoming, local


def _no_wider(record: SyncRecord, row: Any) -> SyncRecord:
    """The incoming record, but never with a wider visibility than the note has here."""
    if not isinstance(record, AnnotationRecord) or not isinstance(row, Annotation):
        return record
    here = Visibility(row.visibility).value
    rank = _VISIBILITY_RANK.get
    if rank(record.visibility, 2) > rank(here, 2):
        return dataclasses.replace(record, visibility=here)
    return record


def _apply(session: Session, kind: str, record: SyncRecord, row: Any) -> None:
    write_record(session, kind, _no_wider(record, row), row)


def merge_record(session: Session, kind: str, entry: BundleEntry, report: ReceiveReport) -> None:
    """Merge one received record (three-way, by version hashes); see the module's docstring.

    A record whose parent is not here is left out (reported, nothing stored). Parent links
    are joined first (:func:`_join_links`): a link this laptop lacks and the bundle names is
    set here, reported as "reattached" (this repairs actions an older version stored without
    their note), and a link the bundle leaves empty never unsets one held here."""
    record = entry.record
    refusal = _refusal(session, kind, record)
    if refusal is not None:
        report.refused.append(refusal)
        return
    remote_history = set(entry.history)
    remote_history.add(version_hash(record))
    row = find_row(session, kind, record.uuid)
    if row is None:
        _add_received(session, kind, record, remote_history, report)
        return
    stored = record_of(session, kind, row)
    record, local = _join_links(kind, record, stored)
    if local != stored:
        write_record(session, kind, local, row)
        report.changes.append(_change(kind, "reattached", local))
    h_remote = version_hash(record)
    remote_history.add(h_remote)
    h_local = version_hash(local)
    local_history = _history(session, record.uuid)
    if h_local == h_remote:
        report.unchanged += 1
    elif h_local in remote_history:
        _apply(session, kind, record, row)
        action = "deleted" if record.deleted_at and not local.deleted_at else "updated"
        report.changes.append(_change(kind, action, record))
    elif h_remote in local_history:
        report.kept_local += 1
    else:
        _merge_diverged(session, kind, row, (local, h_local), (record, h_remote), report)
        local_history.add(h_local)
    if _remember(session, record.uuid, remote_history | {h_local}):
        report.history_grew = True
    session.flush()


def _add_received(
    session: Session,
    kind: str,
    record: SyncRecord,
    remote_history: set[str],
    report: ReceiveReport,
) -> None:
    """Store a received record this laptop never had, with the versions it has been."""
    row = CODECS[kind].model()
    with session.no_autoflush:
        CODECS[kind].write(session, record, row)
    session.add(row)
    session.flush()
    _remember(session, record.uuid, remote_history)
    report.history_grew = True
    if record.deleted_at is None:
        report.changes.append(_change(kind, "added", record))
    else:
        report.unchanged += 1  # a tombstone of something we never had: nothing visible


def _merge_diverged(
    session: Session,
    kind: str,
    row: Any,
    local: tuple[SyncRecord, str],
    remote: tuple[SyncRecord, str],
    report: ReceiveReport,
) -> None:
    """Both laptops changed the record since they last agreed: the winner (by
    :func:`_winner_is_remote`) is stored, the loser kept as a conflict. ``local`` and
    ``remote`` are (record, version hash)."""
    (local_record, h_local), (record, h_remote) = local, remote
    remote_wins = _winner_is_remote(local_record, h_local, record, h_remote)
    loser: SyncRecord
    if remote_wins:
        _apply(session, kind, record, row)
        loser, h_loser, h_winner = local_record, h_local, h_remote
    else:
        loser, h_loser, h_winner = record, h_remote, h_local
    if _add_conflict(session, kind, record.uuid, loser, h_loser, h_winner):
        report.changes.append(_change(kind, "conflict", loser))
    elif remote_wins:
        report.changes.append(_change(kind, "updated", record))


def merge_conflict(session: Session, conflict: ConflictEntry, report: ReceiveReport) -> None:
    """Take a conflict another laptop noticed (or resolved) into this database."""
    row = find_row(session, conflict.kind, conflict.record_uuid)
    if row is None or _private_here(session, conflict.kind, row) or _is_private(conflict.loser):
        return
    existing = session.get(SyncConflict, conflict.uuid)
    resolved_at = _parse_time(conflict.resolved_at)
    if existing is None:
        session.add(
            SyncConflict(
                uuid=conflict.uuid,
                record_uuid=conflict.record_uuid,
                kind=conflict.kind,
                loser_hash=conflict.loser_hash,
                loser_data=canonical(conflict.loser.to_json()).decode(),
                winner_hash=conflict.winner_hash,
                detected_at=_parse_time(conflict.detected_at) or utcnow(),
                resolved_at=resolved_at,
            )
        )
        action = "conflict-resolved" if resolved_at else "conflict"
        report.changes.append(_change(conflict.kind, action, conflict.loser))
    elif existing.resolved_at is None and resolved_at is not None:
        existing.resolved_at = resolved_at
        report.changes.append(_change(conflict.kind, "conflict-resolved", conflict.loser))
    elif (
        existing.resolved_at is not None
        and resolved_at is not None
        and resolved_at < existing.resolved_at
    ):
        # Resolved on two laptops: all keep the earlier moment, so they agree.
        existing.resolved_at = resolved_at
        report.history_grew = True


def _parse_time(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


# How many notes, made nearest before it, are tried as the lost note of one detached action.
REATTACH_CANDIDATES = 2_000
CLOCK_SKEW = dt.timedelta(days=1)  # a note made on another laptop, whose clock ran ahead


def reattach_from_history(session: Session) -> list[Change]:
    """Link again the actions an older version's merge left without their note, where the
    action's own history shows which note it was on; the changes made ("reattached").

    Such an action has every link empty (nothing else in bnldesk empties them all). A version
    of it this laptop held or received with its note hashes, with that note's UUID in
    ``annotation``, to a version in its history (:class:`~bnldesk.domain.models.SyncHistory`):
    each note made up to a day after the action, nearest first, at most
    :data:`REATTACH_CANDIDATES`, is tried. An action edited since it lost its note matches
    none; a bundle from a laptop holding the link repairs it (:func:`_join_links`)."""
    codec = CODECS["action_item"]
    note_link = next(link for link in codec.links if link.parent_kind == "annotation")
    detached = select(ActionItem).where(
        ActionItem.annotation_id.is_(None),
        ActionItem.meeting_id.is_(None),
        ActionItem.agenda_item_id.is_(None),
    )
    changes: list[Change] = []
    for action in list(session.scalars(detached)):
        history = _history(session, action.uuid)
        if not history:
            continue  # never shared nor received: nothing says where it belonged
        record = record_of(session, "action_item", action)
        candidates = session.scalars(
            select(Annotation.uuid)
            .where(Annotation.created_at <= action.created_at + CLOCK_SKEW)
            .order_by(Annotation.created_at.desc())
            .limit(REATTACH_CANDIDATES)
        )
        for note_uuid in candidates:
            linked = with_link(record, note_link, note_uuid)
            if version_hash(linked) in history:
                write_record(session, "action_item", linked, action)
                changes.append(_change("action_item", "reattached", linked))
                break
    session.flush()
    return changes


def merge_bundle(session: Session, bundle: Bundle, report: ReceiveReport) -> None:
    """Merge every record and conflict of a checked bundle (the caller's transaction); actions
    an older version left without their note are linked again first
    (:func:`reattach_from_history`)."""
    check_compatible(session, bundle.manifest)
    report.changes.extend(reattach_from_history(session))
    for kind in KINDS:
        for entry in bundle.records.get(kind, []):
            try:
                merge_record(session, kind, entry, report)
            except RecordError as exc:
                raise BundleError(
                    str(exc), code="bundle_record_unreadable", values=(str(exc),), reason=exc
                ) from exc
    for conflict in bundle.conflicts:
        merge_conflict(session, conflict, report)
    database_id = bundle.manifest.database_id
    if database_id and database_id != _setting(session, "database_id"):
        peer = session.get(SyncPeer, database_id[:36])
        if peer is None:
            peer = SyncPeer(database_id=database_id[:36])
            session.add(peer)
        if peer.last_bundle_sha256 == bundle.sha256:
            report.already_received = True
        elif report.changes or peer.last_bundle_sha256 == "":
            peer.author = bundle.signer_name or bundle.manifest.author
            peer.last_bundle_sha256 = bundle.sha256
            peer.last_bundle_created_at = _parse_time(bundle.manifest.created_at)
            peer.last_received_at = utcnow()


class _DryRun(Exception):
    pass


def _merge_in_transaction(store: Store, bundle: Bundle, *, commit: bool) -> ReceiveReport:
    report = ReceiveReport(
        author=bundle.signer_name or bundle.manifest.author,
        created_at=bundle.manifest.created_at,
        dry_run=not commit,
    )
    try:
        with store.transaction() as session:
            merge_bundle(session, bundle, report)
            if not commit or not (report.changes or report.history_grew):
                raise _DryRun
    except _DryRun:
        pass
    return report


def _preview_on_a_copy(store: Store, bundle: Bundle) -> ReceiveReport:
    """What merging ``bundle`` would change in a file open read-only, found by merging it into
    a copy of the file in memory (SQLite refuses even a write that would be rolled back in a
    file opened read-only). The copy costs the file's size in memory for the moment of the
    preview; the file itself is only read."""
    report = ReceiveReport(
        author=bundle.signer_name or bundle.manifest.author,
        created_at=bundle.manifest.created_at,
        dry_run=True,
    )
    source = connect_raw(store.path, read_only=True)
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        source.backup(copy)
    finally:
        source.close()
    register_sql_functions(copy)
    copy.execute("PRAGMA recursive_triggers = ON")
    copy.execute("PRAGMA foreign_keys = ON")
    engine = create_engine("sqlite://", creator=lambda: copy, poolclass=StaticPool)
    session = Session(engine)
    try:
        merge_bundle(session, bundle, report)
    finally:
        session.rollback()
        session.close()
        engine.dispose()
        copy.close()
    return report


BeforeMerge = Callable[[Store], Path | None]


def _trust_check(store: Store) -> Callable[[str], str | None]:
    def trusted(public_key: str) -> str | None:
        with store.read() as session:
            return sync_trust.trusted_name(session, public_key)

    return trusted


def receive(
    store: Store,
    path: Path | str,
    *,
    dry_run: bool = False,
    before_merge: BeforeMerge | None = None,
) -> ReceiveReport:
    """Merge the bundle at ``path``; ``dry_run`` reports what would change and writes nothing.

    The bundle is checked whole (size, signature of a paired laptop, every record) before
    anything is merged; :class:`BundleError` says what is wrong and nothing changes.
    ``before_merge(store)`` runs only when something will change (the backup service passes
    its backup function); a bundle that changes nothing leaves the database untouched.
    """
    bundle = read_bundle(path, trust=_trust_check(store))
    try:
        if store.read_only and not store.is_server:
            preview = _preview_on_a_copy(store, bundle)
        else:
            preview = _merge_in_transaction(store, bundle, commit=False)
    except (OperationalError, DatabaseError, sqlite3.Error) as exc:
        raise explain(exc, store.path) from exc
    if dry_run or not (preview.changes or preview.history_grew):
        preview.dry_run = dry_run
        return preview
    if store.read_only:
        # The store's own refusal, as any other write into this database says it.
        raise DatabaseReadOnlyError(store.where)
    backup_path = before_merge(store) if before_merge is not None and preview.changes else None
    report = _merge_in_transaction(store, bundle, commit=True)
    report.backup = backup_path
    return report


# ------------------------------------------------------------------------------------------
# conflicts
# ------------------------------------------------------------------------------------------


@dataclass
class FieldDiff:
    """One field of a conflict: the record's current value and the other version's."""

    name: str
    current: Any
    other: Any


@dataclass
class ConflictView:
    """A conflict as plain data for the command line and the conflict view."""

    uuid: str
    kind: str
    record_uuid: str
    label: str
    detected_at: dt.datetime
    resolved: bool
    fields: list[FieldDiff]
    other_is_private: bool = False
    # The record's own words (sync_records.subject), which the window names it with.
    subject: tuple[str, ...] = ()
    # Who made each version (a note's edited_by; "" when not known): the window names the
    # versions by them (trial 17: "current" and "set aside" said nothing of where each came from).
    current_by: str = ""
    other_by: str = ""


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictView]:
    """Open conflicts as plain data: per field, the current value and the other version's."""
    stmt = select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.uuid)
    if not include_resolved:
        stmt = stmt.where(SyncConflict.resolved_at.is_(None))
    out: list[ConflictView] = []
    for conflict in session.scalars(stmt):
        other: RecordJson = json.loads(conflict.loser_data)
        row = find_row(session, conflict.kind, conflict.record_uuid)
        current = record_of(session, conflict.kind, row).to_json() if row is not None else {}
        diffs = [
            FieldDiff(name, current.get(name), other.get(name))
            for name in sorted(other)
            if name not in BOOKKEEPING and current.get(name) != other.get(name)
        ]
        out.append(
            ConflictView(
                conflict.uuid,
                conflict.kind,
                conflict.record_uuid,
                describe(conflict.kind, current or other),
                conflict.detected_at,
                conflict.resolved_at is not None,
                diffs,
                other.get("visibility") == Visibility.PRIVATE.value,
                subject(conflict.kind, current or other),
                str(current.get("edited_by") or ""),
                str(other.get("edited_by") or ""),
            )
        )
    return out


def resolve_conflict(
    session: Session, conflict_uuid: str, take_other: Iterable[str], *, editor: str = ""
) -> None:
    """Resolve a conflict: fields named in ``take_other`` get the other version's value.

    The record is then an edit made knowing both versions, so it supersedes both everywhere;
    a note then names ``editor`` (the delegate who resolved it) as who changed it last.
    Raises :class:`ConflictError` for an unknown conflict or field, and when fields of a
    private other version would move into a note that is not private without also taking its
    visibility (private text never becomes shared without that visible choice).
    """
    conflict = session.get(SyncConflict, conflict_uuid)
    if conflict is None:
        raise ConflictError(
            f"there is no conflict {conflict_uuid}", code="no_conflict", values=(conflict_uuid,)
        )
    row = find_row(session, conflict.kind, conflict.record_uuid)
    if row is None:
        raise ConflictError(
            f"the record of conflict {conflict_uuid} is gone",
            code="conflict_record_gone",
            values=(conflict_uuid,),
        )
    chosen = set(take_other) - BOOKKEEPING
    if chosen:
        codec = CODECS[conflict.kind]
        codec.write(session, _resolved(session, conflict, row, chosen, editor), row)
    conflict.resolved_at = utcnow()
    session.flush()


def _resolved(
    session: Session, conflict: SyncConflict, row: Any, chosen: set[str], editor: str
) -> SyncRecord:
    """The record ``row`` with the ``chosen`` fields of the conflict's other version, edited
    now (by ``editor``, for a note). Raises :class:`ConflictError` as
    :func:`resolve_conflict` says."""
    codec = CODECS[conflict.kind]
    other: RecordJson = json.loads(conflict.loser_data)
    # The row as stored here, its texts too (a deleted one's are not in its tombstone).
    merged = codec.read(session, row).to_json()
    unknown = chosen - set(merged)
    if unknown:
        raise ConflictError(
            "unknown field(s): " + ", ".join(sorted(unknown)),
            code="conflict_unknown_fields",
            values=tuple(sorted(unknown)),
        )
    if (
        other.get("visibility") == Visibility.PRIVATE.value
        and merged.get("visibility") != Visibility.PRIVATE.value
        and "visibility" not in chosen
    ):
        raise ConflictError(
            "the other version is private: taking its "
            + ", ".join(sorted(chosen))
            + " would share private text; take its visibility too to keep the note private",
            code="conflict_private",
            values=tuple(sorted(chosen)),
        )
    for name in chosen:
        merged[name] = other.get(name)
    merged["updated_at"] = timestamp(utcnow())
    if conflict.kind == "annotation":
        merged["edited_by"] = editor
    try:
        record: SyncRecord = codec.decode(merged)
    except RecordError as exc:
        raise ConflictError(
            str(exc), code="conflict_unreadable", values=(str(exc),), reason=exc
        ) from exc
    return record


# ------------------------------------------------------------------------------------------
# comparing databases (tests, diagnostics)
# ------------------------------------------------------------------------------------------

Snapshot = dict[str, list[Mapping[str, object]]]
"""Records by kind (and "conflicts") in their JSON form, for comparing laptops: a conflict
without the fields each laptop fills in for itself."""


def shared_snapshot(session: Session) -> Snapshot:
    """Every shareable record and conflict in portable form: equal on laptops that agree."""
    out: Snapshot = {}
    for kind, codec in CODECS.items():
        rows = session.scalars(select(codec.model).order_by(codec.model.uuid))
        records = [record_of(session, kind, r) for r in rows]
        out[kind] = [r.to_json() for r in records if not _is_private(r)]
    conflicts: list[Mapping[str, object]] = []
    for conflict in session.scalars(select(SyncConflict).order_by(SyncConflict.uuid)):
        entry = _conflict_entry(conflict)
        if entry is not None:
            data = entry.to_json()
            # When and against which version a laptop noticed it differs from laptop to laptop.
            conflicts.append(
                {k: v for k, v in data.items() if k not in ("detected_at", "winner_hash")}
            )
    out["conflicts"] = conflicts
    return out

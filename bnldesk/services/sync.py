"""Sharing notes between a delegation's laptops without a server: bundles out, bundles in.

A bundle is one file (USB stick, e-mail attachment)::

    BNLDESK-NOTES <format version>\\n
    <JSON payload: manifest, records, conflicts>
    \\nSHA256 <hex digest of everything above>\\n

Records (annotations, meetings, agenda items, action items) travel in a portable form:
references are UUIDs, never local row ids, and a deletion is the record with ``deleted_at`` set
(a tombstone). Private notes never leave the laptop.

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

Receiving the same bundle twice changes nothing. A bundle from a newer bnldesk, a truncated or
altered file, or one for another delegation or plan is refused with a message and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import uuid as uuidlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import or_, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from bnldesk import __version__
from bnldesk.domain import identity
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
    Setting,
    SyncConflict,
    SyncHistory,
    SyncPeer,
    TargetKind,
    Visibility,
    Workgroup,
    utcnow,
)
from bnldesk.services.annotations import tags_named
from bnldesk.services.files import ExportError, write_atomically
from bnldesk.store.engine import Store, StoreError, explain

FORMAT_VERSION = 1
MAGIC = b"BNLDESK-NOTES "
CHECKSUM_PREFIX = b"\nSHA256 "
KINDS = ("meeting", "agenda_item", "annotation", "action_item")
CONFLICT_NAMESPACE = uuidlib.UUID("6a1f3a52-5d0e-4b53-9a57-0f3c1e2d7b41")

Data = dict[str, Any]


class BundleError(BnldeskError):
    """A bundle that cannot be received; the message says why, nothing was changed."""


# ------------------------------------------------------------------------------------------
# portable form of records
# ------------------------------------------------------------------------------------------


def timestamp(value: dt.datetime | None) -> str | None:
    return _ts(value)


def _ts(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="microseconds")


def _parse_ts(value: Any) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(str(value))


def _parse_date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def _common(r: Annotation | Meeting | AgendaItem | ActionItem) -> Data:
    return {
        "uuid": r.uuid,
        "created_at": _ts(r.created_at),
        "updated_at": _ts(r.updated_at),
        "deleted_at": _ts(r.deleted_at),
    }


def annotation_data(a: Annotation) -> Data:
    return _common(a) | {
        "target_kind": TargetKind(a.target_kind).value,
        "target_key": a.target_key,
        "target_label": a.target_label,
        "plan_year": a.plan_year,
        "body": a.body,
        "tags": sorted(t.name for t in a.tags),
        "priority": int(a.priority),
        "status": NoteStatus(a.status).value,
        "position_text": a.position_text,
        "position_state": PositionState(a.position_state).value,
        "consult": a.consult,
        "visibility": Visibility(a.visibility).value,
        "author": a.author,
        "delegation": a.delegation,
    }


def meeting_data(m: Meeting) -> Data:
    return _common(m) | {
        "workgroup_key": m.workgroup_key,
        "title": m.title,
        "starts_at": _ts(m.starts_at),
        "ends_at": _ts(m.ends_at),
        "place": m.place,
        "video_link": m.video_link,
        "chair": m.chair,
        "notes": m.notes,
        "plan_year": m.plan_year,
    }


def agenda_item_data(a: AgendaItem) -> Data:
    return _common(a) | {
        "meeting": a.meeting.uuid,
        "position": a.position,
        "title": a.title,
        "target_kind": TargetKind(a.target_kind).value,
        "target_key": a.target_key,
        "position_text": a.position_text,
        "notes": a.notes,
        "outcome": a.outcome,
    }


def _uuid_of(session: Session, model: type[Any], row_id: int | None) -> str | None:
    if row_id is None:
        return None
    return cast(str | None, session.scalar(select(model.uuid).where(model.id == row_id)))


def action_item_data(session: Session, a: ActionItem) -> Data:
    return _common(a) | {
        "annotation": _uuid_of(session, Annotation, a.annotation_id),
        "meeting": _uuid_of(session, Meeting, a.meeting_id),
        "agenda_item": _uuid_of(session, AgendaItem, a.agenda_item_id),
        "title": a.title,
        "owner": a.owner,
        "due_date": a.due_date.isoformat() if a.due_date else None,
        "status": ActionStatus(a.status).value,
    }


MODELS: dict[str, type[Any]] = {
    "meeting": Meeting,
    "agenda_item": AgendaItem,
    "annotation": Annotation,
    "action_item": ActionItem,
}

# Fields a user resolves in a conflict (everything but identity and bookkeeping).
BOOKKEEPING = frozenset({"uuid", "created_at", "updated_at"})


def record_data(session: Session, kind: str, record: Any) -> Data:
    if kind == "annotation":
        return annotation_data(record)
    if kind == "meeting":
        return meeting_data(record)
    if kind == "agenda_item":
        return agenda_item_data(record)
    return action_item_data(session, record)


def canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def version_hash(data: Data) -> str:
    return hashlib.sha256(canonical(data)).hexdigest()


def _local_target_id(session: Session, kind: str | None, key: str | None) -> int | None:
    """The newest row of this identity in this database (for display; identity is the key)."""
    models: dict[str, type[Any]] = {
        "workgroup": Workgroup,
        "section": Section,
        "item": PlanItem,
        "chapter": Chapter,
        "plan": Plan,
        "programme": Programme,
        "contact": Contact,
    }
    model = models.get(kind or "")
    if model is None or not key:
        return None
    return cast(
        int | None,
        session.scalar(
            select(model.id).where(model.identity_key == key).order_by(model.id.desc()).limit(1)
        ),
    )


def find_record(session: Session, kind: str, record_uuid: str | None) -> Any:
    """The record of this kind with this UUID, deleted or not (None if absent)."""
    return _find(session, kind, record_uuid)


def _find(session: Session, kind: str, record_uuid: str | None) -> Any:
    if record_uuid is None:
        return None
    model = MODELS[kind]
    return session.scalar(select(model).where(model.uuid == record_uuid))


def apply_data(session: Session, kind: str, record: Any, data: Data) -> None:
    """Write portable ``data`` into ``record`` (new or existing); references resolved by UUID."""
    record.uuid = data["uuid"]
    record.created_at = _parse_ts(data["created_at"])
    record.updated_at = _parse_ts(data["updated_at"])
    record.deleted_at = _parse_ts(data["deleted_at"])
    if kind == "annotation":
        record.target_kind = TargetKind(data["target_kind"])
        record.target_key = data["target_key"]
        record.target_label = data["target_label"]
        record.target_id = _local_target_id(session, data["target_kind"], data["target_key"])
        record.plan_year = data["plan_year"]
        record.body = data["body"]
        record.tags = tags_named(session, list(data["tags"]))
        record.priority = Priority(int(data["priority"]))
        record.status = NoteStatus(data["status"])
        record.position_text = data["position_text"]
        record.position_state = PositionState(data["position_state"])
        record.consult = data["consult"]
        record.visibility = Visibility(data["visibility"])
        record.author = data["author"]
        record.delegation = data["delegation"]
    elif kind == "meeting":
        record.workgroup_key = data["workgroup_key"]
        record.workgroup_id = _local_target_id(session, "workgroup", data["workgroup_key"])
        record.title = data["title"]
        record.starts_at = _parse_ts(data["starts_at"])
        record.ends_at = _parse_ts(data["ends_at"])
        record.place = data["place"]
        record.video_link = data["video_link"]
        record.chair = data["chair"]
        record.notes = data["notes"]
        record.plan_year = data["plan_year"]
    elif kind == "agenda_item":
        meeting = _find(session, "meeting", data["meeting"])
        if meeting is None:
            raise BundleError(f"agenda point {data['uuid']} refers to a meeting the bundle lacks")
        record.meeting = meeting
        record.position = int(data["position"])
        record.title = data["title"]
        record.target_kind = TargetKind(data["target_kind"])
        record.target_key = data["target_key"]
        record.target_id = _local_target_id(session, data["target_kind"], data["target_key"])
        record.position_text = data["position_text"]
        record.notes = data["notes"]
        record.outcome = data["outcome"]
    else:
        note = _find(session, "annotation", data["annotation"])
        meeting = _find(session, "meeting", data["meeting"])
        point = _find(session, "agenda_item", data["agenda_item"])
        record.annotation_id = note.id if note is not None else None
        record.meeting_id = meeting.id if meeting is not None else None
        record.agenda_item_id = point.id if point is not None else None
        record.title = data["title"]
        record.owner = data["owner"]
        record.due_date = _parse_date(data["due_date"])
        record.status = ActionStatus(data["status"])


def describe(kind: str, data: Data) -> str:
    """A short human label of a record for reports and the conflict view."""
    if kind == "annotation":
        text = " ".join(str(data.get("body", "")).split())[:50]
        return f"note on {data.get('target_label') or data.get('target_key')}: {text!r}"
    if kind == "meeting":
        return f"meeting {data.get('title')!r} ({(data.get('starts_at') or '')[:16]})"
    if kind == "agenda_item":
        return f"agenda point {data.get('title')!r}"
    return f"action {data.get('title')!r}"


# ------------------------------------------------------------------------------------------
# writing a bundle
# ------------------------------------------------------------------------------------------


@dataclass
class Scope:
    since: dt.datetime | None = None
    workgroup: str | None = None  # a code or name, as typed by the user

    def describe(self) -> Data:
        return {"since": _ts(self.since), "workgroup": self.workgroup}


@dataclass
class ShareResult:
    path: Path
    counts: dict[str, int]
    conflicts: int
    sha256: str


def _setting(session: Session, key: str) -> str:
    return session.scalar(select(Setting.value).where(Setting.key == key)) or ""


def local_author(session: Session) -> str:
    name = _setting(session, "user_name")
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in some sandboxes
        return ""


def plan_keys(session: Session) -> list[str]:
    keys = list(session.scalars(select(Plan.identity_key)))
    keys += list(session.scalars(select(Programme.identity_key)))
    return sorted(set(keys))


def _workgroup_key(session: Session, code: str) -> str:
    wg = session.scalar(
        select(Workgroup).where(
            or_(
                Workgroup.identity_key == identity.workgroup_key(code, code),
                Workgroup.identity_key == identity.workgroup_key(None, code),
            )
        )
    )
    if wg is None:
        raise BundleError(f"there is no workgroup '{code}' in this database")
    return wg.identity_key


def _select_records(session: Session, scope: Scope) -> dict[str, list[Any]]:
    """The records a bundle carries, parents included, private notes and their actions left out."""
    public = Annotation.visibility != Visibility.PRIVATE
    notes = select(Annotation).where(public)
    meetings = select(Meeting)
    points = select(AgendaItem)
    actions = select(ActionItem)
    if scope.workgroup:
        key = _workgroup_key(session, scope.workgroup)
        meeting_ids = select(Meeting.id).where(Meeting.workgroup_key == key)
        meetings = meetings.where(Meeting.workgroup_key == key)
        points = points.where(AgendaItem.meeting_id.in_(meeting_ids))
        point_targets = [
            (k, t)
            for k, t in session.execute(
                select(AgendaItem.target_kind, AgendaItem.target_key).where(
                    AgendaItem.meeting_id.in_(meeting_ids), AgendaItem.target_key.is_not(None)
                )
            )
        ]
        conditions = [
            (Annotation.target_kind == TargetKind.WORKGROUP) & (Annotation.target_key == key)
        ]
        conditions += [
            (Annotation.target_kind == k) & (Annotation.target_key == t) for k, t in point_targets
        ]
        notes = notes.where(or_(*conditions))
        note_ids = select(Annotation.id).where(public).where(or_(*conditions))
        actions = actions.where(
            or_(ActionItem.meeting_id.in_(meeting_ids), ActionItem.annotation_id.in_(note_ids))
        )
    if scope.since is not None:
        notes = notes.where(Annotation.updated_at >= scope.since)
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
        for r in session.scalars(stmt):
            out[kind][r.id] = r
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
    for h in new:
        session.add(SyncHistory(record_uuid=record_uuid, version_hash=h))
    return bool(new)


def conflict_data(c: SyncConflict) -> Data:
    return {
        "uuid": c.uuid,
        "record_uuid": c.record_uuid,
        "kind": c.kind,
        "loser_hash": c.loser_hash,
        "loser_data": json.loads(c.loser_data),
        "winner_hash": c.winner_hash,
        "detected_at": _ts(c.detected_at),
        "resolved_at": _ts(c.resolved_at),
    }


def build_payload(session: Session, scope: Scope) -> Data:
    """The bundle's content; records the shared versions in the history (the caller commits)."""
    selected = _select_records(session, scope)
    records: dict[str, list[Data]] = {}
    uuids: set[str] = set()
    for kind in KINDS:
        entries: list[Data] = []
        for r in selected[kind]:
            data = record_data(session, kind, r)
            h = version_hash(data)
            _remember(session, r.uuid, [h])
            entries.append({"data": data, "history": sorted(_history(session, r.uuid) | {h})})
            uuids.add(r.uuid)
        records[kind] = entries
    conflicts = [
        conflict_data(c)
        for c in session.scalars(select(SyncConflict).order_by(SyncConflict.uuid))
        if c.record_uuid in uuids
        and json.loads(c.loser_data).get("visibility") != Visibility.PRIVATE.value
    ]
    manifest = {
        "format": "bnldesk-notes",
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "created_at": _ts(utcnow()),
        "author": local_author(session),
        "database_id": _setting(session, "database_id"),
        "delegation": _setting(session, "delegation"),
        "plans": plan_keys(session),
        "scope": scope.describe(),
        "counts": {k: len(v) for k, v in records.items()} | {"conflicts": len(conflicts)},
    }
    return {"manifest": manifest, "records": records, "conflicts": conflicts}


def encode_bundle(payload: Data) -> bytes:
    head = MAGIC + str(FORMAT_VERSION).encode() + b"\n"
    body = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True).encode()
    digest = hashlib.sha256(head + body).hexdigest()
    return head + body + CHECKSUM_PREFIX + digest.encode() + b"\n"


def share(store: Store, out: Path | str, scope: Scope | None = None) -> ShareResult:
    """Write a bundle of the delegation's shareable records to ``out``."""
    if store.read_only:
        raise StoreError(f"{store.path} is open read-only: cannot share from it")
    scope = scope or Scope()
    with store.transaction() as s:
        payload = build_payload(s, scope)
        data = encode_bundle(payload)
        try:
            write_atomically(out, data)
        except ExportError as exc:
            # Raising rolls back the history marks: nothing was shared.
            raise StoreError(str(exc)) from exc
    counts = {k: len(v) for k, v in payload["records"].items()}
    return ShareResult(
        Path(out),
        counts,
        len(payload["conflicts"]),
        hashlib.sha256(data).hexdigest(),
    )


# ------------------------------------------------------------------------------------------
# reading a bundle
# ------------------------------------------------------------------------------------------


@dataclass
class Bundle:
    manifest: Data
    records: dict[str, list[Data]]
    conflicts: list[Data]
    sha256: str


def decode_bundle(raw: bytes, name: str = "the bundle") -> Bundle:
    """Check and parse a bundle; :class:`BundleError` says what is wrong with it."""
    if not raw:
        raise BundleError(f"{name} is empty")
    if not raw.startswith(MAGIC):
        raise BundleError(f"{name} is not a bnldesk notes bundle")
    first_end = raw.find(b"\n")
    if first_end < 0:
        raise BundleError(f"{name} is truncated (incomplete file)")
    version_text = raw[len(MAGIC) : first_end].decode("ascii", "replace").strip()
    if not version_text.isdigit():
        raise BundleError(f"{name} is damaged (unreadable format version)")
    version = int(version_text)
    if version > FORMAT_VERSION:
        raise BundleError(
            f"{name} was written by a newer bnldesk (bundle format {version}, this version "
            f"reads up to {FORMAT_VERSION}); update bnldesk to receive it"
        )
    cut = raw.rfind(CHECKSUM_PREFIX)
    if cut < 0 or not raw.endswith(b"\n"):
        raise BundleError(f"{name} is truncated (its checksum is missing): ask for it again")
    expected = raw[cut + len(CHECKSUM_PREFIX) : -1].decode("ascii", "replace")
    actual = hashlib.sha256(raw[:cut]).hexdigest()
    if expected != actual:
        raise BundleError(f"{name} is damaged or was altered (checksum mismatch): ask for it again")
    try:
        payload = json.loads(raw[first_end + 1 : cut].decode("utf-8"))
        manifest = payload["manifest"]
        records = payload["records"]
        conflicts = payload.get("conflicts", [])
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError(f"{name} is damaged ({exc})") from exc
    if manifest.get("format") != "bnldesk-notes" or manifest.get("format_version") != version:
        raise BundleError(f"{name} has an inconsistent manifest")
    return Bundle(manifest, records, conflicts, hashlib.sha256(raw).hexdigest())


def read_bundle(path: Path | str) -> Bundle:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BundleError(f"{path} does not exist") from None
    except OSError as exc:
        raise BundleError(f"cannot read {path} ({exc.strerror or exc})") from exc
    return decode_bundle(raw, str(path))


# ------------------------------------------------------------------------------------------
# merging
# ------------------------------------------------------------------------------------------


@dataclass
class Change:
    kind: str
    action: str  # added | updated | deleted | conflict | conflict-resolved
    label: str

    def line(self) -> str:
        return f"{self.action:10} {self.label}"


@dataclass
class ReceiveReport:
    author: str = ""
    created_at: str = ""
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0
    kept_local: int = 0
    dry_run: bool = False
    already_received: bool = False
    history_grew: bool = False
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    def summary(self) -> str:
        verb = "would change" if self.dry_run else "changed"
        if not self.changes:
            return f"nothing to change ({self.unchanged} records already up to date)"
        parts = [
            f"{self.count(a)} {a}"
            for a in ("added", "updated", "deleted", "conflict", "conflict-resolved")
            if self.count(a)
        ]
        return f"{verb}: " + ", ".join(parts)


def check_compatible(session: Session, manifest: Data) -> None:
    """Refuse bundles of another delegation or for plans this database does not hold."""
    ours = _setting(session, "delegation")
    theirs = str(manifest.get("delegation") or "")
    if ours and theirs and ours.upper() != theirs.upper():
        raise BundleError(
            f"this bundle is from the {theirs} delegation, this database belongs to {ours}"
        )
    our_plans = set(plan_keys(session))
    their_plans = set(manifest.get("plans") or [])
    if our_plans and their_plans and not (our_plans & their_plans):
        raise BundleError(
            "this bundle is for another plan ("
            + ", ".join(sorted(their_plans))
            + "); this database holds "
            + ", ".join(sorted(our_plans))
        )


def _winner_is_remote(local: Data, h_local: str, remote: Data, h_remote: str) -> bool:
    return (str(remote["updated_at"]), h_remote) > (str(local["updated_at"]), h_local)


def _add_conflict(
    session: Session, kind: str, record_uuid: str, loser: Data, loser_hash: str, winner: str
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
            loser_data=canonical(loser).decode(),
            winner_hash=winner,
        )
    )
    return True


def merge_record(session: Session, kind: str, entry: Data, report: ReceiveReport) -> None:
    data: Data = entry["data"]
    remote_history = set(entry.get("history") or [])
    h_remote = version_hash(data)
    remote_history.add(h_remote)
    record = _find(session, kind, data["uuid"])
    if record is None:
        if kind == "annotation" and data.get("visibility") == Visibility.PRIVATE.value:
            return  # never stored from a bundle; a well-formed bundle has none
        record = MODELS[kind]()
        with session.no_autoflush:
            apply_data(session, kind, record, data)
        session.add(record)
        session.flush()
        _remember(session, data["uuid"], remote_history)
        report.history_grew = True
        if data["deleted_at"] is None:
            report.changes.append(Change(kind, "added", describe(kind, data)))
        else:
            report.unchanged += 1  # a tombstone of something we never had: nothing visible
        return
    local = record_data(session, kind, record)
    h_local = version_hash(local)
    local_history = _history(session, data["uuid"])
    if h_local == h_remote:
        report.unchanged += 1
    elif h_local in remote_history:
        apply_data(session, kind, record, data)
        action = "deleted" if data["deleted_at"] and not local["deleted_at"] else "updated"
        report.changes.append(Change(kind, action, describe(kind, data)))
    elif h_remote in local_history:
        report.kept_local += 1
    else:
        remote_wins = _winner_is_remote(local, h_local, data, h_remote)
        if remote_wins:
            apply_data(session, kind, record, data)
            loser, h_loser, h_winner = local, h_local, h_remote
        else:
            loser, h_loser, h_winner = data, h_remote, h_local
        if _add_conflict(session, kind, data["uuid"], loser, h_loser, h_winner):
            report.changes.append(Change(kind, "conflict", describe(kind, loser)))
        elif remote_wins:
            report.changes.append(Change(kind, "updated", describe(kind, data)))
        local_history.add(h_local)
    if _remember(session, data["uuid"], remote_history | {h_local}):
        report.history_grew = True
    session.flush()


def merge_conflict(session: Session, c: Data, report: ReceiveReport) -> None:
    existing = session.get(SyncConflict, c["uuid"])
    if existing is None:
        if _find(session, c["kind"], c["record_uuid"]) is None:
            return
        session.add(
            SyncConflict(
                uuid=c["uuid"],
                record_uuid=c["record_uuid"],
                kind=c["kind"],
                loser_hash=c["loser_hash"],
                loser_data=canonical(c["loser_data"]).decode(),
                winner_hash=c["winner_hash"],
                detected_at=_parse_ts(c["detected_at"]) or utcnow(),
                resolved_at=_parse_ts(c["resolved_at"]),
            )
        )
        action = "conflict-resolved" if c["resolved_at"] else "conflict"
        report.changes.append(Change(c["kind"], action, describe(c["kind"], c["loser_data"])))
    elif existing.resolved_at is None and c["resolved_at"] is not None:
        existing.resolved_at = _parse_ts(c["resolved_at"])
        report.changes.append(
            Change(c["kind"], "conflict-resolved", describe(c["kind"], c["loser_data"]))
        )
    elif existing.resolved_at is not None and c["resolved_at"] is not None:
        # Resolved on two laptops: all keep the earlier moment, so they agree.
        theirs = _parse_ts(c["resolved_at"])
        if theirs is not None and theirs < existing.resolved_at:
            existing.resolved_at = theirs
            report.history_grew = True


def merge_bundle(session: Session, bundle: Bundle, report: ReceiveReport) -> None:
    check_compatible(session, bundle.manifest)
    for kind in KINDS:
        for entry in bundle.records.get(kind, []):
            try:
                merge_record(session, kind, entry, report)
            except (KeyError, ValueError, TypeError) as exc:
                raise BundleError(f"the bundle holds a malformed {kind} ({exc})") from exc
    for c in bundle.conflicts:
        merge_conflict(session, c, report)
    database_id = str(bundle.manifest.get("database_id") or "")
    if database_id and database_id != _setting(session, "database_id"):
        peer = session.get(SyncPeer, database_id)
        if peer is None:
            peer = SyncPeer(database_id=database_id)
            session.add(peer)
        if peer.last_bundle_sha256 == bundle.sha256:
            report.already_received = True
        elif report.changes or peer.last_bundle_sha256 == "":
            peer.author = str(bundle.manifest.get("author") or "")
            peer.last_bundle_sha256 = bundle.sha256
            peer.last_bundle_created_at = _parse_ts(bundle.manifest.get("created_at"))
            peer.last_received_at = utcnow()


class _DryRun(Exception):
    pass


def _merge_in_transaction(store: Store, bundle: Bundle, *, commit: bool) -> ReceiveReport:
    report = ReceiveReport(
        author=str(bundle.manifest.get("author") or ""),
        created_at=str(bundle.manifest.get("created_at") or ""),
        dry_run=not commit,
    )
    try:
        with store.transaction() as s:
            merge_bundle(s, bundle, report)
            if not commit or not (report.changes or report.history_grew):
                raise _DryRun
    except _DryRun:
        pass
    return report


BeforeMerge = Callable[[Store], Path | None]


def receive(
    store: Store,
    path: Path | str,
    *,
    dry_run: bool = False,
    before_merge: BeforeMerge | None = None,
) -> ReceiveReport:
    """Merge the bundle at ``path``; ``dry_run`` reports what would change and writes nothing.

    ``before_merge(store)`` runs only when something will change (the backup service passes
    its backup function); a bundle that changes nothing leaves the database untouched.
    """
    bundle = read_bundle(path)
    try:
        preview = _merge_in_transaction(store, bundle, commit=False)
    except (OperationalError, DatabaseError) as exc:
        raise explain(exc, store.path) from exc
    if dry_run or not (preview.changes or preview.history_grew):
        preview.dry_run = dry_run
        return preview
    if store.read_only:
        raise StoreError(f"{store.path} is open read-only: cannot receive notes into it")
    backup_path = before_merge(store) if before_merge is not None and preview.changes else None
    report = _merge_in_transaction(store, bundle, commit=True)
    report.backup = backup_path
    return report


# ------------------------------------------------------------------------------------------
# conflicts
# ------------------------------------------------------------------------------------------


@dataclass
class FieldDiff:
    name: str
    current: Any
    other: Any


@dataclass
class ConflictView:
    uuid: str
    kind: str
    record_uuid: str
    label: str
    detected_at: dt.datetime
    resolved: bool
    fields: list[FieldDiff]


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictView]:
    """Open conflicts as plain data: per field, the current value and the other version's."""
    stmt = select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.uuid)
    if not include_resolved:
        stmt = stmt.where(SyncConflict.resolved_at.is_(None))
    out: list[ConflictView] = []
    for c in session.scalars(stmt):
        other: Data = json.loads(c.loser_data)
        record = _find(session, c.kind, c.record_uuid)
        current = record_data(session, c.kind, record) if record is not None else {}
        diffs = [
            FieldDiff(name, current.get(name), other.get(name))
            for name in sorted(other)
            if name not in BOOKKEEPING and current.get(name) != other.get(name)
        ]
        out.append(
            ConflictView(
                c.uuid,
                c.kind,
                c.record_uuid,
                describe(c.kind, current or other),
                c.detected_at,
                c.resolved_at is not None,
                diffs,
            )
        )
    return out


def resolve_conflict(session: Session, conflict_uuid: str, take_other: Iterable[str]) -> None:
    """Resolve a conflict: fields named in ``take_other`` get the other version's value.

    The record is then an edit made knowing both versions, so it supersedes both everywhere.
    """
    c = session.get(SyncConflict, conflict_uuid)
    if c is None:
        raise LookupError(f"no conflict {conflict_uuid}")
    record = _find(session, c.kind, c.record_uuid)
    if record is None:
        raise LookupError(f"the record of conflict {conflict_uuid} is gone")
    chosen = set(take_other) - BOOKKEEPING
    if chosen:
        other: Data = json.loads(c.loser_data)
        merged = record_data(session, c.kind, record)
        unknown = chosen - set(merged)
        if unknown:
            raise ValueError("unknown field(s): " + ", ".join(sorted(unknown)))
        for name in chosen:
            merged[name] = other.get(name)
        merged["updated_at"] = _ts(utcnow())
        apply_data(session, c.kind, record, merged)
    c.resolved_at = utcnow()
    session.flush()


# ------------------------------------------------------------------------------------------
# comparing databases (tests, diagnostics)
# ------------------------------------------------------------------------------------------


def shared_snapshot(session: Session) -> Data:
    """Every shareable record and conflict in portable form: equal on laptops that agree."""
    out: Data = {}
    for kind in KINDS:
        rows = session.scalars(select(MODELS[kind]).order_by(MODELS[kind].uuid))
        items = [record_data(session, kind, r) for r in rows]
        if kind == "annotation":
            items = [i for i in items if i["visibility"] != Visibility.PRIVATE.value]
        out[kind] = items
    out["conflicts"] = [
        # When and against which version a laptop noticed it differs from laptop to laptop.
        {k: v for k, v in conflict_data(c).items() if k not in ("detected_at", "winner_hash")}
        for c in session.scalars(select(SyncConflict).order_by(SyncConflict.uuid))
    ]
    return out

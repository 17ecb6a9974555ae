"""A deletion travels as a tombstone: the record's identity, times, links and the deleted
flag, without the delegation's texts (trial 14: deleted agenda points "2" and "Atelier
thématique" travelled in the shared bundle with their titles). Checked on the bundle file as
written (its bytes read back), and by receiving it: the deletion is applied, the receiver
keeps its own texts, the laptops agree, a second exchange changes nothing, an undone
deletion brings the texts back.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_support import open_laptops

from bnldesk.domain.models import ActionItem, AgendaItem, Annotation, Meeting
from bnldesk.services import meetings as svc
from bnldesk.services import sync
from bnldesk.services.annotations import (
    NoteFields,
    add_action,
    add_annotation,
    delete_action,
    delete_annotation,
    resolve_target,
    restore_annotation,
)
from bnldesk.services.sync_bundle import read_bundle
from bnldesk.store.engine import Store

# Words only the deleted records hold: none may be in a bundle written after the deletion.
DELETED_WORDS = (
    "Atelier thematique secret",
    "position privee du point",
    "note supprimee confidentielle",
    "tag-supprime",
    "action supprimee Jansen",
    "Responsable Supprime",
    "reunion supprimee",
    "Salle secrete",
)


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    stores = open_laptops(tmp_path, "ab")
    yield stores[0], stores[1]
    for store in stores:
        store.close()


def _made(store: Store) -> dict[str, str]:
    """A meeting with a kept and a deleted point, a deleted meeting, a kept note with a
    deleted action, a deleted note: their UUIDs by name."""
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=7), dt.time(10, 0))
    with store.transaction() as s:
        meeting = svc.create_meeting(s, svc.MeetingFields(title="Overleg", starts_at=start))
        kept = svc.add_agenda_item(s, meeting.id, svc.AgendaFields(title="Tour de table"))
        point = svc.add_agenda_item(
            s,
            meeting.id,
            svc.AgendaFields(
                title="Atelier thematique secret", position_text="position privee du point"
            ),
        )
        gone = svc.create_meeting(
            s, svc.MeetingFields(title="reunion supprimee", place="Salle secrete", starts_at=start)
        )
        target = resolve_target(s, "SENN-CRISE")
        note = add_annotation(s, target, NoteFields(body="note gardee", visibility="delegation"))
        action = add_action(s, note, "action supprimee Jansen", owner="Responsable Supprime")
        deleted_note = add_annotation(
            s,
            target,
            NoteFields(
                body="note supprimee confidentielle", tags=["tag-supprime"], visibility="delegation"
            ),
        )
        return {
            "meeting": meeting.uuid,
            "kept": kept.uuid,
            "point": point.uuid,
            "gone": gone.uuid,
            "note": note.uuid,
            "action": action.uuid,
            "deleted_note": deleted_note.uuid,
        }


def _delete_them(store: Store, uuids: dict[str, str]) -> None:
    with store.transaction() as s:
        point = s.scalar(select(AgendaItem).where(AgendaItem.uuid == uuids["point"]))
        gone = s.scalar(select(Meeting).where(Meeting.uuid == uuids["gone"]))
        action = s.scalar(select(ActionItem).where(ActionItem.uuid == uuids["action"]))
        note = s.scalar(select(Annotation).where(Annotation.uuid == uuids["deleted_note"]))
        assert point and gone and action and note
        svc.delete_agenda_item(s, point.id)
        svc.delete_meeting(s, gone.id)
        delete_action(action)
        delete_annotation(s, note)


def _snapshot(store: Store) -> dict[str, object]:
    with store.read() as s:
        return sync.shared_snapshot(s)


def test_a_bundle_carries_deletions_without_their_texts(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = laptops
    uuids = _made(a)
    first = tmp_path / "1.bnlnotes"
    sync.share(a, first)
    sync.receive(b, first)  # b had every record with its texts
    _delete_them(a, uuids)
    second = tmp_path / "2.bnlnotes"
    sync.share(a, second)

    text = second.read_bytes().decode("utf-8")
    payload = json.loads(text[text.index("{") : text.rindex("}") + 1])
    for word in DELETED_WORDS:
        assert word not in text, word
    assert "Tour de table" in text and "note gardee" in text  # the live ones travel whole
    entries = {
        entry["data"]["uuid"]: entry["data"]
        for kind in payload["records"].values()
        for entry in kind
    }
    for name in ("point", "gone", "action", "deleted_note"):
        assert entries[uuids[name]]["deleted_at"], name  # the tombstone is there
    assert entries[uuids["point"]]["meeting"] == uuids["meeting"]
    assert all(record.record.deleted_at for record in _tombstones(second, uuids))

    report = sync.receive(b, second)
    assert report.count("deleted") == 4
    with b.read() as s:
        point = s.scalar(select(AgendaItem).where(AgendaItem.uuid == uuids["point"]))
        note = s.scalar(select(Annotation).where(Annotation.uuid == uuids["deleted_note"]))
        assert point is not None and point.deleted_at is not None
        assert point.title == "Atelier thematique secret"  # b keeps what it had
        assert note is not None and note.deleted_at is not None
    assert _snapshot(a) == _snapshot(b)
    again = tmp_path / "3.bnlnotes"
    sync.share(a, again)
    assert not sync.receive(b, again).changed


def _tombstones(path: Path, uuids: dict[str, str]) -> list[sync.BundleEntry]:
    bundle = read_bundle(path)
    wanted = {uuids[name] for name in ("point", "gone", "action", "deleted_note")}
    return [
        entry
        for entries in bundle.records.values()
        for entry in entries
        if entry.record.uuid in wanted
    ]


def test_an_undone_deletion_brings_the_texts_back(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    """Deleted on a, the tombstone received by b; undone on a: b has the note again, whole."""
    a, b = laptops
    uuids = _made(a)
    _delete_them(a, uuids)
    with a.transaction() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == uuids["deleted_note"]))
        assert note is not None
        restore_annotation(s, note)
    bundle = tmp_path / "1.bnlnotes"
    sync.share(a, bundle)
    sync.receive(b, bundle)
    with b.read() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == uuids["deleted_note"]))
        assert note is not None and note.deleted_at is None
        assert note.body == "note supprimee confidentielle"
    assert _snapshot(a) == _snapshot(b)

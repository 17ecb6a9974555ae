"""Who made a note's last change, on two laptops that share notes (trial 17).

On laptop B, Jan Jansen edited a note Els de Vries had shared from laptop A, and later resolved
a conflict on it; the footer still named Els de Vries, the author, as if she had made the last
change. The note now records who saved its current version (``edited_by``, migration 0015): it
travels in bundles, a received version keeps the sender's editor, and a bundle written before
the field existed (or a note whose last editor is not known) reads as "" without changing the
version hashes every laptop keeps.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_support import laptops_of_one_delegation

from bnldesk.domain.models import Annotation
from bnldesk.services import sync
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.note_edits import save_note
from bnldesk.services.sync_bundle import SIGNATURE_PREFIX
from bnldesk.services.sync_records import CODECS, version_hash
from bnldesk.store.engine import Store

ELS, JAN = "Els de Vries", "Jan Jansen"


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    with laptops_of_one_delegation(tmp_path, "ab") as (a, b):
        yield a, b


def _exchange(sender: Store, receiver: Store, bundle: Path) -> sync.ReceiveReport:
    sync.share(sender, bundle)
    return sync.receive(receiver, bundle)


def _shared_note(store: Store, body: str = "Gedeeld: NL steunt") -> str:
    """A shared note written by Els de Vries on ``store``; its uuid."""
    with store.transaction() as s:
        fields = NoteFields(body=body, visibility="delegation")
        return add_annotation(s, resolve_target(s, "SENN-CRISE"), fields, author=ELS).uuid


def _edit(store: Store, note_uuid: str, body: str, editor: str) -> None:
    """``editor`` changes the note's text in the window (as it showed the note)."""
    with store.transaction() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
        assert note is not None
        shown = NoteFields.of(note)
        typed = NoteFields.of(note)
        typed.body = body
        assert save_note(s, note.id, typed, expected=shown, editor=editor).saved


def _names(store: Store, note_uuid: str) -> tuple[str, str, str]:
    """(body, author, who made the last change) of the note."""
    with store.read() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
        assert note is not None
        return note.body, note.author, note.edited_by


def _sent_notes(bundle: Path) -> list[dict[str, object]]:
    """The notes' JSON objects as the bundle file holds them (its signed JSON body)."""
    raw = bundle.read_bytes()
    body = raw[raw.index(b"\n") + 1 : raw.rindex(SIGNATURE_PREFIX)]
    return [entry["data"] for entry in json.loads(body)["records"]["annotation"]]


def test_a_new_note_is_last_changed_by_its_author(laptops: tuple[Store, Store]) -> None:
    a, _ = laptops
    note_uuid = _shared_note(a)
    assert _names(a, note_uuid) == ("Gedeeld: NL steunt", ELS, ELS)


def test_an_edit_on_the_receiving_laptop_names_its_editor_on_both(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = laptops
    note_uuid = _shared_note(a)
    _exchange(a, b, tmp_path / "1.bnlnotes")
    assert _names(b, note_uuid) == ("Gedeeld: NL steunt", ELS, ELS)

    _edit(b, note_uuid, "Gedeeld: NL steunt. B: akkoord van Jan.", JAN)
    assert _names(b, note_uuid) == ("Gedeeld: NL steunt. B: akkoord van Jan.", ELS, JAN)
    # A receives the change with its editor: the author stays hers.
    report = _exchange(b, a, tmp_path / "2.bnlnotes")
    assert [change.action for change in report.changes] == ["updated"]
    assert _names(a, note_uuid) == ("Gedeeld: NL steunt. B: akkoord van Jan.", ELS, JAN)

    # Els changes it again on A: B now names her as the last editor.
    _edit(a, note_uuid, "Gedeeld: NL steunt, mits budgetneutraal.", ELS)
    _exchange(a, b, tmp_path / "3.bnlnotes")
    assert _names(b, note_uuid) == ("Gedeeld: NL steunt, mits budgetneutraal.", ELS, ELS)


def test_who_resolves_a_conflict_changed_the_note_last_on_every_laptop(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = laptops
    note_uuid = _shared_note(a)
    _exchange(a, b, tmp_path / "1.bnlnotes")
    _edit(a, note_uuid, "A: eerst ministerie raadplegen.", ELS)
    _edit(b, note_uuid, "B: akkoord van Jan.", JAN)
    _exchange(a, b, tmp_path / "2.bnlnotes")
    with b.read() as s:
        (view,) = sync.list_conflicts(s)
    # Who edited each version is no field to choose between.
    assert [field.name for field in view.fields] == ["body"]

    with b.transaction() as s:
        sync.resolve_conflict(s, view.uuid, ["body"], editor=JAN)

    assert _names(b, note_uuid) == ("A: eerst ministerie raadplegen.", ELS, JAN)
    _exchange(b, a, tmp_path / "3.bnlnotes")
    assert _names(a, note_uuid) == ("A: eerst ministerie raadplegen.", ELS, JAN)


def test_a_note_whose_last_editor_is_not_known_travels_as_before(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    """A note saved before migration 0015 knows no last editor: its bundle record is the one
    an older bnldesk wrote (no ``edited_by``), so its version hash, which both laptops keep
    in their history, is what it was; the receiver reads it as "" (not known)."""
    a, b = laptops
    note_uuid = _shared_note(a)
    with a.transaction() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
        assert note is not None
        note.edited_by = ""
    sync.share(a, tmp_path / "old.bnlnotes")
    (sent,) = [data for data in _sent_notes(tmp_path / "old.bnlnotes") if data["uuid"] == note_uuid]
    assert "edited_by" not in sent and sent["author"] == ELS

    sync.receive(b, tmp_path / "old.bnlnotes")
    assert _names(b, note_uuid) == ("Gedeeld: NL steunt", ELS, "")


def test_a_record_from_an_older_bundle_reads_with_its_hash_unchanged() -> None:
    """The JSON an older bnldesk sent (no ``edited_by``) decodes, and hashes as it did."""
    older = {
        "uuid": "5d7c8f6e-0000-4000-8000-000000000017",
        "created_at": "2026-12-01T09:43:00.000000",
        "updated_at": "2026-12-01T09:44:00.000000",
        "deleted_at": None,
        "target_kind": "workgroup",
        "target_key": "senn-crise",
        "target_label": "SENN-CRISE",
        "plan_year": 2022,
        "body": "Gedeeld",
        "tags": [],
        "priority": 0,
        "status": "open",
        "position_text": "",
        "position_state": "none",
        "consult": "",
        "visibility": "delegation",
        "author": ELS,
        "delegation": "NL",
    }
    record = CODECS["annotation"].decode(older)
    assert record.edited_by == ""
    assert version_hash(record) == version_hash(older)
    assert json.loads(json.dumps(record.to_json())) == older
    edited = CODECS["annotation"].decode({**older, "edited_by": JAN})
    # Who made it is no part of the version (sync_records.UNHASHED): see the test below.
    assert edited.edited_by == JAN and version_hash(edited) == version_hash(older)


def test_an_action_item_edited_on_one_laptop_makes_no_conflict_with_the_notes_text(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    """Stop 29: an action item change names its note's last editor; had that name been part of
    the note's version, Jan's due date on laptop B and Els's new text on laptop A would have
    made a conflict on the note's text, which Jan never changed. Who changed a note is no
    version of it: Els's text arrives on B as an update."""
    from bnldesk.services.annotations import add_action

    a, b = laptops
    note_uuid = _shared_note(a)
    _exchange(a, b, tmp_path / "1.bnlnotes")
    with b.transaction() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
        assert note is not None
        add_action(s, note, "Minister informeren", "Jan", None, editor=JAN)
    assert _names(b, note_uuid)[2] == JAN
    _edit(a, note_uuid, "A: eerst ministerie raadplegen.", ELS)
    _exchange(a, b, tmp_path / "2.bnlnotes")
    with b.read() as s:
        assert sync.list_conflicts(s) == []
    assert _names(b, note_uuid) == ("A: eerst ministerie raadplegen.", ELS, ELS)
    # ... and B's action item reaches A, the note's text as Els wrote it.
    _exchange(b, a, tmp_path / "3.bnlnotes")
    with a.read() as s:
        assert sync.list_conflicts(s) == []
    assert _names(a, note_uuid)[0] == "A: eerst ministerie raadplegen."

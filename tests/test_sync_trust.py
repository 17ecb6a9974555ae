"""Bundles from outside: pairing, forged and hostile bundles, and private notes that stay private."""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sync_support import open_laptops

from bnldesk.cli import main
from bnldesk.domain.models import Annotation, SyncConflict, utcnow
from bnldesk.services import sync, sync_bundle, sync_trust
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store, open_store
from bnldesk.store.errors import DatabaseReadOnlyError

pytestmark = pytest.mark.both_backends


@pytest.fixture
def two_laptops(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """Laptops A and B of one delegation, paired, with the demo plans."""
    stores = open_laptops(tmp_path, "ab")
    yield stores[0], stores[1]
    for store in stores:
        store.close()


def _note(store: Store, body: str, visibility: str = "delegation") -> str:
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        return add_annotation(s, target, NoteFields(body=body, visibility=visibility)).uuid


def _edit(store: Store, note_uuid: str, **changes: object) -> None:
    with store.transaction() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
        assert note is not None
        for name, value in changes.items():
            setattr(note, name, value)
        note.updated_at = utcnow()


def _state(store: Store, note_uuid: str) -> tuple[str, str, str]:
    with store.read() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
        assert note is not None
        return note.body, note.visibility.value, note.author


def _all_rows(store: Store) -> list[tuple[Any, ...]]:
    with store.read() as s:
        notes = [
            (n.uuid, n.body, n.visibility.value, n.author, n.target_key)
            for n in s.scalars(select(Annotation).order_by(Annotation.uuid))
        ]
        conflicts = s.scalar(select(func.count()).select_from(SyncConflict))
    return [*notes, ("conflicts", conflicts)]


def _exchange(src: Store, dst: Store, folder: Path, name: str) -> sync.ReceiveReport:
    bundle = folder / f"{name}.bnlnotes"
    sync.share(src, bundle)
    return sync.receive(dst, bundle)


def _payload_of(path: Path) -> dict[str, Any]:
    raw = path.read_bytes()
    return dict(json.loads(raw[raw.index(b"\n") + 1 : raw.rindex(b"\nSIGNED ")]))


def _signed_by(store: Store, payload: dict[str, Any], path: Path) -> Path:
    """A bundle with ``payload``, signed with ``store``'s own key (a paired laptop's)."""
    with store.transaction() as s:
        key = sync_trust.signing_key(s)
    path.write_bytes(sync.encode_bundle(payload, key))
    return path


# --------------------------------------------------------------------------------------------
# private stays private
# --------------------------------------------------------------------------------------------


def test_a_note_made_private_after_sharing_stays_private(
    two_laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    """The issue's three steps: A shares, A makes the note private with secret text, B edits
    the old version later and shares; A's note stays private and unchanged, and A's next
    bundle does not carry the secret."""
    a, b = two_laptops
    note = _note(a, "Planning looks fine")
    _exchange(a, b, tmp_path, "1")
    _edit(a, note, visibility="private", body="SECRET: the minister will not sign")
    _edit(b, note, body="B: ask for the planning in writing")
    report = _exchange(b, a, tmp_path, "2")
    assert report.count("refused") == 1 and not report.changed
    assert "private on this laptop" in report.refused[0].label
    assert _state(a, note) == ("SECRET: the minister will not sign", "private", "")
    with a.read() as s:
        assert sync.list_conflicts(s) == []
    bundle = tmp_path / "3.bnlnotes"
    sync.share(a, bundle)
    assert b"SECRET" not in bundle.read_bytes()
    sync.receive(b, bundle)
    assert _state(b, note)[0] == "B: ask for the planning in writing"


def test_a_bundle_that_knows_a_private_note_changes_nothing(
    two_laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    """A paired laptop's bundle carrying a private note's id (and another author) is refused
    record by record: the private note is untouched."""
    a, b = two_laptops
    secret = _note(a, "SECRET position", visibility="private")
    _note(b, "an honest note")
    honest = tmp_path / "honest.bnlnotes"
    sync.share(b, honest)
    payload = _payload_of(honest)
    forged = dict(payload["records"]["annotation"][0])
    forged["data"] = forged["data"] | {
        "uuid": secret,
        "body": "overwritten",
        "visibility": "shareable",
        "author": "Someone else",
        "updated_at": utcnow().isoformat(timespec="microseconds"),
    }
    payload["records"]["annotation"].append(forged)
    report = sync.receive(a, _signed_by(b, payload, tmp_path / "forged.bnlnotes"))
    assert report.count("refused") == 1 and report.count("added") == 1
    assert _state(a, secret) == ("SECRET position", "private", "")


def test_a_forged_bundle_from_an_unpaired_laptop_is_refused_whole(
    two_laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = two_laptops
    secret = _note(a, "SECRET position", visibility="private")
    honest = tmp_path / "honest.bnlnotes"
    _note(b, "an honest note")
    sync.share(b, honest)
    payload = _payload_of(honest)
    payload["records"]["annotation"][0]["data"]["uuid"] = secret
    stranger = open_store(tmp_path / "stranger.db")
    try:
        forged = _signed_by(stranger, payload, tmp_path / "forged.bnlnotes")
    finally:
        stranger.close()
    before = _all_rows(a)
    with pytest.raises(sync.BundleError, match="not paired") as info:
        sync.receive(a, forged)
    assert "\n" not in str(info.value)
    # Re-signing the altered payload with the recomputed digest is no way in either.
    raw = honest.read_bytes().replace(b"an honest note", b"an altered note")
    altered = tmp_path / "altered.bnlnotes"
    altered.write_bytes(raw)
    with pytest.raises(sync.BundleError, match="altered"):
        sync.receive(a, altered)
    assert _all_rows(a) == before


def test_resolving_with_a_private_version_needs_its_visibility(
    two_laptops: tuple[Store, Store],
) -> None:
    """A conflict whose other version is private (left by an older bnldesk) cannot move its
    text into the shared note unless the delegate also takes its visibility."""
    a, _ = two_laptops
    note = _note(a, "shared text")
    with a.transaction() as s:
        row = s.scalar(select(Annotation).where(Annotation.uuid == note))
        assert row is not None
        current = sync.record_of(s, "annotation", row).to_json()
        private = current | {"body": "PRIVATE words", "visibility": "private"}
        s.add(
            SyncConflict(
                uuid=str(uuidlib.uuid4()),
                record_uuid=note,
                kind="annotation",
                loser_hash="0" * 64,
                loser_data=json.dumps(private),
                winner_hash="1" * 64,
            )
        )
    with a.read() as s:
        (view,) = sync.list_conflicts(s)
    assert view.other_is_private
    with pytest.raises(sync.ConflictError, match="private"), a.transaction() as s:
        sync.resolve_conflict(s, view.uuid, ["body"])
    assert _state(a, note)[:2] == ("shared text", "delegation")
    with a.transaction() as s:
        sync.resolve_conflict(s, view.uuid, ["body", "visibility"])
    assert _state(a, note)[:2] == ("PRIVATE words", "private")


def test_a_received_record_never_widens_visibility(
    two_laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = two_laptops
    note = _note(a, "for the delegation only")
    _exchange(a, b, tmp_path, "1")
    _edit(b, note, visibility="shareable", body="B's version")
    _exchange(b, a, tmp_path, "2")
    assert _state(a, note)[:2] == ("B's version", "delegation")


def test_resolve_errors_are_the_sync_modules_own(two_laptops: tuple[Store, Store]) -> None:
    a, _ = two_laptops
    with pytest.raises(sync.ConflictError, match="no conflict"), a.transaction() as s:
        sync.resolve_conflict(s, "no-such-conflict", [])


# --------------------------------------------------------------------------------------------
# hostile bundles from a paired laptop
# --------------------------------------------------------------------------------------------


def _bundle_with_note(b: Store, tmp_path: Path, name: str, **data: Any) -> Path:
    honest = tmp_path / f"{name}-base.bnlnotes"
    sync.share(b, honest)
    payload = _payload_of(honest)
    entry = payload["records"]["annotation"][0]
    entry["data"] = entry["data"] | data
    return _signed_by(b, payload, tmp_path / f"{name}.bnlnotes")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"uuid": "x" * 5000}, "'uuid' is longer than 36"),
        ({"updated_at": "2099-01-01T00:00:00.000000"}, "'updated_at' lies in the future"),
        ({"body": 12}, "'body' is not text"),
        ({"author": "A" * 5000}, "'author' is longer than 200"),
        ({"visibility": "public"}, "'visibility' has a value"),
        ({"tags": ["x" * 500]}, "'tags' holds a tag"),
    ],
)
def test_malformed_records_are_refused_with_one_line(
    two_laptops: tuple[Store, Store], tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    a, b = two_laptops
    _note(b, "a note to alter")
    before = _all_rows(a)
    bundle = _bundle_with_note(b, tmp_path, "bad", **change)
    with pytest.raises(sync.BundleError, match=message) as info:
        sync.receive(a, bundle)
    assert "\n" not in str(info.value)
    assert _all_rows(a) == before


def test_a_note_on_an_unknown_target_is_reported_as_an_orphan(
    two_laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = two_laptops
    _note(b, "about nothing")
    bundle = _bundle_with_note(b, tmp_path, "orphan", target_key="wg:NO-SUCH-GROUP")
    before = _all_rows(a)
    report = sync.receive(a, bundle)
    assert report.count("orphan") == 1 and not report.changed
    assert "left out" in report.summary()
    assert _all_rows(a) == before


def test_nested_malformed_and_oversized_bundles_are_refused(
    two_laptops: tuple[Store, Store], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_laptops
    _note(b, "a note")
    before = _all_rows(a)
    base = tmp_path / "base.bnlnotes"
    sync.share(b, base)
    payload = _payload_of(base)
    # Nesting deeper than Python's parser can go: refused before parsing.
    raw_payload = json.dumps(payload)[:-1] + ', "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with b.transaction() as s:
        key = sync_trust.signing_key(s)
    head = sync_bundle.MAGIC + b"2\n"
    body = raw_payload.encode()
    public_key, signature = sync_trust.sign(key, head + body)
    nested = tmp_path / "nested.bnlnotes"
    nested.write_bytes(head + body + b"\nSIGNED " + f"{public_key} {signature}\n".encode())
    with pytest.raises(sync.BundleError, match="nests too deeply"):
        sync.receive(a, nested)
    payload_bad = _payload_of(base)
    payload_bad["conflicts"] = [{"kind": "annotation", "uuid": "c"}]
    with pytest.raises(sync.BundleError, match="malformed annotation"):
        sync.receive(a, _signed_by(b, payload_bad, tmp_path / "conflict.bnlnotes"))
    payload_bad = _payload_of(base)
    payload_bad["records"] = {"annotation": "not a list"}
    with pytest.raises(sync.BundleError, match="annotation list"):
        sync.receive(a, _signed_by(b, payload_bad, tmp_path / "records.bnlnotes"))
    monkeypatch.setattr(sync_bundle, "MAX_BUNDLE_BYTES", base.stat().st_size - 1)
    with pytest.raises(sync.BundleError, match="larger than"):
        sync.receive(a, base)
    assert _all_rows(a) == before
    # The sender is told before writing one: share less.
    monkeypatch.setattr(sync, "MAX_BUNDLE_BYTES", 1000)
    with pytest.raises(sync.BundleError, match="share the changes since a date"):
        sync.share(b, tmp_path / "too-big.bnlnotes")
    assert not (tmp_path / "too-big.bnlnotes").exists()


def test_cli_refuses_every_hostile_bundle_without_a_traceback(
    two_laptops: tuple[Store, Store], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = two_laptops
    _note(b, "a note")
    cases = [
        _bundle_with_note(b, tmp_path, "future", updated_at="2099-01-01T00:00:00"),
        _bundle_with_note(b, tmp_path, "long", uuid="u" * 5000),
    ]
    empty = tmp_path / "empty.bnlnotes"
    empty.write_bytes(b"")
    cases.append(empty)
    path = a.path
    a.close()
    for bundle in cases:
        assert main(["--db", str(path), "receive", str(bundle)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, err


def test_pairing_codes_catch_typing_mistakes(store: Store) -> None:
    with store.transaction() as s:
        code = sync_trust.pairing_code(s)
    assert code.startswith("BNL-")
    other = sync_trust.code_for("ab" * 32)
    assert sync_trust.public_key_of_code(other.lower().replace("-", " ")) == "ab" * 32
    mistyped = other[:-1] + ("A" if other[-1] != "A" else "B")
    with pytest.raises(sync_trust.PairingError, match="mistyped"):
        sync_trust.public_key_of_code(mistyped)
    with pytest.raises(sync_trust.PairingError, match="own"), store.transaction() as s:
        sync_trust.pair(s, code, "me")
    with store.transaction() as s:
        sync_trust.pair(s, other, "Anna's laptop")
        assert [p.name for p in sync_trust.paired_laptops(s)] == ["Anna's laptop"]
        sync_trust.unpair(s, "anna's laptop")
        assert sync_trust.paired_laptops(s) == []


def test_paired_laptops_are_listed_by_name_whatever_their_keys(store: Store) -> None:
    # Keys in the opposite order of the names, and names differing in case.
    laptops = [("aa" * 32, "carla"), ("bb" * 32, "Bram"), ("cc" * 32, "anna")]
    with store.transaction() as s:
        for public_key, name in laptops:
            sync_trust.pair(s, sync_trust.code_for(public_key), name)
        listed = sync_trust.paired_laptops(s)
    assert [(p.name, p.public_key) for p in listed] == [
        ("anna", "cc" * 32),
        ("Bram", "bb" * 32),
        ("carla", "aa" * 32),
    ]


def test_a_bundle_with_records_of_an_unknown_kind_is_refused_by_name(
    two_laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = two_laptops
    _note(b, "a note")
    base = tmp_path / "base.bnlnotes"
    sync.share(b, base)
    payload = _payload_of(base)
    payload["records"]["widget"] = []
    bundle = _signed_by(b, payload, tmp_path / "widget.bnlnotes")
    before = _all_rows(a)
    with pytest.raises(
        sync.BundleError, match=r"the bundle holds records of an unknown kind \(widget\)$"
    ):
        sync.receive(a, bundle)
    assert _all_rows(a) == before


def test_receiving_into_a_database_open_read_only_is_refused(
    two_laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = two_laptops
    _note(b, "a note")
    bundle = tmp_path / "b.bnlnotes"
    sync.share(b, bundle)
    path = a.path
    a.close()
    counter = open_store(path)
    with counter.read() as s:
        notes_before = s.scalar(select(func.count()).select_from(Annotation))
    counter.close()
    viewer = open_store(path, read_only=True)
    try:
        # The preview only reads this file (it merges into a copy in memory).
        preview = sync.receive(viewer, bundle, dry_run=True)
        assert (preview.dry_run, preview.summary()) == (True, "would change: 1 added")
        assert preview.author == "laptop b"  # the name B was paired under, as a preview says
        # Receiving is refused with the store's own read-only error, one line.
        with pytest.raises(DatabaseReadOnlyError) as refused:
            sync.receive(viewer, bundle)
        assert str(refused.value) == f"{path} is read-only: changes cannot be saved"
    finally:
        viewer.close()
    # Nothing lost: the file is as it was, the bundle is still there and is received later.
    writer = open_store(path)
    try:
        with writer.read() as s:
            assert s.scalar(select(func.count()).select_from(Annotation)) == notes_before
        assert sync.receive(writer, bundle).summary() == "changed: 1 added"
    finally:
        writer.close()

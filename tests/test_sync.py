"""Sharing notes between laptops: bundles, three-way merge, conflicts, tombstones, tampering."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil
import sqlite3
import uuid as uuidlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sync_support import open_laptops
from sync_support import pair as pair_laptops

from bnldesk.cli import main
from bnldesk.domain.models import (
    Annotation,
    Meeting,
    Setting,
    SyncConflict,
    SyncHistory,
    TargetKind,
    utcnow,
)
from bnldesk.services import sync, sync_trust
from bnldesk.services.annotations import (
    NoteFields,
    Target,
    add_action,
    add_annotation,
    delete_annotation,
    resolve_target,
)
from bnldesk.services.backup import list_backups
from bnldesk.services.meetings import AgendaFields, MeetingFields, add_agenda_item, create_meeting
from bnldesk.store.engine import Store, open_store
from bnldesk.store.fts import register_sql_functions

pytestmark = pytest.mark.both_backends

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _note(store: Store, ref: str, body: str, visibility: str = "delegation") -> str:
    with store.transaction() as s:
        target = resolve_target(s, ref)
        return add_annotation(s, target, NoteFields(body=body, visibility=visibility)).uuid


def _edit(store: Store, note_uuid: str, **changes: object) -> None:
    with store.transaction() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
        assert note is not None
        note.updated_at = utcnow()
        for name, value in changes.items():
            setattr(note, name, value)


def _delete(store: Store, note_uuid: str) -> None:
    with store.transaction() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
        assert note is not None
        delete_annotation(s, note)


def _body(store: Store, note_uuid: str) -> tuple[str, bool]:
    with store.read() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
        assert note is not None
        return note.body, note.deleted_at is not None


def _snapshot(store: Store) -> dict[str, object]:
    with store.read() as s:
        return sync.shared_snapshot(s)


def _exchange(src: Store, dst: Store, folder: Path, name: str) -> sync.ReceiveReport:
    bundle = folder / f"{name}.bnlnotes"
    sync.share(src, bundle)
    return sync.receive(dst, bundle)


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store, Store]]:
    """Three laptops of one delegation, each with its own database (the demo plans)."""
    stores = open_laptops(tmp_path, "abc")
    yield stores[0], stores[1], stores[2]
    for store in stores:
        store.close()


# --------------------------------------------------------------------------------------------
# three laptops
# --------------------------------------------------------------------------------------------

ORDERS = [
    ["ab", "ac", "ba", "ca", "ab", "ac", "bc", "cb"],
    ["ca", "cb", "ba", "bc", "ab", "ac", "ca", "ba", "ab"],
    ["bc", "cb", "ac", "ca", "ab", "ba", "ac", "bc"],
]


@pytest.mark.parametrize("order", ORDERS, ids=["a-first", "c-first", "b-c-first"])
def test_three_laptops_converge(
    laptops: tuple[Store, Store, Store], tmp_path: Path, order: list[str]
) -> None:
    a, b, c = laptops
    by_name = {"a": a, "b": b, "c": c}
    n1 = _note(a, "SENN-CRISE", "Risk report: ask for the timetable")
    n2 = _note(a, "SENN-CRISE", "Check the exercise budget", visibility="shareable")
    n3 = _note(a, "SENN-CRISE", "Old remark, to be dropped")
    private = _note(a, "SENN-CRISE", "My private doubts about the chair", visibility="private")
    with a.transaction() as s:
        m = create_meeting(
            s,
            MeetingFields(
                workgroup="SENN-CRISE", starts_at=dt.datetime(2026, 12, 1, 10), place="Brussel"
            ),
        )
        add_agenda_item(s, m.id, AgendaFields(target="SENN-CRISE", position_text="Support"))
        note = s.scalar(select(Annotation).where(Annotation.uuid == n2))
        assert note is not None
        add_action(s, note, "Ask the ministry for figures", owner="Ann")
        meeting_uuid = m.uuid
    for dst in (b, c):
        _exchange(a, dst, tmp_path, f"first-{dst.path.stem}")

    # Overlapping offline work.
    _edit(b, n1, body="Risk report: B thinks the timetable is fine")
    _edit(c, n1, body="Risk report: C wants a later deadline")  # conflicts with B
    _edit(b, n2, priority=3)  # only B touches n2
    _delete(c, n3)  # a tombstone
    _edit(a, private, body="still private")
    with b.transaction() as s:
        meeting = s.scalar(select(Meeting).where(Meeting.uuid == meeting_uuid))
        assert meeting is not None
        meeting.place = "Den Haag"
        meeting.updated_at = utcnow()
    n4 = _note(c, "SENN-CRISE", "New point from C")

    for step, pair in enumerate(order):
        _exchange(by_name[pair[0]], by_name[pair[1]], tmp_path, f"{step}-{pair}")
    # One more full round so everyone has seen everything.
    for step, (x, y) in enumerate(itertools.permutations("abc", 2)):
        _exchange(by_name[x], by_name[y], tmp_path, f"final-{step}-{x}{y}")

    snaps = [_snapshot(s) for s in (a, b, c)]
    assert snaps[0] == snaps[1] == snaps[2]
    notes = {n["uuid"]: n for n in snaps[0]["annotation"]}  # type: ignore[index]
    assert set(notes) == {n1, n2, n3, n4}  # the private note never left laptop A
    assert notes[n2]["priority"] == 3
    assert notes[n3]["deleted_at"] is not None  # the tombstone travelled
    meetings = snaps[0]["meeting"]  # type: ignore[index]
    assert [m["place"] for m in meetings] == ["Den Haag"]
    # B's and C's versions of n1 both survive: one is the note, the other a listed conflict.
    conflicts = snaps[0]["conflicts"]  # type: ignore[index]
    assert len(conflicts) == 1 and conflicts[0]["record_uuid"] == n1
    texts = {notes[n1]["body"], conflicts[0]["loser_data"]["body"]}
    assert texts == {
        "Risk report: B thinks the timetable is fine",
        "Risk report: C wants a later deadline",
    }
    for store in (a, b, c):
        with store.read() as s:
            views = sync.list_conflicts(s)
        assert len(views) == 1
        assert [f.name for f in views[0].fields] == ["body"]
    assert _body(a, private) == ("still private", False)
    with b.read() as s:
        assert s.scalar(select(Annotation).where(Annotation.uuid == private)) is None


def test_conflict_resolution_travels(laptops: tuple[Store, Store, Store], tmp_path: Path) -> None:
    a, b, _ = laptops
    n = _note(a, "SENN-CRISE", "base text")
    _exchange(a, b, tmp_path, "1")
    _edit(a, n, body="A text", consult="ask Jan")
    _edit(b, n, body="B text", consult="ask Piet")
    _exchange(a, b, tmp_path, "2")
    _exchange(b, a, tmp_path, "3")
    with a.read() as s:
        (view,) = sync.list_conflicts(s)
    assert {f.name for f in view.fields} == {"body", "consult"}
    other = {f.name: f.other for f in view.fields}
    current = {f.name: f.current for f in view.fields}
    # The two sides are the two laptops' edits, each whole (body and consult of one version).
    versions = {("A text", "ask Jan"), ("B text", "ask Piet")}
    assert {(current["body"], current["consult"]), (other["body"], other["consult"])} == versions
    # Field by field: the body of the other version, the consult of the current one.
    with a.transaction() as s:
        sync.resolve_conflict(s, view.uuid, ["body"])
    assert _body(a, n)[0] == other["body"]
    _exchange(a, b, tmp_path, "4")
    _exchange(b, a, tmp_path, "5")
    for store in (a, b):
        with store.read() as s:
            assert sync.list_conflicts(s) == []
            note = s.scalar(select(Annotation).where(Annotation.uuid == n))
            assert note is not None
            assert (note.body, note.consult) == (other["body"], current["consult"])
    assert _snapshot(a) == _snapshot(b)
    # A third laptop that never saw the conflict takes it resolved, noticed when A noticed it.
    c = laptops[2]
    _exchange(a, c, tmp_path, "6")
    with a.read() as s:
        (on_a,) = sync.list_conflicts(s, include_resolved=True)
    with c.read() as s:
        assert sync.list_conflicts(s) == []
        (on_c,) = sync.list_conflicts(s, include_resolved=True)
    assert (on_c.uuid, on_c.resolved, on_c.detected_at) == (on_a.uuid, True, on_a.detected_at)


def test_edit_against_delete_keeps_the_edit(
    laptops: tuple[Store, Store, Store], tmp_path: Path
) -> None:
    a, b, _ = laptops
    n = _note(a, "SENN-CRISE", "will be argued about")
    _exchange(a, b, tmp_path, "1")
    _delete(a, n)
    _edit(b, n, body="B still needs this")
    _exchange(a, b, tmp_path, "2")
    _exchange(b, a, tmp_path, "3")
    assert _snapshot(a) == _snapshot(b)
    with a.read() as s:
        kept = [json.loads(c.loser_data)["body"] for c in s.scalars(select(SyncConflict))]
    body, deleted = _body(a, n)
    assert "B still needs this" in [*kept, body if not deleted else None]


# --------------------------------------------------------------------------------------------
# a bundle's guarantees
# --------------------------------------------------------------------------------------------


def test_same_bundle_twice_changes_nothing(
    laptops: tuple[Store, Store, Store], tmp_path: Path
) -> None:
    a, b, _ = laptops
    _note(a, "SENN-CRISE", "once")
    bundle = tmp_path / "x.bnlnotes"
    sync.share(a, bundle)
    first = sync.receive(b, bundle)
    assert first.count("added") == 1
    with b.read() as s:
        before = (_snapshot(b), s.scalar(select(func.count()).select_from(SyncHistory)))
    backups = list_backups(b.path)
    second = sync.receive(b, bundle)
    assert not second.changed
    with b.read() as s:
        after = (_snapshot(b), s.scalar(select(func.count()).select_from(SyncHistory)))
    assert before == after
    assert list_backups(b.path) == backups


def test_private_notes_never_leave(store: Store, tmp_path: Path) -> None:
    _note(store, "SENN-CRISE", "SECRET-PRIVATE-TEXT", visibility="private")
    with store.transaction() as s:
        note = add_annotation(
            s, resolve_target(s, "SENN-CRISE"), NoteFields(body="x", visibility="private")
        )
        add_action(s, note, "PRIVATE-ACTION")
    _note(store, "SENN-CRISE", "shared text")
    bundle = tmp_path / "p.bnlnotes"
    result = sync.share(store, bundle)
    raw = bundle.read_bytes()
    assert b"SECRET-PRIVATE-TEXT" not in raw and b"PRIVATE-ACTION" not in raw
    assert result.counts["annotation"] == 1 and result.counts["action_item"] == 0


def _small_bundle(store: Store, tmp_path: Path) -> bytes:
    _note(store, "SENN-CRISE", "a short note")
    bundle = tmp_path / "small.bnlnotes"
    sync.share(store, bundle)
    return bundle.read_bytes()


def test_any_changed_byte_is_refused(laptops: tuple[Store, Store, Store], tmp_path: Path) -> None:
    a, b, _ = laptops
    raw = _small_bundle(a, tmp_path)
    assert sync.decode_bundle(raw).records["annotation"]
    for i in range(len(raw)):
        altered = bytearray(raw)
        altered[i] ^= 0x01
        with pytest.raises(sync.BundleError):
            sync.decode_bundle(bytes(altered))
    # And through the real receive: nothing changes in the database.
    before = _snapshot(b)
    altered = bytearray(raw)
    altered[len(raw) // 2] ^= 0x20
    bad = tmp_path / "bad.bnlnotes"
    bad.write_bytes(bytes(altered))
    with pytest.raises(sync.BundleError, match="altered"):
        sync.receive(b, bad)
    assert _snapshot(b) == before


def test_truncated_newer_and_foreign_bundles_are_refused(
    laptops: tuple[Store, Store, Store], tmp_path: Path
) -> None:
    a, b, _ = laptops
    raw = _small_bundle(a, tmp_path)
    before = _snapshot(b)
    for cut in (0, 10, len(raw) // 2, len(raw) - 1):
        with pytest.raises(sync.BundleError):
            sync.decode_bundle(raw[:cut])
    with pytest.raises(sync.BundleError, match="truncated"):
        sync.decode_bundle(raw[: len(raw) // 2])
    newer = raw.replace(b"BNLDESK-NOTES 2\n", b"BNLDESK-NOTES 7\n", 1)
    with pytest.raises(sync.BundleError, match="newer bnldesk"):
        sync.decode_bundle(newer)
    with pytest.raises(sync.BundleError, match="not a bnldesk"):
        sync.decode_bundle(b"PK\x03\x04 something else")

    def rewrite(change: dict[str, object]) -> Path:
        # Signed by laptop A itself: only the manifest makes the bundle foreign.
        payload = json.loads(raw[raw.index(b"\n") + 1 : raw.rindex(b"\nSIGNED ")])
        payload["manifest"] |= change
        with a.transaction() as s:
            key = sync_trust.signing_key(s)
        path = tmp_path / f"foreign-{len(change)}-{next(iter(change))}.bnlnotes"
        path.write_bytes(sync.encode_bundle(payload, key))
        return path

    with b.transaction() as s:
        s.add(Setting(key="delegation", value="NL"))
    with pytest.raises(sync.BundleError, match="BE delegation"):
        sync.receive(b, rewrite({"delegation": "BE"}))
    with pytest.raises(sync.BundleError, match="another plan"):
        sync.receive(b, rewrite({"plans": ["plan:1999"]}))
    assert _snapshot(b) == before
    missing = tmp_path / "nope.bnlnotes"
    with pytest.raises(sync.BundleError, match="does not exist"):
        sync.receive(b, missing)


def test_scope_since_and_workgroup(laptops: tuple[Store, Store, Store], tmp_path: Path) -> None:
    a = laptops[0]
    old = _note(a, "SENN-CRISE", "old note")
    _edit(a, old, updated_at=dt.datetime(2020, 1, 1))
    new = _note(a, "SENN-CRISE", "new note")
    with a.read() as s:
        other_wg = s.scalar(select(Annotation.target_key).where(Annotation.uuid == new))
    assert other_wg == "wg:SENN-CRISE"
    elsewhere = _note(a, "2.1.1", "a note on a section")
    bundle = tmp_path / "since.bnlnotes"
    sync.share(a, bundle, sync.Scope(since=dt.datetime(2024, 1, 1)))
    uuids = {e.record.uuid for e in sync.read_bundle(bundle).records["annotation"]}
    assert uuids == {new, elsewhere}
    sync.share(a, bundle, sync.Scope(workgroup="senn-crise"))
    uuids = {e.record.uuid for e in sync.read_bundle(bundle).records["annotation"]}
    assert uuids == {old, new}
    with pytest.raises(sync.BundleError, match="no workgroup"):
        sync.share(a, bundle, sync.Scope(workgroup="NO-SUCH-GROUP"))


def test_cli_share_and_receive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a_db, b_db = tmp_path / "a.db", tmp_path / "b.db"
    assert (
        main(
            ["--db", str(a_db), "annotate", "SENN-CRISE", "cli note", "--visibility", "delegation"]
        )
        == 0
    )
    codes = {}
    for db in (a_db, b_db):
        assert main(["--db", str(db), "pair"]) == 0
        out = capsys.readouterr().out
        codes[db] = out.split("pairing code: ", 1)[1].split()[0]
    unpaired = tmp_path / "unpaired.bnlnotes"
    assert main(["--db", str(a_db), "share", "--out", str(unpaired)]) == 0
    capsys.readouterr()
    assert main(["--db", str(b_db), "receive", str(unpaired)]) == 1
    err = capsys.readouterr().err
    assert "not paired" in err and codes[a_db] in err and err.count("\n") == 1
    assert main(["--db", str(b_db), "pair", codes[a_db], "--name", "Anna"]) == 0
    assert "paired" in capsys.readouterr().out
    bundle = tmp_path / "cli.bnlnotes"
    assert main(["--db", str(a_db), "share", "--out", str(bundle)]) == 0
    out = capsys.readouterr().out
    assert ": 1 note, 0 meetings" in out and "(private notes stay on this laptop)" in out
    assert (
        main(["--db", str(a_db), "annotate", "SENN-CRISE", "mine", "--visibility", "private"]) == 0
    )
    capsys.readouterr()
    assert main(["--db", str(a_db), "share", "--out", str(tmp_path / "two.bnlnotes")]) == 0
    out = capsys.readouterr().out
    assert ": 1 note, 0 meetings" in out
    assert "; 1 private note left out: private notes stay on this laptop" in out
    assert main(["--db", str(b_db), "receive", str(bundle), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would be added" in out and "cli note" in out
    assert main(["--db", str(b_db), "list", "annotations", "--json"]) == 0
    assert "cli note" not in capsys.readouterr().out
    assert main(["--db", str(b_db), "receive", str(bundle)]) == 0
    assert "1 added" in capsys.readouterr().out
    assert main(["--db", str(b_db), "receive", str(bundle)]) == 0
    assert "nothing to change" in capsys.readouterr().out
    raw = bytearray(bundle.read_bytes())
    raw[40] ^= 1
    bundle.write_bytes(bytes(raw))
    assert main(["--db", str(b_db), "receive", str(bundle)]) == 1
    err = capsys.readouterr().err
    assert "altered" in err and "Traceback" not in err


# --------------------------------------------------------------------------------------------
# property: no edit is ever silently lost
# --------------------------------------------------------------------------------------------

NOTES = 3
op_strategy = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, NOTES - 1)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, NOTES - 1)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("resolve"), st.integers(0, 2), st.booleans()),
)


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_store(path, demo=False).close()
    conn = sqlite3.connect(path)
    register_sql_functions(conn)  # the search index's triggers fold what is written
    # The workgroup the notes are about: a note on an unknown plan object is not received.
    conn.execute(
        "INSERT INTO workgroup (name, code, description, identity_key) "
        "VALUES ('X', 'X', '', 'wg:X')"
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.mark.slow
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(op_strategy, min_size=1, max_size=16))
def test_no_edit_is_silently_lost(
    ops: list[tuple[str, int, int | bool]],
    empty_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("prop")
    stores: list[Store] = []
    for i in range(3):
        path = folder / f"l{i}.db"
        shutil.copy(empty_template, path)
        store = open_store(path, demo=False)
        with store.transaction() as s:
            row = s.get(Setting, "database_id")
            assert row is not None
            row.value = f"laptop-{i}"
        stores.append(store)
    pair_laptops(*stores)
    try:
        target = Target(TargetKind.WORKGROUP, "wg:X", None, "X", None)
        uuids = [str(uuidlib.uuid4()) for _ in range(NOTES)]
        written: set[str] = set()
        overwritten: set[str] = set()  # texts a delegate saw and replaced or deleted
        with stores[0].transaction() as s:
            for n, u in enumerate(uuids):
                add_annotation(
                    s, target, NoteFields(body=f"n{n}-v0", visibility="delegation"), uuid=u
                )
                written.add(f"n{n}-v0")
        for i in (1, 2):
            _exchange(stores[0], stores[i], folder, f"seed-{i}")
        counter = itertools.count(1)
        for step, (op, x, y) in enumerate(ops):
            if op == "sync":
                if x != y:
                    _exchange(stores[x], stores[y], folder, f"op{step}")
                continue
            if op == "resolve":
                # The delegate reads both versions and picks one: neither is lost unseen.
                with stores[x].transaction() as s:
                    views = sync.list_conflicts(s)
                    if views:
                        for f in views[0].fields:
                            if f.name == "body":
                                overwritten.update({str(f.current), str(f.other)})
                        sync.resolve_conflict(s, views[0].uuid, ["body"] if y else [])
                continue
            assert isinstance(y, int)
            body, deleted = _body(stores[x], uuids[y])
            if deleted:
                continue
            overwritten.add(body)
            if op == "edit":
                text = f"n{y}-v{next(counter)}-by{x}"
                written.add(text)
                _edit(stores[x], uuids[y], body=text)
            else:
                _delete(stores[x], uuids[y])
        for _ in range(2):
            for x, y in itertools.permutations(range(3), 2):
                _exchange(stores[x], stores[y], folder, f"end-{x}{y}")
        snaps = [_snapshot(s) for s in stores]
        assert snaps[0] == snaps[1] == snaps[2]
        for store in stores:
            with store.read() as s:
                visible = {
                    n.body for n in s.scalars(select(Annotation)) if n.deleted_at is None
                } | {json.loads(c.loser_data)["body"] for c in s.scalars(select(SyncConflict))}
            lost = written - visible - overwritten
            assert not lost, f"silently lost: {lost}"
    finally:
        for store in stores:
            store.close()


# --------------------------------------------------------------------------------------------
# Two editors on one database: the later save is kept as a conflict (sync.keep_as_conflict)
# --------------------------------------------------------------------------------------------


def test_a_late_save_over_a_note_changed_since_is_kept_as_a_conflict(store: Store) -> None:
    from bnldesk.services.note_edits import save_note

    with store.transaction() as s:
        note = add_annotation(
            s, resolve_target(s, "SENN-CRISE"), NoteFields(body="first", visibility="delegation")
        )
        note_id, note_uuid = note.id, note.uuid
    shown = NoteFields(body="first", visibility="delegation")
    with store.transaction() as s:  # one editor saves over the note it showed
        saved = save_note(
            s, note_id, NoteFields(body="Anna 1", visibility="delegation"), expected=shown
        )
    assert (saved.saved, saved.conflict) == (True, False)
    with store.transaction() as s:  # the other still shows "first"
        late = save_note(
            s, note_id, NoteFields(body="Bram, late", visibility="delegation"), expected=shown
        )
    assert (late.saved, late.conflict) == (False, True)
    with store.read() as s:
        assert s.get_one(Annotation, note_id).body == "Anna 1"
        (conflict,) = sync.list_conflicts(s)
    assert (conflict.kind, conflict.record_uuid) == ("annotation", note_uuid)
    assert conflict.fields == [sync.FieldDiff("body", "Anna 1", "Bram, late")]
    # Resolved by taking the late text: a new edit made knowing both, with a new time.
    with store.read() as s:
        saved_at = s.get_one(Annotation, note_id).updated_at
    with (
        store.transaction() as s,
        pytest.raises(sync.ConflictError, match=r"^unknown field\(s\): colour, size$"),
    ):
        sync.resolve_conflict(s, conflict.uuid, ["body", "size", "colour"])
    with store.transaction() as s:
        sync.resolve_conflict(s, conflict.uuid, ["body"])
    with store.read() as s:
        resolved = s.get_one(Annotation, note_id)
        assert resolved.body == "Bram, late"
        assert resolved.updated_at != saved_at
        assert sync.list_conflicts(s) == []


def test_an_action_received_on_a_note_made_private_here_is_refused(
    laptops: tuple[Store, Store, Store], tmp_path: Path
) -> None:
    a, b, _ = laptops
    n = _note(a, "SENN-CRISE", "shared at first")
    _exchange(a, b, tmp_path, "1")
    _edit(a, n, visibility="private")  # A keeps the note to itself from now on
    with b.transaction() as s:  # B, not knowing, adds an action to its copy
        note = s.scalars(select(Annotation).where(Annotation.uuid == n)).one()
        add_action(s, note, "Bel de voorzitter")
    report = _exchange(b, a, tmp_path, "2")
    refused = [(c.kind, c.label.rsplit(" (", 1)[-1]) for c in report.refused]
    assert refused == [
        ("annotation", "private on this laptop)"),
        ("action_item", "on a private note)"),
    ]
    with a.read() as s:
        assert s.scalars(select(Annotation).where(Annotation.uuid == n)).one().actions == []

"""The delegation server: migrations on both databases, server set-up, roles and privacy through
SQL, concurrent edits, many writers at once, and laptops syncing through the server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError

from bnldesk.domain.models import Annotation, Setting, SyncConflict, Workgroup
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store import migrations
from bnldesk.store.backend import ServerAddress, parse_location
from bnldesk.store.engine import Store, open_store
from bnldesk.store.errors import (
    ConcurrentEditError,
    DatabaseReadOnlyError,
    ServerPermissionError,
    ServerSchemaError,
    ServerUnreachableError,
)
from bnldesk.store.search import search
from bnldesk.store.server_admin import add_delegate, init_server


def _released_revisions() -> list[str]:
    """Every revision before the head, oldest first (read from db/versions)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.alembic_config())
    found = [r.revision for r in script.walk_revisions() if r.revision != script.get_current_head()]
    return sorted(found)


REVISIONS = _released_revisions()


def _address(pg_server: Any, name: str) -> ServerAddress:
    address = parse_location(pg_server.admin_url(name))
    assert isinstance(address, ServerAddress)
    return address


@pytest.fixture
def blank_database(pg_server: Any) -> Iterator[Callable[[str], ServerAddress]]:
    """``make(name)``: a new, empty server database (no schema), dropped afterwards."""
    made: list[str] = []

    def make(name: str) -> ServerAddress:
        name = f"{name}_{os.getpid()}"
        pg_server.drop_database(name)
        pg_server.create_database(name)
        made.append(name)
        return _address(pg_server, name)

    yield make
    for name in made:
        pg_server.drop_database(name)


def _engine(location: Path | ServerAddress) -> Any:
    if isinstance(location, Path):
        return create_engine(f"sqlite:///{location}")
    return create_engine(location.url)


# ------------------------------------------------------------------------------------------
# migrations: every released revision upgrades with its data, on both databases
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("revision", REVISIONS)
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_every_released_revision_upgrades_with_its_data(
    backend: str,
    revision: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    location: Path | ServerAddress
    if backend == "sqlite":
        location = tmp_path / "old.db"
    else:
        location = request.getfixturevalue("blank_database")(f"upgrade_{revision}")
    engine = _engine(location)
    try:
        migrations.upgrade(engine, revision)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO workgroup (name, code, description, identity_key) "
                    "VALUES ('Werkgroep Energie-efficiëntie', 'ENER-EFF', '', 'wg:ENER-EFF')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO annotation (uuid, created_at, updated_at, target_kind, "
                    "target_key, target_label, body, priority, status, position_text, "
                    "position_state, consult, visibility, author, delegation) VALUES "
                    "('8d3f4a52-5d0e-4b53-9a57-0f3c1e2d7b41', '2025-01-01 10:00:00', "
                    "'2025-01-01 10:00:00', 'workgroup', 'wg:ENER-EFF', 'ENER-EFF', "
                    "'oude nota', 0, 'open', '', 'none', '', 'shareable', 'An', 'NL')"
                )
            )
    finally:
        engine.dispose()
    if isinstance(location, ServerAddress):
        init_server(location)
    store = open_store(location, demo=False)
    try:
        with store.read() as s:
            assert migrations.current_revision(s.connection()) == migrations.head_revision()
            note = s.scalars(select(Annotation)).one()
            assert (note.body, note.version) == ("oude nota", 1)
            hits = search(s, "efficientie")
            assert [(h.kind, h.title) for h in hits] == [
                ("workgroup", "Werkgroep Energie-efficiëntie")
            ]
            assert [h.title for h in search(s, "nota")] == ["ENER-EFF"]
    finally:
        store.close()


def test_a_migration_the_server_refuses_midway_names_the_server_and_keeps_its_version(
    blank_database: Callable[[str], ServerAddress], pg_server: Any
) -> None:
    """The update's one-line message says which server database refused it (a delegate may
    hold several), and the database stays at its version with its data."""
    address = blank_database("upgrade_refused")
    engine = create_engine(address.url)
    try:
        migrations.upgrade(engine, "0009")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO workgroup (name, code, description, identity_key) "
                    "VALUES ('Werkgroep Energie', 'ENER', '', 'wg:ENER')"
                )
            )
    finally:
        engine.dispose()
    # Reading still works (the current version is read first); the first change is refused.
    pg_server.psql(f'ALTER DATABASE "{address.database}" SET default_transaction_read_only = on')
    engine = create_engine(address.url)
    try:
        with pytest.raises(DatabaseReadOnlyError) as raised:
            migrations.upgrade(engine)
        with engine.connect() as conn:
            assert migrations.current_revision(conn) == "0009"
            assert conn.execute(text("SELECT name FROM workgroup")).scalars().all() == [
                "Werkgroep Energie"
            ]
    finally:
        engine.dispose()
    message = str(raised.value)
    assert re.fullmatch(
        rf"postgresql://\S*/{address.database}\S* is read-only: "
        "the server accepts no changes at the moment",
        message,
    ), message


def test_a_delegate_cannot_open_a_server_without_its_schema(
    blank_database: Callable[[str], ServerAddress],
) -> None:
    address = blank_database("no_schema")
    with pytest.raises(ServerSchemaError, match=r"has no bnldesk tables yet.*server init"):
        open_store(address)


def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    address = parse_location("postgresql://anna@127.0.0.1:1/bnldesk?connect_timeout=3")
    with pytest.raises(ServerUnreachableError) as raised:
        open_store(address)
    assert "cannot reach the database server postgresql://anna@127.0.0.1:1/bnldesk" in str(
        raised.value
    )
    assert "\n" not in str(raised.value)


def test_the_urls_sslmode_reaches_the_driver(pg_server: Any) -> None:
    # The test server has no certificate: a URL that requires TLS must not connect without.
    url = pg_server.url("bnldesk_admin", "postgres").replace("sslmode=disable", "sslmode=require")
    with pytest.raises(ServerUnreachableError) as raised:
        open_store(url)
    assert "sslmode=require" in str(raised.value)


def test_a_server_schema_older_or_newer_than_this_bnldesk_is_refused_as_it_is(
    pg_server: Any, pg_database: Callable[[bool], Any]
) -> None:
    from bnldesk.store.errors import NewerSchemaError

    address = pg_database(False)
    for revision, error, said in (
        ("0004", ServerSchemaError, "has an older bnldesk schema (version 0004)"),
        ("9999", NewerSchemaError, "written by a newer version of bnldesk"),
    ):
        pg_server.psql(f"UPDATE alembic_version SET version_num = '{revision}'", address.database)
        with pytest.raises(error, match=re.escape(said)):
            open_store(address)
        assert pg_server.psql("SELECT version_num FROM alembic_version", address.database) == (
            revision
        )


def test_server_init_twice_changes_nothing_and_keeps_data(
    blank_database: Callable[[str], ServerAddress],
) -> None:
    address = blank_database("twice")
    first = init_server(address, demo=True)
    assert "loaded the demo plans" in first.steps
    again = init_server(address, demo=True)
    assert again.revision_before == again.revision_after == migrations.head_revision()
    assert "loaded the demo plans" not in again.steps
    store = open_store(address)
    try:
        with store.read() as s:
            assert s.scalar(select(Workgroup).where(Workgroup.code == "SENN-CRISE")) is not None
    finally:
        store.close()


# ------------------------------------------------------------------------------------------
# many users: roles, private notes, server-set author and times, concurrent edits
# ------------------------------------------------------------------------------------------


def _note(store: Store, body: str, visibility: str) -> int:
    with store.transaction() as s:
        note = add_annotation(
            s, resolve_target(s, "SENN-CRISE"), NoteFields(body=body, visibility=visibility)
        )
        return note.id


def test_private_notes_are_their_authors_alone_through_sql(delegates: dict[str, Store]) -> None:
    anna, bram = delegates["anna"], delegates["bram"]
    private = _note(anna, "Anna's private thoughts about the budget", "private")
    shared = _note(anna, "Anna shares the agenda", "delegation")
    with bram.engine.connect() as conn:
        visible = conn.execute(text("SELECT id FROM annotation ORDER BY id")).scalars().all()
        assert visible == [shared]
        # No word of it where Bram may read: the shared index, his own private entries.
        for entries in ("search_document", "bnldesk_private_entries(NULL)"):
            assert (
                conn.execute(
                    text(
                        f"SELECT count(*) FROM {entries} WHERE document @@ CAST('thoughts' AS tsquery)"
                    )
                ).scalar_one()
                == 0
            )
        changed = conn.execute(
            text("UPDATE annotation SET body = 'taken over' WHERE id = :id"), {"id": private}
        )
        assert changed.rowcount == 0
        assert (
            conn.execute(text("DELETE FROM annotation WHERE id = :id"), {"id": private}).rowcount
            == 0
        )
        conn.commit()
    with bram.read() as s:
        assert [h.obj_id for h in search(s, "private thoughts")] == []
        assert [h.obj_id for h in search(s, "agenda") if h.kind == "annotation"] == [shared]
    with anna.read() as s:  # her own private note is found by her
        assert [h.obj_id for h in search(s, "private thoughts")] == [private]
    # Bram cannot plant a private note as Anna's: the server sets the owner.
    with bram.engine.connect() as conn:
        conn.execute(
            text(
                "INSERT INTO annotation (uuid, created_at, updated_at, target_kind, target_key, "
                "target_label, body, priority, status, position_text, position_state, consult, "
                "visibility, author, delegation, owner) VALUES ('1d3f4a52-5d0e-4b53-9a57-"
                "0f3c1e2d7b41', now(), now(), 'workgroup', 'wg:SENN-CRISE', 'x', 'forged', 0, "
                "'open', '', 'none', '', 'private', 'anna', '', 'anna')"
            )
        )
        conn.commit()
    with anna.engine.connect() as conn:
        rows = conn.execute(text("SELECT body, owner, author FROM annotation ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [
        ("Anna's private thoughts about the budget", "anna", "anna"),
        ("Anna shares the agenda", "anna", "anna"),
    ]
    # Making another delegate's shared note private is refused by the policy.
    with pytest.raises(ServerPermissionError), bram.transaction() as s:
        s.get_one(Annotation, shared).visibility = "private"  # type: ignore[assignment]


def _refused(store: Store, statement: str) -> None:
    """``statement`` fails for lack of rights (SQLSTATE 42501), through plain SQL."""
    with store.engine.connect() as conn, pytest.raises(DBAPIError) as raised:
        conn.execute(text(statement))
    assert getattr(raised.value.orig, "sqlstate", None) == "42501", statement


def test_a_private_notes_tags_search_entries_and_the_signing_key_are_no_delegates_business(
    delegates: dict[str, Store],
) -> None:
    anna, bram, admin = delegates["anna"], delegates["bram"], delegates["admin"]
    with anna.transaction() as s:
        note = add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="Over de fusie", tags=["fusie-geheim", "budget"], visibility="private"),
        )
        private_rowid = 7 * 2**32 + note.id
        note_uuid = note.uuid
    with admin.transaction() as s:
        s.merge(Setting(key="sync_signing_key", value="00" * 32))
    # Rows of imported sheets (hashes of each row's cells): Anna's own, and one of a note
    # that no longer exists, which everyone may see as before.
    for store, uuid_ in ((anna, note_uuid), (admin, "9c1f5f7e-0000-4000-8000-000000000000")):
        with store.transaction() as s:
            s.execute(
                text(
                    "INSERT INTO sheet_row (sheet_key, row_key, row_number, note_uuid, baseline, "
                    "imported_at) VALUES ('export-1', :row, 2, :uuid, 'hashes', now())"
                ),
                {"row": uuid_[:8], "uuid": uuid_},
            )
    with anna.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sheet_row")).scalar_one() == 2
    with bram.engine.connect() as conn:
        rows = conn.execute(text("SELECT note_uuid FROM sheet_row")).scalars().all()
        assert rows == ["9c1f5f7e-0000-4000-8000-000000000000"]
    with bram.engine.connect() as conn:
        # A tag first given to a private note tells no one else it exists.
        assert conn.execute(text("SELECT name FROM tag")).scalars().all() == []
        # Nor does the signing key (anyone holding it could sign bundles as this server).
        keys = conn.execute(text("SELECT key FROM setting")).scalars().all()
        assert "database_id" in keys and "sync_signing_key" not in keys
        # bnldesk's own functions file nothing of Anna's for him.
        filed = conn.execute(
            text("SELECT bnldesk_search_store(ARRAY[:r], ARRAY['x'], ARRAY['x'])"),
            {"r": private_rowid},
        ).scalar_one()
        assert filed == 0
        assert (
            conn.execute(text("SELECT count(*) FROM bnldesk_private_entries(NULL)")).scalar_one()
            == 0
        )
    with admin.transaction() as s:  # a tag her note does not carry
        tag_id = s.execute(text("SELECT bnldesk_tag('los')")).scalar_one()
    for statement in (
        "SELECT count(*) FROM search_private",
        "SELECT count(*) FROM search_pending",
        "INSERT INTO search_document VALUES (1, '', '')",
        "UPDATE search_document SET document = ''",
        "DELETE FROM search_document",
        "INSERT INTO tag (name) VALUES ('planted')",
        "UPDATE setting SET value = 'x' WHERE key = 'sync_signing_key'",
        "INSERT INTO setting (key, value) VALUES ('sync_signing_key', 'x')",
        # Nor can he tag her private note, or write its actions.
        f"INSERT INTO annotation_tag (annotation_id, tag_id) VALUES ({note.id}, {tag_id})",
        f"INSERT INTO action_item (uuid, created_at, updated_at, annotation_id, title, owner, "
        f"status) VALUES ('0b9d0c3e-7c55-4a36-8d0e-3f1b6c2a9e11', now(), now(), {note.id}, "
        "'planted', '', 'open')",
    ):
        if statement.startswith("UPDATE setting"):
            with bram.engine.connect() as conn:  # the row is not there for him to change
                assert conn.execute(text(statement)).rowcount == 0
            continue
        _refused(bram, statement)
    # Bram uses a tag of that name himself: the same tag, seen from now on by whoever sees
    # his note; Anna's other tag stays hers.
    with bram.transaction() as s:
        add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="Begroting", tags=["budget"], visibility="delegation"),
        )
    with bram.engine.connect() as conn:
        # ("los", on no note, is anyone's; "fusie-geheim" stays Anna's.)
        names = conn.execute(text("SELECT name FROM tag ORDER BY name")).scalars().all()
        assert names == ["budget", "los"]
    with admin.read() as s:
        assert s.execute(text("SELECT count(*) FROM tag WHERE name = 'budget'")).scalar_one() == 1
    with anna.read() as s:
        assert [h.obj_id for h in search(s, "fusie tag:fusie-geheim")] == [note.id]
    with bram.read() as s:
        assert search(s, "fusie") == [] and search(s, "tag:fusie-geheim") == []


def test_author_and_times_come_from_the_server(delegates: dict[str, Store]) -> None:
    anna = delegates["anna"]
    with anna.transaction() as s:
        note = add_annotation(
            s, resolve_target(s, "SENN-CRISE"), NoteFields(body="x"), author="Someone Else"
        )
        note.created_at = note.updated_at = note.created_at.replace(year=1999)
        note_id = note.id
    with anna.read() as s:
        stored = s.get_one(Annotation, note_id)
        server_now = s.scalar(text("SELECT (now() AT TIME ZONE 'UTC')::timestamp"))
        assert stored.author == "anna"
        assert stored.created_at.year == server_now.year
        assert abs((server_now - stored.updated_at).total_seconds()) < 3600


def test_concurrent_edits_to_one_note_are_detected_not_overwritten(
    delegates: dict[str, Store],
) -> None:
    anna, bram = delegates["anna"], delegates["bram"]
    shared = _note(anna, "first version", "delegation")
    anna_session = anna.session()
    try:
        mine = anna_session.get_one(Annotation, shared)  # Anna reads version 1
        with bram.transaction() as s:
            s.get_one(Annotation, shared).body = "Bram's version"  # saved: version 2
        mine.body = "Anna's version, written from version 1"
        with pytest.raises(Exception) as raised:
            anna_session.commit()
        assert type(raised.value).__name__ == "StaleDataError"
    finally:
        anna_session.close()
    with anna.read() as s:
        assert s.get_one(Annotation, shared).body == "Bram's version"


def test_a_stale_edit_through_the_store_is_one_line(delegates: dict[str, Store]) -> None:
    anna = delegates["anna"]
    shared = _note(anna, "first version", "delegation")
    with pytest.raises(ConcurrentEditError, match="at the same moment"), anna.transaction() as s:
        note = s.get_one(Annotation, shared)
        with delegates["bram"].transaction() as other:
            other.get_one(Annotation, shared).body = "Bram was quicker"
        note.body = "Anna's late change"


def test_save_with_a_known_version_keeps_both_as_a_conflict(delegates: dict[str, Store]) -> None:
    from bnldesk.services.note_edits import save_note

    anna, bram = delegates["anna"], delegates["bram"]
    shared = _note(anna, "first version", "delegation")
    with bram.transaction() as s:
        first = save_note(s, shared, NoteFields(body="Bram's text", visibility="delegation"), 1)
        assert first.saved and not first.conflict
    with anna.transaction() as s:
        late = save_note(s, shared, NoteFields(body="Anna's text", visibility="delegation"), 1)
    assert late.conflict and not late.saved
    with anna.read() as s:
        note = s.get_one(Annotation, shared)
        assert (note.body, note.version) == ("Bram's text", 2)
        conflict = s.scalars(select(SyncConflict)).one()
        assert "Anna's text" in conflict.loser_data


def test_an_editor_saves_only_over_the_note_it_showed(delegates: dict[str, Store]) -> None:
    from bnldesk.services.note_edits import save_note

    anna, bram = delegates["anna"], delegates["bram"]
    shared = _note(anna, "first version", "delegation")
    shown = NoteFields(body="first version", visibility="delegation")
    with anna.transaction() as s:  # Anna's editor: nobody changed it, saved
        assert save_note(s, shared, replace_body(shown, "Anna 1"), expected=shown).saved
    with bram.transaction() as s:  # Bram's editor still shows the first version
        late = save_note(s, shared, replace_body(shown, "Bram, late"), expected=shown)
    assert late.conflict
    with bram.read() as s:
        assert s.get_one(Annotation, shared).body == "Anna 1"
        assert "Bram, late" in s.scalars(select(SyncConflict)).one().loser_data


def replace_body(fields: NoteFields, body: str) -> NoteFields:
    import dataclasses

    return dataclasses.replace(fields, body=body)


# ------------------------------------------------------------------------------------------
# ten processes at once
# ------------------------------------------------------------------------------------------

_WRITER = textwrap.dedent(
    """
    import sys
    from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
    from bnldesk.store.engine import open_store
    url, number = sys.argv[1], int(sys.argv[2])
    store = open_store(url)
    for batch in range(100):
        with store.transaction() as s:
            target = resolve_target(s, "SENN-CRISE")
            for i in range(10):
                # Every writer creates the same new tags at about the same moment.
                tags = ["load", f"writer-{number}", f"batch-{batch}"] if i == 0 else []
                add_annotation(
                    s,
                    target,
                    NoteFields(
                        body=f"writer {number} note {batch * 10 + i}",
                        tags=tags,
                        visibility="delegation",
                    ),
                )
    store.close()
    print("done", number)
    """
)


@pytest.mark.slow
def test_ten_processes_writing_a_thousand_notes_each(
    pg_server: Any, pg_database: Callable[[bool], Any], tmp_path: Path
) -> None:
    admin = pg_database(True)
    add_delegate(admin, "writer", "writer-secret")
    url = pg_server.url("writer", admin.database, password="writer-secret")
    script = tmp_path / "writer.py"
    script.write_text(_WRITER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    writers = [
        subprocess.Popen(
            [sys.executable, str(script), url, str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(10)
    ]
    results = [w.communicate(timeout=900) for w in writers]
    for writer, (out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err[-2000:]
        assert out.startswith("done"), out
        assert err.strip() == "", err[-2000:]
    store = open_store(admin)
    try:
        with store.read() as s:
            assert s.scalar(text("SELECT count(*) FROM annotation")) == 10_000
            per_writer = s.execute(
                text(
                    "SELECT t.name, count(*) FROM annotation_tag at JOIN tag t ON t.id = at.tag_id "
                    "WHERE t.name LIKE 'writer-%' GROUP BY t.name ORDER BY t.name"
                )
            ).all()
            assert [count for _name, count in per_writer] == [100] * 10
            assert s.scalar(text("SELECT count(*) FROM tag WHERE name = 'load'")) == 1
            assert s.scalar(text("SELECT count(*) FROM tag WHERE name LIKE 'batch-%'")) == 100
            bodies = s.execute(text("SELECT count(DISTINCT body) FROM annotation")).scalar_one()
            assert bodies == 10_000
            notes = 7 * 2**32  # the rowid range of notes in the search index
            assert (
                s.scalar(text(f"SELECT count(*) FROM search_document WHERE rowid >= {notes}"))
                == 10_000
            )
            found = search(s, '"writer 7 note 999"', kinds=("annotation",))
            assert [h.title for h in found] == [
                "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
            ]
    finally:
        store.close()


# ------------------------------------------------------------------------------------------
# laptops syncing through the server
# ------------------------------------------------------------------------------------------


@pytest.fixture
def office(
    pg_database: Callable[[bool], Any], tmp_path: Path
) -> Iterator[tuple[Store, list[Store]]]:
    from sync_support import open_laptops

    server = open_store(pg_database(True))
    laptops = open_laptops(tmp_path, "abc")
    yield server, laptops
    for store in [server, *laptops]:
        store.close()


def _sync(laptop: Store, server: Store) -> Any:
    from bnldesk.services.sync_server import sync_with_server

    return sync_with_server(laptop, server)


def _snapshot(store: Store) -> Any:
    from bnldesk.services.sync import shared_snapshot

    with store.read() as s:
        return shared_snapshot(s)


@pytest.mark.parametrize("order", ["abc", "cba", "bca"])
def test_three_laptops_syncing_in_any_order_converge(
    office: tuple[Store, list[Store]], order: str
) -> None:
    from bnldesk.services.annotations import delete_annotation
    from bnldesk.services.meetings import MeetingFields, create_meeting

    server, laptops = office
    by_name = dict(zip("abc", laptops, strict=True))
    # Offline work on each laptop, including a private note that must stay where it is.
    shared = _note(by_name["a"], "Standpunt NL: steunen", "delegation")
    _note(by_name["a"], "privé: alleen voor mij", "private")
    _note(by_name["b"], "BE wil uitstel", "shareable")
    with by_name["c"].transaction() as s:
        create_meeting(s, MeetingFields(title="SENN-CRISE plenair", workgroup="SENN-CRISE"))
    _sync(by_name["a"], server)
    for name in order:
        _sync(by_name[name], server)
    # Two laptops change the same note while offline: both versions are kept.
    for name, body in (("b", "B's change"), ("c", "C's change")):
        with by_name[name].transaction() as s:
            note = s.scalars(
                select(Annotation).where(Annotation.body == "Standpunt NL: steunen")
            ).one()
            note.body = body
            note.updated_at = note.updated_at.replace(microsecond=0)
    with by_name["a"].transaction() as s:
        gone = s.scalars(select(Annotation).where(Annotation.id == shared)).one()
        gone.visibility = gone.visibility  # unchanged; A deletes another note below
        other = s.scalars(select(Annotation).where(Annotation.body == "BE wil uitstel")).first()
        if other is not None:
            delete_annotation(s, other)
    for _round in range(2):
        for name in order:
            _sync(by_name[name], server)
    snapshots = [_snapshot(store) for store in laptops]
    assert snapshots[0] == snapshots[1] == snapshots[2]
    assert _snapshot(server) == snapshots[0]
    notes = {n["body"]: n for n in snapshots[0]["annotation"]}
    assert "privé: alleen voor mij" not in notes
    assert len(snapshots[0]["conflicts"]) == 1
    assert {"B's change", "C's change"} & set(notes)
    assert len(snapshots[0]["meeting"]) == 1
    with server.read() as s:
        assert (
            s.scalar(select(Annotation).where(Annotation.body == "privé: alleen voor mij")) is None
        )


def test_sync_resumes_after_a_dropped_connection(
    office: tuple[Store, list[Store]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bnldesk.services import sync_server

    server, laptops = office
    laptop = laptops[0]
    with laptop.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        for i in range(12):
            add_annotation(s, target, NoteFields(body=f"note {i}", visibility="delegation"))
    monkeypatch.setattr(sync_server, "BATCH", 5)
    merged = sync_server.merge_record
    calls = {"n": 0}

    def drop_after_seven(session: Any, kind: str, entry: Any, report: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 8 and session.get_bind().dialect.name == "postgresql":
            # The connection goes away mid-batch (as when the network does).
            session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
        merged(session, kind, entry, report)

    monkeypatch.setattr(sync_server, "merge_record", drop_after_seven)
    with pytest.raises(ServerUnreachableError):
        _sync(laptop, server)
    with server.read() as s:
        assert s.scalar(text("SELECT count(*) FROM annotation")) == 5  # the first batch
    monkeypatch.setattr(sync_server, "merge_record", merged)
    report = _sync(laptop, server)
    assert report.pushed.count("added") == 7
    assert _snapshot(server) == _snapshot(laptop)


def test_the_server_set_ups_database_id_differs_from_laptops(
    office: tuple[Store, list[Store]],
) -> None:
    server, laptops = office
    with server.read() as s:
        server_id = s.get_one(Setting, "database_id").value
    assert server_id not in {laptop.database_id() for laptop in laptops}


# ------------------------------------------------------------------------------------------
# the command line, as an administrator and a delegate use it
# ------------------------------------------------------------------------------------------


def test_command_line_server_init_delegate_check_and_sync(
    pg_server: Any,
    blank_database: Callable[[str], ServerAddress],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from bnldesk.cli import main

    admin = blank_database("cli")
    assert main(["server", "init", pg_server.admin_url(admin.database), "--demo"]) == 0
    assert "loaded the demo plans" in capsys.readouterr().out
    monkeypatch.setenv("BNLDESK_NEW_PASSWORD", "cora-secret")
    assert main(["server", "add-delegate", pg_server.admin_url(admin.database), "cora"]) == 0
    capsys.readouterr()
    url = pg_server.url("cora", admin.database)  # no password in the URL

    # No password anywhere and no terminal: one line saying where it may come from.
    monkeypatch.delenv("PGPASSWORD", raising=False)
    assert main(["--db", url, "list", "plans"]) == 1
    err = capsys.readouterr().err.strip()
    assert "needs a password: set PGPASSWORD, put it in ~/.pgpass" in err and "\n" not in err
    # ~/.pgpass (HOME is a temporary folder in the tests), read by libpq itself.
    pgpass = Path.home() / ".pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_server.port}:{admin.database}:cora:cora-secret\n")
    pgpass.chmod(0o600)
    assert main(["--db", url, "check"]) == 0
    out = capsys.readouterr().out
    for line in ("schema: ok", "read every table: ok", "search index: ok"):
        assert line in out
    pgpass.unlink()
    monkeypatch.setenv("PGPASSWORD", "wrong")
    assert main(["--db", url, "list", "plans"]) == 1
    assert "refused the user name or password" in capsys.readouterr().err
    monkeypatch.setenv("PGPASSWORD", "cora-secret")

    laptop = str(tmp_path / "laptop.db")
    for text_, visibility in (("Gedeeld standpunt", "delegation"), ("Alleen voor mij", "private")):
        assert (
            main(["--db", laptop, "annotate", "SENN-CRISE", text_, "--visibility", visibility]) == 0
        )
    capsys.readouterr()
    assert main(["--db", laptop, "sync", "--server", url, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [c["action"] for c in report["pushed"]] == ["added"]
    assert main(["--db", url, "list", "annotations", "--json"]) == 0
    on_server = json.loads(capsys.readouterr().out)
    assert [n["body"] for n in on_server] == ["Gedeeld standpunt"]  # the private one stayed
    # File-only features say so.
    assert main(["--db", url, "backup"]) == 1
    assert "applies to SQLite database files" in capsys.readouterr().err


def test_a_delegates_own_notes_sheet_round_trips_and_its_rows_stay_hers(
    delegates: dict[str, Store], tmp_path: Path
) -> None:
    """Anna exports her notes, adds a private note in the sheet and imports it twice: one note,
    remembered by its sheet row, which Bram can neither read nor find."""
    from sheet_support import apply_sheet, edit_sheet, export_notes, plan_sheet

    anna, bram = delegates["anna"], delegates["bram"]
    _note(anna, "Anna's shared note", "delegation")
    path = tmp_path / "anna.xlsx"
    export_notes(anna, path)
    new_row = {"Target": "SENN-CRISE", "Text": "Geheim punt uit Excel", "Visibility": "private"}
    edit_sheet(path, {}, [new_row])
    apply_sheet(anna, path)
    again = plan_sheet(anna, path)
    assert not again.new and not again.updates  # the row is recognised, not made twice
    with anna.engine.connect() as conn:
        bodies = conn.execute(text("SELECT body, visibility FROM annotation ORDER BY id")).all()
        assert [tuple(b) for b in bodies] == [
            ("Anna's shared note", "delegation"),
            ("Geheim punt uit Excel", "private"),
        ]
        assert conn.execute(text("SELECT count(*) FROM sheet_row")).scalar_one() == 1
    with bram.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sheet_row")).scalar_one() == 0
    with bram.read() as s:
        assert search(s, "geheim") == []


def test_the_note_editors_write_keeps_a_late_edit_as_a_conflict(
    delegates: dict[str, Store],
) -> None:
    """The write the note editor and its undo run (ui/notes/writes.py) on a server."""
    from bnldesk.domain.op_changes import NoteTarget
    from bnldesk.ui.notes.writes import write_note_fields

    anna, bram = delegates["anna"], delegates["bram"]
    shared = _note(anna, "first version", "delegation")
    shown = NoteFields(body="first version", visibility="delegation")
    target = NoteTarget("workgroup", "wg:SENN-CRISE")
    with anna.transaction() as s:
        write_note_fields(
            s, shared, target, replace_body(shown, "Anna 1"), tags=False, expected=shown
        )
    with bram.transaction() as s:  # his editor still shows the first version
        write_note_fields(
            s, shared, target, replace_body(shown, "Bram, late"), tags=False, expected=shown
        )
    with anna.read() as s:
        assert s.get_one(Annotation, shared).body == "Anna 1"
        (conflict,) = s.scalars(select(SyncConflict)).all()
        assert "Bram, late" in conflict.loser_data


def test_command_line_server_commands_in_french(
    pg_server: Any,
    blank_database: Callable[[str], ServerAddress],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Stop 26: `server init`, `server add-delegate`, `check` on a server and `sync --server`
    said their lines in English under LANG=fr_BE.UTF-8 (the steps of `server init` are the
    administrator's log, left as they are)."""
    from bnldesk.cli import main

    monkeypatch.setenv("BNLDESK_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    admin = blank_database("cli_fr")
    assert main(["server", "init", pg_server.admin_url(admin.database), "--demo"]) == 0
    said = capsys.readouterr().out.splitlines()[-1] + "\n"  # after the steps' log: our line
    monkeypatch.setenv("BNLDESK_NEW_PASSWORD", "cora-secret")
    assert main(["server", "add-delegate", pg_server.admin_url(admin.database), "cora"]) == 0
    said += capsys.readouterr().out
    monkeypatch.setenv("PGPASSWORD", "cora-secret")
    url = pg_server.url("cora", admin.database)
    assert main(["--db", url, "check"]) == 0
    said += capsys.readouterr().out
    laptop = str(tmp_path / "laptop.db")
    assert (
        main(["--db", laptop, "annotate", "SENN-CRISE", "Gedeeld", "--visibility", "delegation"])
        == 0
    )
    capsys.readouterr()
    assert main(["--db", laptop, "sync", "--server", url]) == 0
    output = said + capsys.readouterr().out
    english = ("is ready", "give each delegate", "may now connect", ": ok", "here ",
               "server  ", "this laptop", "the server:", "added")  # fmt: skip
    assert [phrase for phrase in english if phrase in output] == [], output
    for french in ("est prêt", "peut maintenant se connecter", "schema: en ordre", "serveur "):
        assert french in output, (french, output)
    assert "Le serveur — 1 ajouté." in output, output

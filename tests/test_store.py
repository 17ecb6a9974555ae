"""The store: migrations, constraints, persistence, soft delete, search and integrity checks."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import IntegrityError

from bnldesk.domain.document import (
    DocChapter,
    DocItem,
    DocSection,
    DocWorkgroup,
    PlanDocument,
)
from bnldesk.domain.models import Annotation, ItemKind, Section, TargetKind, Workgroup
from bnldesk.services.annotations import (
    NoteFields,
    add_annotation,
    delete_annotation,
    resolve_target,
    restore_annotation,
)
from bnldesk.store import migrations
from bnldesk.store.check import check_database
from bnldesk.store.demo import demo_documents
from bnldesk.store.engine import NotABnldeskDatabaseError, Store, open_store
from bnldesk.store.fts import register_sql_functions
from bnldesk.store.queries import list_annotations
from bnldesk.store.search import fts_query, search
from bnldesk.store.structure import write_document


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_quick_head_agrees_with_alembic() -> None:
    assert migrations.quick_head() == migrations.head_revision()


def test_new_file_is_migrated_to_head(db_path: Path) -> None:
    store = open_store(db_path, demo=False)
    store.close()
    assert {"plan", "workgroup", "annotation", "search_fts"} <= tables(db_path)
    with sqlite3.connect(db_path) as conn:
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT count(*) FROM workgroup").fetchone()[0] == 0
    assert version == migrations.head_revision()


def test_reopening_a_current_database_runs_no_migration(db_path: Path) -> None:
    open_store(db_path, demo=False).close()
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        assert migrations.upgrade(engine) is False
    finally:
        engine.dispose()


def _upgrade_to(path: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        migrations.upgrade(engine, revision)
    finally:
        engine.dispose()


def _previous_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.alembic_config())
    head = script.get_revision(migrations.head_revision())
    assert head is not None and isinstance(head.down_revision, str)
    return head.down_revision


@pytest.mark.parametrize("start", ["0001", "previous"])
def test_database_left_by_an_older_revision_is_upgraded_with_its_data(
    db_path: Path, start: str
) -> None:
    revision = _previous_revision() if start == "previous" else start
    _upgrade_to(db_path, revision)
    with sqlite3.connect(db_path) as conn:
        register_sql_functions(conn)  # the search index's triggers call bnldesk's folding
        conn.execute(
            "INSERT INTO workgroup (name, code, description, identity_key) "
            "VALUES ('Werkgroep Energie-efficiëntie', 'ENER-EFF', '', 'wg:ENER-EFF')"
        )
        conn.execute(
            "INSERT INTO annotation (uuid, created_at, updated_at, target_kind, target_key, "
            "target_label, body, priority, status, position_text, position_state, consult, "
            "visibility, author, delegation) VALUES ('u-1', '2025-01-01 10:00:00', "
            "'2025-01-01 10:00:00', 'workgroup', 'wg:ENER-EFF', 'ENER-EFF', 'oude nota', 0, "
            "'open', '', 'none', '', 'private', '', 'NL')"
        )
    store = open_store(db_path)
    try:
        with store.read() as s:
            note = s.scalars(select(Annotation)).one()
            assert note.body == "oude nota"
            hits = search(s, "efficientie")
            assert [(h.kind, h.title) for h in hits] == [
                ("workgroup", "Werkgroep Energie-efficiëntie")
            ]
            # an existing file is not filled with demo data
            assert s.scalar(select(Workgroup).where(Workgroup.code == "SENN-CRISE")) is None
    finally:
        store.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            migrations.head_revision()
        )


@pytest.mark.both_backends
def test_foreign_keys_are_enforced(empty_store: Store) -> None:
    with pytest.raises(IntegrityError), empty_store.transaction() as s:
        s.add(Section(chapter_id=999, number="1.1", title="zwevend", identity_key="x"))
    if not empty_store.is_server:
        with empty_store.read() as s:
            assert s.scalar(text("PRAGMA foreign_keys")) == 1


@pytest.mark.both_backends
def test_annotation_survives_closing_and_reopening(new_database: Callable[[bool], Any]) -> None:
    location = new_database(True)
    store = open_store(location)
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        note = add_annotation(
            s, target, NoteFields(body="Standpunt: steunen", tags=["crisis", "NL"]), author="An"
        )
        uuid = note.uuid
    store.close()

    store = open_store(location)
    try:
        with store.read() as s:
            again = s.scalars(select(Annotation).where(Annotation.uuid == uuid)).one()
            assert again.body == "Standpunt: steunen"
            assert [t.name for t in again.tags] == ["NL", "crisis"]
            assert again.target_kind == TargetKind.WORKGROUP
            assert again.target_key == "wg:SENN-CRISE"
            assert again.visibility.value == "private"
    finally:
        store.close()


@pytest.mark.both_backends
def test_soft_delete_hides_a_note_keeps_the_row_and_can_be_undone(store: Store) -> None:
    with store.transaction() as s:
        note = add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="weg ermee"))
        note_id = note.id
    with store.transaction() as s:
        delete_annotation(s, s.get_one(Annotation, note_id))
    with store.read() as s:
        assert list_annotations(s) == []
        assert search(s, "ermee") == []
        row = s.get_one(Annotation, note_id)
        assert row.deleted_at is not None and row.updated_at >= row.created_at
        assert [r["id"] for r in list_annotations(s, include_deleted=True)] == [note_id]
    with store.transaction() as s:
        restore_annotation(s, s.get_one(Annotation, note_id))
    with store.read() as s:
        assert [h.obj_id for h in search(s, "ermee")] == [note_id]


@pytest.mark.both_backends
def test_search_is_accent_and_case_insensitive(store: Store) -> None:
    with store.transaction() as s:
        add_annotation(
            s, resolve_target(s, "SENN-CRISE"), NoteFields(body="De efficiëntie van de meldkamers")
        )
    with store.read() as s:
        results = [
            [(h.kind, h.obj_id) for h in search(s, q)]
            for q in ("efficiëntie", "efficientie", "EFFICIENTIE")
        ]
    assert results[0], "the accented word is found"
    assert results[0] == results[1] == results[2]


@pytest.mark.both_backends
def test_search_ranks_title_matches_above_text_matches(empty_store: Store) -> None:
    doc = PlanDocument(
        kind="plan",
        title="Jaarplan 2030",
        year=2030,
        chapters=[
            DocChapter(
                number="1",
                title="Economie",
                sections=[
                    DocSection(number="1.1", title="Havens", body="Ook over waterstof gesproken."),
                    DocSection(number="1.2", title="Waterstof", body="Netwerken en opslag."),
                ],
            )
        ],
    )
    with empty_store.transaction() as s:
        write_document(s, doc)
    with empty_store.read() as s:
        hits = search(s, "waterstof")
    assert [h.title for h in hits] == ["1.2 Waterstof", "1.1 Havens"]
    assert hits[0].rank < hits[1].rank
    assert "\x02" in hits[1].snippet


@pytest.mark.both_backends
@pytest.mark.parametrize(
    "hostile",
    [
        "l'eau",
        '"',
        "NOT",
        "a OR b",
        "*",
        "x AND",
        "NEAR(a b)",
        "col:val",
        "((",
        "^",
        "—",
        "",
        "   ",
    ],
)
def test_search_treats_user_text_as_words_never_as_syntax(store: Store, hostile: str) -> None:
    with store.read() as s:
        search(s, hostile, prefix=True)  # must not raise
    assert fts_query(hostile) is None or fts_query(hostile, prefix=True)


@pytest.mark.both_backends
def test_importing_the_same_document_twice_changes_nothing(empty_store: Store) -> None:
    docs = demo_documents()
    with empty_store.transaction() as s:
        for doc in docs:
            write_document(s, doc)
    with empty_store.transaction() as s:
        before = s.execute(text("SELECT id, identity_key FROM section ORDER BY id")).all()
        reports = [write_document(s, doc) for doc in docs]
        after = s.execute(text("SELECT id, identity_key FROM section ORDER BY id")).all()
    assert not any(r.changed for r in reports)
    assert before == after


@pytest.mark.both_backends
def test_nested_workgroups_keep_their_parent(empty_store: Store) -> None:
    doc = PlanDocument(
        kind="plan",
        title="Jaarplan 2031",
        year=2031,
        chapters=[
            DocChapter(
                number="3",
                title="Energie",
                sections=[
                    DocSection(
                        number="3.1",
                        title="Energiebeleid",
                        workgroups=[
                            DocWorkgroup(
                                name="Pentalateral Energy Forum",
                                children=[DocWorkgroup(name="Support Group 1", code="Penta SG1")],
                            )
                        ],
                    )
                ],
            )
        ],
    )
    with empty_store.transaction() as s:
        write_document(s, doc)
    with empty_store.read() as s:
        child = s.scalars(select(Workgroup).where(Workgroup.code == "Penta SG1")).one()
        assert child.parent is not None and child.parent.name == "Pentalateral Energy Forum"
        assert [sec.number for sec in child.sections] == ["3.1"]


def test_an_item_kind_is_a_kind_and_flagship_a_flag(empty_store: Store) -> None:
    """A new project marked as a flagship stays a new project; the mark is its own column."""
    items = [
        DocItem(ItemKind.NEW, "Fietsroute", flagship=True),
        DocItem(ItemKind.ONGOING, "Grensarbeid"),
        DocItem(ItemKind.FLAGSHIP, "Waterstofcorridor", flagship=True),
    ]
    section = DocSection(number="3.1", title="Energie", items=items)
    doc = PlanDocument(
        kind="plan",
        title="Jaarplan 2031",
        year=2031,
        chapters=[DocChapter(number="3", title="Energie", sections=[section])],
    )
    with empty_store.transaction() as s:
        write_document(s, doc)
    with empty_store.read() as s:
        stored = s.execute(text("SELECT title, kind, is_flagship FROM plan_item ORDER BY id"))
        assert [tuple(row) for row in stored] == [
            ("Fietsroute", "new", 1),
            ("Grensarbeid", "ongoing", 0),
            ("Waterstofcorridor", "flagship", 1),
        ]


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("dit is geen database", encoding="utf-8")
    with pytest.raises(NotABnldeskDatabaseError, match="not a bnldesk database"):
        open_store(path)
    assert path.read_text(encoding="utf-8") == "dit is geen database"


def test_check_passes_on_a_healthy_file(store: Store) -> None:
    report = check_database(store.path)
    assert report.ok, report.problems
    assert report.checks == [
        ("integrity_check", "ok"),
        ("foreign_key_check", "ok"),
        ("fts5 integrity-check", "ok"),
    ]


def test_a_damaged_search_index_is_told_and_the_rest_still_checked(store: Store) -> None:
    store.close()
    with sqlite3.connect(store.path) as raw:  # index blocks overwritten, as a failing disk would
        raw.execute("UPDATE search_fts_data SET block = zeroblob(40) WHERE id > 10")
    report = check_database(store.path)
    assert not report.ok
    assert report.problems == ["search index failed: database disk image is malformed"]
    assert report.checks == [
        ("integrity_check", "ok"),
        ("foreign_key_check", "ok"),
        ("fts5 integrity-check", "failed"),
    ]


def damage(path: Path) -> None:
    """Overwrite part of every page after the first, as a failing disk would."""
    size = path.stat().st_size
    page = 4096
    assert size > 2 * page
    with path.open("r+b") as fh:
        for offset in range(page, size, page):
            fh.seek(offset + 8)
            fh.write(b"\xde\xad\xbe\xef" * 64)


def test_check_reports_a_damaged_file(store: Store, tmp_path: Path) -> None:
    store.engine.dispose()
    with sqlite3.connect(store.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "copy.db"
    shutil.copy(store.path, copy)
    damage(copy)
    report = check_database(copy)
    assert not report.ok
    assert report.summary().startswith(f"{copy} is damaged: ")
    assert check_database(store.path).ok, "the original is untouched"


def test_a_migration_that_fails_half_way_leaves_the_file_as_it_was(db_path: Path) -> None:
    from sqlalchemy import event

    from bnldesk.store.engine import make_engine

    _upgrade_to(db_path, "0002")
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO workgroup (name, code, description, identity_key) "
            "VALUES ('Werkgroep X', 'X', '', 'wg:X')"
        )
    engine = make_engine(db_path)

    def fail_at_second_table(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        if statement.lstrip().startswith("CREATE TABLE sync_conflict"):
            raise RuntimeError("power cut")

    event.listen(engine, "before_cursor_execute", fail_at_second_table)
    try:
        with pytest.raises(RuntimeError, match="power cut"):
            migrations.upgrade(engine)
    finally:
        engine.dispose()
    assert "sync_history" not in tables(db_path), "the first table of the step was rolled back"
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0  # a fresh connection
    store = open_store(db_path)
    try:
        with store.read() as s:
            assert s.scalar(select(Workgroup.name).where(Workgroup.code == "X")) == "Werkgroep X"
    finally:
        store.close()
    assert "sync_history" in tables(db_path)


def test_the_quick_check_made_at_start_skips_the_full_index_check(store: Store) -> None:
    report = check_database(store.path, quick=True)
    assert report.ok
    assert [name for name, _ in report.checks] == ["quick_check", "foreign_key_check"]

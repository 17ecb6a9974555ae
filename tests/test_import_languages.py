"""Plans in two languages side by side: a French plan renames nothing the Dutch plans named.

On the demo database (the Dutch 2013 and 2022 plans) the French 2023 plan of the shared cases
is imported, as a delegate would from File > Import:
- it is stored as printed, "Plan annuel 2023", in French; the Dutch plans are Dutch;
- SENN-CRISE keeps the Dutch name the 2013 plan printed; each plan keeps its own printed name
  (the 2013 list says it in Dutch, the 2023 list in French); a workgroup only the French plan
  lists is named in French; the import reports no workgroup as changed for its translation;
- a later Dutch plan that retitles SENN-CRISE does rename it (a real change);
- a database an older bnldesk left with French names and "Jaarplan 2023" is put right by the
  migration.
All on a real SQLite file; expected names are the ones the documents print.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from _seed_documents import CASES
from alembic import command
from sqlalchemy import create_engine, select

from bnldesk.domain.models import Plan, Workgroup
from bnldesk.services.importer import import_file
from bnldesk.store import listing, revisions
from bnldesk.store.engine import Store, open_store
from bnldesk.store.fts import register_sql_functions
from bnldesk.store.migrations import alembic_config, head_revision, migrations_path

FRENCH = CASES / "docs" / "plan-annuel-2023-fr.md"
EDITED_2014 = CASES / "docs" / "jaarplan-2014-edited.txt"
DUTCH_NAME = "Strategische werkgroep Crisisbeheersing"
FRENCH_NAME = "Groupe de travail stratégique Gestion des crises"


def _name(store: Store, code: str) -> str:
    with store.read() as session:
        return session.scalars(select(Workgroup.name).where(Workgroup.code == code)).one()


def _printed(db_path: Path, year: int, code: str) -> str:
    conn = listing.open_current(db_path, revisions.head_revision(migrations_path() / "versions"))
    try:
        rows = listing.list_workgroups(conn, plan_year=year)
    finally:
        conn.close()
    return next(str(row["name"]) for row in rows if row["code"] == code)


def test_a_french_plan_renames_nothing_the_dutch_plans_named(store: Store, db_path: Path) -> None:
    report = import_file(store, FRENCH, force=True)
    assert report.title == "Plan annuel 2023"
    with store.read() as session:
        plans = {p.year: (p.title, p.language) for p in session.scalars(select(Plan))}
    assert plans[2023] == ("Plan annuel 2023", "fr")
    assert plans[2013] == ("Jaarplan 2013", "nl") and plans[2022] == ("Jaarplan 2022", "nl")

    assert _name(store, "SENN-CRISE") == DUTCH_NAME
    assert _printed(db_path, 2013, "SENN-CRISE") == DUTCH_NAME
    assert _printed(db_path, 2023, "SENN-CRISE") == FRENCH_NAME
    # A translation is no change to report.
    assert report.updated.get("workgroup", 0) == 0, report.updated
    assert not [c for c in report.changed_objects if c.kind == "workgroup"]


def test_a_workgroup_only_a_french_plan_lists_is_named_in_french(store: Store) -> None:
    with store.read() as session:
        before = set(session.scalars(select(Workgroup.code)))
    import_file(store, FRENCH, force=True)
    with store.read() as session:
        new = {
            w.code: w.name
            for w in session.scalars(select(Workgroup))
            if w.code not in before and w.code
        }
    assert new, "the French plan lists workgroups the demo has not"
    for name in new.values():
        assert any(word in name for word in ("Groupe", "Comité", "Commission", "Plateforme")), new


def test_a_later_dutch_plan_that_retitles_a_workgroup_renames_it(store: Store) -> None:
    import_file(store, FRENCH, force=True)
    report = import_file(store, EDITED_2014, year=2014, force=True)
    retitled = _name(store, "SENN-CRISE")
    assert retitled != DUTCH_NAME and "Crisis" in retitled, retitled
    assert report.updated.get("workgroup", 0) >= 1
    # The French 2023 plan is newer, but most plans are Dutch: the Dutch name stands.
    assert retitled != FRENCH_NAME


def test_the_migration_puts_right_what_an_older_import_renamed(db_path: Path) -> None:
    store = open_store(db_path)
    try:
        import_file(store, FRENCH, force=True)
    finally:
        store.close()
    # Revision 0011 (workgroups' other names) taken off by its own downgrade first.
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as connection, connection.begin():
            command.downgrade(alembic_config(connection), "0010")
    finally:
        engine.dispose()
    # What the older bnldesk left: French names on the rows, "Jaarplan 2023", no language.
    with sqlite3.connect(db_path) as conn:
        register_sql_functions(conn)
        conn.execute(
            "UPDATE workgroup SET name = (SELECT wp.name FROM workgroup_plan wp "
            "JOIN plan p ON p.id = wp.plan_id WHERE p.year = 2023 "
            "AND wp.workgroup_id = workgroup.id) "
            "WHERE id IN (SELECT wp.workgroup_id FROM workgroup_plan wp "
            "JOIN plan p ON p.id = wp.plan_id WHERE p.year = 2023)"
        )
        conn.execute("UPDATE plan SET title = 'Jaarplan 2023' WHERE year = 2023")
        conn.execute("ALTER TABLE plan DROP COLUMN language")
        # ... nor the columns revision 0009 (server records) adds after this one.
        for table in ("annotation", "meeting", "agenda_item", "action_item"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN version")
        conn.execute("ALTER TABLE annotation DROP COLUMN owner")
        conn.execute("UPDATE alembic_version SET version_num = '0007'")
        name = conn.execute("SELECT name FROM workgroup WHERE code = 'SENN-CRISE'").fetchone()
        assert name == (FRENCH_NAME,)
    store = open_store(db_path)
    try:
        assert _name(store, "SENN-CRISE") == DUTCH_NAME
        with store.read() as session:
            plans = {p.year: (p.title, p.language) for p in session.scalars(select(Plan))}
        assert plans[2023] == ("Plan annuel 2023", "fr")
        assert plans[2013] == ("Jaarplan 2013", "nl")
    finally:
        store.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )

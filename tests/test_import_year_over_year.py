"""Year over year, precisely: the 2013 plan, then the same plan edited as 2014.

``shared/cases/import/docs/jaarplan-2014-edited.txt``: section 3.1 renamed ("Energiebeleid" ->
"Energie en klimaat") with its items unchanged, VET-GRENS gone, VET-AMR new, SENN-CRISE
retitled. Notes on the section and the workgroup follow them; the retitle is a change and each
plan keeps the name it printed; items that share a title are not reported as changed.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from _seed_documents import CASES, SEEDS

from bnldesk.cli import main
from bnldesk.services.annotations import NoteFields, add_annotation, notes_for, resolve_target
from bnldesk.services.importer import ImportReport, import_file
from bnldesk.store.engine import open_store

EDITED = CASES / "docs" / "jaarplan-2014-edited.txt"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ImportReport]:
    db = tmp_path_factory.mktemp("yoy") / "plans.db"
    store = open_store(db, demo=False)
    try:
        import_file(store, SEEDS / "jaarplan-2013.txt")
        with store.transaction() as session:
            for ref, body in (("3.1", "Energie: positie BE"), ("SENN-CRISE", "Crisis: steun")):
                target = resolve_target(session, ref, plan_year=2013)
                add_annotation(session, target, NoteFields(body=body))
        report = import_file(store, EDITED, year=2014)
    finally:
        store.close()
    return db, report


def test_notes_follow_the_renamed_section_and_the_retitled_workgroup(
    imported: tuple[Path, ImportReport],
) -> None:
    db, report = imported
    carried = {n.excerpt: n for n in report.carried_notes}
    assert set(carried) == {"Energie: positie BE", "Crisis: steun"}
    assert carried["Energie: positie BE"].now_on_title == "3.1 Energie en klimaat"
    store = open_store(db, demo=False)
    try:
        with store.read() as session:
            section = resolve_target(session, "3.1", plan_year=2014)
            assert [n.body for n in notes_for(session, "section", section.key)] == [
                "Energie: positie BE"
            ]
    finally:
        store.close()


def test_changes_reported_once_and_precisely(imported: tuple[Path, ImportReport]) -> None:
    _db, report = imported
    gone = {o.key for o in report.gone_objects if o.kind == "workgroup"}
    new = {o.key for o in report.new_objects if o.kind == "workgroup"}
    changed = {(o.kind, o.title) for o in report.changed_objects}
    assert gone == {"wg:VET-GRENS"}
    assert new == {"wg:VET-AMR"}
    assert (
        "workgroup",
        "Strategische werkgroep Crisisbeheersing en weerbaarheid (SENN-CRISE)",
    ) in (changed)
    assert ("section", "3.1 Energie en klimaat") in changed
    # The renamed section is not also new and gone.
    assert not [o for o in report.new_objects if o.kind == "section"]
    assert not [o for o in report.gone_objects if o.kind == "section"]
    # No item's text changed: none is reported, those sharing a title included.
    assert not [o for o in report.changed_objects if o.kind == "item"]
    assert not [o for o in report.new_objects if o.kind == "item"]


def test_each_plan_keeps_the_workgroup_name_it_printed(
    imported: tuple[Path, ImportReport], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _report = imported
    names = {}
    for year in (2013, 2014):
        assert main(["--db", str(db), "list", "workgroups", "--plan", str(year), "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        names[year] = next(r["name"] for r in rows if r["code"] == "SENN-CRISE")
    assert names[2013] == "Strategische werkgroep Crisisbeheersing"
    assert names[2014] == "Strategische werkgroep Crisisbeheersing en weerbaarheid"
    connection = sqlite3.connect(db)
    try:
        printed = connection.execute(
            "SELECT p.year, wp.name FROM workgroup_plan wp JOIN plan p ON p.id = wp.plan_id "
            "JOIN workgroup w ON w.id = wp.workgroup_id WHERE w.code = 'SENN-CRISE' ORDER BY 1"
        ).fetchall()
    finally:
        connection.close()
    assert [year for year, _name in printed] == [2013, 2014]


def test_items_sharing_a_title_are_not_changed_on_reimport(tmp_path: Path) -> None:
    text = (
        "Jaarplan 2031\n\n1. Inleiding\nTekst.\n\n2. Veiligheid\n2.1. Crisisbeheersing\n"
        "Voortgangsprojecten\n Oefenen: met de brandweer;\n Oefenen: met de politie;\n"
    )
    first = tmp_path / "jaarplan-2031.txt"
    first.write_text(text, encoding="utf-8")
    second = tmp_path / "jaarplan-2032.txt"
    second.write_text(text.replace("2031", "2032"), encoding="utf-8")
    store = open_store(tmp_path / "plans.db", demo=False)
    try:
        import_file(store, first)
        report = import_file(store, second)
    finally:
        store.close()
    assert report.previous_year == 2031
    assert not [o for o in report.changed_objects if o.kind == "item"]


def test_migration_0006_fills_printed_names_of_existing_links(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    from bnldesk.store import migrations

    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    try:
        migrations.upgrade(engine, "0004")
    finally:
        engine.dispose()
    connection = sqlite3.connect(db)
    with connection:
        connection.execute(
            "INSERT INTO plan (id, year, title, description, identity_key) "
            "VALUES (1, 2013, 'Jaarplan 2013', '', 'plan:2013')"
        )
        connection.execute(
            "INSERT INTO workgroup (id, name, code, description, identity_key) "
            "VALUES (7, 'Werkgroep Drugs', 'DROG', '', 'wg:DROG')"
        )
        connection.execute("INSERT INTO workgroup_plan (workgroup_id, plan_id) VALUES (7, 1)")
    connection.close()
    store = open_store(db, demo=False)
    store.close()
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute(
            "SELECT workgroup_id, plan_id, name FROM workgroup_plan"
        ).fetchall()
    finally:
        connection.close()
    assert rows == [(7, 1, "Werkgroep Drugs")]

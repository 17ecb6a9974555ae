"""A workgroup is named as the plan beside it prints it, and found by any name a plan printed.

Eighth delegate trial: a Luxembourg delegate imported the French 2023 plan into the demo
database (the Dutch 2013 and 2022 plans). SENN-CRISE keeps the Dutch name of the plans in the
database's majority language (tests/test_import_languages.py), but everything shown beside the
French plan's text showed that Dutch name too (its sections' workgroups, the Excel list for 2023,
a 2023 brief, a meeting's default title), and the French name was refused where a delegate
types a workgroup ("there is no workgroup 'Groupe de travail stratégique Gestion des crises'").
Real SQLite file with the demo data and the shared cases' French plan; expected names are the
ones the documents print.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from _seed_documents import CASES
from alembic import command
from sqlalchemy import create_engine, select

from bnldesk.domain.models import Chapter, Plan, Section, Workgroup
from bnldesk.services import meetings
from bnldesk.services.meetings import MeetingError, MeetingFields
from bnldesk.services.reports.brief_data import BriefOptions, BriefSubject, collect_brief
from bnldesk.services.reports.rows import ExportFilters, workgroup_rows
from bnldesk.store.engine import Store
from bnldesk.store.fts import register_sql_functions
from bnldesk.store.migrations import alembic_config, upgrade
from bnldesk.store.object_detail import object_detail
from bnldesk.store.search import search

FRENCH = CASES / "docs" / "plan-annuel-2023-fr.md"
DUTCH_NAME = "Strategische werkgroep Crisisbeheersing"
FRENCH_NAME = "Groupe de travail stratégique Gestion des crises"
FRENCH_RISK = "Groupe de travail Identification des risques"


def _section_id(store: Store, year: int, number: str) -> int:
    with store.read() as session:
        return session.scalars(
            select(Section.id)
            .join(Chapter, Chapter.id == Section.chapter_id)
            .join(Plan, Plan.id == Chapter.plan_id)
            .where(Plan.year == year, Section.number == number)
        ).one()


@pytest.mark.both_backends
@pytest.mark.parametrize(
    "typed",
    [
        FRENCH_NAME,
        "groupe de travail strategique gestion des crises",  # no accents, lower case
        f"{FRENCH_NAME} (SENN-CRISE)",
        DUTCH_NAME,
        "SENN-CRISE",
    ],
)
def test_any_printed_name_finds_the_workgroup(bilingual: Store, typed: str) -> None:
    with bilingual.read() as session:
        assert meetings.find_workgroup(session, typed).code == "SENN-CRISE"


def test_a_name_no_plan_printed_is_still_refused(bilingual: Store) -> None:
    with bilingual.read() as session, pytest.raises(MeetingError, match="no workgroup"):
        meetings.find_workgroup(session, "Groupe de travail Gestion des crises (SENN-RISK)")


def test_a_sections_workgroups_are_named_as_its_plan_prints_them(bilingual: Store) -> None:
    with bilingual.read() as session:
        french = object_detail(session, "section", _section_id(bilingual, 2023, "2.1.2"))
        dutch = object_detail(session, "section", _section_id(bilingual, 2013, "5.2"))
    assert french is not None and dutch is not None
    french_names = [link.label for link in french.workgroups]
    dutch_names = [link.label for link in dutch.workgroups]
    assert f"{FRENCH_NAME} (SENN-CRISE)" in french_names
    assert f"{FRENCH_RISK} (SENN-CRISE/RISK)" in french_names
    assert not any(DUTCH_NAME in label for label in french_names)
    assert f"{DUTCH_NAME} (SENN-CRISE)" in dutch_names


def test_the_workgroups_sheet_of_a_year_names_them_as_that_years_plan(bilingual: Store) -> None:
    with bilingual.read() as session:
        rows_2023 = {r["code"]: r for r in workgroup_rows(session, ExportFilters(2023), "fr")}
        rows_2013 = {r["code"]: r for r in workgroup_rows(session, ExportFilters(2013), "nl")}
        carried = session.scalars(select(Workgroup.name).where(Workgroup.code == "SENN-CRISE"))
        assert carried.one() == DUTCH_NAME  # the row itself keeps the majority's name
    assert rows_2023["SENN-CRISE"]["name"] == FRENCH_NAME
    assert rows_2023["SENN-CRISE/RISK"]["name"] == FRENCH_RISK
    assert rows_2013["SENN-CRISE"]["name"] == DUTCH_NAME


def test_a_brief_on_the_french_plan_names_the_workgroup_in_french(bilingual: Store) -> None:
    with bilingual.read() as session:
        french = collect_brief(
            session, BriefSubject(workgroup="SENN-CRISE", plan_year=2023), BriefOptions()
        )
        dutch = collect_brief(
            session, BriefSubject(workgroup="SENN-CRISE", plan_year=2013), BriefOptions()
        )
    assert french.title == FRENCH_NAME
    assert dutch.title == DUTCH_NAME
    listed = {g.code: g.name for p in french.placements for g in p.workgroups}
    assert listed["SENN-CRISE"] == FRENCH_NAME
    assert listed["SENN-CRISE/RISK"] == FRENCH_RISK


def test_a_meetings_default_title_follows_the_plan_it_is_prepared_against(
    bilingual: Store,
) -> None:
    with bilingual.transaction() as session:
        after_2023 = meetings.create_meeting(
            session, MeetingFields(workgroup="SENN-CRISE", starts_at=dt.datetime(2026, 12, 1, 10))
        )
        in_2014 = meetings.create_meeting(
            session, MeetingFields(workgroup="SENN-CRISE", starts_at=dt.datetime(2014, 3, 4, 10))
        )
        titles = (after_2023.title, in_2014.title)
    assert titles == (f"{FRENCH_NAME} (SENN-CRISE)", f"{DUTCH_NAME} (SENN-CRISE)")


@pytest.mark.both_backends
@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("identification des risques", "SENN-CRISE/RISK"),
        ('"gestion des crises"', "SENN-CRISE"),
        ("kind:workgroup strategique gestion", "SENN-CRISE"),
        ("Crisisbeheersing", "SENN-CRISE"),  # the name the row carries still finds it
    ],
)
def test_search_finds_a_workgroup_by_any_name_a_plan_printed(
    bilingual: Store, typed: str, code: str
) -> None:
    with bilingual.read() as session:
        hits = search(session, typed, limit=60, kinds=("workgroup",))
        codes = {
            session.get(Workgroup, hit.obj_id).code
            for hit in hits  # type: ignore[union-attr]
        }
    assert code in codes


def test_a_migrated_file_finds_workgroups_by_their_other_names(
    bilingual: Store, db_path: Path
) -> None:
    """A file of revision 0010 with the French plan: 0011 fills other_names and files it."""
    bilingual.close()
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0010")
        assert "other_names" not in _columns(db_path)
        assert upgrade(engine)
    finally:
        engine.dispose()
    conn = sqlite3.connect(db_path)
    try:
        names = conn.execute(
            "SELECT other_names FROM workgroup WHERE code = 'SENN-CRISE'"
        ).fetchone()[0]
        register_sql_functions(conn)
        found = conn.execute(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH ? AND rowid = ("
            "SELECT 5 * 4294967296 + id FROM workgroup WHERE code = 'SENN-CRISE/RISK')",
            ('"identification" "risques"',),
        ).fetchone()[0]
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    assert names == FRENCH_NAME
    assert found == 1
    assert check == "ok"


def _columns(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [row[1] for row in conn.execute("PRAGMA table_info(workgroup)")]
    finally:
        conn.close()

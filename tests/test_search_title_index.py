"""The title index (migration 0012): the plan's titles and codes in an FTS5 index of their own,
with the folded words each title is ranked by beside it, so that a first search ranks titles
without a column filter and without folding (issue 15, cold searches). Real database files:
a file of revision 0011 with data migrated, every kind of write followed by the triggers."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from bnldesk.domain.document import DocChapter, DocItem, DocSection, DocWorkgroup, PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.domain.search_query import parse, rank_folded_titles, rank_titles, title_words
from bnldesk.store import search as search_store
from bnldesk.store.check import check_database
from bnldesk.store.engine import Store, open_store
from bnldesk.store.fts import register_sql_functions
from bnldesk.store.migrations import alembic_config, upgrade
from bnldesk.store.search import run_search, search
from bnldesk.store.search_reader import reading
from bnldesk.store.structure import write_document

SPAN = 4294967296  # rowid = kind code * 2**32 + id (migration 0007)


def _plan() -> PlanDocument:
    items = [
        DocItem(ItemKind.NEW, "Œuvre commune: financiële ﬁnanciering", "Tekst over geld."),
        DocItem(ItemKind.ONGOING, "Grensoverschrijdende Straße", "Wegen en bruggen."),
        DocItem(ItemKind.NEW, "Waterstof", "Een tekst over energie."),
    ]
    return PlanDocument(
        kind="plan",
        title="Jaarplan 2033",
        year=2033,
        chapters=[
            DocChapter(
                number="1",
                title="Énergie",
                sections=[
                    DocSection(
                        number="1.1",
                        title="Waterstof en mobiliteit",
                        items=items,
                        workgroups=[DocWorkgroup("Werkgroep Mobiliteit", "WG-MOB")],
                    )
                ],
            )
        ],
    )


@pytest.fixture
def titled_store(empty_store: Store) -> Iterator[Store]:
    with empty_store.transaction() as session:
        write_document(session, _plan())
    search_store._ALLOWED.clear()
    yield empty_store
    search_store._ALLOWED.clear()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    register_sql_functions(conn)
    return conn


def _words(path: Path) -> dict[str, str]:
    """The words kept beside the title index, per object, named ``kind:title``."""
    conn = _connect(path)
    try:
        rows = conn.execute(
            "SELECT 'workgroup:' || w.code, t.words FROM search_title_words t "
            f"JOIN workgroup w ON t.rowid = 5 * {SPAN} + w.id "
            "UNION ALL SELECT 'section:' || s.title, t.words FROM search_title_words t "
            f"JOIN section s ON t.rowid = 4 * {SPAN} + s.id "
            "UNION ALL SELECT 'chapter:' || c.title, t.words FROM search_title_words t "
            f"JOIN chapter c ON t.rowid = 3 * {SPAN} + c.id "
            "UNION ALL SELECT 'item:' || i.title, t.words FROM search_title_words t "
            f"JOIN plan_item i ON t.rowid = 2 * {SPAN} + i.id"
        ).fetchall()
        return dict(rows)
    finally:
        conn.close()


def _title_matches(path: Path, match: str) -> set[int]:
    conn = _connect(path)
    try:
        rows = conn.execute(
            "SELECT rowid FROM search_title_fts WHERE search_title_fts MATCH ?", (match,)
        )
        return {int(rowid) for (rowid,) in rows}
    finally:
        conn.close()


def _integrity(path: Path) -> None:
    """FTS5's own check of the title index (raises when it disagrees with itself)."""
    conn = _connect(path)
    try:
        conn.execute(
            "INSERT INTO search_title_fts(search_title_fts, rank) VALUES ('integrity-check', 1)"
        )
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


EXPECTED_WORDS = {
    # a workgroup is ranked by its names and its code (the code's words last)
    "workgroup:WG-MOB": "werkgroep mobiliteit wg mob",
    # sections and chapters by their title without the number
    "section:Waterstof en mobiliteit": "waterstof en mobiliteit",
    "chapter:Énergie": "energie",
    # ligatures, œ and ß written out, accents off, case folded
    "item:Œuvre commune: financiële ﬁnanciering": "oeuvre commune financiele financiering",
    "item:Grensoverschrijdende Straße": "grensoverschrijdende strasse",
    "item:Waterstof": "waterstof",
}


def test_every_title_is_kept_folded_beside_the_index(titled_store: Store) -> None:
    assert _words(titled_store.path) == EXPECTED_WORDS
    _integrity(titled_store.path)


def test_a_file_of_revision_0011_with_data_gets_the_title_index(
    titled_store: Store, db_path: Path
) -> None:
    titled_store.close()
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0011")
        conn_0011 = sqlite3.connect(db_path)
        tables = {r[0] for r in conn_0011.execute("SELECT name FROM sqlite_master")}
        conn_0011.close()
        assert "search_title_fts" not in tables and "search_title_words" not in tables
        assert upgrade(engine)
    finally:
        engine.dispose()
    assert _words(db_path) == EXPECTED_WORDS
    _integrity(db_path)
    reopened = open_store(db_path)
    try:
        with reading(reopened) as reader:
            hits = search(reader, "financiering", limit=10)
        assert [hit.title for hit in hits][:1] == ["Œuvre commune: financiële ﬁnanciering"]
    finally:
        reopened.close()


def test_writes_keep_the_title_index(titled_store: Store) -> None:
    path = titled_store.path
    with titled_store.transaction() as session:
        session.execute(text("UPDATE workgroup SET name = 'Werkgroep Fiets' WHERE code = 'WG-MOB'"))
        session.execute(
            text("UPDATE workgroup SET other_names = 'Groupe vélo' WHERE code = 'WG-MOB'")
        )
        session.execute(text("UPDATE section SET number = '2.4' WHERE title LIKE 'Waterstof%'"))
        session.execute(text("DELETE FROM plan_item WHERE title = 'Grensoverschrijdende Straße'"))
        session.execute(
            text("UPDATE plan_item SET title = 'Zonne-energie' WHERE title = 'Waterstof'")
        )
    words = _words(path)
    assert words["workgroup:WG-MOB"] == "werkgroep fiets groupe velo wg mob"
    assert "item:Grensoverschrijdende Straße" not in words
    assert words["item:Zonne-energie"] == "zonne energie"
    # only the section's title still says it
    assert {rowid // SPAN for rowid in _title_matches(path, '"mobiliteit"')} == {4}
    assert _title_matches(path, '"strasse"') == set()
    assert len(_title_matches(path, '"2"')) == 1  # the section's new number is in its title
    assert _title_matches(path, '"fiets"') == _title_matches(path, '"wg"')
    _integrity(path)
    with reading(titled_store) as reader:
        hits = run_search(reader, parse("fiets"), limit=10).hits
    assert [(hit.kind, hit.title) for hit in hits] == [("workgroup", "Werkgroep Fiets")]


def test_titles_rank_alike_from_their_kept_words() -> None:
    titles = [
        "Œuvre commune: financiële ﬁnanciering",
        "Financiering van de energietransitie",
        "Energie",
        "Grensoverschrijdende samenwerking energie VE-TER",
        "",
    ]
    terms = parse("energie fin", as_you_type=True).highlight_terms()
    scores, endings = rank_titles(titles, terms)
    kept = [
        "oeuvre commune financiele financiering",
        "financiering van de energietransitie",
        "energie",
        "grensoverschrijdende samenwerking energie ve ter",
        "",
    ]
    assert [title_words(title) for title in titles] == kept
    assert rank_folded_titles(kept, terms) == (scores, endings)
    assert all(score > 0.0 for score in scores[:4]) and scores[4] == 0.0


# Words from a small alphabet, so that titles repeat words, hold words side by side twice and
# words that begin one another ("ab", "abc"); accents and ligatures, which folding writes out.
_WORD = st.text(alphabet="abcéﬁœ", min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(
    titles=st.lists(st.lists(_WORD, max_size=8).map(" ".join), max_size=6),
    typed=st.lists(_WORD, min_size=1, max_size=3).map(" ".join),
    as_you_type=st.booleans(),
)
def test_ranking_from_kept_words_equals_ranking_the_titles(
    titles: list[str], typed: str, as_you_type: bool
) -> None:
    """The same scores (to the last bit) and the same endings (a workgroup's code typed
    whole) as ranking the titles themselves, whatever the words."""
    terms = parse(typed, as_you_type=as_you_type).highlight_terms()
    kept = [title_words(title) for title in titles]
    assert rank_folded_titles(kept, terms) == rank_titles(titles, terms)


def test_check_database_tells_a_damaged_title_index(titled_store: Store) -> None:
    """File > Check database: the title index is part of the search index check."""
    assert check_database(titled_store.path).checks[-1] == ("fts5 integrity-check", "ok")
    titled_store.close()
    with sqlite3.connect(titled_store.path) as raw:  # blocks overwritten, as a failing disk would
        raw.execute("UPDATE search_title_fts_data SET block = zeroblob(40) WHERE id > 10")
    report = check_database(titled_store.path)
    assert not report.ok
    assert report.checks == [
        ("integrity_check", "ok"),
        ("foreign_key_check", "ok"),
        ("fts5 integrity-check", "failed"),
    ]
    assert report.problems == ["search index failed: database disk image is malformed"]

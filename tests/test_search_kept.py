"""What recent search hits show is kept between searches (issue 15), and never outlives a
change of the file: a write through bnldesk, by another process, or on the search's own
connection outside bnldesk's sessions. Real database files; the window's light reader."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from bnldesk.domain.document import DocChapter, DocItem, DocSection, DocWorkgroup, PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.domain.search_query import parse, rank_titles, title_score
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store import search as search_store
from bnldesk.store import search_kept
from bnldesk.store.engine import Store
from bnldesk.store.fts import register_sql_functions
from bnldesk.store.search import SearchResult, run_search
from bnldesk.store.search_reader import FileReader, reading
from bnldesk.store.structure import write_document


def _plan() -> PlanDocument:
    items = [DocItem(ItemKind.NEW, f"Waterstof project {n}", f"Tekst {n}.") for n in range(5)]
    return PlanDocument(
        kind="plan",
        title="Jaarplan 2032",
        year=2032,
        chapters=[
            DocChapter(
                number="1",
                title="Energie",
                sections=[
                    DocSection(
                        number="1.1",
                        title="Waterstof",
                        items=items,
                        workgroups=[DocWorkgroup("Werkgroep Waterstof", "WG-H2")],
                    )
                ],
            )
        ],
    )


@pytest.fixture
def kept_store(empty_store: Store) -> Iterator[Store]:
    with empty_store.transaction() as s:
        write_document(s, _plan())
        target = resolve_target(s, "WG-H2")
        add_annotation(s, target, NoteFields(body="Waterstof notitie van de delegatie"))
    search_store._ALLOWED.clear()
    yield empty_store
    search_store._ALLOWED.clear()


def _search(store: Store, text: str) -> SearchResult:
    with reading(store) as reader:
        return run_search(reader, parse(text, as_you_type=True), limit=60)


def _titles(result: SearchResult) -> list[str]:
    return [hit.title for hit in result.hits]


def _kept_count() -> int:
    return sum(
        len(rows.rows) for cache in search_store._ALLOWED.values() for rows in cache.kept.values()
    )


def test_a_search_again_reads_nothing_and_answers_the_same(kept_store: Store) -> None:
    first = _search(kept_store, "waterstof")
    assert _kept_count() >= len(first.hits) > 5  # the titles, the note and the section
    statements: list[str] = []
    with reading(kept_store) as reader:
        assert isinstance(reader, FileReader)
        reader.connection.set_trace_callback(statements.append)
        again = run_search(reader, parse("waterstof", as_you_type=True), limit=60)
        reader.connection.set_trace_callback(None)
    assert again == first
    # Found in the index, nothing read from the objects' own tables.
    assert statements and not any("plan_item" in sql or "annotation" in sql for sql in statements)


def test_a_write_through_bnldesk_is_seen_by_the_next_search(kept_store: Store) -> None:
    assert "Waterstof project 3" in _titles(_search(kept_store, "waterstof"))
    with kept_store.transaction() as s:
        s.execute(
            text(
                "UPDATE plan_item SET title = 'Waterstof project drie' "
                "WHERE title = 'Waterstof project 3'"
            )
        )
    titles = _titles(_search(kept_store, "waterstof"))
    assert "Waterstof project drie" in titles
    assert "Waterstof project 3" not in titles


def test_a_write_by_another_process_is_seen_by_the_next_search(kept_store: Store) -> None:
    before = _search(kept_store, "waterstof")
    note = next(hit for hit in before.hits if hit.kind == "annotation")
    assert "delegatie" in note.text
    other = sqlite3.connect(kept_store.path)  # as another program would write the file
    register_sql_functions(other)
    with other:
        other.execute(
            "UPDATE annotation SET body = 'Waterstof notitie, herschreven' WHERE id = ?",
            (note.obj_id,),
        )
    other.close()
    after = _search(kept_store, "waterstof")
    rewritten = next(h for h in after.hits if (h.kind, h.obj_id) == ("annotation", note.obj_id))
    assert "herschreven" in rewritten.text and "delegatie" not in rewritten.text


def test_a_write_on_the_searching_connection_outside_a_session_is_seen(
    kept_store: Store,
) -> None:
    """A write on the very connection the search reads through, committed without
    bnldesk's engine: SQLite's data version does not change for a connection's own writes,
    its count of changes does."""
    with reading(kept_store) as reader:
        assert isinstance(reader, FileReader)
        connection = reader.connection  # kept for the thread's next search
        titles = _titles(run_search(reader, parse("waterstof", as_you_type=True), limit=60))
    assert "Werkgroep Waterstof" in titles
    connection.execute("BEGIN")
    connection.execute("UPDATE workgroup SET name = 'Werkgroep Waterstofnet' WHERE code = 'WG-H2'")
    connection.execute("COMMIT")
    with reading(kept_store) as reader:
        assert isinstance(reader, FileReader)
        assert reader.connection is connection  # the same connection
        titles = _titles(run_search(reader, parse("waterstof", as_you_type=True), limit=60))
    assert "Werkgroep Waterstofnet" in titles
    assert "Werkgroep Waterstof" not in titles


def test_the_rows_kept_are_bounded(kept_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_kept, "KEPT_MOST", 3)
    first = _search(kept_store, "waterstof")
    assert len(first.hits) > 6
    assert _kept_count() <= 3
    assert _search(kept_store, "waterstof") == first


def test_a_long_row_is_read_again_not_kept(kept_store: Store) -> None:
    """A note holding a whole pasted document is not kept (memory stays bounded by the
    number of rows), and is found and shown whole every time."""
    long_body = "Waterstof " + "woord " * 2000
    with kept_store.transaction() as s:
        add_annotation(s, resolve_target(s, "WG-H2"), NoteFields(body=long_body))
    first = _search(kept_store, "waterstof")
    kept = [
        row
        for cache in search_store._ALLOWED.values()
        for rows in cache.kept.values()
        for row in rows.rows.values()
    ]
    assert kept  # the short rows are
    assert not any("woord woord" in row[2] for row in kept)  # 12,010 characters
    again = _search(kept_store, "waterstof")
    assert again == first
    assert any(hit.text.startswith(long_body.strip()) for hit in again.hits)


def test_title_scores_count_prefixes_and_whole_words_by_their_sorted_run() -> None:
    """A prefix counts every word it begins (0.7) and every word equal to it (1.0); a
    whole word only the equal ones; words around the run in sorted order do not count.
    Expected values worked out by hand from BM25 (k1 1.2, b 0.75, 8 words typical)."""
    (prefix,) = parse("za", as_you_type=True).highlight_terms()
    (whole,) = parse("za").highlight_terms()
    title = "z za zab zaz zb yzz za"  # 7 words: za twice, zab and zaz begin with za
    norm = 1.2 * (1 - 0.75 + 0.75 * 7 / 8)
    frequency = 2 + 2 * 0.7
    assert title_score(title, (prefix,)) == pytest.approx(frequency * 2.2 / (frequency + norm))
    assert title_score(title, (whole,)) == pytest.approx(2 * 2.2 / (2 + norm))
    assert title_score("zb zzz y", (prefix,)) == 0.0
    assert title_score("zzz zb y z", (prefix,)) == 0.0


def test_a_title_ending_with_the_terms_is_told_in_the_same_pass() -> None:
    terms = parse("VE-TER").highlight_terms()
    titles = ["Werkgroep VE-TER", "VE-TER Rail", "Werkgroep VE-TER-Rail"]
    scores, endings = rank_titles(titles, terms)
    assert endings == [True, False, False]
    assert scores[0] > 0 and scores[1] > 0


def test_a_search_again_reads_no_title_words(kept_store: Store) -> None:
    """The folded words of the titles ranked are kept too: asked again, the titles are found
    in the title index and ranked from the words kept."""
    first = _search(kept_store, "waterstof")
    statements: list[str] = []
    with reading(kept_store) as reader:
        assert isinstance(reader, FileReader)
        reader.connection.set_trace_callback(statements.append)
        again = run_search(reader, parse("waterstof", as_you_type=True), limit=60)
        reader.connection.set_trace_callback(None)
    assert again == first
    assert any("search_title_fts" in sql for sql in statements)
    assert not any("search_title_words" in sql for sql in statements)


def _retitle_by_another_process(store: Store) -> None:
    other = sqlite3.connect(store.path)
    register_sql_functions(other)
    with other:
        other.execute(
            "UPDATE plan_item SET title = 'Waterstof waterstof waterstof' "
            "WHERE title = 'Waterstof project 3'"
        )
    other.close()


def _retitle_through_bnldesk(store: Store) -> None:
    with store.transaction() as s:
        s.execute(
            text(
                "UPDATE plan_item SET title = 'Waterstof waterstof waterstof' "
                "WHERE title = 'Waterstof project 3'"
            )
        )


@pytest.mark.parametrize("retitle", [_retitle_through_bnldesk, _retitle_by_another_process])
def test_a_title_rewritten_is_ranked_by_its_new_words(kept_store: Store, retitle: Any) -> None:
    """A title that now says the word three times leads: the words kept for it before the
    write are not used."""
    before = _titles(_search(kept_store, "waterstof"))
    assert before.index("Waterstof project 3") > 0
    retitle(kept_store)
    after = _titles(_search(kept_store, "waterstof"))
    assert after[0] == "Waterstof waterstof waterstof"
    assert "Waterstof project 3" not in after

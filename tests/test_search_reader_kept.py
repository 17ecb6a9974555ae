"""The light reader keeps its connection between searches (issue 15: checking a connection out
of the pool and in again cost a fifth of an unranked search), and a search still sees every
write committed before it: through the store, by another program, a note deleted; on a file
and on a server (where a search reads through a session, as before)."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import select

from bnldesk.domain.models import Annotation
from bnldesk.domain.search_query import parse
from bnldesk.services.annotations import (
    NoteFields,
    add_annotation,
    apply_fields,
    delete_annotation,
    resolve_target,
)
from bnldesk.store.engine import Store
from bnldesk.store.fts import register_sql_functions
from bnldesk.store.search import run_search
from bnldesk.store.search_reader import FileReader, reading


def _bodies(store: Store, typed: str) -> set[str]:
    """The note texts a search of ``typed`` (as typed, as the window searches) finds."""
    with reading(store) as reader:
        result = run_search(reader, parse(typed, as_you_type=True), limit=60, read=20)
    return {hit.text.splitlines()[0] for hit in result.hits if hit.kind == "annotation"}


def _add_note(store: Store, body: str) -> None:
    with store.transaction() as s:
        add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body=body))


@pytest.mark.both_backends
def test_a_search_sees_what_was_written_since_the_last(store: Store) -> None:
    """Each search of the same words after a write (a note added, edited, deleted) finds
    what the database holds now, never what the search before it saw."""
    assert _bodies(store, "zeppelinhaven") == set()
    _add_note(store, "Zeppelinhaven eerste")
    assert _bodies(store, "zeppelinhaven") == {"Zeppelinhaven eerste"}
    assert _bodies(store, "zeppelinh") == {"Zeppelinhaven eerste"}
    _add_note(store, "Zeppelinhaven tweede")
    assert _bodies(store, "zeppelinhaven") == {"Zeppelinhaven eerste", "Zeppelinhaven tweede"}
    with store.transaction() as s:
        first = s.scalars(select(Annotation).where(Annotation.body == "Zeppelinhaven eerste")).one()
        apply_fields(s, first, NoteFields(body="Luchtschiphaven eerste"))
    assert _bodies(store, "zeppelinhaven") == {"Zeppelinhaven tweede"}
    assert _bodies(store, "luchtschip") == {"Luchtschiphaven eerste"}
    with store.transaction() as s:
        second = s.scalars(
            select(Annotation).where(Annotation.body == "Zeppelinhaven tweede")
        ).one()
        delete_annotation(s, second)
    assert _bodies(store, "zeppelinhaven") == set()


def test_a_search_sees_what_another_program_wrote(store: Store) -> None:
    """A write by another connection to the file (another bnldesk, a script) between two
    searches on the kept connection is found by the second."""
    _add_note(store, "Luchtschiphaven van hier")
    assert _bodies(store, "luchtschip") == {"Luchtschiphaven van hier"}
    other = sqlite3.connect(store.path)
    try:
        register_sql_functions(other)  # the index triggers fold the text
        with other:
            changed = other.execute(
                "UPDATE annotation SET body = 'Zeppelinhaven van elders' "
                "WHERE body = 'Luchtschiphaven van hier'"
            )
            assert changed.rowcount == 1
    finally:
        other.close()
    assert _bodies(store, "zeppelinhaven") == {"Zeppelinhaven van elders"}
    assert _bodies(store, "luchtschip") == set()


def test_the_connection_is_kept_between_searches_and_given_back_on_close(
    store: Store,
) -> None:
    """Two searches on one thread read through the same connection, which holds no
    transaction in between (a write elsewhere is not blocked, the store can be swapped);
    one from a pool disposed of since is not used again; another thread gets its own;
    closing the store gives every kept one back."""

    def connection() -> sqlite3.Connection:
        with reading(store) as reader:
            assert isinstance(reader, FileReader)
            run_search(reader, parse("e", as_you_type=True), limit=60, read=20)
            return reader.connection

    first = connection()
    assert not first.in_transaction
    assert store.open_connections() == 0
    assert connection() is first
    store.engine.dispose()  # a new pool: the connection kept from the old one is not used
    old, first = first, connection()
    assert first is not old and connection() is first
    elsewhere: list[sqlite3.Connection] = []
    thread = threading.Thread(target=lambda: elsewhere.append(connection()))
    thread.start()
    thread.join()
    assert elsewhere and elsewhere[0] is not first
    checked_out = store.engine.pool.checkedout  # type: ignore[attr-defined]
    assert checked_out() == 2
    store.close()
    assert checked_out() == 0

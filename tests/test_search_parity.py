"""The query language gives the same hits, in the same order, on an SQLite file and on a
PostgreSQL server: queries built at random from the language's parts (words, prefixes,
phrases, NEAR, AND/OR/NOT, fields, filters) over the demo data and notes written with
ligatures, ß, ĳ, œ, æ, punctuation and other scripts, searched on both. The file's FTS5 index
is the oracle for the server's ``tsquery`` renderer and its folding."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.search import find
from bnldesk.store.backend import DatabaseLocation
from bnldesk.store.engine import Store, open_store
from bnldesk.store.search import search

NOTES = (
    ("SENN-CRISE", "Verkeer in de Straße van Aken; de Ĳssel stroomt over"),
    ("SENN-CRISE", "ﬁnanciële en ﬂexibele steun voor de mise en œuvre van het plan"),
    ("SENN-CRISE", "Oeuvre complète; Groupe Æther & R&D-budget (50%) in 's-Hertogenbosch"),
    ("SENN-CRISE", "Gezamenlijke oefening energie en klimaat in Maastricht"),
    ("SENN-CRISE", "Crisisbeheersing: grensoverschrijdende samenwerking bij overstromingen"),
    ("SENN-CRISE", "مرحبا بالعالم energie 😀 <b>klimaat</b> =cmd|' /C calc'!A0"),
    # Words far apart: NEAR with a small distance must leave this note out.
    (
        "3.1",
        "Energie " + "en de water voor het plan " * 4 + "klimaat; crisis " + "x " * 15 + "politie",
    ),
)
# Words of the demo plans and of the notes above, written in the ways a delegate types them.
WORDS = (
    "energie",
    "Energie",
    "ÉNERGIE",
    "klimaat",
    "crisis",
    "crisisbeheersing",
    "politie",
    "samenwerking",
    "grensoverschrijdende",
    "benelux",
    "water",
    "mobiliteit",
    "veiligheid",
    "strasse",
    "straße",
    "STRAẞE",
    "ijssel",
    "Ĳssel",
    "oeuvre",
    "œuvre",
    "aether",
    "æther",
    "financiele",
    "ﬁnanciële",
    "flexibele",
    "maastricht",
    "hertogenbosch",
    "R&D",
    "50%",
    "3.1",
    "SENN-CRISE",
    "plan",
    "de",
    "en",
    "مرحبا",
    "😀",
    "onbestaand",
)
PREFIXES = ("ener", "kli", "cris", "sam", "stra", "ij", "oeu", "fin", "poli", "b")


def _word() -> st.SearchStrategy[str]:
    return st.sampled_from(WORDS)


def _atom() -> st.SearchStrategy[str]:
    return st.one_of(
        _word(),
        st.sampled_from(PREFIXES).map(lambda p: p + "*"),
        st.lists(_word(), min_size=2, max_size=3).map(lambda ws: '"' + " ".join(ws) + '"'),
        st.tuples(_word(), _word(), st.integers(1, 12)).map(
            lambda t: f"NEAR({t[0]} {t[1]}, {t[2]})"
        ),
        st.tuples(st.sampled_from(("title", "code")), _word()).map(lambda t: f"{t[0]}:{t[1]}"),
        _word().map(lambda w: "-" + w),
    )


def _query() -> st.SearchStrategy[str]:
    joined = st.lists(
        st.tuples(st.sampled_from((" ", " AND ", " OR ")), _atom()), min_size=1, max_size=4
    ).map(lambda parts: "".join(joiner + atom for joiner, atom in parts).strip())
    grouped = st.tuples(_atom(), _atom(), _atom()).map(lambda t: f"({t[0]} OR {t[1]}) {t[2]}")
    filters = st.sampled_from(("", " year:2022", " year:2013", " kind:note", " kind:item"))
    return st.tuples(st.one_of(joined, grouped), filters).map(lambda t: t[0] + t[1])


def _filled(location: DatabaseLocation) -> Store:
    store = open_store(location)
    with store.transaction() as s:
        for target, body in NOTES:
            fields = NoteFields(body=body, tags=["volgen"], visibility="delegation")
            add_annotation(s, resolve_target(s, target), fields, author="bnldesk_admin")
    return store


@pytest.fixture
def file_and_server(
    tmp_path: Path, pg_database: Callable[[bool], DatabaseLocation]
) -> Iterator[tuple[Store, Store]]:
    on_file = _filled(tmp_path / "parity.db")
    on_server = _filled(pg_database(True))
    yield on_file, on_server
    on_file.close()
    on_server.close()


def _hits(store: Store, query: str, prefix: bool) -> list[tuple[str, str, int | None]]:
    with store.read() as s:
        return [(h.kind, h.title, h.plan_year) for h in search(s, query, limit=100, prefix=prefix)]


@pytest.mark.slow
@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=_query(), prefix=st.booleans())
def test_random_queries_find_the_same_on_a_file_and_on_a_server(
    file_and_server: tuple[Store, Store], query: str, prefix: bool
) -> None:
    on_file, on_server = file_and_server
    assert _hits(on_server, query, prefix) == _hits(on_file, query, prefix), query


def _found(store: Store, query: str) -> tuple[list[tuple[str, str, int | None, str]], int]:
    """Hits with their snippets, and the true total, as the window and the CLI search."""
    with store.read() as s:
        found = find(s, query, limit=3, as_typed=False)
    return [(h.kind, h.title, h.plan_year, h.snippet) for h in found.hits], found.total


@pytest.mark.parametrize(
    "query", ["energie", "😀", "code:SENN-CRISE", "code:SENN*", "-klimaat energie", "energie 😀"]
)
def test_emoji_codes_and_true_totals_are_the_same_on_a_file_and_on_a_server(
    file_and_server: tuple[Store, Store], query: str
) -> None:
    on_file, on_server = file_and_server
    hits, total = _found(on_file, query)
    assert total >= len(hits) > 0, query
    assert _found(on_server, query) == (hits, total)


def test_the_parity_queries_find_something(file_and_server: tuple[Store, Store]) -> None:
    """The vocabulary reaches the data: the property above compares hits, not empty lists."""
    on_file, on_server = file_and_server
    for query in ("straße", "ijssel", "œuvre", "aether", "financiele", "energie klimaat"):
        hits = _hits(on_file, query, False)
        assert hits, query
        assert _hits(on_server, query, False) == hits, query
    # NEAR within a distance, and the note whose words lie further apart left out on both.
    near = _hits(on_file, "NEAR(crisis politie, 5) kind:note", False)
    far = _hits(on_file, "NEAR(crisis politie, 20) kind:note", False)
    assert len(far) == len(near) + 1
    assert _hits(on_server, "NEAR(crisis politie, 5) kind:note", False) == near
    assert _hits(on_server, "NEAR(crisis politie, 20) kind:note", False) == far

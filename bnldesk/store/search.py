"""Full-text search: the query language on the index migration 0007 keeps, on both databases.

On a file the index is SQLite's FTS5 (``search_fts``, kept by triggers); the query tree of
:mod:`bnldesk.domain.search_query` is rendered to an FTS5 expression by :func:`to_fts5` and the
folding function the index triggers call is registered on every connection by
:func:`register_sql_functions`. On a server the index is PostgreSQL's (``search_document``,
written by bnldesk with the same folding; :mod:`bnldesk.store.search_pg` reads it, the
``tsquery`` renderer is :mod:`bnldesk.store.pg_fts`). Both answer the same three questions
(a :class:`SearchIndex`), and everything else, ranking, snippets and what a hit shows, is done
here once, so a search gives the same hits in the same order on both.

Ranking costs what an unranked search costs. Scoring every match (bm25 over all the documents
a common word or a one-letter prefix matches, then sorting) grew with the database; instead each
search reads two bounded candidate sets, ``ORDER BY rowid DESC LIMIT n``, which FTS5 answers by
walking its index backwards and stopping: the newest plan objects whose title or code matches,
and the newest matches of any kind (the delegation's notes and meetings come first in that
order). The title hits are ranked by BM25 over their titles
(:func:`bnldesk.domain.search_query.title_score`) and lead the list; the other matches follow,
newest first. Prefix indexes (migration 0007) make one to three letters as cheap as a word. The
snippet of a hit is cut from its text only when asked for (the rows a window shows).

What is left beside the two passes is kept small (issue 15, bench_store's search rows). On a
file the title pass walks an index of the plan's titles and codes alone (``search_title_fts``,
migration 0012: no column filter) and reads, in the same statement, the folded words each
title is ranked by, kept beside it when the title was written (``search_title_words``): a
first search neither reads the candidates' rows nor folds their titles. Only the hits shown
are read, in one statement whose text depends only on the kinds (SQLite prepares it once),
and a window asks for the first screen of them alone (``read``): the others are listed ranked
but unread (:class:`Unread`) and read when it shows them (:func:`read_unread`);
the window searches through the pooled connection without an ORM session
(:func:`bnldesk.store.search_reader.reading`). What recent hits show is kept, per connection,
until the file changes (:mod:`bnldesk.store.search_kept`): the next keystroke finds mostly the
same titles and notes, and reading them costs twice what finding them does.

Within the window's filters, each statement on the FTS5 index tests the rows it matched
(few matches, or the newest matches as long as the hits found there say testing costs less),
or reads the list of what the filters allow, made once and kept until the data changes (a
filter that lets few rows through, listed from those few objects): see :meth:`_FtsIndex.form`
and :meth:`_FtsIndex._tested_first`. A search right after a filter change then costs what its
matches or the filter's few objects cost, not what the filter allows.

User text is data: every word reaches ``MATCH`` inside double quotes, so nothing a delegate
types is FTS5 syntax unless the query language says so (on a server: a quoted lexeme of a bound
``tsquery``).
"""

from __future__ import annotations

import functools
import json
import sqlite3
import weakref
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple, Protocol

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from bnldesk.domain.search_query import (
    Query,
    Term,
    parse,
    rank_folded_titles,
    snippet,
)
from bnldesk.store.backend import backend_of
from bnldesk.store.fts import (
    KIND_CODES,
    KIND_SPAN,
    PLAN_OBJECTS_BELOW,
    excluding,
    fts_query,
    match_expression,
    register_sql_functions,
    to_fts5,
)
from bnldesk.store.search_kept import KeptRows
from bnldesk.store.search_reader import Reader, dbapi, engine_of, is_server, rows
from bnldesk.store.search_reading import (
    Shown,
    TitleHits,
    by_kind,
    select_shown,
    shown_of,
)
from bnldesk.store.search_scope import Allowed, Restriction, Within, allowed_rowids

__all__ = [
    "HIT_END",
    "HIT_START",
    "KINDS",
    "SearchHit",
    "SearchResult",
    "Unread",
    "count_matches",
    "fts_query",
    "match_expression",
    "prepare",
    "read_unread",
    "register_sql_functions",
    "run_search",
    "search",
    "to_fts5",
]

# Markers around matched words in snippets; the UI escapes the text, then turns them into bold.
HIT_START = "\x02"
HIT_END = "\x03"

KINDS = tuple(KIND_CODES)
_KIND_OF = {code: kind for kind, code in KIND_CODES.items()}

# One order for a query whatever the number of hits asked for (the window shows 60, the command
# line 30 by default: both must show the same best hits, the shorter list a beginning of the
# longer). The title hits are ranked among the newest _TITLE_POOL of them (more when more hits
# are asked for); the best _TITLE_LEAD lead, the other matches (notes first) follow, then the
# remaining title hits. Both numbers are constants so that no limit changes the order.
_TITLE_POOL = 60
# Added to the title score of a workgroup whose code is exactly what was typed (scores are
# BM25 over a title's words, a few units at most).
_EXACT_CODE = 100.0
_WORKGROUP_CODE = KIND_CODES["workgroup"]
_TITLE_LEAD = 40


# --------------------------------------------------------------------------------------------
# searching
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, init=False)
class SearchHit:
    """One object found. ``text`` is its indexed text as written; ``rank``: lower is better
    (minus the title score for title hits, 0.0 for the others)."""

    kind: str
    obj_id: int
    plan_year: int | None
    title: str
    text: str
    rank: float
    terms: tuple[Term, ...] = ()
    symbols: tuple[str, ...] = ()  # emoji searched for, marked like words

    def __init__(
        self,
        kind: str,
        obj_id: int,
        plan_year: int | None,
        title: str,
        text: str,
        rank: float,
        terms: tuple[Term, ...] = (),
        symbols: tuple[str, ...] = (),
    ) -> None:
        # Written into the instance's dict at once: a frozen dataclass's own __init__ sets
        # each field through object.__setattr__, twice the cost, and a search makes 60 hits.
        fields = self.__dict__
        fields["kind"] = kind
        fields["obj_id"] = obj_id
        fields["plan_year"] = plan_year
        fields["title"] = title
        fields["text"] = text
        fields["rank"] = rank
        fields["terms"] = terms
        fields["symbols"] = symbols

    @cached_property
    def snippet(self) -> str:
        """An excerpt of the text around the matches, each between HIT_START and HIT_END."""
        return snippet(
            self.text, self.terms, start_mark=HIT_START, end_mark=HIT_END, symbols=self.symbols
        )


@dataclass(frozen=True)
class SearchResult:
    """The hits of a search, best first, and what the window may tell the delegate.

    ``complete`` is False when more matches exist than were returned; ``query`` is what was
    read from the text (``query.plain_words``: some syntax was taken as plain words;
    ``query.is_empty``: nothing to search for, e.g. only punctuation or emoji was typed).
    """

    hits: list[SearchHit]
    query: Query
    complete: bool = True
    # The hits ranked after ``hits`` whose rows were not read (a search asked to read only
    # the first ones: the rows a window shows at once), best first; :func:`read_unread`.
    unread: tuple[Unread, ...] = ()


class Unread(NamedTuple):
    """A hit found and ranked but not read yet: its index ``rowid`` (kind and id) and
    ``rank`` (as :attr:`SearchHit.rank`)."""

    rowid: int
    rank: float

    @property
    def kind(self) -> str:
        """The kind of object (one of :data:`KINDS`)."""
        return _KIND_OF[self.rowid // KIND_SPAN]

    @property
    def obj_id(self) -> int:
        """The object's id in its own table."""
        return self.rowid % KIND_SPAN


class SearchIndex(Protocol):
    """What a search asks of its database's index (FTS5 here, PostgreSQL in
    :class:`bnldesk.store.search_pg.ServerIndex`); rowids are ``kind code * 2**32 + id``."""

    def allowed(self, restriction: Restriction) -> Allowed:
        """The window's filters as SQL for the statements below."""
        ...

    def prepare(self, restriction: Restriction) -> None:
        """Work out what the filters allow before anything is searched (where that is kept)."""
        ...

    def title_hits(self, query: Query, allowed: Allowed, limit: int) -> TitleHits:
        """A bounded pass stopping after ``limit`` matches: the newest plan objects whose
        title or code matches, with the folded words of the title each is ranked by."""
        ...

    def other_candidates(
        self, query: Query, allowed: Allowed, limit: int, besides: Collection[int]
    ) -> list[int]:
        """A bounded pass stopping after ``limit`` matches: the newest matches of any kind
        (notes and meetings first, as their rowids are the highest) but those ``besides``
        (the title hits, ranked on their own)."""
        ...

    def without_words(self, query: Query, allowed: Allowed, limit: int) -> tuple[list[int], bool]:
        """Only filters or exclusions: the newest rows that qualify, and whether that is all."""
        ...

    def count(self, query: Query, allowed: Allowed) -> int:
        """How many rows match the whole query (words, exclusions) and the filters."""
        ...

    def rows(self, wanted: dict[str, list[int]], *, headings: bool) -> Sequence[Sequence[Any]]:
        """What the hits ``wanted`` (ids per kind) show, as :func:`select_shown` reads it
        (rowid, plan year, label, text and with ``headings`` heading), in any order; an
        object gone is missing."""
        ...


def index_of(reader: Reader) -> SearchIndex:
    """The search index of the reader's database."""
    if isinstance(reader, Session) and is_server(reader):
        from bnldesk.store.search_pg import ServerIndex

        return ServerIndex(reader)
    return _FtsIndex(engine_of(reader), dbapi(reader))


def prepare(session: Reader, within: Within | None) -> None:
    """Work out what the window's filters allow before anything is typed, so the first
    search within them answers as fast as the next ones (the answer is kept; see
    :meth:`_FtsIndex.allowed`)."""
    restriction = allowed_rowids(session, within, Query(None).filters)
    if not restriction.nothing:
        index_of(session).prepare(restriction)


def search(
    session: Reader,
    user_text: str,
    *,
    limit: int = 50,
    kinds: tuple[str, ...] | None = None,
    plan_year: int | None = None,
    prefix: bool = False,
    within: Within | None = None,
) -> list[SearchHit]:
    """The best ``limit`` objects for what a delegate typed (see :func:`run_search`);
    ``prefix``: the last word matches as a prefix (search as you type)."""
    query = parse(user_text, as_you_type=prefix)
    return run_search(
        session, query, limit=limit, kinds=kinds, plan_year=plan_year, within=within
    ).hits


def run_search(
    session: Reader,
    query: Query,
    *,
    limit: int = 50,
    kinds: tuple[str, ...] | None = None,
    plan_year: int | None = None,
    within: Within | None = None,
    read: int | None = None,
) -> SearchResult:
    """Search the index with a parsed query, inside the window's filters and scope
    (``within``) and the query's own filters; ``kinds`` limits the kinds of object;
    ``plan_year`` keeps that year's objects and those of no year (workgroups, contacts).

    Returns at most ``limit`` hits, best first: title and code hits ranked by their title, then
    the other matches newest first (notes and meetings before the plan's text). With ``read``,
    only the best ``read`` hits are read from their tables (what a window shows at once); the
    others come back ranked but unread (:attr:`SearchResult.unread`, :func:`read_unread`), in
    the same order as without it. Raises nothing for any text a delegate types; database
    faults surface as the store's errors.
    """
    if query.is_empty:
        return SearchResult([], query)
    restriction = allowed_rowids(session, within, query.filters, kinds, plan_year)
    if restriction.nothing:
        return SearchResult([], query)
    index = index_of(session)
    allowed = index.allowed(restriction)
    if query.text is None:
        rowids, complete = index.without_words(query, allowed, limit)
        return _result(index, rowids, {}, {}, query, complete, read)
    # Title hits are ranked by their title's folded words; the rest stay newest first.
    titles = index.title_hits(query, allowed, max(limit, _TITLE_POOL))
    words = titles.words
    found = [r for r in titles.rowids if r in words]
    ranked, endings = rank_folded_titles([words[r] for r in found], query.highlight_terms())
    scores: dict[int, float] = {}
    for rowid, score, ending in zip(found, ranked, endings, strict=True):
        # a workgroup's code typed whole comes first (Ctrl+K "VE-TER")
        if ending and rowid // KIND_SPAN == _WORKGROUP_CODE:
            score += _EXACT_CODE
        scores[rowid] = score
    best = sorted(scores, key=scores.__getitem__, reverse=True)  # on a tie the newer first
    # Enough of the other matches to fill ``limit`` after the leading title hits, and one
    # more: when that many match, the list is not complete (the leading title hits and the
    # others are more than ``limit``); when fewer, they are all the other matches there are.
    wanted = limit - min(len(best), _TITLE_LEAD) + 1
    rest = index.other_candidates(query, allowed, wanted, scores.keys())
    order = (best[:_TITLE_LEAD] + rest + best[_TITLE_LEAD:])[:limit]
    complete = len(rest) < wanted and len(best) + len(rest) <= limit
    return _result(index, order, titles.shown, scores, query, complete, read)


def _result(
    index: SearchIndex,
    order: list[int],
    shown: Shown,
    scores: dict[int, float],
    query: Query,
    complete: bool,
    read: int | None,
) -> SearchResult:
    """The result of the ranked rowids ``order``: the first ``read`` (all without it) read
    (beside those already ``shown``) and made hits, the others left unread."""
    first = order if read is None else order[: max(read, 0)]
    shown = shown | _shown(index, [rowid for rowid in first if rowid not in shown])
    rest = order[len(first) :]
    score = scores.get
    # Made by tuple.__new__ from pairs: a NamedTuple's own __new__ is Python, twice the cost.
    unread = tuple(map(_new_unread, zip(rest, [-score(rowid, 0.0) for rowid in rest], strict=True)))
    return SearchResult(_hits(first, shown, scores, query), query, complete, unread)


_new_unread = functools.partial(tuple.__new__, Unread)


def read_unread(session: Reader, unread: Sequence[Unread], query: Query) -> list[SearchHit]:
    """The hits ``unread`` (from :attr:`SearchResult.unread` of a search of ``query``) read
    now, in their order; an object gone since the search is left out."""
    index = index_of(session)
    rowids = [hit.rowid for hit in unread]
    scores = {hit.rowid: -hit.rank for hit in unread if hit.rank}
    return _hits(rowids, _shown(index, rowids), scores, query)


def plan_languages(session: Reader) -> tuple[str, ...]:
    """The languages the plans here are printed in ("nl", "fr", "en"), the most plans first;
    plans whose language is not known are left out."""
    sql = (
        "SELECT language FROM plan WHERE language IS NOT NULL AND language <> '' "
        "GROUP BY language ORDER BY count(*) DESC, language"
    )
    return tuple(str(language) for (language,) in rows(session, sql))


def count_matches(
    session: Reader,
    query: Query,
    *,
    plan_year: int | None = None,
    within: Within | None = None,
) -> int:
    """How many objects the query matches in all, inside ``within`` and ``plan_year`` as
    :func:`run_search` reads them: the true total beside the best ``limit`` it returns.
    Counting reads every match (run_search stops after ``limit``)."""
    if query.is_empty:
        return 0
    restriction = allowed_rowids(session, within, query.filters, None, plan_year)
    if restriction.nothing:
        return 0
    index = index_of(session)
    return index.count(query, index.allowed(restriction))


# How a search keeps to the window's filters (issue 15: a search typed right after a filter
# answers at once). Either each index row the search matched is tested against the filters
# (a lookup of that object: costs what the matches cost), or the rows the filters allow are
# listed once (costs what the filters allow, tens of thousands of rows for "status open") and
# kept while the filters and the data stay the same, for the next searches. A search tests its
# matches row by row when they are at most this many; beyond that it lists.
_ROW_TESTS_MOST = 20_000
# The hits are looked for row by row among this many newest matches first, however many
# match: a filter that lets less than a page of hits through there (a workgroup's few objects)
# is listed instead of testing every match.
_ROW_WINDOW = 2_000
# A list kept from an earlier search is used when it holds fewer than this many times as many
# rows as the statement would test (a listed row costs SQLite a tenth of a row's test).
_LISTED_PER_TEST = 10


# When the newest _ROW_WINDOW matches hold some hits but not enough, the next matches are
# tested as well, as many as the hits found so far say should hold the rest (with half as many
# again to spare; again while some are still missing), at most _FURTHER_MOST in all: testing
# a few thousand rows costs less than listing what a filter allows (the notes with open action
# items: 50 ms). No hit at all says the filter is narrow: listing it costs what the few
# objects it allows cost.
_FURTHER_MOST = 6_000


def further_window(passed: int, wanted: int, matches: int, seen: int | None = None) -> int | None:
    """How many more matches to test for the ``wanted`` hits when ``passed`` of the newest
    ``seen`` (default :data:`_ROW_WINDOW`) passed the filters and ``matches`` rows match in
    all; None when listing what the filters allow should cost less (no hit so far, or more
    than :data:`_FURTHER_MOST` rows tested after the window in all)."""
    seen = _ROW_WINDOW if seen is None else seen
    if passed <= 0:
        return None
    needed = -(-seen * (wanted - passed) * 3 // (passed * 2))  # rounded up
    further = min(needed, matches - seen)
    if further <= 0 or seen - _ROW_WINDOW + further > _FURTHER_MOST:
        return None
    return further


@dataclass
class _AllowedCache:
    """The rows each recent filter allows, as a JSON array ("" when too many to list), kept
    until a write commits on the engine or another connection changes the file."""

    commits: int = 0  # transactions committed on the engine (any write)
    entries: dict[str, tuple[tuple[int, int], str, int]] = field(default_factory=dict)
    # What recent hits show, per connection (by id; the object is compared too).
    kept: dict[int, KeptRows] = field(default_factory=dict)

    def kept_rows(self, connection: sqlite3.Connection) -> KeptRows:
        """The rows kept for ``connection`` (none yet for a connection not seen before)."""
        kept = self.kept.get(id(connection))
        if kept is None or kept.connection is not connection:
            kept = self.kept[id(connection)] = KeptRows(connection)
            while len(self.kept) > _KEPT_CONNECTIONS:
                del self.kept[next(iter(self.kept))]
        return kept


_ALLOWED: weakref.WeakKeyDictionary[Engine, _AllowedCache] = weakref.WeakKeyDictionary()
_ALLOWED_KEPT = 4
_KEPT_CONNECTIONS = 4
_ALLOWED_MOST = 100_000


def _allowed_cache(engine: Engine) -> _AllowedCache:
    cache = _ALLOWED.get(engine)
    if cache is None:
        cache = _ALLOWED[engine] = _AllowedCache()

        def committed(_connection: object) -> None:
            cache.commits += 1
            cache.entries.clear()

        event.listen(engine, "commit", committed)
    return cache


@dataclass(frozen=True)
class _Filtered(Allowed):
    """Filters the FTS5 index applies as each statement measures best (see
    :meth:`_FtsIndex.form`); ``condition`` is unused."""

    restriction: Restriction = field(default_factory=Restriction)


@dataclass(frozen=True)
class _Listed:
    """The rows a filter allows, listed: ``allowed`` tests membership of the list (on
    ``rowid``), ``size`` is how many rows it holds."""

    allowed: Allowed
    size: int


class _FtsIndex:
    """SQLite's FTS5 index ``search_fts`` (a :class:`SearchIndex`)."""

    def __init__(self, engine: Engine, conn: sqlite3.Connection) -> None:
        self.engine = engine  # its commits make the lists kept for it stale
        self.conn = conn
        self._match_counts: dict[str, int] = {}  # FTS5 expression -> rows it matches
        # The share of the matches tested in the last pass that passed the filters, when
        # that pass found too few hits among the newest (see _tested_first).
        self._hit_rate: float | None = None
        self._kept: KeptRows | None = None  # checked against the file by this search

    def _kept_rows(self) -> KeptRows:
        """The rows kept from earlier searches on this connection, dropped first when the
        file changed since (checked once a search: after its first statement)."""
        if self._kept is None:
            cache = _allowed_cache(self.engine)
            self._kept = cache.kept_rows(self.conn)
            self._kept.valid_for(cache.commits)
        return self._kept

    def shown(self, rowids: list[int]) -> Shown:
        """What ``rowids`` show (:func:`_shown`): the rows kept from earlier searches, the
        others read and kept."""
        kept = self._kept_rows()
        missing = kept.missing(rowids)
        found = kept.shown(rowids) if len(missing) < len(rowids) else {}
        if missing:
            read = shown_of(self.rows(by_kind(missing), headings=False), headings=False)
            kept.keep(read)
            found.update(read)
        return found

    def allowed(self, restriction: Restriction) -> Allowed:
        """The filters as SQL for a search statement: kinds taken whole are rowid ranges;
        filters with checks are applied per statement, row by row or listed (:meth:`form`)."""
        if not restriction.checks:
            return Allowed(condition=restriction.condition() or "")
        return _Filtered(restriction=restriction)

    def prepare(self, restriction: Restriction) -> None:
        if restriction.checks:
            self._listed(restriction, make=True)

    def _listed(self, restriction: Restriction, *, make: bool) -> _Listed | None:
        """The rows ``restriction`` allows, listed: kept from an earlier search, or (with
        ``make``) read now and kept. None when not kept (without ``make``) or too many."""
        conn = self.conn
        cache = _allowed_cache(self.engine)
        key = repr((restriction.union(), sorted(restriction.params.items())))
        (version,) = conn.execute("PRAGMA data_version").fetchone()
        stamp = (cache.commits, int(version))
        found = cache.entries.get(key)
        if found is None or found[0] != stamp:
            if not make:
                return None
            rows = conn.execute(
                f"{restriction.union()} LIMIT {_ALLOWED_MOST + 1}", restriction.params
            )
            ids = sorted({int(r[0]) for r in rows})
            listed = json.dumps(ids) if len(ids) <= _ALLOWED_MOST else ""
            found = (stamp, listed, len(ids))
            cache.entries[key] = found
            while len(cache.entries) > _ALLOWED_KEPT:
                del cache.entries[next(iter(cache.entries))]
        if not found[1]:
            return None
        parts = [f"(rowid BETWEEN {low} AND {high})" for low, high in restriction.ranges]
        parts.append("(rowid + 0) IN (SELECT value FROM json_each(:allowed))")
        return _Listed(Allowed("(" + " OR ".join(parts) + ")", {"allowed": found[1]}), found[2])

    def form(self, allowed: Allowed, tested: int) -> Allowed:
        """How a statement that would test ``tested`` index rows keeps to ``allowed``: a
        list kept from an earlier search when it is small beside them; else each row tested
        when they are few (:data:`_ROW_TESTS_MOST`) or the allowed rows too many to list;
        else the allowed rows listed now (and kept). Row tests are a :class:`_Filtered`."""
        if not isinstance(allowed, _Filtered):
            return allowed
        kept = self._listed(allowed.restriction, make=False)
        if kept is not None and kept.size < tested * _LISTED_PER_TEST:
            return kept.allowed
        if tested <= _ROW_TESTS_MOST:
            return allowed
        listed = self._listed(allowed.restriction, make=True)
        return allowed if listed is None else listed.allowed

    def matches(self, match: str) -> int:
        """How many index rows ``match`` (an FTS5 expression) matches, filters aside."""
        row = self.conn.execute(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (match,)
        )
        return int(row.fetchone()[0])

    def title_hits(self, query: Query, allowed: Allowed, limit: int) -> TitleHits:
        """The newest title matches from the title index (migration 0012: no column filter)
        with their folded words: in one statement on a first search; once words are kept
        (the next keystroke ranks mostly the same titles), the titles found first and only
        the words not kept read. Within filters that test rows, or with words left out
        (which the rest of an object must not hold either), the titles are found in the
        whole index as any others (:meth:`_newest`, column filter ``{title code}``)."""
        assert query.text is not None
        if isinstance(allowed, _Filtered) or query.excluded:
            titles = excluding(f"{{title code}} : ({to_fts5(query.text)})", query)
            plan_objects = f"rowid < {PLAN_OBJECTS_BELOW * KIND_SPAN}"
            tested = self._tested(query, allowed)
            rowids = self._newest(titles, [plan_objects], allowed, limit, tested)
            return TitleHits(rowids, self._title_words(rowids))
        where = " AND ".join(["search_title_fts MATCH :q", *filter(None, [allowed.condition])])
        newest = f"SELECT rowid FROM search_title_fts WHERE {where} ORDER BY rowid DESC LIMIT :n"
        values = {**allowed.params, "q": to_fts5(query.text), "n": limit}
        cache = _allowed_cache(self.engine)
        if cache.kept_rows(self.conn).current(cache.commits):
            rowids = [rowid for (rowid,) in self.conn.execute(newest, values)]
            return TitleHits(rowids, self._title_words(rowids))
        sql = (
            f"WITH t AS MATERIALIZED ({newest}) "
            "SELECT t.rowid, w.words FROM t JOIN search_title_words w ON w.rowid = t.rowid"
        )
        words: dict[int, str] = dict(self.conn.execute(sql, values).fetchall())
        self._kept_rows().keep_words(words)
        return TitleHits(sorted(words, reverse=True), words)

    def _title_words(self, rowids: list[int]) -> dict[int, str]:
        """The folded words of the titles ``rowids`` (an object gone is missing): those kept
        from earlier searches, the others read and kept."""
        kept = self._kept_rows()
        words = {rowid: kept.words[rowid] for rowid in rowids if rowid in kept.words}
        missing = [rowid for rowid in rowids if rowid not in words]
        if missing:
            read = dict(self.conn.execute(_TITLE_WORDS_OF, (json.dumps(missing),)).fetchall())
            kept.keep_words(read)
            words.update(read)
        return words

    def other_candidates(
        self, query: Query, allowed: Allowed, limit: int, besides: Collection[int]
    ) -> list[int]:
        """At most ``limit + len(besides)`` newest matches are walked, the title hits among
        them left out here. Without filters that test rows, the walk stops as soon as
        ``limit`` others are found: cheaper than leaving the title hits out in the statement
        (``NOT IN`` a JSON array of their rowids: 25-27 us against 14-15 us, the array
        alone 10 us)."""
        assert query.text is not None
        everything = excluding(to_fts5(query.text), query)
        more = limit + len(besides)
        if isinstance(allowed, _Filtered):
            found = self._newest(everything, [], allowed, more, self._tested(query, allowed))
            return [rowid for rowid in found if rowid not in besides][:limit]
        sql, values = self._newest_statement(everything, [], allowed, more)
        others: list[int] = []
        for (rowid,) in self.conn.execute(sql, values):
            if rowid not in besides:
                others.append(rowid)
                if len(others) >= limit:
                    break
        return others

    def _tested(self, query: Query, allowed: Allowed) -> int:
        """How many rows the words match, when the filters test rows (else 0); the title
        matches are among them, so it bounds either pass."""
        if not isinstance(allowed, _Filtered):
            return 0
        assert query.text is not None
        everything = excluding(to_fts5(query.text), query)
        if everything not in self._match_counts:  # both passes ask: counted once
            self._match_counts[everything] = self.matches(everything)
        return self._match_counts[everything]

    def _newest(
        self, match: str, conditions: list[str], allowed: Allowed, limit: int, tested: int
    ) -> list[int]:
        """Rowids of the newest ``limit`` matches meeting the conditions and the filters:
        FTS5 walks its index backwards and stops there, whatever the number of matches.

        Within filters (``tested``: how many rows the words match), a list kept from an
        earlier search is used when it is small beside them; else the newest matches are
        tested row by row first, however many match (a first keystroke matches nearly
        everything, and most filters let a page through there: see :meth:`_tested_first`);
        when that would cost more, the filter is listed (and kept) instead."""
        if isinstance(allowed, _Filtered):
            kept = self._listed(allowed.restriction, make=False)
            if kept is not None and kept.size < tested * _LISTED_PER_TEST:
                allowed = kept.allowed
            elif tested > _ROW_WINDOW:
                found = self._tested_first(match, conditions, allowed, limit, tested)
                if found is not None:
                    return found
                listed = self._listed(allowed.restriction, make=True)
                allowed = allowed if listed is None else listed.allowed
        if isinstance(allowed, _Filtered):
            return self._newest_tested(match, conditions, allowed, limit, None)
        sql, values = self._newest_statement(match, conditions, allowed, limit)
        return [rowid for (rowid,) in self.conn.execute(sql, values)]

    @staticmethod
    def _newest_statement(
        match: str, conditions: list[str], allowed: Allowed, limit: int
    ) -> tuple[str, dict[str, object]]:
        """The statement (and its values) selecting the rowids of the newest ``limit``
        matches meeting the conditions and ``allowed`` (not a :class:`_Filtered`)."""
        where = [
            "search_fts MATCH :q",
            *conditions,
            *([allowed.condition] if allowed.condition else []),
        ]
        sql = (
            f"SELECT rowid FROM search_fts WHERE {' AND '.join(where)} ORDER BY rowid DESC LIMIT :n"
        )
        return sql, {**allowed.params, "q": match, "n": limit}

    def _tested_first(
        self, match: str, conditions: list[str], filtered: _Filtered, limit: int, tested: int
    ) -> list[int] | None:
        """The newest ``limit`` hits within the filters, found by testing the newest
        :data:`_ROW_WINDOW` matches and, when those hold some hits but too few, further
        matches as many as the hits found say (:func:`further_window`); all the hits there
        are when every match was tested. None when listing what the filters allow should
        cost less: no hit among the newest matches (a narrow filter, cheap to list, and the
        list serves the next pass), too few for the further matches, or so few hits in the
        pass before (the titles) that the further matches could not hold enough."""
        if self._hit_rate is not None and self._hit_rate * (_ROW_WINDOW + _FURTHER_MOST) < limit:
            return None
        found = self._newest_tested(match, conditions, filtered, limit, _ROW_WINDOW)
        if len(found) >= limit:
            return found
        if not found:
            return None
        window = self._count_up_to(match, conditions, _ROW_WINDOW + 1)
        if window <= _ROW_WINDOW:  # every match was in the window (a title pass)
            self._hit_rate = len(found) / window
            return found
        seen = _ROW_WINDOW
        while (further := further_window(len(found), limit, tested, seen)) is not None:
            found += self._newest_tested(
                match, conditions, filtered, limit - len(found), further, seen
            )
            seen += further
            if len(found) >= limit or seen >= tested:
                return found
        self._hit_rate = len(found) / seen
        return None

    def _count_up_to(self, match: str, conditions: list[str], most: int) -> int:
        """How many rows match ``match`` and the ``conditions``, counted up to ``most`` (FTS5
        walks its index that far, testing nothing)."""
        where = " AND ".join(["search_fts MATCH :q", *conditions])
        row = self.conn.execute(
            f"SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE {where} "
            f"ORDER BY rowid DESC LIMIT {int(most)})",
            {"q": match},
        ).fetchone()
        return int(row[0])

    def _newest_tested(
        self,
        match: str,
        conditions: list[str],
        filtered: _Filtered,
        limit: int,
        window: int | None,
        skipped: int = 0,
    ) -> list[int]:
        """The newest ``limit`` matches (among the newest ``window`` after the newest
        ``skipped``, when a window is given) that pass the filters' tests, each looked up
        for its own row."""
        restriction = filtered.restriction
        where = " AND ".join(["search_fts MATCH :q", *conditions])
        values = {**restriction.params, "q": match, "n": limit}
        if window is None:
            test = restriction.condition("search_fts.rowid") or "TRUE"
            sql = (
                f"SELECT rowid FROM search_fts WHERE {where} AND {test} "
                "ORDER BY rowid DESC LIMIT :n"
            )
        else:
            # The window is read first and only then tested: a subquery with LIMIT is never
            # merged into the statement around it.
            test = restriction.condition("m.rowid") or "TRUE"
            sql = (
                f"SELECT m.rowid FROM (SELECT rowid FROM search_fts WHERE {where} "
                f"ORDER BY rowid DESC LIMIT {int(window)} OFFSET {int(skipped)}) AS m WHERE {test} "
                "ORDER BY m.rowid DESC LIMIT :n"
            )
        return [rowid for (rowid,) in self.conn.execute(sql, values)]

    def without_words(self, query: Query, allowed: Allowed, limit: int) -> tuple[list[int], bool]:
        clause, values = self._matching(query, self.form(allowed, _ALLOWED_MOST + 1))
        rows = self.conn.execute(
            f"SELECT rowid FROM search_fts{clause} ORDER BY rowid DESC LIMIT :n",
            {**values, "n": limit + 1},
        ).fetchall()
        return [int(r[0]) for r in rows[:limit]], len(rows) <= limit

    def count(self, query: Query, allowed: Allowed) -> int:
        if isinstance(allowed, _Filtered) and query.text is not None:
            tested = self.matches(excluding(to_fts5(query.text), query))
        else:
            tested = _ALLOWED_MOST + 1
        clause, values = self._matching(query, self.form(allowed, tested))
        row = self.conn.execute(f"SELECT count(*) FROM search_fts{clause}", values)
        return int(row.fetchone()[0])

    @staticmethod
    def _matching(query: Query, allowed: Allowed) -> tuple[str, dict[str, object]]:
        """The WHERE clause (with its values) of the index rows matching the whole query,
        within ``allowed`` (row tests when a :class:`_Filtered`)."""
        where: list[str] = []
        values: dict[str, object] = dict(allowed.params)
        if query.text is not None:
            where.append("search_fts MATCH :q")
            values["q"] = excluding(to_fts5(query.text), query)
        elif query.excluded:
            where.append("rowid NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH :ex)")
            values["ex"] = " OR ".join(f"({to_fts5(p)})" for p in query.excluded)
        if isinstance(allowed, _Filtered):
            values.update(allowed.restriction.params)
            where.append(allowed.restriction.condition("search_fts.rowid") or "TRUE")
        elif allowed.condition:
            where.append(allowed.condition)
        return (" WHERE " + " AND ".join(where)) if where else "", values

    def rows(self, wanted: dict[str, list[int]], *, headings: bool) -> Sequence[Sequence[Any]]:
        # One statement for every kind wanted, the ids bound as JSON arrays: its text depends
        # only on the kinds, so SQLite prepares it once per connection (its statement cache),
        # not once per search as with the ids written into it.
        kinds = tuple(wanted)
        values = [_int_array(wanted[kind]) for kind in kinds]
        return self.conn.execute(_union(kinds, headings), values).fetchall()


def _int_array(numbers: list[int]) -> str:
    """``numbers`` as a JSON array (for ``json_each``): written directly, twice as fast as
    ``json.dumps`` for the few ids of a search."""
    return "[" + ",".join(map(str, numbers)) + "]"


# The folded title words (migration 0012) of the rowids bound as a JSON array.
_TITLE_WORDS_OF = (
    "SELECT rowid, words FROM search_title_words WHERE rowid IN (SELECT value FROM json_each(?))"
)


@functools.cache
def _union(kinds: tuple[str, ...], headings: bool) -> str:
    """One SQLite statement reading the hits of every kind in ``kinds``, the ids of each a
    bound JSON array (in the order of ``kinds``)."""
    return " UNION ALL ".join(
        select_shown(kind, "SELECT value FROM json_each(?)", headings=headings) for kind in kinds
    )


def _shown(index: SearchIndex, rowids: list[int]) -> Shown:
    """What ``rowids`` show, read from the objects' own tables; a rowid whose object is gone
    is missing from the answer."""
    if not rowids:
        return {}
    if isinstance(index, _FtsIndex):
        return index.shown(rowids)
    return shown_of(index.rows(by_kind(rowids), headings=False), headings=False)


def _hits(
    order: list[int], shown: Shown, scores: dict[int, float], query: Query
) -> list[SearchHit]:
    """The hits of ``order`` whose object is still there, best first."""
    terms = query.highlight_terms()
    symbols = query.filters.symbols
    hits: list[SearchHit] = []
    for rowid in order:
        found = shown.get(rowid)
        if found is not None:
            code, obj_id = divmod(rowid, KIND_SPAN)
            year, label, text, _heading = found
            rank = -scores.get(rowid, 0.0)
            hits.append(SearchHit(_KIND_OF[code], obj_id, year, label, text, rank, terms, symbols))
    return hits


def integrity_check(session: Session) -> str | None:
    """None when the index (and on a file the title index beside it) agrees with its own
    structures, else the error SQLite reports (on a server: whether every object has its one
    search entry)."""
    if backend_of(session).is_server:
        from bnldesk.store import search_pg

        return search_pg.index_check(session)
    try:
        for name in ("search_fts", "search_title_fts"):
            session.execute(text(f"INSERT INTO {name}({name}, rank) VALUES ('integrity-check', 1)"))
    except Exception as exc:
        return str(getattr(exc, "orig", exc))
    return None

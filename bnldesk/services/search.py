"""The one search the window and the command line share.

``bnldesk search TEXT`` and the search box read the same language
(:mod:`bnldesk.domain.search_query`) the same way: the last word matches as a prefix, as it
does while it is typed ("politie" finds "Politiesamenwerking"; a blank after it, or
``as_typed=False``, makes it a whole word). Both get the best hits, the true number of matches
and, when the filters or the scope hid every match, how many there are without them, so either
can say what to change.

Counting every match costs more than finding the best ones (each match is tested against the
filters): the window asks for the hits first (``count=False``) and the true total after them
(:func:`count`), so the hits show at once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bnldesk.domain.search_query import Query, parse
from bnldesk.domain.workgroup_names import Naming
from bnldesk.store.browse import BrowseFilter
from bnldesk.store.listing import Connection
from bnldesk.store.queries import dbapi
from bnldesk.store.search import SearchHit, count_matches, run_search
from bnldesk.store.search_reader import FileReader, Reader
from bnldesk.store.workgroup_names import shown_names

__all__ = ["Found", "count", "find", "named_hits"]


@dataclass(frozen=True)
class Found:
    """What a search found.

    ``hits``: the best matches, best first, at most the limit asked for; ``total``: how many
    objects match in all (``total > len(hits)``: more exist than were returned), or with
    ``counted`` False, not counted yet (``total`` is then ``len(hits)`` and more may exist);
    ``query``: what was read from the text. When nothing matched within the filters and scope:
    ``without_scope`` is how many match with the same filters but no scope (None when no scope
    was set), ``without_filters`` how many match with neither (None when none were set).
    """

    hits: list[SearchHit]
    total: int
    query: Query
    without_scope: int | None = None
    without_filters: int | None = None
    counted: bool = True

    @property
    def more(self) -> int:
        """How many matches were not returned."""
        return max(0, self.total - len(self.hits))


def find(
    session: Reader,
    text: str,
    *,
    limit: int,
    plan_year: int | None = None,
    within: BrowseFilter | None = None,
    as_typed: bool = True,
    count: bool = True,
    language: str | None = None,
) -> Found:
    """Search ``text`` as a delegate typed it, inside the window's filters and scope
    (``within``) and ``plan_year`` (that plan's objects only), returning at most ``limit``
    hits (``limit`` >= 1) and the true total (without ``count``, only when the hits are all
    there is: see :attr:`Found.counted`). ``session`` is a session or the lighter reader of
    :func:`bnldesk.store.search_reader.reading` (what the window searches through). A
    workgroup hit is titled by the name the plan in scope printed, else the name printed in
    ``language`` (the reader's: "nl", "fr", "en"), else its newest plan's
    (:func:`named_hits`). Raises nothing for any text; database faults surface as the
    store's errors."""
    query = parse(text, as_you_type=as_typed)
    result = run_search(session, query, limit=limit, plan_year=plan_year, within=within)
    in_scope = plan_year if plan_year is not None else (within.plan_year if within else None)
    result = replace(result, hits=named_hits(session, result.hits, Naming(in_scope, language)))
    if result.complete:
        total = len(result.hits)
    elif not count:
        return Found(result.hits, len(result.hits), query, counted=False)
    else:
        total = max(
            len(result.hits), count_matches(session, query, plan_year=plan_year, within=within)
        )
    if result.hits or query.is_empty:
        return Found(result.hits, total, query)
    within = within or BrowseFilter()
    without_scope = without_filters = None
    if within.scope is not None:
        without_scope = count_matches(
            session, query, plan_year=plan_year, within=within.without_scope()
        )
    if within.without_scope() != BrowseFilter() or plan_year is not None:
        without_filters = count_matches(session, query)
    return Found([], 0, query, without_scope, without_filters)


def count(
    session: Reader,
    query: Query,
    *,
    plan_year: int | None = None,
    within: BrowseFilter | None = None,
) -> int:
    """How many objects ``query`` (a :attr:`Found.query`) matches in all, inside ``within``
    and ``plan_year`` as :func:`find` reads them: the total of a search found without it."""
    return count_matches(session, query, plan_year=plan_year, within=within)


def named_hits(reader: Reader, hits: list[SearchHit], naming: Naming) -> list[SearchHit]:
    """``hits`` with each workgroup's title the name it is shown by under ``naming``
    (:func:`bnldesk.domain.workgroup_names.shown_name`: the index holds the name the row
    carries, the majority language's); other hits as they were, in the same order."""
    wanted = [hit.obj_id for hit in hits if hit.kind == "workgroup"]
    if not wanted:
        return hits
    names = shown_names(_connection(reader), wanted, naming)
    return [
        _titled(hit, names[hit.obj_id].name)
        if hit.kind == "workgroup" and hit.obj_id in names
        else hit
        for hit in hits
    ]


def _titled(hit: SearchHit, title: str) -> SearchHit:
    return SearchHit(
        hit.kind, hit.obj_id, hit.plan_year, title, hit.text, hit.rank, hit.terms, hit.symbols
    )


def _connection(reader: Reader) -> Connection:
    """The plain connection ``reader`` reads through."""
    return reader.connection if isinstance(reader, FileReader) else dbapi(reader)

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

from dataclasses import dataclass

from bnldesk.domain.search_query import Query, parse
from bnldesk.domain.workgroup_names import Naming
from bnldesk.store.browse import BrowseFilter
from bnldesk.store.listing import Connection
from bnldesk.store.queries import dbapi
from bnldesk.store.search import (
    SearchHit,
    Unread,
    count_matches,
    plan_languages,
    read_unread,
    run_search,
)
from bnldesk.store.search_reader import FileReader, Reader
from bnldesk.store.workgroup_names import shown_names

__all__ = ["FIRST_SCREEN", "Found", "count", "find", "named_hits", "read_more"]

# The hits the window reads with a search: as many rows as its results list shows at once on
# a 1920x1080 screen (three lines a row) with some to spare; the rest are read when shown.
FIRST_SCREEN = 20


@dataclass(frozen=True)
class Found:
    """What a search found.

    ``hits``: the best matches, best first, at most the limit asked for; ``total``: how many
    objects match in all (``total > len(hits)``: more exist than were returned), or with
    ``counted`` False, not counted yet (``total`` is then ``len(hits)`` and more may exist);
    ``query``: what was read from the text. When nothing matched within the filters and scope:
    ``without_scope`` is how many match with the same filters but no scope (None when no scope
    was set), ``without_filters`` how many match with neither (None when none were set),
    ``without_fields`` how many the words alone match, without the query's own field filters
    (``year:2013``...; None when it has none); ``plan_languages`` the languages the plans are
    printed in, the most plans first ("nl", "fr"): search does not translate (trial 18:
    "climat" found nothing in Dutch plans that say "klimaat").
    """

    hits: list[SearchHit]
    total: int
    query: Query
    without_scope: int | None = None
    without_filters: int | None = None
    counted: bool = True
    without_fields: int | None = None
    plan_languages: tuple[str, ...] = ()
    # The best hits after ``hits``, ranked but not read (``find(read=N)``): :func:`read_more`.
    unread: tuple[Unread, ...] = ()

    @property
    def listed(self) -> int:
        """How many hits were found to list: those read and those ranked after them unread."""
        return len(self.hits) + len(self.unread)

    @property
    def more(self) -> int:
        """How many matches were not returned (neither read nor listed unread)."""
        return max(0, self.total - self.listed)


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
    read: int | None = None,
) -> Found:
    """Search ``text`` as a delegate typed it, inside the window's filters and scope
    (``within``) and ``plan_year`` (that plan's objects only), returning at most ``limit``
    hits (``limit`` >= 1) and the true total (without ``count``, only when the hits are all
    there is: see :attr:`Found.counted`). ``session`` is a session or the lighter reader of
    :func:`bnldesk.store.search_reader.reading` (what the window searches through). A
    workgroup hit is titled by the name the plan in scope printed, else the name printed in
    ``language`` (the reader's: "nl", "fr", "en"), else its newest plan's
    (:func:`named_hits`). With ``read``, only the best ``read`` hits are read (what the
    window shows at once), the others listed unread (:attr:`Found.unread`, read by
    :func:`read_more` when shown). Raises nothing for any text; database faults surface as
    the store's errors."""
    query = parse(text, as_you_type=as_typed)
    result = run_search(session, query, limit=limit, plan_year=plan_year, within=within, read=read)
    hits = named_hits(session, result.hits, _naming(plan_year, within, language))
    unread = result.unread
    listed = len(hits) + len(unread)
    if result.complete:
        total = listed
    elif not count:
        return Found(hits, listed, query, counted=False, unread=unread)
    else:
        total = max(listed, count_matches(session, query, plan_year=plan_year, within=within))
    if hits or unread or query.is_empty:
        return Found(hits, total, query, unread=unread)
    within = within or BrowseFilter()
    without_scope = without_filters = None
    if within.scope is not None:
        without_scope = count_matches(
            session, query, plan_year=plan_year, within=within.without_scope()
        )
    if within.without_scope() != BrowseFilter() or plan_year is not None:
        without_filters = count_matches(session, query)
    without_fields = None
    if query.has_field_filters:  # trial 16: "year:2013 hyperloop" found nothing, said no why
        without_fields = count_matches(
            session, query.words_alone(), plan_year=plan_year, within=within
        )
    return Found(
        [],
        0,
        query,
        without_scope,
        without_filters,
        without_fields=without_fields,
        plan_languages=plan_languages(session),
    )


def read_more(
    session: Reader,
    found: Found,
    *,
    plan_year: int | None = None,
    within: BrowseFilter | None = None,
    language: str | None = None,
) -> list[SearchHit]:
    """The hits :func:`find` listed unread (``found.unread``), read now and named as
    :func:`find` names its hits (same ``plan_year``, ``within`` and ``language``), in their
    order; an object gone since the search is left out."""
    hits = read_unread(session, found.unread, found.query)
    return named_hits(session, hits, _naming(plan_year, within, language))


def _naming(plan_year: int | None, within: BrowseFilter | None, language: str | None) -> Naming:
    """How workgroup hits are named: by the plan in scope (``plan_year``, else the filters'
    year), else in ``language``."""
    in_scope = plan_year if plan_year is not None else (within.plan_year if within else None)
    return Naming(in_scope, language)


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

"""The one search the window and the command line share.

``bnldesk search TEXT`` and the search box read the same language
(:mod:`bnldesk.domain.search_query`) the same way: the last word matches as a prefix, as it
does while it is typed ("politie" finds "Politiesamenwerking"; a blank after it, or
``as_typed=False``, makes it a whole word). Both get the best hits, the true number of matches
and, when the filters or the scope hid every match, how many there are without them, so either
can say what to change.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from bnldesk.domain.search_query import Query, parse
from bnldesk.store.browse import BrowseFilter
from bnldesk.store.search import SearchHit, count_matches, run_search

__all__ = ["Found", "find"]


@dataclass(frozen=True)
class Found:
    """What a search found.

    ``hits``: the best matches, best first, at most the limit asked for; ``total``: how many
    objects match in all (``total > len(hits)``: more exist than were returned); ``query``:
    what was read from the text. When nothing matched within the filters and scope:
    ``without_scope`` is how many match with the same filters but no scope (None when no scope
    was set), ``without_filters`` how many match with neither (None when none were set).
    """

    hits: list[SearchHit]
    total: int
    query: Query
    without_scope: int | None = None
    without_filters: int | None = None

    @property
    def more(self) -> int:
        """How many matches were not returned."""
        return max(0, self.total - len(self.hits))


def find(
    session: Session,
    text: str,
    *,
    limit: int,
    plan_year: int | None = None,
    within: BrowseFilter | None = None,
    as_typed: bool = True,
) -> Found:
    """Search ``text`` as a delegate typed it, inside the window's filters and scope
    (``within``) and ``plan_year`` (that plan's objects only), returning at most ``limit``
    hits (``limit`` >= 1) and the true total. Raises nothing for any text; database faults
    surface as the store's errors."""
    query = parse(text, as_you_type=as_typed)
    result = run_search(session, query, limit=limit, plan_year=plan_year, within=within)
    if result.complete:
        total = len(result.hits)
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

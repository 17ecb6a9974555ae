"""Full-text search over the FTS5 index that migration 0002 keeps in sync by triggers.

User text is data: every word is quoted before it reaches ``MATCH`` (a stray ``'`` or ``"`` or a
word like ``NOT`` would otherwise be FTS5 syntax), and the last word may match as a prefix so
results come as the delegate types.

On a PostgreSQL server the same words are searched in ``search_document`` by
:mod:`bnldesk.store.search_pg` (a ``tsquery`` beside this module's FTS5 query): the same hits,
snippets marked the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from bnldesk.store.backend import backend_of

# Markers around matched words in snippets; the UI escapes the text, then turns them into bold.
HIT_START = "\x02"
HIT_END = "\x03"

# bm25 weights per column: kind, obj_id, plan_year (unindexed), title, body, extra.
_WEIGHTS = "0.0, 0.0, 0.0, 10.0, 1.0, 4.0"

_TOKEN = re.compile(r"\w+", re.UNICODE)

KINDS = ("chapter", "section", "item", "workgroup", "contact", "annotation", "meeting")


@dataclass(frozen=True)
class SearchHit:
    kind: str
    obj_id: int
    plan_year: int | None
    title: str
    snippet: str
    rank: float


def fts_query(user_text: str, *, prefix: bool = False) -> str | None:
    """An FTS5 query that matches every word of ``user_text``; None when it has no words."""
    words = _TOKEN.findall(user_text)
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


def search(
    session: Session,
    user_text: str,
    *,
    limit: int = 50,
    kinds: tuple[str, ...] | None = None,
    plan_year: int | None = None,
    prefix: bool = False,
) -> list[SearchHit]:
    if backend_of(session).is_server:
        from bnldesk.store import search_pg

        kinds = tuple(k for k in kinds if k in KINDS) if kinds else None
        found = search_pg.search_rows(
            session,
            user_text,
            limit=limit,
            kinds=kinds,
            plan_year=plan_year,
            prefix=prefix,
            start=HIT_START,
            end=HIT_END,
        )
        return [_hit(r, rank=-float(r.score)) for r in found]
    query = fts_query(user_text, prefix=prefix)
    if query is None:
        return []
    where = ["search_fts MATCH :q"]
    params: dict[str, object] = {"q": query, "limit": limit}
    if kinds:
        names = [k for k in kinds if k in KINDS]
        where.append("kind IN (" + ", ".join(f"'{k}'" for k in names) + ")")
    if plan_year is not None:
        where.append("(plan_year = :year OR plan_year IS NULL)")
        params["year"] = plan_year
    sql = (
        "SELECT kind, obj_id, plan_year, title, "
        f"snippet(search_fts, -1, '{HIT_START}', '{HIT_END}', '…', 16) AS snip, "
        f"bm25(search_fts, {_WEIGHTS}) AS score "
        f"FROM search_fts WHERE {' AND '.join(where)} ORDER BY score LIMIT :limit"
    )
    rows = session.execute(text(sql), params).all()
    return [_hit(r, rank=float(r.score)) for r in rows]


def _hit(row: Any, *, rank: float) -> SearchHit:
    """A hit from a result row; ``rank`` is lower for better hits on both databases."""
    return SearchHit(
        kind=row.kind,
        obj_id=int(row.obj_id),
        plan_year=row.plan_year,
        title=row.title,
        snippet=row.snip or "",
        rank=rank,
    )


def integrity_check(session: Session) -> str | None:
    """None when the index agrees with its own structures, else the error SQLite reports
    (on a server: whether every object has its one search entry)."""
    if backend_of(session).is_server:
        from bnldesk.store import search_pg

        return search_pg.index_check(session)
    try:
        session.execute(
            text("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
        )
    except Exception as exc:
        return str(getattr(exc, "orig", exc))
    return None

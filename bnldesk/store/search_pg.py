"""Full-text search on a PostgreSQL server: the same behaviour as the FTS5 search on a file.

Migration 0002 keeps ``search_document`` (one row per chapter, section, item, workgroup,
contact, live note and meeting) with a generated, weighted ``tsvector`` and a GIN index;
migration 0010 moves private notes to ``search_private``, where row-level security shows each
delegate their own only. This module renders a delegate's words into a ``tsquery`` and reads
hits, ranks and snippets back from both.

What the query renderer needs from a query: the words (each matched as a whole word, accents and
case folded by the ``bnldesk_text`` configuration) and whether the last one may match as a
prefix. :func:`tsquery` renders exactly what :func:`bnldesk.store.search.fts_query` renders for
FTS5; a richer query language renders onto the same operators (``&``, ``|``, ``!``, ``<->``
for phrases, ``:*`` for prefixes, weights ``:A``/``:B``/``:C`` for title/extra/body fields).

User text is data: each word is a quoted lexeme inside the query and the whole query is a bound
parameter of ``to_tsquery``; nothing a delegate types becomes tsquery syntax.
"""

from __future__ import annotations

import re
from typing import Any, cast

from sqlalchemy import (
    Select,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.orm import Session

CONFIGURATION = "bnldesk_text"
# ts_rank weights for {D, C, B, A}: body (C) 1, extra (B) 4, title (A) 10, as bm25's on FTS5.
RANK_WEIGHTS = "{0, 0.1, 0.4, 1.0}"

_TOKEN = re.compile(r"\w+", re.UNICODE)

# Where the search entries are: private notes apart (migration 0010).
TABLES = ("search_document", "search_private")


def _entries(name: str) -> Any:
    return table(name, column("kind"), column("obj_id"), column("document"))


def tsquery(user_text: str, *, prefix: bool = False) -> str | None:
    """A ``to_tsquery`` text matching every word of ``user_text``; None when it has no words.

    ``"Energie efficiëntie"`` with ``prefix`` gives ``'Energie' & 'efficiëntie':*``.
    """
    words = _TOKEN.findall(user_text)
    if not words:
        return None
    quoted = ["'" + word.replace("'", "''").replace("\\", "\\\\") + "'" for word in words]
    if prefix:
        quoted[-1] += ":*"
    return " & ".join(quoted)


def search_rows(
    session: Session,
    user_text: str,
    *,
    limit: int,
    kinds: tuple[str, ...] | None,
    plan_year: int | None,
    prefix: bool,
    start: str,
    end: str,
) -> list[Any]:
    """Rows ``kind, obj_id, plan_year, title, snip, score`` of the best hits, best first.

    The snippet marks matched words with ``start``/``end``; ``score`` is ``ts_rank`` (higher
    is better). Snippets are made for the page of hits only (``ts_headline`` reads the text).
    """
    if tsquery(user_text, prefix=prefix) is None:
        return []
    where = ["document @@ to_tsquery(CAST(:config AS regconfig), :q)"]
    params: dict[str, Any] = {
        "q": tsquery(user_text, prefix=prefix),
        "limit": limit,
        "weights": RANK_WEIGHTS,
        "options": (
            f"StartSel={start}, StopSel={end}, MaxWords=16, MinWords=6, ShortWord=1, "
            "MaxFragments=1, FragmentDelimiter=…"
        ),
    }
    if kinds:
        where.append("kind = ANY(:kinds)")
        params["kinds"] = list(kinds)
    if plan_year is not None:
        where.append("(plan_year = :year OR plan_year IS NULL)")
        params["year"] = plan_year
    # The condition stands in each table's branch, so each uses its own index (the GIN index
    # of search_document; search_private's owner, which its policy filters on first).
    branches = " UNION ALL ".join(
        "SELECT kind, obj_id, plan_year, title, body, extra, "
        "ts_rank(CAST(:weights AS real[]), document, to_tsquery(CAST(:config AS regconfig), :q)) "
        f"AS score FROM {table} WHERE {' AND '.join(where)}"
        for table in TABLES
    )
    sql = (
        f"WITH best AS (SELECT * FROM ({branches}) AS hits "
        "ORDER BY score DESC, kind, obj_id LIMIT :limit) "
        "SELECT kind, obj_id, plan_year, title, score, "
        "ts_headline(CAST(:config AS regconfig), "
        "concat_ws(' ', nullif(title, ''), nullif(body, ''), nullif(extra, '')), "
        "to_tsquery(CAST(:config AS regconfig), :q), :options) AS snip "
        "FROM best ORDER BY score DESC, kind, obj_id"
    )
    params["config"] = CONFIGURATION
    return list(session.execute(text(sql), params))


def matching_ids(kind: str, user_text: str) -> Select[tuple[int]]:
    """A sub-select of the ids of ``kind`` objects whose indexed text matches ``user_text``
    (every word, the last as a prefix); matches nothing when the text has no words."""
    rendered = tsquery(user_text, prefix=True)
    selects = []
    for name in TABLES:
        entries = _entries(name)
        stmt = select(entries.c.obj_id).where(entries.c.kind == kind)
        if rendered is None:
            stmt = stmt.where(text("false"))
        else:
            query = func.to_tsquery(
                literal_column(f"'{CONFIGURATION}'::regconfig"), bindparam(f"q_{kind}", rendered)
            )
            stmt = stmt.where(entries.c.document.op("@@")(query))
        selects.append(stmt)
    return cast(Select[tuple[int]], union_all(*selects))


def index_check(session: Session) -> str | None:
    """None when every searchable object has exactly its one search entry, else what differs.

    Counts per kind against the tables' own (what the triggers keep equal); the server's
    indexes themselves are checked by :mod:`bnldesk.store.check_server`.
    """
    expected = {
        "chapter": "SELECT count(*) FROM chapter",
        "section": "SELECT count(*) FROM section",
        "item": "SELECT count(*) FROM plan_item",
        "workgroup": "SELECT count(*) FROM workgroup",
        "contact": "SELECT count(*) FROM contact",
        "annotation": "SELECT count(*) FROM annotation WHERE deleted_at IS NULL",
        "meeting": "SELECT count(*) FROM meeting WHERE deleted_at IS NULL",
    }
    indexed: dict[str, int] = {
        str(kind): int(count)
        for kind, count in session.execute(
            text(
                "SELECT kind, count(*) FROM (SELECT kind FROM search_document UNION ALL "
                "SELECT kind FROM search_private) AS entries GROUP BY kind"
            )
        )
    }
    wrong = []
    for kind, sql in expected.items():
        want = int(session.execute(text(sql)).scalar_one())
        have = int(indexed.get(kind, 0))
        if want != have:
            wrong.append(f"{kind}: {have} entries for {want} objects")
    return "; ".join(wrong) or None

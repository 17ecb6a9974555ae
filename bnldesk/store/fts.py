"""SQLite FTS5, without SQLAlchemy: the index's layout, the folding function its triggers call,
and the rendering of a parsed query to an FTS5 MATCH expression.

The search (:mod:`bnldesk.store.search`) and the command line's light read path
(:mod:`bnldesk.store.listing`) both use it; a PostgreSQL ``tsquery`` renderer would sit beside
:func:`to_fts5`. Every word reaches ``MATCH`` as a quoted string, so nothing a delegate types is
FTS5 syntax unless the query language says so.
"""

from __future__ import annotations

import sqlite3

from bnldesk.domain.identity import fold
from bnldesk.domain.search_query import (
    And,
    InField,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    Query,
    Term,
    parse,
    title_words,
)

KIND_SPAN = 4294967296  # 2**32, the rowid range of one kind (migration 0007)
# rowid = kind code * KIND_SPAN + id. Higher codes come first when the index is walked
# backwards (ORDER BY rowid DESC): the delegation's own notes and meetings, then the plan's
# objects (codes below PLAN_OBJECTS_BELOW).
KIND_CODES: dict[str, int] = {
    "annotation": 7,
    "meeting": 6,
    "workgroup": 5,
    "section": 4,
    "chapter": 3,
    "item": 2,
    "contact": 1,
}
PLAN_OBJECTS_BELOW = 6


def register_sql_functions(dbapi_connection: sqlite3.Connection) -> None:
    """Make ``bnldesk_fold(text)`` (the index triggers' folding) and ``bnldesk_title_words(text)``
    (the folded words of a title kept beside the index: :func:`title_words`) known to a
    connection.

    Every connection bnldesk opens calls this (``bnldesk.store.engine``); a script writing to
    a bnldesk file with plain ``sqlite3`` must call it too.
    """
    dbapi_connection.create_function("bnldesk_fold", 1, _fold_value, deterministic=True)
    dbapi_connection.create_function(
        "bnldesk_title_words", 1, _title_words_value, deterministic=True
    )


def _fold_value(value: object) -> str:
    return "" if value is None else fold(str(value))


def _title_words_value(value: object) -> str:
    return "" if value is None else title_words(str(value))


def _quote(words: tuple[str, ...], prefix: bool) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"' + ("*" if prefix else "")


def to_fts5(node: Node) -> str:
    """The FTS5 MATCH expression for a query tree; words are always quoted strings."""
    if isinstance(node, Term):
        return _quote((node.text,), node.prefix)
    if isinstance(node, Phrase):
        return _quote(node.words, node.prefix)
    if isinstance(node, Near):
        return "NEAR(" + " ".join(to_fts5(p) for p in node.parts) + f", {node.distance})"
    if isinstance(node, And):
        positive = [to_fts5(p) for p in node.parts if not isinstance(p, Not)]
        negative = [to_fts5(p.part) for p in node.parts if isinstance(p, Not)]
        if not positive:  # the parser never builds this; read exclusions as words
            positive, negative = negative, []
        expression = "(" + " AND ".join(positive) + ")"
        for part in negative:
            expression = f"({expression} NOT {part})"
        return expression
    if isinstance(node, Or):
        return "(" + " OR ".join(to_fts5(p) for p in node.parts) + ")"
    if isinstance(node, InField):
        return "{" + node.field + "} : (" + to_fts5(node.part) + ")"
    return to_fts5(node.part)  # a Not standing alone: its words


def excluding(expression: str, query: Query) -> str:
    """``expression`` with every excluded part of ``query`` taken out (FTS5 ``NOT``)."""
    for part in query.excluded:
        expression = f"({expression}) NOT ({to_fts5(part)})"
    return expression


def match_expression(query: Query) -> str | None:
    """The whole query as one FTS5 expression (words and exclusions); None without words."""
    if query.text is None:
        return None
    return excluding(to_fts5(query.text), query)


def excluded_expression(query: Query) -> str:
    """The FTS5 expression matching what ``query`` leaves out (any of its excluded parts);
    ``""`` (matching nothing) when it leaves nothing out."""
    return " OR ".join(f"({to_fts5(part)})" for part in query.excluded) or '""'


def fts_query(user_text: str, *, prefix: bool = False) -> str | None:
    """An FTS5 expression for what a delegate typed; None when there is nothing to match."""
    return match_expression(parse(user_text, as_you_type=prefix))

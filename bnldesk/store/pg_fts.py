"""PostgreSQL full-text search, without SQLAlchemy: the documents bnldesk indexes on a server
and the rendering of a parsed query into ``tsquery`` conditions, beside SQLite's FTS5 in
:mod:`bnldesk.store.fts`.

On a server the index is written by bnldesk itself, not by a text search configuration: each
object's fields are folded by :func:`bnldesk.domain.identity.fold` and split into words by
:func:`bnldesk.domain.search_query.words`, the very functions that read what a delegate types,
and the words are handed to PostgreSQL as a ``tsvector`` literal (quoted lexemes with positions
and weights). Matching therefore never depends on the server's locale, its ``unaccent``
dictionary or its parser, and "Straße", "Ĳssel", "œuvre" and "ﬁnanciële" fold exactly as on a
laptop (``unaccent`` and ``lower`` alone do not expand ß, ĳ, œ, æ or ligatures).

Each object has two vectors (migration 0007):

* ``document``: every field: title (weight A), code (B), about and extra (D), then body (C);
* ``heading``: title (A) and code (B) only, for the search's title pass (a small vector whose
  GIN index answers without reading the rows).

Fields lie :data:`FIELD_GAP` positions apart, so a phrase or a ``NEAR`` group never spans two
fields, as FTS5 matches them within one column. PostgreSQL's limits are kept here: a lexeme is
at most :data:`MAX_LEXEME_BYTES` (longer words are cut, here and in queries alike), positions
stop at 16383 (a body's words beyond that are indexed without a position: found by words, and
by phrases only loosely), a lexeme keeps at most 256 positions.

The renderer turns the typed query tree of :mod:`bnldesk.domain.search_query` into SQL over a
``tsvector`` column: AND, OR and NOT become ``&``, ``|`` and ``!``, a phrase ``<->``, a prefix
``:*``, ``title:``/``code:`` the weights A/B. ``NEAR`` (FTS5: every part within N words of the
others, in any order) has no ``tsquery`` operator (``<N>`` is one exact distance): its words
go into the query the GIN index answers, and the SQL function ``bnldesk_near`` (migration 0007)
checks the distance on the positions of the rows found. User text is data: every query is a
bound parameter, each word a quoted lexeme in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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
    words,
)

MAX_LEXEME_BYTES = 2046  # PostgreSQL refuses longer lexemes (2047 bytes)
MAX_POSITION = 16383  # PostgreSQL's last word position
MAX_POSITIONS_PER_LEXEME = 256
MAX_LEXEME_TEXT = 1_000_000  # bytes of distinct lexemes in one vector (PostgreSQL: 1 MB)
FIELD_GAP = 1024  # positions between fields: above NEAR's largest distance (1000)

WEIGHTS = {"title": "A", "code": "B", "body": "C", "about": "D", "extra": "D"}
# The order fields take in a vector: the short ones first, so the body's positions come last.
DOCUMENT_FIELDS = ("title", "code", "about", "extra", "body")
HEADING_FIELDS = ("title", "code")


# --------------------------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------------------------


def lexeme(word: str) -> str:
    """``word`` as a lexeme: cut to :data:`MAX_LEXEME_BYTES` bytes of UTF-8 (whole characters)."""
    encoded = word.encode("utf-8")
    if len(encoded) <= MAX_LEXEME_BYTES:
        return word
    return encoded[:MAX_LEXEME_BYTES].decode("utf-8", errors="ignore")


def _quoted(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def vector(fields: dict[str, str | None], names: tuple[str, ...] = DOCUMENT_FIELDS) -> str:
    """The ``tsvector`` literal of an object's ``fields`` (name -> text as stored), taking the
    fields ``names`` in that order; ``''`` when no field has a word.

    >>> vector({"title": "Mise en œuvre", "body": "Straße"}, ("title", "body"))
    "'en':2A 'mise':1A 'oeuvre':3A 'strasse':1028C"
    """
    positions: dict[str, list[str]] = {}
    size = 0
    position = 1
    for name in names:
        weight = WEIGHTS[name]
        text = fields.get(name) or ""
        found = words(fold(text)) if text else []
        for offset, word in enumerate(found):
            at = position + offset
            key = lexeme(word)
            held = positions.get(key)
            if held is None:
                size += len(key.encode("utf-8"))
                if size > MAX_LEXEME_TEXT:
                    break
                held = positions[key] = []
            if at <= MAX_POSITION and len(held) < MAX_POSITIONS_PER_LEXEME:
                held.append(f"{at}{weight}")
        position += len(found) + FIELD_GAP
    parts = []
    for key in sorted(positions):
        places = positions[key]
        parts.append(_quoted(key) + (":" + ",".join(places) if places else ""))
    return " ".join(parts)


# --------------------------------------------------------------------------------------------
# queries
# --------------------------------------------------------------------------------------------

# Makes a placeholder for a bound value: ``:name`` for SQLAlchemy, ``?`` for a DB-API list.
Bind = Callable[[object], str]


@dataclass(frozen=True)
class _Rendered:
    """A subtree as a ``tsquery`` the index answers (``prefilter``; None: no condition) and,
    when that is only a superset (a NEAR inside), the SQL that decides (``exact``)."""

    prefilter: str | None
    exact: str | None = None


def _lexemes(word: str, prefix: bool, weights: str) -> str:
    marks = ("*" if prefix else "") + weights
    return _quoted(lexeme(word)) + (":" + marks if marks else "")


def _phrase(words_: tuple[str, ...], prefix: bool, weights: str) -> str:
    last = len(words_) - 1
    joined = " <-> ".join(
        _lexemes(word, prefix and index == last, weights) for index, word in enumerate(words_)
    )
    return f"({joined})" if len(words_) > 1 else joined


def _near_words(part: Term | Phrase) -> str:
    """A NEAR part for ``bnldesk_near``: its words separated by blanks, ``*`` after a prefix."""
    found = (part.text,) if isinstance(part, Term) else part.words
    text = " ".join(lexeme(w) for w in found)
    return text + ("*" if part.prefix else "")


class _Renderer:
    def __init__(self, column: str, bind: Bind) -> None:
        self.column = column
        self.bind = bind

    def full(self, rendered: _Rendered) -> str:
        """SQL deciding a rendered subtree on its own."""
        parts = []
        if rendered.prefilter is not None:
            parts.append(f"{self.column} @@ CAST({self.bind(rendered.prefilter)} AS tsquery)")
        if rendered.exact is not None:
            parts.append(rendered.exact)
        return "(" + " AND ".join(parts) + ")" if parts else "TRUE"

    def render(self, node: Node, weights: str = "") -> _Rendered:
        if isinstance(node, Term):
            return _Rendered(_lexemes(node.text, node.prefix, weights))
        if isinstance(node, Phrase):
            return _Rendered(_phrase(node.words, node.prefix, weights))
        if isinstance(node, Near):
            every = " & ".join(
                _lexemes(part.text, part.prefix, weights)
                if isinstance(part, Term)
                else _phrase(part.words, part.prefix, weights)
                for part in node.parts
            )
            near = [_near_words(part) for part in node.parts]
            exact = (
                f"bnldesk_near({self.column}, CAST({self.bind(near)} AS text[]), "
                f"{int(node.distance)}, CAST({self.bind(weights)} AS text))"
            )
            return _Rendered(f"({every})", exact)
        if isinstance(node, InField):
            wanted = WEIGHTS[node.field]
            narrowed = wanted if not weights else "".join(w for w in weights if w in wanted)
            if not narrowed:
                return _Rendered(None, "FALSE")  # two fields at once: nothing is in both
            return self.render(node.part, narrowed)
        if isinstance(node, And):
            return self._and(node, weights)
        if isinstance(node, Or):
            return self._or(node, weights)
        return self.render(node.part, weights)  # a Not standing alone: its words (as FTS5)

    def _and(self, node: And, weights: str) -> _Rendered:
        positive = [self.render(p, weights) for p in node.parts if not isinstance(p, Not)]
        negative = [self.render(p.part, weights) for p in node.parts if isinstance(p, Not)]
        if not positive:  # the parser never builds this; read exclusions as words
            positive, negative = negative, []
        query = [r.prefilter for r in positive if r.prefilter is not None]
        query += [f"!{r.prefilter}" for r in negative if r.exact is None and r.prefilter]
        exact = [r.exact for r in positive if r.exact is not None]
        exact += [f"NOT {self.full(r)}" for r in negative if r.exact is not None]
        prefilter = "(" + " & ".join(query) + ")" if query else None
        return _Rendered(prefilter, " AND ".join(exact) if exact else None)

    def _or(self, node: Or, weights: str) -> _Rendered:
        options = [self.render(p, weights) for p in node.parts]
        if all(r.exact is None for r in options):
            return _Rendered("(" + " | ".join(str(r.prefilter) for r in options) + ")")
        prefilters = [r.prefilter for r in options]
        prefilter = (
            "(" + " | ".join(str(p) for p in prefilters) + ")"
            if all(p is not None for p in prefilters)
            else None
        )
        return _Rendered(prefilter, "(" + " OR ".join(self.full(r) for r in options) + ")")


@dataclass(frozen=True)
class Match:
    """How a query reaches one vector column: ``prefilter``, a ``tsquery`` text the GIN index
    answers (None: none, every row is read), and ``condition``, the SQL that decides (with the
    placeholders its ``bind`` made)."""

    prefilter: str | None
    condition: str


def render(node: Node, column: str, bind: Bind, *, weights: str = "") -> Match:
    """The SQL condition on the ``tsvector`` ``column`` for a query tree; ``weights`` limits
    every word to those fields (``"AB"``: title or code)."""
    renderer = _Renderer(column, bind)
    rendered = renderer.render(node, weights)
    return Match(rendered.prefilter, renderer.full(rendered))


def to_tsquery(node: Node, *, weights: str = "") -> str | None:
    """The ``tsquery`` text of a query tree without ``NEAR`` (None when it has one, or when
    it cannot be one query): what tests and the documentation show."""
    rendered = _Renderer("document", lambda _value: "?").render(node, weights)
    return rendered.prefilter if rendered.exact is None else None


def query_condition(query: Query, column: str, bind: Bind) -> str | None:
    """SQL: the row's ``column`` matches the query's words and none of its exclusions; None
    for a query without words (only filters or exclusions)."""
    if query.text is None:
        return None
    parts = [render(query.text, column, bind).condition]
    parts += [f"NOT {render(p, column, bind).condition}" for p in query.excluded]
    return " AND ".join(parts)

"""The search language delegates type, parsed into a typed query tree.

What the search box (and ``bnldesk search``) understands, as web search engines taught it:

* ``energie klimaat``: every word must occur (AND is the default; ``AND`` may be written);
* ``energie OR klimaat``: either word;
* ``NOT Brussel`` or ``-Brussel``: leaves out what contains the word;
* the operators in capitals also in Dutch and French, as delegates write them: ``OF``/``OU``
  for ``OR``, ``EN``/``ET`` for ``AND``, ``NIET``/``SAUF`` for ``NOT`` (in small letters they
  are words: "of" and "en" are searched);
* ``"grensoverschrijdende samenwerking"``: the words next to each other, in this order;
* ``energ*``: any word starting with "energ";
* ``NEAR(energie klimaat, 5)``: both words at most five words apart;
* ``( )``: grouping, ``(energie OR klimaat) -Brussel``;
* field filters: ``title:energie`` (only in titles), ``code:SENN-CRISE`` (the workgroup with
  exactly this code; ``code:SENN-CRISE*`` also its sub-groups' codes), ``year:2022`` or
  ``year:2021-2023``, ``tag:budget``, ``kind:flagship`` (an item kind) or
  ``kind:workgroup`` / ``kind:note`` (a kind of object). Dutch and French field names work too
  (``titel:``, ``jaar:``, ``soort:``, ``titre:``, ``année:``, ``type:``).

Nothing a delegate types is an error: a stray quote or bracket, a dangling ``OR``, an unknown
field (``col:val``) or a filter where it cannot apply is read as plain words. Words are folded
with :func:`bnldesk.domain.identity.fold`, the folding the index uses, so case, accents and
ligatures never matter. Symbols the index does not hold as words (emoji, "€") are kept as
:attr:`Filters.symbols`: the objects whose text contains them.

The tree is plain data (frozen dataclasses). The store renders it for its database: FTS5 in
:mod:`bnldesk.store.search`; a PostgreSQL ``tsquery`` renderer can be added beside it.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

from bnldesk.domain.identity import fold

# --------------------------------------------------------------------------------------------
# the tree
# --------------------------------------------------------------------------------------------

TextField = Literal["title", "code"]


@dataclass(frozen=True)
class Term:
    """One word (folded); ``prefix`` matches every word starting with it."""

    text: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    """Words next to each other in this order (folded); ``prefix`` applies to the last one."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Near:
    """Terms or phrases at most ``distance`` words apart, in any order."""

    parts: tuple[Term | Phrase, ...]
    distance: int = 10


@dataclass(frozen=True)
class And:
    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    """Leaves out what matches ``part``; only meaningful beside something positive."""

    part: Node


@dataclass(frozen=True)
class InField:
    """``part`` must match within one field of the object (its title, or its code)."""

    field: TextField
    part: Node


Node: TypeAlias = Term | Phrase | Near | And | Or | Not | InField

OBJECT_KINDS = ("chapter", "section", "item", "workgroup", "contact", "annotation", "meeting")
ITEM_KINDS = ("objective", "ongoing", "new", "flagship", "other")

# What a delegate may write after ``kind:`` (folded), in English, Dutch and French.
_KIND_WORDS: dict[str, tuple[str, str]] = {
    **{k: ("object", k) for k in OBJECT_KINDS},
    **{k: ("item", k) for k in ITEM_KINDS},
    "chapters": ("object", "chapter"),
    "hoofdstuk": ("object", "chapter"),
    "chapitre": ("object", "chapter"),
    "theme": ("object", "chapter"),
    "thema": ("object", "section"),
    "sections": ("object", "section"),
    "onderdeel": ("object", "section"),
    "items": ("object", "item"),
    "project": ("object", "item"),
    "projet": ("object", "item"),
    "workgroups": ("object", "workgroup"),
    "werkgroep": ("object", "workgroup"),
    "commissie": ("object", "workgroup"),
    "committee": ("object", "workgroup"),
    "groupe": ("object", "workgroup"),
    "contacts": ("object", "contact"),
    "contactpersoon": ("object", "contact"),
    "note": ("object", "annotation"),
    "notes": ("object", "annotation"),
    "nota": ("object", "annotation"),
    "notitie": ("object", "annotation"),
    "meetings": ("object", "meeting"),
    "vergadering": ("object", "meeting"),
    "reunion": ("object", "meeting"),
    "vlaggenschip": ("item", "flagship"),
    "vlaggenschipproject": ("item", "flagship"),
    "projet-phare": ("item", "flagship"),
    "phare": ("item", "flagship"),
    "doelstelling": ("item", "objective"),
    "objectif": ("item", "objective"),
    "voortgangsproject": ("item", "ongoing"),
    "lopend": ("item", "ongoing"),
    "en-cours": ("item", "ongoing"),
    "nieuw": ("item", "new"),
    "nouveau": ("item", "new"),
}

# Field names (folded) in the three languages, to the field they mean.
_FIELDS: dict[str, str] = {
    "title": "title",
    "titel": "title",
    "titre": "title",
    "code": "code",
    "year": "year",
    "jaar": "year",
    "annee": "year",
    "tag": "tag",
    "label": "tag",
    "etiket": "tag",
    "etiquette": "tag",
    "kind": "kind",
    "soort": "kind",
    "type": "kind",
}

# What reads as a field's name before a colon: letters only ("foo" in "foo:bar", not "12").
_FIELD_LIKE = re.compile(r"^[^\W\d_]+$")
_YEAR_RANGE = re.compile(r"^(\d{4})(?:\s*(?:-|\.\.|–)\s*(\d{4}))?$")
# A token character as SQLite's unicode61 tokenizer sees it: a letter or digit of any script.
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Filters:
    """The structured part of a query: conditions on the objects rather than on their words.

    ``years`` is an inclusive range; ``object_kinds``/``item_kinds`` are sets to keep (empty:
    any); the ``not_`` fields leave out. ``codes`` are workgroup codes as folded words joined
    by one blank ("senn crise"), a code ending in "*" matching every code it starts
    ("senn crise*"); ``symbols`` are emoji and other symbols the text must contain, as typed.
    """

    years: tuple[int, int] | None = None
    tags: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    object_kinds: tuple[str, ...] = ()
    item_kinds: tuple[str, ...] = ()
    not_tags: tuple[str, ...] = ()
    not_object_kinds: tuple[str, ...] = ()
    not_item_kinds: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return any(
            (
                self.years,
                self.tags,
                self.codes,
                self.symbols,
                self.object_kinds,
                self.item_kinds,
                self.not_tags,
                self.not_object_kinds,
                self.not_item_kinds,
            )
        )


@dataclass(frozen=True)
class Query:
    """A parsed search: ``text`` must match (None: no words), none of ``excluded`` may match.

    ``plain_words`` is True when something typed could not be read as search syntax and was
    taken as plain words instead (the window may say so).
    """

    text: Node | None
    excluded: tuple[Node, ...] = ()
    filters: Filters = field(default_factory=Filters)
    plain_words: bool = False

    @property
    def is_empty(self) -> bool:
        """Whether nothing was asked: no words, no exclusions, no filters."""
        return self.text is None and not self.excluded and not self.filters

    @property
    def has_field_filters(self) -> bool:
        """Whether words were typed with field filters (``year:``, ``code:``, ``tag:``,
        ``kind:`` and their negations) that :meth:`words_alone` would drop."""
        return self.text is not None and self.words_alone().filters != self.filters

    def words_alone(self) -> Query:
        """This query without its field filters: the words, exclusions and symbols only (to
        tell a delegate how many the filters hid)."""
        return dataclasses.replace(self, filters=Filters(symbols=self.filters.symbols))

    def highlight_terms(self) -> tuple[Term, ...]:
        """The folded words to highlight in results: every positive word, phrase words too."""
        return tuple(dict.fromkeys(_positive_terms(self.text))) if self.text else ()


# --------------------------------------------------------------------------------------------
# reading what was typed
# --------------------------------------------------------------------------------------------

_Kind = Literal["word", "phrase", "open", "close", "near"]


@dataclass
class _Token:
    kind: _Kind
    text: str = ""
    negated: bool = False
    field_name: str | None = None  # a known field written before it ("title:")
    field_raw: str = ""  # the field as written, to read it back as plain words
    closed: bool = True  # for phrases: whether the closing quote was typed
    last: bool = False  # nothing was typed after it (the word being typed)
    star: bool = False  # a phrase followed by "*"


def _word_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and not text[end].isspace() and text[end] not in '"()':
        end += 1
    return end


def _lex(text: str) -> list[_Token]:
    """Words, quoted phrases, brackets and ``NEAR(``, with their ``-`` and ``field:`` marks."""
    lexer = _Lexer(text)
    while lexer.position < len(text):
        lexer.read_token()
    _mark_word_being_typed(lexer.tokens, text)
    return _not_as_minus(lexer.tokens)


_OPERATORS = ("AND", "OR", "NOT")

# Each operator as typed in capitals, in English, Dutch and French (a Dutch delegate writes
# ``energie OF klimaat``; trial 17 found that "OF" was searched as a word and nothing found).
_OPERATOR_WORDS: dict[str, str] = {
    "AND": "AND",
    "EN": "AND",
    "ET": "AND",
    "OR": "OR",
    "OF": "OR",
    "OU": "OR",
    "NOT": "NOT",
    "NIET": "NOT",
    "SAUF": "NOT",
}


def _not_as_minus(tokens: list[_Token]) -> list[_Token]:
    """``NOT`` before one word or phrase is its ``-``: ``NOT tag:politie`` is
    ``-tag:politie`` (a filter left out, not the words "tag politie"), ``NOT politie`` is
    ``-politie``. ``NOT`` before a bracket stays for the parser (``NOT (a OR b)``)."""
    out: list[_Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            _is_operator(token, "NOT")
            and following is not None
            and following.kind in ("word", "phrase")
            and not following.negated
            and not any(_is_operator(following, name) for name in _OPERATORS)
        ):
            out.append(dataclasses.replace(following, negated=True))
            index += 2
            continue
        out.append(token)
        index += 1
    return out


def _is_operator(token: _Token, name: str) -> bool:
    return (
        token.kind == "word"
        and _OPERATOR_WORDS.get(token.text) == name
        and not token.negated
        and token.field_name is None
    )


class _Lexer:
    """Reads the typed text one token at a time, from :attr:`position` on (see :func:`_lex`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0
        self.tokens: list[_Token] = []

    def read_token(self) -> None:
        """The token at :attr:`position` (blanks skipped), with its ``-`` and ``field:``."""
        char = self.text[self.position]
        if char.isspace():
            self.position += 1
            return
        if char == ")":
            self.tokens.append(_Token("close"))
            self.position += 1
            return
        negated = self._read_sign()
        field_name: str | None = None
        field_raw = ""
        if self.text[self.position] not in '"(':
            field = self._read_word(negated)
            if field is None:
                return
            field_name, field_raw = field
        if self.text[self.position] == '"':
            self._read_phrase(negated, field_name, field_raw)
        else:  # "("
            self.tokens.append(
                _Token("open", negated=negated, field_name=field_name, field_raw=field_raw)
            )
            self.position += 1

    def _read_sign(self) -> bool:
        """Whether a ``-`` excludes what follows (read past it; a ``+`` is read past too)."""
        text, position = self.text, self.position
        if (
            text[position] in "-+"
            and position + 1 < len(text)
            and not text[position + 1].isspace()
            and text[position + 1] != ")"
        ):
            self.position += 1
            return text[position] == "-"
        return False

    def _read_word(self, negated: bool) -> tuple[str, str] | None:
        """A word, ``field:word`` or ``NEAR(`` (then None: its token is added); or a field
        written before a phrase or bracket (``title:"..."``, ``title:(...)``): the field's
        name and how it was written, the position left at the phrase or bracket."""
        text, length = self.text, len(self.text)
        end = _word_end(text, self.position)
        word = text[self.position : end]
        name, colon, rest = word.partition(":")
        known = _FIELDS.get(fold(name)) if colon and name else None
        if known is not None and not rest and end < length and text[end] in '"(':
            # "title:(...)" or 'title:"..."': the field applies to what follows.
            self.position = end
            return known, name + ":"
        if known is not None:
            self.tokens.append(_Token("word", rest, negated, known, name + ":", last=end == length))
            self.position = end
        elif word == "NEAR" and end < length and text[end] == "(":
            self.tokens.append(_Token("near", negated=negated))
            self.position = end + 1
        else:
            self.tokens.append(_Token("word", word, negated, last=end == length))
            self.position = end
        return None

    def _read_phrase(self, negated: bool, field_name: str | None, field_raw: str) -> None:
        """A quoted phrase (closed or not, maybe followed by ``*``)."""
        text, length = self.text, len(self.text)
        close = text.find('"', self.position + 1)
        closed = close != -1
        body = text[self.position + 1 : close] if closed else text[self.position + 1 :]
        after = close + 1 if closed else length
        star = closed and after < length and text[after] == "*"
        after += 1 if star else 0
        self.tokens.append(
            _Token(
                "phrase",
                body,
                negated,
                field_name,
                field_raw,
                closed=closed,
                last=not closed,
                star=star,
            )
        )
        self.position = after


_FILTER_FIELDS = ("year", "tag", "kind", "code")


def _mark_word_being_typed(tokens: list[_Token], text: str) -> None:
    """The last word is the one being typed even with filters or exclusions after it
    ("politie year:2022" and "politie -Brussel" widen "politie" as "politie" alone does); a
    blank at the end means it is finished."""
    if not text or text[-1].isspace():
        return
    index = len(tokens) - 1
    while (
        index >= 0
        and tokens[index].kind == "word"
        and (tokens[index].negated or tokens[index].field_name in _FILTER_FIELDS)
    ):
        index -= 1
    if 0 <= index < len(tokens) - 1 and tokens[index].kind == "word":
        tokens[index].last = True


class _Parser:
    """Recursive descent over the tokens; never fails (see the module docstring).

    As in web search engines, ``OR`` binds tighter than ``AND``: ``a b OR c`` is
    ``a AND (b OR c)``.
    """

    def __init__(self, tokens: list[_Token], *, as_you_type: bool) -> None:
        self.tokens = tokens
        self.pos = 0
        self.as_you_type = as_you_type
        self.plain_words = False
        self.filters: list[tuple[str, str, bool]] = []  # (field, value, negated)
        self.symbols: list[str] = []
        self.typed_node: Node | None = None  # the word being typed, matched as a prefix

    def peek(self, ahead: int = 0) -> _Token | None:
        index = self.pos + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def at_operator(self, name: str, ahead: int = 0) -> bool:
        token = self.peek(ahead)
        return token is not None and _is_operator(token, name)

    # -- grammar -----------------------------------------------------------------------------
    def parse_top(self) -> list[Node]:
        """The whole input: a conjunction where filters may stand; stray ")" are skipped."""
        parts: list[Node] = []
        while self.peek() is not None:
            if self.peek().kind == "close":  # type: ignore[union-attr]
                self.pos += 1
                self.plain_words = True
                continue
            parts.extend(self.parse_and(top=True))
        return parts

    def parse_and(self, *, top: bool = False) -> list[Node]:
        parts: list[Node] = []
        while True:
            token = self.peek()
            if token is None or token.kind == "close":
                break
            if self.at_operator("AND"):
                self.pos += 1  # AND is the default anyway
                continue
            if self.at_operator("OR"):
                self.pos += 1  # an OR with nothing before it joins nothing
                self.plain_words = True
                continue
            if top and self.take_filter(token):
                continue
            node = self.parse_or()
            if node is not None:
                parts.append(node)
        return parts

    def take_filter(self, token: _Token) -> bool:
        """A top-level ``year:``/``tag:``/``kind:``/``code:`` word not joined by OR becomes a
        filter; so does a word of symbols only (an emoji), which the index holds no word for."""
        if token.kind == "phrase":
            return self.take_quoted_filter(token)
        if token.kind != "word" or self.at_operator("OR", 1):
            return False
        if token.field_name is None and not token.negated:
            symbols = _symbols(token.text)
            if not symbols or _words(fold(token.text)):
                return False
            self.pos += 1
            self.symbols.append(symbols)
            return True
        if token.field_name not in ("year", "tag", "kind", "code") or not token.text:
            return False
        if token.field_name == "code" and (token.negated or not _words(fold(token.text))):
            return False  # "-code:X" leaves out by the code's words; "code:-" has none
        self.pos += 1
        self.filters.append((token.field_name, token.text, token.negated))
        return True

    def take_quoted_filter(self, token: _Token) -> bool:
        """``tag:"Den Haag"`` or ``tag:"Luik, Namen"``: a quoted tag is one filter value,
        spaces and commas included (trial 7: it was read as plain words and found nothing)."""
        if (
            token.field_name != "tag"
            or not token.closed
            or token.star
            or not token.text.strip()
            or self.at_operator("OR", 1)
        ):
            return False
        self.pos += 1
        self.filters.append((token.field_name, token.text.strip(), token.negated))
        return True

    def parse_or(self) -> Node | None:
        options: list[Node] = []
        first = self.parse_unary()
        if first is not None:
            options.append(first)
        while self.at_operator("OR"):
            self.pos += 1
            operand = self.parse_unary()
            if operand is None:
                self.plain_words = True  # "energie OR": nothing to join
                continue
            options.append(operand)
        if len(options) > 1:
            # An exclusion cannot be one of several options: read it as words.
            positive = [_positive(o, self) for o in options]
            if any(o is self.typed_node for o in options):
                # The word being typed widens every option alike, so "énergie OU climat"
                # finds what "climat OU énergie" finds (trial 18: 16 against 20 results).
                positive = [_as_prefix(o) for o in positive]
            return Or(tuple(positive))
        return options[0] if options else None

    def parse_unary(self) -> Node | None:
        token = self.peek()
        if token is None or token.kind == "close":
            return None
        if self.at_operator("NOT"):
            self.pos += 1
            operand = self.parse_unary()
            if operand is None:
                self.plain_words = True
                return None
            return Not(operand)
        if self.at_operator("AND") or self.at_operator("OR"):
            return None
        node = self.parse_primary()
        if node is not None and token.negated:
            return Not(node)
        return node

    def parse_primary(self) -> Node | None:
        token = self.peek()
        assert token is not None
        self.pos += 1
        node: Node | None
        if token.kind == "open":
            inner = self.parse_and()
            node = inner[0] if len(inner) == 1 else (And(tuple(inner)) if inner else None)
            if self.peek() is not None and self.peek().kind == "close":  # type: ignore[union-attr]
                self.pos += 1
            else:
                self.plain_words = True  # an unclosed bracket closes at the end
        elif token.kind == "near":
            node = self.parse_near()
        elif token.kind == "phrase":
            node = self.phrase(token)
        else:
            node = self.unknown_field(token) or self.word(token)
        return self.in_field(token, node)

    def unknown_field(self, token: _Token) -> Node | None:
        """``foo:bar`` with no field named foo: the words "foo" and "bar", each anywhere
        (trial 14: read as the phrase "foo bar", it found nothing where they were apart, and
        nothing said why; "-foo:bar" leaves out what has both); None for anything else (a
        time "12:30", an address "http://...")."""
        name, colon, rest = token.text.partition(":")
        if not colon or _FIELD_LIKE.match(name) is None:
            return None
        if not _words(fold(rest.rstrip("*"))) or not rest[:1].isalnum():
            return None
        self.plain_words = True
        said = (self.word(_Token("word", name)), self.word(_Token("word", rest, last=token.last)))
        parts = [node for node in said if node is not None]
        return And(tuple(parts)) if len(parts) > 1 else parts[0]

    def in_field(self, token: _Token, node: Node | None) -> Node | None:
        name = token.field_name
        if name in ("title", "code") and node is not None:
            return InField(name, node)  # type: ignore[arg-type]
        if name is not None and token.kind != "word":
            # A filter before a group or phrase ("kind:(...)"): the field name as a word.
            self.plain_words = True
            parts: list[Node] = [Term(w) for w in _words(fold(token.field_raw))]
            if node is not None:
                parts.append(node)
            return And(tuple(parts)) if len(parts) > 1 else (parts[0] if parts else None)
        return node

    def word(self, token: _Token) -> Node | None:
        text = token.text
        if token.field_name is not None and (token.field_name not in ("title", "code") or not text):
            # A filter where it cannot stand (inside brackets, joined by OR, no value):
            # the field name and its value as words.
            self.plain_words = True
            text = token.field_raw + " " + text
        star = text.endswith("*")
        text = text.rstrip("*")
        # The word being typed matches as a prefix, left out as well: what "politie" finds,
        # "-politie" leaves out (trial 10: "-politie" kept the notes on "Politieverdrag").
        prefix = star or (self.as_you_type and token.last)
        words = _words(fold(text))
        if not words:
            return None
        # "energie-efficiëntie", "l'Union", "R&D": the parts next to each other.
        node: Node = Term(words[0], prefix) if len(words) == 1 else Phrase(tuple(words), prefix)
        if prefix and not star:
            self.typed_node = node
        return node

    def phrase(self, token: _Token) -> Node | None:
        words = _words(fold(token.text))
        if not words:
            if not token.closed:
                self.plain_words = True
            return None
        prefix = token.star or (self.as_you_type and token.last)
        if not token.closed:
            # A quote without its partner is not a phrase yet: its words, each on its own.
            self.plain_words = True
            terms = [Term(w) for w in words[:-1]] + [Term(words[-1], prefix)]
            return terms[0] if len(terms) == 1 else And(tuple(terms))
        node: Node = Term(words[0], prefix) if len(words) == 1 else Phrase(tuple(words), prefix)
        if prefix and not token.star:
            self.typed_node = node
        return node

    def parse_near(self) -> Node | None:
        """``NEAR(a b "c d", 5)``: words and phrases, then an optional distance."""
        parts: list[Term | Phrase] = []
        distance = 10
        comma = False  # a comma was written: a number after it is the distance
        while True:
            token = self.peek()
            if token is None:
                self.plain_words = True  # "NEAR(a b": closes at the end
                break
            self.pos += 1
            if token.kind == "close":
                break
            node: Node | None = None
            if token.kind == "word" and token.field_name is None:
                text = token.text
                number = text.strip(",")
                if (comma or text.startswith(",")) and number.isdigit():
                    distance = min(int(number), 1000)
                    comma = False
                    continue
                comma = text.endswith(",")
                head, sep, tail = number.rpartition(",")
                if sep and tail.isdigit():  # "klimaat,5"
                    number, distance = head, min(int(tail), 1000)
                if number:
                    node = self.word(_Token("word", number, last=token.last))
            elif token.kind == "phrase":
                node = self.phrase(token)
            else:
                self.plain_words = True  # brackets or fields inside NEAR: their words only
                if token.kind == "word":
                    node = self.word(token)
            if isinstance(node, Term | Phrase):
                parts.append(node)
        if not parts:
            return None
        if len(parts) == 1:
            self.plain_words = True
            return parts[0]
        return Near(tuple(parts), distance)


def words(folded: str) -> list[str]:
    """The words of a folded text, as SQLite's tokenizer splits it (letters and digits of any
    script; everything else separates): the words of a query, and of a server's index."""
    return _TOKEN.findall(folded)


_words = words


def code_matches(code: str, codes: tuple[str, ...]) -> bool:
    """Whether a workgroup ``code`` is one of :attr:`Filters.codes`: the same words
    ("SENN-CRISE" is ``senn crise``, not "SENN-CRISE/RISK"), or starting with them for a code
    ending in "*"."""
    words = " ".join(words_of(code))
    if not words:
        return False
    for wanted in codes:
        stem = wanted.removesuffix("*")
        if words == stem or (wanted.endswith("*") and words.startswith(stem + " ")):
            return True
    return False


def words_of(text: str) -> list[str]:
    """The folded words of ``text`` as the index holds them: "SENN-CRISE/RISK" is
    ``["senn", "crise", "risk"]``."""
    return _words(fold(text))


# Symbols worth searching for: other symbols (emoji, ©), currency; with what joins and colours
# them (zero-width joiner, variation selectors, skin tones, keycaps, tags).
_SYMBOL_CATEGORIES = ("So", "Sc")
_SYMBOL_PARTS = ("So", "Sc", "Sk", "Mn", "Me", "Cf")


def _symbols(text: str) -> str:
    """The symbols of a word without letters or digits, as typed ("🇧🇪", "👍🏽", "€"); "" when
    it holds none (punctuation only, like "—")."""
    composed = unicodedata.normalize("NFC", text)
    kept = "".join(ch for ch in composed if unicodedata.category(ch) in _SYMBOL_PARTS)
    if not any(unicodedata.category(ch) in _SYMBOL_CATEGORIES for ch in kept):
        return ""
    return kept


def _positive(node: Node, parser: _Parser) -> Node:
    """``node`` with exclusions read as words: used where an exclusion cannot stand."""
    if isinstance(node, Not):
        parser.plain_words = True
        return _positive(node.part, parser)
    if isinstance(node, And):
        return And(tuple(_positive(p, parser) for p in node.parts))
    if isinstance(node, Or):
        return Or(tuple(_positive(p, parser) for p in node.parts))
    if isinstance(node, InField):
        return InField(node.field, _positive(node.part, parser))
    return node


def _as_prefix(node: Node) -> Node:
    """``node`` matching longer words too when it is a word or a phrase; others unchanged."""
    if isinstance(node, Term | Phrase):
        return dataclasses.replace(node, prefix=True)
    return node


def _positive_terms(node: Node) -> Iterator[Term]:
    if isinstance(node, Term):
        yield node
    elif isinstance(node, Phrase):
        for index, word in enumerate(node.words):
            yield Term(word, node.prefix and index == len(node.words) - 1)
    elif isinstance(node, Near | And | Or):
        for part in node.parts:
            yield from _positive_terms(part)
    elif isinstance(node, InField):
        yield from _positive_terms(node.part)
    # Not: excluded words are not highlighted


def _split_top(parts: list[Node], parser: _Parser) -> tuple[Node | None, list[Node]]:
    """The positive part of the top-level conjunction and the exclusions beside it."""
    positive: list[Node] = []
    excluded: list[Node] = []
    for part in parts:
        if isinstance(part, Not):
            excluded.append(_positive(part.part, parser))
        else:
            positive.append(_fix_inner(part, parser))
    if not positive:
        return None, excluded
    return (positive[0] if len(positive) == 1 else And(tuple(positive))), excluded


def _fix_inner(node: Node, parser: _Parser) -> Node:
    """Inside groups an exclusion needs something positive beside it; else it is words."""
    if isinstance(node, And):
        kept = [_fix_inner(p, parser) for p in node.parts]
        if all(isinstance(p, Not) for p in kept):
            kept = [_positive(p, parser) for p in kept]
        return And(tuple(kept)) if len(kept) > 1 else kept[0]
    if isinstance(node, InField):
        inner = _fix_inner(node.part, parser)
        return InField(node.field, _positive(inner, parser) if isinstance(inner, Not) else inner)
    return node


def _read_filters(raw: list[tuple[str, str, bool]], parser: _Parser) -> tuple[Filters, list[Node]]:
    """The typed filters; a value that is not a year, tag or kind becomes plain words."""
    years: tuple[int, int] | None = None
    tags: list[str] = []
    codes: list[str] = []
    not_tags: list[str] = []
    object_kinds: list[str] = []
    item_kinds: list[str] = []
    not_object_kinds: list[str] = []
    not_item_kinds: list[str] = []
    leftovers: list[Node] = []
    for name, value, negated in raw:
        if name == "year" and not negated:
            match = _YEAR_RANGE.match(value.strip())
            if match:
                low = int(match[1])
                high = int(match[2] or match[1])
                low, high = min(low, high), max(low, high)
                if years is not None:  # two year filters: both must hold
                    low, high = max(low, years[0]), min(high, years[1])
                years = (low, high)
                continue
        elif name == "tag":
            (not_tags if negated else tags).append(value)
            continue
        elif name == "code":
            codes.append(" ".join(_words(fold(value))) + ("*" if value.endswith("*") else ""))
            continue
        elif name == "kind":
            known = _KIND_WORDS.get(fold(value))
            if known is not None:
                group, kind = known
                if group == "object":
                    (not_object_kinds if negated else object_kinds).append(kind)
                else:
                    (not_item_kinds if negated else item_kinds).append(kind)
                continue
        parser.plain_words = True
        words = _words(fold(f"{name} {value}"))
        node: Node | None = None
        if len(words) == 1:
            node = Term(words[0])
        elif words:
            node = And(tuple(Term(w) for w in words))
        if node is not None:
            leftovers.append(Not(node) if negated else node)
    filters = Filters(
        years=years,
        tags=tuple(tags),
        codes=tuple(dict.fromkeys(codes)),
        symbols=tuple(dict.fromkeys(parser.symbols)),
        object_kinds=tuple(dict.fromkeys(object_kinds)),
        item_kinds=tuple(dict.fromkeys(item_kinds)),
        not_tags=tuple(not_tags),
        not_object_kinds=tuple(dict.fromkeys(not_object_kinds)),
        not_item_kinds=tuple(dict.fromkeys(not_item_kinds)),
    )
    return filters, leftovers


def parse(text: str, *, as_you_type: bool = False) -> Query:
    """Read what a delegate typed into a :class:`Query`; never raises.

    ``as_you_type``: the last word (when nothing follows it) matches as a prefix, so results
    come while the word is being typed.
    """
    parser = _Parser(_lex(text), as_you_type=as_you_type)
    top = parser.parse_top()
    filters, leftovers = _read_filters(parser.filters, parser)
    text_node, excluded = _split_top([*top, *leftovers], parser)
    return Query(text_node, tuple(excluded), filters, parser.plain_words)


# "or" between two words in small letters (each language's OR of :data:`_OPERATOR_WORDS`),
# outside quotes: the delegate may have meant OR.
_SMALL_OR = re.compile(
    r"(?<=\S)(\s+)("
    + "|".join(word.lower() for word, name in _OPERATOR_WORDS.items() if name == "OR")
    + r")(\s+)(?=[^\s\"])"
)


def either_word_meant(text: str) -> str | None:
    """The query with its "or"/"of"/"ou" in capitals when one stands alone between two words
    outside quotes (``energie of klimaat`` -> ``energie OF klimaat``), for the hint shown when
    nothing is found; ``None`` when there is no such word. Never raises."""

    def capital(match: re.Match[str]) -> str:
        if text.count('"', 0, match.start()) % 2:  # inside a quoted phrase: a word there
            return match[0]
        return match[1] + match[2].upper() + match[3]

    meant = _SMALL_OR.sub(capital, text)
    return meant if meant != text else None


# --------------------------------------------------------------------------------------------
# highlighting with the same folding
# --------------------------------------------------------------------------------------------

# A word as the index sees it, in the original text: letters and digits with any combining
# marks (a decomposed "e" + U+0308 stays one word).
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_ORIGINAL_WORD = re.compile(rf"[^\W_](?:[^\W_]|[{_MARKS}])*")


def match_spans(text: str, terms: tuple[Term, ...]) -> list[tuple[int, int]]:
    """``(start, end)`` of every word of ``text`` that a term matches, compared folded, in
    the order of the text.

    A term matches a word equal to it, or starting with it when the term is a prefix. Spans
    cover whole words of the original text (so "ﬁnanciële" is marked for "financiele").

    A results list cuts a snippet per hit it paints (20 on the first screen), each from a
    text of hundreds of words: folding every word took 25-50 us a hit. A word whose lower
    case is ASCII folds to its lower case (checked for every character), so each ASCII term
    is looked for as a literal in the lower-cased text (:func:`_ascii_matchers`); only the
    words with other letters are folded (each distinct word once per process). Text with
    combining marks (a decomposed "e" + U+0308, where a word runs on past its letters) or
    letters whose lower case is longer ("İ") is read word by word.
    """
    if not terms or not text:
        return []
    exact = frozenset(t.text for t in terms if not t.prefix)
    prefixes = tuple(sorted({t.text for t in terms if t.prefix}, key=len))
    lowered = text.lower()
    if len(lowered) != len(text) or _MARK.search(text):
        return [
            match.span()
            for match in _ORIGINAL_WORD.finditer(text)
            if _matches(_folded_words(match.group(0)), exact, prefixes)
        ]
    found = {
        match.span()
        for matcher in _ascii_matchers(exact, prefixes)
        for match in matcher.finditer(lowered)
    }
    if not text.isascii():
        found.update(
            match.span()
            for match in _NOT_ASCII_WORD.finditer(text)
            if _matches(_folded_words(match.group(0)), exact, prefixes)
        )
    return sorted(found)


_MARK = re.compile(f"[{_MARKS}]")
# A whole word (no combining marks around) with a letter or digit that is not ASCII: the
# ASCII ones before it taken possessively, so an ASCII word fails at once, whatever its length.
_NOT_ASCII_WORD = re.compile(r"(?<![^\W_])[A-Za-z0-9]*+[^\W\x00-\x7f][^\W_]*+")


def _matches(words: tuple[str, ...], exact: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    """Whether a word of ``words`` is one of ``exact`` or starts with one of ``prefixes``."""
    return any(word in exact or (prefixes and word.startswith(prefixes)) for word in words)


@functools.lru_cache(maxsize=64)
def _ascii_matchers(
    exact: frozenset[str], prefixes: tuple[str, ...]
) -> tuple[re.Pattern[str], ...]:
    """Per ASCII term, a pattern finding in a lower-cased text (no combining marks) each
    whole word of ASCII letters and digits that is the term (or, for ``prefixes``, starts
    with it). Each begins with the term itself, which the regular expression engine finds
    by a fast literal search (a pattern that begins with a look-behind is tried at every
    position: 3-4 times slower), the word's start checked after it. Terms that are not ASCII
    cannot match such a word and are left out."""
    matchers = []
    for term, ending in [(t, "") for t in exact] + [(t, "[a-z0-9]*+") for t in prefixes]:
        if term.isascii():
            start = f"(?<![^\\W_].{{{len(term)}}})"  # no letter or digit before the term
            matchers.append(re.compile(f"{re.escape(term)}{start}{ending}(?![^\\W_])", re.DOTALL))
    return tuple(matchers)


@functools.lru_cache(maxsize=16384)
def _folded_words(word: str) -> tuple[str, ...]:
    """The index's words of one word of a text (``fold``, then split as the tokenizer
    splits: "ﬁnanciële" gives ``("financiele",)``); kept for the words met most lately."""
    return tuple(_words(fold(word)))


# BM25's constants: term frequency saturation and length normalisation; a typical title
# length in words (titles are short, the exact value hardly matters).
_K1 = 1.2
_B = 0.75
_TITLE_WORDS = 8.0


def _fold_words(title: str) -> tuple[str, ...]:
    # ASCII needs no folding beyond lower case (a quarter of the cost, for most titles).
    return tuple(_TOKEN.findall(title.lower()) if title.isascii() else _words(fold(title)))


# A title's folded words in their order (its last words), sorted (the words a term matches,
# whole or as a prefix, are then one run found by bisection) and BM25's length normalisation.
_TitleWords: TypeAlias = tuple[tuple[str, ...], list[str], float]


def _fold_title(title: str) -> _TitleWords:
    return _title_words_from(_fold_words(title))


def _title_words_from(words: tuple[str, ...]) -> _TitleWords:
    return words, sorted(words), _norm(len(words))


def title_words(heading: str) -> str:
    """The folded words of a title as :func:`rank_folded_titles` reads them: separated by one
    space, in their order ("" for a title without words). The index keeps them beside each
    title when it is written (migration 0012, SQL ``bnldesk_title_words``), so that a search
    ranks titles without folding them."""
    return " ".join(_fold_words(heading))


def title_score(title: str, terms: tuple[Term, ...]) -> float:
    """How well a title answers the terms: BM25 over the title's words, higher is better.

    Every term counts once per word it matches, a whole word fully and a longer word it is a
    prefix of for 0.7, saturated and normalised by the title's length as BM25 does. The inverse
    document frequency is left out: every candidate title contains every required term, so it
    would scale all of them alike.
    """
    return title_scores([title], terms)[0]


def title_scores(titles: Iterable[str], terms: tuple[Term, ...]) -> list[float]:
    """:func:`title_score` of each title (a search ranks 60 at once: the terms are read once)."""
    return rank_titles(titles, terms)[0]


def rank_titles(titles: Iterable[str], terms: tuple[Term, ...]) -> tuple[list[float], list[bool]]:
    """:func:`title_score` of each title, and whether it ends with the terms
    (:func:`ends_with_terms`), in one pass over each title's words."""
    return _rank([_fold_title(title) for title in titles], terms)


def rank_folded_titles(
    folded: Iterable[str], terms: tuple[Term, ...]
) -> tuple[list[float], list[bool]]:
    """:func:`rank_titles` of titles given by their :func:`title_words` (folded when they
    were written, one space between words): the same scores and endings, without folding,
    splitting or sorting. A first search ranks 60 titles it has not seen, so each term's
    words are counted in the title's text (" energ" counts the words it begins, " energie "
    the word itself), a title's length is its spaces."""
    # Per term: the whole word between spaces, the word twice (two such words side by side
    # share a space, which str.count sees once), the beginning of a word.
    wanted = [(f" {t.text} ", f" {t.text} {t.text} ", f" {t.text}", t.prefix) for t in terms]
    tail = " ".join(term.text for term in terms)
    spaced_tail = " " + tail
    titles = list(folded)
    endings = [bool(tail) and (title == tail or title.endswith(spaced_tail)) for title in titles]
    if not wanted:
        return [0.0] * len(titles), endings
    saturation = _K1 + 1
    scores: list[float] = []
    for title in titles:
        if not title:
            scores.append(0.0)
            continue
        spaces = title.count(" ")
        norm = _NORMS[spaces] if spaces < len(_NORMS) else _norm(spaces + 1)
        padded = f" {title} "
        score = 0.0
        for whole, twice, begun, prefix in wanted:
            equal = padded.count(whole)
            if equal and twice in padded:
                equal = title.split().count(whole[1:-1])
            frequency = float(equal)
            if prefix:  # the longer words it begins
                frequency += 0.7 * (padded.count(begun) - equal)
            if frequency:
                score += frequency * saturation / (frequency + norm)
        scores.append(score)
    return scores, endings


def _norm(words: int) -> float:
    """BM25's length normalisation of a title of ``words`` words."""
    return _K1 * (1 - _B + _B * words / _TITLE_WORDS)


# The normalisation of titles of up to 255 words, worked out once (the same expression:
# the same floating-point value to the last bit), per number of blanks between the words.
_NORMS = tuple(_norm(blanks + 1) for blanks in range(256))


def _rank(titles: list[_TitleWords], terms: tuple[Term, ...]) -> tuple[list[float], list[bool]]:
    wanted = [(term.text, term.prefix, _after_prefix(term.text)) for term in terms]
    whole = tuple(term.text for term in terms)
    saturation = _K1 + 1
    scores: list[float] = []
    endings: list[bool] = []
    for words, ordered, norm in titles:
        endings.append(bool(whole) and words[-len(whole) :] == whole)
        if not wanted or not words:
            scores.append(0.0)
            continue
        score = 0.0
        for text, prefix, after in wanted:
            first = bisect.bisect_left(ordered, text)
            equal = bisect.bisect_right(ordered, text, first) - first
            frequency = float(equal)
            if prefix:  # the longer words it begins: the run up to the first word after them
                longer = bisect.bisect_left(ordered, after, first) - first - equal
                frequency += 0.7 * longer
            if frequency:
                score += frequency * saturation / (frequency + norm)
        scores.append(score)
    return scores, endings


def _after_prefix(text: str) -> str:
    """The first string after every string that begins with ``text`` (sorted order)."""
    if not text:
        return "\U0010ffff"
    last = ord(text[-1])
    if last == 0x10FFFF:
        return text + "\U0010ffff"
    return text[:-1] + chr(last + 1)


def ends_with_terms(heading: str, terms: tuple[Term, ...]) -> bool:
    """Whether ``heading``'s last words are exactly ``terms``, in order, whole words (a
    workgroup's heading ends with its code: "VE-TER" typed names VE-TER, not VE-TER-Rail)."""
    return rank_titles([heading], terms)[1][0]


def symbol_spans(text: str, symbols: tuple[str, ...]) -> list[tuple[int, int]]:
    """``(start, end)`` of every occurrence of the symbols (emoji) in ``text``, as typed."""
    spans: list[tuple[int, int]] = []
    for symbol in symbols:
        start = text.find(symbol)
        while symbol and start != -1:
            spans.append((start, start + len(symbol)))
            start = text.find(symbol, start + len(symbol))
    return spans


def snippet(
    text: str,
    terms: tuple[Term, ...],
    *,
    start_mark: str,
    end_mark: str,
    width: int = 160,
    symbols: tuple[str, ...] = (),
) -> str:
    """A one-line excerpt of ``text`` around its best run of matches, matches between marks.

    The excerpt is about ``width`` characters, cut at word boundaries, with "…" where text was
    left out; without matches it is the start of the text. ``symbols`` (emoji searched for)
    are matches too.
    """
    line = (
        unicodedata.normalize("NFC", " ".join(text.split())) if symbols else " ".join(text.split())
    )
    spans = sorted(match_spans(line, terms) + symbol_spans(line, symbols))
    if not spans:
        cut = _cut(line, 0, width)
        return cut + ("…" if len(cut) < len(line) else "")
    # The window of ``width`` characters holding the most matches (first one wins a tie).
    best_start, best_count = spans[0][0], 0
    right = 0
    for left, (start, _end) in enumerate(spans):
        right = max(right, left)
        while right + 1 < len(spans) and spans[right + 1][1] - start <= width:
            right += 1
        if right - left + 1 > best_count:
            best_start, best_count = start, right - left + 1
    begin = max(0, best_start - width // 4)
    if begin:
        space = line.rfind(" ", 0, begin)
        begin = space + 1 if space != -1 and begin - space < 24 else begin
    excerpt_end = len(_cut(line[begin:], 0, width)) + begin
    out: list[str] = ["…"] if begin else []
    last = begin
    for start, end in spans:
        if start < begin or end > excerpt_end:
            continue
        out.append(line[last:start])
        out.append(start_mark + line[start:end] + end_mark)
        last = end
    out.append(line[last:excerpt_end])
    if excerpt_end < len(line):
        out.append("…")
    return "".join(out)


def _cut(line: str, begin: int, width: int) -> str:
    """``line[begin:]`` cut to about ``width`` characters at a blank."""
    part = line[begin : begin + width]
    if begin + width >= len(line):
        return part
    space = part.rfind(" ")
    return part[:space] if space > width // 2 else part

"""The matches a snippet marks, found without folding every word of the text (issue 15: the
first screen of a cold search cut 20 snippets at 25-50 us each). The spans must be exactly
those of the plain rule, every word folded and split as the index splits it, which the
reference below states word by word; hypothesis mixes ASCII, accents, ligatures, ß, dotless
and dotted i, the Kelvin sign, combining marks, digits of other scripts, underscores, emoji
and Arabic, with terms that are words of the same texts, whole or as prefixes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bnldesk.domain.identity import fold
from bnldesk.domain.search_query import Term, match_spans, parse, snippet

# A word of the original text: letters and digits with any combining marks after them.
_WORD = re.compile(
    r"[^\W_](?:[^\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])*"
)
_TOKEN = re.compile(r"[^\W_]+")


def reference_spans(text: str, terms: tuple[Term, ...]) -> list[tuple[int, int]]:
    """Every original word one of whose folded words is a term, or begins with a prefix term."""
    spans = []
    for match in _WORD.finditer(text):
        for word in _TOKEN.findall(fold(match.group(0))):
            if any(word == t.text or (t.prefix and word.startswith(t.text)) for t in terms):
                spans.append(match.span())
                break
    return spans


_PIECES = [
    "energie",
    "Energie",
    "ENERGIEBELEID",
    "energ",
    "e",
    "2024",
    "x2",
    " ",
    "  ",
    "-",
    "_",
    ".",
    ",",
    "\n",
    "é",
    "É",
    "coöperatie",
    "coo\u0308peratie",
    "ﬁnanciële",
    "Straße",
    "STRASSE",
    "Œuvre",
    "œ",
    "ı",
    "İstanbul",
    "istanbul",
    "\u212aoen",
    "koen",
    "ſ",
    "s",
    "٣",
    "3",
    "ة",
    "طاقة",
    "🙂",
    "<b>",
    "&",
    "=cmd|' /C calc'!A0",
    "\x00",
    "\u0301",
    "a" * 300,
    "ĳssel",
    "ijssel",
    "ﬂexibele",
    "½",
    "x½",
    "²",
    "ǅ",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4), st.booleans())
def test_the_spans_are_those_of_every_word_folded(
    text: str, typed: list[str], as_you_type: bool
) -> None:
    terms = parse(" ".join(typed), as_you_type=as_you_type).highlight_terms()
    assert match_spans(text, terms) == reference_spans(text, terms)


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.lists(st.sampled_from(_PIECES), min_size=1, max_size=3))
def test_prefix_terms_of_every_kind(text: str, typed: list[str]) -> None:
    terms = tuple(
        Term(word, prefix=True)
        for word in parse(" ".join(typed)).highlight_terms()
        for word in [word.text]
    )
    assert match_spans(text, terms) == reference_spans(text, terms)


def test_what_a_delegate_sees_marked() -> None:
    text = "Coöperatie en ﬁnanciële steun; STRASSE of Straße; energiebeleid, Energie_2024 en ĳssel."
    terms = parse("cooperatie financiele strasse energ* ijssel").highlight_terms()
    marked = [text[a:b] for a, b in match_spans(text, terms)]
    assert marked == [
        "Coöperatie",
        "ﬁnanciële",
        "STRASSE",
        "Straße",
        "energiebeleid",
        "Energie",
        "ĳssel",
    ]
    # A whole word only: "energie" does not mark "energiebeleid"; digits after "_" are a word.
    exact = parse("energie 2024").highlight_terms()
    assert [text[a:b] for a, b in match_spans(text, exact)] == ["Energie", "2024"]


def test_a_long_word_is_cut_quickly_and_whole() -> None:
    # 5,000 letters and one accent at the end: one word, marked whole by its prefix.
    word = "a" * 5000 + "é"
    text = f"begin {word} eind " * 3
    spans = match_spans(text, (Term("aaa", prefix=True),))
    assert [text[a:b] for a, b in spans] == [word] * 3
    assert "[" + "eind" + "]" in snippet(text, (Term("eind"),), start_mark="[", end_mark="]")


def test_every_letter_whose_lower_case_is_ascii_folds_to_it() -> None:
    # What finding ASCII terms in the lower-cased text rests on (the Kelvin sign is one).
    for code in range(0x80, 0x110000):
        lowered = chr(code).lower()
        if len(lowered) == 1 and lowered.isascii():
            assert fold(chr(code)) == lowered, hex(code)

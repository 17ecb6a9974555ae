"""The search language and the one folding, without a database: the query tree, highlighting."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bnldesk.domain import identity
from bnldesk.domain.search_query import (
    And,
    Filters,
    InField,
    Near,
    Not,
    Or,
    Phrase,
    Term,
    match_spans,
    parse,
    snippet,
    title_score,
)

# -- the one folding -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("ĳssel", "ijssel"),
        ("Ĳssel", "ijssel"),
        ("ﬁnanciële", "financiele"),
        ("ﬂexibele", "flexibele"),
        ("œuvre", "oeuvre"),
        ("Œuvre", "oeuvre"),
        ("Æsop", "aesop"),
        ("ﬀ ﬃ ﬄ ﬅ ﬆ", "ff ffi ffl st st"),
        ("Efficie\u0301ntie", "efficientie"),  # a decomposed accent
        ("Ｆｕｌｌ-width", "full-width"),
        ("x²", "x2"),
        ("  line\nbreak\t\x00nul ", "line break nul"),
        ("Ελλάδα", "ελλαδα"),
    ],
)
def test_fold(typed: str, folded: str) -> None:
    assert identity.fold(typed) == folded


@given(st.text())
def test_fold_is_idempotent_and_leaves_no_case_or_accents(text: str) -> None:
    once = identity.fold(text)
    assert identity.fold(once) == once
    assert not any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", once))
    assert once == once.casefold()


def _fold_by_definition(text: str) -> str:
    """fold as its docstring defines it, one character at a time (slow, plain): what the
    search index holds, so the fast fold must give exactly this."""
    composed = unicodedata.normalize("NFKC", text).casefold()
    written_out = {"æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}
    written_out |= {"ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "k"}
    composed = "".join(written_out.get(ch, ch) for ch in composed)
    decomposed = unicodedata.normalize("NFKD", composed)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = "".join(
        " " if (ord(ch) < 32 and ch not in "\t\n\r") or 127 <= ord(ch) <= 159 else ch
        for ch in plain
    )
    return " ".join(plain.split()).strip()


_LATIN_AND_MARKS = st.text(
    st.sampled_from(
        [
            *"aeiouyEOUßĳĲﬁﬂﬀæœøłđðþıħŧŋĸÆŒØ éèëêàçñÅåÖöÜüÑ\t\n\x00\x1b\x85ǅǈΆάΈ",
            *("\u0301", "\u0308", "\u0327", "\u1ab0", "\u20d0", "\ufe20", "\U0001d165", "😀"),
        ]
    )
)


@given(_LATIN_AND_MARKS)
def test_fold_gives_what_its_definition_gives(text: str) -> None:
    assert identity.fold(text) == _fold_by_definition(text)


@given(st.text())
def test_fold_gives_what_its_definition_gives_for_any_text(text: str) -> None:
    assert identity.fold(text) == _fold_by_definition(text)


def test_identity_keys_use_the_one_folding() -> None:
    assert identity.item_key("Mise en œuvre du plan") == identity.item_key("Mise en oeuvre du plan")
    assert identity.item_key("Straße") == identity.item_key("Strasse")
    assert identity.item_key("ﬁnanciële steun") == identity.item_key("Financiële steun")
    # Titles in other scripts keep their letters instead of all becoming one empty key.
    assert identity.item_key("Ελλάδα") != identity.item_key("Κύπρος")
    assert identity.section_key("3.1.", "Energie-beleid") == identity.section_key(
        "3.1", "Energiebeleid"
    )


# -- the query tree ----------------------------------------------------------------------------


def test_words_are_anded_and_folded() -> None:
    query = parse("Energie KLIMAAT")
    assert query.text == And((Term("energie"), Term("klimaat")))
    assert parse("energie AND klimaat").text == query.text
    assert not query.plain_words


def test_or_binds_tighter_than_and_as_in_web_search() -> None:
    assert parse("energie OR klimaat").text == Or((Term("energie"), Term("klimaat")))
    assert parse("a b OR c").text == And((Term("a"), Or((Term("b"), Term("c")))))
    assert parse("(a b) OR c").text == Or((And((Term("a"), Term("b"))), Term("c")))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("énergie OU climat", Or((Term("energie", True), Term("climat", True)))),
        ("climat OU énergie", Or((Term("climat", True), Term("energie", True)))),
        ("a b OF c", And((Term("a"), Or((Term("b", True), Term("c", True)))))),
        ('"grens overleg" OR water', Or((Phrase(("grens", "overleg"), True), Term("water", True)))),
        ("energie OR klimaat*", Or((Term("energie"), Term("klimaat", True)))),
    ],
)
def test_the_word_being_typed_widens_every_option_alike(typed: str, expected: object) -> None:
    """Trial 18: "énergie OU climat" gave 16 results and "climat OU énergie" 20, as only the
    last word matched longer words. As typed, each option of its OR does; a typed star stays
    the delegate's own choice, and a finished query (a blank after it) widens nothing."""
    assert parse(typed, as_you_type=True).text == expected
    assert parse(typed + " ", as_you_type=True) == parse(typed)


@pytest.mark.parametrize(
    ("typed", "english"),
    [
        ("energie OF klimaat", "energie OR klimaat"),
        ("énergie OU climat", "énergie OR climat"),
        ("energie EN klimaat", "energie AND klimaat"),
        ("énergie ET climat", "énergie AND climat"),
        ("energie NIET Brussel", "energie NOT Brussel"),
        ("énergie SAUF Bruxelles", "énergie NOT Bruxelles"),
        ("(a OF b) EN c NIET d", "(a OR b) AND c NOT d"),
    ],
)
def test_dutch_and_french_operators_in_capitals(typed: str, english: str) -> None:
    """Trial 17: a Dutch delegate typed ``energie OF klimaat`` and found nothing."""
    assert parse(typed) == parse(english)


def test_dutch_and_french_operator_words_in_small_letters_are_words() -> None:
    assert parse("energie of klimaat").text == And((Term("energie"), Term("of"), Term("klimaat")))
    assert parse("énergie et climat").text == And((Term("energie"), Term("et"), Term("climat")))


def test_exclusions_with_not_and_minus() -> None:
    query = parse("energie klimaat -Brussel")
    assert query.text == And((Term("energie"), Term("klimaat")))
    assert query.excluded == (Term("brussel"),)
    assert parse("energie NOT Brussel").excluded == (Term("brussel"),)
    only = parse("-Brussel")
    assert only.text is None and only.excluded == (Term("brussel"),)


def test_a_hyphen_inside_a_word_is_not_an_exclusion() -> None:
    assert parse("energie-efficiëntie").text == Phrase(("energie", "efficientie"))
    assert parse("'s-Hertogenbosch").text == Phrase(("s", "hertogenbosch"))


def test_quoted_phrase_prefix_and_near() -> None:
    assert parse('"grensoverschrijdende samenwerking"').text == Phrase(
        ("grensoverschrijdende", "samenwerking")
    )
    assert parse("energ*").text == Term("energ", prefix=True)
    assert parse('"energie beleid"*').text == Phrase(("energie", "beleid"), prefix=True)
    assert parse("NEAR(energie klimaat, 5)").text == Near(
        (Term("energie"), Term("klimaat")), distance=5
    )
    assert parse("NEAR(energie klimaat)").text == Near((Term("energie"), Term("klimaat")), 10)


def test_symbols_are_searched_as_typed() -> None:
    assert parse("🙂").filters == Filters(symbols=("🙂",))
    assert parse("budget 👍🏽 🇧🇪 €").filters.symbols == ("👍🏽", "🇧🇪", "€")
    assert parse("budget 👍🏽").text == Term("budget")
    assert parse("— … ,").is_empty


def test_the_word_being_typed_stays_a_prefix_before_filters_and_exclusions() -> None:
    assert parse("politie year:2022", as_you_type=True).text == Term("politie", prefix=True)
    assert parse("politie -Brussel", as_you_type=True).text == Term("politie", prefix=True)
    assert parse("politie year:2022 ", as_you_type=True).text == Term("politie")
    assert parse('"a b" kind:note', as_you_type=True).text == Phrase(("a", "b"))


def test_as_you_type_the_last_word_is_a_prefix() -> None:
    assert parse("energie kli", as_you_type=True).text == And(
        (Term("energie"), Term("kli", prefix=True))
    )
    assert parse("energie kli ", as_you_type=True).text == And((Term("energie"), Term("kli")))
    # A word being left out is widened as it would be found (trial 10: "soort:nota politie"
    # and "soort:nota -politie" listed the same notes on the "Politieverdrag").
    assert parse("energie -Brus", as_you_type=True).excluded == (Term("brus", prefix=True),)
    assert parse("energie -Brus").excluded == (Term("brus"),)


def test_fields() -> None:
    assert parse("title:energie").text == InField("title", Term("energie"))
    assert parse('titel:"energie beleid"').text == InField("title", Phrase(("energie", "beleid")))
    # A code alone is a filter: that code exactly, or with "*" every code starting so;
    # joined by OR or in brackets it is the words of the code field.
    assert parse("code:SENN-CRISE").filters == Filters(codes=("senn crise",))
    assert parse("code:SENN-CRISE*", as_you_type=True).filters == Filters(codes=("senn crise*",))
    assert parse("code:SENN-CRISE OR x").text == Or(
        (InField("code", Phrase(("senn", "crise"))), Term("x"))
    )
    query = parse("year:2022 tag:Budget kind:flagship politie")
    assert query.text == Term("politie")
    assert query.filters == Filters(years=(2022, 2022), tags=("Budget",), item_kinds=("flagship",))
    assert parse("jaar:2021-2023").filters.years == (2021, 2023)
    assert parse("kind:note -kind:meeting").filters == Filters(
        object_kinds=("annotation",), not_object_kinds=("meeting",)
    )
    assert parse("soort:werkgroep").filters.object_kinds == ("workgroup",)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("col:val", And((Term("col"), Term("val")))),
        ("kind:banana", And((Term("kind"), Term("banana")))),
        ("year:soon", And((Term("year"), Term("soon")))),
        ("energie OR", Term("energie")),
        ("OR energie", Term("energie")),
        ("energie)", Term("energie")),
        ("(energie", Term("energie")),
        ('"energie', Term("energie")),
        ('"energie klimaat', And((Term("energie"), Term("klimaat")))),
        ("NEAR(energie", Term("energie")),
        ("energie OR -klimaat", Or((Term("energie"), Term("klimaat")))),
        ("year:2022 OR klimaat", Or((Phrase(("year", "2022")), Term("klimaat")))),
    ],
)
def test_what_cannot_be_syntax_is_searched_as_plain_words(typed: str, words: object) -> None:
    query = parse(typed)
    assert query.text == words
    assert query.excluded == ()


@pytest.mark.parametrize(
    ("typed", "text", "excluded"),
    [
        ("foo:bar", And((Term("foo"), Term("bar"))), ()),
        ("Président:Luxembourg", And((Term("president"), Term("luxembourg"))), ()),
        ("energie -foo:bar", Term("energie"), (And((Term("foo"), Term("bar"))),)),
        ("title:foo:bar", InField("title", And((Term("foo"), Term("bar")))), ()),
    ],
)
def test_an_unknown_field_is_its_words_each_anywhere_and_says_so(
    typed: str, text: object, excluded: tuple[object, ...]
) -> None:
    """Trial 14: ``foo:bar`` was the phrase "foo bar", finding nothing where the words were
    apart, and nothing said it was not a field."""
    query = parse(typed)
    assert (query.text, query.excluded) == (text, excluded)
    assert query.plain_words


@pytest.mark.parametrize("typed", ["12:30", "http://benelux.int", "2.1:"])
def test_a_colon_after_no_name_is_no_field(typed: str) -> None:
    assert not parse(typed).plain_words


@pytest.mark.parametrize("typed", ["", "   ", '"', "((", "NOT", "^", "—", "-", "*", "AND", "-🙂"])
def test_nothing_to_search_for(typed: str) -> None:
    assert parse(typed).is_empty


_PIECES = ["a", "b", " ", '"', "(", ")", "-", "*", ":", "OR", "AND", "NOT", "NEAR(", ",", "5"]
_PIECES += ["é", "ﬁ", "title:", "year:", "kind:", "tag:", "🙂", "\x00"]


@given(st.lists(st.sampled_from(_PIECES)).map("".join))
def test_any_text_parses(text: str) -> None:
    query = parse(text, as_you_type=True)
    # Whatever was typed: a tree whose words are all non-empty and folded.
    for term in query.highlight_terms():
        assert term.text and term.text == identity.fold(term.text)
    assert all(not isinstance(part, Not) for part in query.excluded)


# -- highlighting with the same folding --------------------------------------------------------


def test_spans_cover_whole_original_words() -> None:
    text = "Meer ﬁnanciële steun voor de Straße en Œuvre"
    terms = parse("financiele strasse oeuvre").highlight_terms()
    marked = [text[a:b] for a, b in match_spans(text, terms)]
    assert marked == ["ﬁnanciële", "Straße", "Œuvre"]


def test_snippet_centres_on_the_matches_and_keeps_user_text() -> None:
    text = ("inleiding " * 40) + "<b>energie</b> & klimaat " + ("slot " * 40)
    out = snippet(text, parse("energie").highlight_terms(), start_mark="[", end_mark="]")
    assert "<b>[energie]</b> & klimaat" in out
    assert out.startswith("…") and out.endswith("…")
    assert len(out) < 200


def test_title_score_prefers_focused_titles() -> None:
    terms = parse("energie").highlight_terms()
    assert title_score("Energie", terms) > title_score("Energie en klimaat in de regio", terms)
    assert title_score("Energie", terms) > title_score(
        "Energiebeleid", parse("energie*").highlight_terms()
    )
    assert title_score("Klimaat", terms) == 0.0


def test_title_score_is_the_same_when_asked_again_whatever_the_title() -> None:
    """Asking again gives the same score, a title with accents or ligatures scores as its
    plain letters, and a 5,000-character title is scored."""
    terms = parse("energie financiele").highlight_terms()
    plain = title_score("Energie en financiele steun", terms)
    assert plain == pytest.approx(2 * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 4 / 8)))  # 2 of 4 words
    for title in ("Énergie en ﬁnanciële steun", "ENERGIE EN FINANCIËLE STEUN"):
        assert title_score(title, terms) == title_score(title, terms) == plain
    long_title = "Energie " + "x" * 5000 + " financiele"
    assert title_score(long_title, terms) == title_score(long_title, terms) > 0

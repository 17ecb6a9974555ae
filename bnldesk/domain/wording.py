"""How the command line and the services' summaries word a count, and how every layer names a
document's language."""

from __future__ import annotations

from collections.abc import Iterable

from bnldesk import LANGUAGES


def counted(count: int, singular: str, plural: str = "") -> str:
    """``count`` with the noun in its English number: "1 note", "0 notes", "2 agenda points"
    (``plural`` when adding "s" is wrong). Interface texts use Qt's %n plural forms instead."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


# A document's language (its code, "nl", "fr", "en"), named in each interface language
# (English, Dutch, French: the order of bnldesk.LANGUAGES).
_LANGUAGE_NAMES: dict[str, tuple[str, str, str]] = {
    "nl": ("Dutch", "Nederlands", "néerlandais"),
    "fr": ("French", "Frans", "français"),
    "en": ("English", "Engels", "anglais"),
}


def language_name(code: str | None, language: str = "en") -> str | None:
    """The name of the language ``code`` ("nl", "fr", "en") in the interface ``language``
    ("Dutch", "Nederlands", "néerlandais"; English for an unknown ``language``); None for
    no code or one none of ours, which each caller says in its own words."""
    names = _LANGUAGE_NAMES.get(code or "")
    if names is None:
        return None
    return names[LANGUAGES.index(language) if language in LANGUAGES else 0]


def takes_singular(count: int, language: str) -> bool:
    """Whether ``count`` takes the singular in ``language``: 1 in English and Dutch, 0 and 1
    in French (CLDR's plural rules for these three languages)."""
    return count in (0, 1) if language == "fr" else count == 1


# Quotation marks around a quoted text, by language (English, Dutch, French: the order of
# bnldesk.LANGUAGES): one rule per language wherever a record's own words are quoted (trial
# 17: English “…” beside Dutch „…” in one dialog). French puts no-break spaces inside « ».
_QUOTES: tuple[tuple[str, str], ...] = (("“", "”"), ("„", "”"), ("«\u00a0", "\u00a0»"))


def quoted(text: str, language: str) -> str:
    """``text`` between the quotation marks of ``language`` ("en", "nl", "fr"; English's for
    any other): “text”, „tekst”, « texte »."""
    opening, closing = _QUOTES[LANGUAGES.index(language) if language in LANGUAGES else 0]
    return f"{opening}{text}{closing}"


def elided(text: str, limit: int) -> str:
    """``text`` on one line (runs of white space as one space) in at most ``limit``
    characters: whole if it fits, else cut at the last word boundary that leaves room for
    "…" (mid-word only when a single word is longer than that), with "…" after it (trial 17:
    "klimaat- en ene" was cut mid-word and nothing said so). ``limit`` is at least 2."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if flat[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


class AsGiven(str):
    """A message that starts with a value as it was given (a file name, a name a delegate
    typed): :func:`sentence` keeps that value's case ("wg-edit1.xlsx is ...", never
    "Wg-edit1.xlsx", trial 17)."""

    __slots__ = ()


# The latest texts marked AsGiven, as plain strings: a Qt signal of str (the worker's
# ``failed``) hands a text on as a new str, which no longer says it was marked.
_GIVEN: dict[str, None] = {}
_GIVEN_KEPT = 64


def leading_value_kept(text: str, values: Iterable[object]) -> str:
    """``text`` as :class:`AsGiven` when it starts with one of ``values`` (what a template
    filled in), else as it is."""
    if any(str(value) and text.startswith(str(value)) for value in values):
        _GIVEN[text] = None
        while len(_GIVEN) > _GIVEN_KEPT:
            del _GIVEN[next(iter(_GIVEN))]
        return AsGiven(text)
    return text


def sentence(text: str) -> str:
    """``text`` as a sentence of its own, a capital first (messages are worded in lower case
    to go on after a colon); except a text that starts with a value as given
    (:class:`AsGiven`, or one marked so lately: a file name keeps its case) or with the
    program's name."""
    if isinstance(text, AsGiven) or text in _GIVEN or text.startswith("bnldesk"):
        return text
    return text[:1].upper() + text[1:]

"""How the command line and the services' summaries word a count, and how every layer names a
document's language."""

from __future__ import annotations

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

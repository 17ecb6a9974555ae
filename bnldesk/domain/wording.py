"""How the command line and the services' summaries word a count."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str = "") -> str:
    """``count`` with the noun in its English number: "1 note", "0 notes", "2 agenda points"
    (``plural`` when adding "s" is wrong). Interface texts use Qt's %n plural forms instead."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def takes_singular(count: int, language: str) -> bool:
    """Whether ``count`` takes the singular in ``language``: 1 in English and Dutch, 0 and 1
    in French (CLDR's plural rules for these three languages)."""
    return count in (0, 1) if language == "fr" else count == 1

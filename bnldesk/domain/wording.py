"""How the command line and the services' English summaries word a count."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str = "") -> str:
    """``count`` with the noun in its English number: "1 note", "0 notes", "2 agenda points"
    (``plural`` when adding "s" is wrong). Interface texts use Qt's %n plural forms instead."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"

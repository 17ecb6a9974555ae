"""Paragraphs of running text taken from a document whose every line was a paragraph.

Some documents (the 2013-2016 work programme's text, trial 13) set a blank line after each
printed line, so their text came in with a paragraph break in the middle of every sentence
("… door de al" / "uitgebouwde energiemarkt …"). A break is a paragraph's end only where the
text before it ends a sentence or a heading, or the text after it starts as a new one.
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"\n[ \t]*\n\s*")
# What ends a paragraph: a sentence's end, a colon or semicolon before a list, possibly
# followed by a closing quote or bracket.
_ENDS = re.compile(r"[.!?:;…][\"'”’»)\]]*$")


def _continues(before: str, after: str) -> bool:
    """Whether ``after`` is the rest of ``before``'s sentence: ``before`` does not end one and
    ``after`` starts with a lower-case letter (a heading such as "AMBITIE" is followed by a
    capital, a list by a dash or bullet)."""
    return bool(before) and not _ENDS.search(before) and after[:1].islower()


def rejoin_paragraphs(text: str) -> str:
    """``text`` with the paragraph breaks (blank lines) that fall inside a sentence joined by
    a space; other breaks, and texts without blank lines, are kept as they are."""
    if not text or "\n" not in text:
        return text
    parts = [part.strip() for part in _BREAK.split(text.strip())]
    joined: list[str] = []
    for part in parts:
        if joined and _continues(joined[-1], part):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return "\n\n".join(joined)


__all__ = ["rejoin_paragraphs"]

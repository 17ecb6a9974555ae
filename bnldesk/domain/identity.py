"""Identity keys and the one text folding: how the same object is recognised, and how text is
compared, everywhere in bnldesk.

:func:`fold` is the single folding used by the identity keys below, the full-text index (the
SQL function ``bnldesk_fold`` in the index triggers), search queries and the highlighting of
search words, so that what a delegate types finds what a document or a pasted note contains.

A code is the strongest key ("SENN-CRISE"); otherwise a normalised title, with case, accents,
ligatures, hyphenation, punctuation and spacing folded, so that "Energie-beleid" in one plan
and "Energiebeleid" in the next are one object and a delegate's notes follow it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Letters and digits of any script; everything else (punctuation, spacing, "_") is dropped.
_NON_WORD = re.compile(r"[\W_]+")

# Letters that are not a base letter plus a diacritic, so Unicode decomposition leaves them
# alone: written out as the plain letters a delegate types ("œuvre" is found by "oeuvre").
# ß, ĳ and the typographic ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) are already expanded by NFKC and case
# folding; these are the remaining ones in Latin-script European languages.
_LETTERS = str.maketrans(
    {
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
        "ĸ": "k",
    }
)


def fold(text: str) -> str:
    """``text`` as search and identity compare it: one line, lower case, no accents.

    NFKC (ligatures "ﬁ" → "fi", full-width and superscript forms to plain ones), case folding
    ("ß" → "ss", "ĳ" → "ij"), the letters of :data:`_LETTERS` written out ("œ" → "oe",
    "æ" → "ae"), diacritics removed ("ë" → "e"), and every run of spacing (including line
    breaks and control characters) made one blank. Deterministic and idempotent:
    ``fold(fold(x)) == fold(x)``.

    The search index stores what this returns and removes rows by recomputing it, and identity
    keys are built on it: a change here needs a migration that rebuilds the index and rewrites
    the keys (as db/versions/0007 does).
    """
    if text.isascii():
        # The common case, and a tenth of the cost: ASCII needs only case and spacing.
        return _SPACES.sub(" ", _without_controls(text).lower()).strip()
    composed = unicodedata.normalize("NFKC", text).casefold()
    # str.translate looks every character up in its table (10 us for a title of 100
    # characters): the letters are written out only where a regular expression finds one.
    if _LETTERS_FOUND.search(composed):
        composed = composed.translate(_LETTERS)
    plain = unicodedata.normalize("NFKD", composed)
    if not plain.isascii():
        plain = _marks().sub("", plain)
        if not plain.isascii() and max(plain) > "\uffff":
            # Marks outside the Basic Multilingual Plane (rare): looked up one by one.
            plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _without_controls(plain)).strip()


_LETTERS_FOUND = re.compile("[" + "".join(chr(code) for code in _LETTERS) + "]")


@functools.cache
def _marks() -> re.Pattern[str]:
    """Every combining mark of the Basic Multilingual Plane, as a character class to delete
    (a regular expression scans a text ten times faster than str.translate looks each
    character up; built once, in a few milliseconds)."""
    codes = [code for code in range(0x300, 0x10000) if unicodedata.combining(chr(code))]
    ranges: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code != previous + 1:
            ranges.append(
                re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else "")
            )
            start = code
        previous = code
    return re.compile("[" + "".join(ranges) + "]+")


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _without_controls(text: str) -> str:
    # Control characters (NUL, bell, escape, ...) from pasted text separate words like a blank.
    return _CONTROLS.sub(" ", text)


def normalise_title(title: str) -> str:
    """A title reduced to its folded letters and digits: hyphens, quotes and spacing do not count.

    Letters of every script are kept ("Ελλάδα" → "ελλαδα"), so titles in other scripts do not
    all reduce to the same empty key.
    """
    return _NON_WORD.sub("", fold(title))


def normalise_code(code: str) -> str:
    """Workgroup codes compare without case and with spacing folded ("FISC-MTIC  Benelux")."""
    return _SPACES.sub(" ", code.strip()).upper()


def normalise_number(number: str) -> str:
    """Section numbers "3.1.", "3.1" and " 3 .1" are one number."""
    return re.sub(r"[^0-9.]", "", number).strip(".")


def workgroup_key(code: str | None, name: str) -> str:
    """``wg:CODE`` (code normalised) when the workgroup has a code, else ``wg~`` and its
    normalised name: one key for the same workgroup in every plan."""
    if code and code.strip():
        return "wg:" + normalise_code(code)
    return "wg~" + normalise_title(name)


def section_key(number: str, title: str) -> str:
    """``sec:NUMBER:TITLE`` with the number and title normalised ("3.1." and "3.1" agree)."""
    return f"sec:{normalise_number(number)}:{normalise_title(title)}"


def chapter_key(number: str, title: str) -> str:
    """``ch:NUMBER:TITLE`` with the number and title normalised."""
    return f"ch:{normalise_number(number)}:{normalise_title(title)}"


def item_key(title: str) -> str:
    """``item:`` and the folded title; the kind is left out (a new project is next year's ongoing one)."""
    # The kind is deliberately left out: this year's new project is next year's ongoing one.
    return "item:" + normalise_title(title)[:200]


def contact_key(name: str, email: str | None) -> str:
    """``contact:`` and the e-mail address (case folded) when there is one, else the folded name."""
    if email and email.strip():
        return "contact:" + email.strip().casefold()
    return "contact~" + normalise_title(name)


def plan_key(year: int) -> str:
    """``plan:YEAR``: one annual plan per year."""
    return f"plan:{year}"


def programme_key(start_year: int, end_year: int) -> str:
    """``programme:START-END``: one work programme per period."""
    return f"programme:{start_year}-{end_year}"

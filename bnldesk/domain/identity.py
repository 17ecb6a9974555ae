"""Identity keys: how the same workgroup, section or project is recognised across years.

A code is the strongest key ("SENN-CRISE"); otherwise a normalised title, with case, accents,
hyphenation, punctuation and spacing folded, so that "Energie-beleid" in one plan and
"Energiebeleid" in the next are one object and a delegate's notes follow it.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, strip accents and fold all spacing to single blanks."""
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", without_marks.casefold()).strip()


def normalise_title(title: str) -> str:
    """A title reduced to its letters and digits: hyphens, quotes and spacing do not count."""
    return _NON_WORD.sub("", fold(title))


def normalise_code(code: str) -> str:
    """Workgroup codes compare without case and with spacing folded ("FISC-MTIC  Benelux")."""
    return _SPACES.sub(" ", code.strip()).upper()


def normalise_number(number: str) -> str:
    """Section numbers "3.1.", "3.1" and " 3 .1" are one number."""
    return re.sub(r"[^0-9.]", "", number).strip(".")


def workgroup_key(code: str | None, name: str) -> str:
    if code and code.strip():
        return "wg:" + normalise_code(code)
    return "wg~" + normalise_title(name)


def section_key(number: str, title: str) -> str:
    return f"sec:{normalise_number(number)}:{normalise_title(title)}"


def chapter_key(number: str, title: str) -> str:
    return f"ch:{normalise_number(number)}:{normalise_title(title)}"


def item_key(title: str) -> str:
    # The kind is deliberately left out: this year's new project is next year's ongoing one.
    return "item:" + normalise_title(title)[:200]


def contact_key(name: str, email: str | None) -> str:
    if email and email.strip():
        return "contact:" + email.strip().casefold()
    return "contact~" + normalise_title(name)


def plan_key(year: int) -> str:
    return f"plan:{year}"


def programme_key(start_year: int, end_year: int) -> str:
    return f"programme:{start_year}-{end_year}"

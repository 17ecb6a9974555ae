"""The language a plan or programme is written in, and its title as printed (no Qt, no I/O).

Benelux documents come in Dutch and French (English drafts circulate too). The language is
told by the small words of the running text, which every page has whatever its layout:
"het", "een", "van" against "le", "les", "du", "et" against "the", "and", "of". Words two of
these languages share ("de", "in", "is", "a") are left out. This is deliberately not a general
language identifier: three languages, documents of hundreds of lines, and the answer must be
the same on every machine (a statistical library would add a model to the bundle for a
question these word lists answer without error on every document we have).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Literal

from bnldesk.domain.identity import fold
from bnldesk.services.importer.vocabulary import printed_plan_title

Language = Literal["nl", "fr", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "fr", "en")

_SMALL_WORDS: dict[Language, frozenset[str]] = {
    "nl": frozenset(
        [
            "het",
            "een",
            "van",
            "en",
            "voor",
            "met",
            "zijn",
            "wordt",
            "worden",
            "naar",
            "ook",
            "niet",
            "bij",
            "dat",
            "die",
            "deze",
            "door",
            "aan",
            "om",
            "te",
            "tot",
            "over",
            "onder",
            "tussen",
            "zal",
            "zullen",
            "hun",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "et",
            "une",
            "pour",
            "dans",
            "est",
            "sur",
            "au",
            "aux",
            "avec",
            "sont",
            "par",
            "qui",
            "que",
            "ce",
            "cette",
            "ces",
            "entre",
            "sera",
            "seront",
            "leur",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "for",
            "with",
            "are",
            "on",
            "by",
            "this",
            "that",
            "be",
            "will",
            "from",
            "as",
            "an",
            "which",
            "its",
            "at",
            "between",
            "these",
            "their",
            "into",
        ]
    ),
}
_WORD = re.compile(r"[a-z]+")
# Enough text to decide; a plan has thousands of such words.
_LINES_READ = 4000

# The title each language gives an annual plan and a joint work programme.
PLAN_TITLES: dict[Language, str] = {
    "nl": "Jaarplan {year}",
    "fr": "Plan annuel {year}",
    "en": "Annual plan {year}",
}
PROGRAMME_TITLES: dict[Language, str] = {
    "nl": "Gemeenschappelijk Werkprogramma {start}-{end}",
    "fr": "Programme de travail commun {start}-{end}",
    "en": "Joint work programme {start}-{end}",
}
# Names that keep their capital when a title printed in capitals is written normally.
_NAMES = {"benelux": "Benelux", "unie": "Unie", "union": "Union"}


def known(code: str) -> Language:
    """``code`` as a :data:`Language` ("nl" for one not known, such as "")."""
    for language in LANGUAGES:
        if code == language:
            return language
    return "nl"


def document_language(lines: list[str]) -> Language:
    """ "nl", "fr" or "en": the language whose small words are the most frequent in ``lines``
    (Dutch when there is no running text to tell)."""
    counts: Counter[Language] = Counter()
    for line in lines[:_LINES_READ]:
        for word in _WORD.findall(fold(line)):
            for language, words in _SMALL_WORDS.items():
                if word in words:
                    counts[language] += 1
    if not counts:
        return "nl"
    return max(LANGUAGES, key=lambda language: (counts[language], -LANGUAGES.index(language)))


def plan_title(lines: list[str], year: int, language: Language) -> str:
    """The plan's title as its opening lines print it ("Jaarplan Benelux 2022", "Plan annuel
    2023"), written normally when printed in capitals ("PLAN ANNUEL DE L'UNION BENELUX 2024"
    -> "Plan annuel de l'Union Benelux 2024"); else the usual title in ``language``."""
    for line in [text for text in lines if text.strip()][:40]:
        printed = printed_plan_title(line.strip().strip("#*_ \t"))
        # A title starts with a capital and stands (nearly) alone on its line; "het jaarplan
        # 2013 en ..." in running text is no title.
        if printed is None or str(year) not in printed or not printed[0].isupper():
            continue
        if len(line.split()) > len(printed.split()) + 8:
            continue
        return _normal_case(printed) if printed.upper() == printed else printed
    return PLAN_TITLES[language].format(year=year)


def programme_title(start: int, end: int, language: Language) -> str:
    """The usual title of the joint work programme for ``start``-``end`` in ``language``."""
    return PROGRAMME_TITLES[language].format(start=start, end=end)


def _normal_case(text: str) -> str:
    words = text.lower().split()
    out: list[str] = []
    for position, word in enumerate(words):
        head, apostrophe, tail = word.rpartition("'")
        name = _NAMES.get(tail if apostrophe else word)
        if name is not None:
            word = f"{head}{apostrophe}{name}" if apostrophe else name
        elif position == 0:
            word = word[:1].upper() + word[1:]
        out.append(word)
    return " ".join(out)

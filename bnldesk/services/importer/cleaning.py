"""Cleaning extracted text, line by line, keeping the line count (warnings cite line numbers).

Removed lines become empty strings instead of disappearing, so line ``i`` of the cleaned text is
line ``i`` of the file. Words hyphenated at a line end are rejoined by moving the rest of the
word up to the first line ("ont-" / "plooit de" -> "ontplooit" / "de").
"""

from __future__ import annotations

import re
import unicodedata

from bnldesk.domain.paragraphs import rejoin_paragraphs

# Page furniture of the Benelux-Publicatieblad and similar running heads and feet.
_FURNITURE = re.compile(
    r"^\s*(Benelux-?\s*Publicatieblad|Jaargang\s+\d{4}|Nummer\s+\d{1,3}|Paginanummer\s+\d{1,4}"
    r"|Pagina\s+\d{1,4}(\s*(van|/)\s*\d{1,4})?|Page\s+\d{1,4}(\s*(of|/)\s*\d{1,4})?)\s*$",
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"^\s*(https?://|www\.|mailto:)\S*\s*$", re.IGNORECASE)
_DIGITS_ONLY = re.compile(r"^\s*(\d{1,2})\s*$")
_SENTENCE_END = re.compile(r"[.!?:]\s*$")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HYPERLINK = re.compile(r'\(?\s*HYPERLINK\s+"[^"]*"\s*\)?', re.IGNORECASE)
_MD_ESCAPE = re.compile(r"\\([()\[\]*_#`\\.\-+!])")
_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_CAMEL = re.compile(r"(?<![A-Za-z])([A-Z]?[a-z\u00df-\u00ff]{3,})([A-Z][a-z\u00df-\u00ff]{2,})")
_INLINE_HYPHEN = re.compile(r"(\w{2,})- (\w+)")
# Words after which "xxx- " is a Dutch elided compound ("gas- en elektriciteit"), not a break.
_ELISION_WORDS = {"en", "of", "tot", "als", "noch", "dan", "and", "or", "et", "ou", "en/of"}
_BULLETS = "\u2022\u25aa\u25cf\u00b7\u2023\u2043\u25e6\u25a0\u25a1\u2219\u27a2\u2713\u2714"


# Footnote markers printed as superscript digits right after a word ("Energiebeleid¹").
_SUPERSCRIPT_MARKER = re.compile(r"(?<=[^\s\d])[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\ufeff\u200b\u2060"), None)


def normalise_line(line: str) -> str:
    """One line as plain text: Unicode NFKC (ligatures such as "ﬁ", no-break and other
    spaces, compatibility forms), soft hyphens and zero-width characters removed, footnote
    markers dropped, bullet glyphs (also private-use ones from symbol fonts) turned into the
    leading blank that marks a list entry, control characters removed (the tab stays: it
    separates a contents title from its page number)."""
    line = _SUPERSCRIPT_MARKER.sub("", line)
    line = unicodedata.normalize("NFKC", line).translate(_ZERO_WIDTH)
    line = line.replace("\u2028", " ").replace("\u2029", " ")
    line = "".join(ch for ch in line if ch == "\t" or (ch >= " " and ch != "\x7f"))
    line = _PRIVATE_USE.sub(" ", line)
    for bullet in _BULLETS:
        if bullet in line:
            line = line.replace(bullet, " ")
    return line.rstrip()


def join_soft_hyphens(lines: list[str]) -> list[str]:
    """A word broken at a soft hyphen at a line end is whole again on the first line.

    The soft hyphen (U+00AD) only ever marks a possible break, so the two halves join without
    a hyphen, whatever the case of the letters ("contact\u00ad" / "punten" -> "contactpunten").
    """
    out = list(lines)
    for index in range(len(out) - 1):
        line = out[index].rstrip()
        if not line.endswith("\u00ad"):
            continue
        following = out[index + 1].lstrip()
        word, _, rest = following.partition(" ")
        out[index] = line + word
        out[index + 1] = rest
    return out


# A running foot that ends in its page number: "Annual plan 2025 – page 3", "blz. 4 van 20".
_PAGE_FOOT = re.compile(
    r"^.{0,80}\b(page|pagina|blz\.?|bladzijde|p\.)\s*\d{1,4}(\s*(of|van|sur|/)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)


def is_furniture(line: str) -> bool:
    """Page furniture: running heads and feet, page numbers, a bare URL."""
    return bool(_FURNITURE.match(line) or _URL_LINE.match(line) or _PAGE_FOOT.match(line.strip()))


def strip_furniture(lines: list[str]) -> list[str]:
    """Blank out page furniture, bare URLs, ``mailto:`` lines and footnotes."""
    out = list(lines)
    expected_note = 1
    index = 0
    count = len(out)
    while index < count:
        line = out[index]
        if is_furniture(line):
            out[index] = ""
            index += 1
            continue
        match = _DIGITS_ONLY.match(line)
        if (
            match
            and int(match.group(1)) == expected_note
            and index + 1 < count
            and _is_note_text(out[index + 1])
        ):
            # A footnote: its number alone on a line, then its text up to a sentence end.
            out[index] = ""
            later = index + 1
            taken = 0
            while later < count and taken < 6:
                text = out[later]
                if not text.strip() or _DIGITS_ONLY.match(text) or is_furniture(text):
                    break
                out[later] = ""
                taken += 1
                later += 1
                if _SENTENCE_END.search(text):
                    break
            expected_note += 1
            index = later
            continue
        index += 1
    return out


def _is_note_text(line: str) -> bool:
    text = line.strip()
    return bool(text) and not _DIGITS_ONLY.match(text) and not is_furniture(text)


def dehyphenate(lines: list[str]) -> list[str]:
    """Rejoin words broken at line ends, keeping real hyphens ("Benelux-" / "landen")."""
    out = list(lines)
    count = len(out)
    for index in range(count - 1):
        line = out[index]
        if not line.endswith("-") or len(line) < 2 or not line[-2].isalpha():
            continue
        # The next line with text (blank lines sit between lines in some extractions).
        later = index + 1
        while later < count and later <= index + 2 and not out[later].strip():
            later += 1
        if later >= count:
            continue
        following = out[later].lstrip()
        if not following or not following[0].islower():
            continue
        head = re.search(r"([\w\u00c0-\u024f]+)-$", line)
        fragment = head.group(1) if head else ""
        first_word, _, rest = following.partition(" ")
        if first_word.rstrip(",;:.") in _ELISION_WORDS:
            continue
        if (
            (fragment[:1].isupper() and len(fragment) >= 3)
            or fragment.isupper()
            or _hyphen_of_the_word(fragment, first_word)
        ):
            # "Benelux-landen", "EU-verband": a real hyphen, keep it and just join the words.
            out[index] = line + first_word
        else:
            out[index] = line[:-1] + first_word
        out[later] = rest
    return out


_VOWELS = set("aeiouy")
# Vowels that read as one sound when written together: Dutch (and French, English) spelling
# keeps a hyphen between the parts of a compound that would meet so ("energie-efficiëntie",
# "informatie-uitwisseling", "micro-elektronica", "pre-employment", "anti-inflation").
_CLASHES = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui",
            "uu"}  # fmt: skip


def _hyphen_of_the_word(fragment: str, following: str) -> bool:
    """Whether the hyphen between ``fragment`` (before a line end) and ``following`` (the
    next line's first word) is the word's own rather than one a line break added: the
    fragment is one letter or has no vowel, so it is no syllable ("e-" / "governance",
    "btw-" / "aangifte"), or the two parts meet with vowels that would read as one."""
    head = fragment.casefold()
    tail = following.casefold()
    if not head or not tail:
        return False
    if len(head) == 1 or not _VOWELS & set(head):
        return True
    return head[-1] + tail[0] in _CLASHES


def fix_inline_hyphens(text: str) -> str:
    """ "mensen- handel" -> "mensenhandel", but "gas- en elektriciteit" stays."""

    def repl(match: re.Match[str]) -> str:
        word, rest = match.group(1), match.group(2)
        if rest.casefold() in _ELISION_WORDS or not rest[:1].islower():
            return match.group(0)
        if word[:1].isupper() and len(word) >= 3 and not word.isupper():
            return f"{word}-{rest}"
        return word + rest

    return _INLINE_HYPHEN.sub(repl, text)


def split_lost_spaces(text: str) -> str:
    """Recover spaces lost between words: "PentalateralEnergy" -> "Pentalateral Energy"."""
    return _CAMEL.sub(r"\1 \2", text)


def collapse_spaced_capitals(text: str) -> str:
    """ "E E N  S L AG VA A R D I G E" -> "EEN SLAGVAARDIGE" (letters spaced out in print)."""
    match = re.match(r"^(\s*[“”\"'‘’«»]?\s*)(.*?)(\s*[“”\"'‘’«»]?\s*)$", text)
    if not match:
        return text
    lead, stripped, tail = match.group(1), match.group(2), match.group(3)
    tokens = stripped.split()
    if len(tokens) < 4 or "  " not in stripped:
        return text
    single = sum(1 for t in tokens if len(t) == 1)
    if single / len(tokens) < 0.5 or not stripped.replace(" ", "").isupper():
        return text
    words = [w.replace(" ", "") for w in re.split(r"\s{2,}", stripped)]
    return lead.strip() + " ".join(w for w in words if w) + tail.strip()


def strip_markup(text: str) -> str:
    """Remove Markdown and HTML residue from a title or a line of running text."""
    text = _HYPERLINK.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return text.replace("&amp;", "&").replace("&nbsp;", " ")


# A footnote number glued to the last word of a title ("Energiebeleid1", "Jeugdbeleid 12)").
_TITLE_NOTE = re.compile(r"(?<=[a-zà-ÿ]{4})\d{1,2}(?=[\s.,;:)]*$)")


def clean_title(text: str) -> str:
    """A heading or entry as a title: markup, footnote markers, broken hyphens and doubled
    spaces gone; no dangling punctuation."""
    text = strip_markup(text)
    text = fix_inline_hyphens(text)
    text = split_lost_spaces(text)
    text = _TITLE_NOTE.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" \t-–—:;,").strip()


_CHAPTER_WORD = re.compile(
    r"^(?P<marks>\s*#*\s*)(?:hoofdstuk|chapitre|chapter|krachtlijn|deel|partie|part)\s+"
    r"(?P<number>\d{1,2}|[IVX]{1,5})\b\s*[:.–—-]?\s*(?P<title>.*)$",
    re.IGNORECASE,
)
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman_value(text: str) -> int:
    total = 0
    for position, letter in enumerate(text):
        value = _ROMAN[letter]
        following = _ROMAN[text[position + 1]] if position + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def number_chapter_words(lines: list[str]) -> list[str]:
    """ "Hoofdstuk 3: Titel", "Chapitre III – Titre", "Chapter 3" + a title line -> "3. Titel".

    Plans that name their chapters in words get the numbered headings the parser reads; a
    title on the next line is brought up (that line is left empty, keeping line numbers).
    """
    out = list(lines)
    for index, line in enumerate(out):
        if len(line) > 120:
            continue
        match = _CHAPTER_WORD.match(line)
        if match is None:
            continue
        raw_number = match.group("number")
        number = int(raw_number) if raw_number.isdigit() else _roman_value(raw_number.upper())
        title = match.group("title").strip()
        if not title:
            following = next(
                (j for j in range(index + 1, min(len(out), index + 3)) if out[j].strip()), None
            )
            if following is None or len(out[following]) > 100:
                continue
            title = out[following].strip().lstrip("#").strip()
            out[following] = ""
        out[index] = f"{match.group('marks')}{number}. {title}"
    return out


def strip_repeated(lines: list[str]) -> list[str]:
    """Blank running heads and feet left in an extracted text: short lines with a number that
    come back, digits aside, three times or more ("Plan annuel 2023 – page 4"). The first is
    kept (it is often the document's title); labels and numbered headings never go."""
    from bnldesk.services.importer.vocabulary import label_of

    keys = [_DIGIT_RUN.sub("#", line.strip().casefold()) for line in lines]
    counts: dict[str, int] = {}
    for line, key in zip(lines, keys, strict=True):
        if "#" in key and 0 < len(line.strip()) <= 100:
            counts[key] = counts.get(key, 0) + 1
    out = list(lines)
    seen: set[str] = set()
    for index, (line, key) in enumerate(zip(lines, keys, strict=True)):
        if counts.get(key, 0) < 3 or label_of(line) or _NUMBERED_HEADING.match(line):
            continue
        if key in seen:
            out[index] = ""
        seen.add(key)
    return out


_DIGIT_RUN = re.compile(r"\d+")
_NUMBERED_HEADING = re.compile(r"^\s*#*\s*\d{1,2}(\.\d{1,2})*\.?\s+\S")


_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)\s*$")
_NOT_A_TITLE = re.compile(r"^\s*(#|[-*+>•]\s|\d{1,2}[.)]\s+\S.*[.;,:]$)")


def setext_headings(lines: list[str]) -> list[str]:
    """Headings underlined with "===" or "---" (Markdown's other way, and plain text's) as
    "#" and "##" headings; the underline becomes an empty line. A line of dashes after an
    empty line is a rule, not an underline."""
    out = list(lines)
    for index in range(1, len(out)):
        match = _UNDERLINE.match(out[index])
        title = out[index - 1]
        if (
            match is None
            or len(match.group(1)) < 3
            or not title.strip()
            or _NOT_A_TITLE.match(title)
            or _UNDERLINE.match(title)
        ):
            continue
        marks = "#" if match.group(1)[0] == "=" else "##"
        out[index - 1] = f"{marks} {title.strip()}"
        out[index] = ""
    return out


def clean_lines(raw: list[str]) -> list[str]:
    """The lines of a document as clean text, one for one (see the module docstring)."""
    lines = [normalise_line(line) for line in join_soft_hyphens(raw)]
    lines = setext_headings(lines)
    lines = strip_furniture(lines)
    lines = strip_repeated(lines)
    lines = number_chapter_words(lines)
    lines = [collapse_spaced_capitals(line) for line in lines]
    return dehyphenate(lines)


def join_text(parts: list[str]) -> str:
    """Running text from lines: paragraphs kept, markup removed, spacing folded."""
    paragraphs: list[str] = []
    current: list[str] = []
    for part in parts:
        if not part.strip():
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(part.strip())
    if current:
        paragraphs.append(" ".join(current))
    cleaned = [
        re.sub(r"[ \t]+", " ", fix_inline_hyphens(strip_markup(p))).strip() for p in paragraphs
    ]
    # A document that set a blank line after every printed line broke each sentence (trial 13).
    return rejoin_paragraphs("\n\n".join(p for p in cleaned if p))


_SMALL_WORDS = {"BENELUX": "Benelux", "NRW": "NRW", "EU": "EU", "KMO": "KMO", "MKB": "MKB"}
_PROPER = {
    "benelux", "europa", "europese", "noordrijn", "westfalen", "frankrijk", "grande", "région",
    "noordse", "raad", "baltische", "luxemburg", "luxemburgse", "nederland", "nederlandse",
    "belgië", "belgische", "noordzee", "unie", "vlaanderen", "wallonië", "brussel", "duitsland",
    "nrw", "senningen", "schengen", "penta",
}  # fmt: skip


_DUTCH_SMALL = {
    "EN", "VAN", "DE", "HET", "EEN", "OP", "IN", "TOT", "MET", "VOOR", "DIE", "AAN", "ALS",
    "OF", "TE", "OM", "BIJ", "TEN", "TER", "DEN", "DER", "NA", "UIT", "NAAR", "OOK", "NOG",
    "ET", "DU", "DES", "LA", "LE", "LES", "AU", "AUX", "THE", "AND", "FOR", "TO",
}  # fmt: skip


def display_case(title: str) -> str:
    """A title printed in capitals, in sentence case; other titles are left as they are.

    Short capitals that are not Dutch or French small words stay (EU, ITS, PMO); names that are
    always capitalised (Benelux, Europese, Noordrijn-Westfalen) get their capital back.
    """
    letters = [ch for ch in title if ch.isalpha()]
    if not letters or sum(ch.isupper() for ch in letters) / len(letters) < 0.9:
        return title
    out: list[str] = []
    for index, word in enumerate(title.split(" ")):
        core = word.strip("(),.:;+“”\"'")
        if index > 0 and 0 < len(core) <= 3 and core.isupper() and core not in _DUTCH_SMALL:
            out.append(word)  # an acronym: EU, ITS, PMO, LEZ
            continue
        lower = word.lower()
        parts = lower.split("-")
        parts = [p[:1].upper() + p[1:] if p.strip("(),.:;+“”\"'") in _PROPER else p for p in parts]
        out.append("-".join(parts))
    result = " ".join(out)
    return result[:1].upper() + result[1:]

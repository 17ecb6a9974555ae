"""How many lines wrapped text takes in a spreadsheet cell, for the row heights a file carries.

Spreadsheets do not grow the rows a program wrote when they open the file, so the writer sets
each row's height; a guess by character count made rows of one line two lines high and cut
others. Here the text is wrapped as a spreadsheet wraps it, word by word, with the advance
widths of Calibri (those of Carlito, its metric-compatible twin under the SIL Open Font
Licence) at the sheets' 10 points, in a column whose width is given in Excel's units (the
width of a "0" in the default 11-point font, 7 pixels, plus 5 pixels of padding).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Advance widths in thousandths of an em of the printable ASCII characters (U+0020-U+007E),
# read from Carlito Regular. Letters with accents take their base letter's width.
_ASCII_WIDTHS = (
    226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, 507, 507,
    507, 507, 507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463, 894, 579, 544, 533,
    615, 488, 459, 631, 623, 252, 319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 642,
    567, 890, 519, 487, 468, 307, 386, 307, 498, 498, 291, 479, 525, 423, 525, 498, 305, 471,
    525, 229, 239, 455, 229, 799, 525, 527, 525, 525, 349, 391, 335, 525, 452, 715, 433, 453,
    395, 314, 460, 314, 498,
)  # fmt: skip
_WIDE = 1000  # East Asian wide and full-width characters, emoji
_OTHER = 560  # any other character: a little wider than the average letter, to be safe
FONT_POINTS = 10.0
PIXELS_PER_POINT = 96 / 72
MAX_DIGIT_PIXELS = 7  # Calibri 11's "0", the unit of a column's width
CELL_PADDING_PIXELS = 6  # what a spreadsheet leaves free either side of wrapped text, in all
LINE_POINTS = 12.75  # a line of 10-point Calibri; the default row of such a sheet is 15
MAX_ROW_POINTS = 409.0  # Excel's highest row


class _Widths(dict[str, float]):
    """Character -> advance width in pixels at :data:`FONT_POINTS`, worked out on first use."""

    def __missing__(self, char: str) -> float:
        width = self[char] = _advance(char) / 1000 * FONT_POINTS * PIXELS_PER_POINT
        return width


def _advance(char: str) -> int:
    code = ord(char)
    if 0x20 <= code <= 0x7E:
        return _ASCII_WIDTHS[code - 0x20]
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return _WIDE
    if unicodedata.combining(char):
        return 0
    base = unicodedata.normalize("NFD", char)[0]
    if base != char and 0x20 <= ord(base) <= 0x7E:
        return _ASCII_WIDTHS[ord(base) - 0x20]
    return _OTHER


_WIDTH_OF = _Widths()


def text_pixels(text: str) -> float:
    """Width in pixels of ``text`` on one line at 10-point Calibri."""
    return sum(map(_WIDTH_OF.__getitem__, text))


def column_pixels(width: float) -> float:
    """Room for text in pixels in a column ``width`` Excel units wide."""
    return max(1.0, width * MAX_DIGIT_PIXELS + 5 - CELL_PADDING_PIXELS)


@lru_cache(maxsize=4096)  # rows repeat their target, tags and short positions
def wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes wrapped in a column ``width`` Excel units wide: broken at spaces,
    a word wider than the column broken where it overflows, every newline a new line."""
    room = column_pixels(width)
    lines = 0
    for paragraph in text.split("\n"):
        lines += _paragraph_lines(paragraph, room)
    return max(1, lines)


class _WordWidths(dict[str, float]):
    """Word -> pixels, worked out on first use: a notes sheet uses the same words again and
    again, so most lookups are a dictionary hit. Emptied when it holds too many words."""

    KEPT = 100_000

    def __missing__(self, word: str) -> float:
        if len(self) >= self.KEPT:
            self.clear()
        width = self[word] = text_pixels(word)
        return width


_WORD_WIDTH = _WordWidths()
_WIDEST = max(_ASCII_WIDTHS) / 1000 * FONT_POINTS * PIXELS_PER_POINT


@lru_cache(maxsize=64)
def _widest_per_line(width: float) -> int:
    return max(1, int(column_pixels(width) // _WIDEST))


def most_lines(text: str, width: float) -> int:
    """An upper bound of :func:`wrapped_lines`, from the length alone (every character as
    wide as the widest letter, each line break a line more): cheap enough to skip cells that
    cannot be the tallest."""
    return len(text) // _widest_per_line(width) + text.count("\n") + 1


def _paragraph_lines(paragraph: str, room: float) -> int:
    widths = list(map(_WORD_WIDTH.__getitem__, paragraph.split(" ")))
    space = _WIDTH_OF[" "]
    if sum(widths) + space * (len(widths) - 1) <= room:
        return 1
    lines, used = 1, 0.0
    for word_width in widths:
        if used and used + space + word_width <= room:
            used += space + word_width
            continue
        if used:
            lines += 1
        used = word_width
        while used > room:  # a word longer than the line: the cell breaks it anywhere
            lines += 1
            used -= room
    return lines


def row_points(lines: int) -> float | None:
    """The height in points of a row whose tallest cell holds ``lines`` lines; None (the
    sheet's default) for one line."""
    if lines <= 1:
        return None
    return min(MAX_ROW_POINTS, LINE_POINTS * lines + 2.25)

"""PDF documents as blocks, from the characters with their fonts and positions (pdfminer.six).

What a PDF says with layout is kept: each page's characters are grouped by their baselines into
lines and the lines into the page's columns, however many (read from the left; a heading over
the columns cuts the page into bands, even when it is shorter than a column); running headers
and footers and page numbers, the lines that repeat at the same place on most pages, are
dropped; a line's font size and weight make it a heading, its level coming from the sizes this document uses (largest first), not from
fixed numbers; wrapped headings and paragraphs are joined (line-end hyphenation undone) and a
bullet glyph (also a private-use or unmapped one, or one from a symbol font such as
ZapfDingbats or Wingdings, which reads as a letter) starts a list entry, indented ones a second
level. Superscript digits after a word (footnote markers) are dropped, and so are the notes
they point at, set smaller at the foot of the page or column.

pdfminer.six (MIT) was chosen over PyMuPDF (AGPL, not shippable in our EUPL bundle) and over
pdfplumber (built on pdfminer.six, the same characters, twice as slow). Measured here on the
characters alone (2026-11-30, loaded machine): the two-column 2013 plan (13 pages, 49k
characters) pdfminer.six 0.74 s, pdfplumber 1.52 s, pypdfium2 0.23 s; its LibreOffice export
0.97 / 1.50 / 0.20 s. pypdfium2 (Apache/BSD, a native wheel) is the faster candidate: tried
as the character source under this same grouping, the two-column case parsed in 0.78 s instead
of 1.15 s, but its glyph boxes and baselines differ and it read 94% of that case's items before
more tuning; pdfminer.six keeps the bundle pure Python and gives every case 100%. It reads page by page, so memory stays flat (113 MB for 200 pages).
"""

from __future__ import annotations

import bisect
import functools
import io
import itertools
import logging
import re
import statistics
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from bnldesk.services.importer.blocks import Block
from bnldesk.services.importer.cleaning import dehyphenate, join_soft_hyphens
from bnldesk.services.importer.errors import DocumentImportError
from bnldesk.services.importer.pdf_glyphs import UNMAPPED, Glyph
from bnldesk.services.importer.vocabulary import label_of

Progress = Callable[[float, str], None]

_BULLET_GLYPHS = set("•●▪■◦‣⁃∙·➢➤►▶✓✔□\x7f")
_DASHES = ("-", "–", "—")
# Characters that, alone before a tab, mark a list entry (Word's second level is an "o").
_LONE_MARKS = set("o-–—*+>§◦▫□■▪●•·")
_MARGIN = 0.12  # the top and bottom share of a page where running heads and feet live
_DIGITS = re.compile(r"\d+")
_KEPT_HEAD = -2
_LIST_NUMBER = re.compile(
    r"^(\d{1,2}(\.\d{1,2})*\.?|[a-z]\)|\(?[ivx]{1,4}\)|[IVX]{1,4}\.)$"
)  # the column of a running head kept once (it is no column of the text)


@dataclass
class _Line:
    """A run of characters on one baseline within one column."""

    chars: list[Glyph]
    page: int
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    y: float = 0.0
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    bullet: bool = False
    column: int = 0
    raw: str = ""  # the text as drawn, leading blanks included
    text_x: float = 0.0  # where the words start (after a bullet glyph)
    first_word: float = 0.0  # the width of the first word
    cells: bool = False  # pieces set far apart on one row were joined (a table, a contents line)
    dash: bool = False  # the text starts with a dash and a space, as list entries may
    marks: list[str] = field(default_factory=list)  # footnote marks taken out of the text
    cell_texts: list[str] = field(default_factory=list)  # of a row of cells, and where each
    cell_starts: list[float] = field(default_factory=list)  # cell starts
    row_child: bool = False  # a row of cells marked with a dash: a sub-group of the one above
    numbered: bool = False  # the text starts with a number set apart ("1.<tab>", "a)<tab>")

    def finish(self) -> None:
        """Read the line from its characters (then dropped: a long PDF has millions): its
        size, footnote marks, text, list mark, where its words start and end, its style."""
        self.chars.sort(key=lambda c: c.x0)
        visible = [c for c in self.chars if c.text and not c.text.isspace()]
        symbol_mark = _symbol_mark(visible)
        if len(visible) > 1 and (visible[0].text in _BULLET_GLYPHS or symbol_mark):
            visible = visible[1:]  # a bullet is often larger than the text it marks
        self.size = _line_size(visible)
        kept = self._without_footnote_marks()
        word_gap = _word_gap(kept, self.size)
        text = _spaced_text(kept, word_gap)
        self.raw = text.rstrip()
        stripped = text.lstrip()
        if (
            stripped[:1] in _BULLET_GLYPHS
            or _is_private(stripped[:1])
            or stripped[:1] == "\ufffd"
            or symbol_mark
        ):
            self.bullet = True
            stripped = stripped[1:]
        elif _set_apart(kept, self.size):
            self.bullet = True  # "o", "-" or "§" with a wide gap after it: a list mark
            stripped = stripped[1:]
        self.text = " ".join(stripped.split())
        words = [c for c in kept if c.text and not c.text.isspace()]
        # "– text": a dash used as the list mark (its level, like a bullet's, from its indent).
        self.dash = not self.bullet and self.text[:1] in _DASHES and self.text[1:2] == " "
        self._place_words(words, word_gap)
        self.x0 = kept[0].x0 if kept else 0.0
        # The last visible character: a trailing space would move the right edge.
        self.x1 = words[-1].x1 if words else (kept[-1].x1 if kept else 0.0)
        self.y = self.chars[0].baseline
        weighted = Counter(c.font for c in words)
        font = weighted.most_common(1)[0][0] if weighted else ""
        self.bold, self.italic = _font_style(font)
        self.chars = []

    def _without_footnote_marks(self) -> list[Glyph]:
        """The characters but footnote marks (small digits raised above the line right after
        a word), which go to :attr:`marks`, a mark of two digits as one."""
        kept: list[Glyph] = []
        dropped = False
        raised_above = self.chars[0].baseline + 0.2 * self.size
        for char in self.chars:
            if (
                char.text.isdigit()
                and char.size < 0.8 * self.size
                and char.baseline > raised_above
                and kept
            ):
                if dropped:
                    self.marks[-1] += char.text
                else:
                    self.marks.append(char.text)
                dropped = True
                continue
            dropped = False
            kept.append(char)
        return kept

    def _place_words(self, words: list[Glyph], word_gap: float) -> None:
        """Where the text starts after a list mark or a number set apart (:attr:`text_x`,
        :attr:`numbered`), and how wide its first word is (:attr:`first_word`)."""
        after_number = None if self.bullet or self.dash else _after_number(words, self.size)
        if (self.bullet or self.dash) and len(words) > 1:
            self.text_x = words[1].x0
        elif after_number is not None:
            self.numbered = True  # "1.<tab>text", "a)<tab>text"
            self.text_x = words[after_number].x0
        else:
            self.text_x = words[0].x0 if words else 0.0
        end = self.text_x
        for char in words:
            if char.x0 < self.text_x - 0.1:
                continue  # the list mark
            if char.x0 - end > word_gap:
                break
            end = char.x1
        self.first_word = end - self.text_x


def _line_size(visible: list[Glyph]) -> float:
    """The size (points, to half a point) most of a line's visible characters have."""
    sizes: Counter[float] = Counter()
    for size, count in Counter(c.size for c in visible).items():
        sizes[round(size * 2) / 2] += count
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _spaced_text(chars: list[Glyph], word_gap: float) -> str:
    """The characters' text, a space put where white wider than ``word_gap`` (points) parts
    two of them and the PDF drew no space glyph."""
    parts: list[str] = []
    previous: Glyph | None = None
    for char in chars:
        if previous is not None:
            gap = char.x0 - previous.x1
            if gap > word_gap and previous.text != " " and char.text != " ":
                parts.append(" ")
        parts.append(char.text)
        previous = char
    return "".join(parts)


# White between two glyphs wider than this share of the font size (over the line's own letter
# spacing) is a space between words, when the PDF draws the gap by moving the text rather than
# with a space glyph (TJ offsets, Td moves: TeX and many report writers do). poppler's
# pdftotext keeps a gap of 0.12 em as a space and joins one of 0.10 em; justified text in
# Times squeezes its spaces to about 0.17 em, so 0.2 glued its words.
_WORD_GAP = 0.11


def _word_gap(chars: list[Glyph], size: float) -> float:
    """The least white (points) that parts two words of a line set in ``size`` points: a
    little over a tenth of an em above the white between its letters (its tracking, the
    median gap between two visible glyphs, 0 for most text). Asked for every line, so the
    median is taken only for a line with some gap that wide."""
    least = _WORD_GAP * max(size, 1.0)
    previous_right = None
    for char in chars:
        if previous_right is not None and char.x0 - previous_right > least:
            break
        previous_right = char.x1
    else:
        return least
    gaps = [
        right.x0 - left.x1
        for left, right in itertools.pairwise(chars)
        if left.text.strip() and right.text.strip()
    ]
    tracking = max(0.0, statistics.median(gaps)) if gaps else 0.0
    return tracking + least


@functools.cache
def _font_style(font: str) -> tuple[bool, bool]:
    """Whether a font's name says bold, and italic (asked once per font)."""
    return (
        bool(re.search(r"bold|black|heavy|semibold|demi", font, re.I)),
        bool(re.search(r"italic|oblique|kursiv", font, re.I)),
    )


# Fonts of pictures rather than letters: their bullet glyphs read as letters ("n" is a square
# in ZapfDingbats, "§" in Wingdings) when the PDF gives no character map.
_SYMBOL_FONT = re.compile(r"dingbat|wingding|webding|symbol", re.IGNORECASE)


def _symbol_mark(visible: list[Glyph]) -> bool:
    """Whether a line's visible characters open with one glyph of a symbol font before
    ordinary text: a bullet."""
    return (
        len(visible) >= 2
        and _is_symbol_font(visible[0].font)
        and not _is_symbol_font(visible[1].font)
    )


@functools.cache
def _is_symbol_font(font: str) -> bool:
    return bool(_SYMBOL_FONT.search(font))


def _after_number(words: list[Glyph], size: float) -> int | None:
    """Where the text starts after a list number set apart by more than a space ("1.<tab>",
    "a)<tab>", "iv)<tab>"); None when the line does not start so."""
    for index in range(1, min(len(words), 8)):
        if words[index].x0 - words[index - 1].x1 > 0.2 * max(size, 1.0):
            number = "".join(char.text for char in words[:index])
            wide = words[index].x0 - words[index - 1].x1 > 0.6 * max(size, 1.0)
            return index if wide and _LIST_NUMBER.match(number) else None
    return None


def _set_apart(chars: list[Glyph], size: float) -> bool:
    """Whether the line opens with a lone list mark set apart from the words after it."""
    visible = [c for c in chars if c.text.strip()]
    if len(visible) < 2 or visible[0].text not in _LONE_MARKS:
        return False
    return visible[1].x0 - visible[0].x1 > 0.6 * max(size, 1.0)


def _is_private(char: str) -> bool:
    return bool(char) and 0xE000 <= ord(char) <= 0xF8FF


def _open_checked(data: bytes, name: str, max_pages: int) -> int:
    """The page count; refuses encrypted, damaged and oversized PDFs (pypdf is quick at this)."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError as exc:  # pragma: no cover - a dependency
        raise DocumentImportError(
            "PDF support is not installed (pypdf)", code="support_missing", values=("pypdf",)
        ) from exc
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception as exc:
                    raise DocumentImportError(
                        f"{name} is a password-protected PDF", code="pdf_password", values=(name,)
                    ) from exc
                if not opened:
                    raise DocumentImportError(
                        f"{name} is a password-protected PDF", code="pdf_password", values=(name,)
                    )
            count = len(reader.pages)
    except DocumentImportError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise DocumentImportError(
            f"{name} is a damaged PDF ({type(exc).__name__})", code="pdf_damaged", values=(name,)
        ) from exc
    except Exception as exc:  # pypdf raises a wide variety on hostile files
        raise DocumentImportError(
            f"{name} could not be read as a PDF ({type(exc).__name__})",
            code="pdf_unreadable",
            values=(name,),
        ) from exc
    if count > max_pages:
        raise DocumentImportError(
            f"{name} has {count} pages; too many for a plan",
            code="too_many_pages",
            values=(
                name,
                count,
            ),
        )
    if count == 0:
        raise DocumentImportError(f"{name} has no pages", code="no_pages", values=(name,))
    return count


@dataclass
class _Page:
    width: float
    height: float
    chars: list[Glyph]


def _pages(data: bytes) -> Iterator[_Page]:
    """Each page's characters with font, size, baseline and extent, one page at a time.

    pdfminer interprets the pages; the characters are taken as it draws them
    (:class:`~bnldesk.services.importer.pdf_device.CharDevice`), without its layout objects or analysis: we group lines ourselves,
    and building its objects cost a third of the reading time. Rotated characters
    (watermarks) are left out."""
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    from bnldesk.services.importer.pdf_device import CharDevice

    manager = PDFResourceManager(caching=True)
    device = CharDevice(manager)
    interpreter = PDFPageInterpreter(manager, device)
    for page in PDFPage.get_pages(io.BytesIO(data)):
        interpreter.process_page(page)
        yield _Page(device.width, device.height, device.chars)


def _text_of(char: Glyph) -> str:
    text = char.text
    if text == UNMAPPED:
        return "\x7f"  # an unmapped glyph: in a plan's lists, a bullet
    return text


def _rows(chars: list[Glyph], page: int) -> list[_Line]:
    """Characters grouped by baseline, each row split where a wide gap divides columns; a
    footnote mark raised above a row joins it."""
    for char in chars:
        char.text = _text_of(char)
    chars.sort(key=lambda c: -c.baseline)
    rows: list[list[Glyph]] = []
    reference = 0.0
    for char in chars:
        if rows and reference - char.baseline <= 0.2 * max(char.size, 1.0):
            rows[-1].append(char)
        else:
            rows.append([char])
            reference = char.baseline
    rows = _marks_lowered(rows)
    lines: list[_Line] = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        size = statistics.median(c.size for c in row)
        current: list[Glyph] = []
        for char in row:
            if current and char.x0 - current[-1].x1 > 1.6 * size:
                lines.append(_Line(current, page))
                current = []
            current.append(char)
        if current:
            lines.append(_Line(current, page))
    for line in lines:
        line.finish()
    return [line for line in lines if line.text or line.bullet]


def _marks_lowered(rows: list[list[Glyph]]) -> list[list[Glyph]]:
    """Footnote marks (small digits raised above a row, right after one of its characters)
    moved into the row they belong to; :meth:`_Line.finish` drops them from the text."""
    for above, below in itertools.pairwise(rows):
        small = [c for c in above if c.text.isdigit()]
        if not small:
            continue
        size = statistics.median(c.size for c in below)
        moved = [
            mark
            for mark in small
            if mark.size < 0.8 * size
            and 0 < mark.baseline - below[0].baseline <= 0.6 * size
            and any(abs(mark.x0 - c.x1) < 0.3 * size for c in below)
        ]
        for mark in moved:
            above.remove(mark)
            below.append(mark)
    return [row for row in rows if row]


_GUTTER_MIN = 6.0  # points of white between two columns
_COLUMN_MIN = 0.18  # the narrowest column, as a share of the page width (three columns on A4: 0.27)


def _assign_columns(lines: list[_Line], width: float) -> None:
    """Columns 0, 1, 2... from the left, found where almost no line covers the width (the
    gutters), or -1 for lines across a gutter (a title over the columns, heads and feet) and
    for headings set between runs of columns (:func:`_mark_spanning`)."""
    if len(lines) < 6:
        return
    # How many lines cover each point of the width: a difference array, then its running sum.
    steps = [0] * (int(width) + 3)
    for line in lines:
        steps[min(len(steps) - 2, max(0, int(line.x0)))] += 1
        steps[min(len(steps) - 1, max(0, int(line.x1) + 1))] -= 1
    bins = list(itertools.accumulate(steps))
    # A few lines may cross a gutter: headings and titles over the columns, heads and feet.
    gutters = _gutters(bins, int(width * 0.15), int(width * 0.85), max(2, len(lines) // 12))
    while gutters:
        cuts = sorted(gutter.cut for gutter in gutters)
        columns = [_column_of(line, cuts) for line in lines]
        members: dict[int, list[_Line]] = defaultdict(list)
        for line, column in zip(lines, columns, strict=True):
            members[column].append(line)
        if all(
            len(members[index]) >= 3
            and max(line.x1 for line in members[index]) - min(line.x0 for line in members[index])
            >= _COLUMN_MIN * width
            for index in range(len(cuts) + 1)
        ):
            for line, column in zip(lines, columns, strict=True):
                line.column = column
            _mark_spanning(lines)
            return
        # Try again without the least clear gutter: the most lines across it, then the narrowest.
        gutters.remove(max(gutters, key=lambda gutter: (gutter.depth, -gutter.width)))


@dataclass
class _Gutter:
    """A run of x covered by few lines: ``depth`` lines at its clearest, where it is cut."""

    cut: float
    depth: int
    width: float


def _gutters(bins: list[int], low: int, high: int, allowed: int) -> list[_Gutter]:
    """Runs of x between ``low`` and ``high`` covered by at most ``allowed`` lines, at least
    :data:`_GUTTER_MIN` wide, each cut in the middle of its clearest part."""
    found: list[_Gutter] = []
    start: int | None = None
    for x in range(low, high + 2):
        if x <= high and bins[x] <= allowed:
            start = x if start is None else start
            continue
        if start is not None and x - start >= _GUTTER_MIN:
            depth = min(bins[start:x])
            runs = [
                list(run)
                for clear, run in itertools.groupby(
                    range(start, x), key=lambda position: bins[position] == depth
                )
                if clear
            ]
            clearest = max(runs, key=len)
            found.append(_Gutter((clearest[0] + clearest[-1]) / 2, depth, x - start))
        start = None
    return found


def _column_of(line: _Line, cuts: list[float]) -> int:
    index = bisect.bisect_right(cuts, line.x0)
    if index < len(cuts) and line.x1 > cuts[index]:
        return -1  # across a gutter
    return index


def _mark_spanning(lines: list[_Line]) -> None:
    """Headings over the columns that are shorter than one column: -1, as if they crossed it.

    Such a heading stays inside the first column's width, but white runs across the whole
    page above it, and below it the columns start again. The page is cut into slabs where
    white crosses its whole width (half a line more than it leaves between lines); a slab's first lines in the first
    column, above every line of the other columns, are such a heading when columns came
    before on the page; so is a slab in one column only between slabs of several. Slabs of
    several columns otherwise stay one band, so paragraph breaks that happen to line up in two
    columns change nothing, and a column that runs on below a shorter neighbour stays a column.
    """
    # White counts as a cut when it is half a line more than this page leaves between lines.
    pitches = [
        upper.y - lower.y
        for column in {line.column for line in lines}
        for upper, lower in itertools.pairwise(
            sorted((line for line in lines if line.column == column), key=lambda line: -line.y)
        )
        if 0 < upper.y - lower.y < 3 * upper.size
    ]
    size = statistics.median(line.size for line in lines)
    usual = max(0.0, statistics.median(pitches) - 0.9 * size) if pitches else 0.0
    slabs: list[list[_Line]] = []
    floor = float("inf")
    for line in sorted(lines, key=lambda line: -line.y):
        if slabs and _top(line) > floor - usual - 0.5 * line.size:
            slabs[-1].append(line)
        else:
            slabs.append([line])
            floor = float("inf")
        floor = min(floor, _bottom(line))
    wide = [len({line.column for line in slab if line.column >= 0}) >= 2 for slab in slabs]
    for index, slab in enumerate(slabs):
        if not any(wide[:index]):
            continue
        if wide[index]:
            # Below such a heading the columns start level: the first column's next line
            # and the other columns' first lines have their tops at one height.
            others = max(_top(line) for line in slab if line.column > 0)
            first = sorted((line for line in slab if line.column == 0), key=lambda line: -line.y)
            above = [line for line in first if _bottom(line) > others]
            rest = first[len(above) :]
            if above and rest and abs(_top(rest[0]) - others) <= 0.6 * rest[0].size:
                for line in above:
                    line.column = -1
        elif {line.column for line in slab} == {0} and any(wide[index + 1 :]):
            for line in slab:
                line.column = -1


def _top(line: _Line) -> float:
    return line.y + 0.7 * line.size  # the height of capitals above the baseline


def _bottom(line: _Line) -> float:
    return line.y - 0.2 * line.size  # the depth of descenders


def _join_cells(lines: list[_Line]) -> list[_Line]:
    """Pieces of one row within one column (a table's cells, a bullet set far from its text)
    become one line: cells joined by a dash ("name – code"), a lone bullet marks the text."""
    rows: dict[tuple[int, int], list[_Line]] = defaultdict(list)
    for line in lines:
        rows[(line.column, round(line.y))].append(line)
    out: list[_Line] = []
    for pieces in rows.values():
        if len(pieces) == 1:
            out.append(pieces[0])
            continue
        pieces.sort(key=lambda line: line.x0)
        first = pieces[0]
        texts = [piece.text for piece in pieces if piece.text]
        if not first.bullet and len(first.text) == 1 and first.text in _LONE_MARKS:
            first.bullet, first.text = True, ""  # "o", "-" or "§" set apart as a list mark
        if first.bullet and not first.text:
            # A bullet set far from its text.
            first.text_x = pieces[1].text_x
            first.first_word = pieces[1].first_word
            first.text = " ".join(texts)
            first.size = pieces[1].size  # the text's size, not the (often larger) bullet's
        elif _LIST_NUMBER.match(first.text):
            # A number set apart by a tab ("1.<tab>Inleiding", "a)<tab>...").
            first.text = " ".join(texts)
            first.numbered = True
            first.text_x = pieces[1].text_x
        else:
            cells = [piece for piece in pieces if piece.text]
            first.cell_texts = [piece.text for piece in cells]
            first.cell_starts = [piece.x0 for piece in cells]
            for index, text in enumerate(first.cell_texts):
                if text[:1] in _DASHES and text[1:2] == " ":
                    first.cell_texts[index] = text[2:]  # "– Subgroep Oost": a sub-group's row
                    first.row_child = True
            first.text = " – ".join(first.cell_texts)
            first.cells = True
        first.raw = "  ".join(piece.raw for piece in pieces)
        first.x1 = pieces[-1].x1
        first.bold = all(piece.bold for piece in pieces if piece.text)
        out.append(first)
    return out


def _wrapped_cells(lines: list[_Line]) -> list[_Line]:
    """A cell whose text wrapped: the line below a row of cells that starts where one of its
    cells starts (not the first: that is the next row, or text after the table) goes back
    into that cell."""
    out: list[_Line] = []
    row: _Line | None = None  # the row of cells just above, in this column
    reach = 0.0  # the baseline of the row's lowest line so far
    for line in sorted(lines, key=lambda line: (line.column, -line.y, line.x0)):
        if row is not None and row.column == line.column and not line.cells:
            below = reach - line.y
            cell = next(
                (
                    index
                    for index, start in enumerate(row.cell_starts)
                    if index and abs(start - line.x0) <= 2
                ),
                None,
            )
            if cell is not None and line.dash and 0 < below <= 3 * max(line.size, 1.0):
                # A row whose first cells are empty, marked as a sub-group ("– Subgroep").
                line.cells, line.row_child, line.text = True, True, line.text[2:]
                line.cell_texts, line.cell_starts = [line.text], [line.x0]
            elif cell is not None and 0 < below <= 1.6 * max(line.size, 1.0):
                row.cell_texts[cell] = f"{row.cell_texts[cell]} {line.text}"
                row.text = " – ".join(row.cell_texts)
                reach = line.y
                continue
        row, reach = (line, line.y) if line.cells else (None, 0.0)
        out.append(line)
    return out


def _ordered(lines: list[_Line]) -> list[_Line]:
    """Reading order: lines across the page (heads, a title over both columns, feet) cut the
    page into bands; within a band the left column is read before the right one."""
    if all(line.column == 0 for line in lines):
        return sorted(lines, key=lambda line: (-line.y, line.x0))
    spanning = sorted((line for line in lines if line.column < 0), key=lambda line: -line.y)
    columns = [line for line in lines if line.column >= 0]
    out: list[_Line] = []
    upper = float("inf")
    for cut in [*spanning, None]:
        lower = cut.y if cut is not None else float("-inf")
        band = [line for line in columns if lower < line.y <= upper]
        out.extend(sorted(band, key=lambda line: (line.column, -line.y, line.x0)))
        if cut is not None:
            out.append(cut)
        upper = lower
    return out


def _furniture_key(line: _Line) -> tuple[str, int]:
    """Running heads and feet repeat their text (numbers aside) at the same height."""
    return _DIGITS.sub("#", line.text.casefold()), round(line.y / 4)


def _drop_furniture(pages: list[list[_Line]], heights: list[float]) -> list[list[_Line]]:
    """Drop running heads and feet (repeated in the margins of most pages) and page numbers.

    A head that names the page's chapter repeats only on that chapter's pages, or not at all
    when the chapter has one page: set smaller than the body, above (or below) everything
    else, on two pages or with the text of a heading of the document, it goes too.
    Lines in a size larger than the body text's are headings, however often they repeat.
    """
    body = _body_size(pages)
    seen: Counter[tuple[str, int]] = Counter()
    for lines, height in zip(pages, heights, strict=True):
        keys = {
            _furniture_key(line)
            for line in lines
            if (line.y > height * (1 - _MARGIN) or line.y < height * _MARGIN) and line.size <= body
        }
        seen.update(keys)
    repeated = max(2, (len(pages) + 1) // 2)
    # A head naming the page's chapter repeats a heading's text in a small size.
    headings = {
        _furniture_key(line)[0]
        for lines in pages
        for line in lines
        if line.size > 1.05 * body or (line.bold and line.size >= body)
    }
    out: list[list[_Line]] = []
    for page_index, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        kept: list[_Line] = []
        heads: list[_Line] = []
        outermost = (
            {id(max(lines, key=lambda line: line.y)), id(min(lines, key=lambda line: line.y))}
            if lines
            else set()
        )
        for line in lines:
            in_margin = line.y > height * (1 - _MARGIN) or line.y < height * _MARGIN
            key = _furniture_key(line)
            small_and_outermost = line.size < 0.95 * body and id(line) in outermost
            if (
                in_margin
                and len(pages) >= 2
                and line.size <= body
                and (
                    seen[key] >= repeated
                    or (small_and_outermost and (seen[key] >= 2 or key[0] in headings))
                )
            ):
                if page_index == 0 and line.y > height * (1 - _MARGIN):
                    # The first running head often names the document ("Jaarplan 2031"):
                    # kept once, as front matter, so the title and year are still read.
                    line.column = _KEPT_HEAD
                    heads.append(line)
                continue
            if in_margin and re.fullmatch(r"[-–(]*\s*\d{1,4}\s*[-–)]*", line.text):
                continue  # a bare page number
            kept.append(line)
        out.append(heads + kept)
    return out


_NOTE_START = re.compile(r"^(\d{1,2})(?!\d)\s*(\S.*)?$")


def _drop_footnotes(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop the footnotes at the foot of a page or column: lines in a smaller size than the
    body's, below the last line of body text of their column, from a line starting with the
    number of a mark raised in that page's text (the number may stand apart, raised) to the
    end of the column."""
    body = _body_size(pages)
    out: list[list[_Line]] = []
    for lines in pages:
        marks = {mark for line in lines for mark in line.marks}
        if not marks:
            out.append(lines)
            continue
        lowest_body: dict[int, float] = {}
        for line in lines:
            if line.size >= 0.95 * body:
                lowest_body[line.column] = min(lowest_body.get(line.column, 1e9), line.y)
        notes: set[int] = set()
        for column in {line.column for line in lines}:
            foot = sorted(
                (
                    line
                    for line in lines
                    if line.column == column
                    and line.size < 0.95 * body
                    and line.y < lowest_body.get(column, 1e9)
                ),
                key=lambda line: (-round(line.y), line.x0),
            )
            started = False
            for line in foot:
                match = _NOTE_START.match(line.text)
                if match is not None and match.group(1) in marks:
                    started = True
                if started:
                    notes.add(id(line))
        out.append([line for line in lines if id(line) not in notes])
    return out


def _size_weights(pages: list[list[_Line]]) -> Counter[float]:
    """How many characters are set in each size."""
    weight: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            weight[line.size] += len(line.text)
    return weight


def _body_size(pages: list[list[_Line]]) -> float:
    """The size most of the text is set in."""
    weight = _size_weights(pages)
    return weight.most_common(1)[0][0] if weight else 0.0


@dataclass
class _Styles:
    """The document's body size and the heading level of each heading style: a size larger
    than the body's, or bold at the body's size; at one size, upright before italic (Word's
    Heading 3 and 4 differ only so)."""

    body: float
    levels: dict[tuple[float, bool], int] = field(default_factory=dict)
    larger: set[float] = field(default_factory=set)

    def level(self, line: _Line) -> int:
        if line.size in self.larger or _bold_heading(line, self.body):
            return self.levels.get((line.size, line.italic), 0)
        return 0


def _bold_heading(line: _Line, body: float) -> bool:
    return line.bold and line.size >= body and len(line.text) <= 90


def _styles(pages: list[list[_Line]]) -> _Styles:
    weight = _size_weights(pages)
    if not weight:
        return _Styles(0.0)
    body = weight.most_common(1)[0][0]
    total = sum(weight.values())
    # Sizes above the body's used for short lines only, a small share of the text: headings.
    larger = {s for s in weight if s > body * 1.05 and weight[s] < 0.2 * total}
    keys = {
        (line.size, line.italic)
        for lines in pages
        for line in lines
        if line.size in larger or _bold_heading(line, body)
    }
    ordered = sorted(keys, key=lambda key: (-key[0], key[1]))
    return _Styles(body, {key: level for level, key in enumerate(ordered, start=1)}, larger)


def _blocks(pages: list[list[_Line]], styles: _Styles) -> list[Block]:
    """Lines joined into headings, list entries and paragraphs."""
    column_left, column_right = _column_edges(pages)
    joiner = _BlockJoiner(styles, column_left, column_right)
    for lines in pages:
        for line in lines:
            joiner.add(line)
    joiner.close()
    return joiner.blocks


ColumnKey = tuple[int, int]  # (page, column)


def _column_edges(
    pages: list[list[_Line]],
) -> tuple[dict[ColumnKey, float], dict[ColumnKey, float]]:
    """Where each column of each page starts (its leftmost line) and where its full lines end
    (points)."""
    column_left: dict[ColumnKey, float] = defaultdict(lambda: 1e9)
    right_edges: dict[ColumnKey, list[float]] = defaultdict(list)
    for lines in pages:
        for line in lines:
            if line.column == _KEPT_HEAD:
                continue
            key = (line.page, line.column)
            column_left[key] = min(column_left[key], line.x0)
            right_edges[key].append(line.x1)
    # Where the lines of a column end when they are full, from that column on every page (a
    # page with a few short lines says little about it): nearly the furthest a line reaches,
    # not quite, as a table or an address may run past the margin.
    ends: dict[tuple[int, int], list[float]] = defaultdict(list)
    for (page, column), edges in right_edges.items():
        ends[(column, round(column_left[(page, column)]))].extend(edges)
    reach = {shape: _nearly_furthest(edges) for shape, edges in ends.items()}
    column_right = {
        (page, column): reach[(column, round(column_left[(page, column)]))]
        for page, column in right_edges
    }
    return column_left, column_right


class _BlockJoiner:
    """Joins lines, one at a time (:meth:`add`), into the blocks they make."""

    def __init__(
        self,
        styles: _Styles,
        column_left: dict[ColumnKey, float],
        column_right: dict[ColumnKey, float],
    ) -> None:
        self.styles = styles
        self.column_left = column_left
        self.column_right = column_right
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.current: Block | None = None
        self.previous: _Line | None = None
        self.text_x = 0.0  # where the text of the current list entry starts
        # List levels from where this list sets its marks: the first entry of a run of entries
        # is on the first level, any entry indented further (a few points) on the second.
        # Lists of one document differ: Word indents a bulleted list less than a numbered one.
        self.run_indent: float | None = None

    def close(self) -> None:
        """End the block being joined (kept when it has text)."""
        current = self.current
        if current is not None and not current.list_level:
            self.run_indent = None  # a heading or a paragraph ends a run of list entries
        if current is not None and self.parts:
            joined = dehyphenate(join_soft_hyphens(self.parts))
            current.text = " ".join(" ".join(part.split()) for part in joined if part.strip())
            if current.text:
                self.blocks.append(current)
        self.current, self.parts = None, []

    def _start(self, block: Block, text: str, line: _Line) -> None:
        """``line`` (its ``text``) begins ``block``; the block before is closed already."""
        self.current = block
        self.parts.append(text)
        self.previous = line

    def add(self, line: _Line) -> None:
        """Join ``line`` to the block it continues, or start a block with it."""
        if line.column == _KEPT_HEAD:
            self.close()
            self.blocks.append(Block(line.text, page=line.page, size=line.size))
            return
        previous = self.previous
        key = (line.page, line.column)
        same_place = (
            previous is not None
            and previous.page == line.page
            and previous.column == line.column
            and 0 < previous.y - line.y <= 1.6 * max(line.size, previous.size)
        )
        level = self.styles.level(line)
        if level:
            self._heading_line(line, level, same_place)
            return
        indent = line.x0 - self.column_left[key]
        if line.row_child:
            self.close()
            self._start(Block("", page=line.page, list_level=2, size=line.size), line.text, line)
            self.text_x = line.x0
            return
        if _list_mark(line, indent, self.styles):
            self._list_entry(line, indent)
            return
        self._text_line(line, indent, same_place)

    def _heading_line(self, line: _Line, level: int, same_place: bool) -> None:
        """A heading goes on below, or at the head of the next column or page."""
        current, previous = self.current, self.previous
        key = (line.page, line.column)
        wrapped = (
            current is not None
            and current.heading_level == level
            and previous is not None
            and (same_place or (previous.page, previous.column) != key)
            and previous.size == line.size
            and not re.match(r"^\d{1,2}(\.\d{1,2})*\.?\s", line.text)
            and not previous.cells
            and label_of(previous.text) is None
            and label_of(line.text) is None
            and _heading_goes_on(previous, line, self.column_right, same_place=same_place)
        )
        if not wrapped:
            self.close()
            self.current = Block("", page=line.page, heading_level=level, size=line.size)
            self.current.bold = line.bold
        self.parts.append(line.text)
        self.previous = line

    def _list_entry(self, line: _Line, indent: float) -> None:
        """An indented number set apart is a numbered list's mark, as Word prints them; like
        Word's own numbers it is not part of the entry's text."""
        self.close()
        if self.run_indent is None:
            self.run_indent = indent
        level = 1 if indent <= self.run_indent + 4 else 2
        if line.dash:
            text = line.text[2:]
        elif line.numbered:
            text = line.text.split(" ", 1)[-1]
        else:
            text = line.text
        self._start(Block("", page=line.page, list_level=level, size=line.size), text, line)
        self.text_x = line.text_x

    def _text_line(self, line: _Line, indent: float, same_place: bool) -> None:
        """A line of running text: it continues the paragraph or list entry above, or starts
        a paragraph."""
        current, previous = self.current, self.previous
        key = (line.page, line.column)
        # Text flows on from the foot of one column (or page) to the head of the next.
        flows_on = (
            previous is not None
            and (previous.page, previous.column) != key
            and previous.size == line.size
            and not previous.bold
        )
        previous_right = (
            self.column_right[(previous.page, previous.column)] if previous is not None else 0.0
        )
        continues = (
            current is not None
            and not current.heading_level
            and (same_place or flows_on)
            and previous is not None
            # A line cut short, with room left for the next line's first word, ends its
            # paragraph: the text was broken there on purpose. So does a row of cells,
            # and a line of a table of contents.
            and previous.x1 + 0.3 * line.size + line.first_word >= previous_right - 2
            and not previous.cells
            and not _CONTENTS_ENTRY.search(previous.text)
        )
        if current is not None and current.list_level and continues:
            continues = indent > 4 or (same_place and line.x0 >= self.text_x - 1)
        if not continues:
            self.close()
            self.current = Block("", page=line.page, size=line.size)
        self.parts.append(line.text)
        self.previous = line


# A line of a table of contents: a dot leader to a page number ("Energiebeleid ..... 12").
_CONTENTS_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,3}$|…\s*\d{1,3}$")


def _nearly_furthest(edges: list[float]) -> float:
    """The right edge that all but the furthest twentieth of a column's lines stay within."""
    ordered = sorted(edges)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def _list_mark(line: _Line, indent: float, styles: _Styles) -> bool:
    """Whether ``line`` starts a list entry: a bullet, or a dash or a number set apart when
    indented from its column's edge (at the edge they start headings and sentences)."""
    if line.bullet:
        return True
    return (line.dash or line.numbered) and indent > 4 and not styles.level(line)


def _heading_goes_on(
    previous: _Line,
    line: _Line,
    column_right: Mapping[tuple[int, int], float],
    *,
    same_place: bool,
) -> bool:
    """Whether ``line`` continues the heading on ``previous``: the heading ran out of room,
    or was broken by hand where the next line goes on in lower case or, just below, both are
    in capitals (at the head of the next column, capitals are the next heading)."""
    full = (
        previous.x1 + 0.3 * line.size + line.first_word
        >= column_right[(previous.page, previous.column)] - 2
    )
    capitals = same_place and _capitals(previous.text) and _capitals(line.text)
    return full or line.text[:1].islower() or capitals


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def pdf_blocks(
    data: bytes, name: str, *, max_pages: int, max_chars: int, progress: Progress | None = None
) -> list[Block]:
    """The blocks of a PDF; raises :class:`DocumentImportError` with one line."""
    count = _open_checked(data, name, max_pages)
    try:
        from pdfminer.pdfparser import PDFSyntaxError
    except ImportError as exc:  # pragma: no cover - a dependency
        raise DocumentImportError(
            "PDF support is not installed (pdfminer.six)",
            code="support_missing",
            values=("pdfminer.six",),
        ) from exc
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            read = _read_pages(data, name, count, max_chars, progress)
    except DocumentImportError:
        raise
    except PDFSyntaxError as exc:
        raise DocumentImportError(
            f"{name} is a damaged PDF ({exc})", code="pdf_damaged", values=(name,)
        ) from exc
    except Exception as exc:  # pdfminer raises a wide variety on hostile files
        raise DocumentImportError(
            f"{name} could not be read as a PDF ({type(exc).__name__})",
            code="pdf_unreadable",
            values=(name,),
        ) from exc
    _check_text_layer(read, name)
    # Footnotes and running heads first (heads are matched across pages), then cells joined
    # and the lines put in reading order.
    pages = _drop_footnotes(read.pages)
    pages = [
        _ordered(_wrapped_cells(_join_cells(lines)))
        for lines in _drop_furniture(pages, read.heights)
    ]
    styles = _styles(pages)
    if _is_printed_text(pages, styles):
        return _plain_blocks(pages)
    return _blocks(pages, styles)


@dataclass
class _ReadPages:
    """Each page's lines (in columns) and height (points), and how many characters were
    drawn and how many of them have no character in their font."""

    pages: list[list[_Line]] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)
    drawn: int = 0
    unmapped: int = 0


def _read_pages(
    data: bytes, name: str, count: int, max_chars: int, progress: Progress | None
) -> _ReadPages:
    """The lines of each of the ``count`` pages, grouped into columns; raises
    :class:`DocumentImportError` once the text passes ``max_chars`` characters."""
    read = _ReadPages()
    total = 0
    for index, page in enumerate(_pages(data)):
        read.drawn += len(page.chars)
        read.unmapped += sum(1 for char in page.chars if char.text == UNMAPPED)
        lines = _rows(page.chars, index + 1)
        _assign_columns(lines, page.width)
        read.pages.append(lines)
        read.heights.append(page.height)
        total += sum(len(line.text) for line in lines)
        if total > max_chars:
            raise DocumentImportError(
                f"{name} holds too much text to be a plan", code="too_much_text", values=(name,)
            )
        if progress is not None:
            progress(0.05 + 0.4 * (index + 1) / count, f"reading page {index + 1}")
    return read


def _check_text_layer(read: _ReadPages, name: str) -> None:
    """Refuse a PDF without text (scanned) or whose fonts give most glyphs no character."""
    if not any(read.pages):
        raise DocumentImportError(
            f"{name} has no text layer (a scanned or image-only PDF); run OCR on it first",
            code="pdf_no_text_layer",
            values=(name,),
        )
    if read.unmapped > 0.5 * max(read.drawn, 1):
        raise DocumentImportError(
            f"{name}: its text cannot be read (fonts without a character map); "
            "export it again from the original or run OCR on it",
            code="pdf_fonts_unreadable",
            values=(name,),
        )


def _is_printed_text(pages: list[list[_Line]], styles: _Styles) -> bool:
    """A text file printed to PDF: one size and no bold, so layout says nothing more than
    the lines themselves (bullets there stay in the text, as a text file has them)."""
    return not styles.levels and not any(line.bold for lines in pages for line in lines)


def _plain_blocks(pages: list[list[_Line]]) -> list[Block]:
    """One block per line as drawn (leading blanks kept), an empty one where a gap was."""
    blocks: list[Block] = []
    previous: _Line | None = None
    for lines in pages:
        for line in lines:
            if (
                previous is not None
                and previous.page == line.page
                and previous.y - line.y > 1.6 * max(line.size, 1.0)
            ):
                blocks.append(Block("", page=line.page))
            blocks.append(Block(line.raw, page=line.page, size=line.size))
            previous = line
    return blocks

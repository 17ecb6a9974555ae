"""PDF documents as blocks, from the characters with their fonts and positions (pdfminer.six).

What a PDF says with layout is kept: each page's characters are grouped into lines and the lines
into the page's columns (read left column first); running headers and footers and page numbers,
the lines that repeat at the same place on most pages, are dropped; a line's font size and weight
make it a heading, its level coming from the sizes this document uses (largest first), not from
fixed numbers; wrapped headings and paragraphs are joined (line-end hyphenation undone) and a
bullet glyph (also a private-use or unmapped one) starts a list entry, indented ones a second
level. Superscript digits after a word (footnote markers) are dropped.

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

import io
import itertools
import logging
import re
import statistics
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from bnldesk.services.importer.blocks import Block
from bnldesk.services.importer.cleaning import dehyphenate, join_soft_hyphens
from bnldesk.services.importer.errors import DocumentImportError
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
class _Char:
    text: str
    x0: float
    x1: float
    y0: float
    size: float
    font: str


@dataclass
class _Line:
    """A run of characters on one baseline within one column."""

    chars: list[_Char]
    page: int
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    y: float = 0.0
    size: float = 0.0
    bold: bool = False
    bullet: bool = False
    column: int = 0
    raw: str = ""  # the text as drawn, leading blanks included
    text_x: float = 0.0  # where the words start (after a bullet glyph)
    first_word: float = 0.0  # the width of the first word
    cells: bool = False  # pieces set far apart on one row were joined (a table, a contents line)

    def finish(self) -> None:
        self.chars.sort(key=lambda c: c.x0)
        sizes = Counter(round(c.size * 2) / 2 for c in self.chars if c.text.strip())
        self.size = sizes.most_common(1)[0][0] if sizes else 0.0
        # Footnote markers: small digits raised above the line, right after a word.
        kept: list[_Char] = []
        for char in self.chars:
            raised = char.y0 > self.chars[0].y0 + 0.2 * self.size
            if char.text.isdigit() and char.size < 0.8 * self.size and raised and kept:
                continue
            kept.append(char)
        parts: list[str] = []
        previous: _Char | None = None
        for char in kept:
            if previous is not None:
                gap = char.x0 - previous.x1
                if gap > 0.2 * max(self.size, 1.0) and previous.text != " " and char.text != " ":
                    parts.append(" ")
            parts.append(char.text)
            previous = char
        text = "".join(parts)
        self.raw = text.rstrip()
        stripped = text.lstrip()
        if stripped[:1] in _BULLET_GLYPHS or _is_private(stripped[:1]) or stripped[:1] == "\ufffd":
            self.bullet = True
            stripped = stripped[1:]
        elif _set_apart(kept, self.size):
            self.bullet = True  # "o", "-" or "§" with a wide gap after it: a list mark
            stripped = stripped[1:]
        self.text = " ".join(stripped.split())
        words = [c for c in kept if c.text.strip()]
        if self.bullet and len(words) > 1:
            self.text_x = words[1].x0
        else:
            self.text_x = words[0].x0 if words else 0.0
        first = [c for c in kept if c.text.strip() and c.x0 >= self.text_x - 0.1]
        end = self.text_x
        for char in first:
            if char.x0 - end > 0.2 * max(self.size, 1.0):
                break
            end = char.x1
        self.first_word = end - self.text_x
        self.x0 = kept[0].x0 if kept else 0.0
        # The last visible character: a trailing space would move the right edge.
        self.x1 = words[-1].x1 if words else (kept[-1].x1 if kept else 0.0)
        self.y = self.chars[0].y0
        weighted = Counter(c.font for c in kept if c.text.strip())
        font = weighted.most_common(1)[0][0] if weighted else ""
        self.bold = bool(re.search(r"bold|black|heavy|semibold|demi", font, re.I))
        self.chars = []  # what is needed is kept above; a long PDF has millions of them


def _set_apart(chars: list[_Char], size: float) -> bool:
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
        raise DocumentImportError("PDF support is not installed (pypdf)") from exc
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception as exc:
                    raise DocumentImportError(f"{name} is a password-protected PDF") from exc
                if not opened:
                    raise DocumentImportError(f"{name} is a password-protected PDF")
            count = len(reader.pages)
    except DocumentImportError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise DocumentImportError(f"{name} is a damaged PDF ({type(exc).__name__})") from exc
    except Exception as exc:  # pypdf raises a wide variety on hostile files
        raise DocumentImportError(
            f"{name} could not be read as a PDF ({type(exc).__name__})"
        ) from exc
    if count > max_pages:
        raise DocumentImportError(f"{name} has {count} pages; too many for a plan")
    if count == 0:
        raise DocumentImportError(f"{name} has no pages")
    return count


_UNMAPPED = "(cid:?)"  # the text of a glyph the font gives no character for


@dataclass
class _Page:
    width: float
    height: float
    chars: list[_Char]


def _pages(data: bytes) -> Iterator[_Page]:
    """Each page's characters with font, size and position, one page at a time, without
    pdfminer's own layout analysis (``extract_pages`` always runs it; we group lines
    ourselves, and it costs a third). Rotated characters (watermarks) are left out."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTContainer
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    for page in PDFPage.get_pages(io.BytesIO(data)):
        interpreter.process_page(page)
        layout = device.get_result()
        chars: list[_Char] = []
        stack: list[Any] = [layout]
        while stack:
            node = stack.pop()
            for child in node:
                if isinstance(child, LTChar):
                    if child.upright:
                        text = child.get_text()
                        if text.startswith("(cid:"):
                            text = _UNMAPPED
                        chars.append(
                            _Char(text, child.x0, child.x1, child.y0, child.size, child.fontname)
                        )
                elif isinstance(child, LTContainer):
                    stack.append(child)
        yield _Page(layout.width, layout.height, chars)


def _text_of(char: _Char) -> str:
    text = char.text
    if text == _UNMAPPED:
        return "\x7f"  # an unmapped glyph: in a plan's lists, a bullet
    return text


def _rows(chars: list[_Char], page: int) -> list[_Line]:
    """Characters grouped by baseline, each row split where a wide gap divides columns."""
    chars.sort(key=lambda c: (-c.y0, c.x0))
    rows: list[list[_Char]] = []
    for char in chars:
        char.text = _text_of(char)
        # The row whose baseline is nearest, if near enough (characters of one line share
        # their baseline; a raised footnote digit sits a little above it).
        tolerance = 0.2 * max(char.size, 1.0)
        best: list[_Char] | None = None
        best_distance = float("inf")
        for row in rows[-5:]:
            distance = abs(row[0].y0 - char.y0)
            raised = char.text.isdigit() and 0 < char.y0 - row[0].y0 <= 0.6 * row[0].size
            if (distance <= tolerance or raised) and distance < best_distance:
                best, best_distance = row, distance
        if best is None:
            rows.append([char])
        else:
            best.append(char)
    lines: list[_Line] = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        size = statistics.median(c.size for c in row)
        current: list[_Char] = []
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


def _assign_columns(lines: list[_Line], width: float) -> None:
    """Column 0 (left or only), 1 (right), or -1 for lines across the gutter (heads, feet)."""
    if len(lines) < 6:
        return
    # How many lines cover each point of the width: a difference array, then its running sum.
    steps = [0] * (int(width) + 3)
    for line in lines:
        steps[min(len(steps) - 2, max(0, int(line.x0)))] += 1
        steps[min(len(steps) - 1, max(0, int(line.x1) + 1))] -= 1
    bins = list(itertools.accumulate(steps))
    low, high = int(width * 0.3), int(width * 0.7)
    allowed = max(1, len(lines) // 25)
    best: tuple[int, int] | None = None
    start = None
    for x in range(low, high + 1):
        if bins[x] <= allowed:
            start = x if start is None else start
            continue
        if start is not None and (best is None or x - start > best[1] - best[0]):
            best = (start, x)
        start = None
    if start is not None and (best is None or high - start > best[1] - best[0]):
        best = (start, high)
    if best is None or best[1] - best[0] < 6:
        return
    gutter = (best[0] + best[1]) / 2
    left = [line for line in lines if line.x1 <= gutter]
    right = [line for line in lines if line.x0 >= gutter]
    if len(left) < 3 or len(right) < 3:
        return
    for line in lines:
        line.column = 0 if line.x1 <= gutter else 1 if line.x0 >= gutter else -1


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
        elif _LIST_NUMBER.match(first.text):
            # A number set apart by a tab ("1.<tab>Inleiding", "a)<tab>...").
            first.text = " ".join(texts)
        else:
            first.text = " – ".join(texts)
            first.cells = True
        first.raw = "  ".join(piece.raw for piece in pieces)
        first.x1 = pieces[-1].x1
        first.bold = all(piece.bold for piece in pieces if piece.text)
        out.append(first)
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

    Lines in a size larger than the body text's are headings, however often they repeat.
    """
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    seen: Counter[tuple[str, int]] = Counter()
    for lines, height in zip(pages, heights, strict=True):
        keys = {
            _furniture_key(line)
            for line in lines
            if (line.y > height * (1 - _MARGIN) or line.y < height * _MARGIN) and line.size <= body
        }
        seen.update(keys)
    repeated = max(2, (len(pages) + 1) // 2)
    out: list[list[_Line]] = []
    for page_index, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        kept: list[_Line] = []
        heads: list[_Line] = []
        for line in lines:
            in_margin = line.y > height * (1 - _MARGIN) or line.y < height * _MARGIN
            if (
                in_margin
                and len(pages) >= 2
                and line.size <= body
                and seen[_furniture_key(line)] >= repeated
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


@dataclass
class _Styles:
    """The document's body size and the heading level of each larger size."""

    body: float
    levels: dict[float, int] = field(default_factory=dict)

    def level(self, line: _Line) -> int:
        if line.size in self.levels:
            return self.levels[line.size]
        if line.bold and line.size >= self.body and len(line.text) <= 90:
            return len(self.levels) + 1
        return 0


def _styles(pages: list[list[_Line]]) -> _Styles:
    weight: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            weight[line.size] += len(line.text)
    if not weight:
        return _Styles(0.0)
    body = weight.most_common(1)[0][0]
    total = sum(weight.values())
    # Sizes above the body's used for short lines only, a small share of the text: headings.
    larger = sorted(
        (s for s in weight if s > body * 1.05 and weight[s] < 0.2 * total), reverse=True
    )
    return _Styles(body, {size: level for level, size in enumerate(larger, start=1)})


class _ListLevels:
    """List levels from where this document sets its bullets: the least indented is level 1,
    the next indent (a few points further) level 2."""

    def __init__(self, indents: Iterable[float]) -> None:
        self._steps: list[float] = []
        for indent in sorted(indents):
            if not self._steps or indent - self._steps[-1] > 4:
                self._steps.append(indent)

    def level(self, indent: float) -> int:
        below = [step for step in self._steps if step <= indent + 2]
        return min(2, max(1, len(below)))


def _blocks(pages: list[list[_Line]], styles: _Styles) -> list[Block]:
    """Lines joined into headings, list entries and paragraphs."""
    blocks: list[Block] = []
    parts: list[str] = []
    current: Block | None = None
    previous: _Line | None = None
    text_x = 0.0  # where the text of the current list entry starts
    column_left: dict[tuple[int, int], float] = defaultdict(lambda: 1e9)
    right_edges: dict[tuple[int, int], list[float]] = defaultdict(list)
    for lines in pages:
        for line in lines:
            if line.column == _KEPT_HEAD:
                continue
            key = (line.page, line.column)
            column_left[key] = min(column_left[key], line.x0)
            right_edges[key].append(line.x1)
    # Where the lines of a column end when they are full: the furthest any line reaches.
    column_right = {key: max(edges) for key, edges in right_edges.items()}

    list_levels = _ListLevels(
        line.x0 - column_left[(line.page, line.column)]
        for lines in pages
        for line in lines
        if line.bullet and line.column != _KEPT_HEAD
    )

    def close() -> None:
        nonlocal current, parts
        if current is not None and parts:
            joined = dehyphenate(join_soft_hyphens(parts))
            current.text = " ".join(" ".join(p.split()) for p in joined if p.strip())
            if current.text:
                blocks.append(current)
        current, parts = None, []

    for lines in pages:
        for line in lines:
            if line.column == _KEPT_HEAD:
                close()
                blocks.append(Block(line.text, page=line.page, size=line.size))
                continue
            level = styles.level(line)
            key = (line.page, line.column)
            left = column_left[key]
            same_place = (
                previous is not None
                and previous.page == line.page
                and previous.column == line.column
                and 0 < previous.y - line.y <= 1.6 * max(line.size, previous.size)
            )
            # Text flows on from the foot of one column (or page) to the head of the next.
            flows_on = (
                previous is not None
                and (previous.page, previous.column) != key
                and previous.size == line.size
                and not previous.bold
            )
            if level:
                wrapped = (
                    current is not None
                    and current.heading_level == level
                    and same_place
                    and previous is not None
                    and previous.size == line.size
                    and not re.match(r"^\d{1,2}(\.\d{1,2})*\.?\s", line.text)
                    and not previous.cells
                    and label_of(previous.text) is None
                    and _heading_goes_on(previous, line, column_right)
                )
                if not wrapped:
                    close()
                    current = Block("", page=line.page, heading_level=level, size=line.size)
                    current.bold = line.bold
                parts.append(line.text)
                previous = line
                continue
            indent = line.x0 - left
            dash = line.text[:1] in _DASHES and line.text[1:2] == " "
            if line.bullet or (dash and indent > 4):
                close()
                list_level = 2 if dash and not line.bullet else list_levels.level(indent)
                current = Block("", page=line.page, list_level=list_level, size=line.size)
                parts.append(line.text[2:] if dash else line.text)
                text_x = line.text_x
                previous = line
                continue
            previous_right = (
                column_right[(previous.page, previous.column)] if previous is not None else 0.0
            )
            continues = (
                current is not None
                and not current.heading_level
                and (same_place or flows_on)
                and previous is not None
                # A line cut short, with room left for the next line's first word, ends its
                # paragraph: the text was broken there on purpose. So does a row of cells.
                and previous.x1 + 0.3 * line.size + line.first_word >= previous_right - 2
                and not previous.cells
            )
            if current is not None and current.list_level and continues:
                continues = indent > 4 or (same_place and line.x0 >= text_x - 1)
            if not continues:
                close()
                current = Block("", page=line.page, size=line.size)
            parts.append(line.text)
            previous = line
    close()
    return blocks


def _heading_goes_on(
    previous: _Line, line: _Line, column_right: Mapping[tuple[int, int], float]
) -> bool:
    """Whether ``line`` continues the heading on ``previous``: the heading ran out of room,
    or was broken by hand where the next line goes on in lower case or both are capitals."""
    full = (
        previous.x1 + 0.3 * line.size + line.first_word
        >= column_right[(previous.page, previous.column)] - 2
    )
    return full or line.text[:1].islower() or (_capitals(previous.text) and _capitals(line.text))


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
        raise DocumentImportError("PDF support is not installed (pdfminer.six)") from exc
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages: list[list[_Line]] = []
    heights: list[float] = []
    total = drawn = unmapped = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for index, page in enumerate(_pages(data)):
                drawn += len(page.chars)
                unmapped += sum(1 for char in page.chars if char.text == _UNMAPPED)
                lines = _rows(page.chars, index + 1)
                _assign_columns(lines, page.width)
                pages.append(lines)
                heights.append(page.height)
                total += sum(len(line.text) for line in lines)
                if total > max_chars:
                    raise DocumentImportError(f"{name} holds too much text to be a plan")
                if progress is not None:
                    progress(0.05 + 0.4 * (index + 1) / count, f"reading page {index + 1}")
    except DocumentImportError:
        raise
    except PDFSyntaxError as exc:
        raise DocumentImportError(f"{name} is a damaged PDF ({exc})") from exc
    except Exception as exc:  # pdfminer raises a wide variety on hostile files
        raise DocumentImportError(
            f"{name} could not be read as a PDF ({type(exc).__name__})"
        ) from exc
    if not any(pages):
        raise DocumentImportError(
            f"{name} has no text layer (a scanned or image-only PDF); run OCR on it first"
        )
    if unmapped > 0.5 * max(drawn, 1):
        raise DocumentImportError(
            f"{name}: its text cannot be read (fonts without a character map); "
            "export it again from the original or run OCR on it"
        )
    # Running heads first (their pieces are matched across pages), then cells joined and the
    # lines put in reading order.
    pages = [_ordered(_join_cells(lines)) for lines in _drop_furniture(pages, heights)]
    styles = _styles(pages)
    if _is_printed_text(pages, styles):
        return _plain_blocks(pages)
    return _blocks(pages, styles)


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

"""PDF layouts of a plan's elements (``received_plan.flow``), drawn with reportlab.

One small page-layout engine with the choices that vary between real publications: fonts
(serif or sans), heading sizes (larger, or the body's size in bold), one, two or three
columns and headings that span them (the text above a spanning heading is balanced over the
columns, as desktop publishing does), list marks ("•", "–", "▪") with or without hanging
indents, running heads, page numbers ("- 3 -", "3/12", "Pagina 3 van 12") and footnotes (a
raised number in the text, the note at the foot of the page).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from received_plan import Element

FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹"


@dataclass
class Layout:
    """What varies between publications (see the module docstring)."""

    body_font: str = "Helvetica"
    bold_font: str = "Helvetica-Bold"
    label_font: str = "Helvetica-BoldOblique"
    body_size: float = 9.5
    title_size: float = 20.0
    chapter_size: float = 14.0
    section_size: float = 11.5
    columns: int = 1
    spanning: tuple[str, ...] = ("title",)  # element kinds that span all columns
    chapter_new_page: bool = False
    bullet: str = "•"
    sub_bullet: str = "–"
    hanging: bool = True
    group_bullet: str = "•"
    indent: float = 10.0  # of a list entry's mark from the column's left edge
    sub_indent: float = 26.0
    hang: float = 10.0  # from the mark to the text
    chapter_text: Callable[[str, str], str] = lambda number, title: f"{number}. {title}"
    section_text: Callable[[str, str], str] = lambda number, title: f"{number}. {title}"
    running_head: str = ""
    page_number: Callable[[int, int], str] = lambda page, total: f"{page}"
    page_number_at: str = "bottom-centre"  # or "top-right", "bottom-right"
    footnotes: dict[str, str] = field(default_factory=dict)  # text it follows -> note
    gutter: float = 18.0
    justify: bool = False  # body lines stretched to the column's width, word by word
    hyphenate: bool = False  # long words broken at a line's end with a hyphen
    running_head_chapter: bool = False  # the running head names the page's chapter
    contents: bool = False  # a contents page first: headings, dot leaders, page numbers
    group_grid: bool = False  # workgroups without sub-groups two to a row
    margin: float = 56.0
    leading: float = 1.3


@dataclass
class _Line:
    height: float
    parts: list[tuple[float, str, float, str, float]]  # (x offset, font, size, text, justify to)
    space_before: float = 0.0
    keep_with_next: bool = False
    notes: list[str] = field(default_factory=list)
    anchor: str = ""  # the heading this line starts (for running heads and contents)
    chapter: bool = False  # ... and whether it is a chapter's


def _wrap(text: str, font: str, size: float, width: float, *, hyphenate: bool = False) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > width:
            head, tail = _hyphenated(current, word, font, size, width) if hyphenate else ("", word)
            lines.append(f"{current} {head}" if head else current)
            current = tail
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def _hyphenated(line: str, word: str, font: str, size: float, width: float) -> tuple[str, str]:
    """A long lower-case word broken so that its first part ends ``line`` with a hyphen
    ("grensoverschrij-" / "dende"); ("", word) when it does not fit or is too short."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    letters = word.rstrip(".,;:")
    if len(letters) < 10 or not letters.isalpha() or not letters.islower():
        return "", word
    for cut in range(len(letters) - 4, 4, -1):
        head = word[:cut] + "-"
        if stringWidth(f"{line} {head}", font, size) <= width:
            return head, word[cut:]
    return "", word


class _Builder:
    def __init__(self, layout: Layout, column_width: float) -> None:
        self.layout = layout
        self.width = column_width
        self.note_number = 0
        self.notes_by_text = dict(layout.footnotes)

    def _marked(self, text: str) -> tuple[str, list[str]]:
        """The text with a footnote mark after it, and the note, if the layout has one."""
        for follows, note in list(self.notes_by_text.items()):
            if text.endswith(follows):
                del self.notes_by_text[follows]
                self.note_number += 1
                mark = FOOTNOTE_MARKS[self.note_number - 1]
                return text + mark, [f"{self.note_number} {note}"]
        return text, []

    def paragraph(
        self,
        text: str,
        font: str,
        size: float,
        *,
        space_before: float = 0.0,
        first_x: float = 0.0,
        rest_x: float = 0.0,
        mark: str = "",
        mark_x: float = 0.0,
        keep: bool = False,
    ) -> list[_Line]:
        text, notes = self._marked(text)
        layout = self.layout
        justified = layout.justify and not keep  # headings and labels are never stretched
        first_width = self.width - first_x
        rest_width = self.width - rest_x
        hyphenate = layout.hyphenate and not keep
        words = _wrap(text, font, size, first_width, hyphenate=hyphenate)
        lines: list[str] = words[:1]
        if len(words) > 1:
            rest = " ".join(words[1:])
            lines += _wrap(rest, font, size, rest_width, hyphenate=hyphenate)
        out: list[_Line] = []
        for index, line in enumerate(lines):
            parts: list[tuple[float, str, float, str, float]] = []
            if index == 0 and mark:
                parts.append((mark_x, layout.body_font, size, mark, 0.0))
            last = index == len(lines) - 1
            justify = (first_width if index == 0 else rest_width) if justified else 0.0
            x = first_x if index == 0 else rest_x
            parts.append((x, font, size, line, 0.0 if last else justify))
            out.append(
                _Line(
                    size * layout.leading,
                    parts,
                    space_before if index == 0 else 0.0,
                    keep_with_next=keep,
                    notes=notes if index == len(lines) - 1 else [],
                )
            )
        return out

    def lines_of(self, element: Element) -> list[_Line]:
        layout = self.layout
        body = layout.body_size
        if element.kind == "title":
            return self.paragraph(element.text, layout.bold_font, layout.title_size, keep=True)
        if element.kind in ("chapter", "contacts"):
            text = layout.chapter_text(element.number, element.title)
            lines = self.paragraph(
                text, layout.bold_font, layout.chapter_size, space_before=body * 1.6, keep=True
            )
            lines[0].anchor, lines[0].chapter = text, True
            return lines
        if element.kind == "section":
            text = layout.section_text(element.number, element.title)
            lines = self.paragraph(
                text, layout.bold_font, layout.section_size, space_before=body * 1.2, keep=True
            )
            lines[0].anchor = text
            return lines
        if element.kind == "grouprow":
            half = self.width / 2
            from reportlab.pdfbase.pdfmetrics import stringWidth

            room = half - layout.indent - layout.hang
            if any(stringWidth(text, layout.body_font, body) > room for text in element.cells):
                # Too long to stand two to a row: one to a row, as usual.
                rows = [Element("group", text) for text in element.cells if text]
                return [line for row in rows for line in self.lines_of(row)]
            parts: list[tuple[float, str, float, str, float]] = []
            for offset, text in zip((0.0, half), element.cells, strict=True):
                if text:
                    parts.append(
                        (offset + layout.indent, layout.body_font, body, layout.group_bullet, 0.0)
                    )
                    parts.append(
                        (offset + layout.indent + layout.hang, layout.body_font, body, text, 0.0)
                    )
            return [_Line(body * layout.leading, parts)]
        if element.kind == "label":
            return self.paragraph(
                element.text, layout.label_font, body, space_before=body * 0.6, keep=True
            )
        if element.kind in ("entry", "group", "point"):
            second = element.level == 2
            mark = (
                layout.sub_bullet
                if second
                else (layout.group_bullet if element.kind == "group" else layout.bullet)
            )
            mark_x = layout.sub_indent if second else layout.indent
            text_x = mark_x + layout.hang
            return self.paragraph(
                element.text,
                layout.body_font,
                body,
                first_x=text_x,
                rest_x=text_x if layout.hanging else mark_x,
                mark=mark,
                mark_x=mark_x,
            )
        if element.kind == "domain":
            return self.paragraph(element.text, layout.bold_font, body, space_before=body * 0.6)
        return self.paragraph(element.text, layout.body_font, body, space_before=body * 0.3)


def draw(elements: list[Element], target: Path, layout: Layout) -> int:
    """Lay ``elements`` out and write the PDF; the number of pages."""
    contents: list[_Line] = []
    if layout.contents:
        # Laid out once to learn where each heading falls, then again after the contents.
        _, anchors = _lay_out(elements, layout, [])
        contents = _contents_lines(anchors, layout)
    pages, _anchors = _lay_out(elements, layout, contents)
    _write(pages, target, layout)
    return len(pages)


_Placed = tuple[float, float, "_Line"]


def _contents_lines(anchors: list[tuple[str, bool, int]], layout: Layout) -> list[_Line]:
    """The contents page: "Inhoud", then each heading with a dot leader to its page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth

    inner = A4[0] - 2 * layout.margin
    size = layout.body_size
    lines = [_Line(size * 2, [(0.0, layout.bold_font, layout.chapter_size, "Inhoud", 0.0)])]
    for text, chapter, page in anchors:
        indent = 0.0 if chapter else 14.0
        font = layout.bold_font if chapter else layout.body_font
        number = str(page + 2)  # 1-based, after the contents page
        start = indent + stringWidth(text, font, size) + 4
        end = inner - stringWidth(number, font, size) - 4
        dots = " ." * max(0, int((end - start) / stringWidth(" .", font, size)))
        parts = [(indent, font, size, text, 0.0), (start, font, size, dots.strip(), 0.0)]
        parts.append((inner - stringWidth(number, font, size), font, size, number, 0.0))
        lines.append(_Line(size * layout.leading * 1.2, parts))
    return lines


def _lay_out(
    elements: list[Element], layout: Layout, contents: list[_Line]
) -> tuple[list[list[_Placed]], list[tuple[str, bool, int]]]:
    """The lines of each page with their places, and each heading's (text, chapter, page)."""
    from reportlab.lib.pagesizes import A4

    width, height = A4
    inner = width - 2 * layout.margin
    columns = layout.columns
    column_width = (inner - (columns - 1) * layout.gutter) / columns
    narrow = _Builder(layout, column_width)
    wide = _Builder(layout, inner)
    wide.notes_by_text = narrow.notes_by_text  # one numbering of notes
    top = height - layout.margin - 20
    notes_zone = 60.0 if layout.footnotes else 0.0
    bottom = layout.margin + 10 + notes_zone

    # Bands: runs of column text, cut by spanning elements.
    bands: list[tuple[bool, list[_Line], bool]] = []  # (spanning, lines, new page first)
    for element in elements:
        spans = element.kind in layout.spanning or columns == 1
        new_page = layout.chapter_new_page and element.kind in ("chapter", "contacts")
        builder = wide if spans else narrow
        lines = builder.lines_of(element)
        wide.note_number = narrow.note_number = max(wide.note_number, narrow.note_number)
        if bands and bands[-1][0] == spans and not new_page:
            bands[-1][1].extend(lines)
        else:
            bands.append((spans, lines, new_page))

    pages: list[list[_Placed]] = [[]]  # (x, y) of each line
    anchors: list[tuple[str, bool, int]] = []
    y = top
    if contents:
        bands.insert(0, (True, contents, False))
        bands[1] = (bands[1][0], bands[1][1], True)  # the plan starts on the next page

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = top

    def place(x: float, at: float, line: _Line) -> None:
        pages[-1].append((x, at, line))
        if line.anchor:
            anchors.append((line.anchor, line.chapter, len(pages) - 1))

    for spans, lines, page_break in bands:
        if page_break and pages[-1]:
            new_page()
        if spans:
            for index, line in enumerate(lines):
                need = line.height + line.space_before
                if line.keep_with_next and index + 1 < len(lines):
                    need += lines[index + 1].height
                if y - need < bottom:
                    new_page()
                y -= line.height + (line.space_before if pages[-1] else 0.0)
                place(layout.margin, y, line)
            continue
        remaining = list(lines)
        while remaining:
            available = y - bottom
            total = sum(line.height + line.space_before for line in remaining)
            share = math.ceil(total / columns) + 1 if total <= columns * available else available
            lowest = y
            for column in range(columns):
                x = layout.margin + column * (column_width + layout.gutter)
                at = y
                used = 0.0
                while remaining:
                    line = remaining[0]
                    step = line.height + (line.space_before if used else 0.0)
                    keep = line.height if line.keep_with_next and len(remaining) > 1 else 0.0
                    last_column = column == columns - 1
                    overfull = used + step + keep > share or at - step - keep < bottom
                    if used and overfull and not (last_column and at - step - keep >= bottom):
                        break
                    if at - step < bottom:
                        break
                    at -= step
                    used += step
                    place(x, at, line)
                    remaining.pop(0)
                lowest = min(lowest, at)
            if remaining:
                new_page()
            else:
                y = lowest - 4

    return pages, anchors


def _write(pages: list[list[_Placed]], target: Path, layout: Layout) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    notes_zone = 60.0 if layout.footnotes else 0.0
    pdf = canvas.Canvas(str(target), pagesize=A4, invariant=True)
    total_pages = len(pages)
    chapter = ""
    for number, placed in enumerate(pages, start=1):
        notes = [note for _x, _y, line in placed for note in line.notes]
        head = layout.running_head
        if layout.running_head_chapter:
            # As Word's STYLEREF field: the first chapter heading on the page, else the last
            # one before it.
            starts = [line.anchor for _x, _y, line in placed if line.chapter]
            head = starts[0] if starts else chapter
            chapter = starts[-1] if starts else chapter
        if head and (number > 1 or not layout.running_head_chapter):
            pdf.setFont(layout.body_font, 8)
            pdf.drawString(layout.margin, height - layout.margin + 14, head)
        text = layout.page_number(number, total_pages)
        pdf.setFont(layout.body_font, 8)
        outer_right = layout.page_number_at == "outer" and number % 2 == 1
        if layout.page_number_at == "outer" and not outer_right:
            pdf.drawString(layout.margin, layout.margin - 16, text)
        elif layout.page_number_at == "bottom-right" or outer_right:
            pdf.drawRightString(width - layout.margin, layout.margin - 16, text)
        elif layout.page_number_at == "top-right":
            pdf.drawRightString(width - layout.margin, height - layout.margin + 14, text)
        else:
            pdf.drawCentredString(width / 2, layout.margin - 16, text)
        for x, at, line in placed:
            for offset, font, size, piece, justify in line.parts:
                if justify:
                    _draw_justified(pdf, x + offset, at, font, size, piece, justify)
                else:
                    _draw_text(pdf, x + offset, at, font, size, piece)
        if notes:
            pdf.setLineWidth(0.5)
            pdf.line(
                layout.margin,
                layout.margin + notes_zone,
                layout.margin + 120,
                layout.margin + notes_zone,
            )
            at = layout.margin + notes_zone - 10
            for note in notes:
                number_text, _, note_text = note.partition(" ")
                pdf.setFont(layout.body_font, 5)
                pdf.drawString(layout.margin, at + 3, number_text)
                pdf.setFont(layout.body_font, 7.5)
                pdf.drawString(layout.margin + 6, at, note_text)
                at -= 10
        pdf.showPage()
    pdf.save()


def _draw_text(pdf: object, x: float, y: float, font: str, size: float, text: str) -> None:
    """Text with footnote marks raised and small, as word processors print them."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    plain = text.rstrip(FOOTNOTE_MARKS)
    pdf.setFont(font, size)  # type: ignore[attr-defined]
    pdf.drawString(x, y, plain)  # type: ignore[attr-defined]
    marks = text[len(plain) :]
    if marks:
        digits = "".join(str(FOOTNOTE_MARKS.index(mark) + 1) for mark in marks)
        pdf.setFont(font, size * 0.6)  # type: ignore[attr-defined]
        pdf.drawString(x + stringWidth(plain, font, size) + 0.5, y + size * 0.35, digits)  # type: ignore[attr-defined]


def _draw_justified(
    pdf: object, x: float, y: float, font: str, size: float, text: str, width: float
) -> None:
    """A line stretched to ``width``: each word drawn at its own place, as typesetters do."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = text.split()
    if len(words) < 2:
        _draw_text(pdf, x, y, font, size, text)
        return
    natural = sum(stringWidth(word.rstrip(FOOTNOTE_MARKS), font, size) for word in words)
    gap = (width - natural) / (len(words) - 1)
    for word in words:
        _draw_text(pdf, x, y, font, size, word)
        x += stringWidth(word.rstrip(FOOTNOTE_MARKS), font, size) + gap

"""The meeting brief as a PDF (reportlab platypus): a briefing note, not a report.

Page 1 is what a delegate reads in the taxi: the meeting (date, time, place, chair), the plan it
is prepared against, then per agenda point or object our position, its state and the line to
take, who still to consult at home, the open and overdue actions with their deadlines, and the
contents. The annexes follow, each only when it has something to say: the agenda in full, the
place in the plan, the open notes, the closed notes (compact), every open action, the
Secretariat-General contacts and the earlier plans.

Built the way pretix renders invoices: a :class:`BriefBuilder` with overridable steps
(``_get_stylesheet``, ``_get_page_templates``, ``_get_story``) and a document template that
turns every heading into a bookmark and an outline entry. The layout runs **once**: "page X of
Y" and the contents' page numbers are PDF form objects drawn where they belong and filled in
when the last page is known (reportlab writes forms at save time), so nothing is laid out twice.
Fonts are registered once per process (:mod:`.pdf_text`).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    LayoutError,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.rl_config import _FUZZ

from bnldesk.domain import identity
from bnldesk.domain.dates import format_date, format_date_time
from bnldesk.services.meetings import debrief_tag, is_debrief_tag
from bnldesk.services.reports.audience import Audience
from bnldesk.services.reports.brief_data import (
    ActionInfo,
    AgendaInfo,
    BriefData,
    BriefOptions,
    ContactInfo,
    HistoryEntry,
    NoteGroup,
    NoteInfo,
    Placement,
    WorkgroupInfo,
    says_more,
)
from bnldesk.services.reports.labels import label, labeller
from bnldesk.services.reports.pdf_text import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    Address,
    fit_line,
    fontify,
    para,
    register_fonts,
    text_flowables,
    text_width,
    visual_line,
)
from bnldesk.services.reports.pdf_text import (
    Para as Paragraph,
)
from bnldesk.services.reports.safe import ExportError, atomic_write, clean_text

__all__ = ["FONT", "BriefBuilder", "BriefLayoutError", "long_date", "short_date", "write_brief"]

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1D2430")
MUTED = colors.HexColor("#5B6573")
RULE = colors.HexColor("#C9D1DC")
PALE = colors.HexColor("#F1F4F8")
MARKING_RED = colors.HexColor("#A4161A")
FLAG_GOLD = colors.HexColor("#B7791F")
FLAG_PALE = colors.HexColor("#FFF6E0")
POSITION_PALE = colors.HexColor("#EEF4FB")
STATE_COLOURS = {
    "agreed": "#2E6B30",
    "reservation": "#A4161A",
    "to_coordinate": "#B7791F",
    "none": "#5B6573",
}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FOOTER_Y = 11 * mm  # the footer line's baseline
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
SUMMARY_TEXT = 320  # characters of a position or line to take on page 1 (the rest: annex)
SUMMARY_ACTIONS = 8
ABOUT_TEXT = 160  # characters of the object an action is about, in the actions' tables

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}


def long_date(day: dt.date, language: str) -> str:
    """``day`` written out in ``language``: "3 maart 2026" (English for an unknown language)."""
    months = _MONTHS.get(language, _MONTHS["en"]).split()
    return f"{day.day} {months[day.month - 1]} {day.year}"


def short_date(day: dt.date, language: str) -> str:
    """``day`` in ``language``'s one short format, as the window shows it (15/12/2026)."""
    return format_date(day, language)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(clean_text(text).split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _group_of_point(groups: list[NoteGroup], point: AgendaInfo) -> NoteGroup | None:
    """The notes on an agenda point's plan object: found by its kind and identity key (a point
    named after its object has no label to match: trial 11 listed its position twice), else,
    for data without keys, by the object's label; None for free text."""
    for group in groups:
        if point.target_key and (group.target_kind, group.target_key) == (
            point.target_kind,
            point.target_key,
        ):
            return group
    if point.target_key or not point.target_label:
        return None
    return next((group for group in groups if group.target_label == point.target_label), None)


def _groups_of_point(groups: list[NoteGroup], point: AgendaInfo) -> list[NoteGroup]:
    """The notes an agenda point's positions come from: those on its object
    (:func:`_group_of_point`), then those on the objects its object's brief covers
    (``point.covers``: a section's projects and sub-sections, a workgroup's sections)."""
    own = _group_of_point(groups, point)
    found = [own] if own is not None else []
    covered = set(point.covers)
    found += [g for g in groups if g is not own and (g.target_kind, g.target_key) in covered]
    return found


def _about(point: AgendaInfo, group: NoteGroup) -> str:
    """What names the object of ``group``'s positions under ``point``: nothing for the
    point's own object (the point names it), else its short name (the note's label when this
    database does not hold the object)."""
    key = (group.target_kind, group.target_key)
    if key == (point.target_kind, point.target_key) or key not in point.covers:
        return ""
    return point.cover_names.get(key) or _shorten(group.target_label, 48)


def _table_style(commands: list[Any]) -> TableStyle:
    """A table style whose cells default to the brief's font (a table's own default is a
    base-14 font, which then lands in the file)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


class PositionBox(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A note's position: its flowables on a pale ground with a navy bar on the left.

    What a one-cell Table drew, at a fraction of its cost: a brief holds one per note with a
    position, and the table's layout (measured twice, once by KeepTogether and once by the
    frame) made such briefs half again as slow to lay out (bench/bench_exports.py). A box
    taller than the room left splits between its paragraphs (or inside one), each part on its
    own ground; positions over 3,000 characters flow as paragraphs instead.
    """

    PADDING = (4.0, 8.0, 6.0, 6.0)  # top, left, bottom, right, in points
    BAR = 2.5

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.content = content
        self._heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Lay the content out in ``available_width`` points; returns (width, height)."""
        top, left, bottom, right = self.PADDING
        inner = available_width - left - right
        self._heights = [f.wrap(inner, available_height)[1] for f in self.content]
        gaps = sum(f.getSpaceAfter() for f in self.content[:-1])
        self.width = available_width
        self.height = top + sum(self._heights) + gaps + bottom
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The content that fits in ``available_height`` points as one box, the rest as
        another (a paragraph cut between its lines when needed); [] when nothing fits."""
        top, left, bottom, right = self.PADDING
        inner = available_width - left - right
        room = available_height - top - bottom
        for index, flowable in enumerate(self.content):
            height = flowable.wrap(inner, room)[1]
            if height <= room:
                room -= height + flowable.getSpaceAfter()
                continue
            pieces = flowable.split(inner, room) if room > 0 else []
            head = self.content[:index] + pieces[:1]
            tail = pieces[1:] + self.content[index + 1 :] if pieces else self.content[index:]
            if not head or not tail:
                return []
            return [PositionBox(head), PositionBox(tail)]
        return []

    def draw(self) -> None:
        """The ground, the bar, then the content from the top down."""
        canvas = self.canv
        top, left, _bottom, _right = self.PADDING
        canvas.saveState()
        canvas.setFillColor(POSITION_PALE)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(self.BAR)
        canvas.line(0, 0, 0, self.height)
        canvas.restoreState()
        y = self.height - top
        for flowable, height in zip(self.content, self._heights, strict=True):
            y -= height
            flowable.drawOn(canvas, left, y)
            y -= flowable.getSpaceAfter()


class Heading(Paragraph):
    """A heading that becomes a bookmark, an outline entry and (if ``toc``) a contents line.

    A heading taller than a page (a title of one 5,000-character word) splits like any
    paragraph: its first part keeps the bookmark, the rest continue as plain paragraphs.
    """

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        level: int = 0,
        *,
        toc: bool = True,
        bulletText: str | None = None,  # reportlab's name: its split passes it
        frags: list[Any] | None = None,
    ) -> None:
        super().__init__(para(text) if frags is None else text, style, bulletText, frags)
        self.plain_text = clean_text(text)
        self.level = level
        self.toc = toc
        self.key = ""  # bookmark key, set by the builder

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The lines that fit in ``available_height`` points, then the rest; the first part
        is the heading (bookmark, outline, contents), the others plain paragraphs."""
        parts: list[Flowable] = super().split(available_width, available_height)
        for index, part in enumerate(parts):
            part.plain_text, part.level, part.toc = self.plain_text, self.level, self.toc
            part.key = self.key if index == 0 else ""
        return parts


class BriefLayoutError(ExportError):
    """Reportlab could not lay the brief out (nothing is written): one line naming the brief
    and the page, and what to do."""

    code = "brief_layout"

    def __init__(self, title: str, page: int) -> None:
        short = _shorten(title, 60)
        super().__init__(
            f"the brief on {short} could not be laid out: something on page {page} is larger"
            " than a page; shorten the longest text there (a note, a position or a title)",
            values=(short, page),
        )


class _PageForms:
    """Page numbers known only at the end: each is a named form drawn where it belongs and
    filled in once the layout is complete."""

    def __init__(self) -> None:
        self.heading_pages: dict[str, int] = {}
        self.pages = 0

    def fill(self, canvas: rl_canvas.Canvas, labeller_fn: Any, keys: list[str]) -> None:
        for page in range(1, self.pages + 1):
            # The bounding box reaches left of the origin: the text is right-aligned on it.
            canvas.beginForm(f"pg{page}", lowerx=-300, lowery=-5, upperx=5, uppery=15)
            canvas.setFont(FONT, 7.5)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(0, 0, labeller_fn("page_x_of_y", x=page, y=self.pages))
            canvas.endForm()
        for key in keys:
            canvas.beginForm(f"toc-{key}", lowerx=-60, lowery=-5, upperx=5, uppery=15)
            canvas.setFont(FONT, 9)
            canvas.setFillColor(INK)
            canvas.drawRightString(0, 0, str(self.heading_pages.get(key, "")))
            canvas.endForm()


class _BriefDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, filename: Any, forms: _PageForms, finish: Any, **kw: Any) -> None:
        super().__init__(filename, **kw)
        self.forms = forms
        self.finish = finish

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        """The last resort for a flowable that can neither fit on an empty page nor split:
        drawn smaller to fit, rather than failing the whole brief (reportlab's LayoutError).
        Every flowable the brief makes splits; this keeps a future one from losing a brief."""
        first = flowables[0] if flowables else None
        if first is None or not getattr(first, "_postponed", False):
            return  # only a flowable already moved to a new page for want of room
        if isinstance(first, KeepInFrame):
            return
        frame = self.frame
        width, room = frame._getAvailableWidth(), frame._y - frame._y1p
        if first.wrapOn(self.canv, width, room)[1] <= room or first.splitOn(self.canv, width, room):
            return
        flowables[0] = KeepInFrame(width, room, [first], mode="shrink")

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.key:
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(
                flowable.plain_text, flowable.key, level=flowable.level, closed=False
            )
            self.forms.heading_pages[flowable.key] = self.page

    def _endBuild(self) -> None:
        # End the last page without saving, fill the page-number forms, then save.
        self._doSave = 0
        super()._endBuild()
        self.forms.pages = self.page
        self.finish(self.canv)
        self.canv.save()


class Contents(Flowable):  # type: ignore[misc]
    """The contents: one line per heading, dot leaders on a fixed grid (so every line's dots
    line up), the page number right-aligned; numbers come from forms filled at the end."""

    def __init__(self, entries: list[tuple[int, str, str]], style: ParagraphStyle) -> None:
        super().__init__()
        self.entries = entries
        self.style = style
        self.leading = 15.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """One line per entry at a 15 pt leading; returns (width, height) in points."""
        self.width = available_width
        self.height = self.leading * len(self.entries)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The lines that fit in ``available_height`` points, then the rest as contents of
        their own on the next page (a brief on a busy workgroup has more headings than a page
        holds); [] when not even one line fits here."""
        fitting = int(available_height // self.leading)
        if fitting < 1 or fitting >= len(self.entries):
            return []
        head = Contents(self.entries[:fitting], self.style)
        tail = Contents(self.entries[fitting:], self.style)
        for part in (head, tail):
            part.is_contents = True
        return [head, tail]

    def draw(self) -> None:
        """Draw each entry with its dot leader and the form that will hold its page number."""
        canvas = self.canv
        size = self.style.fontSize
        dot_step = 4.0
        number_room = 24.0
        y = self.height - self.leading + 4
        for level, title, key in self.entries:
            indent = 14.0 * level
            font = FONT_BOLD if level == 0 else FONT
            room = self.width - indent - number_room - 8
            shown = fit_line(visual_line(title), font, size, room)
            canvas.setFont(font, size)
            canvas.setFillColor(INK)
            if shown == title and not any(ord(c) > 0x24F for c in title):
                canvas.drawString(indent, y, shown)
                end = indent + text_width(shown, font, size)
            else:
                paragraph = Paragraph(
                    fontify(shown),
                    ParagraphStyle("t", fontName=font, fontSize=size, leading=size + 2),
                )
                paragraph.wrapOn(canvas, room + 4, self.leading)
                paragraph.drawOn(canvas, indent, y - 2)
                end = indent + text_width(shown, font, size)
            # Dots on a grid counted from the left edge: the same columns on every line.
            first = (int((end + 6) / dot_step) + 1) * dot_step
            last = self.width - number_room
            count = int((last - first) / dot_step)
            if count > 0:
                dots = canvas.beginText(first, y)
                dots.setFont(FONT, size)
                dots.setFillColor(RULE)
                dots.setCharSpace(dot_step - pdfmetrics.stringWidth(".", FONT, size))
                dots.textOut("." * count)
                dots.setCharSpace(0)  # the spacing would otherwise carry on to the next line
                canvas.drawText(dots)
            canvas.saveState()
            canvas.translate(self.width, y)
            canvas.doForm(f"toc-{key}")
            canvas.restoreState()
            y -= self.leading


class _Together(KeepTogether):  # type: ignore[misc]  # reportlab is untyped
    """KeepTogether for a note and the heading before it, measured without reportlab's copy of
    the whole frame each time it is asked its size (a twentieth of a long brief's time).

    The copy catches content that flowables generate while measured; a note's paragraphs,
    position box and spacer generate none. Anything else is measured the usual way."""

    def __init__(self, flowables: list[Flowable], room_to_start: float | None = None) -> None:
        super().__init__(flowables)
        # With at least this much room left, content that does not fit starts here anyway
        # (a long table under its heading) instead of moving whole to the next page.
        self._room_to_start = room_to_start
        self._plain = not any(hasattr(f, "frameAction") for f in self._content)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The height of the content stacked, spaces between merged (as KeepTogether does);
        returns a height that makes the frame ask for a split, as KeepTogether does."""
        if not self._plain:
            return super().wrap(available_width, available_height)  # type: ignore[no-any-return]
        width = height = space_after = 0.0
        first_height = None
        for flowable in self._content:
            used_width, used_height = flowable.wrapOn(self.canv, available_width, 0xFFFFFFF)
            if first_height is None:
                first_height = used_height
            if used_height <= _FUZZ:
                continue
            width = max(width, min(used_width, available_width))
            if height:
                height += used_height + max(flowable.getSpaceBefore() - space_after, 0)
            else:
                height += used_height
            space_after = flowable.getSpaceAfter()
            height += space_after
        self._H = height - space_after
        self._H0 = first_height or 0
        self._wrapInfo = available_width, available_height
        return width, 0xFFFFFF

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The content, after a frame break when it must move to the next page whole."""
        if self._room_to_start is not None and available_height >= self._room_to_start:
            return list(self._content)
        return super().split(available_width, available_height)  # type: ignore[no-any-return]


# With less room than this left on the page, a heading and the first block of its content
# (a paragraph, a table, a note) move to the next page together; with more, the content may
# start here and continue over the page (a long table splits by rows under its heading).
HEADING_WITH_CONTENT = 60 * mm


def _leads_content(flowable: Flowable, after_heading: bool, meta_style: str) -> bool:
    """Whether ``flowable`` belongs to the head of what follows: a heading (any paragraph
    style with keepWithNext), or a line that says where a heading stands ("Annual plan
    2022 · Chapter 2", "On the agenda: point 2") right after one."""
    if not isinstance(flowable, Paragraph):
        return False
    if getattr(flowable.style, "keepWithNext", 0):
        return True
    return after_heading and flowable.style.name == meta_style


def _plan_fact(year: int, title: str) -> str:
    """The cover's "Annual plan" value: the year, with the plan's title only when it says
    more than "Annual plan <year>" in some language (trial 18: "2023 · Plan annuel 2023")."""
    rest = identity.fold(title.replace(str(year), " ")).strip(" ·-–:")
    if not title.strip() or rest in _PLAN_WORDS:
        return str(year)
    return title if str(year) in title else f"{year} · {title}"


_PLAN_WORDS = {
    identity.fold(label(key, language))
    for key in ("annual_plan", "plan_year")
    for language in ("en", "nl", "fr")
}


def _headings_kept_with_content(flowables: list[Flowable], meta_style: str) -> list[Flowable]:
    """``flowables`` with every heading, the lines under it and the first block of its content
    kept on one page (trial 12: "2.1.2 Crisisbeheersing" and its plan line stood alone at the
    foot of page 2, the section's content on page 3). reportlab's keepWithNext chains only
    consecutive keepWithNext flowables, and the plan line under a heading has none; it also
    pushes a whole long table to the next page, where this lets it start under its heading."""
    out: list[Flowable] = []
    head: list[Flowable] = []
    for flowable in flowables:
        if _leads_content(flowable, bool(head), meta_style):
            head.append(flowable)
            continue
        if head:
            for member in head:
                # The group keeps them now; left on, reportlab would group them again when
                # the group splits, with the whole next flowable (as it does itself).
                member.keepWithNext = 0
            out.append(_Together([*head, flowable], room_to_start=HEADING_WITH_CONTENT))
            head = []
        else:
            out.append(flowable)
    return out + head


class _ContentsBreak(CondPageBreak):  # type: ignore[misc]
    """Keeps the contents' heading with its first lines: a new page if fewer than eight (or
    all, when shorter) fit below the summary."""

    def __init__(self, entries: list[tuple[int, str, str]]) -> None:
        super().__init__(0)
        self.entries = entries

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = 12 * mm + 15 * min(len(self.entries), 8)
        super().wrap(available_width, available_height)
        return (0.0, 0.0)


class _OffFirstPage(CondPageBreak):  # type: ignore[misc]
    """A page break on page 1 only: page 1 is the summary; the annexes follow the contents
    directly when those already spilled onto page 2."""

    def __init__(self, doc: BaseDocTemplate) -> None:
        super().__init__(0)
        self.doc = doc

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = available_height + 1 if self.doc.page == 1 else 0
        super().wrap(available_width, available_height)
        return (0.0, 0.0)


# The brief's paragraph styles, each on top of "Body" (DejaVu Sans 9.5/13.5 pt, ink): sizes
# and leading in points.
_HEADING = {"fontName": FONT_BOLD, "keepWithNext": 1}
# Each the keyword arguments of a reportlab ParagraphStyle: an open set of keys and types.
STYLES: dict[str, dict[str, Any]] = {
    "Title": {"fontName": FONT_BOLD, "fontSize": 19, "leading": 24, "textColor": NAVY},
    "Code": {"fontName": FONT_BOLD, "fontSize": 11, "leading": 14, "textColor": NAVY},
    "Facts": {"fontSize": 9.5, "leading": 13.5},
    "Fallback": {"fontSize": 8.5, "leading": 11.5, "textColor": MARKING_RED},
    "Private": {"fontName": FONT_BOLD, "fontSize": 10, "leading": 13, "textColor": MARKING_RED},
    "Audience": {"fontName": FONT_BOLD, "fontSize": 10.5, "leading": 14, "textColor": NAVY},
    "H1": {**_HEADING, "fontSize": 14, "leading": 18, "textColor": NAVY, "spaceBefore": 12,
           "spaceAfter": 6},
    "H2": {**_HEADING, "fontSize": 11, "leading": 14.5, "textColor": NAVY, "spaceBefore": 9,
           "spaceAfter": 3},
    "SummaryHead": {**_HEADING, "fontSize": 10.5, "leading": 14, "textColor": NAVY,
                    "spaceBefore": 8, "spaceAfter": 3},
    "H3": {**_HEADING, "fontSize": 9.5, "leading": 13, "spaceBefore": 6, "spaceAfter": 2},
    "Meta": {"fontSize": 8, "leading": 11, "textColor": MUTED},
    "Small": {"fontSize": 8.5, "leading": 11.5},
    "Cell": {"fontSize": 8.5, "leading": 11.5},
    "CellBold": {"fontName": FONT_BOLD, "fontSize": 8.5, "leading": 11.5},
    "CellHead": {"fontName": FONT_BOLD, "fontSize": 8, "leading": 10.5,
                 "textColor": colors.white},
    "Bullet": {"leftIndent": 12, "bulletIndent": 2, "spaceAfter": 2},
    "NoteBody": {"spaceAfter": 3},
    "Closed": {"fontSize": 8, "leading": 10.5, "textColor": MUTED, "spaceAfter": 2},
    "PositionLong": {"fontSize": 8.5, "leading": 11.5, "leftIndent": 8,
                     "backColor": POSITION_PALE, "borderPadding": (2, 4, 2, 4)},
    "Empty": {"textColor": MUTED, "fontName": FONT_ITALIC},
    "Contents": {"fontSize": 9, "leading": 13},
    "Label": {"fontName": FONT_BOLD, "fontSize": 8.5, "leading": 12, "textColor": MUTED,
              "alignment": TA_LEFT},
    "Marking": {"fontName": FONT_BOLD, "fontSize": 10, "leading": 13,
                "textColor": MARKING_RED, "alignment": TA_CENTER},
}  # fmt: skip


class BriefBuilder:
    """Renders one :class:`BriefData` with :class:`BriefOptions` to a PDF."""

    pagesize = A4

    def __init__(
        self, data: BriefData, options: BriefOptions, *, generated: dt.datetime | None = None
    ) -> None:
        self.data = data
        self.options = options
        self.language = options.language
        self.L = labeller(options.language)
        self.generated = generated or dt.datetime.now().replace(microsecond=0)
        self.headings: list[str] = []
        self._heading_list: list[Heading] = []
        self._forms = _PageForms()
        self._furniture: dict[tuple[str, str, float, float, str], tuple[Paragraph, float]] = {}
        self.page_count = 0
        self._section_no = 0
        self._other_pages_form = False  # the furniture of pages 2 and on, drawn once per file
        self._open: list[NoteGroup] | None = None  # the note groups split, once per story
        self._closed_notes: list[NoteGroup] | None = None
        register_fonts()
        self.styles = self._get_stylesheet()

    # -- steps ------------------------------------------------------------------------------

    def _get_stylesheet(self) -> StyleSheet1:
        """One named stylesheet: "Body", and :data:`STYLES` on top of it."""
        sheet = StyleSheet1()
        body = ParagraphStyle(
            "Body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13.5, textColor=INK
        )
        sheet.add(body)
        for name, settings in STYLES.items():
            sheet.add(ParagraphStyle(name, parent=body, **settings))
        return sheet

    def _get_page_templates(self, doc: BaseDocTemplate) -> list[PageTemplate]:
        first_frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_BOTTOM - 26 * mm,
            id="summary",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        body_frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        first = "First" if self.options.include_cover else "Other"
        templates = [
            PageTemplate(id="First", frames=[first_frame], onPage=self._on_first_page),
            PageTemplate(id="Other", frames=[body_frame], onPage=self._on_other_pages),
        ]
        return sorted(templates, key=lambda t: t.id != first)

    # -- page furniture -----------------------------------------------------------------------

    @property
    def title(self) -> str:
        """The subject as the brief names it: "<title> (<code>)", or the title alone."""
        d = self.data
        return f"{d.title} ({d.code})" if d.code else d.title

    def _marking(self) -> str:
        return " ".join(clean_text(self.options.marking).split())

    def _draw_text(
        self,
        canvas: rl_canvas.Canvas,
        x: float,
        y: float,
        text: str,
        font: str,
        size: float,
        *,
        align: str = "left",
        width: float = CONTENT_WIDTH,
    ) -> None:
        """User text on the page furniture: fitted to ``width``, in fonts that have every
        character, right-to-left runs in display order. The same text on every page is laid
        out once (the header and marking of a 50-page brief were a tenth of its time)."""
        colour = canvas._fillColorObj
        key = (text, font, size, width, colour.hexval())
        laid_out = self._furniture.get(key)
        if laid_out is None:
            shown = fit_line(visual_line(text), font, size, width)
            style = ParagraphStyle(
                "furniture", fontName=font, fontSize=size, leading=size * 1.2, textColor=colour
            )
            paragraph = Paragraph(fontify(shown), style)
            used = text_width(shown, font, size)
            paragraph.wrapOn(canvas, used + 2, size * 2)
            laid_out = self._furniture[key] = (paragraph, used)
        paragraph, used = laid_out
        left = {"left": x, "right": x - used, "centre": x - used / 2}[align]
        paragraph.drawOn(canvas, left, y - size * 0.2)

    def _on_first_page(self, canvas: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        self._draw_footer(canvas)
        self._draw_page_number(canvas, doc.page)
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, PAGE_HEIGHT - 14 * mm, PAGE_WIDTH, 14 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        self._draw_text(
            canvas,
            MARGIN_X,
            PAGE_HEIGHT - 8.8 * mm,
            self._kicker().upper(),
            FONT_BOLD,
            9,
            width=CONTENT_WIDTH * 0.6,
        )
        delegation = clean_text(self.options.delegation).strip()
        if delegation:
            self._draw_text(
                canvas,
                PAGE_WIDTH - MARGIN_X,
                PAGE_HEIGHT - 8.8 * mm,
                f"{self.L('delegation')} {delegation}".upper(),
                FONT_BOLD,
                9,
                align="right",
                width=CONTENT_WIDTH * 0.38,
            )
        marking = self._marking()
        if marking:
            canvas.setFillColor(MARKING_RED)
            self._draw_text(
                canvas,
                PAGE_WIDTH / 2,
                PAGE_HEIGHT - 20 * mm,
                marking,
                FONT_BOLD,
                10,
                align="centre",
            )
        canvas.restoreState()

    def _on_other_pages(self, canvas: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        """The furniture of pages 2 and on: identical on every page but for the page number,
        so it is drawn once into a PDF form that each page places (drawing it again on each
        page was a tenth of a long brief's time, and made the file larger)."""
        if not self._other_pages_form:
            canvas.beginForm("furniture")
            self._draw_footer(canvas)
            self._draw_header(canvas)
            canvas.endForm()
            self._other_pages_form = True
        canvas.doForm("furniture")
        self._draw_page_number(canvas, doc.page)

    def _draw_header(self, canvas: rl_canvas.Canvas) -> None:
        """The marking (it gets its room first) and the brief's subject, over a rule."""
        canvas.saveState()
        top = PAGE_HEIGHT - 13 * mm
        marking = self._marking()
        width_left = 0.0
        if marking:
            canvas.setFillColor(MARKING_RED)
            # The marking is what matters on a handed-out page: it gets its room first.
            self._draw_text(canvas, MARGIN_X, top, marking, FONT_BOLD, 8, width=CONTENT_WIDTH * 0.6)
            width_left = min(text_width(marking, FONT_BOLD, 8), CONTENT_WIDTH * 0.6) + 8 * mm
        canvas.setFillColor(MUTED)
        self._draw_text(
            canvas,
            PAGE_WIDTH - MARGIN_X,
            top,
            self.title,
            FONT,
            8,
            align="right",
            width=CONTENT_WIDTH - width_left,
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
        canvas.restoreState()

    def _draw_page_number(self, canvas: rl_canvas.Canvas, page: int) -> None:
        """ "Page X of Y" at the footer's right: a form filled in when Y is known."""
        canvas.saveState()
        canvas.translate(PAGE_WIDTH - MARGIN_X, FOOTER_Y)
        canvas.doForm(f"pg{page}")
        canvas.restoreState()

    def _draw_footer(self, canvas: rl_canvas.Canvas) -> None:
        """A rule, when and by what the brief was made, and the marking again; the page number
        is :meth:`_draw_page_number`'s."""
        canvas.saveState()
        y = FOOTER_Y
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, y + 4 * mm, PAGE_WIDTH - MARGIN_X, y + 4 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        stamp = f"{self.L('generated')} {format_date_time(self.generated, self.language)} · bnldesk"
        canvas.drawString(MARGIN_X, y, stamp)
        marking = self._marking()
        if marking:
            canvas.setFillColor(MARKING_RED)
            self._draw_text(
                canvas, PAGE_WIDTH / 2, y - 4.5 * mm, marking, FONT_BOLD, 7.5, align="centre"
            )
        canvas.restoreState()

    def _kicker(self) -> str:
        if self.data.meeting is not None or self.data.kind == "workgroup":
            return self.L("brief")
        return self.L("brief_section")

    # -- story ----------------------------------------------------------------------------

    def _register(self, heading: Heading) -> Heading:
        self._heading_list.append(heading)
        heading.key = f"h{len(self._heading_list)}"
        self.headings.append(heading.plain_text)
        return heading

    def _h1(self, text: str) -> Heading:
        self._section_no += 1
        return self._register(Heading(f"{self._section_no}. {text}", self.styles["H1"], 0))

    def _h2(self, text: str, *, toc: bool = True) -> Heading:
        return self._register(Heading(text, self.styles["H2"], 1, toc=toc))

    def _colon(self, text: str) -> str:
        """ "Workgroup:" in English and Dutch, "Groupe de travail :" (no-break space) in
        French."""
        return text + ("\u00a0:" if self.language == "fr" else ":")

    def _p(self, text: str, style: str) -> Paragraph:
        return Paragraph(para(text), self.styles[style])

    def _open_groups(self) -> list[NoteGroup]:
        """The note groups with their open notes (those with any), worked out once a story."""
        if self._open is None:
            self._open = self._groups(closed=False)
        return self._open

    def _closed_groups(self) -> list[NoteGroup]:
        """The note groups with their closed notes (those with any), once a story."""
        if self._closed_notes is None:
            self._closed_notes = self._groups(closed=True)
        return self._closed_notes

    def _groups(self, *, closed: bool) -> list[NoteGroup]:
        groups = (self._split(group, closed=closed) for group in self.data.note_groups)
        return [group for group in groups if group.notes]

    @staticmethod
    def _split(group: NoteGroup, *, closed: bool) -> NoteGroup:
        notes = [n for n in group.notes if (n.status == "done") == closed]
        return NoteGroup(group.target_kind, group.target_label, notes, group.target_key)

    def _get_story(self, doc: BaseDocTemplate) -> list[Flowable]:
        self._open = self._closed_notes = None
        self.headings = []
        self._heading_list = []
        self._section_no = 0
        o, d = self.options, self.data
        # Headings are registered in reading order: summary, contents, then the annexes,
        # whose headings fill the contents' entries.
        story: list[Flowable] = [NextPageTemplate("Other")]
        if o.include_cover:
            story += self._summary()
        entries: list[tuple[int, str, str]] = []
        if o.include_toc:
            story += self._contents(entries)
        annexes: list[list[Flowable]] = []
        if d.meeting is not None and o.include_agenda and d.meeting.agenda:
            annexes.append(self._agenda())
        earlier = self._earlier_placements() if o.include_history else []
        if o.include_plan and (d.placements or earlier):
            annexes.append(self._plan(earlier))
            earlier = []
        if o.include_notes and self._open_groups():
            annexes.append(self._notes())
        if o.include_notes and self._closed_groups():
            annexes.append(self._closed())
        # The cover lists the first SUMMARY_ACTIONS; the annex only those it could not (trial
        # 18: a brief with two actions listed them on page 1 and again on page 3).
        on_cover = SUMMARY_ACTIONS if o.include_cover else 0
        if o.include_actions and d.actions[on_cover:]:
            annexes.append(self._actions(d.actions[on_cover:]))
        if o.include_contacts and d.contacts:
            annexes.append(self._contacts())
        if o.include_history and (earlier or self._history_with_notes()):
            annexes.append(self._history(earlier))
        entries += [(h.level, h.plain_text, h.key) for h in self._heading_list if h.toc]
        if o.include_toc and not entries:
            story = [f for f in story if not getattr(f, "is_contents", False)]
            self.headings = [h for h in self.headings if h != self.L("contents")]
        if o.include_cover and annexes:
            story.append(_OffFirstPage(doc))
        for annex in annexes:
            story += _headings_kept_with_content(annex, self.styles["Meta"].name)
        if not annexes and not o.include_cover:
            story.append(self._p(self.title, "H1"))
            story.append(self._p(self.L("no_notes"), "Empty"))
        return story

    # -- page 1 ---------------------------------------------------------------------------

    def _summary(self) -> list[Flowable]:
        d, L, st = self.data, self.L, self.styles
        heading = Heading(d.title, st["Title"], 0, toc=False)
        heading.plain_text = f"{self._colon(L('summary'))} {heading.plain_text}"
        self._register(heading)
        # The kind of brief is in the band above (it stood twice on the cover, trial 12).
        out: list[Flowable] = [heading]
        if d.code:
            out.append(Paragraph(para(d.code), st["Code"]))
        out += self._audience_line()
        private = self._private_notes()
        if private:  # said first: whoever receives the file must see it before reading on
            out.append(Spacer(1, 1.5 * mm))
            out.append(self._p(L("holds_private", n=private), "Private"))
        out.append(Spacer(1, 3 * mm))
        out.append(self._facts())
        if d.plan_is_fallback:
            out.append(Spacer(1, 1.5 * mm))
            out.append(
                self._p(L("plan_fallback", wanted=d.meeting_year, year=d.plan_year), "Fallback")
            )
        out += self._positions_summary()
        out += self._actions_summary()
        out += self._consult_summary()
        return out

    def _audience_line(self) -> list[Flowable]:
        """Who a brief for other delegations is for, under its title ("Voor andere delegaties ·
        Alleen nota's die als deelbaar gemarkeerd zijn."); nothing for the delegation's own."""
        if self.options.audience != Audience.PARTNERS:
            return []
        line = f"{self.L('for_partners')} · {self.L('for_partners_notes')}"
        return [Spacer(1, 1.5 * mm), self._p(line, "Audience")]

    def _private_notes(self) -> int:
        """How many notes marked private the brief prints (this year's and earlier plans')."""
        groups = [*self.data.note_groups]
        if self.options.include_history:
            groups += [group for entry in self.data.history for group in entry.note_groups]
        return sum(1 for group in groups for note in group.notes if note.visibility == "private")

    def _facts(self) -> Table:
        d, L, st = self.data, self.L, self.styles
        rows: list[tuple[str, str]] = []
        if d.meeting is not None:
            m = d.meeting
            if m.title and m.title != self.title:
                rows.append((L("meeting"), m.title))
            if m.starts_at is not None:
                when = long_date(m.starts_at.date(), self.language)
                time = f"{m.starts_at:%H:%M}"
                if m.ends_at is not None:
                    time += f"–{m.ends_at:%H:%M}"
                rows.append((L("date"), f"{when}, {time}"))
            if m.place:
                rows.append((L("place"), m.place))
            if m.video_link:
                rows.append((L("video_link"), m.video_link))
            if m.chair:
                rows.append((L("chair"), m.chair))
        if d.plan_year:
            rows.append(
                (
                    L("annual_plan"),
                    _plan_fact(d.plan_year, d.plan_title),
                )
            )
        # "Prepared by" names a person; the delegation has its own line (trial: "Prepared by
        # BE" when no author was set).
        if self.options.delegation.strip():
            rows.append((L("delegation"), self.options.delegation.strip()))
        if self.options.author.strip():
            rows.append((L("author"), self.options.author.strip()))
        rows.append((L("generated"), long_date(self.generated.date(), self.language)))
        cells = []
        for key, value in rows:
            if key == L("video_link"):
                value_cell: Any = Paragraph(
                    Address(value).markup(FONT, 9.5, CONTENT_WIDTH - 34 * mm), st["Facts"]
                )
            else:
                value_cell = Paragraph(para(value), st["Facts"])
            cells.append([Paragraph(para(key), st["Label"]), value_cell])
        return Table(
            cells,
            colWidths=[30 * mm, CONTENT_WIDTH - 30 * mm],
            style=_table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
            splitInRow=1,  # a value longer than a page continues on the next
        )

    def _state(self, state: str) -> str:
        colour = STATE_COLOURS.get(state, "#5B6573")
        return f"<font color='{colour}'><b>{para(self.L('position_' + state))}</b></font>"

    def _positions_summary(self) -> list[Flowable]:
        """Per agenda point (meeting) or per object (workgroup/section): our position, its
        state and the line to take, from the agenda and the open notes."""
        d, L, st = self.data, self.L, self.styles
        groups = list(self._open_groups())  # a copy: the points take theirs out
        rows: list[list[Any]] = []
        if d.meeting is not None and d.meeting.agenda:
            for number, point in enumerate(d.meeting.agenda, start=1):
                lines: list[str] = []
                said: set[str] = set()
                if point.position_text.strip():
                    lines.append(para(_shorten(point.position_text, SUMMARY_TEXT)))
                    said.add(identity.fold(point.position_text))
                for group in _groups_of_point(groups, point):
                    groups.remove(group)
                    lines += self._position_lines(group.notes, said, _about(point, group))
                rows.append(
                    self._summary_row(f"{number}. {point.title}", point.target_label, lines)
                )
        for group in groups:
            lines = self._position_lines(group.notes, set())
            if lines:
                rows.append(self._summary_row(group.target_label, "", lines))
        heading = Paragraph(para(L("our_positions")), st["SummaryHead"])
        if not rows:
            return [heading, self._p(L("no_positions"), "Empty")]
        table = self._table(
            [L("agenda_point") if d.meeting is not None else L("about"), L("line_to_take")],
            rows,
            [CONTENT_WIDTH * 0.34, CONTENT_WIDTH * 0.66],
        )
        return [heading, table]

    def _position_lines(self, notes: list[NoteInfo], said: set[str], about: str = "") -> list[str]:
        """The notes' positions as summary lines (state, text, whom to consult), each text
        once: a text already ``said`` (folded; the agenda point's, an earlier note's) is not
        repeated (trial 11: the point's position and a note's same position stood twice).
        ``about`` names the object the notes are on, before each line in bold (a position
        gathered under a point that covers several objects: stop 28)."""
        lines = []
        named = f"<b>{para(self._colon(about))}</b> " if about else ""
        for n in notes:
            text_new = bool(n.position_text.strip()) and identity.fold(n.position_text) not in said
            if n.position_state == "none" and not text_new:
                continue
            parts = [self._state(n.position_state)] if n.position_state != "none" else []
            if text_new:
                said.add(identity.fold(n.position_text))
                parts.append(para(_shorten(n.position_text, SUMMARY_TEXT)))
            text = named + " — ".join(parts)
            if n.consult.strip():
                text += f" <font color='#5B6573'>({para(self._colon(self.L('consult')))} {para(_shorten(n.consult, 80))})</font>"
            lines.append(text)
        return lines

    def _summary_row(self, title: str, label: str, lines: list[str]) -> list[Any]:
        st = self.styles
        left: list[Flowable] = [Paragraph(para(title), st["CellBold"])]
        if label:
            left.append(Paragraph(para(label), st["Meta"]))
        right = [Paragraph(line, st["Cell"]) for line in lines] or [
            Paragraph(para(self.L("no_position_yet")), st["Meta"])
        ]
        return [left, right]

    def _actions_summary(self) -> list[Flowable]:
        d, L, st = self.data, self.L, self.styles
        if not d.actions:
            return []
        shown = d.actions[:SUMMARY_ACTIONS]
        rows = [self._action_row(a) for a in shown]
        extra = [
            ("TEXTCOLOR", (3, i), (3, i), MARKING_RED) for i, a in enumerate(shown, 1) if a.overdue
        ]
        out: list[Flowable] = [
            Paragraph(para(L("actions_deadlines")), st["SummaryHead"]),
            self._action_table(rows, extra),
        ]
        if len(d.actions) > len(shown):
            out.append(self._p(L("n_more_actions", n=len(d.actions) - len(shown)), "Meta"))
        return out

    def _consult_summary(self) -> list[Flowable]:
        L, st = self.L, self.styles
        seen: dict[str, list[str]] = {}
        for group in self._open_groups():
            for n in group.notes:
                for who in (n.consult.strip(),):
                    if who:
                        seen.setdefault(who, [])
                        if group.target_label not in seen[who]:
                            seen[who].append(group.target_label)
        if not seen:
            return []
        out: list[Flowable] = [Paragraph(para(L("consult_at_home")), st["SummaryHead"])]
        for who, about in seen.items():
            text = f"<b>{para(_shorten(who, 120))}</b> <font color='#5B6573'>— {para(', '.join(about))}</font>"
            out.append(Paragraph(text, st["Bullet"], bulletText="•"))
        return out

    def _contents(self, entries: list[tuple[int, str, str]]) -> list[Flowable]:
        """The contents, after the summary; ``entries`` is filled once the annexes exist."""
        heading = self._register(
            Heading(self.L("contents"), self.styles["SummaryHead"], 0, toc=False)
        )
        out: list[Flowable] = [
            _ContentsBreak(entries),
            Spacer(1, 2 * mm),
            heading,
            Contents(entries, self.styles["Contents"]),
        ]
        for flowable in out:
            flowable.is_contents = True
        return out

    # -- tables ---------------------------------------------------------------------------

    def _table(
        self,
        head: list[str],
        rows: list[list[Any]],
        widths: list[float],
        extra: list[Any] | None = None,
    ) -> Table:
        st = self.styles
        data: list[list[Any]] = [[Paragraph(para(h), st["CellHead"]) for h in head], *rows]
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        for i in range(2, len(data), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), PALE))
        style += extra or []
        return Table(
            data,
            colWidths=widths,
            style=_table_style(style),
            repeatRows=1,
            splitInRow=1,
            hAlign="LEFT",
        )

    # -- annexes --------------------------------------------------------------------------

    def _agenda(self) -> list[Flowable]:
        m = self.data.meeting
        assert m is not None
        st, L = self.styles, self.L
        out: list[Flowable] = [self._h1(L("agenda"))]
        rows = [self._agenda_row(n, item) for n, item in enumerate(m.agenda, start=1)]
        out.append(
            self._table(
                ["#", L("agenda"), L("agenda_position")],
                rows,
                [9 * mm, CONTENT_WIDTH * 0.52, CONTENT_WIDTH * 0.48 - 9 * mm],
            )
        )
        if m.notes.strip():
            out += [Spacer(1, 3 * mm), *text_flowables(m.notes, st["NoteBody"])]
        return out

    def _agenda_row(self, number: int, item: AgendaInfo) -> list[Any]:
        st = self.styles
        cell: list[Flowable] = [Paragraph(para(item.title), st["CellBold"])]
        if item.target_label:
            cell.append(Paragraph(para(item.target_label), st["Meta"]))
        cell += text_flowables(item.notes, st["Cell"])
        position = text_flowables(item.position_text, st["Cell"])
        return [Paragraph(str(number), st["Cell"]), cell, position]

    def _plan(self, earlier: list[str]) -> list[Flowable]:
        """Where the subject sits in the plan; then, as a few lines rather than an annex of
        their own, where it sat in ``earlier`` plans that hold no notes (trial: "Earlier
        plans" was a page with one line)."""
        out: list[Flowable] = [self._h1(self.L("in_the_plan"))]
        for p in self.data.placements:
            out += self._placement(p)
        if earlier:
            out.append(self._h2(self.L("history")))
            out += [Paragraph(line, self.styles["Bullet"], bulletText="•") for line in earlier]
        return out

    def _earlier_placements(self) -> list[str]:
        """One markup line per earlier plan without notes from then: "Annual plan 2013: 5.2 …"."""
        return [
            "<b>"
            + para(self._colon(f"{self.L('annual_plan')} {entry.plan_year}"))
            + "</b> "
            + para("; ".join(entry.placements))
            for entry in self.data.history
            if entry.placements and not entry.note_groups
        ]

    def _history_with_notes(self) -> list[HistoryEntry]:
        return [entry for entry in self.data.history if entry.note_groups]

    def _placement(self, p: Placement) -> list[Flowable]:
        st, L = self.styles, self.L
        out: list[Flowable] = [self._h2(f"{p.section_number} {p.section_title}".strip())]
        chapter = f"{L('chapter')} {p.chapter_number} · {p.chapter_title}".strip()
        year = p.plan_year or self.data.plan_year
        if year:
            chapter = f"{L('annual_plan')} {year} · " + chapter
        out.append(Paragraph(para(chapter), st["Meta"]))
        if p.agenda_points:
            out.append(Paragraph(para(self._on_agenda(p.agenda_points)), st["Meta"]))
        if p.objectives:
            out.append(Paragraph(para(L("objectives")), st["H3"]))
            for o in p.objectives:
                text = o.title + (
                    f" ({self._on_agenda(o.agenda_points)})" if o.agenda_points else ""
                )
                out.append(Paragraph(para(text), st["Bullet"], bulletText="•"))
        if p.projects:
            out.append(Paragraph(para(L("projects")), st["H3"]))
            rows: list[list[Any]] = []
            extra: list[Any] = []
            for i, item in enumerate(p.projects, start=1):
                title: list[Flowable] = [
                    Paragraph(para(item.title), st["CellBold" if item.flagship else "Cell"])
                ]
                if says_more(item.theme, item.title):
                    title.append(Paragraph(para(item.theme), st["Meta"]))
                if item.agenda_points:
                    title.append(Paragraph(para(self._on_agenda(item.agenda_points)), st["Meta"]))
                if item.flagship:
                    kind_cell = Paragraph(
                        f'<font color="#B7791F">★ {para(L("flagship"))}</font>', st["CellBold"]
                    )
                    extra += [
                        ("BACKGROUND", (0, i), (-1, i), FLAG_PALE),
                        ("LINEBEFORE", (0, i), (0, i), 3, FLAG_GOLD),
                    ]
                else:
                    kind_cell = Paragraph(para(L(f"item_{item.kind}")), st["Cell"])
                rows.append([kind_cell, title])
            out.append(
                self._table(
                    [L("kind"), L("projects")], rows, [34 * mm, CONTENT_WIDTH - 34 * mm], extra
                )
            )
        if p.workgroups:
            out.append(Paragraph(para(L("workgroups_of_section")), st["H3"]))
            out += self._workgroup_lines(p.workgroups)
        return out

    def _workgroup_lines(self, groups: list[WorkgroupInfo]) -> list[Flowable]:
        """One bullet per workgroup of a section, each sub-workgroup indented under its parent
        when the section lists the parent too, else named after it ("Gas Platform › Working
        Group 1"): a sub-group printed as a sibling of its parent read as a body of its own."""
        listed = {w.code or w.name for w in groups}
        children: dict[str, list[WorkgroupInfo]] = {}
        for w in groups:
            if w.parent in listed:
                children.setdefault(w.parent, []).append(w)
        out: list[Flowable] = []
        pending = [(w, 0) for w in groups if w.parent not in listed]
        while pending:
            group, depth = pending.pop(0)
            out.append(self._workgroup_line(group, depth, named_parent=group.parent not in listed))
            pending[:0] = [
                (child, depth + 1) for child in children.pop(group.code or group.name, [])
            ]
        # Groups whose parents name each other (never in a real plan) are still listed.
        out += [
            self._workgroup_line(w, 0, named_parent=True)
            for rest in children.values()
            for w in rest
        ]
        return out

    def _workgroup_line(self, group: WorkgroupInfo, depth: int, *, named_parent: bool) -> Paragraph:
        """A workgroup's bullet: name (code), in bold for the brief's own; ``depth`` levels
        below the top of the list; its parent's code or name before it if ``named_parent``."""
        text = para(group.name)
        if group.code:
            text += f" <font color='#5B6573'>({para(group.code)})</font>"
        if self.data.code and group.code == self.data.code:
            text = f"<b>{text}</b>"
        if group.parent and named_parent:
            text = f"{para(group.parent)} › {text}"
        style = self.styles["Bullet"]
        if depth:
            style = ParagraphStyle(
                f"Bullet{depth}",
                parent=style,
                leftIndent=style.leftIndent + 12 * depth,
                bulletIndent=style.bulletIndent + 12 * depth,
            )
        return Paragraph(text, style, bulletText="–" if depth else "•")

    def _on_agenda(self, points: list[int]) -> str:
        """ "On the agenda: point 1" (or "points 1, 3")."""
        key = "on_agenda_point" if len(points) == 1 else "on_agenda_points"
        return self.L(key, points=", ".join(map(str, points)))

    def _note_meta(self, n: NoteInfo) -> str:
        L = self.L
        parts = [f"<b>{para(L('status_' + n.status))}</b>"]
        if n.priority:
            parts.append(f"{para(self._colon(L('priority')))} {para(L(f'priority_{n.priority}'))}")
        if n.tags:
            # A debrief's tag in the brief's language, also on notes of earlier versions.
            tags = [debrief_tag(self.language) if is_debrief_tag(t) else t for t in n.tags]
            parts.append(" ".join(f"#{para(t)}" for t in dict.fromkeys(tags)))
        author, delegation = n.author.strip(), n.delegation.strip()
        who = f"{author} ({delegation})" if author and delegation else author or delegation
        if who:
            parts.append(para(who))
        parts.append(para(short_date(n.updated_at, self.language)))
        if n.visibility == "private":
            parts.append(f"<font color='#A4161A'>{para(L('private'))}</font>")
        return " · ".join(parts)

    def _note(self, n: NoteInfo) -> list[Flowable]:
        st, L = self.styles, self.L
        out: list[Flowable] = [Paragraph(self._note_meta(n), st["Meta"])]
        out += text_flowables(n.body, st["NoteBody"])
        if n.position_text.strip() or n.position_state != "none":
            # The state only when there is one: "Position · no position" above a position
            # text contradicted itself.
            heading = f"<b>{para(L('position'))}</b>"
            if n.position_state != "none":
                heading += f" · {self._state(n.position_state)}"
            title = Paragraph(heading, st["Small"])
            position = text_flowables(n.position_text, st["Small"])
            if len(n.position_text) <= 3000:
                out.append(PositionBox([title, *position]))
            else:
                # A very long position flows as paragraphs: a table cell splits far too slowly.
                out += [title, *text_flowables(n.position_text, st["PositionLong"])]
        if n.consult.strip():
            out.append(
                Paragraph(
                    f"<b>{para(self._colon(L('consult')))}</b> {para(n.consult)}", st["Small"]
                )
            )
        out.append(Spacer(1, 3 * mm))
        return out

    @staticmethod
    def _keep_count(n: NoteInfo, flowables: list[Flowable]) -> int:
        """How many of a note's flowables must stay together (all of a short note)."""
        size = len(n.body) + len(n.position_text) + len(n.consult)
        return len(flowables) if size <= 1500 else 2

    def _note_groups(
        self, groups: list[NoteGroup], *, headings: bool = True, lead: list[Flowable] | None = None
    ) -> list[Flowable]:
        """Notes per object; each heading (and ``lead``) is kept with the start of its first
        note, since reportlab's keepWithNext cannot reach into a KeepTogether."""
        st, L = self.styles, self.L
        out: list[Flowable] = []
        pending: list[Flowable] = list(lead or [])
        for g in groups:
            label = f"{self._colon(L('kind_' + g.target_kind))} {g.target_label}"
            pending.append(self._h2(label) if headings else Paragraph(para(label), st["H3"]))
            for n in g.notes:
                flowables = self._note(n)
                keep = self._keep_count(n, flowables)
                out.append(_Together(pending + flowables[:keep]))
                out += flowables[keep:]
                pending = []
        return out + pending

    def _notes(self) -> list[Flowable]:
        heading = self._h1(self.L("notes"))
        return [CondPageBreak(40 * mm), *self._note_groups(self._open_groups(), lead=[heading])]

    def _closed(self) -> list[Flowable]:
        """Closed notes (status done), one compact line each: they inform, they do not ask."""
        st, L = self.styles, self.L
        out: list[Flowable] = [CondPageBreak(30 * mm), self._h1(L("closed_notes"))]
        for g in self._closed_groups():
            out.append(
                Paragraph(
                    para(f"{self._colon(L('kind_' + g.target_kind))} {g.target_label}"), st["H3"]
                )
            )
            for n in g.notes:
                head = f"<b>{para(short_date(n.updated_at, self.language))}</b>"
                if n.position_state != "none":
                    head += " · " + self._state(n.position_state)
                body = _shorten(n.body or n.position_text, 400)
                out.append(Paragraph(f"{head} — {para(body)}", st["Closed"]))
        return out

    def _actions(self, actions: list[ActionInfo]) -> list[Flowable]:
        """The annex of open action items: ``actions``, those the cover did not show."""
        out: list[Flowable] = [CondPageBreak(40 * mm), self._h1(self.L("actions"))]
        rows = [self._action_row(a) for a in actions]
        extra = [
            ("TEXTCOLOR", (3, i), (3, i), MARKING_RED)
            for i, a in enumerate(actions, start=1)
            if a.overdue
        ]
        out.append(self._action_table(rows, extra))
        return out

    def _action_table(self, rows: list[list[Any]], extra: list[Any]) -> Table:
        L = self.L
        return self._table(
            [L("action"), L("about"), L("owner"), L("due")],
            rows,
            [CONTENT_WIDTH * 0.4, CONTENT_WIDTH * 0.27, CONTENT_WIDTH * 0.17, CONTENT_WIDTH * 0.16],
            extra,
        )

    def _action_row(self, a: ActionInfo) -> list[Any]:
        st, L = self.styles, self.L
        due = short_date(a.due_date, self.language) if a.due_date else "—"
        if a.overdue:
            due = f"<font color='#A4161A'><b>{due}</b><br/>⚠ {para(L('overdue'))}</font>"
        return [
            text_flowables(a.title, st["Cell"]),
            # What the action is about is named in full in the plan and notes annexes; in
            # each row its start is enough (a 5,000-character name made each row pages long).
            Paragraph(para(_shorten(a.about, ABOUT_TEXT)), st["Meta"]),
            Paragraph(para(a.owner), st["Cell"]),
            Paragraph(due, st["Cell"]),
        ]

    def _contacts(self) -> list[Flowable]:
        st, L, d = self.styles, self.L, self.data
        out: list[Flowable] = [CondPageBreak(40 * mm), self._h1(L("contacts"))]
        years = {c.plan_year for c in d.contacts if c.plan_year}
        if d.contacts_plan_year or (years and years != {d.plan_year}):
            year = d.contacts_plan_year or max(y for y in years if y)
            out.append(Paragraph(para(L("contacts_from_plan", year=year)), st["Meta"]))
            out.append(Spacer(1, 2 * mm))
        widths = [CONTENT_WIDTH * 0.30, CONTENT_WIDTH * 0.30, CONTENT_WIDTH * 0.40]
        rows = [self._contact_row(c, widths[2] - 10) for c in d.contacts]
        out.append(self._table([L("col_name"), L("col_domain"), L("reach")], rows, widths))
        return out

    def _contact_row(self, c: ContactInfo, width: float) -> list[Any]:
        st = self.styles
        name: list[Flowable] = [Paragraph(para(c.name), st["CellBold"])]
        if c.role:
            name.append(Paragraph(para(c.role), st["Meta"]))
        if c.validity:
            name.append(Paragraph(para(c.validity), st["Meta"]))
        reach: list[Flowable] = []
        if c.email:
            reach.append(Paragraph(Address(c.email).markup(FONT, 8.5, width), st["Cell"]))
        if c.phone:
            # Non-breaking spaces: a phone number reads badly split over two lines.
            reach.append(Paragraph(para(c.phone.replace(" ", "\u00a0")), st["Cell"]))
        return [name, Paragraph(para(c.domain), st["Cell"]), reach]

    def _history(self, earlier: list[str]) -> list[Flowable]:
        """The earlier plans with the notes made then; ``earlier`` (the plans without notes,
        when the plan annex is left out) as one line each after them."""
        st, L = self.styles, self.L
        out: list[Flowable] = [CondPageBreak(40 * mm), self._h1(L("history"))]
        for entry in self._history_with_notes():
            lead: list[Flowable] = [self._h2(f"{L('annual_plan')} {entry.plan_year}")]
            lead += [Paragraph(para(p), st["Bullet"], bulletText="•") for p in entry.placements]
            lead.append(Paragraph(para(L("notes_then")), st["H3"]))
            out += self._note_groups(entry.note_groups, headings=False, lead=lead)
        out += [Paragraph(line, st["Bullet"], bulletText="•") for line in earlier]
        return out

    # -- build -----------------------------------------------------------------------------

    def render(self, out: BinaryIO | str | Path) -> None:
        """Lay the brief out once and write the PDF to ``out`` (a path or a binary file)."""
        self._forms = _PageForms()
        self._other_pages_form = False
        buffer = io.BytesIO()
        doc = _BriefDocTemplate(
            buffer,
            self._forms,
            lambda canvas: self._forms.fill(
                canvas, self.L, [h.key for h in self._heading_list if h.toc]
            ),
            pagesize=self.pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=clean_text(f"{self._colon(self._kicker())} {self.title}"),
            author=clean_text(self.options.author or self.options.delegation),
            subject=clean_text(self.data.plan_title),
            creator="bnldesk",
            lang=self.language,
            initialFontName=FONT,  # no base-14 font in the file, not even the canvas's default
        )
        doc.addPageTemplates(self._get_page_templates(doc))
        try:
            doc.build(self._get_story(doc))
        except LayoutError as exc:
            raise BriefLayoutError(self.title, doc.page) from exc
        self.page_count = self._forms.pages
        if isinstance(out, str | Path):
            Path(out).write_bytes(buffer.getvalue())
        else:
            out.write(buffer.getvalue())

    def render_bytes(self) -> bytes:
        """The finished PDF as bytes (for tests and previews; files go through :func:`write_brief`)."""
        buffer = io.BytesIO()
        self.render(buffer)
        return buffer.getvalue()


def write_brief(
    target: Path | str,
    data: BriefData,
    options: BriefOptions,
    *,
    generated: dt.datetime | None = None,
) -> BriefBuilder:
    """Render the brief to ``target`` atomically; returns the builder (its ``headings``)."""
    builder = BriefBuilder(data, options, generated=generated)
    with atomic_write(target) as tmp:
        builder.render(tmp)
    return builder

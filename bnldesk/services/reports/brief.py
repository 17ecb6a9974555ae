"""The meeting brief as a PDF (reportlab platypus).

Built the way pretix renders invoices: a :class:`BriefBuilder` with overridable steps
(``_register_fonts``, ``_get_stylesheet``, ``_get_page_templates``, ``_get_story``) and a document
template that turns every heading into a PDF bookmark, an outline entry and a table-of-contents
line. "Page X of Y" comes from a two-pass layout (``multiBuild`` with an indexing flowable that
carries the previous pass's page count); the contents are seeded with the known headings so that
two passes also settle their page numbers.
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
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from bnldesk.paths import resource_path
from bnldesk.services.reports.brief_data import (
    ActionInfo,
    BriefData,
    BriefOptions,
    ContactInfo,
    NoteGroup,
    NoteInfo,
    Placement,
)
from bnldesk.services.reports.labels import labeller
from bnldesk.services.reports.safe import atomic_write, clean_text, para, para_blocks

FONT = "BnlSans"
FONT_BOLD = "BnlSans-Bold"
FONT_ITALIC = "BnlSans-Oblique"
FONT_BOLD_ITALIC = "BnlSans-BoldOblique"

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1D2430")
MUTED = colors.HexColor("#5B6573")
RULE = colors.HexColor("#C9D1DC")
PALE = colors.HexColor("#F1F4F8")
MARKING_RED = colors.HexColor("#A4161A")
FLAG_GOLD = colors.HexColor("#B7791F")
FLAG_PALE = colors.HexColor("#FFF6E0")
POSITION_PALE = colors.HexColor("#EEF4FB")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}

_fonts_registered = False


def long_date(day: dt.date, language: str) -> str:
    months = _MONTHS.get(language, _MONTHS["en"]).split()
    return f"{day.day} {months[day.month - 1]} {day.year}"


def short_date(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


class Heading(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A heading that becomes a bookmark, an outline entry and (if ``toc``) a contents line."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, *, toc: bool = True) -> None:
        super().__init__(para(text), style)
        self.plain_text = clean_text(text)
        self.level = level
        self.toc = toc
        self.sequence = 0  # its place among the story's headings (bookmark key), set by the builder


class _BriefDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, filename: Any, **kw: Any) -> None:
        super().__init__(filename, **kw)
        self._heading_seq = 0

    def beforeDocument(self) -> None:
        # multiBuild lays the story out several times; keys must repeat identically each pass.
        self._heading_seq = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._heading_seq += 1
            key = f"h{flowable.sequence or self._heading_seq}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.plain_text, key, level=flowable.level, closed=False)
            if flowable.toc:
                self.notify("TOCEntry", (flowable.level, flowable.plain_text, self.page, key))


class _PageTotal(Flowable):  # type: ignore[misc]
    """An invisible indexing flowable: ``multiBuild`` repeats the layout until the page total
    of the previous pass equals this pass's, so every footer can say "page X of Y".

    (The usual "numbered canvas" that defers ``showPage`` breaks PDF bookmarks: they would all
    point at the first page.)
    """

    def __init__(self, doc: BaseDocTemplate) -> None:
        super().__init__()
        self.doc = doc
        self.width = self.height = 0
        self.previous = 0
        self.current = -1

    def isIndexing(self) -> int:
        return 1

    def isSatisfied(self) -> bool:
        return self.previous == self.current

    def beforeBuild(self) -> None:
        self.previous = max(self.current, 0)

    def afterBuild(self) -> None:
        self.current = self.doc.page

    def notify(self, kind: str, stuff: Any) -> None:
        pass  # the document's other notifications (TOC entries) are not ours

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        pass


class _LastWrite:
    """A file-like target that keeps only the last write: each multiBuild pass saves a whole
    PDF, and only the final pass's is wanted."""

    def __init__(self) -> None:
        self.data = b""

    def write(self, data: bytes) -> int:
        self.data = data
        return len(data)


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
        self._toc_flowable: TableOfContents | None = None
        self._page_total: _PageTotal | None = None
        self.page_count = 0
        self._section_no = 0
        self._register_fonts()
        self.styles = self._get_stylesheet()

    # -- steps ------------------------------------------------------------------------------

    def _register_fonts(self) -> None:
        global _fonts_registered
        if _fonts_registered:
            return
        folder = resource_path("fonts")
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(folder / "DejaVuSans-Oblique.ttf")))
        pdfmetrics.registerFont(
            TTFont(FONT_BOLD_ITALIC, str(folder / "DejaVuSans-BoldOblique.ttf"))
        )
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _fonts_registered = True

    def _get_stylesheet(self) -> StyleSheet1:
        ss = StyleSheet1()
        base = ParagraphStyle("Body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK)
        ss.add(base)

        def add(name: str, **kw: Any) -> None:
            ss.add(ParagraphStyle(name, parent=base, **kw))

        add("CoverKicker", fontName=FONT_BOLD, fontSize=10, leading=14, textColor=MUTED)
        add("CoverTitle", fontName=FONT_BOLD, fontSize=24, leading=30, textColor=NAVY)
        add("CoverCode", fontName=FONT_BOLD, fontSize=13, leading=17, textColor=NAVY)
        add(
            "CoverMarking",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=MARKING_RED,
            alignment=TA_CENTER,
        )
        add(
            "H1",
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=NAVY,
            spaceBefore=14,
            spaceAfter=8,
            keepWithNext=1,
        )
        add(
            "H2",
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        )
        add(
            "H3",
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=13,
            textColor=INK,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        )
        add("Meta", fontSize=8, leading=11, textColor=MUTED)
        add("Small", fontSize=8.5, leading=11.5)
        add("Cell", fontSize=8.5, leading=11.5)
        add("CellBold", fontName=FONT_BOLD, fontSize=8.5, leading=11.5)
        add("CellHead", fontName=FONT_BOLD, fontSize=8, leading=10.5, textColor=colors.white)
        add("Bullet", leftIndent=12, bulletIndent=2, spaceAfter=2)
        add("NoteBody", spaceAfter=3)
        add(
            "PositionLong",
            fontSize=8.5,
            leading=11.5,
            leftIndent=8,
            backColor=POSITION_PALE,
            borderPadding=(2, 4, 2, 4),
        )
        add("Empty", textColor=MUTED, fontName=FONT_ITALIC)
        add("TOC0", fontName=FONT_BOLD, fontSize=10, leading=16, leftIndent=0)
        add("TOC1", fontSize=9, leading=13, leftIndent=14, textColor=INK)
        add(
            "Label",
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=12,
            textColor=MUTED,
            alignment=TA_LEFT,
        )
        return ss

    def _get_page_templates(self, doc: BaseDocTemplate) -> list[PageTemplate]:
        cover_frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_BOTTOM - 30 * mm,
            id="cover",
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
            PageTemplate(id="First", frames=[cover_frame], onPage=self._on_first_page),
            PageTemplate(id="Other", frames=[body_frame], onPage=self._on_other_pages),
        ]
        return sorted(templates, key=lambda t: t.id != first)

    # -- page furniture -----------------------------------------------------------------------

    @property
    def title(self) -> str:
        d = self.data
        return f"{d.title} ({d.code})" if d.code else d.title

    def _marking(self) -> str:
        return clean_text(self.options.marking).strip()

    def _on_first_page(self, canvas: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        self._draw_footer(canvas, doc.page)
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, PAGE_HEIGHT - 14 * mm, PAGE_WIDTH, 14 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawString(MARGIN_X, PAGE_HEIGHT - 8.8 * mm, self._kicker().upper())
        delegation = clean_text(self.options.delegation).strip()
        if delegation:
            canvas.drawRightString(
                PAGE_WIDTH - MARGIN_X,
                PAGE_HEIGHT - 8.8 * mm,
                f"{self.L('delegation')} {delegation}".upper(),
            )
        marking = self._marking()
        if marking:
            canvas.setFillColor(MARKING_RED)
            canvas.setFont(FONT_BOLD, 10)
            canvas.drawCentredString(
                PAGE_WIDTH / 2,
                PAGE_HEIGHT - 21 * mm,
                self._fit(marking, FONT_BOLD, 10, CONTENT_WIDTH),
            )
        canvas.restoreState()

    def _on_other_pages(self, canvas: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        self._draw_footer(canvas, doc.page)
        canvas.saveState()
        top = PAGE_HEIGHT - 13 * mm
        marking = self._marking()
        canvas.setFont(FONT_BOLD, 8)
        width_left = 0.0
        if marking:
            canvas.setFillColor(MARKING_RED)
            # The marking is what matters on a handed-out page: it gets its room first.
            text = self._fit(marking, FONT_BOLD, 8, CONTENT_WIDTH * 0.6)
            canvas.drawString(MARGIN_X, top, text)
            width_left = pdfmetrics.stringWidth(text, FONT_BOLD, 8) + 8 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 8)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X, top, self._fit(self.title, FONT, 8, CONTENT_WIDTH - width_left)
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
        canvas.restoreState()

    def _draw_footer(self, canvas: rl_canvas.Canvas, page: int) -> None:
        total = self._page_total.previous if self._page_total else 0
        canvas.saveState()
        y = 11 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, y + 4 * mm, PAGE_WIDTH - MARGIN_X, y + 4 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        stamp = f"{self.L('generated')} {short_date(self.generated.date())} {self.generated:%H:%M} · bnldesk"
        canvas.drawString(MARGIN_X, y, stamp)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, self.L("page_x_of_y", x=page, y=total))
        marking = self._marking()
        if marking:
            canvas.setFillColor(MARKING_RED)
            canvas.setFont(FONT_BOLD, 7.5)
            canvas.drawCentredString(
                PAGE_WIDTH / 2, y - 4.5 * mm, self._fit(marking, FONT_BOLD, 7.5, CONTENT_WIDTH)
            )
        canvas.restoreState()

    @staticmethod
    def _fit(text: str, font: str, size: float, width: float) -> str:
        if pdfmetrics.stringWidth(text, font, size) <= width:
            return text
        while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
            text = text[:-1]
        return text + "…"

    def _kicker(self) -> str:
        if self.data.meeting is not None or self.data.kind == "workgroup":
            return self.L("brief")
        return self.L("brief_section")

    # -- story ----------------------------------------------------------------------------

    def _register(self, heading: Heading) -> Heading:
        self._heading_list.append(heading)
        heading.sequence = len(self._heading_list)
        self.headings.append(heading.plain_text)
        return heading

    def _h1(self, text: str) -> Heading:
        self._section_no += 1
        return self._register(Heading(f"{self._section_no}. {text}", self.styles["H1"], 0))

    def _h2(self, text: str, *, toc: bool = True) -> Heading:
        return self._register(Heading(text, self.styles["H2"], 1, toc=toc))

    def _get_story(self, doc: BaseDocTemplate) -> list[Flowable]:
        self.headings = []
        self._heading_list = []
        self._toc_flowable = None
        self._section_no = 0
        o = self.options
        story: list[Flowable] = []
        if o.include_cover:
            story += self._cover()
            story += [NextPageTemplate("Other"), PageBreak()]
        if o.include_toc:
            story += self._toc()
        d = self.data
        if d.meeting is not None and o.include_agenda:
            story += self._agenda()
        if o.include_plan:
            story += self._plan()
        if o.include_notes:
            story += self._notes()
        if o.include_actions:
            story += self._actions()
        if o.include_contacts:
            story += self._contacts()
        if o.include_history:
            story += self._history()
        if not story:
            story.append(Paragraph(para(self.title), self.styles["H1"]))
        return story

    def _cover(self) -> list[Flowable]:
        d, L, st = self.data, self.L, self.styles
        heading = Heading(d.title, st["CoverTitle"], 0, toc=False)
        heading.plain_text = f"{L('cover')}: {heading.plain_text}"
        self._register(heading)
        out: list[Flowable] = [
            Spacer(1, 24 * mm),
            Paragraph(para(self._kicker().upper()), st["CoverKicker"]),
            Spacer(1, 3 * mm),
            heading,
        ]
        if d.code:
            code = Table(
                [[Paragraph(para(d.code), st["CoverCode"])]],
                style=TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), PALE),
                        ("LINEBEFORE", (0, 0), (0, -1), 3, NAVY),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ]
                ),
                hAlign="LEFT",
            )
            out += [Spacer(1, 4 * mm), code]
        out.append(Spacer(1, 12 * mm))
        rows: list[tuple[str, str]] = []
        if d.plan_year:
            rows.append(
                (
                    L("annual_plan"),
                    f"{d.plan_year}" + (f" · {d.plan_title}" if d.plan_title else ""),
                )
            )
            if d.plan_is_fallback:
                rows.append(("", L("plan_fallback", wanted=d.meeting_year, year=d.plan_year)))
        if d.meeting is not None:
            m = d.meeting
            if m.title:
                rows.append((L("meeting"), m.title))
            if m.starts_at is not None:
                when = long_date(m.starts_at.date(), self.language)
                time = f"{m.starts_at:%H:%M}"
                if m.ends_at is not None:
                    time += f"–{m.ends_at:%H:%M}"
                rows.append((L("date"), f"{when}, {time}"))
            if m.place:
                rows.append((L("place"), m.place))
            if m.chair:
                rows.append((L("chair"), m.chair))
        if self.options.delegation:
            rows.append((L("delegation"), self.options.delegation))
        if self.options.author:
            rows.append((L("author"), self.options.author))
        rows.append((L("generated"), long_date(self.generated.date(), self.language)))
        rows.append((L("at_a_glance"), self._glance()))
        table = Table(
            [[Paragraph(para(k), st["Label"]), Paragraph(para(v), st["Body"])] for k, v in rows],
            colWidths=[42 * mm, CONTENT_WIDTH - 42 * mm],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
            splitInRow=1,
        )
        out.append(table)
        marking = self._marking()
        if marking:
            box = Table(
                [[Paragraph(para(marking), st["CoverMarking"])]],
                colWidths=[CONTENT_WIDTH],
                style=TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 1.2, MARKING_RED),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ]
                ),
            )
            out += [Spacer(1, 14 * mm), box]
        return out

    def _glance(self) -> str:
        d, L = self.data, self.L
        parts = []
        if d.meeting is not None and d.meeting.agenda:
            parts.append(L("n_agenda", n=len(d.meeting.agenda)))
        flagships = sum(1 for p in d.placements for i in p.projects if i.flagship)
        if flagships:
            parts.append(L("n_flagships", n=flagships))
        parts.append(L("n_notes", n=d.note_count))
        actions = L("n_actions", n=len(d.actions))
        overdue = sum(1 for a in d.actions if a.overdue)
        if overdue:
            actions += f" ({L('n_overdue', n=overdue)})"
        parts.append(actions)
        return " · ".join(parts)

    def _toc(self) -> list[Flowable]:
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [self.styles["TOC0"], self.styles["TOC1"]]
        heading = self._register(Heading(self.L("contents"), self.styles["H1"], 0, toc=False))
        self._toc_flowable = toc
        return [heading, toc, Spacer(1, 6 * mm)]

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
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        for i in range(1, len(data)):
            if i % 2 == 0:
                style.append(("BACKGROUND", (0, i), (-1, i), PALE))
        style += extra or []
        return Table(
            data,
            colWidths=widths,
            style=TableStyle(style),
            repeatRows=1,
            splitInRow=1,
            hAlign="LEFT",
        )

    def _empty(self, key: str, **values: object) -> Paragraph:
        return Paragraph(para(self.L(key, **values)), self.styles["Empty"])

    def _agenda(self) -> list[Flowable]:
        m = self.data.meeting
        assert m is not None
        st, L = self.styles, self.L
        out: list[Flowable] = [self._h1(L("agenda"))]
        if m.video_link:
            out.append(Paragraph(f"{para(L('video_link'))}: {para(m.video_link)}", st["Meta"]))
        if not m.agenda:
            out.append(self._empty("no_notes"))
        rows: list[list[Any]] = []
        for n, item in enumerate(m.agenda, start=1):
            cell: list[Flowable] = [Paragraph(para(item.title), st["CellBold"])]
            if item.target_label:
                cell.append(Paragraph(para(item.target_label), st["Meta"]))
            if item.notes:
                cell += [Paragraph(b, st["Cell"]) for b in para_blocks(item.notes)]
            position = [Paragraph(b, st["Cell"]) for b in para_blocks(item.position_text)]
            rows.append([Paragraph(str(n), st["Cell"]), cell, position])
        if rows:
            out.append(
                self._table(
                    ["#", L("agenda"), L("agenda_position")],
                    rows,
                    [10 * mm, CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.45 - 10 * mm],
                )
            )
        if m.notes:
            out += [Spacer(1, 3 * mm)] + [
                Paragraph(b, st["NoteBody"]) for b in para_blocks(m.notes)
            ]
        return out

    def _plan(self) -> list[Flowable]:
        L = self.L
        out: list[Flowable] = [self._h1(L("in_the_plan"))]
        if not self.data.placements:
            out.append(self._empty("no_history"))
        for p in self.data.placements:
            out += self._placement(p)
        return out

    def _placement(self, p: Placement) -> list[Flowable]:
        st, L = self.styles, self.L
        out: list[Flowable] = [self._h2(f"{p.section_number} {p.section_title}".strip())]
        chapter = f"{L('chapter')} {p.chapter_number} · {p.chapter_title}".strip()
        if self.data.plan_year:
            chapter = f"{L('annual_plan')} {self.data.plan_year} · " + chapter
        out.append(Paragraph(para(chapter), st["Meta"]))
        if p.objectives:
            out.append(Paragraph(para(L("objectives")), st["H3"]))
            for o in p.objectives:
                out.append(Paragraph(para(o.title), st["Bullet"], bulletText="•"))
        if p.projects:
            out.append(Paragraph(para(L("projects")), st["H3"]))
            rows: list[list[Any]] = []
            extra: list[Any] = []
            for i, item in enumerate(p.projects, start=1):
                kind = L(f"item_{item.kind}")
                title: list[Flowable] = [
                    Paragraph(para(item.title), st["CellBold" if item.flagship else "Cell"])
                ]
                if item.theme:
                    title.append(Paragraph(para(item.theme), st["Meta"]))
                if item.flagship:
                    kind_cell = Paragraph(
                        f'<font color="#B7791F">★ {para(L("flagship"))}</font>', st["CellBold"]
                    )
                    extra += [
                        ("BACKGROUND", (0, i), (-1, i), FLAG_PALE),
                        ("LINEBEFORE", (0, i), (0, i), 3, FLAG_GOLD),
                    ]
                else:
                    kind_cell = Paragraph(para(kind), st["Cell"])
                rows.append([kind_cell, title])
            out.append(
                self._table(
                    [L("kind"), L("projects")], rows, [34 * mm, CONTENT_WIDTH - 34 * mm], extra
                )
            )
        if p.workgroups:
            out.append(Paragraph(para(L("workgroups_of_section")), st["H3"]))
            for w in p.workgroups:
                text = para(w.name)
                if w.code:
                    text += f" <font color='#5B6573'>({para(w.code)})</font>"
                if self.data.code and w.code == self.data.code:
                    text = f"<b>{text}</b>"
                out.append(Paragraph(text, st["Bullet"], bulletText="•"))
        return out

    def _note_meta(self, n: NoteInfo) -> str:
        L = self.L
        parts = [
            f"<b>{para(L('status_' + n.status))}</b>",
        ]
        if n.priority:
            parts.append(f"{para(L('priority'))}: {para(L(f'priority_{n.priority}'))}")
        if n.tags:
            parts.append(" ".join(f"#{para(t)}" for t in n.tags))
        when = short_date(n.updated_at.date())
        who = n.author + (f" ({n.delegation})" if n.delegation else "")
        if who.strip():
            parts.append(para(who.strip()))
        parts.append(para(when))
        if n.visibility == "private":
            parts.append(f"<font color='#A4161A'>{para(L('private'))}</font>")
        return " · ".join(parts)

    def _note(self, n: NoteInfo) -> list[Flowable]:
        st, L = self.styles, self.L
        head = [Paragraph(self._note_meta(n), st["Meta"])]
        blocks = [Paragraph(b, st["NoteBody"]) for b in para_blocks(n.body)]
        out: list[Flowable] = [*head, *blocks]
        if n.position_text.strip() or n.position_state != "none":
            state = L(f"position_{n.position_state}")
            title = Paragraph(f"<b>{para(L('position'))}</b> · {para(state)}", st["Small"])
            position = para_blocks(n.position_text)
            if len(n.position_text) <= 3000:
                cell: list[Flowable] = [title, *(Paragraph(b, st["Small"]) for b in position)]
                out.append(
                    Table(
                        [[cell]],
                        colWidths=[CONTENT_WIDTH],
                        style=TableStyle(
                            [
                                ("BACKGROUND", (0, 0), (-1, -1), POSITION_PALE),
                                ("LINEBEFORE", (0, 0), (0, -1), 2.5, NAVY),
                                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                ("TOPPADDING", (0, 0), (-1, -1), 4),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                            ]
                        ),
                    )
                )
            else:
                # A very long position flows as paragraphs: a table cell splits far too slowly.
                out += [title, *(Paragraph(b, st["PositionLong"]) for b in position)]
        if n.consult.strip():
            out.append(Paragraph(f"<b>{para(L('consult'))}:</b> {para(n.consult)}", st["Small"]))
        out.append(Spacer(1, 3.5 * mm))
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
            label = f"{L('kind_' + g.target_kind)}: {g.target_label}"
            if headings:
                pending.append(self._h2(label))
            else:
                pending.append(Paragraph(para(label), st["H3"]))
            for n in g.notes:
                flowables = self._note(n)
                keep = self._keep_count(n, flowables)
                out.append(KeepTogether(pending + flowables[:keep]))
                out += flowables[keep:]
                pending = []
        return out + pending

    def _notes(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(40 * mm)]
        heading = self._h1(self.L("notes"))
        if not self.data.note_groups:
            return [*out, heading, self._empty("no_notes")]
        return out + self._note_groups(self.data.note_groups, lead=[heading])

    def _actions(self) -> list[Flowable]:
        L = self.L
        out: list[Flowable] = [CondPageBreak(40 * mm if self.data.actions else 20 * mm)]
        out.append(self._h1(L("actions")))
        if not self.data.actions:
            return [*out, self._empty("no_actions")]
        rows: list[list[Any]] = []
        extra: list[Any] = []
        for i, a in enumerate(self.data.actions, start=1):
            rows.append(self._action_row(a))
            if a.overdue:
                extra.append(("TEXTCOLOR", (3, i), (3, i), MARKING_RED))
        out.append(
            self._table(
                [L("action"), L("about"), L("owner"), L("due")],
                rows,
                [
                    CONTENT_WIDTH * 0.38,
                    CONTENT_WIDTH * 0.26,
                    CONTENT_WIDTH * 0.19,
                    CONTENT_WIDTH * 0.17,
                ],
                extra,
            )
        )
        return out

    def _action_row(self, a: ActionInfo) -> list[Any]:
        st, L = self.styles, self.L
        due = short_date(a.due_date) if a.due_date else "—"
        if a.overdue:
            due = f"<font color='#A4161A'><b>{due}</b><br/>⚠ {para(L('overdue'))}</font>"
        return [
            [Paragraph(b, st["Cell"]) for b in para_blocks(a.title)],
            Paragraph(para(a.about), st["Meta"]),
            Paragraph(para(a.owner), st["Cell"]),
            Paragraph(due, st["Cell"]),
        ]

    def _contacts(self) -> list[Flowable]:
        st, L = self.styles, self.L
        out: list[Flowable] = [CondPageBreak(40 * mm if self.data.contacts else 20 * mm)]
        out.append(self._h1(L("contacts")))
        d = self.data
        if not d.contacts:
            return [*out, self._empty("no_contacts")]
        years = {c.plan_year for c in d.contacts if c.plan_year}
        if d.contacts_plan_year or (years and years != {d.plan_year}):
            year = d.contacts_plan_year or max(y for y in years if y)
            out.append(Paragraph(para(L("contacts_from_plan", year=year)), st["Meta"]))
            out.append(Spacer(1, 2 * mm))
        rows = [self._contact_row(c) for c in d.contacts]
        out.append(
            self._table(
                [L("col_name"), L("col_domain"), L("col_email"), L("col_phone")],
                rows,
                [
                    CONTENT_WIDTH * 0.26,
                    CONTENT_WIDTH * 0.30,
                    CONTENT_WIDTH * 0.26,
                    CONTENT_WIDTH * 0.18,
                ],
            )
        )
        return out

    def _contact_row(self, c: ContactInfo) -> list[Any]:
        st = self.styles
        name: list[Flowable] = [Paragraph(para(c.name), st["CellBold"])]
        if c.role:
            name.append(Paragraph(para(c.role), st["Meta"]))
        if c.validity:
            name.append(Paragraph(para(c.validity), st["Meta"]))
        return [
            name,
            Paragraph(para(c.domain), st["Cell"]),
            Paragraph(para(c.email or ""), st["Cell"]),
            # Non-breaking spaces: a phone number reads badly split over two lines.
            Paragraph(para(c.phone or "").replace(" ", "\u00a0"), st["Cell"]),
        ]

    def _history(self) -> list[Flowable]:
        st, L = self.styles, self.L
        out: list[Flowable] = [CondPageBreak(40 * mm if self.data.history else 20 * mm)]
        out.append(self._h1(L("history")))
        if not self.data.history:
            return [*out, self._empty("no_history")]
        for entry in self.data.history:
            lead: list[Flowable] = [self._h2(f"{L('annual_plan')} {entry.plan_year}")]
            lead += [Paragraph(para(p), st["Bullet"], bulletText="•") for p in entry.placements]
            if entry.note_groups:
                lead.append(Paragraph(para(L("notes_then")), st["H3"]))
                out += self._note_groups(entry.note_groups, headings=False, lead=lead)
            else:
                out.append(KeepTogether(lead))
        return out

    # -- build -----------------------------------------------------------------------------

    def render(self, out: BinaryIO | str | Path) -> None:
        sink = _LastWrite()
        doc = _BriefDocTemplate(
            sink,
            pagesize=self.pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=clean_text(f"{self._kicker()}: {self.title}"),
            author=clean_text(self.options.author or self.options.delegation),
            subject=clean_text(self.data.plan_title),
            creator="bnldesk",
            lang=self.language,
        )
        doc.addPageTemplates(self._get_page_templates(doc))
        story = self._get_story(doc)
        self._page_total = _PageTotal(doc)
        story.append(self._page_total)
        if self._toc_flowable is not None:
            # The titles are known before layout: seeding them gives the contents its final
            # height on the first pass, so two passes settle the page numbers instead of three.
            self._toc_flowable.addEntries(
                (h.level, h.plain_text, 99, f"h{h.sequence}") for h in self._heading_list if h.toc
            )
        doc.multiBuild(story)
        self.page_count = self._page_total.current
        if isinstance(out, str | Path):
            Path(out).write_bytes(sink.data)
        else:
            out.write(sink.data)

    def render_bytes(self) -> bytes:
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

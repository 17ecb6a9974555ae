"""User text on a PDF page: every character drawn, right-to-left text in its order.

* **Fonts, once per process.** DejaVu Sans (bundled) draws almost everything delegates type.
  Characters it lacks fall back, in order, to Droid Sans Fallback (Chinese, Japanese, fullwidth
  forms), NanumGothic (Korean) and Symbola (emoji, flags, symbols), all bundled in
  ``resources/fonts`` with their licences. A fallback font is parsed only the first time a
  character needs it, so a brief in Dutch pays nothing for them.
* **Flags.** A flag emoji is two regional-indicator letters (🇧🇪) that only colour emoji fonts
  draw as a flag; reportlab draws no colour fonts, and Symbola shows them as boxed letters. The
  country is written plainly instead: "🇧🇪🇳🇱" prints as "BE NL", a subdivision flag (🏴 with
  tag letters) as "GB-SCT".
* **Right-to-left.** Arabic is shaped (``arabic-reshaper``: contextual letter forms) and every
  line with Arabic or Hebrew is put in display order by the Unicode bidirectional algorithm
  (``python-bidi``). Reportlab's own RTL support needs a library that is not on PyPI; doing it
  per laid-out line here keeps multi-line paragraphs in the right line order.
* **Addresses.** E-mail addresses and links are broken after ``@``, ``/``, ``.`` and similar,
  never in the middle of a name.

User text is escaped here before it becomes Paragraph markup: ``<b>`` and ``&`` show as typed.
"""

from __future__ import annotations

import re
import threading
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from bnldesk.paths import resource_path
from bnldesk.services.reports.safe import clean_text

FONT = "BnlSans"
FONT_BOLD = "BnlSans-Bold"
FONT_ITALIC = "BnlSans-Oblique"
FONT_BOLD_ITALIC = "BnlSans-BoldOblique"

# (registered name, file in resources/fonts), tried in this order for a missing character.
FALLBACK_FONTS: tuple[tuple[str, str], ...] = (
    ("BnlCJK", "DroidSansFallbackFull.ttf"),
    ("BnlKorean", "NanumGothic.ttf"),
    ("BnlSymbols", "Symbola.ttf"),
)

_FLAG_LETTERS = re.compile("[\U0001f1e6-\U0001f1ff]+")
_TAG_FLAG = re.compile("\U0001f3f4([\U000e0061-\U000e007a\U000e0030-\U000e0039]+)\U000e007f")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_lock = threading.Lock()
_plain_lock = threading.Lock()  # the caches of parsed paragraphs
_registered = False
_coverage: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register DejaVu Sans and its family once per process (reportlab keeps them)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = resource_path("fonts")
        faces = {
            FONT: "DejaVuSans.ttf",
            FONT_BOLD: "DejaVuSans-Bold.ttf",
            FONT_ITALIC: "DejaVuSans-Oblique.ttf",
            FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
        }
        for name, file in faces.items():
            font = TTFont(name, str(folder / file))
            pdfmetrics.registerFont(font)
            _coverage[name] = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _registered = True


def _fallback_coverage(name: str, file: str) -> frozenset[int]:
    found = _coverage.get(name)
    if found is None:
        with _lock:
            found = _coverage.get(name)
            if found is None:
                font = TTFont(name, str(resource_path("fonts") / file))
                pdfmetrics.registerFont(font)
                # Bold and italic markup around a fallback run keeps the same face.
                pdfmetrics.registerFontFamily(
                    name, normal=name, bold=name, italic=name, boldItalic=name
                )
                found = _coverage[name] = frozenset(font.face.charToGlyph)
    return found


@lru_cache(maxsize=4096)
def font_for(char: str) -> str | None:
    """The fallback font that draws ``char``, or None when DejaVu does (or nothing does)."""
    register_fonts()
    code = ord(char)
    if code in _coverage[FONT] or char in "\n\t":
        return None
    for name, file in FALLBACK_FONTS:
        if code in _fallback_coverage(name, file):
            return name
    return None


def _regional_letters(match: re.Match[str]) -> str:
    letters = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in match.group(0))
    return " ".join(letters[i : i + 2] for i in range(0, len(letters), 2))


def _tag_letters(match: re.Match[str]) -> str:
    code = "".join(chr(ord(c) - 0xE0000) for c in match.group(1)).upper()
    return f"{code[:2]}-{code[2:]}" if len(code) > 2 else code


def plain_flags(text: str) -> str:
    """``text`` with every flag emoji written as its country's code: "🇧🇪🇳🇱 agree" ->
    "BE NL agree", "🏴󠁧󠁢󠁳󠁣󠁴󠁿" -> "GB-SCT" (no PDF font here draws flags)."""
    if max(text, default=" ") < "\U0001f1e6":
        return text
    return _TAG_FLAG.sub(_tag_letters, _FLAG_LETTERS.sub(_regional_letters, text))


def _all_in_dejavu(text: str) -> bool:
    register_fonts()
    return _coverage[FONT].issuperset(map(ord, set(text)))


def fontify(text: str) -> str:
    """Escaped markup of plain ``text`` with runs DejaVu cannot draw in a fallback font (and
    flags written as country codes, :func:`plain_flags`)."""
    text = plain_flags(text)
    if _all_in_dejavu(text):
        return escape(text)
    out: list[str] = []
    run: list[str] = []
    current: str | None = None
    for char in text:
        font = font_for(char)
        if font != current and run:
            out.append(_run(run, current))
            run = []
        current = font
        run.append(char)
    if run:
        out.append(_run(run, current))
    return "".join(out)


def _run(chars: list[str], font: str | None) -> str:
    text = escape("".join(chars))
    return f'<font name="{font}">{text}</font>' if font else text


class Para(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A Paragraph that parses its markup once per style and breaks its lines once per width.

    A brief repeats the same markup in the same style many times (a note's status line, the
    "Position · agreed" line, a workgroup's bullet): the parser's fragments are kept per style
    (:func:`_parsed`) and each paragraph gets its own copies, exactly what parsing again would
    give. KeepTogether, tables and frames ask the same paragraph for its size several times,
    and line breaking is most of a brief's layout time.
    """

    _wrapped_for: tuple[float, float] | None = None

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle | None = None,
        bulletText: Any = None,  # reportlab's names: its split passes them
        frags: list[Any] | None = None,
        caseSensitive: int = 1,
        encoding: str = "utf8",
    ) -> None:
        if frags is None and text is not None and style is not None and caseSensitive == 1:
            cleaned = cleanBlockQuotedText(text)
            style, frags, bullet_frags = _parsed(cleaned, style)
            text = cleaned
            if bullet_frags:
                bulletText = bullet_frags
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Break the lines for ``available_width`` points, once per width; returns (width, height)."""
        cached = self._wrapped_for
        if cached is not None and cached[0] == available_width and "blPara" in self.__dict__:
            self.width, self.height = available_width, cached[1]
            return available_width, cached[1]
        width, height = super().wrap(available_width, available_height)
        self._wrapped_for = (available_width, height)
        return width, height


# The parser's fragments per style and markup: (fragments, bullet fragments). Only markup
# that leaves the style as it is (no <para> attributes) is kept: a value that referred to its
# style would keep the style, and so the entry, alive for ever.
_parsed_markup: weakref.WeakKeyDictionary[ParagraphStyle, dict[str, tuple[Any, Any]]] = (
    weakref.WeakKeyDictionary()
)
_PARSED_PER_STYLE = 2000  # markups kept per style (a brief's styles live as long as it does)


def _parsed(markup: str, style: ParagraphStyle) -> tuple[Any, list[Any], list[Any] | None]:
    """What reportlab's parser makes of ``markup`` (already cleaned) in ``style``, as
    Paragraph does it (text transform included): (style, fragments, bullet fragments), the
    fragments the caller's own (reportlab changes them while it lays the paragraph out);
    raises ValueError for markup the parser rejects."""
    with _plain_lock:
        known = _parsed_markup.setdefault(style, {})
        found = known.get(markup)
    if found is None:
        parser = ParaParser()
        parsed_style, fragments, bullet = parser.parse(markup, style)
        if fragments is None:
            raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph {markup[:30]!r}")
        textTransformFrags(fragments, parsed_style)
        if parsed_style is not style:
            return parsed_style, fragments, bullet
        found = (fragments, bullet)
        with _plain_lock:
            if len(known) >= _PARSED_PER_STYLE:
                known.clear()
            known[markup] = found
    fragments, bullet = found
    return (
        style,
        [fragment.clone() for fragment in fragments],
        [fragment.clone() for fragment in bullet] if bullet else bullet,
    )


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (U+0590-U+08FF: Hebrew, Arabic, Syriac,
    Thaana, NKo; and the Hebrew and Arabic presentation forms)."""
    return _RTL.search(text) is not None


def visual_line(line: str) -> str:
    """One line in display order: Arabic shaped, then bidi-reordered (base direction from the
    first strong character)."""
    if not has_rtl(line):
        return line
    from bidi import get_display

    if _ARABIC.search(line):
        import arabic_reshaper

        line = arabic_reshaper.reshape(line)
    return str(get_display(line))


def para(text: str | None) -> str:
    """User text as Paragraph markup that shows exactly what was typed: escaped, every
    character in a font that has it, each line of right-to-left text in display order (for
    short text; long text goes through :func:`text_flowables`)."""
    cleaned = clean_text(text)
    if has_rtl(cleaned):
        cleaned = "\n".join(visual_line(line) for line in cleaned.split("\n"))
    return fontify(cleaned).replace("\n", "<br/>")


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` drawn with ``font`` and its fallbacks."""
    text = plain_flags(text)
    if _all_in_dejavu(text):
        return float(pdfmetrics.stringWidth(text, font, size))
    width = 0.0
    for char in text:
        width += pdfmetrics.stringWidth(char, font_for(char) or font, size)
    return width


def fit_line(text: str, font: str, size: float, room: float) -> str:
    """``text`` on one line of ``room`` points in ``font`` at ``size``: whole when it fits,
    else its longest start that fits with "…" after it.

    Found by halving (a few measurements whatever the length): trimming a character at a
    time measured a 5,000-character title 5,000 times, half a minute for one header line.
    """
    if text_width(text, font, size) <= room:
        return text
    fitting, too_long = 0, max(0, len(text) - 2) + 1  # text[:fitting] + "…" fits
    while too_long - fitting > 1:
        middle = (fitting + too_long) // 2
        if text_width(text[:middle] + "…", font, size) <= room:
            fitting = middle
        else:
            too_long = middle
    return text[:fitting] + "…"


class RtlParagraph(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph with right-to-left text: broken into lines in reading (logical) order at the
    width it gets, then each line put in display order, so a long Arabic note reads top to
    bottom, right to left. Right-aligned when the text starts right-to-left."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = clean_text(text)
        self.style = style
        self._inner: Paragraph | None = None
        self._width = -1.0

    def _build(self, width: float) -> Paragraph:
        if self._inner is not None and self._width == width:
            return self._inner
        from bidi import get_base_level

        font, size = self.style.fontName, self.style.fontSize
        room = max(10.0, width - self.style.leftIndent - self.style.rightIndent) * 0.98
        lines: list[str] = []
        for logical in self.text.split("\n"):
            words = logical.split(" ")
            current = ""
            for word in words:
                candidate = f"{current} {word}" if current else word
                if current and text_width(_shaped(candidate), font, size) > room:
                    lines.append(current)
                    current = word
                else:
                    current = candidate
            lines.append(current)
        rtl = get_base_level(self.text) == 1
        style = ParagraphStyle(
            f"{self.style.name}-bidi", parent=self.style, alignment=TA_RIGHT if rtl else TA_LEFT
        )
        markup = "<br/>".join(fontify(visual_line(line)) for line in lines)
        self._inner = Para(markup, style)
        self._width = width
        return self._inner

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Lay the paragraph out in ``available_width`` points; returns (width, height) in points."""
        inner = self._build(available_width)
        width, height = inner.wrap(available_width, available_height)
        self.width, self.height = width, height
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        """The paragraph split to fit ``available_height`` points (reportlab's page flow)."""
        inner = self._build(available_width)
        inner.wrap(available_width, available_height)
        return list(inner.split(available_width, available_height))

    def draw(self) -> None:
        """Draw the laid-out paragraph on the canvas."""
        assert self._inner is not None
        self._inner.drawOn(self.canv, 0, 0)


def _shaped(text: str) -> str:
    if _ARABIC.search(text):
        import arabic_reshaper

        return str(arabic_reshaper.reshape(text))
    return text


def text_flowables(text: str | None, style: ParagraphStyle, chunk: int = 2500) -> list[Flowable]:
    """Long user text as paragraphs (one per line, very long lines cut at a space), so that a
    long note flows over pages; lines with right-to-left text laid out as such."""
    cleaned = clean_text(text).strip("\n")
    out: list[Flowable] = []
    for line in cleaned.split("\n"):
        if not line.strip():
            continue
        while len(line) > chunk:
            cut = line.rfind(" ", chunk // 2, chunk)
            cut = cut + 1 if cut > 0 else chunk
            out.append(_one(line[:cut], style))
            line = line[cut:]
        if line:
            out.append(_one(line, style))
    return out


def _one(line: str, style: ParagraphStyle) -> Flowable:
    if has_rtl(line):
        return RtlParagraph(line, style)
    if plain_flags(line) == line and _all_in_dejavu(line):
        return plain_para(line, style)
    return Para(fontify(line), style)


# The fragment reportlab's parser makes for plain text, per style (styles are made per brief).
_plain_fragments: weakref.WeakKeyDictionary[ParagraphStyle, Any] = weakref.WeakKeyDictionary()


def plain_para(text: str, style: ParagraphStyle) -> Para:
    """A paragraph of plain ``text`` (no markup, every character in DejaVu) in ``style``.

    The paragraph's one fragment is copied from the fragment reportlab's parser makes for
    this style, with the text cleaned as the parser would clean it: the same paragraph as
    ``Para(escape(text), style)`` without running the HTML parser on every line of every note
    (a seventh of a long brief's layout time)."""
    with _plain_lock:
        fragment = _plain_fragments.get(style)
        if fragment is None:
            _parsed_style, fragments, _bullet = ParaParser().parse("x", style)
            fragment = _plain_fragments[style] = fragments[0]
    cleaned = cleanBlockQuotedText(text)
    return Para(escape(cleaned), style, frags=[fragment.clone(text=cleaned)])


_BREAK_AFTER = re.compile(r"(?<=[@/.?&=_\-])")


@dataclass(frozen=True)
class Address:
    """An e-mail address or link as markup that breaks only at sensible points."""

    text: str

    def markup(self, font: str, size: float, width: float) -> str:
        """Paragraph markup for the address in ``font`` at ``size`` points, with line breaks after
        ``@ / . ? & = _ -`` only where it is wider than ``width`` points.
        """
        text = clean_text(self.text).strip()
        if not text or pdfmetrics.stringWidth(text, font, size) <= width:
            return fontify(text)
        lines: list[str] = []
        current = ""
        for part in _BREAK_AFTER.split(text):
            if current and pdfmetrics.stringWidth(current + part, font, size) > width:
                lines.append(current)
                current = part
            else:
                current += part
        lines.append(current)
        return "<br/>".join(fontify(line) for line in lines if line)

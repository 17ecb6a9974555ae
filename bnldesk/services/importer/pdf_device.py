"""pdfminer's text device for the PDF reader: each upright character as it is drawn, with its
font, size, baseline and extent, and nothing of pdfminer's layout objects (building them cost a
third of the reading time; :mod:`pdf_reader` groups the characters itself).

The one module that subclasses pdfminer's device; :mod:`pdf_reader` imports it only when a PDF
is read, so that pdfminer is loaded then and not at start-up.
"""

from __future__ import annotations

from typing import Any

from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.utils import apply_matrix_pt, apply_matrix_rect

from bnldesk.services.importer.pdf_glyphs import UNMAPPED, Glyph


class CharDevice(PDFTextDevice):
    """Keeps each upright character pdfminer draws as a :class:`Glyph` in :attr:`chars` (the
    current page's), with the page's :attr:`width` and :attr:`height` in points."""

    def __init__(self, resources: Any) -> None:
        super().__init__(resources)
        self.chars: list[Glyph] = []
        self.width = self.height = 0.0
        # Each glyph's text and width, asked of its font once per document (pdfminer
        # works them out again for every character drawn).
        self.glyphs: dict[tuple[int, int], tuple[str, float]] = {}

    def begin_page(self, page: Any, ctm: Any) -> None:
        """A new page: its size, and no characters yet."""
        x0, y0, x1, y1 = page.mediabox
        x0, y0 = apply_matrix_pt(ctm, (x0, y0))
        x1, y1 = apply_matrix_pt(ctm, (x1, y1))
        self.width, self.height = abs(x1 - x0), abs(y1 - y0)
        self.chars = []

    def glyph(self, font: Any, cid: int) -> tuple[str, float]:
        """The text of glyph ``cid`` of ``font`` (:data:`UNMAPPED` when the font gives
        none) and its width in text space units, asked of the font once per document."""
        found = self.glyphs.get((id(font), cid))
        if found is None:
            try:
                text = font.to_unichr(cid)
            except PDFUnicodeNotDefined:
                text = UNMAPPED
            found = self.glyphs[(id(font), cid)] = (text, font.char_width(cid))
        return found

    def render_string_horizontal(
        self,
        seq: Any,
        matrix: tuple[float, float, float, float, float, float],
        pos: tuple[float, float],
        font: Any,
        fontsize: float,
        scaling: float,
        charspace: float,
        wordspace: float,
        rise: float,
        dxscale: float,
        ncs: Any,
        graphicstate: Any,
    ) -> tuple[float, float]:
        """pdfminer's own loop over a string's glyphs, with upright unslanted text (nearly
        all of it) placed here directly: the reading spends most of its own time here."""
        a, b, c, d, e, f = matrix
        if b or c or a * d * scaling <= 0:
            return super().render_string_horizontal(
                seq, matrix, pos, font, fontsize, scaling, charspace, wordspace, rise,
                dxscale, ncs, graphicstate,
            )  # fmt: skip
        x, y = pos
        baseline, size, fontname = y * d + f + d * rise, d * fontsize, font.fontname
        step = fontsize * scaling
        chars, glyphs, key = self.chars, self.glyphs, id(font)
        spaced = False
        for item in seq:
            if isinstance(item, bytes):
                for cid in font.decode(item):
                    if spaced:
                        x += charspace
                    text, width = glyphs.get((key, cid)) or self.glyph(font, cid)
                    left = x * a + e
                    x += width * step
                    chars.append(Glyph(text, left, x * a + e, baseline, size, fontname))
                    if cid == 32 and wordspace:
                        x += wordspace
                    spaced = True
            elif isinstance(item, (int, float)):
                x -= item * dxscale
                spaced = True
        return x, y

    def render_char(
        self,
        matrix: tuple[float, float, float, float, float, float],
        font: Any,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: Any,
    ) -> float:
        """One glyph drawn on its own (pdfminer's loop for text that is not upright and
        unslanted): kept unless vertical or rotated; its advance in text space."""
        text, width = self.glyph(font, cid)
        advance: float = width * fontsize * scaling
        a, b, c, d, e, f = matrix
        if font.is_vertical() or a * d * scaling <= 0 or b * c > 0:
            return advance  # vertical or rotated text: not the plan's
        if b == 0 and c == 0:
            x0, x1 = e, e + a * advance
            baseline, size = f + d * rise, d * fontsize
        else:  # slanted by the matrix: its box, and a baseline through its foot
            descent = font.get_descent() * fontsize
            x0, y0, x1, y1 = apply_matrix_rect(
                matrix, (0, descent + rise, advance, descent + rise + fontsize)
            )
            size = abs(y1 - y0)
            baseline = min(y0, y1) - font.get_descent() * size
        self.chars.append(Glyph(text, min(x0, x1), max(x0, x1), baseline, size, font.fontname))
        return advance

"""A character of a PDF page as the reader keeps it (no pdfminer here, so that the reader can
name it before pdfminer is loaded)."""

from __future__ import annotations

from dataclasses import dataclass

UNMAPPED = "(cid:?)"  # the text of a glyph the font gives no character for


@dataclass(slots=True)
class Glyph:
    """One drawn character: its ``text``, left and right edges ``x0``/``x1`` and ``baseline``
    (points from the page's lower left corner), font ``size`` (points) and ``font`` name."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    font: str

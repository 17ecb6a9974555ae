"""Making user text safe for the files we write.

User text is data everywhere: escaped before a reportlab ``Paragraph`` (so ``<b>`` and ``&`` show
as typed), written as a string cell (so ``=HYPERLINK(...)`` is never a formula), and with the
control characters that XML 1.0 cannot carry shown as spaces (both PDF text via reportlab's
parser and XLSX are XML underneath): ``met\x0bverticale`` reads "met verticale", never
"metverticale".
"""

from __future__ import annotations

import re

from bnldesk.services.files import ExportError, atomic_write

__all__ = ["ExportError", "atomic_write"]  # the writing itself lives in bnldesk.services.files

# Everything XML 1.0 forbids: C0 controls except tab/newline/carriage return, lone surrogates,
# and the two non-characters U+FFFE/U+FFFF.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile(r"\r\n?")
# Formula starters in spreadsheets (Excel, LibreOffice, and CSV consumers).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767


def clean_text(text: str | None) -> str:
    """``text`` with XML-forbidden characters as spaces and one kind of line break (``\\n``)."""
    if not text:
        return ""
    return _NEWLINES.sub("\n", _XML_FORBIDDEN.sub(" ", text))


def fit_cell(text: str) -> tuple[str, bool]:
    """``text`` within Excel's per-cell limit: the start, then a marker saying how much was cut
    (the whole text stays in bnldesk); and whether it was cut."""
    if len(text) <= EXCEL_CELL_LIMIT:
        return text, False
    marker = " [… {} characters cut: the whole text is in bnldesk]"
    room = EXCEL_CELL_LIMIT - len(marker.format(len(text)))
    while len(marker.format(len(text) - room - 1)) + room + 1 <= EXCEL_CELL_LIMIT:
        room += 1  # the count of cut characters may be shorter than the text's length
    return text[:room] + marker.format(len(text) - room), True


def excel_text(text: str | None) -> str:
    """User text for an Excel cell: forbidden characters as spaces, within the cell limit."""
    return fit_cell(clean_text(text))[0]


def looks_like_formula(text: str) -> bool:
    """Whether ``text`` starts as a spreadsheet formula would (``=``, ``+``, ``-``, ``@``, tab,
    carriage return): such text is written as a string cell, never as a formula.
    """
    return text.startswith(FORMULA_PREFIXES)

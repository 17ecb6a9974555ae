"""How wide a sheet's column is written: wide enough for its header's longest word in bold
beside the autofilter's button, and for the longest word list label it holds without wrapping.

Trial 17 opened a Dutch workbook in LibreOffice: the header cells broke words in two
("Jaarpla n", "Zichtbaarhei d": a wrapped cell breaks a word that does not fit its width) and
"nog geen standpunt" was cut in a 13-wide "Stand standpunt" column that does not wrap. The
widths are estimated without a font (the export runs without one): in Excel's unit, the width
of "0" in the sheet's font, a bold letter takes at most :data:`BOLD_LETTER` (a W or an M more,
an i or an l less: a word of mixed letters stays under), a plain one :data:`PLAIN_LETTER`.
"""

from __future__ import annotations

from bnldesk.domain.models import TargetKind
from bnldesk.services.reports.labels import label
from bnldesk.services.reports.rows import Column
from bnldesk.services.reports.sheet_codec import CHOICES, choice_labels, target_kind_cell

__all__ = ["BOLD_LETTER", "FILTER_BUTTON", "PLAIN_LETTER", "fitted_width"]

BOLD_LETTER = 1.2  # Excel units per bold letter, at most for a word of mixed letters
PLAIN_LETTER = 1.1
FILTER_BUTTON = 2.5  # the autofilter's drop-down at a header's right (about 17 px at 100 %)
PADDING = 1.0  # the cell's margins, left and right


def fitted_width(column: Column, language: str) -> float:
    """The width (Excel units) to write ``column`` at in a sheet in ``language``: its own
    ``width``, or more where its header's longest word in bold and the filter button need it,
    or, for a column that does not wrap, its longest label ("nog geen standpunt")."""
    header = label(f"col_{column.key}", language)
    longest_word = max((len(word) for word in header.split()), default=0)
    width = max(column.width, longest_word * BOLD_LETTER + FILTER_BUTTON + PADDING)
    if not column.wraps:
        labels = _labels(column.key, language)
        if labels:
            width = max(width, max(map(len, labels)) * PLAIN_LETTER + PADDING)
    return round(width, 1)


def _labels(key: str, language: str) -> list[str]:
    """The words a column of ``key`` may hold in ``language`` (empty: any text)."""
    if key in CHOICES:
        return choice_labels(key, language)
    if key == "target_kind":
        return [target_kind_cell(kind.value, language) for kind in TargetKind]
    return []

"""Column titles that stay whole: the width each column of a table needs for its title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView


def title_widths(view: QTableView) -> list[int]:
    """The width in pixels each column of ``view`` needs to show its title whole, in the
    interface language: the title drawn bold (a sorted or highlighted section's is), the
    header's margins, and the sort arrow where the header shows one."""
    model, header = view.model(), view.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    style = header.style()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 4
    if header.isSortIndicatorShown():
        margin += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return [
        metrics.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        + margin
        for column in range(model.columnCount())
    ]

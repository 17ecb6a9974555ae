"""What importing an edited notes sheet would change, said in the interface language: the
lines of :mod:`bnldesk.services.reports.sheet_preview` (which ``bnldesk import-annotations``
says too, without Qt) through Qt's installed translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bnldesk.services.reports import sheet_preview
from bnldesk.services.reports.annotations_roundtrip import ImportPlan
from bnldesk.ui import i18n


def _qt(context: str, text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, count)


def preview_lines(plan: ImportPlan) -> list[str]:
    """Every change the plan makes, one line per changed field, in the interface language."""
    return sheet_preview.preview_lines(plan, i18n.current(), _qt)

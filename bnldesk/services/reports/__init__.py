"""Briefs (PDF) and workbooks (XLSX) for the delegation, and reading edited notes back.

The entry points take a :class:`~bnldesk.store.engine.Store` and plain option dataclasses, read
what they need in one read transaction, and write the file atomically outside it; both the CLI
(:mod:`bnldesk.commands.exports`) and the GUI's export dialogs call them on the worker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from bnldesk.services.reports.brief import BriefBuilder, write_brief
from bnldesk.services.reports.brief_data import (
    BriefData,
    BriefOptions,
    BriefSubject,
    BriefSubjectNotFound,
    collect_brief,
)
from bnldesk.services.reports.rows import EXPORT_KINDS, ExportFilters
from bnldesk.services.reports.safe import ExportError
from bnldesk.services.reports.xlsx import (
    WorkbookData,
    XlsxOptions,
    collect_workbook,
    write_workbook,
)
from bnldesk.store.engine import Store

__all__ = [
    "EXPORT_KINDS",
    "BriefBuilder",
    "BriefData",
    "BriefOptions",
    "BriefResult",
    "BriefSubject",
    "BriefSubjectNotFound",
    "ExportError",
    "ExportFilters",
    "WorkbookResult",
    "XlsxOptions",
    "export_brief",
    "export_workbook",
]


@dataclass
class BriefResult:
    path: Path
    pages: int
    headings: list[str]
    notes: int


@dataclass
class WorkbookResult:
    path: Path
    rows: dict[str, int]


def export_brief(
    store: Store,
    subject: BriefSubject,
    options: BriefOptions,
    target: Path | str,
    *,
    today: dt.date | None = None,
) -> BriefResult:
    """Write the brief on ``subject`` to ``target``; raises BriefSubjectNotFound, ExportError."""
    with store.read() as session:
        data = collect_brief(session, subject, options, today=today)
    builder = write_brief(target, data, options)
    return BriefResult(Path(target), builder.page_count, builder.headings, data.note_count)


def export_workbook(
    store: Store, target: Path | str, filters: ExportFilters, options: XlsxOptions
) -> WorkbookResult:
    """Write the workbook of ``options.kinds`` filtered by ``filters`` to ``target``."""
    with store.read() as session:
        data: WorkbookData = collect_workbook(session, filters, options, database=store.where)
    write_workbook(target, data)
    return WorkbookResult(Path(target), data.row_counts())

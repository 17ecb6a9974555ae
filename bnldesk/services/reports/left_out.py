"""What an export or a brief will leave out, and why, before it is made.

The export dialogs show this above their OK button ("3 private notes are not included"), so a
delegate is never surprised by what a file lacks. Each item is typed and carries a stable key,
a count and one line in the chosen language; an empty list means nothing is left out.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from bnldesk.domain.models import Annotation, Plan, Tag, Visibility, Workgroup, workgroup_plan
from bnldesk.services.reports.audience import Audience, counts_private, shown_notes
from bnldesk.services.reports.brief_data import (
    BriefData,
    BriefOptions,
    BriefSubject,
    collect_brief,
)
from bnldesk.services.reports.labels import label
from bnldesk.services.reports.rows import ExportFilters
from bnldesk.services.reports.safe import EXCEL_CELL_LIMIT
from bnldesk.services.reports.xlsx import XlsxOptions
from bnldesk.store.queries import matching_ids

BRIEF_PARTS = ("cover", "toc", "agenda", "plan", "notes", "actions", "contacts", "history")


@dataclass(frozen=True)
class LeftOut:
    """Something the file will not contain (or not whole). A file for other delegations
    never counts the notes its audience may not see (it must not reveal that they exist):
    its items count only among its shareable notes.

    ``what`` is a stable key: ``private_notes``, ``cut_notes`` (longer than a cell holds),
    ``other_years`` (notes of other plan years), ``workgroups_other_years``, ``parts`` (parts of
    a brief turned off) or ``plan_fallback`` (the meeting's year has no plan); ``count`` how many
    (0 where a count makes no sense); ``reason`` one line in the language asked for.
    """

    what: str
    count: int
    reason: str


def _live_notes(filters: ExportFilters) -> ColumnElement[bool]:
    cond: ColumnElement[bool] = Annotation.deleted_at.is_(None)
    if filters.tag:
        cond = cond & Annotation.tags.any(Tag.name == filters.tag)
    return cond


def workbook_left_out(
    session: Session, filters: ExportFilters, options: XlsxOptions
) -> list[LeftOut]:
    """What the workbook of ``options`` filtered by ``filters`` will leave out."""
    lang = options.language
    out: list[LeftOut] = []
    live = _live_notes(filters)
    if filters.search:  # only the notes the search selects (the same condition as the sheet)
        live = live & Annotation.id.in_(matching_ids(session, "annotation", filters.search))
    in_year = Annotation.plan_year == filters.plan_year if filters.plan_year is not None else None
    notes_shown = "annotations" in options.kinds or "workgroups" in options.kinds
    year_only = [in_year] if in_year is not None else []
    if notes_shown and counts_private(filters.audience, filters.include_private):
        count = _count(session, live, Annotation.visibility == Visibility.PRIVATE, *year_only)
        if count:
            out.append(LeftOut("private_notes", count, label("left_private", lang, n=count)))
    if "annotations" in options.kinds:
        too_long = (
            (func.length(Annotation.body) > EXCEL_CELL_LIMIT)
            | (func.length(Annotation.position_text) > EXCEL_CELL_LIMIT)
            | (func.length(Annotation.consult) > EXCEL_CELL_LIMIT)
        )
        shown = shown_notes(filters.audience, filters.include_private)
        count = _count(session, live, too_long, shown, *year_only)
        if count:
            out.append(LeftOut("cut_notes", count, label("left_cut", lang, n=count)))
        if in_year is not None:
            other = (Annotation.plan_year != filters.plan_year) | Annotation.plan_year.is_(None)
            seen: list[ColumnElement[bool]] = []
            if filters.audience == Audience.PARTNERS:
                seen = [shown_notes(filters.audience, filters.include_private)]
            count = _count(session, live, other, *seen)
            if count:
                reason = label("left_other_years", lang, n=count, year=filters.plan_year)
                out.append(LeftOut("other_years", count, reason))
    if "workgroups" in options.kinds and filters.plan_year is not None:
        listed = (
            select(workgroup_plan.c.workgroup_id)
            .join(Plan, Plan.id == workgroup_plan.c.plan_id)
            .where(Plan.year == filters.plan_year)
        )
        count = _count(session, Workgroup.id.not_in(listed))
        if count:
            reason = label("left_workgroups", lang, n=count, year=filters.plan_year)
            out.append(LeftOut("workgroups_other_years", count, reason))
    return out


def _count(session: Session, *conditions: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).where(*conditions)) or 0)


def brief_left_out(session: Session, subject: BriefSubject, options: BriefOptions) -> list[LeftOut]:
    """What the brief on ``subject`` with ``options`` will leave out. Raises
    BriefSubjectNotFound like the brief itself."""
    lang = options.language
    out: list[LeftOut] = []
    data = collect_brief(session, subject, options)
    if counts_private(options.audience, options.include_private):
        everything = collect_brief(
            session, subject, dataclasses.replace(options, include_private=True)
        )
        count = everything.note_count - data.note_count
        count += _history_notes(everything) - _history_notes(data)
        if count:
            out.append(LeftOut("private_notes", count, label("left_private", lang, n=count)))
    off = [part for part in BRIEF_PARTS if not getattr(options, f"include_{part}")]
    if off:
        names = ", ".join(label(f"part_{part}", lang) for part in off)
        out.append(LeftOut("parts", len(off), label("left_parts", lang, parts=names)))
    if data.plan_is_fallback:
        out.append(
            LeftOut(
                "plan_fallback",
                0,
                label("plan_fallback", lang, wanted=data.meeting_year, year=data.plan_year),
            )
        )
    return out


def _history_notes(data: BriefData) -> int:
    return sum(len(g.notes) for entry in data.history for g in entry.note_groups)

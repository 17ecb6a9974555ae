"""A plan object's name as a delegate reads it aloud: its code or number and short title.

"SENN-CRISE · Strategische werkgroep Crisisbeheersing", "3.1 Energiebeleid", "3.1 Nieuw
project: Roadmap fietsstimulering" (the kind in the brief's or window's language): what names
the object of a position gathered under an agenda point (:mod:`bnldesk.services.
meeting_positions`, the meeting brief's summary).
"""

from __future__ import annotations

import typing

from sqlalchemy import select
from sqlalchemy.orm import Session

from bnldesk.domain.models import Chapter, PlanItem, Section, TargetKind, Workgroup
from bnldesk.services.reports.labels import label

SHORT_TITLE = 48  # characters of a title in a short name (cut at a word, with "…")


def shorten(text: str, limit: int = SHORT_TITLE) -> str:
    """``text`` on one line, cut at the last word that fits in ``limit`` characters with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    head = cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut
    return head.rstrip(" ,;:-–") + "…"


def object_name(
    session: Session, kind: str, key: str, language: str, *, limit: int | None = SHORT_TITLE
) -> str | None:
    """The plan object ``(kind, key)`` as a delegate reads it aloud, in ``language``: a
    workgroup by its code and name, a section or chapter by its number and title, an
    objective or project by its section's number, its kind and title; the title cut to
    ``limit`` characters (None: whole). None when this database does not hold it."""

    def cut(title: str) -> str:
        return shorten(title, limit) if limit else " ".join(title.split())

    if kind == TargetKind.WORKGROUP.value:
        group = _newest(session, Workgroup, key)
        if group is None:
            return None
        return f"{group.code} · {cut(group.name)}" if group.code else cut(group.name)
    if kind in (TargetKind.SECTION.value, TargetKind.CHAPTER.value):
        part: Section | Chapter | None = (
            _newest(session, Section, key)
            if kind == TargetKind.SECTION.value
            else _newest(session, Chapter, key)
        )
        return None if part is None else f"{part.number} {cut(part.title)}".strip()
    if kind == TargetKind.ITEM.value:
        item = _newest(session, PlanItem, key)
        if item is None:
            return None
        what = label(f"item_{item.kind.value}", language)
        kind_word = what if not what.startswith("item_") else ""
        head = " ".join(part for part in (item.section.number, kind_word) if part)
        colon = "\u00a0: " if language == "fr" else ": "  # French sets a space before it
        return f"{head}{colon}{cut(item.title)}" if head else cut(item.title)
    return None


_Named = typing.TypeVar("_Named", Workgroup, Section, Chapter, PlanItem)


def _newest(session: Session, model: type[_Named], key: str) -> _Named | None:
    """The newest row of ``model`` with identity ``key`` (the latest plan's wording)."""
    rows = session.scalars(select(model).where(model.identity_key == key))
    return max(rows, key=lambda row: row.id, default=None)

"""What a search hit shows, read from its object's own table (the FTS5 index is contentless).

Per kind of object: its plan year, the label the results list shows, the text a snippet is cut
from and the heading a title hit is ranked by (:func:`bnldesk.domain.search_query.title_score`).
:func:`select_shown` reads them for a set of ids, in SQL both databases read (SQLite binds
the ids as a JSON array, one prepared statement per set of kinds; a server gets them written
out). The statements are built once per shape and kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bnldesk.store.fts import KIND_CODES, KIND_SPAN

__all__ = [
    "Reading",
    "Shown",
    "ShownRow",
    "TitleHits",
    "by_kind",
    "select_shown",
    "shown_of",
]

_KIND_OF = {code: kind for kind, code in KIND_CODES.items()}


@dataclass(frozen=True)
class Reading:
    """How a hit of one kind is read from its own table (the index is contentless): ``table``
    (with its alias) and the ``joins`` its columns need, the object's ``id`` column, and the
    SQL of its plan ``year``, ``label``, the ``text`` a snippet is cut from and the
    ``heading`` a title hit is ranked by. SQL both databases read; ``{nl}`` stands for a line
    break."""

    table: str
    id: str
    year: str
    label: str
    text: str
    heading: str
    joins: str = ""

    def columns(self, rowid: str, *, headings: bool) -> str:
        """The columns read: ``rowid`` (SQL), plan year, label, text, and the heading with
        ``headings``."""
        columns = (rowid, self.year, self.label, self.text, *([self.heading] if headings else []))
        return ", ".join(columns).replace("{nl}", _NEWLINE)


_NEWLINE = "'\n'"
_READING: dict[str, Reading] = {
    "workgroup": Reading(
        table="workgroup",
        id="id",
        year="NULL",
        label="coalesce(name, '')",
        # The names other plans printed (migration 0011) are searched and shown too; the
        # heading ends with the code, so a code typed whole is found as such.
        text=(
            "name || {nl} || coalesce(code, '') || {nl} || coalesce(description, '') || {nl} "
            "|| coalesce(other_names, '')"
        ),
        heading="name || ' ' || coalesce(other_names, '') || ' ' || coalesce(code, '')",
    ),
    # A programme's sections and themes have no year: their label names the programme.
    "section": Reading(
        table="section s",
        joins=(
            " JOIN chapter c ON c.id = s.chapter_id LEFT JOIN plan p ON p.id = c.plan_id"
            " LEFT JOIN programme pr ON pr.id = c.programme_id"
        ),
        id="s.id",
        year="p.year",
        label="trim(s.number || ' ' || s.title) || coalesce(' — ' || pr.title, '')",
        text="trim(s.number || ' ' || s.title) || {nl} || coalesce(s.body, '')",
        heading="s.title",
    ),
    "chapter": Reading(
        table="chapter c",
        id="c.id",
        year="(SELECT year FROM plan WHERE id = c.plan_id)",
        label=(
            "trim(c.number || ' ' || c.title) "
            "|| coalesce(' — ' || (SELECT title FROM programme WHERE id = c.programme_id), '')"
        ),
        text="trim(c.number || ' ' || c.title) || {nl} || coalesce(c.body, '')",
        heading="c.title",
    ),
    "item": Reading(
        table="plan_item i",
        joins=(
            " JOIN section s ON s.id = i.section_id JOIN chapter c ON c.id = s.chapter_id"
            " LEFT JOIN plan p ON p.id = c.plan_id"
        ),
        id="i.id",
        year="p.year",
        label="i.title",
        # The importer keeps an item's text as printed, which mostly begins with its title:
        # the title is not put before it again (a snippet read "samenwerking Algemene
        # multilaterale samenwerking - ...", trial 6).
        text=(
            "CASE WHEN substr(coalesce(i.body, ''), 1, length(i.title)) = i.title "
            "THEN coalesce(i.body, '') ELSE i.title || {nl} || coalesce(i.body, '') END "
            "|| {nl} || coalesce(i.theme, '')"
        ),
        heading="i.title",
    ),
    "contact": Reading(
        table="contact",
        id="id",
        year="NULL",
        label="name",
        text=(
            "coalesce(role, '') || ' ' || coalesce(domain, '') || {nl} || coalesce(email, '') "
            "|| ' ' || coalesce(phone, '')"
        ),
        heading="name",
    ),
    "meeting": Reading(
        table="meeting",
        id="id",
        year="plan_year",
        label="title",
        text=(
            "title || {nl} || coalesce(notes, '') || {nl} || coalesce(place, '') || {nl} "
            "|| coalesce(chair, '')"
        ),
        heading="title",
    ),
    "annotation": Reading(
        table="annotation",
        id="id",
        year="plan_year",
        label="target_label",
        text=(
            "coalesce(body, '') || {nl} || coalesce(position_text, '') || {nl} "
            "|| coalesce(consult, '') || {nl} || coalesce(author, '')"
        ),
        heading="substr(body, 1, 200)",
    ),
}


def select_shown(kind: str, ids: str, *, headings: bool) -> str:
    """SQL reading what the hits of ``kind`` whose id is in ``ids`` (SQL giving integers)
    show: rowid, plan year, label, text and (with ``headings``) heading."""
    reading = _READING[kind]
    columns = reading.columns(f"{KIND_CODES[kind]} * {KIND_SPAN} + {reading.id}", headings=headings)
    return f"SELECT {columns} FROM {reading.table}{reading.joins} WHERE {reading.id} IN ({ids})"


# What a hit shows: plan year, label, text, and the heading ("" when not read); per rowid.
ShownRow = tuple[int | None, str, str, str]
Shown = dict[int, ShownRow]


@dataclass(frozen=True)
class TitleHits:
    """What the title pass found: ``rowids`` newest first; ``words``, per rowid, the folded
    words of the title it is ranked by (:func:`bnldesk.domain.search_query.title_words`; an
    object gone is missing there); ``shown``: what some of them show, when the pass read it
    on the way (the others are read when shown)."""

    rowids: list[int]
    words: dict[int, str]
    shown: Shown = field(default_factory=dict)


def by_kind(rowids: Iterable[int]) -> dict[str, list[int]]:
    """The ids of ``rowids`` per kind of object."""
    wanted: dict[str, list[int]] = {}
    for rowid in rowids:
        code, obj_id = divmod(rowid, KIND_SPAN)
        wanted.setdefault(_KIND_OF[code], []).append(obj_id)
    return wanted


def shown_of(rows: Sequence[Sequence[Any]], *, headings: bool) -> Shown:
    """The rows :func:`select_shown` read (with their heading when ``headings``), per rowid."""
    if headings:
        return {
            int(rowid): (year, label or "", text or "", heading or "")
            for rowid, year, label, text, heading in rows
        }
    return {int(rowid): (year, label or "", text or "", "") for rowid, year, label, text in rows}

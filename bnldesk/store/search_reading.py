"""What a search hit shows, read from its object's own table (the FTS5 index is contentless).

Per kind of object: its plan year, the label the results list shows, the text a snippet is cut
from and the heading a title hit is ranked by (:func:`bnldesk.domain.search_query.title_score`).
:func:`select_shown` writes the statement for a set of ids, in SQL both databases read: SQLite
binds the ids as a JSON array (one prepared statement per set of kinds), a server gets them
written out.
"""

from __future__ import annotations

from dataclasses import dataclass

from bnldesk.store.fts import KIND_CODES, KIND_SPAN

__all__ = ["Reading", "select_shown"]


@dataclass(frozen=True)
class Reading:
    """How a hit of one kind is read from its own table (the index is contentless): ``table``
    (with its alias) and the ``joins`` its columns need, the object's ``id`` column, and the
    SQL of its plan ``year``, ``label``, the ``text`` a snippet is cut from and the
    ``heading`` a title hit is ranked by (on ``table`` alone). SQL both databases read;
    ``{nl}`` stands for a line break."""

    table: str
    id: str
    year: str
    label: str
    text: str
    heading: str
    joins: str = ""

    def select(self, kind: str, ids: str, *, headings: bool) -> str:
        """SELECT rowid and heading (with ``headings``), else rowid, plan year, label and
        text, of the objects whose id is in ``ids`` (SQL giving integers)."""
        rowid = f"{KIND_CODES[kind]} * {KIND_SPAN} + {self.id}"
        if headings:
            return f"SELECT {rowid}, {self.heading} FROM {self.table} WHERE {self.id} IN ({ids})"
        columns = ", ".join((rowid, self.year, self.label, self.text))
        return (
            f"SELECT {columns} FROM {self.table}{self.joins} WHERE {self.id} IN ({ids})"
        ).replace("{nl}", _NEWLINE)


_NEWLINE = "'\n'"
_READING: dict[str, Reading] = {
    "workgroup": Reading(
        table="workgroup",
        id="id",
        year="NULL",
        label="coalesce(name, '')",
        text="name || {nl} || coalesce(code, '') || {nl} || coalesce(description, '')",
        heading="name || ' ' || coalesce(code, '')",
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
        text="i.title || {nl} || coalesce(i.body, '') || {nl} || coalesce(i.theme, '')",
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
    """SQL reading what hits of ``kind`` show, for the ids ``ids`` (SQL giving integers):
    rowid and heading (``headings``), else rowid, plan year, label and text."""
    return _READING[kind].select(kind, ids, headings=headings)

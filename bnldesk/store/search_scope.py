"""Which objects a search may return: the window's filters and scope, and the query's own.

A search runs inside what the delegate has set (issue 12: "search within the filters"): the
year, chapter, item kind, workgroup, the note conditions (tag, status, priority, has notes, open
actions), the year-over-year change and the navigator's scope, plus the ``year:``, ``tag:`` and
``kind:`` filters typed in the query. Each condition says, per kind of object, which objects
pass; a kind a condition cannot apply to is left out (with Kind = flagship set, no workgroups or
contacts are listed). Notes pass by their own fields (year, tag, status) or by the object they
are about (kind, chapter, scope); the query's ``year:`` keeps a note where it keeps its target,
so also the notes on the workgroups and contacts of those years' plans and on the programme in
force, which carry no year (trial 14). A note condition (``tag:``, status) keeps the notes
meeting it and the objects they are on.

The answer is a :class:`Restriction` on the index's rowid (``kind code * 2**32 + id``): kinds
taken whole as rowid ranges, the others as a :class:`KindCheck` that either lists every allowed
object (:meth:`Restriction.union`) or tests one matched row (:meth:`Restriction.condition`).
A condition that looks elsewhere (the notes of an object, the objects a note is on) is written
both ways (:class:`Both`): listing reads what it looks at once, testing looks it up from the
row, so each costs what it reads. One that names a few objects elsewhere (a tag's notes, the
notes with open action items, the notes on a chapter's objects) is :class:`Driven`: listed,
those few are read first and each object looked up by its id, so listing costs what the
filter lets through, not every note. The SQL is the same on both databases (``TRUE`` and
``FALSE`` rather than 1 and 0, no unary ``+`` on text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bnldesk.domain.identity import fold
from bnldesk.domain.models import ItemKind
from bnldesk.domain.search_query import Filters, code_matches
from bnldesk.store import changes
from bnldesk.store.browse import BrowseFilter
from bnldesk.store.fts import KIND_CODES, KIND_SPAN
from bnldesk.store.search_reader import Reader, rows

Within = BrowseFilter

# Each kind's table with the joins the conditions below use (aliases: i, s, c, p, w, k, a, m).
_FROM: dict[str, str] = {
    "item": (
        "plan_item i JOIN section s ON s.id = i.section_id "
        "JOIN chapter c ON c.id = s.chapter_id LEFT JOIN plan p ON p.id = c.plan_id"
    ),
    "section": (
        "section s JOIN chapter c ON c.id = s.chapter_id LEFT JOIN plan p ON p.id = c.plan_id"
    ),
    "chapter": "chapter c LEFT JOIN plan p ON p.id = c.plan_id",
    "workgroup": "workgroup w",
    "contact": "contact k",
    "annotation": "annotation a",
    "meeting": "meeting m",
}
_ID: dict[str, str] = {
    "item": "i.id",
    "section": "s.id",
    "chapter": "c.id",
    "workgroup": "w.id",
    "contact": "k.id",
    "annotation": "a.id",
    "meeting": "m.id",
}
_ALWAYS: dict[str, str] = {"annotation": "a.deleted_at IS NULL", "meeting": "m.deleted_at IS NULL"}


@dataclass(frozen=True)
class Both:
    """A condition written twice: ``listing`` for listing every object it allows (what it
    looks up elsewhere read once, as a list), ``testing`` for testing the few objects a search
    matched (looked up from each object, costing what those objects cost)."""

    listing: str
    testing: str


@dataclass(frozen=True)
class Driven:
    """A condition whose objects are found from elsewhere: ``ids`` selects (as ``id``, maybe
    more than once) the ids of the objects it allows, the few tagged notes or the notes on a
    chapter's objects; each of them must also meet ``also`` (SQL, "" for nothing more).
    Listing reads ``ids`` first and looks each object up by its id (``CROSS JOIN`` keeps
    SQLite to that order: without statistics it took "not deleted" for a rare value and
    walked every note, 40-70 ms on the big database); ``testing`` tests one object."""

    object_id: str  # the object's id column, e.g. "a.id"
    ids: str
    also: str
    testing: str


@dataclass(frozen=True)
class Narrow:
    """A condition SQLite reads from an index that keeps a small share of its kind: one plan
    year (a twentieth of the notes at 1x, an eightieth at 4x). With one, the kind's other
    conditions test each row it gives (:class:`Both`'s ``testing``) instead of listing what
    they allow: SQLite costs an ``IN (SELECT ...)`` list at a few rows whatever it holds, so
    the notes of "year + new + with notes" were found by probing the note index with the
    key of every new item of every year (83,000 at 4x, 404 ms) rather than by reading the
    year's 5,000 notes and looking each one's item up (``tests/test_filters_at_scale.py``)."""

    sql: str


Condition = str | Both | Driven | Narrow


def listing(condition: Condition) -> str:
    """The SQL of ``condition`` for listing every object it allows."""
    if isinstance(condition, Driven):
        among = f"+{condition.object_id} IN ({condition.ids})"
        return f"{among} AND {condition.also}" if condition.also else among
    if isinstance(condition, Narrow):
        return condition.sql
    return condition.listing if isinstance(condition, Both) else condition


def testing(condition: Condition) -> str:
    """The SQL of ``condition`` for testing one object a search matched."""
    if isinstance(condition, Narrow):
        return condition.sql
    return condition.testing if isinstance(condition, Both | Driven) else condition


def _and(*conditions: Condition) -> Condition:
    """All the conditions, as one (in both forms where one of them has two; found from the
    first driven condition's objects when there is one)."""
    driven = next((c for c in conditions if isinstance(c, Driven)), None)
    if driven is not None:
        also = [driven.also] if driven.also else []
        also += [listing(c) for c in conditions if c is not driven]
        tested = " AND ".join(testing(c) for c in conditions)
        return Driven(driven.object_id, driven.ids, " AND ".join(also), tested)
    if not any(isinstance(c, Both) for c in conditions):
        return " AND ".join(listing(c) for c in conditions)
    return Both(
        " AND ".join(listing(c) for c in conditions), " AND ".join(testing(c) for c in conditions)
    )


# Per kind: the condition it must meet, None when the filter says nothing about it. A kind
# missing from the mapping is left out by the filter.
Conditions = dict[str, Condition | None]


@dataclass(frozen=True)
class KindCheck:
    """The objects of one kind a filter allows: ``SELECT ... FROM source WHERE where``, or
    with a ``driver`` (SQL selecting candidate ids as ``id``) the candidates looked up one by
    one and kept when they meet ``where``; one object is tested with ``test_where`` (see
    :class:`Both` and :class:`Driven`)."""

    code: int  # the kind's code (its rowid range)
    object_id: str  # the object's id column, e.g. "i.id"
    source: str
    where: str
    test_where: str
    driver: str = ""

    def select(self) -> str:
        """SQL selecting the allowed rowids (a rowid may come more than once)."""
        rowid = f"{self.code * KIND_SPAN} + {self.object_id}"
        if not self.driver:
            return f"SELECT {rowid} FROM {self.source} WHERE {self.where}"
        where = f"{self.object_id} = d.id" + (f" AND {self.where}" if self.where else "")
        return f"SELECT {rowid} FROM ({self.driver}) AS d CROSS JOIN {self.source} WHERE {where}"

    def test(self, rowid: str) -> str:
        """SQL condition: the index row ``rowid`` is one of the allowed objects (looked up for
        that row alone)."""
        low = self.code * KIND_SPAN
        return (
            f"({rowid} BETWEEN {low} AND {low + KIND_SPAN - 1} AND EXISTS (SELECT 1 FROM "
            f"{self.source} WHERE {self.object_id} = {rowid} - {low} AND {self.test_where}))"
        )


@dataclass(frozen=True)
class Allowed:
    """How a search statement keeps to the filters: a condition on the index's rowid (empty:
    no restriction), with its parameters."""

    condition: str = ""
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class Restriction:
    """Which index rows a search may return: ``nothing``; or everything (no ``ranges``, no
    ``checks``: :attr:`unrestricted`); or the rows in the rowid ``ranges`` (kinds taken whole)
    and the objects the ``checks`` allow (with ``params``)."""

    ranges: list[tuple[int, int]] = field(default_factory=list)
    checks: list[KindCheck] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    nothing: bool = False
    shared: dict[str, str] = field(default_factory=dict)  # WITH name AS (sql), for listing

    def union(self) -> str:
        """One statement selecting every allowed rowid the checks give (a rowid may come
        more than once)."""
        union = " UNION ALL ".join(c.select() for c in self.checks)
        if not self.shared:
            return union
        named = ", ".join(f"{name} AS ({sql})" for name, sql in self.shared.items())
        return f"WITH {named} {union}"

    @property
    def unrestricted(self) -> bool:
        """Whether everything is allowed (nothing to test)."""
        return not self.nothing and not self.ranges and not self.checks

    def condition(self, rowid: str = "rowid") -> str | None:
        """SQL condition on the index row ``rowid``, testing the checks row by row. None:
        everything is allowed."""
        if self.unrestricted:
            return None
        parts = [f"({rowid} BETWEEN {low} AND {high})" for low, high in self.ranges]
        parts += [check.test(rowid) for check in self.checks]
        return "(" + " OR ".join(parts) + ")" if parts else "FALSE"


class _Builder:
    def __init__(self) -> None:
        self.params: dict[str, Any] = {}
        self.dimensions: list[Conditions] = []
        self.shared: dict[str, str] = {}  # named lists the listing reads once (WITH)

    def param(self, value: Any) -> str:
        name = f"w{len(self.params)}"
        self.params[name] = value
        return ":" + name

    def add(self, conditions: Conditions) -> None:
        self.dimensions.append(conditions)


# -- notes by the object they are about ------------------------------------------------------


def _notes_on(objects: Conditions) -> Condition:
    """Notes whose target is one of the objects the conditions allow (chapter, section, item,
    workgroup): listed, the notes are found from the keys of those objects, read once (kind
    by kind, through the index of live notes by target: one condition over several kinds
    walked every note); tested, the note's target is looked up by its key."""
    found: list[str] = []
    listed: list[str] = []
    tested: list[str] = []
    for kind in ("chapter", "section", "item", "workgroup"):
        if kind not in objects:
            continue
        live = f"n.target_kind = '{kind}' AND n.deleted_at IS NULL"
        condition = objects[kind]
        if condition is None:
            found.append(f"SELECT n.id AS id FROM annotation n WHERE {live}")
            listed.append(f"a.target_kind = '{kind}'")
            tested.append(f"a.target_kind = '{kind}'")
            continue
        alias = _ID[kind].split(".")[0]
        listed.append(
            f"(a.target_kind = '{kind}' AND a.target_key IN (SELECT {alias}.identity_key "
            f"FROM {_source(kind, listing(condition))} WHERE {listing(condition)}))"
        )
        found.append(
            f"SELECT n.id AS id FROM annotation n WHERE {live} AND n.target_key IN (SELECT "
            f"{alias}.identity_key FROM {_source(kind, listing(condition))} "
            f"WHERE {listing(condition)})"
        )
        tested.append(
            f"(a.target_kind = '{kind}' AND EXISTS (SELECT 1 FROM "
            f"{_source(kind, testing(condition))} WHERE {alias}.identity_key = a.target_key "
            f"AND {testing(condition)}))"
        )
    if not found:
        return "FALSE"
    if len(listed) == 1:
        # One kind: SQLite reads the notes from the index of live notes by target alone
        # (looking each up again by its id read every note's row: Kind = new 55 -> 93 ms).
        return Both(listed[0], tested[0])
    return Driven("a.id", " UNION ALL ".join(found), "", "(" + " OR ".join(tested) + ")")


def _meetings_of(objects: Conditions) -> Condition | None:
    condition = objects.get("workgroup")
    if "workgroup" not in objects:
        return "FALSE"
    if condition is None:
        return None
    return f"m.workgroup_id IN (SELECT w.id FROM workgroup w WHERE {listing(condition)})"


# -- the dimensions ---------------------------------------------------------------------------


def _years(b: _Builder, low: int, high: int, *, notes_follow: bool = False) -> Conditions:
    """The objects of the plans of ``low``..``high``: their chapters, sections and items, the
    workgroups and contacts they name, the meetings held then, and the notes written for them
    (by the note's year); with ``notes_follow`` (the query's ``year:``), also the notes on the
    workgroups, contacts and programmes of those years, which carry no year of their own: a
    note is found where its target is (see :func:`_notes_of_years`)."""
    # One year as an equality: SQLite then reads it from the notes' index by year rather than
    # walking every live note (a range looks no better to it than "not deleted"); a
    # :class:`Narrow` condition, which the kind's other conditions test row by row.
    one_year = low == high
    between = f"= {b.param(low)}" if one_year else f"BETWEEN {b.param(low)} AND {b.param(high)}"

    def indexed(sql: str) -> Condition:
        return Narrow(sql) if one_year else sql

    sections_in = (
        "SELECT s2.id FROM section s2 JOIN chapter c2 ON c2.id = s2.chapter_id "
        f"JOIN plan p2 ON p2.id = c2.plan_id WHERE p2.year {between}"
    )
    workgroups_in = (
        "SELECT wp.workgroup_id FROM workgroup_plan wp JOIN plan p2 "
        f"ON p2.id = wp.plan_id WHERE p2.year {between}"
    )
    contacts_in = (
        f"SELECT cs.contact_id FROM contact_section cs WHERE cs.section_id IN ({sections_in})"
    )
    notes: Condition = indexed(f"a.plan_year {between}")
    if notes_follow:
        programmes = (
            f"SELECT g.identity_key FROM programme g WHERE g.start_year <= {b.param(high)} "
            f"AND g.end_year >= {b.param(low)}"
        )
        notes = _notes_of_years(
            f"plan_year {between}",
            {
                "workgroup": f"SELECT w2.identity_key FROM workgroup w2 WHERE w2.id IN ({workgroups_in})",
                "contact": f"SELECT k2.identity_key FROM contact k2 WHERE k2.id IN ({contacts_in})",
                "programme": programmes,
            },
        )
    return {
        "item": indexed(f"p.year {between}"),
        "section": indexed(f"p.year {between}"),
        "chapter": indexed(f"p.year {between}"),
        "workgroup": indexed(f"w.id IN ({workgroups_in})"),
        "contact": indexed(f"k.id IN ({contacts_in})"),
        "annotation": notes,
        "meeting": indexed(f"m.plan_year {between}"),
    }


def _notes_of_years(own_year: str, keys: dict[str, str]) -> Condition:
    """The notes a year filter keeps: those written for the plans of those years
    (``own_year``, a condition on a note's ``plan_year`` column without its alias) and those
    on the targets of each kind in ``keys`` (SQL selecting the identity keys of the targets
    the years keep: workgroups and contacts the plans name, programmes in force), which have
    no plan year. Listed, each part is read through its own index (by year, by target)."""
    live = "n.deleted_at IS NULL"
    found = [f"SELECT n.id AS id FROM annotation n WHERE n.{own_year} AND {live}"]
    tested = [f"a.{own_year}"]
    for kind, selected in keys.items():
        found.append(
            f"SELECT n.id AS id FROM annotation n WHERE n.target_kind = '{kind}' AND {live} "
            f"AND n.target_key IN ({selected})"
        )
        tested.append(f"(a.target_kind = '{kind}' AND a.target_key IN ({selected}))")
    return Driven("a.id", " UNION ALL ".join(found), "", "(" + " OR ".join(tested) + ")")


def _sections_condition(sections_sql: str) -> Conditions:
    """Objects belonging to a set of sections (and their subsections)."""
    inside = f"(s.id IN ({sections_sql}) OR s.parent_id IN ({sections_sql}))"
    objects: Conditions = {
        "item": inside,
        "section": inside,
        "workgroup": (
            "w.id IN (SELECT ws.workgroup_id FROM workgroup_section ws WHERE ws.section_id IN "
            f"(SELECT s.id FROM section s WHERE {inside}))"
        ),
        "contact": (
            "k.id IN (SELECT cs.contact_id FROM contact_section cs WHERE cs.section_id IN "
            f"(SELECT s.id FROM section s WHERE {inside}))"
        ),
    }
    # Notes written for the plan these sections are in: a note on the same project in another
    # year's plan is not within them (as the notes list of the scope shows).
    # (A programme's themes belong to no plan: notes on them have no year either.)
    years = (
        "SELECT coalesce(p2.year, 0) FROM section s2 JOIN chapter c2 ON c2.id = s2.chapter_id "
        f"LEFT JOIN plan p2 ON p2.id = c2.plan_id WHERE s2.id IN ({sections_sql})"
    )
    return {
        **objects,
        "annotation": _and(
            _notes_on({k: objects[k] for k in ("item", "section")}),
            f"coalesce(a.plan_year, 0) IN ({years})",
        ),
        "meeting": _meetings_of(objects),
    }


def _chapters(chapter_sql: str) -> Conditions:
    """Objects in a set of chapters (given as SQL selecting chapter ids)."""
    sections = f"SELECT s2.id FROM section s2 WHERE s2.chapter_id IN ({chapter_sql})"
    conditions = _sections_condition(sections)
    conditions["chapter"] = f"c.id IN ({chapter_sql})"
    years = (
        "SELECT coalesce(p2.year, 0) FROM chapter c2 LEFT JOIN plan p2 ON p2.id = c2.plan_id "
        f"WHERE c2.id IN ({chapter_sql})"
    )
    conditions["annotation"] = _and(
        _notes_on({k: conditions[k] for k in ("chapter", "section", "item")}),
        f"coalesce(a.plan_year, 0) IN ({years})",
    )
    return conditions


_EVERY_ITEM_KIND = ", ".join(f"'{kind.value}'" for kind in ItemKind)


def _item_kinds(b: _Builder, kinds: tuple[str, ...], *, keep: bool) -> Conditions:
    parts = []
    for kind in kinds:
        if kind == "flagship":
            # Every kind named (the column holds nothing else): the index by kind and flag
            # gives the few flagship projects, where the flag alone walked every item.
            parts.append(f"(i.kind IN ({_EVERY_ITEM_KIND}) AND i.is_flagship = TRUE)")
        else:
            parts.append(f"i.kind = {b.param(kind)}")
    condition = "(" + " OR ".join(parts) + ")"
    if keep:
        return {"item": condition, "annotation": _notes_on({"item": condition})}
    # Leaving out a kind of item keeps everything else, notes on other objects included.
    return {
        **dict.fromkeys(("section", "chapter", "workgroup", "contact", "meeting")),
        "item": f"NOT {condition}",
        "annotation": (
            f"NOT (a.target_kind = 'item' AND a.target_key IN (SELECT i.identity_key FROM "
            f"plan_item i WHERE {condition}))"
        ),
    }


def _workgroup(b: _Builder, workgroup_id: int) -> Conditions:
    wg = b.param(workgroup_id)
    linked = f"SELECT ws.section_id FROM workgroup_section ws WHERE ws.workgroup_id = {wg}"
    inside = f"(s.id IN ({linked}) OR s.parent_id IN ({linked}))"
    key = f"(SELECT identity_key FROM workgroup WHERE id = {wg})"
    return {
        "item": inside,
        "section": inside,
        "workgroup": f"w.id = {wg}",
        "contact": (
            f"k.id IN (SELECT cw.contact_id FROM contact_workgroup cw WHERE cw.workgroup_id = {wg})"
        ),
        "annotation": f"(a.target_kind = 'workgroup' AND a.target_key = {key})",
        "meeting": f"(m.workgroup_id = {wg} OR m.workgroup_key = {key})",
    }


def _note_lists(b: _Builder, f: BrowseFilter, tag_ids: list[int] | None) -> list[str]:
    """The note conditions that name a few notes elsewhere (a tag, open action items), each as
    SQL selecting those notes' ids (as ``id``; deleted notes among them)."""
    lists: list[str] = []
    if f.tag:
        lists.append(
            "SELECT at.annotation_id AS id FROM annotation_tag at WHERE at.tag_id = "
            f"(SELECT id FROM tag WHERE name = {b.param(f.tag)})"
        )
    if tag_ids is not None:
        listed = ", ".join(str(int(t)) for t in tag_ids) or "NULL"
        lists.append(
            f"SELECT at.annotation_id AS id FROM annotation_tag at WHERE at.tag_id IN ({listed})"
        )
    if f.has_open_actions:
        lists.append(
            "SELECT x.annotation_id AS id FROM action_item x WHERE x.status = 'open' "
            "AND x.deleted_at IS NULL AND x.annotation_id IS NOT NULL"
        )
    return lists


def _note_fields(b: _Builder, f: BrowseFilter, note: str) -> list[str]:
    """The note conditions on the note's own fields (alias ``note``): status, priority."""
    conditions: list[str] = []
    if f.status:
        conditions.append(f"{note}.status = {b.param(f.status)}")
    if f.priority is not None:
        conditions.append(f"{note}.priority = {b.param(f.priority)}")
    return conditions


def _note_tests(b: _Builder, f: BrowseFilter, tag_ids: list[int] | None, note: str) -> list[str]:
    """Conditions testing one note (alias ``note``) for all the note conditions: its tags and
    open action items looked up from it."""
    conditions: list[str] = []
    tag_sets: list[str] = []
    if f.tag:
        tag_sets.append(f"= (SELECT id FROM tag WHERE name = {b.param(f.tag)})")
    if tag_ids is not None:
        tag_sets.append(f"IN ({', '.join(str(int(t)) for t in tag_ids) or 'NULL'})")
    for tags in tag_sets:
        conditions.append(
            f"EXISTS (SELECT 1 FROM annotation_tag at WHERE at.annotation_id = {note}.id "
            f"AND at.tag_id {tags})"
        )
    if f.has_open_actions:
        conditions.append(
            f"EXISTS (SELECT 1 FROM action_item x WHERE x.annotation_id = {note}.id AND "
            "x.status = 'open' AND x.deleted_at IS NULL)"
        )
    return conditions + _note_fields(b, f, note)


def _has_note_conditions(f: BrowseFilter, tag_ids: list[int] | None) -> bool:
    """Whether the filter sets any condition on notes (tag, status, priority, open actions)."""
    return bool(
        f.tag or tag_ids is not None or f.status or f.priority is not None or f.has_open_actions
    )


def _with_notes(b: _Builder, f: BrowseFilter, tag_ids: list[int] | None) -> Conditions:
    """Notes meeting the note conditions, and the objects that have such a note.

    Listed, the notes are found from their first short list (a tag's notes, the notes with
    open action items) when there is one, and the objects from those notes' targets (through
    the objects' index by key); with only status or priority, the objects from the index of
    live notes by target, which holds both. Tested, an object's own notes are looked up.
    With no note condition ("with notes"), every object's notes are only tested: nearly every
    object has some, and a list of a hundred thousand notes' targets cost more than a
    lookup for each object that the other filters let through."""
    lists = _note_lists(b, f, tag_ids)
    out: Conditions = {"annotation": None}
    tested = "".join(f" AND {c}" for c in _note_tests(b, f, tag_ids, "n"))
    if _has_note_conditions(f, tag_ids):
        own_tested = " AND ".join(_note_tests(b, f, tag_ids, "a"))
        own_also = [f"+a.id IN ({other})" for other in lists[1:]] + _note_fields(b, f, "a")
        if lists:
            # The notes that meet the conditions, read once for every kind (their targets).
            also = "".join(f" AND +n.id IN ({other})" for other in lists[1:])
            also += "".join(f" AND {c}" for c in _note_fields(b, f, "n"))
            b.shared["noted"] = (
                "SELECT n.id AS id, n.target_kind AS target_kind, n.target_key AS target_key "
                f"FROM ({lists[0]}) AS dn CROSS JOIN annotation n WHERE n.id = dn.id "
                f"AND n.deleted_at IS NULL{also}"
            )
            out["annotation"] = Driven("a.id", "SELECT id FROM noted", "", own_tested)
        else:
            out["annotation"] = " AND ".join(own_also)
    # Every kind a note can be on and a search can find (trial 14: a contact with a note
    # tagged "crise" was left out by tag:crise, which keeps what such notes are on).
    for kind in ("chapter", "section", "item", "workgroup", "contact"):
        alias = _ID[kind].split(".")[0]
        table = _FROM[kind].split(" ")[0]
        live = f"n.target_kind = '{kind}' AND n.deleted_at IS NULL"
        testing_form = (
            f"EXISTS (SELECT 1 FROM annotation n WHERE n.target_key = {alias}.identity_key "
            f"AND {live}{tested})"
        )
        if not _has_note_conditions(f, tag_ids):
            out[kind] = testing_form
            continue
        also = "".join(f" AND +n.id IN ({other})" for other in lists[1:])
        also += "".join(f" AND {c}" for c in _note_fields(b, f, "n"))
        if not lists:
            out[kind] = Both(
                f"{alias}.identity_key IN (SELECT n.target_key FROM annotation n "
                f"WHERE {live}{also})",
                testing_form,
            )
            continue
        objects = (
            f"SELECT {alias}.id AS id FROM noted CROSS JOIN {table} {alias} "
            f"WHERE noted.target_kind = '{kind}' AND {alias}.identity_key = noted.target_key"
        )
        out[kind] = Driven(_ID[kind], objects, "", testing_form)
    return out


def _scope(b: _Builder, f: BrowseFilter) -> Conditions | None:
    scope = f.scope
    if scope is None:
        return None
    target = b.param(scope.obj_id)
    if scope.kind == "programme":
        years = f"SELECT year FROM plan WHERE programme_id = {target}"
        plans = f"SELECT id FROM plan WHERE programme_id = {target}"
        chapters = f"SELECT id FROM chapter WHERE plan_id IN ({plans}) OR programme_id = {target}"
        conditions = _chapters(chapters)
        conditions["workgroup"] = (
            f"w.id IN (SELECT workgroup_id FROM workgroup_plan WHERE plan_id IN ({plans}))"
        )
        conditions["annotation"] = f"a.plan_year IN ({years})"
        conditions["meeting"] = f"m.plan_year IN ({years})"
        return conditions
    if scope.kind == "plan":
        year = f"(SELECT year FROM plan WHERE id = {target})"
        conditions = _chapters(f"SELECT id FROM chapter WHERE plan_id = {target}")
        conditions["workgroup"] = (
            f"w.id IN (SELECT workgroup_id FROM workgroup_plan WHERE plan_id = {target})"
        )
        conditions["annotation"] = f"a.plan_year = {year}"
        conditions["meeting"] = f"m.plan_year = {year}"
        return conditions
    if scope.kind in ("chapter", "theme"):
        return _chapters(f"SELECT {target}")
    if scope.kind == "section":
        return _sections_condition(f"SELECT {target}")
    if scope.kind == "item":
        # A plan item scopes the list to its section (as the list does).
        return _sections_condition(f"SELECT section_id FROM plan_item WHERE id = {target}")
    if scope.kind == "workgroup":
        return _workgroup(b, scope.obj_id)
    if scope.kind == "contact":
        sections = f"SELECT section_id FROM contact_section WHERE contact_id = {target}"
        conditions = _sections_condition(sections)
        conditions["contact"] = f"k.id = {target}"
        conditions["workgroup"] = (
            f"w.id IN (SELECT workgroup_id FROM contact_workgroup WHERE contact_id = {target})"
        )
        return conditions
    return None


def _codes(reader: Reader, codes: tuple[str, ...]) -> Conditions:
    """The workgroups whose code is one of ``codes`` (see :func:`code_matches`). Only
    workgroups have codes; every other kind is left out."""
    found = rows(reader, "SELECT id, code FROM workgroup")
    ids = [int(i) for i, code in found if code_matches(str(code or ""), codes)]
    listed = ", ".join(str(i) for i in ids) or "NULL"
    return {"workgroup": f"w.id IN ({listed})"}


# The text of each kind in which a typed symbol (an emoji) is looked for, as written.
_TEXT: dict[str, str] = {
    "item": "i.title || ' ' || coalesce(i.body, '') || ' ' || coalesce(i.theme, '')",
    "section": "s.title || ' ' || coalesce(s.body, '')",
    "chapter": "c.title || ' ' || coalesce(c.body, '')",
    "workgroup": "w.name || ' ' || coalesce(w.code, '') || ' ' || coalesce(w.description, '')",
    "contact": (
        "k.name || ' ' || coalesce(k.role, '') || ' ' || coalesce(k.domain, '') || ' ' || "
        "coalesce(k.email, '') || ' ' || coalesce(k.phone, '')"
    ),
    "annotation": (
        "coalesce(a.body, '') || ' ' || coalesce(a.position_text, '') || ' ' || "
        "coalesce(a.consult, '') || ' ' || coalesce(a.author, '')"
    ),
    "meeting": (
        "coalesce(m.title, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce(m.place, '') || ' ' || "
        "coalesce(m.chair, '')"
    ),
}


def _symbols(b: _Builder, symbols: tuple[str, ...]) -> Conditions:
    """Objects whose text contains every symbol as typed: the index holds no words for emoji,
    so they are looked for in the objects' own text."""
    return {
        # LIKE on both databases (no instr on PostgreSQL): a symbol holds no % or _.
        kind: " AND ".join(
            f"({expression}) LIKE '%' || {b.param(symbol)} || '%'" for symbol in symbols
        )
        for kind, expression in _TEXT.items()
    }


def _tag_ids(reader: Reader, names: tuple[str, ...]) -> list[int]:
    """Tags named like any of ``names``, compared folded (``tag:Budget`` finds "budget")."""
    wanted = {fold(n) for n in names}
    return [
        int(tag_id)
        for tag_id, name in rows(reader, "SELECT id, name FROM tag")
        if fold(str(name)) in wanted
    ]


def allowed_rowids(
    session: Reader,
    within: BrowseFilter | None,
    filters: Filters,
    kinds: tuple[str, ...] | None = None,
    plan_year: int | None = None,
) -> Restriction:
    """The rowid condition for the window's filter (``within``), the query's ``filters``,
    a set of object ``kinds`` and a ``plan_year`` (the objects of that year's plan: its
    chapters, sections and items, the workgroups and contacts it names, notes and meetings of
    that year).
    """
    f = within or BrowseFilter()
    b = _Builder()
    # The conditions in this order (the first driven one gives the candidates: see _combine).
    _add_years(b, f, filters, plan_year)
    _add_query_objects(b, session, filters)
    _add_plan_filters(b, f, filters)
    _add_note_filters(b, session, f, filters)
    _add_change_and_scope(b, f)
    return _combine(b, _kinds_kept(kinds, filters))


def _add_years(b: _Builder, f: BrowseFilter, filters: Filters, plan_year: int | None) -> None:
    """The window's plan year, the query's ``year:`` and the caller's ``plan_year``."""
    if f.plan_year is not None and not f.change:  # with a change, the state names the year
        b.add(_years(b, f.plan_year, f.plan_year))
    if filters.years is not None:
        b.add(_years(b, *filters.years, notes_follow=True))
    if plan_year is not None:
        b.add(_years(b, plan_year, plan_year))


def _add_query_objects(b: _Builder, reader: Reader, filters: Filters) -> None:
    """The query's ``code:`` filter and the symbols (emoji) it searches for."""
    if filters.codes:
        b.add(_codes(reader, filters.codes))
    if filters.symbols:
        b.add(_symbols(b, filters.symbols))


def _add_plan_filters(b: _Builder, f: BrowseFilter, filters: Filters) -> None:
    """The window's chapter, item kind and workgroup, and the query's ``kind:`` filters."""
    if f.chapter_key:
        b.add(_chapters(f"SELECT id FROM chapter WHERE identity_key = {b.param(f.chapter_key)}"))
    if f.kind:
        b.add(_item_kinds(b, (f.kind,), keep=True))
    if filters.item_kinds:
        b.add(_item_kinds(b, filters.item_kinds, keep=True))
    if filters.not_item_kinds:
        b.add(_item_kinds(b, filters.not_item_kinds, keep=False))
    if f.workgroup_id is not None:
        b.add(_workgroup(b, f.workgroup_id))


def _add_note_filters(b: _Builder, reader: Reader, f: BrowseFilter, filters: Filters) -> None:
    """The window's note conditions (has notes, tag, status, ...) and the query's ``tag:``
    and ``-tag:`` filters."""
    tag_ids = _tag_ids(reader, filters.tags) if filters.tags else None
    if f.has_notes or _has_note_conditions(f, tag_ids):
        b.add(_with_notes(b, f, tag_ids))
    if filters.not_tags:
        ids = ", ".join(str(t) for t in _tag_ids(reader, filters.not_tags)) or "NULL"
        b.add(
            {
                **dict.fromkeys(("chapter", "section", "item", "workgroup", "contact", "meeting")),
                "annotation": (
                    "a.id NOT IN (SELECT at.annotation_id FROM annotation_tag at "
                    f"WHERE at.tag_id IN ({ids}))"
                ),
            }
        )


def _add_change_and_scope(b: _Builder, f: BrowseFilter) -> None:
    """The window's year-over-year change filter and the navigator's scope."""
    if f.change:
        year = b.param(f.plan_year) if f.plan_year is not None else "(SELECT max(year) FROM plan)"
        changed = changes.state_condition("item", f.change, year, alias="i")
        b.add({"item": changed, "annotation": _notes_on({"item": changed})})
    scope = _scope(b, f)
    if scope is not None:
        b.add(scope)


def _kinds_kept(kinds: tuple[str, ...] | None, filters: Filters) -> set[str]:
    """The kinds of object the caller's ``kinds`` and the query's ``kind:`` filters keep."""
    kept = set(KIND_CODES)
    if kinds:
        kept &= set(kinds)
    if filters.object_kinds:
        kept &= set(filters.object_kinds)
    kept -= set(filters.not_object_kinds)
    return kept


# The aliases of the tables each kind's FROM joins to its own (used only when named).
_JOINED = {
    "item": re.compile(r"\b[scp]\."),
    "section": re.compile(r"\b[cp]\."),
    "chapter": re.compile(r"\bp\."),
}


def _source(kind: str, condition: str) -> str:
    """The FROM clause for ``condition`` on objects of ``kind``: the kind's table alone when
    the condition needs none of its joins."""
    joined = _JOINED.get(kind)
    if joined is not None and joined.search(condition) is not None:
        return _FROM[kind]
    return _FROM[kind].split(" JOIN ")[0].removesuffix(" LEFT")


def _combine(b: _Builder, kept: set[str]) -> Restriction:
    if not b.dimensions and len(kept) == len(KIND_CODES):
        return Restriction()  # nothing set: everything allowed (most searches)
    restriction = Restriction(params=b.params, shared=b.shared)
    restricted = len(kept) < len(KIND_CODES)
    for kind, code in KIND_CODES.items():
        if kind not in kept:
            continue
        if any(kind not in dimension for dimension in b.dimensions):
            restricted = True  # a filter that cannot apply to this kind leaves it out
            continue
        conditions: list[Condition] = [c for d in b.dimensions if (c := d[kind]) is not None]
        if not conditions:
            # Nothing to check for this kind: its rowid range, tested without a lookup.
            restriction.ranges.append((code * KIND_SPAN, (code + 1) * KIND_SPAN - 1))
            continue
        restricted = True
        if kind in _ALWAYS:
            conditions.insert(0, _ALWAYS[kind])
        # A condition that finds its objects elsewhere gives the candidates when no other
        # condition narrows this kind down (an equality SQLite reads from an index, a year,
        # a kind of item, can be far narrower); the others test each candidate, a condition
        # found elsewhere by a lookup from it (listing what it allows too could cost more
        # than the candidates: the notes with open actions beside the flagship projects).
        driven = next((c for c in conditions if isinstance(c, Driven)), None)
        plain = [c for c in conditions if not isinstance(c, Driven) and c != _ALWAYS.get(kind)]
        if plain:
            driven = None
        # With a narrow condition (one year), the rows it gives are tested for the rest.
        narrowed = any(isinstance(c, Narrow) for c in conditions)
        where = " AND ".join(
            ([driven.also] if driven is not None and driven.also else [])
            + [
                testing(c)
                if isinstance(c, Driven) or (narrowed and isinstance(c, Both))
                else listing(c)
                for c in conditions
                if c is not driven
            ]
        )
        test_where = " AND ".join(testing(c) for c in conditions)
        source = _source(kind, where + test_where)
        driver = driven.ids if driven is not None else ""
        restriction.checks.append(KindCheck(code, _ID[kind], source, where, test_where, driver))
    if not restriction.ranges and not restriction.checks:
        return Restriction(nothing=True)
    if not restricted:
        return Restriction()
    return restriction

"""Read queries behind the desktop window: the plan tree, the filtered lists, object details.

Everything here returns plain data (tuples, dataclasses) that the GUI's database worker hands
across threads; an object's detail pane is read by :mod:`bnldesk.store.object_detail`. Filtering, sorting and paging happen in SQL so that a window over twenty
years of plans and a hundred thousand notes stays fast: a page is chosen by an inner query on
ids and only the rows of that page get their note counts.

The SQL is portable between SQLite files and PostgreSQL servers; the one difference, the join
that fixes the planner's loop order, comes from :mod:`bnldesk.store.backend`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy import text
from sqlalchemy.orm import Session

from bnldesk.domain.workgroup_names import Naming
from bnldesk.store import changes
from bnldesk.store.backend import backend_of
from bnldesk.store.workgroup_names import shown_names_in, workgroup_titles_in


@dataclass(frozen=True, slots=True)
class ItemRow:
    """A row of the plan-items list. ``section`` is its number and title ("2.1.1
    Politiesamenwerking"), ``kind`` an item kind (``flagship`` for a flagship), ``key`` its
    identity key, ``notes`` how many live notes it has; ``change``: new / changed against the
    previous plan, "" when the same or in the first plan."""

    id: int
    year: int | None
    section: str
    kind: str
    title: str
    key: str
    notes: int
    change: str


@dataclass(frozen=True, slots=True)
class NoteRow:
    """A row of the notes list; ``target_id`` is the object the note was written on (None when
    it is in no plan here), ``target`` that object's label, ``body`` the note's first 300
    characters on one line, ``updated`` its last change ("YYYY-MM-DD HH:MM", UTC), ``tags``
    its tag names joined by ", ", ``open_actions`` its open action items."""

    id: int
    target_kind: str
    target_key: str
    target_id: int | None
    target: str
    year: int | None
    body: str
    status: str
    priority: int
    visibility: str
    updated: str
    tags: str
    open_actions: int


ITEM_KINDS = ("objective", "ongoing", "new", "flagship", "other")
NOTE_STATUSES = ("open", "in_progress", "done")
CHANGE_STATES = ("new", "changed", "gone", "same")


@dataclass(frozen=True)
class Scope:
    """The navigator node that limits the central list: a plan, a chapter, a workgroup, ..."""

    kind: str
    obj_id: int


@dataclass(frozen=True)
class ListFilters:
    """The filter bar's conditions; None (or False) for one not set. ``plan_year`` a plan's
    year, ``chapter_key`` a chapter's identity key, ``kind`` an item kind (``flagship``),
    ``workgroup_id`` a workgroup's id, ``tag`` a tag's name, ``status`` a note status,
    ``priority`` a note priority (1-3); ``has_notes`` and ``has_open_actions`` keep objects
    with (open action items in) notes only. Note-based conditions must all hold for one and
    the same note."""

    plan_year: int | None = None
    chapter_key: str | None = None
    kind: str | None = None
    workgroup_id: int | None = None
    tag: str | None = None
    status: str | None = None
    priority: int | None = None
    has_notes: bool = False
    has_open_actions: bool = False
    # Year over year against the previous plan (new, changed, gone, same), in ``plan_year``
    # or, without one, in the newest plan.
    change: str | None = None


@dataclass(frozen=True)
class BrowseFilter(ListFilters):
    """What the list shows: the filter bar's conditions within ``scope`` (the navigator's
    node; None: everywhere)."""

    scope: Scope | None = None

    def without_scope(self) -> BrowseFilter:
        """The same filter over all plans (the navigator's node dropped)."""
        return replace(self, scope=None)


# --------------------------------------------------------------------------------------------
# the navigator tree
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TreeNode:
    kind: str  # programme, plan, chapter, theme, section, item, workgroup, contact
    obj_id: int
    label: str
    has_children: bool
    detail: str = ""


def _nodes(session: Session, sql: str, params: dict[str, object], kind: str) -> list[TreeNode]:
    """Nodes of ``kind`` from ``sql``, which selects ``id``, ``label``, ``kids`` (whether the
    node has children) and optionally ``detail``."""
    return [
        TreeNode(
            kind, int(row.id), str(row.label), bool(row.kids), str(getattr(row, "detail", "") or "")
        )
        for row in session.execute(text(sql), params)
    ]


def _numbered_nodes(
    session: Session, sql: str, params: dict[str, object], kind: str
) -> list[TreeNode]:
    """Chapter or section nodes from ``sql`` (``id``, ``number``, ``title``, ``kids``),
    labelled "number title"."""
    return [
        TreeNode(kind, int(row.id), numbered_label(row.number, row.title), bool(row.kids))
        for row in session.execute(text(sql), params)
    ]


def numbered_label(number: str, title: str) -> str:
    """``number`` and ``title`` as the tree shows them ("2.1 Crisisbeheersing"; the number's
    trailing dot left out), the title alone without a number."""
    number = number.strip().rstrip(".")
    return f"{number} {title}".strip() if number else title


# Whether a section has children in the tree: sub-sections or items.
_SECTION_KIDS = (
    "(EXISTS (SELECT 1 FROM section c WHERE c.parent_id = section.id) OR "
    " EXISTS (SELECT 1 FROM plan_item i WHERE i.section_id = section.id)) AS kids "
)
_PLAN_KIDS = "EXISTS (SELECT 1 FROM chapter c WHERE c.plan_id = plan.id) AS kids "


def tree_children(session: Session, kind: str | None, obj_id: int | None) -> list[TreeNode]:
    """Children of a node of the plan tree; ``kind=None`` gives the top level (programmes,
    newest first, then plans outside any programme), ``"workgroups"`` the top workgroups; an
    unknown kind has none."""
    if kind is None:
        return _top_nodes(session)
    if kind == "workgroups":
        return workgroup_children(session, None)
    reader = _CHILDREN_READERS.get(kind)
    return reader(session, obj_id) if reader is not None else []


def _top_nodes(session: Session) -> list[TreeNode]:
    programmes = _nodes(
        session,
        "SELECT id, 'Werkprogramma ' || start_year || '-' || end_year AS label, 1 AS kids "
        "FROM programme ORDER BY start_year DESC",
        {},
        "programme",
    )
    orphans = _nodes(
        session,
        f"SELECT id, title AS label, {_PLAN_KIDS}"
        "FROM plan WHERE programme_id IS NULL ORDER BY year DESC",
        {},
        "plan",
    )
    return programmes + orphans


def _programme_nodes(session: Session, programme_id: int | None) -> list[TreeNode]:
    """The programme's themes (its chapters, as ``theme`` nodes), then its plans, newest first."""
    plans = _nodes(
        session,
        f"SELECT id, title AS label, {_PLAN_KIDS}"
        "FROM plan WHERE programme_id = :id ORDER BY year DESC",
        {"id": programme_id},
        "plan",
    )
    themes = _nodes(
        session,
        "SELECT id, trim(number || ' ' || title) AS label, "
        "EXISTS (SELECT 1 FROM section s WHERE s.chapter_id = chapter.id) AS kids "
        "FROM chapter WHERE programme_id = :id ORDER BY position",
        {"id": programme_id},
        "theme",
    )
    return themes + plans


def _plan_nodes(session: Session, plan_id: int | None) -> list[TreeNode]:
    return _numbered_nodes(
        session,
        "SELECT id, number, title, "
        "EXISTS (SELECT 1 FROM section s WHERE s.chapter_id = chapter.id) AS kids "
        "FROM chapter WHERE plan_id = :id ORDER BY position",
        {"id": plan_id},
        "chapter",
    )


def _chapter_nodes(session: Session, chapter_id: int | None) -> list[TreeNode]:
    """A chapter's (or theme's) top-level sections."""
    return _numbered_nodes(
        session,
        f"SELECT id, number, title, {_SECTION_KIDS}"
        "FROM section WHERE chapter_id = :id AND parent_id IS NULL ORDER BY position",
        {"id": chapter_id},
        "section",
    )


def _section_nodes(session: Session, section_id: int | None) -> list[TreeNode]:
    """A section's sub-sections, then its items (``detail``: the item kind, ``flagship`` for
    a flagship)."""
    subsections = _numbered_nodes(
        session,
        f"SELECT id, number, title, {_SECTION_KIDS}"
        "FROM section WHERE parent_id = :id ORDER BY position",
        {"id": section_id},
        "section",
    )
    items = _nodes(
        session,
        "SELECT id, title AS label, 0 AS kids, "
        "CASE WHEN is_flagship THEN 'flagship' ELSE kind END AS detail "
        "FROM plan_item WHERE section_id = :id ORDER BY position",
        {"id": section_id},
        "item",
    )
    return subsections + items


_CHILDREN_READERS: dict[str, Callable[[Session, int | None], list[TreeNode]]] = {
    "programme": _programme_nodes,
    "plan": _plan_nodes,
    "chapter": _chapter_nodes,
    "theme": _chapter_nodes,
    "section": _section_nodes,
}


def workgroup_children(
    session: Session, parent_id: int | None, naming: Naming | None = None
) -> list[TreeNode]:
    """The workgroups under ``parent_id`` (the top ones for None) as tree nodes, labelled
    "CODE · name" (the name it is shown by under ``naming``:
    :func:`bnldesk.domain.workgroup_names.shown_name`) and sorted by code, then name; a
    node's ``detail`` is its code."""
    where = "parent_id IS NULL" if parent_id is None else "parent_id = :id"
    rows = session.execute(
        text(
            "SELECT id, code, "
            "EXISTS (SELECT 1 FROM workgroup c WHERE c.parent_id = workgroup.id) AS kids "
            f"FROM workgroup WHERE {where} ORDER BY coalesce(nullif(code, ''), name), id"
        ),
        {"id": parent_id},
    ).all()
    names = shown_names_in(session, [int(row.id) for row in rows], naming or Naming())
    nodes = []
    for row in rows:
        shown = names.get(int(row.id))
        name = shown.name if shown is not None else ""
        nodes.append(
            TreeNode(
                "workgroup",
                int(row.id),
                f"{row.code} · {name}" if row.code else name,
                bool(row.kids),
                str(row.code or ""),
            )
        )
    return nodes


def contact_rows(session: Session) -> list[TreeNode]:
    """Every Secretariat-General contact as a tree node (detail: role and domain), by name."""
    return _nodes(
        session,
        "SELECT id, name AS label, 0 AS kids, trim(role || ' ' || domain) AS detail "
        "FROM contact ORDER BY name",
        {},
        "contact",
    )


# --------------------------------------------------------------------------------------------
# the central lists: plan items and notes
# --------------------------------------------------------------------------------------------

_NEWEST_YEAR = "(SELECT max(year) FROM plan)"

# Every order ends on the row id, so that pages fetched by position never repeat or skip a
# row whose sort values tie with another's (and equal keys come in the same order on every
# database); {n} puts missing values (NULL) first in ascending order on both, as SQLite does.
ITEM_SORTS = {
    "year": "p.year {d}, c.position, s.position, i.position, i.id",
    "section": "p.year, c.position, s.position {d}, i.position, i.id",
    "kind": "i.is_flagship {d}, i.kind {d}, p.year, i.position, i.id",
    "title": "lower(i.title) {d}, i.id",
    "default": "p.year DESC, c.position, s.position, i.position, i.id",
}

NOTE_SORTS = {
    "updated": "a.updated_at {d}, a.id {d}",
    "target": "lower(a.target_label) {d}, a.updated_at DESC, a.id DESC",
    "year": "a.plan_year {d} {n}, a.updated_at DESC, a.id DESC",
    "status": "a.status {d}, a.updated_at DESC, a.id DESC",
    "priority": "a.priority {d}, a.updated_at DESC, a.id DESC",
    "default": "a.updated_at DESC, a.id DESC",
}


def _note_conditions(
    f: BrowseFilter, alias: str, params: dict[str, object], *, per_note: bool = False
) -> list[str]:
    """The conditions ``f`` sets on a note (alias ``alias``), their parameters added to
    ``params``. ``per_note``: the statement looks the notes of a few rows up one by one
    (a walked page), so open actions are looked up from each note; a list of every open
    action, probed per note, made a walked first page of "open actions" 6.4 s at 4x."""
    cond: list[str] = []
    # Tags and open actions are looked up from their own (indexed) side: a few thousand rows
    # at most, instead of one lookup per note.
    if f.tag:
        cond.append(
            f"{alias}.id IN (SELECT at.annotation_id FROM annotation_tag at "
            "WHERE at.tag_id = (SELECT id FROM tag WHERE name = :tag))"
        )
        params["tag"] = f.tag
    if f.status:
        cond.append(f"{alias}.status = :status")
        params["status"] = f.status
    if f.priority is not None:
        cond.append(f"{alias}.priority = :priority")
        params["priority"] = f.priority
    if f.has_open_actions and per_note:
        cond.append(
            f"EXISTS (SELECT 1 FROM action_item x WHERE x.annotation_id = {alias}.id "
            "AND x.status = 'open' AND x.deleted_at IS NULL)"
        )
    elif f.has_open_actions:
        cond.append(
            f"{alias}.id IN (SELECT x.annotation_id FROM action_item x "
            "WHERE x.status = 'open' AND x.deleted_at IS NULL AND x.annotation_id IS NOT NULL)"
        )
    return cond


# The items under the object the navigator shows (``:scope``, its row id), by its kind.
_ITEM_SCOPES: dict[str, str] = {
    "programme": "p.programme_id = :scope",
    "plan": "p.id = :scope",
    "chapter": "c.id = :scope",
    "section": "(s.id = :scope OR s.parent_id = :scope)",
    "item": "i.section_id = (SELECT section_id FROM plan_item WHERE id = :scope)",
    "workgroup": (
        "(s.id IN (SELECT section_id FROM workgroup_section WHERE workgroup_id = :scope) "
        "OR s.parent_id IN "
        "(SELECT section_id FROM workgroup_section WHERE workgroup_id = :scope))"
    ),
    "contact": "s.id IN (SELECT section_id FROM contact_section WHERE contact_id = :scope)",
}


def _item_notes_condition(f: BrowseFilter, params: dict[str, object], *, walking: bool) -> str:
    """The condition on an item's notes that ``f`` asks for ("" for none), its parameters
    added to ``params``. ``walking``: see :func:`_item_where`."""
    note_cond = _note_conditions(f, "a", params, per_note=walking)
    if not (note_cond or f.has_notes):
        return ""
    also = "".join(" AND " + c for c in note_cond)
    if walking:
        # A page walked plan by plan stops after a few thousand items: each one's notes are
        # looked up (the index of live notes by target) rather than every note read first.
        return (
            "EXISTS (SELECT 1 FROM annotation a WHERE a.target_kind = 'item' "
            "AND a.target_key = i.identity_key AND a.deleted_at IS NULL" + also + ")"
        )
    # An IN list is built once and probed per item; a correlated EXISTS would look the
    # notes up again for each of tens of thousands of items.
    return (
        "i.identity_key IN (SELECT a.target_key FROM annotation a WHERE "
        "a.target_kind = 'item' AND a.deleted_at IS NULL" + also + ")"
    )


def _item_where(f: BrowseFilter, *, walking: bool = False) -> tuple[str, dict[str, object]]:
    """The WHERE clause of the plan items ``f`` lets through, and its parameters. ``walking``:
    the statement walks the items plan by plan and stops at a page, so an item's notes are
    looked up from the item rather than listed first."""
    where: list[str] = []
    params: dict[str, object] = {}
    if f.change:
        # The change state names its plan itself (for "gone", the one before the year).
        year = ":change_year" if f.plan_year is not None else _NEWEST_YEAR
        where.append(changes.state_condition("item", f.change, year, alias="i"))
        params["change_year"] = f.plan_year
    elif f.plan_year is not None:
        where.append("p.year = :year")
        params["year"] = f.plan_year
    if f.chapter_key:
        where.append("c.identity_key = :chapter_key")
        params["chapter_key"] = f.chapter_key
    if f.kind == "flagship":
        where.append("i.is_flagship = :flagship")
        params["flagship"] = True
    elif f.kind:
        where.append("i.kind = :kind")
        params["kind"] = f.kind
    if f.workgroup_id is not None:
        where.append(
            "(s.id IN (SELECT section_id FROM workgroup_section WHERE workgroup_id = :wg) OR "
            "s.parent_id IN (SELECT section_id FROM workgroup_section WHERE workgroup_id = :wg))"
        )
        params["wg"] = f.workgroup_id
    notes = _item_notes_condition(f, params, walking=walking)
    if notes:
        where.append(notes)
    if f.scope is not None:
        params["scope"] = f.scope.obj_id
        scope = _ITEM_SCOPES.get(f.scope.kind)  # a kind not listed (a theme) puts no condition
        if scope is not None:
            where.append(scope)
    return (" WHERE " + " AND ".join(where)) if where else "", params


_ITEM_FROM = (
    "FROM plan_item i JOIN section s ON s.id = i.section_id "
    "JOIN chapter c ON c.id = s.chapter_id JOIN plan p ON p.id = c.plan_id"
)


def _item_from_by_year(session: Session) -> str:
    """The same rows walked plan by plan (on SQLite, CROSS JOIN fixes the loop order): sorted
    by year first, SQLite then only sorts within a year and stops once a page is full.

    On SQLite the items of a section are read through their index by section: given the
    statistics of a large file, SQLite preferred to build a covering index of every item
    first (16 ms of a 17 ms page) for a walk that reads a few thousand."""
    backend = backend_of(session)
    join = backend.fixed_order_join
    items = "plan_item i" if backend.is_server else "plan_item i INDEXED BY ix_plan_item_section_id"
    return (
        f"FROM plan p {join} chapter c ON c.plan_id = p.id "
        f"{join} section s ON s.chapter_id = c.id {join} {items} ON i.section_id = s.id"
    )


def count_items(session: Session, f: BrowseFilter) -> int:
    """How many plan items the filter lets through (the whole list, not a page)."""
    where, params = _item_where(f)
    return int(session.execute(text(f"SELECT count(*) {_ITEM_FROM}{where}"), params).scalar_one())


def _order(sorts: dict[str, str], sort: str, descending: bool) -> str:
    template = sorts.get(sort, sorts["default"])
    nulls = "NULLS LAST" if descending else "NULLS FIRST"
    return template.replace("{d}", "DESC" if descending else "ASC").replace("{n}", nulls)


_FLIPPED = {"ASC": "DESC", "DESC": "ASC", "FIRST": "LAST", "LAST": "FIRST"}


def _reversed_order(order: str) -> str:
    """``order`` (an ORDER BY list of :func:`_order`) read from the other end: each term's
    direction and NULLS placement turned round ("p.year DESC, c.position" gives "p.year ASC,
    c.position DESC"). A term without a direction is ascending, NULLs first on SQLite and last
    on PostgreSQL, as its reverse without NULLS puts them at the other end on each."""
    terms = []
    for term in order.split(", "):
        words = term.split(" ")
        if len(words) == 1 or words[1] not in _FLIPPED:
            words.insert(1, "ASC")
        terms.append(" ".join(_FLIPPED.get(word, word) for word in words))
    return ", ".join(terms)


@dataclass(frozen=True, slots=True)
class _Window:
    """Which rows of the ordered list a page statement reads: ``limit`` rows from ``offset`` in
    ``order``; ``backwards``: the order is the list's reversed, and the rows read are the page
    from its last row up."""

    order: str
    offset: int
    limit: int
    backwards: bool


def _page_window(order: str, offset: int, limit: int, total: int | None) -> _Window:
    """How to read the page of ``limit`` rows at ``offset`` of a list ``total`` rows long.

    SQLite (and PostgreSQL) step through every row before OFFSET: the last page of 400,000
    notes walked them all (Ctrl+End grew with the list). With the list's length known, a page
    in the second half is read from the end instead: the reversed order, offset from the end,
    so no page costs more than the middle one, and the ends cost as much as the first page.
    Every order ends on the row id, so the reversed order is exactly the list upside down."""
    if total is None or offset <= (total - limit) // 2:
        return _Window(order, offset, limit, backwards=False)
    end = min(offset + limit, total)
    return _Window(_reversed_order(order), total - end, max(end - offset, 0), backwards=True)


def _page_ids(
    session: Session, statement: str, params: dict[str, object], window: _Window
) -> list[int]:
    """The row ids a page statement (``statement``, ending in ORDER BY ... LIMIT ... OFFSET
    ..., with ``{order}`` in place of its order) gives for ``window``, in the list's order."""
    if window.limit <= 0:
        return []
    sql = statement.replace("{order}", window.order)
    found = session.execute(text(sql), {**params, "offset": window.offset, "limit": window.limit})
    ids = [int(row[0]) for row in found]
    return ids[::-1] if window.backwards else ids


# A walked page with open actions stops within this many rows of either end of the list.
_WALKED_OPEN_ACTIONS_MOST = 1000


def _walked(f: BrowseFilter, window: _Window) -> bool:
    """Whether a page of items in plan order is read by walking the items plan by plan
    (:func:`_item_from_by_year`), stopping once the page is full, rather than by sorting
    every item the filter lets through.

    Walking pays when many items match. A tag or a change selects few, and starting from
    them (the planner's choice) is faster. Open actions let through one item in 14 at 4x:
    a page near either end is walked (22 ms for the first page at 4x against 139 ms for
    sorting the 14,772 items), one in the middle is sorted (walked, 354 ms at row 7,200)."""
    if f.tag or f.change:
        return False
    if f.has_open_actions:
        return window.offset + window.limit <= _WALKED_OPEN_ACTIONS_MOST
    return True


def fetch_items(
    session: Session,
    f: BrowseFilter,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: str = "default",
    descending: bool = False,
    total: int | None = None,
) -> list[ItemRow]:
    """One page of plan items: ``limit`` rows from position ``offset`` in the list's order.
    ``total``: the list's length (:func:`count_items`) when the caller knows it; a page in
    the second half is then read from the end (see :func:`_page_window`)."""
    window = _page_window(_order(ITEM_SORTS, sort, descending), offset, limit, total)
    by_year = sort in ("default", "year", "section") and _walked(f, window)
    where, params = _item_where(f, walking=by_year)
    source = _item_from_by_year(session) if by_year else _ITEM_FROM
    statement = f"SELECT i.id {source}{where} ORDER BY {{order}} LIMIT :limit OFFSET :offset"
    ids = _page_ids(session, statement, params, window)
    if not ids:
        return []
    # Only the page's rows get their details, note counts and year-over-year state.
    sql = (
        "SELECT i.id, p.year, s.number AS section, s.title AS section_title, i.kind, "
        "i.is_flagship, i.title, i.identity_key, "
        "(SELECT count(*) FROM annotation a WHERE a.target_kind = 'item' "
        " AND a.target_key = i.identity_key AND a.deleted_at IS NULL) AS notes, "
        f"{changes.state_sql('item', 'i')} AS change "
        f"{_ITEM_FROM} WHERE i.id IN ({','.join(str(i) for i in ids)})"
    )
    by_id: dict[int, ItemRow] = {
        int(r.id): ItemRow(
            id=int(r.id),
            year=r.year,
            section=numbered_label(r.section or "", r.section_title or ""),
            kind="flagship" if r.is_flagship else r.kind,
            title=r.title,
            key=r.identity_key,
            notes=int(r.notes),
            # The Gone filter lists the previous plan's items: gone is what they are in the
            # year compared, whatever they were against the plan before theirs.
            change="gone" if f.change == "gone" else _shown_change(r.change),
        )
        for r in session.execute(text(sql))
    }
    return [by_id[i] for i in ids if i in by_id]


def _shown_change(state: str | None) -> str:
    """An item's change state as the list shows it: "" for the same or nothing to compare."""
    return "" if state == "same" else str(state or "")


def _note_where(f: BrowseFilter, *, per_note: bool = False) -> tuple[str, dict[str, object]]:
    """The WHERE clause of the notes ``f`` lets through, and its parameters; ``per_note``
    as in :func:`_note_conditions` (a page read in an index's order, stopping once full)."""
    params: dict[str, object] = {}
    where = ["a.deleted_at IS NULL", *_note_conditions(f, "a", params, per_note=per_note)]
    year = f.plan_year
    if f.scope is not None:
        where.append(_note_scope(f.scope))
        params["scope_id"] = f.scope.obj_id
    if year is not None:
        where.append("a.plan_year = :year")
        params["year"] = year
    if f.workgroup_id is not None:
        where.append(
            "a.target_kind = 'workgroup' AND a.target_key = "
            "(SELECT identity_key FROM workgroup WHERE id = :wg)"
        )
        params["wg"] = f.workgroup_id
    if f.kind:
        where.append("a.target_kind = 'item'")
    return " WHERE " + " AND ".join(where), params


# The sections a scope holds (``:scope_id`` is the scope's object), and the plan they are in.
_SCOPE_SECTIONS: dict[str, str] = {
    "chapter": "SELECT id FROM section WHERE chapter_id = :scope_id",
    "section": "SELECT id FROM section WHERE id = :scope_id OR parent_id = :scope_id",
    # A plan item scopes the list to its section (as the item list does).
    "item": (
        "SELECT id FROM section WHERE id = (SELECT section_id FROM plan_item WHERE id = :scope_id) "
        "OR parent_id = (SELECT section_id FROM plan_item WHERE id = :scope_id)"
    ),
}
_SCOPE_YEAR: dict[str, str] = {
    "chapter": "SELECT p.year FROM chapter c JOIN plan p ON p.id = c.plan_id WHERE c.id = :scope_id",
    "section": (
        "SELECT p.year FROM section s JOIN chapter c ON c.id = s.chapter_id "
        "JOIN plan p ON p.id = c.plan_id WHERE s.id = :scope_id"
    ),
    "item": (
        "SELECT p.year FROM plan_item i JOIN section s ON s.id = i.section_id "
        "JOIN chapter c ON c.id = s.chapter_id JOIN plan p ON p.id = c.plan_id "
        "WHERE i.id = :scope_id"
    ),
}


def _note_scope(scope: Scope) -> str:
    """The notes a scope holds: the notes on its object and on what the object contains in
    that plan (a section's sub-sections and items; a chapter's sections), written for that
    plan's year, so a note on the same project in another year's plan, or on a workgroup the
    section names, is not among them. A plan or programme holds the notes of its years; a
    workgroup and a contact their own notes (as the search within them finds)."""
    if scope.kind == "plan":
        return "a.plan_year = (SELECT year FROM plan WHERE id = :scope_id)"
    if scope.kind == "programme":
        return "a.plan_year IN (SELECT year FROM plan WHERE programme_id = :scope_id)"
    if scope.kind == "workgroup":
        return (
            "a.target_kind = 'workgroup' AND a.target_key = "
            "(SELECT identity_key FROM workgroup WHERE id = :scope_id)"
        )
    if scope.kind == "contact":
        return (
            "a.target_kind = 'contact' AND a.target_key = "
            "(SELECT identity_key FROM contact WHERE id = :scope_id)"
        )
    sections = _SCOPE_SECTIONS.get(scope.kind)
    if sections is None:
        return "FALSE"
    on_objects = [
        f"(a.target_kind = 'section' AND a.target_key IN (SELECT identity_key FROM section "
        f"WHERE id IN ({sections})))",
        f"(a.target_kind = 'item' AND a.target_key IN (SELECT identity_key FROM plan_item "
        f"WHERE section_id IN ({sections})))",
    ]
    if scope.kind == "chapter":
        on_objects.append(
            "(a.target_kind = 'chapter' AND a.target_key = "
            "(SELECT identity_key FROM chapter WHERE id = :scope_id))"
        )
    # The year compared as SQLite's IS would, written for both databases.
    year = f"({_SCOPE_YEAR[scope.kind]})"
    same_year = f"(a.plan_year = {year} OR (a.plan_year IS NULL AND {year} IS NULL))"
    return f"({' OR '.join(on_objects)}) AND {same_year}"


# The notes list's orders an index gives (migration 0012), read without sorting every note.
_INDEXED_NOTE_SORTS = frozenset({"default", "updated", "target", "status", "priority"})


def _notes_walked(f: BrowseFilter, sort: str, window: _Window) -> bool:
    """Whether a page of notes is read in its order's index, each note tested for open
    actions (one note in 13 has one: the first page of "open actions" at 4x 81 -> 7 ms), rather
    than every note with an open action listed and sorted. Only near either end of the list,
    and not within a year, workgroup or scope, which keep few notes: walked by title, the
    296 notes of "year + open actions" took 405-531 ms at 4x, sorted 76-80."""
    narrow = f.plan_year is not None or f.workgroup_id is not None or f.scope is not None
    return (
        f.has_open_actions
        and not narrow
        and sort in _INDEXED_NOTE_SORTS
        and window.offset + window.limit <= _WALKED_OPEN_ACTIONS_MOST
    )


def count_notes(session: Session, f: BrowseFilter) -> int:
    """How many live notes the filter lets through (the whole list, not a page)."""
    where, params = _note_where(f)
    return int(
        session.execute(text(f"SELECT count(*) FROM annotation a{where}"), params).scalar_one()
    )


def fetch_notes(
    session: Session,
    f: BrowseFilter,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: str = "default",
    descending: bool = False,
    naming: Naming | None = None,
    total: int | None = None,
) -> list[NoteRow]:
    """One page of notes: ``limit`` rows from position ``offset`` in the list's order; a
    workgroup note's target by the name the workgroup is shown by under ``naming`` (default:
    the plan of ``f``), not the label stored on the day the note was written.
    ``total``: the list's length (:func:`count_notes`) when the caller knows it; a page in
    the second half is then read from the end (see :func:`_page_window`)."""
    window = _page_window(_order(NOTE_SORTS, sort, descending), offset, limit, total)
    where, params = _note_where(f, per_note=_notes_walked(f, sort, window))
    statement = (
        f"SELECT a.id FROM annotation a{where} ORDER BY {{order}} LIMIT :limit OFFSET :offset"
    )
    ids = _page_ids(session, statement, params, window)
    if not ids:
        return []
    sql = (
        "SELECT a.id, a.target_kind, a.target_key, a.target_id, a.target_label, a.plan_year, "
        "a.body, a.status, a.priority, a.visibility, a.updated_at, "
        "(SELECT count(*) FROM action_item x WHERE x.annotation_id = a.id "
        " AND x.status = 'open' AND x.deleted_at IS NULL) AS open_actions "
        f"FROM annotation a WHERE a.id IN ({','.join(str(i) for i in ids)})"
    )
    tags = _tags_of(session, ids)
    found = list(session.execute(text(sql)))
    titles = workgroup_titles_in(
        session,
        [str(r.target_key) for r in found if r.target_kind == "workgroup"],
        naming or Naming(f.plan_year),
    )
    by_id: dict[int, NoteRow] = {
        int(r.id): NoteRow(
            id=int(r.id),
            target_kind=r.target_kind,
            target_key=r.target_key,
            target_id=r.target_id,
            target=titles.get(str(r.target_key), r.target_label)
            if r.target_kind == "workgroup"
            else r.target_label,
            year=r.plan_year,
            body=" ".join((r.body or "").split())[:300],
            status=r.status,
            priority=int(r.priority or 0),
            visibility=r.visibility,
            updated=str(r.updated_at or "")[:16],
            tags=", ".join(tags.get(int(r.id), [])),
            open_actions=int(r.open_actions),
        )
        for r in found
    }
    return [by_id[i] for i in ids if i in by_id]


def _tags_of(session: Session, ids: list[int]) -> dict[int, list[str]]:
    """The tag names of each note in ``ids``, by name."""
    tags: dict[int, list[str]] = {}
    for note_id, name in session.execute(
        text(
            "SELECT at.annotation_id, t.name FROM annotation_tag at JOIN tag t "
            f"ON t.id = at.tag_id WHERE at.annotation_id IN ({','.join(str(i) for i in ids)}) "
            "ORDER BY t.name"
        )
    ):
        tags.setdefault(int(note_id), []).append(str(name))
    return tags


# --------------------------------------------------------------------------------------------
# filter choices and counts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilterChoices:
    """What the filter bar offers: plan years (newest first), chapters as (identity key,
    label) grouped by plan, newest plan first, each label led by its plan's year ("2022 · 1 Een
    competitieve en duurzame Benelux": every plan has a chapter 1), workgroups as (id,
    "CODE · name"), tag names; ``chapter_years`` gives each chapter's plan years (newest
    first) and ``plan_years`` each plan's year by its id, to offer one plan's chapters."""

    years: list[int] = field(default_factory=list)
    chapters: list[tuple[str, str]] = field(default_factory=list)
    workgroups: list[tuple[int, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    chapter_years: dict[str, tuple[int, ...]] = field(default_factory=dict)
    plan_years: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Totals:
    """How many of each the database holds (live notes, open action items): ``plans`` the
    annual plans, ``programmes`` the work programmes (the navigator lists both)."""

    plans: int = 0
    items: int = 0
    workgroups: int = 0
    notes: int = 0
    open_actions: int = 0
    programmes: int = 0


def filter_choices(session: Session) -> FilterChoices:
    """The years, chapters, workgroups and tags the filter bar offers."""
    plan_years = {
        int(r.id): int(r.year)
        for r in session.execute(text("SELECT id, year FROM plan ORDER BY year DESC"))
    }
    years = sorted(set(plan_years.values()), reverse=True)
    rows = list(
        session.execute(
            text(
                "SELECT chapter.identity_key, min(chapter.number) AS number, "
                "min(chapter.title) AS title, max(p.year) AS newest FROM chapter "
                "JOIN plan p ON p.id = chapter.plan_id GROUP BY chapter.identity_key"
            )
        )
    )
    chapter_years: dict[str, list[int]] = {}
    for key, year in session.execute(
        text(
            "SELECT DISTINCT chapter.identity_key, p.year FROM chapter "
            "JOIN plan p ON p.id = chapter.plan_id ORDER BY p.year DESC"
        )
    ):
        chapter_years.setdefault(str(key), []).append(int(year))
    # The newest plan first; in a plan by the number's leading whole number ("3" of "3.1";
    # none counts as 0), then title.
    rows.sort(key=lambda r: (-int(r.newest), _leading_number(r.number), r.title))
    chapters = [
        (
            str(r.identity_key),
            ", ".join(map(str, chapter_years[str(r.identity_key)]))
            + " · "
            + numbered_label(r.number, r.title),
        )
        for r in rows
    ]
    workgroups = [
        (int(r.id), f"{r.code} · {r.name}" if r.code else str(r.name))
        for r in session.execute(
            text("SELECT id, code, name FROM workgroup ORDER BY coalesce(nullif(code, ''), name)")
        )
    ]
    tags = [str(n) for (n,) in session.execute(text("SELECT name FROM tag ORDER BY name"))]
    return FilterChoices(
        years,
        chapters,
        workgroups,
        tags,
        {key: tuple(plan_list) for key, plan_list in chapter_years.items()},
        plan_years,
    )


def _leading_number(number: str | None) -> int:
    digits = re.match(r"\s*(\d+)", number or "")
    return int(digits[1]) if digits else 0


def totals(session: Session) -> Totals:
    """The counts the status bar shows for the whole database."""
    row = session.execute(
        text(
            "SELECT (SELECT count(*) FROM plan) AS plans, "
            "(SELECT count(*) FROM programme) AS programmes, "
            "(SELECT count(*) FROM plan_item) AS items, "
            "(SELECT count(*) FROM workgroup) AS workgroups, "
            "(SELECT count(*) FROM annotation WHERE deleted_at IS NULL) AS notes, "
            "(SELECT count(*) FROM action_item WHERE status = 'open' AND deleted_at IS NULL) "
            "AS open_actions"
        )
    ).one()
    return Totals(
        plans=int(row.plans),
        items=int(row.items),
        workgroups=int(row.workgroups),
        notes=int(row.notes),
        open_actions=int(row.open_actions),
        programmes=int(row.programmes),
    )


def all_tags(session: Session) -> list[str]:
    """Every tag's name, sorted."""
    return [str(n) for (n,) in session.execute(text("SELECT name FROM tag ORDER BY name"))]


# --------------------------------------------------------------------------------------------
# one object with its context
# --------------------------------------------------------------------------------------------


def section_crumbs(session: Session, section_id: int) -> list[tuple[str, int, str]]:
    """The tree's nodes above and including section ``section_id``, from the top (programme,
    plan, chapter, parent sections, the section): ``(kind, id, label)``; [] when it is gone."""
    crumbs: list[tuple[str, int, str]] = []
    current: int | None = section_id
    chapter_id = None
    while current is not None:
        row = session.execute(
            text("SELECT id, number, title, parent_id, chapter_id FROM section WHERE id = :id"),
            {"id": current},
        ).one_or_none()
        if row is None:
            break
        crumbs.insert(0, ("section", int(row.id), numbered_label(row.number, row.title)))
        chapter_id = row.chapter_id
        current = row.parent_id
    if chapter_id is not None:
        crumbs = chapter_crumbs(session, int(chapter_id)) + crumbs
    return crumbs


def chapter_crumbs(session: Session, chapter_id: int) -> list[tuple[str, int, str]]:
    """The tree's nodes down to chapter ``chapter_id`` (a programme's chapter is a ``theme``),
    from the top: ``(kind, id, label)``; [] when it is gone."""
    row = session.execute(
        text("SELECT id, number, title, plan_id, programme_id FROM chapter WHERE id = :id"),
        {"id": chapter_id},
    ).one_or_none()
    if row is None:
        return []
    kind = "chapter" if row.plan_id is not None else "theme"
    crumbs = [(kind, int(row.id), numbered_label(row.number, row.title))]
    if row.plan_id is not None:
        crumbs = plan_crumbs(session, int(row.plan_id)) + crumbs
    elif row.programme_id is not None:
        crumbs = programme_crumbs(session, int(row.programme_id)) + crumbs
    return crumbs


def plan_crumbs(session: Session, plan_id: int) -> list[tuple[str, int, str]]:
    """The tree's nodes down to plan ``plan_id`` (its programme first when it has one):
    ``(kind, id, label)``; [] when it is gone."""
    row = session.execute(
        text("SELECT id, title, programme_id FROM plan WHERE id = :id"), {"id": plan_id}
    ).one_or_none()
    if row is None:
        return []
    crumbs = [("plan", int(row.id), str(row.title))]
    if row.programme_id is not None:
        crumbs = programme_crumbs(session, int(row.programme_id)) + crumbs
    return crumbs


def programme_crumbs(session: Session, programme_id: int) -> list[tuple[str, int, str]]:
    """Programme ``programme_id`` as the tree's one node ``("programme", id, "Werkprogramma
    2021-2024")``; [] when it is gone."""
    row = session.execute(
        text("SELECT id, start_year, end_year FROM programme WHERE id = :id"),
        {"id": programme_id},
    ).one_or_none()
    if row is None:
        return []
    return [("programme", int(row.id), f"Werkprogramma {row.start_year}-{row.end_year}")]


def path_to(session: Session, kind: str, obj_id: int) -> list[tuple[str, int, str]]:
    """The chain of tree nodes from the top down to the object itself (for revealing it)."""
    if kind == "item":
        sec = session.execute(
            text("SELECT section_id, title FROM plan_item WHERE id = :id"), {"id": obj_id}
        ).one_or_none()
        if sec is None:
            return []
        return [*section_crumbs(session, int(sec.section_id)), ("item", obj_id, sec.title)]
    if kind == "section":
        return section_crumbs(session, obj_id)
    if kind in ("chapter", "theme"):
        return chapter_crumbs(session, obj_id)
    if kind == "plan":
        return plan_crumbs(session, obj_id)
    if kind == "programme":
        return programme_crumbs(session, obj_id)
    if kind == "workgroup":
        chain: list[tuple[str, int, str]] = []
        current: int | None = obj_id
        while current is not None:
            row = session.execute(
                text("SELECT id, code, name, parent_id FROM workgroup WHERE id = :id"),
                {"id": current},
            ).one_or_none()
            if row is None:
                break
            chain.insert(0, ("workgroup", int(row.id), str(row.code or row.name)))
            current = row.parent_id
        return chain
    return []


def note_target(session: Session, note_id: int) -> tuple[str, int] | None:
    """The plan object note ``note_id`` is on, as (kind, id); None for a note that is gone or
    on nothing in a plan here."""
    row = session.execute(
        text("SELECT target_kind, target_id FROM annotation WHERE id = :id"), {"id": note_id}
    ).one_or_none()
    if row is None or row.target_id is None:
        return None
    return str(row.target_kind), int(row.target_id)

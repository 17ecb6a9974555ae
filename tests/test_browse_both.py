"""The window's queries (store/browse.py) give the same answers on an SQLite file and on a server:
the plan tree, both lists with every sort and filter (the year-over-year change too), the filter
choices, details and paths, and searches within each filter."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pg_server
import pytest

from bnldesk.domain.search_query import parse
from bnldesk.services.annotations import NoteFields, add_action, add_annotation, resolve_target
from bnldesk.store import browse
from bnldesk.store.browse import BrowseFilter, Scope
from bnldesk.store.engine import Store, open_store
from bnldesk.store.search import run_search

NOTES = (
    ("SENN-CRISE", "Standpunt BE: steunen", ["crisis", "BE"], 3, "open"),
    ("SENN-CRISE", "Navragen bij de FOD", ["crisis"], 1, "in_progress"),
    ("3.1", "Energie: 'voorbehoud' & <b>", ["energie"], 2, "done"),
    ("item:12", "Politieverdrag: uitvoering volgen", [], 0, "open"),
    ("item:1", "Fiets roadmap", ["mobiliteit"], 2, "open"),
)


def _fill(store: Store) -> None:
    with store.transaction() as s:
        for ref, body, tags, priority, status in NOTES:
            note = add_annotation(
                s,
                resolve_target(s, ref, plan_year=2022),
                NoteFields(
                    body=body, tags=tags, priority=priority, status=status, visibility="delegation"
                ),
                # A server writes the connected role as the author (searched, in snippets).
                author=pg_server.ADMIN,
            )
            if priority == 3:
                add_action(s, note, "Call the Secretariat-General")


def _everything(store: Store) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with store.read() as s:
        nodes = browse.tree_children(s, None, None)
        out["top"] = nodes
        for node in nodes:
            out[f"tree {node.kind} {node.obj_id}"] = children = browse.tree_children(
                s, node.kind, node.obj_id
            )
            for child in children[:6]:
                grandchildren = browse.tree_children(s, child.kind, child.obj_id)
                out[f"tree {child.kind} {child.obj_id}"] = grandchildren
                for grandchild in grandchildren[:4]:
                    out[f"tree {grandchild.kind} {grandchild.obj_id}"] = browse.tree_children(
                        s, grandchild.kind, grandchild.obj_id
                    )
        out["workgroups"] = browse.tree_children(s, "workgroups", None)
        out["contacts"] = browse.contact_rows(s)
        out["choices"] = browse.filter_choices(s)
        out["totals"] = browse.totals(s)
        out["tags"] = browse.all_tags(s)
        filters = {
            "all": BrowseFilter(),
            "2022": BrowseFilter(plan_year=2022),
            "flagship": BrowseFilter(kind="flagship"),
            "new": BrowseFilter(kind="new"),
            "chapter": BrowseFilter(chapter_key=out["choices"].chapters[0][0]),
            "workgroup": BrowseFilter(workgroup_id=out["choices"].workgroups[0][0]),
            "tag": BrowseFilter(tag="crisis"),
            "status": BrowseFilter(status="open"),
            "priority": BrowseFilter(priority=2),
            "has notes": BrowseFilter(has_notes=True),
            "open actions": BrowseFilter(has_open_actions=True),
            "plan scope": BrowseFilter(scope=Scope("plan", nodes[0].obj_id)),
            "new since": BrowseFilter(change="new"),
            "changed 2022": BrowseFilter(plan_year=2022, change="changed"),
            "same": BrowseFilter(change="same"),
            "gone": BrowseFilter(change="gone"),
        }
        for name, f in filters.items():
            out[f"count items {name}"] = browse.count_items(s, f)
            out[f"count notes {name}"] = browse.count_notes(s, f)
            for sort in browse.ITEM_SORTS:
                for descending in (False, True):
                    out[f"items {name} {sort} {descending}"] = browse.fetch_items(
                        s, f, limit=40, sort=sort, descending=descending
                    )
            for sort in browse.NOTE_SORTS:
                for descending in (False, True):
                    rows = browse.fetch_notes(s, f, limit=40, sort=sort, descending=descending)
                    out[f"notes {name} {sort} {descending}"] = [
                        dataclasses.replace(row, updated="") for row in rows
                    ]
        out["second page"] = browse.fetch_items(s, BrowseFilter(), offset=40, limit=40)
        # Searching within the window's filters, with the query language's own filters.
        for name, f in filters.items():
            for typed in ("samenwerking", "crisis OR energie -fiets", "tag:crisis", "kind:note"):
                result = run_search(s, parse(typed), within=f, limit=30)
                out[f"search {typed} within {name}"] = (
                    [(h.kind, h.obj_id, h.title, h.snippet, round(h.rank, 6)) for h in result.hits],
                    result.complete,
                )
        for kind, obj_id in (("item", 12), ("section", 3), ("chapter", 2), ("plan", 1),
                             ("programme", 1), ("workgroup", 1), ("contact", 1), ("theme", 1)):
            out[f"detail {kind}"] = browse.object_detail(s, kind, obj_id)
            out[f"path {kind}"] = browse.path_to(s, kind, obj_id)
    return out


@pytest.mark.slow
def test_browse_gives_the_same_answers_on_a_file_and_on_a_server(
    new_database: Callable[[bool], Any], pg_database: Callable[[bool], Any]
) -> None:
    results = []
    for location in (new_database(True), pg_database(True)):
        store = open_store(location)
        try:
            _fill(store)
            results.append(_everything(store))
        finally:
            store.close()
    on_file, on_server = results
    assert on_file.keys() == on_server.keys()
    different = [key for key in on_file if on_file[key] != on_server[key]]
    assert not different, [(k, on_file[k], on_server[k]) for k in different[:3]]
    # The comparison means something: the filters found things.
    assert on_file["count notes tag"] == 2 and on_file["count items flagship"] > 0
    assert on_file["count items new since"] > 0
    assert on_file["search samenwerking within all"][0]
    assert on_file["search crisis OR energie -fiets within 2022"][0]
    assert on_file["search tag:crisis within all"][0]
    assert on_file["notes all target False"][0].tags in ("", "BE, crisis", "crisis", "energie")
    assert dataclasses.is_dataclass(on_file["top"][0])

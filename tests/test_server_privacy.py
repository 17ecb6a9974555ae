"""Private notes on a delegation server, as delegates meet them: another delegate's notes sheet,
conflicts about a private note's action items, and roles set by a pooled connection."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from sheet_support import apply_sheet, edit_sheet, export_notes, plan_sheet
from sqlalchemy import select, text

from bnldesk.domain.models import Annotation, Visibility
from bnldesk.services.annotations import NoteFields, add_action, add_annotation, resolve_target
from bnldesk.services.start_page import start_page_data
from bnldesk.services.sync import Scope, build_payload, keep_as_conflict, list_conflicts, record_of
from bnldesk.services.sync_records import find_row
from bnldesk.store.backend import ServerAddress, parse_location
from bnldesk.store.engine import Store, open_store
from bnldesk.store.search import search
from bnldesk.store.search_pg import index_check
from bnldesk.store.server_admin import add_delegate


def _bodies(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT body, visibility FROM annotation ORDER BY id")).all()
    return [(str(r[0]), str(r[1])) for r in rows]


def test_anothers_sheet_with_a_row_of_her_private_note_skips_that_row(
    delegates: dict[str, Store], tmp_path: Path
) -> None:
    """Anna imports her sheet, whose new row became her private note; Bram imports a copy of
    the same sheet with a row of his own added: the private row is skipped with its reason,
    his row is imported, Anna's note is unchanged."""
    anna, bram = delegates["anna"], delegates["bram"]
    path = tmp_path / "anna.xlsx"
    export_notes(anna, path)
    edit_sheet(path, {}, [{"Target": "SENN-CRISE", "Text": "Geheim punt", "Visibility": "private"}])
    apply_sheet(anna, path)
    before = _bodies(anna)
    edit_sheet(path, {}, [{"Target": "SENN-CRISE", "Text": "Bram's punt"}])
    plan = plan_sheet(bram, path)
    assert [r.action for r in plan.rows] == ["skip", "new"]
    assert "\n" not in plan.skipped[0].message and plan.skipped[0].message
    apply_sheet(bram, path)
    assert _bodies(bram) == [("Bram's punt", "delegation")]
    assert _bodies(anna) == [*before, ("Bram's punt", "delegation")]
    again = plan_sheet(bram, path)
    assert not again.new and not again.updates


def _note_with_action(store: Store, body: str, visibility: str, action: str) -> tuple[str, str]:
    """A note on SENN-CRISE with one action item and the tag 'geheim'; (note uuid, action uuid)."""
    with store.transaction() as s:
        note = add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body=body, visibility=visibility, tags=["geheim"]),
        )
        item = add_action(s, note, action, owner="Anna")
        return note.uuid, item.uuid


def _conflicts(store: Store) -> tuple[int, list[str], int]:
    """What a delegate meets of conflicts: rows through SQL, the conflicts list, the count on
    the Start page."""
    with store.engine.connect() as conn:
        rows = int(conn.execute(text("SELECT count(*) FROM sync_conflict")).scalar_one())
    with store.read() as s:
        listed = [view.label for view in list_conflicts(s)]
        count = start_page_data(s, dt.date.today()).open_conflicts
    return rows, listed, count


def test_conflicts_about_a_private_notes_action_items_are_its_owners_alone(
    delegates: dict[str, Store],
) -> None:
    """Bram edits the action of a note Anna shared while she edits it too (a conflict about
    the action item, and one about the note); Anna then makes the note private: Bram sees
    neither conflict anywhere (SQL, conflicts list, Start page, a sync's payload), Anna both."""
    anna, bram = delegates["anna"], delegates["bram"]
    note_uuid, action_uuid = _note_with_action(
        anna, "Begroting 2027", "delegation", "Tegenvoorstel schrijven"
    )
    with bram.transaction() as s:
        for kind, record_uuid in (("action_item", action_uuid), ("annotation", note_uuid)):
            current = record_of(s, kind, find_row(s, kind, record_uuid))
            field = "title" if kind == "action_item" else "body"
            other = dataclasses.replace(current, **{field: "Bram's versie"})
            assert keep_as_conflict(s, kind, current, other)
    assert _conflicts(bram)[0] == 2
    with anna.transaction() as s:
        s.scalars(
            select(Annotation).where(Annotation.uuid == note_uuid)
        ).one().visibility = Visibility.PRIVATE
    assert _conflicts(bram) == (0, [], 0)
    with bram.read() as s:
        _, records, conflicts = build_payload(s, Scope())
    assert conflicts == [] and records["action_item"] == []
    rows, listed, count = _conflicts(anna)
    assert (rows, count) == (2, 2) and len(listed) == 2


def _pooled(pg_server: Any, database: str, role: str) -> Store:
    """A store through the pool's login role, switched to ``role`` as a connection pooler does
    (libpq's ``options=-c role=...`` in the URL: SET ROLE at connection start)."""
    url = pg_server.url("pool", database, password="pool-secret")
    return open_store(parse_location(f"{url}&options=-c%20role%3D{role}"))


def test_privacy_follows_the_role_a_pooled_connection_sets(
    pg_server: Any, delegates: dict[str, Store]
) -> None:
    """One login role for the office's connection pool, members anna and bram, switched to
    the delegate by SET ROLE: Anna's private note, its action, its tag and its search entry
    are hers through the pool as through her own login, and none of them is Bram's."""
    admin = delegates["admin"]
    location = admin.location
    assert isinstance(location, ServerAddress)
    add_delegate(location, "pool", "pool-secret")
    with admin.engine.connect() as conn:
        conn.execute(text("GRANT anna, bram TO pool"))
        conn.commit()
    as_anna, as_bram = (_pooled(pg_server, location.database, role) for role in ("anna", "bram"))
    try:
        note_uuid, action_uuid = _note_with_action(
            as_anna, "Vertrouwelijk: onderhandelingsmarge", "private", "Marge bepalen"
        )
        for anna in (as_anna, delegates["anna"]):
            with anna.read() as s:
                note = s.scalars(select(Annotation).where(Annotation.uuid == note_uuid)).one()
                assert (note.owner, [t.name for t in note.tags]) == ("anna", ["geheim"])
                assert [a.uuid for a in note.actions] == [action_uuid]
                assert [h.kind for h in search(s, "onderhandelingsmarge")] == ["annotation"]
                assert index_check(s) is None  # `bnldesk check` counts her notes as hers
        for bram in (as_bram, delegates["bram"]):
            with bram.engine.connect() as conn:
                for table in ("annotation", "action_item", "annotation_tag", "tag"):
                    count = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                    assert count == 0, table
            with bram.read() as s:
                assert search(s, "onderhandelingsmarge") == []
    finally:
        as_anna.close()
        as_bram.close()

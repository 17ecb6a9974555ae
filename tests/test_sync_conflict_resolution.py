"""A sync conflict as the delegate sees it: listed under the note it is about, resolved as a new
edit that every laptop takes as the newest version.

Two paired laptops (real files) edit the same note before they meet again; the bundle from one
is received by the other, which keeps the later edit and lists the other as a conflict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_support import laptops_of_one_delegation

from bnldesk.domain.models import Annotation
from bnldesk.services import sync
from bnldesk.services.annotations import NoteFields, add_annotation, apply_fields, resolve_target
from bnldesk.store.engine import Store


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    with laptops_of_one_delegation(tmp_path, "ab") as (a, b):
        yield a, b


def _exchange(sender: Store, receiver: Store, bundle: Path) -> sync.ReceiveReport:
    sync.share(sender, bundle)
    return sync.receive(receiver, bundle)


def _edit_body(store: Store, note_uuid: str, body: str) -> None:
    with store.transaction() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
        assert note is not None
        fields = NoteFields.of(note)
        fields.body = body
        apply_fields(s, note, fields)


def _note(store: Store, note_uuid: str) -> tuple[str, dt.datetime]:
    with store.read() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
        assert note is not None
        return note.body, note.updated_at


@pytest.fixture
def conflict(laptops: tuple[Store, Store], tmp_path: Path) -> str:
    """A note shared from A to B, then edited on A and (later) on B; B received A's edit and
    kept its own, the later one. Returns the note's id."""
    a, b = laptops
    with a.transaction() as s:
        note_uuid = add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="Oefening bespreken", visibility="delegation"),
        ).uuid
    _exchange(a, b, tmp_path / "1.bnlnotes")
    _edit_body(a, note_uuid, "Oefening in maart")
    _edit_body(b, note_uuid, "Oefening in april")
    report = _exchange(a, b, tmp_path / "2.bnlnotes")
    assert [change.line() for change in report.changes] == [
        "conflict   note on Strategische werkgroep Crisisbeheersing (SENN-CRISE): "
        "'Oefening in maart'"
    ]
    return note_uuid


def test_a_conflict_is_listed_under_the_note_it_is_about(
    laptops: tuple[Store, Store], conflict: str
) -> None:
    _, b = laptops
    with b.read() as s:
        (view,) = sync.list_conflicts(s)
    assert (view.kind, view.record_uuid) == ("annotation", conflict)
    assert view.label == (
        "note on Strategische werkgroep Crisisbeheersing (SENN-CRISE): 'Oefening in april'"
    )
    assert [(f.name, f.current, f.other) for f in view.fields] == [
        ("body", "Oefening in april", "Oefening in maart")
    ]


def test_a_resolution_is_the_newest_edit_on_every_laptop(
    laptops: tuple[Store, Store], conflict: str, tmp_path: Path
) -> None:
    a, b = laptops
    with b.read() as s:
        (view,) = sync.list_conflicts(s)
    _, edited_on_b = _note(b, conflict)
    before_resolving = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    with b.transaction() as s:
        sync.resolve_conflict(s, view.uuid, ["body"])

    body, resolved_at = _note(b, conflict)
    assert body == "Oefening in maart"
    # The resolution is an edit made now, later than both versions it settles.
    assert resolved_at >= before_resolving > edited_on_b
    with b.read() as s:
        assert sync.list_conflicts(s) == []
    # Laptop A, which still holds its own version, takes the resolution as it is.
    report = _exchange(b, a, tmp_path / "3.bnlnotes")
    assert _note(a, conflict) == ("Oefening in maart", resolved_at)
    assert [change.line() for change in report.changes] == [
        "updated    note on Strategische werkgroep Crisisbeheersing (SENN-CRISE): "
        "'Oefening in maart'",
        # Named by the version that lost the automatic merge: A's own.
        "conflict-resolved note on Strategische werkgroep Crisisbeheersing (SENN-CRISE): "
        "'Oefening in maart'",
    ]


def test_a_share_after_resolving_says_the_conflict_is_resolved(
    laptops: tuple[Store, Store], conflict: str, tmp_path: Path
) -> None:
    """Trial 12: every `share` after the resolve still said "1 conflict" while `conflicts`
    said none. The bundle carries the resolved conflict (so that A learns how it was
    resolved); the count says which it is."""
    _, b = laptops
    with b.read() as s:
        (view,) = sync.list_conflicts(s)
    open_share = sync.share(b, tmp_path / "open.bnlnotes")
    assert (open_share.conflicts, open_share.open_conflicts) == (1, 1)
    with b.transaction() as s:
        sync.resolve_conflict(s, view.uuid, ["body"])
    resolved_share = sync.share(b, tmp_path / "resolved.bnlnotes")
    assert (resolved_share.conflicts, resolved_share.open_conflicts) == (1, 0)


def test_the_command_line_tells_open_from_resolved_conflicts(
    laptops: tuple[Store, Store], conflict: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bnldesk.cli import main

    _, b = laptops
    with b.read() as s:
        (view,) = sync.list_conflicts(s)
    with b.transaction() as s:
        sync.resolve_conflict(s, view.uuid, ["body"])
    path = b.path
    b.close()
    assert main(["--db", str(path), "share", "--out", str(tmp_path / "out.bnlnotes")]) == 0
    said = capsys.readouterr().out
    assert "1 resolved conflict (the other laptop learns how)" in said, said
    assert "open conflict" not in said

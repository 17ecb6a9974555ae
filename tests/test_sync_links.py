"""Links between shared records survive sharing: a note's actions, a meeting's agenda points
and the actions under them (trial 8, defect 1: a note's four actions arrived without it on the
laptop lacking its plan, stayed detached when the note came later, and their detached version
then detached them on the laptop that wrote them).

Two (or three) real database files, real signed bundles; the links are read back from the
database after every step.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bnldesk.domain.models import ActionItem, AgendaItem, Annotation, Meeting
from bnldesk.services import sync
from bnldesk.services.annotations import (
    NoteFields,
    add_action,
    add_annotation,
    delete_annotation,
    resolve_target,
)
from bnldesk.services.importer import import_file
from bnldesk.services.meetings import (
    AgendaFields,
    MeetingFields,
    add_agenda_item,
    add_meeting_action,
    create_meeting,
    delete_meeting,
)
from bnldesk.store.engine import Store
from tests._seed_documents import CASES
from tests.sync_support import open_laptops, pair

FRENCH_2023 = CASES / "docs" / "plan-annuel-2023-fr.md"
SECTION = "2.1.2"  # of the 2023 plan: "Gestion de crises"
ACTION_TITLES = [
    "Envoyer la position écrite au SG",
    "Consulter la Police",
    "Préparer la note",
    "Relancer la Grande Région",
]


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """Laptop 1 with the French 2023 plan imported, laptop 2 with the demo plans only."""
    one, two = open_laptops(tmp_path, "ab")
    import_file(one, FRENCH_2023)
    yield one, two
    one.close()
    two.close()


def _note_with_actions(store: Store, ref: str, titles: list[str]) -> str:
    with store.transaction() as session:
        note = add_annotation(
            session,
            resolve_target(session, ref, plan_year=2023),
            NoteFields(body="Réunion du 1er décembre", visibility="delegation"),
            author="Anne",
            delegation="LU",
        )
        for title in titles:
            add_action(session, note, title)
        return note.uuid


def _links(store: Store) -> dict[str, tuple[str | None, str | None, str | None, bool]]:
    """Per action title: the UUIDs of its note, meeting and agenda point, and whether deleted."""
    with store.read() as session:
        out = {}
        for action in session.scalars(select(ActionItem)):
            note = session.get(Annotation, action.annotation_id) if action.annotation_id else None
            meeting = session.get(Meeting, action.meeting_id) if action.meeting_id else None
            point = (
                session.get(AgendaItem, action.agenda_item_id) if action.agenda_item_id else None
            )
            out[action.title] = (
                note.uuid if note else None,
                meeting.uuid if meeting else None,
                point.uuid if point else None,
                action.deleted_at is not None,
            )
        return out


def _tombstone_links(store: Store) -> list[tuple[str | None, str | None, str | None, bool]]:
    """The links of every action (as :func:`_links`), in order, for actions without titles."""
    with store.read() as session:
        out = []
        for action in session.scalars(select(ActionItem)):
            note = session.get(Annotation, action.annotation_id) if action.annotation_id else None
            meeting = session.get(Meeting, action.meeting_id) if action.meeting_id else None
            point = (
                session.get(AgendaItem, action.agenda_item_id) if action.agenda_item_id else None
            )
            out.append(
                (
                    note.uuid if note else None,
                    meeting.uuid if meeting else None,
                    point.uuid if point else None,
                    action.deleted_at is not None,
                )
            )
        return sorted(out, key=repr)


def _note_uuids(store: Store) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(Annotation.uuid)))


def _share(store: Store, folder: Path, name: str) -> Path:
    bundle = folder / f"{name}.bnlnotes"
    sync.share(store, bundle)
    return bundle


def _actions_of(report: sync.ReceiveReport, action: str) -> list[str]:
    return sorted(
        change.subject[0]
        for change in [*report.changes, *report.refused]
        if change.action == action and change.kind == "action_item"
    )


def test_the_trial_sequence_keeps_every_action_on_its_note(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    one, two = laptops
    note = _note_with_actions(one, SECTION, ACTION_TITLES)
    attached = {title: (note, None, None, False) for title in ACTION_TITLES}
    first = _share(one, tmp_path, "first")

    # Laptop 2 lacks the 2023 plan: the note is left out, and its actions with it.
    report = sync.receive(two, first)
    assert report.count("orphan") == 1
    assert _actions_of(report, "no-parent") == sorted(ACTION_TITLES)
    # The line the delegate reads says why nothing arrived: the note, then its four actions.
    assert report.summary() == (
        "nothing to change (0 records already up to date); "
        "1 left out (their plan object is not in this database); "
        "4 left out (their note, meeting or agenda point is not here)"
    )
    assert not report.count("added")
    assert all("its note is not in this database" in c.line() for c in report.refused[1:])
    assert _links(two) == {}
    assert note not in _note_uuids(two)

    # Laptop 2 imports the plan and receives the same bundle again: note and actions arrive.
    import_file(two, FRENCH_2023)
    report = sync.receive(two, first)
    assert _actions_of(report, "added") == sorted(ACTION_TITLES)
    assert _links(two) == attached

    # Laptop 2 edits the note and shares back; laptop 1 merges: its actions stay on the note.
    with two.transaction() as session:
        row = session.scalar(select(Annotation).where(Annotation.uuid == note))
        assert row is not None
        row.position_text = "Accord de principe"
    report = sync.receive(one, _share(two, tmp_path, "back"))
    assert report.count("updated") == 1
    assert _links(one) == attached
    assert _links(two) == attached


def _detach_all(store: Store) -> None:
    """The old merge's damage: every action loses its note."""
    with store.transaction() as session:
        for action in session.scalars(select(ActionItem)):
            action.annotation_id = None


def test_databases_damaged_by_the_old_merge_are_repaired_from_their_history(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    """The trial's end state: both laptops hold the four actions with no note. Each action's
    history holds the version it had on its note; sharing or receiving links it again, and
    says so."""
    one, two = laptops
    note = _note_with_actions(one, SECTION, ACTION_TITLES)
    import_file(two, FRENCH_2023)
    sync.receive(two, _share(one, tmp_path, "first"))
    _detach_all(one)
    _detach_all(two)

    bundle = tmp_path / "from-two.bnlnotes"
    result = sync.share(two, bundle)
    assert result.reattached == len(ACTION_TITLES)
    assert {links[0] for links in _links(two).values()} == {note}
    shared = sync.read_bundle(bundle)
    assert {entry.record.annotation for entry in shared.records["action_item"]} == {note}

    report = sync.receive(one, bundle)
    assert _actions_of(report, "reattached") == sorted(ACTION_TITLES)
    assert {links[0] for links in _links(one).values()} == {note}
    # Received once more: nothing left to do.
    assert not sync.receive(one, bundle).changed


def test_an_action_without_history_is_not_guessed_onto_a_note(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    """Only an action's own history links it again: one never shared has none, stays as is."""
    one, _two = laptops
    _note_with_actions(one, SECTION, ACTION_TITLES[:1])
    _detach_all(one)
    assert sync.share(one, tmp_path / "out.bnlnotes").reattached == 0
    assert {links[0] for links in _links(one).values()} == {None}


def test_an_action_edited_while_detached_keeps_the_edit_and_the_link(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    """Edited after the old merge detached it, an action matches no version of its history:
    its empty link unsets nothing on the laptop that holds it, and that laptop's bundle links
    it again."""
    one, two = laptops
    note = _note_with_actions(one, SECTION, ACTION_TITLES[:1])
    import_file(two, FRENCH_2023)
    sync.receive(two, _share(one, tmp_path, "first"))
    with two.transaction() as session:
        action = session.scalars(select(ActionItem)).one()
        action.annotation_id = None  # the old merge's damage
        action.owner = "Luc"  # then an edit on laptop 2
    sync.receive(one, _share(two, tmp_path, "edited"))
    with one.read() as session:
        action = session.scalars(select(ActionItem)).one()
        assert action.owner == "Luc"
        assert action.annotation is not None and action.annotation.uuid == note
    report = sync.receive(two, _share(one, tmp_path, "back"))
    assert _actions_of(report, "reattached") == ACTION_TITLES[:1]
    assert _links(two) == {ACTION_TITLES[0]: (note, None, None, False)}
    assert not sync.receive(two, _share(one, tmp_path, "again")).changed


def _meeting_with_points(store: Store) -> tuple[str, str]:
    """A meeting with one agenda point carrying an action, and a meeting action; UUIDs of the
    meeting and the point."""
    with store.transaction() as session:
        meeting = create_meeting(session, MeetingFields(title="SENN-CRISE", workgroup="SENN-CRISE"))
        point = add_agenda_item(session, meeting.id, AgendaFields(title="Calendrier 2027"))
        add_meeting_action(session, meeting.id, "Diffuser le compte rendu")
        add_meeting_action(session, meeting.id, "Point sous le point", agenda_item_id=point.id)
        return meeting.uuid, point.uuid


def _bundle_without(bundle: Path, kind: str, folder: Path, store: Store) -> Path:
    """The records of ``bundle`` less those of ``kind``, re-signed by ``store`` (as a bundle
    of changes since a date carries a child without its unchanged parent)."""
    from bnldesk.services import sync_trust
    from bnldesk.services.sync_bundle import encode_bundle, payload_json

    decoded = sync.read_bundle(bundle, trust=lambda key: "laptop")
    records = {k: v for k, v in decoded.records.items() if k != kind}
    manifest = dataclasses.replace(decoded.manifest, counts={k: len(v) for k, v in records.items()})
    with store.read() as session:
        key = sync_trust.signing_key(session)
    out = folder / f"without-{kind}.bnlnotes"
    out.write_bytes(encode_bundle(payload_json(manifest, records, decoded.conflicts), key))
    return out


def test_agenda_points_and_their_actions_keep_their_meeting(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    one, two = laptops
    meeting, point = _meeting_with_points(one)
    expected = {
        "Diffuser le compte rendu": (None, meeting, None, False),
        "Point sous le point": (None, meeting, point, False),
    }
    bundle = _share(one, tmp_path, "meeting")

    # Without its meeting a point is left out with its action (the bundle is not refused).
    partial = _bundle_without(bundle, "meeting", tmp_path, one)
    report = sync.receive(two, partial)
    reasons = {(c.kind, c.reason) for c in report.refused}
    assert ("agenda_item", "meeting") in reasons
    assert ("action_item", "meeting") in reasons
    assert _links(two) == {}
    with two.read() as session:
        assert session.scalar(select(AgendaItem.id)) is None

    report = sync.receive(two, bundle)
    assert _links(two) == expected
    with two.read() as session:
        row = session.scalar(select(AgendaItem).where(AgendaItem.uuid == point))
        assert row is not None and row.meeting.uuid == meeting

    # Both laptops edit; the exchange both ways keeps every link.
    with two.transaction() as session:
        for action in session.scalars(select(ActionItem)):
            action.owner = "Luc"
    sync.receive(one, _share(two, tmp_path, "back"))
    sync.receive(two, _share(one, tmp_path, "forth"))
    assert _links(one) == expected
    assert _links(two) == expected


def test_a_deleted_parent_keeps_its_children_linked(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    one, two = laptops
    import_file(two, FRENCH_2023)
    note = _note_with_actions(one, SECTION, ACTION_TITLES[:2])
    meeting, point = _meeting_with_points(one)
    sync.receive(two, _share(one, tmp_path, "first"))
    with one.transaction() as session:
        row = session.scalar(select(Annotation).where(Annotation.uuid == note))
        assert row is not None
        delete_annotation(session, row)
        delete_meeting(session, session.scalars(select(Meeting)).one().id)
    deletions = _share(one, tmp_path, "deleted")
    report = sync.receive(two, deletions)
    assert report.count("deleted") >= 6
    expected = {
        **{title: (note, None, None, True) for title in ACTION_TITLES[:2]},
        "Diffuser le compte rendu": (None, meeting, None, True),
        "Point sous le point": (None, meeting, point, True),
    }
    assert _links(two) == expected

    # A third laptop lacking the plan: the deleted note is left out and its actions with it;
    # the deleted meeting's records are stored as tombstones, linked.
    (tmp_path / "fresh").mkdir()
    fresh = open_laptops(tmp_path / "fresh", "d")[0]
    try:
        pair(one, fresh)
        report = sync.receive(fresh, deletions)
        # Tombstones travel without their texts (trial 14): the actions are known here by
        # their links only, their titles stayed on the laptop that had them.
        with fresh.read() as session:
            assert set(session.scalars(select(ActionItem.title))) == {""}
        links = _tombstone_links(fresh)
        assert links == sorted(
            [(None, meeting, None, True), (None, meeting, point, True)], key=repr
        )
        assert report.count("no-parent") == 2
    finally:
        fresh.close()


def test_cli_receive_lists_left_out_actions_with_their_reason(
    laptops: tuple[Store, Store], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bnldesk.cli import main

    one, two = laptops
    _note_with_actions(one, SECTION, ACTION_TITLES[:2])
    bundle = _share(one, tmp_path, "first")
    path = str(two.path)
    two.close()
    capsys.readouterr()
    assert main(["--db", path, "receive", str(bundle), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["reason"] for c in data["refused"]] == ["plan", "annotation", "annotation"]
    assert data["changes"] == []


def test_cli_share_names_the_delegation(
    laptops: tuple[Store, Store], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The manifest carries the sending delegation (trial 8: "delegation": "" although the
    preference was LU): the one given, else the one the shared notes were written for."""
    from bnldesk.cli import main

    one, _two = laptops
    _note_with_actions(one, SECTION, ACTION_TITLES[:1])  # written for LU
    path = str(one.path)
    one.close()
    bundles = {name: tmp_path / f"{name}.bnlnotes" for name in ("default", "given")}
    assert main(["--db", path, "share", "--out", str(bundles["default"])]) == 0
    given = ["--delegation", "NL"]
    assert main(["--db", path, "share", "--out", str(bundles["given"]), *given]) == 0
    manifests = {name: sync.read_bundle(bundle).manifest for name, bundle in bundles.items()}
    assert manifests["default"].delegation == "LU"
    assert manifests["given"].delegation == "NL"

"""``bnldesk list ... --json`` keeps its keys: every list's rows, key by key and in order.

Scripts read this JSON, so its keys are the command line's interface. The rows are typed
(``bnldesk.store.listing``'s and ``bnldesk.store.queries``' ``TypedDict``s); these key lists are
written out here, not read from those classes, so renaming or dropping a field fails here.
Both read paths are checked: the light one (plain ``sqlite3`` on a file at the current schema)
and the store's session (a file still to migrate, a server).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bnldesk.cli import main

KEYS: dict[str, list[str]] = {
    "programmes": ["id", "period", "start_year", "end_year", "title", "themes"],
    "plans": ["id", "year", "title", "programme", "chapters", "workgroups"],
    "chapters": ["id", "plan_year", "programme", "number", "title", "sections"],
    "sections": ["id", "plan_year", "chapter", "number", "title", "parent"],
    "items": [
        "id",
        "plan_year",
        "section",
        "section_title",
        "kind",
        "flagship",
        "title",
        "theme",
        "body",
    ],
    "workgroups": ["id", "code", "name", "parent", "plans", "sections"],
    "contacts": [
        "id",
        "name",
        "email",
        "phone",
        "role",
        "domain",
        "valid_from",
        "valid_until",
        "validity",
        "sections",
    ],
    "annotations": [
        "id",
        "uuid",
        "target_kind",
        "target_key",
        "target",
        "plan_year",
        "body",
        "tags",
        "priority",
        "status",
        "position",
        "position_state",
        "consult",
        "visibility",
        "author",
        "delegation",
        "created_at",
        "updated_at",
        "deleted",
        "open_actions",
    ],
}


def _list(capsys: pytest.CaptureFixture[str], db: Path, what: str) -> list[dict[str, object]]:
    code = main(["--db", str(db), "list", what, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows: list[dict[str, object]] = json.loads(out)
    return rows


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A new database with the bundled demo plans and one note on a workgroup."""
    db = tmp_path / "demo.db"
    code = main(["--db", str(db), "annotate", "SENN-CRISE", "Meer efficiëntie", "--tag", "crisis"])
    capsys.readouterr()
    assert code == 0
    return db


@pytest.mark.parametrize("what", sorted(KEYS))
def test_every_row_of_every_list_has_its_keys_in_order(
    what: str, demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _list(capsys, demo_db, what)
    assert rows, f"the demo data lists no {what}"
    for row in rows:
        assert list(row) == KEYS[what]


def test_the_store_path_lists_the_same_rows_as_the_light_path(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bnldesk.store import queries
    from bnldesk.store.engine import open_store

    store = open_store(demo_db)
    try:
        with store.read() as session:
            through_store = {
                "programmes": queries.list_programmes(session),
                "plans": queries.list_plans(session),
                "chapters": queries.list_chapters(session),
                "sections": queries.list_sections(session),
                "items": queries.list_items(session),
                "workgroups": queries.list_workgroups(session),
                "contacts": queries.list_contacts(session),
            }
    finally:
        store.close()
    for what, rows in through_store.items():
        assert [list(row) for row in rows] == [KEYS[what]] * len(rows)
        assert json.loads(json.dumps(rows)) == _list(capsys, demo_db, what)


def test_the_rows_carry_the_values_of_the_demo_plans(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plans = _list(capsys, demo_db, "plans")
    assert [(plan["year"], plan["programme"]) for plan in plans] == [
        (2013, None),
        (2022, "2021-2024"),
    ]
    items = _list(capsys, demo_db, "items")
    assert {type(item["flagship"]) for item in items} == {bool}
    assert any(item["flagship"] for item in items)
    contacts = {str(contact["validity"]): contact for contact in _list(capsys, demo_db, "contacts")}
    justice = contacts["Justitie: vanaf 1 maart 2013"]
    assert (justice["valid_from"], justice["valid_until"]) == ("2013-03-01", None)
    assert justice["sections"] == ["5.4"]
    workgroups = {row["code"]: row for row in _list(capsys, demo_db, "workgroups")}
    assert workgroups["SENN-CRISE"]["plans"] == [2013]
    (note,) = _list(capsys, demo_db, "annotations")
    assert (note["tags"], note["deleted"], note["open_actions"]) == (["crisis"], False, 0)


def test_note_show_json_keeps_its_keys(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db), "action", "add", "1", "Bellen", "--due", "2026-12-15"]) == 0
    capsys.readouterr()
    assert main(["--db", str(demo_db), "note", "show", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert list(shown) == [
        "id",
        "uuid",
        "target",
        "body",
        "tags",
        "priority",
        "status",
        "position_text",
        "position_state",
        "consult",
        "visibility",
        "actions",
    ]
    assert shown["actions"] == [
        {"id": 1, "title": "Bellen", "owner": "", "due_date": "2026-12-15", "status": "open"}
    ]
    assert (shown["body"], shown["tags"]) == ("Meer efficiëntie", ["crisis"])


def test_json_lists_hold_one_row_per_line(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A row per line (the C encoder writes each: an indented dump took half the CPU of
    ``list workgroups --json`` on 8,400 workgroups), each line a whole row that parses alone."""
    code = main(["--db", str(demo_db), "list", "workgroups", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "[" and lines[-1] == "]"
    rows = [json.loads(line.strip().removesuffix(",")) for line in lines[1:-1]]
    assert rows == json.loads(out)
    assert len(rows) > 1 and all(list(row) == KEYS["workgroups"] for row in rows)


def test_an_empty_json_list_is_an_empty_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "empty.db"
    code = main(["--db", str(db), "list", "annotations", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out == "[]\n"

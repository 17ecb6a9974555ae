"""The command line: listing, searching, annotating, checking, and its error messages."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bnldesk.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_workgroups_on_a_new_database_lists_the_demo_workgroups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    code, out, _ = run(capsys, "--db", str(db), "list", "workgroups", "--json")
    assert code == 0
    codes = {row["code"] for row in json.loads(out)}
    assert {"SENN-CRISE", "FISC-MTIC BENELUX"} <= codes


def test_list_chapters_of_2022(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--db", str(tmp_path / "x.db"), "list", "chapters", "--plan", "2022", "--json"
    )
    assert code == 0
    rows = json.loads(out)
    assert [r["number"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert all(r["plan_year"] == 2022 for r in rows)


def test_search_finds_the_same_items_with_and_without_accents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    run(capsys, "--db", db, "annotate", "SENN-CRISE", "Meer efficiëntie in de meldkamers")
    results = []
    for word in ("efficiëntie", "efficientie", "EFFICIENTIE"):
        code, out, _ = run(capsys, "--db", db, "search", word, "--json")
        assert code == 0
        results.append([(r["kind"], r["id"]) for r in json.loads(out)])
    assert results[0]
    assert results[0] == results[1] == results[2]


def test_annotate_then_list_annotations_with_tags_and_visibility(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "annotate",
        "SENN-CRISE",
        "<b> & =cmd|' /C calc'!A0",
        "--tag",
        "crisis",
        "--tag",
        "NL",
        "--visibility",
        "delegation",
        "--json",
    )
    assert code == 0
    created = json.loads(out)
    code, out, _ = run(capsys, "--db", db, "list", "annotations", "--tag", "crisis", "--json")
    rows = json.loads(out)
    assert [r["uuid"] for r in rows] == [created["uuid"]]
    assert rows[0]["body"] == "<b> & =cmd|' /C calc'!A0"
    assert rows[0]["visibility"] == "delegation"
    assert rows[0]["target_key"] == "wg:SENN-CRISE"


def test_annotate_a_section_by_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    code, out, _ = run(capsys, "--db", db, "annotate", "1.1", "fietsen", "--plan", "2022", "--json")
    assert code == 0
    assert json.loads(out)["target"].startswith("1.1 ")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["annotate", "NO-SUCH-CODE", "x"], "is neither a workgroup code"),
        (["annotate", "9.9", "x"], "no section 9.9"),
        (["list", "chapters", "--plan", "1999"], "there is no 1999 plan"),
        (["list", "workgroups", "--flagship"], "--flagship applies to 'list items' only"),
    ],
)
def test_user_mistakes_get_one_clear_line_and_a_non_zero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), *argv)
    assert code == 1
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_usage_errors_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(tmp_path / "x.db"), "list", "nonsense"])
    assert exc.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_no_demo_creates_an_empty_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "--db", str(tmp_path / "x.db"), "--no-demo", "list", "plans", "--json"
    )
    assert code == 0
    assert json.loads(out) == []


def test_the_environment_variable_names_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "from-env.db"
    monkeypatch.setenv("BNLDESK_DB", str(db))
    code, _, _ = run(capsys, "list", "plans")
    assert code == 0 and db.exists()


def test_check_reports_a_damaged_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    assert run(capsys, "--db", str(db), "check")[0] == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    size = copy.stat().st_size
    with copy.open("r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\x00\xff" * 2048)
        fh.seek(4096 + 8)
        fh.write(b"\xff" * 64)
    code, _, err = run(capsys, "--db", str(copy), "check")
    assert code == 1
    assert f"{copy} is damaged" in err


def test_version_and_no_qt_for_commands(tmp_path: Path) -> None:
    code = (
        "import sys; from bnldesk.cli import main; "
        f"rc = main(['--db', r'{tmp_path / 'x.db'}', 'list', 'plans']); "
        "assert 'PySide6' not in sys.modules, 'Qt imported by a CLI command'; sys.exit(rc)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)
    out = subprocess.run(
        [sys.executable, "-m", "bnldesk", "--version"],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    ).stdout
    # The version is the one pyproject.toml declares, not whatever bnldesk reports of itself.
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert out.strip() == f"bnldesk {declared['project']['version']}"


def _run_in_a_fresh_interpreter(*argv: str) -> tuple[str, set[str]]:
    """Run the command line in its own interpreter; its output and the top-level packages it
    imported (what a delegate's start pays for)."""
    code = (
        "import sys, json; from bnldesk.cli import main; "
        f"rc = main({list(argv)!r}); "
        "sys.stderr.write(json.dumps(sorted({m.split('.')[0] for m in sys.modules}))); "
        "sys.exit(rc)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True
    )
    return done.stdout, set(json.loads(done.stderr.splitlines()[-1]))


def test_listing_a_current_database_does_not_load_the_store(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    _run_in_a_fresh_interpreter("--db", str(db), "list", "plans")  # creates it (demo data)
    out, modules = _run_in_a_fresh_interpreter("--db", str(db), "list", "workgroups", "--json")
    assert "sqlalchemy" not in modules and "alembic" not in modules
    rows = {r["code"]: r for r in json.loads(out)}
    senn = rows["SENN-CRISE"]
    assert senn["name"] == "Strategische werkgroep Crisisbeheersing"
    assert senn["plans"] == [2013]
    assert set(senn) == {"id", "code", "name", "parent", "plans", "sections"}
    # The same answer through the store (the path a database still to migrate takes).
    from bnldesk.store import queries
    from bnldesk.store.engine import open_store

    store = open_store(db)
    try:
        with store.read() as s:
            assert json.loads(json.dumps(queries.list_workgroups(s))) == json.loads(out)
    finally:
        store.close()


def test_listing_a_database_of_an_older_revision_migrates_it_first(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    from bnldesk.store import migrations

    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    migrations.upgrade(engine, "0004")
    engine.dispose()
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO workgroup (name, code, description, identity_key) "
            "VALUES ('Groupe Æther', NULL, '', 'wg~groupether')"
        )
    out, modules = _run_in_a_fresh_interpreter(
        "--db", str(db), "--no-demo", "list", "workgroups", "--json"
    )
    assert "sqlalchemy" in modules  # the store migrated the file before listing
    assert [r["name"] for r in json.loads(out)] == ["Groupe Æther"]
    with sqlite3.connect(db) as conn:
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        (key,) = conn.execute("SELECT identity_key FROM workgroup").fetchone()
    assert version == migrations.head_revision()
    assert key == "wg~groupeaether"


def test_search_says_when_there_is_nothing_to_search_or_syntax_was_read_as_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    code, out, err = run(capsys, "--db", db, "search", "—", "…")
    assert code == 1 and out == ""
    assert err.strip() == "bnldesk: “— …” has no letters, digits or symbols to search for"
    code, out, err = run(capsys, "--db", db, "search", '"energie', "--json")
    assert code == 0
    assert {r["kind"] for r in json.loads(out)} >= {"section", "item"}
    assert "read as plain words" in err

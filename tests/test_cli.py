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
    code, out, _ = run(capsys, "--db", str(tmp_path / "x.db"), "list", "chapters", "--plan", "2022", "--json")
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
        capsys, "--db", db, "annotate", "SENN-CRISE", "<b> & =cmd|' /C calc'!A0",
        "--tag", "crisis", "--tag", "NL", "--visibility", "delegation", "--json",
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


def test_usage_errors_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(tmp_path / "x.db"), "list", "nonsense"])
    assert exc.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_no_demo_creates_an_empty_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(tmp_path / "x.db"), "--no-demo", "list", "plans", "--json")
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
        [sys.executable, "-m", "bnldesk", "--version"], check=True, env=env, capture_output=True,
        text=True,
    ).stdout
    # The version is the one pyproject.toml declares, not whatever bnldesk reports of itself.
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert out.strip() == f"bnldesk {declared['project']['version']}"

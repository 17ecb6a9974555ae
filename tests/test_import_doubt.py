"""Honest uncertainty: warnings with page and line, a doubtful structure never written silently,
and ``import --dry-run --json`` printing the tree, counts and warnings."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from _seed_documents import CASES, DATA

from bnldesk.cli import main

SKIPPED_CHAPTER = """Jaarplan 2032

1. Inleiding
Een korte inleiding.

2. Veiligheid
2.1. Crisisbeheersing
Algemene doelstelling
 Samen oefenen.
Voortgangsprojecten
 Een gezamenlijke oefening.

4. Economie
4.1. Interne markt
Algemene doelstelling
 Minder grensbelemmeringen.
"""


def _plan_count(db: Path) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(connection.execute("SELECT count(*) FROM plan").fetchone()[0])
    finally:
        connection.close()


def test_dry_run_json_prints_tree_counts_and_warnings_with_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "plans.db"
    pdf = CASES / "docs" / "jaarplan-2013-2col.pdf"
    assert main(["--db", str(db), "--no-demo", "import", "--dry-run", "--json", str(pdf)]) == 0
    report = json.loads(capsys.readouterr().out)[0]
    assert report["counts"]["chapters"] == 8 and report["counts"]["workgroups"] == 78
    tree = report["tree"]
    assert [c["number"] for c in tree["chapters"]] == [str(n) for n in range(1, 9)]
    section = tree["chapters"][3]["sections"][0]
    assert section["number"] == "4.1" and section["title"] == "Ruimtelijke ordening"
    assert {i["kind"] for i in section["items"]} == {"objective", "ongoing", "new"}
    assert report["doubtful"] is False
    # The PDF says on which page the text before the first chapter is.
    first = next(w for w in report["warnings"] if w["line"])
    assert first["page"] == 1 and first["message"].startswith("text before the first chapter")
    assert _plan_count(db) == 0


def test_doubtful_structure_is_refused_then_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "plans.db"
    path = tmp_path / "jaarplan-2032.txt"
    path.write_text(SKIPPED_CHAPTER, encoding="utf-8")
    assert main(["--db", str(db), "--no-demo", "import", "--dry-run", str(path)]) == 0
    out = capsys.readouterr().out
    assert "doubt: line 13: a heading numbered 4 where chapter 3 was expected" in out
    assert main(["--db", str(db), "--no-demo", "import", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "doubtful" in err and "--force" in err
    assert _plan_count(db) == 0
    assert main(["--db", str(db), "--no-demo", "import", "--force", str(path)]) == 0
    assert _plan_count(db) == 1


def test_file_name_with_another_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "plans.db"
    path = tmp_path / "jaarplan-2015.pdf"
    path.write_bytes((DATA / "plan-annuel-2024-fr.pdf").read_bytes())
    assert main(["--db", str(db), "--no-demo", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "file name says 2015 but the plan is read as 2024" in err
    assert _plan_count(db) == 0
    # Saying the year settles it: a warning remains, no doubt.
    assert main(["--db", str(db), "--no-demo", "import", "--year", "2024", str(path)]) == 0
    assert "file name says 2015" in capsys.readouterr().out
    assert _plan_count(db) == 1


def test_programme_by_capitals_only_is_flagged(tmp_path: Path) -> None:
    from bnldesk.services.importer import parse_lines

    text = (
        "Gemeenschappelijk werkprogramma 2017-2020\n\nEEN INTERNE MARKT\n\nTekst.\n\n"
        "EEN VEILIGE REGIO\n\nMeer tekst.\n"
    )
    doc = parse_lines(text.splitlines(), name="wp.txt")
    assert doc.doubtful
    assert any("capitals only" in w.message for w in doc.warnings)


def test_list_items_json_has_each_body_and_keeps_its_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "plans.db"
    docx = CASES / "docs" / "jaarplan-2013-headings.docx"
    assert main(["--db", str(db), "--no-demo", "import", str(docx)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "list", "items", "--plan", "2013", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 163
    stable = {"id", "plan_year", "section", "section_title", "kind", "flagship", "title", "theme"}
    assert all(stable | {"body"} == set(row) for row in rows)
    energy = [r for r in rows if r["section"] == "3.1" and r["kind"] == "ongoing"]
    assert energy[1]["body"].startswith("Geven van nog concretere invulling")
    assert "- Inzake elektriciteit wordt de flow based marktkoppeling" in energy[1]["body"]

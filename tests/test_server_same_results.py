"""The seeds through the command line give the same results on an SQLite file and on a server:
import, list --json, search, annotate, brief (read back with pypdf) and export-workgroups
(reopened with openpyxl)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest

from bnldesk.cli import main

SEED_ORDER = (
    "werkprogramma-2021-2024.txt",
    "werkprogramma-2025-2028.md",
    "jaarplan-2013.txt",
    "jaarplan-2022.md",
)
LISTS = (
    ("list", "programmes"),
    ("list", "plans"),
    ("list", "chapters"),
    ("list", "sections"),
    ("list", "items"),
    ("list", "workgroups"),
    ("list", "contacts"),
    ("list", "chapters", "--plan", "2022"),
    ("list", "items", "--plan", "2022", "--flagship"),
    ("list", "items", "--search", "energie"),
    ("list", "sections", "--search", "politie"),
    ("list", "workgroups", "--search", "crisis"),
    ("list", "contacts", "--search", "benelux"),
)
SEARCHES = (
    "energie",
    "Crisisbeheersing",
    "efficientie",
    "SENN-CRISE",
    "politiesamenwerking",
    "3.1",
)
# The server is the notes' author (the connected role): the file is told the same name.
AUTHOR = "bnldesk_admin"


def _cli(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> str:
    code = main(["--db", db, "--no-demo", *argv])
    out, err = capsys.readouterr()
    assert code == 0, f"{argv}: {err}"
    return out


def _run_everything(
    capsys: pytest.CaptureFixture[str], db: str, seeds: Path, out: Path
) -> dict[str, Any]:
    out.mkdir()
    results: dict[str, Any] = {}
    for name in SEED_ORDER:
        report = json.loads(_cli(capsys, db, "import", str(seeds / name), "--json"))
        for entry in report if isinstance(report, list) else [report]:
            for volatile in ("backup", "seconds", "elapsed", "path"):
                entry.pop(volatile, None)
            for listed in entry.values():
                # The objects the import found new, changed or gone: in no particular order.
                if isinstance(listed, list):
                    listed.sort(key=lambda item: json.dumps(item, sort_keys=True))
        results[f"import {name}"] = report
    for argv in LISTS:
        results[" ".join(argv)] = json.loads(_cli(capsys, db, *argv, "--json"))
    for word in SEARCHES:
        hits = json.loads(_cli(capsys, db, "search", word, "--limit", "200", "--json"))
        # The same hits in the same order, each snippet marking the same words: ranking and
        # snippets are bnldesk's own on both (store/search.py), only the index differs.
        results[f"search {word}"] = [
            (h["kind"], h["id"], h["plan_year"], h["title"], h["snippet"]) for h in hits
        ]
    for target, text in (
        ("SENN-CRISE", "Standpunt: steunen, met <b>voorbehoud</b> & =cmd|' /C calc'!A0"),
        ("3.1", "Energie-efficiëntie blijft de prioriteit 😀"),
    ):
        added = json.loads(
            _cli(
                capsys,
                db,
                "annotate",
                target,
                text,
                "--plan",
                "2022",
                "--tag",
                "prioriteit",
                "--visibility",
                "delegation",
                "--author",
                AUTHOR,
                "--json",
            )
        )
        added.pop("uuid")
        results[f"annotate {target}"] = added
    notes = json.loads(_cli(capsys, db, "list", "annotations", "--json"))
    for note in notes:
        for volatile in ("uuid", "created_at", "updated_at"):
            note.pop(volatile)
    results["list annotations"] = notes
    results["search voorbehoud"] = sorted(
        (h["kind"], h["title"])
        for h in json.loads(_cli(capsys, db, "search", "voorbehoud", "--json"))
    )
    pdf = out / "brief.pdf"
    _cli(capsys, db, "brief", "--workgroup", "SENN-CRISE", "--plan", "2022", "--out", str(pdf))
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
    results["brief"] = re.sub(r"Generated \S+ \S+", "Generated", text)
    xlsx = out / "workgroups.xlsx"
    _cli(capsys, db, "export-workgroups", "--out", str(xlsx), "--all-sheets")
    book = openpyxl.load_workbook(xlsx, read_only=True)
    results["export-workgroups"] = {
        sheet.title: [
            [_steady(value, db) for value in row] for row in sheet.iter_rows(values_only=True)
        ]
        for sheet in book.worksheets
    }
    book.close()
    return results


_VOLATILE = re.compile(
    r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d+)?)?|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
)


def _steady(value: Any, db: str) -> str | None:
    """A cell without what differs from run to run (times, note UUIDs, the database's name)."""
    if value is None:
        return None
    return _VOLATILE.sub("*", str(value).replace(db, "DATABASE"))


@pytest.mark.slow
def test_the_seeds_give_the_same_results_on_a_file_and_on_a_server(
    seeds_dir: Path,
    tmp_path: Path,
    pg_database: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = pg_database(False).display
    on_file = _run_everything(capsys, str(tmp_path / "seeds.db"), seeds_dir, tmp_path / "file")
    on_server = _run_everything(capsys, server, seeds_dir, tmp_path / "server")
    assert on_file.keys() == on_server.keys()
    for key in on_file:
        assert on_server[key] == on_file[key], (key, _differences(on_file[key], on_server[key]))
    assert len(on_file["list workgroups"]) > 50
    assert on_file["search Crisisbeheersing"], "the searches find something"


def _differences(first: Any, second: Any, where: str = "") -> list[str]:
    """Where two JSON-like values differ (for the failure message)."""
    if isinstance(first, dict) and isinstance(second, dict):
        return [
            d
            for key in sorted(set(first) | set(second), key=str)
            for d in _differences(first.get(key), second.get(key), f"{where}.{key}")
        ]
    if isinstance(first, list) and isinstance(second, list) and len(first) == len(second):
        pairs = enumerate(zip(first, second, strict=True))
        return [d for i, pair in pairs for d in _differences(*pair, f"{where}[{i}]")]
    return [] if first == second else [f"{where}: {first!r} != {second!r}"[:300]]

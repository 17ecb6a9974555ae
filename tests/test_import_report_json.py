"""``bnldesk import --json`` keeps its keys while the report is typed records.

The report (``ImportReport``) holds typed records (``ReportWarning``, ``AlsoImported``,
``ObjectChange``, ``CarriedNote``); its JSON is what scripts read, so every key is written out
here. The seeds are the real 2013 plan (with its programme bound in the same file) and the
2022 plan compared with it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _seed_documents import SEEDS

from bnldesk.cli import main

REPORT_KEYS = [
    "path",
    "kind",
    "label",
    "title",
    "dry_run",
    "counts",
    "created",
    "updated",
    "removed",
    "warnings",
    "doubtful",
    "tree",
    "carried_notes",
    "left_notes",
    "previous_year",
    "earlier_languages",
    "language",
    "new_objects",
    "gone_objects",
    "changed_objects",
    "also_imported",
    "attached",
    "named_workgroups",
    "updated_objects",
    "owner_id",
    "seconds",
    "backup",
    "changed",
]


def _import(capsys: pytest.CaptureFixture[str], db: Path, seed: str) -> dict[str, object]:
    code = main(["--db", str(db), "--no-demo", "import", str(SEEDS / seed), "--json", "--force"])
    out, err = capsys.readouterr()
    assert code == 0, err
    (report,) = json.loads(out)
    assert isinstance(report, dict)
    return report


def test_the_import_reports_json_keeps_its_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "plans.db"
    first = _import(capsys, db, "jaarplan-2013.txt")
    assert list(first) == REPORT_KEYS
    assert first["changed"] is True and first["previous_year"] is None
    warnings = first["warnings"]
    assert isinstance(warnings, list) and warnings
    assert [list(warning) for warning in warnings] == [
        ["line", "page", "message", "text", "doubt"]
    ] * len(warnings)
    (programme,) = first["also_imported"]  # type: ignore[misc]
    assert list(programme) == [
        "kind",
        "label",
        "title",
        "counts",
        "created",
        "updated",
        "removed",
        "owner_id",
    ]
    assert (programme["kind"], programme["label"]) == ("programme", "2013-2016")

    second = _import(capsys, db, "jaarplan-2022.md")
    assert list(second) == REPORT_KEYS
    assert second["previous_year"] == 2013
    gone = second["gone_objects"]
    assert isinstance(gone, list) and gone
    assert {tuple(change) for change in gone} == {
        ("kind", "key", "title", "status", "obj_id", "previous_id", "possibly_renamed")
    }
    assert {change["status"] for change in gone} == {"gone"}
    new_groups = [c["key"] for c in second["new_objects"] if c["kind"] == "workgroup"]  # type: ignore[attr-defined]
    assert new_groups == ["wg:SENN-MELDKAMER"]

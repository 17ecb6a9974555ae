"""Rows typed into a notes sheet become notes of the delegation that imports the sheet.

A delegate types new rows into the exported Notes sheet, leaving Author and Delegation empty, and
imports it in the app: the new notes are the importing delegate's and delegation's (the settings
the window passes), while a row that names another delegation in its Delegation cell keeps it.
Real files: the sheet is exported, edited with openpyxl and read back into a real database.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from export_helpers import fill_sample
from other_programs import run_bnldesk
from sheet_support import edit_sheet, export_notes
from sqlalchemy import select

from bnldesk.domain.models import Annotation
from bnldesk.services.reports.annotations_roundtrip import apply_import, plan_import
from bnldesk.store.engine import Store

pytestmark = pytest.mark.both_backends


def test_typed_rows_take_the_importing_delegation_unless_they_name_one(
    empty_store: Store, tmp_path: Path
) -> None:
    fill_sample(empty_store)
    path = tmp_path / "notes.xlsx"
    export_notes(empty_store, path)
    edit_sheet(
        path,
        {},
        [
            {"Target": "SENN-CRISE", "Text": "Getypt in Excel, zonder delegatie"},
            {"Target": "SENN-CRISE", "Text": "Van de Luxemburgse collega", "Delegation": "LU"},
        ],
    )

    with empty_store.transaction() as s:
        report = apply_import(s, plan_import(s, path), author="A. de Vries", delegation="NL")

    assert report.created == 2
    with empty_store.read() as s:
        made = {
            note.body: note.delegation
            for note in s.scalars(select(Annotation).where(Annotation.uuid.in_(report.new_uuids)))
        }
    assert made == {
        "Getypt in Excel, zonder delegatie": "NL",
        "Van de Luxemburgse collega": "LU",
    }


@pytest.mark.parametrize(("given", "expected"), [(["--delegation", "LU"], "LU"), ([], "")])
def test_the_command_line_gives_typed_rows_a_delegation(
    tmp_path: Path, given: list[str], expected: str
) -> None:
    """`bnldesk import-annotations` gave rows typed without a Delegation none at all (the
    window passes its preferences'): it takes ``--delegation``, else the delegation this
    database's notes are written for (none here: the command line's notes name none)."""
    db, sheet = tmp_path / "laptop.db", tmp_path / "notes.xlsx"

    def bnldesk(*args: str) -> str:
        return run_bnldesk(db, *args)

    bnldesk("annotate", "SENN-CRISE", "Standpunt")
    bnldesk("export-annotations", "--out", str(sheet))
    edit_sheet(sheet, {}, [{"Target": "SENN-CRISE", "Text": "Getypt in Excel"}])
    bnldesk("import-annotations", str(sheet), "--yes", *given)
    with sqlite3.connect(db) as conn:
        found = conn.execute(
            "SELECT delegation FROM annotation WHERE body = 'Getypt in Excel'"
        ).fetchall()
    assert found == [(expected,)]

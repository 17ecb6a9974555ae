"""What an export or a brief will leave out, said before it is made (for the export dialogs)."""

from __future__ import annotations

import datetime as dt

from export_helpers import fill_sample

from bnldesk.cli import main
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import (
    BriefOptions,
    BriefSubject,
    ExportFilters,
    XlsxOptions,
    brief_left_out,
    workbook_left_out,
)
from bnldesk.store.engine import Store


def test_workbook_says_what_it_leaves_out(empty_store: Store) -> None:
    fill_sample(empty_store)
    with empty_store.transaction() as s:
        add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="x" * 40_000, visibility="delegation"),
        )
    with empty_store.read() as s:
        items = workbook_left_out(s, ExportFilters(), XlsxOptions(kinds=["annotations"]))
        assert {i.what: i.count for i in items} == {"private_notes": 1, "cut_notes": 1}
        assert "1 private note is not included" in items[0].reason
        everything = workbook_left_out(
            s, ExportFilters(include_private=True), XlsxOptions(kinds=["annotations"])
        )
        assert [i.what for i in everything] == ["cut_notes"]
        # The workgroups sheet counts notes too: the private one is left out of it as well.
        workgroups_only = workbook_left_out(s, ExportFilters(), XlsxOptions(kinds=["workgroups"]))
        assert [(i.what, i.count) for i in workgroups_only] == [("private_notes", 1)]
        year = workbook_left_out(
            s,
            ExportFilters(plan_year=2022, include_private=True),
            XlsxOptions(kinds=["workgroups", "annotations"], language="nl"),
        )
        kinds = {i.what: i for i in year}
        assert kinds["workgroups_other_years"].count == 2  # FISC-MTIC and SENN-CRISE/RISK
        assert "jaarplan 2022" in kinds["workgroups_other_years"].reason
        # Every note: the four on the workgroup carry no plan year, the section's is 2013's.
        assert kinds["other_years"].count == 5


def test_brief_says_what_it_leaves_out(empty_store: Store, capsys: object) -> None:
    fill_sample(empty_store)
    db = str(empty_store.path)
    start = f"{dt.date.today().year + 1}-03-02 10:00"
    assert main(["--db", db, "meeting", "add", "--workgroup", "SENN-CRISE", "--start", start]) == 0
    with empty_store.read() as s:
        items = brief_left_out(
            s,
            BriefSubject(workgroup="SENN-CRISE", plan_year=2013),
            BriefOptions(include_history=False, include_contacts=False),
        )
        found = {i.what: i for i in items}
        assert found["private_notes"].count == 1
        assert found["parts"].reason == "Left out by choice: contacts, earlier plans."
        meeting = brief_left_out(s, BriefSubject(meeting="2"), BriefOptions(include_private=True))
        assert [i.what for i in meeting] == ["plan_fallback"]
        assert meeting[0].reason == (
            f"No {dt.date.today().year + 1} plan lists this workgroup; "
            "this brief uses the 2022 plan, the latest that does."
        )

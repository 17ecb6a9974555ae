"""The 2022 annual plan (Markdown-like conversion of a designed PDF)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _seed_documents import SEEDS, parsed
from sqlalchemy import func, select

from bnldesk.cli import main
from bnldesk.domain.document import PlanDocument
from bnldesk.domain.models import Chapter, Plan, Section, Workgroup
from bnldesk.services.importer import import_file
from bnldesk.store.engine import Store

pytestmark = pytest.mark.both_backends

SOURCE = SEEDS / "jaarplan-2022.md"

EXPECTED_SECTIONS = [
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "2.1",
    "2.1.1",
    "2.1.2",
    "2.1.3",
    "2.1.4",
    "2.2",
    "2.2.1",
    "2.2.2",
    "2.3",
    "2.3.1",
    "2.3.2",
    "3.1",
    "3.2",
    "4.1",
    "4.2",
    "4.3",
    "5.1",
    "5.2",
    "5.3",
    "5.4",
    "5.5",
    "5.6",
]


@pytest.fixture(scope="module")
def doc() -> PlanDocument:
    return parsed(SOURCE)


def flagship_titles(doc: PlanDocument) -> list[str]:
    return [i.title for s in doc.iter_sections() for i in s.items if i.flagship]


def check_plan_2022(doc: PlanDocument) -> None:
    assert doc.kind == "plan" and doc.year == 2022
    assert [c.number for c in doc.chapters] == ["1", "2", "3", "4", "5"]
    titles = [c.title.casefold() for c in doc.chapters]
    assert titles == [
        "een competitieve en duurzame benelux",
        "een veilige en rechtvaardige benelux",
        "een digitale benelux",
        "een veerkrachtige en toekomstgerichte benelux",
        "een open benelux",
    ]
    assert [s.number for s in doc.iter_sections()] == EXPECTED_SECTIONS
    s21 = next(s for s in doc.iter_sections() if s.number == "2.1")
    assert [c.number for c in s21.children] == ["2.1.1", "2.1.2", "2.1.3", "2.1.4"]
    # Titles come from the table of contents, with their case; no HTML left.
    s11 = doc.chapters[0].sections[0]
    assert s11.title == "Mobiliteit, de ruggengraat van de Benelux interne markt"
    all_titles = [s.title for s in doc.iter_sections()] + [c.title for c in doc.chapters]
    assert not any("<" in t or "*" in t or "#" in t for t in all_titles)
    # The table of contents is not imported as content.
    for section in doc.iter_sections():
        assert "\t" not in section.body
        for item in section.items:
            assert not item.title[-1:].isdigit() or "5G" in item.title

    # Six marks in the text, each on the item that follows it.
    flags = [t.casefold() for t in flagship_titles(doc)]
    assert len(flags) >= 6
    assert any("roadmap fietsstimulering" in t for t in flags)
    assert any("uitvoering van het benelux-politieverdrag" in t for t in flags)
    assert any("aanpassen aan de gevolgen van de klimaatverandering" in t for t in flags)
    assert any("hernieuwbare energie" in t for t in flags)
    # The flagship mark is not an item itself.
    items = [i.title.casefold() for s in doc.iter_sections() for i in s.items]
    assert not any("vlag" in t or "genschip" in t for t in items)
    flagged = next(
        i for s in doc.iter_sections() for i in s.items if "politieverdrag" in i.title.casefold()
    )
    assert flagged.flagship
    assert next(s for s in doc.iter_sections() if flagged in s.items).number == "2.1.1"

    # A workgroup mentioned in the running text.
    s51 = next(s for s in doc.iter_sections() if s.number == "5.1")
    assert "SENN-MELDKAMER" in {g.code for g in s51.workgroups}
    # Inline hyphenation inside headings repaired.
    assert any("slachtoffers van mensenhandel in een grensoverschrijdende" in t for t in items)


def test_structure_and_flagships(doc: PlanDocument) -> None:
    check_plan_2022(doc)


def test_warnings_cite_lines(doc: PlanDocument) -> None:
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    assert doc.warnings
    for w in doc.warnings:
        # Line 0: a warning about the document as a whole ("5 of 26 sections have no items").
        assert 0 <= w.line <= len(lines)
    assert sum(1 for w in doc.warnings if w.line) >= 4
    assert any(w.message.startswith("section 3.2") for w in doc.warnings)


def counts(store: Store) -> tuple[int, int, int, int]:
    with store.read() as s:
        plan_id = s.scalar(select(Plan.id).where(Plan.year == 2022))
        chapters = s.scalar(
            select(func.count()).select_from(Chapter).where(Chapter.plan_id == plan_id)
        )
        sections = s.scalar(
            select(func.count())
            .select_from(Section)
            .join(Chapter)
            .where(Chapter.plan_id == plan_id)
        )
        groups = s.scalar(select(func.count()).select_from(Workgroup))
        keys = s.scalar(select(func.count(func.distinct(Workgroup.identity_key))))
    return chapters or 0, sections or 0, groups or 0, keys or 0


def test_demo_then_real_import_merges(store: Store) -> None:
    before = counts(store)
    assert before[0] == 5 and before[1] == len(EXPECTED_SECTIONS)
    with store.read() as s:
        ids_before = set(s.scalars(select(Section.id)))
    report = import_file(store, SOURCE)
    assert report.created.get("chapter", 0) == 0 and report.created.get("section", 0) == 0
    after = counts(store)
    assert after == before
    with store.read() as s:
        assert set(s.scalars(select(Section.id))) == ids_before  # row ids stable
        body = s.scalar(
            select(Section.body)
            .join(Chapter)
            .join(Plan)
            .where(Plan.year == 2022, Section.number == "1.1")
        )
    assert body  # the real document completes the demo objects


def test_import_twice_changes_nothing(empty_store: Store) -> None:
    first = import_file(empty_store, SOURCE)
    assert first.changed and first.created["section"] == len(EXPECTED_SECTIONS)
    second = import_file(empty_store, SOURCE)
    assert not second.changed


def test_cli_lists_demo(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "list", "workgroups", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    codes = {r["code"] for r in rows}
    assert {"SENN-CRISE", "FISC-MTIC BENELUX"} <= codes
    assert main(["--db", str(db_path), "list", "chapters", "--plan", "2022", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 5


def test_cli_import_summary(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "import", str(SOURCE), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would import plan 2022" in out and "warning: line" in out and "6 flagships" in out
    assert main(["--db", str(db_path), "import", str(SOURCE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["kind"] == "plan" and data[0]["counts"]["chapters"] == 5


def test_demo_then_2013_import_adds_no_duplicate_workgroups(store: Store) -> None:
    with store.read() as s:
        groups_before = s.scalar(select(func.count()).select_from(Workgroup))
        ids_before = set(s.scalars(select(Workgroup.id)))
    report = import_file(store, SEEDS / "jaarplan-2013.txt")
    assert report.created.get("workgroup", 0) == 0
    assert report.created.get("section", 0) == 0 and report.created.get("chapter", 0) == 0
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Workgroup)) == groups_before
        assert set(s.scalars(select(Workgroup.id))) == ids_before

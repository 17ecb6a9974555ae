"""A new year's plan: notes follow their workgroup, new and gone objects are reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from _seed_documents import SEEDS
from sqlalchemy import select

from bnldesk.domain.models import Plan, Workgroup, workgroup_plan
from bnldesk.services.annotations import NoteFields, add_annotation, notes_for, resolve_target
from bnldesk.services.importer import import_file
from bnldesk.store import history
from bnldesk.store.engine import Store

pytestmark = pytest.mark.both_backends

SOURCE = SEEDS / "jaarplan-2013.txt"


@pytest.fixture
def plan_2014(tmp_path: Path) -> Path:
    """A later plan: the 2013 text for 2014, one workgroup dropped and one added."""
    text = SOURCE.read_text(encoding="utf-8").replace("2013", "2014")
    assert " Subgroep Trusts (FISC-TRUSTS) " in text
    text = text.replace(" Subgroep Trusts (FISC-TRUSTS) ", " Subgroep Cybercrime (FISC-CYBER) ")
    path = tmp_path / "jaarplan-2014.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_note_follows_workgroup_into_next_plan(empty_store: Store, plan_2014: Path) -> None:
    import_file(empty_store, SOURCE)
    with empty_store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        add_annotation(s, target, NoteFields(body="Standpunt: steun het evacuatieplan"))
    report = import_file(empty_store, plan_2014)

    assert report.previous_year == 2013
    carried = [n for n in report.carried_notes if n.target_kind == "workgroup"]
    assert [n.target_key for n in carried] == ["wg:SENN-CRISE"]
    assert "evacuatieplan" in carried[0].excerpt
    gone = {o.key for o in report.gone_objects if o.kind == "workgroup"}
    new = {o.key for o in report.new_objects if o.kind == "workgroup"}
    assert gone == {"wg:FISC-TRUSTS"}
    assert new == {"wg:FISC-CYBER"}

    with empty_store.read() as s:
        plan = s.scalars(select(Plan).where(Plan.year == 2014)).one()
        group = s.scalars(
            select(Workgroup)
            .join(workgroup_plan)
            .where(workgroup_plan.c.plan_id == plan.id, Workgroup.code == "SENN-CRISE")
        ).one()
        notes = notes_for(s, "workgroup", group.identity_key)
        assert [n.body for n in notes] == ["Standpunt: steun het evacuatieplan"]
        # The older plan is kept, with its own workgroups.
        assert s.scalar(select(Plan.id).where(Plan.year == 2013)) is not None
        statuses = history.status_map(s, 2014)
        assert statuses[("workgroup", "wg:SENN-CRISE")] == "same"
        assert statuses[("workgroup", "wg:FISC-CYBER")] == "new"
        assert statuses[("workgroup", "wg:FISC-TRUSTS")] == "gone"
        # Only a workgroup changed between the two texts: each of the 28 sections of the 2013
        # plan (shared/cases/import/truth/jaarplan-2013.json) is the same one in 2014.
        section_statuses = [status for (kind, _), status in statuses.items() if kind == "section"]
        assert section_statuses == ["same"] * 28
        carried_now = history.carried_notes(s, 2014)
        assert [n.target_key for n in carried_now] == ["wg:SENN-CRISE"]


def test_reimport_is_idempotent(empty_store: Store, plan_2014: Path) -> None:
    import_file(empty_store, SOURCE)
    import_file(empty_store, plan_2014)

    def snapshot() -> list[tuple[object, ...]]:
        from sqlalchemy import text

        with empty_store.read() as s:
            rows: list[tuple[object, ...]] = []
            for table in (
                "plan",
                "chapter",
                "section",
                "plan_item",
                "workgroup",
                "contact",
                "workgroup_section",
                "workgroup_plan",
                "contact_section",
            ):
                rows.extend(
                    (table, *r) for r in s.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))
                )
            return rows

    before = snapshot()
    again = import_file(empty_store, plan_2014)
    assert not again.changed
    again_2013 = import_file(empty_store, SOURCE)
    assert not again_2013.changed
    assert snapshot() == before


def test_dry_run_writes_nothing(empty_store: Store) -> None:
    report = import_file(empty_store, SOURCE, dry_run=True)
    assert report.dry_run and report.created["workgroup"] >= 70
    with empty_store.read() as s:
        assert s.scalar(select(Plan.id)) is None
        assert s.scalar(select(Workgroup.id)) is None


def test_comparison_without_previous_plan(empty_store: Store) -> None:
    import_file(empty_store, SOURCE)
    with empty_store.read() as s:
        comparison = history.compare_with_previous(s, 2013)
        assert comparison.previous_year is None
        assert set(comparison.counts()) >= {"chapter", "section", "item", "workgroup"}
        assert history.compare_with_previous(s, 1999).changes == []


def test_a_document_that_would_empty_a_plan_is_refused_unless_replacing(
    store: Store, tmp_path: Path, seeds_dir: Path
) -> None:
    from bnldesk.services.importer import ReplaceRefused, import_file
    from bnldesk.store.queries import list_sections

    # The first pages of the 2013 plan only: it reads as that plan but lacks most of it.
    stray = tmp_path / "one-chapter.txt"
    head = (seeds_dir / "jaarplan-2013.txt").read_text(encoding="utf-8").splitlines()[:400]
    stray.write_text("\n".join(head), encoding="utf-8")
    with store.read() as s:
        before = [r["number"] for r in list_sections(s, plan_year=2013)]
    with pytest.raises(
        ReplaceRefused,
        match=r"one-chapter.txt would remove \d+ of the \d+ sections of the 2013 plan",
    ):
        import_file(store, stray)
    with store.read() as s:
        assert [r["number"] for r in list_sections(s, plan_year=2013)] == before
    import_file(store, stray, replace=True)
    with store.read() as s:
        after = [r["number"] for r in list_sections(s, plan_year=2013)]
    assert 0 < len(after) < len(before) and set(after) <= set(before)

"""What a brief says about each note and about the plans before the one it reads.

A note's line of facts names its priority in the brief's language; an earlier plan that holds
notes is told in the "Earlier plans" annex with those notes, and only the earlier plans without
notes are listed, one short line each, under the place in the plan. Real SQLite databases built
through the services; the briefs are read back with pypdf.
"""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from export_helpers import MARKUP, fill_sample, one_chapter_plan

from bnldesk.domain.document import DocSection, DocWorkgroup, PlanDocument
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.store.engine import Store
from bnldesk.store.structure import write_document

pytestmark = pytest.mark.both_backends


def _text(pdf: Path) -> str:
    reader = pypdf.PdfReader(str(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Priority: high"),
        ("nl", "Prioriteit: hoog"),
        ("fr", "Priorité : haute"),  # a no-break space before the colon, read back as a space
    ],
)
def test_a_notes_priority_is_named_in_the_briefs_language(
    empty_store: Store, tmp_path: Path, language: str, line: str
) -> None:
    fill_sample(empty_store)  # its first note on SENN-CRISE has priority 3 (high)
    out = tmp_path / f"brief-{language}.pdf"
    export_brief(
        empty_store,
        BriefSubject(workgroup="SENN-CRISE", plan_year=2013),
        BriefOptions(language=language),
        out,
    )
    assert line in _text(out)


def _plan_2020() -> PlanDocument:
    return one_chapter_plan(
        2020,
        ("2", "Veiligheid"),
        [
            DocSection(
                "2.2",
                "Crisisbeheersing",
                workgroups=[DocWorkgroup("Strategische werkgroep Crisisbeheersing", "SENN-CRISE")],
            )
        ],
    )


def test_earlier_plans_with_notes_are_told_once_with_their_notes(
    empty_store: Store, tmp_path: Path
) -> None:
    fill_sample(empty_store)  # 2013 and 2022 plans; a note on 5.2 made under 2013
    with empty_store.transaction() as session:
        write_document(session, _plan_2020())  # lists the group, no note made then
    out = tmp_path / "senn-2022.pdf"
    result = export_brief(
        empty_store, BriefSubject(workgroup="SENN-CRISE", plan_year=2022), BriefOptions(), out
    )
    text = _text(out)
    plan_annex = text[text.rindex("1. Place in the plan") : text.rindex("2. Notes and positions")]
    # The plan without notes: one line under the place in the plan.
    assert "Earlier plans • Annual plan 2020: 2.2 Crisisbeheersing" in plan_annex
    # The plan with notes: not there, but in the annex of its own with what was noted then.
    assert "2013" not in plan_annex
    assert "Annual plan 2013:" not in text
    history = text[text.rindex("Earlier plans") :]
    assert "Annual plan 2013 • 5.2 Rampenbestrijding en crisisbeheersing Notes made then" in history
    assert MARKUP in history  # the note made on 5.2 under the 2013 plan
    # Its number follows the annexes before it (the open action items have none when the
    # cover lists them all).
    assert result.headings[-1] == "Annual plan 2013"
    assert result.headings[-2].endswith(". Earlier plans"), result.headings

"""A project's grey line in the brief's plan annex says its theme only when the theme says more
than the project's title (trial 16: "Kustvaart" under "Kustvaart", "Hyperloop" under
"Hyperloop"). Written with the real export, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from bnldesk.domain.document import DocChapter, DocItem, DocSection, PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.services.reports.brief import says_more
from bnldesk.store.engine import Store
from bnldesk.store.structure import write_document

pytestmark = pytest.mark.both_backends

ITEMS = [
    DocItem(ItemKind.OTHER, "Kustvaart", theme="Kustvaart"),
    DocItem(ItemKind.OTHER, "Hyperloop", theme="HYPERLOOP "),
    DocItem(ItemKind.OTHER, "Inspecties wegvervoer en truckparkings", theme="Verkeersveiligheid"),
    DocItem(
        ItemKind.OTHER, "Duurzame mobiliteit roadmap fietsstimulering", theme="Duurzame mobiliteit"
    ),
]


def _lines(path: Path) -> list[str]:
    pages = pypdf.PdfReader(str(path)).pages
    return [line.strip() for page in pages for line in page.extract_text().splitlines()]


def test_a_theme_that_repeats_the_title_is_not_printed_under_it(
    empty_store: Store, tmp_path: Path
) -> None:
    plan = PlanDocument(
        kind="plan",
        title="Jaarplan 2022",
        year=2022,
        chapters=[
            DocChapter("1", "Mobiliteit", sections=[DocSection("1.1", "Vervoer", items=ITEMS)])
        ],
    )
    with empty_store.transaction() as s:
        write_document(s, plan)
    out = tmp_path / "brief.pdf"
    export_brief(empty_store, BriefSubject(section="1.1", plan_year=2022), BriefOptions(), out)
    lines = _lines(out)
    for title in ("Kustvaart", "Hyperloop"):
        assert lines.count(title) == 1, [line for line in lines if title in line]
    # A theme that says something the title does not stays, under its project.
    at = lines.index("Inspecties wegvervoer en truckparkings")
    assert lines[at + 1] == "Verkeersveiligheid", lines[at : at + 3]
    assert "Duurzame mobiliteit" not in lines  # the title says it already


@pytest.mark.parametrize(
    ("line", "heading", "more"),
    [("Kustvaart", "Kustvaart", False), ("kustváart ", "Kustvaart", False), ("", "X", False),
     ("Kust", "Kustvaart", True), ("Wegvervoer", "Inspecties wegvervoer", False),
     ("Werkgroep SENN-CRISE", "Crisisbeheersing", True)],
)  # fmt: skip
def test_says_more_compares_whole_words_folded(line: str, heading: str, more: bool) -> None:
    assert says_more(line, heading) is more

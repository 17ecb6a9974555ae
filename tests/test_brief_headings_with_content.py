"""A heading of the brief never stands alone at the foot of a page (trial 12, D9: "2.1.2
Crisisbeheersing" and its plan line at the bottom of page 2, the section's content on page 3).

One workgroup carried by many sections of a plan, each with a different number of objectives
and projects, so that the sections' headings fall at every height of the pages; the brief is
read back with pdfminer (which page each line is printed on).
"""

from __future__ import annotations

from pathlib import Path

from export_helpers import one_chapter_plan, printed_lines

from bnldesk.domain.document import DocItem, DocSection, DocWorkgroup
from bnldesk.domain.models import ItemKind
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.store.engine import Store
from bnldesk.store.structure import write_document

SECTIONS = 24


def _first_line(number: int) -> str:
    """The first line of section ``number``'s content: its first objective, else its first
    project."""
    return f"Doelstelling {number}.0" if number % 3 else f"Project {number}.0"


def _sections() -> list[DocSection]:
    sections = []
    for number in range(SECTIONS):
        items = []
        if number % 3:  # objectives first (bullets), some sections none
            items += [
                DocItem(ItemKind.OBJECTIVE, f"Doelstelling {number}.{i}")
                for i in range(number % 5 + 1)
            ]
        items += [DocItem(ItemKind.ONGOING, f"Project {number}.{i}") for i in range(number % 4 + 2)]
        sections.append(
            DocSection(
                f"2.{number + 1}",
                f"Thema {number}",
                items=items,
                workgroups=[DocWorkgroup("Strategische werkgroep Crisisbeheersing", "SENN-CRISE")],
            )
        )
    return sections


def test_every_section_heading_starts_on_the_page_of_its_first_lines(
    empty_store: Store, tmp_path: Path
) -> None:
    with empty_store.transaction() as session:
        write_document(session, one_chapter_plan(2022, ("2", "Een veilige Benelux"), _sections()))
    out = tmp_path / "brief.pdf"
    export_brief(
        empty_store,
        BriefSubject(workgroup="SENN-CRISE", plan_year=2022),
        BriefOptions(include_toc=False),
        out,
    )
    lines = printed_lines(out)
    pages = {line.page for line in lines}
    assert len(pages) >= 3  # headings at several places on several pages
    apart = []
    for number in range(SECTIONS):
        heading = [line for line in lines if line.text == f"2.{number + 1} Thema {number}"]
        first = [line for line in lines if line.text == _first_line(number)]
        assert len(heading) == 1 and len(first) == 1, (number, heading, first)
        if heading[0].page != first[0].page:
            apart.append((heading[0], first[0]))
    assert apart == []

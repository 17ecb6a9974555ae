"""Where things stand on the brief's pages: centred markings, page 1 without a cover, the
notes heading never at a page's foot, long and non-Latin contents entries, the earlier plans.

Each brief is written from a real SQLite database built through the services and read back
with pdfminer (the layout a viewer shows: page, left and right edge, top, in points from the
bottom left of an A4 page, 595.3 x 841.9) or pypdf (the text).
"""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from export_helpers import PrintedLine, fill_sample, one_chapter_plan, printed_lines

from bnldesk.domain.document import (
    DocItem,
    DocSection,
    DocWorkgroup,
    PlanDocument,
)
from bnldesk.domain.models import ItemKind
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.store.engine import Store
from bnldesk.store.structure import write_document

PAGE_WIDTH = 595.28  # A4 in points
PAGE_HEIGHT = 841.89
MARGIN = 56.69  # 20 mm left and right, and below the text
MM = 72 / 25.4


def _text(pdf: Path) -> str:
    reader = pypdf.PdfReader(str(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


# -- page furniture --------------------------------------------------------------------------


def test_the_marking_is_centred_on_page_one_and_in_its_footer(
    empty_store: Store, tmp_path: Path
) -> None:
    fill_sample(empty_store)
    out = tmp_path / "marked.pdf"
    options = BriefOptions(marking="LIMITED DISTRIBUTION", delegation="BE")
    export_brief(empty_store, BriefSubject(workgroup="SENN-CRISE", plan_year=2013), options, out)
    markings = [
        line
        for line in printed_lines(out)
        if line.page == 1 and line.text == "LIMITED DISTRIBUTION"
    ]
    assert len(markings) == 2  # under the banner and at the foot
    for line in markings:
        middle = (line.left + line.right) / 2
        assert middle == pytest.approx(PAGE_WIDTH / 2, abs=1.0), line
        assert line.right - line.left > 60  # the whole word, not a squeezed sliver


def _page_texts(pdf: Path, page: int) -> list[tuple[float, str]]:
    """(baseline in points from the page's bottom, text) of each piece of text pypdf reads on
    ``page`` (from 1), forms included (the running header is one)."""
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            found.append((cm[1] * tm[4] + cm[3] * tm[5] + cm[5], text.strip()))

    pypdf.PdfReader(str(pdf)).pages[page - 1].extract_text(visitor_text=visit)
    return found


def test_without_a_cover_page_one_carries_the_running_header(
    empty_store: Store, tmp_path: Path
) -> None:
    fill_sample(empty_store)
    out = tmp_path / "no-cover.pdf"
    options = BriefOptions(include_cover=False)
    export_brief(empty_store, BriefSubject(workgroup="SENN-CRISE", plan_year=2013), options, out)
    first_page = _page_texts(out, 1)
    header = [
        baseline
        for baseline, text in first_page
        if text == "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
        and baseline > PAGE_HEIGHT - 20 * MM
    ]
    # The subject 13 mm from the top, as on every other page.
    assert header == [pytest.approx(PAGE_HEIGHT - 13 * MM, abs=0.5)]
    assert not any("MEETING BRIEF" in text for _, text in first_page)  # no cover banner


# -- headings and page ends ------------------------------------------------------------------


def _sweep_plan(sections: int) -> PlanDocument:
    """One plan whose section n holds n objectives and workgroup WG-n: briefs on WG-0, WG-1,
    ... end their plan annex a line lower each time, through a whole page."""
    return one_chapter_plan(
        2022,
        ("1", "Een competitieve en duurzame Benelux"),
        [
            DocSection(
                f"1.{number + 1}",
                f"Thema {number}",
                items=[
                    DocItem(ItemKind.OBJECTIVE, f"Doelstelling {number}.{item}")
                    for item in range(number)
                ],
                workgroups=[DocWorkgroup(f"Werkgroep {number}", f"WG-{number}")],
            )
            for number in range(sections)
        ],
    )


def test_the_notes_heading_never_stands_at_the_foot_of_a_page(
    empty_store: Store, tmp_path: Path
) -> None:
    sections = 52  # objective lines enough to move the heading through a whole page
    with empty_store.transaction() as session:
        write_document(session, _sweep_plan(sections))
        for number in range(sections):
            target = resolve_target(session, f"WG-{number}")
            add_annotation(
                session,
                target,
                NoteFields(body="Standpunt afstemmen met de FOD.", visibility="delegation"),
                author="M. Peeters",
            )
    tops: list[float] = []
    for number in range(sections):
        out = tmp_path / f"wg-{number}.pdf"
        export_brief(empty_store, BriefSubject(workgroup=f"WG-{number}"), BriefOptions(), out)
        heading = [line for line in printed_lines(out) if line.text == "2. Notes and positions"]
        assert len(heading) == 2, number  # in the contents, then the annex itself
        del heading[0]
        tops.append(heading[0].top)
        # At least 35 mm of the page's text area below the heading: room for its notes.
        assert heading[0].top >= MARGIN + 35 * MM, (number, heading[0])
    # The sweep did move the heading over the page (else it proves nothing).
    assert max(tops) - min(tops) > 500


# -- contents --------------------------------------------------------------------------------

LONG_TITLE = (
    "Versterking van de grensoverschrijdende samenwerking tussen hulpdiensten, ziekenhuizen "
    "en gemeenten bij rampen, crises en grootschalige evenementen in de grensregio's"
)


def _contents_lines(pdf: Path) -> list[PrintedLine]:
    """The lines of the contents: below its heading on page 1, above the footer."""
    lines = printed_lines(pdf)
    heading = next(line for line in lines if line.text == "Contents")
    return [line for line in lines if line.page == heading.page and MARGIN < line.top < heading.top]


def test_a_long_contents_entry_is_cut_before_its_page_number(
    empty_store: Store, tmp_path: Path
) -> None:
    plan = one_chapter_plan(
        2022,
        ("2", "Een veilige Benelux"),
        [
            DocSection(
                "2.4",
                LONG_TITLE,
                workgroups=[
                    DocWorkgroup("Werkgroep Grensoverschrijdende hulpverlening", "HULP"),
                    DocWorkgroup("Werkgroep مرحبا Arabisch", "ARAB"),
                ],
            )
        ],
    )
    with empty_store.transaction() as session:
        write_document(session, plan)
        add_annotation(
            session,
            resolve_target(session, "ARAB"),
            NoteFields(body="Tolk nodig.", visibility="delegation"),
        )
    out = tmp_path / "long.pdf"
    export_brief(empty_store, BriefSubject(section="2.4", plan_year=2022), BriefOptions(), out)
    entries = _contents_lines(out)
    long_entry = [line for line in entries if line.text.startswith("2.4 Versterking van")]
    assert len(long_entry) == 1
    entry = long_entry[0]
    assert entry.text.endswith("…")  # cut, and says so
    assert "grensregio's" not in entry.text
    # It ends left of the page number's column (24 pt wide at the right margin).
    assert entry.right < PAGE_WIDTH - MARGIN - 24
    arabic = [line for line in entries if "Arabisch" in line.text]
    assert len(arabic) == 1 and "Werkgroep" in arabic[0].text
    assert arabic[0].right < PAGE_WIDTH - MARGIN - 24
    # The dot leader starts after the entry's text, on its row.
    leaders = [
        line
        for line in entries
        if line.text.startswith(". . .") and abs(line.top - arabic[0].top) < 1
    ]
    assert len(leaders) == 1 and leaders[0].left > arabic[0].right

"""What a delegate found odd in a printed brief (delegate trial), read back with pypdf.

"Position · no position" above a position text, "Prepared by BE" with no author, flags printed as
boxed letters, "Earlier plans" as a page of its own for one line, dates in another format than
the window's, and counts such as "1 note(s)".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pypdf
import pytest
from export_helpers import Sample, fill_sample
from sqlalchemy import update

from bnldesk.domain.models import ActionItem, Annotation
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.services.reports.labels import label
from bnldesk.store.engine import Store


@pytest.fixture
def sample(empty_store: Store) -> Sample:
    return fill_sample(empty_store, today=dt.date(2026, 11, 30))


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(path)).pages]


def _note(store: Store, target: str, **fields: object) -> None:
    with store.transaction() as s:
        add_annotation(
            s,
            resolve_target(s, target),
            NoteFields(visibility="delegation", **fields),  # type: ignore[arg-type]
        )


@pytest.mark.parametrize(
    ("language", "position", "no_position"),
    [("en", "Position", "no position"), ("nl", "Standpunt", "geen standpunt"),
     ("fr", "Position", "pas de position")],
)  # fmt: skip
def test_a_position_without_a_state_is_not_called_no_position(
    empty_store: Store, sample: Sample, tmp_path: Path, language: str, position: str,
    no_position: str,
) -> None:  # fmt: skip
    _note(
        empty_store, "SENN-CRISE", body="Oefening 2027.", position_text="Wij steunen de oefening."
    )
    out = tmp_path / "brief.pdf"
    export_brief(
        empty_store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(language=language), out
    )
    text = " ".join(_pages(out))
    assert f"{position} Wij steunen de oefening." in text  # the note's position box
    assert no_position not in text  # neither in the box nor in the summary on page 1


def test_prepared_by_names_the_author_and_the_delegation_has_its_own_line(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "anonymous.pdf"
    export_brief(
        empty_store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(delegation="BE"), out
    )
    first = _pages(out)[0]
    assert "Delegation BE" in first
    assert "Prepared by" not in first
    export_brief(
        empty_store,
        BriefSubject(workgroup="SENN-CRISE"),
        BriefOptions(delegation="BE", author="Anna Peeters", language="nl"),
        out,
    )
    first = _pages(out)[0]
    assert "Delegatie BE" in first and "Opgesteld door Anna Peeters" in first


def _font_names(path: Path) -> set[str]:
    names: set[str] = set()
    for page in pypdf.PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def test_flags_print_as_the_countrys_code_never_as_boxes(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    _note(
        empty_store,
        "SENN-CRISE",
        body="🇧🇪🇳🇱 steunen, 🇱🇺 twijfelt; 🏴󠁧󠁢󠁳󠁣󠁴󠁿 kijkt toe.",
        position_text="🇧🇪 akkoord",
    )
    out = tmp_path / "flags.pdf"
    export_brief(
        empty_store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(delegation="🇧🇪"), out
    )
    text = " ".join(_pages(out))
    assert "BE NL steunen, LU twijfelt; GB-SCT kijkt toe." in text
    assert "BE akkoord" in text
    assert not any(0x1F1E6 <= ord(c) <= 0x1F1FF or 0xE0000 <= ord(c) <= 0xE007F for c in text)
    # Symbola draws regional indicators as boxed letters: it is not needed for this text.
    assert not any("Symbola" in name or "BnlSymbols" in name for name in _font_names(out))


def test_earlier_plans_without_notes_are_lines_in_the_plan_annex_not_a_page(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    with empty_store.transaction() as s:  # no note from 2013 left: only where it sat then
        s.execute(update(Annotation).where(Annotation.plan_year == 2013).values(plan_year=2022))
    out = tmp_path / "history.pdf"
    result = export_brief(
        empty_store, BriefSubject(workgroup="SENN-CRISE", plan_year=2022), BriefOptions(), out
    )
    pages = _pages(out)
    assert not any(h.endswith(". Earlier plans") for h in result.headings)  # no annex of its own
    assert "Earlier plans" in result.headings  # a sub-heading of "Place in the plan"
    plan_index = next(i for i, h in enumerate(result.headings) if h.endswith("Place in the plan"))
    assert result.headings.index("Earlier plans") > plan_index
    text = " ".join(pages)
    assert "Annual plan 2013: 5.2 Rampenbestrijding en crisisbeheersing" in text
    # Every page after the first carries more than a heading: its own text runs on.
    for page in pages[1:]:
        assert len(page.split()) > 25, page


def test_earlier_plans_with_notes_keep_their_annex(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "history.pdf"
    result = export_brief(
        empty_store, BriefSubject(workgroup="SENN-CRISE", plan_year=2022), BriefOptions(), out
    )
    assert any(h.endswith(". Earlier plans") for h in result.headings)
    assert "Annual plan 2013" in result.headings
    assert "Notes made then" in " ".join(_pages(out))


@pytest.mark.parametrize(
    ("language", "due", "generated"),
    [("en", "05/12/2026", "Generated {day:02d}/{month:02d}/{year}"),
     ("nl", "05/12/2026", "Aangemaakt {day:02d}/{month:02d}/{year}"),
     ("fr", "05/12/2026", "Généré le {day:02d}/{month:02d}/{year}")],
)  # fmt: skip
def test_dates_in_the_languages_one_short_format(
    empty_store: Store, sample: Sample, tmp_path: Path, language: str, due: str, generated: str
) -> None:
    """Due dates, the notes' dates and the footer's date, each in the language's one short
    format: the day on two digits in every language (05/12/2026; Dutch and French wrote
    5/12/2026, unaligned beside 15/12/2026: trial 9)."""
    with empty_store.transaction() as s:
        s.execute(update(ActionItem).values(due_date=dt.date(2026, 12, 5)))
        s.execute(update(Annotation).values(updated_at=dt.datetime(2026, 12, 5, 9, 0)))
    out = tmp_path / "dates.pdf"
    today = dt.date.today()
    export_brief(
        empty_store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(language=language), out
    )
    text = " ".join(_pages(out))
    words = text.split()
    assert due in words or any(word.startswith(due) for word in words)
    assert "05-12-2026" not in text
    assert " 5/12/2026" not in f" {text}"
    if dt.date.today() == today:  # the footer says when it was made (unless made at midnight)
        assert generated.format(day=today.day, month=today.month, year=today.year) in text


@pytest.mark.parametrize(
    ("key", "language", "count", "expected"),
    [
        ("n_notes", "en", 1, "1 note"),
        ("n_notes", "en", 2, "2 notes"),
        ("n_notes", "nl", 1, "1 nota"),
        ("n_notes", "nl", 0, "0 nota's"),
        ("n_notes", "fr", 0, "0 note"),
        ("n_notes", "fr", 2, "2 notes"),
        ("left_private", "en", 1, "1 private note is not included"),
        ("left_private", "en", 3, "3 private notes are not included"),
        ("left_private", "nl", 1, "1 privénota is niet opgenomen"),
        ("left_private", "fr", 1, "1 note privée n'est pas incluse"),
        ("left_private", "fr", 4, "4 notes privées ne sont pas incluses"),
    ],
)
def test_counts_take_the_plural_their_number_needs(
    key: str, language: str, count: int, expected: str
) -> None:
    text = label(key, language, n=count, year=2022)
    assert text.startswith(expected)
    assert "(s)" not in text and "(en)" not in text


def test_french_puts_a_space_before_the_colon(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "fr.pdf"
    result = export_brief(
        empty_store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(language="fr"), out
    )
    heading = next(h for h in result.headings if "SENN-CRISE)" in h and "Groupe" in h)
    assert heading.startswith("Groupe de travail\u00a0: "), heading
    text = " ".join(_pages(out)).replace("\u00a0", " ")
    assert "Consulter : FOD Binnenlandse Zaken" in text
    assert "travail:" not in text


@pytest.mark.parametrize(
    "text",
    ["Akkoord.", "  kosten & baten < 5 > 3  ", "a\\tb  c", "€ 40.000 œuvre Größe", "x" * 300],
)
def test_plain_paragraphs_are_the_parsers_paragraphs(text: str) -> None:
    """Plain note text skips reportlab's markup parser (pdf_text.plain_para); the paragraph
    it makes breaks into the same lines, with the same fragments, as the parsed one."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from bnldesk.services.reports.pdf_text import FONT, plain_para, register_fonts

    register_fonts()
    style = ParagraphStyle("t", fontName=FONT, fontSize=9.5, leading=13.5)
    parsed, plain = Paragraph(escape(text), style), plain_para(text, style)
    # One fragment with the whole text, dressed as each of the parser's (it cuts at "&").
    (fragment,) = plain.frags
    assert fragment.text == "".join(f.text for f in parsed.frags)
    for other in parsed.frags:
        assert {**vars(other), "text": ""} == {**vars(fragment), "text": ""}
    assert plain.wrap(120, 1000) == parsed.wrap(120, 1000)
    assert _line_texts(plain) == _line_texts(parsed)


def _line_texts(paragraph: Any) -> list[str]:
    """Each broken line's words (plain lines are (space, words); styled ones carry frags)."""
    texts = []
    for line in paragraph.blPara.lines:
        words = line[1] if isinstance(line, tuple) else [w.text for w in line.words]
        texts.append(" ".join(words).strip())
    return texts


def test_an_objects_row_in_the_positions_summary_holds_its_name_and_its_line_only(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """A workgroup brief's summary: the workgroup's row names it, then the line to take; no
    second line under the name (an agenda point's row has its object's label there)."""
    _note(
        empty_store,
        "SENN-CRISE",
        body="Oefening 2027.",
        position_state="agreed",
        position_text="Wij steunen de oefening.",
    )
    out = tmp_path / "brief.pdf"
    export_brief(empty_store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(), out)
    first = _pages(out)[0]
    summary = first[first.index("Our positions") : first.index("Open actions and deadlines")]
    assert summary == (
        "Our positions Subject Position and line to take "
        "Strategische werkgroep Crisisbeheersing (SENN-CRISE) "
        "reservation — Akkoord onder voorbehoud van budget. (Consult: FOD Binnenlandse Zaken) "
        "agreed — Wij steunen de oefening. "
    )

"""The meeting brief read back with pypdf: text, outline, pages, header and footer."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest
from export_helpers import MARKUP, Sample, fill_sample, text_beyond_right_margin

from bnldesk.cli import main
from bnldesk.services.reports import (
    BriefOptions,
    BriefSubject,
    BriefSubjectNotFound,
    export_brief,
)
from bnldesk.services.reports.brief import BriefBuilder
from bnldesk.services.reports.brief_data import collect_brief
from bnldesk.store.engine import Store

pytestmark = pytest.mark.both_backends


@pytest.fixture
def sample(empty_store: Store) -> Sample:
    return fill_sample(empty_store)


def _read(path: Path) -> tuple[pypdf.PdfReader, str]:
    reader = pypdf.PdfReader(str(path))
    return reader, "\n".join(p.extract_text() for p in reader.pages)


def _outline_titles(reader: pypdf.PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_workgroup_brief_has_plan_notes_contacts_and_outline(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "senn.pdf"
    options = BriefOptions(marking="LIMITED DISTRIBUTION", delegation="BE", author="M. Peeters")
    result = export_brief(
        empty_store, BriefSubject(workgroup="SENN-CRISE", plan_year=2013), options, out
    )
    reader, text = _read(out)
    flat = _flat(text)
    assert "Strategische werkgroep Crisisbeheersing" in flat
    assert "SENN-CRISE" in flat
    assert "5.2 Rampenbestrijding en crisisbeheersing" in flat
    assert "Grensoverschrijdende crisisbeheersing versterken" in flat  # objective
    assert MARKUP in flat  # user text shown literally, not as markup
    assert "België steunt een gezamenlijke oefening" in flat
    assert "€ 40.000" in flat and "œuvre" in flat and "ł Ж" in flat
    assert "Anne Dubois" in flat and "a.dubois@benelux.int" in flat
    assert "Persoonlijke notitie" not in flat  # private notes stay out unless ticked
    assert "Begroting oefening afstemmen met FOD" in flat
    assert "overdue" in flat
    # An outline entry per heading, in order.
    assert _outline_titles(reader) == result.headings
    assert "1. Place in the plan" in result.headings
    # The open action items are on the cover; no annex repeats them (trial 18).
    assert flat.count("Begroting oefening afstemmen met FOD") == 1
    assert "3. Secretariat-General contacts" in result.headings
    # Header and footer on every page, with the true page count.
    pages = len(reader.pages)
    assert pages == result.pages
    assert 2 <= pages <= 5
    for number, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        assert f"Page {number} of {pages}" in page_text
        assert "LIMITED DISTRIBUTION" in page_text
    assert reader.metadata is not None
    assert "SENN-CRISE" in (reader.metadata.title or "")
    assert reader.metadata.author == "M. Peeters"
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.5)  # A4


def test_private_notes_only_when_ticked(empty_store: Store, sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    export_brief(
        empty_store,
        BriefSubject(workgroup="SENN-CRISE", plan_year=2013),
        BriefOptions(include_private=True),
        out,
    )
    _, text = _read(out)
    assert "Persoonlijke notitie" in _flat(text)


def test_parts_can_be_left_out(empty_store: Store, sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "short.pdf"
    options = BriefOptions(include_cover=False, include_contacts=False, include_history=False)
    result = export_brief(empty_store, BriefSubject(workgroup="SENN-CRISE"), options, out)
    _, text = _read(out)
    assert "Anne Dubois" not in text
    assert not any("contacts" in h for h in result.headings)
    assert not any(h.startswith("Cover") for h in result.headings)
    assert "Contents" in result.headings


def test_meeting_brief_shows_date_place_and_agenda(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "meeting.pdf"
    result = export_brief(
        empty_store, BriefSubject(meeting=str(sample.meeting_id)), BriefOptions(), out
    )
    _, text = _read(out)
    flat = _flat(text)
    assert "14 May 2013, 10:00–13:00" in flat
    assert "Secretariaat-Generaal, Brussel" in flat
    assert "Stand van zaken risico-inventaris" in flat
    assert "BE vraagt om een tijdpad vóór de zomer." in flat
    assert result.headings[2] == "1. Agenda"


def test_flagship_section_brief_and_history(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "flagship.pdf"
    export_brief(empty_store, BriefSubject(section="1.1", plan_year=2022), BriefOptions(), out)
    _, text = _read(out)
    flat = _flat(text)
    assert "★ Flagship" in flat
    assert "Digitale vrachtbrief (e-CMR)" in flat
    # The same workgroup in 2022 shows where it sat in 2013 and the notes made then.
    out2 = tmp_path / "history.pdf"
    result = export_brief(
        empty_store, BriefSubject(workgroup="SENN-CRISE", plan_year=2022), BriefOptions(), out2
    )
    _, text2 = _read(out2)
    flat2 = _flat(text2)
    assert "Annual plan 2013" in result.headings
    assert "2.3 Rampenbestrijding en crisisbeheersing" in flat2
    assert MARKUP in flat2  # the 2013 section note, under "Notes made then"
    # No contacts in the 2022 plan: those of the same section in 2013 are shown and said so.
    assert "Anne Dubois" in flat2 and "Contacts as listed in the 2013 plan." in flat2


def test_labels_follow_the_language(empty_store: Store, sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "nl.pdf"
    result = export_brief(
        empty_store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(language="nl"), out
    )
    reader, text = _read(out)
    assert "Inhoud" in result.headings
    assert f"Pagina 1 van {len(reader.pages)}" in text


def test_unknown_subject_is_a_clear_error(empty_store: Store, sample: Sample) -> None:
    with empty_store.read() as s, pytest.raises(BriefSubjectNotFound, match="NOPE"):
        collect_brief(s, BriefSubject(workgroup="NOPE"), BriefOptions())
    with empty_store.read() as s, pytest.raises(BriefSubjectNotFound, match="1999"):
        collect_brief(s, BriefSubject(section="5.2", plan_year=1999), BriefOptions())


def test_page_count_grows_with_content(empty_store: Store, sample: Sample) -> None:
    with empty_store.read() as s:
        data = collect_brief(s, BriefSubject(workgroup="SENN-CRISE"), BriefOptions())
    small = BriefBuilder(data, BriefOptions())
    small.render_bytes()
    data.note_groups[0].notes[0].body = "\n".join(["Een lange alinea. " * 40] * 60)
    big = BriefBuilder(data, BriefOptions())
    big.render_bytes()
    assert big.page_count >= small.page_count + 8


def test_cli_brief(
    empty_store: Store, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = empty_store.where
    out = tmp_path / "cli.pdf"
    assert (
        main(
            [
                "--db",
                db,
                "brief",
                "--section",
                "5.2",
                "--plan",
                "2013",
                "--out",
                str(out),
                "--marking",
                "INTERN",
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert out.exists() and re.search(
        r": \d+ pages?, \d+ notes?(; 1 private note left out .*)?$", printed.strip()
    ), printed
    assert "(s)" not in printed
    # An existing --out file is replaced, and the line says so (the command line asks nothing).
    out.write_bytes(b"an older file")
    assert main(["--db", db, "brief", "--section", "5.2", "--plan", "2013", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip().endswith(" (replaced the file that was there)")
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--db", db, "brief", "--workgroup", "NOPE", "--out", str(out)]) == 1
    assert "no workgroup" in capsys.readouterr().err
    assert (
        main(["--db", db, "brief", "--workgroup", "SENN-CRISE", "--out", str(tmp_path / "x.txt")])
        == 1
    )
    assert ".pdf" in capsys.readouterr().err
    # The workgroup holds one private note: the line says it was left out, and how to add it.
    brief = ["--db", db, "brief", "--workgroup", "SENN-CRISE", "--out", str(tmp_path / "w.pdf")]
    assert main(brief) == 0
    assert (
        capsys.readouterr()
        .out.strip()
        .endswith(" notes; 1 private note left out (--include-private adds them)")
    )
    assert main([*brief, "--include-private"]) == 0
    assert "left out" not in capsys.readouterr().out


def test_overdue_is_relative_to_today(empty_store: Store, sample: Sample) -> None:
    with empty_store.read() as s:
        data = collect_brief(
            s, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(), today=dt.date(2000, 1, 1)
        )
    assert data.actions and not any(a.overdue for a in data.actions)


def test_contents_and_bookmarks_point_at_the_right_pages(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "toc.pdf"
    paragraph = "Een alinea die de pagina's vult. " * 30
    with empty_store.transaction() as s:
        from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target

        add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="\n".join([paragraph] * 40), visibility="delegation"),
        )
    result = export_brief(
        empty_store, BriefSubject(meeting=str(sample.meeting_id)), BriefOptions(), out
    )
    reader = pypdf.PdfReader(str(out))
    texts = [_flat(p.extract_text()) for p in reader.pages]
    # Each contents line is extracted as its title, its dot leader, then its page number.
    contents_page = next(i for i, t in enumerate(texts) if "Contents" in t)
    listed = {
        title: int(page)
        for title, page in re.findall(
            r"([^\n]+)\n\.{3,}\n(\d+)", reader.pages[contents_page].extract_text()
        )
    }
    checked = 0
    for item in reader.outline:
        if isinstance(item, list):
            continue
        page = reader.get_destination_page_number(item)
        assert item.title.removeprefix("Summary: ") in texts[page]
        if item.title[0].isdigit():
            assert listed[item.title] == page + 1, item.title
            checked += 1
    assert checked >= 4 and result.pages >= 6
    # Page 1 is the summary; every page says "page X of Y" with the true total.
    assert "Our positions" in texts[0] and "Open actions and deadlines" in texts[0]
    assert result.pages == len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text


def test_brief_on_the_demo_data(store: Store, tmp_path: Path) -> None:
    """The bundled 2013 plan: SENN-CRISE in its section, with the contacts of that domain."""
    with store.read() as s:
        data = collect_brief(
            s, BriefSubject(workgroup="SENN-CRISE", plan_year=2013), BriefOptions()
        )
    assert data.contacts, "the 2013 demo plan lists Secretariat-General contacts for 5.2"
    out = tmp_path / "demo.pdf"
    export_brief(store, BriefSubject(workgroup="SENN-CRISE", plan_year=2013), BriefOptions(), out)
    _, text = _read(out)
    flat = _flat(text)
    assert "SENN-CRISE" in flat and "5.2 Rampenbestrijding en crisisbeheersing" in flat
    for contact in data.contacts:
        assert contact.name in flat


def test_meeting_this_year_uses_the_latest_plan_listing_the_workgroup(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo data's newest plan is older than this year: the normal case for a meeting."""
    db = store.where
    this_year = dt.date.today().year
    store.close()
    start = f"{this_year}-12-04 10:00"
    assert main(["--db", db, "meeting", "add", "--workgroup", "SENN-CRISE", "--start", start]) == 0
    capsys.readouterr()
    out = tmp_path / "m.pdf"
    assert main(["--db", db, "brief", "--meeting", "1", "--out", str(out)]) == 0
    _, text = _read(out)
    flat = _flat(text)
    assert "SENN-CRISE" in flat
    # The cover says which plan was used instead of the meeting's year.
    assert re.search(
        rf"No {this_year} plan lists this workgroup; this brief uses the \d{{4}} plan", flat
    )
    # An explicit year that has no plan is an error that names the years there are.
    assert main(["--db", db, "brief", "--meeting", "1", "--plan", "2031", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "there is no 2031 plan" in err and "2013" in err and "--plan" in err


WORLD = (
    "Partners 👍🏽 🇧🇪 ✅ 📅 中文合作 日本語です 한국어 회의 ＡＢＣ！￥\n"
    "مرحبا بكم في اجتماع مجموعة العمل\n"
    "שלום לכולם בבריסל"
)


def test_every_character_prints_and_right_to_left_reads_right(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
    from bnldesk.services.reports.pdf_text import FONT, font_for, register_fonts

    with empty_store.transaction() as s:
        add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body=WORLD, consult="外务省 😀", visibility="delegation"),
        )
    out = tmp_path / "world.pdf"
    export_brief(
        empty_store,
        BriefSubject(workgroup="SENN-CRISE"),
        BriefOptions(marking="INTERN 🔒 机密"),
        out,
    )
    reader, text = _read(out)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    # Every character has a font that draws it: DejaVu or a bundled fallback, embedded.
    register_fonts()
    for char in set(WORLD) - set(" \n"):
        assert font_for(char) is not None or _in_dejavu(char, FONT), repr(char)
    for name in ("DejaVuSans", "DroidSansFallback", "NanumGothic", "Symbola"):
        assert any(name in f for f in fonts), (name, fonts)
    assert not any("Helvetica" in f for f in fonts), fonts  # no text left in a base-14 font
    flat = _flat(text)
    for word in ("中文合作", "日本語です", "한국어", "ＡＢＣ！￥", "外务省"):
        assert word in flat, word
    # Arabic shaped (presentation forms) and Hebrew present; pypdf gives them back in reading order.
    assert "ﻣﺮﺣﺒﺎ ﺑﻜﻢ" in flat and "שלום לכולם" in flat


def test_right_to_left_paragraphs_keep_their_line_order() -> None:
    """A long Hebrew paragraph: broken into lines in reading order, each line drawn right to
    left, right-aligned; the first words are on the first line."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    from bnldesk.services.reports.pdf_text import FONT, RtlParagraph, register_fonts

    register_fonts()
    words = [f"מילה{n:02d}" for n in range(40)]
    flowable = RtlParagraph(" ".join(words), ParagraphStyle("t", fontName=FONT, fontSize=10))
    flowable.wrap(200, 1000)
    inner = flowable._inner
    assert inner is not None and inner.style.alignment == TA_RIGHT
    lines = [
        "".join(frag.text for frag in line.words) if hasattr(line, "words") else " ".join(line[1])
        for line in inner.blPara.lines
    ]
    assert len(lines) >= 4
    numbers = [[int(n) for n in re.findall(r"\d\d", line)] for line in lines]
    # Lines top to bottom in reading order: the first words on the first line, the last on
    # the last; within a line, drawn left to right, the numbers descend (read right to left).
    assert numbers[0][-1] == 0 and numbers[-1][0] == 39, numbers
    for drawn in numbers:
        assert drawn == sorted(drawn, reverse=True), drawn
    flat = [n for drawn in numbers for n in reversed(drawn)]
    assert flat == list(range(40))


def test_a_right_to_left_paragraph_split_at_a_page_end_keeps_every_word_in_order() -> None:
    """The same paragraph at the foot of a page with room for two lines: the first part holds
    the first ten words in those two lines, the rest goes on, in reading order."""
    from reportlab.lib.styles import ParagraphStyle

    from bnldesk.services.reports.pdf_text import FONT, RtlParagraph, register_fonts

    register_fonts()
    words = [f"מילה{n:02d}" for n in range(40)]
    style = ParagraphStyle("t", fontName=FONT, fontSize=10, leading=12)
    flowable = RtlParagraph(" ".join(words), style)
    assert flowable.wrap(200, 1000) == (200, 96)  # eight lines of 12 points
    parts = flowable.split(200, 30)
    assert len(parts) == 2
    assert parts[0].wrap(200, 30) == (200, 24)
    numbers = []
    for part in parts:
        part.wrap(200, 1000)
        for line in part.blPara.lines:
            drawn = [int(n) for n in re.findall(r"\d\d", "".join(f.text for f in line.words))]
            numbers.append(list(reversed(drawn)))
    assert numbers[:2] == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    assert [n for line in numbers for n in line] == list(range(40))


def _in_dejavu(char: str, font: str) -> bool:
    from reportlab.pdfbase import pdfmetrics

    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


def test_summary_first_then_annexes_without_empty_sections(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target

    with empty_store.transaction() as s:
        add_annotation(
            s,
            resolve_target(s, "SENN-CRISE/RISK"),
            NoteFields(body="Sub-groep levert de kaart.", visibility="delegation"),
        )
        add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="Debrief: mandaat verlengd.", status="done", visibility="delegation"),
        )
    out = tmp_path / "summary.pdf"
    result = export_brief(
        empty_store, BriefSubject(meeting=str(sample.meeting_id)), BriefOptions(), out
    )
    reader, _ = _read(out)
    first = _flat(reader.pages[0].extract_text())
    # Page 1: meeting, agenda points with our position and its state, actions, consult.
    assert "14 May 2013, 10:00–13:00" in first and "Secretariaat-Generaal, Brussel" in first
    assert "Our positions" in first and "2. Stand van zaken risico-inventaris" in first
    assert "BE vraagt om een tijdpad vóór de zomer." in first
    assert "reservation" in first and "Akkoord onder voorbehoud van budget." in first
    assert "Open actions and deadlines" in first and "overdue" in first
    assert "Still to consult at home" in first and "FOD Binnenlandse Zaken" in first
    # Sub-group notes are in; closed notes go to their own compact annex.
    assert "Workgroup: Werkgroep Risico-identificatie (SENN-CRISE/RISK)" in result.headings
    assert any(h.endswith("Closed notes") for h in result.headings)
    everything = _flat("\n".join(p.extract_text() for p in reader.pages))
    assert "Sub-groep levert de kaart." in everything
    assert "Debrief: mandaat verlengd." in everything
    # The agenda point named after its object does not print that name twice.
    assert everything.count("Stand van zaken risico-inventaris") == 2  # summary + agenda annex
    # No empty sections: no history (2013 is the first plan), so no "earlier plans" heading.
    assert not any("Earlier plans" in h for h in result.headings)
    assert "Not found in earlier plans" not in everything


def test_brief_follows_the_umask(empty_store: Store, sample: Sample, tmp_path: Path) -> None:
    import os

    out = tmp_path / "mode.pdf"
    old = os.umask(0o027)
    try:
        export_brief(empty_store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(), out)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o640


def test_contents_longer_than_a_page_continue_on_the_next(
    empty_store: Store, tmp_path: Path
) -> None:
    """A workgroup placed in 70 sections, a note on each: the contents' 70-odd lines do not
    fit on one page (the brief failed with reportlab's LayoutError on such a workgroup of the
    big benchmark database); they continue on the next page, every heading listed once with
    the page it is on."""
    from bnldesk.domain.document import DocChapter, DocSection, DocWorkgroup, PlanDocument
    from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
    from bnldesk.store.structure import write_document

    sections = [
        DocSection(
            number=f"{n // 10 + 1}.{n % 10 + 1}",
            title=f"Thema {n}",
            workgroups=[DocWorkgroup("Werkgroep Overal", "WG-OVERAL")],
        )
        for n in range(70)
    ]
    chapters = [
        DocChapter(str(c + 1), f"Hoofdstuk {c + 1}", sections=sections[c * 10 : c * 10 + 10])
        for c in range(7)
    ]
    plan = PlanDocument(kind="plan", title="Jaarplan 2031", year=2031, chapters=chapters)
    with empty_store.transaction() as s:
        write_document(s, plan)
    with empty_store.transaction() as s:
        for section in sections:
            add_annotation(
                s,
                resolve_target(s, section.number, plan_year=2031),
                NoteFields(body=f"Notitie over {section.title}.", visibility="delegation"),
            )
    out = tmp_path / "overal.pdf"
    result = export_brief(empty_store, BriefSubject(workgroup="WG-OVERAL"), BriefOptions(), out)
    reader = pypdf.PdfReader(str(out))
    texts = [p.extract_text() for p in reader.pages]
    listed: dict[str, int] = {}
    contents_pages = []
    for index, text in enumerate(texts):
        found = re.findall(r"([^\n]+)\n\.{3,}\n(\d+)", text)
        if found:
            contents_pages.append(index)
        for title, page in found:
            assert title not in listed, title
            listed[title] = int(page)
    assert len(contents_pages) >= 2  # one page could not hold them
    assert contents_pages == list(range(contents_pages[0], contents_pages[-1] + 1))
    for number in range(70):
        section = f"{number // 10 + 1}.{number % 10 + 1} Thema {number}"
        # Its place in the plan, and its notes, each where the contents say.
        assert section in _flat(texts[listed[section] - 1])
        notes_page = _flat(texts[listed[f"Section: {section}"] - 1])
        assert f"Section: {section} open · " in notes_page
        assert f"Notitie over Thema {number}." in notes_page
    assert result.pages == len(texts)


def test_a_section_brief_names_its_contacts_with_their_plan_year(store: Store) -> None:
    from bnldesk.services.reports.brief_data import collect_brief

    with store.read() as s:
        data = collect_brief(s, BriefSubject(section="3.1", plan_year=2013), BriefOptions())
    # The demo's 2013 section 3.1 (Energiebeleid) lists one contact of the Secretariat-General.
    assert [(c.name, c.plan_year) for c in data.contacts] == [("F. Deloof", 2013)]
    assert data.contacts_plan_year is None  # the section's own plan lists them


def test_nothing_is_printed_beyond_the_right_margin(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    """Every table (actions, contacts, agenda) keeps inside the text column: no text starts
    right of the right margin, 20 mm from the edge of an A4 page."""
    out = tmp_path / "brief.pdf"
    export_brief(empty_store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(), out)
    printed, beyond = text_beyond_right_margin(out)
    assert printed > 100
    assert beyond == []


def test_a_brief_marks_a_private_note_and_needs_a_subject(
    empty_store: Store, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "section.pdf"
    export_brief(
        empty_store,
        BriefSubject(workgroup="SENN-CRISE"),
        BriefOptions(include_private=True),
        out,
    )
    _reader, text = _read(out)
    flat = " ".join(text.split())
    # The private note of the sample, marked as such in its line of facts.
    assert "Persoonlijke notitie: niet delen." in flat
    assert " private" in flat[: flat.index("Persoonlijke notitie")][-300:]
    with (
        empty_store.read() as s,
        pytest.raises(
            BriefSubjectNotFound,
            match=r"^say which workgroup, section or meeting the brief is about$",
        ),
    ):
        collect_brief(s, BriefSubject(), BriefOptions())


def test_a_section_brief_lists_the_sections_workgroups_under_their_heading(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "section.pdf"
    export_brief(store, BriefSubject(section="5.2", plan_year=2013), BriefOptions(), out)
    _reader, text = _read(out)
    flat = " ".join(text.split())
    after = flat[flat.index("Workgroups and committees") :]
    assert "SENN-CRISE" in after

"""Briefs on what delegates paste: every text of a brief oversized or hostile, laid out and
read back with pypdf; the command line in a subprocess; the last-resort layout net."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import string
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest
from reportlab.platypus import Flowable

from bnldesk.cli import main
from bnldesk.domain.document import DocChapter, DocSection, DocWorkgroup, PlanDocument
from bnldesk.services.annotations import NoteFields, add_action, add_annotation, resolve_target
from bnldesk.services.reports import brief as brief_module
from bnldesk.services.reports.brief import BriefBuilder, BriefLayoutError
from bnldesk.services.reports.brief_data import (
    ActionInfo,
    AgendaInfo,
    BriefData,
    BriefOptions,
    ContactInfo,
    HistoryEntry,
    ItemInfo,
    MeetingInfo,
    NoteGroup,
    NoteInfo,
    Placement,
    WorkgroupInfo,
)
from bnldesk.store.engine import open_store
from bnldesk.store.structure import write_document

NOW = dt.datetime(2026, 11, 30, 10, 0)
# Fields that hold a choice, not text a delegate types.
CHOICES = {"kind", "status", "position_state", "visibility", "target_kind", "uuid"}
# Letters for the oversized words: each field its own, so that each can be counted.
# Texts the brief shortens by design, and how many of their characters it prints at least:
# a closed note is one line of its first 400 characters (its other fields not at all), an
# action's object is named in full in the annexes and by its start in each action's row.
SHORTENED = {
    ".note_groups[0].notes[1].body": 390,
    ".note_groups[0].notes[1].": 0,
    ".actions[0].about": 150,
}
LETTERS = [c for c in string.ascii_letters + "αβγδεζηθκμνξπρστφχψω" if c not in "lI"]


def _brief_data() -> BriefData:
    """A brief with every part present: a meeting and its agenda, a placement, open and
    closed notes, an overdue action, a contact and an earlier plan with notes."""
    note = NoteInfo(
        uuid="n1",
        body="Body",
        tags=["tag"],
        status="open",
        priority=2,
        position_text="Position",
        position_state="agreed",
        consult="Consult",
        visibility="delegation",
        author="Author",
        delegation="BE",
        plan_year=2026,
        updated_at=NOW,
    )
    closed = dataclasses.replace(note, uuid="n2", status="done", tags=["closed"])
    earlier = dataclasses.replace(note, uuid="n3", plan_year=2025, tags=["earlier"])
    return BriefData(
        kind="workgroup",
        title="Title",
        code="CODE",
        plan_year=2026,
        plan_title="Plan",
        meeting=MeetingInfo(
            title="Meeting",
            starts_at=NOW,
            ends_at=NOW,
            place="Place",
            chair="Chair",
            video_link="https://example.org/room",
            notes="Meeting notes",
            agenda=[AgendaInfo(1, "Point", "Label", "Point position", "Point notes")],
        ),
        placements=[
            Placement(
                "1",
                "Chapter",
                "1.1",
                "Section",
                objectives=[ItemInfo("objective", "Objective", False)],
                projects=[ItemInfo("new", "Project", True, theme="Theme")],
                workgroups=[WorkgroupInfo("CODE", "Workgroup")],
            )
        ],
        note_groups=[NoteGroup("workgroup", "Group", [note, closed])],
        actions=[ActionInfo("Action", "Owner", dt.date(2026, 1, 1), True, "About")],
        contacts=[ContactInfo("Name", "Role", "Domain", "a@b.be", "+32 2 000", "Until", 2026)],
        history=[HistoryEntry(2025, ["1.1 Section"], [NoteGroup("workgroup", "Group", [earlier])])],
    )


def _text_fields(value: Any, path: str = "") -> list[str]:
    """The paths (".meeting.place", ".actions[0].title") of every text a delegate types (and
    that the sample fills: an objective has no theme)."""
    if dataclasses.is_dataclass(value):
        return [
            found
            for item in dataclasses.fields(value)
            if item.name not in CHOICES
            for found in _text_fields(getattr(value, item.name), f"{path}.{item.name}")
        ]
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in _text_fields(item, f"{path}[{i}]")]
    return [path] if isinstance(value, str) and value else []


def _set(data: Any, path: str, text: str) -> None:
    parts = path.replace("[", ".[").strip(".").split(".")
    for part in parts[:-1]:
        data = data[int(part[1:-1])] if part.startswith("[") else getattr(data, part)
    last = parts[-1]
    if last.startswith("["):
        data[int(last[1:-1])] = text
    else:
        setattr(data, last, text)


def _every_text(make: Callable[[int], str]) -> tuple[BriefData, BriefOptions, list[str]]:
    """The brief with its ``n``-th text (and the marking, delegation and author) set to
    ``make(n)``; returns the data, the options and the paths in that order."""
    data = _brief_data()
    paths = _text_fields(data)
    for number, path in enumerate(paths):
        _set(data, path, make(number))
    extra = len(paths)
    options = BriefOptions(marking=make(extra), delegation=make(extra + 1), author=make(extra + 2))
    return data, options, paths


def _render(data: BriefData, options: BriefOptions) -> tuple[int, str]:
    builder = BriefBuilder(data, options, generated=NOW)
    reader = pypdf.PdfReader(io.BytesIO(builder.render_bytes()))
    assert builder.page_count == len(reader.pages)
    return builder.page_count, "\n".join(page.extract_text() for page in reader.pages)


def test_a_5000_character_word_in_every_text_is_printed_whole() -> None:
    """Titles, headings, cells, positions, facts, the marking: each a word of 5,000 letters
    without a space (each field its own letter). The brief is laid out (the title's heading,
    the facts table and the workgroup heading failed with reportlab's errors) and every word is
    printed whole somewhere: its letter at least 5,000 times in the text read back."""
    data, options, paths = _every_text(lambda n: LETTERS[n % len(LETTERS)] * 5000)
    assert len(paths) + 3 <= len(LETTERS)  # one letter a field: each is counted alone
    pages, text = _render(data, options)
    assert pages > 20
    for number, path in enumerate([*paths, "marking", "delegation", "author"]):
        letter = LETTERS[number]
        least = next((n for start, n in SHORTENED.items() if path.startswith(start)), 5000)
        assert text.count(letter) >= least, (path, letter, text.count(letter))


# The brief's other hostile texts: what each must show as typed.
HOSTILE = {
    "markup": ("<b>niet</b> & </para> &amp; =cmd|' /C calc'!A0 \x01\x0b", "<b>niet</b> & </para>"),
    "arabic": ("مرحبا بكم في اجتماع مجموعة العمل " * 10, "ﻣﺮﺣﺒﺎ ﺑﻜﻢ"),
    # pypdf reads Symbola's emoji back as nothing; the flag is printed as its country's code
    "emoji": ("😀🇧🇪✅" * 200, "BE✅BE✅"),
    "cjk": ("中文合作日本語です한국어" * 100, "中文合作"),
    "lines": ("regel\n" * 199 + "laatste regel", "laatste regel"),
    "long": ("Dit is een lange zin over de samenwerking. " * 80, "samenwerking."),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_text_in_every_text_of_the_brief_is_laid_out(kind: str) -> None:
    """Markup, control characters, long Arabic, emoji, CJK, 200 short lines (a position box
    taller than a page), 3,400 characters: in every text at once. The brief is laid out and
    shows the text as typed."""
    value, shown = HOSTILE[kind]
    data, options, _paths = _every_text(lambda _n: value)
    pages, text = _render(data, options)
    assert pages >= 2
    assert shown in text
    if kind == "lines":
        # The note's position box (200 lines) continues over pages: every line is there.
        assert text.count("regel") >= 200


def test_a_position_box_taller_than_a_page_splits_with_every_line() -> None:
    """A position of 200 short lines (under the 3,000 characters that still get the box) is
    drawn over several pages instead of failing: every numbered line read back once, in order,
    and the note after it still printed."""
    data = _brief_data()
    lines = [f"standpunt {n:03d}" for n in range(200)]
    data.note_groups[0].notes[0].position_text = "\n".join(lines)
    assert len(data.note_groups[0].notes[0].position_text) < 3000
    data.note_groups[0].notes[0].body = "Voor het standpunt."
    _pages, text = _render(data, BriefOptions())
    annex = text[text.index("Voor het standpunt.") :]
    found = [line for line in annex.split("\n") if line.startswith("standpunt ")]
    assert found == lines


class _Unsplittable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A flowable that neither fits on a page nor splits (none of the brief's own does)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, 2000.0
        return self.width, self.height

    def draw(self) -> None:
        self.canv.rect(0, 0, self.width, self.height)


class _BuilderWithAGiant(BriefBuilder):
    def _get_story(self, doc: Any) -> list[Flowable]:
        story: list[Flowable] = super()._get_story(doc)
        return [*story[:-1], _Unsplittable(), story[-1]]


def test_a_flowable_larger_than_a_page_is_drawn_smaller_not_lost() -> None:
    """The last resort: a flowable that cannot fit on an empty page nor split is drawn
    smaller to fit, and what follows it is still printed."""
    builder = _BuilderWithAGiant(_brief_data(), BriefOptions(), generated=NOW)
    reader = pypdf.PdfReader(io.BytesIO(builder.render_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "+32 2 000" in text  # the contacts, the brief's last part


def test_a_brief_that_cannot_be_laid_out_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the last resort, reportlab's LayoutError becomes BriefLayoutError (an
    ExportError): one line naming the brief and the page; the command line says it on stderr
    with exit code 1, and no file (not even a temporary one) is left."""
    monkeypatch.setattr(brief_module._BriefDocTemplate, "filterFlowables", lambda *_a: None)
    builder = _BuilderWithAGiant(_brief_data(), BriefOptions(), generated=NOW)
    with pytest.raises(BriefLayoutError) as raised:
        builder.render_bytes()
    message = str(raised.value)
    assert "\n" not in message and "Title (CODE)" in message and "page " in message

    db = tmp_path / "giant.db"
    _fill(db)
    monkeypatch.setattr(brief_module, "BriefBuilder", _BuilderWithAGiant)
    out = tmp_path / "out" / "giant.pdf"
    out.parent.mkdir()
    code = main(["--db", str(db), "brief", "--workgroup", "WG-LANG", "--out", str(out)])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert len(err.splitlines()) == 1 and "could not be laid out" in err, err
    assert "Traceback" not in err
    assert list(out.parent.iterdir()) == []


WORD = "w" * 5000


def _fill(db: Path) -> None:
    """A workgroup whose name, note, position, consult, tags and actions are oversized or
    hostile, as a delegate could paste them."""
    store = open_store(db, demo=False)
    try:
        plan = PlanDocument(
            kind="plan",
            title="Jaarplan 2031",
            year=2031,
            chapters=[
                DocChapter(
                    "1",
                    "Hoofdstuk",
                    sections=[
                        DocSection(
                            number="1.1",
                            title="Thema " + "t" * 5000,
                            workgroups=[DocWorkgroup("Werkgroep " + "g" * 5000, "WG-LANG")],
                        )
                    ],
                )
            ],
        )
        with store.transaction() as s:
            write_document(s, plan)
        with store.transaction() as s:
            target = resolve_target(s, "WG-LANG")
            note = add_annotation(
                s,
                target,
                NoteFields(
                    body=f"Begin {WORD} <b>&amp; & =cmd|' /C calc'!A0 مرحبا بكم 😀 einde",
                    position_text="\n".join(f"lijn {n}" for n in range(400)),
                    position_state="reservation",
                    consult="Ministerie " + "c" * 5000,
                    tags=["😀", "<b>"],
                    visibility="delegation",
                ),
            )
            for number in range(300):
                add_action(s, note, f"Actie {number} " + ("a" * 800 if number == 7 else ""))
    finally:
        store.close()


def test_the_brief_command_lays_out_oversized_and_hostile_text(tmp_path: Path) -> None:
    """``bnldesk brief`` in its own process on that workgroup: exit code 0, nothing on
    stderr, and the PDF holds the whole word, every line of the position, every action."""
    db = tmp_path / "hostile.db"
    _fill(db)
    out = tmp_path / "brief.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [
        "brief",
        "--workgroup",
        "WG-LANG",
        "--out",
        str(out),
        "--marking",
        "<b>" + "m" * 5000,
    ]
    result = subprocess.run(
        [sys.executable, "-m", "bnldesk", "--db", str(db), *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "brief.pdf:" in result.stdout
    reader = pypdf.PdfReader(str(out))
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = "".join(text.split())
    # The note's word, whole (over two pages: their header and footer come between).
    assert text.count("w") >= 5000
    assert text.count("c") >= 5000 and text.count("g") >= 5000
    assert "<b>&amp;&=cmd|'/Ccalc'!A0" in flat
    for number in (0, 150, 399):
        assert f"lijn {number}" in text
    for number in (0, 7, 299):
        assert f"Actie {number}" in text


MARKUPS = [
    "<b>open</b> · Priority: high · #bench · Bench (BE) · 30/11/2026",
    "<b>Position</b> · <font color='#2E6B30'><b>agreed</b></font>",
    "<b>" + "z" * 3000 + "</b> and <font color='#5B6573'>(CODE)</font>",
]


@pytest.mark.parametrize("markup", MARKUPS)
def test_markup_parsed_once_gives_the_parsers_paragraph_every_time(markup: str) -> None:
    """Markup is parsed once per style (pdf_text.Para): each paragraph made from it has the
    fragments reportlab's own Paragraph makes and breaks into the same lines, also after an
    earlier one of the same markup was laid out (reportlab cuts a long word's fragments in
    place: each paragraph has copies of its own)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from bnldesk.services.reports.pdf_text import FONT, Para, register_fonts

    register_fonts()
    style = ParagraphStyle("t", fontName=FONT, fontSize=8, leading=11)
    for _ in range(3):
        ours, theirs = Para(markup, style), Paragraph(markup, style)
        assert [vars(f) for f in ours.frags] == [vars(f) for f in theirs.frags]
        assert ours.wrap(90, 5000) == theirs.wrap(90, 5000)
        assert ours.split(90, 40) != []  # lays out (and cuts) this paragraph's fragments
        assert [str(line) for line in ours.blPara.lines] == [
            str(line) for line in theirs.blPara.lines
        ]


def test_the_parsed_markup_goes_with_its_style() -> None:
    """The parsed fragments are kept per style while the style lives (one brief) and go with
    it: a process that writes brief after brief does not keep every brief's paragraphs."""
    import gc
    import weakref

    from reportlab.lib.styles import ParagraphStyle

    from bnldesk.services.reports.pdf_text import FONT, Para, plain_para, register_fonts

    register_fonts()

    def brief_styles() -> weakref.ref[ParagraphStyle]:
        style = ParagraphStyle("t", fontName=FONT, fontSize=8, leading=11)
        for markup in MARKUPS:
            Para(markup, style).wrap(200, 1000)
        plain_para("Akkoord.", style).wrap(200, 1000)
        return weakref.ref(style)

    gone = brief_styles()
    gc.collect()
    assert gone() is None

"""A brief and a workbook for other delegations hold the shareable notes only.

A note is private (only me), for the delegation (my delegation's laptops) or shareable (other
delegations too). Made "for other delegations", a brief and a workbook read back with pypdf and
openpyxl hold the shareable note's text and position, and neither the text, the position nor a
count of the delegation's and the private notes; what they say they leave out does not reveal
that those exist. The same files for the delegation still hold the delegation's notes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pypdf
import pytest
from export_helpers import plan_2013

from bnldesk.cli import main
from bnldesk.domain.models import ActionItem, AgendaItem, Meeting, TargetKind
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.meeting_positions import gathered_positions
from bnldesk.services.reports import (
    BriefOptions,
    BriefSubject,
    ExportFilters,
    XlsxOptions,
    brief_left_out,
    export_brief,
    export_workbook,
    workbook_left_out,
)
from bnldesk.services.reports.audience import Audience, audience_file_stem, audience_of
from bnldesk.store.engine import Store
from bnldesk.store.structure import write_document

pytestmark = pytest.mark.both_backends

SHARED_BODY = "Gedeelde nota: de Benelux-oefening verdient steun"
SHARED_POSITION = "Akkoord met een gezamenlijke oefening in 2014"
# What must never reach another delegation: each text of the delegation's and private notes.
HIDDEN = [
    "Interne nota: budget bij FOD nog niet rond",
    "Voorbehoud tot de FOD instemt",
    "Persoonlijke nota: voorzitter houdt van lange vergaderingen",
    "Eigen lijn: eerst bilateraal met NL",
    "Interne actie: FOD bellen",
    "Eigen agendastandpunt: tijdpad vragen",
    "Vergadernota: taxi om 9 uur",
]


def _fill(store: Store) -> int:
    """The 2013 plan, one note of each visibility on SENN-CRISE (each with a position), an
    action on the delegation's note and a meeting whose agenda point carries our own position;
    the meeting's id."""
    with store.transaction() as s:
        write_document(s, plan_2013())
    with store.transaction() as s:
        wg = resolve_target(s, "SENN-CRISE")
        sec = resolve_target(s, "5.2", plan_year=2013)
        add_annotation(
            s,
            wg,
            NoteFields(body=SHARED_BODY, position_text=SHARED_POSITION, visibility="shareable"),
            author="M. Peeters",
            delegation="BE",
        )
        internal = add_annotation(
            s,
            wg,
            NoteFields(body=HIDDEN[0], position_text=HIDDEN[1], visibility="delegation"),
            author="M. Peeters",
            delegation="BE",
        )
        add_annotation(
            s,
            sec,
            NoteFields(body=HIDDEN[2], position_text=HIDDEN[3], visibility="private"),
            author="M. Peeters",
        )
        s.add(ActionItem(annotation_id=internal.id, title=HIDDEN[4], owner="M. Peeters"))
        meeting = Meeting(
            workgroup_key=wg.key,
            workgroup_id=wg.obj_id,
            title="SENN-CRISE plenaire vergadering",
            starts_at=dt.datetime(2013, 5, 14, 10, 0),
            place="Secretariaat-Generaal, Brussel",
            notes=HIDDEN[6],
            plan_year=2013,
        )
        s.add(meeting)
        s.flush()
        s.add(
            AgendaItem(
                meeting_id=meeting.id,
                position=1,
                title="Stand van zaken risico-inventaris",
                target_kind=TargetKind.SECTION,
                target_key=sec.key,
                position_text=HIDDEN[5],
            )
        )
        s.flush()
        return meeting.id


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _workbook_text(path: Path) -> str:
    """Every cell of every sheet, one line each."""
    book = openpyxl.load_workbook(path)
    cells = [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]
    return "\n".join(cells)


def _whole(text: str) -> str:
    return " ".join(text.split())


def test_a_meeting_brief_for_other_delegations_holds_the_shareable_notes_only(
    empty_store: Store, tmp_path: Path
) -> None:
    meeting = _fill(empty_store)
    subject = BriefSubject(meeting=str(meeting))
    out = tmp_path / "partners.pdf"
    options = BriefOptions(delegation="BE", audience=Audience.PARTNERS, language="nl")
    result = export_brief(empty_store, subject, options, out)
    text = _pdf_text(out)
    assert SHARED_BODY in text
    assert SHARED_POSITION in text  # the positions summary and the note itself
    assert "Voor andere delegaties" in text  # the cover says whom it is for
    for hidden in HIDDEN:
        assert _whole(hidden) not in text, hidden
    assert "privé" not in text.casefold()  # no "contains N notes marked private"
    assert result.notes == 1
    # Even with private notes asked for, a brief for other delegations holds none.
    asked = BriefOptions(audience=Audience.PARTNERS, include_private=True)
    export_brief(empty_store, subject, asked, out)
    assert not any(_whole(hidden) in _pdf_text(out) for hidden in HIDDEN)
    with empty_store.read() as s:
        left = brief_left_out(s, subject, options)
    # What it says it leaves out names no hidden note (not even as a count).
    assert [item.what for item in left] == []
    # The delegation's own brief of the same meeting still holds its notes and positions.
    own = tmp_path / "own.pdf"
    export_brief(empty_store, subject, BriefOptions(delegation="BE", language="nl"), own)
    own_text = _pdf_text(own)
    assert all(_whole(hidden) in own_text for hidden in (HIDDEN[0], HIDDEN[1], HIDDEN[5]))
    assert "Voor andere delegaties" not in own_text
    with empty_store.read() as s:
        own_left = brief_left_out(s, subject, BriefOptions())
    assert [(item.what, item.count) for item in own_left] == [("private_notes", 1)]


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "For other delegations"), ("fr", "Pour les autres délégations")],
)
def test_the_cover_says_whom_the_brief_is_for(
    empty_store: Store, tmp_path: Path, language: str, said: str
) -> None:
    _fill(empty_store)
    out = tmp_path / "brief.pdf"
    options = BriefOptions(audience=Audience.PARTNERS, language=language)
    export_brief(empty_store, BriefSubject(workgroup="SENN-CRISE"), options, out)
    assert said in _pdf_text(out)


def test_a_workbook_for_other_delegations_holds_and_counts_the_shareable_notes_only(
    empty_store: Store, tmp_path: Path
) -> None:
    _fill(empty_store)
    out = tmp_path / "partners.xlsx"
    filters = ExportFilters(audience=Audience.PARTNERS, include_private=True)
    options = XlsxOptions(kinds=["workgroups", "annotations"], language="en")
    result = export_workbook(empty_store, out, filters, options)
    text = _workbook_text(out)
    assert SHARED_BODY in text and SHARED_POSITION in text
    for hidden in HIDDEN:
        assert hidden not in text, hidden
    assert result.rows["annotations"] == 1 and result.private_notes == 0
    assert "For: Other delegations" in text  # the "about" sheet says whom it is for
    sheet = openpyxl.load_workbook(out)["Workgroups"]
    header = [cell.value for cell in sheet[1]]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    senn = rows["SENN-CRISE"]
    assert senn[header.index("Notes")] == 1  # the shareable one, not 3
    assert senn[header.index("Open actions")] == 0  # the action is on the delegation's note
    with empty_store.read() as s:
        left = workbook_left_out(s, ExportFilters(audience=Audience.PARTNERS), options)
        assert left == []
        own = workbook_left_out(s, ExportFilters(), options)
        assert [(item.what, item.count) for item in own] == [("private_notes", 1)]
    # The delegation's workbook still holds its delegation note.
    mine = tmp_path / "own.xlsx"
    export_workbook(empty_store, mine, ExportFilters(), options)
    assert HIDDEN[0] in _workbook_text(mine)


def test_gathered_positions_for_other_delegations(empty_store: Store) -> None:
    """The agenda point on section 5.2 gathers the positions of the notes on its workgroup:
    for other delegations, the shareable note's only."""
    meeting = _fill(empty_store)

    def gathered(**how: object) -> set[str]:
        with empty_store.read() as s:
            found = gathered_positions(s, meeting, "nl", **how)  # type: ignore[arg-type]
        return {p.text for points in found.values() for p in points}

    assert gathered(audience=Audience.PARTNERS) == {SHARED_POSITION}
    assert gathered(audience=Audience.PARTNERS, include_private=True) == {SHARED_POSITION}
    assert gathered(include_private=False) == {SHARED_POSITION, HIDDEN[1]}
    assert gathered() == {SHARED_POSITION, HIDDEN[1], HIDDEN[3]}


def test_audience_words_and_file_names() -> None:
    assert audience_of("andere delegaties") == Audience.PARTNERS
    assert audience_of("Autres délégations") == Audience.PARTNERS
    assert audience_of("partenaires") == Audience.PARTNERS
    assert audience_of("delegatie") == Audience.DELEGATION
    assert audience_of("everyone") is None
    assert audience_file_stem("brief-X", Audience.DELEGATION, "nl") == "brief-X"
    assert audience_file_stem("brief-X", Audience.PARTNERS, "nl") == (
        "brief-X-voor-andere-delegaties"
    )


def test_the_command_line_writes_for_other_delegations(
    empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = _fill(empty_store)
    db = empty_store.where
    pdf = tmp_path / "brief.pdf"
    brief = ["--db", db, "brief", "--meeting", str(meeting), "--out", str(pdf)]
    assert main([*brief, "--language", "nl", "--for", "andere delegaties"]) == 0
    said = capsys.readouterr().out
    # The line says whom it is for, and counts no note it left out.
    assert said.strip().endswith("1 nota (voor andere delegaties: alleen deelbare nota's)"), said
    assert "privé" not in said
    text = _pdf_text(pdf)
    assert SHARED_BODY in text and "Voor andere delegaties" in text
    assert not [hidden for hidden in HIDDEN if _whole(hidden) in text]
    xlsx = tmp_path / "notes.xlsx"
    export = ["--db", db, "export-annotations", "--out", str(xlsx)]
    assert main([*export, "--for", "partenaires"]) == 0
    assert "private" not in capsys.readouterr().out
    text = _workbook_text(xlsx)
    assert SHARED_BODY in text and not [hidden for hidden in HIDDEN if hidden in text]
    workgroups = tmp_path / "workgroups.xlsx"
    assert (
        main(["--db", db, "export-workgroups", "--out", str(workgroups), "--for", "partners"]) == 0
    )
    sheet = openpyxl.load_workbook(workgroups)["Workgroups"]
    header = [cell.value for cell in sheet[1]]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["SENN-CRISE"][header.index("Notes")] == 1
    capsys.readouterr()
    # Private notes asked for a file for other delegations: refused in one line, no file.
    refused = tmp_path / "refused.pdf"
    args = ["--db", db, "brief", "--workgroup", "SENN-CRISE", "--out", str(refused)]
    assert main([*args, "--for", "partners", "--include-private"]) == 1
    err = capsys.readouterr().err
    assert "--include-private cannot go with --for partners" in err
    assert len(err.strip().splitlines()) == 1 and not refused.exists()
    # An unknown word: argparse's usage error, naming the words it takes.
    with pytest.raises(SystemExit):
        main([*args, "--for", "everyone"])
    assert "delegation, partners" in capsys.readouterr().err
    # Without --for, the delegation's brief: its notes, and the private one counted.
    assert main([*brief, "--language", "en"]) == 0
    assert "1 private note left out" in capsys.readouterr().out
    assert _whole(HIDDEN[0]) in _pdf_text(pdf)

"""Sample plan data and notes for the export tests (our own small documents, real shapes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from bnldesk.domain.document import (
    DocChapter,
    DocContact,
    DocItem,
    DocSection,
    DocWorkgroup,
    PlanDocument,
)
from bnldesk.domain.models import ActionItem, AgendaItem, ItemKind, Meeting, TargetKind
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.store.structure import write_document

HOSTILE = '=HYPERLINK("http://evil.example","click")'
MARKUP = "Compromis <b>niet</b> & </para> akkoord"


def plan_2013() -> PlanDocument:
    return PlanDocument(
        kind="plan",
        title="Jaarplan 2013",
        year=2013,
        chapters=[
            DocChapter(
                number="5",
                title="Justitie en binnenlandse zaken",
                sections=[
                    DocSection(
                        number="5.2",
                        title="Rampenbestrijding en crisisbeheersing",
                        items=[
                            DocItem(
                                ItemKind.OBJECTIVE,
                                "Grensoverschrijdende crisisbeheersing versterken",
                            ),
                            DocItem(ItemKind.ONGOING, "Gezamenlijke risico-inventaris"),
                            DocItem(ItemKind.NEW, "Oefening nucleaire noodplanning 2013"),
                        ],
                        workgroups=[
                            DocWorkgroup(
                                "Strategische werkgroep Crisisbeheersing",
                                "SENN-CRISE",
                                children=[
                                    DocWorkgroup(
                                        "Werkgroep Risico-identificatie", "SENN-CRISE/RISK"
                                    )
                                ],
                            )
                        ],
                    ),
                    DocSection(
                        number="5.7",
                        title="Fiscale samenwerking en strijd tegen de fraude",
                        workgroups=[DocWorkgroup("Werkgroep BTW-fraude", "FISC-MTIC BENELUX")],
                    ),
                ],
            )
        ],
        contacts=[
            DocContact(
                "Anne Dubois",
                "a.dubois@benelux.int",
                "+32 2 519 38 00",
                role="Teamhoofd",
                domain="Rampenbestrijding en crisisbeheersing",
                section_numbers=["5.2"],
            ),
            DocContact(
                "Joost Verhoeven",
                "j.verhoeven@benelux.int",
                role="Beleidsmedewerker",
                domain="Rampenbestrijding en crisisbeheersing",
                section_numbers=["5.2"],
                validity_note="tot 1 maart 2013",
                valid_until=dt.date(2013, 3, 1),
            ),
            DocContact(
                "Luc Weber",
                "l.weber@benelux.int",
                role="Teamhoofd",
                domain="Fiscaliteit",
                section_numbers=["5.7"],
            ),
        ],
    )


def plan_2022() -> PlanDocument:
    return PlanDocument(
        kind="plan",
        title="Jaarplan 2022",
        year=2022,
        chapters=[
            DocChapter(
                number="1",
                title="Een competitieve en duurzame Benelux",
                sections=[
                    DocSection(
                        number="1.1",
                        title="Mobiliteit, de ruggengraat van de interne markt",
                        items=[
                            DocItem(ItemKind.OBJECTIVE, "Vlotte grensoverschrijdende mobiliteit"),
                            DocItem(ItemKind.NEW, "Digitale vrachtbrief (e-CMR)", flagship=True),
                            DocItem(ItemKind.ONGOING, "Rij- en rusttijden handhaving"),
                        ],
                        workgroups=[DocWorkgroup("Werkgroep Wegvervoer", "WG-TRANS")],
                    )
                ],
            ),
            DocChapter(
                number="2",
                title="Een veilige Benelux",
                sections=[
                    DocSection(
                        number="2.3",
                        title="Rampenbestrijding en crisisbeheersing",
                        items=[
                            DocItem(
                                ItemKind.NEW, "Crisiscommunicatie bij stroomuitval", flagship=True
                            )
                        ],
                        workgroups=[
                            DocWorkgroup("Strategische werkgroep Crisisbeheersing", "SENN-CRISE")
                        ],
                    )
                ],
            ),
        ],
    )


@dataclass
class Sample:
    meeting_id: int
    note_uuids: list[str]


def fill_sample(store: Store, *, today: dt.date | None = None) -> Sample:
    """The two plans, notes (one private, one hostile), actions (one overdue) and a meeting."""
    today = today or dt.date.today()
    uuids: list[str] = []
    with store.transaction() as s:
        write_document(s, plan_2013())
        write_document(s, plan_2022())
    with store.transaction() as s:
        wg = resolve_target(s, "SENN-CRISE")
        sec = resolve_target(s, "5.2", plan_year=2013)
        n1 = add_annotation(
            s,
            wg,
            NoteFields(
                body="België steunt een gezamenlijke oefening; kosten ± € 40.000 (œuvre commune, Größe ł Ж).",
                tags=["crisis", "budget"],
                priority=3,
                status="in_progress",
                position_text="Akkoord onder voorbehoud van budget.",
                position_state="reservation",
                consult="FOD Binnenlandse Zaken",
                visibility="delegation",
            ),
            author="M. Peeters",
            delegation="BE",
        )
        n2 = add_annotation(
            s,
            sec,
            NoteFields(body=MARKUP, tags=["juridisch"], visibility="shareable"),
            author="M. Peeters",
            delegation="BE",
        )
        n3 = add_annotation(
            s,
            wg,
            NoteFields(body="Persoonlijke notitie: niet delen.", visibility="private"),
            author="M. Peeters",
        )
        n4 = add_annotation(
            s,
            wg,
            NoteFields(body=HOSTILE, visibility="delegation", tags=["=SUM(A1)"]),
        )
        uuids = [n1.uuid, n2.uuid, n3.uuid, n4.uuid]
        s.add_all(
            [
                ActionItem(
                    annotation_id=n1.id,
                    title="Begroting oefening afstemmen met FOD",
                    owner="M. Peeters",
                    due_date=today - dt.timedelta(days=10),
                ),
                ActionItem(
                    annotation_id=n1.id,
                    title="Draaiboek rondsturen",
                    owner="K. Janssens",
                    due_date=today + dt.timedelta(days=20),
                ),
            ]
        )
        meeting = Meeting(
            workgroup_key=wg.key,
            workgroup_id=wg.obj_id,
            title="SENN-CRISE plenaire vergadering",
            starts_at=dt.datetime(2013, 5, 14, 10, 0),
            ends_at=dt.datetime(2013, 5, 14, 13, 0),
            place="Secretariaat-Generaal, Brussel",
            chair="Voorzitterschap NL",
            plan_year=2013,
        )
        s.add(meeting)
        s.flush()
        s.add_all(
            [
                AgendaItem(
                    meeting_id=meeting.id, position=1, title="Opening en goedkeuring agenda"
                ),
                AgendaItem(
                    meeting_id=meeting.id,
                    position=2,
                    title="Stand van zaken risico-inventaris",
                    target_kind=TargetKind.SECTION,
                    target_key=sec.key,
                    position_text="BE vraagt om een tijdpad vóór de zomer.",
                ),
            ]
        )
        s.flush()
        meeting_id = meeting.id
    return Sample(meeting_id, uuids)


# ------------------------------------------------------------------------------------------
# Hostile text for the round trip, and LibreOffice headless
# ------------------------------------------------------------------------------------------

HOSTILE_TEXTS = [
    "<b>vet?</b> & </para> <font size=40>x</font> &amp; <br/>",
    HOSTILE,
    "=cmd|' /C calc'!A0",
    "+31 6 1234 5678",
    "-2+3",
    "@SUM(A1:A2)",
    "#N/A",
    "TRUE",
    "0123",
    "1e5",
    "2031-03-01",
    "1/3/2031",
    "letterlijk _x000A_ en _x005F_ in de tekst",
    "met\x0bverticale tab\x0c en \x01 besturingstekens\x1f",
    "regel\r\nnieuwe regel\rnog een\n\n",
    "  spaties vooraan en achteraan  ",
    "\ttab vooraan",
    "emoji 😀🇧🇪👍🏽 CJK 中文 日本語 한국어 ＦＵＬＬ",
    "Arabisch مرحبا بالعالم en Hebreeuws שלום עולם",
    "combining e\u0301 versus \u00e9",
    "W" * 5000,
]
HOSTILE_TAGS = [
    "EU, NL",
    "a;b",
    'quote "inside"',
    '"begint met quote',
    "=SUM(A1)",
    "  ruimte  ",
    "x" * 120,
    "مرحبا",
    "😀",
    "ligne\nbreak",
]


def libreoffice() -> str | None:
    """The LibreOffice program, if installed (``python3 dev.py test`` installs it as root)."""
    import shutil

    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_convert(source: Path, folder: Path, to: str = "xlsx") -> Path:
    """Open ``source`` in LibreOffice headless and save it as ``to`` in ``folder`` (its own
    profile, so parallel runs do not collide); fails loudly when LibreOffice fails."""
    import subprocess

    program = libreoffice()
    assert program is not None, "LibreOffice is not installed"
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "lo-profile"
    result = subprocess.run(
        [
            program,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    out = folder / (source.stem + "." + to.split(":")[0])
    assert result.returncode == 0 and out.exists(), result.stdout + result.stderr
    return out


# A4 is 595.27 points wide; the brief's margins are 20 mm on each side.
BRIEF_RIGHT_MARGIN = 595.27 - 20 * 72 / 25.4


def text_beyond_right_margin(pdf: Path) -> tuple[int, list[tuple[int, str]]]:
    """How many pieces of text ``pdf`` prints, and those that start right of the brief's
    right margin (x rounded to points, text), read back with pypdf through each page's
    matrix."""
    import pypdf

    starts: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():  # where the text starts on the page: the text matrix through the CTM
            starts.append((cm[0] * tm[4] + cm[2] * tm[5] + cm[4], text))

    for page in pypdf.PdfReader(str(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return len(starts), [(round(x), text) for x, text in starts if x > BRIEF_RIGHT_MARGIN]


@dataclass(frozen=True)
class PrintedLine:
    """One line of text as a PDF viewer lays it out (pdfminer): its page (from 1), where it
    starts and ends across the page and its top, in points from the page's bottom left."""

    page: int
    left: float
    right: float
    top: float
    text: str


def printed_lines(pdf: Path) -> list[PrintedLine]:
    """Every line of text ``pdf`` prints, read back with pdfminer (the layout a viewer sees).
    Characters join a line only when at most half a character apart, so two table cells side
    by side (10 points of padding between them) stay two lines."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine

    lines: list[PrintedLine] = []

    def collect(element: object, page: int) -> None:
        if isinstance(element, LTTextLine):
            text = element.get_text().strip()
            if text:
                lines.append(PrintedLine(page, element.x0, element.x1, element.y1, text))
        elif isinstance(element, LTTextContainer):
            for child in element:
                collect(child, page)

    layout = LAParams(char_margin=0.5, line_margin=0.1)
    for number, page in enumerate(extract_pages(str(pdf), laparams=layout), start=1):
        for element in page:
            collect(element, number)
    return lines


def one_chapter_plan(
    year: int,
    chapter: tuple[str, str],
    sections: list[DocSection],
    contacts: list[DocContact] | None = None,
) -> PlanDocument:
    """The annual plan of ``year`` ("Jaarplan <year>") with one chapter, (number, title),
    holding ``sections``; ``contacts`` its contacts chapter, if any."""
    return PlanDocument(
        kind="plan",
        title=f"Jaarplan {year}",
        year=year,
        chapters=[DocChapter(chapter[0], chapter[1], sections=sections)],
        contacts=contacts or [],
    )

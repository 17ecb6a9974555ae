"""Random text, control characters and markup into notes, exported both ways.

Each example carries many strings (one note each), so a few dozen examples put thousands of
strings through the brief and the workbook: no exception, and every character that XML can carry
comes back unchanged (the registered TrueType font keeps ``ë € œ ł Ж`` as text in the PDF).
"""

from __future__ import annotations

import datetime as dt
import io
import string
import unicodedata

import openpyxl
import pypdf
import pytest
from export_helpers import fill_sample
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bnldesk.domain.models import Annotation
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import (
    BriefSubject,
    ExportFilters,
    XlsxOptions,
    export_brief,
    export_workbook,
)
from bnldesk.services.reports.brief import BriefBuilder
from bnldesk.services.reports.brief_data import BriefData, BriefOptions, NoteGroup, NoteInfo
from bnldesk.services.reports.sheet_codec import (
    RowCheck,
    cell_text,
    field_hash,
    note_values,
    parse,
    sheet_cells,
)
from bnldesk.store.engine import open_store

ALPHABET = (
    string.ascii_letters
    + string.digits
    + string.punctuation  # includes < > & " ' = + - @
    + "àáâäçèéêëïîôöùûüÿñßÀÉÈÇÖÜ"
    + "œŒłŁčšžőűğışĳ€£"
    + "αβγδλμπσωΩ"
    + "жЖщЩяЯёЁ"
    + "".join(chr(c) for c in range(0x00, 0x20))  # every C0 control, most forbidden in XML
    + "\ufffe\uffff"
    + "   "
)

texts = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=60), min_size=40, max_size=60)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _note(body: str, n: int) -> NoteInfo:
    return NoteInfo(
        uuid=f"00000000-0000-0000-0000-{n:012d}",
        body=body,
        tags=[],
        status="open",
        priority=0,
        position_text="",
        position_state="none",
        consult="",
        visibility="delegation",
        author="",
        delegation="",
        plan_year=None,
        updated_at=dt.datetime(2026, 1, 1),
    )


def _squash(text: str) -> str:
    return "".join(text.split())


# The expected text is worked out here from the XML 1.0 specification, not with the production
# helpers (clean_text, display_text, tag_name) whose behaviour these tests check.


def _xml_char(character: str) -> bool:
    """Whether XML 1.0 can carry ``character`` (its production ``Char``, section 2.2)."""
    code = ord(character)
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def _as_shown(text: str) -> str:
    """What a delegate sees of ``text`` in a cell: each character XML cannot carry as a space,
    every line break (CR LF, CR) as LF, Unicode in composed form."""
    shown = "".join(character if _xml_char(character) else " " for character in text)
    return unicodedata.normalize("NFC", shown.replace("\r\n", "\n").replace("\r", "\n"))


def _tag_as_stored(raw: str) -> str:
    """A tag as bnldesk keeps it: shown text, runs of white space as one space, 100 at most."""
    return " ".join(_as_shown(raw).split())[:100]


def _printed(text: str) -> str:
    """The characters of ``text`` a PDF's extracted text holds, white space left out."""
    return _squash("".join(character for character in text if _xml_char(character)))


@pytest.mark.slow
@SETTINGS
@given(texts)
def test_fuzzed_notes_survive_the_brief(bodies: list[str]) -> None:
    data = BriefData(
        kind="workgroup", title="Fuzz <werkgroep> & co", code="FZ-1", plan_year=2022, plan_title=""
    )
    data.note_groups = [NoteGroup("workgroup", "Fuzz", [_note(b, i) for i, b in enumerate(bodies)])]
    options = BriefOptions(include_cover=False, include_toc=False, include_history=False)
    pdf = BriefBuilder(data, options).render_bytes()
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    extracted = _squash("".join(p.extract_text() for p in reader.pages))
    for body in bodies:
        assert _printed(body) in extracted, repr(body)


@SETTINGS
@given(texts, st.sampled_from(["en", "nl", "fr"]))
def test_fuzzed_cells_read_back_as_written(bodies: list[str], language: str) -> None:
    """Every editable cell of the Notes sheet parses back to what it was rendered from."""
    for body in bodies:
        values = note_values(
            body=body,
            position_text=body[::-1],
            position_state="to_coordinate",
            status="in_progress",
            priority=len(body) % 4,
            tags=[body[:20], body[20:40]],
            visibility="shareable",
            consult=body[:10],
        )
        cells, check = sheet_cells(values, language)
        for column, text in cells.items():
            assert field_hash(column, parse(column, text)) == check.hashes[column]
        assert RowCheck.decode(check.encode()) == check
        assert parse("text", cells["text"]) == _as_shown(body)
        tags = parse("tags", cells["tags"])
        assert sorted(tags) == sorted({_tag_as_stored(t) for t in values.tags} - {""})


@pytest.mark.slow
def test_fuzzed_notes_through_the_database(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The same round trip through real notes in SQLite, the CLI's and GUI's path."""
    folder = tmp_path_factory.mktemp("fuzzdb")
    store = open_store(folder / "fuzz.db", demo=False)
    fill_sample(store)

    @settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=60), min_size=30, max_size=40))
    def check(bodies: list[str]) -> None:
        with store.transaction() as s:
            for note in s.scalars(select(Annotation).where(Annotation.deleted_at.is_(None))):
                note.soft_delete()
            target = resolve_target(s, "SENN-CRISE")
            for body in bodies:
                add_annotation(s, target, NoteFields(body=body, visibility="delegation"))
        pdf = folder / "fuzz.pdf"
        export_brief(store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(), pdf)
        extracted = _squash("".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages))
        xlsx = folder / "fuzz.xlsx"
        export_workbook(store, xlsx, ExportFilters(), XlsxOptions(kinds=["annotations"]))
        ws = openpyxl.load_workbook(xlsx)["Notes"]
        text_col = [c.value for c in ws[1]].index("Text")
        cells = sorted(cell_text(r[text_col]) for r in ws.iter_rows(min_row=2, values_only=True))
        assert cells == sorted(_as_shown(body) for body in bodies)
        assert all(cell.data_type != "f" for row in ws.iter_rows(min_row=2) for cell in row)
        for body in bodies:
            assert _printed(body) in extracted, repr(body)

    try:
        check()
    finally:
        store.close()

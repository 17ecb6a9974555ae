"""Row heights of a workbook whose notes are in scripts with accented letters beyond Latin.

Letters such as Greek "ή", Cyrillic "й" and Arabic "أ" decompose to a base letter outside
ASCII (η, и, ا) and a mark; the notes sheet must still be written, each text in its cell as
typed, each row as high as its text. The workbook is reopened with openpyxl.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from export_helpers import fill_sample

from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import ExportFilters, XlsxOptions, export_workbook
from bnldesk.store.engine import Store

LATIN = "Vergadering in Den Haag"  # the same row but for the text, in Latin letters
SHORT = {
    "greek": "Συνάντηση στην Αθήνα",
    "cyrillic": "Встреча с Андрей Ковалёв",
    "arabic": "اجتماع في أمستردام",
}
# 60 times an 8-letter Arabic word. Letters outside Latin count 560/1000 em (7.47 px at 10 pt),
# a space 226/1000 (3.01 px): 62.7 px a word with its space; the Text column (52 wide) has
# 52 * 7 + 5 - 6 = 363 px of room, five words a line (310.7 px; six take 373.3), so 12 lines:
# 12 * 12.75 + 2.25 = 155.25 pt.
LONG = "أمستردام " * 60


@pytest.mark.both_backends
def test_notes_in_greek_cyrillic_and_arabic_get_rows_as_high_as_their_text(
    empty_store: Store, tmp_path: Path
) -> None:
    fill_sample(empty_store)
    with empty_store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        for body in [LATIN, *SHORT.values(), LONG]:
            add_annotation(session, target, NoteFields(body=body, visibility="delegation"))
    out = tmp_path / "scripts.xlsx"
    export_workbook(empty_store, out, ExportFilters(), XlsxOptions(kinds=["annotations"]))
    notes = openpyxl.load_workbook(out)["Notes"]
    headers = [cell.value for cell in notes[1]]
    text_column = headers.index("Text") + 1
    rows = {
        notes.cell(row=row, column=text_column).value: row for row in range(2, notes.max_row + 1)
    }
    # Its other cells (the workgroup's name, the tags) wrap as they do for the Latin note.
    reference = notes.row_dimensions[rows[LATIN]].height
    for body in SHORT.values():
        assert body in rows, body  # written as typed
        assert notes.row_dimensions[rows[body]].height == reference, body
    (long_row,) = [row for text, row in rows.items() if str(text).startswith("أمستردام")]
    long_height = notes.row_dimensions[long_row].height
    assert long_height == 155.25

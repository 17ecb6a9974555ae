"""Tags in the editable Notes sheet read as a delegate writes them (fourth delegate trial: a tag
holding quotes was shown CSV-escaped, `"=HYPERLINK(""http://x"")"`). Only a tag that holds a
comma or semicolon (the separators) or starts with a quote is put in quotes; every tag comes
back exactly when the sheet is read again, and a tag typed plainly into the cell is added.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sheet_support import apply_sheet, edit_sheet, export_notes, nothing_to_do, plan_sheet

from bnldesk.domain.models import Annotation
from bnldesk.services import annotations as svc
from bnldesk.store.engine import Store

TAGS = ['=HYPERLINK("http://x")', "budget", "EU, NL", "l'avis", '"citaat" eerst']


def _tags_cell(path: Path) -> tuple[str, str]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    row = [cell.value for cell in sheet[2]]
    tags_column = next(
        i for i, name in enumerate(header) if str(name).lower() in ("tags", "labels", "étiquettes")
    )
    return str(header[tags_column]), str(row[tags_column])


@pytest.mark.both_backends
def test_tags_are_written_plainly_and_read_back_exactly(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        note = svc.add_annotation(
            session,
            svc.resolve_target(session, "SENN-CRISE"),
            svc.NoteFields(body="Tags", tags=TAGS, visibility="delegation"),
        )
        uuid = note.uuid
    path = tmp_path / "notes.xlsx"
    export_notes(store, path)
    header, cell = _tags_cell(path)
    # Plain where plain reads right; quotes only around a separator or a leading quote.
    assert cell == '"""citaat"" eerst", =HYPERLINK("http://x"), "EU, NL", budget, l\'avis', cell
    assert nothing_to_do(plan_sheet(store, path))  # the round trip changes nothing
    edit_sheet(path, {uuid: {header: cell + ", nieuw, =SUM(A1)"}})
    apply_sheet(store, path)
    with store.read() as session:
        stored = session.query(Annotation).filter(Annotation.uuid == uuid).one()
        assert sorted(tag.name for tag in stored.tags) == sorted([*TAGS, "nieuw", "=SUM(A1)"])

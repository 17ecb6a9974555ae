"""The Notes sheet lists each note under what it is about, grouped by that object.

A delegate reading the exported sheet finds the notes on one workgroup or section together,
in the order of the objects' names and, for one object, in the order they were written, with
the kind and identity key of the object in the Target columns (what an import of a typed row
reads to place a new note). The workbook is reopened with openpyxl.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sheet_support import export_notes

from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store


def test_notes_are_listed_by_the_object_they_are_about_then_by_time(
    store: Store, tmp_path: Path
) -> None:
    # Written in an order that is neither the objects' nor alphabetical.
    for reference, body in [
        ("VET-CVO", "Eerste notitie over het CVO-overleg"),
        ("SENN-CRISE", "Oefening voorbereiden"),
        ("VET-CVO", "Tweede notitie over het CVO-overleg"),
        ("2.1.1", "Politiesamenwerking: stand van zaken"),
    ]:
        with store.transaction() as s:
            add_annotation(
                s, resolve_target(s, reference), NoteFields(body=body, visibility="delegation")
            )
    path = tmp_path / "notities.xlsx"
    export_notes(store, path)

    ws = openpyxl.load_workbook(path).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:6] == ("id", "Target kind", "Target key", "Target", "Plan year", "Text")
    assert [row[1:6] for row in rows[1:]] == [
        (
            "Section",
            "sec:2.1.1:politiesamenwerking",
            "2.1.1 Politiesamenwerking",
            2022,
            "Politiesamenwerking: stand van zaken",
        ),
        (
            "Workgroup",
            "wg:VET-CVO",
            "Strategisch CVO-overleg (VET-CVO)",
            None,
            "Eerste notitie over het CVO-overleg",
        ),
        (
            "Workgroup",
            "wg:VET-CVO",
            "Strategisch CVO-overleg (VET-CVO)",
            None,
            "Tweede notitie over het CVO-overleg",
        ),
        (
            "Workgroup",
            "wg:SENN-CRISE",
            "Strategische werkgroep Crisisbeheersing (SENN-CRISE)",
            None,
            "Oefening voorbereiden",
        ),
    ]

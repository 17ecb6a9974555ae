"""The start page's action lists say where an action comes from whole (trial 14: "From" read
"Strate…CRISE)" in a quarter of the card at 150 %): the workgroup's code, its whole name in the
tooltip."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bnldesk.ui.meetings.start_page import action_columns, short_context
from bnldesk.ui.widgets.rows_table import RowsModel, make_table, wrap_columns

NAME = "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"


def test_the_code_at_the_end_of_a_name_is_what_the_column_shows() -> None:
    assert short_context(NAME) == "SENN-CRISE"
    assert short_context("Working Group 1 (Gas Platform WG1)") == "Gas Platform WG1"
    assert short_context("Vergadering van 3 maart") == "Vergadering van 3 maart"


def test_the_from_column_shows_the_code_whole_and_the_name_in_its_tooltip(
    qapp: QApplication, qtbot: Any
) -> None:
    model: RowsModel[Any] = RowsModel(action_columns())
    row = SimpleNamespace(
        due_date=None, title="NCCN raadplegen over de oefening", owner="Tom Claes", context=NAME
    )
    model.set_rows([row])
    view = make_table(model, "overdueActions", stretch=3)
    wrap_columns(view, wrapped=(1, 2), capped=(2, 3))
    view.resize(430, 300)  # a card at 150 % on 1920x1080
    view.show()
    qtbot.waitExposed(view)
    source = model.index(0, 3)
    assert model.data(source) == "SENN-CRISE"
    assert model.data(source, Qt.ItemDataRole.ToolTipRole) == NAME
    needed = view.fontMetrics().horizontalAdvance("SENN-CRISE")
    assert view.columnWidth(3) >= needed, (view.columnWidth(3), needed)

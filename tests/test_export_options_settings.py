"""The export dialogs' remembered choices, read back from the settings file: what was saved
comes back, and a hand-edited or damaged entry falls back to the defaults instead of failing
the dialog."""

from __future__ import annotations

import json
from typing import Any

from bnldesk.services.reports.xlsx import XlsxOptions
from bnldesk.ui.exports.options import load_excel_options, save_excel_options


def test_the_sheets_and_columns_chosen_come_back(settings: Any) -> None:
    chosen = XlsxOptions(kinds=["contacts", "workgroups"], columns={"workgroups": ["code", "name"]})
    save_excel_options(settings, chosen)
    options, include_private = load_excel_options(settings)
    assert options.kinds == ["contacts", "workgroups"]
    assert options.columns == {"workgroups": ["code", "name"]}
    assert include_private is False


def test_a_damaged_entry_falls_back_to_the_defaults(settings: Any) -> None:
    for damaged in (
        {"kinds": "workgroups", "columns": ["code"]},
        {"kinds": [1, None, "nonsense"], "columns": {"workgroups": "code"}},
        [],
    ):
        settings.set("export/excel_options", json.dumps(damaged))
        options, _private = load_excel_options(settings)
        assert (options.kinds, options.columns) == (["workgroups"], {})
    settings.set("export/excel_options", "{not json")
    assert load_excel_options(settings)[0].kinds == ["workgroups"]


def test_unknown_sheets_and_columns_are_left_out(settings: Any) -> None:
    settings.set(
        "export/excel_options",
        json.dumps({"kinds": ["notes", "contacts"], "columns": {"contacts": ["name", "shoe"]}}),
    )
    options, _private = load_excel_options(settings)
    assert options.kinds == ["contacts"]
    assert options.columns == {"contacts": ["name"]}

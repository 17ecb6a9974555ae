"""The Excel export written by a process of its own (issue 15: 18 s of Python on the database
worker held the window's interpreter lock up to the 100 ms floor).

Real parts throughout: a SQLite file filled by the services, a process started with spawn,
the workbook reopened with openpyxl. That the writing happens in the other process is shown by
breaking the writer in this one: the export still succeeds. Progress and cancel cross the
pipe; a fault raised there arrives here as the same error (its code kept for the window's
wording in nl/fr/en), and a cancelled or failed export leaves no file, temporary or not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from export_helpers import Sample, fill_sample
from PySide6.QtWidgets import QMessageBox
from ui_support import settle

from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.files import ExportError
from bnldesk.services.reports import (
    ExportCancelled,
    ExportFilters,
    XlsxOptions,
    export_workbook,
    workbook_process,
    xlsx,
)
from bnldesk.store.engine import Store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.exports import dialogs as export_dialogs

PRIVATE_TEXT = "Persoonlijke notitie: niet delen."  # fill_sample's private note


@pytest.fixture
def sample(empty_store: Store) -> Sample:
    return fill_sample(empty_store)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder for the files written (the database lives beside it)."""
    made = tmp_path / "exports"
    made.mkdir()
    return made


def _broken_writer(*_args: Any, **_kwargs: Any) -> Any:
    raise AssertionError("the workbook was written in the window's process")


def _texts(path: Path) -> list[str]:
    workbook = openpyxl.load_workbook(path)
    return [
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]


def test_the_workbook_is_written_by_another_process(
    empty_store: Store, sample: Sample, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx, "write_workbook", _broken_writer)
    monkeypatch.setattr("bnldesk.services.reports.write_workbook", _broken_writer)
    seen: list[tuple[int, int]] = []
    out = folder / "all.xlsx"
    result = export_workbook(
        empty_store,
        out,
        ExportFilters(),
        XlsxOptions(),
        progress=lambda done, total: seen.append((done, total)),
        process_from_rows=0,
    )
    assert result.rows == {"workgroups": 4, "contacts": 3, "annotations": 3}
    assert seen[0] == (0, 10) and seen[-1] == (10, 10)
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Workgroups", "Contacts", "Notes", "About this file", "bnldesk"]
    assert workbook["Notes"].max_row == 4
    assert PRIVATE_TEXT not in _texts(out)  # private notes stay on the laptop
    assert sorted(p.name for p in folder.iterdir()) == ["all.xlsx"]


def test_private_notes_only_when_asked_and_sealed_by_the_worker(
    empty_store: Store, sample: Sample, folder: Path
) -> None:
    out = folder / "private.xlsx"
    result = export_workbook(
        empty_store,
        out,
        ExportFilters(include_private=True),
        XlsxOptions(),
        process_from_rows=0,
    )
    assert result.rows["annotations"] == 4 and result.private_notes == 1
    assert PRIVATE_TEXT in _texts(out)


def _many_notes(store: Store, count: int) -> None:
    with store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        for number in range(count):
            add_annotation(
                session, target, NoteFields(body=f"Nota {number}", visibility="delegation")
            )


def test_cancel_crosses_to_the_process_and_leaves_no_file(
    empty_store: Store, sample: Sample, folder: Path
) -> None:
    _many_notes(empty_store, 2 * xlsx.PROGRESS_EVERY)
    out = folder / "cancelled.xlsx"
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled) as raised:
        export_workbook(
            empty_store,
            out,
            ExportFilters(),
            XlsxOptions(kinds=["annotations"]),
            progress=lambda done, total: seen.append((done, total)),
            cancel=lambda: True,  # pressed before the process starts: it stops at row 250
            process_from_rows=0,
        )
    assert raised.value.code == "export_cancelled"
    assert seen == [(0, 2 * xlsx.PROGRESS_EVERY + 3)]  # no row reported written
    assert list(folder.iterdir()) == []


def test_a_fault_in_the_process_arrives_as_the_same_error(
    empty_store: Store, sample: Sample, folder: Path
) -> None:
    out = folder / "missing" / "notes.xlsx"
    with pytest.raises(ExportError) as raised:
        export_workbook(empty_store, out, ExportFilters(), XlsxOptions(), process_from_rows=0)
    assert raised.value.code == "export_folder_missing"
    assert "missing" in str(raised.value)
    assert list(folder.iterdir()) == []


def test_a_process_that_dies_is_one_line_and_no_file(
    empty_store: Store, sample: Sample, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook_process, "_write_in_child", _die)
    out = folder / "died.xlsx"
    with pytest.raises(ExportError) as raised:
        export_workbook(empty_store, out, ExportFilters(), XlsxOptions(), process_from_rows=0)
    assert raised.value.code == "export_interrupted" and raised.value.values == ("3",)
    assert "its process ended with code 3" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert list(folder.iterdir()) == []


def _die(*_args: Any) -> Any:
    import os

    os._exit(3)


@pytest.mark.parametrize(("from_rows", "in_process"), [(50, True), (10_000, False)])
def test_the_window_writes_a_big_workbook_through_the_process(
    window: MainWindow,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    from_rows: int,
    in_process: bool,
) -> None:
    """The demo database's workbook has 103 rows (79 workgroups, 24 contacts): over a
    threshold of 50 it goes to the process, under one of 10,000 it is written on the worker,
    where starting a process would cost more than the export."""
    calls: list[Path] = []
    through_process = workbook_process.write_workbook_in_process

    def recorded(job: workbook_process.WorkbookJob, **kwargs: Any) -> Any:
        calls.append(job.target)
        return through_process(job, **kwargs)

    monkeypatch.setattr(workbook_process, "write_workbook_in_process", recorded)
    monkeypatch.setattr(export_dialogs, "WORKBOOK_PROCESS_FROM_ROWS", from_rows)
    window.registry[ActionId.EXPORT_EXCEL].trigger()
    dialog = window.excel_dialog  # type: ignore[attr-defined]
    dialog.path_row.edit.setText(str(folder / "demo.xlsx"))
    dialog.accept()
    settle(window)
    box: QMessageBox = window.export_done_box  # type: ignore[attr-defined]
    assert box.isVisible()
    box.close()
    assert len(calls) == (1 if in_process else 0)
    assert openpyxl.load_workbook(folder / "demo.xlsx")["Workgroups"].max_row == 80
    assert sorted(p.name for p in folder.iterdir()) == ["demo.xlsx"]


@pytest.mark.both_backends
def test_a_file_in_the_process_and_a_server_here_write_the_same_rows(
    empty_store: Store, sample: Sample, folder: Path
) -> None:
    """A server's database is written on the calling thread (the process would need its
    password); the rows are the same either way."""
    out = folder / "either.xlsx"
    result = export_workbook(empty_store, out, ExportFilters(), XlsxOptions(), process_from_rows=0)
    assert result.rows == {"workgroups": 4, "contacts": 3, "annotations": 3}
    assert openpyxl.load_workbook(out)["Notes"].max_row == 4

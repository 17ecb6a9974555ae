"""The export dialogs in a real (offscreen) window: options remembered, export on the worker,
then "Open file" / "Show in folder" with a local file URL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select
from ui_support import settle

from bnldesk.domain.models import Workgroup
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.actions import ActionId
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.exports import dialogs as export_dialogs
from bnldesk.ui.exports import options as export_options
from bnldesk.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(tmp_path / "settings.ini")
    s.set("prefs/export_dir", str(tmp_path / "exports"))
    s.set("prefs/marking", "INTERN")
    return s


@pytest.fixture
def window(qapp: QApplication, store: Store, settings: Settings) -> Iterator[MainWindow]:
    controller = Controller(store, settings)
    w = controller.open_window(restore=False)
    settle(w)
    yield w
    controller.shutdown()
    i18n.install("en")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def show_workgroup(w: MainWindow, store: Store, code: str) -> None:
    with store.read() as s:
        wg_id = s.scalar(select(Workgroup.id).where(Workgroup.code == code))
    assert wg_id is not None
    w.show_object("workgroup", wg_id)
    settle(w)


def test_brief_from_the_selected_workgroup(
    window: MainWindow, store: Store, settings: Settings, tmp_path: Path, opened: list[QUrl]
) -> None:
    show_workgroup(window, store, "SENN-CRISE")
    window.registry[ActionId.EXPORT_PDF].trigger()
    dialog: export_dialogs.BriefDialog = window.brief_dialog  # type: ignore[attr-defined]
    assert dialog.isVisible()
    assert dialog.marking_edit.text() == "INTERN"
    assert dialog.path().parent == tmp_path / "exports"
    assert dialog.path().name.startswith("brief-Strategische-werkgroep-Crisisbeheersing")
    dialog.part_boxes["contacts"].setChecked(False)
    dialog.grab().save(str(tmp_path / "brief-dialog.png"))
    dialog.accept()
    settle(window)
    box: QMessageBox = window.export_done_box  # type: ignore[attr-defined]
    assert box.isVisible()
    pdf = dialog.path()
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages)
    assert "SENN-CRISE" in text and "INTERN" in text
    assert "Secretariat-General contacts" not in text
    box.findChild(QPushButton, "openFile").click()
    box.findChild(QPushButton, "showInFolder").click()
    assert [u.toLocalFile() for u in opened] == [str(pdf), str(pdf.parent)]
    assert all(u.isLocalFile() for u in opened)
    box.close()
    # The choice is remembered for the next brief.
    assert export_options.load_brief_options(settings).include_contacts is False
    window.registry[ActionId.EXPORT_PDF].trigger()
    again: export_dialogs.BriefDialog = window.brief_dialog  # type: ignore[attr-defined]
    assert not again.part_boxes["contacts"].isChecked()
    assert again.part_boxes["notes"].isChecked()
    again.reject()


def test_brief_needs_a_selection(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    window.current = None
    export_dialogs.export_pdf(window)
    assert errors and "Select a workgroup" in errors[0]


def test_excel_with_chosen_columns_remembered(
    window: MainWindow, settings: Settings, tmp_path: Path
) -> None:
    window.registry[ActionId.EXPORT_EXCEL].trigger()
    dialog: export_dialogs.ExcelDialog = window.excel_dialog  # type: ignore[attr-defined]
    assert dialog.isVisible()
    dialog.set_columns("workgroups", ["code", "name", "notes"])
    dialog.sheet_boxes["contacts"].setChecked(True)
    dialog.grab().save(str(tmp_path / "excel-dialog.png"))
    dialog.accept()
    settle(window)
    box: QMessageBox = window.export_done_box  # type: ignore[attr-defined]
    assert box.isVisible()
    box.close()
    wb = openpyxl.load_workbook(dialog.path())
    assert wb.sheetnames[:2] == ["Workgroups", "Contacts"]
    assert [c.value for c in wb["Workgroups"][1]] == ["Code", "Name", "Notes"]
    assert wb["Workgroups"].max_row > 10  # the demo plans' workgroups
    options, _ = export_options.load_excel_options(settings)
    assert options.kinds == ["workgroups", "contacts"]
    assert options.columns["workgroups"] == ["code", "name", "notes"]


def test_export_error_is_shown(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    show_workgroup(window, store, "SENN-CRISE")
    window.registry[ActionId.EXPORT_PDF].trigger()
    dialog: export_dialogs.BriefDialog = window.brief_dialog  # type: ignore[attr-defined]
    dialog.path_row.edit.setText(str(tmp_path / "missing" / "brief.pdf"))
    dialog.accept()
    settle(window)
    assert errors and "does not exist" in errors[0]


def test_import_notes_preview_then_apply(
    window: MainWindow, store: Store, settings: Settings, tmp_path: Path
) -> None:
    from bnldesk.domain.models import Annotation
    from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
    from bnldesk.services.reports import ExportFilters, XlsxOptions, export_workbook

    with store.transaction() as s:
        note = add_annotation(
            s, resolve_target(s, "SENN-CRISE"), NoteFields(body="oud", visibility="delegation")
        )
        uuid = note.uuid
    path = tmp_path / "notes.xlsx"
    export_workbook(store, path, ExportFilters(), XlsxOptions(kinds=["annotations"]))
    wb = openpyxl.load_workbook(path)
    ws = wb["Notes"]
    text_col = [c.value for c in ws[1]].index("Text") + 1
    ws.cell(row=2, column=text_col).value = "nieuw"
    wb.save(path)

    export_dialogs.preview_import(window, path)
    settle(window)
    dialog: export_dialogs.ImportPreviewDialog = window.import_preview_dialog  # type: ignore[attr-defined]
    assert dialog.isVisible()
    preview = dialog.text.toPlainText()
    assert "1 note to update" in preview and "Text: “oud” -> “nieuw”" in preview
    assert "update the note on Strategische werkgroep Crisisbeheersing (SENN-CRISE)" in preview
    with store.read() as s:
        assert s.scalar(select(Annotation.body).where(Annotation.uuid == uuid)) == "oud"
    dialog.apply_button.click()
    settle(window)
    with store.read() as s:
        assert s.scalar(select(Annotation.body).where(Annotation.uuid == uuid)) == "nieuw"


def test_excel_dialog_says_private_notes_go_into_the_file(
    window: MainWindow, store: Store, tmp_path: Path, qtbot: Any
) -> None:
    """Before: ticking "Include notes marked private" said nothing, and the import then
    refused every edit to them."""
    window.registry[ActionId.EXPORT_EXCEL].trigger()
    dialog: export_dialogs.ExcelDialog = window.excel_dialog  # type: ignore[attr-defined]
    dialog.sheet_boxes["annotations"].setChecked(True)
    assert not dialog.private_box.isChecked()
    assert "Private notes will be in the file" not in dialog.left_out_label.text()
    qtbot.waitExposed(dialog)
    box = dialog.private_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    text = dialog.left_out_label.text()
    assert dialog.left_out_label.isVisible()
    assert "anyone who gets it can read them" in text and "only on this computer" in text
    dialog.grab().save(str(tmp_path / "excel-private.png"))
    dialog.accept()
    settle(window)
    window.export_done_box.close()  # type: ignore[attr-defined]
    about = openpyxl.load_workbook(dialog.path())["About this file"]
    lines = [str(row[1]) for row in about.iter_rows(values_only=True) if row[1]]
    assert any("This file holds notes marked private" in line for line in lines)

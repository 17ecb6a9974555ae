"""The last errors that reached a Dutch or French window in English (issue 17, item 2): a
sheet row whose Target is not in the database, a bundle from a paired laptop whose record is
malformed, a form saved over fields changed elsewhere, a conflict that cannot be resolved as
asked, a brief about nothing that exists and a database whose update fails (a correction the
import review refuses: ``test_import_review_keys``). Each is produced as a delegate meets it
(File > Receive notes by the menu's keys, the sheet preview, the start-up fault dialog) or,
where the window never shows the line itself, raised by the service; the sentences expected
are written out here.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select
from sync_support import pair
from ui_support import activate, menu_action_by_keys, settle

from bnldesk.domain.field_merge import EditClash
from bnldesk.domain.models import Annotation
from bnldesk.services import sync, sync_trust
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import ExportFilters, XlsxOptions, export_workbook
from bnldesk.services.reports.brief_data import (
    BriefSubject,
    BriefSubjectNotFound,
    plan_year_choice,
)
from bnldesk.store.engine import Store, open_store
from bnldesk.store.migrations import MigrationError
from bnldesk.ui import i18n
from bnldesk.ui.error_texts import error_text
from bnldesk.ui.exports import dialogs as export_dialogs
from bnldesk.ui.fault_dialogs import StartupFaultDialog
from bnldesk.ui.widgets import file_dialogs

NBSP = "\u00a0"


@pytest.fixture
def speaking(qapp: Any) -> Any:
    """Install a language for the test; English again afterwards."""
    yield i18n.install
    i18n.install("en")


# --------------------------------------------------------------------------------------------
# a notes sheet whose new row names no object of this database
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            "Rij 3 overgeslagen: „GEEN-GROEP” is geen werkgroepcode, geen onderdeelnummer en "
            "geen object-id (bv. item:12)",
        ),
        (
            "fr",
            f"Ligne 3 ignorée{NBSP}: «{NBSP}GEEN-GROEP{NBSP}» n'est ni un code de groupe de "
            "travail, ni un numéro de thème, ni un id d'objet (p. ex. item:12)",
        ),
    ],
)
def test_a_sheet_row_on_an_unknown_target_is_skipped_in_the_interface_language(
    controller: Any, store: Store, tmp_path: Path, language: str, expected: str
) -> None:
    with store.transaction() as session:
        add_annotation(
            session,
            resolve_target(session, "SENN-CRISE"),
            NoteFields(body="oud", visibility="delegation"),
        )
    path = tmp_path / "notes.xlsx"
    export_workbook(store, path, ExportFilters(), XlsxOptions(kinds=["annotations"]))
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(row=3, column=header.index("Target") + 1).value = "GEEN-GROEP"
    sheet.cell(row=3, column=header.index("Text") + 1).value = "een nieuwe nota"
    workbook.save(path)
    controller.open_window(restore=False)
    window = controller.set_language(language)
    settle(window)
    export_dialogs.preview_import(window, path)
    settle(window)
    dialog = window.import_preview_dialog  # type: ignore[attr-defined]
    preview = dialog.text.toPlainText()
    dialog.reject()
    assert expected.replace(NBSP, " ") in preview.replace(NBSP, " "), preview
    assert "is neither a workgroup code" not in preview, preview


# --------------------------------------------------------------------------------------------
# a bundle from a paired laptop with a malformed record
# --------------------------------------------------------------------------------------------


def _malformed_bundle(store: Store, tmp_path: Path) -> Path:
    """A bundle from another laptop paired with ``store``, signed with that laptop's key,
    whose note has a number where its text should be (a newer or broken bnldesk)."""
    other = open_store(tmp_path / "laptop-jan.db")
    try:
        pair(store, other)
        with other.transaction() as session:
            add_annotation(
                session,
                resolve_target(session, "SENN-CRISE"),
                NoteFields(body="van Jan", visibility="delegation"),
            )
            key = sync_trust.signing_key(session)
        honest = tmp_path / "eerlijk.bnlnotes"
        sync.share(other, honest, author="Jan")
    finally:
        other.close()
    raw = honest.read_bytes()
    payload = json.loads(raw[raw.index(b"\n") + 1 : raw.rindex(b"\nSIGNED ")])
    payload["records"]["annotation"][0]["data"]["body"] = 12
    bundle = tmp_path / "van-jan.bnlnotes"
    bundle.write_bytes(sync.encode_bundle(payload, key))
    return bundle


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            "%1 is beschadigd (de bundel bevat een misvormd gegeven annotation: „body” is geen "
            "tekst): vraag het opnieuw",
        ),
        (
            "fr",
            f"%1 est endommagé (le paquet contient un élément annotation mal formé{NBSP}: "
            f"«{NBSP}body{NBSP}» n'est pas du texte){NBSP}: demandez-le de nouveau",
        ),
    ],
)
def test_receiving_a_malformed_record_says_so_in_the_interface_language(
    controller: Any,
    store: Store,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    expected: str,
) -> None:
    bundle = _malformed_bundle(store, tmp_path)
    with store.read() as session:
        notes_before = session.scalar(select(func.count()).select_from(Annotation))
    shown: list[str] = []

    def record(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(bundle), ""))
    controller.open_window(restore=False)
    window = controller.set_language(language)
    settle(window)
    activate(qtbot, window)
    menu_action_by_keys(qtbot, window, "file", "receive")  # File > Receive notes...
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    settle(window)
    assert shown == [expected.replace("%1", str(bundle))], shown
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Annotation)) == notes_before


# --------------------------------------------------------------------------------------------
# errors whose line the window words from the service's error (no screen shows them alone)
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "intussen elders gewijzigd: Titel, Voorzitter"),
        ("fr", f"modifié ailleurs entre-temps{NBSP}: Titre, Présidence"),
    ],
)
def test_an_edit_clash_names_the_fields_in_the_interface_language(
    speaking: Any, language: str, expected: str
) -> None:
    clash = EditClash(("title", "chair"), stored=None)
    assert str(clash) == "changed elsewhere meanwhile: title, chair"  # the command line's
    speaking(language)
    assert error_text(clash) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "conflict %1 bestaat niet (meer)"),
        ("fr", "le conflit %1 n'existe pas (ou plus)"),
    ],
)
def test_a_conflict_that_is_gone_is_said_in_the_interface_language(
    store: Store, speaking: Any, language: str, expected: str
) -> None:
    with pytest.raises(sync.ConflictError) as caught, store.transaction() as session:
        sync.resolve_conflict(session, "c0ffee", [])
    speaking(language)
    assert error_text(caught.value) == expected.replace("%1", "c0ffee")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "werkgroep met id 999999 bestaat niet (meer)"),
        ("fr", "le groupe de travail d'id 999999 n'existe pas (ou plus)"),
    ],
)
def test_a_brief_about_a_workgroup_deleted_meanwhile_says_so_in_the_interface_language(
    store: Store, speaking: Any, language: str, expected: str
) -> None:
    with pytest.raises(BriefSubjectNotFound) as caught, store.read() as session:
        plan_year_choice(session, BriefSubject(workgroup_id=999_999))
    speaking(language)
    assert error_text(caught.value) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            "oud.db kon niet bijgewerkt worden naar deze versie van bnldesk: de tabellen passen "
            "niet bij databankversie",
        ),
        (
            "fr",
            f"oud.db n'a pas pu être mis à jour pour cette version de bnldesk{NBSP}: ses tables "
            "ne correspondent pas à sa version de base de données",
        ),
    ],
)
def test_a_database_whose_update_fails_is_said_in_the_interface_language_at_start_up(
    tmp_path: Path, speaking: Any, language: str, expected: str
) -> None:
    """A file whose tables are newer than the version it records (an update cut short by an
    older bnldesk): opening it runs the update again, which fails on the tables already
    there."""
    path = tmp_path / "oud.db"
    open_store(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    connection.close()
    with pytest.raises(MigrationError) as caught:
        open_store(path).close()
    assert caught.value.code == "migration_tables_mismatch"
    speaking(language)
    dialog = StartupFaultDialog(caught.value, has_backups=False)
    assert expected in dialog.message.text(), dialog.message.text()
    assert "could not be updated" not in dialog.message.text()
    dialog.deleteLater()

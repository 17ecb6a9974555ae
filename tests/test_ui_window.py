"""The desktop window driven for real (offscreen): navigate, annotate, undo, filter, search, i18n.

A delegate's actions are sent as keys and mouse clicks (``tests/ui_support.py``); every
database call goes through the window's worker, and the tests wait for it with ``settle()``
(deterministic: it returns when the queue is empty, and fails when it does not empty), never
with sleeps.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_support import (
    answering,
    choose_in_menu,
    click_row,
    edit_cell,
    go_to,
    leave,
    new_action_item,
    pick,
    press,
    settle,
    type_into,
    wait_for,
)

from bnldesk.domain.models import ActionItem, Annotation
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.models import HtmlRole, KindRole
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.importing import ImportReviewDialog
from bnldesk.ui.settings import Settings
from bnldesk.ui.widgets import file_dialogs


def senn_crise(qtbot: QtBot, w: MainWindow) -> None:
    go_to(qtbot, w, "SENN-CRISE")
    assert "SENN-CRISE" in getattr(w.detail.current(), "title", "")


def test_navigate_to_senn_crise(window: MainWindow, qtbot: QtBot) -> None:
    go_to(qtbot, window, "senn-crise")
    detail = window.detail.current()
    assert detail is not None
    assert detail.kind == "workgroup"
    assert detail.title == "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
    assert "Crisisbeheersing" in window.detail.toPlainText()
    # The navigator switched to the workgroups tab and selected the group.
    assert window.nav_tabs.currentWidget() is window.workgroup_tree
    index = window.workgroup_tree.currentIndex()
    assert index.data(KindRole) == "workgroup"
    assert "SENN-CRISE" in index.data()
    # The list is scoped to the group's sections, and the notes panel is about the group.
    assert "SENN-CRISE" in window.scope_label.text()
    assert "SENN-CRISE" in window.notes.title.text()
    assert window.notes.new_button.isEnabled()


def test_add_note_with_tag_and_action_then_undo_and_redo(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    senn_crise(qtbot, window)
    notes = window.notes
    press(qtbot, window, "Ctrl+N")
    settle(window)
    # The editor is open on a new note, stored only once something is typed.
    assert notes.list_model.rowCount() == 0
    assert notes.stack.currentIndex() == 1
    assert notes.visibility.currentData() == "private"
    assert "Private" in notes.visibility.currentText()

    type_into(qtbot, notes.body, "Standpunt BE: steun voor de grensoverschrijdende oefening.")
    leave(qtbot, notes.body)
    type_into(qtbot, notes.tags, "oefening-2026")
    leave(qtbot, notes.tags)
    settle(window)
    # A new action item (Ctrl+Shift+A), its fields typed into the table's cells.
    new_action_item(qtbot, window, "Ontwerpstandpunt rondsturen")
    for column, text in ((1, "An Peeters"), (2, "2026-12-01")):
        edit_cell(qtbot, notes.actions_view, 0, column, text)
        settle(window)

    assert notes.actions_model.rowCount() == 1
    assert notes.actions_model.index(0, 1).data() == "An Peeters"
    assert "#oefening-2026" in notes.list_model.index(0).data()
    with store.read() as s:
        note = s.query(Annotation).filter(Annotation.deleted_at.is_(None)).one()
        assert [t.name for t in note.tags] == ["oefening-2026"]
        assert note.body.startswith("Standpunt BE")
        assert note.target_key == "wg:SENN-CRISE"
        assert [(a.title, a.due_date) for a in note.actions] == [
            ("Ontwerpstandpunt rondsturen", dt.date(2026, 12, 1))
        ]
    assert window.registry[ActionId.UNDO].isEnabled()

    # Undo the action item's three cells and the item, the tag and the note itself (added
    # with its first text).
    for _ in range(6):
        press(qtbot, window.table, "Ctrl+Z")
        settle(window)
    assert notes.list_model.rowCount() == 0
    assert notes.stack.currentIndex() == 0
    with store.read() as s:
        assert s.query(Annotation).filter(Annotation.deleted_at.is_(None)).count() == 0

    # Redo brings back the very same note with its tag and its action item.
    for _ in range(6):
        press(qtbot, window.table, "Ctrl+Y")
        settle(window)
    assert notes.list_model.rowCount() == 1
    assert notes.body.toPlainText().startswith("Standpunt BE")
    assert notes.tags.text() == "oefening-2026"
    assert notes.actions_model.rowCount() == 1
    assert notes.actions_model.index(0, 0).data() == "Ontwerpstandpunt rondsturen"
    with store.read() as s:
        live = s.query(ActionItem).filter(ActionItem.deleted_at.is_(None)).all()
        assert [a.owner for a in live] == ["An Peeters"]


def test_delete_asks_nothing_and_undo_restores(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    senn_crise(qtbot, window)
    press(qtbot, window, "Ctrl+N")
    type_into(qtbot, window.notes.body, "Te schrappen")
    leave(qtbot, window.notes.body)
    settle(window)
    assert window.notes.list_model.rowCount() == 1
    press(qtbot, window, "Ctrl+Shift+D")
    settle(window)
    assert window.notes.list_model.rowCount() == 0
    press(qtbot, window.table, "Ctrl+Z")
    settle(window)
    assert window.notes.list_model.rowCount() == 1
    assert window.notes.body.toPlainText() == "Te schrappen"


def test_filter_by_tag(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    with store.transaction() as s:
        item_target = resolve_target(s, "item:1")
    go_to(qtbot, window, item_target.label)  # the list shows the item's section
    assert window.current == ("item", 1)
    press(qtbot, window, "Ctrl+N")
    type_into(qtbot, window.notes.body, "Opvolgen op de volgende vergadering")
    leave(qtbot, window.notes.body)
    type_into(qtbot, window.notes.tags, "te-bespreken")
    leave(qtbot, window.notes.tags)
    wait_for(qtbot, lambda: window.filter_bar.tag.findText("te-bespreken") >= 0, window)

    pick(qtbot, window.filter_bar.tag, "te-bespreken")
    settle(window)
    assert window.filter_bar.chip_texts() == ["Tag: te-bespreken"]
    assert window.list_model.total == 1
    assert window.list_model.index(0, 1).data() == item_target.label
    assert window.list_model.index(0, 4).data() == "1"  # one note

    press(qtbot, window.table, "Ctrl+2")
    settle(window)
    assert window.list_model.total == 1
    assert window.list_model.index(0, 3).data() == "te-bespreken"

    # One click on the chip removes the filter.
    chip = window.filter_bar.findChild(type(window.filter_bar.more), "chip")
    assert chip is not None
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    settle(window)
    assert window.filter_bar.chip_texts() == []
    press(qtbot, window.table, "Ctrl+1")
    settle(window)
    assert window.list_model.total >= 3


def test_search_with_and_without_accent(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        add_annotation(s, target, NoteFields(body="Meer efficiëntie in de crisiscommunicatie."))
    for typed in ("efficientie", "efficiëntie", "EFFICIENTIE"):
        type_into(qtbot, window.search_box, typed)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
        settle(window)
        assert window.centre_stack.currentIndex() == 1
        rows = [window.results_model.index(r) for r in range(window.results_model.rowCount())]
        notes = [i for i in rows if i.data(KindRole) == "annotation"]
        assert len(notes) == 1, typed
        assert "<b>efficiëntie</b>" in notes[0].data(HtmlRole)
        assert "results for" in window.results_label.text()
    # Clicking the hit shows the object the note is about, the word highlighted.
    click_row(qtbot, window.results, notes[0].row())
    settle(window)
    assert "SENN-CRISE" in window.detail.current().title
    # Escape clears the search and brings the list back.
    type_into(qtbot, window.search_box, "crisis")
    assert window.centre_stack.currentIndex() == 1
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.centre_stack.currentIndex() == 0


def test_search_words_are_highlighted_in_the_detail(window: MainWindow, qtbot: QtBot) -> None:
    go_to(qtbot, window, "SENN-CRISE")
    type_into(qtbot, window.search_box, "crisisbeheersing")
    html = window.detail.toHtml()
    assert "#fde68a" in html  # the highlight colour around the matched word
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert "#fde68a" not in window.detail.toHtml()


def test_saving_a_note_keeps_the_list_selection(window: MainWindow, qtbot: QtBot) -> None:
    pick(qtbot, window.filter_bar.year, "2022")
    settle(window)
    click_row(qtbot, window.table, 2, 1)
    settle(window)
    item_id = window.list_model.row_data(2).id
    assert window.current == ("item", item_id)
    press(qtbot, window.table, "Ctrl+N")
    type_into(qtbot, window.notes.body, "Opmerking")
    leave(qtbot, window.notes.body)
    settle(window)
    assert window.table.currentIndex().row() == 2
    assert window.list_model.index(2, 4).data() == "1"


def test_search_escapes_user_text(window: MainWindow, qtbot: QtBot) -> None:
    type_into(qtbot, window.search_box, '<b>"NOT')
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    settle(window)
    assert window.results_model.rowCount() == 0
    assert "&lt;b&gt;" in window.results_label.text()


def test_switch_language_to_french_and_back(
    controller: Controller, window: MainWindow, qtbot: QtBot
) -> None:
    senn_crise(qtbot, window)
    fr = controller.set_language("fr")
    assert fr is not None and fr is not window
    settle(fr)
    assert fr.menus["file"].title() == "&Fichier"
    assert fr.notes.new_button.text() == "Nouvelle note"
    assert fr.mode_tabs.tabText(0) == "Éléments du plan"
    assert fr.search_box.placeholderText().startswith("Rechercher")
    assert fr.registry[ActionId.UNDO].text() == "&Annuler"
    # The same object is still shown after the switch.
    assert "SENN-CRISE" in fr.detail.current().title
    assert "Groupe de travail" in fr.detail.toPlainText()
    en = controller.set_language("en")
    assert en is not None
    settle(en)
    assert en.menus["file"].title() == "&File"
    assert en.notes.new_button.text() == "New note"
    assert en.mode_tabs.tabText(0) == "Plan items"


def test_dutch_interface(controller: Controller, window: MainWindow) -> None:
    nl = controller.set_language("nl")
    assert nl is not None
    settle(nl)
    assert nl.menus["file"].title() == "&Bestand"
    assert nl.notes.new_button.text() == "Nieuwe nota"
    assert nl.nav_tabs.tabText(1) == "Werkgroepen"


def test_state_is_remembered(controller: Controller, window: MainWindow, qtbot: QtBot) -> None:
    senn_crise(qtbot, window)
    press(qtbot, window.table, "Ctrl+2")
    window.main_splitter.setSizes([260, 700, 480])
    sizes = window.main_splitter.sizes()
    window.close()
    again = controller.open_window(restore=True)
    settle(again)
    assert again.list_model.mode == "notes"
    assert again.mode_tabs.currentIndex() == 1
    # The offscreen screen is small, so the restored window is clamped to it; the navigator keeps
    # its width and the splitter state is stored.
    assert abs(again.main_splitter.sizes()[0] - sizes[0]) < 40
    assert controller.settings.get("window/main_splitter") == window.main_splitter.saveState()
    assert "SENN-CRISE" in again.detail.current().title


def test_shortcuts_dialog_lists_actions(window: MainWindow, qtbot: QtBot) -> None:
    press(qtbot, window, window.registry[ActionId.SHORTCUTS].shortcut().toString())
    dialog = window.shortcuts_dialog
    model = dialog.findChild(QTableView).model()
    texts = {model.index(r, 1).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert texts["Go to"] == "Ctrl+K"
    assert texts["New note"] == "Ctrl+N"
    assert len(texts) >= 20


def test_window_fits_1280x720(window: MainWindow) -> None:
    window.resize(1280, 720)
    window.show()
    QApplication.processEvents()
    assert window.width() <= 1280 and window.height() <= 720
    assert window.filter_bar.views.isVisible()
    assert window.filter_bar.views.geometry().right() <= window.filter_bar.width()
    assert window.notes.isVisible() and window.notes.height() > 200


def test_saved_view_reapplies_filters(window: MainWindow, settings: Settings, qtbot: QtBot) -> None:
    bar = window.filter_bar
    pick(qtbot, bar.kind, "Objective")
    choose_in_menu(qtbot, bar.more, ["Only objects with notes"])
    settle(window)

    def name_the_view(dialog: QInputDialog) -> None:
        field = dialog.findChild(QLineEdit)
        assert field is not None
        type_into(qtbot, field, "Open doelstellingen")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    with answering(qtbot, QApplication.activeModalWidget, name_the_view, "the view's name"):
        press(qtbot, window.table, "Ctrl+Shift+S")
    assert "Open doelstellingen" in settings.views()
    press(qtbot, window.table, "Ctrl+Shift+L")  # clear the filters
    settle(window)
    assert bar.chip_texts() == []
    choose_in_menu(qtbot, bar.views, ["Open doelstellingen"])
    settle(window)
    assert bar.chip_texts() == ["Kind: Objective", "Has notes"]


def test_kind_filter_combines_with_year(window: MainWindow, qtbot: QtBot) -> None:
    pick(qtbot, window.filter_bar.year, "2022")
    settle(window)
    all_2022 = window.list_model.total
    pick(qtbot, window.filter_bar.kind, "Flagship project")
    settle(window)
    assert 0 < window.list_model.total <= all_2022
    for row in range(window.list_model.rowCount()):
        assert window.list_model.index(row, 0).data() == "2022"
        assert window.list_model.index(row, 3).data() == "Flagship project"
    assert window.filter_bar.chip_texts() == ["Year: 2022", "Kind: Flagship project"]


def test_year_over_year_filter_and_badge(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    from bnldesk.store import history

    with store.read() as s:
        comparison = history.compare_with_previous(s, 2022)
    new_items = {c.obj_id for c in comparison.changes if c.kind == "item" and c.status == "new"}
    assert comparison.previous_year == 2013 and new_items
    pick(qtbot, window.filter_bar.year, "2022")
    choose_in_menu(qtbot, window.filter_bar.more, ["Change since the previous plan", "New"])
    settle(window)
    assert window.filter_bar.chip_texts() == ["Year: 2022", "Change: New"]
    assert window.list_model.total == len(new_items)
    shown = {window.list_model.row_data(r).id for r in range(window.list_model.rowCount())}
    assert shown <= new_items
    # The list's last column says so for every row.
    column = window.list_model.columnCount() - 1
    assert window.list_model.headerData(column, Qt.Orientation.Horizontal) == "Change"
    assert {
        window.list_model.index(r, column).data() for r in range(window.list_model.rowCount())
    } == {"New"}
    click_row(qtbot, window.table, 0, 1)
    settle(window)
    assert window.current is not None and window.current[1] in new_items
    assert "New" in window.detail.toPlainText()


def _import_with_ctrl_i(
    window: MainWindow, path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> ImportReviewDialog:
    """Ctrl+I, choose ``path``, wait for the review window to have read it, click Import."""
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(path), ""))
    before = set(window.findChildren(ImportReviewDialog))
    press(qtbot, window.table, "Ctrl+I")
    (dialog,) = set(window.findChildren(ImportReviewDialog)) - before
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=60_000)
    assert dialog.import_button.isEnabled(), dialog.status.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return dialog


def test_import_document_from_the_file_menu(
    window: MainWindow,
    seeds_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The navigator reads its plans again because the import said it changed plans: no
    # reload by hand, no F5.
    with qtbot.waitSignal(window.plan_model.loaded, timeout=60_000):
        dialog = _import_with_ctrl_i(
            window, seeds_dir / "werkprogramma-2025-2028.md", qtbot, monkeypatch
        )
    assert len(dialog.reports) == 1
    assert "Werkprogramma" in dialog.summary.text()
    labels = [window.plan_model.index(r, 0).data() for r in range(window.plan_model.rowCount())]
    assert "Werkprogramma 2025-2028" in labels


def test_controls_have_accessible_names(window: MainWindow) -> None:
    """Screen readers get a name for every input and list (own name or a label's buddy)."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
    )

    buddies = {id(lbl.buddy()) for lbl in window.findChildren(QLabel) if lbl.buddy() is not None}
    unnamed = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, QLineEdit | QComboBox | QPlainTextEdit | QAbstractItemView):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox):
            continue  # the editable part of a combo box, named by the combo
        if isinstance(w, QAbstractItemView) and not w.isVisibleTo(window):
            continue  # popups of combo boxes and completers
        if isinstance(w, QHeaderView):
            continue  # part of its table
        if not w.accessibleName() and id(w) not in buddies:
            unnamed.append(f"{type(w).__name__} {w.objectName()}")
    assert unnamed == []


def test_preferences_dialog_saves_and_switches_language(
    controller: Controller, window: MainWindow, settings: Settings, qtbot: QtBot
) -> None:

    from bnldesk.ui.settings.preferences import PreferencesDialog

    seen: list[str] = []

    def fill_in(dialog: PreferencesDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        seen.append(dialog.language.currentText())
        delegation = dialog.delegation
        pick(qtbot, delegation, delegation.itemText(delegation.findData("NL")))
        type_into(qtbot, dialog.author, "Joost de Vries")
        marking = dialog.marking.lineEdit()
        assert marking is not None
        type_into(qtbot, marking, "Beperkte verspreiding")
        pick(qtbot, dialog.language, "Français")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    with answering(qtbot, QApplication.activeModalWidget, fill_in, "the Preferences dialog"):
        press(qtbot, window.table, "Ctrl+,")
    QApplication.processEvents()  # the language switch is queued after the dialog closes
    assert seen == ["Same as the system"]
    assert settings.get("prefs/author") == "Joost de Vries"
    assert settings.delegation() == "NL"
    assert settings.get("prefs/marking") == "Beperkte verspreiding"
    assert settings.get("prefs/language") == "fr"
    french = controller.window
    assert french is not None and french is not window
    settle(french)
    assert french.menus["edit"].title() == "É&dition"
    # New notes carry the author and delegation from the preferences.
    go_to(qtbot, french, "SENN-CRISE")
    press(qtbot, french, "Ctrl+N")
    type_into(qtbot, french.notes.body, "Nota")
    leave(qtbot, french.notes.body)
    settle(french)
    assert french.notes.current is not None
    assert french.notes.current.author == "Joost de Vries"
    assert french.notes.current.delegation == "NL"


def test_shortcuts_model(window: MainWindow, qtmodeltester: object) -> None:
    from bnldesk.ui.browse.shortcuts import ShortcutsModel

    qtmodeltester.check(ShortcutsModel(window.registry.rows()))  # type: ignore[attr-defined]


def test_importing_a_document_that_is_not_the_plan_asks_before_replacing(
    window: MainWindow,
    store: Store,
    tmp_path: Path,
    seeds_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from bnldesk.store.queries import list_sections

    # A short text that reads as the 2013 plan but holds one chapter of it only.
    # The first pages of the 2013 plan only: it reads as that plan but lacks most of it.
    stray = tmp_path / "notulen.txt"
    head = (seeds_dir / "jaarplan-2013.txt").read_text(encoding="utf-8").splitlines()[:400]
    stray.write_text("\n".join(head), encoding="utf-8")
    with store.read() as s:
        before = len(list_sections(s, plan_year=2013))
    asked: list[str] = []

    def answer(answer_with: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return answer_with

        return question

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    dialog = _import_with_ctrl_i(window, stray, qtbot, monkeypatch)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=60_000)
    settle(window)
    assert warnings == []
    assert "notulen.txt would remove" in asked[0] and "not look like the same" in asked[0]
    assert dialog.reports == []
    with store.read() as s:
        assert len(list_sections(s, plan_year=2013)) == before > 4

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.reports) == 1, timeout=60_000)
    assert len(asked) == 2
    with store.read() as s:
        after = [r["number"] for r in list_sections(s, plan_year=2013)]
    assert 0 < len(after) < before


def test_enter_in_preferences_is_ok_never_the_folder_chooser(
    controller: Controller,
    window: MainWindow,
    settings: Settings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Trial N5: after Nederlands was picked, Enter opened the "Default export folder" chooser
    (drawn as the default button) instead of pressing OK."""
    from bnldesk.ui.settings.preferences import PreferencesDialog
    from bnldesk.ui.widgets import file_dialogs

    chooser_opened: list[str] = []

    def chooser(*args: object) -> str:
        chooser_opened.append("folder")
        return ""  # the delegate cancels it

    monkeypatch.setattr(file_dialogs, "get_existing_directory", chooser)

    def fill_in(dialog: PreferencesDialog) -> None:
        # The folder chooser opened once and cancelled: its button had the focus.
        qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
        pick(qtbot, dialog.language, "Nederlands")
        focused = dialog.focusWidget()
        assert focused is dialog.language
        qtbot.keyClick(focused, Qt.Key.Key_Return)

    with answering(qtbot, QApplication.activeModalWidget, fill_in, "the Preferences dialog"):
        press(qtbot, window.table, "Ctrl+,")
    QApplication.processEvents()
    assert chooser_opened == ["folder"]  # the click, not the Enter
    assert settings.get("prefs/language") == "nl"

"""The desktop window driven for real (offscreen): navigate, annotate, undo, filter, search, i18n.

Every database call goes through the window's worker; tests wait for it with
``worker.wait_idle()`` (deterministic: it returns when the queue is empty), never with sleeps.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from ui_support import settle

from bnldesk.domain.models import ActionItem, Annotation
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.models import HtmlRole, KindRole
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.settings import Settings


def goto(w: MainWindow, text: str) -> None:
    """Use the Ctrl+K palette as a delegate would: type, wait for the hits, press Enter."""
    w.registry[ActionId.QUICK_OPEN].trigger()
    palette = w.palette_dialog
    assert palette.isVisible()
    palette.edit.setText(text)
    palette.run_search()
    settle(w)
    palette.accept_current()
    settle(w)


def senn_crise_note(w: MainWindow) -> None:
    goto(w, "SENN-CRISE")
    assert "SENN-CRISE" in (w.detail.current() or {}).get("title", "")


def test_navigate_to_senn_crise(window: MainWindow) -> None:
    goto(window, "senn-crise")
    detail = window.detail.current()
    assert detail is not None
    assert detail["kind"] == "workgroup"
    assert detail["title"] == "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
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
    window: MainWindow, store: Store, qtbot: object
) -> None:
    senn_crise_note(window)
    notes = window.notes
    window.registry[ActionId.NEW_NOTE].trigger()
    settle(window)
    # The editor is open on a new note, stored only once something is typed.
    assert notes.list_model.rowCount() == 0
    assert notes.stack.currentIndex() == 1
    assert notes.visibility.currentData() == "private"
    assert "Private" in notes.visibility.currentText()

    notes.body.setPlainText("Standpunt BE: steun voor de grensoverschrijdende oefening.")
    notes.commit()
    notes.tags.setText("oefening-2026")
    notes.tags.editingFinished.emit()
    notes.add_action("Ontwerpstandpunt rondsturen", "An Peeters", dt.date(2026, 12, 1))
    settle(window)

    assert notes.actions_model.rowCount() == 1
    assert notes.actions_model.index(0, 1).data() == "An Peeters"
    assert "#oefening-2026" in notes.list_model.index(0).data()
    with store.read() as s:
        note = s.query(Annotation).filter(Annotation.deleted_at.is_(None)).one()
        assert [t.name for t in note.tags] == ["oefening-2026"]
        assert note.body.startswith("Standpunt BE")
        assert note.target_key == "wg:SENN-CRISE"
    assert window.registry[ActionId.UNDO].isEnabled()

    # Undo the action item, the tag and the note itself (added with its first text).
    for _ in range(3):
        window.registry[ActionId.UNDO].trigger()
        settle(window)
    assert notes.list_model.rowCount() == 0
    assert notes.stack.currentIndex() == 0
    with store.read() as s:
        assert s.query(Annotation).filter(Annotation.deleted_at.is_(None)).count() == 0

    # Redo brings back the very same note with its tag and its action item.
    for _ in range(3):
        window.registry[ActionId.REDO].trigger()
        settle(window)
    assert notes.list_model.rowCount() == 1
    assert notes.body.toPlainText().startswith("Standpunt BE")
    assert notes.tags.text() == "oefening-2026"
    assert notes.actions_model.rowCount() == 1
    assert notes.actions_model.index(0, 0).data() == "Ontwerpstandpunt rondsturen"
    with store.read() as s:
        live = s.query(ActionItem).filter(ActionItem.deleted_at.is_(None)).all()
        assert [a.owner for a in live] == ["An Peeters"]


def test_delete_asks_nothing_and_undo_restores(window: MainWindow, store: Store) -> None:
    senn_crise_note(window)
    window.notes.new_note("Te schrappen")
    settle(window)
    assert window.notes.list_model.rowCount() == 1
    window.registry[ActionId.DELETE_NOTE].trigger()
    settle(window)
    assert window.notes.list_model.rowCount() == 0
    window.undo()
    settle(window)
    assert window.notes.list_model.rowCount() == 1
    assert window.notes.body.toPlainText() == "Te schrappen"


def test_filter_by_tag(window: MainWindow, store: Store) -> None:
    with store.transaction() as s:
        item_target = resolve_target(s, "item:1")
    window.show_object("item", 1, reveal=True)
    settle(window)
    window.notes.new_note("Opvolgen op de volgende vergadering")
    settle(window)
    window.notes.tags.setText("te-bespreken")
    window.notes.commit()
    settle(window)

    window.filter_bar.set_value("tag", "te-bespreken")
    window.set_scope(None)
    settle(window)
    assert window.filter_bar.chip_texts() == ["Tag: te-bespreken"]
    assert window.list_model.total == 1
    assert window.list_model.index(0, 1).data() == item_target.label
    assert window.list_model.index(0, 4).data() == "1"  # one note

    window.set_list_mode("notes")
    settle(window)
    assert window.list_model.total == 1
    assert window.list_model.index(0, 3).data() == "te-bespreken"

    # One click on the chip removes the filter.
    chip = window.filter_bar.findChild(type(window.filter_bar.more), "chip")
    assert chip is not None
    chip.click()
    settle(window)
    assert window.filter_bar.chip_texts() == []
    window.set_list_mode("items")
    settle(window)
    assert window.list_model.total >= 3


def test_search_with_and_without_accent(window: MainWindow, store: Store) -> None:
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        add_annotation(s, target, NoteFields(body="Meer efficiëntie in de crisiscommunicatie."))
    for typed in ("efficientie", "efficiëntie", "EFFICIENTIE"):
        window.search_box.setText(typed)
        window.run_search_now()
        settle(window)
        assert window.centre_stack.currentIndex() == 1
        rows = [window.results_model.index(r) for r in range(window.results_model.rowCount())]
        notes = [i for i in rows if i.data(KindRole) == "annotation"]
        assert len(notes) == 1, typed
        assert "<b>efficiëntie</b>" in notes[0].data(HtmlRole)
        assert "results for" in window.results_label.text()
    # Selecting the hit shows the object the note is about, the word highlighted.
    window.results.setCurrentIndex(notes[0])
    settle(window)
    assert "SENN-CRISE" in window.detail.current()["title"]
    # Escape clears the search and brings the list back.
    window.search_box.setText("crisis")
    assert window.centre_stack.currentIndex() == 1
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.centre_stack.currentIndex() == 0


def test_search_words_are_highlighted_in_the_detail(window: MainWindow) -> None:
    goto(window, "SENN-CRISE")
    window.search_box.setText("crisisbeheersing")
    html = window.detail.toHtml()
    assert "#fde68a" in html  # the highlight colour around the matched word
    window.search_box.setText("")
    assert "#fde68a" not in window.detail.toHtml()


def test_saving_a_note_keeps_the_list_selection(window: MainWindow) -> None:
    window.filter_bar.set_value("plan_year", 2022)
    settle(window)
    window.table.selectRow(2)
    settle(window)
    item_id = window.list_model.row_data(2)["id"]
    assert window.current == ("item", item_id)
    window.notes.new_note("Opmerking")
    settle(window)
    assert window.table.currentIndex().row() == 2
    assert window.list_model.index(2, 4).data() == "1"


def test_search_escapes_user_text(window: MainWindow) -> None:
    window.search_box.setText('<b>"NOT')
    window.run_search_now()
    settle(window)
    assert window.results_model.rowCount() == 0
    assert "&lt;b&gt;" in window.results_label.text()


def test_switch_language_to_french_and_back(controller: Controller, window: MainWindow) -> None:
    senn_crise_note(window)
    fr = controller.set_language("fr")
    assert fr is not None and fr is not window
    settle(fr)
    assert fr.menus["file"].title() == "&Fichier"
    assert fr.notes.new_button.text() == "Nouvelle note"
    assert fr.mode_tabs.tabText(0) == "Éléments du plan"
    assert fr.search_box.placeholderText().startswith("Rechercher")
    assert fr.registry[ActionId.UNDO].text() == "&Annuler"
    # The same object is still shown after the switch.
    assert "SENN-CRISE" in fr.detail.current()["title"]
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


def test_state_is_remembered(controller: Controller, window: MainWindow) -> None:
    senn_crise_note(window)
    window.set_list_mode("notes")
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
    assert "SENN-CRISE" in again.detail.current()["title"]


def test_shortcuts_dialog_lists_actions(window: MainWindow) -> None:
    window.registry[ActionId.SHORTCUTS].trigger()
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


def test_saved_view_reapplies_filters(window: MainWindow, settings: Settings) -> None:
    window.filter_bar.set_value("kind", "objective")
    window.filter_bar.set_value("has_notes", True)
    window.filter_bar.save_view("Open doelstellingen")
    window.filter_bar.clear()
    assert window.filter_bar.chip_texts() == []
    assert "Open doelstellingen" in settings.views()
    assert window.filter_bar.apply_view("Open doelstellingen")
    settle(window)
    assert window.filter_bar.chip_texts() == ["Kind: Objective", "Has notes"]


def test_kind_filter_combines_with_year(window: MainWindow) -> None:
    window.filter_bar.set_value("plan_year", 2022)
    settle(window)
    all_2022 = window.list_model.total
    window.filter_bar.set_value("kind", "flagship")
    settle(window)
    assert 0 < window.list_model.total <= all_2022
    for row in range(window.list_model.rowCount()):
        assert window.list_model.index(row, 0).data() == "2022"
        assert window.list_model.index(row, 3).data() == "Flagship project"
    assert window.filter_bar.chip_texts() == ["Year: 2022", "Kind: Flagship project"]


def test_year_over_year_filter_and_badge(window: MainWindow, store: Store) -> None:
    from bnldesk.store import history

    with store.read() as s:
        comparison = history.compare_with_previous(s, 2022)
    new_items = {c.obj_id for c in comparison.changes if c.kind == "item" and c.status == "new"}
    assert comparison.previous_year == 2013 and new_items
    window.filter_bar.set_value("plan_year", 2022)
    window.filter_bar.set_value("change", "new")
    settle(window)
    assert window.filter_bar.chip_texts() == ["Year: 2022", "Change: New"]
    assert window.list_model.total == len(new_items)
    shown = {window.list_model.row_data(r)["id"] for r in range(window.list_model.rowCount())}
    assert shown <= new_items
    # The list's last column says so for every row.
    column = window.list_model.columnCount() - 1
    assert window.list_model.headerData(column, Qt.Orientation.Horizontal) == "Change"
    assert {
        window.list_model.index(r, column).data() for r in range(window.list_model.rowCount())
    } == {"New"}
    window.show_object("item", next(iter(new_items)))
    settle(window)
    assert "New" in window.detail.toPlainText()


def test_import_document_from_the_file_menu(
    window: MainWindow, store: Store, seeds_dir: Path
) -> None:
    reports: list[object] = []
    window.run_import(seeds_dir / "werkprogramma-2025-2028.md", on_done=reports.append)
    settle(window)
    assert len(reports) == 1
    assert "Imported werkprogramma-2025-2028.md" in window.statusBar().currentMessage()
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
    controller: Controller, window: MainWindow, settings: Settings
) -> None:
    from PySide6.QtCore import QTimer

    from bnldesk.ui.settings.preferences import PreferencesDialog

    seen: list[str] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        seen.append(dialog.language.currentText())
        dialog.delegation.setCurrentIndex(dialog.delegation.findData("NL"))
        dialog.author.setText("Joost de Vries")
        dialog.marking.setCurrentText("Beperkte verspreiding")
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window.registry[ActionId.PREFERENCES].trigger()
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
    goto(french, "SENN-CRISE")
    french.notes.new_note("Nota")
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
    window.run_import(stray)
    settle(window)
    assert warnings == []
    assert len(asked) == 1 and "notulen.txt does not look like the plan" in asked[0]
    with store.read() as s:
        assert len(list_sections(s, plan_year=2013)) == before > 4

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    reports: list[object] = []
    window.run_import(stray, on_done=reports.append)
    settle(window)
    assert len(reports) == 1
    with store.read() as s:
        after = [r["number"] for r in list_sections(s, plan_year=2013)]
    assert 0 < len(after) < before

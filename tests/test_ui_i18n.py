"""Every visible string of the interface has a Dutch and a French translation.

Two checks: the ``.ts`` sources are complete and in step with the code (lupdate run into a
temporary folder finds no string the shipped files lack), and a walk over the real widgets in
French and in Dutch finds no text still identical to the English one (apart from words that are
the same in both languages).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from ui_support import settle

from bnldesk.paths import resource_path
from bnldesk.ui import i18n
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.settings.preferences import PreferencesDialog

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("nl", "fr")

# Words that are rightly the same in English and the other language.
SAME_IN = {
    "nl": {"OK", "bnldesk", "Menu", "Open", "Object", "Status", "&Help", "E-mail", "&Status"},
    "fr": {
        "OK",
        "&Notes",
        "Luxembourg (LU)",
        "bnldesk",
        "Menu",
        "Notes",
        "Plans",
        "Contacts",
        "Action",
        "Actions",
        "Section",
        "Sections",
        "&Note",
        "notes",
        "Note",
        "E-mail",
        "Type",
    },
}
LANGUAGE_NAMES = {"English", "Nederlands", "Français"}


def ts_messages(lang: str) -> list[tuple[str, str, str | None, str | None]]:
    tree = ET.parse(resource_path("translations", f"bnldesk_{lang}.ts"))
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.iter("numerusform")]
            # A plural message's forms, each ending in FORM_END (each needs every placeholder).
            text = "".join(f + FORM_END for f in forms) if forms else tr.text
            out.append((name, m.findtext("source") or "", text, tr.get("type")))
    return out


FORM_END = "\x1f"


@pytest.mark.parametrize("lang", LANGS)
def test_ts_files_are_complete(lang: str) -> None:
    messages = ts_messages(lang)
    assert len(messages) > 200
    unfinished = [(c, s) for c, s, text, kind in messages if kind is None and not (text or "")]
    unfinished += [(c, s) for c, s, _t, kind in messages if kind == "unfinished"]
    assert unfinished == []
    assert resource_path("translations", f"bnldesk_{lang}.qm").stat().st_size > 10000
    # Placeholders survive translation.
    for _c, source, text, _k in messages:
        for marker in ("%1", "%2", "%3", "%4", "%5"):
            if marker in source:
                for form in (
                    (text or "").split(FORM_END)[:-1] if FORM_END in (text or "") else [text or ""]
                ):
                    assert marker in form, (source, text)


def test_ts_files_cover_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.fail("pyside6-lupdate is missing from the environment")
        lupdate = Path(found)
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "bnldesk" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, cwd=ROOT
    )
    tree = ET.parse(fresh)
    in_code = {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in tree.getroot().iter("context")
        for m in ctx.iter("message")
    }
    for lang in LANGS:
        shipped = {
            (c, s) for c, s, _t, kind in ts_messages(lang) if kind not in ("obsolete", "vanished")
        }
        missing = sorted(in_code - shipped)
        assert missing == [], (
            f"{lang}: strings without translation (run pyside6-lupdate): {missing}"
        )


def visible_texts(root: QWidget) -> list[str]:
    """The interface's own texts: labels, buttons, menus, tabs, placeholders, tooltips, headers."""
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w.toolTip():
            texts.append(w.toolTip())
        if w.accessibleName():
            texts.append(w.accessibleName())
        if (
            isinstance(w, QLabel)
            and w.objectName()
            not in (
                "notesTitle",
                "scopeLabel",
                "statusCounts",
                "savedLabel",
                "resultsLabel",
            )
        ) or isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox) and not w.isEditable():
            # Filter combos list data after their first entry; only "All ..." is ours.
            count = (
                1
                if w.parent() is not None and w.parent().objectName() == "filterBar"
                else w.count()
            )
            texts += [w.itemText(i) for i in range(count)]
        elif isinstance(w, QComboBox):
            texts.append(w.itemText(0))
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QMenu):
            texts.append(w.title())
            texts += [a.text() for a in w.actions() if not a.isSeparator()]
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            for col in range(model.columnCount(QModelIndex())):
                header = model.headerData(col, Qt.Orientation.Horizontal)
                if header:
                    texts.append(str(header))
    for action in root.actions():  # QWidget.actions()
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return [t for t in texts if t and any(ch.isalpha() for ch in t)]


def walk_all(w: MainWindow) -> set[str]:
    settle(w)
    w.filter_bar.set_value("tag", "x")  # so that a chip is shown
    settle(w)
    prefs = PreferencesDialog(w.settings, w)
    texts = set(visible_texts(w)) | set(visible_texts(prefs)) | set(visible_texts(w.palette_dialog))
    w.show_shortcuts()
    texts |= set(visible_texts(w.shortcuts_dialog))
    for menu in w.menus.values():
        texts |= set(visible_texts(menu))
    w.filter_bar._build_more_menu()
    w.filter_bar._build_views_menu()
    texts |= set(visible_texts(w.filter_bar.more_menu)) | set(
        visible_texts(w.filter_bar.views_menu)
    )
    prefs.deleteLater()
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_no_english_left_in_the_window(controller: Controller, lang: str) -> None:
    english = walk_all(controller.open_window(restore=False))
    assert "New note" in english and "More filters" in english
    other = controller.set_language(lang)
    assert other is not None
    translated = walk_all(other)
    left = sorted(
        t
        for t in translated & english
        if t not in SAME_IN[lang] and t not in LANGUAGE_NAMES and not t.startswith("Beperkte")
    )
    assert left == [], f"untranslated in {lang}: {left}"


def test_language_defaults_to_system_or_english() -> None:
    assert i18n.resolve("fr") == "fr"
    assert i18n.resolve("system") in ("en", "nl", "fr")
    assert i18n.resolve("de") in ("en", "nl", "fr")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the desktop's locale there")
def test_system_language_follows_the_locale_as_it_is_now(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's system locale keeps what it read first: after a test under LANGUAGE=fr every
    later window set to "as the system" spoke French (stop 26's red run, export dialogs)."""
    monkeypatch.setenv("LANGUAGE", "fr")
    assert i18n.resolve("system") == "fr"
    monkeypatch.setenv("LANGUAGE", "nl_BE:fr")
    assert i18n.resolve("system") == "nl"
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.resolve("system") == "en"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.resolve("system") == "en"
    monkeypatch.setenv("LC_ALL", "fr_LU.UTF-8")
    assert i18n.resolve("system") == "fr"


@pytest.mark.parametrize(
    ("lang", "look_in", "file_type", "cancel", "undo"),
    [
        ("nl", "&Zoeken in:", "Bestanden van &type:", "Annuleren", "&Ongedaan maken\tCtrl+Z"),
        ("fr", "&Voir dans\u00a0:", "Fichiers de &type\u00a0:", "Annuler", "&Annuler\tCtrl+Z"),
        ("en", "&Look in:", "Files of &type:", "Cancel", "&Undo\tCtrl+Z"),
    ],
)
def test_qts_own_dialogs_and_menus_speak_the_interface_language(
    controller: Controller, lang: str, look_in: str, file_type: str, cancel: str, undo: str
) -> None:
    """Trial 16: in Dutch and French, File > Import showed "Look in:" and "Files of type:"
    (Qt's catalogues lack Qt 6's new source texts); switching back gives English again."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

    controller.open_window(restore=False)
    window = controller.set_language("fr" if lang != "fr" else "nl")  # switched from another
    window = controller.set_language(lang)
    assert window is not None
    seen: dict[str, list[str]] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog), dialog
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["buttons"] = [button.text() for button in dialog.findChildren(QPushButton)]
        dialog.reject()

    QTimer.singleShot(0, look)
    window.import_document()  # File > Import: a modal Qt file dialog until look() closes it
    assert look_in in seen["labels"] and file_type in seen["labels"], seen
    assert cancel in seen["buttons"], seen
    menu = QLineEdit(window).createStandardContextMenu()
    assert undo in [action.text() for action in menu.actions()]
    menu.deleteLater()

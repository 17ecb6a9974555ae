"""Every placeholder and label of the main window is whole at 1280x720 in nl, fr and en
(seventh delegate re-check: the Dutch placeholder "Wie thuis nog geraadpleegd moet w…" of the
notes pane was cut at 1280 pixels).

The window is opened at 1280x720 offscreen with a note shown, so the note editor's fields are
laid out; each visible line field's placeholder must fit inside its text area, each visible
one-line label inside its width (a label that wraps or elides on purpose is left out).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QStyleOptionFrame, QWidget
from ui_support import new_meeting, open_meetings, press, settle, wait_for

from bnldesk.services import annotations as svc
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.meetings.features import ShareDialog
from bnldesk.ui.widgets.elided_label import ElidedLabel


def _text_room(edit: QLineEdit) -> int:
    """The pixels a line field has for its text: its contents rectangle less its margins."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return rect.width() - margins.left() - margins.right() - 4  # Qt's own 2 px each side


def cut_placeholders(top: QWidget) -> list[str]:
    """The placeholders of ``top``'s visible line fields that do not fit, with their room."""
    cut = []
    for edit in top.findChildren(QLineEdit):
        text = edit.placeholderText()
        if not text or not edit.isVisibleTo(top) or edit.text():
            continue
        # A tenth to spare: a delegate's desktop font may be wider than the test's.
        needed = edit.fontMetrics().horizontalAdvance(text) * 11 // 10
        if needed > _text_room(edit):
            cut.append(f"{text!r} needs {needed} px, has {_text_room(edit)}")
    return cut


def cut_labels(top: QWidget) -> list[str]:
    """``top``'s visible one-line labels narrower than their text."""
    cut = []
    for label in top.findChildren(QLabel):
        if not label.isVisibleTo(top) or label.wordWrap() or not label.text().strip():
            continue
        if isinstance(label, ElidedLabel):  # elides on purpose, whole in its tooltip
            continue
        if label.sizeHint().width() > label.width() + 1:
            cut.append(f"{label.text()!r}: {label.width()} of {label.sizeHint().width()} px")
    return cut


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_placeholders_and_labels_are_whole_at_1280x720(
    controller: Any, settings: Any, store: Store, qtbot: Any, language: str
) -> None:
    with store.transaction() as session:
        target = svc.resolve_target(session, "SENN-CRISE")
        note_id = svc.add_annotation(session, target, svc.NoteFields(body="")).id
    settings.set("prefs/language", language)
    controller.language = i18n.install(language)
    window = controller.open_window(restore=False)
    window.resize(1280, 720)
    window.show()
    window.show_note(note_id)
    settle(window)
    wait_for(qtbot, lambda: window.notes.current is not None, window)
    assert cut_placeholders(window) == []
    assert cut_labels(window) == []
    # The dialogs the window opens, as they open at 1280x720.
    window.show_object(*window.current)
    press(qtbot, window, "Ctrl+P")
    brief = window.brief_dialog
    wait_for(qtbot, brief.isVisible, window)
    assert (cut_placeholders(brief), cut_labels(brief)) == ([], [])
    brief.reject()
    press(qtbot, window, "Ctrl+Shift+E")
    excel = window.excel_dialog
    wait_for(qtbot, excel.isVisible, window)
    assert (cut_placeholders(excel), cut_labels(excel)) == ([], [])
    excel.reject()
    share = ShareDialog(window.settings, window)
    share.show()
    assert (cut_placeholders(share), cut_labels(share)) == ([], [])
    share.reject()
    meetings = open_meetings(qtbot, window)
    new_meeting(qtbot, window, meetings, workgroup="SENN-CRISE")
    top = meetings.window()
    assert (cut_placeholders(top), cut_labels(top)) == ([], [])

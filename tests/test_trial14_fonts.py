"""Emoji and other scripts the bundled fonts cover are drawn in the window, not as an empty
box (trial 14: "👍" in the note list and the editor on a laptop without an emoji font, while
the brief, which embeds the bundled fonts, showed it)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from bnldesk.ui.browse.window import MainWindow

NOT_A_CHARACTER = "\U0010fffd"  # no font has it: drawn as the .notdef box


def _drawn(make: Any, text: str) -> QImage:
    widget: QWidget = make(text)
    widget.resize(120, 48)
    return widget.grab().toImage()


@pytest.mark.parametrize("text", ["👍", "✅", "☺"])
def test_an_emoji_is_drawn_as_itself_in_labels_editors_and_the_notes(
    window: MainWindow, text: str
) -> None:
    makers = {
        "label": QLabel,
        "editor": QPlainTextEdit,
        # The note editor's own field, with whatever font the window gave it.
        "note body": lambda content: _with_text(window.notes.body, content),
    }
    for name, make in makers.items():
        box = _drawn(make, NOT_A_CHARACTER)
        blank = _drawn(make, "")
        drawn = _drawn(make, text)
        assert box != blank, name  # the box is drawn at all: the comparison means something
        assert drawn != box, f"{text} drawn as an empty box in the {name}"


def _with_text(widget: QPlainTextEdit, text: str) -> QPlainTextEdit:
    copy = QPlainTextEdit()
    copy.setFont(widget.font())
    copy.setPlainText(text)
    return copy

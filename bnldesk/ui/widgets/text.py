"""The text of a multi-line field exactly as typed.

``QPlainTextEdit.toPlainText()`` turns no-break spaces into plain spaces, and a French keyboard
types a no-break space before ":" and "?": the stored text was not what the delegate wrote.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

PARAGRAPH_SEPARATOR = "\u2029"  # what QTextDocument stores between lines


def typed_text(edit: QPlainTextEdit) -> str:
    """The field's text with every character as typed (lines joined by "\\n")."""
    return edit.document().toRawText().replace(PARAGRAPH_SEPARATOR, "\n")

"""The text of a multi-line field exactly as typed, and user text shown as typed in a tooltip.

``QPlainTextEdit.toPlainText()`` turns no-break spaces into plain spaces, and a French keyboard
types a no-break space before ":" and "?": the stored text was not what the delegate wrote.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QPlainTextEdit

PARAGRAPH_SEPARATOR = "\u2029"  # what QTextDocument stores between lines


def typed_text(edit: QPlainTextEdit) -> str:
    """The field's text with every character as typed (lines joined by "\\n")."""
    return edit.document().toRawText().replace(PARAGRAPH_SEPARATOR, "\n")


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip shows it, character for character: Qt renders a tooltip that
    looks like HTML ("<b>" in a delegate's title) as HTML, so such a text is escaped into
    HTML that shows it as typed, line breaks kept; any other text is returned as it is."""
    if not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"

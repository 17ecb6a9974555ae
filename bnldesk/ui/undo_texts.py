"""Edit > Undo texts that follow the interface language.

A ``QUndoCommand`` keeps the text it was given, so after a language switch the Edit menu said
"Change visibility ongedaan maken" (an English step inside Dutch) or "Annuler : Actiepunt
bewerken". Commands made from :class:`TranslatedCommand` keep how to say their text instead,
and :func:`retranslate_undo_stack` says it again in the new language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

UndoText = Callable[[], str]


class TranslatedCommand(QUndoCommand):
    """An undoable step whose text is ``text()``, made again at each language switch (pass
    a function calling ``tr``, never a translated string)."""

    def __init__(self, text: UndoText) -> None:
        super().__init__(text())
        self._text = text

    def retranslate(self) -> None:
        self.setText(self._text())


def retranslate_undo_stack(stack: QUndoStack) -> None:
    """Say every step of ``stack`` again in the interface language now installed."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, TranslatedCommand):
            command.retranslate()

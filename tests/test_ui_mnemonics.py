"""Every menu's Alt letters are unique, in every interface language (eighth delegate trial:
File > Preferences and Pair laptops both took P in English, Share notes and Check database
both d in Dutch; a delegate pressing Alt+F, P reached the first and never the second). The
window is the real one, offscreen, switched through the languages as Preferences does."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

_MNEMONIC = re.compile(r"&([^&\s])")


def _clashes(actions: list[QAction]) -> dict[str, list[str]]:
    """Letter: the texts that use it, for letters more than one text uses; texts without a
    letter under "none"."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for action in actions:
        if action.isSeparator() or not action.isVisible() or not action.text():
            continue
        found = _MNEMONIC.search(action.text())
        by_letter[found.group(1).casefold() if found else "none"].append(action.text())
    return {
        letter: texts for letter, texts in by_letter.items() if len(texts) > 1 or letter == "none"
    }


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_no_two_entries_of_a_menu_share_an_alt_letter(controller: Any, language: str) -> None:
    window = controller.open_window(restore=False)
    if language != "en":
        window = controller.set_language(language)
    bar = window.findChild(QMenuBar)
    assert bar is not None
    found = {"menu bar": _clashes(bar.actions())}
    for entry in bar.actions():
        menu = entry.menu()
        if isinstance(menu, QMenu):
            found[entry.text()] = _clashes(menu.actions())
    assert {where: clash for where, clash in found.items() if clash} == {}

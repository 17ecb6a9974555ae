"""Each language's quotation marks are one style (stop 29).

Some 40 Dutch translations put a quoted word between English “…” or '…' where the rest of the
Dutch window writes „…”, and a few French ones wrote « … » with plain spaces (the line breaks
between the guillemet and the word) where the rest writes no-break spaces. The catalogues as
shipped, and the window's search line in Dutch and French, offscreen, typed by keys.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from test_ui_trial_search import search
from ui_support import activate

from bnldesk.ui.browse.window import MainWindow

CATALOGUES = Path(__file__).resolve().parents[1] / "resources" / "translations"
# A quote of a word or a placeholder in the English manner: “…”, '…' or "…".
ENGLISH_QUOTES = re.compile(r"“|(?:^|(?<=[\s(:]))(['\"])[^'\"\n]{1,80}\1(?=[\s.,;:)?!]|$)")


def _translations(language: str) -> list[tuple[str, str]]:
    """(source, translation) of every message in use, each plural form apart."""
    found = []
    for message in ET.parse(CATALOGUES / f"bnldesk_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        source = message.findtext("source") or ""
        found += [(source, text) for text in forms or [translation.text or ""]]
    return found


def test_dutch_quotes_are_low_high_everywhere() -> None:
    wrong = [
        text
        for source, text in _translations("nl")
        if "NEAR(" not in source  # the search help: straight quotes are what one types
        and ENGLISH_QUOTES.search(text)
    ]
    assert wrong == []


def test_french_guillemets_hold_no_break_spaces() -> None:
    wrong = [
        text
        for _source, text in _translations("fr")
        if re.search(r"«(?!\u00a0)|(?<!\u00a0)»", text)
    ]
    assert wrong == []


@pytest.mark.parametrize(("language", "quoted"), [("nl", "„zzxqv”"), ("fr", "«\u00a0zzxqv\u00a0»")])
def test_the_search_line_quotes_the_query_in_the_windows_style(
    window: MainWindow, qtbot: Any, language: str, quoted: str
) -> None:
    from bnldesk.ui import i18n

    i18n.install(language)
    try:
        activate(qtbot, window)
        search(qtbot, window, "zzxqv")
    finally:
        i18n.install("en")
    # As written (shown as plain text, Qt turns a no-break space into a space).
    line = window.results_label.text().replace("&nbsp;", "\u00a0").replace("&#160;", "\u00a0")
    assert quoted in line, line

"""The window's translations read without Qt (bnldesk.services.window_catalogue) say every
message as Qt says it in the window: the command line's Dutch and French errors and sheet
previews are the window's very words (until stop 28 it made a Qt application for them).

Each message of each .ts source, with its plural forms at 0, 1, 2 and 5, is looked up through
the window's installed translators (bnldesk.ui.i18n) and through the catalogue read from the
same compiled .qm file."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest

from bnldesk.paths import resource_path
from bnldesk.services.error_words import RECORD_FIELDS, error_text
from bnldesk.services.window_catalogue import CatalogueError, catalogue, read_messages
from bnldesk.store.errors import DatabaseFolderMissingError


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_message_reads_as_in_the_window(qapp: Any, language: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from bnldesk.ui import i18n

    source = resource_path("translations", f"bnldesk_{language}.ts")
    read = catalogue(language)
    before = i18n.current()
    i18n.install(language)
    try:
        compared, differing = 0, []
        for context in ET.parse(source).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                text = message.findtext("source") or ""
                comment = message.findtext("comment")
                counts = (0, 1, 2, 5) if message.get("numerus") == "yes" else (-1,)
                for n in counts:
                    compared += 1
                    window = QCoreApplication.translate(name, text, comment, n)
                    if read.translate(name, text, comment, n) != window:
                        differing.append((name, text, n, window))
    finally:
        i18n.install(before)
    assert compared > (250 if language == "en" else 1400)
    assert differing == []


def test_the_command_lines_error_is_the_windows(qapp: Any) -> None:
    from bnldesk.ui import error_texts, i18n

    fault = DatabaseFolderMissingError("/nowhere/x.db")
    before = i18n.current()
    try:
        for language in ("nl", "fr"):
            i18n.install(language)
            said = error_text(fault, catalogue(language).translate)
            assert said == error_texts.error_text(fault) != str(fault)
    finally:
        i18n.install(before)
    assert catalogue("nl").translate("", RECORD_FIELDS["position_text"]) == "Ons standpunt"


def test_a_file_that_is_no_catalogue_is_refused() -> None:
    with pytest.raises(CatalogueError):
        read_messages(b"PK\x03\x04 not a qm file")
    assert catalogue("de").messages == {}  # no file: English, never an error

"""Wording the French window and the import review get right (trial 14, small irritants).

French typography: a no-break space before ":", ";", "?" and "!" in every French string the
window, the importer's review and the briefs and workbooks say ("ajouté :" broke at the end of a
line and read "Groupes de travail : 81" with an ordinary space). Import warnings are sentences
and start with a capital in every language ("tout le document : ...").
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bnldesk.domain.document import ImportWarning
from bnldesk.services.reports import labels
from bnldesk.ui import i18n
from bnldesk.ui.importing import texts
from bnldesk.ui.importing.warning_texts import KNOWN_CODES, warning_message, warning_row

FRENCH_TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "bnldesk_fr.ts"
NO_BREAK = ("\u00a0", "\u202f")
# A sign that needs the space before it: followed by a space, a line's end or the string's
# end (not "02:35", "https://", "%1:%2").
DOUBLE_SIGN = re.compile(r"[:;!?](?=\s|$)")


def missing_no_break_spaces(text: str) -> list[str]:
    """The places in ``text`` where a double sign lacks its no-break space before it."""
    return [
        text[max(found.start() - 12, 0) : found.end()]
        for found in DOUBLE_SIGN.finditer(text)
        if found.start() > 0 and text[found.start() - 1] not in NO_BREAK
    ]


def french_catalogue() -> Iterator[str]:
    """Every French translation in the Qt catalogue, plural forms one by one (vanished ones
    too: a string comes back with its old translation)."""
    for translation in ET.parse(FRENCH_TS).getroot().iter("translation"):
        forms = list(translation.iter("numerusform"))
        yield from [form.text or "" for form in forms] or [translation.text or ""]


def test_the_checker_finds_an_ordinary_space_and_a_missing_one() -> None:
    assert missing_no_break_spaces("Groupes de travail : 81") == [" de travail :"]
    assert missing_no_break_spaces("Ajouté: %1 ; encore ?")
    assert not missing_no_break_spaces("Ajouté\u00a0: %1 à 02:35, https://x\u202f?")


def test_every_french_translation_has_its_no_break_spaces() -> None:
    texts_seen = list(french_catalogue())
    assert len(texts_seen) > 1000
    wrong = {text: missing for text in texts_seen if (missing := missing_no_break_spaces(text))}
    assert not wrong, f"{len(wrong)} French translations: {list(wrong.items())[:5]}"


def test_french_tables_outside_the_catalogue_have_their_no_break_spaces() -> None:
    """The importer review's own table and the briefs' and workbooks' labels (no Qt)."""
    french = [words[2] for words in labels._LABELS.values()]
    french += [pair[1] for pair in texts._TEXTS.values()]
    assert len(french) > 100
    wrong = [text for text in french if missing_no_break_spaces(text)]
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_import_warnings_start_with_a_capital(language: str, qapp: object) -> None:
    i18n.install(language)
    try:
        for code in sorted(KNOWN_CODES):
            for page, line in ((0, 0), (0, 4), (2, 7)):
                warning = ImportWarning(
                    line, "english", page=page, doubt=True, code=code, values=(3, "2.1")
                )
                said = warning_message(warning)  # a number may lead ("3 follows the plan")
                assert not said[0].islower(), (language, code, said)
                row = warning_row(warning).removeprefix("⚠ ")
                assert row[0].isupper(), (language, code, row)
    finally:
        i18n.install("en")


@pytest.mark.parametrize(
    ("stored", "language", "offered"),
    [
        ("Beperkte verspreiding", "fr", "Diffusion restreinte"),
        ("BEPERKTE VERSPREIDING", "fr", "DIFFUSION RESTREINTE"),
        ("Diffusion restreinte", "nl", "Beperkte verspreiding"),
        ("Limited distribution", "en", "Limited distribution"),
        ("Intern – niet verspreiden", "fr", "Intern – niet verspreiden"),  # typed: as it is
    ],
)
def test_the_brief_offers_the_standard_marking_in_the_interface_language(
    settings: Any, stored: str, language: str, offered: str
) -> None:
    """Trial 14: the French brief dialog offered "Beperkte verspreiding", chosen once in the
    Preferences (whose list put the Dutch marking first)."""
    from bnldesk.ui.exports.options import load_brief_options

    settings.set("prefs/marking", stored)
    settings.set("prefs/language", language)
    assert load_brief_options(settings).marking == offered


def test_the_file_dialog_names_types_in_the_interface_language(
    qapp: object, tmp_path: Path
) -> None:
    """Trial 14: the French file dialog's Type column read "plain text document" and
    "Microsoft Word Document" (the system's MIME names, in English)."""
    from PySide6.QtCore import QFileInfo

    from bnldesk.ui.widgets.file_dialogs import NameOnlyIconProvider

    i18n.install("fr")
    try:
        provider = NameOnlyIconProvider()
        said = {
            name: provider.type(QFileInfo(str(tmp_path / name)))
            for name in ("plan.docx", "plan.txt", "plan.pdf", "plan.md", "notes.xlsx", "b.db")
        }
        assert said == {
            "plan.docx": "Document Word",
            "plan.txt": "Fichier texte",
            "plan.pdf": "Document PDF",
            "plan.md": "Document Markdown",
            "notes.xlsx": "Classeur Excel",
            "b.db": "Base de données bnldesk",
        }
        assert provider.type(QFileInfo(str(tmp_path))) == "Dossier"
    finally:
        i18n.install("en")

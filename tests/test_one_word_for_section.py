"""One word for a plan's section in each language, as DOMAIN.md names it (trial 18: the French
window said "thème" in the import review, the detail and the sheet, but "Section" in the list,
Ctrl+K and the detail's heading)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from bnldesk.domain.value_words import LIST_KIND, TARGET_KIND

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
# The word French must not use for a section (DOMAIN.md: thème). Dutch says "onderdeel" and,
# for a project's theme, "thema": both are DOMAIN.md's words.
OTHER_WORD = re.compile(r"\bsections?\b", re.I)


def test_the_french_window_names_a_section_with_one_word() -> None:
    tree = ET.parse(TRANSLATIONS / "bnldesk_fr.ts")
    said = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        said.extend(text for text in forms or [translation.text or ""] if text)
    assert [text for text in said if OTHER_WORD.search(text)] == []


def test_the_kind_words_agree() -> None:
    assert TARGET_KIND["section"].fr == "Thème"
    assert LIST_KIND["sections"].fr == "Thèmes"
    assert TARGET_KIND["section"].nl == "Onderdeel"


def test_french_labels_put_a_no_break_space_before_the_colon(qapp: object) -> None:
    """Trial 18: "Groupes de travail: 81" after an export, "nom en français ajouté:" in the
    import review."""
    from bnldesk.store.structure import NamedWorkgroup
    from bnldesk.ui import i18n
    from bnldesk.ui.importing.review import _listed_names

    try:
        i18n.install("fr")
        assert i18n.labelled("Groupes de travail", "81") == "Groupes de travail\u00a0: 81"
        named = (NamedWorkgroup(1, "SENN-CRISE", "Groupe de travail Crises", "fr", "language", ""),)
        assert _listed_names(named).startswith("\u00a0: Groupe de travail Crises")
        i18n.install("nl")
        assert i18n.labelled("Werkgroepen", "81") == "Werkgroepen: 81"
    finally:
        i18n.install("en")

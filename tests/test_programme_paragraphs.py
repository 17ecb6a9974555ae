"""Programme text is shown in whole sentences (trial 13, t13_68: the 2013-2016 programme's
"3.1 Energie" read "… door de al" / "uitgebouwde energiemarkt …", a paragraph break in every
sentence, because the document set a blank line after each printed line)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from _seed_documents import SEEDS
from sqlalchemy import select, update
from ui_support import go_to, settle

from bnldesk.domain.models import Section
from bnldesk.domain.paragraphs import rejoin_paragraphs
from bnldesk.services.importer import import_file
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.browse.window import MainWindow

BROKEN = (
    "AMBITIE\n\nDe Benelux werkt aan de competitiviteit van de sector door de al\n\n"
    "uitgebouwde energiemarkt te verdiepen. Anderzijds wil de Benelux de\n\n"
    "betrouwbaarheid versterken:\n\n- slimme infrastructuur;\n\n- over de grenzen heen."
)


def test_the_seed_programmes_sentences_are_whole_after_import(tmp_path: Path) -> None:
    store = open_store(tmp_path / "plans.db", demo=False)
    try:
        import_file(store, SEEDS / "jaarplan-2013.txt")
        with store.read() as session:
            bodies = [b for b in session.scalars(select(Section.body)) if b and "uitgebouwde" in b]
    finally:
        store.close()
    assert bodies, "the 2013-2016 programme's Energie section"
    assert "door de al uitgebouwde energiemarkt" in bodies[0]
    assert bodies[0].startswith("AMBITIE\n\nDe Benelux")  # a heading stays its own paragraph


def test_breaks_inside_sentences_go_and_paragraph_ends_stay() -> None:
    assert rejoin_paragraphs(BROKEN) == (
        "AMBITIE\n\nDe Benelux werkt aan de competitiviteit van de sector door de al "
        "uitgebouwde energiemarkt te verdiepen. Anderzijds wil de Benelux de betrouwbaarheid "
        "versterken:\n\n- slimme infrastructuur;\n\n- over de grenzen heen."
    )
    assert rejoin_paragraphs("Eén zin.\n\nnog een") == "Eén zin.\n\nnog een"
    assert rejoin_paragraphs("geen\nblanco regel") == "geen\nblanco regel"


def test_a_section_stored_broken_before_shows_whole_sentences(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    with store.transaction() as session:  # a file imported before the fix
        section_id = session.scalars(select(Section.id).where(Section.number != "")).first()
        session.execute(update(Section).where(Section.id == section_id).values(body=BROKEN))
        title = session.scalar(select(Section.title).where(Section.id == section_id))
    assert title
    go_to(qtbot, window, title)
    settle(window)
    shown = window.detail.toPlainText()
    # One paragraph: no line break between the two halves of the sentence (soft wrapping is
    # not in the plain text).
    assert "door de al uitgebouwde energiemarkt" in shown, shown

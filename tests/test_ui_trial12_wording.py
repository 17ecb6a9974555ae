"""Trial 12's French wording (D8), checked where the delegate reads it, in French and Dutch:
the Conflicts window (what it says with no conflict left, and a Close button), the receive
preview, the workbook's workgroup status and the brief's private-notes warning and cover.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest
from export_helpers import fill_sample
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_support import WAIT_MS, activate, settle

from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.services.sync import Change, ReceiveReport
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.features import install_meeting_actions
from bnldesk.ui.sync_texts import receive_summary


@pytest.fixture(params=["fr", "nl"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Any:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_the_conflicts_window_claims_nothing_of_other_laptops_and_closes(
    window: MainWindow, qtbot: Any, language: str
) -> None:
    features = install_meeting_actions(window)
    view = features.show_conflicts()
    settle(window)
    tool = view.window()
    activate(qtbot, tool)
    assert view.empty.isVisible()
    said = view.empty.text()
    # "tous les ordinateurs concordent" / "alle laptops zijn het eens" was untrue right
    # after a resolve: the other laptop still holds its own version until notes are shared.
    assert {"fr": "cet ordinateur", "nl": "deze laptop"}[language] in said, said
    assert {"fr": "concordent", "nl": "eens"}[language] not in said
    box = view.findChild(QDialogButtonBox)
    assert box is not None
    close = box.button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible() and close.text().replace("&", "") in ("Fermer", "Sluiten")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tool.isVisible(), timeout=WAIT_MS)


def test_the_receive_preview_says_it_is_one(qapp: Any, language: str) -> None:
    report = ReceiveReport(
        author="Jan",
        changes=[Change("annotation", "conflict", "Standpunt crisisoefening")],
        dry_run=True,
    )
    summary = receive_summary(report)
    # Trial 17: "Ontvangen zou brengen — Conflicten …: 1" was no Dutch.
    expected = {
        "fr": "À la réception\u00a0: 1 conflit (les deux versions conservées).",
        "nl": "Bij ontvangst: 1 conflict (beide versies bewaard).",
    }
    assert summary.startswith(expected[language]), summary


def test_the_brief_names_itself_apart_from_the_notes_it_holds(
    empty_store: Store, tmp_path: Path
) -> None:
    fill_sample(empty_store)
    out = tmp_path / "fr.pdf"
    options = BriefOptions(language="fr", include_private=True)
    export_brief(empty_store, BriefSubject(workgroup="SENN-CRISE", plan_year=2013), options, out)
    reader = pypdf.PdfReader(str(out))
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Ce briefing contient 1 note marquée privée" in first, first
    assert "Cette note contient" not in first
    assert first.upper().count("BRIEFING DE RÉUNION") == 1, first  # the band, not again above
    assert "NOTE DE RÉUNION" not in first.upper()  # "note" is a delegate's note
    assert reader.metadata is not None
    assert str(reader.metadata.title).startswith("Briefing de réunion\u00a0: ")

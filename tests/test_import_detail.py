"""After importing a French plan into the Dutch demo database, the window agrees with itself.

File > Import of the French 2023 plan, by mouse; then Ctrl+K "SENN-CRISE": the navigator, the
scope label, the notes panel and the detail pane all name the workgroup one way: as the plans
in the interface language print it, else as the newest plan does (the French 2023 plan in an
English window; the rule of bnldesk.domain.workgroup_names). A 2023 section lists its items under the plan's own headings (flagship projects apart
from other projects) and does not claim "no further text" above them. Screenshots in en/nl/fr
go to a temporary folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _seed_documents import CASES
from PySide6.QtCore import Qt
from ui_support import WAIT_MS, press, settle, type_text, wait_for

from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.importing import ImportReviewDialog
from bnldesk.ui.widgets import file_dialogs

FRENCH = CASES / "docs" / "plan-annuel-2023-fr.md"
DUTCH = "Strategische werkgroep Crisisbeheersing"
FRENCH_NAME = "Groupe de travail stratégique Gestion des crises"


def _go_to(qtbot: Any, window: MainWindow, text: str) -> None:
    press(qtbot, window, "Ctrl+K")
    palette = window.palette_dialog
    palette.edit.setFocus()
    type_text(palette.edit, text)  # accents: QTest.keyClicks takes only ASCII
    wait_for(qtbot, lambda: palette.model.rowCount() > 0, window)
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    settle(window)


def _import_french(qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(FRENCH), ""))
    window.registry[ActionId.IMPORT].trigger()
    dialog = window.findChildren(ImportReviewDialog)[0]
    qtbot.waitUntil(dialog.isVisible, timeout=60_000)
    assert dialog.document.title == "Plan annuel 2023"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.reports), timeout=60_000)
    settle(window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # now "Close"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    settle(window)


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_after_a_french_import_the_window_names_workgroups_one_way(
    window: MainWindow,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    language: str,
) -> None:
    from bnldesk.ui import i18n

    i18n.install(language)
    try:
        _import_french(qtbot, window, monkeypatch)
        _go_to(qtbot, window, "SENN-CRISE")
        detail = window.detail.current()
        assert detail is not None
        name = DUTCH if language == "nl" else FRENCH_NAME
        assert detail.title == f"{name} (SENN-CRISE)"
        assert detail.years == (2013, 2023)
        assert name in str(window.workgroup_tree.currentIndex().data())
        assert name in window.scope_label.text()
        assert name in window.notes.title.text()
        assert window.grab().save(str(tmp_path / f"senn-crise-{language}.png"))

        _go_to(qtbot, window, "Mobilité, l'épine dorsale")
        detail = window.detail.current()
        assert detail is not None and detail.kind == "section", detail
        shown = window.detail.toPlainText()
        headings = {
            "en": ("Flagship projects", "Other projects"),
            "nl": ("Vlaggenschipprojecten", "Andere projecten"),
            "fr": ("Projets phares", "Autres projets"),
        }[language]
        flagship, other = (shown.index(heading) for heading in headings)
        assert flagship < shown.index("Mobilité durable") < other
        assert other < shown.index("Transport exceptionnel")
        assert "no further text" not in shown and "Objectives and projects" not in shown
        window.resize(1400, 800)
        assert window.detail.grab().save(str(tmp_path / f"section-{language}.png"))
    finally:
        i18n.install("en")


def test_the_2022_plan_names_no_workgroup_for_crisis_management(
    window: MainWindow, qtbot: Any
) -> None:
    """Why SENN-CRISE is not tied to "2.1.2 Crisisbeheersing" in 2022: the document names a
    workgroup (by code) for one section only, 5.1 (SENN-MELDKAMER). bnldesk invents no link,
    and the section's page says the plan is silent rather than showing nothing."""
    from _seed_documents import SEEDS

    from bnldesk.services.importer import parse_file

    plan = parse_file(SEEDS / "jaarplan-2022.md")
    named = {(s.number, g.code) for s in plan.iter_sections() for g in s.workgroups}
    assert named == {("5.1", "SENN-MELDKAMER")}
    assert "SENN-CRISE" not in (SEEDS / "jaarplan-2022.md").read_text(encoding="utf-8")

    _go_to(qtbot, window, "2.1.2")
    detail = window.detail.current()
    assert detail is not None and detail.kind == "section" and "2.1.2" in detail.title, detail
    assert "The plan names no workgroup for this section." in window.detail.toPlainText()


def test_a_plan_loaded_without_its_items_says_so_where_the_plan_has_text(
    qtbot: Any, window: MainWindow
) -> None:
    """The demo's 2013 plan carries its structure only (its items are whole sentences of the
    plan's text). Its section 5.2 said "The plan gives no further text for this object", and a
    delegate concluded the plan says nothing about SENN-CRISE (fourth delegate trial)."""
    _go_to(qtbot, window, "Rampenbestrijding")
    detail = window.detail.current()
    assert detail is not None and detail.kind == "section", detail
    shown = " ".join(window.detail.toPlainText().split())
    assert "This plan was loaded without its objectives and projects" in shown
    assert "File > Import document..." in shown
    assert "no further text" not in shown


def test_an_empty_section_of_a_plan_with_items_gives_no_further_text(empty_store: Any) -> None:
    from sqlalchemy import select

    from bnldesk.domain.document import DocChapter, DocItem, DocSection, PlanDocument
    from bnldesk.domain.models import ItemKind, Section
    from bnldesk.store.object_detail import object_detail
    from bnldesk.store.structure import write_document

    plan = PlanDocument(
        kind="plan",
        title="Jaarplan 2031",
        year=2031,
        chapters=[
            DocChapter(
                "1",
                "Veiligheid",
                sections=[
                    DocSection("1.1", "Oefeningen", items=[DocItem(ItemKind.NEW, "Oefening")]),
                    DocSection("1.2", "Leeg"),
                ],
            )
        ],
    )
    bare = PlanDocument(
        kind="plan",
        title="Jaarplan 2032",
        year=2032,
        chapters=[DocChapter("1", "Veiligheid", sections=[DocSection("1.2", "Leeg")])],
    )
    with empty_store.transaction() as s:
        write_document(s, plan)
        write_document(s, bare)
    with empty_store.read() as s:
        empty = [
            object_detail(s, "section", section_id)
            for section_id in s.scalars(select(Section.id).where(Section.title == "Leeg"))
        ]
    flags = sorted((d.crumbs[0].label, d.plan_without_items) for d in empty if d)
    assert [flag for _, flag in flags] == [False, True]  # 2031 has items, 2032 none

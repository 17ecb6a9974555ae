"""The list's columns at 1366x768 and 1280x720 in every language (trial 12, D7: in French the
notes list read "Groupe d…" and "Actio", its last column pushed out of sight by fixed widths
of the short columns): the short columns are as wide as their values or titles, the text
columns share the rest, every title is whole, and a cut text is whole in its tooltip.

The real window offscreen, in the language chosen in the preferences.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from ui_support import WAIT_MS, activate, settle

from bnldesk.services.annotations import NoteFields, add_action, add_annotation, resolve_target
from bnldesk.store.engine import Store


def _as_a_tooltip_shows(tip: str) -> str:
    """The text a tooltip shows: Qt renders it as HTML when it looks like HTML."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocumentFragment

    if GuiQt.mightBeRichText(tip):
        return QTextDocumentFragment.fromHtml(tip).toPlainText()
    return tip


TAGS = ["coopération transfrontalière", "te-bespreken", "سياسة"]


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1264, 650)])
def test_the_notes_list_fits_its_pane_with_every_title_whole(
    store: Store, settings: Any, qtbot: Any, language: str, size: tuple[int, int]
) -> None:
    from bnldesk.ui import i18n
    from bnldesk.ui.app import Controller

    with store.transaction() as s:
        note = add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="Réserve sur le calendrier 😀 " * 5, tags=TAGS, status="in_progress"),
        )
        add_action(s, note, "Consulter le SPF Intérieur", "Sophie", dt.date(2027, 1, 3))
    settings.set("prefs/language", language)
    controller = Controller(store, settings)
    try:
        window = controller.open_window(restore=False)
        window.resize(*size)
        activate(qtbot, window)
        settle(window)
        window.central.set_mode("notes")
        settle(window)
        QApplication.processEvents()
        table, model = window.table, window.list_model
        header = table.horizontalHeader()
        widths = [header.sectionSize(column) for column in range(model.columnCount())]
        # Nothing out of sight to the right: no horizontal scrolling.
        assert sum(widths) <= table.viewport().width(), (widths, table.viewport().width())
        assert table.horizontalScrollBar().maximum() == 0
        bold = QFont(header.font())
        bold.setBold(True)
        for column, width in enumerate(widths):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            assert QFontMetrics(bold).horizontalAdvance(title) < width, (title, width)
        # The short columns show their value whole; the long ones give it in the tooltip.
        metrics = table.fontMetrics()
        for column in range(model.columnCount()):
            key = model.columns[column].key
            shown = str(model.data(model.index(0, column)) or "")
            if key in ("updated", "status", "priority", "open_actions"):
                assert metrics.horizontalAdvance(shown) + 8 <= widths[column], (key, shown)
            elif key in ("target", "body", "tags"):
                tip = str(model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole))
                assert " ".join(shown.split())[:20] in " ".join(tip.split()), (key, tip)
        tags_column = [column.key for column in model.columns].index("tags")
        tip = str(model.data(model.index(0, tags_column), Qt.ItemDataRole.ToolTipRole))
        assert all(tag in tip for tag in TAGS), tip
    finally:
        controller.shutdown()
        i18n.install("en")


def test_the_import_reviews_cut_titles_are_whole_in_their_tooltips(qtbot: Any) -> None:
    """A title too long for the review's tree at 1366x768 ("…information à la populat…"):
    its tooltip gives it whole, above the start of the item's text; a section's, a workgroup's
    name and code too."""
    from PySide6.QtWidgets import QTreeView

    from bnldesk.domain.document import DocChapter, DocItem, DocSection, DocWorkgroup, PlanDocument
    from bnldesk.domain.models import ItemKind
    from bnldesk.ui.importing.tree_model import DocumentTreeModel

    long_title = (
        "Renforcement de la coopération transfrontalière en matière d'information à la "
        "population lors de crises et de catastrophes"
    )
    document = PlanDocument("plan", "Plan annuel 2023", year=2023)
    chapter = DocChapter("2", "Sécurité et intérieur")
    section = DocSection("2.1", "Gestion des crises et des catastrophes transfrontalières")
    section.items = [DocItem(ItemKind.ONGOING, long_title, body="Le projet vise à <b>& informer.")]
    section.workgroups = [DocWorkgroup("Groupe de travail stratégique Gestion des crises", "SENN")]
    chapter.sections.append(section)
    document.chapters.append(chapter)
    model = DocumentTreeModel(document)
    view = QTreeView()
    view.setModel(model)
    view.resize(420, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view, timeout=WAIT_MS)
    view.expandAll()

    def rows(parent: Any) -> list[Any]:
        found = []
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found += [index, *rows(index)]
        return found

    tips = {
        str(model.data(index)): str(model.data(index, Qt.ItemDataRole.ToolTipRole))
        for index in rows(model.index(-1, -1))
    }
    item_tip = next(tip for text, tip in tips.items() if long_title in text)
    # Shown as typed: the "<b>" in the text is escaped, not made bold.
    shown = _as_a_tooltip_shows(item_tip)
    assert shown.startswith(long_title) and "<b>& informer." in shown, item_tip
    section_tip = next(tip for text, tip in tips.items() if "Gestion des crises et des" in text)
    assert "Gestion des crises et des catastrophes transfrontalières" in section_tip
    group_tip = next(tip for text, tip in tips.items() if "stratégique" in text)
    # A title that starts like HTML is shown as typed too.
    section.title = "<b>Gestion</b> & crises"
    model = DocumentTreeModel(document)
    index = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
    while index.isValid() and "Gestion" not in str(model.data(index)):
        index = model.index(0, 0, index)
    tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole))
    assert _as_a_tooltip_shows(tip) == str(model.data(index)), tip
    assert "Groupe de travail stratégique Gestion des crises" in group_tip

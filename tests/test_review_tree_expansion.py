"""The review window's tree is expanded a slice at a time, never all at once on the GUI thread
(issue 15: ``expandAll`` over a 60-page plan's 7,212 rows held the window 170-330 ms).

What is asserted is the structure, never a time: nothing is expanded before the event loop
turns; with the slice made as small as it can be, one turn expands one row, parents before
their children; in the end every row with rows below it is expanded, as before; a model reset
meanwhile starts again on the new tree; and the review window says it is still busy (what tests
and the bench wait on) until its tree is complete.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTreeView
from ui_support import settle

from bnldesk.domain.document import DocChapter, DocItem, DocSection, DocWorkgroup, PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.importing import ImportReviewDialog, review, tree_expansion
from bnldesk.ui.importing.tree_expansion import SlicedExpansion
from bnldesk.ui.importing.tree_model import DocumentTreeModel, PreparedTree, prepare_tree

WAIT_MS = 60_000


def _long_plan(chapters: int = 4, sections: int = 30, items: int = 12) -> PlanDocument:
    document = PlanDocument("plan", "Jaarplan 2031", year=2031)
    for c in range(1, chapters + 1):
        chapter = DocChapter(str(c), f"Hoofdstuk {c}")
        for s in range(1, sections + 1):
            section = DocSection(f"{c}.{s}", f"Sectie {c}.{s}")
            section.items = [
                DocItem(ItemKind.ONGOING, f"Project {c}.{s}.{i}") for i in range(items)
            ]
            section.workgroups = [DocWorkgroup(f"Werkgroep {c}.{s}", f"WG-{c}-{s}")]
            chapter.sections.append(section)
        document.chapters.append(chapter)
    return document


def _all_parents(model: DocumentTreeModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    """Every row with rows below it, walked through the model's own Qt interface."""
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if model.rowCount(index):
            found.append(index)
            found += _all_parents(model, index)
    return found


@pytest.fixture
def tree(qtbot: Any) -> tuple[QTreeView, DocumentTreeModel]:
    model = DocumentTreeModel(_long_plan())
    view = QTreeView()
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.resize(500, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def test_rows_are_expanded_one_slice_at_a_time_parents_first(
    tree: tuple[QTreeView, DocumentTreeModel], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, model = tree
    monkeypatch.setattr(tree_expansion, "SLICE_SECONDS", 0.0)  # one row a slice
    order: list[tuple[int, int]] = []
    view.expanded.connect(
        lambda index: order.append((index.internalId(), index.parent().internalId()))
    )
    expansion = SlicedExpansion(view)
    parents = _all_parents(model)
    assert len(parents) == 4 + 4 * 30 * 2  # chapters, sections, their "Workgroups" rows
    expansion.start(model.parent_indexes())
    assert expansion.is_running()
    assert not any(view.isExpanded(index) for index in parents)  # nothing before the loop turns
    QApplication.processEvents()
    assert len(order) == 1
    assert view.isExpanded(parents[0]) and not view.isExpanded(parents[-1])
    qtbot.waitUntil(lambda: not expansion.is_running(), timeout=WAIT_MS)
    assert all(view.isExpanded(index) for index in parents)
    seen: set[int] = set()
    for node, parent in order:
        assert parent in seen or parent == 0  # a row is expanded after the row above it
        seen.add(node)
    # Items never have rows below them: the view is told so and never asks.
    item = model.index(0, 0, parents[1])
    assert model.flags(item) & Qt.ItemFlag.ItemNeverHasChildren
    assert not model.flags(parents[1]) & Qt.ItemFlag.ItemNeverHasChildren


def test_a_reset_meanwhile_starts_again_on_the_new_tree(
    tree: tuple[QTreeView, DocumentTreeModel], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, model = tree
    monkeypatch.setattr(tree_expansion, "SLICE_SECONDS", 0.0)
    expansion = SlicedExpansion(view)
    expansion.start(model.parent_indexes())
    QApplication.processEvents()
    model.set_document(_long_plan(chapters=2, sections=5, items=3))
    expansion.start(model.parent_indexes())
    qtbot.waitUntil(lambda: not expansion.is_running(), timeout=WAIT_MS)
    parents = _all_parents(model)
    assert len(parents) == 2 + 2 * 5 * 2
    assert all(view.isExpanded(index) for index in parents)


CITIES = ("Antwerpen", "Brugge", "Gent", "Luik", "Namen", "Utrecht", "Arnhem", "Maastricht")
REGIONS = ("noorden", "zuiden", "oosten", "westen")
MARKDOWN_PLAN = "# Jaarplan 2033\n\n" + "".join(
    f"# {c}. Hoofdstuk {c}\n\n"
    + "".join(
        f"## {c}.{s} Sectie {c} {s}\n\n"
        + "".join(
            f"### {word} rond {city} in het {region}\n\nDe diensten werken samen.\n\n"
            for word in ("GRENSCONTROLES", "OEFENING", "ENERGIE", "MOBILITEIT", "KLIMAAT")
        )
        for s, city in enumerate(CITIES, start=1)
    )
    for c, region in enumerate(REGIONS, start=1)
)


def test_the_review_window_is_busy_until_its_tree_is_complete(
    window: MainWindow, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tree_expansion, "SLICE_SECONDS", 0.0)
    path = tmp_path / "jaarplan-2033.md"
    path.write_text(MARKDOWN_PLAN, encoding="utf-8")
    expanded_all: list[bool] = []
    monkeypatch.setattr(QTreeView, "expandAll", lambda view: expanded_all.append(True))
    busy_when_shown: list[bool] = []
    show_document = ImportReviewDialog.show_document

    def showing(dialog: ImportReviewDialog, *args: Any, **kwargs: Any) -> None:
        show_document(dialog, *args, **kwargs)
        busy_when_shown.append(dialog.is_reading())

    monkeypatch.setattr(ImportReviewDialog, "show_document", showing)
    built_on: list[str] = []

    def prepare(document: PlanDocument) -> PreparedTree:
        built_on.append(threading.current_thread().name)
        return prepare_tree(document)

    monkeypatch.setattr(review, "prepare_tree", prepare)
    dialog = window.review_import(path)
    assert isinstance(dialog, ImportReviewDialog)
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=WAIT_MS)
    assert busy_when_shown == [True]  # read, and the tree still being expanded
    assert built_on == ["bnldesk-import-reader"]  # the rows built off the GUI thread
    settle(window)
    parents = _all_parents(dialog.model)
    assert len(parents) >= 4 + 4 * 8
    assert all(dialog.tree.isExpanded(index) for index in parents)
    assert expanded_all == []
    dialog.reject()

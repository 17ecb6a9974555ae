"""A search that reads only the hits a window shows at once (issue 15: a cold search within 3x
of unranked MATCH): the others come back ranked but unread and are read when shown, the same
hits in the same order as a search that reads them all. Real databases (a file and a server),
the bundled demo data; the window offscreen, driven by keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text
from ui_support import settle, wait_for

from bnldesk.domain.models import Annotation, PlanItem, Workgroup
from bnldesk.services.search import FIRST_SCREEN, Found, find, read_more
from bnldesk.store.browse import BrowseFilter
from bnldesk.store.engine import Store
from bnldesk.store.fts import KIND_CODES, KIND_SPAN
from bnldesk.store.search import SearchHit, Unread
from bnldesk.store.search_reader import reading
from bnldesk.ui.browse.models import IdRole, KindRole, SearchResultsModel
from bnldesk.ui.browse.window import MainWindow


def _listed(found: Found) -> list[tuple[str, int]]:
    read = [(hit.kind, hit.obj_id) for hit in found.hits]
    return read + [(hit.kind, hit.obj_id) for hit in found.unread]


@pytest.mark.both_backends
@pytest.mark.parametrize(
    ("typed", "within"),
    [
        ("politie", None),  # title hits (ranked) and the other matches
        ("b", None),  # a first keystroke: a prefix matching nearly everything
        ("-Brussel", None),  # no words: the newest rows that qualify
        ("samenwerking", BrowseFilter(plan_year=2022)),  # within a filter
    ],
)
def test_the_unread_hits_are_the_rest_of_the_same_search(
    store: Store, typed: str, within: BrowseFilter | None
) -> None:
    with reading(store) as reader:
        every = find(reader, typed, limit=60, within=within)
        first = find(reader, typed, limit=60, within=within, read=5)
        rest = read_more(reader, first, within=within)
    assert len(every.hits) > 5, "the demo data has more hits than the first screen"
    assert first.hits == every.hits[:5]
    assert [hit.text for hit in first.hits] == [hit.text for hit in every.hits[:5]]
    assert _listed(first) == [(hit.kind, hit.obj_id) for hit in every.hits]
    assert [hit.rank for hit in first.unread] == [hit.rank for hit in every.hits[5:]]
    # Read later, they are what the whole search read: titles, years, texts and ranks.
    assert rest == every.hits[5:]
    assert [(hit.text, hit.plan_year) for hit in rest] == [
        (hit.text, hit.plan_year) for hit in every.hits[5:]
    ]
    assert first.listed == len(every.hits) and first.total == every.total
    assert first.more == every.more


@pytest.mark.both_backends
def test_an_object_gone_before_its_hit_is_read_is_left_out(store: Store) -> None:
    with reading(store) as reader:
        first = find(reader, "politie", limit=60, read=2)
    gone = next(hit for hit in first.unread if hit.kind in {"item", "workgroup", "annotation"})
    table = {"item": PlanItem, "workgroup": Workgroup, "annotation": Annotation}[gone.kind]
    with store.transaction() as s:
        if gone.kind == "item":
            s.execute(text("DELETE FROM plan_item WHERE id = :id"), {"id": gone.obj_id})
        else:
            s.delete(s.get_one(table, gone.obj_id))
    with reading(store) as reader:
        rest = read_more(reader, first)
    read = [(hit.kind, hit.obj_id) for hit in rest]
    assert (gone.kind, gone.obj_id) not in read
    assert read == [(h.kind, h.obj_id) for h in first.unread if h != gone]
    with store.read() as s:
        for hit in rest:
            if hit.kind == "item":
                assert hit.title == s.get_one(PlanItem, hit.obj_id).title


def test_the_window_reads_the_rest_when_the_delegate_goes_to_the_end(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    box = window.search_box
    QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.search_done, timeout=20000):
        qtbot.keyClicks(box, "-Brussel")
    settle(window)
    model = window.results_model
    results = window.results
    assert model.rowCount() == 60  # the demo data: more matches than the list holds
    listed = [
        (str(model.index(row).data(KindRole)), int(model.index(row).data(IdRole)))
        for row in range(model.rowCount())
    ]
    # The search read the first screen only; what the list shows there is complete.
    assert all(model.hit(row) is not None for row in range(FIRST_SCREEN))
    assert all(model.hit(row).title for row in range(FIRST_SCREEN))
    # The rows below it are read when the list first shows one, not before.
    assert results.viewport().height() < results.visualRect(model.index(FIRST_SCREEN)).top()
    assert len(model.unread()) == 60 - FIRST_SCREEN
    QTest.keyClick(results, Qt.Key.Key_Home)
    QTest.keyClick(results, Qt.Key.Key_End)
    wait_for(qtbot, lambda: not model.unread(), window)
    assert results.currentIndex().row() == model.rowCount() - 1
    read = [(model.hit(row).kind, model.hit(row).obj_id) for row in range(model.rowCount())]
    assert read == listed
    with store.read() as s:
        notes = {row[0]: row[1] for row in s.execute(select(Annotation.id, Annotation.body))}
        items = {row[0]: row[1] for row in s.execute(select(PlanItem.id, PlanItem.title))}
    for row in range(FIRST_SCREEN, model.rowCount()):
        hit = model.hit(row)
        if hit.kind == "item":
            assert hit.title == items[hit.obj_id]
        if hit.kind == "annotation":
            assert (notes[hit.obj_id] or "").strip()[:20] in hit.text
        assert "Brussel" not in hit.text


def test_the_results_model_asks_once_for_the_unread_rows_and_drops_those_gone(
    qtmodeltester: object, qtbot: QtBot
) -> None:
    asked: list[int] = []
    model = SearchResultsModel()
    unread = [Unread(KIND_SPAN * KIND_CODES[kind] + obj_id, 0.0) for kind, obj_id in _UNREAD]
    model.set_hits(
        [SearchHit("item", 1, 2022, "Waterstof", "Waterstof in de haven", -2.0)],
        unread,
        lambda: asked.append(1),
    )
    assert model.rowCount() == 4
    assert model.target(2) == ("item", 7) and model.hit(2) is None
    assert model.row_of("annotation", 5) == 3
    assert asked == []
    assert model.index(1).data(KindRole) == "workgroup"
    assert model.index(2).data(IdRole) == 7
    qtbot.waitUntil(lambda: asked == [1], timeout=5000)  # asked after the paint, once only
    assert model.index(3).data(KindRole) == "annotation"
    QCoreApplication.processEvents()  # a second request would have run here
    assert asked == [1]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # Read: the workgroup is gone since the search; the others take their rows.
    model.fill(
        [
            SearchHit("item", 7, 2023, "Kernenergie", "Kernenergie en klimaat", -0.0),
            SearchHit("annotation", 5, None, "Noot", "Een notitie", -0.0),
        ]
    )
    assert model.rowCount() == 3 and model.unread() == ()
    assert [model.hit(row).title for row in range(3)] == ["Waterstof", "Kernenergie", "Noot"]
    assert "Kernenergie" in model.index(1).data(Qt.ItemDataRole.DisplayRole)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


_UNREAD = [("workgroup", 3), ("item", 7), ("annotation", 5)]

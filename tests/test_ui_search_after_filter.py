"""A search typed right after a filter change, while the worker is busy (issue 15): only the
latest search runs (each key's search replaces the one still queued), its hits come before
every match is counted, and they keep to the filter just set."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from test_search_within import add_notes
from ui_support import WAIT_MS, pick, settle, type_text

from bnldesk.store.engine import Store
from bnldesk.ui.browse import search_panel
from bnldesk.ui.browse.models import IdRole, KindRole
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.worker import Priority


def test_only_the_latest_search_runs_and_its_hits_come_before_the_count(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    add_notes(store)
    w.reload_all()
    settle(w)
    ran: list[str] = []
    shown: list[str] = []
    searching, counting = search_panel.search_job, search_panel.count_job

    def search_job(store: Store, typed: str, within: Any, language: str | None = None) -> Any:
        ran.append(f"search {typed}")
        return searching(store, typed, within, language)

    def count_job(store: Store, query: Any, within: Any) -> int:
        ran.append("count")
        return counting(store, query, within)

    monkeypatch.setattr(search_panel, "search_job", search_job)
    monkeypatch.setattr(search_panel, "count_job", count_job)
    w.search_done.connect(lambda _n: shown.append("hits"))
    w.search.counted.connect(lambda _n: shown.append("total"))

    # A slow read holds the worker (a long count, an unusual sort).
    gate, started = threading.Event(), threading.Event()

    def slow_read(_store: Store) -> None:
        started.set()
        gate.wait(10)

    w.worker.run(slow_read, priority=Priority.BACKGROUND)
    assert started.wait(10)
    kind = w.filter_bar.kind
    pick(qtbot, kind, kind.itemText(kind.findData("other")))
    w.search_box.setFocus()
    # Each key's search is due before the next key: "s", "sa", then a fresh start with "e".
    for key in ("s", "a", Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, "e"):
        if isinstance(key, str):
            type_text(w.search_box, key)
        else:
            qtbot.keyClick(w.search_box, key)
        qtbot.waitUntil(lambda: not w.search.timer.isActive(), timeout=WAIT_MS)
    gate.set()
    settle(w)

    # The searches for "s" and "sa" were replaced while they waited; the last one ran, then
    # its count (the hits show first).
    assert ran == ["search e", "count"]
    assert shown == ["hits", "total"]
    model = w.results_model
    hits = [
        (model.index(r).data(KindRole), model.index(r).data(IdRole))
        for r in range(model.rowCount())
    ]
    assert len(hits) == 60 < w.search.total
    assert w.results_label.text().startswith(f"{w.search.total:,} results for")
    with store.read() as s:
        items = [i for kind_, i in hits if kind_ == "item"]
        kinds = s.execute(
            text(
                f"SELECT DISTINCT kind, is_flagship FROM plan_item WHERE id IN ({','.join(map(str, items))})"
            )
        ).all()
    assert items and kinds == [("other", False)]
    assert {kind_ for kind_, _ in hits} <= {"item", "annotation"}

"""The Qt models, the database worker and the settings, without a main window."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from ui_support import WAIT_MS

from bnldesk.domain.models import TargetKind
from bnldesk.services.annotations import ActionFields, NoteFields, add_action, add_annotation
from bnldesk.services.annotations import target_of as describe
from bnldesk.store import browse
from bnldesk.store.engine import Store, StoreError
from bnldesk.store.search import HIT_END, HIT_START, SearchHit
from bnldesk.ui.browse.detail import highlight
from bnldesk.ui.browse.list_model import PAGE, LazyTableModel
from bnldesk.ui.browse.models import IdRole, KindRole, SearchResultsModel, highlight_html
from bnldesk.ui.browse.navigator_model import NavigatorModel
from bnldesk.ui.browse.sources import (
    WorkerListSource,
    plan_children,
    worker_children,
    workgroup_children,
)
from bnldesk.ui.notes.commands import ActionData, load_notes
from bnldesk.ui.notes.models import ActionsModel, NotesListModel
from bnldesk.ui.settings import Settings
from bnldesk.ui.worker import DbWorker, Priority


@pytest.fixture
def worker(qapp: QApplication, store: Store) -> Iterator[DbWorker]:
    w = DbWorker(store)
    yield w
    w.shutdown()


def test_worker_runs_in_order_off_the_gui_thread(worker: DbWorker) -> None:
    seen: list[tuple[int, bool]] = []
    gui = threading.get_ident()
    for n in range(5):
        worker.run(lambda _s, n=n: (n, threading.get_ident() != gui), lambda r: seen.append(r))
    assert worker.wait_idle(WAIT_MS)
    assert seen == [(n, True) for n in range(5)]


def test_worker_reports_errors_and_replaces_keyed_jobs(worker: DbWorker) -> None:
    errors: list[str] = []

    def boom(_store: Store) -> None:
        raise ValueError("kapot")

    worker.run(boom, lambda _r: None, lambda e: errors.append(str(e)))
    gate = threading.Event()
    worker.run(lambda _s: gate.wait(5))  # holds the thread so the next two queue up
    done: list[str] = []
    worker.run(lambda _s: "first", done.append, key="search")
    worker.run(lambda _s: "second", done.append, key="search")
    gate.set()
    assert worker.wait_idle(WAIT_MS)
    assert errors == ["kapot"]
    assert done == ["second"]
    assert worker.call(lambda s: s.path.name) == "bnldesk.db"


def test_navigator_on_the_worker_reads_the_plans(worker: DbWorker, qtmodeltester: object) -> None:
    model = NavigatorModel(worker_children(worker, plan_children))
    model.reload()
    assert worker.wait_idle(WAIT_MS)
    assert model.rowCount() >= 2
    # Expand everything two levels down so the tester sees a real tree.
    for row in range(model.rowCount()):
        idx = model.index(row, 0)
        model.fetchMore(idx)
        assert worker.wait_idle(WAIT_MS)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    kinds = {model.index(r, 0).data(KindRole) for r in range(model.rowCount())}
    assert kinds <= {"programme", "plan"}


def test_navigator_on_the_worker_reveals_a_deep_item(worker: DbWorker, store: Store) -> None:
    model = NavigatorModel(worker_children(worker, plan_children))
    model.reload()
    assert worker.wait_idle(WAIT_MS)
    with store.read() as s:
        item = browse.fetch_items(s, browse.BrowseFilter(plan_year=2022), limit=1)[0]
        path = browse.path_to(s, "item", item.id)
    found: list[QModelIndex] = []
    model.reveal([(k, i) for k, i, _t in path], found.append)
    assert worker.wait_idle(WAIT_MS)
    assert found and found[0].isValid()
    assert found[0].data(KindRole) == "item"
    assert found[0].data(IdRole) == item.id


def test_navigator_on_the_worker_reads_the_workgroups(
    worker: DbWorker, qtmodeltester: object
) -> None:
    model = NavigatorModel(worker_children(worker, workgroup_children))
    model.reload()
    assert worker.wait_idle(WAIT_MS)
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any(label.startswith("SENN-CRISE · ") for label in labels)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_list_on_the_worker_reads_pages_in_sql_order(
    store: Store, worker: DbWorker, qtmodeltester: object
) -> None:
    with store.transaction() as s:
        target = describe(s, TargetKind.WORKGROUP, 1)
        for n in range(PAGE + 30):
            add_annotation(s, target, NoteFields(body=f"nota {n}", tags=["reeks"]))
    model = LazyTableModel(WorkerListSource(worker, "list"), "notes")
    model.set_filter(browse.BrowseFilter(tag="reeks"))
    assert worker.wait_idle(WAIT_MS)
    # The whole length at once; the first page read, the second when it is looked at.
    assert model.total == model.rowCount() == PAGE + 30
    assert model.loaded_rows() == PAGE
    assert not model.canFetchMore(QModelIndex())
    last = model.rowCount() - 1
    assert model.row_data(last) is None
    arrived: list[tuple[int, int]] = []
    model.page_loaded.connect(lambda first, end: arrived.append((first, end)))
    assert model.index(last, 2).data() is None  # asks for the page of that row
    assert worker.wait_idle(WAIT_MS)
    assert arrived == [(PAGE, PAGE + 29)]
    # Newest first; notes saved in the same instant keep their order by id.
    assert model.index(last, 2).data() == "nota 0"
    assert model.index(0, 2).data() == f"nota {PAGE + 29}"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert worker.wait_idle(WAIT_MS)
    assert model.index(0, 2).data() == "nota 0"
    model.set_mode("items")
    assert worker.wait_idle(WAIT_MS)
    assert model.columnCount() == 6
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def hold(
    worker: DbWorker, gate: threading.Event, then: Callable[[], object] = lambda: None
) -> None:
    """Start a background job that holds the worker's thread until ``gate`` is set (the
    jobs queued meanwhile show the order the worker chooses)."""
    started = threading.Event()

    def job(_store: Store) -> None:
        started.set()
        if not gate.wait(10):
            raise TimeoutError("the test never opened the gate")
        then()

    worker.run(job, priority=Priority.BACKGROUND)
    if not started.wait(10):
        raise TimeoutError("the worker did not start the holding job")


def test_interactive_jobs_overtake_background_work_and_the_latest_wins(
    worker: DbWorker,
) -> None:
    ran: list[str] = []
    gate = threading.Event()
    hold(worker, gate, lambda: ran.append("running background"))
    # Queued while the background job holds the thread:
    worker.run(lambda _s: ran.append("change column"), priority=Priority.BACKGROUND)
    worker.run(lambda _s: ran.append("write"))  # ordered: nothing later overtakes it
    worker.run(lambda _s: ran.append("totals"), priority=Priority.BACKGROUND)
    for text in ("b", "be", "bel"):
        worker.run(
            lambda _s, t=text: ran.append(f"search {t}"),
            key="search",
            priority=Priority.INTERACTIVE,
        )
    worker.run(lambda _s: ran.append("list page"), key="list", priority=Priority.INTERACTIVE)
    gate.set()
    assert worker.wait_idle(WAIT_MS)
    assert ran == [
        "running background",
        "write",  # submitted before the searches: they may not overtake it
        "list page",  # the newest interactive job first
        "search bel",  # "b" and "be" were superseded before they ran
        "change column",
        "totals",
    ]


def test_interactive_jobs_submitted_before_a_write_run_before_it(worker: DbWorker) -> None:
    ran: list[str] = []
    gate = threading.Event()
    hold(worker, gate)
    worker.run(lambda _s: ran.append("slow count"), priority=Priority.BACKGROUND)
    worker.run(lambda _s: ran.append("search"), priority=Priority.INTERACTIVE)
    worker.run(lambda _s: ran.append("save note"))
    worker.run(lambda _s: ran.append("reload list"), priority=Priority.INTERACTIVE)
    gate.set()
    assert worker.wait_idle(WAIT_MS)
    assert ran == ["search", "save note", "reload list", "slow count"]


def test_worker_tells_user_errors_from_bugs(worker: DbWorker) -> None:
    shown: list[str] = []
    worker.failed.connect(shown.append)

    def locked(_store: Store) -> None:
        raise StoreError("bnldesk.db is in use by another program")

    def bug(_store: Store) -> None:
        raise KeyError("oops")

    worker.run(locked)
    worker.run(bug)
    assert worker.wait_idle(WAIT_MS)
    assert shown[0] == "bnldesk.db is in use by another program"
    assert shown[1].startswith("Internal error (KeyError)")
    assert "oops" not in shown[1]


def test_worker_never_swallows_system_exit(worker: DbWorker) -> None:
    after: list[str] = []
    exits: list[int] = []
    worker.exit_application = exits.append  # instead of ending the test's application
    gate = threading.Event()
    hold(worker, gate)

    def leave(_store: Store) -> None:
        raise SystemExit(3)

    worker.run(leave)
    worker.run(lambda _s: after.append("ran"))
    gate.set()
    assert worker.wait_idle(WAIT_MS)
    assert exits == [3]
    assert after == []  # the jobs queued behind it were dropped, not run

    def interrupted(_store: Store) -> None:
        raise KeyboardInterrupt

    worker.run(interrupted)
    assert worker.wait_idle(WAIT_MS)
    assert exits == [3, 130]


def test_search_results_model_escapes(qtmodeltester: object) -> None:
    model = SearchResultsModel()
    model.set_hits(
        [
            SearchHit(
                "annotation", 1, 2022, "<script>", f"a {HIT_START}efficiëntie{HIT_END} <b>", 1.0
            )
        ]
    )
    html = model.index(0).data(Qt.ItemDataRole.UserRole + 4)
    assert "&lt;script&gt;" in html
    assert "<b>efficiëntie</b> &lt;b&gt;" in html
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert highlight_html("<x>") == "&lt;x&gt;"


def test_detail_highlight_ignores_accents() -> None:
    out = highlight("Meer efficiëntie & <minder> kosten", ["efficientie"])
    assert "<b>efficiëntie</b>" in out
    assert "&amp; &lt;minder&gt;" in out


def test_notes_models(store: Store, qtmodeltester: object) -> None:
    with store.transaction() as s:
        target = describe(s, TargetKind.WORKGROUP, 1)
        note = add_annotation(s, target, NoteFields(body="Eerste", tags=["a"]))
        add_action(s, note, "Bellen", "Jan")
    notes = load_notes(store, target.kind.value, target.key)
    list_model = NotesListModel()
    list_model.set_notes(notes)
    qtmodeltester.check(list_model)  # type: ignore[attr-defined]
    assert "Eerste" in list_model.index(0).data()
    edits: list[tuple[int, ActionFields, ActionFields]] = []
    actions = ActionsModel(lambda i, b, a: edits.append((i, b, a)))
    actions.set_actions(notes[0].actions)
    qtmodeltester.check(actions)  # type: ignore[attr-defined]
    assert actions.setData(actions.index(0, 2), "2026-12-24")
    assert not actions.setData(actions.index(0, 2), "24/12/2026")  # not a date: refused
    assert edits[0][2].due_date is not None and edits[0][2].due_date.isoformat() == "2026-12-24"
    assert isinstance(actions.actions[0], ActionData)


def test_settings_are_declared_and_isolated(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    # Not chosen until the delegate chooses (trials 14 and 15: never Belgium by default).
    assert settings.get("prefs/delegation") == "" and not settings.delegation_chosen()
    assert settings.get("prefs/language") == "system"
    settings.set("prefs/marking", "Beperkte verspreiding")
    settings.set("prefs/delegation", "other")
    settings.set("prefs/delegation_other", "NRW")
    settings.sync()
    again = Settings(tmp_path / "s.ini")
    assert again.get("prefs/marking") == "Beperkte verspreiding"
    assert again.delegation() == "NRW"
    with pytest.raises(KeyError):
        settings.get("prefs/colour")
    with pytest.raises(KeyError):
        settings.set("nonsense", 1)
    with pytest.raises(ValueError):
        settings.set("prefs/language", "de")
    assert str(tmp_path) in again.file_name()


def test_browse_indexes_migrate_up_and_down(tmp_path: Path) -> None:
    """Migration 0004 (indexes for the window's filters) upgrades from 0003 and back."""
    from sqlalchemy import text

    from bnldesk.store import migrations
    from bnldesk.store.engine import make_engine

    def indexes(engine: object) -> set[str]:
        with engine.connect() as conn:  # type: ignore[attr-defined]
            rows = conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'annotation'"
                )
            )
            return {r[0] for r in rows}

    engine = make_engine(tmp_path / "m.db")
    migrations.upgrade(engine, "0003")
    assert "ix_annotation_live_target" not in indexes(engine)
    migrations.upgrade(engine)
    assert {"ix_annotation_live_target", "ix_annotation_live_year"} <= indexes(engine)
    with engine.connect() as conn:
        plan = conn.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT target_key FROM annotation WHERE target_kind = 'item' "
                "AND deleted_at IS NULL AND status = 'open'"
            )
        ).all()
    assert "ix_annotation_live_target" in " ".join(str(r[-1]) for r in plan)
    from alembic import command

    with engine.connect() as conn:
        command.downgrade(migrations.alembic_config(conn), "0003")
        conn.commit()
    assert "ix_annotation_live_target" not in indexes(engine)
    assert migrations.quick_head() == migrations.head_revision()
    engine.dispose()


def _long_read(store: Store, started: threading.Event, release: threading.Event) -> str:
    """A read that runs until it is interrupted (or ``release`` is set, the test's safety net).

    On a server: short statements one after another (a cancel request reaches the one running,
    and the next one of a stopped job is refused), at most twenty seconds in all."""
    from sqlalchemy import text

    if store.is_server:
        with store.read() as s:
            for _ in range(400):
                s.execute(text("SELECT pg_sleep(0.05)"))
                started.set()
                if release.is_set():
                    break
        return "long read done"
    with store.read() as s:
        conn = s.connection().connection.dbapi_connection
        assert conn is not None
        conn.create_function("keep_going", 1, lambda _x: 0 if release.is_set() else 1)
        started.set()
        s.execute(
            text(
                "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r "
                "WHERE keep_going(x)) SELECT count(*) FROM r"
            )
        ).scalar()
    return "long read done"


@pytest.mark.both_backends
def test_a_running_read_is_interrupted_for_an_interactive_job_and_runs_again(
    worker: DbWorker,
) -> None:
    order: list[str] = []
    attempts: list[int] = []
    started, release = threading.Event(), threading.Event()

    def slow_count(store: Store) -> str:
        attempts.append(1)
        if len(attempts) == 1:
            return _long_read(store, started, release)
        return "count done"

    try:
        worker.run(slow_count, order.append, priority=Priority.BACKGROUND)
        assert started.wait(10)
        worker.run(lambda _s: "search done", order.append, priority=Priority.INTERACTIVE)
        assert worker.wait_idle(WAIT_MS)
    finally:
        release.set()
    # The search did not wait for the count; the count ran again, whole, afterwards.
    assert order == ["search done", "count done"]
    assert len(attempts) == 2


@pytest.mark.both_backends
def test_a_read_replaced_by_a_newer_one_of_its_view_is_dropped(worker: DbWorker) -> None:
    order: list[str] = []
    errors: list[Exception] = []
    started, release = threading.Event(), threading.Event()
    try:
        worker.run(
            lambda st: _long_read(st, started, release),
            order.append,
            errors.append,
            key="list",
            priority=Priority.INTERACTIVE,
        )
        assert started.wait(10)
        worker.run(
            lambda _s: "list, new filter", order.append, key="list", priority=Priority.INTERACTIVE
        )
        assert worker.wait_idle(WAIT_MS)
    finally:
        release.set()
    assert order == ["list, new filter"]
    assert errors == []


def test_a_write_is_never_interrupted(worker: DbWorker) -> None:
    order: list[str] = []
    started, release = threading.Event(), threading.Event()

    def write(store: Store) -> str:
        started.set()
        release.wait(10)  # what the write does takes as long as it takes
        return "write done"

    worker.run(write, order.append)
    assert started.wait(10)
    worker.run(lambda _s: "search done", order.append, priority=Priority.INTERACTIVE)
    release.set()
    assert worker.wait_idle(WAIT_MS)
    assert order == ["write done", "search done"]


def test_wait_idle_waits_for_a_job_a_timer_adds_on_the_way(
    worker: DbWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job a timer starts in the last round of events, as the worker falls idle (the look
    for other programs' changes runs every few seconds), is waited for: wait_idle said "still
    busy" at once, and a benchmark stopped on it as if two minutes had passed. The timer is
    played by the event round itself, so the moment is always the same."""
    import bnldesk.ui.worker as worker_module

    seen: list[str] = []
    real = worker_module.QCoreApplication
    gate = threading.Event()  # never set: the second job takes its 0.3 s

    class EventsWithATimer:
        """Stands in for QCoreApplication in the worker module during wait_idle, which calls
        only processEvents(): the plain call first fires one 'timer'."""

        fired = False

        @classmethod
        def processEvents(cls, *args: object) -> None:
            if not cls.fired:
                cls.fired = True
                # Still running when this round of events ends, however fast the machine.
                worker.run(lambda _s: (gate.wait(0.3), "second")[1], seen.append)
            real.processEvents(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(worker_module, "QCoreApplication", EventsWithATimer)
    worker.run(lambda _s: "first", seen.append)
    assert worker.wait_idle(60000)
    assert seen == ["first", "second"]

"""What the database worker's thread may and may not do to Python objects of the window.

A Qt object freed on a thread other than the GUI thread crashes Qt (a segmentation fault in a
full test run, after a language switch rebuilt the window). Two ways it could happen, each
tested with an object that records on which thread it was freed:
- Python's cyclic garbage collection runs on whichever thread allocates past its threshold;
- the worker let go of a finished job (its function and callbacks hold widgets) only when the
  next job arrived, so the last reference could be dropped on the worker's thread.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractEventDispatcher, QThread
from PySide6.QtWidgets import QApplication
from ui_support import WAIT_MS

from bnldesk.store.engine import Store
from bnldesk.ui.garbage import GuiThreadCollector
from bnldesk.ui.worker import DbWorker


class FreedOn:
    """Records the name of the thread its instance is freed on."""

    def __init__(self, record: list[str]) -> None:
        self.record = record
        self.cycle = self  # only the cyclic collector frees it

    def __del__(self) -> None:
        self.record.append(threading.current_thread().name)


class FreedOnRefcount:
    """Like FreedOn, without the cycle: freed by the last reference going."""

    def __init__(self, record: list[str]) -> None:
        self.record = record

    def __del__(self) -> None:
        self.record.append(threading.current_thread().name)


@pytest.fixture
def worker(qapp: QApplication, store: Store) -> Iterator[DbWorker]:
    w = DbWorker(store)
    yield w
    w.shutdown()


def _make_garbage_and_allocate(record: list[str]) -> int:
    """On the worker: a cycle becomes garbage, then enough allocation for several collections."""
    FreedOn(record)
    kept = [[n] for n in range(50_000)]  # container objects: past every young threshold
    return len(kept)


def test_cyclic_garbage_is_collected_on_the_gui_thread_while_the_worker_runs(
    worker: DbWorker,
) -> None:
    record: list[str] = []
    assert not gc.isenabled()  # the worker's collector turned automatic collection off
    assert worker.call(lambda _s: _make_garbage_and_allocate(record)) == 50_000
    assert record == []  # nothing was collected on the worker's thread
    collector = worker.findChild(GuiThreadCollector)
    assert collector is not None and collector.running
    collector.collect_due()
    gc.collect()
    assert record == [threading.main_thread().name]


def test_collection_is_given_back_when_the_worker_stops(qapp: QApplication, store: Store) -> None:
    assert gc.isenabled()
    first = DbWorker(store)
    second = DbWorker(store)  # a second window's worker: the first collector stays in charge
    assert not gc.isenabled()
    second.shutdown()
    assert not gc.isenabled()
    first.shutdown()
    assert gc.isenabled()


def test_collection_stays_off_while_any_worker_runs(qapp: QApplication, store: Store) -> None:
    """The first window's worker stopping before a second one (Ctrl+Q, then the next start;
    a laptop opened beside) gave collection back while the second worker still ran: a
    collection on its thread deletes Qt objects there (a segmentation fault later)."""
    assert gc.isenabled()
    first = DbWorker(store)
    second = DbWorker(store)
    first.shutdown()
    assert not gc.isenabled()
    collector = second.findChild(GuiThreadCollector)
    assert collector is not None and collector.running
    second.shutdown()
    assert gc.isenabled()


def test_a_finished_job_is_let_go_on_the_gui_thread(worker: DbWorker) -> None:
    record: list[str] = []
    held = FreedOnRefcount(record)
    got: list[int] = []
    worker.run(lambda _s, held=held: id(held), got.append)
    del held  # the job's function holds the only reference now
    assert worker.wait_idle(WAIT_MS)
    worker.call(lambda _s: None)  # the next job: the worker let go of the first before it
    assert got and record == [threading.main_thread().name]


def test_a_failed_job_and_its_traceback_are_let_go_on_the_gui_thread(worker: DbWorker) -> None:
    record: list[str] = []
    errors: list[str] = []

    held = FreedOnRefcount(record)

    def fails(_s: Store, held: FreedOnRefcount = held) -> None:
        local = held  # the traceback's frame holds it too
        raise LookupError(type(local).__name__)

    worker.run(fails, on_error=lambda e: errors.append(str(e)))
    del fails, held
    assert worker.wait_idle(WAIT_MS)
    worker.call(lambda _s: None)
    assert errors == ["FreedOnRefcount"]
    assert record == [threading.main_thread().name]


def test_waiting_for_the_worker_blocks_instead_of_spinning(worker: DbWorker) -> None:
    """The GUI thread sleeps in its event loop while a job runs: it wakes for events, not in
    a loop of calls that return at once (which held a core and the interpreter lock)."""
    dispatcher = QAbstractEventDispatcher.instance(QThread.currentThread())
    assert dispatcher is not None
    wakes: list[int] = []
    dispatcher.awake.connect(lambda: wakes.append(1))
    gate = threading.Event()
    started = threading.Event()

    def held_job(_s: Store) -> str:
        started.set()
        gate.wait(WAIT_MS / 1000)
        return "done"

    got: list[str] = []
    worker.run(held_job, got.append)
    assert started.wait(WAIT_MS / 1000)
    release = threading.Timer(0.3, gate.set)  # a job that takes a while, however fast the machine
    release.start()
    assert worker.wait_idle(WAIT_MS)
    release.join()
    assert got == ["done"]
    assert len(wakes) < 50, len(wakes)  # the spinning loop woke some 100,000 times in 0.3 s


def test_waiting_gives_up_at_its_deadline(worker: DbWorker) -> None:
    gate = threading.Event()
    worker.run(lambda _s: gate.wait(WAIT_MS / 1000))
    assert not worker.wait_idle(50)
    gate.set()
    assert worker.wait_idle(WAIT_MS)


def test_what_a_plain_thread_uses_is_let_go_on_the_gui_thread(qapp: QApplication) -> None:
    """The import reader's and the backup's threads: their function is dropped on the thread
    when it ends; what it held (a relay, the window's object) must not die there."""
    from bnldesk.ui.threads import release_finished, start_thread

    record: list[str] = []
    held = FreedOnRefcount(record)
    go = threading.Event()

    def job(held: FreedOnRefcount = held) -> None:
        go.wait(WAIT_MS / 1000)

    thread = start_thread(job, name="bnldesk-test-thread", keep=(held,))
    del held, job  # the window closed meanwhile: the thread and the keeper hold it
    go.set()
    thread.join(WAIT_MS / 1000)
    assert not thread.is_alive()
    assert record == []  # still held on the GUI side
    assert release_finished() == 0
    assert record == [threading.main_thread().name]


def test_the_window_starts_plain_threads_only_through_start_thread() -> None:
    from pathlib import Path

    import bnldesk.ui

    ui = Path(bnldesk.ui.__file__).parent
    starting = sorted(
        str(path.relative_to(ui))
        for path in ui.rglob("*.py")
        if path.name != "threads.py" and "threading.Thread(" in path.read_text(encoding="utf-8")
    )
    assert starting == []


def test_every_deferred_call_of_the_window_names_the_object_it_belongs_to() -> None:
    """``QTimer.singleShot(0, callable)`` runs even when the widget it was for has been deleted
    meanwhile (a test after a window's retirement: "Internal C++ object (ActionTable) already
    deleted"); with the object as context Qt drops the call with the object."""
    import re
    from pathlib import Path

    import bnldesk.ui

    ui = Path(bnldesk.ui.__file__).parent
    bare = re.compile(r"singleShot\(\s*\w+\s*,\s*(lambda\b|[\w.]+\s*\))")
    found = sorted(
        f"{path.relative_to(ui)}:{number}"
        for path in ui.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line)
    )
    assert found == []

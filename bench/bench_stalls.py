"""GUI-thread stalls while long work runs, each started from the window as a delegate starts it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_stalls.py [--scale N] [--db PATH]

Works on a copy of the big database (bench/make_big_db.py; built first when missing) in a
temporary folder, with the real main window offscreen. A 5 ms timer ticks on the GUI thread
throughout; the longest gap between two ticks is the longest the window could not answer. The
baseline is the same meter on the idle window in the same run. Target (issue 15): no stall over
100 ms while any of these runs.

* the full Excel export (every sheet): Ctrl+Shift+E, Enter in the dialog; also the process's memory
  (resident set, its peak during the export against before) and the wall time to the
  "Saved" box;
* a brief on the workgroup with the most notes: selected, Ctrl+P, Enter;
* a backup: File > Backups, "Back up now" clicked (its thread beside the database worker);
* an import: a generated long PDF plan (``--pages``) read and written through the review window
  (reading on its thread, then the window filled with the structure and the text; writing
  on the database worker, then the summary).
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from bench import event_wait  # noqa: E402
from bench.bench_import import _long_pdf  # noqa: E402
from bench.bench_startup import print_table  # noqa: E402
from bench.make_big_db import build, default_out  # noqa: E402
from bench.memory import reset_resident_peak, resident_kb  # noqa: E402
from bench.stall_sampler import StallSampler  # noqa: E402
from bnldesk.store.engine import open_store  # noqa: E402
from bnldesk.ui.app import Controller, ensure_app  # noqa: E402
from bnldesk.ui.browse.window import MainWindow  # noqa: E402
from bnldesk.ui.settings import Settings  # noqa: E402

STALL_MS = 100  # the acceptance floor: no gap between ticks longer than this
TIMEOUT_S = 600.0


class CollectionClock:
    """The longest garbage collection (ms) since :meth:`start`, on any thread: a collection
    holds the interpreter lock throughout, so a long one on the worker stalls the window too."""

    def __init__(self) -> None:
        self.started = 0.0
        self.longest = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self.started = now
        elif self.started:
            self.longest = max(self.longest, (now - self.started) * 1000)

    def start(self) -> None:
        self.longest = 0.0


class StallMeter:
    """Ticks every 5 ms on the GUI thread and keeps every gap between ticks (ms); the longest
    garbage collection meanwhile, for the cause. With ``sample``, a :class:`StallSampler`
    records what every thread ran during each stall; :attr:`reports` keeps its report of each
    measured phase."""

    def __init__(self, *, sample: bool = False) -> None:
        self.sampler = StallSampler() if sample else None
        self.reports: list[str] = []
        self.collections = CollectionClock()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.last = 0
        self.gaps: list[int] = []
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.gaps.append(now - self.last)
        self.last = now
        if self.sampler is not None:
            self.sampler.beat()

    def start(self) -> None:
        self.clock.start()
        self.collections.start()
        self.last, self.gaps = 0, []
        if self.sampler is not None:
            self.sampler.start()
        self.timer.start()

    def stop(self, what: str = "") -> Stalls:
        self.timer.stop()
        if self.sampler is not None:
            self.sampler.stop()
            if what:
                self.reports.append(f"== {what}\n{self.sampler.report(min_ms=STALL_MS / 2)}")
        return Stalls(
            max(self.gaps, default=0),
            sum(1 for g in self.gaps if g > STALL_MS),
            round(self.collections.longest),
        )


@dataclass(frozen=True)
class Stalls:
    """The longest gap (ms), how many gaps were longer than :data:`STALL_MS`, and the longest
    garbage collection meanwhile (ms)."""

    longest: int
    over_floor: int
    longest_collection: int


class ChildMemory:
    """The peak resident memory (kB) of this process's children (the export's process) while
    it runs: each child's ``VmHWM`` read every 200 ms. (``RUSAGE_CHILDREN`` will not do: a
    spawned child's peak counts the parent's pages between its fork and its exec.)"""

    def __init__(self) -> None:
        self.peak = 0
        self.timer = QTimer()
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._read)
        self.timer.start()

    def _read(self) -> None:
        for child in multiprocessing.active_children():
            try:
                status = Path(f"/proc/{child.pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    self.peak = max(self.peak, int(line.split()[1]))

    def stop(self) -> int:
        self.timer.stop()
        return self.peak


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Run the event loop until ``condition()`` (blocking between events: see
    bench/event_wait.py); TimeoutError after :data:`TIMEOUT_S`."""
    event_wait.wait_until(condition, what, TIMEOUT_S)


def settle(window: MainWindow) -> None:
    wait_until(lambda: window.worker.is_idle(), "the database worker")
    QApplication.processEvents()


def idle_stalls(meter: StallMeter) -> Stalls:
    meter.start()
    loop = QEventLoop()
    QTimer.singleShot(2000, loop.quit)
    loop.exec()
    return meter.stop()


def open_export_dialog(window: MainWindow, attribute: str, key: Qt.Key, modifiers: Any) -> QDialog:
    """Press the shortcut that opens an export dialog; the dialog once shown and idle."""
    setattr(window, attribute, None)
    QTest.keyClick(window, key, modifiers)
    wait_until(lambda: getattr(window, attribute, None) is not None, f"the {attribute}")
    dialog: QDialog = getattr(window, attribute)
    wait_until(dialog.isVisible, f"the {attribute} showing")
    settle(window)
    return dialog


def accept_export_dialog(dialog: QDialog, target: Path) -> None:
    """Type ``target`` into the dialog's file field, and press Enter."""
    edit = dialog.path_row.edit  # type: ignore[attr-defined]
    edit.selectAll()
    QTest.keyClicks(edit, str(target))
    QTest.keyClick(edit, Qt.Key.Key_Return)


def wait_exported(window: MainWindow, target: Path, what: str) -> None:
    """Wait for the export the dialog started; SystemExit when it failed (no file)."""
    wait_until(lambda: not window.property("exportBusy") and window.worker.is_idle(), what)
    if not target.exists():
        raise SystemExit(f"{what} failed: {window.statusBar().currentMessage()}")


def close_saved_box(window: MainWindow) -> None:
    """Escape on the "Saved" box, as a delegate closes it before going on, and the main
    window active again (offscreen, nothing gives it back by itself)."""
    box = getattr(window, "export_done_box", None)
    if box is not None and box.isVisible():
        QTest.keyClick(box, Qt.Key.Key_Escape)
        wait_until(lambda: not box.isVisible(), "closing the Saved box")
    window.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is window, "the main window active again")


def run_export_dialog(
    window: MainWindow, meter: StallMeter, dialog: QDialog, target: Path, what: str
) -> tuple[Stalls, float]:
    """Enter in ``dialog`` with ``target`` typed: the stalls and the seconds until the file is
    saved; then the "Saved" box closed."""
    meter.start()
    started = time.perf_counter()
    accept_export_dialog(dialog, target)
    wait_exported(window, target, what)
    seconds = time.perf_counter() - started
    running = meter.stop(what)
    close_saved_box(window)
    return running, seconds


def tick_every_sheet(dialog: QDialog) -> None:
    """Every sheet of the workbook ticked, tab by tab, with the space bar (the full export)."""
    tabs = dialog.tabs  # type: ignore[attr-defined]
    for index, box in enumerate(dialog.sheet_boxes.values()):  # type: ignore[attr-defined]
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        if not box.isChecked():
            box.setFocus()
            QTest.keyClick(box, Qt.Key.Key_Space)
        if not box.isChecked():
            raise SystemExit("a sheet of the Excel dialog could not be ticked")


def stall_rows(what: str, opening: Stalls, running: Stalls) -> list[tuple[str, ...]]:
    return [
        (f"{what}: opening its dialog, longest GUI stall", f"{opening.longest} ms", ""),
        (f"{what}: while it runs, longest GUI stall", f"{running.longest} ms", f"< {STALL_MS} ms"),
        (f"  gaps over {STALL_MS} ms while it runs", str(running.over_floor), "0"),
        ("  longest garbage collection while it runs", f"{running.longest_collection} ms", ""),
    ]


def bench_export(window: MainWindow, meter: StallMeter, folder: Path) -> list[tuple[str, ...]]:
    target = folder / "export.xlsx"
    settle(window)
    meter.start()
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    dialog = open_export_dialog(window, "excel_dialog", Qt.Key.Key_E, shift_control)
    opening = meter.stop()
    tick_every_sheet(dialog)
    rss_before = resident_kb("VmRSS")
    reset_resident_peak()
    children = ChildMemory()
    running, seconds = run_export_dialog(window, meter, dialog, target, "the Excel export")
    growth = max(0, resident_kb("VmHWM") - rss_before) / 1024
    child_peak = children.stop() / 1024
    return [
        *stall_rows("full Excel export (every sheet)", opening, running),
        ("  wall time, Enter to the saved file", f"{seconds:.1f} s", ""),
        ("  resident memory before", f"{rss_before / 1024:.0f} MB", ""),
        ("  resident memory growth (peak - before)", f"{growth:.0f} MB", "< 50 MB"),
        ("  the export process's peak resident memory", f"{child_peak:.0f} MB", ""),
    ]


def busiest_workgroup(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute(
            "SELECT w.id FROM workgroup w JOIN annotation a ON a.target_key = w.identity_key "
            "AND a.target_kind = 'workgroup' AND a.deleted_at IS NULL "
            "GROUP BY w.id ORDER BY count(*) DESC, w.id LIMIT 1"
        ).fetchone()
        return int(row[0]) if row else 1
    finally:
        connection.close()


def newest_plan_year(path: Path) -> int:
    """The year of the newest plan in the database at ``path`` (2030 without plans)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (year,) = connection.execute("SELECT max(year) FROM plan").fetchone()
    finally:
        connection.close()
    return int(year) if year is not None else 2030


def bench_brief(
    window: MainWindow, meter: StallMeter, folder: Path, db: Path
) -> list[tuple[str, ...]]:
    target = folder / "brief.pdf"
    window.show_object("workgroup", busiest_workgroup(db), reveal=True)
    settle(window)
    meter.start()
    dialog = open_export_dialog(
        window, "brief_dialog", Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    opening = meter.stop()
    running, seconds = run_export_dialog(window, meter, dialog, target, "the brief")
    return [
        *stall_rows("brief on the busiest workgroup", opening, running),
        ("  wall time, Enter to the saved file", f"{seconds:.1f} s", ""),
    ]


def bench_backup(window: MainWindow, meter: StallMeter) -> list[tuple[str, ...]]:
    """File > Backups, "Back up now" clicked: the backup runs on a thread of its own beside the
    database worker (SQLite's backup API in page steps, a check, fsync, rename)."""
    features = window.meeting_features  # type: ignore[attr-defined]
    settle(window)
    dialog = features.show_backups()
    wait_until(dialog.isVisible, "the Backups dialog showing")
    button = dialog.now_button
    meter.start()
    started = time.perf_counter()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not button.isEnabled(), "the backup starting")
    wait_until(button.isEnabled, "the backup")
    seconds = time.perf_counter() - started
    running = meter.stop("the backup")
    made = dialog.list.selected()
    dialog.close()
    if made is None:
        raise SystemExit("the backup made no file")
    return [
        (
            "backup now: while it runs, longest GUI stall",
            f"{running.longest} ms",
            f"< {STALL_MS} ms",
        ),
        (f"  gaps over {STALL_MS} ms while it runs", str(running.over_floor), "0"),
        ("  longest garbage collection while it runs", f"{running.longest_collection} ms", ""),
        ("  wall time, click to the backup listed", f"{seconds:.1f} s", ""),
    ]


def bench_import(
    window: MainWindow, meter: StallMeter, folder: Path, pages: int
) -> list[tuple[str, ...]]:
    from bnldesk.ui.importing import ImportReviewDialog

    # A year no plan of the database has: at 4x the plans run 2005-2084, and a plan for a
    # year already there is refused until the delegate says "replace" (a modal question the
    # bench waited on for ever).
    year = newest_plan_year(folder / "big.db") + 1
    document = _long_pdf(folder / f"jaarplan-{year}.pdf", pages, year)
    meter.start()
    started = time.perf_counter()
    dialog = window.review_import(document)
    assert isinstance(dialog, ImportReviewDialog)
    wait_until(lambda: not dialog.is_reading(), "reading the PDF")
    read_s = time.perf_counter() - started
    settle(window)
    reading = meter.stop("import: reading and review")
    meter.start()
    started = time.perf_counter()
    dialog.start_import()
    wait_until(lambda: bool(dialog.reports) or not dialog._busy, "the import")
    settle(window)
    write_s = time.perf_counter() - started
    writing = meter.stop("import: writing")
    if not dialog.reports:
        raise SystemExit(f"the import failed: {dialog.status.text()}")
    dialog.accept()
    what = f"import of a {pages}-page PDF"
    return [
        (
            f"{what}: reading and review, longest GUI stall",
            f"{reading.longest} ms",
            f"< {STALL_MS} ms",
        ),
        (f"  gaps over {STALL_MS} ms while reading and reviewing", str(reading.over_floor), "0"),
        ("  longest garbage collection meanwhile", f"{reading.longest_collection} ms", ""),
        (f"{what}: writing, longest GUI stall", f"{writing.longest} ms", f"< {STALL_MS} ms"),
        (f"  gaps over {STALL_MS} ms while writing", str(writing.over_floor), "0"),
        ("  longest garbage collection while writing", f"{writing.longest_collection} ms", ""),
        ("  wall time, reading / writing", f"{read_s:.1f} s / {write_s:.1f} s", ""),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1, help="1: bench/big.db, 4: big-4x.db")
    parser.add_argument("--db", type=Path, help="another database to measure (copied first)")
    parser.add_argument("--pages", type=int, default=60, help="pages of the imported PDF")
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["export", "brief", "backup", "import"]
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        help="say what every thread ran during each stall over 50 ms (bench/stall_sampler.py)",
    )
    args = parser.parse_args()
    source = args.db or default_out(args.scale)
    if not source.exists():
        print(f"building {source} (scale {args.scale})", file=sys.stderr)
        build(source, scale=args.scale)
    ensure_app()
    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory(prefix="bnldesk-stalls-") as tmp:
        folder = Path(tmp)
        db = folder / "big.db"
        shutil.copy(source, db)
        settings = Settings(folder / "settings.ini")
        settings.set("prefs/delegation", "BE")  # chosen: a brief does not stop to ask
        settings.set("prefs/export_dir", str(folder))
        store = open_store(db, demo=False)
        controller = Controller(store, settings)
        window = controller.open_window(restore=False)
        window.resize(1440, 900)
        settle(window)
        meter = StallMeter(sample=args.sample)
        idle = idle_stalls(meter)
        rows.append(("idle window, longest GUI stall (baseline)", f"{idle.longest} ms", ""))
        if "export" not in args.skip:
            rows += bench_export(window, meter, folder)
        if "brief" not in args.skip:
            rows += bench_brief(window, meter, folder, db)
        if "backup" not in args.skip:
            rows += bench_backup(window, meter)
        if "import" not in args.skip:
            rows += bench_import(window, meter, folder, args.pages)
        controller.shutdown()
        store.close()
    title = f"database: {source.name}, load {os.getloadavg()[0]:.1f}"
    print_table(title, rows, ("measure", "result", "target"))
    for report in meter.reports:
        print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

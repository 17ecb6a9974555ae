"""The benches' wait for the window blocks between events instead of spinning a core.

A spinning wait (``processEvents(WaitForMoreEvents, maxtime)`` returns at once when nothing is
pending) took a core and the interpreter lock from the export process and the database worker
the benches measure: the 4x export did not finish in bench_stalls (bench/RESULTS-15.md, stop 25).
Counted, not timed: while a single-shot timer of 300 ms runs out, a blocking wait looks at its
condition about once per wake-up (at most 300 / WAKE_MS of them; fewer on a slow machine, whose
timers fire late), where the spinning one looked hundreds of thousands of times.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from bench import event_wait

WAIT_MS = 300


def test_wait_until_blocks_between_events(qtbot: QtBot) -> None:
    fired: list[bool] = []
    looked = [0]

    def condition() -> bool:
        looked[0] += 1
        return bool(fired)

    QTimer.singleShot(WAIT_MS, lambda: fired.append(True))
    event_wait.wait_until(condition, "the timer", timeout_s=60)
    assert fired
    assert 1 < looked[0] <= WAIT_MS // event_wait.WAKE_MS + 10


def test_wait_until_names_what_did_not_finish(qtbot: QtBot) -> None:
    with pytest.raises(TimeoutError, match="the export did not finish"):
        event_wait.wait_until(lambda: False, "the export", timeout_s=0.05)

"""Where a GUI stall is: a watchdog thread that, while the GUI thread is late, samples what every
thread is running.

The GUI thread calls :meth:`StallSampler.beat` on each tick of a short timer. A daemon thread
wakes every ``interval_ms``; when the last beat is older than ``late_ms`` it takes
``sys._current_frames()`` and keeps, per thread, the innermost frames (file:line function), and
whether a garbage collection is running (``gc.callbacks``). One stall is the run of late
samples between two beats. :meth:`report` prints, for each stall over a threshold, how long it
was and the frames seen most often on each thread.

Reading the samples: the watchdog needs the interpreter lock to take a sample, so a long C
call that holds the lock (an SQLite fetch, zlib over a whole sheet, ``re`` over a big string)
shows as the frame that made the call, seen once at the end of the stall rather than many
times; a stall where the GUI thread's own frames repeat is work on the GUI thread (a model
reset, text layout); a stall where the GUI thread sits in the event loop and another thread's
frames repeat is that thread keeping the lock.

    sampler = StallSampler(); sampler.start()
    ... timer.timeout.connect(sampler.beat) ...
    sampler.stop(); print(sampler.report(min_ms=100))
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field

FRAMES_KEPT = 6  # innermost frames kept per thread and sample


@dataclass
class Stall:
    """One stall: when it began (seconds, perf_counter), how long it lasted (ms), and per
    sample the frames of each thread (thread name -> innermost-first lines) and whether a
    garbage collection was running. ``cpu_ms`` is the CPU the whole process used meanwhile:
    near ``length_ms``, one of its threads ran throughout (on two cores it may be up to twice
    it); far below it, the system gave the process no core (a loaded machine), whatever the
    frames say."""

    began: float
    cpu_at_start: float = 0.0
    length_ms: float = 0.0
    cpu_ms: float = 0.0
    samples: list[dict[str, tuple[str, ...]]] = field(default_factory=list)
    collecting: int = 0

    def common_frames(self, thread: str, count: int = 3) -> list[tuple[tuple[str, ...], int]]:
        """The ``count`` stacks of ``thread`` seen most often in this stall, with how often."""
        seen = Counter(sample[thread] for sample in self.samples if thread in sample)
        return seen.most_common(count)


def _stack(frame: object, skip: str) -> tuple[str, ...]:
    lines = []
    for summary in traceback.extract_stack(frame, limit=40)[::-1]:  # type: ignore[arg-type]
        if summary.filename == skip:
            continue
        short = "/".join(summary.filename.split("/")[-2:])
        lines.append(f"{short}:{summary.lineno} {summary.name}")
        if len(lines) == FRAMES_KEPT:
            break
    return tuple(lines)


class StallSampler:
    """Samples every thread's stack while the GUI thread is late (see the module's text)."""

    def __init__(self, late_ms: float = 50.0, interval_ms: float = 10.0) -> None:
        self.late_s = late_ms / 1000
        self.interval_s = interval_ms / 1000
        self.gui_ident = threading.get_ident()
        self.last_beat = time.perf_counter()
        self.last_cpu = time.process_time()
        self.stalls: list[Stall] = []
        self._current: Stall | None = None
        self._collecting = False
        self._running = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the GUI side --------------------------------------------------------------------------

    def beat(self) -> None:
        """Called on the GUI thread at every tick: ends the stall under way, if any."""
        now, cpu = time.perf_counter(), time.process_time()
        current = self._current
        if current is not None:
            current.length_ms = (now - current.began) * 1000
            current.cpu_ms = (cpu - current.cpu_at_start) * 1000
            self._current = None
        self.last_beat, self.last_cpu = now, cpu

    # -- the watchdog --------------------------------------------------------------------------

    def _gc_callback(self, phase: str, info: dict[str, int]) -> None:
        self._collecting = phase == "start"

    def start(self) -> None:
        """Start watching (the GUI thread is the thread calling this)."""
        self.gui_ident = threading.get_ident()
        self.last_beat, self.last_cpu = time.perf_counter(), time.process_time()
        self.stalls = []
        gc.callbacks.append(self._gc_callback)
        self._running.set()
        self._thread = threading.Thread(target=self._watch, name="stall-sampler", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching; a stall still open is closed at this moment."""
        self._running.clear()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._gc_callback in gc.callbacks:
            gc.callbacks.remove(self._gc_callback)
        self.beat()

    def _watch(self) -> None:
        own = threading.get_ident()
        while self._running.is_set():
            time.sleep(self.interval_s)
            now = time.perf_counter()
            if now - self.last_beat < self.late_s:
                continue
            current = self._current
            if current is None:
                current = Stall(began=self.last_beat, cpu_at_start=self.last_cpu)
                self._current = current
                self.stalls.append(current)
            names = {thread.ident: thread.name for thread in threading.enumerate()}
            sample: dict[str, tuple[str, ...]] = {}
            for ident, frame in sys._current_frames().items():
                if ident == own:
                    continue
                name = "GUI" if ident == self.gui_ident else names.get(ident, str(ident))
                sample[name] = _stack(frame, __file__)
            current.samples.append(sample)
            current.collecting += 1 if self._collecting else 0

    # -- the report ----------------------------------------------------------------------------

    def report(self, min_ms: float = 100.0, limit: int = 8) -> str:
        """The ``limit`` longest stalls over ``min_ms``: length, samples, how many fell in a
        garbage collection, and each thread's most frequent stacks."""
        shown = sorted(
            (s for s in self.stalls if s.length_ms >= min_ms), key=lambda s: -s.length_ms
        )[:limit]
        if not shown:
            return f"no stall over {min_ms:.0f} ms"
        lines = []
        for stall in shown:
            lines.append(
                f"stall of {stall.length_ms:.0f} ms (process CPU {stall.cpu_ms:.0f} ms): "
                f"{len(stall.samples)} samples, "
                f"{stall.collecting} during a garbage collection"
            )
            threads = sorted({name for sample in stall.samples for name in sample})
            for thread in threads:
                for stack, seen in stall.common_frames(thread, 2):
                    lines.append(f"  {thread} x{seen}:")
                    lines.extend(f"      {line}" for line in stack)
        return "\n".join(lines)

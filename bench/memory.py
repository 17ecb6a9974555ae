"""The process's resident memory, for the benchmarks' memory figures (Linux; zeros elsewhere).

Python's heap (tracemalloc) misses what C libraries and freed-but-kept arenas hold; the resident
set is what the delegate's machine pays. ``VmHWM`` is its peak, which
:func:`reset_resident_peak` starts again from the current size (``/proc/self/clear_refs``).
"""

from __future__ import annotations

import contextlib
from pathlib import Path


def resident_kb(field: str = "VmRSS") -> int:
    """``VmRSS`` (now) or ``VmHWM`` (peak) of this process in kB; 0 where /proc is missing."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def reset_resident_peak() -> None:
    """Let ``VmHWM`` start again from the current resident set (Linux)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")

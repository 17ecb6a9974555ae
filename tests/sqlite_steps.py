"""SQLite's virtual-machine steps, counted: a measure of the rows a statement walks that does
not depend on the machine's speed (tests of query plans use it instead of timing)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def counted_steps(connection: sqlite3.Connection) -> Iterator[list[int]]:
    """Count the steps ``connection`` takes inside the block (its progress handler called every
    step): the count is the list's one item, read after the block."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    connection.set_progress_handler(count, 1)
    try:
        yield steps
    finally:
        connection.set_progress_handler(None, 1)

"""The ``<db>.lock`` file of the one-window lock (trial 11: it stayed beside the database after
every normal quit). It is removed on release, safely: whoever opened the file just before it
was removed locks the new one instead, so two windows never both hold the lock."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

import pytest
from other_programs import run_bnldesk

from bnldesk.services import guard
from bnldesk.services.guard import InstanceLock
from bnldesk.store.engine import open_store


def test_the_lock_file_is_there_while_held_and_gone_after_release(tmp_path: Path) -> None:
    db = tmp_path / "laptop.db"
    first = InstanceLock(db)
    assert first.acquire()
    lock_file = tmp_path / "laptop.db.lock"
    assert lock_file.read_text() == str(os.getpid())
    assert not InstanceLock(db).acquire()  # a second window opens read-only
    first.release()
    assert not lock_file.exists()
    again = InstanceLock(db)
    assert again.acquire() and lock_file.exists()
    again.release()
    assert sorted(path.name for path in tmp_path.iterdir()) == []


def test_a_file_removed_between_open_and_lock_is_not_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race of removed lock files: B opens the file, A releases (removes it and unlocks),
    B locks the removed file. B must notice and lock the file now at the path, so that C,
    coming after, finds it held."""
    db = tmp_path / "laptop.db"
    holder_a, holder_b, holder_c = InstanceLock(db), InstanceLock(db), InstanceLock(db)
    assert holder_a.acquire()
    real_lock = guard._lock
    calls: list[int] = []

    def a_releases_first(fh: IO[bytes]) -> bool:
        calls.append(fh.fileno())
        if len(calls) == 1:  # B has opened A's file: A quits now
            holder_a.release()
        return real_lock(fh)

    monkeypatch.setattr(guard, "_lock", a_releases_first)
    assert holder_b.acquire()
    monkeypatch.setattr(guard, "_lock", real_lock)
    assert len(calls) == 2  # the removed file, then the new one
    assert not holder_c.acquire()  # B holds the file at the path
    holder_b.release()
    assert holder_c.acquire()
    holder_c.release()


def test_the_window_quit_normally_leaves_no_lock_file(tmp_path: Path) -> None:
    db = tmp_path / "laptop.db"
    open_store(db).close()
    # The window, shown and quit normally (by the start probe bench and selftest use).
    window = {"QT_QPA_PLATFORM": "offscreen", "BNLDESK_QUIT_WHEN_SHOWN": "quiet"}
    run_bnldesk(db, home=tmp_path / "home", env=window)
    assert not (tmp_path / "laptop.db.lock").exists()
    assert db.exists()

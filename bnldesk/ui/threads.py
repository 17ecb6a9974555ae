"""Plain threads of the window (the import reader, the background backup), started so that the
Qt objects they use are freed on the GUI thread.

A thread's function usually holds a Qt object: the relay it emits its result on, or the
object whose method it runs. ``threading.Thread`` drops its function on the thread itself when
it ends; when the window was closed meanwhile, that was the last reference, and the object was
deleted on the wrong thread (Qt's rule: a QObject is deleted in its own thread; otherwise a
crash at random). :func:`start_thread` holds what the thread uses here, on the GUI side, until
the thread has ended, and :func:`release_finished` lets go of it on the GUI thread (the garbage
collector's timer calls it, and so does every start).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

_running: list[tuple[threading.Thread, tuple[object, ...]]] = []
_lock = threading.Lock()


def start_thread(
    target: Callable[[], None], *, name: str, keep: tuple[object, ...]
) -> threading.Thread:
    """Run ``target()`` on a new daemon thread called ``name``; call on the GUI thread.

    ``keep``: the Qt objects ``target`` reaches (its relay, its owner), held until the
    thread has ended and then let go by :func:`release_finished` on the GUI thread. Returns
    the started thread."""
    release_finished()
    thread = threading.Thread(target=target, name=name, daemon=True)
    with _lock:
        _running.append((thread, (target, *keep)))
    thread.start()
    return thread


def release_finished() -> int:
    """Let go of what ended threads kept (call on the GUI thread); how many threads run on."""
    with _lock:
        ended = [entry for entry in _running if not entry[0].is_alive()]
        _running[:] = [entry for entry in _running if entry[0].is_alive()]
    ended.clear()  # the last references, dropped here, outside the lock
    return len(_running)

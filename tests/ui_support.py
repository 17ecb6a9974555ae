"""Helpers for tests that drive the real window (offscreen); the window fixtures themselves
(``settings``, ``controller``, ``window``) are in conftest.py."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from bnldesk.ui.browse.window import MainWindow


def settle(w: MainWindow) -> None:
    """Wait until the worker has answered everything (callbacks may queue more jobs)."""
    for _ in range(5):
        assert w.worker.wait_idle()
        QApplication.processEvents()
        if w.worker.is_idle():
            return

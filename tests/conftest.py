"""Shared fixtures: every test gets its own database file and data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI replays the same examples every run (a red CI blocks a landing, so it must not depend on
# luck); developers' runs keep exploring new ones.
if os.environ.get("CI"):
    from hypothesis import settings as hypothesis_settings

    hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
    hypothesis_settings.load_profile("ci")

from bnldesk.store.engine import Store, open_store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("BNLDESK_DB", raising=False)


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the seed documents are missing: {SEEDS}")
    return SEEDS


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bnldesk.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A new database filled with the bundled demo data."""
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def empty_store(db_path: Path) -> Iterator[Store]:
    s = open_store(db_path, demo=False)
    yield s
    s.close()


# ------------------------------------------------------------------------------------------
# The real window, offscreen (Qt is imported only by the tests that use these)
# ------------------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    from bnldesk.ui.settings import Settings

    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def controller(qapp: Any, store: Store, settings: Any) -> Iterator[Any]:
    from bnldesk.ui import i18n
    from bnldesk.ui.app import Controller

    c = Controller(store, settings)
    yield c
    c.shutdown()
    i18n.install("en")


@pytest.fixture
def window(controller: Any, qtbot: object) -> Any:
    from ui_support import settle

    w = controller.open_window(restore=False)
    settle(w)
    return w

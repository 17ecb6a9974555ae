"""Shared fixtures: every test gets its own database file and data folder."""

from __future__ import annotations

import getpass
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis keeps its example database and caches in the temporary folder, not in .hypothesis/
# in the checkout (tests write only into temporary folders); failing examples are still
# replayed on the next run.
os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY",
    str(Path(tempfile.gettempdir()) / f"bnldesk-hypothesis-{getpass.getuser()}"),
)

# CI replays the same examples every run (a red CI blocks a landing, so it must not depend on
# luck); developers' runs keep exploring new ones.
if os.environ.get("CI"):
    from hypothesis import settings as hypothesis_settings

    hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
    hypothesis_settings.load_profile("ci")

from bnldesk.store.engine import Store, open_store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
CHECKOUT = Path(__file__).resolve().parents[1]
# Made by tools, not by tests: the environment, caches, byte code, the editable install.
NOT_TEST_OUTPUT = {".git", ".venv", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}


def _checkout_files() -> set[Path]:
    found: set[Path] = set()
    for folder, subfolders, files in os.walk(CHECKOUT):
        subfolders[:] = [
            name
            for name in subfolders
            if name not in NOT_TEST_OUTPUT and not name.endswith(".egg-info")
        ]
        found.update(Path(folder, name) for name in files)
    return found


def pytest_sessionstart(session: pytest.Session) -> None:
    session.stash[_BEFORE] = _checkout_files()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Tests write only into temporary folders: a file the run left in the checkout fails it."""
    before = session.stash.get(_BEFORE, None)
    if before is None:
        return
    left = sorted(str(path.relative_to(CHECKOUT)) for path in _checkout_files() - before)
    if left:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = f"tests wrote into the checkout (write to tmp_path instead): {', '.join(left[:10])}"
        if reporter is not None:
            reporter.ensure_newline()
            reporter.write_line(message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_BEFORE = pytest.StashKey[set[Path]]()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the log file
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
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

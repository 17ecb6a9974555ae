"""Shared fixtures: every test gets its own database file and data folder."""

from __future__ import annotations

import faulthandler
import getpass
import itertools
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # helper modules (pg_server, ...)

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

from bnldesk import APP_NAME, APP_ORG
from bnldesk.store.backend import DatabaseLocation, parse_location
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
        message = (
            f"tests wrote into the checkout (write to tmp_path instead): {', '.join(left[:10])}"
        )
        if reporter is not None:
            reporter.ensure_newline()
            reporter.write_line(message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_BEFORE = pytest.StashKey[set[Path]]()


# A crash of the interpreter (a segmentation fault in Qt) leaves no pytest report: its
# Python stacks go to the file ``dev.py test`` names in $BNLDESK_CRASH_DUMP and prints when
# pytest dies. Pointed there again around every test, since the command line's log set-up
# (setup_logging) points faulthandler at its log file, and undoing it at the captured stderr.
_CRASH_DUMP = (
    open(os.environ["BNLDESK_CRASH_DUMP"], "a", encoding="utf-8")  # noqa: SIM115 - for the session
    if os.environ.get("BNLDESK_CRASH_DUMP")
    else None
)


def _crash_dumps_to_the_file() -> None:
    if _CRASH_DUMP is not None:
        faulthandler.enable(file=_CRASH_DUMP, all_threads=True)


@pytest.fixture(autouse=True)
def _crash_dump(request: pytest.FixtureRequest) -> Iterator[None]:
    _crash_dumps_to_the_file()
    if _CRASH_DUMP is not None:
        _CRASH_DUMP.write(f"--- {request.node.nodeid}\n")
        _CRASH_DUMP.flush()
    yield
    _crash_dumps_to_the_file()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the log file
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("BNLDESK_DB", raising=False)
    # The command line speaks the locale's language (bnldesk.preferences): the suite must not
    # depend on the machine's, so every test starts in English unless it sets another.
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    # The delegate chose Belgium (the window and the command line ask or refuse while none is
    # chosen: trials 14 and 15); tests/test_delegation_asked.py starts with none.
    own = home / "config" / APP_ORG / f"{APP_NAME}.ini"
    own.parent.mkdir(parents=True)
    own.write_text("[prefs]\ndelegation=BE\n", encoding="utf-8")


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the seed documents are missing: {SEEDS}")
    return SEEDS


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bnldesk.db"


# ------------------------------------------------------------------------------------------
# Both databases: an SQLite file, and a PostgreSQL server started once per test session
# ------------------------------------------------------------------------------------------

BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests (or modules) marked ``both_backends`` run once per database; others on SQLite."""
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_backends"
    ):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: the database the test's stores live in."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """One private PostgreSQL server for the whole session (tests/pg_server.py)."""
    import pg_server as server_module

    try:
        server = server_module.start()
    except server_module.PgUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_templates(pg_server: Any) -> dict[bool, str]:
    """Databases set up by ``server init`` once (with and without the demo plans), copied for
    each test by ``CREATE DATABASE ... TEMPLATE`` (much faster than migrating every time)."""
    from bnldesk.store.server_admin import init_server

    names = {}
    for demo in (False, True):
        name = f"bnldesk_template_{'demo' if demo else 'empty'}"
        pg_server.create_database(name)
        address = parse_location(pg_server.admin_url(name))
        assert not isinstance(address, Path)
        init_server(address, demo=demo)
        names[demo] = name
    return names


@pytest.fixture
def pg_database(
    pg_server: Any, pg_templates: dict[bool, str]
) -> Iterator[Callable[[bool], DatabaseLocation]]:
    """``make(demo)``: a new server database (the superuser's address), dropped afterwards."""
    made: list[str] = []

    def make(demo: bool) -> DatabaseLocation:
        name = f"bnldesk_test_{os.getpid()}_{next(_DATABASE_NUMBERS)}"
        pg_server.psql(f'CREATE DATABASE "{name}" TEMPLATE "{pg_templates[demo]}"')
        made.append(name)
        return parse_location(pg_server.admin_url(name))

    yield make
    for name in made:
        pg_server.drop_database(name)


_DATABASE_NUMBERS = itertools.count(1)


@pytest.fixture
def delegates(pg_server: Any, pg_database: Callable[[bool], Any]) -> Iterator[dict[str, Any]]:
    """Stores of two delegates, "anna" and "bram" (their own login roles, passwords, TCP), and
    of the administrator ("admin"), on one demo server database."""
    from bnldesk.store.server_admin import add_delegate

    admin = pg_database(True)
    for name in ("anna", "bram"):
        add_delegate(admin, name, f"{name}-secret")
    stores = {
        name: open_store(
            parse_location(pg_server.url(name, admin.database, password=f"{name}-secret"))
        )
        for name in ("anna", "bram")
    }
    stores["admin"] = open_store(admin)
    yield stores
    for store in stores.values():
        store.close()


@pytest.fixture
def new_database(
    backend: str, db_path: Path, request: pytest.FixtureRequest
) -> Callable[[bool], DatabaseLocation]:
    """``make(demo)``: where a new database is, on the test's backend (a file is made when it
    is first opened; a server database is made at once, as ``server init`` leaves it)."""
    if backend == "sqlite":
        counter = itertools.count()

        def make_file(_demo: bool) -> DatabaseLocation:
            number = next(counter)
            return db_path if number == 0 else db_path.with_name(f"bnldesk-{number}.db")

        return make_file
    factory: Callable[[bool], DatabaseLocation] = request.getfixturevalue("pg_database")
    return factory


@pytest.fixture
def store(new_database: Callable[[bool], DatabaseLocation]) -> Iterator[Store]:
    """A new database filled with the bundled demo data (a file, or a server database in
    tests marked ``both_backends``)."""
    s = open_store(new_database(True))
    yield s
    s.close()


@pytest.fixture
def empty_store(new_database: Callable[[bool], DatabaseLocation]) -> Iterator[Store]:
    s = open_store(new_database(False), demo=False)
    yield s
    s.close()


# ------------------------------------------------------------------------------------------
# The real window, offscreen (Qt is imported only by the tests that use these)
# ------------------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    from bnldesk.ui.settings import Settings

    # A delegate who chose Belgium: the window asks a fresh settings file for its delegation
    # the first time one is needed (trials 14 and 15); tests on that make their own file.
    chosen = Settings(tmp_path / "settings.ini")
    chosen.set("prefs/delegation", "BE")
    return chosen


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


def _interface_in(language: str) -> Iterator[None]:
    from bnldesk.ui import i18n

    i18n.install(language)
    try:
        yield
    finally:
        i18n.install("en")


@pytest.fixture
def dutch(qapp: Any) -> Iterator[None]:
    """The interface in Dutch for the test (English again after it)."""
    yield from _interface_in("nl")


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    """The interface in French for the test (English again after it)."""
    yield from _interface_in("fr")


@pytest.fixture
def bilingual(store: Store) -> Store:
    """The demo database (Dutch 2013, 2022) with the shared cases' French 2023 plan imported:
    workgroups printed under a Dutch and a French name."""
    from _seed_documents import CASES

    from bnldesk.services.importer import import_file

    import_file(store, CASES / "docs" / "plan-annuel-2023-fr.md", force=True)
    return store

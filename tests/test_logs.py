"""The log file: written by every run, rotating, with crash dumps and uncaught exceptions; the
command line's --log-level and its refusal of database URLs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from bnldesk import __version__, logs
from bnldesk.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _undo_logging() -> Iterator[None]:
    yield
    logs.shutdown_logging()


def _log_file(home: Path) -> Path:
    """Where platformdirs puts the log on Linux, given the isolated $XDG_STATE_HOME."""
    return Path(os.environ["XDG_STATE_HOME"]) / "bnldesk" / "log" / "bnldesk.log"


def _run_python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter that logs into ``tmp_path / "log"``."""
    prologue = (
        "from pathlib import Path\n"
        "from bnldesk import logs\n"
        f"logs.setup_logging('info', folder=Path({str(tmp_path / 'log')!r}))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", prologue + textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux log folder")
def test_every_command_writes_the_log_with_version_platform_and_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "notes.db"
    assert main(["--db", str(db), "list", "plans"]) == 0
    log = _log_file(tmp_path).read_text(encoding="utf-8")
    first = log.splitlines()[0]
    assert f"bnldesk {__version__} starting" in first
    assert f"database {db}" in first
    assert "Linux" in first and "Python 3." in first
    assert logs.current_log_file() == _log_file(tmp_path)


def test_log_level_debug_is_for_support(tmp_path: Path) -> None:
    import logging

    assert main(["--db", str(tmp_path / "x.db"), "--log-level", "debug", "list", "plans"]) == 0
    assert logging.getLogger("bnldesk").getEffectiveLevel() == logging.DEBUG
    assert "log level debug" in logs.current_log_file().read_text(encoding="utf-8")  # type: ignore[union-attr]
    logs.log.debug("a debug line for support")
    assert "a debug line for support" in logs.current_log_file().read_text(encoding="utf-8")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:///notes.db",
        "file:///tmp/notes.db",
        "MySQL://x",
    ],
)
def test_db_url_is_refused_in_one_line_and_creates_nothing(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(["--db", url, "list", "plans"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "bnldesk opens an SQLite database file or a postgresql:// server" in err
    assert "://" in err
    assert list(tmp_path.iterdir()) == []  # no file named after the URL


def test_bnldesk_db_url_is_refused_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BNLDESK_DB", "mysql://server/bnldesk")
    assert main(["list", "plans"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("bnldesk: BNLDESK_DB: bnldesk opens an SQLite database file or a ")
    assert "\n" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_plain_path_with_a_colon_is_still_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", "notes:2026.db", "list", "plans"]) == 0
    assert (tmp_path / "notes:2026.db").is_file()


def test_uncaught_exception_lands_in_the_log_with_its_traceback(tmp_path: Path) -> None:
    result = _run_python(
        """
        def deep():
            raise RuntimeError("something nobody expected")
        deep()
        """,
        tmp_path,
    )
    assert result.returncode == 1
    assert "something nobody expected" in result.stderr  # the console still shows it
    log = (tmp_path / "log" / "bnldesk.log").read_text(encoding="utf-8")
    assert "CRITICAL bnldesk" in log and "uncaught exception" in log
    assert "Traceback (most recent call last)" in log
    assert ", in deep\nRuntimeError: something nobody expected" in log


def test_exception_in_a_thread_lands_in_the_log(tmp_path: Path) -> None:
    result = _run_python(
        """
        import threading
        def work():
            raise ValueError("broken in a worker")
        t = threading.Thread(target=work, name="db-worker")
        t.start()
        t.join()
        """,
        tmp_path,
    )
    log = (tmp_path / "log" / "bnldesk.log").read_text(encoding="utf-8")
    assert "uncaught exception in db-worker" in log
    assert "ValueError: broken in a worker" in log
    assert result.returncode == 0


@pytest.mark.skipif(os.name != "posix", reason="SIGSEGV")
def test_hard_crash_is_dumped_into_the_log_even_after_rotation(tmp_path: Path) -> None:
    result = _run_python(
        f"""
        import ctypes
        for n in range({logs.MAX_BYTES // 100 + 10}):
            logs.log.info("filler line %06d " + "x" * 80, n)
        ctypes.string_at(0)  # a segmentation fault
        """,
        tmp_path,
    )
    assert result.returncode != 0
    folder = tmp_path / "log"
    assert (folder / "bnldesk.log.1").is_file()  # it rotated
    current = (folder / "bnldesk.log").read_text(encoding="utf-8", errors="replace")
    assert "Fatal Python error: Segmentation fault" in current
    assert "Fatal Python error" not in (folder / "bnldesk.log.1").read_text(encoding="utf-8")


def test_unwritable_log_folder_is_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    assert logs.setup_logging("info", folder=blocker / "log") is None
    assert "cannot write the log" in capsys.readouterr().err
    assert logs.current_log_file() is None

"""The log file a delegate can send to whoever supports them.

:func:`setup_logging` is called once at the start of every run (command line and desktop
application alike). It writes to ``bnldesk.log`` in the platform's user log folder
(platformdirs: ``~/.local/state/bnldesk/log`` on Linux, ``~/Library/Logs/bnldesk`` on macOS,
``%LOCALAPPDATA%\\Benelux\\bnldesk\\Logs`` on Windows), rotating at :data:`MAX_BYTES` and keeping
:data:`BACKUP_COUNT` older files. The first lines of each run give the version, Python, the
platform and the database path. A hard crash (segmentation fault, abort in Qt) is written into
the same file by :mod:`faulthandler`, and any uncaught exception with its traceback.

Nothing here imports Qt: the desktop application adds its Qt message handler and its crash
dialog in ``bnldesk.ui.crash_report``.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import sys
import threading
from pathlib import Path
from types import TracebackType

import platformdirs

from bnldesk import APP_NAME, APP_ORG, __version__

LOG_FILE_NAME = "bnldesk.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 4
LEVELS = ("debug", "info", "warning", "error")
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(process)d %(threadName)s] %(message)s"

log = logging.getLogger("bnldesk")


def log_dir() -> Path:
    """The platform's user log folder for bnldesk (not created here)."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_ORG))


class _LogFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that also receives :mod:`faulthandler`'s crash dumps: after each
    rotation faulthandler is pointed at the new file."""

    def enable_faulthandler(self) -> None:
        if self.stream is not None:
            faulthandler.enable(file=self.stream, all_threads=True)

    def doRollover(self) -> None:
        super().doRollover()
        self.enable_faulthandler()


_handler: _LogFileHandler | None = None
# The hooks found before ours and ours, so that undoing the set-up restores the former only
# where nobody replaced ours since (pytest-qt, for one, swaps sys.excepthook per test).
_previous_hooks: tuple[object, object] | None = None
_our_hooks: tuple[object, object] | None = None
_faulthandler_was_enabled = False


def current_log_file() -> Path | None:
    """The file this process logs to, or None when logging to a file could not be set up."""
    return Path(_handler.baseFilename) if _handler is not None else None


def setup_logging(
    level: str = "info", *, db_path: Path | str | None = None, folder: Path | None = None
) -> Path | None:
    """Log bnldesk's messages at ``level`` (one of :data:`LEVELS`) and everything's warnings to
    ``folder`` (default :func:`log_dir`) / ``bnldesk.log``; route crash dumps and uncaught
    exceptions there. Returns the log file, or None when the folder cannot be written (the
    application then runs without a log file, and says so on stderr). Calling it again replaces
    the previous set-up."""
    if level not in LEVELS:
        raise ValueError(f"unknown log level {level!r} (one of {', '.join(LEVELS)})")
    shutdown_logging()
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _LogFileHandler(
            folder / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as exc:
        print(f"bnldesk: cannot write the log in {folder} ({exc.strerror})", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)  # libraries: warnings and errors only
    log.setLevel(level.upper())
    if level == "debug":  # schema upgrades, step by step
        logging.getLogger("alembic.runtime.migration").setLevel(logging.INFO)

    global _handler, _faulthandler_was_enabled
    _handler = handler
    _faulthandler_was_enabled = faulthandler.is_enabled()
    handler.enable_faulthandler()
    _install_exception_hooks()
    log.info(
        "bnldesk %s starting: Python %s on %s (%s), %s; database %s; log level %s",
        __version__,
        platform.python_version(),
        platform.platform(),
        platform.machine(),
        "frozen bundle" if getattr(sys, "frozen", False) else sys.executable,
        db_path if db_path is not None else "(none)",
        level,
    )
    return Path(handler.baseFilename)


def shutdown_logging() -> None:
    """Undo :func:`setup_logging` (tests, and a second set-up in the same process)."""
    global _handler, _previous_hooks, _our_hooks
    if _handler is None:
        return
    faulthandler.disable()
    if _faulthandler_was_enabled and sys.__stderr__ is not None:
        faulthandler.enable(file=sys.__stderr__)
    logging.getLogger().removeHandler(_handler)
    _handler.close()
    _handler = None
    if _previous_hooks is not None and _our_hooks is not None:
        if sys.excepthook is _our_hooks[0]:
            sys.excepthook = _previous_hooks[0]  # type: ignore[assignment]
        if threading.excepthook is _our_hooks[1]:
            threading.excepthook = _previous_hooks[1]  # type: ignore[assignment]
    _previous_hooks = _our_hooks = None


def log_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None, where: str = ""
) -> None:
    """Write an uncaught exception with its traceback to the log."""
    log.critical(
        "uncaught exception%s", f" in {where}" if where else "", exc_info=(kind, value, tb)
    )


def _install_exception_hooks() -> None:
    global _previous_hooks, _our_hooks
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
    _previous_hooks = (previous_hook, previous_thread_hook)

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log_exception(kind, value, tb)
        previous_hook(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            thread = args.thread.name if args.thread is not None else "a thread"
            log_exception(args.exc_type, args.exc_value, args.exc_traceback, thread)
        previous_thread_hook(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    _our_hooks = (hook, thread_hook)

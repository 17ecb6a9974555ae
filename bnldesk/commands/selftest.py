"""``bnldesk selftest``: check that this installation works, without a display.

Everything happens in a temporary folder (database, generated plan, brief, workbook, and the
settings and data folders Qt and platformdirs would use), removed afterwards unless ``--keep``.
One line per check; the exit status is non-zero when any check fails. Qt is imported only by the
last check, which starts the application offscreen and waits for its main window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bnldesk.commands.speech import say
from bnldesk.preferences import command_line_language

if TYPE_CHECKING:
    from bnldesk.services.selftest import CheckResult, SelftestContext

# Everything the checks could write through the environment goes into the temporary folder.
_ISOLATED_DIRS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def check_main_window(ctx: SelftestContext) -> str:
    """Start the desktop application on the test database, offscreen, until its window shows."""
    from bnldesk.ui import startup_probe

    saved = os.environ.get(startup_probe.ENV_VAR)
    os.environ[startup_probe.ENV_VAR] = "quiet"
    try:
        return _show_main_window(ctx)
    finally:
        if saved is None:
            os.environ.pop(startup_probe.ENV_VAR, None)
        else:
            os.environ[startup_probe.ENV_VAR] = saved


def _show_main_window(ctx: SelftestContext) -> str:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from bnldesk.ui import startup_probe
    from bnldesk.ui.app import run_gui

    # Window state and preferences go to the temporary folder, never the user's settings.
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(ctx.work_dir / "settings"))
    if ctx.store is not None:
        ctx.store.close()  # the application opens the file itself
    code = run_gui(ctx.db_path)
    shown = startup_probe.shown_window()
    if shown is None:
        raise RuntimeError(
            "no window was shown (bnldesk.ui.app must call startup_probe.install(app))"
        )
    if shown != "main window":
        raise RuntimeError(f"a {shown} was shown instead of the main window")
    if code != 0:
        raise RuntimeError(f"the application exited with status {code}")
    return f"Qt platform {QGuiApplication.platformName()}"


def cmd_selftest(args: argparse.Namespace) -> int:
    """``bnldesk selftest``: check this installation in a temporary folder, one line per check;
    exit 1 when a check failed.
    """
    from bnldesk.services.selftest import Status, run_selftest

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bnldesk import __version__

    language = command_line_language()
    print(say("selftest_head", language, version=__version__, python=sys.executable), flush=True)
    failed = 0

    def report(result: CheckResult) -> None:
        nonlocal failed
        failed += result.status is Status.FAIL
        print(result_line(result, language), flush=True)

    tmp = tempfile.mkdtemp(prefix="bnldesk-selftest-")
    work_dir = Path(tmp)
    saved = {name: os.environ.get(name) for name in (*_ISOLATED_DIRS, "BNLDESK_DB")}
    try:
        for name in _ISOLATED_DIRS:
            os.environ[name] = str(work_dir / name.lower())
        os.environ["BNLDESK_DB"] = str(work_dir / "selftest.db")
        extra = [] if args.no_gui else [("main window (offscreen)", check_main_window)]
        results = run_selftest(work_dir, extra_checks=extra, report=report, verbose=args.verbose)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        if args.keep:
            print(say("selftest_kept", language, path=work_dir))
        else:
            _remove_tree(work_dir)
    skipped = sum(r.status is Status.SKIP for r in results)
    counts = {"ok": len(results) - failed - skipped, "failed": failed, "skipped": skipped}
    summary = say("selftest_summary", language, **counts)
    print(summary if not failed else say("selftest_failed", language, summary=summary), flush=True)
    return 1 if failed else 0


# The checks' names (bnldesk.services.selftest.CHECKS and the two added here) in Dutch and
# French; English says each by its own name.
_CHECK_NAMES: dict[str, tuple[str, str]] = {
    "bundled resources": ("meegeleverde bestanden", "fichiers fournis"),
    "open demo database": ("demodatabank openen", "ouvrir la base de démonstration"),
    "schema up to date": ("schema bijgewerkt", "schéma à jour"),
    "note and full-text search": ("nota en zoeken in de tekst", "note et recherche plein texte"),
    "import a generated plan": ("een gemaakt jaarplan inlezen", "importer un plan généré"),
    "brief (PDF)": ("briefing (PDF)", "briefing (PDF)"),
    "workbook (XLSX)": ("werkmap (XLSX)", "classeur (XLSX)"),
    "database integrity": ("integriteit van de databank", "intégrité de la base"),
    "main window (offscreen)": ("hoofdvenster (zonder scherm)", "fenêtre principale (sans écran)"),
    "offline": ("geen netwerk", "hors ligne"),
}
# A check's status, padded to one width in each language.
_STATUS_WORDS: dict[str, tuple[str, str, str]] = {
    "ok": ("ok  ", "ok    ", "ok    "),
    "FAIL": ("FAIL", "FOUT  ", "ÉCHEC "),
    "SKIP": ("SKIP", "OVER  ", "SAUTÉ "),
}


def result_line(result: CheckResult, language: str) -> str:
    """The line ``selftest`` prints for ``result`` in ``language``: status, the check's name
    and its detail (the detail is technical, for support: as the check says it)."""
    if language not in ("nl", "fr"):
        return result.line()
    index = 1 if language == "nl" else 2
    status = _STATUS_WORDS[result.status.value][index]
    name = _CHECK_NAMES.get(result.name, (result.name, result.name))[index - 1]
    text = f"{status}{name}"
    if result.detail:
        text += f"  ({result.detail})" if result.status.value == "ok" else f": {result.detail}"
    return text


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def register(subparsers: Any) -> None:
    """Add ``selftest`` to the command line's sub-parsers."""
    command = subparsers.add_parser(
        "selftest",
        help="check that this installation works (in a temporary folder, no display needed)",
    )
    command.add_argument("--no-gui", action="store_true", help="leave out the main window check")
    command.add_argument(
        "--keep", action="store_true", help="keep the temporary folder and say where"
    )
    command.add_argument("--verbose", action="store_true", help="tracebacks for failed checks")
    command.set_defaults(func=cmd_selftest)

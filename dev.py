#!/usr/bin/env python3
"""Developer entry point: sets up what it needs by itself, on a machine with only Python 3.11.

    python3 dev.py demo        launch bnldesk on the bundled demo data
    python3 dev.py test [ARGS] run the whole test suite (pytest ARGS are passed on)
    python3 dev.py lint        ruff over everything, mypy --strict over bnldesk/
    python3 dev.py bench       run the benchmark scripts in bench/
    python3 dev.py build       build the desktop bundle dist/bnldesk/ with PyInstaller
    python3 dev.py run ARGS    run the bnldesk command line inside the environment

The virtual environment lives in .venv/ and is refreshed whenever pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".install-stamp"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# Shared libraries Qt's offscreen and xcb platforms load; present on desktops, not always on
# a bare CI machine. poppler-utils gives pdftoppm for looking at rendered briefs.
DEBIAN_PACKAGES = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libglib2.0-0",
    "libdbus-1-3",
    "poppler-utils",
]


def say(msg: str) -> None:
    print(f"[dev] {msg}", flush=True)


def run(cmd: list[str | Path], **kw: object) -> int:
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, **kw)  # type: ignore[call-overload]


def ensure_venv(extras: str = "test") -> None:
    if not PY.exists():
        say("creating the virtual environment in .venv")
        if run([sys.executable, "-m", "venv", VENV]) != 0:
            sys.exit("could not create .venv (is the python3-venv package installed?)")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    say(f"installing bnldesk and its [{extras}] dependencies")
    run([PY, "-m", "pip", "install", "-q", "--upgrade", "pip"])
    if run([PY, "-m", "pip", "install", "-q", "-e", f".[{extras}]"]) != 0:
        sys.exit("pip install failed")
    STAMP.write_text(wanted)


def ensure_system_libraries() -> None:
    """Install Qt's runtime libraries from Debian when Qt cannot load and we are allowed to."""
    probe = "from PySide6.QtWidgets import QApplication"
    ok = run([PY, "-c", probe], stderr=subprocess.DEVNULL) == 0
    have_pdftoppm = shutil.which("pdftoppm") is not None
    if ok and have_pdftoppm:
        return
    if shutil.which("apt-get") is None or (hasattr(os, "geteuid") and os.geteuid() != 0):
        if not ok:
            say("Qt cannot load its libraries; install libegl1 libgl1 libxkbcommon0 libfontconfig1")
        return
    say("installing Debian packages: " + " ".join(DEBIAN_PACKAGES))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-qq"], env=env, stdout=subprocess.DEVNULL)
    run(["apt-get", "install", "-y", "-qq", *DEBIAN_PACKAGES], env=env, stdout=subprocess.DEVNULL)


def cmd_test(args: list[str]) -> int:
    ensure_venv()
    ensure_system_libraries()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    return run([PY, "-m", "pytest", *args], env=env)


def cmd_lint(_args: list[str]) -> int:
    ensure_venv()
    rc = run([BIN / "ruff", "check", "bnldesk", "tests", "bench", "scripts", "db", "dev.py"])
    rc |= run([BIN / "mypy"])
    return rc


def cmd_demo(args: list[str]) -> int:
    ensure_venv()
    ensure_system_libraries()
    demo_db = ROOT / ".demo" / "demo.db"
    return run([PY, "-m", "bnldesk", "--db", demo_db, *args])


def cmd_run(args: list[str]) -> int:
    ensure_venv()
    return run([PY, "-m", "bnldesk", *args])


def cmd_bench(args: list[str]) -> int:
    ensure_venv("test,bench")
    rc = 0
    for script in sorted((ROOT / "bench").glob("bench_*.py")):
        if args and not any(a in script.name for a in args):
            continue
        say(f"running {script.name}")
        rc |= run([PY, script], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return rc


def cmd_build(args: list[str]) -> int:
    ensure_venv("test,build")
    ensure_system_libraries()
    return run([BIN / "pyinstaller", "--noconfirm", "--clean", "bnldesk.spec", *args])


COMMANDS = {
    "test": cmd_test,
    "lint": cmd_lint,
    "demo": cmd_demo,
    "run": cmd_run,
    "bench": cmd_bench,
    "build": cmd_build,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Developer entry point: sets up what it needs by itself, on a machine with only Python 3.11.

    python3 dev.py demo [--virtual]  launch bnldesk on the demo database .demo/demo.db, a copy
                               of the bundled demo data kept apart from your own (--virtual: on
                               a private Xvfb display, for machines without a screen)
    python3 dev.py test [ARGS] run the whole test suite (pytest ARGS are passed on)
    python3 dev.py lint        ruff over everything, mypy --strict over bnldesk/
    python3 dev.py bench       run the benchmark scripts in bench/
    python3 dev.py mutation [ARGS]  mutation testing (scripts/mutation.py, its ARGS passed on)
    python3 dev.py build       build the desktop bundle dist/bnldesk/ with PyInstaller
    python3 dev.py run ARGS    run the bnldesk command line inside the environment, on your own
                               database ($BNLDESK_DB or the user data folder; it says which)
    python3 dev.py run --demo ARGS   the same on the demo database that `dev.py demo` uses
    python3 dev.py check-display   check (again) that Qt's X11 platform loads, and say why not
    python3 dev.py debian-packages the Debian packages set-up installs (for other CI systems)

The virtual environment lives in .venv/ and is refreshed whenever pyproject.toml changes. On
Debian, as root, the system libraries Qt needs are installed with apt-get; elsewhere the missing
ones are named with their Debian package. Only the standard library is used here: this file runs
before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".install-stamp"
DISPLAY_STAMP = VENV / ".display-checked"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# Qt's own list of what its xcb (X11) platform plugin needs, "Qt for X11 Requirements"
# (doc.qt.io/qt-6/linux-requirements.html), as the library each entry loads and the Debian 12
# package that holds it. A missing one is reported with its package.
QT_X11_LIBRARIES = {
    "libXrender.so.1": "libxrender1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libXext.so.6": "libxext6",
    "libX11.so.6": "libx11-6",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# What PySide6's wheels link beyond that list (OpenGL/EGL, D-Bus), and what the offscreen
# platform the tests use needs to draw text (a font).
QT_OTHER_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxcb-glx.so.0": "libxcb-glx0",
}
FONT_PACKAGE = "fonts-dejavu-core"
# Tools the tests use: a private X server (the xcb test), xdotool (waiting for and driving its
# window), pdftoppm (looking at rendered briefs), appstreamcli (validating the AppStream file).
TOOLS = {
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "openbox": "openbox",  # a window manager: window frames and placement (geometry test)
    "pdftoppm": "poppler-utils",
    "appstreamcli": "appstream",
    "soffice": "libreoffice-calc",  # tests save exported workbooks through LibreOffice headless
}
# The store, services and sync tests also run against a private PostgreSQL server that the test
# session starts in a temporary folder with Debian's binaries (tests/pg_server.py: initdb,
# pg_ctl, psql from /usr/lib/postgresql/*/bin).
SERVER_PACKAGES = {"initdb": "postgresql"}
DEBIAN_PACKAGES = sorted(
    {
        *QT_X11_LIBRARIES.values(),
        *QT_OTHER_LIBRARIES.values(),
        FONT_PACKAGE,
        *TOOLS.values(),
        *SERVER_PACKAGES.values(),
    }
)
PACKAGE_OF_LIBRARY = {**QT_X11_LIBRARIES, **QT_OTHER_LIBRARIES}

HEARTBEAT_SECONDS = 20  # a long step says it is still going this often
timings: dict[str, float] = {}  # step -> seconds, summed up at the end of `dev.py test`


def say(msg: str) -> None:
    print(f"[dev] {msg}", flush=True)


def run(cmd: list[str | Path], *, cwd: Path = ROOT, **kw: object) -> int:
    return subprocess.call([str(c) for c in cmd], cwd=cwd, **kw)  # type: ignore[call-overload]


def step(what: str, estimate: str, cmd: list[str | Path], *, label: str, **kw: object) -> int:
    """Run a long step: say what it does and roughly how long it takes, say every
    :data:`HEARTBEAT_SECONDS` that it is still going, and how long it took (kept in
    :data:`timings` under ``label``)."""
    say(f"{what} ({estimate})")
    started = time.monotonic()
    proc = subprocess.Popen([str(c) for c in cmd], cwd=ROOT, **kw)  # type: ignore[call-overload]
    while True:
        try:
            code: int = proc.wait(timeout=HEARTBEAT_SECONDS)
            break
        except subprocess.TimeoutExpired:
            say(f"  ... still {what[0].lower()}{what[1:]}: {time.monotonic() - started:.0f} s")
        except KeyboardInterrupt:
            proc.terminate()
            raise
    seconds = time.monotonic() - started
    timings[label] = timings.get(label, 0.0) + seconds
    say(f"  {'done' if code == 0 else f'FAILED (exit status {code})'} in {seconds:.0f} s")
    return code


# ------------------------------------------------------------------------------------------
# the virtual environment
# ------------------------------------------------------------------------------------------


def ensure_venv(extras: str = "test") -> None:
    make_venv = [sys.executable, "-m", "venv", VENV]
    if not PY.exists() and step("creating .venv", "a few seconds", make_venv, label="venv") != 0:
        sys.exit("could not create .venv (on Debian: apt-get install python3-venv)")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    pip_upgrade = [PY, "-m", "pip", "install", "-q", "--upgrade", "pip"]
    step("updating pip", "a few seconds", pip_upgrade, label="pip")
    code = step(
        f"installing bnldesk and its [{extras}] dependencies into .venv",
        "1-3 minutes the first time, PySide6 is large",
        [PY, "-m", "pip", "install", "-q", "--progress-bar", "off", "-e", f".[{extras}]"],
        label="pip",
        # setuptools warns at length, in a box of stars, that an editable install's top-level
        # folders could shadow the package (resources/ and db/ here are mapped into it on
        # purpose, see setup.py): not the delegate's concern, and it read like an error.
        env={**os.environ, "PYTHONWARNINGS": "ignore:Editable installation"},
    )
    if code != 0:
        sys.exit("pip install failed (see above)")
    STAMP.write_text(wanted)


# ------------------------------------------------------------------------------------------
# system libraries, and proof that Qt's X11 platform loads
# ------------------------------------------------------------------------------------------


def missing_debian_packages() -> list[str] | None:
    """The packages of :data:`DEBIAN_PACKAGES` not installed, or None when this is no Debian."""
    if shutil.which("dpkg-query") is None:
        return None
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${db:Status-Abbrev}\n", *DEBIAN_PACKAGES],
        capture_output=True,
        text=True,
    ).stdout
    installed = {line.split()[0] for line in out.splitlines() if line.split()[1:2] == ["ii"]}
    return [name for name in DEBIAN_PACKAGES if name not in installed]


def can_install_packages() -> bool:
    return shutil.which("apt-get") is not None and hasattr(os, "geteuid") and os.geteuid() == 0


def ensure_system_libraries() -> None:
    """Install the Debian packages Qt and the tests need (as root), then prove that Qt's xcb
    platform loads (once per environment; ``dev.py check-display`` checks again)."""
    if not sys.platform.startswith("linux"):
        return
    missing = missing_debian_packages()
    if missing and can_install_packages():
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        step(
            "updating the Debian package lists",
            "about 10-30 s",
            ["apt-get", "update", "-qq"],
            label="apt",
            env=env,
            stdout=subprocess.DEVNULL,
        )
        code = step(
            f"installing {len(missing)} Debian packages: {' '.join(missing)}",
            "about 1 minute",
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
            label="apt",
            env=env,
            stdout=subprocess.DEVNULL,
        )
        if code != 0:
            say("apt-get failed; the check below says what Qt still lacks")
    elif missing:
        say(f"missing Debian packages (install them as root): apt-get install {' '.join(missing)}")
    wanted = STAMP.read_text() if STAMP.exists() else ""
    if not (DISPLAY_STAMP.exists() and DISPLAY_STAMP.read_text() == wanted) and check_display():
        DISPLAY_STAMP.write_text(wanted)


def qt_plugin_libraries() -> list[Path]:
    """The xcb platform plugin of the installed PySide6 and Qt's xcb library."""
    code = "import os, PySide6; print(os.path.dirname(PySide6.__file__))"
    folder = Path(subprocess.run([PY, "-c", code], capture_output=True, text=True).stdout.strip())
    candidates = [
        folder / "Qt" / "plugins" / "platforms" / "libqxcb.so",
        *sorted((folder / "Qt" / "lib").glob("libQt6XcbQpa.so*")),
    ]
    return [path for path in candidates if path.is_file()]


def unresolved_libraries(files: list[Path]) -> list[str]:
    """Shared libraries that ``files`` need and the dynamic linker cannot find."""
    if not files or shutil.which("ldd") is None:
        return []
    out = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True).stdout
    return sorted({line.split()[0] for line in out.splitlines() if "=> not found" in line})


def describe_libraries(names: list[str]) -> str:
    return ", ".join(
        f"{name} (Debian package {PACKAGE_OF_LIBRARY[name]})"
        if name in PACKAGE_OF_LIBRARY
        else name
        for name in names
    )


@contextmanager
def virtual_display(size: str = "1280x800x24") -> Iterator[str]:
    """A private Xvfb server for the duration of the block; yields its DISPLAY (":N").

    Xvfb picks a free display number itself and writes it to a pipe once it accepts
    connections (``-displayfd``), so nothing here guesses a number or sleeps."""
    read_end, write_end = os.pipe()
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", size, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        os.close(write_end)
        try:
            number = b""
            deadline = time.monotonic() + 60
            while not number.endswith(b"\n"):
                left = max(deadline - time.monotonic(), 0)
                ready, _, _ = select.select([read_end], [], [], left)
                chunk = os.read(read_end, 16) if ready else b""
                if not chunk:
                    log.seek(0)
                    tail = log.read().decode(errors="replace").strip().splitlines()[-5:]
                    raise RuntimeError("Xvfb did not start: " + " | ".join(tail))
                number += chunk
            yield f":{number.decode().strip()}"
        finally:
            os.close(read_end)
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


# A window shown through the xcb platform plugin, on the display given in the environment.
_XCB_PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("bnldesk display check")
label.show()
app.processEvents()
print(app.platformName(), app.primaryScreen().size().width(), app.primaryScreen().size().height())
"""


def check_display() -> bool:
    """Load Qt's xcb platform for real, under a private Xvfb (or the current display when
    there is no Xvfb), and say exactly what is missing when it does not load."""
    if not sys.platform.startswith("linux"):
        return True
    started = time.monotonic()
    missing = unresolved_libraries(qt_plugin_libraries())
    if missing:
        say(f"Qt's X11 (xcb) platform cannot load; missing: {describe_libraries(missing)}")
        packages = sorted(
            {PACKAGE_OF_LIBRARY[name] for name in missing if name in PACKAGE_OF_LIBRARY}
        )
        if packages:
            say(f"install them with: apt-get install {' '.join(packages)}")
        return False
    if shutil.which("Xvfb") is not None:
        say("checking that Qt's X11 (xcb) platform loads, on a private Xvfb (a few seconds)")
        with virtual_display() as display:
            result = _probe_xcb(display)
    elif os.environ.get("DISPLAY"):
        say(f"checking that Qt's X11 (xcb) platform loads, on display {os.environ['DISPLAY']}")
        result = _probe_xcb(os.environ["DISPLAY"])
    else:
        say("cannot check Qt's X11 platform: no display and no Xvfb (apt-get install xvfb)")
        return False
    timings["display check"] = time.monotonic() - started
    if result.returncode == 0 and result.stdout.startswith("xcb "):
        say(f"  ok: Qt's xcb platform loads (screen {' x '.join(result.stdout.split()[1:3])})")
        return True
    say("Qt's X11 (xcb) platform does NOT load. Qt says (QT_DEBUG_PLUGINS=1):")
    for line in (result.stderr or "").splitlines():
        if any(word in line for word in ("Cannot", "cannot", "could not", "Could not")):
            print(f"    {line.strip()}", flush=True)
    # The dynamic linker's own words name the library it could not open.
    unopened = sorted(
        set(re.findall(r"([\w.+-]+\.so[.\d]*): cannot open shared object", result.stderr))
    )
    if unopened:
        say(f"missing: {describe_libraries(unopened)}")
    return False


def _probe_xcb(display: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_DEBUG_PLUGINS": "1"}
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [PY, "-c", _XCB_PROBE], env=env, capture_output=True, text=True, timeout=120
    )


# ------------------------------------------------------------------------------------------
# commands
# ------------------------------------------------------------------------------------------


def cmd_test(args: list[str]) -> int:
    started = time.monotonic()
    ensure_venv()
    ensure_system_libraries()
    say(
        "running the test suite (about 5-8 minutes on two cores; the desktop-bundle test alone takes 2)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    free_mb = shutil.disk_usage(tempfile.gettempdir()).free // 2**20
    if free_mb < 3072:
        say(f"warning: only {free_mb} MB free for temporary files; the suite needs about 3 GB")
    # Where the suite's conftest sends faulthandler's stacks: printed if pytest itself dies.
    crash_dump = Path(tempfile.gettempdir()) / f"bnldesk-test-crash-{os.getpid()}.txt"
    crash_dump.unlink(missing_ok=True)
    env["BNLDESK_CRASH_DUMP"] = str(crash_dump)
    tests_started = time.monotonic()
    code = run([PY, "-m", "pytest", *args], env=env)
    timings["tests"] = time.monotonic() - tests_started
    if code < 0:
        _print_crash(-code, crash_dump)
    crash_dump.unlink(missing_ok=True)
    parts = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items())
    say(f"took {time.monotonic() - started:.0f} s in all: {parts}")
    return code


def _print_crash(signal_number: int, crash_dump: Path) -> None:
    """pytest was ended by a signal (a crash in Qt): the last test started and the Python
    stacks faulthandler wrote, so that a crash on a CI machine can be looked into."""
    say(f"pytest was ended by signal {signal_number}; what faulthandler wrote:")
    try:
        lines = crash_dump.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    started = [n for n, line in enumerate(lines) if line.startswith("--- ")]
    print("\n".join(lines[started[-1] if started else 0 :][-300:]) or "(nothing)", flush=True)


def cmd_lint(_args: list[str]) -> int:
    ensure_venv()
    everything = ["bnldesk", "tests", "bench", "scripts", "db", "dev.py", "setup.py"]
    rc = run([BIN / "ruff", "check", *everything])
    rc |= run([BIN / "ruff", "format", "--check", *everything])  # one layout, checked
    rc |= run([BIN / "mypy"])
    return rc


NO_DISPLAY_HELP = """\
There is no display here (neither $DISPLAY nor $WAYLAND_DISPLAY is set), so no window can open.
  - On a desktop: run `python3 dev.py demo` in a terminal of the desktop session.
  - Over SSH: connect with `ssh -X` (X forwarding), then run it again.
  - Without any screen: `python3 dev.py demo --virtual` runs it on a private virtual display
    (Xvfb); nothing appears, but xdotool and screenshots can drive and see it.
  - To check the installation without a display: `python3 dev.py run selftest`."""


def cmd_demo(args: list[str]) -> int:
    virtual = "--virtual" in args
    args = [a for a in args if a != "--virtual"]
    ensure_venv()
    ensure_system_libraries()
    say(
        f"bnldesk on the demo database {DEMO_DB.relative_to(ROOT)} (not your own); "
        "`python3 dev.py run --demo ARGS` reads and writes the same one from the command line"
    )
    command: list[str | Path] = [PY, "-m", "bnldesk", "--db", DEMO_DB, *args]
    # The demo's preferences (export folder, language, window layout) are its own: another
    # checkout's demo, or the delegate's own bnldesk, never reads or changes them.
    demo_env = {**os.environ, "BNLDESK_SETTINGS": str(DEMO_SETTINGS)}
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if not virtual:
        if sys.platform.startswith("linux") and not has_display:
            print(NO_DISPLAY_HELP, flush=True)
            return 2
        return run(command, env=demo_env)
    if shutil.which("Xvfb") is None:
        say("--virtual needs Xvfb: apt-get install xvfb (python3 dev.py test installs it as root)")
        return 2
    with virtual_display() as display:
        say(
            f"bnldesk runs on the virtual display {display}: nothing appears on this screen. "
            f"Drive it with `DISPLAY={display} xdotool search --name bnldesk` (and xdotool key, "
            f"click) or any X screenshot tool (ImageMagick: `import -display {display} "
            "-window root shot.png`); Ctrl+C here or quitting bnldesk ends both."
        )
        env = {**demo_env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        try:
            return run(command, env=env)
        except KeyboardInterrupt:
            return 130


def cmd_check_display(_args: list[str]) -> int:
    ensure_venv()
    DISPLAY_STAMP.unlink(missing_ok=True)
    ensure_system_libraries()
    return 0 if DISPLAY_STAMP.exists() or not sys.platform.startswith("linux") else 1


def cmd_debian_packages(_args: list[str]) -> int:
    print(" ".join(DEBIAN_PACKAGES))
    return 0


# The database `dev.py demo` (and `dev.py run --demo`) uses, apart from the delegate's own.
DEMO_DB = ROOT / ".demo" / "demo.db"
DEMO_SETTINGS = ROOT / ".demo" / "settings.ini"  # `dev.py demo`'s preferences ($BNLDESK_SETTINGS)


def cmd_run(args: list[str]) -> int:
    """The bnldesk command line; ``--demo`` first: on the demo database. Without ``--db`` it
    says on stderr which database the command uses, so a note written in the demo is not
    looked for in the user's own database (or the other way round)."""
    ensure_venv()
    if args[:1] == ["--demo"]:
        return run([PY, "-m", "bnldesk", "--db", DEMO_DB, *args[1:]], cwd=Path.cwd())
    if not any(a == "--db" or a.startswith("--db=") for a in args):
        where = subprocess.run(
            [str(PY), "-c", "from bnldesk.paths import default_db_path; print(default_db_path())"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        if where:
            print(
                f"[dev] database: {where} (yours; the demo's is {DEMO_DB.relative_to(ROOT)}: "
                "python3 dev.py run --demo ...)",
                file=sys.stderr,
                flush=True,
            )
    # In the delegate's folder: "--out b.pdf" and "--db my.db" mean files there (trial 19: the
    # brief went into the checkout).
    return run([PY, "-m", "bnldesk", *args], cwd=Path.cwd())


def cmd_bench(args: list[str]) -> int:
    ensure_venv("test,bench")
    rc = 0
    for script in sorted((ROOT / "bench").glob("bench_*.py")):
        if args and not any(a in script.name for a in args):
            continue
        say(f"running {script.name}")
        rc |= run([PY, script], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return rc


def cmd_mutation(args: list[str]) -> int:
    ensure_venv("test,mutation")
    return run([PY, ROOT / "scripts" / "mutation.py", *args])


def cmd_build(args: list[str]) -> int:
    ensure_venv("test,build")
    ensure_system_libraries()
    return step(
        "building the desktop bundle dist/bnldesk/ with PyInstaller",
        "about 2 minutes",
        [BIN / "pyinstaller", "--noconfirm", "--clean", "--log-level=WARN", "bnldesk.spec", *args],
        label="build",
    )


COMMANDS = {
    "test": cmd_test,
    "lint": cmd_lint,
    "demo": cmd_demo,
    "run": cmd_run,
    "bench": cmd_bench,
    "build": cmd_build,
    "mutation": cmd_mutation,
    "check-display": cmd_check_display,
    "debian-packages": cmd_debian_packages,
}


def main(argv: list[str]) -> int:
    # A terminated dev.py (CI's time limit, `timeout`) still stops its Xvfb and children.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

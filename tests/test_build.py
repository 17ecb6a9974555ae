"""The desktop build: ``bnldesk selftest`` from source, and the PyInstaller bundle built from
``bnldesk.spec`` running its self test with no Python environment around it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from bnldesk.cli import main
from bnldesk.services import selftest
from bnldesk.services.selftest import CheckResult, Status, run_selftest

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
# Every check must pass, the import and export ones included (no SKIP in a complete build).
ALL_CHECKS = {
    "bundled resources",
    "open demo database",
    "schema up to date",
    "note and full-text search",
    "import a generated plan",
    "brief (PDF)",
    "workbook (XLSX)",
    "database integrity",
}


def _files_below(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _files_besides_the_log(home: Path) -> list[Path]:
    """What a run left in the home folder, apart from its log file (which every run writes)."""
    log = home / ".local" / "state" / "bnldesk" / "log" / "bnldesk.log"
    return [p for p in _files_below(home) if p != log]


def _say(capsys: pytest.CaptureFixture[str], text: str) -> None:
    """A line on the terminal before a long step, so that a slow test says what it is doing."""
    with capsys.disabled():
        print(f"\n[{Path(__file__).name}] {text}", flush=True)


def _clean_env(tmp: Path) -> dict[str, str]:
    """An environment like a delegate's: no virtual environment, no PYTHONPATH, no display."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp / "home"),
        "TMPDIR": str(tmp / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    for name in ("home", "tmp"):
        (tmp / name).mkdir(exist_ok=True)
    return env


def test_selftest_checks_pass_in_process(tmp_path: Path) -> None:
    seen: list[CheckResult] = []
    results = run_selftest(tmp_path, report=seen.append)
    assert results == seen
    by_name = {r.name: r for r in results}
    assert set(by_name) >= ALL_CHECKS
    assert [r.line() for r in results if r.status is not Status.OK] == []
    # Everything it made is inside the folder it was given.
    assert (tmp_path / "selftest.db").exists()


def test_selftest_reports_a_failing_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_ctx: selftest.SelftestContext) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(selftest, "CHECKS", [*selftest.CHECKS[:2], ("broken part", broken)])
    assert main(["selftest", "--no-gui"]) == 1
    out = capsys.readouterr().out
    assert "ok    open demo database" in out
    assert "FAIL  broken part: OSError: disk full" in out
    assert "self test FAILED" in out


def test_selftest_refuses_and_reports_network_access(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def phones_home(_ctx: selftest.SelftestContext) -> str:
        socket.create_connection(("update.example.invalid", 443), timeout=0.1)
        return "connected"

    monkeypatch.setattr(selftest, "CHECKS", [("phones home", phones_home)])
    original = (socket.getaddrinfo, socket.socket.connect)
    results = {r.name: r for r in run_selftest(tmp_path)}
    assert results["phones home"].status is Status.FAIL
    assert "network access refused" in results["phones home"].detail
    assert results["offline"].status is Status.FAIL
    assert "update.example.invalid" in results["offline"].detail
    # The guard is lifted afterwards.
    assert (socket.getaddrinfo, socket.socket.connect) == original


@pytest.mark.slow
def test_selftest_command_from_source(tmp_path: Path) -> None:
    """The whole command, GUI check included, in a fresh process; it leaves nothing behind."""
    env = {**_clean_env(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    result = subprocess.run(
        [sys.executable, "-m", "bnldesk", "selftest"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"bnldesk {VERSION} self test")
    for name in (*ALL_CHECKS, "main window (offscreen)"):
        assert any(line.startswith(f"ok    {name}") for line in lines), result.stdout
    assert not [line for line in lines if line.startswith("FAIL")]
    assert _files_besides_the_log(tmp_path / "home") == []
    assert _files_below(tmp_path / "tmp") == []


METAINFO = ROOT / "resources" / "io.github.bnldesk.bnldesk.metainfo.xml"


def test_appstream_metadata_describes_this_version_and_validates() -> None:
    """The AppStream file software centres read: this version, the menu entry it launches, and
    a clean ``appstreamcli validate`` (installed by dev.py on Debian; required in CI)."""
    import xml.etree.ElementTree as ET

    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert component.findtext("project_license") == "EUPL-1.2"
    launchable = component.findtext("launchable")
    assert launchable is not None and (ROOT / "resources" / launchable).is_file()
    releases = [r.get("version") for r in component.iter("release")]
    assert releases and releases[0] == VERSION  # the newest release first
    if shutil.which("appstreamcli") is None:
        if os.environ.get("CI"):
            pytest.fail("appstreamcli is missing (python3 dev.py test installs appstream)")
        pytest.skip("appstreamcli is not installed (Debian package appstream)")
    check = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr


# What a source distribution holds (setup.py maps resources/ and db/ into the package).
# What building the bundle takes on disk: ~250 MB bundle, ~150 MB build folder, ~250 MB installed
# copy, with room to spare for the suite after it.
BUNDLE_DISK_NEEDED = 1536 * 2**20

PACKAGED_SOURCES = ("bnldesk", "resources", "db", "pyproject.toml", "setup.py", "README.md")


@pytest.mark.slow
def test_wheel_installed_in_a_clean_venv_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``pip wheel``, then ``pip install`` it into a new virtual environment: the command line,
    the migrations and the bundled resources work from there, far from the checkout."""
    source = tmp_path / "src"
    source.mkdir()
    for name in PACKAGED_SOURCES:  # a copy, so the build writes nothing into the checkout
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(ROOT / name, source / name)
    _say(capsys, "building the wheel and installing it in a new venv (about 30 s)")
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    (wheel,) = wheels.glob("bnldesk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = archive.read(f"bnldesk-{VERSION}.dist-info/entry_points.txt").decode()
    for needed in (
        "bnldesk/resources/demo/jaarplan-2013.json",
        "bnldesk/resources/fonts/DejaVuSans.ttf",
        "bnldesk/resources/translations/bnldesk_nl.qm",
        "bnldesk/resources/icons/bnldesk.svg",
        "bnldesk/db/env.py",
        "bnldesk/db/script.py.mako",
        "bnldesk/db/versions/0001_initial_schema.py",
    ):
        assert needed in names
    assert not [n for n in names if n.startswith(("tests/", "bench/")) or n.endswith(".ts")]
    assert "[console_scripts]\nbnldesk = bnldesk.cli:main" in entry_points
    assert "[gui_scripts]\nbnldesk-gui = bnldesk.cli:gui_main" in entry_points

    venv = tmp_path / "venv"
    # Without PYTHONPATH: a checkout on it (with its bnldesk.egg-info) makes pip take bnldesk
    # as installed already and install only its dependencies.
    outside = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300, env=outside)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    install = subprocess.run(
        [str(scripts / "python"), "-m", "pip", "install", "-q", str(wheel)],
        env=outside,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr[-4000:]
    assert (scripts / ("bnldesk-gui.exe" if os.name == "nt" else "bnldesk-gui")).is_file()

    env = _clean_env(tmp_path)
    bnldesk = str(scripts / "bnldesk")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [bnldesk, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
        )

    assert run("--version").stdout.strip() == f"bnldesk {VERSION}"
    selftest_run = run("selftest")
    assert selftest_run.returncode == 0, selftest_run.stdout + selftest_run.stderr
    for name in (*ALL_CHECKS, "main window (offscreen)"):
        assert any(line.startswith(f"ok    {name}") for line in selftest_run.stdout.splitlines())
    listed = run("--db", str(tmp_path / "wheel.db"), "list", "plans")
    assert listed.returncode == 0, listed.stderr
    assert "Jaarplan 2013" in listed.stdout
    # The resources and migrations came from the installed package, not from this checkout.
    where = subprocess.run(
        [str(scripts / "python"), "-c", "import bnldesk.paths as p; print(p.migrations_path())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr
    assert _files_besides_the_log(tmp_path / "home") == []


@pytest.mark.slow
def test_bundle_built_from_the_spec_runs_its_selftest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    free = shutil.disk_usage(tmp_path).free
    if free < BUNDLE_DISK_NEEDED:
        # Filling the disk here would make every later test fail for want of a temporary file.
        pytest.skip(
            f"only {free // 2**20} MB free in {tmp_path.parent}: the bundle, its build folder and"
            f" its installed copy need {BUNDLE_DISK_NEEDED // 2**20} MB"
        )
    dist, work = tmp_path / "dist", tmp_path / "work"
    _say(capsys, "building the desktop bundle with PyInstaller (about 2 minutes)")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={work}",
            str(ROOT / "bnldesk.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    app_dir = dist / "bnldesk"
    exe = app_dir / ("bnldesk.exe" if sys.platform == "win32" else "bnldesk")
    assert exe.is_file()
    internal = app_dir / "_internal"
    assert (internal / "resources" / "icons" / "bnldesk.svg").is_file()
    assert (internal / "db" / "env.py").is_file()
    assert (internal / "db" / "script.py.mako").is_file()
    assert not list((internal / "db").rglob("__pycache__"))
    # Only the Qt modules bnldesk uses.
    qt_modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.*")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= qt_modules
    assert not qt_modules & {"QtQml", "QtQuick", "QtNetwork", "QtWebEngineCore", "QtMultimedia"}

    env = _clean_env(tmp_path)
    version = subprocess.run(
        [str(exe), "--version"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert version.stdout.strip() == f"bnldesk {VERSION}", version.stderr

    run = subprocess.run(
        [str(exe), "selftest"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    for name in (*ALL_CHECKS, "main window (offscreen)"):
        assert any(line.startswith(f"ok    {name}") for line in lines), run.stdout
    assert not [line for line in lines if line.startswith("FAIL")]
    assert _files_besides_the_log(tmp_path / "home") == []
    assert _files_below(tmp_path / "tmp") == []

    # The installer next to the program: a menu entry that starts the installed copy, and away.
    installer = app_dir / "install.sh"
    if sys.platform.startswith("linux"):
        home = tmp_path / "installed-home"
        home.mkdir()
        env_install = {**env, "HOME": str(home)}
        subprocess.run(
            [str(installer)], env=env_install, check=True, capture_output=True, timeout=120
        )
        target = home / ".local" / "opt" / "bnldesk" / "bnldesk"
        entry = (home / ".local/share/applications/bnldesk.desktop").read_text(encoding="utf-8")
        assert f"Exec={target}\n" in entry
        metainfo = home / ".local/share/metainfo" / METAINFO.name
        assert metainfo.read_bytes() == METAINFO.read_bytes()
        assert (home / ".local/share/icons/hicolor/256x256/apps/bnldesk.png").is_file()
        installed = subprocess.run(
            [str(home / ".local/bin/bnldesk"), "--version"],
            env=env_install,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert installed.stdout.strip() == f"bnldesk {VERSION}"
        subprocess.run(
            [str(installer), "--uninstall"], env=env_install, check=True, capture_output=True
        )
        assert not target.exists()
        assert not (home / ".local/share/applications/bnldesk.desktop").exists()
        assert not metainfo.exists()

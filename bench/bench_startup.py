"""Start-up of the desktop build to a shown main window (offscreen), and the bundle's size.

    .venv/bin/python bench/bench_startup.py               (uses dist/bnldesk/, builds if missing)
    .venv/bin/python bench/bench_startup.py --build       (fresh build into a temporary folder)
    .venv/bin/python bench/bench_startup.py --app PATH    (another build's executable)
    .venv/bin/python bench/bench_startup.py --cli         (only the command line, no bundle)

``--cli`` (also part of every run) measures ``bnldesk list workgroups --json`` on a new demo
database in fresh processes of this interpreter, against a bare ``python`` + ``sqlite3``
process answering the same query (target, issue 15: under 250 ms, aim 150 ms).

Each start is a new process with a clean environment (no virtual environment, a temporary
HOME, ``QT_QPA_PLATFORM=offscreen``) and ``BNLDESK_QUIT_WHEN_SHOWN=1``, so the application quits
as soon as its main window is shown. "to window" is the time from spawning the process to the
line the application prints when its window shows; "to exit" adds shutting down. The page cache
is warm after the first run (a truly cold disk is slower; the first run shows it best).
Target: < 3 s to a shown window.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_APP = ROOT / "dist" / "bnldesk" / ("bnldesk.exe" if os.name == "nt" else "bnldesk")
TARGET_SECONDS = 3.0


def build(dist: Path, work: Path) -> tuple[Path, float]:
    started = time.perf_counter()
    subprocess.run(
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
        check=True,
    )
    exe = dist / "bnldesk" / DEFAULT_APP.name
    return exe, time.perf_counter() - started


def clean_env(home: Path) -> dict[str, str]:
    env = {
        "PATH": "/usr/bin:/bin" if os.name != "nt" else os.environ.get("SYSTEMROOT", ""),
        "HOME": str(home),
        "TMPDIR": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "BNLDESK_QUIT_WHEN_SHOWN": "1",
    }
    return env


def start_once(exe: Path, db: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds to the "shown" line, and to the end of the process."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), "--db", str(db)],
        env=env,
        cwd=db.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    shown_at: float | None = None
    seen: list[str] = []
    for line in proc.stderr:
        seen.append(line)
        if shown_at is None and "main window shown" in line:
            shown_at = time.perf_counter() - started
    code = proc.wait(timeout=120)
    ended = time.perf_counter() - started
    if code != 0 or shown_at is None:
        raise SystemExit(f"the application did not show its window (exit {code}):\n{''.join(seen)}")
    return shown_at, ended


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_rows(app_dir: Path) -> list[tuple[str, str]]:
    internal = app_dir / "_internal"
    parts: dict[str, int] = {}
    qt = internal / "PySide6"
    icu = sum(p.stat().st_size for p in qt.rglob("libicu*")) if qt.is_dir() else 0
    parts["Qt (PySide6, without ICU)"] = (folder_size(qt) - icu) if qt.is_dir() else 0
    parts["ICU (Unicode data Qt needs)"] = icu
    python = [*internal.glob("libpython*"), internal / "base_library.zip"]
    parts["Python runtime"] = sum(p.stat().st_size for p in python if p.exists()) + (
        folder_size(internal / "python3.11") if (internal / "python3.11").is_dir() else 0
    )
    parts["resources/ and db/"] = folder_size(internal / "resources") + folder_size(internal / "db")
    total = folder_size(app_dir)
    parts["libraries (SQLAlchemy, lxml, Pillow, ...)"] = total - sum(parts.values())
    files = sum(1 for p in app_dir.rglob("*") if p.is_file())
    rows = [(name, f"{size / 2**20:.1f} MB") for name, size in parts.items()]
    rows.append(("bundle total", f"{total / 2**20:.1f} MB in {files} files"))
    return rows


def print_table(title: str, rows: Sequence[tuple[str, ...]], header: tuple[str, ...]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def command_line_rows() -> list[tuple[str, ...]]:
    """``list workgroups --json`` on a new demo database, against bare python (bench_store's
    measure, so both benches report the same figure)."""
    sys.path.insert(0, str(ROOT))
    from bench.bench_store import bench_cli

    with tempfile.TemporaryDirectory(prefix="bnldesk-cli-") as tmp:
        db = Path(tmp) / "demo.db"
        subprocess.run(
            [sys.executable, "-m", "bnldesk", "--db", str(db), "list", "plans"],
            check=True,
            capture_output=True,
        )
        return [bench_cli(db, "demo")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, help="the built executable (default dist/bnldesk/)")
    parser.add_argument("--build", action="store_true", help="build into a temporary folder")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cli", action="store_true", help="only the command line's start")
    args = parser.parse_args()
    cli_rows = command_line_rows()
    print_table(
        "The command line's start (fresh processes, median of 5)",
        cli_rows,
        ("run", "bnldesk", "bare python", "ratio", "target"),
    )
    if args.cli:
        return 0

    with tempfile.TemporaryDirectory(prefix="bnldesk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        build_seconds: float | None = None
        exe = args.app or DEFAULT_APP
        if args.build or (args.app is None and not exe.exists()):
            print("building the bundle with bnldesk.spec ...", flush=True)
            exe, build_seconds = build(tmp / "dist", tmp / "work")
        if not exe.exists():
            print(f"no build at {exe}: run 'python3 dev.py build' first", file=sys.stderr)
            return 2
        home = tmp / "home"
        home.mkdir()
        env = clean_env(home)
        db = home / "bench.db"

        rows: list[tuple[str, ...]] = []
        shown, ended = start_once(exe, db, env)  # creates the database from the demo data
        ok = "yes" if shown < TARGET_SECONDS else "NO"
        rows.append(("first start (new database)", f"{shown:.2f} s", f"{ended:.2f} s", ok))
        runs = [start_once(exe, db, env) for _ in range(args.runs)]
        to_window = [r[0] for r in runs]
        to_exit = [r[1] for r in runs]
        ok = "yes" if max(to_window) < TARGET_SECONDS else "NO"
        rows.append(
            (
                f"start, existing database (median of {args.runs})",
                f"{statistics.median(to_window):.2f} s",
                f"{statistics.median(to_exit):.2f} s",
                ok,
            )
        )
        rows.append(
            (
                f"start, existing database (max of {args.runs})",
                f"{max(to_window):.2f} s",
                f"{max(to_exit):.2f} s",
                ok,
            )
        )
        big = ROOT / "bench" / "big.db"
        if big.exists():
            copy = home / "big.db"
            shutil.copy2(big, copy)
            big_runs = [start_once(exe, copy, env) for _ in range(3)]
            shown = statistics.median(r[0] for r in big_runs)
            ended = statistics.median(r[1] for r in big_runs)
            ok = "yes" if shown < TARGET_SECONDS else "NO"
            size_mb = big.stat().st_size / 2**20
            rows.append(
                (
                    f"start on bench/big.db, {size_mb:.0f} MB (median of 3)",
                    f"{shown:.2f} s",
                    f"{ended:.2f} s",
                    ok,
                )
            )
        print_table(
            f"Start-up of {exe} (offscreen, target < {TARGET_SECONDS:.0f} s to window)",
            rows,
            ("run", "to window", "to exit", "< 3 s"),
        )
        size = size_rows(exe.parent)
        if build_seconds is not None:
            size.append(("build time (pyinstaller, this machine)", f"{build_seconds:.0f} s"))
        print_table("Bundle size", size, ("part", "size"))
        failed = any(r[3] == "NO" for r in rows)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Running the application in a process of its own, on a screen the test chooses: Qt's
offscreen platform given a screen size and scale factor, or a private Xvfb display.

A probe is Python code that prints one line ``RESULT <json>``; :func:`run_probe` runs it and
hands back that JSON, or fails with the probe's error output.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def need_tool(tool: str, package: str) -> None:
    """Skip (fail in CI) when ``tool`` is not installed; ``package`` is its Debian package."""
    if shutil.which(tool) is None:
        message = f"{tool} is not installed (python3 dev.py test installs {package} on Debian)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def offscreen_env(tmp_path: Path, screen: tuple[int, int], scale: str = "1") -> dict[str, str]:
    """The environment of a program on Qt's offscreen platform with one screen of ``screen``
    pixels at ``scale`` (QT_SCALE_FACTOR), its settings and data in ``tmp_path``."""
    config = tmp_path / "screen.json"
    width, height = screen
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ]
            }
        )
    )  # fmt: skip
    return {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }


@contextlib.contextmanager
def x_display(screen: tuple[int, int]) -> Iterator[dict[str, str]]:
    """The environment of a program on a private Xvfb display of ``screen`` pixels."""
    need_tool("Xvfb", "xvfb")
    from pyvirtualdisplay import Display

    with Display(backend="xvfb", size=screen, color_depth=24, manage_global_env=False) as display:
        env = {**os.environ, "DISPLAY": display.new_display_var, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        yield env


def run_probe(probe: str | Path, args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run ``probe`` (Python code, or the path of a script) with ``args`` in a new Python
    process; its ``RESULT`` line's JSON."""
    program = [str(probe)] if isinstance(probe, Path) else ["-c", probe]
    done = subprocess.run(
        [sys.executable, *program, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(lines[0][len("RESULT ") :])
    return result

"""The desktop application on a real X server: ``python3 dev.py demo`` on a private Xvfb loads
Qt's xcb platform plugin (the one a delegate's Linux desktop uses, with its system libraries),
opens the main window, shows it in a screenshot, and quits on Ctrl+Q typed by xdotool.

Skipped, with the reason, only where Xvfb cannot exist (not Linux, or not installed outside CI);
in CI, which runs as root on Debian where ``dev.py test`` installs it, a missing Xvfb fails.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from probe_support import need_tool, x_display

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is tested on Linux"),
]

SCREEN = (1280, 800)
# A screenshot tool made of Qt's own xcb platform: grabs the X screen until the window's area is
# drawn (many colours, not the blank background), then saves it; fails after a minute.
GRAB = """
import sys, time
from PySide6.QtGui import QGuiApplication
out, x, y, w, h = sys.argv[1], *map(int, sys.argv[2:6])
app = QGuiApplication(sys.argv[:1])
deadline = time.monotonic() + 60
while True:
    shot = app.primaryScreen().grabWindow(0)
    image = shot.toImage()
    colours = {image.pixel(x + i * w // 40, y + j * h // 40) for i in range(40) for j in range(40)}
    if len(colours) > 20:
        shot.save(out)
        print(app.platformName(), len(colours))
        break
    if time.monotonic() > deadline:
        sys.exit(f"the window area stayed blank ({len(colours)} colours)")
    app.processEvents()
"""


@pytest.fixture
def x_env() -> Iterator[dict[str, str]]:
    """The environment of a program on a private Xvfb display."""
    need_tool("xdotool", "xdotool")
    with x_display(SCREEN) as env:
        yield env


def _xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=180, check=True
    )
    return done.stdout.strip()


def test_demo_window_opens_on_x11_and_shows_in_a_screenshot(
    x_env: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "demo.db"
    app = subprocess.Popen(
        [sys.executable, "-m", "bnldesk", "--db", str(db)],
        env=x_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Waits (xdotool polls) until the main window is mapped; fails after 180 s.
        window = _xdotool(
            x_env, "search", "--sync", "--onlyvisible", "--name", "^demo\\.db — bnldesk$"
        )
        window = window.splitlines()[0]
        geometry = dict(
            line.split("=", 1)
            for line in _xdotool(x_env, "getwindowgeometry", "--shell", window).splitlines()
        )
        x, y, width, height = (int(geometry[key]) for key in ("X", "Y", "WIDTH", "HEIGHT"))
        assert width > 400 and height > 300, geometry

        shot = tmp_path / "main-window.png"
        grab = subprocess.run(
            [sys.executable, "-c", GRAB, str(shot), str(x), str(y), str(width), str(height)],
            env=x_env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert grab.returncode == 0, grab.stderr[-2000:]
        assert grab.stdout.startswith("xcb ")  # taken through the xcb platform too

        from PySide6.QtGui import QImage

        image = QImage(str(shot))
        assert (image.width(), image.height()) == SCREEN
        outside = {image.pixel(SCREEN[0] - 1, SCREEN[1] - 1), image.pixel(0, SCREEN[1] - 1)}
        inside = {
            image.pixel(x + i * width // 50, y + j * height // 50)
            for i in range(50)
            for j in range(50)
        }
        assert len(inside) > 20 and len(inside - outside) > 20

        # Quit as a delegate would: the keyboard shortcut, into the focused window.
        _xdotool(x_env, "windowfocus", "--sync", window)
        _xdotool(x_env, "key", "--clearmodifiers", "ctrl+q")
        assert app.wait(timeout=120) == 0, app.stderr.read() if app.stderr else ""
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        for pipe in (app.stdout, app.stderr):
            if pipe is not None:
                pipe.close()
    assert db.is_file()
    log = Path(x_env["XDG_STATE_HOME"]) / "bnldesk" / "log" / "bnldesk.log"
    assert "platform xcb, screen 1280x800" in log.read_text(encoding="utf-8")

"""``scripts/screenshots.py`` still runs: one language, one theme, one size, into a temporary
folder, and every window and dialog it promises is there and shows something.

The script broke unseen once when a dialog's signature changed; this runs it as a reviewer
would (its own offscreen process per screen size) and costs a few seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "screenshots.py"

# Written out, not read from the script: a window the script stops shooting fails here.
EXPECTED = (
    "main",
    "main-new-note",
    "search",
    "quick-open",
    "shortcuts",
    "help-guide",
    "preferences",
    "start-page",
    "meetings",
    "new-action",
    "brief-dialog",
    "brief-dialog-partners",
    "excel-dialog",
    "excel-dialog-partners",
    "share",
    "backups",
    "conflicts",
    "delegation-asked",
    "main-unsaved",
    "main-unsaved-line",
    "meetings-unsaved",
)


def distinct_colours(image: QImage) -> int:
    """How many colours ``image`` shows, every pixel counted: 1 for a blank picture."""
    pixels = image.convertToFormat(QImage.Format.Format_RGB32)
    return len(set(memoryview(pixels.constBits()).cast("I")))


def test_every_window_is_shot_and_not_blank(tmp_path: Path) -> None:
    out = tmp_path / "screenshots"
    environment = {**os.environ, "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), "--languages", "en",
         "--themes", "light", "--sizes", "1280x720"],
        capture_output=True, text=True, env=environment, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    folder = out / "1280x720" / "light" / "en"
    written = sorted(path.stem for path in folder.glob("*.png"))
    assert written == sorted(EXPECTED)
    for name in EXPECTED:
        image = QImage(str(folder / f"{name}.png"))
        assert not image.isNull(), f"{name}.png is not a readable PNG"
        assert image.width() >= 200 and image.height() >= 100, f"{name}.png is tiny"
        assert distinct_colours(image) >= 4, f"{name}.png is blank"


def test_a_blank_picture_counts_one_colour(tmp_path: Path) -> None:
    """The blank check itself: one colour for a filled image, more once something is drawn."""
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    assert distinct_colours(image) == 1
    for x_position in range(300):  # five grey bands across the lower half
        for y_position in range(100, 200):
            image.setPixel(x_position, y_position, (x_position // 60) * 0x202020)
    assert distinct_colours(image) == 6

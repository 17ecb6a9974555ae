"""Render the application icon ``resources/icons/bnldesk.svg`` to PNGs, a Windows .ico and a
macOS .icns (which ``bnldesk.spec`` gives the macOS build).

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


ICNS_SIZE = 1024  # macOS wants up to 512 pt at 2x; Pillow derives the smaller ones


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "bnldesk.svg"))
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"bnldesk-{size}.png"))
    with Image.open(ICONS / "bnldesk-256.png") as big:
        big.save(ICONS / "bnldesk.ico", sizes=[(s, s) for s in SIZES])
    with tempfile.TemporaryDirectory() as tmp:
        large = Path(tmp) / "icon.png"
        render(renderer, ICNS_SIZE).save(str(large))
        with Image.open(large) as image:
            image.save(ICONS / "bnldesk.icns", format="ICNS")
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

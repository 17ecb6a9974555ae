"""The application's icon, from the PNG sizes in resources/icons (the SVG when none is there)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from bnldesk.paths import resource_path


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resource_path("icons")
    svg = folder / "bnldesk.svg"
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = folder / f"bnldesk-{size}.png"
        if png.exists():
            icon.addFile(str(png), QSize(size, size))
    if icon.isNull() and svg.exists():
        icon.addFile(str(svg))
    return icon

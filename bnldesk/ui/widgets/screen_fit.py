"""Windows that fit the screen they open on, at any scale factor.

With ``QT_SCALE_FACTOR=2`` a 1440x900 screen is 720x450 logical pixels: a window sized for
1440x880 was larger than the screen and its minimum size could not fit either, leaving the
status bar and the note editor off-screen. Windows are sized with :func:`fit_to_screen`, and
their content sits in a :func:`scrolling` area, so what does not fit scrolls instead of being
cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room left for the title bar and borders the window manager adds around a window.
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget) -> QRect:
    """The usable part (without task bars) of the screen ``widget`` is on, in logical pixels."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def fitted_size(widget: QWidget, preferred: QSize) -> QSize:
    """``preferred``, made smaller where the screen is smaller (frame included)."""
    room = available_geometry(widget).size() - FRAME_ALLOWANCE
    return QSize(min(preferred.width(), room.width()), min(preferred.height(), room.height()))


def fit_to_screen(widget: QWidget, preferred: QSize | None = None, offset: int = 0) -> None:
    """Resize ``widget`` (to ``preferred`` or its current size) so it fits its screen, and move
    it inside the screen, ``offset`` pixels down and right of where it was (a second window
    opens beside the first, not exactly on top of it)."""
    size = fitted_size(widget, preferred or widget.size())
    widget.resize(size)
    room = available_geometry(widget)
    x = min(max(widget.x() + offset, room.left()), room.right() - size.width())
    y = min(max(widget.y() + offset, room.top()), room.bottom() - size.height())
    widget.move(QPoint(max(room.left(), x), max(room.top(), y)))


def scrolling(content: QWidget, name: str = "") -> QScrollArea:
    """``content`` in a frameless scroll area that resizes it: scroll bars appear only when
    the window is smaller than what the content needs."""
    area = QScrollArea()
    if name:
        area.setObjectName(name)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area

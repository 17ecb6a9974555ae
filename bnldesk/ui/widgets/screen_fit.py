"""Windows that fit the screen they open on, at any scale factor.

With ``QT_SCALE_FACTOR=2`` a 1440x900 screen is 720x450 logical pixels: a window sized for
1440x880 was larger than the screen and its minimum size could not fit either, leaving the
status bar and the note editor off-screen. Windows are sized with :func:`fit_to_screen`, and
their content sits in a :func:`scrolling` area, so what does not fit scrolls instead of being
cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

from bnldesk.ui.widgets.wheel_guard import guard_wheel

# The frame (title bar and borders) a window manager adds around a window, until a shown
# window tells the real one.
DEFAULT_FRAME = QMargins(8, 32, 8, 8)
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


def frame_margins(widget: QWidget) -> QMargins:
    """The frame around ``widget``'s window: its own once shown, else that of another shown
    window of the application, else :data:`DEFAULT_FRAME`."""
    for window in (widget.window(), QApplication.activeWindow(), *QApplication.topLevelWidgets()):
        handle = window.windowHandle() if window is not None and window.isVisible() else None
        if handle is not None and not handle.frameMargins().isNull():
            return handle.frameMargins()
    return DEFAULT_FRAME


def fitted_geometry(client: QRect, room: QRect, frame: QMargins) -> QRect:
    """``client`` (a window's inside, without its frame) made small enough that it fits in
    ``room`` with ``frame`` around it, and moved as little as needed to be inside ``room``;
    unchanged when it fits already."""
    inside = room.marginsRemoved(frame)
    width = min(client.width(), inside.width())
    height = min(client.height(), inside.height())
    x = max(inside.left(), min(client.x(), inside.left() + inside.width() - width))
    y = max(inside.top(), min(client.y(), inside.top() + inside.height() - height))
    return QRect(x, y, width, height)


def fit_to_screen(widget: QWidget, preferred: QSize | None = None, offset: int = 0) -> None:
    """Resize ``widget`` (to ``preferred`` or its current size) so it fits its screen with its
    frame, and move it inside the screen, ``offset`` pixels down and right of where it was (a
    second window opens beside the first, not exactly on top of it). A window that fits
    already keeps its geometry to the pixel.

    Moves with ``setGeometry`` (the inside of the window): ``move`` places the frame, so
    moving a window to its own inside's position put it a title bar lower at each start."""
    current = widget.geometry()
    wanted = QRect(current.topLeft() + QPoint(offset, offset), preferred or current.size())
    fitted = fitted_geometry(wanted, available_geometry(widget), frame_margins(widget))
    if fitted != current:
        widget.setGeometry(fitted)


def grow_to_content(widget: QWidget) -> None:
    """Make the window ``widget`` tall enough for its layout at its width (a line that wrapped,
    a note shown under a field), within its screen: a dialog that kept the height it opened
    with squeezed its check boxes below their height, cutting their text (the brief dialog's
    parts). Never makes it smaller; call it when the layout asks to be done again."""
    layout = widget.layout()
    if layout is None:
        return
    width = widget.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    needed = min(needed, fitted_size(widget, QSize(width, needed)).height())
    if needed > widget.height():
        widget.resize(width, needed)
        if widget.isVisible():
            fit_to_screen(widget)


def place_new_window(widget: QWidget) -> None:
    """A window about to be shown: over the middle of its parent's window when nothing placed
    it yet, and inside the screen (a 720-px window the window manager put at y=195 ran past
    a 900-px screen)."""
    parent = widget.parentWidget()
    if not widget.testAttribute(Qt.WidgetAttribute.WA_Moved) and parent is not None:
        rect = widget.geometry()
        rect.moveCenter(parent.window().geometry().center())
        widget.setGeometry(rect)
    fit_to_screen(widget)


class ScreenKeeper(QObject):
    """Every window and dialog the application shows is fitted to the screen it opens on
    (see :func:`place_new_window`); installed once on the application."""

    KINDS = (Qt.WindowType.Window, Qt.WindowType.Dialog)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and not event.spontaneous()  # shown by the program, not restored by the desktop
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in self.KINDS
        ):
            place_new_window(watched)
        return False


def keep_windows_on_screen(app: QApplication) -> None:
    """Install :class:`ScreenKeeper` on ``app`` (once)."""
    if app.findChild(ScreenKeeper) is None:
        app.installEventFilter(ScreenKeeper(app))


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
    guard_wheel(content)  # the wheel scrolls the area, it changes no field it passes over
    return area


def bring_into_view(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it can be read (a message under a
    form taller than its pane). Layouts waiting to be redone are done first, so that a
    message that just grew (wrapped on more lines) is brought into view whole."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QScrollArea):
            ancestor.ensureWidgetVisible(widget, 0, 4)
        ancestor = ancestor.parentWidget()

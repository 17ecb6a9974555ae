"""Light or dark: the appearance a delegate chooses in Preferences, or the desktop's own.

"system" keeps the palette the desktop gave the application when it started (a dark GNOME,
KDE or Windows theme is followed as it is); "light" and "dark" set one of two palettes of our
own on the whole application, so a delegate can read the window in a dark room or print a
screenshot on white whatever the desktop does. Every colour in bnldesk comes from the palette
or is made readable against it (:mod:`bnldesk.ui.widgets.colours`), so nothing else changes.
A new appearance applies at once to every window, dialog and message box: the palette is the
application's, and the application's style sheet is set again after it, because a widget that
the style sheet already polished keeps the palette it had then (trial 10: the main window stayed
light until a restart while new dialogs were dark). The style draws a visible edge around check
boxes and radio buttons on a dark ground (:class:`ReadableIndicatorStyle`), and a sort arrow
that points the way the rows run, whatever the appearance.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

APPEARANCES = ("system", "light", "dark")

_DARK = (
    (QPalette.ColorRole.Window, "#2b2b2b"),
    (QPalette.ColorRole.WindowText, "#e8e8e8"),
    (QPalette.ColorRole.Base, "#1e1e1e"),
    (QPalette.ColorRole.AlternateBase, "#262626"),
    (QPalette.ColorRole.Text, "#e8e8e8"),
    (QPalette.ColorRole.Button, "#353535"),
    (QPalette.ColorRole.ButtonText, "#e8e8e8"),
    (QPalette.ColorRole.BrightText, "#ffffff"),
    (QPalette.ColorRole.PlaceholderText, "#8c8c8c"),
    (QPalette.ColorRole.Highlight, "#3d6fb4"),
    (QPalette.ColorRole.HighlightedText, "#ffffff"),
    (QPalette.ColorRole.ToolTipBase, "#353535"),
    (QPalette.ColorRole.ToolTipText, "#e8e8e8"),
    (QPalette.ColorRole.Link, "#7aa7e6"),
    (QPalette.ColorRole.LinkVisited, "#b08fe0"),
    (QPalette.ColorRole.Light, "#4a4a4a"),
    (QPalette.ColorRole.Midlight, "#404040"),
    (QPalette.ColorRole.Mid, "#5a5a5a"),
    (QPalette.ColorRole.Dark, "#9a9a9a"),
    (QPalette.ColorRole.Shadow, "#000000"),
)
# Greyed-out text of disabled fields and buttons, still legible on the dark grounds.
_DARK_DISABLED = (
    (QPalette.ColorRole.WindowText, "#7f7f7f"),
    (QPalette.ColorRole.Text, "#7f7f7f"),
    (QPalette.ColorRole.ButtonText, "#7f7f7f"),
)

_desktop_palette: QPalette | None = None


def dark_palette() -> QPalette:
    """bnldesk's dark palette: light grey text on near-black, a blue selection."""
    palette = QPalette()
    for role, colour in _DARK:
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` puts text on a dark window (its Window colour darker than mid-grey)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class ReadableIndicatorStyle(QProxyStyle):
    """The application's style, with an edge in the text colour around the box of an unticked
    check box or radio button on a dark ground: Fusion draws it in the window colour darkened,
    which on bnldesk's dark palette is #1f1f1f on #1e1e1e (trial 10: "Ook privénota's
    opnemen" had no visible box). Light palettes are drawn as the style draws them.

    A table's sort arrow is ▲ over rows whose values grow downwards and ▼ over rows whose
    values shrink: QHeaderView hands an ascending column to the style as ``SortDown``, which
    Fusion draws as ▼ (trial 14: "Année ▲" over 2023, 2022, 2013)."""

    _INDICATORS = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    )

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            option = _arrow_the_rows_way(option)
        super().drawPrimitive(element, option, painter, widget)
        if element not in self._INDICATORS or not is_dark(option.palette):
            return
        edge = QColor(option.palette.color(QPalette.ColorRole.WindowText))
        edge.setAlpha(170)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(edge)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = option.rect.adjusted(1, 1, -1, -1)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


def _arrow_the_rows_way(option: QStyleOptionHeader) -> QStyleOptionHeader:
    """``option`` with its sort arrow turned: ``SortUp`` (the header's descending order,
    drawn ▲ by Fusion) becomes ``SortDown`` (▼), and the other way round."""
    turned = QStyleOptionHeader(option)
    if option.sortIndicator == QStyleOptionHeader.SortIndicator.SortUp:
        turned.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    elif option.sortIndicator == QStyleOptionHeader.SortIndicator.SortDown:
        turned.sortIndicator = QStyleOptionHeader.SortIndicator.SortUp
    return turned


def _readable_indicators(app: QApplication) -> None:
    """Put :class:`ReadableIndicatorStyle` over the application's style, once."""
    style = app.style()
    if isinstance(style, ReadableIndicatorStyle) or style is None:
        return
    app.setStyle(ReadableIndicatorStyle(style.name()))


def apply_appearance(app: QApplication, appearance: str) -> None:
    """Give ``app`` the palette of ``appearance`` ("system", "light" or "dark"; anything else
    is "system"), on every window, dialog and message box shown or still to come. The
    desktop's palette is remembered before bnldesk first sets one of its own, and "system"
    puts it back; "system" while none was set leaves the palette alone. The style is
    :class:`ReadableIndicatorStyle` in every appearance (its sort arrows)."""
    global _desktop_palette
    _readable_indicators(app)
    if appearance in ("light", "dark"):
        if _desktop_palette is None:
            _desktop_palette = QPalette(app.palette())
        _readable_indicators(app)
        style = app.style()
        light = style.standardPalette() if style is not None else QPalette()
        app.setPalette(dark_palette() if appearance == "dark" else light)
    elif _desktop_palette is not None:
        app.setPalette(_desktop_palette)
        _desktop_palette = None
    else:
        return
    if app.styleSheet():
        # Polished widgets keep the palette they were polished with: set the sheet again.
        app.setStyleSheet(app.styleSheet())

"""Light or dark: the appearance a delegate chooses in Preferences, or the desktop's own.

"system" keeps the palette the desktop gave the application when it started (a dark GNOME,
KDE or Windows theme is followed as it is); "light" and "dark" set one of two palettes of our
own on the whole application, so a delegate can read the window in a dark room or print a
screenshot on white whatever the desktop does. Every colour in bnldesk comes from the palette
or is made readable against it (:mod:`bnldesk.ui.widgets.colours`), so nothing else changes.
A new appearance applies at once (Qt sends every widget a palette change).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

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


def apply_appearance(app: QApplication, appearance: str) -> None:
    """Give ``app`` the palette of ``appearance`` ("system", "light" or "dark"; anything else
    is "system"). The desktop's palette is remembered before bnldesk first sets one of its
    own, and "system" puts it back; "system" while none was set leaves the palette alone."""
    global _desktop_palette
    if appearance in ("light", "dark"):
        if _desktop_palette is None:
            _desktop_palette = QPalette(app.palette())
        style = app.style()
        light = style.standardPalette() if style is not None else QPalette()
        app.setPalette(dark_palette() if appearance == "dark" else light)
    elif _desktop_palette is not None:
        app.setPalette(_desktop_palette)
        _desktop_palette = None

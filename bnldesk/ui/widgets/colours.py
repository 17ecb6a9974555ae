"""Colours that stay readable under any palette (light, dark, high contrast).

Accent colours are chosen for a light background; :func:`readable` moves one lighter or darker
until it has WCAG contrast 4.5:1 against the background it is drawn on, so a blue "Changed" or
green "New" is legible on a dark palette too. Greys come from the palette, never hard-coded.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MIN_CONTRAST = 4.5  # WCAG AA for normal text


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(colour: QColor | str, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """``colour``, lightened on a dark background or darkened on a light one until its
    contrast with ``background`` reaches ``minimum``."""
    result = QColor(colour)
    dark_background = _luminance(background) < 0.2
    hue: float = max(result.hslHueF(), 0.0)
    saturation: float = result.hslSaturationF()
    lightness: float = result.lightnessF()
    for _ in range(40):
        if contrast(result, background) >= minimum:
            return result
        lightness = min(1.0, lightness + 0.025) if dark_background else max(0.0, lightness - 0.025)
        result = QColor.fromHslF(hue, saturation, lightness)
    return QColor("white") if dark_background else QColor("black")


def palette() -> QPalette:
    return QGuiApplication.palette()


def base() -> QColor:
    """The background of lists and text views."""
    return palette().color(QPalette.ColorRole.Base)


def muted() -> QColor:
    """Secondary text (kinds, years, hints) readable on the base colour."""
    return readable(palette().color(QPalette.ColorRole.PlaceholderText), base())


def accent(colour: str) -> QColor:
    """An accent colour (given for a light background) readable on the base colour."""
    return readable(colour, base())


def on_rows(colour: str) -> QColor:
    """An accent colour readable on both colours a list's rows alternate between (Base and
    AlternateBase): trial 17 read the import review's flagships, a fixed dark orange, on the
    dark theme's near-black rows."""
    rows = palette()
    readable_on_base = readable(colour, rows.color(QPalette.ColorRole.Base))
    return readable(readable_on_base, rows.color(QPalette.ColorRole.AlternateBase))


def css(colour: QColor) -> str:
    """``colour`` for a style attribute in HTML or a style sheet."""
    return colour.name()


def warning_style() -> str:
    """A style sheet for a label saying what was refused: the warning colour, bold."""
    return f"color: {css(accent(WARNING))}; font-weight: bold;"


WARNING = "#b3261e"  # overdue dates, refused input
LINK = "#1d4ed8"  # kind labels
NEW = "#15803d"
FLAGSHIP = "#b45309"

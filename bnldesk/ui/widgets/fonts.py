"""The bundled fonts as the window's fallbacks, so that every script they cover is drawn.

The briefs embed the fonts in ``resources/fonts`` (DejaVu Sans, Symbola for emoji and symbols,
Droid Sans Fallback for Chinese and Japanese, NanumGothic for Korean), so a PDF showed 👍 while
the window drew an empty box on a laptop without an emoji font (trial 14). The application's
font lists the bundled families after its own: Qt takes a glyph the first family lacks from
the next that has it, in every widget that uses the application's font or a font made from it.
Substitutions do the same for a font that names the desktop's family on its own.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from bnldesk.paths import resource_path

# In the order glyphs are looked for after the desktop's font: text first, emoji and symbols,
# then the CJK fonts (whose Latin letters would otherwise win over Symbola's symbols).
FALLBACK_FILES = ("DejaVuSans.ttf", "Symbola.ttf", "DroidSansFallbackFull.ttf", "NanumGothic.ttf")

_installed: list[str] = []


def bundled_families() -> list[str]:
    """The family names of the bundled fallback fonts, registered with Qt once (a file that
    is missing or unreadable is left out: the window then draws what the desktop has)."""
    if not _installed:
        for name in FALLBACK_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            if font_id >= 0:
                _installed.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_installed)


def install_fallback_fonts(app: QApplication) -> None:
    """Give ``app``'s font the bundled families as fallbacks after its own family (again
    harmless: a family already listed is not added twice)."""
    fallbacks = bundled_families()
    font = QFont(app.font())
    own = font.families() or [font.family()]
    wanted = own + [family for family in fallbacks if family not in own]
    if wanted != own:
        font.setFamilies(wanted)
        app.setFont(font)
    for family in own:
        QFont.insertSubstitutions(family, [f for f in fallbacks if f != family])

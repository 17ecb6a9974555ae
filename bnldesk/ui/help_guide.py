"""Help > Using bnldesk: a short guide in the interface language, offline.

The text is ours, in ``resources/help/using-bnldesk.<en|nl|fr>.html``: the search language,
notes and the privacy of private notes, the main keyboard shortcuts (read from the action
registry, so they are the keys this build uses) and where this run keeps its files (the
database, backups, exports, log). Links are not followed: the guide opens no network.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from bnldesk.logs import log_dir
from bnldesk.paths import backups_dir, resource_path
from bnldesk.ui import i18n
from bnldesk.ui.actions import SPECS, ActionId, ActionRegistry, shortcut_text
from bnldesk.ui.widgets.screen_fit import fitted_size

# The actions whose keys the guide lists, in this order (all of them: Help > Keyboard shortcuts).
MAIN_ACTIONS = (
    ActionId.FIND,
    ActionId.QUICK_OPEN,
    ActionId.NEW_NOTE,
    ActionId.NEW_ACTION,
    ActionId.UNDO,
    ActionId.EXPORT_PDF,
    ActionId.EXPORT_EXCEL,
    ActionId.IMPORT,
    ActionId.BACK,
    ActionId.SHORTCUTS,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def guide_html(language: str, places: dict[str, str], shortcuts: list[tuple[str, str]]) -> str:
    """The guide's HTML in ``language`` ("en", "nl", "fr"; English for any other), with
    ``places`` (DATABASE, BACKUPS, EXPORTS, LOG: plain text, escaped here) and the
    ``shortcuts`` (action, keys) filled in."""
    name = language if language in ("nl", "fr") else "en"
    text = resource_path("help", f"using-bnldesk.{name}.html").read_text(encoding="utf-8")
    rows = "".join(
        f"<tr><td>{html.escape(action)}</td><td><b>{html.escape(keys)}</b></td></tr>"
        for action, keys in shortcuts
    )
    text = text.replace("%SHORTCUTS%", f'<table cellpadding="3">{rows}</table>')
    for key, value in places.items():
        text = text.replace(f"%{key}%", f"<code>{html.escape(value)}</code>")
    return text


def _shortcuts(registry: ActionRegistry) -> list[tuple[str, str]]:
    """(action, keys) of the main actions, in the interface language."""
    found = []
    for action_id in MAIN_ACTIONS:
        action = registry[action_id]
        keys = shortcut_text(SPECS[action_id])
        if keys:
            found.append((action.text().replace("&", "").rstrip("."), keys))
    return found


def _places(window: Any) -> dict[str, str]:
    store = window.store
    return {
        "DATABASE": str(store.where),
        "BACKUPS": tr("the server's own") if store.is_server else str(backups_dir(store.path)),
        "EXPORTS": str(window.settings.export_dir()),
        "LOG": str(log_dir()),
    }


class HelpGuide(QDialog):
    """The guide in a window of its own, closed with Close or Escape."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpGuide")
        self.setWindowTitle(tr("Using bnldesk"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # offline: nothing is followed
        self.browser.setHtml(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(fitted_size(self, QSize(760, 620)))


def show_help(window: Any) -> HelpGuide:
    """Help > Using bnldesk for ``window`` (the main window); returns the guide shown."""
    guide = HelpGuide(
        guide_html(i18n.current(), _places(window), _shortcuts(window.registry)), window
    )
    guide.show()
    window.help_guide = guide
    return guide

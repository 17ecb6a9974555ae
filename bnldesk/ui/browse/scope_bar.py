"""The line above the central list and the search results saying what they are limited to
(the navigator's node: a plan, a section, a workgroup, ...), with a button that clears it.

Shown above both the list and the search results, so a search that finds nothing within a
scope never hides why (trial 1: the scope line sat on the list page the results replace).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from bnldesk.ui.widgets.elided_label import ElidedLabel


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


class ScopeBar(QWidget):
    """ "Scope: Workgroup — SENN-CRISE  [Show all plans ×]"; ``cleared`` when the button is
    clicked. The text is the delegate's data (object names): always plain text."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Wrapped on two lines, cut in the middle beyond them (the whole text in its tooltip):
        # on one line at 1280x720 it read "Scope: Workgroup — SENN-CRISE · Strategische
        # werkgroep Cri…".
        self.label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle, lines=2)
        self.label.setObjectName("scopeLabel")
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearScope")
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.cleared)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.clear_button.hide()

    def show_scope(self, text: str, *, scoped: bool, keys: str) -> None:
        """Say ``text``; with a scope, offer the button (its tooltip names ``keys``)."""
        self.label.setText(text)
        self.clear_button.setText(tr("Show all plans ×"))
        self.clear_button.setToolTip(tr("Clear the scope (%1)").replace("%1", keys))
        self.clear_button.setAccessibleName(tr("Clear the scope"))
        self.clear_button.setVisible(scoped)

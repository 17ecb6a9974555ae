"""What receiving a notes bundle did, said in the interface language.

``ReceiveReport.summary()`` is the command line's lowercase English ("changed: 2 added"); the
window said exactly that. Here the same report is told in the delegate's language, with
counts as "Added: 2" so no plural forms are needed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bnldesk.services.sync import Change, ReceiveReport
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP, with_colon

CONTEXT = "Sync"  # lupdate files the strings under the empty context; i18n looks there too

# The actions of a receive report (bnldesk.services.sync.Change.action), in report order.
ACTIONS: dict[str, str] = {
    "added": QT_TRANSLATE_NOOP("", "Added"),
    "updated": QT_TRANSLATE_NOOP("", "Updated"),
    "deleted": QT_TRANSLATE_NOOP("", "Deleted"),
    "conflict": QT_TRANSLATE_NOOP("", "Conflicts (both versions kept)"),
    "conflict-resolved": QT_TRANSLATE_NOOP("", "Conflicts resolved"),
    "refused": QT_TRANSLATE_NOOP("", "Left out (private on this laptop)"),
    "orphan": QT_TRANSLATE_NOOP("", "Left out (not in this database's plans)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_label(action: str) -> str:
    """An action of a receive report in the interface language (the code itself if unknown)."""
    return tr(ACTIONS[action]) if action in ACTIONS else action


def receive_summary(report: ReceiveReport) -> str:
    """One sentence: what receiving did (or, for a preview, would do)."""
    counts = [
        f"{with_colon(action_label(action))} {report.count(action)}"
        for action in ACTIONS
        if report.count(action)
    ]
    if not report.changes:
        head = (
            with_colon(tr("Nothing to change; records already up to date"))
            + " "
            + str(report.unchanged)
        )
        return ". ".join([head, *counts]) + "."
    head = tr("Would change") if report.dry_run else tr("Received")
    return head + " — " + ", ".join(counts) + "."


def change_line(change: Change) -> str:
    """One line of the preview: the action in the interface language, then the record."""
    return f"{with_colon(action_label(change.action))} {change.label}"

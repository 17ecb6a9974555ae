"""What receiving a notes bundle did, said in the interface language.

The sentences are :mod:`bnldesk.services.sync_words`' (one catalogue, without Qt, that the
command line speaks too); here they take the interface language and the window's dates.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bnldesk.services import sync_words
from bnldesk.services.sync import Change, ReceiveReport
from bnldesk.services.sync_words import shown_changes
from bnldesk.ui import dates, i18n

if TYPE_CHECKING:
    from bnldesk.services.sync_server import ServerSyncReport


def _when(moment: dt.datetime) -> str:
    """A meeting's start as the window shows dates ("07/12/2026 10:00")."""
    return dates.format_datetime(moment, weekday=False)


def action_label(action: str) -> str:
    """An action of a receive report in the interface language (the code itself if unknown)."""
    return sync_words.action_label(action, i18n.current())


def receive_summary(report: ReceiveReport) -> str:
    """One sentence: what receiving did (or, for a preview, would do), each record counted
    once (:func:`shown_changes`)."""
    return sync_words.receive_summary(report, i18n.current())


def server_sync_summary(report: ServerSyncReport) -> str:
    """What File > Sync with server did, on this laptop and on the server, in the interface
    language."""
    return sync_words.server_sync_summary(report, i18n.current())


def record_text(kind: str, subject: tuple[str, ...], fallback: str = "") -> str:
    """A record named in the interface language ("note on 2.1.2 Gestion de crises: “…”"),
    from its kind and its own words; ``fallback`` (the English label) for an unknown kind."""
    return sync_words.record_text(kind, subject, i18n.current(), fallback, when=_when)


def change_line(change: Change) -> str:
    """One line of the preview: the action in the interface language, then the record, and
    why it was left out."""
    return sync_words.change_line(change, i18n.current(), when=_when)


__all__ = [
    "action_label",
    "change_line",
    "receive_summary",
    "record_text",
    "server_sync_summary",
    "shown_changes",
]

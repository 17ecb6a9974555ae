"""What receiving a notes bundle did, said in the interface language.

``ReceiveReport.summary()`` is the command line's lowercase English ("changed: 2 added"); the
window said exactly that. Here the same report is told in the delegate's language, with
counts as "Added: 2" so no plural forms are needed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from bnldesk.services import sync
from bnldesk.services.sync import Change, ReceiveReport
from bnldesk.ui import dates
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP, filled, with_colon

if TYPE_CHECKING:
    from bnldesk.services.sync_server import ServerSyncReport

CONTEXT = "Sync"  # lupdate files the strings under the empty context; i18n looks there too

# The actions of a receive report (bnldesk.services.sync.Change.action), in report order.
ACTIONS: dict[str, str] = {
    "added": QT_TRANSLATE_NOOP("", "Added"),
    "updated": QT_TRANSLATE_NOOP("", "Updated"),
    "deleted": QT_TRANSLATE_NOOP("", "Deleted"),
    "reattached": QT_TRANSLATE_NOOP("", "Linked again to their note, meeting or agenda point"),
    "conflict": QT_TRANSLATE_NOOP("", "Conflicts (both versions kept)"),
    "conflict-resolved": QT_TRANSLATE_NOOP("", "Conflicts already settled on another laptop"),
    "refused": QT_TRANSLATE_NOOP("", "Left out (private on this laptop)"),
    "orphan": QT_TRANSLATE_NOOP("", "Left out (not in this database's plans)"),
    "no-parent": QT_TRANSLATE_NOOP(
        "", "Left out (their note, meeting or agenda point is not in this database)"
    ),
}

# A record named in a report or the Conflicts window, by kind; %1, %2: its own words
# (bnldesk.services.sync_records.subject).
RECORDS: dict[str, str] = {
    "annotation": QT_TRANSLATE_NOOP("", "note on %1: “%2”"),
    "meeting": QT_TRANSLATE_NOOP("", "meeting “%1” (%2)"),
    "meeting-undated": QT_TRANSLATE_NOOP("", "meeting “%1”"),
    "agenda_item": QT_TRANSLATE_NOOP("", "agenda point “%1”"),
    "action_item": QT_TRANSLATE_NOOP("", "action “%1”"),
}

# Why a record was left out (bnldesk.services.sync.Change.reason).
REASONS: dict[str, str] = {
    sync.PRIVATE_HERE: QT_TRANSLATE_NOOP("", "private on this laptop"),
    sync.ON_PRIVATE_NOTE: QT_TRANSLATE_NOOP("", "on a private note"),
    "annotation": QT_TRANSLATE_NOOP("", "its note is not in this database"),
    "meeting": QT_TRANSLATE_NOOP("", "its meeting is not in this database"),
    "agenda_item": QT_TRANSLATE_NOOP("", "its agenda point is not in this database"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_label(action: str) -> str:
    """An action of a receive report in the interface language (the code itself if unknown)."""
    return tr(ACTIONS[action]) if action in ACTIONS else action


# When a report names one record under several actions (a note added here, with the conflict
# another laptop settled about it; a conflict kept, and the same conflict settled), the record
# is shown once, under the first of these: what happens to the record here comes before what
# another laptop already settled (trial 9: "Conflicts resolved: note on …" beside "Added:
# note on …" for a note this laptop never had).
_ONCE_ORDER = ("conflict", "added", "updated", "deleted", "reattached", "conflict-resolved")


def shown_changes(report: ReceiveReport) -> list[Change]:
    """The changes and refusals of ``report`` in report order, each record once (see
    ``_ONCE_ORDER``; a record is known by its kind and its own words)."""
    every = [*report.changes, *report.refused]
    rank = {action: place for place, action in enumerate(_ONCE_ORDER)}
    best: dict[tuple[str, tuple[str, ...] | str], Change] = {}
    for change in every:
        if change.action not in rank:
            continue
        key = (change.kind, change.subject or change.label)
        kept = best.get(key)
        if kept is None or rank[change.action] < rank[kept.action]:
            best[key] = change
    return [
        change
        for change in every
        if change.action not in rank
        or best[(change.kind, change.subject or change.label)] is change
    ]


def receive_summary(report: ReceiveReport) -> str:
    """One sentence: what receiving did (or, for a preview, would do), each record counted
    once (:func:`shown_changes`)."""
    counts = _counts(report)
    if not report.changes:
        head = (
            with_colon(tr("Nothing to change; records already up to date"))
            + " "
            + str(report.unchanged)
        )
        return ". ".join([head, *counts]) + "."
    # A preview says it is one ("Would change" alone read as a broken sentence, trial 12).
    head = tr("Receiving would bring") if report.dry_run else tr("Received")
    return head + " — " + ", ".join(counts) + "."


def _counts(report: ReceiveReport) -> list[str]:
    """The report's changes and refusals counted by action ("Toegevoegd: 3", "Weggelaten
    (…): 1"), each record once (:func:`shown_changes`); empty when there are none."""
    shown = shown_changes(report)
    return [
        f"{with_colon(action_label(action))} {number}"
        for action in ACTIONS
        if (number := sum(1 for change in shown if change.action == action))
    ]


def server_sync_summary(report: ServerSyncReport) -> str:
    """What File > Sync with server did, on this laptop and on the server, in the interface
    language (trial 13: the Dutch window showed the command line's English "this laptop: 3
    added, 1 left out …; the server: nothing new from this laptop")."""
    here = ", ".join(_counts(report.pulled))
    there = ", ".join(_counts(report.pushed))
    laptop = (
        filled(tr("This laptop — %1."), here)
        if here
        else tr("This laptop: nothing new from the server.")
    )
    server = (
        filled(tr("The server — %1."), there)
        if there
        else tr("The server: nothing new from this laptop.")
    )
    return f"{laptop} {server}"


def record_text(kind: str, subject: tuple[str, ...], fallback: str = "") -> str:
    """A record named in the interface language ("note on 2.1.2 Gestion de crises: “…”"),
    from its kind and its own words; ``fallback`` (the English label) for an unknown kind."""
    if kind not in RECORDS or not subject:
        return fallback
    if kind == "meeting" and (len(subject) < 2 or not subject[1]):
        kind = "meeting-undated"  # no start time yet
    elif kind == "meeting":
        # Its start as the window shows dates, not the bundle's ISO "2026-12-07T10:00".
        subject = (subject[0], _local_time(subject[1]), *subject[2:])

    def words(match: re.Match[str]) -> str:  # one pass: a "%2" typed in a title stays text
        number = int(match.group(1))
        return subject[number - 1] if number <= len(subject) else ""

    return re.sub(r"%(\d)", words, tr(RECORDS[kind]))


def _local_time(text: str) -> str:
    """A meeting's start (ISO, the meeting's own local time) as the window shows it."""
    try:
        return dates.format_datetime(dt.datetime.fromisoformat(text), weekday=False)
    except ValueError:
        return text


def change_line(change: Change) -> str:
    """One line of the preview: the action in the interface language, then the record, and
    why it was left out."""
    head = with_colon(action_label(change.action))
    if not change.subject:
        return f"{head} {change.label}"
    line = f"{head} {record_text(change.kind, change.subject)}"
    if change.reason in REASONS:
        line += f" ({tr(REASONS[change.reason])})"
    return line

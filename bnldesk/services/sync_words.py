"""What receiving a notes bundle (or syncing with a server) did, said in English, Dutch or
French: one catalogue for the window (:mod:`bnldesk.ui.sync_texts`, in the interface language)
and the command line (``bnldesk receive``, in its language), without Qt.

``ReceiveReport.summary()`` is the command line's lowercase English ("changed: 2 added"); here
the same report is told in the delegate's language, with counts as "Added: 2" so no plural
forms are needed. Until stop 26 these sentences were Qt translations, and ``bnldesk receive``
made a Qt application to say them (the command line must not need Qt).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from bnldesk import LANGUAGES
from bnldesk.domain.dates import format_date_time
from bnldesk.services.sync import ON_PRIVATE_NOTE, PRIVATE_HERE, Change, ReceiveReport

if TYPE_CHECKING:
    from bnldesk.services.sync_server import ServerSyncReport

Said = tuple[str, str, str]  # (English, Dutch, French)

# The actions of a receive report (bnldesk.services.sync.Change.action), in report order.
ACTIONS: dict[str, Said] = {
    "added": ("Added", "Toegevoegd", "Ajoutés"),
    "updated": ("Updated", "Bijgewerkt", "Mis à jour"),
    "deleted": ("Deleted", "Verwijderd", "Supprimés"),
    "reattached": (
        "Linked again to their note, meeting or agenda point",
        "Opnieuw gekoppeld aan hun nota, vergadering of agendapunt",
        "Rattachés de nouveau à leur note, réunion ou point de l'ordre du jour",
    ),
    "conflict": (
        "Conflicts (both versions kept)",
        "Conflicten (beide versies bewaard)",
        "Conflits (les deux versions conservées)",
    ),
    "conflict-resolved": (
        "Conflicts already settled on another laptop",
        "Conflicten al opgelost op een andere laptop",
        "Conflits déjà réglés sur un autre ordinateur",
    ),
    "refused": (
        "Left out (private on this laptop)",
        "Weggelaten (privé op deze laptop)",
        "Écartés (privés sur cet ordinateur)",
    ),
    "orphan": (
        "Left out (not in this database's plans)",
        "Weggelaten (niet in de plannen van deze databank)",
        "Écartés (absents des plans de cette base)",
    ),
    "no-parent": (
        "Left out (their note, meeting or agenda point is not in this database)",
        "Weggelaten (hun nota, vergadering of agendapunt staat niet in deze databank)",
        "Écartés (leur note, réunion ou point de l'ordre du jour n'est pas dans cette base)",
    ),
}

# A record named in a report or the Conflicts window, by kind; %1, %2: its own words
# (bnldesk.services.sync_records.subject).
RECORDS: dict[str, Said] = {
    "annotation": ("note on %1: “%2”", "nota bij %1: “%2”", "note sur %1 : « %2 »"),
    "meeting": ("meeting “%1” (%2)", "vergadering “%1” (%2)", "réunion « %1 » (%2)"),
    "meeting-undated": ("meeting “%1”", "vergadering “%1”", "réunion « %1 »"),
    "agenda_item": ("agenda point “%1”", "agendapunt “%1”", "point de l'ordre du jour « %1 »"),
    "action_item": ("action “%1”", "actiepunt “%1”", "point d'action « %1 »"),
}

# Why a record was left out (bnldesk.services.sync.Change.reason).
REASONS: dict[str, Said] = {
    PRIVATE_HERE: ("private on this laptop", "privé op deze laptop", "privé sur cet ordinateur"),
    ON_PRIVATE_NOTE: ("on a private note", "bij een privénota", "sur une note privée"),
    "annotation": (
        "its note is not in this database",
        "de nota ervan staat niet in deze databank",
        "sa note n'est pas dans cette base",
    ),
    "meeting": (
        "its meeting is not in this database",
        "de vergadering ervan staat niet in deze databank",
        "sa réunion n'est pas dans cette base",
    ),
    "agenda_item": (
        "its agenda point is not in this database",
        "het agendapunt ervan staat niet in deze databank",
        "son point de l'ordre du jour n'est pas dans cette base",
    ),
}

# The sentences around the counts.
SENTENCES: dict[str, Said] = {
    "up_to_date": (
        "Nothing to change; records already up to date",
        "Niets te wijzigen; records al bijgewerkt",
        "Rien à modifier ; enregistrements déjà à jour",
    ),
    "would_bring": ("Receiving would bring", "Ontvangen zou brengen", "La réception apporterait"),
    "received": ("Received", "Ontvangen", "Reçu"),
    "laptop_got": ("This laptop — %1.", "Deze laptop — %1.", "Cet ordinateur — %1."),
    "laptop_nothing": (
        "This laptop: nothing new from the server.",
        "Deze laptop: niets nieuws van de server.",
        "Cet ordinateur : rien de nouveau du serveur.",
    ),
    "server_got": ("The server — %1.", "De server — %1.", "Le serveur — %1."),
    "server_nothing": (
        "The server: nothing new from this laptop.",
        "De server: niets nieuws van deze laptop.",
        "Le serveur : rien de nouveau de cet ordinateur.",
    ),
}

WhenSaid = Callable[[dt.datetime], str]  # a meeting's start as the reader's dates show it


def in_language(said: Said, language: str) -> str:
    """The text of ``said`` in ``language`` ("en", "nl", "fr"; English for any other)."""
    return said[LANGUAGES.index(language)] if language in LANGUAGES else said[0]


def with_colon(text: str, language: str) -> str:
    """ "Added:" in English and Dutch, "Ajoutés :" (no-break space) in French."""
    return text + ("\u00a0:" if language == "fr" else ":")


def fill(template: str, *values: str) -> str:
    """``template`` with ``%1``, ``%2``... replaced by ``values`` in one pass (a "%2" typed in
    a title stays text); a marker without a value becomes ""."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if number <= len(values) else ""

    return re.sub(r"%(\d)", value, template)


def action_label(action: str, language: str) -> str:
    """An action of a receive report in ``language`` (the code itself if unknown)."""
    return in_language(ACTIONS[action], language) if action in ACTIONS else action


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


def receive_summary(report: ReceiveReport, language: str) -> str:
    """One sentence in ``language``: what receiving did (or, for a preview, would do), each
    record counted once (:func:`shown_changes`)."""
    counts = _counts(report, language)
    if not report.changes:
        said = in_language(SENTENCES["up_to_date"], language)
        head = f"{with_colon(said, language)} {report.unchanged}"
        return ". ".join([head, *counts]) + "."
    # A preview says it is one ("Would change" alone read as a broken sentence, trial 12).
    head = in_language(SENTENCES["would_bring" if report.dry_run else "received"], language)
    return head + " — " + ", ".join(counts) + "."


def _counts(report: ReceiveReport, language: str) -> list[str]:
    """The report's changes and refusals counted by action ("Toegevoegd: 3", "Weggelaten
    (…): 1"), each record once (:func:`shown_changes`); empty when there are none."""
    shown = shown_changes(report)
    return [
        f"{with_colon(action_label(action, language), language)} {number}"
        for action in ACTIONS
        if (number := sum(1 for change in shown if change.action == action))
    ]


def server_sync_summary(report: ServerSyncReport, language: str) -> str:
    """What a sync with the server did, on this laptop and on the server, in ``language``
    (trial 13: the Dutch window showed the command line's English "this laptop: 3 added, 1
    left out …; the server: nothing new from this laptop")."""
    here = ", ".join(_counts(report.pulled, language))
    there = ", ".join(_counts(report.pushed, language))
    laptop = (
        fill(in_language(SENTENCES["laptop_got"], language), here)
        if here
        else in_language(SENTENCES["laptop_nothing"], language)
    )
    server = (
        fill(in_language(SENTENCES["server_got"], language), there)
        if there
        else in_language(SENTENCES["server_nothing"], language)
    )
    return f"{laptop} {server}"


def record_text(
    kind: str,
    subject: tuple[str, ...],
    language: str,
    fallback: str = "",
    when: WhenSaid | None = None,
) -> str:
    """A record named in ``language`` ("note sur 2.1.2 Gestion de crises : « … »"), from its
    kind and its own words; ``fallback`` (the English label) for an unknown kind. A meeting's
    start (ISO, its own local time) is said by ``when``, else as "07/12/2026 10:00"."""
    if kind not in RECORDS or not subject:
        return fallback
    if kind == "meeting" and (len(subject) < 2 or not subject[1]):
        kind = "meeting-undated"  # no start time yet
    elif kind == "meeting":
        subject = (subject[0], _local_time(subject[1], language, when), *subject[2:])
    return fill(in_language(RECORDS[kind], language), *subject)


def _local_time(text: str, language: str, when: WhenSaid | None) -> str:
    """A meeting's start (ISO, the meeting's own local time) as dates are shown, not the
    bundle's ISO "2026-12-07T10:00"; the text itself when it is no time."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return when(moment) if when is not None else format_date_time(moment, language)


def change_line(change: Change, language: str, when: WhenSaid | None = None) -> str:
    """One line of the preview in ``language``: the action, then the record, and why it was
    left out."""
    head = with_colon(action_label(change.action, language), language)
    if not change.subject:
        return f"{head} {change.label}"
    line = f"{head} {record_text(change.kind, change.subject, language, when=when)}"
    if change.reason in REASONS:
        line += f" ({in_language(REASONS[change.reason], language)})"
    return line

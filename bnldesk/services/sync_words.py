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
from bnldesk.domain.wording import quoted
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
        "Conflits déjà réglés sur un autre portable",
    ),
    "refused": (
        "Left out (private on this laptop)",
        "Weggelaten (privé op deze laptop)",
        "Écartés (privés sur ce portable)",
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

# The same actions counted in a summary ("2 toegevoegd, 1 conflict (beide versies bewaard)"),
# each as (one, several) in English, Dutch and French; {n} is the count (trial 17: "Ontvangen
# zou brengen — Toegevoegd: 2." was no Dutch). French participles agree with the count.
Counted = tuple[tuple[str, str], tuple[str, str], tuple[str, str]]
COUNTED: dict[str, Counted] = {
    "added": (("{n} added", "{n} added"), ("{n} toegevoegd", "{n} toegevoegd"),
              ("{n} ajouté", "{n} ajoutés")),
    "updated": (("{n} updated", "{n} updated"), ("{n} bijgewerkt", "{n} bijgewerkt"),
                ("{n} mis à jour", "{n} mis à jour")),
    "deleted": (("{n} deleted", "{n} deleted"), ("{n} verwijderd", "{n} verwijderd"),
                ("{n} supprimé", "{n} supprimés")),
    "reattached": (
        ("{n} linked again to its note, meeting or agenda point",
         "{n} linked again to their note, meeting or agenda point"),
        ("{n} opnieuw gekoppeld aan de nota, vergadering of het agendapunt",
         "{n} opnieuw gekoppeld aan hun nota, vergadering of agendapunt"),
        ("{n} rattaché de nouveau à sa note, réunion ou point de l'ordre du jour",
         "{n} rattachés de nouveau à leur note, réunion ou point de l'ordre du jour"),
    ),
    "conflict": (
        ("{n} conflict (both versions kept)", "{n} conflicts (both versions kept)"),
        ("{n} conflict (beide versies bewaard)", "{n} conflicten (beide versies bewaard)"),
        ("{n} conflit (les deux versions conservées)", "{n} conflits (les deux versions conservées)"),
    ),
    "conflict-resolved": (
        ("{n} conflict already settled on another laptop",
         "{n} conflicts already settled on another laptop"),
        ("{n} conflict al opgelost op een andere laptop",
         "{n} conflicten al opgelost op een andere laptop"),
        ("{n} conflit déjà réglé sur un autre portable",
         "{n} conflits déjà réglés sur un autre portable"),
    ),
    "refused": (
        ("{n} left out (private on this laptop)", "{n} left out (private on this laptop)"),
        ("{n} weggelaten (privé op deze laptop)", "{n} weggelaten (privé op deze laptop)"),
        ("{n} écarté (privé sur ce portable)", "{n} écartés (privés sur ce portable)"),
    ),
    "orphan": (
        ("{n} left out (not in this database's plans)",
         "{n} left out (not in this database's plans)"),
        ("{n} weggelaten (niet in de plannen van deze databank)",
         "{n} weggelaten (niet in de plannen van deze databank)"),
        ("{n} écarté (absent des plans de cette base)",
         "{n} écartés (absents des plans de cette base)"),
    ),
    "no-parent": (
        ("{n} left out (its note, meeting or agenda point is not in this database)",
         "{n} left out (their note, meeting or agenda point is not in this database)"),
        ("{n} weggelaten (de nota, vergadering of het agendapunt staat niet in deze databank)",
         "{n} weggelaten (hun nota, vergadering of agendapunt staat niet in deze databank)"),
        ("{n} écarté (sa note, réunion ou point de l'ordre du jour n'est pas dans cette base)",
         "{n} écartés (leur note, réunion ou point de l'ordre du jour n'est pas dans cette "
         "base)"),
    ),
}  # fmt: skip


# A record named in a report or the Conflicts window, by kind; %1, %2: its own words
# (bnldesk.services.sync_records.subject), the one in QUOTED between the language's
# quotation marks (bnldesk.domain.wording.quoted: one rule per language, trial 17).
RECORDS: dict[str, Said] = {
    "annotation": ("note on %1: %2", "nota bij %1: %2", "note sur %1 : %2"),
    "meeting": ("meeting %1 (%2)", "vergadering %1 (%2)", "réunion %1 (%2)"),
    "meeting-undated": ("meeting %1", "vergadering %1", "réunion %1"),
    "agenda_item": ("agenda point %1", "agendapunt %1", "point de l'ordre du jour %1"),
    "action_item": ("action %1", "actiepunt %1", "point d'action %1"),
}
# Which of a record's own words (its subject's index) is its text, quoted.
QUOTED: dict[str, int] = {"annotation": 1}

# Why a record was left out (bnldesk.services.sync.Change.reason).
REASONS: dict[str, Said] = {
    PRIVATE_HERE: ("private on this laptop", "privé op deze laptop", "privé sur ce portable"),
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
        "Nothing to change; notes and action items already up to date",
        "Niets te wijzigen; nota's en actiepunten al bijgewerkt",
        "Rien à modifier\u00a0; notes et points d'action déjà à jour",
    ),
    # Before a summary's counts: what receiving would do (a preview), what it did.
    "would_bring": ("On receiving", "Bij ontvangst", "À la réception"),
    "received": ("Received", "Ontvangen", "Reçu"),
    "laptop_got": ("This laptop — %1.", "Deze laptop — %1.", "Ce portable — %1."),
    "laptop_nothing": (
        "This laptop: nothing new from the server.",
        "Deze laptop: niets nieuws van de server.",
        "Ce portable : rien de nouveau du serveur.",
    ),
    "server_got": ("The server — %1.", "De server — %1.", "Le serveur — %1."),
    "server_nothing": (
        "The server: nothing new from this laptop.",
        "De server: niets nieuws van deze laptop.",
        "Le serveur : rien de nouveau de ce portable.",
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
    return with_colon(head, language) + " " + ", ".join(counts) + "."


def _counts(report: ReceiveReport, language: str) -> list[str]:
    """The report's changes and refusals counted by action ("3 toegevoegd", "1 weggelaten
    (…)"), each record once (:func:`shown_changes`); empty when there are none."""
    shown = shown_changes(report)
    return [
        counted(action, number, language)
        for action in ACTIONS
        if (number := sum(1 for change in shown if change.action == action))
    ]


def counted(action: str, number: int, language: str) -> str:
    """``number`` records with ``action`` done in ``language``: "1 conflit (…)", "2 ajoutés"
    (one form for 1, another for more; French takes the singular for 0 too)."""
    one, several = COUNTED[action][LANGUAGES.index(language) if language in LANGUAGES else 0]
    plural = number > 1 if language == "fr" else number != 1
    return (several if plural else one).format(n=number)


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
    words = list(subject)
    place = QUOTED.get(kind, 0)
    if place < len(words):
        words[place] = quoted(words[place], language)
    return fill(in_language(RECORDS[kind], language), *words)


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

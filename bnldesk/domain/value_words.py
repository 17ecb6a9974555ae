"""The words for the stored codes of the enumerated fields, in English, Dutch and French.

One vocabulary for every place a delegate meets these values: the window's forms, lists and
filters (:mod:`bnldesk.ui.labels`), the notes sheet's cells and drop-down lists, the briefs
and the command line (:mod:`bnldesk.services.reports.labels`), and reading a sheet back
(:func:`code_of`). Trial 13: the note form said "Afgehandeld" while the sheet wrote, and its
import accepted only, "afgerond", so a delegate marking a note done with the window's word lost
the row's change.

Reading back accepts, case-, accent- and spacing-insensitive (:func:`bnldesk.domain.identity.fold`):
the stored code ("in_progress", "in progress"), every language's word, the short and long forms
the window shows ("Privé", "Privé (alleen ikzelf)"), and the words earlier versions wrote into
sheets ("afgerond", "geen standpunt", "Thema" for a section).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bnldesk.domain.identity import fold

LANGUAGES = ("en", "nl", "fr")


@dataclass(frozen=True)
class Words:
    """A value's word in English, Dutch and French, as the window shows it; ``earlier``: other
    words that name it (earlier sheets, the command line's English), read back but never written."""

    en: str
    nl: str
    fr: str
    earlier: tuple[str, ...] = ()

    def said_in(self, language: str) -> str:
        """The word in ``language`` ("en", "nl" or "fr"; English for any other)."""
        if language == "nl":
            return self.nl
        if language == "fr":
            return self.fr
        return self.en

    def every_word(self) -> tuple[str, ...]:
        """Every word that names the value, in every language and every earlier form."""
        return (self.en, self.nl, self.fr, *self.earlier)


NOTE_STATUS: dict[str, Words] = {
    "open": Words("Open", "Open", "Ouvert"),
    "in_progress": Words("In progress", "Lopend", "En cours", ("bezig",)),
    "done": Words("Done", "Afgehandeld", "Terminé", ("afgerond", "klaar", "closed", "clôturé")),
}

ACTION_STATUS: dict[str, Words] = {
    "open": NOTE_STATUS["open"],
    "done": NOTE_STATUS["done"],
    "cancelled": Words("Cancelled", "Geannuleerd", "Annulé"),
}

PRIORITY: dict[int, Words] = {
    0: Words("No priority", "Geen prioriteit", "Sans priorité", ("none", "geen", "aucune")),
    1: Words("Low", "Laag", "Basse"),
    2: Words("Normal", "Normaal", "Normale"),
    3: Words("High", "Hoog", "Haute"),
}

POSITION_STATE: dict[str, Words] = {
    "none": Words(
        "No position yet",
        "Nog geen standpunt",
        "Pas encore de position",
        ("no position", "geen standpunt", "pas de position"),
    ),
    "agreed": Words("Agreed", "Akkoord", "Accord", ("d'accord",)),
    "reservation": Words("Reservation", "Voorbehoud", "Réserve"),
    "to_coordinate": Words("To coordinate", "Af te stemmen", "À coordonner"),
}

# Who sees a note of each visibility: the note form says it after the word ("Privé (alleen
# ikzelf)"), for all three alike (trial 16: "Delegatie" and "Deelbaar" had no explanation), and
# the command line's --visibility help in English.
VISIBILITY_WHO: dict[str, Words] = {
    "private": Words("only me", "alleen ikzelf", "moi seul"),
    "delegation": Words("my delegation", "mijn delegatie", "ma délégation"),
    "shareable": Words(
        "other delegations too", "ook andere delegaties", "autres délégations aussi"
    ),
}
_SHORT = {
    "private": Words("Private", "Privé", "Privée"),
    "delegation": Words("Delegation", "Delegatie", "Délégation"),
    "shareable": Words("Shareable", "Deelbaar", "Partageable"),
}
# Long, as the note form and the tooltips say them: the word and who sees the note.
VISIBILITY_LONG: dict[str, Words] = {
    code: Words(
        f"{short.en} ({VISIBILITY_WHO[code].en})",
        f"{short.nl} ({VISIBILITY_WHO[code].nl})",
        f"{short.fr} ({VISIBILITY_WHO[code].fr})",
    )
    for code, short in _SHORT.items()
}
# Short, as lists and sheet cells show them; reading back also takes the long forms (a cell
# copied from the window) and the words earlier sheets wrote.
VISIBILITY: dict[str, Words] = {
    code: Words(
        words.en,
        words.nl,
        words.fr,
        (*VISIBILITY_LONG[code].every_word(), *(("privé",) if code == "private" else ())),
    )
    for code, words in _SHORT.items()
}

# For whom an export is made (bnldesk.services.reports.audience.Audience): the export dialogs' "For:"
# list and the command line's ``--for``, which also takes the earlier words (a delegate types
# "partners", "delegatie" or "autres délégations").
AUDIENCE: dict[str, Words] = {
    "delegation": Words(
        "My delegation",
        "Mijn delegatie",
        "Ma délégation",
        ("delegation", "delegatie", "délégation", "own", "eigen", "mine"),
    ),
    "partners": Words(
        "Other delegations",
        "Andere delegaties",
        "Autres délégations",
        (
            "partners",
            "partenaires",
            "others",
            "anderen",
            "autres",
            "les autres délégations",
            "for other delegations",
            "voor andere delegaties",
            "pour les autres délégations",
        ),
    ),
}
# The command line's help of the exports' ``--for`` in English (its Dutch and French are in
# bnldesk.commands._usage_words.HELP, under this text).
AUDIENCE_HELP = (
    "who the file is for: delegation (my delegation: its notes and the shareable ones) or "
    "partners (other delegations: shareable notes only); also 'other delegations'"
)


# The kinds of object a note is on. A section is an "onderdeel" in Dutch (DOMAIN.md's
# "thema / onderdeel"): "Thema" is left to the programme's themes; earlier sheets wrote "Thema".
TARGET_KIND: dict[str, Words] = {
    "programme": Words("Work programme", "Werkprogramma", "Programme de travail", ("Programme",)),
    "plan": Words("Annual plan", "Jaarplan", "Plan annuel", ("Plan",)),
    "chapter": Words("Chapter", "Hoofdstuk", "Chapitre"),
    "section": Words("Section", "Onderdeel", "Thème", ("Thema",)),
    "item": Words("Plan item", "Planonderdeel", "Élément du plan", ("Project", "Projet")),
    "workgroup": Words("Workgroup", "Werkgroep", "Groupe de travail"),
    "contact": Words("Contact", "Contactpersoon", "Personne de contact"),
    "free": Words("Free text", "Vrije tekst", "Texte libre", ("Other", "Overig", "Autre")),
}

# What ``bnldesk list`` lists (its English key: the lists' names in the window, plural), so a
# delegate types "werkgroepen" or "groupes de travail" (trial 16). The earlier words are the
# singulars, the apostrophe-less Dutch plurals a shell lets one type unquoted, and the words
# TARGET_KIND reads back.
LIST_KIND: dict[str, Words] = {
    "programmes": Words(
        "Work programmes",
        "Werkprogramma's",
        "Programmes de travail",
        (
            "programme",
            "work programme",
            "werkprogramma",
            "werkprogrammas",
            "programma's",
            "programmas",
            "programma",
            "programme de travail",
        ),
    ),
    "plans": Words(
        "Annual plans",
        "Jaarplannen",
        "Plans annuels",
        ("plan", "annual plan", "jaarplan", "plannen", "plan annuel"),
    ),
    "chapters": Words(
        "Chapters", "Hoofdstukken", "Chapitres", ("chapter", "hoofdstuk", "chapitre")
    ),
    "sections": Words(
        "Sections", "Onderdelen", "Thèmes", ("section", "onderdeel", "thème", "thema", "thema's")
    ),
    "items": Words(
        "Plan items",
        "Planonderdelen",
        "Éléments du plan",
        (
            "item",
            "plan item",
            "planonderdeel",
            "élément du plan",
            "éléments",
            "projects",
            "project",
            "projecten",
            "projets",
            "projet",
        ),
    ),
    "workgroups": Words(
        "Workgroups",
        "Werkgroepen",
        "Groupes de travail",
        ("workgroup", "werkgroep", "groupe de travail"),
    ),
    "contacts": Words(
        "Contacts",
        "Contacten",
        "Contacts",
        (
            "contact",
            "contactpersonen",
            "contactpersoon",
            "personnes de contact",
            "personne de contact",
        ),
    ),
    "annotations": Words(
        "Notes",
        "Nota's",
        "Notes",
        ("annotation", "note", "nota", "notas"),
    ),
}

# The values of the command line's options with a fixed list (trial 17: ``--log-level``,
# ``--leave-out`` and ``--kind`` took and listed English words only). Their codes are what the
# program passes on; a delegate types the code or the word in her language (the brief
# dialog's "Parts of the brief" for --leave-out, the window's names of the two documents for
# --kind), and the help lists the words of the reader's language (:func:`option_words`).
LOG_LEVEL: dict[str, Words] = {
    "debug": Words("debug", "foutopsporing", "débogage"),
    "info": Words("info", "info", "info", ("informatie", "information")),
    "warning": Words("warning", "waarschuwing", "avertissement", ("warnings",)),
    "error": Words("error", "fout", "erreur", ("errors", "fouten", "erreurs")),
}
BRIEF_PART: dict[str, Words] = {
    "cover": Words("Cover", "Voorblad", "Page de garde", ("cover page",)),
    "toc": Words(
        "Contents",
        "Inhoudsopgave",
        "Table des matières",
        ("table of contents", "inhoud", "sommaire"),
    ),
    "agenda": Words("Agenda", "Agenda", "Ordre du jour"),
    "plan": Words(
        "Plan", "Plan", "Plan", ("place in the plan", "plaats in het plan", "place dans le plan")
    ),
    "notes": Words("Notes", "Nota's", "Notes", ("note", "nota", "positions", "standpunten")),
    "actions": Words(
        "Action items",
        "Actiepunten",
        "Points d'action",
        ("action", "action item", "actiepunt", "acties", "point d'action"),
    ),
    "contacts": Words(
        "Contacts",
        "Contactpersonen",
        "Contacts",
        ("contact", "contacten", "contactpersoon", "personnes de contact"),
    ),
    "history": Words(
        "History",
        "Geschiedenis",
        "Historique",
        ("earlier plans", "eerdere plannen", "plans antérieurs"),
    ),
}
# What ``bnldesk import --kind`` reads a document as: the window's names of the documents.
DOCUMENT_KIND: dict[str, Words] = {
    "plan": TARGET_KIND["plan"],
    "programme": Words(
        "Work programme",
        "Werkprogramma",
        "Programme de travail",
        ("Programme", "programma", "program", "work program"),
    ),
}


def option_words(words: dict[str, Words], language: str) -> list[str]:
    """The values of an option as a delegate types them in ``language``: the codes in English
    (what the option always took), else the window's words lowercased, written without
    apostrophes and with "-" for spaces ("page-de-garde", "notas"), so a shell takes them
    unquoted."""
    if language not in ("nl", "fr"):
        return list(words)
    return [
        entry.said_in(language).lower().replace("'", "").replace("’", "").replace(" ", "-")
        for entry in words.values()
    ]


def typed_code(words: dict[str, Words], typed: str) -> str | None:
    """The code that ``typed`` names in ``words``: as :func:`code_of`, also written the way
    :func:`option_words` writes the words ("-" or "_" for a space, apostrophes left out:
    "points-daction", "Nota's", "notas"); None for a word it does not know."""
    spaced = " ".join(typed.replace("-", " ").replace("_", " ").split())
    bare = spaced.replace("'", "").replace("’", "")
    table = word_table(words)
    for form in (typed, spaced, bare):
        code = table.get(fold(form))
        if code is not None:
            return code
    bare_table = {fold(word.replace("'", "")): code for word, code in table.items()}
    return bare_table.get(fold(bare))


def visibility_choices(language: str) -> str:
    """Each visibility's code with who sees the note, in ``language`` ("en", "nl", "fr"):
    "private (only me), delegation (my delegation), shareable (other delegations too)", as the
    command line's help lists them."""
    return ", ".join(
        f"{code} ({getattr(VISIBILITY_WHO[code], language)})" for code in VISIBILITY_WHO
    )


_VISIBILITY_HELP = Words(
    en="who sees the note: {choices}; or the window's word for it",
    nl="wie de nota ziet: {choices}; of het woord van het venster ervoor",
    fr="qui voit la note\u00a0: {choices}\u00a0; ou le mot de la fenêtre",
)


def visibility_help(language: str) -> str:
    """The command line's help of ``--visibility`` in ``language`` ("en", "nl", "fr"): who sees
    the note under each code (trial 16: only "private" was explained), from :data:`VISIBILITY_WHO`."""
    template = _VISIBILITY_HELP.said_in(language)
    return template.format(choices=visibility_choices(language))


LANGUAGE_NAME: dict[str, Words] = {
    "nl": Words("Dutch", "Nederlands", "néerlandais"),
    "fr": Words("French", "Frans", "français"),
    "en": Words("English", "Engels", "anglais"),
}


def untranslated_search_hint(plan_languages: Sequence[str], language: str) -> str | None:
    """What to say when a search found nothing and the plans are printed in other languages
    than the reader's ``language`` ("en", "nl", "fr"), or in several: search does not
    translate (trial 18: "climat" found nothing in Dutch plans that say "klimaat"). None when
    every plan is in the reader's language, or none is known. ``plan_languages``: language
    codes, the most plans first (:func:`bnldesk.store.search.plan_languages`)."""
    known = [code for code in plan_languages if code in LANGUAGE_NAME]
    if not known or known == [language]:
        return None
    names = [LANGUAGE_NAME[code].said_in(language) for code in known]
    if language == "nl":
        listed = " en het ".join(
            [", het ".join(names[:-1]), names[-1]] if len(names) > 1 else names
        )
        which = "die talen" if len(names) > 1 else "die taal"
        return f"zoeken vertaalt niet: de plannen hier zijn in het {listed}; probeer het woord in {which}"
    if language == "fr":
        listed = " et en ".join([", en ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
        return (
            "la recherche ne traduit pas\u00a0: les plans sont ici en "
            f"{listed}\u00a0; essayez le mot dans {'ces langues' if len(names) > 1 else 'cette langue'}"
        )
    listed = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    return (
        f"search does not translate: the plans here are in {listed}; try the word in that language"
    )


def word_table(words: dict[str, Words] | dict[int, Words]) -> dict[str, str]:
    """Every folded word of a vocabulary -> its code as text: the code itself ("in_progress",
    "in progress", "2"), each language's word and every earlier word. A word two codes share
    keeps the first code's meaning."""
    table: dict[str, str] = {}
    for code, entry in words.items():
        text = str(code)
        for name in (text, text.replace("_", " "), *entry.every_word()):
            table.setdefault(fold(name), text)
    return table


def code_of(words: dict[str, Words] | dict[int, Words], text: str) -> str | None:
    """The code (as text: "done", "2") that ``text`` names in ``words``, in any language or
    earlier form, case-, accent- and spacing-insensitive; None for a word it does not know."""
    return word_table(words).get(fold(text))


__all__ = [
    "ACTION_STATUS",
    "AUDIENCE",
    "AUDIENCE_HELP",
    "BRIEF_PART",
    "DOCUMENT_KIND",
    "LANGUAGES",
    "LIST_KIND",
    "LOG_LEVEL",
    "NOTE_STATUS",
    "POSITION_STATE",
    "PRIORITY",
    "TARGET_KIND",
    "VISIBILITY",
    "VISIBILITY_LONG",
    "VISIBILITY_WHO",
    "Words",
    "code_of",
    "option_words",
    "typed_code",
    "word_table",
]

"""The words a plan or programme uses for its parts, in Dutch, French and English.

One vocabulary for every reader and parser: the labels of the blocks in a section (general
objectives, ongoing and new projects, flagship, workgroups and committees, contacts) and the
titles of the documents ("Jaarplan 2013", "Plan annuel 2023", "Programme de travail commun").

Labels are matched on a compact form of the line: case and accents folded and everything but
letters and digits removed, so "Nieuweprojecten2013", "Nieuwe projecten 2013 :" and
"NIEUWE PROJECTEN" are one label, as PDF extractions that lose spaces need.
Sources: the labels printed in the Benelux plans 2013 and 2022 (Dutch) and their French
editions ("Plan annuel", "Projet phare", "Groupes de travail et commissions").
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from bnldesk.domain.identity import fold
from bnldesk.domain.models import ItemKind

Label = Literal["objective", "ongoing", "new", "flagship", "workgroups", "contacts", "intro"]

# Longest labels are a few words; a line longer than this is running text, not a label.
_MAX_LABEL_CHARS = 70

# Pieces of the compact forms below.
_NEW_WORK = r"projec?t(en)?|projets?|projects?|initiatie(f|ven)|initiatives?"
_BODY = (
    r"(stuur|werk)groep(en)?|commissies?|comites?|platforms?|overlegorganen"
    r"|groupes?detravail|groupesdepilotage|commissions?|plateformes?"
    r"|(working|work|steering)?groups?|committees?"
)
_AND = r"en|et|and"
# Labels on their own: "Werkgroepen", "Groupes de travail", "Working groups" (the English
# singular is the name of a group: "- Working Group" under a forum in 2013).
_GROUPS = r"werkgroep(en)?|groupes?detravail|(working|work)groups"

_LABELS: list[tuple[Label, re.Pattern[str]]] = [
    (
        "objective",
        re.compile(
            r"^(algemene)?doelstelling(en)?$"
            r"|^objectifs?(generale?s?|generaux)?$"
            r"|^(general)?objectives?$"
        ),
    ),
    (
        "ongoing",
        re.compile(
            r"^(voortgangs|lopende|doorlopende|voortgezette)projec?t(en)?$"
            r"|^projets?encours$|^(ongoing|current|continuing)projects?$"
        ),
    ),
    (
        "new",
        # "Nieuwe projecten 2013", "Nieuw initiatief", "Nouveaux projets et initiatives pour
        # 2025", "New initiatives 2025".
        re.compile(
            rf"^(nieuwe?|nouveaux?|nouvelles?|new)({_NEW_WORK})((en|et|and)({_NEW_WORK}))?"
            r"(voor|pour|for|in|en)?(\d{4})?$"
        ),
    ),
    (
        "flagship",
        re.compile(
            r"^vlaggenschipprojec?t(en)?$|^vlaggenschip$"
            r"|^projets?phares?$|^flagships?(projects?)?$"
        ),
    ),
    (
        "workgroups",
        # Any list of the kinds of body, in any order: "Werkgroep(en) en commissie(s)",
        # "Commissies en werkgroepen", "Groupes de travail, commissions et plateformes",
        # "Committees and working groups".
        re.compile(rf"^({_GROUPS})$|^({_BODY})(({_AND})?({_BODY}))+$"),
    ),
    (
        "contacts",
        re.compile(r"^contact(en|s|personen)?$|^personnesdecontact$|^contactpersons$"),
    ),
    ("intro", re.compile(r"^inleiding$|^introduction$|^introductie$")),
]

# The kind of project each list label gives its entries ("other": a list with no label).
ITEM_KINDS: dict[str, ItemKind] = {
    "other": ItemKind.OTHER,
    "objective": ItemKind.OBJECTIVE,
    "ongoing": ItemKind.ONGOING,
    "new": ItemKind.NEW,
    "flagship": ItemKind.FLAGSHIP,
}

# A section heading that names a body's role or tasks ("2.2. Rol van het Secretariaat-Generaal",
# "Rôle du Secrétariat général", "Taken van de werkgroep", "Missions de ..."): the entries listed
# under it, with no label of their own, are the standing objectives of that body (the delegate
# of trial 4 set the 2013 plan's 2.2 entries to "objective" one by one). Compact forms.
_ROLE_HEADING = re.compile(
    r"^(de|het|le|la|les|the)?"
    r"(rol(len)?|taak|taken|opdracht(en)?|missie|roles?|missions?|taches?|tasks?)"
    r"(van|vanhet|vande|du|de|des|dela|of|ofthe|$)"
)

# An item that says in its own text what kind of project it is: "De Benelux-landen nemen dit
# als een nieuw project op voor 2022", "... comme nouveau projet pour 2023", "a new project
# for 2025"; "dit voortgangsproject", "ce projet en cours". Matched on the folded text (no
# case, no accents); a year the sentence names must be the plan's.
_NEW_PROJECT = re.compile(
    r"\b(?:als|comme|as)\s+(?:een\s+|un\s+|a\s+)?(?:nieuw|nouveau|new)\s+(?:project|projet)\b"
    r"[^.;]*"  # the rest of the sentence, for the year it names
)
_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_ONGOING_PROJECT = re.compile(
    r"\b(?:dit|dat|het|ce|cet|this)\s+(?:voortgangsproject|lopende?\s+project|projet\s+en\s+cours"
    r"|ongoing\s+project)\b"
)


def kind_of_heading(title: str) -> ItemKind | None:
    """The kind a section's heading gives the unlabelled entries listed under it: a label
    used as a heading ("Doelstellingen", "Projets en cours") gives its own, a heading that
    names a body's role or tasks ("Rol van het Secretariaat-Generaal") objectives; else None.

    >>> kind_of_heading("Rol van het Secretariaat-Generaal"), kind_of_heading("Energiebeleid")
    (<ItemKind.OBJECTIVE: 'objective'>, None)
    """
    label = label_of(title)
    if label in ITEM_KINDS:
        return ITEM_KINDS[label]
    key = compact(title)
    return ItemKind.OBJECTIVE if key and _ROLE_HEADING.match(key) else None


def kind_named_in(text: str, year: int | None) -> ItemKind | None:
    """The kind of project ``text`` (an item's title and body) says it is, or None: "new"
    for "als een nieuw project (op voor <year>)" where a year the sentence names is ``year``,
    "ongoing" for
    "dit voortgangsproject" / "ce projet en cours" (Dutch, French and English)."""
    folded = fold(text)
    for match in _NEW_PROJECT.finditer(folded):
        named = {int(found) for found in _YEAR_IN_TEXT.findall(match.group(0))}
        if not named or year is None or year in named:
            return ItemKind.NEW
    return ItemKind.ONGOING if _ONGOING_PROJECT.search(folded) else None


# "Jaarplan 2013", "Plan annuel 2023", "Annual plan for 2025", "Jaarplan Benelux 2022",
# "Plan annuel de l'Union Benelux 2024": between title and year only names (capitalised) and
# the small words of a title, at most three; a year that starts a period ("2013-2016") is a
# programme's, not a plan's.
_PLAN_TITLE = re.compile(
    r"\b(?i:jaarplan|plan\s+annuel|annual\s+plan|jahresplan)"
    r"(?:\s+(?:(?i:de|van|voor|for|of|the|du|des|la|l'\S+)|[A-Z][^\s\d]*)){0,3}?"
    r"\s*((?:19|20)\d{2})\b(?!\s*[-–/]\s*(?:19|20)?\d{2})",
)


_PROGRAMME_WORDS = re.compile(
    r"werkprogramma|meerjarenprogramma|meerjarig\s+programma|programme\s+de\s+travail"
    r"|programme\s+pluriannuel|work\s+programme|work\s+program\b",
    re.IGNORECASE,
)


_LIST_ENTRY = re.compile(r"^\s*[-–—•+]\s+\S")


def compact(text: str) -> str:
    """``text`` folded (case, accents) with everything but letters and digits removed."""
    return re.sub(r"[^0-9a-z]", "", fold(text).replace("œ", "oe"))


@functools.lru_cache(maxsize=65536)
def label_of(text: str) -> Label | None:
    """The block label ``text`` is, or None; ``text`` is one line or heading.

    >>> label_of("Nieuweprojecten2013"), label_of("Groupes de travail et commissions")
    ('new', 'workgroups')
    """
    if _LIST_ENTRY.match(text):
        return None  # an entry of a list ("- Working Group"), not the label over one
    stripped = text.strip().strip("#*_ ").strip()
    if not stripped or len(stripped) > _MAX_LABEL_CHARS:
        return None
    key = compact(stripped)
    if not key:
        return None
    for label, pattern in _LABELS:
        if pattern.search(key):
            return label
    return None


def plan_year_in(text: str) -> int | None:
    """The year of an annual plan title in ``text`` ("Jaarplan 2013", "Plan annuel 2023")."""
    match = _PLAN_TITLE.search(text) or _PLAN_TITLE.search(_title_case(text))
    return int(match.group(1)) if match else None


def printed_plan_title(text: str) -> str | None:
    """The annual plan title as ``text`` prints it ("Jaarplan Benelux 2022", "PLAN ANNUEL DE
    L'UNION BENELUX 2024"), spacing made single, or None."""
    match = _PLAN_TITLE.search(text) or _PLAN_TITLE.search(_title_case(text))
    if match is None:
        return None
    if _PLAN_TITLE.search(text) is None:  # matched in title case: take the same words as printed
        words = len(match.group(0).split())
        start = len(_title_case(text)[: match.start()].split())
        return " ".join(text.split()[start : start + words])
    return " ".join(match.group(0).split())


def _title_case(text: str) -> str:
    """Titles printed in capitals ("PLAN ANNUEL DE L'UNION BENELUX 2024") read as names."""
    return " ".join(word.capitalize() if word.isupper() else word for word in text.split())


def names_programme(text: str) -> bool:
    """Whether ``text`` names a work programme (Dutch, French or English)."""
    return bool(_PROGRAMME_WORDS.search(text))

"""One plan, described once, and what a careful reader finds in it (its ground truth).

The Dutch annual plan 2025 below is written in our own words; its facts (workgroup names and
codes, section titles, contact roles) are of the kind the Benelux plans print. Every document
``make_received_documents.py`` makes is a layout of this description, and its truth comes from
the description, never from the importer.

:func:`flow` turns the description into the sequence of things a reader sees (title, chapter,
section, label, list entry, sub-point, workgroup, contact, prose), which each layout draws.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Entry = str | tuple[str, list[str]]  # an entry, or an entry ending in ':' with its sub-points
Group = tuple[str, str | None, list[tuple[str, str | None]]]  # name, code, children

KINDS = ("objective", "ongoing", "new", "flagship")

NL_LABELS = {
    "objective": "Algemene doelstelling",
    "ongoing": "Voortgangsprojecten",
    "new": "Nieuwe projecten 2025",
    "flagship": "Vlaggenschipproject",
    "workgroups": "Werkgroepen en commissies",
}
FR_LABELS = {
    "objective": "Objectifs généraux",
    "ongoing": "Projets en cours",
    "new": "Nouveaux projets 2025",
    "flagship": "Projet phare",
    "workgroups": "Groupes de travail et commissions",
}

# The same labels worded otherwise, as other editions and translations print them.
NL_LABELS_OTHER = {
    "objective": "Doelstellingen",
    "ongoing": "Lopende projecten",
    "new": "Nieuwe initiatieven 2025",
    "flagship": "Vlaggenschipprojecten",
    "workgroups": "Commissies en werkgroepen",
}
FR_LABELS_OTHER = {
    "objective": "Objectif",
    "ongoing": "Projets en cours",
    "new": "Nouvelles initiatives 2025",
    "flagship": "Projets phares",
    "workgroups": "Commissions et groupes de travail",
}
EN_LABELS = {
    "objective": "Objectives",
    "ongoing": "Ongoing projects",
    "new": "New initiatives 2025",
    "flagship": "Flagship projects",
    "workgroups": "Committees and working groups",
}

PROSE_NL = (
    "De drie landen leggen in dit plan vast wat zij het komende jaar samen willen bereiken. "
    "Het volgt de lijnen van het gemeenschappelijk werkprogramma en houdt rekening met wat de "
    "regio's aan de grenzen vragen."
)

PROSE_FR = (
    "Les trois pays fixent dans ce plan ce qu'ils veulent réaliser ensemble l'an prochain. "
    "Il suit les lignes du programme de travail commun et tient compte des demandes des "
    "régions frontalières."
)
PROSE_EN = (
    "In this plan the three countries set out what they want to achieve together next year, "
    "following the joint work programme and what the border regions ask for."
)

NL_PLAN_2025: dict[str, Any] = {
    "year": 2025,
    "title": "Jaarplan 2025",
    "chapters": [
        ("1", "Inleiding", []),
        (
            "2",
            "Interne markt en economie",
            [
                {
                    "number": "2.1",
                    "title": "Energie en klimaat",
                    "objective": [
                        "Versterken van de regionale samenwerking rond elektriciteit, gas en "
                        "waterstof, zodat de markten van de drie landen en hun buren beter op "
                        "elkaar aansluiten."
                    ],
                    "ongoing": [
                        "Opvolgen van de marktkoppeling voor elektriciteit en van de afspraken "
                        "over de bevoorradingszekerheid in de regio;",
                        (
                            "Verder uitwerken van de samenwerking binnen het Pentalateraal "
                            "Energieforum:",
                            [
                                "inzake elektriciteit een gezamenlijke analyse van de "
                                "leveringszekerheid voor de komende winters;",
                                "inzake gas een oefening rond een tekort in de winter.",
                            ],
                        ),
                    ],
                    "new": [
                        "Verkennen van een gemeenschappelijk kader voor grensoverschrijdende "
                        "waterstofleidingen."
                    ],
                    "flagship": [
                        "Een gedeelde aanpak voor windenergie op de Noordzee, met afspraken over "
                        "de aansluiting van windparken op het net van twee landen."
                    ],
                    "workgroups": [
                        (
                            "Pentalateraal Energieforum",
                            None,
                            [
                                ("Ondersteuningsgroep 1", "Penta SG1"),
                                ("Ondersteuningsgroep 2", "Penta SG2"),
                            ],
                        ),
                        ("Gasplatform", "GAS-PF", []),
                    ],
                },
                {
                    "number": "2.2",
                    "title": "Grensoverschrijdende arbeidsmarkt",
                    "objective": [
                        "Wegnemen van de hinderpalen die grensarbeiders ondervinden bij werk, "
                        "belastingen en sociale zekerheid."
                    ],
                    "ongoing": [
                        "Bijhouden van het overzicht van grensoverschrijdende hinderpalen en de "
                        "stand van hun oplossing;",
                        "Actualiseren van de informatie op het portaal voor grensarbeiders.",
                    ],
                    "new": [
                        "Organiseren van een werkdag over de automatische erkenning van "
                        "diploma's in het beroepsonderwijs;",
                        "Opstellen van een handleiding voor gemeenten aan de grens.",
                    ],
                    "flagship": [],
                    "workgroups": [
                        ("Werkgroep Grensarbeid", "GRENS-ARB", []),
                        ("Stuurgroep Diploma-erkenning", "ONDERW-DIPL", []),
                    ],
                },
                {
                    "number": "2.3",
                    "title": "Digitale samenwerking",
                    "objective": [
                        "Zorgen dat burgers en bedrijven hun zaken over de grens digitaal kunnen "
                        "regelen."
                    ],
                    "ongoing": [
                        "Wederzijds erkennen van elektronische handtekeningen van de drie landen."
                    ],
                    "new": [],
                    "flagship": [],
                    "workgroups": [("Werkgroep e-Overheid", "e-GOV", [])],
                },
            ],
        ),
        (
            "3",
            "Duurzame ontwikkeling",
            [
                {
                    "number": "3.1",
                    "title": "Klimaatadaptatie en water",
                    "objective": [
                        "Samen voorbereiden op hoogwater en droogte in de stroomgebieden die de "
                        "landen delen."
                    ],
                    "ongoing": [
                        "Uitwisselen van meetgegevens over de waterstanden van Maas en Schelde;",
                        "Opvolgen van de gezamenlijke studie naar verdroging van de grensstreek.",
                    ],
                    "new": [
                        "Opstellen van een draaiboek voor overstromingen die meer dan een land "
                        "raken."
                    ],
                    "flagship": [],
                    "workgroups": [
                        (
                            "Commissie Ruimtelijke Ordening",
                            "RO/BCRO",
                            [("Subgroep Oost", "RO/O-E"), ("Subgroep Water", None)],
                        )
                    ],
                },
                {
                    "number": "3.2",
                    "title": "Natuur en landschap",
                    "objective": ["Beschermen van natuurgebieden die over de grens lopen."],
                    "ongoing": [
                        "Beheren van het grenspark volgens het gezamenlijke beheerplan;",
                        "Bestrijden van invasieve exoten langs de rivieren.",
                    ],
                    "new": ["Starten van een educatieproject over de heide voor scholen."],
                    "flagship": [],
                    "workgroups": [
                        ("Werkgroep Exoten", "NAT/EXO", []),
                        ("Werkgroep Jacht", "NAT/JV", []),
                    ],
                },
            ],
        ),
        (
            "4",
            "Justitie en binnenlandse zaken",
            [
                {
                    "number": "4.1",
                    "title": "Politiesamenwerking",
                    "objective": [
                        "Het nieuwe politieverdrag volledig toepassen in de dagelijkse praktijk."
                    ],
                    "ongoing": [
                        "Uitbreiden van de gemeenschappelijke patrouilles in de treinen over de "
                        "grens;",
                        "Uitwisselen van kentekengegevens volgens de afspraken van het verdrag.",
                    ],
                    "new": ["Opzetten van een gezamenlijk meldpunt voor cybercriminaliteit."],
                    "flagship": [
                        "Een gemeenschappelijke opleiding voor agenten die in een ander land "
                        "optreden."
                    ],
                    "workgroups": [
                        ("Strategisch politieoverleg", "SENN/POL-STRAT", []),
                        ("Werkgroep Politieopleiding", "SENN/POL/STRAT-FORM", []),
                    ],
                },
                {
                    "number": "4.2",
                    "title": "Crisisbeheersing",
                    "objective": [
                        "Samen voorbereiden op crises die de grens niet kennen, van stroomuitval "
                        "tot overstroming."
                    ],
                    "ongoing": ["Houden van een gezamenlijke oefening van de crisiscentra."],
                    "new": [
                        "Uitwerken van afspraken over de evacuatie van inwoners naar een buurland."
                    ],
                    "flagship": [],
                    "workgroups": [
                        (
                            "Strategische werkgroep Crisisbeheersing",
                            "SENN-CRISE",
                            [("Werkgroep Risico-identificatie", "SENN-CRISE/RISK")],
                        ),
                    ],
                },
                {
                    "number": "4.3",
                    "title": "Drugsbestrijding",
                    "objective": ["Terugdringen van het drugstoerisme in de grensstreek."],
                    "ongoing": ["Delen van gegevens over nieuwe synthetische middelen."],
                    "new": ["Organiseren van een gezamenlijke controleactie op de snelwegen."],
                    "flagship": [],
                    "workgroups": [("Werkgroep Drugs", "DROG", [])],
                },
            ],
        ),
    ],
    "contacts_title": "Contacten Secretariaat-Generaal",
    # (domain, the team head's phone, [(name, e-mail, validity)])
    "contacts": [
        (
            "Interne markt en economie",
            "+32 2 519 38 11",
            [
                ("A. Janssens", "a.janssens@benelux.int", ""),
                ("B. de Vries", "b.devries@benelux.int", ""),
            ],
        ),
        ("Duurzame ontwikkeling", "", [("C. Peeters", "c.peeters@benelux.int", "")]),
        (
            "Justitie en binnenlandse zaken",
            "+32 2 519 38 40",
            [
                ("D. Muller", "d.muller@benelux.int", "tot 1 maart 2025"),
                ("E. Bakker", "e.bakker@benelux.int", "vanaf 1 maart 2025"),
            ],
        ),
    ],
}

# The French plan of the same year, for the French layouts: the same sections in French.
FR_PLAN_2025: dict[str, Any] = {
    "year": 2025,
    "title": "Plan annuel 2025",
    "chapters": [
        ("1", "Introduction", []),
        (
            "2",
            "Marché intérieur et économie",
            [
                {
                    "number": "2.1",
                    "title": "Énergie et climat",
                    "objective": [
                        "Renforcer la coopération régionale sur l'électricité, le gaz et "
                        "l'hydrogène, afin que les marchés des trois pays et de leurs voisins "
                        "s'accordent mieux."
                    ],
                    "ongoing": [
                        "Suivre le couplage des marchés de l'électricité et les accords sur la "
                        "sécurité d'approvisionnement dans la région;",
                        (
                            "Poursuivre la coopération au sein du Forum pentalatéral de "
                            "l'énergie :",
                            [
                                "pour l'électricité, une analyse commune de la sécurité "
                                "d'approvisionnement;",
                                "pour le gaz, un exercice sur une pénurie en hiver.",
                            ],
                        ),
                    ],
                    "new": [
                        "Étudier un cadre commun pour les conduites d'hydrogène transfrontalières."
                    ],
                    "flagship": [
                        "Une approche partagée de l'éolien en mer du Nord, avec des accords sur "
                        "le raccordement des parcs au réseau de deux pays."
                    ],
                    "workgroups": [
                        (
                            "Forum pentalatéral de l'énergie",
                            None,
                            [
                                ("Groupe de soutien 1", "Penta SG1"),
                                ("Groupe de soutien 2", "Penta SG2"),
                            ],
                        ),
                        ("Plateforme gaz", "GAS-PF", []),
                    ],
                },
                {
                    "number": "2.2",
                    "title": "Marché du travail transfrontalier",
                    "objective": [
                        "Lever les obstacles que rencontrent les travailleurs frontaliers en "
                        "matière d'emploi, d'impôts et de sécurité sociale."
                    ],
                    "ongoing": [
                        "Tenir à jour l'inventaire des obstacles transfrontaliers;",
                        "Actualiser les informations du portail des travailleurs frontaliers.",
                    ],
                    "new": [
                        "Organiser une journée sur la reconnaissance automatique des diplômes;",
                        "Rédiger un guide pour les communes frontalières.",
                    ],
                    "flagship": [],
                    "workgroups": [
                        ("Groupe de travail Travail frontalier", "GRENS-ARB", []),
                        ("Comité de pilotage Reconnaissance des diplômes", "ONDERW-DIPL", []),
                    ],
                },
            ],
        ),
        (
            "3",
            "Justice et affaires intérieures",
            [
                {
                    "number": "3.1",
                    "title": "Coopération policière",
                    "objective": ["Appliquer pleinement le nouveau traité de police au quotidien."],
                    "ongoing": [
                        "Étendre les patrouilles communes dans les trains transfrontaliers;",
                        "Échanger les données d'immatriculation selon les accords du traité.",
                    ],
                    "new": ["Mettre en place un point de contact commun pour la cybercriminalité."],
                    "flagship": [
                        "Une formation commune pour les agents qui interviennent dans un autre "
                        "pays."
                    ],
                    "workgroups": [
                        ("Concertation stratégique police", "SENN/POL-STRAT", []),
                        ("Groupe de travail Formation policière", "SENN/POL/STRAT-FORM", []),
                    ],
                },
                {
                    "number": "3.2",
                    "title": "Gestion des crises",
                    "objective": [
                        "Se préparer ensemble aux crises qui ignorent les frontières, de la "
                        "panne d'électricité à l'inondation."
                    ],
                    "ongoing": ["Organiser un exercice commun des centres de crise."],
                    "new": [
                        "Préparer des accords sur l'évacuation d'habitants vers un pays voisin."
                    ],
                    "flagship": [],
                    "workgroups": [
                        (
                            "Groupe de travail stratégique Gestion des crises",
                            "SENN-CRISE",
                            [("Groupe de travail Identification des risques", "SENN-CRISE/RISK")],
                        ),
                    ],
                },
            ],
        ),
    ],
    "contacts_title": "Personnes de contact",
    "contacts": [
        (
            "Marché intérieur et économie",
            "+32 2 519 38 11",
            [("A. Janssens", "a.janssens@benelux.int", "")],
        ),
        (
            "Justice et affaires intérieures",
            "",
            [
                ("D. Muller", "d.muller@benelux.int", "jusqu'au 1 mars 2025"),
                ("E. Bakker", "e.bakker@benelux.int", "à partir du 1 mars 2025"),
            ],
        ),
    ],
}


def entry_text(entry: Entry) -> str:
    """The whole text of an entry as the truth holds it: sub-points after a dash."""
    if isinstance(entry, str):
        return entry
    head, points = entry
    return " ".join([head, *(f"- {point}" for point in points)])


def truth(plan: dict[str, Any], name: str, *, contacts: bool = True) -> dict[str, Any]:
    """The ground truth of ``plan`` in the format of shared/cases/import/truth."""
    out: dict[str, Any] = {
        "document": name,
        "plan_year": plan["year"],
        "chapters": [],
        "sections": [],
        "items": [],
        "workgroups": [],
        "contacts_unique": [],
    }
    for number, title, sections in plan["chapters"]:
        out["chapters"].append({"number": number, "title": title})
        for section in sections:
            out["sections"].append({"number": section["number"], "title": section["title"]})
            for kind in KINDS:
                for entry in section.get(kind, []):
                    out["items"].append(
                        {
                            "section": section["number"],
                            "kind": kind,
                            "text": entry_text(entry),
                            "flagship": kind == "flagship",
                        }
                    )
            for group_name, code, children in section["workgroups"]:
                out["workgroups"].append(
                    {
                        "section": section["number"],
                        "name": f"{group_name} ({code})" if code else group_name,
                        "code": code,
                        "parent": None,
                    }
                )
                for child_name, child_code in children:
                    out["workgroups"].append(
                        {
                            "section": section["number"],
                            "name": f"{child_name} ({child_code})" if child_code else child_name,
                            "code": child_code,
                            "parent": group_name,
                        }
                    )
    if contacts and plan.get("contacts"):
        out["chapters"].append(
            {"number": str(len(plan["chapters"]) + 1), "title": plan["contacts_title"]}
        )
        people = [person for _d, _p, group in plan["contacts"] for person in group]
        out["contacts_unique"] = [name for name, _e, _v in people]
        out["contact_roles"] = [
            {"name": person, "email": email, "domain": domain}
            for domain, _p, group in plan["contacts"]
            for person, email, _v in group
        ]
    return out


@dataclass
class Element:
    """One thing a reader sees, in order. ``kind``: title, chapter, section, label, entry,
    point (a sub-point of the entry before), group (a workgroup; ``level`` 2 for a child),
    contacts (the contacts chapter's heading), domain, head (a team head's line), person,
    prose. ``number`` and ``title`` for chapters and sections; ``cells`` for a workgroup
    (name, code)."""

    kind: str
    text: str = ""
    level: int = 1
    number: str = ""
    title: str = ""
    label: str = ""
    cells: tuple[str, str] = ("", "")
    extra: dict[str, Any] = field(default_factory=dict)


GroupFormat = Callable[[str, str | None], str]


def paren(name: str, code: str | None) -> str:
    return f"{name} ({code})" if code else name


def square(name: str, code: str | None) -> str:
    return f"{name} [{code}]" if code else name


def code_first(name: str, code: str | None) -> str:
    return f"{code} – {name}" if code else name


def code_colon(name: str, code: str | None) -> str:
    return f"{code}: {name}" if code else name


def flow(
    plan: dict[str, Any],
    labels: dict[str, str],
    *,
    group_format: GroupFormat = paren,
    prose: str = PROSE_NL,
    contacts: bool = True,
    head_line: Callable[[str], str] = lambda phone: f"Teamhoofd – Tel. {phone}",
) -> list[Element]:
    """The elements of ``plan`` in reading order, with ``labels`` over its lists."""
    out = [Element("title", plan["title"])]
    for number, title, sections in plan["chapters"]:
        out.append(Element("chapter", number=number, title=title))
        if not sections:
            out.append(Element("prose", prose))
        for section in sections:
            out.append(Element("section", number=section["number"], title=section["title"]))
            for kind in KINDS:
                if not section.get(kind):
                    continue
                out.append(Element("label", labels[kind], label=kind))
                for entry in section.get(kind, []):
                    if isinstance(entry, str):
                        out.append(Element("entry", entry, label=kind))
                    else:
                        head, points = entry
                        out.append(Element("entry", head, label=kind))
                        out.extend(Element("point", point, level=2, label=kind) for point in points)
            if section["workgroups"]:
                out.append(Element("label", labels["workgroups"], label="workgroups"))
                for group_name, code, children in section["workgroups"]:
                    out.append(
                        Element(
                            "group",
                            group_format(group_name, code),
                            cells=(group_name, code or ""),
                        )
                    )
                    for child_name, child_code in children:
                        out.append(
                            Element(
                                "group",
                                group_format(child_name, child_code),
                                level=2,
                                cells=(child_name, child_code or ""),
                            )
                        )
    if contacts and plan.get("contacts"):
        number = str(len(plan["chapters"]) + 1)
        out.append(Element("contacts", number=number, title=plan["contacts_title"]))
        for domain, phone, people in plan["contacts"]:
            out.append(Element("domain", domain))
            if phone:
                out.append(Element("head", head_line(phone)))
            for person, email, validity in people:
                text = f"{person} – {email}" + (f" ({validity})" if validity else "")
                out.append(Element("person", text))
    return out

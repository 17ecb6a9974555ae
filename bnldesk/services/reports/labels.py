"""Labels of the briefs and workbooks in the interface language (en, nl, fr).

The services have no Qt, so no ``tr()``: a plain table chosen by the ``language`` preference.
Unknown languages fall back to English; a missing key shows the key itself (never an error).
"""

from __future__ import annotations

from collections.abc import Callable

from bnldesk import LANGUAGES
from bnldesk.domain import value_words
from bnldesk.domain.wording import takes_singular

# key: (English, Dutch, French)
_LABELS: dict[str, tuple[str, str, str]] = {
    # brief. French says "briefing" for the brief everywhere, as the window does: "note" is a
    # delegate's note ("Cette note contient 1 note marquée privée", trial 12 D8).
    "brief": ("Meeting brief", "Vergaderbriefing", "Briefing de réunion"),
    "brief_section": ("Section brief", "Themabriefing", "Briefing thématique"),
    "contents": ("Contents", "Inhoud", "Table des matières"),
    "summary": ("Summary", "Samenvatting", "Résumé"),
    "our_positions": ("Our positions", "Onze standpunten", "Nos positions"),
    "no_positions": (
        "No position recorded yet: see the notes in the annexes.",
        "Nog geen standpunt vastgelegd: zie de nota's in de bijlagen.",
        "Aucune position enregistrée\u00a0: voir les notes en annexe.",
    ),
    "no_position_yet": ("no position yet", "nog geen standpunt", "pas encore de position"),
    "agenda_point": ("Agenda point", "Agendapunt", "Point de l'ordre du jour"),
    "line_to_take": (
        "Position and line to take",
        "Standpunt en lijn",
        "Position et ligne à suivre",
    ),
    "actions_deadlines": (
        "Open actions and deadlines",
        "Openstaande acties en termijnen",
        "Actions ouvertes et échéances",
    ),
    "n_more_actions": (
        "… and {n} more in the annex.",
        "… en nog {n} in de bijlage.",
        "… et {n} de plus en annexe.",
    ),
    "consult_at_home": (
        "Still to consult at home",
        "Nog te raadplegen",
        "À consulter encore en interne",
    ),
    "closed_notes": ("Closed notes", "Afgeronde nota's", "Notes clôturées"),
    "reach": ("E-mail and phone", "E-mail en telefoon", "E-mail et téléphone"),
    "cover": ("Cover", "Voorblad", "Page de garde"),
    "plan_year": ("Plan year", "Jaarplan", "Plan annuel"),
    "annual_plan": ("Annual plan", "Jaarplan", "Plan annuel"),
    "meeting": ("Meeting", "Vergadering", "Réunion"),
    "date": ("Date", "Datum", "Date"),
    "time": ("Time", "Tijd", "Heure"),
    "place": ("Place", "Plaats", "Lieu"),
    "chair": ("Chair", "Voorzitter", "Président"),
    "video_link": ("Video link", "Videolink", "Lien vidéo"),
    "delegation": ("Delegation", "Delegatie", "Délégation"),
    "author": ("Prepared by", "Opgesteld door", "Rédigé par"),
    "generated": ("Generated", "Aangemaakt", "Généré le"),
    # An export for other delegations (bnldesk.services.reports.audience.Audience.PARTNERS):
    # its cover says so, the workbook's "about" sheet too, and its proposed file name.
    "for_partners": (
        "For other delegations",
        "Voor andere delegaties",
        "Pour les autres délégations",
    ),
    "for_partners_notes": (
        "Only notes marked shareable.",
        "Alleen nota's die als deelbaar gemarkeerd zijn.",
        "Seules les notes marquées partageables.",
    ),
    "filter_for": ("For", "Voor", "Pour"),
    "file_partners": ("for-other-delegations", "voor-andere-delegaties", "pour-autres-delegations"),
    "page_x_of_y": ("Page {x} of {y}", "Pagina {x} van {y}", "Page {x} sur {y}"),
    "agenda": ("Agenda", "Agenda", "Ordre du jour"),
    "agenda_position": ("Position", "Standpunt", "Position"),
    "agenda_notes": ("Notes", "Nota's", "Notes"),
    "in_the_plan": ("Place in the plan", "Plaats in het jaarplan", "Place dans le plan"),
    "on_agenda_point": (
        "On the agenda: point {points}",
        "Op de agenda: punt {points}",
        "À l'ordre du jour\u00a0: point {points}",
    ),
    "on_agenda_points": (
        "On the agenda: points {points}",
        "Op de agenda: punten {points}",
        "À l'ordre du jour\u00a0: points {points}",
    ),
    "chapter": ("Chapter", "Hoofdstuk", "Chapitre"),
    "section": ("Section", "Thema", "Thème"),
    "objectives": ("Objectives", "Doelstellingen", "Objectifs"),
    "projects": ("Projects", "Projecten", "Projets"),
    "flagship": ("Flagship", "Vlaggenschip", "Projet phare"),
    "item_objective": ("Objective", "Doelstelling", "Objectif"),
    "item_ongoing": ("Ongoing", "Voortgangsproject", "Projet en cours"),
    "item_new": ("New", "Nieuw project", "Nouveau projet"),
    "item_flagship": ("Flagship", "Vlaggenschipproject", "Projet phare"),
    "item_other": ("Project", "Project", "Projet"),  # as the window names them
    "workgroups_of_section": (
        "Workgroups and committees",
        "Werkgroepen en commissies",
        "Groupes de travail et commissions",
    ),
    "notes": ("Notes and positions", "Nota's en standpunten", "Notes et positions"),
    "no_notes": (
        "The delegation has no notes on this subject yet.",
        "De delegatie heeft hierover nog geen nota's.",
        "La délégation n'a pas encore de notes à ce sujet.",
    ),
    "actions": ("Open action items", "Openstaande actiepunten", "Points d'action ouverts"),
    "no_actions": (
        "No open action items.",
        "Geen openstaande actiepunten.",
        "Aucun point d'action ouvert.",
    ),
    "overdue": ("overdue", "te laat", "en retard"),
    "action": ("Action", "Actie", "Action"),
    "at_a_glance": ("In this brief", "In deze briefing", "Dans ce briefing"),
    "n_overdue": ("{n} overdue", "{n} te laat", "{n} en retard"),
    "about": ("Subject", "Onderwerp", "Objet"),
    "kind": ("Type", "Soort", "Type"),
    "owner": ("Owner", "Trekker", "Responsable"),
    "due": ("Due", "Uiterlijk", "Échéance"),
    "contacts": (
        "Secretariat-General contacts",
        "Contactpersonen Secretariaat-Generaal",
        "Contacts au Secrétariat général",
    ),
    "no_contacts": (
        "No Secretariat-General contacts are recorded for this domain.",
        "Voor dit domein zijn geen contactpersonen bekend.",
        "Aucun contact n'est connu pour ce domaine.",
    ),
    "contacts_from_plan": (
        "Contacts as listed in the {year} plan.",
        "Contactpersonen volgens het jaarplan {year}.",
        "Contacts selon le plan annuel {year}.",
    ),
    "history": ("Earlier plans", "Eerdere jaarplannen", "Plans antérieurs"),
    "plan_fallback": (
        "No {wanted} plan lists this workgroup; this brief uses the {year} plan, the latest that does.",
        "Geen jaarplan {wanted} vermeldt deze werkgroep; deze briefing volgt het jaarplan {year}, het laatste dat dat wel doet.",
        "Aucun plan {wanted} ne mentionne ce groupe\u00a0; ce briefing suit le plan {year}, le dernier qui le mentionne.",
    ),
    "no_history": (
        "Not found in earlier plans.",
        "Niet gevonden in eerdere jaarplannen.",
        "Absent des plans antérieurs.",
    ),
    "notes_then": ("Notes made then", "Nota's van toen", "Notes de l'époque"),
    "status": ("Status", "Status", "Statut"),
    "priority": ("Priority", "Prioriteit", "Priorité"),
    "tags": ("Tags", "Labels", "Étiquettes"),
    "position": ("Position", "Standpunt", "Position"),
    "consult": ("Consult", "Nog te raadplegen", "Consulter"),
    "visibility": ("Visibility", "Zichtbaarheid", "Visibilité"),
    "private": ("private", "privé", "privé"),
    # workbook
    "sheet_workgroups": ("Workgroups", "Werkgroepen", "Groupes de travail"),
    "sheet_contacts": ("Contacts", "Contactpersonen", "Contacts"),
    "sheet_annotations": ("Notes", "Nota's", "Notes"),
    "sheet_about": ("About this file", "Over dit bestand", "À propos"),
    "about_title": ("Title", "Titel", "Titre"),
    "about_made": ("Made on", "Gemaakt op", "Créé le"),
    "about_by": ("Made by", "Gemaakt door", "Créé par"),
    "about_filters": ("Filters", "Filters", "Filtres"),
    "about_rows": ("Rows", "Rijen", "Lignes"),
    "about_none": ("none (everything)", "geen (alles)", "aucun (tout)"),
    "about_editing": ("Editing the notes", "Nota's bewerken", "Modifier les notes"),
    "about_roundtrip": (
        "Edit the tinted columns of the Notes sheet (green headers) and add new notes in the "
        "empty rows below, naming a Target as the sheet shows it (a workgroup code, a section "
        "number or a label copied from another row); then import the file with 'bnldesk "
        "import-annotations FILE.xlsx', which shows every change before applying it. Keep the id "
        "column: rows are matched by it; a copied row becomes a new note; a deleted row leaves "
        "its note unchanged. Notes over 32,767 characters are cut in the sheet; the whole text "
        "stays in bnldesk.",
        "Bewerk de getinte kolommen van het blad Nota's (groene koppen) en voeg nieuwe nota's toe "
        "in de lege rijen eronder, met een Object zoals het blad het toont (een werkgroepcode, "
        "een themanummer of een label uit een andere rij); lees het bestand daarna in met "
        "'bnldesk import-annotations BESTAND.xlsx', dat elke wijziging toont voor ze wordt "
        "toegepast. Behoud de kolom id: rijen worden erop gekoppeld; een gekopieerde rij wordt "
        "een nieuwe nota; een verwijderde rij laat de nota ongewijzigd. Nota's langer dan 32.767 "
        "tekens zijn in het blad ingekort; de hele tekst blijft in bnldesk.",
        "Modifiez les colonnes teintées de la feuille Notes (en-têtes verts) et ajoutez de "
        "nouvelles notes dans les lignes vides en dessous, avec un Objet tel que la feuille "
        "l'affiche (un code de groupe, un numéro de thème ou un libellé copié d'une autre "
        "ligne)\u00a0; importez ensuite le fichier avec 'bnldesk import-annotations FICHIER.xlsx', qui "
        "montre chaque changement avant de l'appliquer. Gardez la colonne id\u00a0: les lignes y sont "
        "rattachées\u00a0; une ligne copiée devient une nouvelle note\u00a0; une ligne supprimée laisse sa "
        "note inchangée. Les notes de plus de 32 767 caractères sont coupées dans la feuille\u00a0; "
        "le texte entier reste dans bnldesk.",
    ),
    "about_private": (
        "This file holds notes marked private: anyone who has it can read them. Edits to them "
        "are read back only by the bnldesk that exported the file, on this laptop.",
        "Dit bestand bevat nota's die als privé gemarkeerd zijn: wie het heeft, kan ze lezen. "
        "Wijzigingen eraan worden alleen ingelezen door de bnldesk die het bestand maakte, op "
        "deze laptop.",
        "Ce fichier contient des notes marquées privées\u00a0: quiconque le possède peut les lire. "
        "Leurs modifications ne sont relues que par le bnldesk qui a créé le fichier, sur cet "
        "ordinateur.",
    ),
    "choose_from": (
        "Choose one of: {choices}",
        "Kies een van: {choices}",
        "Choisissez parmi\u00a0: {choices}",
    ),
    "left_parts": (
        "Left out by choice: {parts}.",
        "Bewust weggelaten: {parts}.",
        "Omis à votre demande\u00a0: {parts}.",
    ),
    "part_cover": ("summary page", "samenvatting", "page de synthèse"),
    "part_toc": ("contents", "inhoud", "table des matières"),
    "part_agenda": ("agenda", "agenda", "ordre du jour"),
    "part_plan": ("place in the plan", "plaats in het jaarplan", "place dans le plan"),
    "part_notes": ("notes", "nota's", "notes"),
    "part_actions": ("action items", "actiepunten", "points d'action"),
    "part_contacts": ("contacts", "contactpersonen", "contacts"),
    "part_history": ("earlier plans", "eerdere jaarplannen", "plans antérieurs"),
    "filter_plan": ("plan year", "jaarplan", "plan annuel"),
    "filter_chapter": ("chapter", "hoofdstuk", "chapitre"),
    "filter_search": ("search", "zoeken", "recherche"),
    "filter_tag": ("tag", "label", "étiquette"),
    "filter_private": (
        "private notes included",
        "privénota's inbegrepen",
        "notes privées incluses",
    ),
    "col_code": ("Code", "Code", "Code"),
    "col_name": ("Name", "Naam", "Nom"),
    "col_parent": ("Parent", "Bovenliggend", "Parent"),
    "col_plan_year": ("Plan year", "Jaarplan", "Plan annuel"),
    "col_plans": ("All plans", "Alle jaarplannen", "Tous les plans"),
    "col_chapter": ("Chapter", "Hoofdstuk", "Chapitre"),
    "col_section": ("Section", "Thema", "Thème"),
    "col_contacts": ("Contacts", "Contactpersonen", "Contacts"),
    "col_notes": ("Notes", "Nota's", "Notes"),
    "col_open_actions": ("Open actions", "Open acties", "Actions ouvertes"),
    "col_last_note": ("Last note", "Laatste nota", "Dernière note"),
    "col_tags": ("Tags", "Labels", "Étiquettes"),
    "col_status": ("Status", "Status", "Statut"),
    "col_email": ("E-mail", "E-mail", "E-mail"),
    "col_phone": ("Phone", "Telefoon", "Téléphone"),
    "col_role": ("Role", "Functie", "Fonction"),
    "col_domain": ("Domain", "Domein", "Domaine"),
    "col_organisation": ("Organisation", "Organisatie", "Organisation"),
    "col_valid_from": ("Valid from", "Geldig vanaf", "Valable à partir du"),
    "col_valid_until": ("Valid until", "Geldig tot", "Valable jusqu'au"),
    "col_validity": ("Validity", "Geldigheid", "Validité"),
    "col_sections": ("Sections", "Thema's", "Thèmes"),
    "col_workgroups": ("Workgroups", "Werkgroepen", "Groupes de travail"),
    "col_id": ("id", "id", "id"),
    "col_target_kind": ("Target kind", "Soort object", "Type d'objet"),
    "col_target_key": ("Target key", "Objectsleutel", "Clé d'objet"),
    "col_target": ("Target", "Object", "Objet"),
    "col_text": ("Text", "Tekst", "Texte"),
    "col_position": ("Position", "Standpunt", "Position"),
    "col_position_state": ("Position state", "Stand standpunt", "État de la position"),
    "col_priority": ("Priority", "Prioriteit", "Priorité"),
    "col_visibility": ("Visibility", "Zichtbaarheid", "Visibilité"),
    "col_consult": ("Consult", "Nog te raadplegen", "Consulter"),
    "col_author": ("Author", "Auteur", "Auteur"),
    "col_delegation": ("Delegation", "Delegatie", "Délégation"),
    "col_created": ("Created", "Aangemaakt", "Créée"),
    "col_updated": ("Updated", "Gewijzigd", "Modifiée"),
    # the command line's tables (bnldesk.commands._tables)
    "col_period": ("Period", "Periode", "Période"),
    "col_themes": ("Themes", "Thema's", "Thèmes"),
    "col_year": ("Year", "Jaar", "Année"),
    "col_programme": ("Programme", "Werkprogramma", "Programme"),
    "col_chapters": ("Chapters", "Hoofdstukken", "Chapitres"),
    "col_number": ("Number", "Nummer", "Numéro"),
    "col_snippet": ("Found in", "Gevonden in", "Trouvé dans"),
    "col_starts": ("Starts", "Begint", "Début"),
    "col_points": ("Points", "Punten", "Points"),
    "col_size": ("Size", "Grootte", "Taille"),
    "annotation": ("Note", "Nota", "Note"),
    "note_on": ("note {id} on {target}", "nota {id} over {target}", "note {id} sur {target}"),
    "action_of_note": ("action {id}", "actie {id}", "action {id}"),
    "no_date": ("no date", "geen datum", "pas de date"),
    "wg_current": ("in current plan", "in huidig jaarplan", "dans le plan actuel"),
    "wg_last_in": (
        "last in the {year} plan",
        "laatst in jaarplan {year}",
        "pour la dernière fois dans le plan {year}",
    ),
}


def _value_labels() -> dict[str, tuple[str, str, str]]:
    """The words of the enumerated fields' codes, under the keys the sheets and briefs use
    ("status_done", "priority_2", "kind_section"): the window's own words, from the one
    vocabulary (:mod:`bnldesk.domain.value_words`), so sheet, brief and window agree; a value
    starts in lower case, as in a line of text (reading back ignores case)."""
    vocabularies: dict[str, dict[str, value_words.Words] | dict[int, value_words.Words]] = {
        "status": {**value_words.NOTE_STATUS, **value_words.ACTION_STATUS},
        "priority": value_words.PRIORITY,
        "position": value_words.POSITION_STATE,
        "visibility": value_words.VISIBILITY,
        "kind": value_words.TARGET_KIND,
    }
    labels: dict[str, tuple[str, str, str]] = {}
    for prefix, vocabulary in vocabularies.items():
        for code, words in vocabulary.items():
            said = (words.en, words.nl, words.fr)
            # A value reads as a word in a line ("Status: afgehandeld"); a kind names a heading.
            labels[f"{prefix}_{code}"] = said if prefix == "kind" else _lower_first(said)
    return labels


def _lower_first(words: tuple[str, str, str]) -> tuple[str, str, str]:
    english, dutch, french = (text[:1].lower() + text[1:] for text in words)
    return english, dutch, french


_LABELS.update(_value_labels())


# Texts with a count ``{n}``: key -> (English, Dutch, French), each (one, other). French uses
# the singular for 0 and 1 ("0 note privée"), English and Dutch for 1 alone.
_COUNTED: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "n_notes": (
        ("{n} note", "{n} notes"),
        ("{n} nota", "{n} nota's"),
        ("{n} note", "{n} notes"),
    ),
    "n_actions": (
        ("{n} open action item", "{n} open action items"),
        ("{n} openstaand actiepunt", "{n} openstaande actiepunten"),
        ("{n} point d'action ouvert", "{n} points d'action ouverts"),
    ),
    "n_flagships": (
        ("{n} flagship project", "{n} flagship projects"),
        ("{n} vlaggenschipproject", "{n} vlaggenschipprojecten"),
        ("{n} projet phare", "{n} projets phares"),
    ),
    "n_agenda": (
        ("{n} agenda point", "{n} agenda points"),
        ("{n} agendapunt", "{n} agendapunten"),
        ("{n} point de l'ordre du jour", "{n} points de l'ordre du jour"),
    ),
    # what the command line counts (bnldesk.commands.speech.count)
    "n_page": (
        ("{n} page", "{n} pages"),
        ("{n} pagina", "{n} pagina's"),
        ("{n} page", "{n} pages"),
    ),
    "n_private_note": (
        ("{n} private note", "{n} private notes"),
        ("{n} privénota", "{n} privénota's"),
        ("{n} note privée", "{n} notes privées"),
    ),
    "n_meeting": (
        ("{n} meeting", "{n} meetings"),
        ("{n} vergadering", "{n} vergaderingen"),
        ("{n} réunion", "{n} réunions"),
    ),
    "n_action": (  # of any status (n_actions: the open ones)
        ("{n} action", "{n} actions"),
        ("{n} actie", "{n} acties"),
        ("{n} point d'action", "{n} points d'action"),
    ),
    "n_open_conflict": (
        ("{n} open conflict", "{n} open conflicts"),
        ("{n} open conflict", "{n} open conflicten"),
        ("{n} conflit ouvert", "{n} conflits ouverts"),
    ),
    "n_resolved_conflict": (
        ("{n} resolved conflict", "{n} resolved conflicts"),
        ("{n} opgelost conflict", "{n} opgeloste conflicten"),
        ("{n} conflit résolu", "{n} conflits résolus"),
    ),
    "n_workgroup": (
        ("{n} workgroup", "{n} workgroups"),
        ("{n} werkgroep", "{n} werkgroepen"),
        ("{n} groupe de travail", "{n} groupes de travail"),
    ),
    "n_contact": (
        ("{n} contact", "{n} contacts"),
        ("{n} contactpersoon", "{n} contactpersonen"),
        ("{n} contact", "{n} contacts"),
    ),
    "n_plan": (
        ("{n} plan", "{n} plans"),
        ("{n} jaarplan", "{n} jaarplannen"),
        ("{n} plan", "{n} plans"),
    ),
    "n_programme": (
        ("{n} programme", "{n} programmes"),
        ("{n} werkprogramma", "{n} werkprogramma's"),
        ("{n} programme", "{n} programmes"),
    ),
    "n_chapter": (
        ("{n} chapter", "{n} chapters"),
        ("{n} hoofdstuk", "{n} hoofdstukken"),
        ("{n} chapitre", "{n} chapitres"),
    ),
    "n_section": (
        ("{n} section", "{n} sections"),
        ("{n} thema", "{n} thema's"),
        ("{n} thème", "{n} thèmes"),
    ),
    "n_item": (
        ("{n} item", "{n} items"),
        ("{n} project", "{n} projecten"),
        ("{n} projet", "{n} projets"),
    ),
    "n_theme": (
        ("{n} theme", "{n} themes"),
        ("{n} thema", "{n} thema's"),
        ("{n} thème", "{n} thèmes"),
    ),
    "n_sub_theme": (
        ("{n} sub-theme", "{n} sub-themes"),
        ("{n} subthema", "{n} subthema's"),
        ("{n} sous-thème", "{n} sous-thèmes"),
    ),
    "n_row": (("{n} row", "{n} rows"), ("{n} rij", "{n} rijen"), ("{n} ligne", "{n} lignes")),
    "n_point": (  # {list}: the points' numbers
        ("point {list}", "points {list}"),
        ("punt {list}", "punten {list}"),
        ("point {list}", "points {list}"),
    ),
    "holds_private": (
        (
            "This brief contains {n} note marked private: anyone who has it can read it.",
            "This brief contains {n} notes marked private: anyone who has it can read them.",
        ),
        (
            "Deze briefing bevat {n} nota gemarkeerd als privé: wie de briefing heeft, kan ze lezen.",
            "Deze briefing bevat {n} nota's gemarkeerd als privé: wie de briefing heeft, kan ze lezen.",
        ),
        (
            "Ce briefing contient {n} note marquée privée : quiconque le détient peut la lire.",
            "Ce briefing contient {n} notes marquées privées : quiconque le détient peut les lire.",
        ),
    ),
    "left_private": (
        (
            "{n} private note is not included (tick 'include private notes' to add it).",
            "{n} private notes are not included (tick 'include private notes' to add them).",
        ),
        (
            "{n} privénota is niet opgenomen (vink 'Ook privénota's opnemen' aan om ze toe te voegen).",
            "{n} privénota's zijn niet opgenomen (vink 'Ook privénota's opnemen' aan om ze toe te voegen).",
        ),
        (
            "{n} note privée n'est pas incluse (cochez « inclure les notes privées »).",
            "{n} notes privées ne sont pas incluses (cochez « inclure les notes privées »).",
        ),
    ),
    "left_cut": (
        (
            "{n} note is longer than an Excel cell holds: the sheet shows its start; the whole text stays in bnldesk.",
            "{n} notes are longer than an Excel cell holds: the sheet shows their start; the whole text stays in bnldesk.",
        ),
        (
            "{n} nota is langer dan een Excel-cel toelaat: het blad toont het begin; de hele tekst blijft in bnldesk.",
            "{n} nota's zijn langer dan een Excel-cel toelaat: het blad toont het begin; de hele tekst blijft in bnldesk.",
        ),
        (
            "{n} note dépasse la taille d'une cellule Excel : la feuille en montre le début ; le texte entier reste dans bnldesk.",
            "{n} notes dépassent la taille d'une cellule Excel : la feuille en montre le début ; le texte entier reste dans bnldesk.",
        ),
    ),
    "left_other_years": (
        (
            "{n} note on other years than {year} is not included.",
            "{n} notes on other years than {year} are not included.",
        ),
        (
            "{n} nota over andere jaren dan {year} is niet opgenomen.",
            "{n} nota's over andere jaren dan {year} zijn niet opgenomen.",
        ),
        (
            "{n} note portant sur d'autres années que {year} n'est pas incluse.",
            "{n} notes portant sur d'autres années que {year} ne sont pas incluses.",
        ),
    ),
    "left_workgroups": (
        (
            "{n} workgroup not in the {year} plan is not listed.",
            "{n} workgroups not in the {year} plan are not listed.",
        ),
        (
            "{n} werkgroep die niet in het jaarplan {year} staat, is niet opgenomen.",
            "{n} werkgroepen die niet in het jaarplan {year} staan, zijn niet opgenomen.",
        ),
        (
            "{n} groupe absent du plan {year} n'est pas repris.",
            "{n} groupes absents du plan {year} ne sont pas repris.",
        ),
    ),
}


# The standard marking of a restricted document in each language (the Preferences' choices).
MARKINGS: dict[str, str] = {
    "en": "Limited distribution",
    "nl": "Beperkte verspreiding",
    "fr": "Diffusion restreinte",
}


def marking_in(text: str, language: str) -> str:
    """``text`` in ``language`` when it is a standard marking in any language ("Beperkte
    verspreiding" -> "Diffusion restreinte" for "fr"; capitals kept: "BEPERKTE VERSPREIDING"
    -> "DIFFUSION RESTREINTE"); any other marking as typed (trial 14: the French brief dialog
    offered the Dutch marking chosen once in the Preferences)."""
    folded = text.strip().casefold()
    if language not in MARKINGS or folded not in {m.casefold() for m in MARKINGS.values()}:
        return text
    wanted = MARKINGS[language]
    return wanted.upper() if text.strip().isupper() else wanted


def label(key: str, language: str = "en", **values: object) -> str:
    """The text of ``key`` in ``language`` (English for an unknown language), with ``values``
    filled into its ``{placeholders}``; a text with a count takes the form ``n`` needs ("1
    note", "2 notes"); an unknown key is returned as it is.
    """
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    counted = _COUNTED.get(key)
    if counted is not None:
        count = values.get("n")
        one, other = counted[index]
        lang = LANGUAGES[index]
        text = one if isinstance(count, int) and takes_singular(count, lang) else other
        return text.format(**values)
    entry = _LABELS.get(key)
    if entry is None:
        return key
    text = entry[index]
    return text.format(**values) if values else text


def counted_label(key: str, number: int, language: str = "en", **values: object) -> str:
    """``number`` with the counted text ``key`` in the form ``language`` takes for it ("1
    note", "2 nota's", "0 note privée"), ``values`` filled in beside ``{n}``. Raises KeyError
    for a key that is no counted text (a typo is a bug, not a text)."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    one, other = _COUNTED[key][index]
    form = one if takes_singular(number, LANGUAGES[index]) else other
    return form.format(n=number, **values)


def labeller(language: str) -> Callable[..., str]:
    """A ``label`` bound to one language: ``L = labeller("nl"); L("contents")``."""

    def bound(key: str, **values: object) -> str:
        return label(key, language, **values)

    return bound


# Texts a label had in earlier versions: sheets written then are still read back. Dutch
# named one field three ways and called a note "notitie" beside "nota" (trial 10).
_EARLIER: dict[str, tuple[str, ...]] = {
    "col_consult": ("Consulteren",),
    "col_last_note": ("Laatste notitie",),
    "consult": ("Consulteren",),
}


def all_translations(key: str) -> tuple[str, ...]:
    """Every language's text for ``key``, and its earlier texts (used to read back headers
    and values written in any language by any version)."""
    return _LABELS.get(key, (key,)) + _EARLIER.get(key, ())

"""The review window's words in Dutch and French.

Looked up first in the application's Qt catalogue (``resources/translations``), so once these
strings are filed there they come from it; until then from the table below, by the interface
language in force (:func:`bnldesk.ui.i18n.current`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bnldesk.ui import i18n

_TEXTS: dict[str, tuple[str, str]] = {
    # English: (Dutch, French)
    "Review import": ("Import nakijken", "Vérifier l'importation"),
    "Reading %1...": ("%1 lezen...", "Lecture de %1..."),
    "Cancel": ("Annuleren", "Annuler"),
    "Import": ("Importeren", "Importer"),
    "Close": ("Sluiten", "Fermer"),
    "Structure found": ("Gevonden structuur", "Structure trouvée"),
    "Document text": ("Tekst van het document", "Texte du document"),
    "Warnings": ("Waarschuwingen", "Avertissements"),
    "Title": ("Titel", "Titre"),
    # The second column holds an item's kind, a workgroup's code or "contact": a
    # header as a form writes it (trial 16: "Soort of code" read as a question).
    "Kind / code": ("Soort / code", "Type / code"),
    "Year": ("Jaar", "Année"),
    "Document": ("Document", "Document"),
    "Annual plan": ("Jaarplan", "Plan annuel"),
    "Work programme": ("Werkprogramma", "Programme de travail"),
    "Promote": ("Hoger niveau", "Niveau supérieur"),
    "Demote": ("Lager niveau", "Niveau inférieur"),
    "Merge with previous": ("Samenvoegen met vorige", "Fusionner avec le précédent"),
    "Split": ("Splitsen", "Scinder"),
    "Flagship": ("Vlaggenschip", "Projet phare"),
    "Item kind": ("Soort project", "Type de projet"),
    "Undo": ("Ongedaan maken", "Annuler l'action"),
    "Redo": ("Opnieuw", "Rétablir"),
    "objective": ("doelstelling", "objectif"),
    "ongoing": ("voortgangsproject", "projet en cours"),
    "new": ("nieuw project", "nouveau projet"),
    "flagship": ("vlaggenschipproject", "projet phare"),
    # An item whose document gives no kind: a project, as the main window calls it.
    "project": ("project", "projet"),
    "Workgroups": ("Werkgroepen", "Groupes de travail"),
    "Contacts": ("Contactpersonen", "Personnes de contact"),
    "%1 chapters, %2 sections, %3 items (%4 flagships), %5 workgroups, %6 contacts": (
        "%1 hoofdstukken, %2 onderdelen, %3 projecten (%4 vlaggenschip), %5 werkgroepen, "
        "%6 contactpersonen",
        "%1 chapitres, %2 thèmes, %3 projets (%4 phares), %5 groupes de travail, "
        "%6 personnes de contact",
    ),
    "The structure looks doubtful: check the highlighted warnings before importing.": (
        "De structuur is twijfelachtig: kijk de gemarkeerde waarschuwingen na voor u importeert.",
        "La structure est douteuse\u00a0: vérifiez les avertissements en surbrillance avant d'importer.",
    ),
    "page %1, line %2": ("pagina %1, regel %2", "page %1, ligne %2"),
    "line %1": ("regel %1", "ligne %1"),
    "Page": ("Pagina", "Page"),
    "Line": ("Regel", "Ligne"),
    "Text": ("Tekst", "Texte"),
    "whole document": ("het hele document", "tout le document"),
    "Writing to the database...": ("Schrijven naar de databank...", "Écriture dans la base..."),
    "%1 could not be read:\n%2": (
        "%1 kon niet gelezen worden:\n%2",
        "%1 n'a pas pu être lu\u00a0:\n%2",
    ),
    "%1 could not be imported:\n%2": (
        "%1 kon niet geïmporteerd worden:\n%2",
        "%1 n'a pas pu être importé\u00a0:\n%2",
    ),
    "Import finished": ("Import klaar", "Importation terminée"),
    "Imported %1 (%2).": ("%1 geïmporteerd (%2).", "%1 importé (%2)."),
    "Added: %1": ("Toegevoegd: %1", "Ajouté\u00a0: %1"),
    "Changed: %1": ("Gewijzigd: %1", "Modifié\u00a0: %1"),
    "Removed: %1": ("Verwijderd: %1", "Supprimé\u00a0: %1"),
    "Notes carried over from %1: %2": (
        "Nota's overgenomen uit %1: %2",
        "Notes reprises de %1\u00a0: %2",
    ),
    "Notes carried over from earlier plans: %1": (
        "Nota's overgenomen uit eerdere jaarplannen: %1",
        "Notes reprises de plans antérieurs\u00a0: %1",
    ),
    "Also imported %1 (%2).": ("Ook geïmporteerd: %1 (%2).", "Également importé\u00a0: %1 (%2)."),
    "%1 now belongs to %2.": ("%1 hoort nu bij %2.", "%1 fait maintenant partie de %2."),
    "Import (Ctrl+Enter) writes %1 (%2) into the database: %3.": (
        "Importeren (Ctrl+Enter) schrijft %1 (%2) in de databank: %3.",
        "Importer (Ctrl+Entrée) écrit %1 (%2) dans la base\u00a0: %3.",
    ),
    "It also writes %1 (%2).": ("Het schrijft ook %1 (%2).", "Il écrit aussi %1 (%2)."),
    "Edit > Undo cannot take an import back: a backup is taken first, and File > Backups... restores it.": (
        "Bewerken > Ongedaan maken kan een import niet terugdraaien: eerst wordt een reservekopie"
        " gemaakt, die Bestand > Reservekopieën... terugzet.",
        "Édition > Annuler ne peut pas défaire une importation\u00a0: une sauvegarde est faite"
        " d'abord, que Fichier > Sauvegardes... restaure.",
    ),
    "Edit > Undo starts again after this import; File > Backups... has the copy taken before it.": (
        "Bewerken > Ongedaan maken begint opnieuw na deze import; Bestand > Reservekopieën..."
        " heeft de kopie van ervoor.",
        "Édition > Annuler repart de cette importation\u00a0; Fichier > Sauvegardes... contient la"
        " copie faite avant elle.",
    ),
    "nothing": ("niets", "rien"),
    "Import cancelled; nothing was changed.": (
        "Import geannuleerd; er is niets veranderd.",
        "Importation annulée\u00a0; rien n'a été modifié.",
    ),
    "chapter": ("hoofdstuk", "chapitre"),
    "section": ("onderdeel", "thème"),
    "item": ("project", "projet"),
    "workgroup": ("werkgroep", "groupe de travail"),
    "contact": ("contactpersoon", "personne de contact"),
}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (English is the source); with ``n``, Qt's plural
    form for that number ("%n item(s)" -> "1 item", "2 items"; French "0 projet")."""
    translated = QCoreApplication.translate("", text, disambiguation, n)
    if n >= 0:
        return translated.replace("%n", str(n))
    if translated != text:
        return translated
    language = i18n.current()
    pair = _TEXTS.get(text)
    if pair is None or language not in ("nl", "fr"):
        return text
    return pair[0] if language == "nl" else pair[1]


def kind_name(kind: str) -> str:
    """The name of an item's kind (``ItemKind`` value) in the interface language; an item of
    kind "other" is a "project", as the main window and the briefs call it (trials 4 and 5
    read "ander/other" in the review and "Project" once it was imported)."""
    return tr("project") if kind == "other" else tr(kind)


def counted(kind: str, number: int) -> str:
    """``number`` parts of ``kind`` with the plural the language wants ("1 chapter",
    "176 items", "2 hoofdstukken", "0 chapitre"). ``kind``: plan, programme, chapter,
    section, item, objective, project, other (an item of no known kind), flagship, workgroup,
    contact, note or correction."""
    # Each a literal, so that lupdate files its plural forms.
    forms = {
        "plan": tr("%n plan(s)", None, number),
        "programme": tr("%n programme(s)", None, number),
        "chapter": tr("%n chapter(s)", None, number),
        "section": tr("%n section(s)", None, number),
        "item": tr("%n item(s)", None, number),
        "objective": tr("%n objective(s)", None, number),
        "project": tr("%n project(s)", None, number),
        "other": tr("%n other item(s)", None, number),
        "flagship": tr("%n flagship(s)", None, number),
        "workgroup": tr("%n workgroup(s)", None, number),
        "contact": tr("%n contact(s)", None, number),
        "note": tr("%n note(s)", None, number),
        "correction": tr("%n correction(s)", None, number),
    }
    return forms.get(kind, f"{number} {tr(kind)}")


def changed_fields(fields: tuple[str, ...]) -> str:
    """What an import changed in an object, in the interface language: its column names
    ("title", "body", "position", "email"...) said as a delegate knows them, each once, in
    this order ("title, text, order"). Bookkeeping columns (identity keys) are left out."""
    # Each a literal, so that lupdate files it.
    words = {
        "number": lambda: tr("number"),
        "title": lambda: tr("title"),
        "name": lambda: tr("name"),
        "code": lambda: tr("code"),
        "body": lambda: tr("text"),
        "description": lambda: tr("text"),
        "kind": lambda: tr("kind"),
        "is_flagship": lambda: tr("flagship"),
        "theme": lambda: tr("theme line"),
        "position": lambda: tr("order"),
        "chapter": lambda: tr("place in the plan"),
        "parent": lambda: tr("place in the plan"),
        "language": lambda: tr("language"),
        "plan_id": lambda: tr("plan"),
        "email": lambda: tr("contact details"),
        "phone": lambda: tr("contact details"),
        "role": lambda: tr("contact details"),
        "domain": lambda: tr("contact details"),
        "organisation": lambda: tr("contact details"),
        "valid_from": lambda: tr("validity"),
        "valid_until": lambda: tr("validity"),
        "validity_note": lambda: tr("validity"),
    }
    said: list[str] = []
    for field in fields:
        word = words.get(field)
        if word is not None and word() not in said:
            said.append(word())
    return ", ".join(said)

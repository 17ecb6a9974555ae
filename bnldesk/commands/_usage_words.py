"""The command line's help and usage mistakes in Dutch and French (trial 16: a Dutch-speaking
delegate's ``bnldesk --help``, ``bnldesk list --help`` and argparse's "invalid choice" were
English while everything else the command line prints follows her language).

Three tables, each keyed by the English text the code holds, so that the parser is built in
English at every start at no cost and this module is loaded only when help is shown or a
mistake is said:

- :data:`ARGPARSE`: argparse's own strings (its headings, "usage: ", its errors), which
  argparse passes through ``gettext`` (its documented way of being translated): see
  :func:`bnldesk.cli.speaking_argparse`, which hands it :func:`spoken` instead of a ``.mo``
  catalogue, because the language is the command line's rule
  (:func:`bnldesk.preferences.command_line_language`: ``--language``, the window's
  preferences, then the environment), not the environment alone;
- :data:`HELP`: the descriptions and argument helps of every command;
- :data:`METAVARS`: the placeholders a delegate reads in the usage ("YEAR", "FILE").

A text not found is said in English: never lost, never empty. ``tests/test_cli_help_speaks.py``
keeps every help of the parser in :data:`HELP`.
"""

from __future__ import annotations

from bnldesk.domain.value_words import AUDIENCE_HELP, visibility_help

Said = tuple[str, str]  # (Dutch, French)

ARGPARSE: dict[str, Said] = {
    "usage: ": ("gebruik: ", "utilisation : "),
    "positional arguments": ("argumenten", "arguments"),
    "options": ("opties", "options"),
    "optional arguments": ("opties", "options"),  # Python before 3.10
    "show this help message and exit": ("toon deze hulp en stop", "afficher cette aide et quitter"),
    "argument %(argument_name)s: %(message)s": (
        "%(argument_name)s: %(message)s",
        "%(argument_name)s : %(message)s",
    ),
    "unrecognized arguments: %s": ("onbekende argumenten: %s", "arguments inconnus : %s"),
    "the following arguments are required: %s": (
        "deze argumenten ontbreken: %s",
        "ces arguments manquent : %s",
    ),
    "one of the arguments %s is required": (
        "een van de argumenten %s is nodig",
        "l'un des arguments %s est nécessaire",
    ),
    "not allowed with argument %s": ("niet samen met %s", "pas avec %s"),
    "ignored explicit argument %r": ("overbodige waarde %r", "valeur superflue %r"),
    "expected one argument": ("verwacht één waarde", "une valeur attendue"),
    "expected at most one argument": (
        "verwacht hoogstens één waarde",
        "au plus une valeur attendue",
    ),
    "expected at least one argument": (
        "verwacht minstens één waarde",
        "au moins une valeur attendue",
    ),
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
        "option ambiguë : %(option)s peut désigner %(matches)s",
    ),
    "unexpected option string: %s": ("onverwachte optie: %s", "option inattendue : %s"),
    "invalid %(type)s value: %(value)r": (
        "ongeldige waarde %(value)r (%(type)s verwacht)",
        "valeur invalide %(value)r (%(type)s attendu)",
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
        "choix invalide : %(value)r (choisissez parmi %(choices)s)",
    ),
    "invalid choice: %(value)r, maybe you meant %(closest)r?": (
        "ongeldige keuze: %(value)r, bedoelt u %(closest)r?",
        "choix invalide : %(value)r, vouliez-vous dire %(closest)r ?",
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)",
        "commande inconnue %(parser_name)r (choisissez parmi %(choices)s)",
    ),
    "can't open '%(filename)s': %(error)s": (
        "kan '%(filename)s' niet openen: %(error)s",
        "impossible d'ouvrir « %(filename)s » : %(error)s",
    ),
    # bnldesk's own words around them (bnldesk.cli._Parser)
    "(see '%s --help')": ("(zie '%s --help')", "(voir « %s --help »)"),
    "show the version and exit": ("toon de versie en stop", "afficher la version et quitter"),
    "'%s' is not a year": ("'%s' is geen jaartal", "« %s » n'est pas une année"),
    "%s is not a plausible plan year": (
        "%s is geen aannemelijk jaar voor een jaarplan",
        "%s n'est pas une année plausible pour un plan",
    ),
    "'%(value)s' is not a list: choose from %(kinds)s": (
        "'%(value)s' is geen lijst: kies uit %(kinds)s",
        "« %(value)s » n'est pas une liste : choisissez parmi %(kinds)s",
    ),
    "'%(value)s' is not an action status: choose from %(statuses)s": (
        "'%(value)s' is geen status van een actiepunt: kies uit %(statuses)s",
        "« %(value)s » n'est pas un statut de point d'action : choisissez parmi %(statuses)s",
    ),
    "whole number": ("geheel getal", "nombre entier"),
    "'%(value)s' is not a valid value: choose from %(words)s": (
        "'%(value)s' is geen geldige waarde: kies uit %(words)s",
        "« %(value)s » n'est pas une valeur valable : choisissez parmi %(words)s",
    ),
    "'%s' is not a date (for example 15/12/2026, '15 december', tomorrow, "
    "'next tuesday' or 'in 3 days')": (
        "'%s' is geen datum (bijvoorbeeld 15/12/2026, '15 december', morgen, "
        "'volgende week dinsdag' of 'over 3 dagen')",
        "« %s » n'est pas une date (par exemple 15/12/2026, « 15 décembre », demain, "
        "« mardi prochain » ou « dans 3 jours »)",
    ),
    "'%s' is not a date and time (for example '15/12/2026 10:00', 'tomorrow 14:30' or "
    "'2026-12-15 10:00')": (
        "'%s' is geen datum en tijd (bijvoorbeeld '15/12/2026 10:00', 'morgen 14:30' of "
        "'2026-12-15 10:00')",
        "« %s » n'est pas une date et une heure (par exemple « 15/12/2026 10:00 », "
        "« demain 14h30 » ou « 2026-12-15 10:00 »)",
    ),
    "'%s' is not a date (for example 15/12/2026, '15 december', tomorrow, "
    "'next tuesday' or 'in 3 days'; 'none' clears it)": (
        "'%s' is geen datum (bijvoorbeeld 15/12/2026, '15 december', morgen, "
        "'volgende week dinsdag' of 'over 3 dagen'; 'none' wist ze)",
        "« %s » n'est pas une date (par exemple 15/12/2026, « 15 décembre », demain, "
        "« mardi prochain » ou « dans 3 jours » ; « none » l'efface)",
    ),
}

# ngettext's (singular, plural) -> ((Dutch singular, plural), (French singular, plural)).
PLURALS: dict[tuple[str, str], tuple[Said, Said]] = {
    ("expected %s argument", "expected %s arguments"): (
        ("verwacht %s waarde", "verwacht %s waarden"),
        ("%s valeur attendue", "%s valeurs attendues"),
    ),
}

METAVARS: dict[str, Said] = {
    "COMMAND": ("OPDRACHT", "COMMANDE"),
    "WHAT": ("WAT", "QUOI"),
    "YEAR": ("JAAR", "ANNÉE"),
    "Y": ("JAAR", "ANNÉE"),
    "FILE": ("BESTAND", "FICHIER"),
    "FILE.xlsx": ("BESTAND.xlsx", "FICHIER.xlsx"),
    "NAME": ("NAAM", "NOM"),
    "TEXT": ("TEKST", "TEXTE"),
    "DATE": ("DATUM", "DATE"),
    "DATE|none": ("DATUM|none", "DATE|none"),
    "NUMBER": ("NUMMER", "NUMÉRO"),
    "TAG": ("TAG", "TAG"),
    "FIELD": ("VELD", "CHAMP"),
    "BACKUP": ("RESERVEKOPIE", "SAUVEGARDE"),
    "NOTE_ID": ("NOTA_ID", "NOTE_ID"),
    "ACTION_ID": ("ACTIE_ID", "ACTION_ID"),
    "POINT_ID": ("PUNT_ID", "POINT_ID"),
    "ACTION": ("ACTIE", "ACTION"),
    "PATH|URL": ("PAD|URL", "CHEMIN|URL"),
    "'DATE HH:MM'": ("'DATUM UU:MM'", "'DATE HH:MM'"),
    "REF[=TITLE]": ("REF[=TITEL]", "REF[=TITRE]"),
    # options named by their destination
    "AUTHOR": ("AUTEUR", "AUTEUR"),
    "CHAIR": ("VOORZITTER", "PRÉSIDENT"),
    "OWNER": ("TREKKER", "RESPONSABLE"),
    "PLACE": ("PLAATS", "LIEU"),
    "TITLE": ("TITEL", "TITRE"),
    # positionals named by their destination
    "target": ("doel", "cible"),
    "text": ("tekst", "texte"),
    "title": ("titel", "titre"),
    "id": ("id", "id"),
    "path": ("pad", "chemin"),
    "paths": ("paden", "chemins"),
    "code": ("code", "code"),
    "url": ("url", "url"),
}

HELP: dict[str, Said] = {
    # bnldesk
    "Benelux work programmes, annual plans and the delegation's notes.": (
        "Benelux-werkprogramma's, jaarplannen en de nota's van de delegatie.",
        "Programmes de travail et plans annuels Benelux, et les notes de la délégation.",
    ),
    "database file, or a delegation server postgresql://USER@HOST/DATABASE (default: "
    "$BNLDESK_DB, else bnldesk.db in the user data folder; `python3 dev.py demo` uses its "
    "own, .demo/demo.db)": (
        "databankbestand, of een server van de delegatie postgresql://GEBRUIKER@HOST/DATABASE "
        "(standaard: $BNLDESK_DB, anders bnldesk.db in de gegevensmap van de gebruiker; "
        "`python3 dev.py demo` gebruikt zijn eigen, .demo/demo.db)",
        "fichier de la base, ou un serveur de la délégation postgresql://UTILISATEUR@HÔTE/BASE "
        "(par défaut : $BNLDESK_DB, sinon bnldesk.db dans le dossier de données de "
        "l'utilisateur ; `python3 dev.py demo` utilise le sien, .demo/demo.db)",
    ),
    "how much to write to the log file (debug for support; default info)": (
        "hoeveel er in het logboek komt (foutopsporing voor de ondersteuning; standaard info)",
        "ce qu'écrit le journal (débogage pour le support ; par défaut info)",
    ),
    "create a new database empty instead of with the demo data": (
        "maak een nieuwe databank leeg aan in plaats van met de demogegevens",
        "créer une nouvelle base vide plutôt qu'avec les données de démonstration",
    ),
    # list, search, check
    "list programmes, plans, chapters, sections, items, ...": (
        "toon werkprogramma's, jaarplannen, hoofdstukken, onderdelen, planonderdelen, ...",
        "afficher les programmes de travail, plans annuels, chapitres, thèmes, éléments "
        "du plan, ...",
    ),
    "what to list: %(choices)s (the names in English, Dutch and French are understood)": (
        "wat te tonen: %(choices)s (ook de Engelse en Franse namen worden begrepen)",
        "quoi afficher : %(choices)s (les noms anglais et néerlandais sont compris aussi)",
    ),
    "only this year's plan": (
        "alleen het jaarplan van dat jaar",
        "seulement le plan de cette année",
    ),
    "only rows with this text": (
        "alleen rijen met deze tekst",
        "seulement les lignes avec ce texte",
    ),
    "only flagship projects (items)": (
        "alleen vlaggenschipprojecten (planonderdelen)",
        "seulement les projets phares (éléments du plan)",
    ),
    "only notes with this tag (annotations)": (
        "alleen nota's met deze tag (nota's)",
        "seulement les notes avec ce tag (notes)",
    ),
    "the rows as JSON, nothing cut": (
        "de rijen als JSON, niets afgekapt",
        "les lignes en JSON, rien de coupé",
    ),
    "print long cells whole (cut at 60 otherwise)": (
        "toon lange cellen helemaal (anders afgekapt op 60)",
        "afficher les cellules longues en entier (coupées à 60 sinon)",
    ),
    "full-text search over everything, as the window's search box: words (all must occur; "
    'the last one may begin a longer word), OR, -word, "a phrase", prefix*, NEAR(a b, 5), '
    "title:, code:, year:, tag:, kind:": (
        "zoek in alle tekst, zoals het zoekvak van het venster: woorden (alle moeten "
        'voorkomen; het laatste mag een langer woord beginnen), OR, -woord, "een zinsdeel", '
        "begin*, NEAR(a b, 5), title:, code:, year:, tag:, kind:",
        "rechercher dans tout le texte, comme la zone de recherche de la fenêtre : des mots "
        "(tous doivent figurer ; le dernier peut commencer un mot plus long), OR, -mot, "
        '"une expression", début*, NEAR(a b, 5), title:, code:, year:, tag:, kind:',
    ),
    "Words may start with '-' (bnldesk search -Brussel energie).": (
        "Woorden mogen met '-' beginnen (bnldesk search -Brussel energie).",
        "Les mots peuvent commencer par « - » (bnldesk search -Bruxelles énergie).",
    ),
    "the words to search for": ("de woorden om te zoeken", "les mots à rechercher"),
    "only the objects of that year's plan": (
        "alleen de onderdelen van het jaarplan van dat jaar",
        "seulement les objets du plan de cette année",
    ),
    "show at most N hits (default 30)": (
        "toon hoogstens N resultaten (standaard 30)",
        "afficher au plus N résultats (30 par défaut)",
    ),
    "the last word matches whole words only (by default it may begin a longer word)": (
        "het laatste woord vindt alleen hele woorden (standaard mag het een langer woord beginnen)",
        "le dernier mot ne trouve que des mots entiers (par défaut il peut commencer un mot "
        "plus long)",
    ),
    "check the database file for damage": (
        "controleer het databankbestand op beschadiging",
        "vérifier que le fichier de la base n'est pas endommagé",
    ),
    "quick_check instead of integrity_check": (
        "quick_check in plaats van integrity_check",
        "quick_check au lieu d'integrity_check",
    ),
    "the result as JSON": ("het resultaat als JSON", "le résultat en JSON"),
    # brief and exports
    "write a meeting brief (PDF) on a workgroup, section or meeting": (
        "schrijf een briefing (PDF) over een werkgroep, onderdeel of vergadering",
        "écrire un briefing (PDF) sur un groupe de travail, un thème ou une réunion",
    ),
    "workgroup code or name": ("code of naam van de werkgroep", "code ou nom du groupe de travail"),
    "section number, e.g. 5.2": (
        "nummer van het onderdeel, bv. 5.2",
        "numéro du thème, p. ex. 5.2",
    ),
    "meeting id or UUID": ("id of UUID van de vergadering", "id ou UUID de la réunion"),
    "the file to write (an existing file is replaced)": (
        "het bestand om te schrijven (een bestaand bestand wordt vervangen)",
        "le fichier à écrire (un fichier existant est remplacé)",
    ),
    "language of the labels (default: the preferences', else the system's)": (
        "taal van de opschriften (standaard: die van de voorkeuren, anders die van het systeem)",
        "langue des libellés (par défaut : celle des préférences, sinon celle du système)",
    ),
    "the author named in the file": (
        "de auteur die het bestand noemt",
        "l'auteur nommé dans le fichier",
    ),
    "include private notes": ("neem privénota's op", "inclure les notes privées"),
    AUDIENCE_HELP: (
        "voor wie het bestand is: delegation (mijn delegatie: haar nota's en de deelbare) of "
        "partners (andere delegaties: alleen deelbare nota's); ook 'andere delegaties'",
        "pour qui est le fichier : delegation (ma délégation : ses notes et les "
        "partageables) ou partners (autres délégations : notes partageables seulement) ;"
        " aussi « autres délégations »",
    ),
    "e.g. 'LIMITED DISTRIBUTION'": ("bv. 'BEPERKTE VERSPREIDING'", "p. ex. 'DIFFUSION RESTREINTE'"),
    "the delegation, e.g. BE, NL, LU (default: the preferences' delegation)": (
        "de delegatie, bv. BE, NL, LU (standaard: de delegatie van de voorkeuren)",
        "la délégation, p. ex. BE, NL, LU (par défaut : celle des préférences)",
    ),
    "leave out a part of the brief (repeatable)": (
        "laat een deel van de briefing weg (herhaalbaar)",
        "omettre une partie du briefing (répétable)",
    ),
    "write the workgroups to an Excel workbook": (
        "schrijf de werkgroepen naar een Excel-werkmap",
        "écrire les groupes de travail dans un classeur Excel",
    ),
    "add the contacts and notes sheets": (
        "voeg de bladen met contactpersonen en nota's toe",
        "ajouter les feuilles des contacts et des notes",
    ),
    "columns to write": ("kolommen om te schrijven", "colonnes à écrire"),
    "only workgroups with a note tagged T": (
        "alleen werkgroepen met een nota met tag T",
        "seulement les groupes de travail avec une note portant le tag T",
    ),
    "write the Secretariat-General contacts to Excel": (
        "schrijf de contactpersonen van het Secretariaat-Generaal naar Excel",
        "écrire les contacts du Secrétariat général dans Excel",
    ),
    "write the notes to Excel (edit, then import-annotations)": (
        "schrijf de nota's naar Excel (bewerk ze, dan import-annotations)",
        "écrire les notes dans Excel (modifiez-les, puis import-annotations)",
    ),
    "read an edited notes workbook back: shows every change, then asks (or --yes)": (
        "lees een bewerkte werkmap met nota's terug: toont elke wijziging en vraagt dan (of --yes)",
        "relire un classeur de notes modifié : montre chaque modification, puis demande (ou --yes)",
    ),
    "only show the changes": ("toon alleen de wijzigingen", "montrer seulement les modifications"),
    "apply without asking (after the preview)": (
        "pas toe zonder te vragen (na het overzicht)",
        "appliquer sans demander (après l'aperçu)",
    ),
    "author of new notes without one": (
        "auteur van nieuwe nota's die er geen hebben",
        "auteur des nouvelles notes qui n'en ont pas",
    ),
    "delegation of new notes that name none (default: the one this database's notes are "
    "written for)": (
        "delegatie van nieuwe nota's die er geen noemen (standaard: die waarvoor de nota's "
        "van deze databank geschreven zijn)",
        "délégation des nouvelles notes qui n'en nomment aucune (par défaut : celle pour "
        "laquelle les notes de cette base sont écrites)",
    ),
    # import
    "import annual plans or work programmes (PDF, DOCX, TXT, MD)": (
        "lees jaarplannen of werkprogramma's in (PDF, DOCX, TXT, MD)",
        "importer des plans annuels ou des programmes de travail (PDF, DOCX, TXT, MD)",
    ),
    "the documents to import": ("de documenten om in te lezen", "les documents à importer"),
    "parse and report, change nothing": (
        "lees en meld, verander niets",
        "analyser et rendre compte, ne rien modifier",
    ),
    "print the reports as JSON": ("toon de verslagen als JSON", "afficher les rapports en JSON"),
    "import even if the document would remove most of a plan already in the database": (
        "lees in, ook als het document het grootste deel van een jaarplan in de databank "
        "zou verwijderen",
        "importer même si le document supprimerait la plus grande partie d'un plan déjà "
        "dans la base",
    ),
    "import even if the structure found looks doubtful (see the warnings of --dry-run)": (
        "lees in, ook als de gevonden structuur twijfelachtig lijkt (zie de waarschuwingen "
        "van --dry-run)",
        "importer même si la structure trouvée semble douteuse (voir les avertissements de "
        "--dry-run)",
    ),
    "the plan year (or first programme year)": (
        "het jaar van het jaarplan (of het eerste jaar van het werkprogramma)",
        "l'année du plan (ou la première année du programme)",
    ),
    "override the detected kind": (
        "kies zelf de soort in plaats van de herkende",
        "choisir le type au lieu de celui détecté",
    ),
    # notes and actions
    "add a note to a workgroup, section or object": (
        "voeg een nota toe aan een werkgroep, onderdeel of planonderdeel",
        "ajouter une note à un groupe de travail, un thème ou un objet",
    ),
    "workgroup code, section number or kind:id (e.g. item:12)": (
        "code van een werkgroep, nummer van een onderdeel of soort:id (bv. item:12)",
        "code d'un groupe de travail, numéro d'un thème ou type:id (p. ex. item:12)",
    ),
    "the note; - reads it from standard input": (
        "de nota; - leest ze van de standaardinvoer",
        "la note ; - la lit sur l'entrée standard",
    ),
    "the delegation's position": ("het standpunt van de delegatie", "la position de la délégation"),
    "who must still be consulted at home": (
        "wie thuis nog geraadpleegd moet worden",
        "qui doit encore être consulté au pays",
    ),
    "add a tag (repeatable)": ("voeg een tag toe (herhaalbaar)", "ajouter un tag (répétable)"),
    "remove a tag (repeatable)": ("verwijder een tag (herhaalbaar)", "retirer un tag (répétable)"),
    "the note as JSON": ("de nota als JSON", "la note en JSON"),
    "show or change a note (every field of the editor)": (
        "toon of wijzig een nota (elk veld van de editor)",
        "afficher ou modifier une note (chaque champ de l'éditeur)",
    ),
    "a note with its fields and action items": (
        "een nota met haar velden en actiepunten",
        "une note avec ses champs et ses points d'action",
    ),
    "change the given fields of a note": (
        "wijzig de gegeven velden van een nota",
        "modifier les champs donnés d'une note",
    ),
    "the note's text; - reads stdin": (
        "de tekst van de nota; - leest de standaardinvoer",
        "le texte de la note ; - lit l'entrée standard",
    ),
    "add or change an action item of a note": (
        "voeg een actiepunt van een nota toe of wijzig het",
        "ajouter ou modifier un point d'action d'une note",
    ),
    "add an action item to a note": (
        "voeg een actiepunt toe aan een nota",
        "ajouter un point d'action à une note",
    ),
    "change an action item": ("wijzig een actiepunt", "modifier un point d'action"),
    "one of these, or the window's word for it in English, Dutch or French": (
        "een van deze, of het woord van het venster ervoor in het Engels, Nederlands of Frans",
        "l'une de ces valeurs, ou le mot de la fenêtre en anglais, néerlandais ou français",
    ),
    "open, done or cancelled (or the window's word for it)": (
        "open, afgehandeld of geannuleerd (of het Engelse of Franse woord)",
        "ouvert, terminé ou annulé (ou le mot anglais ou néerlandais)",
    ),
    # share, receive, conflicts, backup, restore, pair, sync
    "write a bundle of the delegation's notes for other laptops": (
        "schrijf een bundel met de nota's van de delegatie voor andere laptops",
        "écrire un paquet des notes de la délégation pour d'autres portables",
    ),
    "the bundle to write (an existing file is replaced)": (
        "de bundel om te schrijven (een bestaand bestand wordt vervangen)",
        "le paquet à écrire (un fichier existant est remplacé)",
    ),
    "only records changed since": (
        "alleen wat sindsdien gewijzigd is",
        "seulement ce qui a changé depuis",
    ),
    "only this workgroup's notes and meetings": (
        "alleen de nota's en vergaderingen van deze werkgroep",
        "seulement les notes et réunions de ce groupe de travail",
    ),
    "count private notes too": ("tel ook privénota's", "compter aussi les notes privées"),
    "the name the bundle says it is from": (
        "de naam die de bundel als afzender noemt",
        "le nom que le paquet donne comme expéditeur",
    ),
    "the delegation the bundle says it is from (default: the one its notes name)": (
        "de delegatie die de bundel als afzender noemt (standaard: die van zijn nota's)",
        "la délégation que le paquet donne comme expéditeur (par défaut : celle de ses notes)",
    ),
    "merge a bundle written by another laptop": (
        "voeg een bundel van een andere laptop samen met deze databank",
        "fusionner un paquet écrit par un autre portable",
    ),
    "the bundle to read": ("de bundel om te lezen", "le paquet à lire"),
    "print what would change, change nothing": (
        "toon wat zou veranderen, verander niets",
        "afficher ce qui changerait, ne rien modifier",
    ),
    "list (or resolve) notes changed on two laptops": (
        "toon nota's die op twee laptops gewijzigd zijn (of los ze op)",
        "afficher (ou résoudre) les notes modifiées sur deux portables",
    ),
    "include resolved conflicts": ("toon ook opgeloste conflicten", "inclure les conflits résolus"),
    "resolve this conflict": ("los dit conflict op", "résoudre ce conflit"),
    "with --resolve: take this field from the other version (repeatable)": (
        "met --resolve: neem dit veld van de andere versie (herhaalbaar)",
        "avec --resolve : prendre ce champ de l'autre version (répétable)",
    ),
    "back up the database now (checked with quick_check)": (
        "maak nu een reservekopie van de databank (gecontroleerd met quick_check)",
        "sauvegarder la base maintenant (vérifiée avec quick_check)",
    ),
    "list backups or restore one (the current file is kept)": (
        "toon de reservekopieën of zet er een terug (het huidige bestand wordt bewaard)",
        "afficher les sauvegardes ou en restaurer une (le fichier actuel est conservé)",
    ),
    "backup file or name": (
        "bestand of naam van de reservekopie",
        "fichier ou nom de la sauvegarde",
    ),
    "restore the newest good backup": (
        "zet de nieuwste goede reservekopie terug",
        "restaurer la sauvegarde en bon état la plus récente",
    ),
    "show this laptop's pairing code, or accept another laptop's": (
        "toon de koppelcode van deze laptop, of aanvaard die van een andere laptop",
        "afficher le code d'association de ce portable, ou accepter celui d'un autre",
    ),
    "the other laptop's pairing code": (
        "de koppelcode van de andere laptop",
        "le code d'association de l'autre portable",
    ),
    "with CODE: a name for the other laptop": (
        "met CODE: een naam voor de andere laptop",
        "avec CODE : un nom pour l'autre portable",
    ),
    "stop accepting bundles from this laptop": (
        "aanvaard geen bundels meer van deze laptop",
        "ne plus accepter les paquets de ce portable",
    ),
    "exchange shareable notes, meetings and actions with the delegation server": (
        "wissel deelbare nota's, vergaderingen en acties uit met de server van de delegatie",
        "échanger les notes partageables, réunions et actions avec le serveur de la délégation",
    ),
    # meetings
    "meetings: add, list, show, agenda, outcome, debrief, ics": (
        "vergaderingen: add (toevoegen), list (tonen), show (bekijken), agenda (agendapunt), "
        "outcome (uitkomst), debrief (verslag), ics (agenda-bestand)",
        "réunions : add (ajouter), list (afficher), show (voir), agenda (point), outcome "
        "(résultat), debrief (compte rendu), ics (fichier d'agenda)",
    ),
    "add a meeting": ("voeg een vergadering toe", "ajouter une réunion"),
    "upcoming meetings": ("de komende vergaderingen", "les réunions à venir"),
    "past ones too": ("ook voorbije", "aussi les passées"),
    "a meeting with its agenda": (
        "een vergadering met haar agenda",
        "une réunion avec son ordre du jour",
    ),
    "add an agenda point": ("voeg een agendapunt toe", "ajouter un point à l'ordre du jour"),
    "an agenda point: a plan object (code, section number, kind:id) or free text": (
        "een agendapunt: een onderdeel van het plan (code, nummer van een onderdeel, soort:id) "
        "of vrije tekst",
        "un point de l'ordre du jour : un objet du plan (code, numéro de thème, type:id) ou "
        "un texte libre",
    ),
    "record the outcome of an agenda point": (
        "noteer de uitkomst van een agendapunt",
        "noter le résultat d'un point de l'ordre du jour",
    ),
    "add an action item from a meeting": (
        "voeg een actiepunt van een vergadering toe",
        "ajouter un point d'action d'une réunion",
    ),
    "write outcomes back as notes on the plan objects": (
        "schrijf de uitkomsten terug als nota's bij de onderdelen van het plan",
        "réécrire les résultats comme notes sur les objets du plan",
    ),
    "write the debrief of a meeting that is still to come (refused otherwise)": (
        "schrijf het verslag van een vergadering die nog moet komen (anders geweigerd)",
        "écrire le compte rendu d'une réunion encore à venir (refusé sinon)",
    ),
    "the plan whose section a section number means (default: the latest plan listing the "
    "meeting's workgroup)": (
        "het jaarplan waarvan een nummer het onderdeel aanwijst (standaard: het nieuwste "
        "jaarplan met de werkgroep van de vergadering)",
        "le plan dont un numéro désigne le thème (par défaut : le plan le plus récent qui "
        "cite le groupe de travail de la réunion)",
    ),
    "export meetings to an iCalendar file": (
        "schrijf vergaderingen naar een iCalendar-bestand",
        "exporter les réunions dans un fichier iCalendar",
    ),
    "the calendar file to write (an existing file is replaced)": (
        "het agendabestand om te schrijven (een bestaand bestand wordt vervangen)",
        "le fichier d'agenda à écrire (un fichier existant est remplacé)",
    ),
    "language of the events' descriptions (en, nl, fr; default: the preferences', else the "
    "system's)": (
        "taal van de beschrijvingen (en, nl, fr; standaard: die van de voorkeuren, anders die "
        "van het systeem)",
        "langue des descriptions (en, nl, fr ; par défaut : celle des préférences, sinon celle "
        "du système)",
    ),
    "language of the notes' text (en, nl, fr; default: the preferences', else the system's)": (
        "taal van de tekst van de nota's (en, nl, fr; standaard: die van de voorkeuren, anders "
        "die van het systeem)",
        "langue du texte des notes (en, nl, fr ; par défaut : celle des préférences, sinon "
        "celle du système)",
    ),
    # server and selftest
    "set up a delegation server (for its administrator)": (
        "richt een server van de delegatie in (voor de beheerder)",
        "installer un serveur de la délégation (pour son administrateur)",
    ),
    "create or upgrade bnldesk's schema, roles template and extensions": (
        "maak of vernieuw het schema, de rollen en de extensies van bnldesk",
        "créer ou mettre à jour le schéma, les rôles et les extensions de bnldesk",
    ),
    "postgresql://USER@HOST/DATABASE (password: PGPASSWORD, ~/.pgpass or a prompt)": (
        "postgresql://GEBRUIKER@HOST/DATABASE (wachtwoord: PGPASSWORD, ~/.pgpass of een vraag)",
        "postgresql://UTILISATEUR@HÔTE/BASE (mot de passe : PGPASSWORD, ~/.pgpass ou une question)",
    ),
    "load the demo plans into an empty server": (
        "laad de demoplannen in een lege server",
        "charger les plans de démonstration dans un serveur vide",
    ),
    "create a delegate's login role (or renew its password)": (
        "maak de login van een gedelegeerde aan (of vernieuw het wachtwoord)",
        "créer le compte d'un délégué (ou renouveler son mot de passe)",
    ),
    "the delegate's user name on the server": (
        "de gebruikersnaam van de gedelegeerde op de server",
        "le nom d'utilisateur du délégué sur le serveur",
    ),
    "check that this installation works (in a temporary folder, no display needed)": (
        "controleer of deze installatie werkt (in een tijdelijke map, zonder scherm)",
        "vérifier que cette installation fonctionne (dans un dossier temporaire, sans écran)",
    ),
    "leave out the main window check": (
        "sla de controle van het hoofdvenster over",
        "omettre la vérification de la fenêtre principale",
    ),
    "keep the temporary folder and say where": (
        "bewaar de tijdelijke map en zeg waar",
        "conserver le dossier temporaire et dire où",
    ),
    "tracebacks for failed checks": (
        "tracebacks van mislukte controles",
        "tracebacks des vérifications échouées",
    ),
}

# The visibility option's help, its words from the one vocabulary (bnldesk.domain.value_words).
HELP[visibility_help("en")] = (visibility_help("nl"), visibility_help("fr"))


def _index(language: str) -> int | None:
    return {"nl": 0, "fr": 1}.get(language)


def spoken(text: str, language: str) -> str:
    """``text`` (an argparse string, a help, a placeholder) in ``language``; as it is in
    English, in a language not ours, or when no table holds it."""
    index = _index(language)
    if index is None:
        return text
    for table in (ARGPARSE, HELP, METAVARS):
        said = table.get(text)
        if said is not None:
            return said[index]
    return text


def spoken_plural(singular: str, plural: str, number: int, language: str) -> str:
    """argparse's ``ngettext``: the form of ``singular``/``plural`` for ``number`` in
    ``language`` (French takes the singular for 0 and 1)."""
    index = _index(language)
    forms = PLURALS.get((singular, plural))
    if index is None or forms is None:
        return singular if number == 1 else plural
    one, many = forms[index]
    return one if number == 1 or (language == "fr" and number == 0) else many

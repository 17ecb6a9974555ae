"""What the command line prints, in the delegate's language (trial 12, D4: under
LANG=fr_BE.UTF-8 with the window in French, `share`, `receive`, `conflicts`, `backup`, `brief`
and the exports still answered in English).

One table of sentences in English, Dutch and French, like the brief's and workbook's labels
(:mod:`bnldesk.services.reports.labels`), so that the command line needs no Qt to speak; the
language is :func:`bnldesk.preferences.command_line_language`'s. ``--json`` output is not
worded here: its keys stay English.
"""

from __future__ import annotations

from bnldesk import LANGUAGES  # the order of each entry's texts

# key: (English, Dutch, French); {names} are filled in by say(). A count is given twice where
# a French participle agrees with it: {count} "1 note", {n} 1 ("notes écrites : 1", never
# "1 note écrites").
_LINES: dict[str, tuple[str, str, str]] = {
    "replaced": (
        " (replaced the file that was there)",
        " (het bestand dat er stond is vervangen)",
        " (le fichier qui s'y trouvait a été remplacé)",
    ),
    "wrote": ("wrote {path}", "{path} geschreven", "{path} écrit"),
    "no_delegation": (
        "the brief names no delegation (none chosen): give --delegation BE, NL or LU, or set "
        "prefs/delegation in {path}",
        "de briefing noemt geen delegatie (geen gekozen): geef --delegation BE, NL of LU, of "
        "zet prefs/delegation in {path}",
        "le briefing ne nomme aucune délégation (aucune choisie)\u00a0: donnez --delegation BE, "
        "NL ou LU, ou réglez prefs/delegation dans {path}",
    ),
    "wrote_counts": (
        "wrote {path}: {counts}",
        "{path} geschreven: {counts}",
        "{path} écrit : {counts}",
    ),
    "file_counts": ("{path}: {counts}", "{path}: {counts}", "{path} : {counts}"),
    "private_stay": (
        " (private notes stay on this laptop)",
        " (privénota's blijven op deze laptop)",
        " (les notes privées restent sur ce portable)",
    ),
    "private_left_share": (
        "; {count} left out: private notes stay on this laptop",
        "; {count} weggelaten: privénota's blijven op deze laptop",
        " ; notes privées laissées de côté : {n} (elles restent sur ce portable)",
    ),
    "for_partners_export": (
        " (for other delegations: shareable notes only)",
        " (voor andere delegaties: alleen deelbare nota's)",
        " (pour les autres délégations : notes partageables seulement)",
    ),
    "private_not_for_partners": (
        "--include-private cannot go with --for partners: a file for other delegations holds "
        "shareable notes only",
        "--include-private gaat niet samen met --for partners: een bestand voor andere "
        "delegaties bevat alleen deelbare nota's",
        "--include-private ne va pas avec --for partners : un fichier pour les autres "
        "délégations ne contient que des notes partageables",
    ),
    "private_left_export": (
        "; {count} left out (--include-private adds them)",
        "; {count} weggelaten (--include-private neemt ze op)",
        " ; notes privées laissées de côté : {n} (--include-private les ajoute)",
    ),
    "resolved_learns": (
        " (the other laptop learns how)",
        " (de andere laptop krijgt te weten hoe)",
        " (l'autre portable apprend comment)",
    ),
    "reattached_first": (
        "first linked {count} again to their note (an older version had left them without it)",
        "eerst {count} weer aan hun nota gekoppeld (een oudere versie had ze losgelaten)",
        "points d'action rattachés de nouveau à leur note d'abord : {n} (une version "
        "antérieure les en avait séparés)",
    ),
    "conflict_resolved": (
        "conflict {uuid} resolved",
        "conflict {uuid} opgelost",
        "conflit {uuid} résolu",
    ),
    "no_conflicts": ("no conflicts", "geen conflicten", "aucun conflit"),
    # bnldesk check's verdict (trial 14): the checks' names are SQLite's, the same in each.
    "check_ok": (
        "{path}: ok ({checks})",
        "{path}: in orde ({checks})",
        "{path} : en ordre ({checks})",
    ),
    "check_damaged": (
        "{path} is damaged: restore it from a backup (bnldesk restore); what SQLite found is "
        "in the log",
        "{path} is beschadigd: zet een reservekopie terug (bnldesk restore); wat SQLite vond "
        "staat in het logboek",
        "{path} est endommagé : restaurez une sauvegarde (bnldesk restore) ; ce que SQLite a "
        "trouvé figure dans le journal",
    ),
    "check_damaged_no_backup": (
        "{path} is damaged and has no backup: keep the file as it is (do not delete it) and "
        "ask your IT support to recover it; what SQLite found is in the log",
        "{path} is beschadigd en er is geen reservekopie van: laat het bestand zoals het is "
        "(niet verwijderen) en vraag uw IT-ondersteuning het te herstellen; wat SQLite vond "
        "staat in het logboek",
        "{path} est endommagé et n'a pas de sauvegarde : laissez le fichier tel quel (ne le "
        "supprimez pas) et demandez à votre support informatique de le récupérer ; ce que "
        "SQLite a trouvé figure dans le journal",
    ),
    "check_damaged_server": (
        "{path} is damaged: tell the server's administrator; what was found is in the log",
        "{path} is beschadigd: verwittig de beheerder van de server; wat gevonden werd staat "
        "in het logboek",
        "{path} est endommagé : prévenez l'administrateur du serveur ; ce qui a été trouvé "
        "figure dans le journal",
    ),
    "note_added": (
        "note {id} added to {target}",
        "nota {id} toegevoegd aan {target}",
        "note {id} ajoutée à {target}",
    ),
    "action_added": (
        "action {id} added to note {note}",
        "actie {id} toegevoegd aan nota {note}",
        "point d'action {id} ajouté à la note {note}",
    ),
    "unpaired": (
        "bundles from {name} are no longer accepted",
        "bundels van {name} worden niet meer aanvaard",
        "les paquets de {name} ne sont plus acceptés",
    ),
    "paired": (
        "paired: bundles from {name} ({code}) are accepted",
        "gekoppeld: bundels van {name} ({code}) worden aanvaard",
        "associé : les paquets de {name} ({code}) sont acceptés",
    ),
    "pairing_code": (
        "this laptop's pairing code: {code}",
        "koppelcode van deze laptop: {code}",
        "code d'association de ce portable : {code}",
    ),
    "pairing_how": (
        "enter it on the other laptop: bnldesk pair CODE --name NAME (and theirs here)",
        "voer hem in op de andere laptop: bnldesk pair CODE --name NAAM (en die van hen hier)",
        "saisissez-le sur l'autre portable : bnldesk pair CODE --name NOM (et le sien ici)",
    ),
    # Refusals of `pair`, `backup` and `restore` (trial 17: under nl_NL they were English).
    "pair_needs_name": (
        "give the other laptop a name: bnldesk pair CODE --name NAME",
        "geef de andere laptop een naam: bnldesk pair CODE --name NAAM",
        "donnez un nom à l'autre portable\u00a0: bnldesk pair CODE --name NOM",
    ),
    "database_missing": (
        "{path} does not exist",
        "{path} bestaat niet",
        "{path} n'existe pas",
    ),
    "open_before_restore": (
        "{path} is open in bnldesk: close it before restoring",
        "{path} is geopend in bnldesk: sluit het voor u een reservekopie terugzet",
        "{path} est ouvert dans bnldesk\u00a0: fermez-le avant de restaurer",
    ),
    "paired_with": (
        "paired with {name}: {code}",
        "gekoppeld met {name}: {code}",
        "associé à {name} : {code}",
    ),
    "bundle_from": (
        "bundle from {author} written {when}",
        "bundel van {author}, geschreven {when}",
        "paquet de {author}, écrit le {when}",
    ),
    "unknown_author": ("unknown", "onbekend", "inconnu"),
    "backup_before_receive": (
        "backup before merging: {path}",
        "reservekopie vóór het samenvoegen: {path}",
        "sauvegarde avant la fusion : {path}",
    ),
    "conflicts_see": (
        "conflicts keep both versions: see 'bnldesk conflicts'",
        "conflicten bewaren beide versies: zie 'bnldesk conflicts'",
        "les conflits gardent les deux versions : voir « bnldesk conflicts »",
    ),
    "resolved_mark": (" (resolved)", " (opgelost)", " (résolu)"),
    "field_versions": (
        "    {field}: current={current}  other={other}",
        "    {field}: huidig={current}  ander={other}",
        "    {field} : actuelle={current}  autre={other}",
    ),
    "backup_unchanged": (
        "nothing changed since the last backup: {path}",
        "niets gewijzigd sinds de laatste reservekopie: {path}",
        "rien n'a changé depuis la dernière sauvegarde : {path}",
    ),
    "backup_written": (
        "backup written and checked: {path}",
        "reservekopie geschreven en gecontroleerd: {path}",
        "sauvegarde écrite et vérifiée : {path}",
    ),
    "no_backups": (
        "no backups of {path}",
        "geen reservekopieën van {path}",
        "aucune sauvegarde de {path}",
    ),
    "restore_how": (
        "restore one with 'bnldesk restore NAME' (or --yes for the newest good one)",
        "zet er een terug met 'bnldesk restore NAAM' (of --yes voor de nieuwste goede)",
        "restaurez-en une avec « bnldesk restore NOM » (ou --yes pour la plus récente en bon état)",
    ),
    "restored": (
        "restored {name} into {path}",
        "{name} teruggezet in {path}",
        "{name} restaurée dans {path}",
    ),
    "kept_aside": (
        "the previous file is kept at {path}",
        "het vorige bestand is bewaard als {path}",
        "le fichier précédent est conservé sous {path}",
    ),
    "holds_private": (
        "note: the file holds {count} marked private: anyone who has it can read them; edits "
        "to them are read back only into this database",
        "let op: het bestand bevat {count} gemarkeerd als privé: wie het heeft, kan ze lezen; "
        "wijzigingen eraan worden alleen in deze databank teruggelezen",
        "attention : notes marquées privées dans le fichier : {n} ; quiconque le détient peut "
        "les lire ; leurs modifications ne sont relues que dans cette base",
    ),
    "dry_run_nothing": (
        "dry run: nothing was changed",
        "proefdraaien: er is niets gewijzigd",
        "essai : rien n'a été modifié",
    ),
    "nothing_to_apply": ("nothing to apply", "niets toe te passen", "rien à appliquer"),
    "nothing_to_apply_conflicts": (
        "nothing to apply: {count} left out because of a conflict (shown above)",
        "niets toe te passen: {count} weggelaten wegens een conflict (hierboven)",
        "rien à appliquer : lignes laissées de côté à cause d'un conflit : {n} (ci-dessus)",
    ),
    "apply_question": (
        "Apply these changes?",
        "Deze wijzigingen toepassen?",
        "Appliquer ces modifications ?",
    ),
    "nothing_changed_ask": (
        "nothing was changed (add --yes to apply without asking)",
        "er is niets gewijzigd (voeg --yes toe om zonder vragen toe te passen)",
        "rien n'a été modifié (ajoutez --yes pour appliquer sans question)",
    ),
    "applied": (
        "applied: {updated} updated, {created} new",
        "toegepast: {updated} bijgewerkt, {created} nieuw",
        "appliqué : notes mises à jour : {updated_n}, nouvelles : {created}",
    ),
    "not_applied_conflicts": (
        "; {count} not applied because of a conflict (--dry-run shows them)",
        "; {count} niet toegepast wegens een conflict (--dry-run toont ze)",
        " ; lignes non appliquées à cause d'un conflit : {n} (--dry-run les montre)",
    ),
    "debrief": (
        "debrief: {written} written, {updated} updated, {attached} attached",
        "verslag: {written} geschreven, {updated} bijgewerkt, {attached} gekoppeld",
        "compte rendu : notes écrites : {written_n}, mises à jour : {updated}, points d'action "
        "rattachés : {attached_n}",
    ),
    "debrief_note": (
        "  note {id} on {target}: {carries}",
        "  nota {id} over {target}: {carries}",
        "  note {id} sur {target} : {carries}",
    ),
    "debrief_actions": ("actions", "acties", "actions"),
    "debrief_kept": (
        "kept your changes to the note on {targets}; anything new from the meeting is added "
        "below them",
        "uw wijzigingen aan de nota over {targets} zijn behouden; wat de vergadering nieuw "
        "bracht, staat eronder",
        "vos modifications de la note sur {targets} sont conservées ; ce que la réunion a "
        "apporté de nouveau est ajouté en dessous",
    ),
    "debrief_unrecorded": (
        "not written, nothing recorded: {points}",
        "niet geschreven, niets genoteerd: {points}",
        "non écrit, rien de noté : {points}",
    ),
    "debrief_nowhere": (
        "not written, no workgroup or plan object to carry them: {points}; {actions}",
        "niet geschreven, geen werkgroep of planonderdeel om ze aan te hangen: {points}; {actions}",
        "non écrit, aucun groupe de travail ni objet du plan pour les porter : {points} ; "
        "{actions}",
    ),
    # Refusals of the command line's own (trial 16/17: still English under nl and fr).
    "flagship_items_only": (
        "--flagship applies to 'list items' only",
        "--flagship geldt alleen voor 'list items'",
        "--flagship ne vaut que pour « list items »",
    ),
    "no_plan_for_year": (
        "there is no {year} plan in {where}",
        "er is geen jaarplan {year} in {where}",
        "il n'y a pas de plan {year} dans {where}",
    ),
    "limit_at_least_one": (
        "--limit must be 1 or more",
        "--limit moet 1 of meer zijn",
        "--limit doit valoir 1 ou plus",
    ),
    "nothing_to_search": (
        "{text} has no letters, digits or symbols to search for",
        "{text} bevat geen letters, cijfers of tekens om naar te zoeken",
        "{text} ne contient ni lettres, ni chiffres, ni symboles à rechercher",
    ),
    "out_suffix": (
        "{path}: the output file name must end in {suffix}",
        "{path}: de naam van het bestand om te schrijven moet op {suffix} eindigen",
        "{path}\u00a0: le nom du fichier à écrire doit se terminer par {suffix}",
    ),
    "unknown_columns": (
        "unknown column(s) {columns}; choose from {known}",
        "onbekende kolom(men) {columns}; kies uit {known}",
        "colonne(s) inconnue(s) {columns}\u00a0; choisissez parmi {known}",
    ),
    "no_such_note": (
        "there is no note {id} (see 'bnldesk list annotations')",
        "er is geen nota {id} (zie 'bnldesk list notas')",
        "il n'y a pas de note {id} (voir « bnldesk list notes »)",
    ),
    "no_such_action": (
        "there is no action item {id}",
        "er is geen actiepunt {id}",
        "il n'y a pas de point d'action {id}",
    ),
    "action_needs_title": (
        "an action item needs a title",
        "een actiepunt heeft een titel nodig",
        "un point d'action doit avoir un titre",
    ),
    "debrief_still_ahead": (
        "meeting {id} is on {date}, still to come: its outcome is not known yet (add "
        "--before-meeting to write its debrief now)",
        "vergadering {id} is op {date} en moet nog komen: de uitkomst is nog niet bekend "
        "(voeg --before-meeting toe om het verslag nu te schrijven)",
        "la réunion {id} a lieu le {date} et est encore à venir\u00a0: son résultat n'est pas "
        "encore connu (ajoutez --before-meeting pour écrire son compte rendu maintenant)",
    ),
    "section_which_plan": (
        "{said} with --plan YEAR",
        "{said} met --plan JAAR",
        "{said} avec --plan ANNÉE",
    ),
    "command_usage": (
        "usage: bnldesk {command} {{{actions}}} ...",
        "gebruik: bnldesk {command} {{{actions}}} ...",
        "utilisation\u00a0: bnldesk {command} {{{actions}}} ...",
    ),
    "no_terminal_for_password": (
        "no terminal to ask {name}'s new password on: set {variable}",
        "geen terminal om het nieuwe wachtwoord van {name} te vragen: zet {variable}",
        "pas de terminal pour demander le nouveau mot de passe de {name}\u00a0: définissez "
        "{variable}",
    ),
    "new_password_for": (
        "new password for {name}: ",
        "nieuw wachtwoord voor {name}: ",
        "nouveau mot de passe de {name}\u00a0: ",
    ),
    "password_again": ("the same again: ", "nogmaals hetzelfde: ", "encore une fois\u00a0: "),
    "passwords_differ": (
        "the two passwords differ: nothing was changed",
        "de twee wachtwoorden verschillen: er is niets gewijzigd",
        "les deux mots de passe diffèrent\u00a0: rien n'a été modifié",
    ),
    # the command line itself
    "interrupted": ("interrupted", "onderbroken", "interrompu"),
    "your_user": ("your user", "uw gebruiker", "votre utilisateur"),
    "password_of": (
        "password of {user} on {server}: ",
        "wachtwoord van {user} op {server}: ",
        "mot de passe de {user} sur {server} : ",
    ),
    # tables (bnldesk.commands._tables) and `search`
    "nothing_listed": ("(nothing)", "(niets)", "(rien)"),
    "yes": ("yes", "ja", "oui"),
    "search_plain_words": (
        "some of the search was read as plain words",
        "een deel van de zoekopdracht is als gewone woorden gelezen",
        "une partie de la recherche a été lue comme des mots ordinaires",
    ),
    "search_more": (
        "{shown} of {total} shown; --limit {total} shows them all",
        "{shown} van {total} getoond; --limit {total} toont ze allemaal",
        "{shown} sur {total} affichés ; --limit {total} les affiche tous",
    ),
    "search_without_fields": (
        "nothing with its filters (year:, code:, tag:, kind:); {n} for the words alone",
        "niets met de filters (jaar:, code:, tag:, soort:); {n} voor de woorden alleen",
        "rien avec ses filtres (année:, code:, tag:, type:)\u00a0; résultats pour les mots seuls\u00a0: "
        "{n}",
    ),
    "search_other_years": (
        "nothing in the {year} plan; {n} without --plan",
        "niets in het jaarplan {year}; {n} zonder --plan",
        "rien dans le plan {year} ; résultats sans --plan : {n}",
    ),
    "search_either_word": (
        "nothing has every word; for either word, write: {query}",
        "niets bevat alle woorden; zoekt u een van beide, schrijf dan: {query}",
        "rien ne contient tous les mots\u00a0; pour l'un ou l'autre, écrivez\u00a0: {query}",
    ),
    # check
    "check_result_ok": ("ok", "in orde", "en ordre"),
    "check_result_failed": ("failed", "mislukt", "échoué"),
    "check_result_skipped_read_only": (
        "skipped (read-only)",
        "overgeslagen (alleen-lezen)",
        "sautée (lecture seule)",
    ),
    # meeting and action
    "meeting_added": (
        "meeting {id} added: {title}",
        "vergadering {id} toegevoegd: {title}",
        "réunion {id} ajoutée : {title}",
    ),
    "agenda_point_added": (
        "agenda point {id} added: {title}",
        "agendapunt {id} toegevoegd: {title}",
        "point de l'ordre du jour {id} ajouté : {title}",
    ),
    "outcome_saved": (
        "outcome of agenda point {id} saved",
        "uitkomst van agendapunt {id} bewaard",
        "résultat du point de l'ordre du jour {id} enregistré",
    ),
    "meeting_action_added": (
        "action {id} added",
        "actie {id} toegevoegd",
        "point d'action {id} ajouté",
    ),
    "no_place": ("no place", "geen plaats", "pas de lieu"),
    "no_owner": ("no owner", "geen trekker", "pas de responsable"),
    "no_workgroup": ("none", "geen", "aucun"),
    "meeting_workgroup": ("workgroup: {name}", "werkgroep: {name}", "groupe de travail : {name}"),
    "meeting_chair": ("chair: {name}", "voorzitter: {name}", "président : {name}"),
    "point_position": (
        "       position: {text}",
        "       standpunt: {text}",
        "       position : {text}",
    ),
    # A position noted on a plan object the point covers, naming the object (stop 28).
    "gathered_position": (
        "       · {about}: {text}",
        "       · {about}: {text}",
        "       · {about} : {text}",
    ),
    "gathered_own": ("       · {text}", "       · {text}", "       · {text}"),
    "point_outcome": (
        "       outcome: {text}",
        "       uitkomst: {text}",
        "       résultat : {text}",
    ),
    "meeting_action": (
        "  action [{id}] {title} ({owner}{due})",
        "  actie [{id}] {title} ({owner}{due})",
        "  point d'action [{id}] {title} ({owner}{due})",
    ),
    "due_on": (" due {date}", ", uiterlijk {date}", ", échéance {date}"),
    "action_edited": (
        "action {id}: {title} ({owner}, {due}, {status})",
        "actie {id}: {title} ({owner}, {due}, {status})",
        "point d'action {id} : {title} ({owner}, {due}, {status})",
    ),
    # sync --server and server
    "sync_here": ("here    {line}", "hier    {line}", "ici     {line}"),
    "sync_server": ("server  {line}", "server  {line}", "serveur {line}"),
    "sync_progress": (
        "{step}: {done}/{of} records",
        "{step}: {done}/{of} records",
        "{step} : {done}/{of} enregistrements",
    ),
    "server_ready": (
        "{where} is ready (schema {revision}); give each delegate a role: bnldesk server "
        "add-delegate URL NAME",
        "{where} is klaar (schema {revision}); geef elke gedelegeerde een rol: bnldesk server "
        "add-delegate URL NAAM",
        "{where} est prêt (schéma {revision}) ; donnez un rôle à chaque délégué : bnldesk "
        "server add-delegate URL NOM",
    ),
    "server_warning": ("warning: {text}", "waarschuwing: {text}", "avertissement : {text}"),
    "delegate_added": (
        "{name} may now connect: {url} (the password from PGPASSWORD, ~/.pgpass or the prompt)",
        "{name} kan nu verbinden: {url} (het wachtwoord uit PGPASSWORD, ~/.pgpass of de vraag)",
        "{name} peut maintenant se connecter : {url} (le mot de passe de PGPASSWORD, ~/.pgpass "
        "ou de la question)",
    ),
    # import (bnldesk.commands.importer); English as it always was
    "import_done": (
        "{path}: imported {kind} {label} ({title}) in {seconds} s",
        "{path}: {kind} {label} ({title}) ingelezen in {seconds} s",
        "{path} : {kind} {label} ({title}) importé en {seconds} s",
    ),
    "import_would": (
        "{path}: would import {kind} {label} ({title}) in {seconds} s",
        "{path}: zou {kind} {label} ({title}) inlezen (gelezen in {seconds} s)",
        "{path} : importerait {kind} {label} ({title}) (lu en {seconds} s)",
    ),
    "import_found": ("  found: {counts}", "  gevonden: {counts}", "  trouvé : {counts}"),
    "import_nothing": ("nothing", "niets", "rien"),
    "import_created": ("  created: {counts}", "  aangemaakt: {counts}", "  créé : {counts}"),
    "import_updated": ("  updated: {counts}", "  bijgewerkt: {counts}", "  mis à jour : {counts}"),
    "import_removed": ("  removed: {counts}", "  verwijderd: {counts}", "  supprimé : {counts}"),
    "import_no_changes": (
        "  no changes (already imported)",
        "  geen wijzigingen (al ingelezen)",
        "  aucun changement (déjà importé)",
    ),
    "import_also": (
        "  also imported from the same file: {kind} {label} ({title}): {chapters}, {sections}",
        "  uit hetzelfde bestand ook ingelezen: {kind} {label} ({title}): {chapters}, {sections}",
        "  importé aussi du même fichier : {kind} {label} ({title}) : {chapters}, {sections}",
    ),
    "import_also_would": (
        "  also would import from the same file: {kind} {label} ({title}): {chapters}, {sections}",
        "  zou uit hetzelfde bestand ook inlezen: {kind} {label} ({title}): {chapters}, {sections}",
        "  importerait aussi du même fichier : {kind} {label} ({title}) : {chapters}, {sections}",
    ),
    "import_its_language": ("its language", "zijn taal", "sa langue"),
    "import_not_compared": (
        "  not compared with earlier years: no earlier plan in {named} (earlier plans are "
        "in {earlier})",
        "  niet vergeleken met eerdere jaren: geen eerder jaarplan in het {named} (eerdere "
        "jaarplannen zijn in het {earlier})",
        "  pas comparé aux années antérieures : aucun plan antérieur en {named} (les plans "
        "antérieurs sont en {earlier})",
    ),
    "import_carried": (
        "  notes carried to this plan: {n}",
        "  nota's meegenomen naar dit jaarplan: {n}",
        "  notes reportées dans ce plan : {n}",
    ),
    "import_left": (
        "  notes left on objects no longer in this plan: {n}",
        "  nota's achtergelaten bij onderdelen die niet meer in dit jaarplan staan: {n}",
        "  notes laissées sur des objets qui ne sont plus dans ce plan : {n}",
    ),
    "import_in_plan": (" ({year} plan)", " (jaarplan {year})", " (plan {year})"),
    "import_carried_note": (
        'note {id} "{excerpt}"{written} -> {target}',
        'nota {id} "{excerpt}"{written} -> {target}',
        "note {id} « {excerpt} »{written} -> {target}",
    ),
    "import_left_note": (
        'note {id} "{excerpt}" stays on {kind} {target}{plan}',
        'nota {id} "{excerpt}" blijft bij {kind} {target}{plan}',
        "note {id} « {excerpt} » reste sur {kind} {target}{plan}",
    ),
    "import_attached": (
        "  {plan} now belongs to {programme}",
        "  {plan} hoort nu bij {programme}",
        "  {plan} appartient désormais à {programme}",
    ),
    "import_doubt": ("doubt", "twijfel", "doute"),
    "import_warning": ("warning", "waarschuwing", "avertissement"),
    "import_page_line": (
        "page {page}, line {line}",
        "pagina {page}, regel {line}",
        "page {page}, ligne {line}",
    ),
    "import_page": ("page {page}", "pagina {page}", "page {page}"),
    "import_line": ("line {line}", "regel {line}", "ligne {line}"),
    "import_doubtful": (
        "  the structure looks doubtful: import with --force once it is checked",
        "  de structuur lijkt twijfelachtig: lees in met --force zodra ze gecontroleerd is",
        "  la structure semble douteuse : importez avec --force une fois qu'elle est vérifiée",
    ),
    "import_compared": (
        "  compared with {year}: {new} new, {changed} changed, {gone} gone",
        "  vergeleken met {year}: {new} nieuw, {changed} gewijzigd, {gone} verdwenen",
        "  comparé à {year} : nouveaux : {new}, modifiés : {changed}, disparus : {gone}",
    ),
    "import_new_workgroups": (
        "    new workgroups: {listed}",
        "    nieuwe werkgroepen: {listed}",
        "    nouveaux groupes de travail : {listed}",
    ),
    "import_gone": (
        "    not in this plan any more: {listed}",
        "    niet meer in dit jaarplan: {listed}",
        "    plus dans ce plan : {listed}",
    ),
    "import_renamed": (
        "{title} (possibly renamed: {other})",
        "{title} (mogelijk hernoemd: {other})",
        "{title} (peut-être renommé : {other})",
    ),
    "import_more": (" and {n} more", " en nog {n}", " et {n} de plus"),
    "import_name_added": (
        "{count}: {named} name added: {listed}",
        "{count}: naam in het {named} toegevoegd: {listed}",
        "{count} : nom en {named} ajouté : {listed}",
    ),
    "import_name_added_other": (
        "{count}: another language name added: {listed}",
        "{count}: naam in een andere taal toegevoegd: {listed}",
        "{count} : nom dans une autre langue ajouté : {listed}",
    ),
    "import_new_name": (
        "{count}: new name: {listed}",
        "{count}: nieuwe naam: {listed}",
        "{count} : nouveau nom : {listed}",
    ),
    "import_was": (
        "{title} (was {previous})",
        "{title} (was {previous})",
        "{title} (auparavant {previous})",
    ),
    # selftest
    "selftest_head": (
        "bnldesk {version} self test ({python})",
        "bnldesk {version} zelftest ({python})",
        "bnldesk {version} autotest ({python})",
    ),
    "selftest_kept": (
        "the files are kept in {path}",
        "de bestanden zijn bewaard in {path}",
        "les fichiers sont conservés dans {path}",
    ),
    "selftest_summary": (
        "{ok} ok, {failed} failed, {skipped} skipped",
        "{ok} in orde, {failed} mislukt, {skipped} overgeslagen",
        "en ordre : {ok}, en échec : {failed}, sautés : {skipped}",
    ),
    "selftest_failed": (
        "self test FAILED: {summary}",
        "zelftest MISLUKT: {summary}",
        "autotest ÉCHOUÉ : {summary}",
    ),
}


def _index(language: str) -> int:
    return LANGUAGES.index(language) if language in LANGUAGES else 0


def say(key: str, language: str, **values: object) -> str:
    """The line ``key`` in ``language`` (English for a language not ours), ``values`` filled
    into its ``{names}``. Raises KeyError for an unknown key (a typo is a bug, not a text)."""
    return _LINES[key][_index(language)].format(**values)


def count(key: str, number: int, language: str, **values: object) -> str:
    """``number`` with the noun ``key`` in the form ``language`` takes for it: "1 note",
    "2 nota's", "0 note privée" (French takes the singular for 0 and 1). The nouns are the
    briefs' and workbooks' (:mod:`bnldesk.services.reports.labels`, ``n_`` and the key): one
    word for a thing in every place. Raises KeyError for an unknown key."""
    from bnldesk.services.reports.labels import counted_label

    return counted_label(_NOUNS.get(key, f"n_{key}"), number, language, **values)


# The command line's name of a noun whose label is named otherwise.
_NOUNS = {"note": "n_notes", "agenda_point": "n_agenda"}

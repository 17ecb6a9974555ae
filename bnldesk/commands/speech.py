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
from bnldesk.domain.wording import takes_singular

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
    "wrote_counts": (
        "wrote {path}: {counts}",
        "{path} geschreven: {counts}",
        "{path} écrit : {counts}",
    ),
    "file_counts": ("{path}: {counts}", "{path}: {counts}", "{path} : {counts}"),
    "private_stay": (
        " (private notes stay on this laptop)",
        " (privénota's blijven op deze laptop)",
        " (les notes privées restent sur cet ordinateur)",
    ),
    "private_left_share": (
        "; {count} left out: private notes stay on this laptop",
        "; {count} weggelaten: privénota's blijven op deze laptop",
        " ; notes privées laissées de côté : {n} (elles restent sur cet ordinateur)",
    ),
    "private_left_export": (
        "; {count} left out (--include-private adds them)",
        "; {count} weggelaten (--include-private neemt ze op)",
        " ; notes privées laissées de côté : {n} (--include-private les ajoute)",
    ),
    "resolved_learns": (
        " (the other laptop learns how)",
        " (de andere laptop krijgt te weten hoe)",
        " (l'autre ordinateur apprend comment)",
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
        "les lots de {name} ne sont plus acceptés",
    ),
    "paired": (
        "paired: bundles from {name} ({code}) are accepted",
        "gekoppeld: bundels van {name} ({code}) worden aanvaard",
        "associé : les lots de {name} ({code}) sont acceptés",
    ),
    "pairing_code": (
        "this laptop's pairing code: {code}",
        "koppelcode van deze laptop: {code}",
        "code d'association de cet ordinateur : {code}",
    ),
    "pairing_how": (
        "enter it on the other laptop: bnldesk pair CODE --name NAME (and theirs here)",
        "voer hem in op de andere laptop: bnldesk pair CODE --name NAAM (en die van hen hier)",
        "saisissez-le sur l'autre ordinateur : bnldesk pair CODE --name NOM (et le sien ici)",
    ),
    "paired_with": (
        "paired with {name}: {code}",
        "gekoppeld met {name}: {code}",
        "associé à {name} : {code}",
    ),
    "bundle_from": (
        "bundle from {author} written {when}",
        "bundel van {author}, geschreven {when}",
        "lot de {author}, écrit le {when}",
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
        "wijzigingen eraan worden alleen in deze database teruggelezen",
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
}

# key: ((English one, other), (Dutch one, other), (French one, other)); {n} is the count.
_COUNTED: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "page": (("{n} page", "{n} pages"), ("{n} pagina", "{n} pagina's"), ("{n} page", "{n} pages")),
    "note": (("{n} note", "{n} notes"), ("{n} nota", "{n} nota's"), ("{n} note", "{n} notes")),
    "private_note": (
        ("{n} private note", "{n} private notes"),
        ("{n} privénota", "{n} privénota's"),
        ("{n} note privée", "{n} notes privées"),
    ),
    "meeting": (
        ("{n} meeting", "{n} meetings"),
        ("{n} vergadering", "{n} vergaderingen"),
        ("{n} réunion", "{n} réunions"),
    ),
    "agenda_point": (
        ("{n} agenda point", "{n} agenda points"),
        ("{n} agendapunt", "{n} agendapunten"),
        ("{n} point de l'ordre du jour", "{n} points de l'ordre du jour"),
    ),
    "action": (
        ("{n} action", "{n} actions"),
        ("{n} actie", "{n} acties"),
        ("{n} point d'action", "{n} points d'action"),
    ),
    "open_conflict": (
        ("{n} open conflict", "{n} open conflicts"),
        ("{n} open conflict", "{n} open conflicten"),
        ("{n} conflit ouvert", "{n} conflits ouverts"),
    ),
    "resolved_conflict": (
        ("{n} resolved conflict", "{n} resolved conflicts"),
        ("{n} opgelost conflict", "{n} opgeloste conflicten"),
        ("{n} conflit résolu", "{n} conflits résolus"),
    ),
    "workgroup": (
        ("{n} workgroup", "{n} workgroups"),
        ("{n} werkgroep", "{n} werkgroepen"),
        ("{n} groupe de travail", "{n} groupes de travail"),
    ),
    "contact": (
        ("{n} contact", "{n} contacts"),
        ("{n} contactpersoon", "{n} contactpersonen"),
        ("{n} contact", "{n} contacts"),
    ),
    "row": (("{n} row", "{n} rows"), ("{n} rij", "{n} rijen"), ("{n} ligne", "{n} lignes")),
    "point": (
        ("point {list}", "points {list}"),
        ("punt {list}", "punten {list}"),
        ("point {list}", "points {list}"),
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
    "2 nota's", "0 note privée" (French takes the singular for 0 and 1). Raises KeyError for
    an unknown key."""
    index = _index(language)
    one, other = _COUNTED[key][index]
    form = one if takes_singular(number, LANGUAGES[index]) else other
    return form.format(n=number, **values)

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="93"/>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="97"/>
        <source>Choose a plan, chapter, section, project or workgroup in the navigator, or press Ctrl+K to jump to one by name.</source>
        <translation>Choisissez un plan, un chapitre, une section, un projet ou un groupe de travail dans le navigateur, ou appuyez sur Ctrl+K pour y accéder par son nom.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="114"/>
        <source>This object no longer exists in the database.</source>
        <translation>Cet objet n&apos;existe plus dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="152"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="156"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="157"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="158"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="159"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="160"/>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="172"/>
        <source>The plan gives no further text for this object.</source>
        <translation>Le plan ne donne pas d&apos;autre texte pour cet objet.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="182"/>
        <location filename="../../bnldesk/ui/main_window.py" line="503"/>
        <source>Workgroups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="186"/>
        <source>Contacts at the Secretariat-General</source>
        <translation>Contacts au Secrétariat général</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="192"/>
        <source>In the plans of</source>
        <translation>Dans les plans de</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="198"/>
        <source>Sections carried by this workgroup</source>
        <translation>Sections portées par ce groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="202"/>
        <source>Sub-groups</source>
        <translation>Sous-groupes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="203"/>
        <source>Objectives and projects</source>
        <translation>Objectifs et projets</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="204"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="205"/>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="206"/>
        <source>Annual plans</source>
        <translation>Plans annuels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="207"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="216"/>
        <source>In other years</source>
        <translation>Autres années</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="224"/>
        <source>Not found in the other years&apos; plans.</source>
        <translation>Absent des plans des autres années.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="145"/>
        <location filename="../../bnldesk/ui/filter_bar.py" line="158"/>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="146"/>
        <source>Filter on note status, priority, open actions, changes</source>
        <translation>Filtrer sur le statut et la priorité des notes, les actions ouvertes, les changements</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="147"/>
        <location filename="../../bnldesk/ui/filter_bar.py" line="159"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="148"/>
        <source>Save the active filters under a name, or apply a saved view</source>
        <translation>Enregistrer les filtres actifs sous un nom, ou appliquer une vue enregistrée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="150"/>
        <source>Plan year</source>
        <translation>Année du plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="151"/>
        <source>Chapter</source>
        <translation>Chapitre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="152"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="153"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="206"/>
        <source>Workgroup</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="154"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="183"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="184"/>
        <source>All chapters</source>
        <translation>Tous les chapitres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="187"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="191"/>
        <source>All workgroups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="192"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="242"/>
        <source>Year: %1</source>
        <translation>Année : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="245"/>
        <source>Chapter: %1</source>
        <translation>Chapitre : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="247"/>
        <source>Kind: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="250"/>
        <source>Workgroup: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="252"/>
        <source>Tag: %1</source>
        <translation>Étiquette : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="254"/>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="256"/>
        <source>Priority: %1</source>
        <translation>Priorité : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="258"/>
        <source>Has notes</source>
        <translation>Avec notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="260"/>
        <source>Has open actions</source>
        <translation>Avec actions ouvertes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="262"/>
        <source>Change: %1</source>
        <translation>Changement : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="279"/>
        <source>No filters: everything in the selected scope is listed.</source>
        <translation>Aucun filtre : tout le périmètre choisi est affiché.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="287"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="288"/>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="294"/>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="295"/>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="309"/>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="318"/>
        <source>Note status</source>
        <translation>Statut de la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="323"/>
        <source>Note priority</source>
        <translation>Priorité de la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="329"/>
        <source>Compared with the previous plan</source>
        <translation>Par rapport au plan précédent</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="335"/>
        <source>Only objects with notes</source>
        <translation>Uniquement les objets annotés</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="336"/>
        <source>Only with open action items</source>
        <translation>Uniquement avec des actions ouvertes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="346"/>
        <source>Save current filters as view...</source>
        <translation>Enregistrer les filtres comme vue...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="355"/>
        <source>Delete view</source>
        <translation>Supprimer une vue</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="360"/>
        <source>No saved views yet</source>
        <translation>Aucune vue enregistrée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="368"/>
        <location filename="../../bnldesk/ui/filter_bar.py" line="373"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="369"/>
        <source>No filter is active. Choose filters first, then save them as a view.</source>
        <translation>Aucun filtre n&apos;est actif. Choisissez d&apos;abord des filtres, puis enregistrez-les comme vue.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="373"/>
        <source>Name of this view (for example: open BE points):</source>
        <translation>Nom de cette vue (par exemple : points BE ouverts) :</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="133"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="133"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="108"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="286"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="149"/>
        <location filename="../../bnldesk/ui/start_page.py" line="221"/>
        <location filename="../../bnldesk/ui/start_page.py" line="231"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="133"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="133"/>
        <source>What it does</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="171"/>
        <source>Nothing here matches the scope and filters. Choose another object in the navigator or remove a filter.</source>
        <translation>Rien ne correspond au périmètre et aux filtres. Choisissez un autre objet dans le navigateur ou retirez un filtre.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="476"/>
        <source>Working...</source>
        <translation>Traitement...</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="vanished">Plans</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="504"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="498"/>
        <source>Plan items</source>
        <translation>Éléments du plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="495"/>
        <source>Plans</source>
        <comment>navigator tab</comment>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="496"/>
        <source>Workgroups</source>
        <comment>navigator tab</comment>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="497"/>
        <source>Contacts</source>
        <comment>navigator tab</comment>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="499"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="280"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="549"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="554"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="500"/>
        <source>Search plans, workgroups and notes (Ctrl+F)</source>
        <translation>Rechercher dans les plans, groupes et notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="501"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="502"/>
        <source>Plans navigator</source>
        <translation>Navigateur des plans</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="505"/>
        <source>List of objects</source>
        <translation>Liste des objets</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="506"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="507"/>
        <source>Details of the selected object</source>
        <translation>Détails de l&apos;objet choisi</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="508"/>
        <source>List contents</source>
        <translation>Contenu de la liste</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="509"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="658"/>
        <source>Scope: all plans</source>
        <translation>Périmètre : tous les plans</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="665"/>
        <source>Scope: the section of %1</source>
        <translation>Périmètre : la section de %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="668"/>
        <source>Scope: %1</source>
        <translation>Périmètre : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="870"/>
        <source>No plan item has notes matching these filters. Notes on workgroups, sections and chapters are listed under Notes (Ctrl+2).</source>
        <translation>Aucun élément du plan n&apos;a de notes correspondant à ces filtres. Les notes sur les groupes de travail, les sections et les chapitres figurent sous Notes (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="876"/>
        <source>No plan items here. Choose another object in the navigator.</source>
        <translation>Aucun élément du plan ici. Choisissez un autre objet dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="878"/>
        <source>No notes here yet. Select an object and press Ctrl+N to write one.</source>
        <translation>Pas encore de notes ici. Sélectionnez un objet et appuyez sur Ctrl+N pour en écrire une.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="891"/>
        <source>%1 search results</source>
        <translation>%1 résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="896"/>
        <source>plan items</source>
        <translation>éléments du plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="896"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="898"/>
        <source>%1 %2 in the list</source>
        <translation>%1 %2 dans la liste</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="900"/>
        <source>%1 loaded</source>
        <translation>%1 chargés</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="904"/>
        <source>database: %1 plans, %2 items, %3 workgroups, %4 notes, %5 open actions</source>
        <translation>base : %1 plans, %2 éléments, %3 groupes, %4 notes, %5 actions ouvertes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="963"/>
        <source> (best %1 shown)</source>
        <translation> (les %1 meilleurs affichés)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="968"/>
        <source>%1 results for “%2”</source>
        <translation>%1 résultats pour « %2 »</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="976"/>
        <source>No results for “%1”. Accents and case do not matter; try a shorter word.</source>
        <translation>Aucun résultat pour « %1 ». Accents et majuscules n&apos;ont pas d&apos;importance ; essayez un mot plus court.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1004"/>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1004"/>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1006"/>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1006"/>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1012"/>
        <source>bnldesk</source>
        <translation>bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1028"/>
        <location filename="../../bnldesk/ui/main_window.py" line="1037"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1079"/>
        <source>About bnldesk</source>
        <translation>À propos de bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1080"/>
        <source>bnldesk %1: the Benelux delegations&apos; desktop for plans, notes and briefs.</source>
        <translation>bnldesk %1 : le poste de travail des délégations Benelux pour les plans, notes et notes de briefing.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1084"/>
        <source>Works offline; your notes stay on this computer.</source>
        <translation>Fonctionne hors ligne ; vos notes restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1089"/>
        <source>Importing is not available in this version.</source>
        <translation>L&apos;importation n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1093"/>
        <location filename="../../bnldesk/ui/main_window.py" line="1110"/>
        <location filename="../../bnldesk/ui/main_window.py" line="1145"/>
        <location filename="../../bnldesk/ui/main_window.py" line="1159"/>
        <source>Import document</source>
        <translation>Importer un document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1095"/>
        <source>Plans and programmes (*.pdf *.docx *.txt *.md);;All files (*)</source>
        <translation>Plans et programmes (*.pdf *.docx *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1109"/>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1129"/>
        <source>Imported %1: %2.</source>
        <translation>%1 importé : %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1147"/>
        <source>%1 does not look like the plan already in bnldesk: importing it would remove most of that plan&apos;s sections. Your notes are kept either way, and a backup was made.

Replace the plan with this document?</source>
        <translation>%1 ne ressemble pas au plan déjà présent dans bnldesk : l&apos;importer supprimerait la plupart des sections de ce plan. Vos notes sont conservées dans tous les cas et une sauvegarde a été faite.

Remplacer le plan par ce document ?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1160"/>
        <source>%1 could not be imported:
%2</source>
        <translation>%1 n&apos;a pas pu être importé :
%2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="294"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="107"/>
        <source>(empty note)</source>
        <translation>(note vide)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="114"/>
        <source>open actions: %1</source>
        <translation>actions ouvertes : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="102"/>
        <source>New action item</source>
        <translation>Nouveau point d&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="109"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="287"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="149"/>
        <location filename="../../bnldesk/ui/start_page.py" line="222"/>
        <location filename="../../bnldesk/ui/start_page.py" line="232"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="110"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="288"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="149"/>
        <location filename="../../bnldesk/ui/start_page.py" line="220"/>
        <location filename="../../bnldesk/ui/start_page.py" line="230"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="184"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="353"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="475"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="617"/>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="190"/>
        <source>defaults to the workgroup&apos;s name</source>
        <translation>par défaut le nom du groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="192"/>
        <source>workgroup code, e.g. SENN-CRISE</source>
        <translation>code du groupe de travail, p. ex. SENN-CRISE</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="205"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="278"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="209"/>
        <source>until</source>
        <translation>jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="212"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="606"/>
        <location filename="../../bnldesk/ui/start_page.py" line="211"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="213"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="214"/>
        <source>Video link</source>
        <translation>Lien vidéo</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="215"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="216"/>
        <source>Save meeting</source>
        <translation>Enregistrer la réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="218"/>
        <source>Add to calendar (.ics)...</source>
        <translation>Ajouter au calendrier (.ics)...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="220"/>
        <source>Debrief into notes</source>
        <translation>Reporter le compte rendu dans les notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="222"/>
        <source>Write each point&apos;s outcome and the new actions as notes on the plan objects</source>
        <translation>Écrire le résultat de chaque point et les nouvelles actions comme notes sur les objets du plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="229"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="276"/>
        <source>Agenda point</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="231"/>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="236"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="281"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="246"/>
        <source>new point: a workgroup code, section number (2.1.1), item:12, or free text</source>
        <translation>nouveau point : un code de groupe, un numéro de section (2.1.1), item:12 ou du texte libre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="249"/>
        <source>Add point</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="251"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="252"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="253"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="527"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="266"/>
        <source>the delegation&apos;s position on this point</source>
        <translation>la position de la délégation sur ce point</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="268"/>
        <source>preparation notes</source>
        <translation>notes de préparation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="270"/>
        <source>after the meeting: what was decided</source>
        <translation>après la réunion : ce qui a été décidé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="274"/>
        <source>Save point</source>
        <translation>Enregistrer le point</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="279"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="294"/>
        <source>New action item...</source>
        <translation>Nouveau point d&apos;action...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="319"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="414"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="606"/>
        <location filename="../../bnldesk/ui/start_page.py" line="212"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="475"/>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="493"/>
        <source>Add agenda point</source>
        <translation>Ajouter un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="510"/>
        <source>Edit agenda point</source>
        <translation>Modifier le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="521"/>
        <source>Move agenda point</source>
        <translation>Déplacer le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="533"/>
        <source>Remove agenda point</source>
        <translation>Retirer le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="563"/>
        <source>Debrief: %1 notes written, %2 updated, %3 actions attached</source>
        <translation>Compte rendu : %1 notes écrites, %2 mises à jour, %3 actions rattachées</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="577"/>
        <source>Add to calendar</source>
        <translation>Ajouter au calendrier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="577"/>
        <source>iCalendar (*.ics)</source>
        <translation>Fichier iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="587"/>
        <source>Wrote %s</source>
        <translation>%s écrit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="606"/>
        <location filename="../../bnldesk/ui/start_page.py" line="213"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation type="vanished">Échéance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="289"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="149"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="535"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="152"/>
        <source>Double-click a cell to change it; dates as YYYY-MM-DD</source>
        <translation>Double-cliquez sur une cellule pour la modifier ; dates au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="497"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="498"/>
        <source>Add a note to this object (Ctrl+N)</source>
        <translation>Ajouter une note à cet objet (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="499"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="500"/>
        <source>Delete the selected note; Edit &gt; Undo brings it back</source>
        <translation>Supprimer la note choisie ; Édition &gt; Annuler la rétablit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="501"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="503"/>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="505"/>
        <source>comma separated, e.g. budget, follow-up</source>
        <translation>séparées par des virgules, p. ex. budget, suivi</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="506"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="508"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="510"/>
        <source>Our p&amp;osition</source>
        <translation>Notre p&amp;osition</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="512"/>
        <source>The delegation&apos;s position on this point</source>
        <translation>La position de la délégation sur ce point</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="513"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="538"/>
        <source>Position state</source>
        <translation>État de la position</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="515"/>
        <source>Still to &amp;consult</source>
        <translation>Encore à &amp;consulter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="517"/>
        <source>Who must still be consulted at home</source>
        <translation>Qui doit encore être consulté en interne</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="518"/>
        <source>&amp;Visibility</source>
        <translation>&amp;Visibilité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="521"/>
        <source>Private notes stay on this computer and are never shared or exported to others</source>
        <translation>Les notes privées restent sur cet ordinateur et ne sont jamais partagées ni exportées pour d&apos;autres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="524"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="296"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="523"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="540"/>
        <source>Action items</source>
        <translation>Points d&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="550"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="525"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="526"/>
        <location filename="../../bnldesk/ui/notes.py" line="236"/>
        <source>Add action item</source>
        <translation>Ajouter un point d&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="528"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="529"/>
        <source>Remove action item</source>
        <translation>Retirer le point d&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="530"/>
        <source>Write your note; it is saved as you type</source>
        <translation>Rédigez votre note ; elle est enregistrée au fil de la frappe</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="532"/>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="533"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="534"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="536"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="235"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="537"/>
        <source>Our position</source>
        <translation>Notre position</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="539"/>
        <source>Still to consult</source>
        <translation>Encore à consulter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="541"/>
        <source>Notes on this object</source>
        <translation>Notes sur cet objet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="550"/>
        <source>Select an object to read and write its notes.</source>
        <translation>Choisissez un objet pour lire et rédiger ses notes.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="557"/>
        <source>No notes on this object yet.</source>
        <translation>Pas encore de note sur cet objet.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="557"/>
        <source>Press Ctrl+N or New note to add one.</source>
        <translation>Appuyez sur Ctrl+N ou Nouvelle note pour en ajouter une.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="567"/>
        <source>Saved automatically. Last change: %1</source>
        <translation>Enregistré automatiquement. Dernière modification : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="795"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes.py" line="125"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes.py" line="179"/>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes.py" line="214"/>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes.py" line="271"/>
        <source>Edit action item</source>
        <translation>Modifier le point d&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes.py" line="292"/>
        <source>Delete action item</source>
        <translation>Supprimer le point d&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/palette.py" line="46"/>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/palette.py" line="53"/>
        <source>Type a workgroup code or name, a section or a project (e.g. SENN-CRISE)</source>
        <translation>Tapez le code ou le nom d&apos;un groupe, une section ou un projet (p. ex. SENN-CRISE)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/palette.py" line="55"/>
        <source>Go to: search text</source>
        <translation>Aller à : texte recherché</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/palette.py" line="62"/>
        <source>Matching objects</source>
        <translation>Objets correspondants</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/palette.py" line="64"/>
        <location filename="../../bnldesk/ui/palette.py" line="108"/>
        <source>Enter opens the selected object, Esc closes.</source>
        <translation>Entrée ouvre l&apos;objet choisi, Échap ferme.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/palette.py" line="110"/>
        <source>Nothing matches. Try fewer or shorter words.</source>
        <translation>Aucune correspondance. Essayez des mots moins nombreux ou plus courts.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="36"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="44"/>
        <source>e.g. NRW</source>
        <translation>p. ex. NRW</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="47"/>
        <source>Your name, as shown on your notes and briefs</source>
        <translation>Votre nom, tel qu&apos;il figure sur vos notes et briefings</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="49"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="74"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="118"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="345"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="353"/>
        <source>Share notes</source>
        <translation>Partager des notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="75"/>
        <source>All notes, meetings and actions of the delegation</source>
        <translation>Toutes les notes, réunions et actions de la délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="76"/>
        <source>Changed since</source>
        <translation>Modifiées depuis</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="77"/>
        <source>Only the workgroup</source>
        <translation>Uniquement le groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="88"/>
        <location filename="../../bnldesk/ui/preferences.py" line="55"/>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="90"/>
        <source>Private notes never leave this laptop.</source>
        <translation>Les notes privées ne quittent jamais cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="105"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="118"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="358"/>
        <source>bnldesk notes (*.bnlnotes)</source>
        <translation>Notes bnldesk (*.bnlnotes)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="137"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="358"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="380"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="383"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="385"/>
        <source>Receive notes</source>
        <translation>Recevoir des notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="139"/>
        <source>Notes from %1, written %2: %3</source>
        <translation>Notes de %1, écrites le %2 : %3</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="140"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="149"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="157"/>
        <source>A backup is made first. Conflicting changes keep both versions.</source>
        <translation>Une sauvegarde est faite d&apos;abord. En cas de modifications contradictoires, les deux versions sont conservées.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="173"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="174"/>
        <source>&amp;Start page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="175"/>
        <source>&amp;Meetings...</source>
        <translation>&amp;Réunions...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="176"/>
        <source>&amp;New meeting...</source>
        <translation>&amp;Nouvelle réunion...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="178"/>
        <source>Resolve &amp;conflicts...</source>
        <translation>Résoudre les &amp;conflits...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="182"/>
        <source>&amp;Pair laptops...</source>
        <translation>&amp;Associer des portables...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="183"/>
        <source>S&amp;hare notes...</source>
        <translation>&amp;Partager des notes...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="184"/>
        <source>&amp;Receive notes...</source>
        <translation>Rece&amp;voir des notes...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="185"/>
        <source>&amp;Backups...</source>
        <translation>&amp;Sauvegardes...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="186"/>
        <source>Check &amp;database</source>
        <translation>Vérifier la &amp;base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="220"/>
        <source>Upcoming meetings, overdue and open actions, recent notes</source>
        <translation>Réunions à venir, actions en retard et ouvertes, notes récentes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="221"/>
        <source>Meetings with their agenda, positions and outcomes</source>
        <translation>Les réunions avec leur ordre du jour, positions et résultats</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="222"/>
        <source>Plan a meeting of a workgroup and its agenda</source>
        <translation>Planifier une réunion d&apos;un groupe de travail et son ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="223"/>
        <source>Notes changed on two laptops: choose what to keep</source>
        <translation>Notes modifiées sur deux portables : choisissez ce que vous gardez</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="224"/>
        <source>Accept notes from another laptop of the delegation</source>
        <translation>Accepter les notes d&apos;un autre portable de la délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="225"/>
        <source>Write the delegation&apos;s notes to a file for another laptop</source>
        <translation>Écrire les notes de la délégation dans un fichier pour un autre portable</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="226"/>
        <source>Merge notes shared from another laptop (preview first)</source>
        <translation>Fusionner les notes partagées depuis un autre portable (aperçu d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="227"/>
        <source>List the automatic backups and restore one</source>
        <translation>Afficher les sauvegardes automatiques et en restaurer une</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="228"/>
        <source>Check the database file for damage</source>
        <translation>Vérifier que le fichier de la base de données n&apos;est pas endommagé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="269"/>
        <source>Start page</source>
        <translation>Page d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="302"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="320"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="346"/>
        <source>Wrote %1: %2 notes, %3 meetings, %4 actions.</source>
        <translation>%1 écrit : %2 notes, %3 réunions, %4 actions.</translation>
    </message>
    <message>
        <source>Restored. The previous file is kept at %s</source>
        <translation type="vanished">Restauré. L&apos;ancien fichier est conservé dans %s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="415"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="417"/>
        <source>Check database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="62"/>
        <source>No marking</source>
        <translation>Aucune mention</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="63"/>
        <source>Show the start page when bnldesk starts</source>
        <translation>Afficher la page d&apos;accueil au démarrage de bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="84"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation :</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="85"/>
        <source>&amp;Author name:</source>
        <translation>Nom de l&apos;&amp;auteur :</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="86"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface :</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="87"/>
        <source>Default &amp;export folder:</source>
        <translation>Dossier d&apos;&amp;exportation par défaut :</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="88"/>
        <source>&amp;Marking on exports:</source>
        <translation>&amp;Mention sur les exportations :</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="90"/>
        <source>Name of the other party</source>
        <translation>Nom de l&apos;autre partie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="91"/>
        <source>Choose the export folder</source>
        <translation>Choisir le dossier d&apos;exportation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="94"/>
        <source>The marking is printed on every brief and list you export, for example &quot;Beperkte verspreiding&quot;. A new language applies at once.</source>
        <translation>La mention est imprimée sur chaque briefing et liste exportés, par exemple « Diffusion restreinte ». Une nouvelle langue s&apos;applique immédiatement.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="119"/>
        <source>Default export folder</source>
        <translation>Dossier d&apos;exportation par défaut</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="62"/>
        <source>before updating the database</source>
        <translation>avant la mise à jour de la base</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="86"/>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="86"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="86"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="114"/>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="191"/>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="116"/>
        <source>Replace the database by the backup of %s?

The current file is not deleted: it is kept aside in the backups folder.</source>
        <translation>Remplacer la base de données par la sauvegarde du %s ?

Le fichier actuel n&apos;est pas supprimé : il est conservé à part dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="132"/>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="135"/>
        <source>bnldesk cannot use its database</source>
        <translation>bnldesk ne peut pas utiliser sa base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="142"/>
        <source>The file %1 failed its check (%2). This happens after a crash of the disk or a copy that was interrupted. Your notes are safe in the backups below: restore the newest good one. The damaged file is kept aside, not deleted.</source>
        <translation>Le fichier %1 n&apos;a pas passé la vérification (%2). Cela arrive après une panne du disque ou une copie interrompue. Vos notes sont en sécurité dans les sauvegardes ci-dessous : restaurez la plus récente qui est intacte. Le fichier endommagé est conservé à part, pas supprimé.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="155"/>
        <source>There is no usable backup. Close bnldesk and ask for help before doing anything.</source>
        <translation>Aucune sauvegarde utilisable. Fermez bnldesk et demandez de l&apos;aide avant toute autre action.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="158"/>
        <source>Restore selected backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="162"/>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="95"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="257"/>
        <source>%s is open read-only: you can read but not save changes.</source>
        <translation>%s est ouvert en lecture seule : vous pouvez lire, mais pas enregistrer de modifications.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="277"/>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="323"/>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="334"/>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="349"/>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="409"/>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="416"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="282"/>
        <source>bnldesk backs up the database every 30 minutes of use when something changed, and before every import, update, restore and merge of notes. Older backups are thinned out: recent ones, then one per day, week and month.</source>
        <translation>bnldesk sauvegarde la base toutes les 30 minutes d&apos;utilisation si quelque chose a changé, et avant chaque importation, mise à jour, restauration et fusion de notes. Les anciennes sauvegardes sont espacées : les récentes, puis une par jour, par semaine et par mois.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="289"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="294"/>
        <source>Restore...</source>
        <translation>Restaurer...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="382"/>
        <source>bnldesk met an internal error; nothing was changed. The details are in the log: please report it.</source>
        <translation>bnldesk a rencontré une erreur interne ; rien n&apos;a été modifié. Les détails sont dans le journal : merci de la signaler.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="403"/>
        <source>The replaced database is kept at %s.</source>
        <translation>La base de données remplacée est conservée dans %s.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="410"/>
        <source>Restored the backup %s.</source>
        <translation>La sauvegarde %s a été restaurée.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="426"/>
        <source>The database is in good order: its structure, the links between its records and the search index were checked.</source>
        <translation>La base de données est en bon état : sa structure, les liens entre ses enregistrements et l&apos;index de recherche ont été vérifiés.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="431"/>
        <source>The database is damaged. Your notes may be incomplete: open File &gt; Backups... and restore the newest backup, or ask for help with the details below.</source>
        <translation>La base de données est endommagée. Vos notes peuvent être incomplètes : ouvrez Fichier &gt; Sauvegardes... et restaurez la sauvegarde la plus récente, ou demandez de l&apos;aide avec les détails ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="70"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="70"/>
        <source>not deleted</source>
        <translation>non supprimé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="120"/>
        <source>use set-aside</source>
        <translation>prendre la version mise de côté</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="120"/>
        <source>keep current</source>
        <translation>garder l&apos;actuelle</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="186"/>
        <source>This record was changed on two laptops since they last exchanged notes. Nothing is lost: the later change is the current version, the other one is set aside. Tick the fields where the set-aside version is right, then resolve.</source>
        <translation>Cet enregistrement a été modifié sur deux ordinateurs depuis leur dernier échange de notes. Rien n&apos;est perdu : la modification la plus récente est la version actuelle, l&apos;autre est mise de côté. Cochez les champs où la version mise de côté est juste, puis résolvez.</translation>
    </message>
    <message>
        <source>use other</source>
        <translation type="vanished">prendre l&apos;autre</translation>
    </message>
    <message>
        <source>keep this</source>
        <translation type="vanished">garder celle-ci</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="162"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="163"/>
        <source>Noticed</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>This record was changed on this laptop and on another one since they last exchanged notes. Both versions are kept. Tick the fields where the other version is right, then resolve.</source>
        <translation type="vanished">Cet enregistrement a été modifié sur cet ordinateur et sur un autre depuis leur dernier échange de notes. Les deux versions sont conservées. Cochez les champs où l&apos;autre version est juste, puis résolvez.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="197"/>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="199"/>
        <source>No conflicts: every laptop agrees.</source>
        <translation>Aucun conflit : tous les ordinateurs concordent.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="151"/>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="159"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="175"/>
        <source>Export brief (PDF)</source>
        <translation>Exporter un briefing (PDF)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="183"/>
        <source>Parts of the brief</source>
        <translation>Parties du briefing</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="194"/>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="307"/>
        <source>Include notes marked private</source>
        <translation>Inclure les notes privées</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="202"/>
        <source>e.g. LIMITED DISTRIBUTION</source>
        <translation>p. ex. DIFFUSION RESTREINTE</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="203"/>
        <source>Marking:</source>
        <translation>Mention :</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="204"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="205"/>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="313"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="212"/>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="318"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="251"/>
        <source>Export Excel workbook</source>
        <translation>Exporter un classeur Excel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="262"/>
        <source>none (everything)</source>
        <translation>aucun (tout)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="264"/>
        <source>Filters of the current view: %1</source>
        <translation>Filtres de la vue actuelle : %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="275"/>
        <source>Include this sheet</source>
        <translation>Inclure cette feuille</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="296"/>
        <source>Keep the id column to edit the notes in Excel and read them back with File &gt; Import notes from Excel.</source>
        <translation>Gardez la colonne id pour modifier les notes dans Excel et les relire avec Fichier &gt; Importer des notes depuis Excel.</translation>
    </message>
    <message>
        <source>Keep the id column to edit the notes in Excel and read them back with &apos;bnldesk import-annotations&apos;.</source>
        <translation type="vanished">Gardez la colonne id pour modifier les notes dans Excel et les relire avec « bnldesk import-annotations ».</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="312"/>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="597"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="397"/>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="398"/>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="437"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="400"/>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="401"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="419"/>
        <source>Writing %1...</source>
        <translation>Écriture de %1...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="421"/>
        <source>Exporting</source>
        <translation>Exportation en cours</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="477"/>
        <source>Select a workgroup, a section, a project or a meeting first.</source>
        <translation>Choisissez d&apos;abord un groupe de travail, une section, un projet ou une réunion.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="499"/>
        <source>%1 page(s), %2 note(s)</source>
        <translation>%1 page(s), %2 note(s)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="566"/>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="595"/>
        <source>Import notes from Excel</source>
        <translation>Importer des notes depuis Excel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="569"/>
        <source>These changes will be made. Nothing else in the database is touched.</source>
        <translation>Ces modifications seront apportées. Rien d&apos;autre n&apos;est touché dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="571"/>
        <source>The sheet changes nothing.</source>
        <translation>La feuille ne modifie rien.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="622"/>
        <source>%1 note(s) updated, %2 new</source>
        <translation>%1 note(s) mise(s) à jour, %2 nouvelle(s)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="199"/>
        <source>New meeting...</source>
        <translation>Nouvelle réunion...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="214"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="223"/>
        <location filename="../../bnldesk/ui/start_page.py" line="233"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="230"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="239"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="240"/>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="241"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="261"/>
        <source>Upcoming meetings</source>
        <translation>Réunions à venir</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="261"/>
        <source>No meetings planned.</source>
        <translation>Aucune réunion prévue.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="263"/>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="263"/>
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="265"/>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="265"/>
        <location filename="../../bnldesk/ui/start_page.py" line="303"/>
        <source>No open actions.</source>
        <translation>Aucune action ouverte.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="267"/>
        <source>Recently changed notes</source>
        <translation>Notes modifiées récemment</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="267"/>
        <source>No notes changed lately.</source>
        <translation>Aucune note modifiée récemment.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="293"/>
        <source>Today, %s</source>
        <translation>Aujourd&apos;hui, %s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="303"/>
        <source>No other open actions.</source>
        <translation>Aucune autre action ouverte.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="309"/>
        <source>%n note(s) were changed on two laptops: resolve the conflicts...</source>
        <translation>%n note(s) modifiée(s) sur deux ordinateurs : résolvez les conflits...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="58"/>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="60"/>
        <source>Another program is using the database</source>
        <translation>Un autre programme utilise la base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="62"/>
        <source>The database cannot be written</source>
        <translation>La base de données ne peut pas être modifiée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="64"/>
        <source>This database belongs to a newer bnldesk</source>
        <translation>Cette base de données appartient à un bnldesk plus récent</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="66"/>
        <source>This file is not a bnldesk database</source>
        <translation>Ce fichier n&apos;est pas une base de données bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="68"/>
        <source>The database file is lost</source>
        <translation>Le fichier de la base de données est perdu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="69"/>
        <source>bnldesk cannot open its database</source>
        <translation>bnldesk ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="90"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="92"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="94"/>
        <source>Restore a backup...</source>
        <translation>Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="51"/>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="114"/>
        <source>Pair laptops</source>
        <translation>Associer des portables</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="55"/>
        <source>Notes are only received from paired laptops. Give this laptop&apos;s code to the other laptop, and enter its code here with a name. Private notes never leave this laptop.</source>
        <translation>Les notes ne sont reçues que de portables associés. Donnez le code de ce portable à l&apos;autre portable et saisissez ici le code de celui-ci, avec un nom. Les notes privées ne quittent jamais ce portable.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="66"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="78"/>
        <source>for example: Anna&apos;s laptop</source>
        <translation>par exemple : portable d&apos;Anna</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="80"/>
        <source>Pair</source>
        <translation>Associer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="84"/>
        <source>This laptop&apos;s code</source>
        <translation>Code de ce portable</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="85"/>
        <source>Other laptop&apos;s code</source>
        <translation>Code de l&apos;autre portable</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="86"/>
        <source>Its name</source>
        <translation>Son nom</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="88"/>
        <source>Paired laptop</source>
        <translation>Portable associé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="88"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="90"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="38"/>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="39"/>
        <source>Password of {user} on {server}:</source>
        <translation>Mot de passe de {user} sur {server} :</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="40"/>
        <source>your user</source>
        <translation>votre utilisateur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="54"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="64"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="79"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="92"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="111"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="119"/>
        <source>Sync with server</source>
        <translation>Synchroniser avec le serveur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="55"/>
        <source>The delegation server (postgresql://USER@HOST/DATABASE):</source>
        <translation>Le serveur de la délégation (postgresql://UTILISATEUR@HÔTE/BASE) :</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="80"/>
        <source>This window works on the server itself: there is nothing to sync.</source>
        <translation>Cette fenêtre travaille sur le serveur lui-même : il n&apos;y a rien à synchroniser.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="113"/>
        <source>Some notes were changed here and on the server: both versions are kept. Resolve them with Meetings &gt; Resolve conflicts...</source>
        <translation>Des notes ont été modifiées ici et sur le serveur : les deux versions sont conservées. Résolvez-les avec Réunions &gt; Résoudre les conflits...</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="72"/>
        <source>&amp;Import document...</source>
        <translation>&amp;Importer un document...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="76"/>
        <source>Read an annual plan or work programme (PDF, DOCX, text)</source>
        <translation>Lire un plan annuel ou un programme de travail (PDF, DOCX, texte)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="79"/>
        <source>Export &amp;brief (PDF)...</source>
        <translation>Exporter un &amp;briefing (PDF)...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="83"/>
        <source>Write a meeting brief for the selected object</source>
        <translation>Rédiger un briefing de réunion pour l&apos;objet choisi</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="87"/>
        <source>Export &amp;Excel list...</source>
        <translation>Exporter une liste &amp;Excel...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="91"/>
        <source>Write the workgroups and notes to an Excel workbook</source>
        <translation>Écrire les groupes de travail et les notes dans un classeur Excel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="95"/>
        <source>Import notes from E&amp;xcel...</source>
        <translation>Importer des notes depuis E&amp;xcel...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="99"/>
        <source>Read back an exported notes sheet edited in Excel (preview first)</source>
        <translation>Relire une feuille de notes exportée puis modifiée dans Excel (aperçu d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="105"/>
        <source>S&amp;ync with server...</source>
        <translation>S&amp;ynchroniser avec le serveur...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="109"/>
        <source>Exchange the shareable notes, meetings and actions with the delegation server</source>
        <translation>Échanger les notes partageables, réunions et actions avec le serveur de la délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="115"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="119"/>
        <source>Delegation, author, language, export folder and marking</source>
        <translation>Délégation, auteur, langue, dossier d&apos;exportation et mention</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="126"/>
        <source>Close bnldesk (everything is already saved)</source>
        <translation>Fermer bnldesk (tout est déjà enregistré)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="129"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="133"/>
        <source>Undo the last change to a note</source>
        <translation>Annuler la dernière modification d&apos;une note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="136"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="140"/>
        <source>Redo the change just undone</source>
        <translation>Rétablir la modification qui vient d&apos;être annulée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="143"/>
        <source>&amp;New note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="147"/>
        <source>Add a note to the selected object</source>
        <translation>Ajouter une note à l&apos;objet choisi</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="150"/>
        <source>&amp;Delete note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="154"/>
        <source>Delete the selected note (can be undone)</source>
        <translation>Supprimer la note choisie (peut être annulé)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="157"/>
        <source>Add &amp;action item</source>
        <translation>Ajouter un point d&apos;&amp;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="161"/>
        <source>Add a follow-up action to the selected note</source>
        <translation>Ajouter une action de suivi à la note choisie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="164"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="168"/>
        <source>Search the plans, workgroups and notes</source>
        <translation>Rechercher dans les plans, groupes de travail et notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="171"/>
        <source>&amp;Go to...</source>
        <translation>&amp;Aller à...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="175"/>
        <source>Jump to a workgroup, section or project by typing</source>
        <translation>Accéder à un groupe, une section ou un projet en tapant son nom</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="178"/>
        <source>Plan &amp;items</source>
        <translation>&amp;Éléments du plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="182"/>
        <source>List the objectives and projects in scope</source>
        <translation>Lister les objectifs et projets du périmètre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="185"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="189"/>
        <source>List the delegation&apos;s notes</source>
        <translation>Lister les notes de la délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="192"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="196"/>
        <source>Remove every active filter</source>
        <translation>Retirer tous les filtres actifs</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="199"/>
        <source>Save filters as &amp;view...</source>
        <translation>Enregistrer les filtres comme &amp;vue...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="203"/>
        <source>Name the active filters to reuse them later</source>
        <translation>Nommer les filtres actifs pour les réutiliser</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="206"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="210"/>
        <source>Read the database again</source>
        <translation>Relire la base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="213"/>
        <source>Go to &amp;navigator</source>
        <translation>Aller au &amp;navigateur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="217"/>
        <source>Move the keyboard focus to the plan tree</source>
        <translation>Placer le focus clavier sur l&apos;arborescence des plans</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="220"/>
        <source>Go to &amp;list</source>
        <translation>Aller à la &amp;liste</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="224"/>
        <source>Move the keyboard focus to the central list</source>
        <translation>Placer le focus clavier sur la liste centrale</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="227"/>
        <source>Go to n&amp;otes</source>
        <translation>Aller aux n&amp;otes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="231"/>
        <source>Move the keyboard focus to the notes of the object</source>
        <translation>Placer le focus clavier sur les notes de l&apos;objet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="234"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="238"/>
        <source>Return to the previously shown object</source>
        <translation>Revenir à l&apos;objet affiché précédemment</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="241"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="245"/>
        <source>List every action and its shortcut</source>
        <translation>Lister chaque action et son raccourci</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="248"/>
        <source>&amp;About bnldesk</source>
        <translation>À &amp;propos de bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="252"/>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="316"/>
        <source>This feature is not available in this version.</source>
        <translation>Cette fonction n&apos;est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../bnldesk/ui/app.py" line="171"/>
        <source>A new database was made with the demo data of the published plans: import the real documents with File &gt; Import.</source>
        <translation>Une nouvelle base de données a été créée avec les données de démonstration des plans publiés : importez les vrais documents par Fichier &gt; Importer.</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="67"/>
        <source>Cover page</source>
        <translation>Page de garde</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="68"/>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="69"/>
        <source>Agenda (meeting briefs)</source>
        <translation>Ordre du jour (briefings de réunion)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="70"/>
        <source>Place in the plan, objectives and projects</source>
        <translation>Place dans le plan, objectifs et projets</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="71"/>
        <source>The delegation&apos;s notes and positions</source>
        <translation>Les notes et positions de la délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="72"/>
        <source>Open action items</source>
        <translation>Points d&apos;action ouverts</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="73"/>
        <source>Secretariat-General contacts</source>
        <translation>Contacts du Secrétariat général</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="74"/>
        <source>Earlier plans and the notes made then</source>
        <translation>Plans antérieurs et notes prises alors</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="77"/>
        <source>Workgroups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="78"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="79"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="10"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="11"/>
        <source>Ongoing project</source>
        <translation>Projet en cours</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="12"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="13"/>
        <source>Flagship project</source>
        <translation>Projet phare</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="14"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="18"/>
        <source>Work programme</source>
        <translation>Programme de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="19"/>
        <source>Annual plan</source>
        <translation>Plan annuel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="20"/>
        <source>Chapter</source>
        <translation>Chapitre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="21"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="22"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="23"/>
        <source>Plan item</source>
        <translation>Élément du plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="24"/>
        <source>Workgroup</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="25"/>
        <source>Contact</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="26"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="27"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="28"/>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="32"/>
        <location filename="../../bnldesk/ui/labels.py" line="58"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="33"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="34"/>
        <location filename="../../bnldesk/ui/labels.py" line="59"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="38"/>
        <source>No priority</source>
        <translation>Sans priorité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="39"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="40"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="41"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="45"/>
        <source>No position yet</source>
        <translation>Pas encore de position</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="46"/>
        <source>Agreed</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="47"/>
        <source>Reservation</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="48"/>
        <source>To coordinate</source>
        <translation>À coordonner</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="52"/>
        <source>Private (only me)</source>
        <translation>Privée (moi seul)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="53"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="54"/>
        <source>Shareable</source>
        <translation>Partageable</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="60"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="64"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="65"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="66"/>
        <source>Gone</source>
        <translation>Disparu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="67"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="71"/>
        <source>Belgium (BE)</source>
        <translation>Belgique (BE)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="72"/>
        <source>Netherlands (NL)</source>
        <translation>Pays-Bas (NL)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="73"/>
        <source>Luxembourg (LU)</source>
        <translation>Luxembourg (LU)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="74"/>
        <source>Other party</source>
        <translation>Autre partie</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="257"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="258"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="259"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="260"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="261"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="312"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="314"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="315"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="313"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="316"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="317"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="349"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="350"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="351"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="352"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="353"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="354"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="355"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
</TS>

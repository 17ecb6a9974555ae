<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="262"/>
        <source>The best %2 results for “%1” are shown; counting them all…</source>
        <translation>Les %2 meilleurs résultats pour «&#xa0;%1&#xa0;» sont affichés&#xa0;; décompte de tous en cours…</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="174"/>
        <source>General objectives</source>
        <translation>Objectifs généraux</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="175"/>
        <source>Flagship projects</source>
        <translation>Projets phares</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="176"/>
        <source>Ongoing projects</source>
        <translation>Projets en cours</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="177"/>
        <source>New projects</source>
        <translation>Nouveaux projets</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="178"/>
        <source>Other projects</source>
        <translation>Autres projets</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="289"/>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="293"/>
        <source>Choose a plan, chapter, section, project or workgroup in the navigator, or press Ctrl+K to jump to one by name.</source>
        <translation>Choisissez un plan, un chapitre, un thème, un projet ou un groupe de travail dans le navigateur, ou appuyez sur Ctrl+K pour y accéder par son nom.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="330"/>
        <source>This object no longer exists in the database.</source>
        <translation>Cet objet n&apos;existe plus dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="118"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="112"/>
        <source>Name in other plans</source>
        <translation>Nom dans d&apos;autres plans</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="128"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="129"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="130"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="131"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="132"/>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="153"/>
        <source>The plan gives no further text for this object.</source>
        <translation>Le plan ne donne pas d&apos;autre texte pour cet objet.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="194"/>
        <location filename="../../bnldesk/ui/browse/navigator.py" line="93"/>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="46"/>
        <source>Workgroups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="198"/>
        <source>The plan names no workgroup for this section.</source>
        <translation>Le plan ne nomme aucun groupe de travail pour ce thème.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="200"/>
        <source>Contacts at the Secretariat-General</source>
        <translation>Contacts au Secrétariat général</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="203"/>
        <source>In the plans of</source>
        <translation>Dans les plans de</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="205"/>
        <source>Sections carried by this workgroup</source>
        <translation>Thèmes portés par ce groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="184"/>
        <source>Sub-groups</source>
        <translation>Sous-groupes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="185"/>
        <source>Objectives and projects</source>
        <translation>Objectifs et projets</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="186"/>
        <source>Sections</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="187"/>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="188"/>
        <source>Annual plans</source>
        <translation>Plans annuels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="189"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="231"/>
        <source>In other years</source>
        <translation>Autres années</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="234"/>
        <source>Not found in the other years&apos; plans.</source>
        <translation>Absent des plans des autres années.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="151"/>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="164"/>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="152"/>
        <source>Filter on note status, priority, open actions, changes</source>
        <translation>Filtrer sur le statut et la priorité des notes, les actions ouvertes, les changements</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="153"/>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="165"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="154"/>
        <source>Save the active filters under a name, or apply a saved view</source>
        <translation>Enregistrer les filtres actifs sous un nom, ou appliquer une vue enregistrée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="156"/>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="241"/>
        <source>Plan year</source>
        <translation>Année du plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="157"/>
        <source>Chapter</source>
        <translation>Chapitre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="158"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="159"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="339"/>
        <location filename="../../bnldesk/services/error_words.py" line="104"/>
        <source>Workgroup</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="160"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="196"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="197"/>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="221"/>
        <source>All chapters</source>
        <translation>Tous les chapitres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="199"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="201"/>
        <source>All workgroups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="202"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="258"/>
        <source>Year: %1</source>
        <translation>Année&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="261"/>
        <source>Chapter: %1</source>
        <translation>Chapitre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="263"/>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="266"/>
        <source>Workgroup: %1</source>
        <translation>Groupe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="268"/>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="270"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="272"/>
        <source>Priority: %1</source>
        <translation>Priorité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="274"/>
        <source>Has notes</source>
        <translation>Avec notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="276"/>
        <source>Has open actions</source>
        <translation>Avec actions ouvertes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="278"/>
        <source>Change: %1</source>
        <translation>Évolution&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="306"/>
        <source>No filters: everything in the selected scope is listed.</source>
        <translation>Aucun filtre&#xa0;: tout le périmètre choisi est affiché.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="314"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="315"/>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="321"/>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="322"/>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="336"/>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="345"/>
        <source>Note status</source>
        <translation>Statut de la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="350"/>
        <source>Note priority</source>
        <translation>Priorité de la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="356"/>
        <source>Change since the previous plan</source>
        <translation>Évolution depuis le plan précédent</translation>
    </message>
    <message>
        <source>Compared with the previous plan</source>
        <translation type="vanished">Par rapport au plan précédent</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="362"/>
        <source>Only objects with notes</source>
        <translation>Uniquement les objets annotés</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="363"/>
        <source>Only with open action items</source>
        <translation>Uniquement avec des actions ouvertes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="373"/>
        <source>Save current filters as view...</source>
        <translation>Enregistrer les filtres comme vue...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="382"/>
        <source>Delete view</source>
        <translation>Supprimer une vue</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="387"/>
        <source>No saved views yet</source>
        <translation>Aucune vue enregistrée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="395"/>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="400"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="396"/>
        <source>No filter is active. Choose filters first, then save them as a view.</source>
        <translation>Aucun filtre n&apos;est actif. Choisissez d&apos;abord des filtres, puis enregistrez-les comme vue.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="400"/>
        <source>Name of this view (for example: open BE points):</source>
        <translation>Nom de cette vue (par exemple&#xa0;: points BE ouverts)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/shortcuts.py" line="61"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/shortcuts.py" line="61"/>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="72"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="142"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="142"/>
        <location filename="../../bnldesk/ui/notes/models.py" line="182"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/shortcuts.py" line="61"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/shortcuts.py" line="61"/>
        <source>What it does</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/views.py" line="100"/>
        <source>Nothing here matches the scope and filters. Choose another object in the navigator or remove a filter.</source>
        <translation>Rien ne correspond au périmètre et aux filtres. Choisissez un autre objet dans le navigateur ou retirez un filtre.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/status.py" line="102"/>
        <source>Working...</source>
        <translation>Traitement...</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="vanished">Plans</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/navigator.py" line="94"/>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="46"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="165"/>
        <source>Plan items</source>
        <translation>Éléments du plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="416"/>
        <source>%1 — bnldesk (read-only)</source>
        <translation>%1 — bnldesk (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="416"/>
        <source>%1 — bnldesk</source>
        <translation>%1 — bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/status.py" line="110"/>
        <source>Read-only: this database is open in another bnldesk window, or cannot be written.</source>
        <translation>Lecture seule&#xa0;: cette base de données est ouverte dans une autre fenêtre bnldesk, ou ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/navigator.py" line="89"/>
        <source>Plans</source>
        <comment>navigator tab</comment>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/navigator.py" line="90"/>
        <source>Workgroups</source>
        <comment>navigator tab</comment>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/navigator.py" line="91"/>
        <source>Contacts</source>
        <comment>navigator tab</comment>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="166"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="530"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="546"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="552"/>
        <location filename="../../bnldesk/services/error_words.py" line="110"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="435"/>
        <source>Search plans, workgroups and notes (Ctrl+F)</source>
        <translation>Rechercher dans les plans, groupes et notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="438"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/navigator.py" line="92"/>
        <source>Plans navigator</source>
        <translation>Navigateur des plans</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="168"/>
        <source>List of objects</source>
        <translation>Liste des objets</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="174"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="269"/>
        <source>%Ln result(s) for “%1”; the best %2 are shown</source>
        <translation>
            <numerusform>%Ln résultat pour «&#xa0;%1&#xa0;»&#xa0;; les %2 meilleurs sont affichés</numerusform>
            <numerusform>%Ln résultats pour «&#xa0;%1&#xa0;»&#xa0;; les %2 meilleurs sont affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="275"/>
        <source>%Ln result(s) for “%1”</source>
        <translation>
            <numerusform>%Ln résultat pour «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%Ln résultats pour «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="278"/>
        <source>“%1” has nothing to search for: no letters, digits or symbols.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient rien à chercher&#xa0;: ni lettres, ni chiffres, ni symboles.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="290"/>
        <source>No results for “%1” within the scope (%2); %Ln without it.</source>
        <translation>
            <numerusform>Aucun résultat pour «&#xa0;%1&#xa0;» dans le périmètre (%2)&#xa0;; %Ln sans lui.</numerusform>
            <numerusform>Aucun résultat pour «&#xa0;%1&#xa0;» dans le périmètre (%2)&#xa0;; %Ln sans lui.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="295"/>
        <source>Search all plans (%1)</source>
        <translation>Chercher dans tous les plans (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="300"/>
        <source>No results for “%1” within the filters; %Ln without them.</source>
        <translation>
            <numerusform>Aucun résultat pour «&#xa0;%1&#xa0;» avec les filtres&#xa0;; %Ln sans eux.</numerusform>
            <numerusform>Aucun résultat pour «&#xa0;%1&#xa0;» avec les filtres&#xa0;; %Ln sans eux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="306"/>
        <source>Clear the filters (%1)</source>
        <translation>Effacer les filtres (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="311"/>
        <source>No results for “%1” with its filters (year:, code:, tag:, kind:); %Ln for the words alone.</source>
        <translation>
            <numerusform>Aucun résultat pour «&#xa0;%1&#xa0;» avec ses filtres (année:, code:, tag:, type:)&#xa0;; %Ln pour les mots seuls.</numerusform>
            <numerusform>Aucun résultat pour «&#xa0;%1&#xa0;» avec ses filtres (année:, code:, tag:, type:)&#xa0;; %Ln pour les mots seuls.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="320"/>
        <source>No results for “%1”: nothing contains every word.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»&#xa0;: rien ne contient tous les mots.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="321"/>
        <source>For either word, write: %1</source>
        <translation>Pour l&apos;un ou l&apos;autre mot, écrivez&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="439"/>
        <source>Details of the selected object</source>
        <translation>Détails de l&apos;objet choisi</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="167"/>
        <source>List contents</source>
        <translation>Contenu de la liste</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="440"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="780"/>
        <source>Scope: all plans</source>
        <translation>Périmètre&#xa0;: tous les plans</translation>
    </message>
    <message>
        <source>Scope: the section of %1</source>
        <translation type="vanished">Périmètre&#xa0;: la section de %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="786"/>
        <source>Scope: %1</source>
        <translation>Périmètre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="389"/>
        <source>Go to row</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="264"/>
        <source>No plan item has notes matching these filters. Notes on workgroups, sections and chapters are listed under Notes (Ctrl+2).</source>
        <translation>Aucun élément du plan n&apos;a de notes correspondant à ces filtres. Les notes sur les groupes de travail, les thèmes et les chapitres figurent sous Notes (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="270"/>
        <source>No plan items here. Choose another object in the navigator.</source>
        <translation>Aucun élément du plan ici. Choisissez un autre objet dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="272"/>
        <source>No notes here yet. Select an object and press Ctrl+N to write one.</source>
        <translation>Pas encore de notes ici. Sélectionnez un objet et appuyez sur Ctrl+N pour en écrire une.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="133"/>
        <source>%Ln search result(s)</source>
        <translation>
            <numerusform>%Ln résultat de recherche</numerusform>
            <numerusform>%Ln résultats de recherche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/status.py" line="38"/>
        <source>Counting the plan items…</source>
        <translation>Comptage des éléments du plan…</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/status.py" line="38"/>
        <source>Counting the notes…</source>
        <translation>Comptage des notes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="40"/>
        <source>%Ln plan item(s) in the list</source>
        <translation>
            <numerusform>%Ln élément du plan dans la liste</numerusform>
            <numerusform>%Ln éléments du plan dans la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="42"/>
        <source>%Ln note(s) in the list</source>
        <translation>
            <numerusform>%Ln note dans la liste</numerusform>
            <numerusform>%Ln notes dans la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="44"/>
        <source>%Ln loaded</source>
        <translation>
            <numerusform>%Ln chargé</numerusform>
            <numerusform>%Ln chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="56"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="57"/>
        <source>%Ln workgroup(s)</source>
        <translation>
            <numerusform>%Ln groupe de travail</numerusform>
            <numerusform>%Ln groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="58"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="59"/>
        <source>%Ln open action(s)</source>
        <translation>
            <numerusform>%Ln point d&apos;action ouvert</numerusform>
            <numerusform>%Ln points d&apos;action ouverts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/status.py" line="62"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/status.py" line="108"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>%1 search results</source>
        <translation type="vanished">%1 résultats de recherche</translation>
    </message>
    <message>
        <source>plan items</source>
        <translation type="vanished">éléments du plan</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="vanished">notes</translation>
    </message>
    <message>
        <source>%1 %2 in the list</source>
        <translation type="vanished">%1 %2 dans la liste</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation type="vanished">%1 chargés</translation>
    </message>
    <message>
        <source>database: %1 plans, %2 items, %3 workgroups, %4 notes, %5 open actions</source>
        <translation type="vanished">base&#xa0;: %1 plans, %2 éléments, %3 groupes, %4 notes, %5 actions ouvertes</translation>
    </message>
    <message>
        <source> (best %1 shown)</source>
        <translation type="vanished"> (les %1 meilleurs affichés)</translation>
    </message>
    <message>
        <source>%1 results for “%2”</source>
        <translation type="vanished">%1 résultats pour « %2 »</translation>
    </message>
    <message>
        <source>Type words to find plans, workgroups, contacts and notes; every word must occur. Case, accents and ligatures do not matter.
energie OR klimaat: either word
-Brussel or NOT Brussel: leave out what mentions Brussel
&quot;grensoverschrijdende samenwerking&quot;: these words next to each other
energ*: words starting with energ
NEAR(energie klimaat, 5): at most five words apart
title:energie, code:SENN-CRISE: only in titles, only in workgroup codes
year:2022, year:2021-2023, tag:budget, kind:flagship, kind:note: filters
The search stays within the filters and the scope set on the list.</source>
        <translation type="vanished">Tapez des mots pour trouver plans, groupes de travail, contacts et notes&#xa0;; chaque mot doit figurer. Majuscules, accents et ligatures n&apos;ont pas d&apos;importance.
energie OR klimaat&#xa0;: l&apos;un ou l&apos;autre mot
-Brussel ou NOT Brussel&#xa0;: écarte ce qui mentionne Brussel
&quot;coopération transfrontalière&quot;&#xa0;: ces mots l&apos;un à côté de l&apos;autre
energ*&#xa0;: les mots qui commencent par energ
NEAR(energie klimaat, 5)&#xa0;: au plus cinq mots d&apos;écart
titre:energie, code:SENN-CRISE&#xa0;: seulement dans les titres, seulement dans les codes des groupes
année:2022, année:2021-2023, tag:budget, type:projet-phare, type:note&#xa0;: filtres
La recherche reste dans les filtres et le périmètre de la liste.</translation>
    </message>
    <message>
        <source>“%1” has no letters or digits to search for.</source>
        <translation type="vanished">« %1 » ne contient ni lettre ni chiffre à rechercher.</translation>
    </message>
    <message>
        <source>No results for “%1” within the filters and scope; %2 without them (%3 clears the filters).</source>
        <translation type="vanished">Aucun résultat pour « %1 » dans les filtres et le périmètre&#xa0;; %2 sans eux (%3 retire les filtres).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="283"/>
        <source>(Some of it was read as plain words.)</source>
        <translation>(Une partie a été lue comme de simples mots.)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="924"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="926"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="925"/>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="926"/>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="931"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="933"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="932"/>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="759"/>
        <source>No filters are set; %1 clears the scope and shows all plans.</source>
        <translation>Aucun filtre n&apos;est actif&#xa0;; %1 efface le périmètre et affiche tous les plans.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="773"/>
        <source>the section of %1</source>
        <translation>le thème de %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="784"/>
        <source>Scope, notes on it and on what it contains: %1</source>
        <translation>Périmètre, notes sur lui et sur ce qu&apos;il contient&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="933"/>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="944"/>
        <source>Select an object first.</source>
        <translation>Choisissez d&apos;abord un objet.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="948"/>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="955"/>
        <source>bnldesk</source>
        <translation>bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/shortcuts.py" line="109"/>
        <location filename="../../bnldesk/ui/browse/shortcuts.py" line="124"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="981"/>
        <source>About bnldesk</source>
        <translation>À propos de bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="982"/>
        <source>bnldesk %1: the Benelux delegations&apos; desktop for plans, notes and briefs.</source>
        <translation>bnldesk %1&#xa0;: le poste de travail des délégations Benelux pour les plans, notes et briefings.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="986"/>
        <source>Works offline; your notes stay on this computer.</source>
        <translation>Fonctionne hors ligne&#xa0;; vos notes restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="998"/>
        <source>Importing is not available in this version.</source>
        <translation>L&apos;importation n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="1004"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="585"/>
        <source>Import document</source>
        <translation>Importer un document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="227"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="509"/>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation type="vanished">%1 importé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 does not look like the plan already in bnldesk: importing it would remove most of that plan&apos;s sections. Your notes are kept either way, and a backup was made.

Replace the plan with this document?</source>
        <translation type="vanished">%1 ne ressemble pas au plan déjà présent dans bnldesk&#xa0;: l&apos;importer supprimerait la plupart des sections de ce plan. Vos notes sont conservées dans tous les cas et une sauvegarde a été faite.

Remplacer le plan par ce document&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1013"/>
        <source>%1 could not be imported:
%2</source>
        <translation>%1 n&apos;a pas pu être importé&#xa0;:
%2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/navigator_model.py" line="279"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/models.py" line="84"/>
        <source>(empty note)</source>
        <translation>(note vide)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/models.py" line="94"/>
        <source>open actions: %1</source>
        <translation>actions ouvertes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="920"/>
        <location filename="../../bnldesk/ui/notes/models.py" line="95"/>
        <location filename="../../bnldesk/ui/unsaved.py" line="475"/>
        <location filename="../../bnldesk/ui/unsaved.py" line="524"/>
        <location filename="../../bnldesk/ui/unsaved.py" line="531"/>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/models.py" line="268"/>
        <source>An action item needs a text</source>
        <translation>Un point d&apos;action doit avoir un texte</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="vanished">Qui</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/models.py" line="185"/>
        <source>Double-click a cell or press F2 to change it; dates as %1</source>
        <translation>Double-cliquez sur une cellule ou appuyez sur F2 pour la modifier&#xa0;; dates comme %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="45"/>
        <source>New action item</source>
        <translation>Nouveau point d&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="67"/>
        <source>The whole meeting</source>
        <translation>Toute la réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="73"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="143"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="143"/>
        <location filename="../../bnldesk/ui/notes/models.py" line="182"/>
        <location filename="../../bnldesk/services/error_words.py" line="102"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="74"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="144"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="141"/>
        <location filename="../../bnldesk/ui/notes/models.py" line="182"/>
        <location filename="../../bnldesk/services/error_words.py" line="103"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="95"/>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qui doit être fait.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="293"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="748"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1202"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1234"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1383"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="69"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="207"/>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="305"/>
        <source>defaults to the workgroup&apos;s name</source>
        <translation>par défaut le nom du groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="307"/>
        <source>workgroup code, e.g. SENN-CRISE</source>
        <translation>code du groupe de travail, p. ex. SENN-CRISE</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="338"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="522"/>
        <location filename="../../bnldesk/services/error_words.py" line="101"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="343"/>
        <source>until</source>
        <translation>jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="345"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="57"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="131"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="349"/>
        <location filename="../../bnldesk/services/error_words.py" line="107"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="350"/>
        <location filename="../../bnldesk/services/error_words.py" line="108"/>
        <source>Video link</source>
        <translation>Lien vidéo</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="340"/>
        <location filename="../../bnldesk/services/error_words.py" line="109"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="351"/>
        <location filename="../../bnldesk/services/error_words.py" line="105"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="352"/>
        <location filename="../../bnldesk/services/error_words.py" line="106"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="372"/>
        <source>Save meeting</source>
        <translation>Enregistrer la réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="374"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="94"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="203"/>
        <source>Brief (PDF)...</source>
        <translation>Briefing (PDF)...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="375"/>
        <source>A meeting brief with the agenda and positions (Ctrl+P)</source>
        <translation>Un briefing de réunion avec l’ordre du jour et les positions (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="377"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="204"/>
        <source>Add to calendar (.ics)...</source>
        <translation>Ajouter au calendrier (.ics)...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="379"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1624"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1643"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="205"/>
        <source>Debrief into notes</source>
        <translation>Reporter le compte rendu dans les notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="381"/>
        <source>Write each point&apos;s outcome and the new actions as notes on the plan objects</source>
        <translation>Écrire le résultat de chaque point et les nouvelles actions comme notes sur les objets du plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="75"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="126"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="517"/>
        <location filename="../../bnldesk/ui/unsaved.py" line="514"/>
        <source>Agenda point</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="128"/>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="130"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="531"/>
        <location filename="../../bnldesk/services/error_words.py" line="111"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>new point: type a project, section or workgroup and pick it, or free text</source>
        <translation type="vanished">nouveau point&#xa0;: tapez un projet, une section ou un groupe de travail et choisissez-le, ou du texte libre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="773"/>
        <source>This meeting is no longer in the database.</source>
        <translation>Cette réunion ne figure plus dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="918"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="936"/>
        <source>Meeting with %n agenda point(s)</source>
        <translation>
            <numerusform>Réunion avec %n point à l&apos;ordre du jour</numerusform>
            <numerusform>Réunion avec %n points à l&apos;ordre du jour</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1066"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1199"/>
        <source>The database did not answer in time</source>
        <translation>La base de données n’a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1075"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1146"/>
        <source>The meeting ends before it starts: it starts %1.</source>
        <translation>La réunion finit avant de commencer&#xa0;: elle commence le %1.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1523"/>
        <source>Removed point %1 &quot;%2&quot;.</source>
        <translation>Point %1 «&#xa0;%2&#xa0;» retiré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1528"/>
        <source>Its %n action item(s) stay with the meeting.</source>
        <translation>
            <numerusform>Son point d&apos;action reste attaché à la réunion.</numerusform>
            <numerusform>Ses %n points d&apos;action restent attachés à la réunion.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1577"/>
        <source>Deleted the meeting &quot;%1&quot;.</source>
        <translation>Réunion «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1588"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="208"/>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1652"/>
        <source>The notes will say what the meeting decided, which is not known before it.</source>
        <translation>Les notes diront ce que la réunion a décidé, ce que personne ne sait encore.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1756"/>
        <source>Debrief: %1.</source>
        <translation>Compte rendu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1773"/>
        <source>No outcome recorded, so nothing written for: %1.</source>
        <translation>Aucun résultat noté, donc rien d&apos;écrit pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>On %1: point(s) %2.</source>
        <translation type="vanished">Sur %1&#xa0;: point(s) %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1760"/>
        <source>On %1: the action items of no point.</source>
        <translation>Sur %1&#xa0;: les points d&apos;action sans point de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1762"/>
        <source>On %1: point %2.</source>
        <translation>Sur %1&#xa0;: point %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1764"/>
        <source>On %1: points %2.</source>
        <translation>Sur %1&#xa0;: points %2.</translation>
    </message>
    <message>
        <source>Not written, nothing recorded on: %1.</source>
        <translation type="vanished">Non écrit, rien de noté pour&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1779"/>
        <source>Not written, the meeting has no workgroup to carry: %1.</source>
        <translation>Non écrit, la réunion n&apos;a pas de groupe de travail pour les recevoir&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1786"/>
        <source>%n action item(s) not attached: the meeting has no workgroup.</source>
        <translation>
            <numerusform>%n point d&apos;action non rattaché&#xa0;: la réunion n&apos;a pas de groupe de travail.</numerusform>
            <numerusform>%n points d&apos;action non rattachés&#xa0;: la réunion n&apos;a pas de groupe de travail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation type="vanished">Compte rendu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1751"/>
        <source>%n note(s) written</source>
        <translation>
            <numerusform>%n note écrite</numerusform>
            <numerusform>%n notes écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1752"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1753"/>
        <source>%n action item(s) attached</source>
        <translation>
            <numerusform>%n point d&apos;action rattaché</numerusform>
            <numerusform>%n points d&apos;action rattachés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1679"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="141"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="423"/>
        <source>New point: a project, section, workgroup or text</source>
        <translation>Nouveau point&#xa0;: projet, thème, groupe ou texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="425"/>
        <source>Type a project, section or workgroup and pick it from the list, or free text</source>
        <translation>Tapez un projet, un thème ou un groupe de travail et choisissez-le dans la liste, ou du texte libre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="548"/>
        <source>All points</source>
        <translation>Tous les points</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="550"/>
        <source>Show the action items of every point and of the meeting</source>
        <translation>Afficher les points d’action de tous les points et de la réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="578"/>
        <source>Action items of point %1</source>
        <translation>Points d’action du point %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1705"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1706"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1707"/>
        <source>Remove point</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>new point: a workgroup code, section number (2.1.1), item:12, or free text</source>
        <translation type="vanished">nouveau point&#xa0;: un code de groupe, un numéro de section (2.1.1), item:12 ou du texte libre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="440"/>
        <source>Add point</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="442"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="443"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="444"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="499"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="499"/>
        <source>the delegation&apos;s position on this point</source>
        <translation>la position de la délégation sur ce point</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="501"/>
        <source>preparation notes</source>
        <translation>notes de préparation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="503"/>
        <source>after the meeting: what was decided</source>
        <translation>après la réunion&#xa0;: ce qui a été décidé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="511"/>
        <source>Save point</source>
        <translation>Enregistrer le point</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="514"/>
        <source>Also saved when you choose another point or close the window</source>
        <translation>Aussi enregistré quand vous choisissez un autre point ou fermez la fenêtre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="523"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="528"/>
        <source>From the notes</source>
        <translation>Dans les notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="543"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1713"/>
        <source>New action item...</source>
        <translation>Nouveau point d&apos;action...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="456"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="507"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="58"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="132"/>
        <location filename="../../bnldesk/ui/unsaved.py" line="513"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1202"/>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1235"/>
        <source>The new meeting is not saved yet. Save it?</source>
        <translation>La nouvelle réunion n&apos;est pas encore enregistrée. L&apos;enregistrer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1342"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1439"/>
        <source>Add agenda point</source>
        <translation>Ajouter un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Save the meeting first, then add its agenda.</source>
        <translation type="vanished">Enregistrez d&apos;abord la réunion, puis ajoutez l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1458"/>
        <source>An agenda point needs a title.</source>
        <translation>Un point de l&apos;ordre du jour doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1502"/>
        <source>Edit agenda point</source>
        <translation>Modifier le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1515"/>
        <source>Move agenda point</source>
        <translation>Déplacer le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1537"/>
        <source>Remove agenda point</source>
        <translation>Retirer le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Debrief: %1 notes written, %2 updated, %3 actions attached</source>
        <translation type="vanished">Compte rendu&#xa0;: %1 notes écrites, %2 mises à jour, %3 actions rattachées</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1690"/>
        <source>Add to calendar</source>
        <translation>Ajouter au calendrier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1690"/>
        <source>iCalendar (*.ics)</source>
        <translation>Fichier iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Wrote %s</source>
        <translation type="vanished">%s écrit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="133"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation type="vanished">Échéance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="145"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="515"/>
        <location filename="../../bnldesk/ui/notes/models.py" line="182"/>
        <location filename="../../bnldesk/services/error_words.py" line="96"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Double-click a cell to change it; dates as YYYY-MM-DD</source>
        <translation type="vanished">Double-cliquez sur une cellule pour la modifier&#xa0;; dates au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="469"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="470"/>
        <source>Add a note to this object (Ctrl+N)</source>
        <translation>Ajouter une note à cet objet (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="471"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="472"/>
        <source>Delete the selected note; Edit &gt; Undo brings it back</source>
        <translation>Supprimer la note choisie&#xa0;; Édition &gt; Annuler la rétablit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="473"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="475"/>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="478"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="480"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="482"/>
        <source>Our p&amp;osition</source>
        <translation>Notre p&amp;osition</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="484"/>
        <source>The delegation&apos;s position on this point</source>
        <translation>La position de la délégation sur ce point</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="893"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="502"/>
        <source>&amp;Retry now</source>
        <translation>Réessa&amp;yer maintenant</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="503"/>
        <source>Try to save what is not saved yet, now</source>
        <translation>Essayer maintenant d&apos;enregistrer ce qui ne l&apos;est pas encore</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="919"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1085"/>
        <source>Not saved yet (kept on this computer)</source>
        <translation>Pas encore enregistré (conservé sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1086"/>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="485"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="518"/>
        <location filename="../../bnldesk/services/error_words.py" line="98"/>
        <source>Position state</source>
        <translation>État de la position</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="487"/>
        <source>Still to &amp;consult</source>
        <translation>Encore à &amp;consulter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="489"/>
        <source>Who must still be consulted at home</source>
        <translation>Qui doit encore être consulté en interne</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="490"/>
        <source>&amp;Visibility</source>
        <translation>&amp;Visibilité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="493"/>
        <source>Private notes stay on this computer and are never shared or exported to others</source>
        <translation>Les notes privées restent sur cet ordinateur et ne sont jamais partagées ni exportées pour d&apos;autres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="496"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="552"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="571"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="575"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="495"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="520"/>
        <source>Action items</source>
        <translation>Points d&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1566"/>
        <location filename="../../bnldesk/ui/notes/commands.py" line="159"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="497"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="498"/>
        <source>Add action item</source>
        <translation>Ajouter un point d&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="500"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="501"/>
        <source>Remove action item</source>
        <translation>Retirer le point d&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="505"/>
        <source>Write your note; it is saved as you type</source>
        <translation>Rédigez votre note&#xa0;; elle est enregistrée au fil de la frappe</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="512"/>
        <location filename="../../bnldesk/services/error_words.py" line="93"/>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="513"/>
        <location filename="../../bnldesk/services/error_words.py" line="94"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="514"/>
        <location filename="../../bnldesk/services/error_words.py" line="95"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="171"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="516"/>
        <location filename="../../bnldesk/services/error_words.py" line="100"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="129"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="517"/>
        <location filename="../../bnldesk/services/error_words.py" line="97"/>
        <source>Our position</source>
        <translation>Notre position</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="519"/>
        <location filename="../../bnldesk/services/error_words.py" line="99"/>
        <source>Still to consult</source>
        <translation>Encore à consulter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="521"/>
        <source>Notes on this object</source>
        <translation>Notes sur cet objet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="549"/>
        <source>Select an object to read and write its notes.</source>
        <translation>Choisissez un objet pour lire et rédiger ses notes.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="556"/>
        <source>No notes on this object yet.</source>
        <translation>Pas encore de note sur cet objet.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="556"/>
        <source>Press Ctrl+N or New note to add one.</source>
        <translation>Appuyez sur Ctrl+N ou Nouvelle note pour en ajouter une.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="578"/>
        <source>New note: it is saved as soon as you type.</source>
        <translation>Nouvelle note&#xa0;: elle est enregistrée dès que vous tapez.</translation>
    </message>
    <message>
        <source>nothing was changed.</source>
        <translation type="vanished">rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1209"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="137"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="199"/>
        <source>Edit note text</source>
        <translation>Modifier le texte de la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="200"/>
        <source>Change tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="201"/>
        <source>Change priority</source>
        <translation>Modifier la priorité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="202"/>
        <source>Change status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="203"/>
        <source>Edit position</source>
        <translation>Modifier la position</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="204"/>
        <source>Change position state</source>
        <translation>Modifier l&apos;état de la position</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="205"/>
        <source>Edit who to consult</source>
        <translation>Modifier qui consulter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="206"/>
        <source>Change visibility</source>
        <translation>Modifier la visibilité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="214"/>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="148"/>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="176"/>
        <source>Edit action item</source>
        <translation>Modifier le point d&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="192"/>
        <source>Delete action item</source>
        <translation>Supprimer le point d&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="54"/>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="61"/>
        <source>Type a workgroup code or name, a section or a project (e.g. SENN-CRISE)</source>
        <translation>Tapez le code ou le nom d&apos;un groupe, un thème ou un projet (p. ex. SENN-CRISE)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="63"/>
        <source>Go to: search text</source>
        <translation>Aller à&#xa0;: texte recherché</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="70"/>
        <source>Matching objects</source>
        <translation>Objets correspondants</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="72"/>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="116"/>
        <source>Enter opens the selected object, Esc closes.</source>
        <translation>Entrée ouvre l&apos;objet choisi, Échap ferme.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="118"/>
        <source>Nothing matches. Try fewer or shorter words.</source>
        <translation>Aucune correspondance. Essayez des mots moins nombreux ou plus courts.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="40"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="56"/>
        <source>e.g. NRW</source>
        <translation>p. ex. NRW</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="59"/>
        <source>Your name, as shown on your notes and briefs</source>
        <translation>Votre nom, tel qu&apos;il figure sur vos notes et briefings</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="61"/>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="67"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="176"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="231"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="645"/>
        <source>Share notes</source>
        <translation>Partager des notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="178"/>
        <source>All notes, meetings and actions of the delegation</source>
        <translation>Toutes les notes, réunions et actions de la délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="179"/>
        <source>Changed since</source>
        <translation>Modifiées depuis</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="180"/>
        <source>Only the workgroup</source>
        <translation>Uniquement le groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="200"/>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="71"/>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="202"/>
        <source>Private notes never leave this laptop.</source>
        <translation>Les notes privées ne quittent jamais cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="311"/>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="98"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="218"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="231"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="659"/>
        <source>bnldesk notes (*.bnlnotes)</source>
        <translation>Notes bnldesk (*.bnlnotes)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="275"/>
        <source>%n private note(s) left out: private notes never leave this laptop.</source>
        <translation>
            <numerusform>%n note privée laissée de côté&#xa0;: les notes privées ne quittent jamais cet ordinateur.</numerusform>
            <numerusform>%n notes privées laissées de côté&#xa0;: les notes privées ne quittent jamais cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="294"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="658"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="682"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="685"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="687"/>
        <source>Receive notes</source>
        <translation>Recevoir des notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="299"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="308"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="316"/>
        <source>A backup is made first. Conflicting changes keep both versions.</source>
        <translation>Une sauvegarde est faite d&apos;abord. En cas de modifications contradictoires, les deux versions sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="vanished">&amp;Réunions</translation>
    </message>
    <message>
        <source>&amp;Meetings...</source>
        <translation type="vanished">&amp;Réunions...</translation>
    </message>
    <message>
        <source>&amp;New meeting...</source>
        <translation type="vanished">&amp;Nouvelle réunion...</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts...</source>
        <translation type="vanished">Résoudre les &amp;conflits...</translation>
    </message>
    <message>
        <source>&amp;Pair laptops...</source>
        <translation type="vanished">&amp;Associer des portables...</translation>
    </message>
    <message>
        <source>S&amp;hare notes...</source>
        <translation type="vanished">Par&amp;tager des notes...</translation>
    </message>
    <message>
        <source>&amp;Receive notes...</source>
        <translation type="vanished">Rece&amp;voir des notes...</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation type="vanished">&amp;Sauvegardes...</translation>
    </message>
    <message>
        <source>Pair &amp;laptops...</source>
        <translation type="vanished">&amp;Associer des portables...</translation>
    </message>
    <message>
        <source>Bac&amp;kups...</source>
        <translation type="vanished">&amp;Sauvegardes...</translation>
    </message>
    <message>
        <source>Check &amp;database</source>
        <translation type="vanished">Vérifier la base de &amp;données</translation>
    </message>
    <message>
        <source>Meetings with their agenda, positions and outcomes</source>
        <translation type="vanished">Les réunions avec leur ordre du jour, positions et résultats</translation>
    </message>
    <message>
        <source>Plan a meeting of a workgroup and its agenda</source>
        <translation type="vanished">Planifier une réunion d&apos;un groupe de travail et son ordre du jour</translation>
    </message>
    <message>
        <source>Notes changed on two laptops: choose what to keep</source>
        <translation type="vanished">Notes modifiées sur deux portables&#xa0;: choisissez ce que vous gardez</translation>
    </message>
    <message>
        <source>Accept notes from another laptop of the delegation</source>
        <translation type="vanished">Accepter les notes d&apos;un autre portable de la délégation</translation>
    </message>
    <message>
        <source>Write the delegation&apos;s notes to a file for another laptop</source>
        <translation type="vanished">Écrire les notes de la délégation dans un fichier pour un autre portable</translation>
    </message>
    <message>
        <source>Merge notes shared from another laptop (preview first)</source>
        <translation type="vanished">Fusionner les notes partagées depuis un autre portable (aperçu d&apos;abord)</translation>
    </message>
    <message>
        <source>List the automatic backups and restore one</source>
        <translation type="vanished">Afficher les sauvegardes automatiques et en restaurer une</translation>
    </message>
    <message>
        <source>Check the database file for damage</source>
        <translation type="vanished">Vérifier que le fichier de la base de données n&apos;est pas endommagé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="425"/>
        <source>Start page</source>
        <translation>Page d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="475"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="604"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="258"/>
        <source>Wrote %1: %2.</source>
        <translation>%1 écrit&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="265"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="266"/>
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n point d&apos;action</numerusform>
            <numerusform>%n points d&apos;action</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2 notes, %3 meetings, %4 actions.</source>
        <translation type="vanished">%1 écrit&#xa0;: %2 notes, %3 réunions, %4 actions.</translation>
    </message>
    <message>
        <source>Restored. The previous file is kept at %s</source>
        <translation type="vanished">Restauré. L&apos;ancien fichier est conservé dans %s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="740"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="745"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="748"/>
        <source>Check database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="68"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="69"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="82"/>
        <source>No marking</source>
        <translation>Aucune mention</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="83"/>
        <source>Show the start page when bnldesk starts</source>
        <translation>Afficher la page d&apos;accueil au démarrage de bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="104"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="105"/>
        <source>&amp;Author name:</source>
        <translation>Nom de l&apos;&amp;auteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="106"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="107"/>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;pparence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="108"/>
        <source>Default &amp;export folder:</source>
        <translation>Dossier d&apos;&amp;exportation par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="109"/>
        <source>&amp;Marking on exports:</source>
        <translation>&amp;Mention sur les exportations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="111"/>
        <source>Name of the other party</source>
        <translation>Nom de l&apos;autre partie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="112"/>
        <source>Choose the export folder</source>
        <translation>Choisir le dossier d&apos;exportation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="150"/>
        <source>Not chosen yet</source>
        <translation>Pas encore choisie</translation>
    </message>
    <message>
        <source>The marking is printed on every brief and list you export, for example &quot;Beperkte verspreiding&quot;. A new language applies at once.</source>
        <translation type="vanished">La mention est imprimée sur chaque briefing et liste exportés, par exemple « Diffusion restreinte ». Une nouvelle langue s&apos;applique immédiatement.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="140"/>
        <source>Default export folder</source>
        <translation>Dossier d&apos;exportation par défaut</translation>
    </message>
    <message>
        <source>before updating the database</source>
        <translation type="vanished">avant la mise à jour de la base</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="68"/>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="72"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="73"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="127"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="251"/>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="170"/>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="186"/>
        <source>Restore selected backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="313"/>
        <source>bnldesk databases (*.db);;All files (*)</source>
        <translation>Bases de données bnldesk (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="316"/>
        <source>Create a new database</source>
        <translation>Créer une nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="320"/>
        <source>Open another database</source>
        <translation>Ouvrir une autre base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="348"/>
        <source>%1 is read-only on disk: you can read it but not save changes.</source>
        <translation>%1 est en lecture seule sur le disque&#xa0;: vous pouvez le consulter mais pas enregistrer de modifications.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="352"/>
        <source>%1 is already open in another bnldesk window: this window is read-only, changes are made in the other one.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre bnldesk&#xa0;: cette fenêtre est en lecture seule, les modifications se font dans l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="105"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="191"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="356"/>
        <source>%s is open read-only: you can read but not save changes.</source>
        <translation>%s est ouvert en lecture seule&#xa0;: vous pouvez lire, mais pas enregistrer de modifications.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="720"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="375"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="421"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="432"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="447"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="512"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="519"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="380"/>
        <source>bnldesk backs up the database every 30 minutes of use when something changed, and before every import, update, restore and merge of notes. Older backups are thinned out: recent ones, then one per day, week and month.</source>
        <translation>bnldesk sauvegarde la base toutes les 30 minutes d&apos;utilisation si quelque chose a changé, et avant chaque importation, mise à jour, restauration et fusion de notes. Les anciennes sauvegardes sont espacées&#xa0;: les récentes, puis une par jour, par semaine et par mois.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="387"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="392"/>
        <source>Restore...</source>
        <translation>Restaurer...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="484"/>
        <source>bnldesk met an internal error; nothing was changed. The details are in the log: please report it.</source>
        <translation>bnldesk a rencontré une erreur interne&#xa0;; rien n&apos;a été modifié. Les détails sont dans le journal&#xa0;: merci de la signaler.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="506"/>
        <source>The replaced database is kept at %s.</source>
        <translation>La base de données remplacée est conservée dans %s.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="529"/>
        <source>The database is in good order: its structure, the links between its records and the search index were checked.</source>
        <translation>La base de données est en bon état&#xa0;: sa structure, les liens entre ses enregistrements et l&apos;index de recherche ont été vérifiés.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="534"/>
        <source>The database is damaged. Your notes may be incomplete: open File &gt; Backups... and restore the newest backup, or ask for help with the details below.</source>
        <translation>La base de données est endommagée. Vos notes peuvent être incomplètes&#xa0;: ouvrez Fichier &gt; Sauvegardes... et restaurez la sauvegarde la plus récente, ou demandez de l&apos;aide avec les détails ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="92"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="92"/>
        <source>not deleted</source>
        <translation>non supprimé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="218"/>
        <source>No conflicts on this laptop. Other laptops learn how conflicts were resolved here when you share your notes with them.</source>
        <translation>Aucun conflit sur cet ordinateur. Les autres ordinateurs apprennent comment les conflits ont été résolus ici quand vous partagez vos notes avec eux.</translation>
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
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="242"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="244"/>
        <source>Noticed</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>This record was changed on this laptop and on another one since they last exchanged notes. Both versions are kept. Tick the fields where the other version is right, then resolve.</source>
        <translation type="vanished">Cet enregistrement a été modifié sur cet ordinateur et sur un autre depuis leur dernier échange de notes. Les deux versions sont conservées. Cochez les champs où l&apos;autre version est juste, puis résolvez.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="287"/>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>No conflicts: every laptop agrees.</source>
        <translation type="vanished">Aucun conflit&#xa0;: tous les ordinateurs concordent.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="51"/>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="60"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="128"/>
        <source>Folder not made</source>
        <translation>Dossier non créé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="130"/>
        <source>The folder %1 could not be made: %2.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="142"/>
        <source>Make folder</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="143"/>
        <source>The folder %1 does not exist. Make it?</source>
        <translation>Le dossier %1 n&apos;existe pas. Le créer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="156"/>
        <source>Replace file</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="157"/>
        <source>%1 already exists in %2. Replace it?</source>
        <translation>%1 existe déjà dans %2. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="129"/>
        <source>Proposed: %1, the plan of the meeting&apos;s year.</source>
        <translation>Proposé&#xa0;: %1, le plan de l&apos;année de la réunion.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="131"/>
        <source>Proposed: %1, the latest plan that lists %2 (no plan of %3 does).</source>
        <translation>Proposé&#xa0;: %1, le dernier plan qui mentionne %2 (aucun plan %3 ne le fait).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="133"/>
        <source>Proposed: %1, the latest plan that lists %2.</source>
        <translation>Proposé&#xa0;: %1, le dernier plan qui mentionne %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="134"/>
        <source>The plan the section is in.</source>
        <translation>Le plan qui contient le thème.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="135"/>
        <source>No plan lists %2 yet: the brief has no place in the plan.</source>
        <translation>Aucun plan ne mentionne encore %2&#xa0;: le briefing n&apos;a pas de place dans le plan.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="140"/>
        <source>Agenda points stay in their own plans: %1.</source>
        <translation>Les points de l&apos;ordre du jour restent dans leur propre plan&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="185"/>
        <source>Export brief (PDF)</source>
        <translation>Exporter un briefing (PDF)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="226"/>
        <source>The annual plan the brief describes</source>
        <translation>Le plan annuel que décrit le briefing</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="229"/>
        <source>No meeting (no agenda)</source>
        <translation>Pas de réunion (pas d&apos;ordre du jour)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="240"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="243"/>
        <source>Agenda of</source>
        <translation>Ordre du jour de</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="281"/>
        <source>Parts of the brief</source>
        <translation>Parties du briefing</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="294"/>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="187"/>
        <source>Include notes marked private</source>
        <translation>Inclure les notes privées</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="308"/>
        <source>e.g. LIMITED DISTRIBUTION</source>
        <translation>p. ex. DIFFUSION RESTREINTE</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="309"/>
        <source>Marking</source>
        <translation>Mention</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="392"/>
        <source>the plan of the selected object</source>
        <translation>le plan de l&apos;objet choisi</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="401"/>
        <source>This meeting</source>
        <translation>Cette réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="412"/>
        <source>Proposed: the next meeting of %1, with its agenda. Choose &quot;No meeting&quot; for a brief without an agenda.</source>
        <translation>Proposé&#xa0;: la prochaine réunion de %1, avec son ordre du jour. Choisissez «&#xa0;Pas de réunion&#xa0;» pour un briefing sans ordre du jour.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="417"/>
        <source>%n coming meeting(s) of this workgroup to choose from.</source>
        <translation>
            <numerusform>%n réunion à venir de ce groupe au choix.</numerusform>
            <numerusform>%n réunions à venir de ce groupe au choix.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="422"/>
        <source>No coming meeting of %1 is planned.</source>
        <translation>Aucune réunion de %1 n&apos;est prévue.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="482"/>
        <source>Your private notes are included.</source>
        <translation>Vos notes privées sont incluses.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="491"/>
        <source>%n private note(s)</source>
        <translation>
            <numerusform>%n note privée</numerusform>
            <numerusform>%n notes privées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="492"/>
        <source>%n private action item(s)</source>
        <translation>
            <numerusform>%n point d&apos;action privé</numerusform>
            <numerusform>%n points d&apos;action privés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="497"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="503"/>
        <source>Left out: %1. Private notes stay on this computer unless you tick the box above.</source>
        <translation>Omis&#xa0;: %1. Les notes privées restent sur cet ordinateur, sauf si vous cochez la case ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="516"/>
        <source>%n private note(s) left out</source>
        <translation>
            <numerusform>%n note privée omise</numerusform>
            <numerusform>%n notes privées omises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="518"/>
        <source>%n private action item(s) left out</source>
        <translation>
            <numerusform>%n point d&apos;action privé omis</numerusform>
            <numerusform>%n points d&apos;action privés omis</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation type="vanished">Mention&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="1010"/>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="310"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="vanished">Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="320"/>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="201"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="80"/>
        <source>Export Excel workbook</source>
        <translation>Exporter un classeur Excel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="125"/>
        <source>none (everything)</source>
        <translation>aucun (tout)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="133"/>
        <source>Filters of the current view: %1</source>
        <translation>Filtres de la vue actuelle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="147"/>
        <source>Include this sheet</source>
        <translation>Inclure cette feuille</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="158"/>
        <source>Keep the id column to edit the notes in Excel and read them back with File &gt; Import notes from Excel.</source>
        <translation>Gardez la colonne id pour modifier les notes dans Excel et les relire avec Fichier &gt; Importer des notes depuis Excel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="238"/>
        <source>%n private note(s) are left out (they stay on this computer).</source>
        <translation>
            <numerusform>%n note privée est omise (elle reste sur cet ordinateur).</numerusform>
            <numerusform>%n notes privées sont omises (elles restent sur cet ordinateur).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="252"/>
        <source>Only the %1 plan: other years are left out.</source>
        <translation>Seulement le plan %1&#xa0;: les autres années sont omises.</translation>
    </message>
    <message>
        <source>Keep the id column to edit the notes in Excel and read them back with &apos;bnldesk import-annotations&apos;.</source>
        <translation type="vanished">Gardez la colonne id pour modifier les notes dans Excel et les relire avec « bnldesk import-annotations ».</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="268"/>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="96"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="53"/>
        <location filename="../../bnldesk/ui/exports/running.py" line="71"/>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="55"/>
        <source>The file is here:</source>
        <translation>Le fichier se trouve ici&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="57"/>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="72"/>
        <location filename="../../bnldesk/ui/exports/running.py" line="177"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="74"/>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="75"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="83"/>
        <source>No program to open this file was found on this computer.</source>
        <translation>Aucun programme pour ouvrir ce fichier n&apos;a été trouvé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="89"/>
        <source>The folder could not be shown: no file manager answered.</source>
        <translation>Le dossier n&apos;a pas pu être affiché&#xa0;: aucun gestionnaire de fichiers n&apos;a répondu.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="102"/>
        <source>Writing %1...</source>
        <translation>Écriture de %1...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="102"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="431"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="510"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="105"/>
        <source>Exporting</source>
        <translation>Exportation en cours</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="158"/>
        <source>Export cancelled: nothing was saved.</source>
        <translation>Export annulé&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="vanished">%1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="88"/>
        <source>Select a workgroup, a section, a project or a meeting first.</source>
        <translation>Choisissez d&apos;abord un groupe de travail, un thème, un projet ou une réunion.</translation>
    </message>
    <message>
        <source>%1 page(s), %2 note(s)</source>
        <translation type="vanished">%1 page(s), %2 note(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="130"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="130"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="158"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="264"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="235"/>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="267"/>
        <source>Import notes from Excel</source>
        <translation>Importer des notes depuis Excel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="238"/>
        <source>These changes will be made. Nothing else in the database is touched.</source>
        <translation>Ces modifications seront apportées. Rien d&apos;autre n&apos;est touché dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="240"/>
        <source>The sheet changes nothing.</source>
        <translation>La feuille ne modifie rien.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="285"/>
        <source>Import notes from %1</source>
        <translation>Importer les notes de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="320"/>
        <source>%n note(s) changed since were left as they are.</source>
        <translation>
            <numerusform>%n note modifiée depuis est restée telle quelle.</numerusform>
            <numerusform>%n notes modifiées depuis sont restées telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="336"/>
        <source>%n row(s) not applied because of a conflict (importing the sheet again shows them)</source>
        <translation>
            <numerusform>%n ligne non appliquée à cause d&apos;un conflit (importez la feuille à nouveau pour la voir)</numerusform>
            <numerusform>%n lignes non appliquées à cause d&apos;un conflit (importez la feuille à nouveau pour les voir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="329"/>
        <source>%n note(s) updated</source>
        <translation>
            <numerusform>%n note mise à jour</numerusform>
            <numerusform>%n notes mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="331"/>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="184"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="332"/>
        <source>(Edit &gt; Undo takes the import back)</source>
        <translation>(Édition &gt; Annuler revient sur l&apos;importation)</translation>
    </message>
    <message>
        <source>%1 note(s) updated, %2 new</source>
        <translation type="vanished">%1 note(s) mise(s) à jour, %2 nouvelle(s)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="227"/>
        <source>New meeting...</source>
        <translation>Nouvelle réunion...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="134"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="144"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="243"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="163"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="119"/>
        <source>Reading...</source>
        <translation>Lecture en cours...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="166"/>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="167"/>
        <location filename="../../bnldesk/ui/unsaved.py" line="509"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="288"/>
        <source>Upcoming meetings</source>
        <translation>Réunions à venir</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="288"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="310"/>
        <source>No meetings planned.</source>
        <translation>Aucune réunion prévue.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="290"/>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="290"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="312"/>
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="294"/>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="294"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="320"/>
        <source>No open actions.</source>
        <translation>Aucune action ouverte.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="295"/>
        <source>Recently changed notes</source>
        <translation>Notes modifiées récemment</translation>
    </message>
    <message>
        <source>No notes changed lately.</source>
        <translation type="vanished">Aucune note modifiée récemment.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="212"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="305"/>
        <source>Today, %s</source>
        <translation>Aujourd&apos;hui, %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="316"/>
        <source>The %n longest overdue are listed.</source>
        <translation>
            <numerusform>%n action, la plus en retard, est affichée.</numerusform>
            <numerusform>Les %n actions les plus en retard sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="320"/>
        <source>No other open actions.</source>
        <translation>Aucune autre action ouverte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="325"/>
        <source>The %n due first are listed.</source>
        <translation>
            <numerusform>%n action, à l&apos;échéance la plus proche, est affichée.</numerusform>
            <numerusform>Les %n actions à l&apos;échéance la plus proche sont affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="328"/>
        <source>No notes changed in the last %n day(s).</source>
        <translation>
            <numerusform>Aucune note modifiée depuis %n jour.</numerusform>
            <numerusform>Aucune note modifiée ces %n derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="334"/>
        <source>%n note(s) were changed on two laptops: resolve the conflicts...</source>
        <translation>
            <numerusform>%n note a été modifiée sur deux ordinateurs&#xa0;: résolvez le conflit...</numerusform>
            <numerusform>%n notes ont été modifiées sur deux ordinateurs&#xa0;: résolvez les conflits...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="62"/>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="64"/>
        <source>Another program is using the database</source>
        <translation>Un autre programme utilise la base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="66"/>
        <source>The database cannot be written</source>
        <translation>La base de données ne peut pas être modifiée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="68"/>
        <source>This database belongs to a newer bnldesk</source>
        <translation>Cette base de données appartient à un bnldesk plus récent</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="70"/>
        <source>This file is not a bnldesk database</source>
        <translation>Ce fichier n&apos;est pas une base de données bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="72"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="170"/>
        <source>The database file is lost</source>
        <translation>Le fichier de la base de données est perdu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="73"/>
        <source>bnldesk cannot open its database</source>
        <translation>bnldesk ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="96"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="98"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="100"/>
        <source>Restore a backup...</source>
        <translation>Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="102"/>
        <source>Open another database...</source>
        <translation>Ouvrir une autre base de données...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="104"/>
        <source>Create a new database...</source>
        <translation>Créer une nouvelle base de données...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="52"/>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="139"/>
        <source>Pair laptops</source>
        <translation>Associer des portables</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="57"/>
        <source>Notes are only received from paired laptops. Give this laptop&apos;s code to the other laptop, and enter its code here with a name. Private notes never leave this laptop.</source>
        <translation>Les notes ne sont reçues que de portables associés. Donnez le code de ce portable à l&apos;autre portable et saisissez ici le code de celui-ci, avec un nom. Les notes privées ne quittent jamais ce portable.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="78"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="90"/>
        <source>for example: Anna&apos;s laptop</source>
        <translation>par exemple&#xa0;: portable d&apos;Anna</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="92"/>
        <source>Pair</source>
        <translation>Associer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="96"/>
        <source>This laptop&apos;s code</source>
        <translation>Code de ce portable</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="97"/>
        <source>Other laptop&apos;s code</source>
        <translation>Code de l&apos;autre portable</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="98"/>
        <source>Its name</source>
        <translation>Son nom</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="106"/>
        <source>Paired laptop</source>
        <translation>Portable associé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="107"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="116"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/context_menus.py" line="55"/>
        <source>Expand all below</source>
        <translation>Tout déplier en dessous</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/context_menus.py" line="57"/>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/dates.py" line="107"/>
        <source>%1: %2 is a %3</source>
        <translation>%1&#xa0;: le %2 est un %3</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/dates.py" line="111"/>
        <source>%1 is not a date (for example %2, 15 december, tomorrow, next tuesday or in 3 days)</source>
        <translation>%1 n&apos;est pas une date (par exemple %2, 15 décembre, demain, mardi prochain ou dans 3 jours)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/dates.py" line="124"/>
        <source>%1 is not a time of day (for example 09:30)</source>
        <translation>%1 n&apos;est pas une heure (par exemple 09:30)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="47"/>
        <source>contents entry before any theme</source>
        <translation>entrée de la table des matières avant le premier thème</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="48"/>
        <source>in the table of contents but not in the text</source>
        <translation>dans la table des matières mais pas dans le texte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="50"/>
        <source>%n theme(s) recognised by their capitals only (no table of contents or numbers to check them against)</source>
        <translation>
            <numerusform>%n thème reconnu à ses seules majuscules (ni table des matières ni numéros pour le vérifier)</numerusform>
            <numerusform>%n thèmes reconnus à leurs seules majuscules (ni table des matières ni numéros pour les vérifier)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="56"/>
        <source>%n theme(s) recognised by their capitals only (no table of contents or numbers to check them against); too few for a programme</source>
        <translation>
            <numerusform>%n thème reconnu à ses seules majuscules (ni table des matières ni numéros pour le vérifier)&#xa0;; trop peu pour un programme</numerusform>
            <numerusform>%n thèmes reconnus à leurs seules majuscules (ni table des matières ni numéros pour les vérifier)&#xa0;; trop peu pour un programme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="61"/>
        <source>no sections found under the chapters</source>
        <translation>aucun thème trouvé sous les chapitres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="62"/>
        <source>no items or workgroups found in any section</source>
        <translation>aucun projet ni groupe de travail trouvé dans les thèmes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="64"/>
        <source>%n of %1 section(s) have no items</source>
        <translation>
            <numerusform>%n des %1 thèmes n&apos;a aucun projet</numerusform>
            <numerusform>%n des %1 thèmes n&apos;ont aucun projet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="68"/>
        <source>the file name says %1 but the plan is read as %2: check the year</source>
        <translation>le nom du fichier indique %1, mais le plan est lu comme %2&#xa0;: vérifiez l&apos;année</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="73"/>
        <source>%1 follows the plan in the same file; it is imported as a separate programme</source>
        <translation>%1 suit le plan dans le même fichier&#xa0;; il est importé comme programme distinct</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="77"/>
        <source>a second document follows the plan in the same file; it was not imported</source>
        <translation>un second document suit le plan dans le même fichier&#xa0;; il n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="80"/>
        <source>section %1 has no heading in the text; taken to start here</source>
        <translation>le thème %1 n&apos;a pas de titre dans le texte&#xa0;; on le fait commencer ici</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="83"/>
        <source>items of chapter %1 before any section were placed in %2</source>
        <translation>les projets du chapitre %1 placés avant le premier thème ont été rangés dans %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="88"/>
        <source>a flagship mark at the end of the text marks nothing</source>
        <translation>une marque de projet phare à la fin du texte ne marque rien</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="91"/>
        <source>section %1 is in the table of contents but not in the text</source>
        <translation>le thème %1 est dans la table des matières mais pas dans le texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="94"/>
        <source>%1 is in the table of contents but not in the text</source>
        <translation>%1 est dans la table des matières mais pas dans le texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="96"/>
        <source>contact line without a name</source>
        <translation>ligne de contact sans nom</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="97"/>
        <source>text before the first chapter skipped</source>
        <translation>texte avant le premier chapitre ignoré</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="99"/>
        <source>a heading numbered %1 where %2 was expected: read as text</source>
        <translation>un titre numéroté %1 là où %2 était attendu&#xa0;: lu comme texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="104"/>
        <source>a heading numbered %1 where chapter %2 was expected: read as text</source>
        <translation>un titre numéroté %1 là où le chapitre %2 était attendu&#xa0;: lu comme texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="108"/>
        <source>unrecognised workgroup line</source>
        <translation>ligne de groupe de travail non reconnue</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="133"/>
        <source>page %1, line %2</source>
        <translation>page %1, ligne %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="135"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="137"/>
        <source>whole document</source>
        <translation>tout le document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="257"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="265"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="926"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="258"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1188"/>
        <source>Annual plan</source>
        <translation>Plan annuel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="259"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1188"/>
        <source>Work programme</source>
        <translation>Programme de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="262"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="267"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="916"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="296"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="850"/>
        <source>Promote</source>
        <translation>Niveau supérieur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="297"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="853"/>
        <source>Demote</source>
        <translation>Niveau inférieur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="298"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="863"/>
        <source>Merge with previous</source>
        <translation>Fusionner avec le précédent</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="299"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="873"/>
        <source>Split</source>
        <translation>Scinder</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="300"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="324"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="891"/>
        <source>Flagship</source>
        <translation>Projet phare</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="319"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="903"/>
        <source>Item kind</source>
        <translation>Type de projet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="332"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="352"/>
        <location filename="../../bnldesk/ui/meetings/notice.py" line="34"/>
        <source>Undo</source>
        <translation>Annuler l&apos;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="337"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="352"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="360"/>
        <source>Structure found</source>
        <translation>Structure trouvée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/source_pane.py" line="123"/>
        <location filename="../../bnldesk/ui/importing/source_pane.py" line="155"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/source_pane.py" line="123"/>
        <location filename="../../bnldesk/ui/importing/source_pane.py" line="156"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/source_pane.py" line="123"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/source_pane.py" line="139"/>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="390"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="395"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="434"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="443"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="436"/>
        <source>Write this document into the database (Ctrl+Enter)</source>
        <translation>Écrire ce document dans la base (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="586"/>
        <source>%1 could not be read:
%2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;:
%2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="692"/>
        <source>It also writes %1 (%2).</source>
        <translation>Il écrit aussi %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="829"/>
        <source>%1 not imported. Close the review and throw them away?</source>
        <translation>%1 non importée(s). Fermer la vérification et les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Edit &gt; Undo starts again after this import; File &gt; Backups... has the copy taken before it.</source>
        <translation type="vanished">Édition &gt; Annuler repart de cette importation&#xa0;; Fichier &gt; Sauvegardes... contient la copie faite avant elle.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1003"/>
        <source>Replace the plan with this document?</source>
        <translation>Remplacer le plan par ce document&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1092"/>
        <source>%1 now belongs to %2.</source>
        <translation>%1 fait maintenant partie de %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1216"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1228"/>
        <source>“%1” on %2</source>
        <translation>«&#xa0;%1&#xa0;» sur %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1231"/>
        <source>and %1 more (Notes tab)</source>
        <translation>et %1 de plus (onglet Notes)</translation>
    </message>
    <message>
        <source>%1 chapters, %2 sections, %3 items (%4 flagships), %5 workgroups, %6 contacts</source>
        <translation type="vanished">%1 chapitres, %2 thèmes, %3 projets (%4 phares), %5 groupes de travail, %6 personnes de contact</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="942"/>
        <source>Writing to the database...</source>
        <translation>Écriture dans la base...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="980"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="516"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="828"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1002"/>
        <source>Review import</source>
        <translation>Vérifier l&apos;importation</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="vanished">néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation type="vanished">français</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="vanished">anglais</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="111"/>
        <source>language not known</source>
        <translation>langue inconnue</translation>
    </message>
    <message>
        <source>Import (Ctrl+Enter) writes %1 (%2) into the database: %3. A backup is taken first.</source>
        <translation type="vanished">Importer (Ctrl+Entrée) écrit %1 (%2) dans la base&#xa0;: %3. Une copie de sauvegarde est faite d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="697"/>
        <source>It updates “%1”, already in the database; notes stay with their objects.</source>
        <translation>Il met à jour «&#xa0;%1&#xa0;», déjà dans la base&#xa0;; les notes restent attachées à leurs objets.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="785"/>
        <source>Edit code</source>
        <translation>Modifier le code</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="785"/>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1069"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1073"/>
        <source>Imported %1 (%2).</source>
        <translation>%1 importé (%2).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1074"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1087"/>
        <source>Added: %1</source>
        <translation>Ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1075"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1089"/>
        <source>Changed: %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1077"/>
        <source>Removed: %1</source>
        <translation>Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1146"/>
        <source>Compared with %1: %2 new, %3 changed, %4 gone</source>
        <translation>Par rapport à %1&#xa0;: %2 nouveaux, %3 modifiés, %4 disparus</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1156"/>
        <source>Nothing of the %1 plan is missing</source>
        <translation>Rien du plan %1 ne manque</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/review.py" line="1158"/>
        <source>%n object(s) of the %1 plan no longer in it</source>
        <translation>
            <numerusform>%n élément du plan %1 n’y figure plus</numerusform>
            <numerusform>%n éléments du plan %1 n’y figurent plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1111"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1167"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1175"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1207"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/review.py" line="1199"/>
        <source>%n note(s) stay on objects no longer in this plan</source>
        <translation>
            <numerusform>%n note reste sur des éléments absents de ce plan</numerusform>
            <numerusform>%n notes restent sur des éléments absents de ce plan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1204"/>
        <source>“%1” stays on %2 (plan %3)</source>
        <translation>«&#xa0;%1&#xa0;» reste sur %2 (plan %3)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1218"/>
        <source>Notes carried over from %1: %2</source>
        <translation>Notes reprises de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="112"/>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="305"/>
        <source>chapter</source>
        <translation>chapitre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="112"/>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="307"/>
        <source>section</source>
        <translation>thème</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/date_fields.py" line="56"/>
        <source>Choose on a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/date_fields.py" line="63"/>
        <source>A date such as %1</source>
        <translation>Une date comme %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/date_fields.py" line="252"/>
        <source>(time)</source>
        <translation>(heure)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="137"/>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="147"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="148"/>
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="149"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n chapitre</numerusform>
            <numerusform>%n chapitres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="150"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n thème</numerusform>
            <numerusform>%n thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="152"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="153"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="154"/>
        <source>%n other item(s)</source>
        <translation>
            <numerusform>%n autre point</numerusform>
            <numerusform>%n autres points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="155"/>
        <source>%n flagship(s)</source>
        <translation>
            <numerusform>%n projet phare</numerusform>
            <numerusform>%n projets phares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="156"/>
        <source>%n workgroup(s)</source>
        <translation>
            <numerusform>%n groupe de travail</numerusform>
            <numerusform>%n groupes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="157"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n personne de contact</numerusform>
            <numerusform>%n personnes de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="159"/>
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="170"/>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="171"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="172"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="173"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="174"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="175"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="176"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="177"/>
        <source>flagship</source>
        <translation>projet phare</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="178"/>
        <source>theme line</source>
        <translation>ligne thématique</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="179"/>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="180"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="181"/>
        <source>place in the plan</source>
        <translation>place dans le plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="182"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="183"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="184"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="185"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="186"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="187"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="188"/>
        <source>contact details</source>
        <translation>coordonnées</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="189"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="190"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="191"/>
        <source>validity</source>
        <translation>validité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/notice.py" line="37"/>
        <source>Take this step back (Ctrl+Z does the same)</source>
        <translation>Annuler cette étape (Ctrl+Z fait de même)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/scope_bar.py" line="48"/>
        <source>Show all plans ×</source>
        <translation>Afficher tous les plans ×</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/scope_bar.py" line="49"/>
        <source>Clear the scope (%1)</source>
        <translation>Effacer le périmètre (%1)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/scope_bar.py" line="50"/>
        <source>Clear the scope</source>
        <translation>Effacer le périmètre</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="vanished">Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="vanished">Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="vanished">Supprimés</translation>
    </message>
    <message>
        <source>Linked again to their note, meeting or agenda point</source>
        <translation type="vanished">Rattachés de nouveau à leur note, réunion ou point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Conflicts (both versions kept)</source>
        <translation type="vanished">Conflits (les deux versions conservées)</translation>
    </message>
    <message>
        <source>Conflicts resolved</source>
        <translation type="vanished">Conflits résolus</translation>
    </message>
    <message>
        <source>Conflicts already settled on another laptop</source>
        <translation type="vanished">Conflits déjà réglés sur un autre portable</translation>
    </message>
    <message>
        <source>Left out (private on this laptop)</source>
        <translation type="vanished">Écartés (privés sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Left out (not in this database&apos;s plans)</source>
        <translation type="vanished">Écartés (absents des plans de cette base)</translation>
    </message>
    <message>
        <source>Left out (their note, meeting or agenda point is not in this database)</source>
        <translation type="vanished">Écartés (leur note, réunion ou point de l&apos;ordre du jour n&apos;est pas dans cette base)</translation>
    </message>
    <message>
        <source>meeting “%1” (%2)</source>
        <translation type="vanished">réunion « %1 » (%2)</translation>
    </message>
    <message>
        <source>meeting “%1”</source>
        <translation type="vanished">réunion « %1 »</translation>
    </message>
    <message>
        <source>agenda point “%1”</source>
        <translation type="vanished">point de l&apos;ordre du jour « %1 »</translation>
    </message>
    <message>
        <source>action “%1”</source>
        <translation type="vanished">point d&apos;action « %1 »</translation>
    </message>
    <message>
        <source>private on this laptop</source>
        <translation type="vanished">privé sur cet ordinateur</translation>
    </message>
    <message>
        <source>on a private note</source>
        <translation type="vanished">sur une note privée</translation>
    </message>
    <message>
        <source>its note is not in this database</source>
        <translation type="vanished">sa note n&apos;est pas dans cette base</translation>
    </message>
    <message>
        <source>its meeting is not in this database</source>
        <translation type="vanished">sa réunion n&apos;est pas dans cette base</translation>
    </message>
    <message>
        <source>its agenda point is not in this database</source>
        <translation type="vanished">son point de l&apos;ordre du jour n&apos;est pas dans cette base</translation>
    </message>
    <message>
        <source>Receiving would bring</source>
        <translation type="vanished">La réception apporterait</translation>
    </message>
    <message>
        <source>This laptop — %1.</source>
        <translation type="vanished">Cet ordinateur — %1.</translation>
    </message>
    <message>
        <source>The server — %1.</source>
        <translation type="vanished">Le serveur — %1.</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation type="vanished">Modifierait</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="vanished">Reçu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="40"/>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="42"/>
        <source>your user</source>
        <translation>votre utilisateur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="56"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="66"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="81"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="94"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="122"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="125"/>
        <source>Sync with server</source>
        <translation>Synchroniser avec le serveur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="87"/>
        <source>a new row needs a text</source>
        <translation>une nouvelle ligne doit avoir un texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="91"/>
        <source>a copy of another row</source>
        <translation>une copie d&apos;une autre ligne</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="125"/>
        <source>“%1” in %2 is not read back (bnldesk fills that column): ignored</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 n&apos;est pas relu (bnldesk remplit cette colonne)&#xa0;: ignoré</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="133"/>
        <source>“%1” is not a valid value for %2 (%3): left unchanged</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valable pour %2 (%3)&#xa0;: laissé inchangé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="146"/>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="155"/>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="253"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="183"/>
        <source>%n note(s) to update</source>
        <translation>
            <numerusform>%n note à mettre à jour</numerusform>
            <numerusform>%n notes à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="185"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="188"/>
        <source>%n already imported</source>
        <translation>
            <numerusform>%n déjà importée</numerusform>
            <numerusform>%n déjà importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="189"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="190"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="279"/>
        <source>This sheet was exported from another laptop&apos;s database.</source>
        <translation>Cette feuille a été exportée de la base d&apos;un autre ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="294"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/help_guide.py" line="73"/>
        <source>the server&apos;s own</source>
        <translation>celles du serveur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/help_guide.py" line="85"/>
        <source>Using bnldesk</source>
        <translation>Utiliser bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="125"/>
        <source>%1 is in use by another program (another bnldesk window?): nothing was saved; close it and try again</source>
        <translation>%1 est utilisé par un autre programme (une autre fenêtre bnldesk&#xa0;?)&#xa0;: rien n&apos;a été enregistré&#xa0;; fermez-le et réessayez</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="128"/>
        <source>%1 is damaged; restore it from a backup</source>
        <translation>%1 est endommagé&#xa0;; restaurez une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="130"/>
        <source>%1 is damaged and has no backup; keep the file as it is (do not delete it) and ask your IT support to recover it</source>
        <translation>%1 est endommagé et n&apos;a pas de sauvegarde&#xa0;; laissez le fichier tel quel (ne le supprimez pas) et demandez à votre support informatique de le récupérer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="134"/>
        <source>%1 holds no data: it looks like a copy made while bnldesk was open, without its -wal file; copy it again with bnldesk closed, or use a backup. The file was left as it is</source>
        <translation>%1 ne contient aucune donnée&#xa0;: c&apos;est sans doute une copie faite pendant que bnldesk était ouvert, sans son fichier -wal&#xa0;; copiez-le de nouveau, bnldesk fermé, ou utilisez une sauvegarde. Le fichier a été laissé tel quel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="138"/>
        <source>the folder of %1 does not exist: check the path; nothing was created</source>
        <translation>le dossier de %1 n&apos;existe pas&#xa0;: vérifiez le chemin&#xa0;; rien n&apos;a été créé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="140"/>
        <source>%1 is read-only: changes cannot be saved there</source>
        <translation>%1 est en lecture seule&#xa0;: les modifications ne peuvent pas y être enregistrées</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="142"/>
        <source>the disk is full: nothing was saved and %1 is intact; free some space and try again</source>
        <translation>le disque est plein&#xa0;: rien n&apos;a été enregistré et %1 est intact&#xa0;; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="145"/>
        <source>%1 could not be read or written (disk or network error): nothing was saved; check the disk or USB stick and try again</source>
        <translation>impossible de lire ou d&apos;écrire %1 (erreur de disque ou de réseau)&#xa0;: rien n&apos;a été enregistré&#xa0;; vérifiez le disque ou la clé USB et réessayez</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="148"/>
        <source>%1 is not a bnldesk database; it was left as it is</source>
        <translation>%1 n&apos;est pas une base de données bnldesk&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="151"/>
        <source>%1 is part of the database open in bnldesk (%2), not a file to read or write here: choose another file. Nothing was read or changed</source>
        <translation>%1 fait partie de la base de données ouverte dans bnldesk (%2), ce n&apos;est pas un fichier à lire ou à écrire ici&#xa0;: choisissez un autre fichier. Rien n&apos;a été lu ni modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="155"/>
        <source>this window no longer holds %1: another program deleted its write-ahead log while this window wrote to it. Nothing more is saved from this window; copy what you still need from it, then close it and open the file again</source>
        <translation>bnldesk ne tient plus %1&#xa0;: un autre programme a supprimé son journal d&apos;écriture anticipée (write-ahead log) pendant que cette fenêtre y écrivait. Plus rien n&apos;est enregistré depuis cette fenêtre&#xa0;; copiez-en ce dont vous avez encore besoin, puis fermez-la et rouvrez le fichier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="160"/>
        <source>this window no longer holds %1: another program replaced the file. Nothing more is saved from this window; copy what you still need from it, then close it and open the file again</source>
        <translation>bnldesk ne tient plus %1&#xa0;: un autre programme a remplacé le fichier. Plus rien n&apos;est enregistré depuis cette fenêtre&#xa0;; copiez-en ce dont vous avez encore besoin, puis fermez-la et rouvrez le fichier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="165"/>
        <source>this window no longer holds %1: the file was moved or deleted. Nothing more is saved from this window; copy what you still need from it, then close it and open the file again</source>
        <translation>bnldesk ne tient plus %1&#xa0;: le fichier a été déplacé ou supprimé. Plus rien n&apos;est enregistré depuis cette fenêtre&#xa0;; copiez-en ce dont vous avez encore besoin, puis fermez-la et rouvrez le fichier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="169"/>
        <source>%1 is empty (0 bytes): the database was lost or never written; restore a backup, or remove the file to start a new database</source>
        <translation>%1 est vide (0 octet)&#xa0;: la base de données a été perdue ou jamais écrite&#xa0;; restaurez une sauvegarde, ou supprimez le fichier pour commencer une nouvelle base</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="173"/>
        <source>%1 is missing, but backups of it exist in %2: restore one rather than start a new, empty database</source>
        <translation>%1 est introuvable, mais des sauvegardes en existent dans %2&#xa0;: restaurez-en une plutôt que de commencer une nouvelle base vide</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="177"/>
        <source>%1 was written by a newer version of bnldesk (database version %2); update bnldesk to open it. The file was not changed</source>
        <translation>%1 a été écrit par une version plus récente de bnldesk (version de la base de données %2)&#xa0;; mettez bnldesk à jour pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="180"/>
        <source>%1: cannot open the database file</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir le fichier de la base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="181"/>
        <source>%1 is open read-only: nothing can be written into it</source>
        <translation>%1 est ouvert en lecture seule&#xa0;: rien ne peut y être écrit</translation>
    </message>
    <message>
        <source>cannot reach the database server %1: nothing was saved; check the network and try again (work on this laptop&apos;s own database meanwhile)</source>
        <translation type="vanished">le serveur de base de données %1 est injoignable&#xa0;: rien n&apos;a été enregistré&#xa0;; vérifiez le réseau et réessayez (travaillez entre-temps dans la base propre à ce portable)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="190"/>
        <source>the server %1 refused the user name or password: check them (the password comes from PGPASSWORD, ~/.pgpass or the prompt)</source>
        <translation>le serveur %1 refuse le nom d&apos;utilisateur ou le mot de passe&#xa0;: vérifiez-les (le mot de passe vient de PGPASSWORD, de ~/.pgpass ou de l&apos;invite)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="194"/>
        <source>the server %1 needs a password: set PGPASSWORD, put it in ~/.pgpass, or run bnldesk in a terminal to be asked for it</source>
        <translation>le serveur %1 demande un mot de passe&#xa0;: définissez PGPASSWORD, placez-le dans ~/.pgpass, ou lancez bnldesk dans un terminal pour qu&apos;il vous soit demandé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="198"/>
        <source>the server %1 does not allow this for your user (a private note of another delegate, or a right the administrator has not granted): nothing was changed</source>
        <translation>le serveur %1 ne le permet pas à votre utilisateur (une note privée d&apos;un autre délégué, ou un droit que l&apos;administrateur n&apos;a pas accordé)&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="202"/>
        <source>the database %1 is not set up for this bnldesk: the server&apos;s administrator runs &apos;bnldesk server init URL&apos; (see README, Delegation server)</source>
        <translation>la base de données %1 n&apos;est pas préparée pour ce bnldesk&#xa0;: l&apos;administrateur du serveur exécute «&#xa0;bnldesk server init URL&#xa0;» (voir README, Delegation server)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="206"/>
        <source>someone else changed the same record in %1 at the same moment: nothing of yours was overwritten; look at it again and repeat your change</source>
        <translation>quelqu&apos;un d&apos;autre a modifié le même élément dans %1 au même moment&#xa0;: rien de ce que vous avez saisi n&apos;a été écrasé&#xa0;; revoyez-le et refaites votre modification</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="210"/>
        <source>this applies to database files only; %1 is a server, backed up by its administrator</source>
        <translation>ceci ne s&apos;applique qu&apos;aux fichiers de base de données&#xa0;; %1 est un serveur, sauvegardé par son administrateur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="213"/>
        <location filename="../../bnldesk/services/error_words.py" line="303"/>
        <location filename="../../bnldesk/services/error_words.py" line="316"/>
        <source>%1 does not exist (any more)</source>
        <translation>%1 n&apos;existe pas (ou plus)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="214"/>
        <source>%1 is a folder, not a document</source>
        <translation>%1 est un dossier, pas un document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="215"/>
        <location filename="../../bnldesk/services/error_words.py" line="305"/>
        <location filename="../../bnldesk/services/error_words.py" line="336"/>
        <source>%1 cannot be read (no permission, or the disk failed)</source>
        <translation>%1 ne peut pas être lu (pas d&apos;autorisation, ou erreur de disque)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="216"/>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 est vide (0 octet)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="217"/>
        <source>%1 is too large (%2 MB; a plan is at most %3 MB)</source>
        <translation>%1 est trop volumineux (%2 Mo&#xa0;; un plan fait au plus %3 Mo)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="218"/>
        <source>%1 is not a PDF file (another kind of file renamed to .pdf?)</source>
        <translation>%1 n&apos;est pas un fichier PDF (un autre type de fichier renommé en .pdf&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="219"/>
        <source>%1 is not a Word .docx file</source>
        <translation>%1 n&apos;est pas un fichier Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="220"/>
        <source>%1 is an old binary Office file; save it as .docx or PDF</source>
        <translation>%1 est un ancien fichier Office binaire&#xa0;; enregistrez-le en .docx ou en PDF</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="222"/>
        <source>%1: files of type %2 cannot be imported (use PDF, DOCX, TXT or MD)</source>
        <translation>%1&#xa0;: les fichiers de type %2 ne peuvent pas être importés (utilisez PDF, DOCX, TXT ou MD)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="224"/>
        <source>%1 is damaged UTF-16 text</source>
        <translation>%1 est un texte UTF-16 endommagé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="225"/>
        <source>%1 is a Rich Text (RTF) file; save it as .docx or PDF</source>
        <translation>%1 est un fichier RTF (Rich Text)&#xa0;; enregistrez-le en .docx ou en PDF</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="226"/>
        <source>%1 is a binary file, not text</source>
        <translation>%1 est un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="227"/>
        <source>%1 holds too much text to be a plan</source>
        <translation>%1 contient trop de texte pour être un plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="228"/>
        <source>reading this kind of file is not installed (%1 is missing)</source>
        <translation>la lecture de ce type de fichier n&apos;est pas installée (%1 manque)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="229"/>
        <source>%1 is a password-protected PDF; save it without a password</source>
        <translation>%1 est un PDF protégé par un mot de passe&#xa0;; enregistrez-le sans mot de passe</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="230"/>
        <source>%1 is a damaged PDF</source>
        <translation>%1 est un PDF endommagé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="231"/>
        <source>%1 could not be read as a PDF</source>
        <translation>%1 n&apos;a pas pu être lu comme PDF</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="232"/>
        <source>%1 has no pages</source>
        <translation>%1 n&apos;a aucune page</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="234"/>
        <source>%1 has no text layer (a scanned or image-only PDF); run OCR on it first</source>
        <translation>%1 n&apos;a pas de couche de texte (un PDF numérisé ou composé d&apos;images)&#xa0;; passez-le d&apos;abord à la reconnaissance de texte (OCR)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="237"/>
        <source>%1: its text cannot be read (fonts without a character map); export it again from the original or run OCR on it</source>
        <translation>%1&#xa0;: son texte est illisible (polices sans table de caractères)&#xa0;; exportez-le de nouveau depuis l&apos;original ou passez-le à la reconnaissance de texte (OCR)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="241"/>
        <source>%1 would unpack to far more than a Word document does (refused as a possible zip bomb)</source>
        <translation>%1 occuperait, décompressé, bien plus qu&apos;un document Word (refusé comme possible bombe de décompression)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="243"/>
        <source>%1 is a damaged .docx file</source>
        <translation>%1 est un fichier .docx endommagé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="244"/>
        <source>%1 could not be read as .docx</source>
        <translation>%1 n&apos;a pas pu être lu comme fichier .docx</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="245"/>
        <source>%1 is a spreadsheet, not a Word document</source>
        <translation>%1 est un classeur, pas un document Word</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="246"/>
        <source>%1 is a presentation, not a Word document</source>
        <translation>%1 est une présentation, pas un document Word</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="248"/>
        <source>%1 is an OpenDocument file; save it as .docx or PDF to import it</source>
        <translation>%1 est un fichier OpenDocument&#xa0;; enregistrez-le en .docx ou en PDF pour l&apos;importer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="250"/>
        <source>%1 is not a Word document</source>
        <translation>%1 n&apos;est pas un document Word</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="251"/>
        <source>%1 contains no text</source>
        <translation>%1 ne contient aucun texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="253"/>
        <source>%1 does not look like an annual plan or a work programme (no &apos;Jaarplan&apos; or &apos;Werkprogramma&apos; title and no plan sections)</source>
        <translation>%1 ne ressemble pas à un plan annuel ni à un programme de travail (pas de titre «&#xa0;Jaarplan&#xa0;» ou «&#xa0;Werkprogramma&#xa0;», ni de thèmes de plan)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="257"/>
        <source>%1: no chapters or themes found; this does not look like a plan or programme</source>
        <translation>%1&#xa0;: aucun chapitre ni thème trouvé&#xa0;; ce n&apos;est apparemment ni un plan ni un programme</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="259"/>
        <source>%1: the plan&apos;s year cannot be told from the text</source>
        <translation>%1&#xa0;: l&apos;année du plan ne ressort pas du texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="261"/>
        <source>%1: the programme&apos;s period cannot be told from the text</source>
        <translation>%1&#xa0;: la période du programme ne ressort pas du texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="263"/>
        <source>%1: the text is nested too deeply to read</source>
        <translation>%1&#xa0;: le texte est trop profondément imbriqué pour être lu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="264"/>
        <source>%1: the text could not be made sense of</source>
        <translation>%1&#xa0;: le texte n&apos;a pas pu être interprété</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="265"/>
        <source>%1 could not be saved in the database: %2</source>
        <translation>%1 n&apos;a pas pu être enregistré dans la base de données&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="266"/>
        <source>import cancelled; nothing was changed</source>
        <translation>importation annulée&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="271"/>
        <source>there is no workgroup &apos;%1&apos; in this database</source>
        <translation>il n&apos;y a pas de groupe de travail «&#xa0;%1&#xa0;» dans cette base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="273"/>
        <source>the bundle would be larger than %1 MB, more than another laptop accepts: share the changes since a date, or one workgroup</source>
        <translation>le paquet dépasserait %1 Mo, plus qu&apos;un autre portable n&apos;accepte&#xa0;: partagez les modifications depuis une date, ou un seul groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="277"/>
        <source>this bundle is from the %1 delegation; this database belongs to %2</source>
        <translation>ce paquet vient de la délégation %1&#xa0;; cette base de données appartient à %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="279"/>
        <source>this bundle is for another plan (%1); this database holds %2</source>
        <translation>ce paquet concerne un autre plan (%1)&#xa0;; cette base de données contient %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="281"/>
        <source>a record in the bundle cannot be read (%1): nothing was changed</source>
        <translation>un élément du paquet est illisible (%1)&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="283"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="284"/>
        <source>%1 is larger than %2 MB: not a bnldesk notes bundle</source>
        <translation>%1 dépasse %2 Mo&#xa0;: ce n&apos;est pas un paquet de notes bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="285"/>
        <source>%1 is not a bnldesk notes bundle</source>
        <translation>%1 n&apos;est pas un paquet de notes bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="286"/>
        <source>%1 is incomplete (cut off): ask for it again</source>
        <translation>%1 est incomplet (tronqué)&#xa0;: demandez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="287"/>
        <source>%1 is damaged: ask for it again</source>
        <translation>%1 est endommagé&#xa0;: demandez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="289"/>
        <source>%1 was written by a newer bnldesk (bundle format %2, this version reads up to %3); update bnldesk to receive it</source>
        <translation>%1 a été écrit par un bnldesk plus récent (format de paquet %2, cette version lit jusqu&apos;au format %3)&#xa0;; mettez bnldesk à jour pour le recevoir</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="293"/>
        <source>%1 is an unsigned bundle from an older bnldesk: update bnldesk on the sending laptop, pair the two laptops and share again</source>
        <translation>%1 est un paquet non signé d&apos;un bnldesk plus ancien&#xa0;: mettez bnldesk à jour sur le portable qui l&apos;envoie, associez les deux portables et partagez de nouveau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="297"/>
        <source>%1 is damaged or was altered (its signature does not match): nothing was changed</source>
        <translation>%1 est endommagé ou a été modifié (sa signature ne correspond pas)&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="300"/>
        <source>%1 comes from a laptop that is not paired with this one (its code is %2): pair them first, then receive it again</source>
        <translation>%1 vient d&apos;un portable qui n&apos;est pas associé à celui-ci (son code est %2)&#xa0;: associez-les d&apos;abord, puis recevez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="304"/>
        <source>%1 is a folder, not a notes bundle</source>
        <translation>%1 est un dossier, pas un paquet de notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="306"/>
        <source>this is not a bnldesk pairing code (check the letters)</source>
        <translation>ce n&apos;est pas un code d&apos;association bnldesk (vérifiez les lettres)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="308"/>
        <source>this pairing code is mistyped (its check letters do not match)</source>
        <translation>ce code d&apos;association est mal saisi (ses lettres de contrôle ne correspondent pas)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="310"/>
        <source>give the paired laptop a name (for example its owner&apos;s)</source>
        <translation>donnez un nom au portable associé (par exemple celui de son propriétaire)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="312"/>
        <source>this is this laptop&apos;s own pairing code: enter the other laptop&apos;s</source>
        <translation>c&apos;est le code d&apos;association de ce portable-ci&#xa0;: saisissez celui de l&apos;autre portable</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="314"/>
        <source>no paired laptop is called &apos;%1&apos;</source>
        <translation>aucun portable associé ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="317"/>
        <source>%1 is %2 MB; bnldesk reads notes sheets up to 300 MB</source>
        <translation>%1 fait %2 Mo&#xa0;; bnldesk lit les feuilles de notes jusqu&apos;à 300 Mo</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="319"/>
        <source>%1 is not a bnldesk notes sheet (no sheet with an id and a text column): export the notes from bnldesk, edit that file and import it</source>
        <translation>%1 n&apos;est pas une feuille de notes bnldesk (aucune feuille avec une colonne id et une colonne texte)&#xa0;: exportez les notes depuis bnldesk, modifiez ce fichier et importez-le</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="329"/>
        <source>%1 would unpack to far more than a notes sheet does (a zip bomb?); bnldesk does not open it</source>
        <translation>%1 occuperait, décompressé, bien plus qu&apos;une feuille de notes (une bombe de décompression&#xa0;?)&#xa0;; bnldesk ne l&apos;ouvre pas</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="333"/>
        <source>%1 has more than %2 rows in one sheet; export fewer notes per file</source>
        <translation>%1 a plus de %2 lignes dans une feuille&#xa0;; exportez moins de notes par fichier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="335"/>
        <source>%1 is not an Excel workbook (.xlsx) that bnldesk can read</source>
        <translation>%1 n&apos;est pas un classeur Excel (.xlsx) que bnldesk sait lire</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="338"/>
        <source>%1 declares XML entities or external references (an attack?); bnldesk does not read it</source>
        <translation>%1 déclare des entités XML ou des références externes (une attaque&#xa0;?)&#xa0;; bnldesk ne le lit pas</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="340"/>
        <source>%1 is damaged or not an Excel workbook (.xlsx)</source>
        <translation>%1 est endommagé ou n&apos;est pas un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="342"/>
        <source>%1 is a folder, not a file name</source>
        <translation>%1 est un dossier, pas un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="343"/>
        <source>the folder %1 does not exist; choose another folder</source>
        <translation>le dossier %1 n&apos;existe pas&#xa0;; choisissez un autre dossier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="345"/>
        <source>bnldesk may not write in the folder %1 (read-only or no permission): nothing was saved; choose another folder</source>
        <translation>bnldesk ne peut pas écrire dans le dossier %1 (lecture seule ou pas d&apos;autorisation)&#xa0;: rien n&apos;a été enregistré&#xa0;; choisissez un autre dossier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="349"/>
        <source>the disk holding %1 is full: nothing was saved; free some space and try again</source>
        <translation>le disque qui contient %1 est plein&#xa0;: rien n&apos;a été enregistré&#xa0;; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="351"/>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="352"/>
        <source>%1 could not be written (disk or network error)</source>
        <translation>%1 n&apos;a pas pu être écrit (erreur de disque ou de réseau)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="354"/>
        <source>%1 is open in another program (Excel, a PDF reader?) or read-only; close it and try again</source>
        <translation>%1 est ouvert dans un autre programme (Excel, un lecteur PDF&#xa0;?) ou en lecture seule&#xa0;; fermez-le et réessayez</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="357"/>
        <source>the brief on %1 could not be laid out: something on page %2 is larger than a page; shorten the longest text there (a note, a position or a title)</source>
        <translation>le briefing sur %1 n&apos;a pas pu être mis en page&#xa0;: un élément de la page %2 dépasse une page&#xa0;; raccourcissez le texte le plus long à cet endroit (une note, une position ou un titre)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="360"/>
        <source>the export was cancelled; no file was written</source>
        <translation>l&apos;exportation a été annulée&#xa0;; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="363"/>
        <source>%1 does not exist: nothing to back up</source>
        <translation>%1 n&apos;existe pas&#xa0;: rien à sauvegarder</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="365"/>
        <source>the backup of %1 failed its check (is the database damaged?)</source>
        <translation>la sauvegarde de %1 n&apos;a pas passé la vérification (la base de données est-elle endommagée&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="367"/>
        <source>%1 could not be backed up into %2: %3</source>
        <translation>%1 n&apos;a pas pu être sauvegardé dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="369"/>
        <source>%1 could not be read, so it was not backed up and nothing was changed</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: aucune sauvegarde n&apos;en a donc été faite et rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="371"/>
        <source>there is no usable backup of %1</source>
        <translation>il n&apos;existe aucune sauvegarde utilisable de %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="372"/>
        <source>there is no backup %1</source>
        <translation>il n&apos;existe pas de sauvegarde %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="373"/>
        <source>the backup %1 is damaged; choose another one</source>
        <translation>la sauvegarde %1 est endommagée&#xa0;; choisissez-en une autre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="374"/>
        <source>the copy of %1 failed its check; nothing was restored</source>
        <translation>la copie de %1 n&apos;a pas passé la vérification&#xa0;; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="375"/>
        <source>%1 could not be restored: %2</source>
        <translation>%1 n&apos;a pas pu être restauré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="377"/>
        <source>%1 is open read-only in this window: restore it where it is open for writing, or close the other bnldesk window first</source>
        <translation>%1 est ouvert en lecture seule dans cette fenêtre&#xa0;: restaurez-le là où il est ouvert en écriture, ou fermez d&apos;abord l&apos;autre fenêtre de bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="381"/>
        <source>%1 is still in use inside bnldesk; nothing was restored, try again</source>
        <translation>%1 est encore utilisé dans bnldesk&#xa0;; rien n&apos;a été restauré, réessayez</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="384"/>
        <source>%1 is not a database server (postgresql://...)</source>
        <translation>%1 n&apos;est pas un serveur de base de données (postgresql://...)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="386"/>
        <source>synchronising runs on a laptop&apos;s own database file, not on a server</source>
        <translation>la synchronisation se fait sur le fichier de base de données d&apos;un portable, pas sur un serveur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="389"/>
        <source>a record on the server cannot be read (%1); what was merged before stays merged</source>
        <translation>un enregistrement du serveur ne peut pas être lu (%1)&#xa0;; ce qui a déjà été fusionné le reste</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="393"/>
        <source>bnldesk opens an SQLite database file or a postgresql:// server, not a %1:// address</source>
        <translation>bnldesk ouvre un fichier de base de données SQLite ou un serveur postgresql://, pas une adresse %1://</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="395"/>
        <source>&apos;%1&apos; is not a valid address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse valide</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="396"/>
        <source>%1 names no database: postgresql://USER@HOST/DATABASE</source>
        <translation>%1 ne nomme aucune base de données&#xa0;: postgresql://UTILISATEUR@HÔTE/BASE</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="397"/>
        <source>bnldesk does not run on %1</source>
        <translation>bnldesk ne fonctionne pas sur %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="399"/>
        <source>the meeting ends before it starts</source>
        <translation>la réunion se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="400"/>
        <source>a meeting needs a title or a workgroup</source>
        <translation>une réunion doit avoir un titre ou un groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="401"/>
        <source>there is no meeting %1 (any more)</source>
        <translation>la réunion %1 n&apos;existe pas (ou plus)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="402"/>
        <source>there is no section %1 in the %2 plan</source>
        <translation>le plan %2 n&apos;a pas de thème %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="403"/>
        <source>there is no section %1</source>
        <translation>il n&apos;existe pas de thème %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="404"/>
        <source>section %1 is in several plans (%2): say which plan</source>
        <translation>le thème %1 figure dans plusieurs plans (%2)&#xa0;: indiquez lequel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="405"/>
        <source>&apos;%1&apos; is already point %2 of the agenda</source>
        <translation>«&#xa0;%1&#xa0;» est déjà le point %2 de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="406"/>
        <source>an agenda point needs a title or a plan object</source>
        <translation>un point de l&apos;ordre du jour doit avoir un titre ou un élément d&apos;un plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="410"/>
        <source>an agenda point needs a title</source>
        <translation>un point de l&apos;ordre du jour doit avoir un titre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="411"/>
        <source>there is no agenda point %1 (any more)</source>
        <translation>le point %1 de l&apos;ordre du jour n&apos;existe pas (ou plus)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="412"/>
        <source>an action item needs a title</source>
        <translation>un point d&apos;action doit avoir un texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="413"/>
        <source>the meeting %2 has no date yet</source>
        <translation>la réunion %2 n&apos;a pas encore de date</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="419"/>
        <source>that item is no longer in the document</source>
        <translation>ce projet n&apos;est plus dans le document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="420"/>
        <source>that section is no longer in the document</source>
        <translation>ce thème n&apos;est plus dans le document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="422"/>
        <source>only a section directly under a chapter can become a chapter</source>
        <translation>seul un thème placé directement sous un chapitre peut devenir un chapitre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="424"/>
        <source>a chapter is already the highest level</source>
        <translation>un chapitre est déjà le niveau le plus haut</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="426"/>
        <source>the first chapter has no chapter before it to go under</source>
        <translation>le premier chapitre n&apos;a pas de chapitre avant lui sous lequel se placer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="429"/>
        <source>the first section has no section before it to go under</source>
        <translation>le premier thème n&apos;a pas de thème avant lui sous lequel se placer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="431"/>
        <source>an item is already the lowest level</source>
        <translation>un projet est déjà le niveau le plus bas</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="432"/>
        <source>the first item of a section has no item before it</source>
        <translation>le premier projet d&apos;un thème n&apos;a pas de projet avant lui</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="434"/>
        <source>the item&apos;s text has no paragraph or sentence break to split at</source>
        <translation>le texte du projet n&apos;a pas de fin de paragraphe ou de phrase où le scinder</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="436"/>
        <source>%1 is not a plausible year</source>
        <translation>%1 n&apos;est pas une année plausible</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="437"/>
        <source>a title cannot be empty</source>
        <translation>un titre ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="438"/>
        <source>a title has at most %1 characters</source>
        <translation>un titre compte au plus %1 caractères</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="440"/>
        <source>choose a chapter, section, item, workgroup or contact to rename</source>
        <translation>choisissez un chapitre, un thème, un projet, un groupe de travail ou une personne de contact à renommer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="442"/>
        <source>only a workgroup has a code</source>
        <translation>seul un groupe de travail a un code</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="443"/>
        <source>&apos;%1&apos; is not a workgroup code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="444"/>
        <source>choose an item to merge with the one before</source>
        <translation>choisissez un projet à fusionner avec le précédent</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="445"/>
        <source>choose an item to split</source>
        <translation>choisissez un projet à scinder</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="446"/>
        <source>choose an item to mark</source>
        <translation>choisissez un projet à marquer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="447"/>
        <source>choose an item to change its kind</source>
        <translation>choisissez un projet pour en changer le type</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="450"/>
        <source>there is no workgroup with id %1 (any more)</source>
        <translation>le groupe de travail d&apos;id %1 n&apos;existe pas (ou plus)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="451"/>
        <source>there is no section with id %1 (any more)</source>
        <translation>le thème d&apos;id %1 n&apos;existe pas (ou plus)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="452"/>
        <source>there is no plan item with id %1 (any more)</source>
        <translation>l&apos;élément du plan d&apos;id %1 n&apos;existe pas (ou plus)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="453"/>
        <source>there is no chapter with id %1 (any more)</source>
        <translation>le chapitre d&apos;id %1 n&apos;existe pas (ou plus)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="454"/>
        <source>there is no plan with id %1 (any more)</source>
        <translation>le plan d&apos;id %1 n&apos;existe pas (ou plus)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="455"/>
        <source>there is no programme with id %1 (any more)</source>
        <translation>le programme d&apos;id %1 n&apos;existe pas (ou plus)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="456"/>
        <source>there is no contact with id %1 (any more)</source>
        <translation>la personne de contact d&apos;id %1 n&apos;existe pas (ou plus)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="457"/>
        <source>notes cannot be attached to %1</source>
        <translation>on ne peut pas attacher de notes à %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="459"/>
        <source>&apos;%1&apos; is neither a workgroup code, a section number nor an object id (e.g. item:12)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un code de groupe de travail, ni un numéro de thème, ni un id d&apos;objet (p. ex. item:12)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="461"/>
        <source>there is no %1 with key &apos;%2&apos; in this database</source>
        <translation>cette base de données n&apos;a pas de %1 de clé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="463"/>
        <source>a new row needs a Target (a workgroup code or section number)</source>
        <translation>une nouvelle ligne doit avoir une Cible (un code de groupe de travail ou un numéro de thème)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="465"/>
        <source>note %1 no longer exists</source>
        <translation>la note %1 n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="466"/>
        <source>action item %1 no longer exists</source>
        <translation>le point d&apos;action %1 n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="468"/>
        <source>there is no workgroup &apos;%1&apos; (give its code or its full name, e.g. SENN-CRISE)</source>
        <translation>il n&apos;y a pas de groupe de travail «&#xa0;%1&#xa0;» (donnez son code ou son nom complet, p. ex. SENN-CRISE)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="470"/>
        <source>&apos;%1&apos; is not a meeting id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un id de réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="471"/>
        <location filename="../../bnldesk/services/error_words.py" line="472"/>
        <source>there is no %1 plan in this database</source>
        <translation>cette base de données n&apos;a pas de plan %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="473"/>
        <source>say which workgroup, section or meeting the brief is about</source>
        <translation>dites sur quel groupe de travail, quel thème ou quelle réunion porte le briefing</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="475"/>
        <source>changed elsewhere meanwhile: %1</source>
        <translation>modifié ailleurs entre-temps&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="478"/>
        <source>the bundle holds a malformed %1 (not an object)</source>
        <translation>le paquet contient un élément %1 mal formé (pas un objet)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="479"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is missing</source>
        <translation>le paquet contient un élément %1 mal formé&#xa0;: «&#xa0;%2&#xa0;» manque</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="480"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not text</source>
        <translation>le paquet contient un élément %1 mal formé&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas du texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="482"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is longer than %3 characters</source>
        <translation>le paquet contient un élément %1 mal formé&#xa0;: «&#xa0;%2&#xa0;» dépasse %3 caractères</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="485"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>le paquet contient un élément %1 mal formé&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="488"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; has a value this version does not know</source>
        <translation>le paquet contient un élément %1 mal formé&#xa0;: «&#xa0;%2&#xa0;» a une valeur que cette version ne connaît pas</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="490"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not a UUID</source>
        <translation>le paquet contient un élément %1 mal formé&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un UUID</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="492"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not a date and time</source>
        <translation>le paquet contient un élément %1 mal formé&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date et une heure</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="495"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not in UTC without a zone</source>
        <translation>le paquet contient un élément %1 mal formé&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas en UTC sans fuseau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="498"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; lies in the future (%3)</source>
        <translation>le paquet contient un élément %1 mal formé&#xa0;: «&#xa0;%2&#xa0;» est dans le futur (%3)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="500"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not a date</source>
        <translation>le paquet contient un élément %1 mal formé&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="502"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not a list of at most %3 tags</source>
        <translation>le paquet contient un élément %1 mal formé&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une liste d&apos;au plus %3 étiquettes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="505"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; holds a tag that is empty or over %3 characters</source>
        <translation>le paquet contient un élément %1 mal formé&#xa0;: «&#xa0;%2&#xa0;» contient une étiquette vide ou de plus de %3 caractères</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="508"/>
        <source>agenda point %1 refers to a meeting the bundle lacks</source>
        <translation>le point %1 de l&apos;ordre du jour renvoie à une réunion absente du paquet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="510"/>
        <source>the bundle&apos;s %1 is not an object</source>
        <translation>le %1 du paquet n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="511"/>
        <source>the bundle&apos;s %1 is not a list of at most %2 entries</source>
        <translation>le %1 du paquet n&apos;est pas une liste d&apos;au plus %2 entrées</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="512"/>
        <source>the bundle&apos;s %1 is not text of at most %2 characters</source>
        <translation>le %1 du paquet n&apos;est pas un texte d&apos;au plus %2 caractères</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="513"/>
        <source>the bundle has an inconsistent manifest</source>
        <translation>le manifeste du paquet est incohérent</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="515"/>
        <source>the bundle holds a version history that is not a list of hashes</source>
        <translation>le paquet contient un historique de versions qui n&apos;est pas une liste d&apos;empreintes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="517"/>
        <source>the bundle holds records of an unknown kind (%1)</source>
        <translation>le paquet contient des éléments d&apos;un type inconnu (%1)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="518"/>
        <source>the bundle holds more than %1 records</source>
        <translation>le paquet contient plus de %1 éléments</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="519"/>
        <source>the bundle holds a conflict of an unknown kind</source>
        <translation>le paquet contient un conflit d&apos;un type inconnu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="521"/>
        <source>the bundle holds a conflict whose version hashes are malformed</source>
        <translation>le paquet contient un conflit dont les empreintes de version sont mal formées</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="524"/>
        <source>the bundle holds a conflict about another record than its version</source>
        <translation>le paquet contient un conflit portant sur un autre élément que sa version</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="526"/>
        <source>the bundle holds a conflict with malformed dates</source>
        <translation>le paquet contient un conflit aux dates mal formées</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="527"/>
        <source>%1 is damaged (%2): ask for it again</source>
        <translation>%1 est endommagé (%2)&#xa0;: demandez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="529"/>
        <source>there is no conflict %1 (any more)</source>
        <translation>le conflit %1 n&apos;existe pas (ou plus)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="530"/>
        <source>the record of conflict %1 is gone</source>
        <translation>l&apos;élément du conflit %1 n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="531"/>
        <source>unknown field(s): %1</source>
        <translation>champs inconnus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="533"/>
        <source>the other version is private: taking its %1 would share private text; take its visibility too to keep the note private</source>
        <translation>l&apos;autre version est privée&#xa0;: en reprendre %1 partagerait un texte privé&#xa0;; reprenez aussi sa visibilité pour garder la note privée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="537"/>
        <source>the version chosen cannot be read (%1): nothing was changed</source>
        <translation>la version choisie est illisible (%1)&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="541"/>
        <source>this installation of bnldesk is incomplete (no database updates in %1): install it again</source>
        <translation>cette installation de bnldesk est incomplète (aucune mise à jour de base de données dans %1)&#xa0;: réinstallez bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="544"/>
        <source>%1 could not be updated to this version of bnldesk: its tables do not match its database version %2 (%3)</source>
        <translation>%1 n&apos;a pas pu être mis à jour pour cette version de bnldesk&#xa0;: ses tables ne correspondent pas à sa version de base de données %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="552"/>
        <source>%1 has %n page(s); too many for a plan</source>
        <translation>
            <numerusform>%1 a %n page&#xa0;; trop pour un plan</numerusform>
            <numerusform>%1 a %n pages&#xa0;; trop pour un plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="555"/>
        <source>%1 would remove %n of the %3 sections already in bnldesk, so it does not look like the same document; nothing was changed</source>
        <translation>
            <numerusform>%1 supprimerait %n des %3 thèmes déjà présents dans bnldesk&#xa0;: ce n&apos;est apparemment pas le même document&#xa0;; rien n&apos;a été modifié</numerusform>
            <numerusform>%1 supprimerait %n des %3 thèmes déjà présents dans bnldesk&#xa0;: ce n&apos;est apparemment pas le même document&#xa0;; rien n&apos;a été modifié</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="561"/>
        <source>&apos;%1&apos; is the name of %n workgroup(s) (%3): give its code</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est le nom de %n groupe de travail (%3)&#xa0;: donnez son code</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est le nom de %n groupes de travail (%3)&#xa0;: donnez son code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="564"/>
        <source>%1: the update left %n broken reference(s) (first in table %3)</source>
        <translation>
            <numerusform>%1&#xa0;: la mise à jour a laissé %n référence rompue (d&apos;abord dans la table %3)</numerusform>
            <numerusform>%1&#xa0;: la mise à jour a laissé %n références rompues (d&apos;abord dans la table %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="569"/>
        <source>%1: the structure found looks doubtful (%n warning(s)); nothing was changed: check it in the review window</source>
        <translation>
            <numerusform>%1&#xa0;: la structure trouvée est douteuse (%n avertissement)&#xa0;; rien n&apos;a été modifié&#xa0;: vérifiez-la dans la fenêtre de vérification</numerusform>
            <numerusform>%1&#xa0;: la structure trouvée est douteuse (%n avertissements)&#xa0;; rien n&apos;a été modifié&#xa0;: vérifiez-la dans la fenêtre de vérification</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="95"/>
        <source>bnldesk: unexpected error</source>
        <translation>bnldesk&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="99"/>
        <source>The details are in the log file:</source>
        <translation>Le détail figure dans le journal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="101"/>
        <source>No log file could be written on this computer.</source>
        <translation>Aucun journal n&apos;a pu être écrit sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="105"/>
        <source>bnldesk ran into an error it did not expect. The last change you made may not have been saved; check it, and consider restarting bnldesk.</source>
        <translation>bnldesk a rencontré une erreur inattendue. Votre dernière modification n&apos;a peut-être pas été enregistrée&#xa0;; vérifiez-la et, au besoin, redémarrez bnldesk.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="111"/>
        <source>When you ask for help, send that file or the copied details.</source>
        <translation>Quand vous demandez de l&apos;aide, joignez ce fichier ou le détail copié.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="122"/>
        <source>Copy details</source>
        <translation>Copier le détail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="127"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/unsaved.py" line="476"/>
        <source>%n change(s) could not be saved in the database.</source>
        <translation>
            <numerusform>%n modification n&apos;a pas pu être enregistrée dans la base de données.</numerusform>
            <numerusform>%n modifications n&apos;ont pas pu être enregistrées dans la base de données.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="485"/>
        <source>Try &amp;again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="486"/>
        <source>&amp;Keep a copy and quit</source>
        <translation>&amp;Garder une copie et quitter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="487"/>
        <source>Quit &amp;without saving</source>
        <translation>Quitter &amp;sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="511"/>
        <source>Action item</source>
        <translation>Point d&apos;action</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/unsaved.py" line="533"/>
        <source>%n change(s) made last time could not be saved in this database.</source>
        <translation>
            <numerusform>%n modification faite la dernière fois n&apos;a pas pu être enregistrée dans cette base de données.</numerusform>
            <numerusform>%n modifications faites la dernière fois n&apos;ont pas pu être enregistrées dans cette base de données.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="540"/>
        <source>&amp;Save them now</source>
        <translation>&amp;Les enregistrer maintenant</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="541"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="542"/>
        <source>&amp;Discard them</source>
        <translation>&amp;Les abandonner</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="105"/>
        <source>Type words to find plans, workgroups, contacts and notes; every word must occur. Case, accents and ligatures do not matter.
energie OR klimaat: either word
-Brussel or NOT Brussel: leave out what mentions Brussel
&quot;grensoverschrijdende samenwerking&quot;: these words next to each other
energ*: words starting with energ
NEAR(energie klimaat, 5): at most five words apart
title:energie, code:SENN-CRISE: only in titles, only in workgroup codes
year:2022, year:2021-2023: those years&apos; plans, workgroups, contacts and meetings, with their notes
tag:budget: the notes with this tag, and what they are on
kind:flagship, kind:note: one kind of item or of object
An unknown field (foo:bar) is searched as its words.
tag:&quot;cross-border cooperation&quot;: a tag of several words, in double quotes
The search stays within the filters and the scope set on the list.</source>
        <translation>Tapez des mots pour trouver plans, groupes de travail, contacts et notes&#xa0;; chaque mot doit figurer. Majuscules, accents et ligatures n&apos;ont pas d&apos;importance.
énergie OU climat (ou OR)&#xa0;: l&apos;un ou l&apos;autre mot
-Bruxelles ou SAUF Bruxelles&#xa0;: écarte ce qui mentionne Bruxelles
&quot;coopération transfrontalière&quot;&#xa0;: ces mots l&apos;un à côté de l&apos;autre
energ*&#xa0;: les mots qui commencent par energ
NEAR(energie klimaat, 5)&#xa0;: au plus cinq mots d&apos;écart
titre:energie, code:SENN-CRISE&#xa0;: seulement dans les titres, seulement dans les codes des groupes
année:2022, année:2021-2023&#xa0;: les plans, groupes, contacts et réunions de ces années, avec leurs notes
étiquette:budget&#xa0;: les notes qui portent cette étiquette, et ce sur quoi elles portent
type:phare, type:note&#xa0;: une seule sorte d&apos;élément ou d&apos;objet
Un champ inconnu (foo:bar) est cherché comme ses mots.
étiquette:&quot;coopération transfrontalière&quot;&#xa0;: une étiquette de plusieurs mots, entre guillemets droits
Les noms anglais (title:, year:, tag:, kind:) fonctionnent aussi.
La recherche reste dans les filtres et le périmètre de la liste.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1078"/>
        <source>Not saved yet (%1): kept on this computer, saved when the database answers</source>
        <translation>Pas encore enregistré (%1)&#xa0;: conservé sur cet ordinateur, enregistré quand la base répond</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1079"/>
        <source>Not saved yet (%1): kept on this computer</source>
        <translation>Pas encore enregistré (%1)&#xa0;: conservé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1080"/>
        <source>Not saved yet: %1</source>
        <translation>Pas encore enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="130"/>
        <source>Replace the database by the backup of %1?

The current file is not deleted: it is kept aside in the backups folder.</source>
        <translation>Remplacer la base de données par la sauvegarde du %1&#xa0;?

Le fichier actuel n&apos;est pas supprimé&#xa0;: il est conservé à part dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="180"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="213"/>
        <source>%1 is empty or missing: restore the newest good backup, selected below.</source>
        <translation>%1 est vide ou absent&#xa0;: restaurez la sauvegarde intacte la plus récente, choisie ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="216"/>
        <source>%1 is empty or missing and none of its backups passes its check: quit and ask for help before restoring one.</source>
        <translation>%1 est vide ou absent et aucune de ses sauvegardes ne passe la vérification&#xa0;: quittez et demandez de l&apos;aide avant d&apos;en restaurer une.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="222"/>
        <source>%1 is damaged (a disk fault or an interrupted copy): restore the newest good backup, selected below; the damaged file is kept aside.</source>
        <translation>%1 est endommagé (panne du disque ou copie interrompue)&#xa0;: restaurez la sauvegarde intacte la plus récente, choisie ci-dessous&#xa0;; le fichier endommagé est conservé à part.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="227"/>
        <source>%1 is damaged and none of its backups passes its check: quit and ask for help before restoring one.</source>
        <translation>%1 est endommagé et aucune de ses sauvegardes ne passe la vérification&#xa0;: quittez et demandez de l&apos;aide avant d&apos;en restaurer une.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="232"/>
        <source>%1 is damaged and has no backup: quit and ask for help; the file is left as it is.</source>
        <translation>%1 est endommagé et n&apos;a aucune sauvegarde&#xa0;: quittez et demandez de l&apos;aide&#xa0;; le fichier est laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="513"/>
        <source>Restored the backup of %1.</source>
        <translation>La sauvegarde du %1 a été restaurée.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="580"/>
        <location filename="../../bnldesk/services/error_words.py" line="581"/>
        <source>disk full</source>
        <translation>disque plein</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="582"/>
        <source>database in use by another program</source>
        <translation>base utilisée par un autre programme</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="583"/>
        <location filename="../../bnldesk/services/error_words.py" line="584"/>
        <source>database read-only</source>
        <translation>base en lecture seule</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="585"/>
        <source>server unreachable</source>
        <translation>serveur injoignable</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="586"/>
        <location filename="../../bnldesk/services/error_words.py" line="587"/>
        <source>server refused the login</source>
        <translation>connexion refusée par le serveur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="588"/>
        <source>not allowed by the server</source>
        <translation>refusé par le serveur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="589"/>
        <source>database damaged</source>
        <translation>base endommagée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="590"/>
        <source>disk or network error</source>
        <translation>erreur de disque ou de réseau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="591"/>
        <location filename="../../bnldesk/services/error_words.py" line="592"/>
        <source>database file replaced</source>
        <translation>fichier de la base remplacé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="593"/>
        <source>database file moved</source>
        <translation>fichier de la base déplacé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1768"/>
        <source>Kept your changes to the note on %1; anything new from the meeting is added below them.</source>
        <translation>Vos modifications de la note sur %1 sont conservées&#xa0;; ce que la réunion apporte de nouveau est ajouté en dessous.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="149"/>
        <source>This plan was loaded without its objectives and projects: import the plan&apos;s document (File &gt; Import document...) to read them.</source>
        <translation>Ce plan a été chargé sans ses objectifs ni ses projets&#xa0;: importez le document du plan (Fichier &gt; Importer un document...) pour les lire.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="390"/>
        <source>Row (1 to %1):</source>
        <translation>Ligne (1 à %1)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="54"/>
        <source>%Ln work programme(s)</source>
        <translation>
            <numerusform>%Ln programme de travail</numerusform>
            <numerusform>%Ln programmes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="55"/>
        <source>%Ln annual plan(s)</source>
        <translation>
            <numerusform>%Ln plan annuel</numerusform>
            <numerusform>%Ln plans annuels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="1009"/>
        <source>Plans and programmes (*.pdf *.docx *.txt *.md)</source>
        <translation>Plans et programmes (*.pdf *.docx *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="1011"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="1012"/>
        <source>Text documents (*.txt *.md)</source>
        <translation>Fichiers texte (*.txt *.md)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="1013"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="989"/>
        <source>Licence: %1. Built with Qt %2 (LGPL-3.0) through PySide6.</source>
        <translation>Licence&#xa0;: %1. Construit avec Qt %2 (LGPL-3.0) via PySide6.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/models.py" line="99"/>
        <location filename="../../bnldesk/ui/notes/models.py" line="237"/>
        <source>Not saved yet: kept on this computer</source>
        <translation>Pas encore enregistrée&#xa0;: conservée sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1076"/>
        <source>Changed elsewhere since it was shown: %1. Replace it with what you typed?</source>
        <translation>Modifié ailleurs depuis son affichage&#xa0;: %1. Le remplacer par ce que vous avez saisi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1644"/>
        <source>This meeting is on %1, still to come. Write its outcome into notes now?</source>
        <translation>Cette réunion n&apos;a lieu que le %1. Écrire déjà son résultat dans les notes&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="477"/>
        <source>comma separated, e.g. budget, follow-up</source>
        <translation>par virgules&#xa0;: budget, suivi</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="958"/>
        <source>Now private: copies already shared with other laptops or the server are not withdrawn.</source>
        <translation>Désormais privée&#xa0;: les copies déjà partagées avec d&apos;autres portables ou le serveur ne sont pas retirées.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="978"/>
        <source>Changed elsewhere meanwhile: %1 (shown now); your change is saved too.</source>
        <translation>Modifié ailleurs entre-temps&#xa0;: %1 (affiché maintenant)&#xa0;; votre modification est aussi enregistrée.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="924"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1069"/>
        <source>Not saved: %1 What you typed is kept on this computer and saved as soon as the database answers again.</source>
        <translation>Non enregistré&#xa0;: %1 Ce que vous avez tapé est conservé sur cet ordinateur et enregistré dès que la base de données répond à nouveau.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1084"/>
        <source>Not saved yet: kept on this computer, saved when the database answers</source>
        <translation>Pas encore enregistré&#xa0;: conservé sur cet ordinateur, enregistré quand la base répond</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="590"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="597"/>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="282"/>
        <source>Action items linked again to their note first: %1</source>
        <translation>Points d&apos;action d&apos;abord rattachés de nouveau à leur note&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="539"/>
        <source>Details for support:</source>
        <translation>Détails pour l&apos;assistance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="128"/>
        <source>Filters applied to the workbook: %1</source>
        <translation>Filtres appliqués au classeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="129"/>
        <source>Not applied (they filter the window&apos;s list only): %1</source>
        <translation>Non appliqués (ils ne filtrent que la liste de la fenêtre)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="246"/>
        <source>Private notes will be in the file: anyone who gets it can read them. Edits to them are read back only on this computer.</source>
        <translation>Les notes privées seront dans le fichier&#xa0;: quiconque le reçoit peut les lire. Leurs modifications ne sont relues que sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="315"/>
        <source>Import undone: %n note(s) put back.</source>
        <translation>
            <numerusform>Importation annulée&#xa0;: %n note rétablie.</numerusform>
            <numerusform>Importation annulée&#xa0;: %n notes rétablies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="317"/>
        <source>Import redone: %n note(s) changed again.</source>
        <translation>
            <numerusform>Importation rétablie&#xa0;: %n note modifiée à nouveau.</numerusform>
            <numerusform>Importation rétablie&#xa0;: %n notes modifiées à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="346"/>
        <source>Could not be read: %s</source>
        <translation>Lecture impossible&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="402"/>
        <source>The structure looks doubtful: check the highlighted warnings before importing.</source>
        <translation>La structure est douteuse&#xa0;: vérifiez les avertissements en surbrillance avant d&apos;importer.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="575"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="997"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="686"/>
        <source>Import (Ctrl+Enter) writes %1 (%2) into the database: %3.</source>
        <translation>Importer (Ctrl+Entrée) écrit %1 (%2) dans la base&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="703"/>
        <source>Edit &gt; Undo cannot take an import back: a backup is taken first, and File &gt; Backups... restores it.</source>
        <translation>Édition &gt; Annuler ne peut pas défaire une importation&#xa0;: une sauvegarde est faite d&apos;abord, que Fichier &gt; Sauvegardes... restaure.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1082"/>
        <source>Also imported %1 (%2).</source>
        <translation>Également importé&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1222"/>
        <source>Notes carried over from earlier plans: %1</source>
        <translation>Notes reprises de plans antérieurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="975"/>
        <source>Edit &gt; Undo cannot take this import back; File &gt; Backups... has the copy taken before it.</source>
        <translation>Édition &gt; Annuler ne peut pas défaire cette importation&#xa0;; Fichier &gt; Sauvegardes... contient la copie faite avant elle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/review.py" line="1122"/>
        <source>%n workgroup(s): name in %1 added</source>
        <translation>
            <numerusform>%n groupe de travail&#xa0;: nom en %1 ajouté</numerusform>
            <numerusform>%n groupes de travail&#xa0;: nom en %1 ajouté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/review.py" line="1125"/>
        <source>%n workgroup(s): new name</source>
        <translation>
            <numerusform>%n groupe de travail&#xa0;: nouveau nom</numerusform>
            <numerusform>%n groupes de travail&#xa0;: nouveau nom</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1138"/>
        <source>Not compared with earlier years: no earlier plan in %1</source>
        <translation>Pas comparé aux années précédentes&#xa0;: aucun plan antérieur en %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1163"/>
        <source>%1 (possibly renamed: %2)</source>
        <translation>%1 (peut-être renommé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>note on %1: “%2”</source>
        <translation type="vanished">note sur %1&#xa0;: « %2 »</translation>
    </message>
    <message>
        <source>Nothing to change; records already up to date</source>
        <translation type="vanished">Rien à modifier&#xa0;; enregistrements déjà à jour</translation>
    </message>
    <message>
        <source>This laptop: nothing new from the server.</source>
        <translation type="vanished">Cet ordinateur&#xa0;: rien de nouveau du serveur.</translation>
    </message>
    <message>
        <source>The server: nothing new from this laptop.</source>
        <translation type="vanished">Le serveur&#xa0;: rien de nouveau de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="41"/>
        <source>Password of {user} on {server}:</source>
        <translation>Mot de passe de {user} sur {server}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="57"/>
        <source>The delegation server (postgresql://USER@HOST/DATABASE):</source>
        <translation>Le serveur de la délégation (postgresql://UTILISATEUR@HÔTE/BASE)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="82"/>
        <source>This window works on the server itself: there is nothing to sync.</source>
        <translation>Cette fenêtre travaille sur le serveur lui-même&#xa0;: il n&apos;y a rien à synchroniser.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="69"/>
        <source>the note was deleted in bnldesk since the export; left deleted</source>
        <translation>la note a été supprimée dans bnldesk depuis l&apos;export&#xa0;; elle reste supprimée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="72"/>
        <source>the note is private on this laptop and this row was not exported from this database: a sheet from elsewhere never changes it (edit it in bnldesk)</source>
        <translation>la note est privée sur cet ordinateur et cette ligne n&apos;a pas été exportée de cette base&#xa0;: une feuille venue d&apos;ailleurs ne la modifie jamais (modifiez-la dans bnldesk)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="76"/>
        <source>the note is private, and this row cannot show it was exported from this database (an older or read-only export): export again, or edit it in bnldesk</source>
        <translation>la note est privée et cette ligne ne peut pas montrer qu&apos;elle a été exportée de cette base (un export ancien ou en lecture seule)&#xa0;: exportez à nouveau, ou modifiez-la dans bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="80"/>
        <source>another delegate made a private note of this row when importing this sheet; it stays theirs and is not imported again</source>
        <translation>un autre délégué a fait de cette ligne une note privée en important cette feuille&#xa0;; elle reste la sienne et n&apos;est pas importée à nouveau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="84"/>
        <source>no note with id %1 in this database (a sheet from another laptop? notes travel by File &gt; Share notes)</source>
        <translation>aucune note avec l&apos;identifiant %1 dans cette base (une feuille d&apos;un autre ordinateur&#xa0;? les notes passent par Fichier &gt; Partager les notes)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="89"/>
        <source>nothing of this row is applied; export again, or make the change in bnldesk</source>
        <translation>rien de cette ligne n&apos;est appliqué&#xa0;; exportez à nouveau, ou faites la modification dans bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="93"/>
        <source>an earlier import made note %1 from this row when it read “%2”; that note is left as it is (delete it in bnldesk if this row replaces it)</source>
        <translation>un import précédent a fait la note %1 de cette ligne quand elle disait «&#xa0;%2&#xa0;»&#xa0;; cette note reste telle quelle (supprimez-la dans bnldesk si cette ligne la remplace)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="97"/>
        <source>the sheet held only the first 32,767 characters of the text (cut to fit Excel); applying the cell would lose the other %1 characters: edit this note in bnldesk</source>
        <translation>la feuille ne contenait que les 32&#xa0;767 premiers caractères du texte (coupé pour Excel)&#xa0;; appliquer la cellule perdrait les %1 autres caractères&#xa0;: modifiez cette note dans bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="101"/>
        <source>edited in the sheet, but the note changed since the export (%1: in bnldesk, by a received bundle or by importing another copy of this sheet)</source>
        <translation>modifié dans la feuille, mais la note a changé depuis l&apos;export (%1&#xa0;: dans bnldesk, par un paquet reçu ou en important une autre copie de cette feuille)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="197"/>
        <source>Row %1: changes the note on %2</source>
        <translation>Ligne %1&#xa0;: modifie la note sur %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="206"/>
        <source>Row %1: a new note on %2</source>
        <translation>Ligne %1&#xa0;: une nouvelle note sur %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="216"/>
        <source>Row %1 skipped: %2</source>
        <translation>Ligne %1 ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="226"/>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="233"/>
        <source>Row %1: conflict on the note on %2: %3</source>
        <translation>Ligne %1&#xa0;: conflit sur la note sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="235"/>
        <source>Row %1: also a conflict on the note on %2: %3</source>
        <translation>Ligne %1&#xa0;: aussi un conflit sur la note sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="261"/>
        <source>sheet: %1</source>
        <translation>feuille&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="262"/>
        <source>bnldesk: %1</source>
        <translation>bnldesk&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="286"/>
        <source>%n note(s) not in the sheet: left unchanged (delete a note in bnldesk itself)</source>
        <translation>
            <numerusform>%n note absente de la feuille&#xa0;: laissée telle quelle (supprimez une note dans bnldesk même)</numerusform>
            <numerusform>%n notes absentes de la feuille&#xa0;: laissées telles quelles (supprimez une note dans bnldesk même)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="183"/>
        <source>the unsaved text could not be kept on this computer (%1): do not quit before it is saved</source>
        <translation>le texte non enregistré n&apos;a pas pu être conservé sur cet ordinateur (%1)&#xa0;: ne quittez pas avant qu&apos;il soit enregistré</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="185"/>
        <source>the recovery file %1 cannot be read; it was left as it is</source>
        <translation>le fichier de récupération %1 est illisible&#xa0;; il a été laissé tel quel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="187"/>
        <source>cannot reach the database server %1: nothing was saved; check the network and try again</source>
        <translation>le serveur de base de données %1 est injoignable&#xa0;: rien n&apos;a été enregistré&#xa0;; vérifiez le réseau et réessayez</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="268"/>
        <source>reading %1 stopped before it finished (its process ended with code %2); try again</source>
        <translation>la lecture de %1 s&apos;est arrêtée avant la fin (son processus s&apos;est terminé avec le code %2)&#xa0;; réessayez</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="415"/>
        <source>the export stopped before it finished (its process ended with code %1); nothing was saved; try again</source>
        <translation>l&apos;export s&apos;est arrêté avant la fin (son processus s&apos;est terminé avec le code %1)&#xa0;; rien n&apos;a été enregistré&#xa0;; réessayez</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="479"/>
        <source>A copy is kept on this computer; bnldesk offers to save it when it next opens this database.</source>
        <translation>Une copie est conservée sur cet ordinateur&#xa0;; bnldesk proposera de l&apos;enregistrer à la prochaine ouverture de cette base de données.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="536"/>
        <source>Their text was kept on this computer: %1. Save it in the database now?</source>
        <translation>Leur texte a été conservé sur cet ordinateur&#xa0;: %1. L&apos;enregistrer maintenant dans la base de données&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="42"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="43"/>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="44"/>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="45"/>
        <source>Text document</source>
        <translation>Fichier texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="46"/>
        <source>Markdown document</source>
        <translation>Document Markdown</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="47"/>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="48"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="49"/>
        <source>bnldesk database</source>
        <translation>Base de données bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="50"/>
        <source>JSON file</source>
        <translation>Fichier JSON</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="75"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Type words to find plans, workgroups, contacts and notes; every word must occur. Case, accents and ligatures do not matter.
energie OR klimaat: either word
-Brussel or NOT Brussel: leave out what mentions Brussel
&quot;grensoverschrijdende samenwerking&quot;: these words next to each other
energ*: words starting with energ
NEAR(energie klimaat, 5): at most five words apart
title:energie, code:SENN-CRISE: only in titles, only in workgroup codes
year:2022, year:2021-2023, tag:budget, kind:flagship, kind:note: filters
tag:&quot;cross-border cooperation&quot;: a tag of several words, in double quotes
The search stays within the filters and the scope set on the list.</source>
        <translation type="vanished">Tapez des mots pour trouver plans, groupes de travail, contacts et notes&#xa0;; chaque mot doit figurer. Majuscules, accents et ligatures n&apos;ont pas d&apos;importance.
energie OR klimaat&#xa0;: l&apos;un ou l&apos;autre mot
-Brussel ou NOT Brussel&#xa0;: écarte ce qui mentionne Brussel
&quot;coopération transfrontalière&quot;&#xa0;: ces mots l&apos;un à côté de l&apos;autre
energ*&#xa0;: les mots qui commencent par energ
NEAR(energie klimaat, 5)&#xa0;: au plus cinq mots d&apos;écart
titre:energie, code:SENN-CRISE&#xa0;: seulement dans les titres, seulement dans les codes des groupes
année:2022, année:2021-2023, étiquette:budget, type:phare, type:note&#xa0;: filtres
étiquette:&quot;coopération transfrontalière&quot;&#xa0;: une étiquette de plusieurs mots, entre guillemets droits
Les noms anglais (title:, year:, tag:, kind:) fonctionnent aussi.
La recherche reste dans les filtres et le périmètre de la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation type="vanished">
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln plans</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans and programmes (*.pdf *.docx *.txt *.md);;All files (*)</source>
        <translation type="vanished">Plans et programmes (*.pdf *.docx *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the database by the backup of %s?

The current file is not deleted: it is kept aside in the backups folder.</source>
        <translation type="vanished">Remplacer la base de données par la sauvegarde du %s&#xa0;?

Le fichier actuel n&apos;est pas supprimé&#xa0;: il est conservé à part dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>bnldesk cannot use its database</source>
        <translation type="vanished">bnldesk ne peut pas utiliser sa base de données</translation>
    </message>
    <message>
        <source>The file %1 failed its check (%2). This happens after a crash of the disk or a copy that was interrupted. Your notes are safe in the backups below: restore the newest good one. The damaged file is kept aside, not deleted.</source>
        <translation type="vanished">Le fichier %1 n&apos;a pas passé la vérification (%2). Cela arrive après une panne du disque ou une copie interrompue. Vos notes sont en sécurité dans les sauvegardes ci-dessous&#xa0;: restaurez la plus récente qui est intacte. Le fichier endommagé est conservé à part, pas supprimé.</translation>
    </message>
    <message>
        <source>There is no usable backup. Close bnldesk and ask for help before doing anything.</source>
        <translation type="vanished">Aucune sauvegarde utilisable. Fermez bnldesk et demandez de l&apos;aide avant toute autre action.</translation>
    </message>
    <message>
        <source>Restored the backup %s.</source>
        <translation type="vanished">La sauvegarde %s a été restaurée.</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation type="vanished">Notes non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be saved in the database.</source>
        <translation type="vanished">
            <numerusform>%n note n&apos;a pas pu être enregistrée dans la base de données.</numerusform>
            <numerusform>%n notes n&apos;ont pas pu être enregistrées dans la base de données.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) typed last time could not be saved in this database.</source>
        <translation type="vanished">
            <numerusform>%n note tapée la dernière fois n&apos;a pas pu être enregistrée dans cette base de données.</numerusform>
            <numerusform>%n notes tapées la dernière fois n&apos;ont pas pu être enregistrées dans cette base de données.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/ask.py" line="60"/>
        <source>Your delegation</source>
        <translation>Votre délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/ask.py" line="65"/>
        <source>Which delegation do you work for? Briefs and notes are stamped with it. You can change it later in Preferences.</source>
        <translation>Pour quelle délégation travaillez-vous&#xa0;? Les briefings et les notes la portent. Vous pourrez la modifier plus tard dans les Préférences.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="970"/>
        <source>Changed elsewhere meanwhile: %1. The stored value is shown; yours is kept under File &gt; Resolve conflicts.</source>
        <translation>Modifié ailleurs entre-temps&#xa0;: %1. La valeur enregistrée est affichée&#xa0;; la vôtre est gardée sous Fichier &gt; Résoudre les conflits.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="118"/>
        <source>Some notes were changed here and on the server: both versions are kept. Resolve them with File &gt; Resolve conflicts...</source>
        <translation>Des notes ont été modifiées ici et sur le serveur&#xa0;: les deux versions sont conservées. Résolvez-les avec Fichier &gt; Résoudre les conflits...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="129"/>
        <source>By %1, last changed %2 by %3.</source>
        <translation>Par %1, dernière modification le %2 par %3.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="131"/>
        <source>By %1, last changed %2.</source>
        <translation>Par %1, dernière modification le %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="133"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="143"/>
        <source>Last changed %1 by %2.</source>
        <translation>Dernière modification le %1 par %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="134"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="144"/>
        <source>Last changed %1.</source>
        <translation>Dernière modification le %1.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="298"/>
        <source>Notes from %1, written %2.</source>
        <translation>Notes de %1, écrites le %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="108"/>
        <source>Version of %1</source>
        <translation>Version de %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="110"/>
        <source>Version in the note</source>
        <translation>Version dans la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="110"/>
        <source>Other version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="276"/>
        <source>This record was changed on two laptops since they last exchanged notes. Nothing is lost: the record holds the later change, the other version is kept beside it. Tick the fields where the other version is right, then resolve.</source>
        <translation>Cet élément a été modifié sur deux ordinateurs depuis leur dernier échange de notes. Rien n&apos;est perdu&#xa0;: l&apos;élément garde la modification la plus récente, l&apos;autre version est conservée à côté. Cochez les champs où l&apos;autre version est la bonne, puis résolvez.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="580"/>
        <source>Read-only.</source>
        <translation>Lecture seule.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="580"/>
        <source>Saved automatically.</source>
        <translation>Enregistré automatiquement.</translation>
    </message>
    <message>
        <source>Saved automatically. Last change: %1</source>
        <translation type="vanished">Enregistré automatiquement, modifié le %1</translation>
    </message>
    <message>
        <source>Notes from %1, written %2: %3</source>
        <translation type="vanished">Notes de %1, écrites le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation type="vanished">Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>Upcoming meetings, overdue and open actions, recent notes</source>
        <translation type="vanished">Réunions à venir, actions en retard et ouvertes, notes récentes</translation>
    </message>
    <message>
        <source>use set-aside</source>
        <translation type="vanished">prendre la version mise de côté</translation>
    </message>
    <message>
        <source>keep current</source>
        <translation type="vanished">garder l&apos;actuelle</translation>
    </message>
    <message>
        <source>This record was changed on two laptops since they last exchanged notes. Nothing is lost: the later change is the current version, the other one is set aside. Tick the fields where the set-aside version is right, then resolve.</source>
        <translation type="vanished">Cet enregistrement a été modifié sur deux ordinateurs depuis leur dernier échange de notes. Rien n&apos;est perdu&#xa0;: la modification la plus récente est la version actuelle, l&apos;autre est mise de côté. Cochez les champs où la version mise de côté est juste, puis résolvez.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="324"/>
        <source>the file %1 is a list of workgroups, not a notes sheet: only a notes sheet can be imported. To get one: Export Excel list... &gt; tab Notes &gt; &quot;Include this sheet&quot;; edit that file and import it.</source>
        <translation>le fichier %1 est une liste de groupes de travail, pas une feuille de notes&#xa0;: seule une feuille de notes peut être importée. Pour en obtenir une&#xa0;: Exporter une liste Excel... &gt; onglet Notes &gt; «&#xa0;Inclure cette feuille&#xa0;»&#xa0;; modifiez ce fichier et importez-le.</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile: %1. The stored value is shown; yours is kept under Meetings &gt; Resolve conflicts.</source>
        <translation type="vanished">Modifié ailleurs entre-temps&#xa0;: %1. La valeur enregistrée est affichée&#xa0;; la vôtre est gardée sous Réunions &gt; Résoudre les conflits.</translation>
    </message>
    <message>
        <source>Read-only. Last change: %1</source>
        <translation type="vanished">Lecture seule. Dernière modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some notes were changed here and on the server: both versions are kept. Resolve them with Meetings &gt; Resolve conflicts...</source>
        <translation type="vanished">Des notes ont été modifiées ici et sur le serveur&#xa0;: les deux versions sont conservées. Résolvez-les avec Réunions &gt; Résoudre les conflits...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/fields.py" line="150"/>
        <source>This cell is filled: F2 or a double click changes it.</source>
        <translation>Cette cellule est remplie&#xa0;: F2 ou un double-clic la modifie.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="76"/>
        <source>My delegation</source>
        <translation>Ma délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="77"/>
        <source>Other delegations</source>
        <translation>Autres délégations</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="80"/>
        <source>For other delegations, the file holds only the notes marked shareable and says nothing of the others.</source>
        <translation>Pour les autres délégations, le fichier ne contient que les notes marquées partageables et ne dit rien des autres.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="104"/>
        <source>For other delegations: only notes marked shareable go in. Your delegation&apos;s and private notes stay out, and the file does not mention them.</source>
        <translation>Pour les autres délégations&#xa0;: seules les notes marquées partageables y figurent. Les notes de votre délégation et vos notes privées restent en dehors, et le fichier ne les mentionne pas.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="268"/>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="92"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="511"/>
        <source>for other delegations: shareable notes only</source>
        <translation>pour les autres délégations&#xa0;: notes partageables seulement</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="324"/>
        <source>No results for “%1”. Accents and case do not matter; try a shorter word.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;». Accents et majuscules n&apos;ont pas d&apos;importance&#xa0;; essayez un mot plus court.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="118"/>
        <source>The marking is printed on every brief and list you export, for example &quot;Beperkte verspreiding&quot;. A new language or appearance applies at once.</source>
        <translation>La mention est imprimée sur chaque briefing et liste exportés, par exemple «&#xa0;Diffusion restreinte&#xa0;». Une nouvelle langue ou apparence s&apos;applique immédiatement.</translation>
    </message>
    <message>
        <source>%1 is not a date (for example %2)</source>
        <translation type="vanished">%1 n&apos;est pas une date (par exemple %2)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="121"/>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="303"/>
        <source>contact</source>
        <translation>personne de contact</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="151"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n objectif ou projet</numerusform>
            <numerusform>%n objectifs et projets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="408"/>
        <source>&quot;%1&quot; begins several titles (%2): choose one from the list</source>
        <translation>«&#xa0;%1&#xa0;» est le début de plusieurs titres (%2)&#xa0;: choisissez-en un dans la liste</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="93"/>
        <source>&amp;Import document...</source>
        <translation>&amp;Importer un document...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="97"/>
        <source>Read an annual plan or work programme (PDF, DOCX, text)</source>
        <translation>Lire un plan annuel ou un programme de travail (PDF, DOCX, texte)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="101"/>
        <source>Export &amp;brief (PDF)...</source>
        <translation>Exporter un &amp;briefing (PDF)...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="105"/>
        <source>Write a meeting brief for the selected object</source>
        <translation>Rédiger un briefing de réunion pour l&apos;objet choisi</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="109"/>
        <source>Export &amp;Excel list...</source>
        <translation>Exporter une liste &amp;Excel...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="113"/>
        <source>Write the workgroups and notes to an Excel workbook</source>
        <translation>Écrire les groupes de travail et les notes dans un classeur Excel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="117"/>
        <source>Import notes from E&amp;xcel...</source>
        <translation>Importer des notes depuis E&amp;xcel...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="121"/>
        <source>Read back an exported notes sheet edited in Excel (preview first)</source>
        <translation>Relire une feuille de notes exportée puis modifiée dans Excel (aperçu d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="128"/>
        <source>S&amp;ync with server...</source>
        <translation>S&amp;ynchroniser avec le serveur...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="132"/>
        <source>Exchange the shareable notes, meetings and actions with the delegation server</source>
        <translation>Échanger les notes partageables, réunions et actions avec le serveur de la délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="192"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="196"/>
        <source>Delegation, author, language, export folder and marking</source>
        <translation>Délégation, auteur, langue, dossier d&apos;exportation et mention</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close bnldesk (everything is already saved)</source>
        <translation type="vanished">Fermer bnldesk (tout est déjà enregistré)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="203"/>
        <source>Close bnldesk (notes are saved as you type; an unsaved meeting is asked about)</source>
        <translation>Fermer bnldesk (les notes sont enregistrées pendant la saisie&#xa0;; une réunion non enregistrée est demandée)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="209"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="213"/>
        <source>Undo the last change to a note</source>
        <translation>Annuler la dernière modification d&apos;une note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="217"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="221"/>
        <source>Redo the change just undone</source>
        <translation>Rétablir la modification qui vient d&apos;être annulée</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="225"/>
        <source>Cu&amp;t</source>
        <translation>Cou&amp;per</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="229"/>
        <source>Cut the selected text</source>
        <translation>Couper le texte sélectionné</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="232"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="236"/>
        <source>Copy the selected text, or the selected row</source>
        <translation>Copier le texte ou la ligne sélectionnés</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="239"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="243"/>
        <source>Paste into the field being edited</source>
        <translation>Coller dans le champ en cours de modification</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="246"/>
        <source>Select &amp;all</source>
        <translation>Tout sé&amp;lectionner</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="250"/>
        <source>Select all the text of the field</source>
        <translation>Sélectionner tout le texte du champ</translation>
    </message>
    <message>
        <source>Copy &amp;reference</source>
        <translation type="vanished">Copier la &amp;référence</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="257"/>
        <source>Copy the shown object&apos;s reference (e.g. item:12) for the command line or an agenda</source>
        <translation>Copier la référence de l&apos;objet affiché (p. ex. item:12), pour la ligne de commande ou un ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="263"/>
        <source>&amp;New note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="267"/>
        <source>Add a note to the selected object</source>
        <translation>Ajouter une note à l&apos;objet choisi</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="271"/>
        <source>&amp;Delete note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="275"/>
        <source>Delete the selected note (can be undone)</source>
        <translation>Supprimer la note choisie (peut être annulé)</translation>
    </message>
    <message>
        <source>Add &amp;action item</source>
        <translation type="vanished">Ajouter un point d&apos;&amp;action</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="253"/>
        <source>Copy re&amp;ference</source>
        <translation>Copier la ré&amp;férence</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="279"/>
        <source>Add act&amp;ion item</source>
        <translation>Ajouter un point d&apos;ac&amp;tion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="283"/>
        <source>Add a follow-up action to the selected note</source>
        <translation>Ajouter une action de suivi à la note choisie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="287"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="291"/>
        <source>Search the plans, workgroups and notes</source>
        <translation>Rechercher dans les plans, groupes de travail et notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="294"/>
        <source>&amp;Go to...</source>
        <translation>&amp;Aller à...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="298"/>
        <source>Jump to a workgroup, section or project by typing</source>
        <translation>Accéder à un groupe, un thème ou un projet en tapant son nom</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="301"/>
        <source>Go to &amp;row...</source>
        <translation>Aller à la &amp;ligne...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="305"/>
        <source>Show a row of the list by its number, however long</source>
        <translation>Afficher une ligne de la liste par son numéro, quelle que soit sa longueur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="308"/>
        <source>Plan &amp;items</source>
        <translation>&amp;Éléments du plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="312"/>
        <source>List the objectives and projects in scope</source>
        <translation>Lister les objectifs et projets du périmètre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="315"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="319"/>
        <source>List the delegation&apos;s notes</source>
        <translation>Lister les notes de la délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="332"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="336"/>
        <source>Remove every active filter</source>
        <translation>Retirer tous les filtres actifs</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="339"/>
        <source>Show &amp;all plans</source>
        <translation>Afficher &amp;tous les plans</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="343"/>
        <source>Clear the scope: list and search everything, not only the navigator&apos;s node</source>
        <translation>Effacer le périmètre&#xa0;: tout lister et chercher, pas seulement le nœud choisi</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="348"/>
        <source>Save filters as &amp;view...</source>
        <translation>Enregistrer les filtres comme &amp;vue...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="352"/>
        <source>Name the active filters to reuse them later</source>
        <translation>Nommer les filtres actifs pour les réutiliser</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="355"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="359"/>
        <source>Read the database again</source>
        <translation>Relire la base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="362"/>
        <source>Go to &amp;navigator</source>
        <translation>Aller au &amp;navigateur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="366"/>
        <source>Move the keyboard focus to the plan tree</source>
        <translation>Placer le focus clavier sur l&apos;arborescence des plans</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="369"/>
        <source>Go to &amp;list</source>
        <translation>Aller à la li&amp;ste</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="373"/>
        <source>Move the keyboard focus to the central list</source>
        <translation>Placer le focus clavier sur la liste centrale</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="376"/>
        <source>Go to n&amp;otes</source>
        <translation>Aller aux n&amp;otes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="380"/>
        <source>Move the keyboard focus to the notes of the object</source>
        <translation>Placer le focus clavier sur les notes de l&apos;objet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="383"/>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="387"/>
        <source>Return to the previously shown object</source>
        <translation>Revenir à l&apos;objet affiché précédemment</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="407"/>
        <source>&amp;Using bnldesk</source>
        <translation>&amp;Utiliser bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="411"/>
        <source>Searching, notes and their privacy, shortcuts, where your files are</source>
        <translation>Rechercher, les notes et leur confidentialité, les raccourcis, où sont vos fichiers</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="417"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="421"/>
        <source>List every action and its shortcut</source>
        <translation>Lister chaque action et son raccourci</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="424"/>
        <source>&amp;About bnldesk</source>
        <translation>À &amp;propos de bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="428"/>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="461"/>
        <location filename="../../bnldesk/ui/actions.py" line="467"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="462"/>
        <source>Move agenda point up</source>
        <translation>Monter le point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="464"/>
        <source>Move the selected agenda point one place up</source>
        <translation>Monter d’une place le point choisi de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="468"/>
        <source>Move agenda point down</source>
        <translation>Descendre le point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="470"/>
        <source>Move the selected agenda point one place down</source>
        <translation>Descendre d’une place le point choisi de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="537"/>
        <source>This feature is not available in this version.</source>
        <translation>Cette fonction n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="324"/>
        <source>&amp;Start page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="328"/>
        <source>Upcoming meetings, overdue and open actions, recent notes</source>
        <translation>Réunions à venir, actions en retard et ouvertes, notes récentes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="141"/>
        <source>Pair &amp;laptops...</source>
        <translation>&amp;Associer des portables...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="145"/>
        <source>Accept notes from another laptop of the delegation</source>
        <translation>Accepter les notes d&apos;un autre portable de la délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="149"/>
        <source>S&amp;hare notes...</source>
        <translation>Par&amp;tager des notes...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="153"/>
        <source>Write the delegation&apos;s notes to a file for another laptop</source>
        <translation>Écrire les notes de la délégation dans un fichier pour un autre portable</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="157"/>
        <source>&amp;Receive notes...</source>
        <translation>Rece&amp;voir des notes...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="161"/>
        <source>Merge notes shared from another laptop (preview first)</source>
        <translation>Fusionner les notes partagées depuis un autre portable (aperçu d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="167"/>
        <source>Resolve &amp;conflicts...</source>
        <translation>Résoudre les &amp;conflits...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="171"/>
        <source>Notes changed on two laptops: choose what to keep</source>
        <translation>Notes modifiées sur deux portables&#xa0;: choisissez ce que vous gardez</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="176"/>
        <source>Bac&amp;kups...</source>
        <translation>&amp;Sauvegardes...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="180"/>
        <source>List the automatic backups and restore one</source>
        <translation>Afficher les sauvegardes automatiques et en restaurer une</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="184"/>
        <source>Check &amp;database</source>
        <translation>Vérifier la base de &amp;données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="188"/>
        <source>Check the database file for damage</source>
        <translation>Vérifier que le fichier de la base de données n&apos;est pas endommagé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="390"/>
        <source>&amp;Meetings...</source>
        <translation>&amp;Réunions...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="394"/>
        <source>Meetings with their agenda, positions and outcomes</source>
        <translation>Les réunions avec leur ordre du jour, positions et résultats</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="398"/>
        <source>&amp;New meeting...</source>
        <translation>&amp;Nouvelle réunion...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="402"/>
        <source>Plan a meeting of a workgroup and its agenda</source>
        <translation>Planifier une réunion d&apos;un groupe de travail et son ordre du jour</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../bnldesk/ui/app.py" line="273"/>
        <source>A new database was made with the demo data of the published plans: import the real documents with File &gt; Import.</source>
        <translation>Une nouvelle base de données a été créée avec les données de démonstration des plans publiés&#xa0;: importez les vrais documents par Fichier &gt; Importer.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>automatic</source>
        <translation type="vanished">automatique</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="vanished">faite à la main</translation>
    </message>
    <message>
        <source>before receiving notes</source>
        <translation type="vanished">avant la réception de notes</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="vanished">avant une importation</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="vanished">avant une restauration</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="547"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="548"/>
        <source>Structure of the database file</source>
        <translation>Structure du fichier de la base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="549"/>
        <source>Links between notes, plans and meetings</source>
        <translation>Liens entre notes, plans et réunions</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="550"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="551"/>
        <source>Search index</source>
        <translation>Index de recherche</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="552"/>
        <source>Database version</source>
        <translation>Version de la base de données</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="553"/>
        <source>Every table can be read</source>
        <translation>Chaque table est lisible</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="554"/>
        <source>The server&apos;s own indexes</source>
        <translation>Les index propres du serveur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="557"/>
        <source>in order</source>
        <translation>en ordre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="558"/>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="559"/>
        <source>not checked (the file is read-only)</source>
        <translation>non vérifié (le fichier est en lecture seule)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="560"/>
        <source>not checked (not available on this server)</source>
        <translation>non vérifié (non disponible sur ce serveur)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="563"/>
        <source>not checked (the administrator checks it)</source>
        <translation>non vérifié (l&apos;administrateur s&apos;en charge)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="48"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="49"/>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="50"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="51"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="52"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="53"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="54"/>
        <source>Position state</source>
        <translation>État de la position</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="55"/>
        <source>Consult</source>
        <translation>Encore à consulter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="56"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="57"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="58"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="59"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="60"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="61"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="62"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="63"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="64"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="65"/>
        <source>Video link</source>
        <translation>Lien vidéo</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="66"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="67"/>
        <source>Number on the agenda</source>
        <translation>Numéro à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="68"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="69"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="70"/>
        <source>Agenda point</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="71"/>
        <source>Kind of object</source>
        <translation>Type d&apos;objet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="72"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="73"/>
        <source>Object name</source>
        <translation>Nom de l&apos;objet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="74"/>
        <source>Workgroup</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="75"/>
        <source>Plan year</source>
        <translation>Année du plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="76"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="77"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="vanished">aucune</translation>
    </message>
    <message>
        <source>low</source>
        <translation type="vanished">basse</translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="vanished">normale</translation>
    </message>
    <message>
        <source>high</source>
        <translation type="vanished">haute</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="117"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="120"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation type="vanished">Version actuelle</translation>
    </message>
    <message>
        <source>Set-aside version</source>
        <translation type="vanished">Version mise de côté</translation>
    </message>
    <message>
        <source>Use set-aside</source>
        <translation type="vanished">Prendre celle mise de côté</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="30"/>
        <source>Cover page</source>
        <translation>Page de garde</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="31"/>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="32"/>
        <source>Agenda (meeting briefs)</source>
        <translation>Ordre du jour (briefings de réunion)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="33"/>
        <source>Place in the plan, objectives and projects</source>
        <translation>Place dans le plan, objectifs et projets</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="34"/>
        <source>The delegation&apos;s notes and positions</source>
        <translation>Les notes et positions de la délégation</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="35"/>
        <source>Open action items</source>
        <translation>Points d&apos;action ouverts</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="36"/>
        <source>Secretariat-General contacts</source>
        <translation>Contacts du Secrétariat général</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="37"/>
        <source>Earlier plans and the notes made then</source>
        <translation>Plans antérieurs et notes prises alors</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="40"/>
        <source>Workgroups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="41"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="42"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="18"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="19"/>
        <source>Ongoing project</source>
        <translation>Projet en cours</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="20"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="21"/>
        <source>Flagship project</source>
        <translation>Projet phare</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="22"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Work programme</source>
        <translation type="vanished">Programme de travail</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation type="vanished">Plan annuel</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="vanished">Chapitre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="28"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="vanished">Section</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation type="vanished">Élément du plan</translation>
    </message>
    <message>
        <source>Workgroup</source>
        <translation type="vanished">Groupe de travail</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="vanished">Personne de contact</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="29"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="30"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="vanished">Texte libre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="vanished">En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">Terminé</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation type="vanished">Sans priorité</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="vanished">Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">Haute</translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation type="vanished">Pas encore de position</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="vanished">Accord</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation type="vanished">Réserve</translation>
    </message>
    <message>
        <source>To coordinate</source>
        <translation type="vanished">À coordonner</translation>
    </message>
    <message>
        <source>Private (only me)</source>
        <translation type="vanished">Privée (moi seul)</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="vanished">Délégation</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="vanished">Partageable</translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="vanished">Privée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">Annulé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="44"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="45"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="46"/>
        <source>Gone</source>
        <translation>Disparu</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="47"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="51"/>
        <source>Belgium (BE)</source>
        <translation>Belgique (BE)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="52"/>
        <source>Netherlands (NL)</source>
        <translation>Pays-Bas (NL)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="53"/>
        <source>Luxembourg (LU)</source>
        <translation>Luxembourg (LU)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="54"/>
        <source>Other party</source>
        <translation>Autre partie</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="437"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="438"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="439"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="440"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="442"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="441"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Réunions</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="97"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="99"/>
        <source>Section</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="100"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="98"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="101"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="102"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="106"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="107"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="108"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="109"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="110"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="111"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="112"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="437"/>
        <source>Visibility: who may read the note</source>
        <translation>Visibilité&#xa0;: qui peut lire la note</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../bnldesk/ui/worker.py" line="104"/>
        <source>Internal error (%1). The details are in the log; please report it.</source>
        <translation>Erreur interne (%1). Les détails figurent dans le journal&#xa0;; merci de la signaler.</translation>
    </message>
</context>
</TS>

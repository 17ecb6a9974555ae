<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1768"/>
        <source>Kept your changes to the note on %1; anything new from the meeting is added below them.</source>
        <translation>Uw wijzigingen in de nota bij %1 zijn behouden; wat nieuw is uit de vergadering staat eronder.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="174"/>
        <source>General objectives</source>
        <translation>Algemene doelstellingen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="175"/>
        <source>Flagship projects</source>
        <translation>Vlaggenschipprojecten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="176"/>
        <source>Ongoing projects</source>
        <translation>Voortgangsprojecten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="177"/>
        <source>New projects</source>
        <translation>Nieuwe projecten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="178"/>
        <source>Other projects</source>
        <translation>Andere projecten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="289"/>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="293"/>
        <source>Choose a plan, chapter, section, project or workgroup in the navigator, or press Ctrl+K to jump to one by name.</source>
        <translation>Kies een plan, hoofdstuk, onderdeel, project of werkgroep in de navigator, of druk op Ctrl+K om er een op naam te openen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="330"/>
        <source>This object no longer exists in the database.</source>
        <translation>Dit object bestaat niet meer in de databank.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="118"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="112"/>
        <source>Name in other plans</source>
        <translation>Naam in andere plannen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="128"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="129"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="130"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="131"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="132"/>
        <source>Validity</source>
        <translation>Geldigheid</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="149"/>
        <source>This plan was loaded without its objectives and projects: import the plan&apos;s document (File &gt; Import document...) to read them.</source>
        <translation>Dit plan is geladen zonder zijn doelstellingen en projecten: importeer het document van het plan (Bestand &gt; Document importeren...) om ze te lezen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="153"/>
        <source>The plan gives no further text for this object.</source>
        <translation>Het plan geeft geen verdere tekst bij dit object.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="194"/>
        <location filename="../../bnldesk/ui/browse/navigator.py" line="93"/>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="46"/>
        <source>Workgroups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="198"/>
        <source>The plan names no workgroup for this section.</source>
        <translation>Het plan noemt geen werkgroep voor dit onderdeel.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="200"/>
        <source>Contacts at the Secretariat-General</source>
        <translation>Contactpersonen bij het Secretariaat-Generaal</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="203"/>
        <source>In the plans of</source>
        <translation>In de plannen van</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="205"/>
        <source>Sections carried by this workgroup</source>
        <translation>Onderdelen die deze werkgroep draagt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="184"/>
        <source>Sub-groups</source>
        <translation>Subgroepen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="185"/>
        <source>Objectives and projects</source>
        <translation>Doelstellingen en projecten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="186"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="187"/>
        <source>Chapters</source>
        <translation>Hoofdstukken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="188"/>
        <source>Annual plans</source>
        <translation>Jaarplannen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="189"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="231"/>
        <source>In other years</source>
        <translation>In andere jaren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/detail.py" line="234"/>
        <source>Not found in the other years&apos; plans.</source>
        <translation>Niet teruggevonden in de plannen van andere jaren.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="151"/>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="164"/>
        <source>More filters</source>
        <translation>Meer filters</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="152"/>
        <source>Filter on note status, priority, open actions, changes</source>
        <translation>Filteren op status en prioriteit van nota&apos;s, open actiepunten, wijzigingen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="153"/>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="165"/>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="154"/>
        <source>Save the active filters under a name, or apply a saved view</source>
        <translation>Bewaar de actieve filters onder een naam, of pas een bewaarde weergave toe</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="156"/>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="241"/>
        <source>Plan year</source>
        <translation>Planjaar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="157"/>
        <source>Chapter</source>
        <translation>Hoofdstuk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="158"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="159"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="339"/>
        <location filename="../../bnldesk/services/error_words.py" line="104"/>
        <source>Workgroup</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="160"/>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="196"/>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="197"/>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="221"/>
        <source>All chapters</source>
        <translation>Alle hoofdstukken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="199"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="201"/>
        <source>All workgroups</source>
        <translation>Alle werkgroepen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="202"/>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="258"/>
        <source>Year: %1</source>
        <translation>Jaar: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="261"/>
        <source>Chapter: %1</source>
        <translation>Hoofdstuk: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="263"/>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="266"/>
        <source>Workgroup: %1</source>
        <translation>Werkgroep: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="268"/>
        <source>Tag: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="270"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="272"/>
        <source>Priority: %1</source>
        <translation>Prioriteit: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="274"/>
        <source>Has notes</source>
        <translation>Met nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="276"/>
        <source>Has open actions</source>
        <translation>Met open actiepunten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="278"/>
        <source>Change: %1</source>
        <translation>Wijziging: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="306"/>
        <source>No filters: everything in the selected scope is listed.</source>
        <translation>Geen filters: alles binnen de gekozen reikwijdte wordt getoond.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="314"/>
        <source>Remove this filter</source>
        <translation>Deze filter verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="315"/>
        <source>Remove filter %1</source>
        <translation>Filter %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="321"/>
        <source>Clear all</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="322"/>
        <source>Clear all filters</source>
        <translation>Alle filters wissen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="336"/>
        <source>Any</source>
        <translation>Om het even</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="345"/>
        <source>Note status</source>
        <translation>Status van de nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="350"/>
        <source>Note priority</source>
        <translation>Prioriteit van de nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="356"/>
        <source>Change since the previous plan</source>
        <translation>Wijziging sinds het vorige plan</translation>
    </message>
    <message>
        <source>Compared with the previous plan</source>
        <translation type="vanished">Vergeleken met het vorige plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="362"/>
        <source>Only objects with notes</source>
        <translation>Enkel objecten met nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="363"/>
        <source>Only with open action items</source>
        <translation>Enkel met open actiepunten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="373"/>
        <source>Save current filters as view...</source>
        <translation>Huidige filters bewaren als weergave...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="382"/>
        <source>Delete view</source>
        <translation>Weergave verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="387"/>
        <source>No saved views yet</source>
        <translation>Nog geen bewaarde weergaven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="395"/>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="400"/>
        <source>Save view</source>
        <translation>Weergave bewaren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="396"/>
        <source>No filter is active. Choose filters first, then save them as a view.</source>
        <translation>Er is geen filter actief. Kies eerst filters en bewaar ze dan als weergave.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/filter_bar.py" line="400"/>
        <source>Name of this view (for example: open BE points):</source>
        <translation>Naam van deze weergave (bijvoorbeeld: open punten BE):</translation>
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
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/shortcuts.py" line="61"/>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/shortcuts.py" line="61"/>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/views.py" line="100"/>
        <source>Nothing here matches the scope and filters. Choose another object in the navigator or remove a filter.</source>
        <translation>Niets binnen deze reikwijdte voldoet aan de filters. Kies een ander object in de navigator of verwijder een filter.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/status.py" line="102"/>
        <source>Working...</source>
        <translation>Bezig...</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="vanished">Plannen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/navigator.py" line="94"/>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="46"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="165"/>
        <source>Plan items</source>
        <translation>Planonderdelen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="416"/>
        <source>%1 — bnldesk (read-only)</source>
        <translation>%1 — bnldesk (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="416"/>
        <source>%1 — bnldesk</source>
        <translation>%1 — bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/status.py" line="110"/>
        <source>Read-only: this database is open in another bnldesk window, or cannot be written.</source>
        <translation>Alleen-lezen: deze databank is open in een ander bnldesk-venster, of kan niet beschreven worden.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/navigator.py" line="89"/>
        <source>Plans</source>
        <comment>navigator tab</comment>
        <translation>Plannen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/navigator.py" line="90"/>
        <source>Workgroups</source>
        <comment>navigator tab</comment>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/navigator.py" line="91"/>
        <source>Contacts</source>
        <comment>navigator tab</comment>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="166"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="530"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="546"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="552"/>
        <location filename="../../bnldesk/services/error_words.py" line="110"/>
        <source>Notes</source>
        <translation>Nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="435"/>
        <source>Search plans, workgroups and notes (Ctrl+F)</source>
        <translation>Zoeken in plannen, werkgroepen en nota&apos;s (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="438"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/navigator.py" line="92"/>
        <source>Plans navigator</source>
        <translation>Navigator van de plannen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="168"/>
        <source>List of objects</source>
        <translation>Lijst van objecten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="174"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="295"/>
        <source>Search all plans (%1)</source>
        <translation>Zoek in alle plannen (%1)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="306"/>
        <source>Clear the filters (%1)</source>
        <translation>Filters wissen (%1)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="321"/>
        <source>For either word, write: %1</source>
        <translation>Zoekt u een van beide woorden, schrijf dan: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="439"/>
        <source>Details of the selected object</source>
        <translation>Details van het gekozen object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="167"/>
        <source>List contents</source>
        <translation>Inhoud van de lijst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="440"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="780"/>
        <source>Scope: all plans</source>
        <translation>Reikwijdte: alle plannen</translation>
    </message>
    <message>
        <source>Scope: the section of %1</source>
        <translation type="vanished">Reikwijdte: het onderdeel van %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="786"/>
        <source>Scope: %1</source>
        <translation>Reikwijdte: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="389"/>
        <source>Go to row</source>
        <translation>Ga naar rij</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="390"/>
        <source>Row (1 to %1):</source>
        <translation>Rij (1 tot %1):</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="264"/>
        <source>No plan item has notes matching these filters. Notes on workgroups, sections and chapters are listed under Notes (Ctrl+2).</source>
        <translation>Geen planonderdeel heeft nota&apos;s die aan deze filters voldoen. Nota&apos;s bij werkgroepen, onderdelen en hoofdstukken staan onder Nota&apos;s (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="270"/>
        <source>No plan items here. Choose another object in the navigator.</source>
        <translation>Hier zijn geen planonderdelen. Kies een ander object in de navigator.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/central_list.py" line="272"/>
        <source>No notes here yet. Select an object and press Ctrl+N to write one.</source>
        <translation>Hier zijn nog geen nota&apos;s. Selecteer een object en druk op Ctrl+N om er een te schrijven.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="133"/>
        <source>%Ln search result(s)</source>
        <translation>
            <numerusform>%Ln zoekresultaat</numerusform>
            <numerusform>%Ln zoekresultaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/status.py" line="38"/>
        <source>Counting the plan items…</source>
        <translation>Onderdelen van het plan tellen…</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/status.py" line="38"/>
        <source>Counting the notes…</source>
        <translation>Nota&apos;s tellen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="40"/>
        <source>%Ln plan item(s) in the list</source>
        <translation>
            <numerusform>%Ln onderdeel in de lijst</numerusform>
            <numerusform>%Ln onderdelen in de lijst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="42"/>
        <source>%Ln note(s) in the list</source>
        <translation>
            <numerusform>%Ln nota in de lijst</numerusform>
            <numerusform>%Ln nota&apos;s in de lijst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="44"/>
        <source>%Ln loaded</source>
        <translation>
            <numerusform>%Ln geladen</numerusform>
            <numerusform>%Ln geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="56"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln onderdeel</numerusform>
            <numerusform>%Ln onderdelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="57"/>
        <source>%Ln workgroup(s)</source>
        <translation>
            <numerusform>%Ln werkgroep</numerusform>
            <numerusform>%Ln werkgroepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="58"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln nota&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="59"/>
        <source>%Ln open action(s)</source>
        <translation>
            <numerusform>%Ln open actiepunt</numerusform>
            <numerusform>%Ln open actiepunten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/status.py" line="62"/>
        <source>Database: %1</source>
        <translation>Databank: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/status.py" line="108"/>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>%1 search results</source>
        <translation type="vanished">%1 zoekresultaten</translation>
    </message>
    <message>
        <source>plan items</source>
        <translation type="vanished">planonderdelen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="vanished">nota&apos;s</translation>
    </message>
    <message>
        <source>%1 %2 in the list</source>
        <translation type="vanished">%1 %2 in de lijst</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation type="vanished">%1 geladen</translation>
    </message>
    <message>
        <source>database: %1 plans, %2 items, %3 workgroups, %4 notes, %5 open actions</source>
        <translation type="vanished">databank: %1 plannen, %2 onderdelen, %3 werkgroepen, %4 nota&apos;s, %5 open acties</translation>
    </message>
    <message>
        <source> (best %1 shown)</source>
        <translation type="vanished"> (beste %1 getoond)</translation>
    </message>
    <message>
        <source>%1 results for “%2”</source>
        <translation type="vanished">%1 resultaten voor “%2”</translation>
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
        <translation type="vanished">Typ woorden om plannen, werkgroepen, contactpersonen en nota&apos;s te vinden; elk woord moet voorkomen. Hoofdletters, accenten en ligaturen spelen geen rol.
energie OR klimaat: een van beide woorden
-Brussel of NOT Brussel: laat weg wat Brussel vermeldt
&quot;grensoverschrijdende samenwerking&quot;: deze woorden naast elkaar
energ*: woorden die met energ beginnen
NEAR(energie klimaat, 5): hoogstens vijf woorden uit elkaar
titel:energie, code:SENN-CRISE: alleen in titels, alleen in werkgroepcodes
jaar:2022, jaar:2021-2023, tag:budget, soort:vlaggenschip, soort:nota: filters
De zoekopdracht blijft binnen de filters en de reikwijdte van de lijst.</translation>
    </message>
    <message>
        <source>“%1” has no letters or digits to search for.</source>
        <translation type="vanished">“%1” bevat geen letters of cijfers om naar te zoeken.</translation>
    </message>
    <message>
        <source>No results for “%1” within the filters and scope; %2 without them (%3 clears the filters).</source>
        <translation type="vanished">Geen resultaten voor “%1” binnen de filters en de reikwijdte; %2 zonder (%3 wist de filters).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="283"/>
        <source>(Some of it was read as plain words.)</source>
        <translation>(Een deel is als gewone woorden gelezen.)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="924"/>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="926"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="925"/>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="926"/>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="931"/>
        <source>&amp;Redo %1</source>
        <translation>%1 opnieu&amp;w</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="933"/>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="932"/>
        <source>Redo: %1</source>
        <translation>Opnieuw: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="759"/>
        <source>No filters are set; %1 clears the scope and shows all plans.</source>
        <translation>Er zijn geen filters ingesteld; %1 wist de reikwijdte en toont alle plannen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="773"/>
        <source>the section of %1</source>
        <translation>het onderdeel van %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="784"/>
        <source>Scope, notes on it and on what it contains: %1</source>
        <translation>Reikwijdte, nota&apos;s erop en op wat het bevat: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="933"/>
        <source>Nothing to redo</source>
        <translation>Niets om opnieuw te doen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="944"/>
        <source>Select an object first.</source>
        <translation>Kies eerst een object.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="948"/>
        <source>Copied %1</source>
        <translation>%1 gekopieerd</translation>
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
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="981"/>
        <source>About bnldesk</source>
        <translation>Over bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="982"/>
        <source>bnldesk %1: the Benelux delegations&apos; desktop for plans, notes and briefs.</source>
        <translation>bnldesk %1: de werkplek van de Benelux-delegaties voor plannen, nota&apos;s en briefings.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="986"/>
        <source>Works offline; your notes stay on this computer.</source>
        <translation>Werkt offline; uw nota&apos;s blijven op deze computer.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="989"/>
        <source>Licence: %1. Built with Qt %2 (LGPL-3.0) through PySide6.</source>
        <translation>Licentie: %1. Gebouwd met Qt %2 (LGPL-3.0) via PySide6.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="998"/>
        <source>Importing is not available in this version.</source>
        <translation>Importeren is niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="1004"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="585"/>
        <source>Import document</source>
        <translation>Document importeren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="227"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="509"/>
        <source>Reading %1...</source>
        <translation>%1 wordt gelezen...</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation type="vanished">%1 geïmporteerd: %2.</translation>
    </message>
    <message>
        <source>%1 does not look like the plan already in bnldesk: importing it would remove most of that plan&apos;s sections. Your notes are kept either way, and a backup was made.

Replace the plan with this document?</source>
        <translation type="vanished">%1 lijkt niet op het jaarplan dat al in bnldesk staat: importeren zou de meeste onderdelen van dat plan verwijderen. Uw nota&apos;s blijven hoe dan ook bewaard en er is een back-up gemaakt.

Het plan vervangen door dit document?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1013"/>
        <source>%1 could not be imported:
%2</source>
        <translation>%1 kon niet worden geïmporteerd:
%2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/navigator_model.py" line="279"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/models.py" line="84"/>
        <source>(empty note)</source>
        <translation>(lege nota)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/models.py" line="94"/>
        <source>open actions: %1</source>
        <translation>open acties: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="920"/>
        <location filename="../../bnldesk/ui/notes/models.py" line="95"/>
        <location filename="../../bnldesk/ui/unsaved.py" line="475"/>
        <location filename="../../bnldesk/ui/unsaved.py" line="524"/>
        <location filename="../../bnldesk/ui/unsaved.py" line="531"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/models.py" line="99"/>
        <location filename="../../bnldesk/ui/notes/models.py" line="237"/>
        <source>Not saved yet: kept on this computer</source>
        <translation>Nog niet opgeslagen: bewaard op deze computer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/models.py" line="268"/>
        <source>An action item needs a text</source>
        <translation>Een actiepunt heeft een tekst nodig</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="vanished">Wie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/models.py" line="185"/>
        <source>Double-click a cell or press F2 to change it; dates as %1</source>
        <translation>Dubbelklik op een cel of druk op F2 om ze te wijzigen; datums als %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="45"/>
        <source>New action item</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="67"/>
        <source>The whole meeting</source>
        <translation>De hele vergadering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="73"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="143"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="143"/>
        <location filename="../../bnldesk/ui/notes/models.py" line="182"/>
        <location filename="../../bnldesk/services/error_words.py" line="102"/>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="74"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="144"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="141"/>
        <location filename="../../bnldesk/ui/notes/models.py" line="182"/>
        <location filename="../../bnldesk/services/error_words.py" line="103"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="95"/>
        <source>Say what is to be done.</source>
        <translation>Zeg wat er moet gebeuren.</translation>
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
        <translation>Nieuwe vergadering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="305"/>
        <source>defaults to the workgroup&apos;s name</source>
        <translation>standaard de naam van de werkgroep</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="307"/>
        <source>workgroup code, e.g. SENN-CRISE</source>
        <translation>code van de werkgroep, bv. SENN-CRISE</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="338"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="522"/>
        <location filename="../../bnldesk/services/error_words.py" line="101"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="343"/>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="345"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="57"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="131"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="349"/>
        <location filename="../../bnldesk/services/error_words.py" line="107"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="350"/>
        <location filename="../../bnldesk/services/error_words.py" line="108"/>
        <source>Video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="340"/>
        <location filename="../../bnldesk/services/error_words.py" line="109"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="351"/>
        <location filename="../../bnldesk/services/error_words.py" line="105"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="352"/>
        <location filename="../../bnldesk/services/error_words.py" line="106"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="372"/>
        <source>Save meeting</source>
        <translation>Vergadering bewaren</translation>
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
        <translation>Een briefing voor de vergadering, met de agenda en de standpunten (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="377"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="204"/>
        <source>Add to calendar (.ics)...</source>
        <translation>Aan agenda toevoegen (.ics)...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="379"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1624"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1643"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="205"/>
        <source>Debrief into notes</source>
        <translation>Verslag in nota&apos;s verwerken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="381"/>
        <source>Write each point&apos;s outcome and the new actions as notes on the plan objects</source>
        <translation>De uitkomst van elk punt en de nieuwe acties als nota&apos;s bij de planobjecten schrijven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/action_dialog.py" line="75"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="126"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="517"/>
        <location filename="../../bnldesk/ui/unsaved.py" line="514"/>
        <source>Agenda point</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="128"/>
        <source>Linked to</source>
        <translation>Gekoppeld aan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="130"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="531"/>
        <location filename="../../bnldesk/services/error_words.py" line="111"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>new point: type a project, section or workgroup and pick it, or free text</source>
        <translation type="vanished">nieuw punt: typ een project, onderdeel of werkgroep en kies het, of vrije tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="773"/>
        <source>This meeting is no longer in the database.</source>
        <translation>Deze vergadering staat niet meer in de databank.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="918"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="936"/>
        <source>Meeting with %n agenda point(s)</source>
        <translation>
            <numerusform>Vergadering met %n agendapunt</numerusform>
            <numerusform>Vergadering met %n agendapunten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1066"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1199"/>
        <source>The database did not answer in time</source>
        <translation>De databank antwoordde niet op tijd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1075"/>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1076"/>
        <source>Changed elsewhere since it was shown: %1. Replace it with what you typed?</source>
        <translation>Elders gewijzigd sinds het getoond werd: %1. Vervangen door wat u typte?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1146"/>
        <source>The meeting ends before it starts: it starts %1.</source>
        <translation>De vergadering eindigt voor ze begint: ze begint %1.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1523"/>
        <source>Removed point %1 &quot;%2&quot;.</source>
        <translation>Punt %1 „%2” verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1528"/>
        <source>Its %n action item(s) stay with the meeting.</source>
        <translation>
            <numerusform>Het actiepunt ervan blijft bij de vergadering.</numerusform>
            <numerusform>De %n actiepunten ervan blijven bij de vergadering.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1577"/>
        <source>Deleted the meeting &quot;%1&quot;.</source>
        <translation>Vergadering „%1” verwijderd.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1588"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="208"/>
        <source>Delete meeting</source>
        <translation>Vergadering verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1644"/>
        <source>This meeting is on %1, still to come. Write its outcome into notes now?</source>
        <translation>Deze vergadering is pas op %1. Nu al de uitkomst in nota&apos;s schrijven?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1652"/>
        <source>The notes will say what the meeting decided, which is not known before it.</source>
        <translation>De nota&apos;s zeggen dan wat de vergadering besloot, en dat weet nog niemand.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1756"/>
        <source>Debrief: %1.</source>
        <translation>Verslag: %1.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1773"/>
        <source>No outcome recorded, so nothing written for: %1.</source>
        <translation>Geen uitkomst genoteerd, dus niets geschreven voor: %1.</translation>
    </message>
    <message>
        <source>On %1: point(s) %2.</source>
        <translation type="vanished">Op %1: punt(en) %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1760"/>
        <source>On %1: the action items of no point.</source>
        <translation>Op %1: de actiepunten zonder agendapunt.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1762"/>
        <source>On %1: point %2.</source>
        <translation>Op %1: punt %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1764"/>
        <source>On %1: points %2.</source>
        <translation>Op %1: punten %2.</translation>
    </message>
    <message>
        <source>Not written, nothing recorded on: %1.</source>
        <translation type="vanished">Niet geschreven, niets genoteerd bij: %1.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1779"/>
        <source>Not written, the meeting has no workgroup to carry: %1.</source>
        <translation>Niet geschreven, de vergadering heeft geen werkgroep om ze bij te noteren: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1786"/>
        <source>%n action item(s) not attached: the meeting has no workgroup.</source>
        <translation>
            <numerusform>%n actiepunt niet gekoppeld: de vergadering heeft geen werkgroep.</numerusform>
            <numerusform>%n actiepunten niet gekoppeld: de vergadering heeft geen werkgroep.</numerusform>
        </translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation type="vanished">Verslag: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1751"/>
        <source>%n note(s) written</source>
        <translation>
            <numerusform>%n nota geschreven</numerusform>
            <numerusform>%n nota&apos;s geschreven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1752"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1753"/>
        <source>%n action item(s) attached</source>
        <translation>
            <numerusform>%n actiepunt gekoppeld</numerusform>
            <numerusform>%n actiepunten gekoppeld</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1679"/>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="141"/>
        <source>Point</source>
        <translation>Punt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="423"/>
        <source>New point: a project, section, workgroup or text</source>
        <translation>Nieuw punt: project, onderdeel, werkgroep of tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="425"/>
        <source>Type a project, section or workgroup and pick it from the list, or free text</source>
        <translation>Typ een project, onderdeel of werkgroep en kies het in de lijst, of vrije tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="548"/>
        <source>All points</source>
        <translation>Alle punten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="550"/>
        <source>Show the action items of every point and of the meeting</source>
        <translation>De actiepunten van alle agendapunten en van de hele vergadering tonen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="578"/>
        <source>Action items of point %1</source>
        <translation>Actiepunten van punt %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1705"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1706"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1707"/>
        <source>Remove point</source>
        <translation>Punt verwijderen</translation>
    </message>
    <message>
        <source>new point: a workgroup code, section number (2.1.1), item:12, or free text</source>
        <translation type="vanished">nieuw punt: een werkgroepcode, onderdeelnummer (2.1.1), item:12 of vrije tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="440"/>
        <source>Add point</source>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="442"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="443"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="444"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="499"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="499"/>
        <source>the delegation&apos;s position on this point</source>
        <translation>het standpunt van de delegatie over dit punt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="501"/>
        <source>preparation notes</source>
        <translation>voorbereidende nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="503"/>
        <source>after the meeting: what was decided</source>
        <translation>na de vergadering: wat werd beslist</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="511"/>
        <source>Save point</source>
        <translation>Punt bewaren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="514"/>
        <source>Also saved when you choose another point or close the window</source>
        <translation>Wordt ook bewaard als u een ander punt kiest of het venster sluit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="523"/>
        <source>Position</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="528"/>
        <source>From the notes</source>
        <translation>Uit de nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="543"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1713"/>
        <source>New action item...</source>
        <translation>Nieuw actiepunt...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="456"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="507"/>
        <location filename="../../bnldesk/ui/meetings/panel.py" line="58"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="132"/>
        <location filename="../../bnldesk/ui/unsaved.py" line="513"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1202"/>
        <source>Edit meeting</source>
        <translation>Vergadering bewerken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1235"/>
        <source>The new meeting is not saved yet. Save it?</source>
        <translation>De nieuwe vergadering is nog niet bewaard. Bewaren?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1342"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1439"/>
        <source>Add agenda point</source>
        <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
        <source>Save the meeting first, then add its agenda.</source>
        <translation type="vanished">Bewaar eerst de vergadering en stel dan de agenda op.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1458"/>
        <source>An agenda point needs a title.</source>
        <translation>Een agendapunt heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1502"/>
        <source>Edit agenda point</source>
        <translation>Agendapunt bewerken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1515"/>
        <source>Move agenda point</source>
        <translation>Agendapunt verplaatsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1537"/>
        <source>Remove agenda point</source>
        <translation>Agendapunt verwijderen</translation>
    </message>
    <message>
        <source>Debrief: %1 notes written, %2 updated, %3 actions attached</source>
        <translation type="vanished">Verslag: %1 nota&apos;s geschreven, %2 bijgewerkt, %3 acties gekoppeld</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1690"/>
        <source>Add to calendar</source>
        <translation>Aan agenda toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1690"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar-bestand (*.ics)</translation>
    </message>
    <message>
        <source>Wrote %s</source>
        <translation type="vanished">%s geschreven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="133"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation type="vanished">Tegen (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="145"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="515"/>
        <location filename="../../bnldesk/ui/notes/models.py" line="182"/>
        <location filename="../../bnldesk/services/error_words.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click a cell to change it; dates as YYYY-MM-DD</source>
        <translation type="vanished">Dubbelklik op een cel om ze te wijzigen; datums als JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="469"/>
        <source>New note</source>
        <translation>Nieuwe nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="470"/>
        <source>Add a note to this object (Ctrl+N)</source>
        <translation>Een nota toevoegen aan dit object (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="471"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="472"/>
        <source>Delete the selected note; Edit &gt; Undo brings it back</source>
        <translation>De gekozen nota verwijderen; Bewerken &gt; Ongedaan maken haalt ze terug</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="473"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="475"/>
        <source>&amp;Tags</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="477"/>
        <source>comma separated, e.g. budget, follow-up</source>
        <translation>met komma&apos;s: budget, opvolging</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="478"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="480"/>
        <source>&amp;Priority</source>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="482"/>
        <source>Our p&amp;osition</source>
        <translation>Ons s&amp;tandpunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="484"/>
        <source>The delegation&apos;s position on this point</source>
        <translation>Het standpunt van de delegatie over dit punt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="893"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="502"/>
        <source>&amp;Retry now</source>
        <translation>Nu opnieuw pro&amp;beren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="503"/>
        <source>Try to save what is not saved yet, now</source>
        <translation>Nu proberen op te slaan wat nog niet is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="958"/>
        <source>Now private: copies already shared with other laptops or the server are not withdrawn.</source>
        <translation>Nu privé: kopieën die al gedeeld zijn met andere laptops of de server worden niet ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="978"/>
        <source>Changed elsewhere meanwhile: %1 (shown now); your change is saved too.</source>
        <translation>Intussen elders gewijzigd: %1 (nu getoond); uw wijziging is ook bewaard.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="924"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1069"/>
        <source>Not saved: %1 What you typed is kept on this computer and saved as soon as the database answers again.</source>
        <translation>Niet opgeslagen: %1 Wat u typte, wordt op deze computer bewaard en opgeslagen zodra de databank weer antwoordt.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1084"/>
        <source>Not saved yet: kept on this computer, saved when the database answers</source>
        <translation>Nog niet opgeslagen: bewaard op deze computer, opgeslagen zodra de databank antwoordt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="919"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1085"/>
        <source>Not saved yet (kept on this computer)</source>
        <translation>Nog niet opgeslagen (bewaard op deze computer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1086"/>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="485"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="518"/>
        <location filename="../../bnldesk/services/error_words.py" line="98"/>
        <source>Position state</source>
        <translation>Stand van het standpunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="487"/>
        <source>Still to &amp;consult</source>
        <translation>Nog te &amp;raadplegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="489"/>
        <source>Who must still be consulted at home</source>
        <translation>Wie thuis nog te raadplegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="490"/>
        <source>&amp;Visibility</source>
        <translation>&amp;Zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="493"/>
        <source>Private notes stay on this computer and are never shared or exported to others</source>
        <translation>Privénota&apos;s blijven op deze computer en worden nooit gedeeld of voor anderen geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="496"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="590"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="597"/>
        <source>Nothing was changed: %1</source>
        <translation>Niets gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="552"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="571"/>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="575"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="495"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="520"/>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1566"/>
        <location filename="../../bnldesk/ui/notes/commands.py" line="159"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="497"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="498"/>
        <source>Add action item</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="500"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="501"/>
        <source>Remove action item</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="505"/>
        <source>Write your note; it is saved as you type</source>
        <translation>Schrijf uw nota; ze wordt bewaard terwijl u typt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="512"/>
        <location filename="../../bnldesk/services/error_words.py" line="93"/>
        <source>Note text</source>
        <translation>Tekst van de nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="513"/>
        <location filename="../../bnldesk/services/error_words.py" line="94"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="514"/>
        <location filename="../../bnldesk/services/error_words.py" line="95"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="171"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="516"/>
        <location filename="../../bnldesk/services/error_words.py" line="100"/>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/editor.py" line="129"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="517"/>
        <location filename="../../bnldesk/services/error_words.py" line="97"/>
        <source>Our position</source>
        <translation>Ons standpunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="519"/>
        <location filename="../../bnldesk/services/error_words.py" line="99"/>
        <source>Still to consult</source>
        <translation>Nog te raadplegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="521"/>
        <source>Notes on this object</source>
        <translation>Nota&apos;s bij dit object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="549"/>
        <source>Select an object to read and write its notes.</source>
        <translation>Kies een object om zijn nota&apos;s te lezen en te schrijven.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="556"/>
        <source>No notes on this object yet.</source>
        <translation>Nog geen nota&apos;s bij dit object.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="556"/>
        <source>Press Ctrl+N or New note to add one.</source>
        <translation>Druk op Ctrl+N of Nieuwe nota om er een toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="578"/>
        <source>New note: it is saved as soon as you type.</source>
        <translation>Nieuwe nota: ze wordt bewaard zodra u typt.</translation>
    </message>
    <message>
        <source>nothing was changed.</source>
        <translation type="vanished">er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1209"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="137"/>
        <source>Add note</source>
        <translation>Nota toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="199"/>
        <source>Edit note text</source>
        <translation>Notatekst bewerken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="200"/>
        <source>Change tags</source>
        <translation>Labels wijzigen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="201"/>
        <source>Change priority</source>
        <translation>Prioriteit wijzigen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="202"/>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="203"/>
        <source>Edit position</source>
        <translation>Standpunt bewerken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="204"/>
        <source>Change position state</source>
        <translation>Stand van het standpunt wijzigen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="205"/>
        <source>Edit who to consult</source>
        <translation>Nog te raadplegen wijzigen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="206"/>
        <source>Change visibility</source>
        <translation>Zichtbaarheid wijzigen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="214"/>
        <source>Edit note</source>
        <translation>Nota bewerken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="148"/>
        <source>Delete note</source>
        <translation>Nota verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="176"/>
        <source>Edit action item</source>
        <translation>Actiepunt bewerken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/commands.py" line="192"/>
        <source>Delete action item</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="54"/>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="61"/>
        <source>Type a workgroup code or name, a section or a project (e.g. SENN-CRISE)</source>
        <translation>Typ de code of naam van een werkgroep, een onderdeel of een project (bv. SENN-CRISE)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="63"/>
        <source>Go to: search text</source>
        <translation>Ga naar: zoektekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="70"/>
        <source>Matching objects</source>
        <translation>Overeenkomende objecten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="72"/>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="116"/>
        <source>Enter opens the selected object, Esc closes.</source>
        <translation>Enter opent het gekozen object, Esc sluit.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/quick_open.py" line="118"/>
        <source>Nothing matches. Try fewer or shorter words.</source>
        <translation>Niets gevonden. Probeer minder of kortere woorden.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="40"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="56"/>
        <source>e.g. NRW</source>
        <translation>bv. NRW</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="59"/>
        <source>Your name, as shown on your notes and briefs</source>
        <translation>Uw naam, zoals getoond op uw nota&apos;s en briefings</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="61"/>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="67"/>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="176"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="231"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="645"/>
        <source>Share notes</source>
        <translation>Nota&apos;s delen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="178"/>
        <source>All notes, meetings and actions of the delegation</source>
        <translation>Alle nota&apos;s, vergaderingen en acties van de delegatie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="179"/>
        <source>Changed since</source>
        <translation>Gewijzigd sinds</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="180"/>
        <source>Only the workgroup</source>
        <translation>Enkel de werkgroep</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="200"/>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="71"/>
        <source>Choose...</source>
        <translation>Kiezen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="202"/>
        <source>Private notes never leave this laptop.</source>
        <translation>Privénota&apos;s verlaten deze laptop nooit.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="311"/>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="98"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="218"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="231"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="659"/>
        <source>bnldesk notes (*.bnlnotes)</source>
        <translation>bnldesk-nota&apos;s (*.bnlnotes)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="275"/>
        <source>%n private note(s) left out: private notes never leave this laptop.</source>
        <translation>
            <numerusform>%n privénota weggelaten: privénota&apos;s verlaten deze laptop nooit.</numerusform>
            <numerusform>%n privénota&apos;s weggelaten: privénota&apos;s verlaten deze laptop nooit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="282"/>
        <source>Action items linked again to their note first: %1</source>
        <translation>Actiepunten eerst opnieuw aan hun nota gekoppeld: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="294"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="658"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="682"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="685"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="687"/>
        <source>Receive notes</source>
        <translation>Nota&apos;s ontvangen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="299"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="308"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="316"/>
        <source>A backup is made first. Conflicting changes keep both versions.</source>
        <translation>Eerst wordt een reservekopie gemaakt. Bij tegenstrijdige wijzigingen blijven beide versies bewaard.</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="vanished">&amp;Vergaderingen</translation>
    </message>
    <message>
        <source>&amp;Meetings...</source>
        <translation type="vanished">&amp;Vergaderingen...</translation>
    </message>
    <message>
        <source>&amp;New meeting...</source>
        <translation type="vanished">&amp;Nieuwe vergadering...</translation>
    </message>
    <message>
        <source>&amp;Pair laptops...</source>
        <translation type="vanished">&amp;Laptops koppelen...</translation>
    </message>
    <message>
        <source>S&amp;hare notes...</source>
        <translation type="vanished">Nota&apos;s &amp;delen...</translation>
    </message>
    <message>
        <source>&amp;Receive notes...</source>
        <translation type="vanished">Nota&apos;s &amp;ontvangen...</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation type="vanished">&amp;Reservekopieën...</translation>
    </message>
    <message>
        <source>Pair &amp;laptops...</source>
        <translation type="vanished">&amp;Laptops koppelen...</translation>
    </message>
    <message>
        <source>Bac&amp;kups...</source>
        <translation type="vanished">&amp;Reservekopieën...</translation>
    </message>
    <message>
        <source>Check &amp;database</source>
        <translation type="vanished">Databank &amp;controleren</translation>
    </message>
    <message>
        <source>Meetings with their agenda, positions and outcomes</source>
        <translation type="vanished">Vergaderingen met hun agenda, standpunten en resultaten</translation>
    </message>
    <message>
        <source>Plan a meeting of a workgroup and its agenda</source>
        <translation type="vanished">Een vergadering van een werkgroep en haar agenda plannen</translation>
    </message>
    <message>
        <source>Notes changed on two laptops: choose what to keep</source>
        <translation type="vanished">Nota&apos;s die op twee laptops gewijzigd zijn: kies wat u bewaart</translation>
    </message>
    <message>
        <source>Accept notes from another laptop of the delegation</source>
        <translation type="vanished">Nota&apos;s aanvaarden van een andere laptop van de delegatie</translation>
    </message>
    <message>
        <source>Write the delegation&apos;s notes to a file for another laptop</source>
        <translation type="vanished">De nota&apos;s van de delegatie naar een bestand schrijven voor een andere laptop</translation>
    </message>
    <message>
        <source>Merge notes shared from another laptop (preview first)</source>
        <translation type="vanished">Nota&apos;s van een andere laptop samenvoegen (eerst een voorbeeld)</translation>
    </message>
    <message>
        <source>List the automatic backups and restore one</source>
        <translation type="vanished">De automatische reservekopieën tonen en er een terugzetten</translation>
    </message>
    <message>
        <source>Check the database file for damage</source>
        <translation type="vanished">Het databankbestand op beschadiging controleren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="425"/>
        <source>Start page</source>
        <translation>Startpagina</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="475"/>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="604"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="258"/>
        <source>Wrote %1: %2.</source>
        <translation>%1 geschreven: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="265"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n vergadering</numerusform>
            <numerusform>%n vergaderingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="266"/>
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n actiepunt</numerusform>
            <numerusform>%n actiepunten</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2 notes, %3 meetings, %4 actions.</source>
        <translation type="vanished">%1 geschreven: %2 nota&apos;s, %3 vergaderingen, %4 acties.</translation>
    </message>
    <message>
        <source>Restored. The previous file is kept at %s</source>
        <translation type="vanished">Hersteld. Het vorige bestand wordt bewaard in %s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="740"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="745"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="748"/>
        <source>Check database</source>
        <translation>Databank controleren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="68"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="69"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="82"/>
        <source>No marking</source>
        <translation>Geen markering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="83"/>
        <source>Show the start page when bnldesk starts</source>
        <translation>De startpagina tonen wanneer bnldesk start</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="104"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegatie:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="105"/>
        <source>&amp;Author name:</source>
        <translation>Naam van de &amp;auteur:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="106"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Taal van de interface:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="107"/>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="108"/>
        <source>Default &amp;export folder:</source>
        <translation>Standaardmap voor &amp;export:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="109"/>
        <source>&amp;Marking on exports:</source>
        <translation>&amp;Markering op exports:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="111"/>
        <source>Name of the other party</source>
        <translation>Naam van de andere partij</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="112"/>
        <source>Choose the export folder</source>
        <translation>De exportmap kiezen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="150"/>
        <source>Not chosen yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>The marking is printed on every brief and list you export, for example &quot;Beperkte verspreiding&quot;. A new language applies at once.</source>
        <translation type="vanished">De markering wordt afgedrukt op elke briefing en lijst die u exporteert, bijvoorbeeld &quot;Beperkte verspreiding&quot;. Een nieuwe taal geldt meteen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="140"/>
        <source>Default export folder</source>
        <translation>Standaardmap voor export</translation>
    </message>
    <message>
        <source>before updating the database</source>
        <translation type="vanished">vóór het bijwerken van de databank</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="68"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="72"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="73"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="127"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="251"/>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="170"/>
        <source>The database is damaged</source>
        <translation>De databank is beschadigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="186"/>
        <source>Restore selected backup</source>
        <translation>Gekozen reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="313"/>
        <source>bnldesk databases (*.db);;All files (*)</source>
        <translation>bnldesk-databanken (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="316"/>
        <source>Create a new database</source>
        <translation>Nieuwe databank maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="320"/>
        <source>Open another database</source>
        <translation>Andere databank openen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="348"/>
        <source>%1 is read-only on disk: you can read it but not save changes.</source>
        <translation>%1 is op de schijf alleen-lezen: u kunt het lezen maar geen wijzigingen bewaren.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="352"/>
        <source>%1 is already open in another bnldesk window: this window is read-only, changes are made in the other one.</source>
        <translation>%1 is al geopend in een ander bnldesk-venster: dit venster is alleen-lezen, wijzigingen maakt u in het andere.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="539"/>
        <source>Details for support:</source>
        <translation>Details voor de ondersteuning:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="105"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="191"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="356"/>
        <source>%s is open read-only: you can read but not save changes.</source>
        <translation>%s is alleen-lezen geopend: u kunt lezen, maar geen wijzigingen opslaan.</translation>
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
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="380"/>
        <source>bnldesk backs up the database every 30 minutes of use when something changed, and before every import, update, restore and merge of notes. Older backups are thinned out: recent ones, then one per day, week and month.</source>
        <translation>bnldesk maakt elke 30 minuten gebruik een reservekopie van de databank als er iets veranderde, en vóór elke import, update, terugzetting en samenvoeging van nota&apos;s. Oudere kopieën worden uitgedund: de recente, dan één per dag, week en maand.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="387"/>
        <source>Back up now</source>
        <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="392"/>
        <source>Restore...</source>
        <translation>Terugzetten...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="484"/>
        <source>bnldesk met an internal error; nothing was changed. The details are in the log: please report it.</source>
        <translation>bnldesk stuitte op een interne fout; er is niets gewijzigd. De details staan in het logboek: meld dit alstublieft.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="506"/>
        <source>The replaced database is kept at %s.</source>
        <translation>De vervangen databank is bewaard in %s.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="529"/>
        <source>The database is in good order: its structure, the links between its records and the search index were checked.</source>
        <translation>De databank is in orde: de structuur, de verbanden tussen de gegevens en de zoekindex zijn gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="534"/>
        <source>The database is damaged. Your notes may be incomplete: open File &gt; Backups... and restore the newest backup, or ask for help with the details below.</source>
        <translation>De databank is beschadigd. Uw nota&apos;s kunnen onvolledig zijn: open Bestand &gt; Reservekopieën... en zet de nieuwste reservekopie terug, of vraag hulp met de gegevens hieronder.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="92"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="92"/>
        <source>not deleted</source>
        <translation>niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="218"/>
        <source>No conflicts on this laptop. Other laptops learn how conflicts were resolved here when you share your notes with them.</source>
        <translation>Geen conflicten op deze laptop. Andere laptops horen hoe conflicten hier zijn opgelost wanneer u uw nota&apos;s met hen deelt.</translation>
    </message>
    <message>
        <source>use other</source>
        <translation type="vanished">andere gebruiken</translation>
    </message>
    <message>
        <source>keep this</source>
        <translation type="vanished">deze behouden</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="242"/>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="244"/>
        <source>Noticed</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>This record was changed on this laptop and on another one since they last exchanged notes. Both versions are kept. Tick the fields where the other version is right, then resolve.</source>
        <translation type="vanished">Dit gegeven werd op deze en op een andere laptop gewijzigd sinds ze laatst nota&apos;s uitwisselden. Beide versies blijven bewaard. Vink de velden aan waar de andere versie juist is en los dan op.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="287"/>
        <source>Resolve</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>No conflicts: every laptop agrees.</source>
        <translation type="vanished">Geen conflicten: alle laptops zijn het eens.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="51"/>
        <source>Browse...</source>
        <translation>Bladeren...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="60"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="128"/>
        <source>Folder not made</source>
        <translation>Map niet aangemaakt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="130"/>
        <source>The folder %1 could not be made: %2.</source>
        <translation>De map %1 kon niet worden aangemaakt: %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="142"/>
        <source>Make folder</source>
        <translation>Map aanmaken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="143"/>
        <source>The folder %1 does not exist. Make it?</source>
        <translation>De map %1 bestaat niet. Aanmaken?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="156"/>
        <source>Replace file</source>
        <translation>Bestand vervangen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="157"/>
        <source>%1 already exists in %2. Replace it?</source>
        <translation>%1 bestaat al in %2. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="129"/>
        <source>Proposed: %1, the plan of the meeting&apos;s year.</source>
        <translation>Voorgesteld: %1, het jaarplan van het jaar van de vergadering.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="131"/>
        <source>Proposed: %1, the latest plan that lists %2 (no plan of %3 does).</source>
        <translation>Voorgesteld: %1, het laatste jaarplan dat %2 vermeldt (geen jaarplan %3 vermeldt het).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="133"/>
        <source>Proposed: %1, the latest plan that lists %2.</source>
        <translation>Voorgesteld: %1, het laatste jaarplan dat %2 vermeldt.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="134"/>
        <source>The plan the section is in.</source>
        <translation>Het jaarplan waarin het onderdeel staat.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="135"/>
        <source>No plan lists %2 yet: the brief has no place in the plan.</source>
        <translation>Nog geen jaarplan vermeldt %2: de nota heeft geen plaats in het jaarplan.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="140"/>
        <source>Agenda points stay in their own plans: %1.</source>
        <translation>Agendapunten blijven in hun eigen jaarplan: %1.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="185"/>
        <source>Export brief (PDF)</source>
        <translation>Briefing exporteren (PDF)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="226"/>
        <source>The annual plan the brief describes</source>
        <translation>Het jaarplan dat de briefing beschrijft</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="229"/>
        <source>No meeting (no agenda)</source>
        <translation>Geen vergadering (geen agenda)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="240"/>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="243"/>
        <source>Agenda of</source>
        <translation>Agenda van</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="281"/>
        <source>Parts of the brief</source>
        <translation>Delen van de briefing</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="294"/>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="187"/>
        <source>Include notes marked private</source>
        <translation>Ook privénota&apos;s opnemen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="308"/>
        <source>e.g. LIMITED DISTRIBUTION</source>
        <translation>bv. BEPERKTE VERSPREIDING</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="309"/>
        <source>Marking</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="392"/>
        <source>the plan of the selected object</source>
        <translation>het plan van het gekozen object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="401"/>
        <source>This meeting</source>
        <translation>Deze vergadering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="412"/>
        <source>Proposed: the next meeting of %1, with its agenda. Choose &quot;No meeting&quot; for a brief without an agenda.</source>
        <translation>Voorgesteld: de volgende vergadering van %1, met haar agenda. Kies „Geen vergadering” voor een nota zonder agenda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="417"/>
        <source>%n coming meeting(s) of this workgroup to choose from.</source>
        <translation>
            <numerusform>%n komende vergadering van deze werkgroep om uit te kiezen.</numerusform>
            <numerusform>%n komende vergaderingen van deze werkgroep om uit te kiezen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="422"/>
        <source>No coming meeting of %1 is planned.</source>
        <translation>Er is geen komende vergadering van %1 gepland.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="482"/>
        <source>Your private notes are included.</source>
        <translation>Uw privénota&apos;s worden opgenomen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="491"/>
        <source>%n private note(s)</source>
        <translation>
            <numerusform>%n privénota</numerusform>
            <numerusform>%n privénota&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="492"/>
        <source>%n private action item(s)</source>
        <translation>
            <numerusform>%n privé-actiepunt</numerusform>
            <numerusform>%n privé-actiepunten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="497"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="503"/>
        <source>Left out: %1. Private notes stay on this computer unless you tick the box above.</source>
        <translation>Weggelaten: %1. Privénota&apos;s blijven op deze computer, tenzij u het vakje hierboven aanvinkt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="516"/>
        <source>%n private note(s) left out</source>
        <translation>
            <numerusform>%n privénota weggelaten</numerusform>
            <numerusform>%n privénota&apos;s weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="518"/>
        <source>%n private action item(s) left out</source>
        <translation>
            <numerusform>%n privé-actiepunt weggelaten</numerusform>
            <numerusform>%n privé-actiepunten weggelaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation type="vanished">Markering:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="1010"/>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="310"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="vanished">Bestand:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="320"/>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="201"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="80"/>
        <source>Export Excel workbook</source>
        <translation>Excel-werkmap exporteren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="125"/>
        <source>none (everything)</source>
        <translation>geen (alles)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="128"/>
        <source>Filters applied to the workbook: %1</source>
        <translation>Filters toegepast op de werkmap: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="129"/>
        <source>Not applied (they filter the window&apos;s list only): %1</source>
        <translation>Niet toegepast (ze filteren alleen de lijst in het venster): %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="133"/>
        <source>Filters of the current view: %1</source>
        <translation>Filters van de huidige weergave: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="147"/>
        <source>Include this sheet</source>
        <translation>Dit werkblad opnemen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="158"/>
        <source>Keep the id column to edit the notes in Excel and read them back with File &gt; Import notes from Excel.</source>
        <translation>Behoud de kolom id om de nota&apos;s in Excel te bewerken en ze terug in te lezen met Bestand &gt; Nota&apos;s uit Excel importeren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="238"/>
        <source>%n private note(s) are left out (they stay on this computer).</source>
        <translation>
            <numerusform>%n privénota wordt weggelaten (ze blijft op deze computer).</numerusform>
            <numerusform>%n privénota&apos;s worden weggelaten (ze blijven op deze computer).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="246"/>
        <source>Private notes will be in the file: anyone who gets it can read them. Edits to them are read back only on this computer.</source>
        <translation>De privénota&apos;s komen in het bestand: wie het krijgt, kan ze lezen. Wijzigingen eraan worden alleen op deze computer ingelezen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="252"/>
        <source>Only the %1 plan: other years are left out.</source>
        <translation>Alleen het plan %1: andere jaren worden weggelaten.</translation>
    </message>
    <message>
        <source>Keep the id column to edit the notes in Excel and read them back with &apos;bnldesk import-annotations&apos;.</source>
        <translation type="vanished">Behoud de kolom id om de nota&apos;s in Excel te bewerken en ze terug in te lezen met &apos;bnldesk import-annotations&apos;.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="268"/>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="96"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="53"/>
        <location filename="../../bnldesk/ui/exports/running.py" line="71"/>
        <source>Export finished</source>
        <translation>Export voltooid</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="55"/>
        <source>The file is here:</source>
        <translation>Het bestand staat hier:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="57"/>
        <source>Copy path</source>
        <translation>Pad kopiëren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="72"/>
        <location filename="../../bnldesk/ui/exports/running.py" line="177"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="74"/>
        <source>Open file</source>
        <translation>Bestand openen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="75"/>
        <source>Show in folder</source>
        <translation>In map tonen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="83"/>
        <source>No program to open this file was found on this computer.</source>
        <translation>Er is op deze computer geen programma gevonden om dit bestand te openen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="89"/>
        <source>The folder could not be shown: no file manager answered.</source>
        <translation>De map kon niet getoond worden: geen bestandsbeheerder reageerde.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="102"/>
        <source>Writing %1...</source>
        <translation>%1 wordt geschreven...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="102"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="431"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="510"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="105"/>
        <source>Exporting</source>
        <translation>Bezig met exporteren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/running.py" line="158"/>
        <source>Export cancelled: nothing was saved.</source>
        <translation>Export geannuleerd: er is niets bewaard.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="vanished">%1 kon niet bewaard worden: %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="88"/>
        <source>Select a workgroup, a section, a project or a meeting first.</source>
        <translation>Kies eerst een werkgroep, een onderdeel, een project of een vergadering.</translation>
    </message>
    <message>
        <source>%1 page(s), %2 note(s)</source>
        <translation type="vanished">%1 pagina(&apos;s), %2 nota(&apos;s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="130"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="130"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="158"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="264"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n nota&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="235"/>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="267"/>
        <source>Import notes from Excel</source>
        <translation>Nota&apos;s uit Excel importeren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="238"/>
        <source>These changes will be made. Nothing else in the database is touched.</source>
        <translation>Deze wijzigingen worden aangebracht. Verder wordt niets in de databank aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="240"/>
        <source>The sheet changes nothing.</source>
        <translation>Het werkblad wijzigt niets.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="285"/>
        <source>Import notes from %1</source>
        <translation>Nota&apos;s inlezen uit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="320"/>
        <source>%n note(s) changed since were left as they are.</source>
        <translation>
            <numerusform>%n nota die sindsdien gewijzigd is, bleef zoals ze was.</numerusform>
            <numerusform>%n nota&apos;s die sindsdien gewijzigd zijn, bleven zoals ze waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="336"/>
        <source>%n row(s) not applied because of a conflict (importing the sheet again shows them)</source>
        <translation>
            <numerusform>%n rij niet toegepast wegens een conflict (lees het werkblad opnieuw in om die te zien)</numerusform>
            <numerusform>%n rijen niet toegepast wegens een conflict (lees het werkblad opnieuw in om ze te zien)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="315"/>
        <source>Import undone: %n note(s) put back.</source>
        <translation>
            <numerusform>Inlezen ongedaan gemaakt: %n nota teruggezet.</numerusform>
            <numerusform>Inlezen ongedaan gemaakt: %n nota&apos;s teruggezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="317"/>
        <source>Import redone: %n note(s) changed again.</source>
        <translation>
            <numerusform>Inlezen opnieuw uitgevoerd: %n nota opnieuw gewijzigd.</numerusform>
            <numerusform>Inlezen opnieuw uitgevoerd: %n nota&apos;s opnieuw gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="329"/>
        <source>%n note(s) updated</source>
        <translation>
            <numerusform>%n nota bijgewerkt</numerusform>
            <numerusform>%n nota&apos;s bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="331"/>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="184"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="332"/>
        <source>(Edit &gt; Undo takes the import back)</source>
        <translation>(Bewerken &gt; Ongedaan maken draait het inlezen terug)</translation>
    </message>
    <message>
        <source>%1 note(s) updated, %2 new</source>
        <translation type="vanished">%1 nota(&apos;s) bijgewerkt, %2 nieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="227"/>
        <source>New meeting...</source>
        <translation>Nieuwe vergadering...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="134"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="144"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="243"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="163"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="119"/>
        <source>Reading...</source>
        <translation>Bezig met lezen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="166"/>
        <source>On</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="167"/>
        <location filename="../../bnldesk/ui/unsaved.py" line="509"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="288"/>
        <source>Upcoming meetings</source>
        <translation>Komende vergaderingen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="288"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="310"/>
        <source>No meetings planned.</source>
        <translation>Geen vergaderingen gepland.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="290"/>
        <source>Overdue actions</source>
        <translation>Achterstallige acties</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="290"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="312"/>
        <source>Nothing overdue.</source>
        <translation>Niets achterstallig.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="294"/>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="294"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="320"/>
        <source>No open actions.</source>
        <translation>Geen open acties.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="295"/>
        <source>Recently changed notes</source>
        <translation>Recent gewijzigde nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="346"/>
        <source>Could not be read: %s</source>
        <translation>Kon niet worden gelezen: %s</translation>
    </message>
    <message>
        <source>No notes changed lately.</source>
        <translation type="vanished">Geen recent gewijzigde nota&apos;s.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="212"/>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="305"/>
        <source>Today, %s</source>
        <translation>Vandaag, %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="316"/>
        <source>The %n longest overdue are listed.</source>
        <translation>
            <numerusform>De %n langst achterstallige wordt getoond.</numerusform>
            <numerusform>De %n langst achterstallige worden getoond.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="320"/>
        <source>No other open actions.</source>
        <translation>Geen andere openstaande acties.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="325"/>
        <source>The %n due first are listed.</source>
        <translation>
            <numerusform>De %n met de vroegste termijn wordt getoond.</numerusform>
            <numerusform>De %n met de vroegste termijn worden getoond.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="328"/>
        <source>No notes changed in the last %n day(s).</source>
        <translation>
            <numerusform>Geen nota&apos;s gewijzigd in de laatste %n dag.</numerusform>
            <numerusform>Geen nota&apos;s gewijzigd in de laatste %n dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="334"/>
        <source>%n note(s) were changed on two laptops: resolve the conflicts...</source>
        <translation>
            <numerusform>%n nota werd op twee laptops gewijzigd: los het conflict op...</numerusform>
            <numerusform>%n nota&apos;s werden op twee laptops gewijzigd: los de conflicten op...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="62"/>
        <source>The disk is full</source>
        <translation>De schijf is vol</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="64"/>
        <source>Another program is using the database</source>
        <translation>Een ander programma gebruikt de databank</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="66"/>
        <source>The database cannot be written</source>
        <translation>Er kan niet in de databank geschreven worden</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="68"/>
        <source>This database belongs to a newer bnldesk</source>
        <translation>Deze databank hoort bij een nieuwere bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="70"/>
        <source>This file is not a bnldesk database</source>
        <translation>Dit bestand is geen bnldesk-databank</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="72"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="170"/>
        <source>The database file is lost</source>
        <translation>Het databankbestand is verloren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="73"/>
        <source>bnldesk cannot open its database</source>
        <translation>bnldesk kan zijn databank niet openen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="96"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="98"/>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="100"/>
        <source>Restore a backup...</source>
        <translation>Reservekopie terugzetten...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="102"/>
        <source>Open another database...</source>
        <translation>Andere databank openen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="104"/>
        <source>Create a new database...</source>
        <translation>Nieuwe databank maken...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="52"/>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="139"/>
        <source>Pair laptops</source>
        <translation>Laptops koppelen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="57"/>
        <source>Notes are only received from paired laptops. Give this laptop&apos;s code to the other laptop, and enter its code here with a name. Private notes never leave this laptop.</source>
        <translation>Nota&apos;s worden alleen ontvangen van gekoppelde laptops. Geef de code van deze laptop aan de andere laptop en vul hier de code van die laptop in, met een naam. Privénota&apos;s verlaten deze laptop nooit.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="78"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="90"/>
        <source>for example: Anna&apos;s laptop</source>
        <translation>bijvoorbeeld: laptop van Anna</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="92"/>
        <source>Pair</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="96"/>
        <source>This laptop&apos;s code</source>
        <translation>Code van deze laptop</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="97"/>
        <source>Other laptop&apos;s code</source>
        <translation>Code van de andere laptop</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="98"/>
        <source>Its name</source>
        <translation>Naam ervan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="106"/>
        <source>Paired laptop</source>
        <translation>Gekoppelde laptop</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="107"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="116"/>
        <source>Forget</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/context_menus.py" line="55"/>
        <source>Expand all below</source>
        <translation>Alles eronder openvouwen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/context_menus.py" line="57"/>
        <source>Collapse all</source>
        <translation>Alles dichtvouwen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/dates.py" line="107"/>
        <source>%1: %2 is a %3</source>
        <translation>%1: %2 is een %3</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/dates.py" line="111"/>
        <source>%1 is not a date (for example %2, 15 december, tomorrow, next tuesday or in 3 days)</source>
        <translation>%1 is geen datum (bijvoorbeeld %2, 15 december, morgen, volgende week dinsdag of over 3 dagen)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/dates.py" line="124"/>
        <source>%1 is not a time of day (for example 09:30)</source>
        <translation>%1 is geen tijdstip (bijvoorbeeld 09:30)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="47"/>
        <source>contents entry before any theme</source>
        <translation>regel van de inhoudstafel vóór het eerste thema</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="48"/>
        <source>in the table of contents but not in the text</source>
        <translation>staat in de inhoudstafel maar niet in de tekst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="50"/>
        <source>%n theme(s) recognised by their capitals only (no table of contents or numbers to check them against)</source>
        <translation>
            <numerusform>%n thema alleen aan de hoofdletters herkend (geen inhoudstafel of nummers om het aan te toetsen)</numerusform>
            <numerusform>%n thema&apos;s alleen aan de hoofdletters herkend (geen inhoudstafel of nummers om ze aan te toetsen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="56"/>
        <source>%n theme(s) recognised by their capitals only (no table of contents or numbers to check them against); too few for a programme</source>
        <translation>
            <numerusform>%n thema alleen aan de hoofdletters herkend (geen inhoudstafel of nummers om het aan te toetsen); te weinig voor een werkprogramma</numerusform>
            <numerusform>%n thema&apos;s alleen aan de hoofdletters herkend (geen inhoudstafel of nummers om ze aan te toetsen); te weinig voor een werkprogramma</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="61"/>
        <source>no sections found under the chapters</source>
        <translation>geen onderdelen gevonden onder de hoofdstukken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="62"/>
        <source>no items or workgroups found in any section</source>
        <translation>in geen enkel onderdeel projecten of werkgroepen gevonden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="64"/>
        <source>%n of %1 section(s) have no items</source>
        <translation>
            <numerusform>%n van de %1 onderdelen heeft geen projecten</numerusform>
            <numerusform>%n van de %1 onderdelen hebben geen projecten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="68"/>
        <source>the file name says %1 but the plan is read as %2: check the year</source>
        <translation>de bestandsnaam noemt %1, maar het jaarplan wordt gelezen als %2: kijk het jaar na</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="73"/>
        <source>%1 follows the plan in the same file; it is imported as a separate programme</source>
        <translation>%1 volgt op het jaarplan in hetzelfde bestand; het wordt als apart werkprogramma geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="77"/>
        <source>a second document follows the plan in the same file; it was not imported</source>
        <translation>een tweede document volgt op het jaarplan in hetzelfde bestand; het is niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="80"/>
        <source>section %1 has no heading in the text; taken to start here</source>
        <translation>onderdeel %1 heeft geen titel in de tekst; aangenomen dat het hier begint</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="83"/>
        <source>items of chapter %1 before any section were placed in %2</source>
        <translation>projecten van hoofdstuk %1 die vóór het eerste onderdeel staan, zijn in %2 geplaatst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="88"/>
        <source>a flagship mark at the end of the text marks nothing</source>
        <translation>een vlaggenschipmarkering aan het einde van de tekst hoort bij niets</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="91"/>
        <source>section %1 is in the table of contents but not in the text</source>
        <translation>onderdeel %1 staat in de inhoudstafel maar niet in de tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="94"/>
        <source>%1 is in the table of contents but not in the text</source>
        <translation>%1 staat in de inhoudstafel maar niet in de tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="96"/>
        <source>contact line without a name</source>
        <translation>regel met contactgegevens zonder naam</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="97"/>
        <source>text before the first chapter skipped</source>
        <translation>tekst vóór het eerste hoofdstuk overgeslagen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="99"/>
        <source>a heading numbered %1 where %2 was expected: read as text</source>
        <translation>een titel met nummer %1 waar %2 verwacht werd: als tekst gelezen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="104"/>
        <source>a heading numbered %1 where chapter %2 was expected: read as text</source>
        <translation>een titel met nummer %1 waar hoofdstuk %2 verwacht werd: als tekst gelezen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="108"/>
        <source>unrecognised workgroup line</source>
        <translation>regel over een werkgroep niet herkend</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="133"/>
        <source>page %1, line %2</source>
        <translation>pagina %1, regel %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="135"/>
        <source>line %1</source>
        <translation>regel %1</translation>
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
        <translation>Jaarplan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="259"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1188"/>
        <source>Work programme</source>
        <translation>Werkprogramma</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="262"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="267"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="916"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="296"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="850"/>
        <source>Promote</source>
        <translation>Hoger niveau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="297"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="853"/>
        <source>Demote</source>
        <translation>Lager niveau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="298"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="863"/>
        <source>Merge with previous</source>
        <translation>Samenvoegen met vorige</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="299"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="873"/>
        <source>Split</source>
        <translation>Splitsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="300"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="324"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="891"/>
        <source>Flagship</source>
        <translation>Vlaggenschip</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="319"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="903"/>
        <source>Item kind</source>
        <translation>Soort project</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="332"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="352"/>
        <location filename="../../bnldesk/ui/meetings/notice.py" line="34"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="337"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="352"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="360"/>
        <source>Structure found</source>
        <translation>Gevonden structuur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/source_pane.py" line="123"/>
        <location filename="../../bnldesk/ui/importing/source_pane.py" line="155"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/source_pane.py" line="123"/>
        <location filename="../../bnldesk/ui/importing/source_pane.py" line="156"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/source_pane.py" line="123"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/source_pane.py" line="139"/>
        <source>Document text</source>
        <translation>Tekst van het document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="390"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="395"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="402"/>
        <source>The structure looks doubtful: check the highlighted warnings before importing.</source>
        <translation>De structuur is twijfelachtig: kijk de gemarkeerde waarschuwingen na voor u importeert.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="434"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="443"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="436"/>
        <source>Write this document into the database (Ctrl+Enter)</source>
        <translation>Dit document in de databank schrijven (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="575"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="997"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import geannuleerd; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="586"/>
        <source>%1 could not be read:
%2</source>
        <translation>%1 kon niet gelezen worden:
%2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="686"/>
        <source>Import (Ctrl+Enter) writes %1 (%2) into the database: %3.</source>
        <translation>Importeren (Ctrl+Enter) schrijft %1 (%2) in de databank: %3.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="692"/>
        <source>It also writes %1 (%2).</source>
        <translation>Het schrijft ook %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="703"/>
        <source>Edit &gt; Undo cannot take an import back: a backup is taken first, and File &gt; Backups... restores it.</source>
        <translation>Bewerken &gt; Ongedaan maken kan een import niet terugdraaien: eerst wordt een reservekopie gemaakt, die Bestand &gt; Reservekopieën... terugzet.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="829"/>
        <source>%1 not imported. Close the review and throw them away?</source>
        <translation>%1 niet geïmporteerd. Het nakijken sluiten en ze weggooien?</translation>
    </message>
    <message>
        <source>Edit &gt; Undo starts again after this import; File &gt; Backups... has the copy taken before it.</source>
        <translation type="vanished">Bewerken &gt; Ongedaan maken begint opnieuw na deze import; Bestand &gt; Reservekopieën... heeft de kopie van ervoor.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1003"/>
        <source>Replace the plan with this document?</source>
        <translation>Het plan vervangen door dit document?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1082"/>
        <source>Also imported %1 (%2).</source>
        <translation>Ook geïmporteerd: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1092"/>
        <source>%1 now belongs to %2.</source>
        <translation>%1 hoort nu bij %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1216"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1222"/>
        <source>Notes carried over from earlier plans: %1</source>
        <translation>Nota&apos;s overgenomen uit eerdere jaarplannen: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1228"/>
        <source>“%1” on %2</source>
        <translation>„%1” bij %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1231"/>
        <source>and %1 more (Notes tab)</source>
        <translation>en nog %1 (tabblad Nota&apos;s)</translation>
    </message>
    <message>
        <source>%1 chapters, %2 sections, %3 items (%4 flagships), %5 workgroups, %6 contacts</source>
        <translation type="vanished">%1 hoofdstukken, %2 onderdelen, %3 projecten (%4 vlaggenschip), %5 werkgroepen, %6 contactpersonen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="942"/>
        <source>Writing to the database...</source>
        <translation>Schrijven naar de databank...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="980"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="516"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="828"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1002"/>
        <source>Review import</source>
        <translation>Import nakijken</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="vanished">Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation type="vanished">Frans</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="vanished">Engels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="111"/>
        <source>language not known</source>
        <translation>taal onbekend</translation>
    </message>
    <message>
        <source>Import (Ctrl+Enter) writes %1 (%2) into the database: %3. A backup is taken first.</source>
        <translation type="vanished">Importeren (Ctrl+Enter) schrijft %1 (%2) in de databank: %3. Eerst wordt een reservekopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="697"/>
        <source>It updates “%1”, already in the database; notes stay with their objects.</source>
        <translation>Het werkt „%1” bij, dat al in de databank staat; nota&apos;s blijven bij hun onderdelen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="785"/>
        <source>Edit code</source>
        <translation>Code wijzigen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="785"/>
        <source>Edit title</source>
        <translation>Titel wijzigen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="975"/>
        <source>Edit &gt; Undo cannot take this import back; File &gt; Backups... has the copy taken before it.</source>
        <translation>Bewerken &gt; Ongedaan maken kan deze import niet terugdraaien; Bestand &gt; Reservekopieën... heeft de kopie van ervoor.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1069"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1073"/>
        <source>Imported %1 (%2).</source>
        <translation>%1 geïmporteerd (%2).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1074"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1087"/>
        <source>Added: %1</source>
        <translation>Toegevoegd: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1075"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1089"/>
        <source>Changed: %1</source>
        <translation>Gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1077"/>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/review.py" line="1122"/>
        <source>%n workgroup(s): name in %1 added</source>
        <translation>
            <numerusform>%n werkgroep: naam in het %1 toegevoegd</numerusform>
            <numerusform>%n werkgroepen: naam in het %1 toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/review.py" line="1125"/>
        <source>%n workgroup(s): new name</source>
        <translation>
            <numerusform>%n werkgroep: nieuwe naam</numerusform>
            <numerusform>%n werkgroepen: nieuwe naam</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1138"/>
        <source>Not compared with earlier years: no earlier plan in %1</source>
        <translation>Niet vergeleken met eerdere jaren: geen eerder plan in het %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1146"/>
        <source>Compared with %1: %2 new, %3 changed, %4 gone</source>
        <translation>Vergeleken met %1: %2 nieuw, %3 gewijzigd, %4 verdwenen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1156"/>
        <source>Nothing of the %1 plan is missing</source>
        <translation>Er ontbreekt niets van het plan %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/review.py" line="1158"/>
        <source>%n object(s) of the %1 plan no longer in it</source>
        <translation>
            <numerusform>%n object van het jaarplan %1 staat er niet meer in</numerusform>
            <numerusform>%n objecten van het jaarplan %1 staan er niet meer in</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1163"/>
        <source>%1 (possibly renamed: %2)</source>
        <translation>%1 (mogelijk hernoemd: %2)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1111"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1167"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1175"/>
        <location filename="../../bnldesk/ui/importing/review.py" line="1207"/>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/review.py" line="1199"/>
        <source>%n note(s) stay on objects no longer in this plan</source>
        <translation>
            <numerusform>%n nota blijft op objecten die niet meer in dit jaarplan staan</numerusform>
            <numerusform>%n nota&apos;s blijven op objecten die niet meer in dit jaarplan staan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1204"/>
        <source>“%1” stays on %2 (plan %3)</source>
        <translation>„%1” blijft op %2 (jaarplan %3)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/review.py" line="1218"/>
        <source>Notes carried over from %1: %2</source>
        <translation>Nota&apos;s overgenomen uit %1: %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="112"/>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="305"/>
        <source>chapter</source>
        <translation>hoofdstuk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="112"/>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="307"/>
        <source>section</source>
        <translation>onderdeel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/date_fields.py" line="56"/>
        <source>Choose on a calendar</source>
        <translation>Kiezen in een kalender</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/date_fields.py" line="63"/>
        <source>A date such as %1</source>
        <translation>Een datum zoals %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/date_fields.py" line="252"/>
        <source>(time)</source>
        <translation>(tijd)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="137"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="147"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plannen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="148"/>
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programma</numerusform>
            <numerusform>%n programma&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="149"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n hoofdstuk</numerusform>
            <numerusform>%n hoofdstukken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="150"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n onderdeel</numerusform>
            <numerusform>%n onderdelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="152"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n doelstelling</numerusform>
            <numerusform>%n doelstellingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="153"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="154"/>
        <source>%n other item(s)</source>
        <translation>
            <numerusform>%n overig punt</numerusform>
            <numerusform>%n overige punten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="155"/>
        <source>%n flagship(s)</source>
        <translation>
            <numerusform>%n vlaggenschip</numerusform>
            <numerusform>%n vlaggenschepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="156"/>
        <source>%n workgroup(s)</source>
        <translation>
            <numerusform>%n werkgroep</numerusform>
            <numerusform>%n werkgroepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="157"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contactpersoon</numerusform>
            <numerusform>%n contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="159"/>
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correctie</numerusform>
            <numerusform>%n correcties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="170"/>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="171"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="172"/>
        <source>name</source>
        <translation>naam</translation>
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
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="176"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="177"/>
        <source>flagship</source>
        <translation>vlaggenschip</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="178"/>
        <source>theme line</source>
        <translation>themaregel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="179"/>
        <source>order</source>
        <translation>volgorde</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="180"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="181"/>
        <source>place in the plan</source>
        <translation>plaats in het plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="182"/>
        <source>language</source>
        <translation>taal</translation>
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
        <translation>contactgegevens</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/texts.py" line="189"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="190"/>
        <location filename="../../bnldesk/ui/importing/texts.py" line="191"/>
        <source>validity</source>
        <translation>geldigheid</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/notice.py" line="37"/>
        <source>Take this step back (Ctrl+Z does the same)</source>
        <translation>Deze stap terugdraaien (Ctrl+Z doet hetzelfde)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/scope_bar.py" line="48"/>
        <source>Show all plans ×</source>
        <translation>Alle plannen tonen ×</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/scope_bar.py" line="49"/>
        <source>Clear the scope (%1)</source>
        <translation>Reikwijdte wissen (%1)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/scope_bar.py" line="50"/>
        <source>Clear the scope</source>
        <translation>Reikwijdte wissen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="vanished">Toegevoegd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="vanished">Bijgewerkt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="vanished">Verwijderd</translation>
    </message>
    <message>
        <source>Linked again to their note, meeting or agenda point</source>
        <translation type="vanished">Opnieuw gekoppeld aan hun nota, vergadering of agendapunt</translation>
    </message>
    <message>
        <source>Conflicts (both versions kept)</source>
        <translation type="vanished">Conflicten (beide versies bewaard)</translation>
    </message>
    <message>
        <source>Conflicts resolved</source>
        <translation type="vanished">Conflicten opgelost</translation>
    </message>
    <message>
        <source>Conflicts already settled on another laptop</source>
        <translation type="vanished">Conflicten al opgelost op een andere laptop</translation>
    </message>
    <message>
        <source>Left out (private on this laptop)</source>
        <translation type="vanished">Weggelaten (privé op deze laptop)</translation>
    </message>
    <message>
        <source>Left out (not in this database&apos;s plans)</source>
        <translation type="vanished">Weggelaten (niet in de plannen van deze databank)</translation>
    </message>
    <message>
        <source>Left out (their note, meeting or agenda point is not in this database)</source>
        <translation type="vanished">Weggelaten (hun nota, vergadering of agendapunt staat niet in deze databank)</translation>
    </message>
    <message>
        <source>note on %1: “%2”</source>
        <translation type="vanished">nota bij %1: “%2”</translation>
    </message>
    <message>
        <source>meeting “%1” (%2)</source>
        <translation type="vanished">vergadering “%1” (%2)</translation>
    </message>
    <message>
        <source>meeting “%1”</source>
        <translation type="vanished">vergadering “%1”</translation>
    </message>
    <message>
        <source>agenda point “%1”</source>
        <translation type="vanished">agendapunt “%1”</translation>
    </message>
    <message>
        <source>action “%1”</source>
        <translation type="vanished">actiepunt “%1”</translation>
    </message>
    <message>
        <source>private on this laptop</source>
        <translation type="vanished">privé op deze laptop</translation>
    </message>
    <message>
        <source>on a private note</source>
        <translation type="vanished">bij een privénota</translation>
    </message>
    <message>
        <source>its note is not in this database</source>
        <translation type="vanished">de nota ervan staat niet in deze databank</translation>
    </message>
    <message>
        <source>its meeting is not in this database</source>
        <translation type="vanished">de vergadering ervan staat niet in deze databank</translation>
    </message>
    <message>
        <source>its agenda point is not in this database</source>
        <translation type="vanished">het agendapunt ervan staat niet in deze databank</translation>
    </message>
    <message>
        <source>Nothing to change; records already up to date</source>
        <translation type="vanished">Niets te wijzigen; records al bijgewerkt</translation>
    </message>
    <message>
        <source>Receiving would bring</source>
        <translation type="vanished">Ontvangen zou brengen</translation>
    </message>
    <message>
        <source>This laptop — %1.</source>
        <translation type="vanished">Deze laptop — %1.</translation>
    </message>
    <message>
        <source>This laptop: nothing new from the server.</source>
        <translation type="vanished">Deze laptop: niets nieuws van de server.</translation>
    </message>
    <message>
        <source>The server — %1.</source>
        <translation type="vanished">De server — %1.</translation>
    </message>
    <message>
        <source>The server: nothing new from this laptop.</source>
        <translation type="vanished">De server: niets nieuws van deze laptop.</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation type="vanished">Zou wijzigen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="vanished">Ontvangen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="40"/>
        <source>Server password</source>
        <translation>Wachtwoord van de server</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="41"/>
        <source>Password of {user} on {server}:</source>
        <translation>Wachtwoord van {user} op {server}:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="42"/>
        <source>your user</source>
        <translation>uw gebruiker</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="56"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="66"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="81"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="94"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="122"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="125"/>
        <source>Sync with server</source>
        <translation>Synchroniseren met de server</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="57"/>
        <source>The delegation server (postgresql://USER@HOST/DATABASE):</source>
        <translation>De server van de delegatie (postgresql://GEBRUIKER@HOST/DATABANK):</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="82"/>
        <source>This window works on the server itself: there is nothing to sync.</source>
        <translation>Dit venster werkt op de server zelf: er valt niets te synchroniseren.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="69"/>
        <source>the note was deleted in bnldesk since the export; left deleted</source>
        <translation>de nota werd sinds de export in bnldesk verwijderd; ze blijft verwijderd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="72"/>
        <source>the note is private on this laptop and this row was not exported from this database: a sheet from elsewhere never changes it (edit it in bnldesk)</source>
        <translation>de nota is privé op deze laptop en deze rij werd niet uit deze databank geëxporteerd: een blad van elders wijzigt ze nooit (bewerk ze in bnldesk)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="76"/>
        <source>the note is private, and this row cannot show it was exported from this database (an older or read-only export): export again, or edit it in bnldesk</source>
        <translation>de nota is privé en deze rij kan niet aantonen dat ze uit deze databank werd geëxporteerd (een oudere of alleen-lezen export): exporteer opnieuw, of bewerk ze in bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="80"/>
        <source>another delegate made a private note of this row when importing this sheet; it stays theirs and is not imported again</source>
        <translation>een andere afgevaardigde maakte van deze rij een privénota bij het importeren van dit blad; die blijft van hem of haar en wordt niet opnieuw geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="84"/>
        <source>no note with id %1 in this database (a sheet from another laptop? notes travel by File &gt; Share notes)</source>
        <translation>geen nota met id %1 in deze databank (een blad van een andere laptop? nota&apos;s gaan over met Bestand &gt; Nota&apos;s delen)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="87"/>
        <source>a new row needs a text</source>
        <translation>een nieuwe rij heeft een tekst nodig</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="89"/>
        <source>nothing of this row is applied; export again, or make the change in bnldesk</source>
        <translation>niets van deze rij wordt toegepast; exporteer opnieuw, of breng de wijziging in bnldesk aan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="91"/>
        <source>a copy of another row</source>
        <translation>een kopie van een andere rij</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="93"/>
        <source>an earlier import made note %1 from this row when it read “%2”; that note is left as it is (delete it in bnldesk if this row replaces it)</source>
        <translation>een eerdere import maakte nota %1 van deze rij toen ze „%2” luidde; die nota blijft zoals ze is (verwijder ze in bnldesk als deze rij ze vervangt)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="97"/>
        <source>the sheet held only the first 32,767 characters of the text (cut to fit Excel); applying the cell would lose the other %1 characters: edit this note in bnldesk</source>
        <translation>het blad bevatte alleen de eerste 32.767 tekens van de tekst (ingekort voor Excel); de cel toepassen zou de andere %1 tekens wissen: bewerk deze nota in bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="101"/>
        <source>edited in the sheet, but the note changed since the export (%1: in bnldesk, by a received bundle or by importing another copy of this sheet)</source>
        <translation>bewerkt in het blad, maar de nota veranderde sinds de export (%1: in bnldesk, door een ontvangen bundel of door een andere kopie van dit blad te importeren)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="125"/>
        <source>“%1” in %2 is not read back (bnldesk fills that column): ignored</source>
        <translation>„%1” in %2 wordt niet ingelezen (bnldesk vult die kolom zelf): genegeerd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="146"/>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="155"/>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="253"/>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="183"/>
        <source>%n note(s) to update</source>
        <translation>
            <numerusform>%n nota bij te werken</numerusform>
            <numerusform>%n nota&apos;s bij te werken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="185"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n ongewijzigd</numerusform>
            <numerusform>%n ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="188"/>
        <source>%n already imported</source>
        <translation>
            <numerusform>%n al geïmporteerd</numerusform>
            <numerusform>%n al geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="189"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="190"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n rij overgeslagen</numerusform>
            <numerusform>%n rijen overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="197"/>
        <source>Row %1: changes the note on %2</source>
        <translation>Rij %1: wijzigt de nota bij %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="206"/>
        <source>Row %1: a new note on %2</source>
        <translation>Rij %1: een nieuwe nota bij %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="216"/>
        <source>Row %1 skipped: %2</source>
        <translation>Rij %1 overgeslagen: %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="226"/>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="233"/>
        <source>Row %1: conflict on the note on %2: %3</source>
        <translation>Rij %1: conflict over de nota bij %2: %3</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="235"/>
        <source>Row %1: also a conflict on the note on %2: %3</source>
        <translation>Rij %1: ook een conflict over de nota bij %2: %3</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="261"/>
        <source>sheet: %1</source>
        <translation>blad: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="262"/>
        <source>bnldesk: %1</source>
        <translation>bnldesk: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="279"/>
        <source>This sheet was exported from another laptop&apos;s database.</source>
        <translation>Dit blad werd uit de databank van een andere laptop geëxporteerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="286"/>
        <source>%n note(s) not in the sheet: left unchanged (delete a note in bnldesk itself)</source>
        <translation>
            <numerusform>%n nota niet in het blad: ongewijzigd gelaten (verwijder een nota in bnldesk zelf)</numerusform>
            <numerusform>%n nota&apos;s niet in het blad: ongewijzigd gelaten (verwijder een nota in bnldesk zelf)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="294"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/help_guide.py" line="73"/>
        <source>the server&apos;s own</source>
        <translation>die van de server zelf</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/help_guide.py" line="85"/>
        <source>Using bnldesk</source>
        <translation>Werken met bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="125"/>
        <source>%1 is in use by another program (another bnldesk window?): nothing was saved; close it and try again</source>
        <translation>%1 is in gebruik door een ander programma (nog een bnldesk-venster?): er is niets opgeslagen; sluit dat en probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="128"/>
        <source>%1 is damaged; restore it from a backup</source>
        <translation>%1 is beschadigd; zet een reservekopie terug</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="130"/>
        <source>%1 is damaged and has no backup; keep the file as it is (do not delete it) and ask your IT support to recover it</source>
        <translation>%1 is beschadigd en er is geen reservekopie van; laat het bestand zoals het is (niet verwijderen) en vraag uw IT-ondersteuning het te herstellen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="134"/>
        <source>%1 holds no data: it looks like a copy made while bnldesk was open, without its -wal file; copy it again with bnldesk closed, or use a backup. The file was left as it is</source>
        <translation>%1 bevat geen gegevens: het lijkt een kopie die gemaakt is terwijl bnldesk open was, zonder het bijbehorende -wal-bestand; kopieer het opnieuw met bnldesk gesloten, of gebruik een reservekopie. Het bestand is gelaten zoals het was</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="138"/>
        <source>the folder of %1 does not exist: check the path; nothing was created</source>
        <translation>de map van %1 bestaat niet: controleer het pad; er is niets aangemaakt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="140"/>
        <source>%1 is read-only: changes cannot be saved there</source>
        <translation>%1 is alleen-lezen: wijzigingen kunnen daar niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="142"/>
        <source>the disk is full: nothing was saved and %1 is intact; free some space and try again</source>
        <translation>de schijf is vol: er is niets opgeslagen en %1 is ongeschonden; maak ruimte vrij en probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="145"/>
        <source>%1 could not be read or written (disk or network error): nothing was saved; check the disk or USB stick and try again</source>
        <translation>%1 kon niet worden gelezen of geschreven (schijf- of netwerkfout): er is niets opgeslagen; controleer de schijf of USB-stick en probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="148"/>
        <source>%1 is not a bnldesk database; it was left as it is</source>
        <translation>%1 is geen bnldesk-databank; het bestand is ongewijzigd gelaten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="151"/>
        <source>%1 is part of the database open in bnldesk (%2), not a file to read or write here: choose another file. Nothing was read or changed</source>
        <translation>%1 hoort bij de databank die in bnldesk open is (%2), het is geen bestand om hier te lezen of te schrijven: kies een ander bestand. Er is niets gelezen of gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="155"/>
        <source>this window no longer holds %1: another program deleted its write-ahead log while this window wrote to it. Nothing more is saved from this window; copy what you still need from it, then close it and open the file again</source>
        <translation>dit venster heeft %1 niet meer in handen: een ander programma heeft het schrijflogboek (write-ahead log) verwijderd terwijl dit venster erin schreef. Vanuit dit venster wordt niets meer opgeslagen; kopieer wat u er nog uit nodig hebt, sluit het dan en open het bestand opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="160"/>
        <source>this window no longer holds %1: another program replaced the file. Nothing more is saved from this window; copy what you still need from it, then close it and open the file again</source>
        <translation>dit venster heeft %1 niet meer in handen: een ander programma heeft het bestand vervangen. Vanuit dit venster wordt niets meer opgeslagen; kopieer wat u er nog uit nodig hebt, sluit het dan en open het bestand opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="165"/>
        <source>this window no longer holds %1: the file was moved or deleted. Nothing more is saved from this window; copy what you still need from it, then close it and open the file again</source>
        <translation>dit venster heeft %1 niet meer in handen: het bestand is verplaatst of verwijderd. Vanuit dit venster wordt niets meer opgeslagen; kopieer wat u er nog uit nodig hebt, sluit het dan en open het bestand opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="169"/>
        <source>%1 is empty (0 bytes): the database was lost or never written; restore a backup, or remove the file to start a new database</source>
        <translation>%1 is leeg (0 bytes): de databank is verloren gegaan of nooit geschreven; zet een reservekopie terug, of verwijder het bestand om met een nieuwe databank te beginnen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="173"/>
        <source>%1 is missing, but backups of it exist in %2: restore one rather than start a new, empty database</source>
        <translation>%1 ontbreekt, maar er staan reservekopieën van in %2: zet er een terug in plaats van met een nieuwe, lege databank te beginnen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="177"/>
        <source>%1 was written by a newer version of bnldesk (database version %2); update bnldesk to open it. The file was not changed</source>
        <translation>%1 is geschreven door een nieuwere versie van bnldesk (databankversie %2); werk bnldesk bij om het te openen. Het bestand is niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="180"/>
        <source>%1: cannot open the database file</source>
        <translation>%1: het databankbestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="181"/>
        <source>%1 is open read-only: nothing can be written into it</source>
        <translation>%1 is alleen-lezen geopend: er kan niets in worden geschreven</translation>
    </message>
    <message>
        <source>cannot reach the database server %1: nothing was saved; check the network and try again (work on this laptop&apos;s own database meanwhile)</source>
        <translation type="vanished">de databankserver %1 is niet bereikbaar: er is niets opgeslagen; controleer het netwerk en probeer het opnieuw (werk intussen in de eigen databank van deze laptop)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="183"/>
        <source>the unsaved text could not be kept on this computer (%1): do not quit before it is saved</source>
        <translation>de niet-opgeslagen tekst kon niet op deze computer worden bewaard (%1): sluit niet af voor hij is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="185"/>
        <source>the recovery file %1 cannot be read; it was left as it is</source>
        <translation>het herstelbestand %1 kan niet worden gelezen; het is gelaten zoals het was</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="187"/>
        <source>cannot reach the database server %1: nothing was saved; check the network and try again</source>
        <translation>de databankserver %1 is niet bereikbaar: er is niets opgeslagen; controleer het netwerk en probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="190"/>
        <source>the server %1 refused the user name or password: check them (the password comes from PGPASSWORD, ~/.pgpass or the prompt)</source>
        <translation>de server %1 weigert de gebruikersnaam of het wachtwoord: controleer ze (het wachtwoord komt uit PGPASSWORD, ~/.pgpass of de vraag bij het starten)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="194"/>
        <source>the server %1 needs a password: set PGPASSWORD, put it in ~/.pgpass, or run bnldesk in a terminal to be asked for it</source>
        <translation>de server %1 vraagt een wachtwoord: zet PGPASSWORD, zet het in ~/.pgpass, of start bnldesk in een terminal om erom gevraagd te worden</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="198"/>
        <source>the server %1 does not allow this for your user (a private note of another delegate, or a right the administrator has not granted): nothing was changed</source>
        <translation>de server %1 staat dit uw gebruiker niet toe (een privénota van een andere delegee, of een recht dat de beheerder niet heeft toegekend): er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="206"/>
        <source>someone else changed the same record in %1 at the same moment: nothing of yours was overwritten; look at it again and repeat your change</source>
        <translation>iemand anders heeft op hetzelfde moment hetzelfde gegeven in %1 gewijzigd: niets van u is overschreven; bekijk het opnieuw en herhaal uw wijziging</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="210"/>
        <source>this applies to database files only; %1 is a server, backed up by its administrator</source>
        <translation>dit geldt alleen voor databankbestanden; %1 is een server, waarvan de beheerder de reservekopieën maakt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="213"/>
        <location filename="../../bnldesk/services/error_words.py" line="303"/>
        <location filename="../../bnldesk/services/error_words.py" line="316"/>
        <source>%1 does not exist (any more)</source>
        <translation>%1 bestaat niet (meer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="214"/>
        <source>%1 is a folder, not a document</source>
        <translation>%1 is een map, geen document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="215"/>
        <location filename="../../bnldesk/services/error_words.py" line="305"/>
        <location filename="../../bnldesk/services/error_words.py" line="336"/>
        <source>%1 cannot be read (no permission, or the disk failed)</source>
        <translation>%1 kan niet worden gelezen (geen toestemming, of een schijffout)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="216"/>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 is leeg (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="217"/>
        <source>%1 is too large (%2 MB; a plan is at most %3 MB)</source>
        <translation>%1 is te groot (%2 MB; een plan is hooguit %3 MB)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="218"/>
        <source>%1 is not a PDF file (another kind of file renamed to .pdf?)</source>
        <translation>%1 is geen PDF-bestand (een ander soort bestand dat .pdf is genoemd?)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="219"/>
        <source>%1 is not a Word .docx file</source>
        <translation>%1 is geen Word-bestand (.docx)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="220"/>
        <source>%1 is an old binary Office file; save it as .docx or PDF</source>
        <translation>%1 is een oud binair Office-bestand; sla het op als .docx of PDF</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="222"/>
        <source>%1: files of type %2 cannot be imported (use PDF, DOCX, TXT or MD)</source>
        <translation>%1: bestanden van het type %2 kunnen niet worden geïmporteerd (gebruik PDF, DOCX, TXT of MD)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="224"/>
        <source>%1 is damaged UTF-16 text</source>
        <translation>%1 is beschadigde UTF-16-tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="225"/>
        <source>%1 is a Rich Text (RTF) file; save it as .docx or PDF</source>
        <translation>%1 is een RTF-bestand (Rich Text); sla het op als .docx of PDF</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="226"/>
        <source>%1 is a binary file, not text</source>
        <translation>%1 is een binair bestand, geen tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="227"/>
        <source>%1 holds too much text to be a plan</source>
        <translation>%1 bevat te veel tekst voor een plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="228"/>
        <source>reading this kind of file is not installed (%1 is missing)</source>
        <translation>het lezen van dit soort bestanden is niet geïnstalleerd (%1 ontbreekt)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="229"/>
        <source>%1 is a password-protected PDF; save it without a password</source>
        <translation>%1 is een met een wachtwoord beveiligde PDF; sla het op zonder wachtwoord</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="230"/>
        <source>%1 is a damaged PDF</source>
        <translation>%1 is een beschadigde PDF</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="231"/>
        <source>%1 could not be read as a PDF</source>
        <translation>%1 kon niet als PDF worden gelezen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="232"/>
        <source>%1 has no pages</source>
        <translation>%1 heeft geen pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="234"/>
        <source>%1 has no text layer (a scanned or image-only PDF); run OCR on it first</source>
        <translation>%1 heeft geen tekstlaag (een gescande PDF of een PDF met alleen afbeeldingen); laat er eerst tekstherkenning (OCR) op los</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="237"/>
        <source>%1: its text cannot be read (fonts without a character map); export it again from the original or run OCR on it</source>
        <translation>%1: de tekst is niet leesbaar (lettertypen zonder tekentabel); exporteer het opnieuw vanuit het origineel of laat er tekstherkenning (OCR) op los</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="241"/>
        <source>%1 would unpack to far more than a Word document does (refused as a possible zip bomb)</source>
        <translation>%1 zou uitgepakt veel groter worden dan een Word-document (geweigerd als mogelijke zipbom)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="243"/>
        <source>%1 is a damaged .docx file</source>
        <translation>%1 is een beschadigd .docx-bestand</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="244"/>
        <source>%1 could not be read as .docx</source>
        <translation>%1 kon niet als .docx worden gelezen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="245"/>
        <source>%1 is a spreadsheet, not a Word document</source>
        <translation>%1 is een rekenblad, geen Word-document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="246"/>
        <source>%1 is a presentation, not a Word document</source>
        <translation>%1 is een presentatie, geen Word-document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="248"/>
        <source>%1 is an OpenDocument file; save it as .docx or PDF to import it</source>
        <translation>%1 is een OpenDocument-bestand; sla het op als .docx of PDF om het te importeren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="250"/>
        <source>%1 is not a Word document</source>
        <translation>%1 is geen Word-document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="251"/>
        <source>%1 contains no text</source>
        <translation>%1 bevat geen tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="257"/>
        <source>%1: no chapters or themes found; this does not look like a plan or programme</source>
        <translation>%1: geen hoofdstukken of thema&apos;s gevonden; dit lijkt geen plan of programma</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="259"/>
        <source>%1: the plan&apos;s year cannot be told from the text</source>
        <translation>%1: het jaar van het plan is niet uit de tekst op te maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="261"/>
        <source>%1: the programme&apos;s period cannot be told from the text</source>
        <translation>%1: de periode van het programma is niet uit de tekst op te maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="263"/>
        <source>%1: the text is nested too deeply to read</source>
        <translation>%1: de tekst is te diep genest om te lezen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="264"/>
        <source>%1: the text could not be made sense of</source>
        <translation>%1: de tekst kon niet worden begrepen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="265"/>
        <source>%1 could not be saved in the database: %2</source>
        <translation>%1 kon niet in de databank worden opgeslagen: %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="266"/>
        <source>import cancelled; nothing was changed</source>
        <translation>importeren geannuleerd; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="268"/>
        <source>reading %1 stopped before it finished (its process ended with code %2); try again</source>
        <translation>het lezen van %1 is gestopt voordat het klaar was (het proces eindigde met code %2); probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="273"/>
        <source>the bundle would be larger than %1 MB, more than another laptop accepts: share the changes since a date, or one workgroup</source>
        <translation>de bundel zou groter worden dan %1 MB, meer dan een andere laptop aanneemt: deel de wijzigingen sinds een datum, of één werkgroep</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="277"/>
        <source>this bundle is from the %1 delegation; this database belongs to %2</source>
        <translation>deze bundel komt van de delegatie %1; deze databank hoort bij %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="279"/>
        <source>this bundle is for another plan (%1); this database holds %2</source>
        <translation>deze bundel is voor een ander plan (%1); deze databank bevat %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="281"/>
        <source>a record in the bundle cannot be read (%1): nothing was changed</source>
        <translation>een gegeven in de bundel is niet leesbaar (%1): er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="283"/>
        <source>%1 is empty</source>
        <translation>%1 is leeg</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="284"/>
        <source>%1 is larger than %2 MB: not a bnldesk notes bundle</source>
        <translation>%1 is groter dan %2 MB: geen bundel met nota&apos;s van bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="285"/>
        <source>%1 is not a bnldesk notes bundle</source>
        <translation>%1 is geen bundel met nota&apos;s van bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="286"/>
        <source>%1 is incomplete (cut off): ask for it again</source>
        <translation>%1 is onvolledig (afgebroken): vraag het opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="287"/>
        <source>%1 is damaged: ask for it again</source>
        <translation>%1 is beschadigd: vraag het opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="289"/>
        <source>%1 was written by a newer bnldesk (bundle format %2, this version reads up to %3); update bnldesk to receive it</source>
        <translation>%1 is geschreven door een nieuwere bnldesk (bundelformaat %2, deze versie leest tot en met %3); werk bnldesk bij om het te ontvangen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="293"/>
        <source>%1 is an unsigned bundle from an older bnldesk: update bnldesk on the sending laptop, pair the two laptops and share again</source>
        <translation>%1 is een niet-ondertekende bundel van een oudere bnldesk: werk bnldesk bij op de verzendende laptop, koppel de twee laptops en deel opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="297"/>
        <source>%1 is damaged or was altered (its signature does not match): nothing was changed</source>
        <translation>%1 is beschadigd of gewijzigd (de handtekening klopt niet): er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="300"/>
        <source>%1 comes from a laptop that is not paired with this one (its code is %2): pair them first, then receive it again</source>
        <translation>%1 komt van een laptop die niet aan deze gekoppeld is (de code is %2): koppel ze eerst en ontvang het dan opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="304"/>
        <source>%1 is a folder, not a notes bundle</source>
        <translation>%1 is een map, geen bundel met nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="306"/>
        <source>this is not a bnldesk pairing code (check the letters)</source>
        <translation>dit is geen koppelcode van bnldesk (controleer de letters)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="308"/>
        <source>this pairing code is mistyped (its check letters do not match)</source>
        <translation>deze koppelcode is verkeerd getypt (de controleletters kloppen niet)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="310"/>
        <source>give the paired laptop a name (for example its owner&apos;s)</source>
        <translation>geef de gekoppelde laptop een naam (bijvoorbeeld die van de eigenaar)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="312"/>
        <source>this is this laptop&apos;s own pairing code: enter the other laptop&apos;s</source>
        <translation>dit is de eigen koppelcode van deze laptop: voer die van de andere laptop in</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="317"/>
        <source>%1 is %2 MB; bnldesk reads notes sheets up to 300 MB</source>
        <translation>%1 is %2 MB; bnldesk leest bladen met nota&apos;s tot 300 MB</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="319"/>
        <source>%1 is not a bnldesk notes sheet (no sheet with an id and a text column): export the notes from bnldesk, edit that file and import it</source>
        <translation>%1 is geen blad met nota&apos;s van bnldesk (geen blad met een id- en een tekstkolom): exporteer de nota&apos;s uit bnldesk, bewerk dat bestand en importeer het</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="329"/>
        <source>%1 would unpack to far more than a notes sheet does (a zip bomb?); bnldesk does not open it</source>
        <translation>%1 zou uitgepakt veel groter worden dan een blad met nota&apos;s (een zipbom?); bnldesk opent het niet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="333"/>
        <source>%1 has more than %2 rows in one sheet; export fewer notes per file</source>
        <translation>%1 heeft meer dan %2 rijen in één blad; exporteer minder nota&apos;s per bestand</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="335"/>
        <source>%1 is not an Excel workbook (.xlsx) that bnldesk can read</source>
        <translation>%1 is geen Excel-werkmap (.xlsx) die bnldesk kan lezen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="338"/>
        <source>%1 declares XML entities or external references (an attack?); bnldesk does not read it</source>
        <translation>%1 declareert XML-entiteiten of externe verwijzingen (een aanval?); bnldesk leest het niet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="340"/>
        <source>%1 is damaged or not an Excel workbook (.xlsx)</source>
        <translation>%1 is beschadigd of geen Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="342"/>
        <source>%1 is a folder, not a file name</source>
        <translation>%1 is een map, geen bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="343"/>
        <source>the folder %1 does not exist; choose another folder</source>
        <translation>de map %1 bestaat niet; kies een andere map</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="345"/>
        <source>bnldesk may not write in the folder %1 (read-only or no permission): nothing was saved; choose another folder</source>
        <translation>bnldesk mag niet schrijven in de map %1 (alleen-lezen of geen toestemming): er is niets opgeslagen; kies een andere map</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="349"/>
        <source>the disk holding %1 is full: nothing was saved; free some space and try again</source>
        <translation>de schijf met %1 is vol: er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="351"/>
        <source>%1 is not a folder</source>
        <translation>%1 is geen map</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="352"/>
        <source>%1 could not be written (disk or network error)</source>
        <translation>%1 kon niet worden geschreven (schijf- of netwerkfout)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="354"/>
        <source>%1 is open in another program (Excel, a PDF reader?) or read-only; close it and try again</source>
        <translation>%1 is geopend in een ander programma (Excel, een PDF-lezer?) of alleen-lezen; sluit het en probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="357"/>
        <source>the brief on %1 could not be laid out: something on page %2 is larger than a page; shorten the longest text there (a note, a position or a title)</source>
        <translation>de briefing over %1 kon niet worden opgemaakt: iets op pagina %2 is groter dan een pagina; kort de langste tekst daar in (een nota, een standpunt of een titel)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="360"/>
        <source>the export was cancelled; no file was written</source>
        <translation>de export is geannuleerd; er is geen bestand geschreven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="363"/>
        <source>%1 does not exist: nothing to back up</source>
        <translation>%1 bestaat niet: er is niets om een reservekopie van te maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="365"/>
        <source>the backup of %1 failed its check (is the database damaged?)</source>
        <translation>de reservekopie van %1 doorstond de controle niet (is de databank beschadigd?)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="367"/>
        <source>%1 could not be backed up into %2: %3</source>
        <translation>van %1 kon geen reservekopie gemaakt worden in %2: %3</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="369"/>
        <source>%1 could not be read, so it was not backed up and nothing was changed</source>
        <translation>%1 kon niet worden gelezen; er is dus geen reservekopie van gemaakt en er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="371"/>
        <source>there is no usable backup of %1</source>
        <translation>er is geen bruikbare reservekopie van %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="372"/>
        <source>there is no backup %1</source>
        <translation>er is geen reservekopie %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="373"/>
        <source>the backup %1 is damaged; choose another one</source>
        <translation>de reservekopie %1 is beschadigd; kies een andere</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="374"/>
        <source>the copy of %1 failed its check; nothing was restored</source>
        <translation>de kopie van %1 doorstond de controle niet; er is niets teruggezet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="375"/>
        <source>%1 could not be restored: %2</source>
        <translation>%1 kon niet teruggezet worden: %2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="377"/>
        <source>%1 is open read-only in this window: restore it where it is open for writing, or close the other bnldesk window first</source>
        <translation>%1 is in dit venster alleen-lezen geopend: zet hem terug waar hij om te schrijven geopend is, of sluit eerst het andere bnldesk-venster</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="381"/>
        <source>%1 is still in use inside bnldesk; nothing was restored, try again</source>
        <translation>%1 is nog in gebruik binnen bnldesk; er is niets teruggezet, probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="384"/>
        <source>%1 is not a database server (postgresql://...)</source>
        <translation>%1 is geen databankserver (postgresql://...)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="386"/>
        <source>synchronising runs on a laptop&apos;s own database file, not on a server</source>
        <translation>synchroniseren gebeurt op het eigen databankbestand van een laptop, niet op een server</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="389"/>
        <source>a record on the server cannot be read (%1); what was merged before stays merged</source>
        <translation>een gegeven op de server kan niet gelezen worden (%1); wat al samengevoegd was, blijft samengevoegd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="393"/>
        <source>bnldesk opens an SQLite database file or a postgresql:// server, not a %1:// address</source>
        <translation>bnldesk opent een SQLite-databankbestand of een postgresql://-server, geen %1://-adres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="396"/>
        <source>%1 names no database: postgresql://USER@HOST/DATABASE</source>
        <translation>%1 noemt geen databank: postgresql://GEBRUIKER@HOST/DATABANK</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="397"/>
        <source>bnldesk does not run on %1</source>
        <translation>bnldesk werkt niet op %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="399"/>
        <source>the meeting ends before it starts</source>
        <translation>de vergadering eindigt voor ze begint</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="400"/>
        <source>a meeting needs a title or a workgroup</source>
        <translation>een vergadering heeft een titel of een werkgroep nodig</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="401"/>
        <source>there is no meeting %1 (any more)</source>
        <translation>vergadering %1 bestaat niet (meer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="402"/>
        <source>there is no section %1 in the %2 plan</source>
        <translation>het plan %2 heeft geen onderdeel %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="403"/>
        <source>there is no section %1</source>
        <translation>er is geen onderdeel %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="404"/>
        <source>section %1 is in several plans (%2): say which plan</source>
        <translation>onderdeel %1 staat in meerdere plannen (%2): zeg welk plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="406"/>
        <source>an agenda point needs a title or a plan object</source>
        <translation>een agendapunt heeft een titel of een onderdeel van een plan nodig</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="410"/>
        <source>an agenda point needs a title</source>
        <translation>een agendapunt heeft een titel nodig</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="411"/>
        <source>there is no agenda point %1 (any more)</source>
        <translation>agendapunt %1 bestaat niet (meer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="412"/>
        <source>an action item needs a title</source>
        <translation>een actiepunt heeft een tekst nodig</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="413"/>
        <source>the meeting %2 has no date yet</source>
        <translation>de vergadering %2 heeft nog geen datum</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="415"/>
        <source>the export stopped before it finished (its process ended with code %1); nothing was saved; try again</source>
        <translation>de export is gestopt voordat hij klaar was (het proces eindigde met code %1); er is niets opgeslagen; probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="419"/>
        <source>that item is no longer in the document</source>
        <translation>dat project staat niet meer in het document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="420"/>
        <source>that section is no longer in the document</source>
        <translation>dat onderdeel staat niet meer in het document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="422"/>
        <source>only a section directly under a chapter can become a chapter</source>
        <translation>alleen een onderdeel direct onder een hoofdstuk kan een hoofdstuk worden</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="424"/>
        <source>a chapter is already the highest level</source>
        <translation>een hoofdstuk is al het hoogste niveau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="426"/>
        <source>the first chapter has no chapter before it to go under</source>
        <translation>het eerste hoofdstuk heeft geen hoofdstuk ervoor om onder te vallen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="429"/>
        <source>the first section has no section before it to go under</source>
        <translation>het eerste onderdeel heeft geen onderdeel ervoor om onder te vallen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="431"/>
        <source>an item is already the lowest level</source>
        <translation>een project is al het laagste niveau</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="432"/>
        <source>the first item of a section has no item before it</source>
        <translation>het eerste project van een onderdeel heeft geen project ervoor</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="434"/>
        <source>the item&apos;s text has no paragraph or sentence break to split at</source>
        <translation>de tekst van het project heeft geen alinea- of zinseinde om te splitsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="436"/>
        <source>%1 is not a plausible year</source>
        <translation>%1 is geen aannemelijk jaar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="437"/>
        <source>a title cannot be empty</source>
        <translation>een titel mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="438"/>
        <source>a title has at most %1 characters</source>
        <translation>een titel heeft hoogstens %1 tekens</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="440"/>
        <source>choose a chapter, section, item, workgroup or contact to rename</source>
        <translation>kies een hoofdstuk, onderdeel, project, werkgroep of contactpersoon om te hernoemen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="442"/>
        <source>only a workgroup has a code</source>
        <translation>alleen een werkgroep heeft een code</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="444"/>
        <source>choose an item to merge with the one before</source>
        <translation>kies een project om met het vorige samen te voegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="445"/>
        <source>choose an item to split</source>
        <translation>kies een project om te splitsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="446"/>
        <source>choose an item to mark</source>
        <translation>kies een project om te markeren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="447"/>
        <source>choose an item to change its kind</source>
        <translation>kies een project om de soort te wijzigen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="450"/>
        <source>there is no workgroup with id %1 (any more)</source>
        <translation>werkgroep met id %1 bestaat niet (meer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="451"/>
        <source>there is no section with id %1 (any more)</source>
        <translation>onderdeel met id %1 bestaat niet (meer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="452"/>
        <source>there is no plan item with id %1 (any more)</source>
        <translation>planonderdeel met id %1 bestaat niet (meer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="453"/>
        <source>there is no chapter with id %1 (any more)</source>
        <translation>hoofdstuk met id %1 bestaat niet (meer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="454"/>
        <source>there is no plan with id %1 (any more)</source>
        <translation>plan met id %1 bestaat niet (meer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="455"/>
        <source>there is no programme with id %1 (any more)</source>
        <translation>programma met id %1 bestaat niet (meer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="456"/>
        <source>there is no contact with id %1 (any more)</source>
        <translation>contactpersoon met id %1 bestaat niet (meer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="457"/>
        <source>notes cannot be attached to %1</source>
        <translation>aan %1 kunnen geen nota&apos;s gehecht worden</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="463"/>
        <source>a new row needs a Target (a workgroup code or section number)</source>
        <translation>een nieuwe rij heeft een Doel nodig (een werkgroepcode of onderdeelnummer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="465"/>
        <source>note %1 no longer exists</source>
        <translation>nota %1 bestaat niet meer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="466"/>
        <source>action item %1 no longer exists</source>
        <translation>actiepunt %1 bestaat niet meer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="471"/>
        <location filename="../../bnldesk/services/error_words.py" line="472"/>
        <source>there is no %1 plan in this database</source>
        <translation>deze databank heeft geen plan %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="473"/>
        <source>say which workgroup, section or meeting the brief is about</source>
        <translation>zeg over welke werkgroep, welk onderdeel of welke vergadering de briefing gaat</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="475"/>
        <source>changed elsewhere meanwhile: %1</source>
        <translation>intussen elders gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="478"/>
        <source>the bundle holds a malformed %1 (not an object)</source>
        <translation>de bundel bevat een misvormd gegeven %1 (geen object)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="508"/>
        <source>agenda point %1 refers to a meeting the bundle lacks</source>
        <translation>agendapunt %1 verwijst naar een vergadering die niet in de bundel zit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="510"/>
        <source>the bundle&apos;s %1 is not an object</source>
        <translation>%1 van de bundel is geen object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="511"/>
        <source>the bundle&apos;s %1 is not a list of at most %2 entries</source>
        <translation>%1 van de bundel is geen lijst van hoogstens %2 elementen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="512"/>
        <source>the bundle&apos;s %1 is not text of at most %2 characters</source>
        <translation>%1 van de bundel is geen tekst van hoogstens %2 tekens</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="513"/>
        <source>the bundle has an inconsistent manifest</source>
        <translation>de inhoudsopgave van de bundel klopt niet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="515"/>
        <source>the bundle holds a version history that is not a list of hashes</source>
        <translation>de bundel bevat een versiegeschiedenis die geen lijst van hashes is</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="517"/>
        <source>the bundle holds records of an unknown kind (%1)</source>
        <translation>de bundel bevat gegevens van een onbekende soort (%1)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="518"/>
        <source>the bundle holds more than %1 records</source>
        <translation>de bundel bevat meer dan %1 gegevens</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="519"/>
        <source>the bundle holds a conflict of an unknown kind</source>
        <translation>de bundel bevat een conflict van een onbekende soort</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="521"/>
        <source>the bundle holds a conflict whose version hashes are malformed</source>
        <translation>de bundel bevat een conflict met misvormde versiehashes</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="524"/>
        <source>the bundle holds a conflict about another record than its version</source>
        <translation>de bundel bevat een conflict over een ander gegeven dan zijn versie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="526"/>
        <source>the bundle holds a conflict with malformed dates</source>
        <translation>de bundel bevat een conflict met misvormde datums</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="527"/>
        <source>%1 is damaged (%2): ask for it again</source>
        <translation>%1 is beschadigd (%2): vraag het opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="529"/>
        <source>there is no conflict %1 (any more)</source>
        <translation>conflict %1 bestaat niet (meer)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="530"/>
        <source>the record of conflict %1 is gone</source>
        <translation>het gegeven van conflict %1 bestaat niet meer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="531"/>
        <source>unknown field(s): %1</source>
        <translation>onbekende velden: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="533"/>
        <source>the other version is private: taking its %1 would share private text; take its visibility too to keep the note private</source>
        <translation>de andere versie is privé: %1 ervan overnemen zou privétekst delen; neem ook de zichtbaarheid over om de nota privé te houden</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="537"/>
        <source>the version chosen cannot be read (%1): nothing was changed</source>
        <translation>de gekozen versie is niet leesbaar (%1): er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="541"/>
        <source>this installation of bnldesk is incomplete (no database updates in %1): install it again</source>
        <translation>deze installatie van bnldesk is onvolledig (geen databankupdates in %1): installeer bnldesk opnieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="544"/>
        <source>%1 could not be updated to this version of bnldesk: its tables do not match its database version %2 (%3)</source>
        <translation>%1 kon niet bijgewerkt worden naar deze versie van bnldesk: de tabellen passen niet bij databankversie %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="552"/>
        <source>%1 has %n page(s); too many for a plan</source>
        <translation>
            <numerusform>%1 heeft %n pagina; te veel voor een plan</numerusform>
            <numerusform>%1 heeft %n pagina&apos;s; te veel voor een plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="555"/>
        <source>%1 would remove %n of the %3 sections already in bnldesk, so it does not look like the same document; nothing was changed</source>
        <translation>
            <numerusform>%1 zou %n van de %3 onderdelen verwijderen die al in bnldesk staan; het lijkt dus niet hetzelfde document; er is niets gewijzigd</numerusform>
            <numerusform>%1 zou %n van de %3 onderdelen verwijderen die al in bnldesk staan; het lijkt dus niet hetzelfde document; er is niets gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="564"/>
        <source>%1: the update left %n broken reference(s) (first in table %3)</source>
        <translation>
            <numerusform>%1: de update liet %n gebroken verwijzing achter (eerst in tabel %3)</numerusform>
            <numerusform>%1: de update liet %n gebroken verwijzingen achter (eerst in tabel %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="569"/>
        <source>%1: the structure found looks doubtful (%n warning(s)); nothing was changed: check it in the review window</source>
        <translation>
            <numerusform>%1: de gevonden structuur is twijfelachtig (%n waarschuwing); er is niets gewijzigd: controleer haar in het venster Import nakijken</numerusform>
            <numerusform>%1: de gevonden structuur is twijfelachtig (%n waarschuwingen); er is niets gewijzigd: controleer haar in het venster Import nakijken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="95"/>
        <source>bnldesk: unexpected error</source>
        <translation>bnldesk: onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="99"/>
        <source>The details are in the log file:</source>
        <translation>De bijzonderheden staan in het logbestand:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="101"/>
        <source>No log file could be written on this computer.</source>
        <translation>Op deze computer kon geen logbestand worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="105"/>
        <source>bnldesk ran into an error it did not expect. The last change you made may not have been saved; check it, and consider restarting bnldesk.</source>
        <translation>bnldesk stuitte op een onverwachte fout. Uw laatste wijziging is misschien niet bewaard; controleer ze en start bnldesk zo nodig opnieuw.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="111"/>
        <source>When you ask for help, send that file or the copied details.</source>
        <translation>Stuur dat bestand of de gekopieerde gegevens mee wanneer u om hulp vraagt.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="122"/>
        <source>Copy details</source>
        <translation>Gegevens kopiëren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/crash_report.py" line="127"/>
        <source>Open log folder</source>
        <translation>Map met logbestanden openen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/unsaved.py" line="476"/>
        <source>%n change(s) could not be saved in the database.</source>
        <translation>
            <numerusform>%n wijziging kon niet in de databank worden opgeslagen.</numerusform>
            <numerusform>%n wijzigingen konden niet in de databank worden opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="479"/>
        <source>A copy is kept on this computer; bnldesk offers to save it when it next opens this database.</source>
        <translation>Een kopie wordt op deze computer bewaard; bnldesk biedt aan ze op te slaan wanneer het deze databank weer opent.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="485"/>
        <source>Try &amp;again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="486"/>
        <source>&amp;Keep a copy and quit</source>
        <translation>&amp;Kopie bewaren en afsluiten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="487"/>
        <source>Quit &amp;without saving</source>
        <translation>Afsluiten &amp;zonder opslaan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="511"/>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/unsaved.py" line="533"/>
        <source>%n change(s) made last time could not be saved in this database.</source>
        <translation>
            <numerusform>%n wijziging van de vorige keer kon niet in deze databank worden opgeslagen.</numerusform>
            <numerusform>%n wijzigingen van de vorige keer konden niet in deze databank worden opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="536"/>
        <source>Their text was kept on this computer: %1. Save it in the database now?</source>
        <translation>Hun tekst werd op deze computer bewaard: %1. Nu in de databank opslaan?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="540"/>
        <source>&amp;Save them now</source>
        <translation>Nu op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="541"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/unsaved.py" line="542"/>
        <source>&amp;Discard them</source>
        <translation>&amp;Weggooien</translation>
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
        <translation>Typ woorden om plannen, werkgroepen, contactpersonen en nota&apos;s te vinden; elk woord moet voorkomen. Hoofdletters, accenten en ligaturen spelen geen rol.
energie OF klimaat (of OR): een van beide woorden
-Brussel of NIET Brussel: laat weg wat Brussel vermeldt
&quot;grensoverschrijdende samenwerking&quot;: deze woorden naast elkaar
energ*: woorden die met energ beginnen
NEAR(energie klimaat, 5): hoogstens vijf woorden uit elkaar
titel:energie, code:SENN-CRISE: alleen in titels, alleen in werkgroepcodes
jaar:2022, jaar:2021-2023: de plannen, werkgroepen, contactpersonen en vergaderingen van die jaren, met hun nota&apos;s
label:budget: de nota&apos;s met dit label, en waar ze bij horen
soort:vlaggenschip, soort:nota: één soort element of object
Een onbekend veld (foo:bar) wordt als zijn woorden gezocht.
label:&quot;grensoverschrijdende samenwerking&quot;: een label van meer woorden, tussen dubbele aanhalingstekens
De Engelse namen (title:, year:, tag:, kind:) werken ook.
De zoekopdracht blijft binnen de filters en de reikwijdte van de lijst.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1078"/>
        <source>Not saved yet (%1): kept on this computer, saved when the database answers</source>
        <translation>Nog niet opgeslagen (%1): bewaard op deze computer, opgeslagen zodra de databank antwoordt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1079"/>
        <source>Not saved yet (%1): kept on this computer</source>
        <translation>Nog niet opgeslagen (%1): bewaard op deze computer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="1080"/>
        <source>Not saved yet: %1</source>
        <translation>Nog niet opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="130"/>
        <source>Replace the database by the backup of %1?

The current file is not deleted: it is kept aside in the backups folder.</source>
        <translation>De databank vervangen door de reservekopie van %1?

Het huidige bestand wordt niet verwijderd: het wordt apart bewaard in de map met reservekopieën.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="180"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="213"/>
        <source>%1 is empty or missing: restore the newest good backup, selected below.</source>
        <translation>%1 is leeg of ontbreekt: zet de nieuwste goede reservekopie terug, hieronder gekozen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="216"/>
        <source>%1 is empty or missing and none of its backups passes its check: quit and ask for help before restoring one.</source>
        <translation>%1 is leeg of ontbreekt en geen van zijn reservekopieën doorstaat de controle: sluit af en vraag hulp voor u er een terugzet.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="222"/>
        <source>%1 is damaged (a disk fault or an interrupted copy): restore the newest good backup, selected below; the damaged file is kept aside.</source>
        <translation>%1 is beschadigd (een schijffout of een onderbroken kopie): zet de nieuwste goede reservekopie terug, hieronder gekozen; het beschadigde bestand wordt apart bewaard.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="227"/>
        <source>%1 is damaged and none of its backups passes its check: quit and ask for help before restoring one.</source>
        <translation>%1 is beschadigd en geen van zijn reservekopieën doorstaat de controle: sluit af en vraag hulp voor u er een terugzet.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="232"/>
        <source>%1 is damaged and has no backup: quit and ask for help; the file is left as it is.</source>
        <translation>%1 is beschadigd en heeft geen reservekopie: sluit af en vraag hulp; het bestand blijft zoals het is.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="513"/>
        <source>Restored the backup of %1.</source>
        <translation>De reservekopie van %1 is teruggezet.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="580"/>
        <location filename="../../bnldesk/services/error_words.py" line="581"/>
        <source>disk full</source>
        <translation>schijf vol</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="582"/>
        <source>database in use by another program</source>
        <translation>databank in gebruik door een ander programma</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="583"/>
        <location filename="../../bnldesk/services/error_words.py" line="584"/>
        <source>database read-only</source>
        <translation>databank alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="585"/>
        <source>server unreachable</source>
        <translation>server onbereikbaar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="586"/>
        <location filename="../../bnldesk/services/error_words.py" line="587"/>
        <source>server refused the login</source>
        <translation>server weigert de aanmelding</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="588"/>
        <source>not allowed by the server</source>
        <translation>niet toegestaan door de server</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="589"/>
        <source>database damaged</source>
        <translation>databank beschadigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="590"/>
        <source>disk or network error</source>
        <translation>schijf- of netwerkfout</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="591"/>
        <location filename="../../bnldesk/services/error_words.py" line="592"/>
        <source>database file replaced</source>
        <translation>databankbestand vervangen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="593"/>
        <source>database file moved</source>
        <translation>databankbestand verplaatst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="54"/>
        <source>%Ln work programme(s)</source>
        <translation>
            <numerusform>%Ln werkprogramma</numerusform>
            <numerusform>%Ln werkprogramma&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="55"/>
        <source>%Ln annual plan(s)</source>
        <translation>
            <numerusform>%Ln jaarplan</numerusform>
            <numerusform>%Ln jaarplannen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="1009"/>
        <source>Plans and programmes (*.pdf *.docx *.txt *.md)</source>
        <translation>Plannen en programma&apos;s (*.pdf *.docx *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="1011"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="1012"/>
        <source>Text documents (*.txt *.md)</source>
        <translation>Tekstbestanden (*.txt *.md)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/window.py" line="1013"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="42"/>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="43"/>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="44"/>
        <source>Word document</source>
        <translation>Word-document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="45"/>
        <source>Text document</source>
        <translation>Tekstbestand</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="46"/>
        <source>Markdown document</source>
        <translation>Markdown-document</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="47"/>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="48"/>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="49"/>
        <source>bnldesk database</source>
        <translation>bnldesk-databank</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="50"/>
        <source>JSON file</source>
        <translation>JSON-bestand</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/widgets/file_dialogs.py" line="75"/>
        <source>Folder</source>
        <translation>Map</translation>
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
        <translation type="vanished">Typ woorden om plannen, werkgroepen, contactpersonen en nota&apos;s te vinden; elk woord moet voorkomen. Hoofdletters, accenten en ligaturen spelen geen rol.
energie OR klimaat: een van beide woorden
-Brussel of NOT Brussel: laat weg wat Brussel vermeldt
&quot;grensoverschrijdende samenwerking&quot;: deze woorden naast elkaar
energ*: woorden die met energ beginnen
NEAR(energie klimaat, 5): hoogstens vijf woorden uit elkaar
titel:energie, code:SENN-CRISE: alleen in titels, alleen in werkgroepcodes
jaar:2022, jaar:2021-2023, label:budget, soort:vlaggenschip, soort:nota: filters
label:&quot;grensoverschrijdende samenwerking&quot;: een label van meer woorden, tussen dubbele aanhalingstekens
De Engelse namen (title:, year:, tag:, kind:) werken ook.
De zoekopdracht blijft binnen de filters en de reikwijdte van de lijst.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation type="vanished">
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln plannen</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans and programmes (*.pdf *.docx *.txt *.md);;All files (*)</source>
        <translation type="vanished">Plannen en programma&apos;s (*.pdf *.docx *.txt *.md);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Replace the database by the backup of %s?

The current file is not deleted: it is kept aside in the backups folder.</source>
        <translation type="vanished">De databank vervangen door de reservekopie van %s?

Het huidige bestand wordt niet gewist: het wordt apart bewaard in de map met reservekopieën.</translation>
    </message>
    <message>
        <source>bnldesk cannot use its database</source>
        <translation type="vanished">bnldesk kan zijn databank niet gebruiken</translation>
    </message>
    <message>
        <source>The file %1 failed its check (%2). This happens after a crash of the disk or a copy that was interrupted. Your notes are safe in the backups below: restore the newest good one. The damaged file is kept aside, not deleted.</source>
        <translation type="vanished">Het bestand %1 doorstond de controle niet (%2). Dat gebeurt na een schijfcrash of een onderbroken kopie. Uw nota&apos;s zijn veilig in de reservekopieën hieronder: zet de recentste goede terug. Het beschadigde bestand wordt apart bewaard, niet gewist.</translation>
    </message>
    <message>
        <source>There is no usable backup. Close bnldesk and ask for help before doing anything.</source>
        <translation type="vanished">Er is geen bruikbare reservekopie. Sluit bnldesk en vraag hulp voor u iets anders doet.</translation>
    </message>
    <message>
        <source>Restored the backup %s.</source>
        <translation type="vanished">De reservekopie %s is teruggezet.</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation type="vanished">Nota&apos;s niet opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be saved in the database.</source>
        <translation type="vanished">
            <numerusform>%n nota kon niet in de databank worden opgeslagen.</numerusform>
            <numerusform>%n nota&apos;s konden niet in de databank worden opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) typed last time could not be saved in this database.</source>
        <translation type="vanished">
            <numerusform>%n nota die u de vorige keer typte, kon niet in deze databank worden opgeslagen.</numerusform>
            <numerusform>%n nota&apos;s die u de vorige keer typte, konden niet in deze databank worden opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/ask.py" line="60"/>
        <source>Your delegation</source>
        <translation>Uw delegatie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/ask.py" line="65"/>
        <source>Which delegation do you work for? Briefs and notes are stamped with it. You can change it later in Preferences.</source>
        <translation>Voor welke delegatie werkt u? Briefings en nota&apos;s worden ermee gemerkt. U kunt dit later wijzigen in Voorkeuren.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="970"/>
        <source>Changed elsewhere meanwhile: %1. The stored value is shown; yours is kept under File &gt; Resolve conflicts.</source>
        <translation>Intussen elders gewijzigd: %1. De opgeslagen waarde wordt getoond; de uwe staat bij Bestand &gt; Conflicten oplossen.</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts...</source>
        <translation type="vanished">Con&amp;flicten oplossen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="118"/>
        <source>Some notes were changed here and on the server: both versions are kept. Resolve them with File &gt; Resolve conflicts...</source>
        <translation>Sommige nota&apos;s zijn hier en op de server gewijzigd: beide versies zijn bewaard. Los ze op met Bestand &gt; Conflicten oplossen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="129"/>
        <source>By %1, last changed %2 by %3.</source>
        <translation>Door %1, laatst gewijzigd %2 door %3.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="131"/>
        <source>By %1, last changed %2.</source>
        <translation>Door %1, laatst gewijzigd %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="133"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="143"/>
        <source>Last changed %1 by %2.</source>
        <translation>Laatst gewijzigd %1 door %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="134"/>
        <location filename="../../bnldesk/ui/notes/editor.py" line="144"/>
        <source>Last changed %1.</source>
        <translation>Laatst gewijzigd %1.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="580"/>
        <source>Read-only.</source>
        <translation>Alleen lezen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/editor.py" line="580"/>
        <source>Saved automatically.</source>
        <translation>Automatisch bewaard.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meetings/features.py" line="298"/>
        <source>Notes from %1, written %2.</source>
        <translation>Nota&apos;s van %1, geschreven op %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="108"/>
        <source>Version of %1</source>
        <translation>Versie van %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="110"/>
        <source>Version in the note</source>
        <translation>Versie in de nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="110"/>
        <source>Other version</source>
        <translation>Andere versie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="276"/>
        <source>This record was changed on two laptops since they last exchanged notes. Nothing is lost: the record holds the later change, the other version is kept beside it. Tick the fields where the other version is right, then resolve.</source>
        <translation>Dit gegeven werd op twee laptops gewijzigd sinds ze laatst nota&apos;s uitwisselden. Er gaat niets verloren: het gegeven bevat de laatste wijziging, de andere versie wordt ernaast bewaard. Vink de velden aan waar de andere versie juist is en los dan op.</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile: %1. The stored value is shown; yours is kept under Meetings &gt; Resolve conflicts.</source>
        <translation type="vanished">Intussen elders gewijzigd: %1. De opgeslagen waarde wordt getoond; de uwe staat bij Vergaderingen &gt; Conflicten oplossen.</translation>
    </message>
    <message>
        <source>Read-only. Last change: %1</source>
        <translation type="vanished">Alleen lezen. Laatste wijziging: %1</translation>
    </message>
    <message>
        <source>Saved automatically. Last change: %1</source>
        <translation type="vanished">Automatisch bewaard. Laatste wijziging: %1</translation>
    </message>
    <message>
        <source>Notes from %1, written %2: %3</source>
        <translation type="vanished">Nota&apos;s van %1, geschreven op %2: %3</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation type="vanished">&amp;Startpagina</translation>
    </message>
    <message>
        <source>Upcoming meetings, overdue and open actions, recent notes</source>
        <translation type="vanished">Komende vergaderingen, achterstallige en openstaande acties, recente nota&apos;s</translation>
    </message>
    <message>
        <source>use set-aside</source>
        <translation type="vanished">apart gezette versie gebruiken</translation>
    </message>
    <message>
        <source>keep current</source>
        <translation type="vanished">huidige behouden</translation>
    </message>
    <message>
        <source>This record was changed on two laptops since they last exchanged notes. Nothing is lost: the later change is the current version, the other one is set aside. Tick the fields where the set-aside version is right, then resolve.</source>
        <translation type="vanished">Dit gegeven werd op twee laptops gewijzigd sinds ze laatst nota&apos;s uitwisselden. Er gaat niets verloren: de laatste wijziging is de huidige versie, de andere wordt apart gezet. Vink de velden aan waar de apart gezette versie juist is en los dan op.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="137"/>
        <source>whole document</source>
        <translation>het hele document</translation>
    </message>
    <message>
        <source>Some notes were changed here and on the server: both versions are kept. Resolve them with Meetings &gt; Resolve conflicts...</source>
        <translation type="vanished">Sommige nota&apos;s zijn hier en op de server gewijzigd: beide versies zijn bewaard. Los ze op met Vergaderingen &gt; Conflicten oplossen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/fields.py" line="150"/>
        <source>This cell is filled: F2 or a double click changes it.</source>
        <translation>Deze cel is ingevuld: F2 of dubbelklikken wijzigt ze.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="76"/>
        <source>My delegation</source>
        <translation>Mijn delegatie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="77"/>
        <source>Other delegations</source>
        <translation>Andere delegaties</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="80"/>
        <source>For other delegations, the file holds only the notes marked shareable and says nothing of the others.</source>
        <translation>Voor andere delegaties bevat het bestand alleen de nota&apos;s die als deelbaar gemarkeerd zijn, en zegt het niets over de andere.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/common.py" line="104"/>
        <source>For other delegations: only notes marked shareable go in. Your delegation&apos;s and private notes stay out, and the file does not mention them.</source>
        <translation>Voor andere delegaties: alleen nota&apos;s die als deelbaar gemarkeerd zijn, gaan mee. De nota&apos;s van uw delegatie en uw privénota&apos;s blijven erbuiten, en het bestand vermeldt ze niet.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="268"/>
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="92"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="511"/>
        <source>for other delegations: shareable notes only</source>
        <translation>voor andere delegaties: alleen deelbare nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="262"/>
        <source>The best %2 results for “%1” are shown; counting them all…</source>
        <translation>De beste %2 resultaten voor „%1” worden getoond; alle worden geteld…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="269"/>
        <source>%Ln result(s) for “%1”; the best %2 are shown</source>
        <translation>
            <numerusform>%Ln resultaat voor „%1”; de beste %2 worden getoond</numerusform>
            <numerusform>%Ln resultaten voor „%1”; de beste %2 worden getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="275"/>
        <source>%Ln result(s) for “%1”</source>
        <translation>
            <numerusform>%Ln resultaat voor „%1”</numerusform>
            <numerusform>%Ln resultaten voor „%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="278"/>
        <source>“%1” has nothing to search for: no letters, digits or symbols.</source>
        <translation>In „%1” valt niets te zoeken: geen letters, cijfers of symbolen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="290"/>
        <source>No results for “%1” within the scope (%2); %Ln without it.</source>
        <translation>
            <numerusform>Geen resultaten voor „%1” binnen de reikwijdte (%2); %Ln zonder.</numerusform>
            <numerusform>Geen resultaten voor „%1” binnen de reikwijdte (%2); %Ln zonder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="300"/>
        <source>No results for “%1” within the filters; %Ln without them.</source>
        <translation>
            <numerusform>Geen resultaten voor „%1” binnen de filters; %Ln zonder.</numerusform>
            <numerusform>Geen resultaten voor „%1” binnen de filters; %Ln zonder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="311"/>
        <source>No results for “%1” with its filters (year:, code:, tag:, kind:); %Ln for the words alone.</source>
        <translation>
            <numerusform>Geen resultaten voor „%1” met de filters (jaar:, code:, tag:, soort:); %Ln voor de woorden alleen.</numerusform>
            <numerusform>Geen resultaten voor „%1” met de filters (jaar:, code:, tag:, soort:); %Ln voor de woorden alleen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="320"/>
        <source>No results for “%1”: nothing contains every word.</source>
        <translation>Geen resultaten voor „%1”: niets bevat alle woorden.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="324"/>
        <source>No results for “%1”. Accents and case do not matter; try a shorter word.</source>
        <translation>Geen resultaten voor „%1”. Accenten en hoofdletters spelen geen rol; probeer een korter woord.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/preferences.py" line="118"/>
        <source>The marking is printed on every brief and list you export, for example &quot;Beperkte verspreiding&quot;. A new language or appearance applies at once.</source>
        <translation>De markering wordt afgedrukt op elke briefing en lijst die u exporteert, bijvoorbeeld „Beperkte verspreiding”. Een nieuwe taal of een nieuw uiterlijk geldt meteen.</translation>
    </message>
    <message>
        <source>%1 is not a date (for example %2)</source>
        <translation type="vanished">%1 is geen datum (bijvoorbeeld %2)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="121"/>
        <location filename="../../bnldesk/ui/importing/tree_model.py" line="303"/>
        <source>contact</source>
        <translation>contactpersoon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="151"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n doelstelling of project</numerusform>
            <numerusform>%n doelstellingen en projecten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="133"/>
        <source>“%1” is not a valid value for %2 (%3): left unchanged</source>
        <translation>„%1” is geen geldige waarde voor %2 (%3): ongewijzigd gelaten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="202"/>
        <source>the database %1 is not set up for this bnldesk: the server&apos;s administrator runs &apos;bnldesk server init URL&apos; (see README, Delegation server)</source>
        <translation>de databank %1 is niet ingericht voor deze bnldesk: de beheerder van de server voert „bnldesk server init URL” uit (zie README, Delegation server)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="253"/>
        <source>%1 does not look like an annual plan or a work programme (no &apos;Jaarplan&apos; or &apos;Werkprogramma&apos; title and no plan sections)</source>
        <translation>%1 lijkt geen jaarplan of werkprogramma (geen titel „Jaarplan” of „Werkprogramma” en geen onderdelen van een plan)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="271"/>
        <source>there is no workgroup &apos;%1&apos; in this database</source>
        <translation>er is geen werkgroep „%1” in deze databank</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="314"/>
        <source>no paired laptop is called &apos;%1&apos;</source>
        <translation>geen gekoppelde laptop heet „%1”</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="395"/>
        <source>&apos;%1&apos; is not a valid address</source>
        <translation>„%1” is geen geldig adres</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="405"/>
        <source>&apos;%1&apos; is already point %2 of the agenda</source>
        <translation>„%1” is al punt %2 van de agenda</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="443"/>
        <source>&apos;%1&apos; is not a workgroup code</source>
        <translation>„%1” is geen werkgroepcode</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="459"/>
        <source>&apos;%1&apos; is neither a workgroup code, a section number nor an object id (e.g. item:12)</source>
        <translation>„%1” is geen werkgroepcode, geen onderdeelnummer en geen object-id (bv. item:12)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="461"/>
        <source>there is no %1 with key &apos;%2&apos; in this database</source>
        <translation>deze databank heeft geen %1 met sleutel „%2”</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="468"/>
        <source>there is no workgroup &apos;%1&apos; (give its code or its full name, e.g. SENN-CRISE)</source>
        <translation>er is geen werkgroep „%1” (geef de code of de volledige naam, bv. SENN-CRISE)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="470"/>
        <source>&apos;%1&apos; is not a meeting id</source>
        <translation>„%1” is geen vergadering-id</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="479"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is missing</source>
        <translation>de bundel bevat een misvormd gegeven %1: „%2” ontbreekt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="480"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not text</source>
        <translation>de bundel bevat een misvormd gegeven %1: „%2” is geen tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="482"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is longer than %3 characters</source>
        <translation>de bundel bevat een misvormd gegeven %1: „%2” is langer dan %3 tekens</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="485"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>de bundel bevat een misvormd gegeven %1: „%2” is geen geheel getal van %3 tot %4</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="488"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; has a value this version does not know</source>
        <translation>de bundel bevat een misvormd gegeven %1: „%2” heeft een waarde die deze versie niet kent</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="490"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not a UUID</source>
        <translation>de bundel bevat een misvormd gegeven %1: „%2” is geen UUID</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="492"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not a date and time</source>
        <translation>de bundel bevat een misvormd gegeven %1: „%2” is geen datum en tijd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="495"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not in UTC without a zone</source>
        <translation>de bundel bevat een misvormd gegeven %1: „%2” is niet in UTC zonder tijdzone</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="498"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; lies in the future (%3)</source>
        <translation>de bundel bevat een misvormd gegeven %1: „%2” ligt in de toekomst (%3)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="500"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not a date</source>
        <translation>de bundel bevat een misvormd gegeven %1: „%2” is geen datum</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="502"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; is not a list of at most %3 tags</source>
        <translation>de bundel bevat een misvormd gegeven %1: „%2” is geen lijst van hoogstens %3 labels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="505"/>
        <source>the bundle holds a malformed %1: &apos;%2&apos; holds a tag that is empty or over %3 characters</source>
        <translation>de bundel bevat een misvormd gegeven %1: „%2” bevat een label dat leeg is of langer dan %3 tekens</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="561"/>
        <source>&apos;%1&apos; is the name of %n workgroup(s) (%3): give its code</source>
        <translation>
            <numerusform>„%1” is de naam van %n werkgroep (%3): geef de code</numerusform>
            <numerusform>„%1” is de naam van %n werkgroepen (%3): geef de code</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="408"/>
        <source>&quot;%1&quot; begins several titles (%2): choose one from the list</source>
        <translation>„%1” is het begin van meerdere titels (%2): kies er één uit de lijst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/services/error_words.py" line="324"/>
        <source>the file %1 is a list of workgroups, not a notes sheet: only a notes sheet can be imported. To get one: Export Excel list... &gt; tab Notes &gt; &quot;Include this sheet&quot;; edit that file and import it.</source>
        <translation>het bestand %1 is een lijst van werkgroepen, geen blad met nota&apos;s: alleen een blad met nota&apos;s kan geïmporteerd worden. Zo krijgt u er een: Excel-lijst exporteren... &gt; tab Nota&apos;s &gt; „Dit werkblad opnemen”; bewerk dat bestand en importeer het.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="93"/>
        <source>&amp;Import document...</source>
        <translation>Document &amp;importeren...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="97"/>
        <source>Read an annual plan or work programme (PDF, DOCX, text)</source>
        <translation>Een jaarplan of werkprogramma inlezen (PDF, DOCX, tekst)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="101"/>
        <source>Export &amp;brief (PDF)...</source>
        <translation>&amp;Briefing exporteren (PDF)...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="105"/>
        <source>Write a meeting brief for the selected object</source>
        <translation>Een vergaderbriefing maken voor het gekozen object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="109"/>
        <source>Export &amp;Excel list...</source>
        <translation>&amp;Excel-lijst exporteren...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="113"/>
        <source>Write the workgroups and notes to an Excel workbook</source>
        <translation>De werkgroepen en nota&apos;s naar een Excel-werkmap schrijven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="117"/>
        <source>Import notes from E&amp;xcel...</source>
        <translation>Nota&apos;s uit E&amp;xcel importeren...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="121"/>
        <source>Read back an exported notes sheet edited in Excel (preview first)</source>
        <translation>Een geëxporteerd notablad dat in Excel werd bewerkt opnieuw inlezen (eerst een voorbeeld)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="128"/>
        <source>S&amp;ync with server...</source>
        <translation>S&amp;ynchroniseren met de server...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="132"/>
        <source>Exchange the shareable notes, meetings and actions with the delegation server</source>
        <translation>De deelbare nota&apos;s, vergaderingen en acties uitwisselen met de server van de delegatie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="192"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Voorkeuren...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="196"/>
        <source>Delegation, author, language, export folder and marking</source>
        <translation>Delegatie, auteur, taal, exportmap en markering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Close bnldesk (everything is already saved)</source>
        <translation type="vanished">bnldesk sluiten (alles is al bewaard)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="203"/>
        <source>Close bnldesk (notes are saved as you type; an unsaved meeting is asked about)</source>
        <translation>bnldesk sluiten (nota&apos;s worden bewaard terwijl u typt; naar een niet-bewaarde vergadering wordt gevraagd)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="209"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="213"/>
        <source>Undo the last change to a note</source>
        <translation>De laatste wijziging aan een nota ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="217"/>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="221"/>
        <source>Redo the change just undone</source>
        <translation>De zonet ongedaan gemaakte wijziging opnieuw uitvoeren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="225"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="229"/>
        <source>Cut the selected text</source>
        <translation>De gekozen tekst knippen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="232"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="236"/>
        <source>Copy the selected text, or the selected row</source>
        <translation>De gekozen tekst of rij kopiëren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="239"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="243"/>
        <source>Paste into the field being edited</source>
        <translation>In het veld plakken dat u bewerkt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="246"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="250"/>
        <source>Select all the text of the field</source>
        <translation>Alle tekst van het veld selecteren</translation>
    </message>
    <message>
        <source>Copy &amp;reference</source>
        <translation type="vanished">&amp;Verwijzing kopiëren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="257"/>
        <source>Copy the shown object&apos;s reference (e.g. item:12) for the command line or an agenda</source>
        <translation>De verwijzing van het getoonde object kopiëren (bv. item:12), voor de opdrachtregel of een agenda</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="263"/>
        <source>&amp;New note</source>
        <translation>Ni&amp;euwe nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="267"/>
        <source>Add a note to the selected object</source>
        <translation>Een nota toevoegen aan het gekozen object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="271"/>
        <source>&amp;Delete note</source>
        <translation>Nota verwij&amp;deren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="275"/>
        <source>Delete the selected note (can be undone)</source>
        <translation>De gekozen nota verwijderen (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>Add &amp;action item</source>
        <translation type="vanished">&amp;Actiepunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="253"/>
        <source>Copy re&amp;ference</source>
        <translation>&amp;Verwijzing kopiëren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="279"/>
        <source>Add act&amp;ion item</source>
        <translation>Actiepunt &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="283"/>
        <source>Add a follow-up action to the selected note</source>
        <translation>Een opvolgingsactie toevoegen aan de gekozen nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="287"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="291"/>
        <source>Search the plans, workgroups and notes</source>
        <translation>Zoeken in de plannen, werkgroepen en nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="294"/>
        <source>&amp;Go to...</source>
        <translation>&amp;Ga naar...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="298"/>
        <source>Jump to a workgroup, section or project by typing</source>
        <translation>Naar een werkgroep, onderdeel of project springen door te typen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="301"/>
        <source>Go to &amp;row...</source>
        <translation>Ga naar &amp;rij...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="305"/>
        <source>Show a row of the list by its number, however long</source>
        <translation>Een rij van de lijst tonen aan de hand van haar nummer, hoe lang de lijst ook is</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="308"/>
        <source>Plan &amp;items</source>
        <translation>Plan&amp;onderdelen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="312"/>
        <source>List the objectives and projects in scope</source>
        <translation>De doelstellingen en projecten binnen de reikwijdte tonen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="315"/>
        <source>&amp;Notes</source>
        <translation>&amp;Nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="319"/>
        <source>List the delegation&apos;s notes</source>
        <translation>De nota&apos;s van de delegatie tonen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="332"/>
        <source>&amp;Clear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="336"/>
        <source>Remove every active filter</source>
        <translation>Alle actieve filters verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="339"/>
        <source>Show &amp;all plans</source>
        <translation>&amp;Alle plannen tonen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="343"/>
        <source>Clear the scope: list and search everything, not only the navigator&apos;s node</source>
        <translation>Reikwijdte wissen: alles tonen en doorzoeken, niet alleen het gekozen knooppunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="348"/>
        <source>Save filters as &amp;view...</source>
        <translation>Filters bewaren als weer&amp;gave...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="352"/>
        <source>Name the active filters to reuse them later</source>
        <translation>De actieve filters een naam geven om ze later te hergebruiken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="355"/>
        <source>Re&amp;load</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="359"/>
        <source>Read the database again</source>
        <translation>De databank opnieuw inlezen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="362"/>
        <source>Go to &amp;navigator</source>
        <translation>Naar de &amp;navigator</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="366"/>
        <source>Move the keyboard focus to the plan tree</source>
        <translation>De toetsenbordfocus naar de boom van de plannen verplaatsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="369"/>
        <source>Go to &amp;list</source>
        <translation>Naar de &amp;lijst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="373"/>
        <source>Move the keyboard focus to the central list</source>
        <translation>De toetsenbordfocus naar de centrale lijst verplaatsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="376"/>
        <source>Go to n&amp;otes</source>
        <translation>Naar de n&amp;ota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="380"/>
        <source>Move the keyboard focus to the notes of the object</source>
        <translation>De toetsenbordfocus naar de nota&apos;s van het object verplaatsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="383"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="387"/>
        <source>Return to the previously shown object</source>
        <translation>Terug naar het vorige getoonde object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="407"/>
        <source>&amp;Using bnldesk</source>
        <translation>&amp;Werken met bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="411"/>
        <source>Searching, notes and their privacy, shortcuts, where your files are</source>
        <translation>Zoeken, nota&apos;s en hun privacy, sneltoetsen, waar uw bestanden staan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="417"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="421"/>
        <source>List every action and its shortcut</source>
        <translation>Alle acties en hun sneltoets tonen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="424"/>
        <source>&amp;About bnldesk</source>
        <translation>&amp;Over bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="428"/>
        <source>Version and licence</source>
        <translation>Versie en licentie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="461"/>
        <location filename="../../bnldesk/ui/actions.py" line="467"/>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="462"/>
        <source>Move agenda point up</source>
        <translation>Agendapunt omhoog</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="464"/>
        <source>Move the selected agenda point one place up</source>
        <translation>Het gekozen agendapunt één plaats omhoog zetten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="468"/>
        <source>Move agenda point down</source>
        <translation>Agendapunt omlaag</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="470"/>
        <source>Move the selected agenda point one place down</source>
        <translation>Het gekozen agendapunt één plaats omlaag zetten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="537"/>
        <source>This feature is not available in this version.</source>
        <translation>Deze functie is niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="324"/>
        <source>&amp;Start page</source>
        <translation>&amp;Startpagina</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="328"/>
        <source>Upcoming meetings, overdue and open actions, recent notes</source>
        <translation>Komende vergaderingen, achterstallige en openstaande acties, recente nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="141"/>
        <source>Pair &amp;laptops...</source>
        <translation>&amp;Laptops koppelen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="145"/>
        <source>Accept notes from another laptop of the delegation</source>
        <translation>Nota&apos;s aanvaarden van een andere laptop van de delegatie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="149"/>
        <source>S&amp;hare notes...</source>
        <translation>Nota&apos;s &amp;delen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="153"/>
        <source>Write the delegation&apos;s notes to a file for another laptop</source>
        <translation>De nota&apos;s van de delegatie naar een bestand schrijven voor een andere laptop</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="157"/>
        <source>&amp;Receive notes...</source>
        <translation>Nota&apos;s &amp;ontvangen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="161"/>
        <source>Merge notes shared from another laptop (preview first)</source>
        <translation>Nota&apos;s van een andere laptop samenvoegen (eerst een voorbeeld)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="167"/>
        <source>Resolve &amp;conflicts...</source>
        <translation>Con&amp;flicten oplossen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="171"/>
        <source>Notes changed on two laptops: choose what to keep</source>
        <translation>Nota&apos;s die op twee laptops gewijzigd zijn: kies wat u bewaart</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="176"/>
        <source>Bac&amp;kups...</source>
        <translation>&amp;Reservekopieën...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="180"/>
        <source>List the automatic backups and restore one</source>
        <translation>De automatische reservekopieën tonen en er een terugzetten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="184"/>
        <source>Check &amp;database</source>
        <translation>Databank &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="188"/>
        <source>Check the database file for damage</source>
        <translation>Het databankbestand op beschadiging controleren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="390"/>
        <source>&amp;Meetings...</source>
        <translation>&amp;Vergaderingen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="394"/>
        <source>Meetings with their agenda, positions and outcomes</source>
        <translation>Vergaderingen met hun agenda, standpunten en resultaten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="398"/>
        <source>&amp;New meeting...</source>
        <translation>&amp;Nieuwe vergadering...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="402"/>
        <source>Plan a meeting of a workgroup and its agenda</source>
        <translation>Een vergadering van een werkgroep en haar agenda plannen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../bnldesk/ui/app.py" line="273"/>
        <source>A new database was made with the demo data of the published plans: import the real documents with File &gt; Import.</source>
        <translation>Er is een nieuwe databank gemaakt met de demogegevens van de gepubliceerde plannen: importeer de echte documenten via Bestand &gt; Importeren.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>automatic</source>
        <translation type="vanished">automatisch</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="vanished">met de hand gemaakt</translation>
    </message>
    <message>
        <source>before receiving notes</source>
        <translation type="vanished">vóór het ontvangen van nota&apos;s</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="vanished">vóór een import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="vanished">vóór het terugzetten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="547"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="548"/>
        <source>Structure of the database file</source>
        <translation>Opbouw van het databankbestand</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="549"/>
        <source>Links between notes, plans and meetings</source>
        <translation>Verbanden tussen nota&apos;s, plannen en vergaderingen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="550"/>
        <location filename="../../bnldesk/ui/settings/backups.py" line="551"/>
        <source>Search index</source>
        <translation>Zoekindex</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="552"/>
        <source>Database version</source>
        <translation>Versie van de databank</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="553"/>
        <source>Every table can be read</source>
        <translation>Elke tabel is leesbaar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="554"/>
        <source>The server&apos;s own indexes</source>
        <translation>De eigen indexen van de server</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="557"/>
        <source>in order</source>
        <translation>in orde</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="558"/>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="559"/>
        <source>not checked (the file is read-only)</source>
        <translation>niet gecontroleerd (het bestand is alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="560"/>
        <source>not checked (not available on this server)</source>
        <translation>niet gecontroleerd (niet beschikbaar op deze server)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/settings/backups.py" line="563"/>
        <source>not checked (the administrator checks it)</source>
        <translation>niet gecontroleerd (de beheerder controleert dit)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="48"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="49"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="50"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="51"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="53"/>
        <source>Position</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="54"/>
        <source>Position state</source>
        <translation>Stand van het standpunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="55"/>
        <source>Consult</source>
        <translation>Nog te raadplegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="56"/>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="57"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="58"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="59"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="60"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="61"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="62"/>
        <source>Notes</source>
        <translation>Nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="63"/>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="64"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="65"/>
        <source>Video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="66"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="67"/>
        <source>Number on the agenda</source>
        <translation>Nummer op de agenda</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="68"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="69"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="70"/>
        <source>Agenda point</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="71"/>
        <source>Kind of object</source>
        <translation>Soort object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="72"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="73"/>
        <source>Object name</source>
        <translation>Naam van het object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="74"/>
        <source>Workgroup</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="75"/>
        <source>Plan year</source>
        <translation>Planjaar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="76"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="77"/>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="vanished">geen</translation>
    </message>
    <message>
        <source>low</source>
        <translation type="vanished">laag</translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="vanished">normaal</translation>
    </message>
    <message>
        <source>high</source>
        <translation type="vanished">hoog</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="117"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes/conflicts.py" line="120"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation type="vanished">Huidige versie</translation>
    </message>
    <message>
        <source>Set-aside version</source>
        <translation type="vanished">Apart gezette versie</translation>
    </message>
    <message>
        <source>Use set-aside</source>
        <translation type="vanished">Apart gezette gebruiken</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="30"/>
        <source>Cover page</source>
        <translation>Voorblad</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="31"/>
        <source>Table of contents</source>
        <translation>Inhoudsopgave</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="32"/>
        <source>Agenda (meeting briefs)</source>
        <translation>Agenda (alleen bij een vergadering)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="33"/>
        <source>Place in the plan, objectives and projects</source>
        <translation>Plaats in het plan, doelstellingen en projecten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="34"/>
        <source>The delegation&apos;s notes and positions</source>
        <translation>De nota&apos;s en standpunten van de delegatie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="35"/>
        <source>Open action items</source>
        <translation>Open actiepunten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="36"/>
        <source>Secretariat-General contacts</source>
        <translation>Contactpersonen Secretariaat-Generaal</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="37"/>
        <source>Earlier plans and the notes made then</source>
        <translation>Eerdere plannen en de nota&apos;s van toen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="40"/>
        <source>Workgroups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="41"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/exports/options.py" line="42"/>
        <source>Notes</source>
        <translation>Nota&apos;s</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="18"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="19"/>
        <source>Ongoing project</source>
        <translation>Voortgangsproject</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="20"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="21"/>
        <source>Flagship project</source>
        <translation>Vlaggenschipproject</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="22"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Work programme</source>
        <translation type="vanished">Werkprogramma</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation type="vanished">Jaarplan</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="vanished">Hoofdstuk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="28"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="vanished">Onderdeel</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation type="vanished">Planonderdeel</translation>
    </message>
    <message>
        <source>Workgroup</source>
        <translation type="vanished">Werkgroep</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="vanished">Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="29"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="30"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="vanished">Vrije tekst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="vanished">Lopend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">Afgehandeld</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation type="vanished">Geen prioriteit</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">Laag</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="vanished">Normaal</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">Hoog</translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation type="vanished">Nog geen standpunt</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="vanished">Akkoord</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation type="vanished">Voorbehoud</translation>
    </message>
    <message>
        <source>To coordinate</source>
        <translation type="vanished">Af te stemmen</translation>
    </message>
    <message>
        <source>Private (only me)</source>
        <translation type="vanished">Privé (alleen ikzelf)</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="vanished">Delegatie</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="vanished">Deelbaar</translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="vanished">Privé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="44"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="45"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="46"/>
        <source>Gone</source>
        <translation>Verdwenen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="47"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="51"/>
        <source>Belgium (BE)</source>
        <translation>België (BE)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="52"/>
        <source>Netherlands (NL)</source>
        <translation>Nederland (NL)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="53"/>
        <source>Luxembourg (LU)</source>
        <translation>Luxemburg (LU)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="54"/>
        <source>Other party</source>
        <translation>Andere partij</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="437"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="438"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="439"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="440"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="442"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="441"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Vergaderingen</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="97"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="99"/>
        <source>Section</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="100"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="98"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="101"/>
        <source>Notes</source>
        <translation>Nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="102"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="106"/>
        <source>Updated</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="107"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="108"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="109"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="111"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="112"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/browse/list_model.py" line="437"/>
        <source>Visibility: who may read the note</source>
        <translation>Zichtbaarheid: wie de nota mag lezen</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../bnldesk/ui/worker.py" line="104"/>
        <source>Internal error (%1). The details are in the log; please report it.</source>
        <translation>Interne fout (%1). De details staan in het logboek; meld dit a.u.b.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="93"/>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="97"/>
        <source>Choose a plan, chapter, section, project or workgroup in the navigator, or press Ctrl+K to jump to one by name.</source>
        <translation>Kies een plan, hoofdstuk, onderdeel, project of werkgroep in de navigator, of druk op Ctrl+K om er een op naam te openen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="114"/>
        <source>This object no longer exists in the database.</source>
        <translation>Dit object bestaat niet meer in de databank.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="152"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="156"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="157"/>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="158"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="159"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="160"/>
        <source>Validity</source>
        <translation>Geldigheid</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="172"/>
        <source>The plan gives no further text for this object.</source>
        <translation>Het plan geeft geen verdere tekst bij dit object.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="182"/>
        <location filename="../../bnldesk/ui/main_window.py" line="503"/>
        <source>Workgroups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="186"/>
        <source>Contacts at the Secretariat-General</source>
        <translation>Contactpersonen bij het Secretariaat-Generaal</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="192"/>
        <source>In the plans of</source>
        <translation>In de plannen van</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="198"/>
        <source>Sections carried by this workgroup</source>
        <translation>Onderdelen die deze werkgroep draagt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="202"/>
        <source>Sub-groups</source>
        <translation>Subgroepen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="203"/>
        <source>Objectives and projects</source>
        <translation>Doelstellingen en projecten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="204"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="205"/>
        <source>Chapters</source>
        <translation>Hoofdstukken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="206"/>
        <source>Annual plans</source>
        <translation>Jaarplannen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="207"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="216"/>
        <source>In other years</source>
        <translation>In andere jaren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/detail.py" line="224"/>
        <source>Not found in the other years&apos; plans.</source>
        <translation>Niet teruggevonden in de plannen van andere jaren.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="145"/>
        <location filename="../../bnldesk/ui/filter_bar.py" line="158"/>
        <source>More filters</source>
        <translation>Meer filters</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="146"/>
        <source>Filter on note status, priority, open actions, changes</source>
        <translation>Filteren op status en prioriteit van nota&apos;s, open actiepunten, wijzigingen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="147"/>
        <location filename="../../bnldesk/ui/filter_bar.py" line="159"/>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="148"/>
        <source>Save the active filters under a name, or apply a saved view</source>
        <translation>Bewaar de actieve filters onder een naam, of pas een bewaarde weergave toe</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="150"/>
        <source>Plan year</source>
        <translation>Planjaar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="151"/>
        <source>Chapter</source>
        <translation>Hoofdstuk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="152"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="153"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="206"/>
        <source>Workgroup</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="154"/>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="183"/>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="184"/>
        <source>All chapters</source>
        <translation>Alle hoofdstukken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="187"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="191"/>
        <source>All workgroups</source>
        <translation>Alle werkgroepen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="192"/>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="242"/>
        <source>Year: %1</source>
        <translation>Jaar: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="245"/>
        <source>Chapter: %1</source>
        <translation>Hoofdstuk: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="247"/>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="250"/>
        <source>Workgroup: %1</source>
        <translation>Werkgroep: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="252"/>
        <source>Tag: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="254"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="256"/>
        <source>Priority: %1</source>
        <translation>Prioriteit: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="258"/>
        <source>Has notes</source>
        <translation>Met nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="260"/>
        <source>Has open actions</source>
        <translation>Met open actiepunten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="262"/>
        <source>Change: %1</source>
        <translation>Wijziging: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="279"/>
        <source>No filters: everything in the selected scope is listed.</source>
        <translation>Geen filters: alles binnen de gekozen reikwijdte wordt getoond.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="287"/>
        <source>Remove this filter</source>
        <translation>Deze filter verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="288"/>
        <source>Remove filter %1</source>
        <translation>Filter %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="294"/>
        <source>Clear all</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="295"/>
        <source>Clear all filters</source>
        <translation>Alle filters wissen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="309"/>
        <source>Any</source>
        <translation>Om het even</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="318"/>
        <source>Note status</source>
        <translation>Status van de nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="323"/>
        <source>Note priority</source>
        <translation>Prioriteit van de nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="329"/>
        <source>Compared with the previous plan</source>
        <translation>Vergeleken met het vorige plan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="335"/>
        <source>Only objects with notes</source>
        <translation>Enkel objecten met nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="336"/>
        <source>Only with open action items</source>
        <translation>Enkel met open actiepunten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="346"/>
        <source>Save current filters as view...</source>
        <translation>Huidige filters bewaren als weergave...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="355"/>
        <source>Delete view</source>
        <translation>Weergave verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="360"/>
        <source>No saved views yet</source>
        <translation>Nog geen bewaarde weergaven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="368"/>
        <location filename="../../bnldesk/ui/filter_bar.py" line="373"/>
        <source>Save view</source>
        <translation>Weergave bewaren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="369"/>
        <source>No filter is active. Choose filters first, then save them as a view.</source>
        <translation>Er is geen filter actief. Kies eerst filters en bewaar ze dan als weergave.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/filter_bar.py" line="373"/>
        <source>Name of this view (for example: open BE points):</source>
        <translation>Naam van deze weergave (bijvoorbeeld: open punten BE):</translation>
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
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="133"/>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="133"/>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="171"/>
        <source>Nothing here matches the scope and filters. Choose another object in the navigator or remove a filter.</source>
        <translation>Niets binnen deze reikwijdte voldoet aan de filters. Kies een ander object in de navigator of verwijder een filter.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="476"/>
        <source>Working...</source>
        <translation>Bezig...</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="vanished">Plannen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="504"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="498"/>
        <source>Plan items</source>
        <translation>Planonderdelen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="495"/>
        <source>Plans</source>
        <comment>navigator tab</comment>
        <translation>Plannen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="496"/>
        <source>Workgroups</source>
        <comment>navigator tab</comment>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="497"/>
        <source>Contacts</source>
        <comment>navigator tab</comment>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="499"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="280"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="549"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="554"/>
        <source>Notes</source>
        <translation>Nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="500"/>
        <source>Search plans, workgroups and notes (Ctrl+F)</source>
        <translation>Zoeken in plannen, werkgroepen en nota&apos;s (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="501"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="502"/>
        <source>Plans navigator</source>
        <translation>Navigator van de plannen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="505"/>
        <source>List of objects</source>
        <translation>Lijst van objecten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="506"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="507"/>
        <source>Details of the selected object</source>
        <translation>Details van het gekozen object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="508"/>
        <source>List contents</source>
        <translation>Inhoud van de lijst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="509"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="658"/>
        <source>Scope: all plans</source>
        <translation>Reikwijdte: alle plannen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="665"/>
        <source>Scope: the section of %1</source>
        <translation>Reikwijdte: het onderdeel van %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="668"/>
        <source>Scope: %1</source>
        <translation>Reikwijdte: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="870"/>
        <source>No plan item has notes matching these filters. Notes on workgroups, sections and chapters are listed under Notes (Ctrl+2).</source>
        <translation>Geen planonderdeel heeft nota&apos;s die aan deze filters voldoen. Nota&apos;s bij werkgroepen, onderdelen en hoofdstukken staan onder Nota&apos;s (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="876"/>
        <source>No plan items here. Choose another object in the navigator.</source>
        <translation>Hier zijn geen planonderdelen. Kies een ander object in de navigator.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="878"/>
        <source>No notes here yet. Select an object and press Ctrl+N to write one.</source>
        <translation>Hier zijn nog geen nota&apos;s. Selecteer een object en druk op Ctrl+N om er een te schrijven.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="891"/>
        <source>%1 search results</source>
        <translation>%1 zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="896"/>
        <source>plan items</source>
        <translation>planonderdelen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="896"/>
        <source>notes</source>
        <translation>nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="898"/>
        <source>%1 %2 in the list</source>
        <translation>%1 %2 in de lijst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="900"/>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="904"/>
        <source>database: %1 plans, %2 items, %3 workgroups, %4 notes, %5 open actions</source>
        <translation>databank: %1 plannen, %2 onderdelen, %3 werkgroepen, %4 nota&apos;s, %5 open acties</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="963"/>
        <source> (best %1 shown)</source>
        <translation> (beste %1 getoond)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="968"/>
        <source>%1 results for “%2”</source>
        <translation>%1 resultaten voor “%2”</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="976"/>
        <source>No results for “%1”. Accents and case do not matter; try a shorter word.</source>
        <translation>Geen resultaten voor “%1”. Accenten en hoofdletters spelen geen rol; probeer een korter woord.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1004"/>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1004"/>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1006"/>
        <source>Redo: %1</source>
        <translation>Opnieuw: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1006"/>
        <source>Nothing to redo</source>
        <translation>Niets om opnieuw te doen</translation>
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
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1079"/>
        <source>About bnldesk</source>
        <translation>Over bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1080"/>
        <source>bnldesk %1: the Benelux delegations&apos; desktop for plans, notes and briefs.</source>
        <translation>bnldesk %1: de werkplek van de Benelux-delegaties voor plannen, nota&apos;s en briefings.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1084"/>
        <source>Works offline; your notes stay on this computer.</source>
        <translation>Werkt offline; uw nota&apos;s blijven op deze computer.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1089"/>
        <source>Importing is not available in this version.</source>
        <translation>Importeren is niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1093"/>
        <location filename="../../bnldesk/ui/main_window.py" line="1110"/>
        <location filename="../../bnldesk/ui/main_window.py" line="1145"/>
        <location filename="../../bnldesk/ui/main_window.py" line="1159"/>
        <source>Import document</source>
        <translation>Document importeren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1095"/>
        <source>Plans and programmes (*.pdf *.docx *.txt *.md);;All files (*)</source>
        <translation>Plannen en programma&apos;s (*.pdf *.docx *.txt *.md);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1109"/>
        <source>Reading %1...</source>
        <translation>%1 wordt gelezen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1129"/>
        <source>Imported %1: %2.</source>
        <translation>%1 geïmporteerd: %2.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1147"/>
        <source>%1 does not look like the plan already in bnldesk: importing it would remove most of that plan&apos;s sections. Your notes are kept either way, and a backup was made.

Replace the plan with this document?</source>
        <translation>%1 lijkt niet op het jaarplan dat al in bnldesk staat: importeren zou de meeste onderdelen van dat plan verwijderen. Uw nota&apos;s blijven hoe dan ook bewaard en er is een back-up gemaakt.

Het plan vervangen door dit document?</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/main_window.py" line="1160"/>
        <source>%1 could not be imported:
%2</source>
        <translation>%1 kon niet worden geïmporteerd:
%2</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="294"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="107"/>
        <source>(empty note)</source>
        <translation>(lege nota)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="114"/>
        <source>open actions: %1</source>
        <translation>open acties: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="102"/>
        <source>New action item</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="109"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="287"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="149"/>
        <location filename="../../bnldesk/ui/start_page.py" line="222"/>
        <location filename="../../bnldesk/ui/start_page.py" line="232"/>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="110"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="288"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="149"/>
        <location filename="../../bnldesk/ui/start_page.py" line="220"/>
        <location filename="../../bnldesk/ui/start_page.py" line="230"/>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="184"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="353"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="475"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="617"/>
        <source>New meeting</source>
        <translation>Nieuwe vergadering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="190"/>
        <source>defaults to the workgroup&apos;s name</source>
        <translation>standaard de naam van de werkgroep</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="192"/>
        <source>workgroup code, e.g. SENN-CRISE</source>
        <translation>code van de werkgroep, bv. SENN-CRISE</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="205"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="278"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="209"/>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="212"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="606"/>
        <location filename="../../bnldesk/ui/start_page.py" line="211"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="213"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="214"/>
        <source>Video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="215"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="216"/>
        <source>Save meeting</source>
        <translation>Vergadering bewaren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="218"/>
        <source>Add to calendar (.ics)...</source>
        <translation>Aan agenda toevoegen (.ics)...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="220"/>
        <source>Debrief into notes</source>
        <translation>Verslag in nota&apos;s verwerken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="222"/>
        <source>Write each point&apos;s outcome and the new actions as notes on the plan objects</source>
        <translation>De uitkomst van elk punt en de nieuwe acties als nota&apos;s bij de planobjecten schrijven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="229"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="276"/>
        <source>Agenda point</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="231"/>
        <source>Linked to</source>
        <translation>Gekoppeld aan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="236"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="281"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="246"/>
        <source>new point: a workgroup code, section number (2.1.1), item:12, or free text</source>
        <translation>nieuw punt: een werkgroepcode, onderdeelnummer (2.1.1), item:12 of vrije tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="249"/>
        <source>Add point</source>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="251"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="252"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="253"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="527"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="266"/>
        <source>the delegation&apos;s position on this point</source>
        <translation>het standpunt van de delegatie over dit punt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="268"/>
        <source>preparation notes</source>
        <translation>voorbereidende nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="270"/>
        <source>after the meeting: what was decided</source>
        <translation>na de vergadering: wat werd beslist</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="274"/>
        <source>Save point</source>
        <translation>Punt bewaren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="279"/>
        <source>Position</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="294"/>
        <source>New action item...</source>
        <translation>Nieuw actiepunt...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="319"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="414"/>
        <location filename="../../bnldesk/ui/meeting_view.py" line="606"/>
        <location filename="../../bnldesk/ui/start_page.py" line="212"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="475"/>
        <source>Edit meeting</source>
        <translation>Vergadering bewerken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="493"/>
        <source>Add agenda point</source>
        <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="510"/>
        <source>Edit agenda point</source>
        <translation>Agendapunt bewerken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="521"/>
        <source>Move agenda point</source>
        <translation>Agendapunt verplaatsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="533"/>
        <source>Remove agenda point</source>
        <translation>Agendapunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="563"/>
        <source>Debrief: %1 notes written, %2 updated, %3 actions attached</source>
        <translation>Verslag: %1 nota&apos;s geschreven, %2 bijgewerkt, %3 acties gekoppeld</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="577"/>
        <source>Add to calendar</source>
        <translation>Aan agenda toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="577"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar-bestand (*.ics)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="587"/>
        <source>Wrote %s</source>
        <translation>%s geschreven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="606"/>
        <location filename="../../bnldesk/ui/start_page.py" line="213"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation type="vanished">Tegen (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="289"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="149"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="535"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="152"/>
        <source>Double-click a cell to change it; dates as YYYY-MM-DD</source>
        <translation>Dubbelklik op een cel om ze te wijzigen; datums als JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="497"/>
        <source>New note</source>
        <translation>Nieuwe nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="498"/>
        <source>Add a note to this object (Ctrl+N)</source>
        <translation>Een nota toevoegen aan dit object (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="499"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="500"/>
        <source>Delete the selected note; Edit &gt; Undo brings it back</source>
        <translation>De gekozen nota verwijderen; Bewerken &gt; Ongedaan maken haalt ze terug</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="501"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="503"/>
        <source>&amp;Tags</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="505"/>
        <source>comma separated, e.g. budget, follow-up</source>
        <translation>gescheiden door komma&apos;s, bv. budget, opvolging</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="506"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="508"/>
        <source>&amp;Priority</source>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="510"/>
        <source>Our p&amp;osition</source>
        <translation>Ons s&amp;tandpunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="512"/>
        <source>The delegation&apos;s position on this point</source>
        <translation>Het standpunt van de delegatie over dit punt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="513"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="538"/>
        <source>Position state</source>
        <translation>Stand van het standpunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="515"/>
        <source>Still to &amp;consult</source>
        <translation>Nog te &amp;raadplegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="517"/>
        <source>Who must still be consulted at home</source>
        <translation>Wie thuis nog geraadpleegd moet worden</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="518"/>
        <source>&amp;Visibility</source>
        <translation>&amp;Zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="521"/>
        <source>Private notes stay on this computer and are never shared or exported to others</source>
        <translation>Privénota&apos;s blijven op deze computer en worden nooit gedeeld of voor anderen geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="524"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="296"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="523"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="540"/>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="550"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="525"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="526"/>
        <location filename="../../bnldesk/ui/notes.py" line="236"/>
        <source>Add action item</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="528"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="529"/>
        <source>Remove action item</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="530"/>
        <source>Write your note; it is saved as you type</source>
        <translation>Schrijf uw nota; ze wordt bewaard terwijl u typt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="532"/>
        <source>Note text</source>
        <translation>Tekst van de nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="533"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="534"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="536"/>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_view.py" line="235"/>
        <location filename="../../bnldesk/ui/note_editor.py" line="537"/>
        <source>Our position</source>
        <translation>Ons standpunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="539"/>
        <source>Still to consult</source>
        <translation>Nog te raadplegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="541"/>
        <source>Notes on this object</source>
        <translation>Nota&apos;s bij dit object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="550"/>
        <source>Select an object to read and write its notes.</source>
        <translation>Kies een object om zijn nota&apos;s te lezen en te schrijven.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="557"/>
        <source>No notes on this object yet.</source>
        <translation>Nog geen nota&apos;s bij dit object.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="557"/>
        <source>Press Ctrl+N or New note to add one.</source>
        <translation>Druk op Ctrl+N of Nieuwe nota om er een toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="567"/>
        <source>Saved automatically. Last change: %1</source>
        <translation>Automatisch bewaard. Laatste wijziging: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/note_editor.py" line="795"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes.py" line="125"/>
        <source>Add note</source>
        <translation>Nota toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes.py" line="179"/>
        <source>Edit note</source>
        <translation>Nota bewerken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes.py" line="214"/>
        <source>Delete note</source>
        <translation>Nota verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes.py" line="271"/>
        <source>Edit action item</source>
        <translation>Actiepunt bewerken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/notes.py" line="292"/>
        <source>Delete action item</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/palette.py" line="46"/>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/palette.py" line="53"/>
        <source>Type a workgroup code or name, a section or a project (e.g. SENN-CRISE)</source>
        <translation>Typ de code of naam van een werkgroep, een onderdeel of een project (bv. SENN-CRISE)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/palette.py" line="55"/>
        <source>Go to: search text</source>
        <translation>Ga naar: zoektekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/palette.py" line="62"/>
        <source>Matching objects</source>
        <translation>Overeenkomende objecten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/palette.py" line="64"/>
        <location filename="../../bnldesk/ui/palette.py" line="108"/>
        <source>Enter opens the selected object, Esc closes.</source>
        <translation>Enter opent het gekozen object, Esc sluit.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/palette.py" line="110"/>
        <source>Nothing matches. Try fewer or shorter words.</source>
        <translation>Niets gevonden. Probeer minder of kortere woorden.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="36"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="44"/>
        <source>e.g. NRW</source>
        <translation>bv. NRW</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="47"/>
        <source>Your name, as shown on your notes and briefs</source>
        <translation>Uw naam, zoals getoond op uw nota&apos;s en briefings</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="49"/>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="74"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="118"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="345"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="353"/>
        <source>Share notes</source>
        <translation>Nota&apos;s delen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="75"/>
        <source>All notes, meetings and actions of the delegation</source>
        <translation>Alle nota&apos;s, vergaderingen en acties van de delegatie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="76"/>
        <source>Changed since</source>
        <translation>Gewijzigd sinds</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="77"/>
        <source>Only the workgroup</source>
        <translation>Enkel de werkgroep</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="88"/>
        <location filename="../../bnldesk/ui/preferences.py" line="55"/>
        <source>Choose...</source>
        <translation>Kiezen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="90"/>
        <source>Private notes never leave this laptop.</source>
        <translation>Privénota&apos;s verlaten deze laptop nooit.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="105"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="118"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="358"/>
        <source>bnldesk notes (*.bnlnotes)</source>
        <translation>bnldesk-nota&apos;s (*.bnlnotes)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="137"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="358"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="380"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="383"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="385"/>
        <source>Receive notes</source>
        <translation>Nota&apos;s ontvangen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="139"/>
        <source>Notes from %1, written %2: %3</source>
        <translation>Nota&apos;s van %1, geschreven op %2: %3</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="140"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="149"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="157"/>
        <source>A backup is made first. Conflicting changes keep both versions.</source>
        <translation>Eerst wordt een reservekopie gemaakt. Bij tegenstrijdige wijzigingen blijven beide versies bewaard.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="173"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="174"/>
        <source>&amp;Start page</source>
        <translation>&amp;Startpagina</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="175"/>
        <source>&amp;Meetings...</source>
        <translation>&amp;Vergaderingen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="176"/>
        <source>&amp;New meeting...</source>
        <translation>&amp;Nieuwe vergadering...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="178"/>
        <source>Resolve &amp;conflicts...</source>
        <translation>&amp;Conflicten oplossen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="182"/>
        <source>&amp;Pair laptops...</source>
        <translation>&amp;Laptops koppelen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="183"/>
        <source>S&amp;hare notes...</source>
        <translation>Nota&apos;s &amp;delen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="184"/>
        <source>&amp;Receive notes...</source>
        <translation>Nota&apos;s &amp;ontvangen...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="185"/>
        <source>&amp;Backups...</source>
        <translation>&amp;Reservekopieën...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="186"/>
        <source>Check &amp;database</source>
        <translation>&amp;Databank controleren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="220"/>
        <source>Upcoming meetings, overdue and open actions, recent notes</source>
        <translation>Komende vergaderingen, achterstallige en openstaande acties, recente nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="221"/>
        <source>Meetings with their agenda, positions and outcomes</source>
        <translation>Vergaderingen met hun agenda, standpunten en resultaten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="222"/>
        <source>Plan a meeting of a workgroup and its agenda</source>
        <translation>Een vergadering van een werkgroep en haar agenda plannen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="223"/>
        <source>Notes changed on two laptops: choose what to keep</source>
        <translation>Nota&apos;s die op twee laptops gewijzigd zijn: kies wat u bewaart</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="224"/>
        <source>Accept notes from another laptop of the delegation</source>
        <translation>Nota&apos;s aanvaarden van een andere laptop van de delegatie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="225"/>
        <source>Write the delegation&apos;s notes to a file for another laptop</source>
        <translation>De nota&apos;s van de delegatie naar een bestand schrijven voor een andere laptop</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="226"/>
        <source>Merge notes shared from another laptop (preview first)</source>
        <translation>Nota&apos;s van een andere laptop samenvoegen (eerst een voorbeeld)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="227"/>
        <source>List the automatic backups and restore one</source>
        <translation>De automatische reservekopieën tonen en er een terugzetten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="228"/>
        <source>Check the database file for damage</source>
        <translation>Het databasebestand op beschadiging controleren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="269"/>
        <source>Start page</source>
        <translation>Startpagina</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="302"/>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="320"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="346"/>
        <source>Wrote %1: %2 notes, %3 meetings, %4 actions.</source>
        <translation>%1 geschreven: %2 nota&apos;s, %3 vergaderingen, %4 acties.</translation>
    </message>
    <message>
        <source>Restored. The previous file is kept at %s</source>
        <translation type="vanished">Hersteld. Het vorige bestand wordt bewaard in %s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="415"/>
        <location filename="../../bnldesk/ui/meeting_actions.py" line="417"/>
        <source>Check database</source>
        <translation>Databank controleren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="62"/>
        <source>No marking</source>
        <translation>Geen markering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="63"/>
        <source>Show the start page when bnldesk starts</source>
        <translation>De startpagina tonen wanneer bnldesk start</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="84"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegatie:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="85"/>
        <source>&amp;Author name:</source>
        <translation>Naam van de &amp;auteur:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="86"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Taal van de interface:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="87"/>
        <source>Default &amp;export folder:</source>
        <translation>Standaardmap voor &amp;export:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="88"/>
        <source>&amp;Marking on exports:</source>
        <translation>&amp;Markering op exports:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="90"/>
        <source>Name of the other party</source>
        <translation>Naam van de andere partij</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="91"/>
        <source>Choose the export folder</source>
        <translation>De exportmap kiezen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="94"/>
        <source>The marking is printed on every brief and list you export, for example &quot;Beperkte verspreiding&quot;. A new language applies at once.</source>
        <translation>De markering wordt afgedrukt op elke briefing en lijst die u exporteert, bijvoorbeeld &quot;Beperkte verspreiding&quot;. Een nieuwe taal geldt meteen.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/preferences.py" line="119"/>
        <source>Default export folder</source>
        <translation>Standaardmap voor export</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="62"/>
        <source>before updating the database</source>
        <translation>vóór het bijwerken van de databank</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="86"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="86"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="86"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="114"/>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="191"/>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="116"/>
        <source>Replace the database by the backup of %s?

The current file is not deleted: it is kept aside in the backups folder.</source>
        <translation>De databank vervangen door de reservekopie van %s?

Het huidige bestand wordt niet gewist: het wordt apart bewaard in de map met reservekopieën.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="132"/>
        <source>The database is damaged</source>
        <translation>De databank is beschadigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="135"/>
        <source>bnldesk cannot use its database</source>
        <translation>bnldesk kan zijn databank niet gebruiken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="142"/>
        <source>The file %1 failed its check (%2). This happens after a crash of the disk or a copy that was interrupted. Your notes are safe in the backups below: restore the newest good one. The damaged file is kept aside, not deleted.</source>
        <translation>Het bestand %1 doorstond de controle niet (%2). Dat gebeurt na een schijfcrash of een onderbroken kopie. Uw nota&apos;s zijn veilig in de reservekopieën hieronder: zet de recentste goede terug. Het beschadigde bestand wordt apart bewaard, niet gewist.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="155"/>
        <source>There is no usable backup. Close bnldesk and ask for help before doing anything.</source>
        <translation>Er is geen bruikbare reservekopie. Sluit bnldesk en vraag hulp voor u iets anders doet.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="158"/>
        <source>Restore selected backup</source>
        <translation>Gekozen reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="162"/>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="95"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="257"/>
        <source>%s is open read-only: you can read but not save changes.</source>
        <translation>%s is alleen-lezen geopend: u kunt lezen, maar geen wijzigingen opslaan.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="277"/>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="323"/>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="334"/>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="349"/>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="409"/>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="416"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="282"/>
        <source>bnldesk backs up the database every 30 minutes of use when something changed, and before every import, update, restore and merge of notes. Older backups are thinned out: recent ones, then one per day, week and month.</source>
        <translation>bnldesk maakt elke 30 minuten gebruik een reservekopie van de databank als er iets veranderde, en vóór elke import, update, terugzetting en samenvoeging van nota&apos;s. Oudere kopieën worden uitgedund: de recente, dan één per dag, week en maand.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="289"/>
        <source>Back up now</source>
        <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="294"/>
        <source>Restore...</source>
        <translation>Terugzetten...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="382"/>
        <source>bnldesk met an internal error; nothing was changed. The details are in the log: please report it.</source>
        <translation>bnldesk stuitte op een interne fout; er is niets gewijzigd. De details staan in het logboek: meld dit alstublieft.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="403"/>
        <source>The replaced database is kept at %s.</source>
        <translation>De vervangen database is bewaard in %s.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="410"/>
        <source>Restored the backup %s.</source>
        <translation>De reservekopie %s is teruggezet.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="426"/>
        <source>The database is in good order: its structure, the links between its records and the search index were checked.</source>
        <translation>De databank is in orde: de structuur, de verbanden tussen de gegevens en de zoekindex zijn gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/backups_dialog.py" line="431"/>
        <source>The database is damaged. Your notes may be incomplete: open File &gt; Backups... and restore the newest backup, or ask for help with the details below.</source>
        <translation>De databank is beschadigd. Uw nota&apos;s kunnen onvolledig zijn: open Bestand &gt; Reservekopieën... en zet de nieuwste reservekopie terug, of vraag hulp met de gegevens hieronder.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="70"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="70"/>
        <source>not deleted</source>
        <translation>niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="120"/>
        <source>use set-aside</source>
        <translation>apart gezette versie gebruiken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="120"/>
        <source>keep current</source>
        <translation>huidige behouden</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="186"/>
        <source>This record was changed on two laptops since they last exchanged notes. Nothing is lost: the later change is the current version, the other one is set aside. Tick the fields where the set-aside version is right, then resolve.</source>
        <translation>Dit gegeven werd op twee laptops gewijzigd sinds ze laatst nota&apos;s uitwisselden. Er gaat niets verloren: de laatste wijziging is de huidige versie, de andere wordt apart gezet. Vink de velden aan waar de apart gezette versie juist is en los dan op.</translation>
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
        <location filename="../../bnldesk/ui/conflicts.py" line="162"/>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="163"/>
        <source>Noticed</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>This record was changed on this laptop and on another one since they last exchanged notes. Both versions are kept. Tick the fields where the other version is right, then resolve.</source>
        <translation type="vanished">Dit gegeven werd op deze en op een andere laptop gewijzigd sinds ze laatst nota&apos;s uitwisselden. Beide versies blijven bewaard. Vink de velden aan waar de andere versie juist is en los dan op.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="197"/>
        <source>Resolve</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/conflicts.py" line="199"/>
        <source>No conflicts: every laptop agrees.</source>
        <translation>Geen conflicten: alle laptops zijn het eens.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="151"/>
        <source>Browse...</source>
        <translation>Bladeren...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="159"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="175"/>
        <source>Export brief (PDF)</source>
        <translation>Briefing exporteren (PDF)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="183"/>
        <source>Parts of the brief</source>
        <translation>Delen van de briefing</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="194"/>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="307"/>
        <source>Include notes marked private</source>
        <translation>Ook privénota&apos;s opnemen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="202"/>
        <source>e.g. LIMITED DISTRIBUTION</source>
        <translation>bv. BEPERKTE VERSPREIDING</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="203"/>
        <source>Marking:</source>
        <translation>Markering:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="204"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="205"/>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="313"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="212"/>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="318"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="251"/>
        <source>Export Excel workbook</source>
        <translation>Excel-werkmap exporteren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="262"/>
        <source>none (everything)</source>
        <translation>geen (alles)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="264"/>
        <source>Filters of the current view: %1</source>
        <translation>Filters van de huidige weergave: %1</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="275"/>
        <source>Include this sheet</source>
        <translation>Dit werkblad opnemen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="296"/>
        <source>Keep the id column to edit the notes in Excel and read them back with File &gt; Import notes from Excel.</source>
        <translation>Behoud de kolom id om de nota&apos;s in Excel te bewerken en ze terug in te lezen met Bestand &gt; Nota&apos;s uit Excel importeren.</translation>
    </message>
    <message>
        <source>Keep the id column to edit the notes in Excel and read them back with &apos;bnldesk import-annotations&apos;.</source>
        <translation type="vanished">Behoud de kolom id om de nota&apos;s in Excel te bewerken en ze terug in te lezen met &apos;bnldesk import-annotations&apos;.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="312"/>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="597"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="397"/>
        <source>Export finished</source>
        <translation>Export voltooid</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="398"/>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="437"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="400"/>
        <source>Open file</source>
        <translation>Bestand openen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="401"/>
        <source>Show in folder</source>
        <translation>In map tonen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="419"/>
        <source>Writing %1...</source>
        <translation>%1 wordt geschreven...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="421"/>
        <source>Exporting</source>
        <translation>Bezig met exporteren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="477"/>
        <source>Select a workgroup, a section, a project or a meeting first.</source>
        <translation>Kies eerst een werkgroep, een onderdeel, een project of een vergadering.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="499"/>
        <source>%1 page(s), %2 note(s)</source>
        <translation>%1 pagina(&apos;s), %2 nota(&apos;s)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="566"/>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="595"/>
        <source>Import notes from Excel</source>
        <translation>Nota&apos;s uit Excel importeren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="569"/>
        <source>These changes will be made. Nothing else in the database is touched.</source>
        <translation>Deze wijzigingen worden aangebracht. Verder wordt niets in de databank aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="571"/>
        <source>The sheet changes nothing.</source>
        <translation>Het werkblad wijzigt niets.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="622"/>
        <source>%1 note(s) updated, %2 new</source>
        <translation>%1 nota(&apos;s) bijgewerkt, %2 nieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="199"/>
        <source>New meeting...</source>
        <translation>Nieuwe vergadering...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="214"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="223"/>
        <location filename="../../bnldesk/ui/start_page.py" line="233"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="230"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="239"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="240"/>
        <source>On</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="241"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="261"/>
        <source>Upcoming meetings</source>
        <translation>Komende vergaderingen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="261"/>
        <source>No meetings planned.</source>
        <translation>Geen vergaderingen gepland.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="263"/>
        <source>Overdue actions</source>
        <translation>Achterstallige acties</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="263"/>
        <source>Nothing overdue.</source>
        <translation>Niets achterstallig.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="265"/>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="265"/>
        <location filename="../../bnldesk/ui/start_page.py" line="303"/>
        <source>No open actions.</source>
        <translation>Geen open acties.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="267"/>
        <source>Recently changed notes</source>
        <translation>Recent gewijzigde nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="267"/>
        <source>No notes changed lately.</source>
        <translation>Geen recent gewijzigde nota&apos;s.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="293"/>
        <source>Today, %s</source>
        <translation>Vandaag, %s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="303"/>
        <source>No other open actions.</source>
        <translation>Geen andere openstaande acties.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/start_page.py" line="309"/>
        <source>%n note(s) were changed on two laptops: resolve the conflicts...</source>
        <translation>%n nota(&apos;s) werden op twee laptops gewijzigd: los de conflicten op...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="58"/>
        <source>The disk is full</source>
        <translation>De schijf is vol</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="60"/>
        <source>Another program is using the database</source>
        <translation>Een ander programma gebruikt de database</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="62"/>
        <source>The database cannot be written</source>
        <translation>Er kan niet in de database geschreven worden</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="64"/>
        <source>This database belongs to a newer bnldesk</source>
        <translation>Deze database hoort bij een nieuwere bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="66"/>
        <source>This file is not a bnldesk database</source>
        <translation>Dit bestand is geen bnldesk-database</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="68"/>
        <source>The database file is lost</source>
        <translation>Het databasebestand is verloren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="69"/>
        <source>bnldesk cannot open its database</source>
        <translation>bnldesk kan zijn database niet openen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="90"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="92"/>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/fault_dialogs.py" line="94"/>
        <source>Restore a backup...</source>
        <translation>Reservekopie terugzetten...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="51"/>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="114"/>
        <source>Pair laptops</source>
        <translation>Laptops koppelen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="55"/>
        <source>Notes are only received from paired laptops. Give this laptop&apos;s code to the other laptop, and enter its code here with a name. Private notes never leave this laptop.</source>
        <translation>Nota&apos;s worden alleen ontvangen van gekoppelde laptops. Geef de code van deze laptop aan de andere laptop en vul hier de code van die laptop in, met een naam. Privénota&apos;s verlaten deze laptop nooit.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="66"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="78"/>
        <source>for example: Anna&apos;s laptop</source>
        <translation>bijvoorbeeld: laptop van Anna</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="80"/>
        <source>Pair</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="84"/>
        <source>This laptop&apos;s code</source>
        <translation>Code van deze laptop</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="85"/>
        <source>Other laptop&apos;s code</source>
        <translation>Code van de andere laptop</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="86"/>
        <source>Its name</source>
        <translation>Naam ervan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="88"/>
        <source>Paired laptop</source>
        <translation>Gekoppelde laptop</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="88"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/pairing_dialog.py" line="90"/>
        <source>Forget</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="38"/>
        <source>Server password</source>
        <translation>Wachtwoord van de server</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="39"/>
        <source>Password of {user} on {server}:</source>
        <translation>Wachtwoord van {user} op {server}:</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="40"/>
        <source>your user</source>
        <translation>uw gebruiker</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="54"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="64"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="79"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="92"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="111"/>
        <location filename="../../bnldesk/ui/server_sync.py" line="119"/>
        <source>Sync with server</source>
        <translation>Synchroniseren met de server</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="55"/>
        <source>The delegation server (postgresql://USER@HOST/DATABASE):</source>
        <translation>De server van de delegatie (postgresql://GEBRUIKER@HOST/DATABANK):</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="80"/>
        <source>This window works on the server itself: there is nothing to sync.</source>
        <translation>Dit venster werkt op de server zelf: er valt niets te synchroniseren.</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/server_sync.py" line="113"/>
        <source>Some notes were changed here and on the server: both versions are kept. Resolve them with Meetings &gt; Resolve conflicts...</source>
        <translation>Sommige nota&apos;s zijn hier en op de server gewijzigd: beide versies zijn bewaard. Los ze op met Vergaderingen &gt; Conflicten oplossen...</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="72"/>
        <source>&amp;Import document...</source>
        <translation>Document &amp;importeren...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="76"/>
        <source>Read an annual plan or work programme (PDF, DOCX, text)</source>
        <translation>Een jaarplan of werkprogramma inlezen (PDF, DOCX, tekst)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="79"/>
        <source>Export &amp;brief (PDF)...</source>
        <translation>&amp;Briefing exporteren (PDF)...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="83"/>
        <source>Write a meeting brief for the selected object</source>
        <translation>Een vergaderbriefing maken voor het gekozen object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="87"/>
        <source>Export &amp;Excel list...</source>
        <translation>&amp;Excel-lijst exporteren...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="91"/>
        <source>Write the workgroups and notes to an Excel workbook</source>
        <translation>De werkgroepen en nota&apos;s naar een Excel-werkmap schrijven</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="95"/>
        <source>Import notes from E&amp;xcel...</source>
        <translation>Nota&apos;s uit E&amp;xcel importeren...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="99"/>
        <source>Read back an exported notes sheet edited in Excel (preview first)</source>
        <translation>Een geëxporteerd notablad dat in Excel werd bewerkt opnieuw inlezen (eerst een voorbeeld)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="105"/>
        <source>S&amp;ync with server...</source>
        <translation>S&amp;ynchroniseren met de server...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="109"/>
        <source>Exchange the shareable notes, meetings and actions with the delegation server</source>
        <translation>De deelbare nota&apos;s, vergaderingen en acties uitwisselen met de server van de delegatie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="115"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Voorkeuren...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="119"/>
        <source>Delegation, author, language, export folder and marking</source>
        <translation>Delegatie, auteur, taal, exportmap en markering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="126"/>
        <source>Close bnldesk (everything is already saved)</source>
        <translation>bnldesk sluiten (alles is al bewaard)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="129"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="133"/>
        <source>Undo the last change to a note</source>
        <translation>De laatste wijziging aan een nota ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="136"/>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="140"/>
        <source>Redo the change just undone</source>
        <translation>De zonet ongedaan gemaakte wijziging opnieuw uitvoeren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="143"/>
        <source>&amp;New note</source>
        <translation>&amp;Nieuwe nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="147"/>
        <source>Add a note to the selected object</source>
        <translation>Een nota toevoegen aan het gekozen object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="150"/>
        <source>&amp;Delete note</source>
        <translation>Nota &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="154"/>
        <source>Delete the selected note (can be undone)</source>
        <translation>De gekozen nota verwijderen (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="157"/>
        <source>Add &amp;action item</source>
        <translation>&amp;Actiepunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="161"/>
        <source>Add a follow-up action to the selected note</source>
        <translation>Een opvolgingsactie toevoegen aan de gekozen nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="164"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="168"/>
        <source>Search the plans, workgroups and notes</source>
        <translation>Zoeken in de plannen, werkgroepen en nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="171"/>
        <source>&amp;Go to...</source>
        <translation>&amp;Ga naar...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="175"/>
        <source>Jump to a workgroup, section or project by typing</source>
        <translation>Naar een werkgroep, onderdeel of project springen door te typen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="178"/>
        <source>Plan &amp;items</source>
        <translation>Plan&amp;onderdelen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="182"/>
        <source>List the objectives and projects in scope</source>
        <translation>De doelstellingen en projecten binnen de reikwijdte tonen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="185"/>
        <source>&amp;Notes</source>
        <translation>&amp;Nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="189"/>
        <source>List the delegation&apos;s notes</source>
        <translation>De nota&apos;s van de delegatie tonen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="192"/>
        <source>&amp;Clear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="196"/>
        <source>Remove every active filter</source>
        <translation>Alle actieve filters verwijderen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="199"/>
        <source>Save filters as &amp;view...</source>
        <translation>Filters bewaren als &amp;weergave...</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="203"/>
        <source>Name the active filters to reuse them later</source>
        <translation>De actieve filters een naam geven om ze later te hergebruiken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="206"/>
        <source>Re&amp;load</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="210"/>
        <source>Read the database again</source>
        <translation>De databank opnieuw inlezen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="213"/>
        <source>Go to &amp;navigator</source>
        <translation>Naar de &amp;navigator</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="217"/>
        <source>Move the keyboard focus to the plan tree</source>
        <translation>De toetsenbordfocus naar de boom van de plannen verplaatsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="220"/>
        <source>Go to &amp;list</source>
        <translation>Naar de &amp;lijst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="224"/>
        <source>Move the keyboard focus to the central list</source>
        <translation>De toetsenbordfocus naar de centrale lijst verplaatsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="227"/>
        <source>Go to n&amp;otes</source>
        <translation>Naar de n&amp;ota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="231"/>
        <source>Move the keyboard focus to the notes of the object</source>
        <translation>De toetsenbordfocus naar de nota&apos;s van het object verplaatsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="234"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="238"/>
        <source>Return to the previously shown object</source>
        <translation>Terug naar het vorige getoonde object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="241"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="245"/>
        <source>List every action and its shortcut</source>
        <translation>Alle acties en hun sneltoets tonen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="248"/>
        <source>&amp;About bnldesk</source>
        <translation>&amp;Over bnldesk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="252"/>
        <source>Version and licence</source>
        <translation>Versie en licentie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="316"/>
        <source>This feature is not available in this version.</source>
        <translation>Deze functie is niet beschikbaar in deze versie.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../bnldesk/ui/app.py" line="171"/>
        <source>A new database was made with the demo data of the published plans: import the real documents with File &gt; Import.</source>
        <translation>Er is een nieuwe database gemaakt met de demogegevens van de gepubliceerde plannen: importeer de echte documenten via Bestand &gt; Importeren.</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="67"/>
        <source>Cover page</source>
        <translation>Voorblad</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="68"/>
        <source>Table of contents</source>
        <translation>Inhoudstafel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="69"/>
        <source>Agenda (meeting briefs)</source>
        <translation>Agenda (vergaderbriefings)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="70"/>
        <source>Place in the plan, objectives and projects</source>
        <translation>Plaats in het plan, doelstellingen en projecten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="71"/>
        <source>The delegation&apos;s notes and positions</source>
        <translation>De nota&apos;s en standpunten van de delegatie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="72"/>
        <source>Open action items</source>
        <translation>Open actiepunten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="73"/>
        <source>Secretariat-General contacts</source>
        <translation>Contactpersonen Secretariaat-Generaal</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="74"/>
        <source>Earlier plans and the notes made then</source>
        <translation>Eerdere plannen en de nota&apos;s van toen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="77"/>
        <source>Workgroups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="78"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/export_dialogs.py" line="79"/>
        <source>Notes</source>
        <translation>Nota&apos;s</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="10"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="11"/>
        <source>Ongoing project</source>
        <translation>Voortgangsproject</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="12"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="13"/>
        <source>Flagship project</source>
        <translation>Vlaggenschipproject</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="14"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="18"/>
        <source>Work programme</source>
        <translation>Werkprogramma</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="19"/>
        <source>Annual plan</source>
        <translation>Jaarplan</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="20"/>
        <source>Chapter</source>
        <translation>Hoofdstuk</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="21"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="22"/>
        <source>Section</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="23"/>
        <source>Plan item</source>
        <translation>Planonderdeel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="24"/>
        <source>Workgroup</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="25"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="26"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="27"/>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="28"/>
        <source>Free text</source>
        <translation>Vrije tekst</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="32"/>
        <location filename="../../bnldesk/ui/labels.py" line="58"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="33"/>
        <source>In progress</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="34"/>
        <location filename="../../bnldesk/ui/labels.py" line="59"/>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="38"/>
        <source>No priority</source>
        <translation>Geen prioriteit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="39"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="40"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="41"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="45"/>
        <source>No position yet</source>
        <translation>Nog geen standpunt</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="46"/>
        <source>Agreed</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="47"/>
        <source>Reservation</source>
        <translation>Voorbehoud</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="48"/>
        <source>To coordinate</source>
        <translation>Te coördineren</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="52"/>
        <source>Private (only me)</source>
        <translation>Privé (enkel ikzelf)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="53"/>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="54"/>
        <source>Shareable</source>
        <translation>Deelbaar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="60"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="64"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="65"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="66"/>
        <source>Gone</source>
        <translation>Verdwenen</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="67"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="71"/>
        <source>Belgium (BE)</source>
        <translation>België (BE)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="72"/>
        <source>Netherlands (NL)</source>
        <translation>Nederland (NL)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="73"/>
        <source>Luxembourg (LU)</source>
        <translation>Luxemburg (LU)</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/labels.py" line="74"/>
        <source>Other party</source>
        <translation>Andere partij</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="257"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="258"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="259"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="260"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/actions.py" line="261"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="312"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="314"/>
        <source>Section</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="315"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="313"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="316"/>
        <source>Notes</source>
        <translation>Nota&apos;s</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="317"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="349"/>
        <source>Updated</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="350"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="351"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="352"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="353"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="354"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../bnldesk/ui/models.py" line="355"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="133"/>
        <source>%Ln search result(s)</source>
        <translation>
            <numerusform>%Ln search result</numerusform>
            <numerusform>%Ln search results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="40"/>
        <source>%Ln plan item(s) in the list</source>
        <translation>
            <numerusform>%Ln plan item in the list</numerusform>
            <numerusform>%Ln plan items in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="42"/>
        <source>%Ln note(s) in the list</source>
        <translation>
            <numerusform>%Ln note in the list</numerusform>
            <numerusform>%Ln notes in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="44"/>
        <source>%Ln loaded</source>
        <translation>
            <numerusform>%Ln loaded</numerusform>
            <numerusform>%Ln loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="54"/>
        <source>%Ln work programme(s)</source>
        <translation>
            <numerusform>%Ln work programme</numerusform>
            <numerusform>%Ln work programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="55"/>
        <source>%Ln annual plan(s)</source>
        <translation>
            <numerusform>%Ln annual plan</numerusform>
            <numerusform>%Ln annual plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="56"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="57"/>
        <source>%Ln workgroup(s)</source>
        <translation>
            <numerusform>%Ln workgroup</numerusform>
            <numerusform>%Ln workgroups</numerusform>
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
            <numerusform>%Ln open action</numerusform>
            <numerusform>%Ln open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="417"/>
        <source>%n coming meeting(s) of this workgroup to choose from.</source>
        <translation>
            <numerusform>%n coming meeting of this workgroup to choose from.</numerusform>
            <numerusform>%n coming meetings of this workgroup to choose from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="491"/>
        <source>%n private note(s)</source>
        <translation>
            <numerusform>%n private note</numerusform>
            <numerusform>%n private notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="492"/>
        <source>%n private action item(s)</source>
        <translation>
            <numerusform>%n private action item</numerusform>
            <numerusform>%n private action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="516"/>
        <source>%n private note(s) left out</source>
        <translation>
            <numerusform>%n private note left out</numerusform>
            <numerusform>%n private notes left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="518"/>
        <source>%n private action item(s) left out</source>
        <translation>
            <numerusform>%n private action item left out</numerusform>
            <numerusform>%n private action items left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="238"/>
        <source>%n private note(s) are left out (they stay on this computer).</source>
        <translation>
            <numerusform>%n private note is left out (it stays on this computer).</numerusform>
            <numerusform>%n private notes are left out (they stay on this computer).</numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="320"/>
        <source>%n note(s) changed since were left as they are.</source>
        <translation>
            <numerusform>%n note changed since was left as it is.</numerusform>
            <numerusform>%n notes changed since were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="315"/>
        <source>Import undone: %n note(s) put back.</source>
        <translation>
            <numerusform>Import undone: %n note put back.</numerusform>
            <numerusform>Import undone: %n notes put back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="317"/>
        <source>Import redone: %n note(s) changed again.</source>
        <translation>
            <numerusform>Import redone: %n note changed again.</numerusform>
            <numerusform>Import redone: %n notes changed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="329"/>
        <source>%n note(s) updated</source>
        <translation>
            <numerusform>%n note updated</numerusform>
            <numerusform>%n notes updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="331"/>
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="184"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="336"/>
        <source>%n row(s) not applied because of a conflict (importing the sheet again shows them)</source>
        <translation>
            <numerusform>%n row not applied because of a conflict (importing the sheet again shows it)</numerusform>
            <numerusform>%n rows not applied because of a conflict (importing the sheet again shows them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="936"/>
        <source>Meeting with %n agenda point(s)</source>
        <translation>
            <numerusform>Meeting with %n agenda point</numerusform>
            <numerusform>Meeting with %n agenda points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1528"/>
        <source>Its %n action item(s) stay with the meeting.</source>
        <translation>
            <numerusform>Its action item stays with the meeting.</numerusform>
            <numerusform>Its %n action items stay with the meeting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1751"/>
        <source>%n note(s) written</source>
        <translation>
            <numerusform>%n note written</numerusform>
            <numerusform>%n notes written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1752"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1753"/>
        <source>%n action item(s) attached</source>
        <translation>
            <numerusform>%n action item attached</numerusform>
            <numerusform>%n action items attached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="1786"/>
        <source>%n action item(s) not attached: the meeting has no workgroup.</source>
        <translation>
            <numerusform>%n action item not attached: the meeting has no workgroup.</numerusform>
            <numerusform>%n action items not attached: the meeting has no workgroup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="265"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="266"/>
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="275"/>
        <source>%n private note(s) left out: private notes never leave this laptop.</source>
        <translation>
            <numerusform>%n private note left out: private notes never leave this laptop.</numerusform>
            <numerusform>%n private notes left out: private notes never leave this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="316"/>
        <source>The %n longest overdue are listed.</source>
        <translation>
            <numerusform>The %n longest overdue is listed.</numerusform>
            <numerusform>The %n longest overdue are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="325"/>
        <source>The %n due first are listed.</source>
        <translation>
            <numerusform>The %n due first is listed.</numerusform>
            <numerusform>The %n due first are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="328"/>
        <source>No notes changed in the last %n day(s).</source>
        <translation>
            <numerusform>No notes changed in the last day.</numerusform>
            <numerusform>No notes changed in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="334"/>
        <source>%n note(s) were changed on two laptops: resolve the conflicts...</source>
        <translation>
            <numerusform>%n note was changed on two laptops: resolve the conflict...</numerusform>
            <numerusform>%n notes were changed on two laptops: resolve the conflicts...</numerusform>
        </translation>
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
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="150"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="151"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="152"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="153"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="154"/>
        <source>%n other item(s)</source>
        <translation>
            <numerusform>%n other item</numerusform>
            <numerusform>%n other items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="155"/>
        <source>%n flagship(s)</source>
        <translation>
            <numerusform>%n flagship</numerusform>
            <numerusform>%n flagships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="156"/>
        <source>%n workgroup(s)</source>
        <translation>
            <numerusform>%n workgroup</numerusform>
            <numerusform>%n workgroups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/texts.py" line="157"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
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
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="269"/>
        <source>%Ln result(s) for “%1”; the best %2 are shown</source>
        <translation>
            <numerusform>%Ln result for “%1”; the best %2 are shown</numerusform>
            <numerusform>%Ln results for “%1”; the best %2 are shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="275"/>
        <source>%Ln result(s) for “%1”</source>
        <translation>
            <numerusform>%Ln result for “%1”</numerusform>
            <numerusform>%Ln results for “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="290"/>
        <source>No results for “%1” within the scope (%2); %Ln without it.</source>
        <translation>
            <numerusform>No results for “%1” within the scope (%2); %Ln without it.</numerusform>
            <numerusform>No results for “%1” within the scope (%2); %Ln without it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="300"/>
        <source>No results for “%1” within the filters; %Ln without them.</source>
        <translation>
            <numerusform>No results for “%1” within the filters; %Ln without them.</numerusform>
            <numerusform>No results for “%1” within the filters; %Ln without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/search_panel.py" line="311"/>
        <source>No results for “%1” with its filters (year:, code:, tag:, kind:); %Ln for the words alone.</source>
        <translation>
            <numerusform>No results for “%1” with its filters (year:, code:, tag:, kind:); %Ln for the words alone.</numerusform>
            <numerusform>No results for “%1” with its filters (year:, code:, tag:, kind:); %Ln for the words alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="183"/>
        <source>%n note(s) to update</source>
        <translation>
            <numerusform>%n note to update</numerusform>
            <numerusform>%n notes to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="185"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="188"/>
        <source>%n already imported</source>
        <translation>
            <numerusform>%n already imported</numerusform>
            <numerusform>%n already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="189"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="190"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="286"/>
        <source>%n note(s) not in the sheet: left unchanged (delete a note in bnldesk itself)</source>
        <translation>
            <numerusform>%n note not in the sheet: left unchanged (delete a note in bnldesk itself)</numerusform>
            <numerusform>%n notes not in the sheet: left unchanged (delete a note in bnldesk itself)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/reports/sheet_preview.py" line="294"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="50"/>
        <source>%n theme(s) recognised by their capitals only (no table of contents or numbers to check them against)</source>
        <translation>
            <numerusform>%n theme recognised by its capitals only (no table of contents or numbers to check it against)</numerusform>
            <numerusform>%n themes recognised by their capitals only (no table of contents or numbers to check them against)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="56"/>
        <source>%n theme(s) recognised by their capitals only (no table of contents or numbers to check them against); too few for a programme</source>
        <translation>
            <numerusform>%n theme recognised by its capitals only (no table of contents or numbers to check it against); too few for a programme</numerusform>
            <numerusform>%n themes recognised by their capitals only (no table of contents or numbers to check them against); too few for a programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/warning_texts.py" line="64"/>
        <source>%n of %1 section(s) have no items</source>
        <translation>
            <numerusform>%n of %1 sections has no items</numerusform>
            <numerusform>%n of %1 sections have no items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="552"/>
        <source>%1 has %n page(s); too many for a plan</source>
        <translation>
            <numerusform>%1 has %n page; too many for a plan</numerusform>
            <numerusform>%1 has %n pages; too many for a plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="555"/>
        <source>%1 would remove %n of the %3 sections already in bnldesk, so it does not look like the same document; nothing was changed</source>
        <translation>
            <numerusform>%1 would remove %n of the %3 sections already in bnldesk, so it does not look like the same document; nothing was changed</numerusform>
            <numerusform>%1 would remove %n of the %3 sections already in bnldesk, so it does not look like the same document; nothing was changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="561"/>
        <source>&apos;%1&apos; is the name of %n workgroup(s) (%3): give its code</source>
        <translation>
            <numerusform>&apos;%1&apos; is the name of %n workgroup (%3): give its code</numerusform>
            <numerusform>&apos;%1&apos; is the name of %n workgroups (%3): give its code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="564"/>
        <source>%1: the update left %n broken reference(s) (first in table %3)</source>
        <translation>
            <numerusform>%1: the update left %n broken reference (first in table %3)</numerusform>
            <numerusform>%1: the update left %n broken references (first in table %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/services/error_words.py" line="569"/>
        <source>%1: the structure found looks doubtful (%n warning(s)); nothing was changed: check it in the review window</source>
        <translation>
            <numerusform>%1: the structure found looks doubtful (%n warning); nothing was changed: check it in the review window</numerusform>
            <numerusform>%1: the structure found looks doubtful (%n warnings); nothing was changed: check it in the review window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/review.py" line="1122"/>
        <source>%n workgroup(s): name in %1 added</source>
        <translation>
            <numerusform>%n workgroup: name in %1 added</numerusform>
            <numerusform>%n workgroups: name in %1 added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/review.py" line="1125"/>
        <source>%n workgroup(s): new name</source>
        <translation>
            <numerusform>%n workgroup: new name</numerusform>
            <numerusform>%n workgroups: new name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/review.py" line="1158"/>
        <source>%n object(s) of the %1 plan no longer in it</source>
        <translation>
            <numerusform>%n object of the %1 plan no longer in it</numerusform>
            <numerusform>%n objects of the %1 plan no longer in it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/importing/review.py" line="1199"/>
        <source>%n note(s) stay on objects no longer in this plan</source>
        <translation>
            <numerusform>%n note stays on objects no longer in this plan</numerusform>
            <numerusform>%n notes stay on objects no longer in this plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/unsaved.py" line="476"/>
        <source>%n change(s) could not be saved in the database.</source>
        <translation>
            <numerusform>%n change could not be saved in the database.</numerusform>
            <numerusform>%n changes could not be saved in the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/unsaved.py" line="533"/>
        <source>%n change(s) made last time could not be saved in this database.</source>
        <translation>
            <numerusform>%n change made last time could not be saved in this database.</numerusform>
            <numerusform>%n changes made last time could not be saved in this database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation type="vanished">
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be saved in the database.</source>
        <translation type="vanished">
            <numerusform>%n note could not be saved in the database.</numerusform>
            <numerusform>%n notes could not be saved in the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) typed last time could not be saved in this database.</source>
        <translation type="vanished">
            <numerusform>%n note typed last time could not be saved in this database.</numerusform>
            <numerusform>%n notes typed last time could not be saved in this database.</numerusform>
        </translation>
    </message>
</context>
</TS>

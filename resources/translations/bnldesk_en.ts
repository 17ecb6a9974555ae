<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="108"/>
        <source>%Ln search result(s)</source>
        <translation>
            <numerusform>%Ln search result</numerusform>
            <numerusform>%Ln search results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="38"/>
        <source>%Ln plan item(s) in the list</source>
        <translation>
            <numerusform>%Ln plan item in the list</numerusform>
            <numerusform>%Ln plan items in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="40"/>
        <source>%Ln note(s) in the list</source>
        <translation>
            <numerusform>%Ln note in the list</numerusform>
            <numerusform>%Ln notes in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="42"/>
        <source>%Ln loaded</source>
        <translation>
            <numerusform>%Ln loaded</numerusform>
            <numerusform>%Ln loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="50"/>
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="51"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="52"/>
        <source>%Ln workgroup(s)</source>
        <translation>
            <numerusform>%Ln workgroup</numerusform>
            <numerusform>%Ln workgroups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="53"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/status.py" line="54"/>
        <source>%Ln open action(s)</source>
        <translation>
            <numerusform>%Ln open action</numerusform>
            <numerusform>%Ln open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="275"/>
        <source>%n private note(s)</source>
        <translation>
            <numerusform>%n private note</numerusform>
            <numerusform>%n private notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="276"/>
        <source>%n private action item(s)</source>
        <translation>
            <numerusform>%n private action item</numerusform>
            <numerusform>%n private action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="298"/>
        <source>%n private note(s) left out</source>
        <translation>
            <numerusform>%n private note left out</numerusform>
            <numerusform>%n private notes left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="300"/>
        <source>%n private action item(s) left out</source>
        <translation>
            <numerusform>%n private action item left out</numerusform>
            <numerusform>%n private action items left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="162"/>
        <source>%n private note(s) are left out (they stay on this computer).</source>
        <translation>
            <numerusform>%n private note is left out (it stays on this computer).</numerusform>
            <numerusform>%n private notes are left out (they stay on this computer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="111"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="111"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="483"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="233"/>
        <source>%n note(s) updated</source>
        <translation>
            <numerusform>%n note updated</numerusform>
            <numerusform>%n notes updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="235"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="843"/>
        <source>%n note(s) written</source>
        <translation>
            <numerusform>%n note written</numerusform>
            <numerusform>%n notes written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="844"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="845"/>
        <source>%n action item(s) attached</source>
        <translation>
            <numerusform>%n action item attached</numerusform>
            <numerusform>%n action items attached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="484"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="485"/>
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="231"/>
        <source>%n note(s) were changed on two laptops: resolve the conflicts...</source>
        <translation>
            <numerusform>%n note was changed on two laptops: resolve the conflict...</numerusform>
            <numerusform>%n notes were changed on two laptops: resolve the conflicts...</numerusform>
        </translation>
    </message>
</context>
</TS>

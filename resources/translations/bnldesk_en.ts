<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/window.py" line="1019"/>
        <source>%Ln search result(s)</source>
        <translation>
            <numerusform>%Ln search result</numerusform>
            <numerusform>%Ln search results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/window.py" line="1026"/>
        <source>%Ln plan item(s) in the list</source>
        <translation>
            <numerusform>%Ln plan item in the list</numerusform>
            <numerusform>%Ln plan items in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/window.py" line="1028"/>
        <source>%Ln note(s) in the list</source>
        <translation>
            <numerusform>%Ln note in the list</numerusform>
            <numerusform>%Ln notes in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/window.py" line="1030"/>
        <source>%Ln loaded</source>
        <translation>
            <numerusform>%Ln loaded</numerusform>
            <numerusform>%Ln loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/window.py" line="1035"/>
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/window.py" line="1036"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/window.py" line="1037"/>
        <source>%Ln workgroup(s)</source>
        <translation>
            <numerusform>%Ln workgroup</numerusform>
            <numerusform>%Ln workgroups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/window.py" line="1038"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/browse/window.py" line="1039"/>
        <source>%Ln open action(s)</source>
        <translation>
            <numerusform>%Ln open action</numerusform>
            <numerusform>%Ln open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="276"/>
        <source>%n private note(s)</source>
        <translation>
            <numerusform>%n private note</numerusform>
            <numerusform>%n private notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="277"/>
        <source>%n private action item(s)</source>
        <translation>
            <numerusform>%n private action item</numerusform>
            <numerusform>%n private action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="299"/>
        <source>%n private note(s) left out</source>
        <translation>
            <numerusform>%n private note left out</numerusform>
            <numerusform>%n private notes left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/brief_dialog.py" line="301"/>
        <source>%n private action item(s) left out</source>
        <translation>
            <numerusform>%n private action item left out</numerusform>
            <numerusform>%n private action items left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/excel_dialog.py" line="175"/>
        <source>%n private note(s) are left out (they stay on this computer).</source>
        <translation>
            <numerusform>%n private note is left out (it stays on this computer).</numerusform>
            <numerusform>%n private notes are left out (they stay on this computer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="108"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="108"/>
        <location filename="../../bnldesk/ui/meetings/features.py" line="469"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="230"/>
        <source>%n note(s) updated</source>
        <translation>
            <numerusform>%n note updated</numerusform>
            <numerusform>%n notes updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/exports/dialogs.py" line="232"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="797"/>
        <source>%n note(s) written</source>
        <translation>
            <numerusform>%n note written</numerusform>
            <numerusform>%n notes written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="798"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/editor.py" line="799"/>
        <source>%n action item(s) attached</source>
        <translation>
            <numerusform>%n action item attached</numerusform>
            <numerusform>%n action items attached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="470"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/features.py" line="471"/>
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bnldesk/ui/meetings/start_page.py" line="318"/>
        <source>%n note(s) were changed on two laptops: resolve the conflicts...</source>
        <translation>
            <numerusform>%n note was changed on two laptops: resolve the conflict...</numerusform>
            <numerusform>%n notes were changed on two laptops: resolve the conflicts...</numerusform>
        </translation>
    </message>
</context>
</TS>

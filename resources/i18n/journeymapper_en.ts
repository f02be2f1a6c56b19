<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionPlanPanel</name>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="356"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="358"/>
        <source>{shown} of %n action(s) shown</source>
        <translation>
            <numerusform>{shown} of %n action shown</numerusform>
            <numerusform>{shown} of %n actions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="509"/>
        <source>Exported %n action(s) to {file}</source>
        <translation>
            <numerusform>Exported %n action to {file}</numerusform>
            <numerusform>Exported %n actions to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/compare/mode.py" line="63"/>
        <source>%n difference(s) from %1:</source>
        <translation>
            <numerusform>%n difference from %1:</numerusform>
            <numerusform>%n differences from %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/dialogs.py" line="196"/>
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/dialogs.py" line="197"/>
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/dialogs.py" line="198"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/dialogs.py" line="250"/>
        <source>%n recovery record(s) could not be read and were set aside (renamed, not deleted) in %1.</source>
        <translation>
            <numerusform>%n recovery record could not be read and were set aside (renamed, not deleted) in %1.</numerusform>
            <numerusform>%n recovery records could not be read and were set aside (renamed, not deleted) in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskChangeGuard</name>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="102"/>
        <source>Merged, but %n change(s) collided; yours were kept.</source>
        <translation>
            <numerusform>Merged, but %n change collided; yours was kept.</numerusform>
            <numerusform>Merged, but %n changes collided; yours were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/export_dialog.py" line="461"/>
        <source>Exported %n files to %1</source>
        <translation>
            <numerusform>Exported %n files to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/panels/insights.py" line="111"/>
        <source>%n question(s) for the team</source>
        <translation>
            <numerusform>%n question for the team</numerusform>
            <numerusform>%n questions for the team</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/inspector.py" line="344"/>
        <source>%n object(s) selected</source>
        <translation>
            <numerusform>%n object selected</numerusform>
            <numerusform>%n objects selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/inspector.py" line="346"/>
        <source>%n card(s) selected. Drag to move them together, press Delete to remove them, 1–5 to set their emotion.</source>
        <translation>
            <numerusform>%n card selected. Drag to move it, press Delete to remove it, 1–5 to set its emotion.</numerusform>
            <numerusform>%n cards selected. Drag to move them together, press Delete to remove them, 1–5 to set their emotion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/inspector.py" line="464"/>
        <source>%n card(s) have emotions outside that range; change them first.</source>
        <translation>
            <numerusform>%n card has an emotion outside that range; change it first.</numerusform>
            <numerusform>%n cards have emotions outside that range; change them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/panels/kpis.py" line="241"/>
        <source>{on} of %n measured KPI(s) on target</source>
        <translation>
            <numerusform>{on} of %n measured KPI on target</numerusform>
            <numerusform>{on} of %n measured KPIs on target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/map_editor.py" line="269"/>
        <source>Move %n cards</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/map_editor.py" line="285"/>
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/map_editor.py" line="492"/>
        <source>Copied %n card(s).</source>
        <translation>
            <numerusform>Copied %n card.</numerusform>
            <numerusform>Copied %n cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/map_editor.py" line="498"/>
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>Cut %n card</numerusform>
            <numerusform>Cut %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/map_editor.py" line="513"/>
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Paste %n card</numerusform>
            <numerusform>Paste %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/map_editor.py" line="521"/>
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/workshop/capture.py" line="147"/>
        <source>Quick capture: %n card(s)</source>
        <translation>
            <numerusform>Quick capture: %n card</numerusform>
            <numerusform>Quick capture: %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/workshop/voting.py" line="288"/>
        <source>%1. %2 (%3) — %n dot(s)</source>
        <translation>
            <numerusform>%1. %2 (%3) — %n dot</numerusform>
            <numerusform>%1. %2 (%3) — %n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/workshop/voting.py" line="343"/>
        <source>%1: %n dot(s) left.</source>
        <translation>
            <numerusform>%1: %n dot left.</numerusform>
            <numerusform>%1: %n dots left.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionsView</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>%n row will be imported.</numerusform>
            <numerusform>%n rows will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors will be skipped.</source>
        <translation>
            <numerusform>%n row with errors will be skipped.</numerusform>
            <numerusform>%n rows with errors will be skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message numerus="yes">
        <source>From %n note(s); double-click to see the first</source>
        <translation>
            <numerusform>From %n note; double-click to see it</numerusform>
            <numerusform>From %n notes; double-click to see the first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message numerus="yes">
        <source>%n day(s).</source>
        <translation>
            <numerusform>%n day.</numerusform>
            <numerusform>%n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day %1 would disappear but holds %n session(s): %2. Move or delete them first.</source>
        <translation>
            <numerusform>Day %1 would disappear but holds %n session: %2. Move or delete it first.</numerusform>
            <numerusform>Day %1 would disappear but holds %n sessions: %2. Move or delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty day(s) at the end will be removed.</source>
        <translation>
            <numerusform>%n empty day at the end will be removed.</numerusform>
            <numerusform>%n empty days at the end will be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Attaching %n file…</numerusform>
            <numerusform>Attaching %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n file attached.</numerusform>
            <numerusform>%n files attached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeFilesDialog</name>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n field changed</numerusform>
            <numerusform>%n fields changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomesView</name>
    <message numerus="yes">
        <source>%n selected photo(s) of %1</source>
        <translation>
            <numerusform>%n selected photo of %1</numerusform>
            <numerusform>%n selected photos of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (no consent)</source>
        <translation>
            <numerusform>%n left out (no consent)</numerusform>
            <numerusform>%n left out (no consent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presentation(s) or document(s)</source>
        <translation>
            <numerusform>%n presentation or document</numerusform>
            <numerusform>%n presentations or documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presentation(s)</source>
        <translation>
            <numerusform>%n presentation</numerusform>
            <numerusform>%n presentations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackReviewDialog</name>
    <message numerus="yes">
        <source>Before the pack is built, %n selected photo(s) need a look:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their roles in %n session(s) go too.</source>
        <translation>
            <numerusform>Their roles in %n session go too.</numerusform>
            <numerusform>Their roles in %n sessions go too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Replication</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoadmapBoard</name>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of this cell are not shown yet</source>
        <translation>
            <numerusform>%n action of this cell is not shown yet</numerusform>
            <numerusform>%n actions of this cell are not shown yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n action(s) will move to “%1”.</source>
        <translation>
            <numerusform>Its %n action will move to “%1”.</numerusform>
            <numerusform>Its %n actions will move to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowHeader</name>
    <message numerus="yes">
        <source>Focus area with %n action(s). F2 renames it, Delete deletes it.</source>
        <translation>
            <numerusform>Focus area with %n action. F2 renames it, Delete deletes it.</numerusform>
            <numerusform>Focus area with %n actions. F2 renames it, Delete deletes it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <source>%n suggestion(s). Nothing changes until you apply one.</source>
        <translation>
            <numerusform>%n suggestion. Nothing changes until you apply it.</numerusform>
            <numerusform>%n suggestions. Nothing changes until you apply one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SynergiesView</name>
    <message numerus="yes">
        <source>%n synergy(ies)</source>
        <translation>
            <numerusform>%n synergy</numerusform>
            <numerusform>%n synergies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Venue</name>
    <message numerus="yes">
        <source>At the venue: offline · %n change(s) waiting</source>
        <translation>
            <numerusform>At the venue: offline · %n change waiting</numerusform>
            <numerusform>At the venue: offline · %n changes waiting</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.live</name>
    <message>
        <source>This session was being run live. Resume where it stood, timer included?</source>
        <translation>Cette séance était en cours d'animation. Reprendre là où elle en était, minuterie comprise?</translation>
    </message>
    <message>
        <source>Resume the live run</source>
        <translation>Reprendre l'animation</translation>
    </message>
    <message>
        <source>Current item: %1</source>
        <translation>Point en cours : %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.timer</name>
    <message>
        <source>Timer</source>
        <translation>Minuterie</translation>
    </message>
    <message>
        <source>No item running</source>
        <translation>Aucun point en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 de dépassement</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Il reste %1</translation>
    </message>
</context>
</TS>

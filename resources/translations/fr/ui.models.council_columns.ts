<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.models.council_columns</name>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>“%1” is not a whole number: %2 unchanged.</source>
        <translation>« %1 » n'est pas un nombre entier : %2 inchangé.</translation>
    </message>
</context>
</TS>

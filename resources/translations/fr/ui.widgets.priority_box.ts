<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.priority_box</name>
    <message>
        <source>Role map of</source>
        <translation>Carte des rôles de</translation>
    </message>
    <message>
        <source>Keep a role map for each priority (a theme or an idea voted on) beside the whole session's</source>
        <translation>Tenir une carte des rôles pour chaque priorité (un thème ou une idée votée) à côté de celle de toute la séance</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Toute la séance</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thème : %1</translation>
    </message>
    <message>
        <source>Voted idea: %1</source>
        <translation>Idée votée : %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.item_editor</name>
    <message>
        <source>What this item must produce</source>
        <translation>Ce que ce point doit produire</translation>
    </message>
    <message>
        <source>e.g. round table, 1-2-4-all, world café</source>
        <translation>p. ex. tour de table, 1-2-4-tous, world café</translation>
    </message>
    <message>
        <source>For you only: never shown to the room</source>
        <translation>Pour vous seulement : jamais montré à la salle</translation>
    </message>
    <message>
        <source>Flip charts, markers, sticky notes…</source>
        <translation>Tableaux de conférence, marqueurs, papillons adhésifs…</translation>
    </message>
    <message>
        <source>Select an item to edit it, or add one above.</source>
        <translation>Choisissez un point pour le modifier, ou ajoutez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <source>Facilitator &amp;notes</source>
        <translation>&amp;Notes d'animation</translation>
    </message>
    <message>
        <source>M&amp;aterials</source>
        <translation>Maté&amp;riel</translation>
    </message>
    <message>
        <source>In past sessions: %1</source>
        <translation>Dans les séances passées : %1</translation>
    </message>
    <message>
        <source>Actual length: %1</source>
        <translation>Durée réelle : %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.heat_map</name>
    <message>
        <source>Heat map of the roles</source>
        <translation>Carte de chaleur des rôles</translation>
    </message>
    <message>
        <source>⚠ next to a name: risk of overload (fewer roles desired, or flagged)</source>
        <translation>⚠ près d'un nom : risque de surcharge (moins de rôles souhaités, ou signalé)</translation>
    </message>
    <message>
        <source>No actor yet.</source>
        <translation>Aucun acteur pour l'instant.</translation>
    </message>
    <message>
        <source>At level 2 or more</source>
        <translation>Au niveau 2 ou plus</translation>
    </message>
</context>
</TS>

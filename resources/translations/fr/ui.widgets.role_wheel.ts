<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.role_wheel</name>
    <message>
        <source>Role map</source>
        <translation>Carte des rôles</translation>
    </message>
    <message>
        <source>Role wheel</source>
        <translation>Roue des rôles</translation>
    </message>
    <message>
        <source>No actor yet</source>
        <translation>Aucun acteur pour l'instant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Souhaité</translation>
    </message>
    <message>
        <source>From the centre to the rim: leading, significant, occasional.</source>
        <translation>Du centre vers le bord : leader, important, occasionnel.</translation>
    </message>
    <message>
        <source>Red ring, ⚠ next to a name: risk of overload (fewer roles desired, or flagged)</source>
        <translation>Anneau rouge, ⚠ près d'un nom : risque de surcharge (moins de rôles souhaités, ou signalé)</translation>
    </message>
    <message>
        <source>Nobody holds the role at a significant level today</source>
        <translation>Personne ne tient le rôle de façon importante aujourd'hui</translation>
    </message>
    <message>
        <source>Desired presence exceeds today's</source>
        <translation>Présence souhaitée plus grande qu'aujourd'hui</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>No actor yet: add the actors of the territory, then their level in each role.</source>
        <translation>Aucun acteur pour l'instant : ajoutez les acteurs du territoire, puis leur niveau dans chaque rôle.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.models.roles</name>
    <message>
        <source>Actors at this level: today → desired</source>
        <translation>Acteurs à ce niveau : aujourd'hui → souhaité</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Type de %1</translation>
    </message>
    <message>
        <source>Flag %1 as overloaded</source>
        <translation>Signaler %1 comme surchargé</translation>
    </message>
    <message>
        <source>Remove the overload flag of %1</source>
        <translation>Retirer le signalement de surcharge de %1</translation>
    </message>
    <message>
        <source>Levels of %1 cells</source>
        <translation>Niveaux de %1 cellules</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nobody holds this role at a significant level today.</source>
        <translation>Personne ne tient ce rôle de façon importante aujourd'hui.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Level of %1 as %2</source>
        <translation>Niveau de %1 comme %2</translation>
    </message>
    <message>
        <source>%1 as %2: today %3, desired %4</source>
        <translation>%1 comme %2 : aujourd'hui %3, souhaité %4</translation>
    </message>
    <message>
        <source>%1 at level “%2”: %3 today, %4 desired</source>
        <translation>%1 au niveau « %2 » : %3 aujourd'hui, %4 souhaité</translation>
    </message>
</context>
</TS>

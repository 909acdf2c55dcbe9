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
        <source>%1 as %2: today %3, desired %4</source>
        <translation>%1 comme %2 : aujourd'hui %3, souhaité %4</translation>
    </message>
    <message>
        <source>%1 at level “%2”: %3 today, %4 desired</source>
        <translation>%1 au niveau « %2 » : %3 aujourd'hui, %4 souhaité</translation>
    </message>
</context>
</TS>

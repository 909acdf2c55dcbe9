<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.models.participants</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Same name as “%1” (row %2): this person is counted once. Remove this row, or tell them apart by their name.</source>
        <translation>Même nom que « %1 » (ligne %2) : cette personne n'est comptée qu'une fois. Retirez cette ligne, ou distinguez-les par leur nom.</translation>
    </message>
</context>
</TS>

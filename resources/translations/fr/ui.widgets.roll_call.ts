<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.roll_call</name>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstains</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Conflict of interest (withdraws)</source>
        <translation>Conflit d'intérêts (se retire)</translation>
    </message>
    <message>
        <source>Take a roll call</source>
        <translation>Prendre un vote nominal</translation>
    </message>
    <message>
        <source>Record each member's vote; the outcome is computed by the council's rule (present members start « for », absent ones « absent »)</source>
        <translation>Inscrire le vote de chaque membre; le résultat est calculé selon la règle du conseil (les membres présents partent « pour », les absents « absent »)</translation>
    </message>
    <message>
        <source>Back to a show of hands</source>
        <translation>Revenir au vote à main levée</translation>
    </message>
    <message>
        <source>Forget this roll call and type the counts (Ctrl+Z brings it back)</source>
        <translation>Oublier ce vote nominal et saisir les nombres (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Vote nominal</translation>
    </message>
    <message>
        <source>Préfet's casting vote:</source>
        <translation>Vote prépondérant du préfet :</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non utilisé)</translation>
    </message>
    <message>
        <source>Outcome by the council's rule</source>
        <translation>Résultat selon la règle du conseil</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Vote of %1</source>
        <translation>Vote de %1</translation>
    </message>
</context>
</TS>

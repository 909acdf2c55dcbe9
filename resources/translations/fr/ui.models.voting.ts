<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.models.voting</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Paper dots</source>
        <translation>Points sur papier</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>Who voted</source>
        <translation>Qui a voté</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Laptop ballots</source>
        <translation>Bulletins à l'ordinateur</translation>
    </message>
    <message>
        <source>Named ballots</source>
        <translation>Bulletins nominatifs</translation>
    </message>
    <message>
        <source>Your dots</source>
        <translation>Vos points</translation>
    </message>
    <message>
        <source>%1 (tied)</source>
        <translation>%1 ex æquo</translation>
    </message>
    <message>
        <source>Remove a dot (− key)</source>
        <translation>Retirer un point (touche −)</translation>
    </message>
    <message>
        <source>Add a dot (+ key)</source>
        <translation>Ajouter un point (touche +)</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>révélé</translation>
    </message>
    <message>
        <source>Anonymous round: voters are not counted, nobody is linked to their dots.</source>
        <translation>Tour anonyme : les votants ne sont pas comptés, personne n'est associé à ses points.</translation>
    </message>
    <message>
        <source>People with a named ballot who put at least one dot here (paper dots are not counted).</source>
        <translation>Personnes ayant un bulletin nominatif qui ont mis au moins un point ici (les points sur papier ne sont pas comptés).</translation>
    </message>
    <message>
        <source>%2: %1</source>
        <translation>%2 : %1</translation>
    </message>
</context>
</TS>

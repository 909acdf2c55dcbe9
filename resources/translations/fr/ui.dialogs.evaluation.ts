<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.dialogs.evaluation</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Session evaluation</source>
        <translation>Évaluation de la séance</translation>
    </message>
    <message>
        <source>How many people gave each score</source>
        <translation>Combien de personnes ont donné chaque note</translation>
    </message>
    <message>
        <source>What to keep (Enter adds it)</source>
        <translation>À garder (Entrée l'ajoute)</translation>
    </message>
    <message>
        <source>What to change (Enter adds it)</source>
        <translation>À changer (Entrée l'ajoute)</translation>
    </message>
    <message>
        <source>To keep</source>
        <translation>À garder</translation>
    </message>
    <message>
        <source>To change</source>
        <translation>À changer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <source>People who gave %1 out of 5</source>
        <translation>Personnes ayant donné %1 sur 5</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 sur 5</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.dialogs.idea_picker</name>
    <message>
        <source>New action from an idea</source>
        <translation>Nouvelle action à partir d'une idée</translation>
    </message>
    <message>
        <source>Filter the ideas</source>
        <translation>Filtrer les idées</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>No closed voting round yet: the ideas in their order. Enter makes the action.</source>
        <translation>Aucun tour de vote fermé pour l'instant : les idées dans leur ordre. Entrée crée l'action.</translation>
    </message>
    <message>
        <source>Make the action</source>
        <translation>Créer l'action</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>no dots</source>
        <translation>aucun point</translation>
    </message>
    <message>
        <source>Ranked by the closed round “%1”; Enter makes the action.</source>
        <translation>Classées selon le tour fermé « %1 »; Entrée crée l'action.</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>%1 dots</source>
        <translation>%1 points</translation>
    </message>
</context>
</TS>

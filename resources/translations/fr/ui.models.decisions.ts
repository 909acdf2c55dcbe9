<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.models.decisions</name>
    <message>
        <source>Change who does an action</source>
        <translation>Changer qui fait une action</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <source>Mark an action done</source>
        <translation>Marquer une action faite</translation>
    </message>
    <message>
        <source>Mark an action to do</source>
        <translation>Marquer une action à faire</translation>
    </message>
    <message>
        <source>Change the due date</source>
        <translation>Changer l'échéance</translation>
    </message>
    <message>
        <source>Edit an action</source>
        <translation>Modifier une action</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>From the idea</source>
        <translation>Idée d'origine</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
</context>
</TS>

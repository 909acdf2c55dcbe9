<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.controller</name>
    <message>
        <source>Open a session</source>
        <translation>Ouvrir une séance</translation>
    </message>
    <message>
        <source>Facilitateur sessions (*.atelier);;All files (*)</source>
        <translation>Séances Facilitateur (*.atelier);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Facilitateur sessions (*.atelier)</source>
        <translation>Séances Facilitateur (*.atelier)</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Impossible d'ouvrir la séance</translation>
    </message>
    <message>
        <source>Cannot create the session</source>
        <translation>Impossible de créer la séance</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>Impossible d'ouvrir la démo</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-copie</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée : %1</translation>
    </message>
</context>
</TS>

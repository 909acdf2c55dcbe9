<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Facilitateur met an unexpected problem. Your work is saved: every change is written to the session file as it is made. You can go on; if the problem comes back, close and reopen the session.

Details: %1</source>
        <translation>Facilitateur a rencontré un problème inattendu. Votre travail est enregistré : chaque changement est écrit dans le fichier de la séance au moment où il est fait. Vous pouvez continuer; si le problème revient, fermez puis rouvrez la séance.

Détails : %1</translation>
    </message>
</context>
</TS>

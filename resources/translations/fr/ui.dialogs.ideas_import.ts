<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.dialogs.ideas_import</name>
    <message>
        <source>Import ideas</source>
        <translation>Importer des idées</translation>
    </message>
    <message>
        <source>One idea per line</source>
        <translation>Une idée par ligne</translation>
    </message>
    <message>
        <source>The ideas are in a column:</source>
        <translation>Les idées sont dans une colonne :</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>Put them in:</source>
        <translation>Les placer dans :</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1 idea will be added.</source>
        <translation>%1 idée sera ajoutée.</translation>
    </message>
    <message>
        <source>%1 ideas will be added.</source>
        <translation>%1 idées seront ajoutées.</translation>
    </message>
    <message>
        <source>Leave out the likely duplicates (%1): same words as an idea on the wall or earlier in the file</source>
        <translation>Laisser de côté les doublons probables (%1) : mêmes mots qu'une idée du mur ou plus haut dans le fichier</translation>
    </message>
    <message>
        <source>already on the wall</source>
        <translation>déjà sur le mur</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>same as row %1</source>
        <translation>comme la ligne %1</translation>
    </message>
</context>
</TS>

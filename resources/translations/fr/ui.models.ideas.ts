<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.models.ideas</name>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>%1 idea</source>
        <translation>%1 idée</translation>
    </message>
    <message>
        <source>%1 ideas</source>
        <translation>%1 idées</translation>
    </message>
    <message>
        <source>≈ Looks like another idea (Ctrl+J merges the selected ideas)</source>
        <translation>≈ Ressemble à une autre idée (Ctrl+J fusionne les idées choisies)</translation>
    </message>
    <message>
        <source>F2 renames, Delete deletes (its ideas are kept)</source>
        <translation>F2 renomme, Suppr supprime (ses idées restent)</translation>
    </message>
    <message>
        <source>Merged with:</source>
        <translation>Fusionnée avec :</translation>
    </message>
    <message>
        <source>Key %1 moves the selected ideas here</source>
        <translation>La touche %1 classe ici les idées choisies</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(%1 affichées)</translation>
    </message>
</context>
</TS>

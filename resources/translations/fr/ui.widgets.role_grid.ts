<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.role_grid</name>
    <message>
        <source>Levels go from 0 (none) to 3 (leading).</source>
        <translation>Les niveaux vont de 0 (aucun) à 3 (leader).</translation>
    </message>
</context>
</TS>

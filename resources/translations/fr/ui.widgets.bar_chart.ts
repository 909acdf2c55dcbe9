<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.bar_chart</name>
    <message>
        <source>Results chart</source>
        <translation>Graphique des résultats</translation>
    </message>
    <message>
        <source>No results to show</source>
        <translation>Aucun résultat à montrer</translation>
    </message>
    <message>
        <source>No dots yet</source>
        <translation>Aucun point pour l'instant</translation>
    </message>
    <message>
        <source>%1. %2: %3 dots</source>
        <translation>%1. %2 : %3 points</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.presenter.results_view</name>
    <message>
        <source>Vote results</source>
        <translation>Résultats du vote</translation>
    </message>
    <message>
        <source>1 dot in all</source>
        <translation>1 point en tout</translation>
    </message>
    <message>
        <source>%1 dots in all</source>
        <translation>%1 points en tout</translation>
    </message>
    <message>
        <source>Results hidden</source>
        <translation>Résultats cachés</translation>
    </message>
    <message>
        <source>They will appear here when the facilitator reveals them.</source>
        <translation>Ils apparaîtront ici dès que l'animation les révélera.</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
</context>
</TS>

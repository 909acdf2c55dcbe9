<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.presenter.wall_view</name>
    <message>
        <source>Idea wall</source>
        <translation>Mur d'idées</translation>
    </message>
    <message>
        <source>%1 ideas</source>
        <translation>%1 idées</translation>
    </message>
    <message>
        <source>Ideas will appear here as they are captured</source>
        <translation>Les idées s'afficheront ici au fur et à mesure</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>+ %1 earlier idea</source>
        <translation>+ %1 idée plus ancienne</translation>
    </message>
    <message>
        <source>+ %1 earlier ideas</source>
        <translation>+ %1 idées plus anciennes</translation>
    </message>
    <message>
        <source>+ %1 more recent idea</source>
        <translation>+ %1 idée plus récente</translation>
    </message>
    <message>
        <source>+ %1 more recent ideas</source>
        <translation>+ %1 idées plus récentes</translation>
    </message>
    <message>
        <source>+ %1 more theme on the facilitator's screen</source>
        <translation>+ %1 autre thème à l'écran de l'animation</translation>
    </message>
    <message>
        <source>+ %1 more themes on the facilitator's screen</source>
        <translation>+ %1 autres thèmes à l'écran de l'animation</translation>
    </message>
    <message>
        <source>the idea wall, page %1 of %2</source>
        <translation>le mur d'idées, page %1 sur %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
</TS>

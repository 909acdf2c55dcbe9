<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.wall</name>
    <message>
        <source>Enter saves, Shift+Enter starts a new line, Escape cancels</source>
        <translation>Entrée enregistre, Maj+Entrée change de ligne, Échap annule</translation>
    </message>
    <message>
        <source>Idea wall</source>
        <translation>Mur d'idées</translation>
    </message>
    <message>
        <source>Arrows: go from card to card (Shift or Ctrl to select several) · 1–9: move to that theme · 0: no theme · Enter or F2: edit · Delete: delete · Escape: back to capture</source>
        <translation>Flèches : passer d'une carte à l'autre (Maj ou Ctrl pour en choisir plusieurs) · 1 à 9 : classer dans ce thème · 0 : sans thème · Entrée ou F2 : modifier · Suppr : supprimer · Échap : retour à la saisie</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Enter: show the column · F2: rename · Delete: delete the theme (its ideas are kept) · Ctrl+Up/Down: reorder · Menu key: colour, merge…</source>
        <translation>Entrée : afficher la colonne · F2 : renommer · Suppr : supprimer le thème (ses idées restent) · Ctrl+Haut/Bas : réordonner · Touche Menu : couleur, fusion…</translation>
    </message>
    <message>
        <source>Type part of a theme's name or its number</source>
        <translation>Tapez une partie du nom d'un thème ou son numéro</translation>
    </message>
    <message>
        <source>%1 ideas</source>
        <translation>%1 idées</translation>
    </message>
    <message>
        <source>New theme “%1”</source>
        <translation>Nouveau thème « %1 »</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.pages.roles</name>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Actor of the territory (Ctrl+Shift+N)</source>
        <translation>Acteur du territoire (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>New actor's name</source>
        <translation>Nom du nouvel acteur</translation>
    </message>
    <message>
        <source>Kind (optional)</source>
        <translation>Type (facultatif)</translation>
    </message>
    <message>
        <source>New actor's kind</source>
        <translation>Type du nouvel acteur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the actor (Enter)</source>
        <translation>Ajouter l'acteur (Entrée)</translation>
    </message>
    <message>
        <source>Create actors from participants' organizations</source>
        <translation>Créer les acteurs à partir des organisations</translation>
    </message>
    <message>
        <source>One actor per organization of the participants, except those already there (Ctrl+Shift+O)</source>
        <translation>Un acteur par organisation des participants, sauf celles déjà présentes (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected actors (Delete on a name)</source>
        <translation>Retirer les acteurs sélectionnés (Suppr sur un nom)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Souhaité</translation>
    </message>
    <message>
        <source>Actors and their roles</source>
        <translation>Acteurs et leurs rôles</translation>
    </message>
    <message>
        <source>Role (F1)</source>
        <translation>Rôle (F1)</translation>
    </message>
    <message>
        <source>Actors per role and level</source>
        <translation>Acteurs par rôle et par niveau</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Actors per level (today → desired)</source>
        <translation>Acteurs par niveau (aujourd'hui → souhaité)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Roue</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Actors × roles, levels today and desired (Ctrl+Shift+G)</source>
        <translation>Acteurs × rôles, niveaux d'aujourd'hui et souhaités (Ctrl+Maj+G)</translation>
    </message>
    <message>
        <source>The seven roles around a circle, actors by level (Ctrl+Shift+W)</source>
        <translation>Les sept rôles en cercle, les acteurs selon leur niveau (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <source>Actors × roles coloured by level (Ctrl+Shift+H)</source>
        <translation>Acteurs × rôles colorés selon le niveau (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Enregistrer ce graphique en image PNG</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Save this chart as an SVG drawing (sharp at any size)</source>
        <translation>Enregistrer ce graphique en dessin SVG (net à toutes les tailles)</translation>
    </message>
    <message>
        <source>Show in the room</source>
        <translation>Montrer à la salle</translation>
    </message>
    <message>
        <source>Show this chart on the projector; it follows your choices here (Shift+F5)</source>
        <translation>Afficher ce graphique au projecteur; il suit vos choix ici (Maj+F5)</translation>
    </message>
    <message>
        <source>&amp;Map of:</source>
        <translation>&amp;Carte de :</translation>
    </message>
    <message>
        <source>Which level the digits set and the charts show (Space in the grid switches)</source>
        <translation>Le niveau que les chiffres modifient et que les graphiques montrent (Espace dans la grille pour changer)</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>Niveaux :</translation>
    </message>
    <message>
        <source>In the grid: arrows move · &lt;b&gt;0–3 set today's level&lt;/b&gt; · Space switches to desired levels · Delete sets 0 · F1 describes the role</source>
        <translation>Dans la grille : flèches pour se déplacer · &lt;b&gt;0 à 3 fixent le niveau d'aujourd'hui&lt;/b&gt; · Espace passe aux niveaux souhaités · Suppr met 0 · F1 décrit le rôle</translation>
    </message>
    <message>
        <source>In the grid: arrows move · &lt;b&gt;0–3 set the desired level&lt;/b&gt; · Space switches to today's levels · Delete sets 0 · F1 describes the role</source>
        <translation>Dans la grille : flèches pour se déplacer · &lt;b&gt;0 à 3 fixent le niveau souhaité&lt;/b&gt; · Espace revient aux niveaux d'aujourd'hui · Suppr met 0 · F1 décrit le rôle</translation>
    </message>
    <message>
        <source>Add the actors of the territory to read the map.</source>
        <translation>Ajoutez les acteurs du territoire pour lire la carte.</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>No participant has an organization yet.</source>
        <translation>Aucun participant n'a encore d'organisation.</translation>
    </message>
    <message>
        <source>Every participant's organization is already an actor.</source>
        <translation>Toutes les organisations des participants sont déjà des acteurs.</translation>
    </message>
    <message>
        <source>What this role means (F1)</source>
        <translation>Ce que veut dire ce rôle (F1)</translation>
    </message>
    <message>
        <source>Holding many roles is a risk for this actor (Ctrl+Shift+L)</source>
        <translation>Tenir plusieurs rôles est un risque pour cet acteur (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Remove the actor</source>
        <translation>Retirer l'acteur</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>No gap: every role is held at a significant level, as desired, and no actor is flagged as overloaded.</source>
        <translation>Aucun écart : chaque rôle est tenu de façon importante, comme souhaité, et aucun acteur n'est signalé comme surchargé.</translation>
    </message>
    <message>
        <source>Move to a role's column to read what it means.</source>
        <translation>Placez-vous dans la colonne d'un rôle pour lire ce qu'il veut dire.</translation>
    </message>
    <message>
        <source>Actors created: %1</source>
        <translation>Acteurs créés : %1</translation>
    </message>
    <message>
        <source>role-wheel-today</source>
        <translation>roue-des-roles-aujourdhui</translation>
    </message>
    <message>
        <source>role-wheel-desired</source>
        <translation>roue-des-roles-souhaitee</translation>
    </message>
    <message>
        <source>role-heat-map-today</source>
        <translation>carte-des-roles-aujourdhui</translation>
    </message>
    <message>
        <source>role-heat-map-desired</source>
        <translation>carte-des-roles-souhaitee</translation>
    </message>
    <message>
        <source>Removed (Ctrl+Z to undo): %1</source>
        <translation>Retiré (Ctrl+Z pour annuler) : %1</translation>
    </message>
    <message>
        <source>Chart saved: %1</source>
        <translation>Graphique enregistré : %1</translation>
    </message>
    <message>
        <source>Could not write “%1”. Choose another folder.</source>
        <translation>Impossible d'écrire « %1 ». Choisissez un autre dossier.</translation>
    </message>
</context>
</TS>

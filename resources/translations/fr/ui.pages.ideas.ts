<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.pages.ideas</name>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Wall: 1–9 move the selected cards to a theme · 0 no theme · Ctrl+M move to… · Ctrl+T new theme · Ctrl+J merge · Enter edit · Delete · F6 capture ↔ wall</source>
        <translation>Mur : 1 à 9 classent les cartes · 0 sans thème · Ctrl+M classer dans… · Ctrl+T nouveau thème · Ctrl+J fusionner · Entrée modifier · Suppr supprimer · F6 saisie ↔ mur</translation>
    </message>
    <message>
        <source>Type an idea and press Enter (Shift+Enter: new line)</source>
        <translation>Tapez une idée puis Entrée (Maj+Entrée : nouvelle ligne)</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <source>Enter saves the idea, Shift+Enter starts a new line, Tab goes to the author (Ctrl+Shift+N comes back here)</source>
        <translation>Entrée enregistre l'idée, Maj+Entrée change de ligne, Tab passe à l'auteur (Ctrl+Maj+N pour revenir ici)</translation>
    </message>
    <message>
        <source>Author (optional)</source>
        <translation>Auteur ou autrice (facultatif)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur ou autrice</translation>
    </message>
    <message>
        <source>Who said it (optional). A name that is not on the list is added to the participants. Enter saves the idea.</source>
        <translation>Qui l'a dit (facultatif). Un nom absent de la liste est ajouté aux participants. Entrée enregistre l'idée.</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l'ordre du jour</translation>
    </message>
    <message>
        <source>The agenda item the idea belongs to (the item running live, by default)</source>
        <translation>Le point de l'ordre du jour de l'idée (par défaut, le point en cours)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the idea (Enter)</source>
        <translation>Ajouter l'idée (Entrée)</translation>
    </message>
    <message>
        <source>Search the ideas (Ctrl+F)</source>
        <translation>Chercher dans les idées (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Show theme</source>
        <translation>Afficher le thème</translation>
    </message>
    <message>
        <source>Show author</source>
        <translation>Afficher l'auteur ou l'autrice</translation>
    </message>
    <message>
        <source>Show agenda item</source>
        <translation>Afficher le point</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import ideas from a CSV or text file (one idea a line, or a column of a survey)</source>
        <translation>Importer des idées d'un fichier CSV ou texte (une idée par ligne, ou une colonne d'un sondage)</translation>
    </message>
    <message>
        <source>Show the wall in the room</source>
        <translation>Montrer le mur à la salle</translation>
    </message>
    <message>
        <source>Show the wall on the projector; it follows every change, and never shows authors</source>
        <translation>Afficher le mur au projecteur; il suit chaque changement et ne montre jamais les auteurs</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Create a theme; with cards selected on the wall, they go into it (Ctrl+T)</source>
        <translation>Créer un thème; les cartes choisies sur le mur y sont placées (Ctrl+T)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
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
        <source>Name of the new theme:</source>
        <translation>Nom du nouveau thème :</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Select two ideas or more to merge them (Shift or Ctrl with the arrows)</source>
        <translation>Choisissez au moins deux idées pour les fusionner (Maj ou Ctrl avec les flèches)</translation>
    </message>
    <message>
        <source>Select cards on the wall first</source>
        <translation>Choisissez d'abord des cartes sur le mur</translation>
    </message>
    <message>
        <source>Move the selected idea to…</source>
        <translation>Classer l'idée choisie dans…</translation>
    </message>
    <message>
        <source>Move %1 ideas to…</source>
        <translation>Classer %1 idées dans…</translation>
    </message>
    <message>
        <source>Name of the new theme (the selected idea goes into it):</source>
        <translation>Nom du nouveau thème (l'idée choisie y sera placée) :</translation>
    </message>
    <message>
        <source>Name of the new theme (the %1 selected ideas go into it):</source>
        <translation>Nom du nouveau thème (les %1 idées choisies y seront placées) :</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nouveau thème…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Autre couleur…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete the theme (keep its ideas)</source>
        <translation>Supprimer le thème (garder ses idées)</translation>
    </message>
    <message>
        <source>Import ideas</source>
        <translation>Importer des idées</translation>
    </message>
    <message>
        <source>Lists and surveys (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Listes et sondages (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 idea imported</source>
        <translation>%1 idée importée</translation>
    </message>
    <message>
        <source>%1 ideas imported</source>
        <translation>%1 idées importées</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>%1 theme</source>
        <translation>%1 thème</translation>
    </message>
    <message>
        <source>%1 themes</source>
        <translation>%1 thèmes</translation>
    </message>
    <message>
        <source>Idea similar to “%1”</source>
        <translation>Idée semblable à « %1 »</translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z brings it back</source>
        <translation>%1 — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>No theme has the key %1 yet: Ctrl+T creates one</source>
        <translation>Aucun thème n'a encore la touche %1 : Ctrl+T en crée un</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de « %1 »</translation>
    </message>
    <message>
        <source>Merge “%1” into…</source>
        <translation>Fusionner « %1 » avec…</translation>
    </message>
    <message>
        <source>%1 — its ideas are kept without a theme; Ctrl+Z brings it back</source>
        <translation>%1 — ses idées restent, sans thème; Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>Aucun point</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Toutes les personnes</translation>
    </message>
    <message>
        <source>No author</source>
        <translation>Sans auteur ni autrice</translation>
    </message>
    <message>
        <source>All agenda items</source>
        <translation>Tous les points</translation>
    </message>
    <message>
        <source>Merged into “%1”; the other text is kept in its history (F2 on the wall edits the text)</source>
        <translation>Fusionnée dans « %1 »; l'autre texte est gardé dans son historique (F2 sur le mur modifie le texte)</translation>
    </message>
    <message>
        <source>Type an idea for “%1” and press Enter (Shift+Enter: new line)</source>
        <translation>Tapez une idée pour « %1 » puis Entrée (Maj+Entrée : nouvelle ligne)</translation>
    </message>
    <message>
        <source>“%1” holds no ideas to import.</source>
        <translation>« %1 » ne contient aucune idée à importer.</translation>
    </message>
    <message>
        <source>%1 shown out of %2</source>
        <translation>%1 affichées sur %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
</context>
</TS>

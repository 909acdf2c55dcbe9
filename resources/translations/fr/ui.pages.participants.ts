<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.pages.participants</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name of the person arriving</source>
        <translation>Nom de la personne qui arrive</translation>
    </message>
    <message>
        <source>New participant's name</source>
        <translation>Nom du nouveau participant</translation>
    </message>
    <message>
        <source>Organization (optional)</source>
        <translation>Organisation (facultatif)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Importer une liste…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Tous présents</translation>
    </message>
    <message>
        <source>Name of a person who arrives, then Enter (Ctrl+Shift+N comes back here)</source>
        <translation>Nom d'une personne qui arrive, puis Entrée (Ctrl+Maj+N ramène ici)</translation>
    </message>
    <message>
        <source>Add the person, marked present (Enter)</source>
        <translation>Ajouter la personne, marquée présente (Entrée)</translation>
    </message>
    <message>
        <source>Add people from a CSV or text list, with a preview before anything is added</source>
        <translation>Ajouter des personnes d'une liste CSV ou texte, avec un aperçu avant tout ajout</translation>
    </message>
    <message>
        <source>Remove the selected people (Delete in the list; Ctrl+Z brings them back)</source>
        <translation>Retirer les personnes choisies (Suppr dans la liste; Ctrl+Z les ramène)</translation>
    </message>
    <message>
        <source>Mark everyone present (Space in the list ticks or unticks one person)</source>
        <translation>Marquer tout le monde présent (Espace dans la liste coche ou décoche une personne)</translation>
    </message>
    <message>
        <source>New participant's organization</source>
        <translation>Organisation du nouveau participant</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Listes (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>%1 présent</translation>
    </message>
    <message>
        <source>%1 present</source>
        <comment>plural</comment>
        <translation>%1 présents</translation>
    </message>
    <message>
        <source>%1 participant</source>
        <translation>%1 participant</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>%1 is already on the list, marked present.</source>
        <translation>%1 est déjà sur la liste, marqué présent.</translation>
    </message>
    <message>
        <source>“%1” holds no names to import.</source>
        <translation>« %1 » ne contient aucun nom à importer.</translation>
    </message>
    <message>
        <source>%1 was already on the list: marked present.</source>
        <translation>%1 était déjà sur la liste : marqué présent.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.dialogs.csv_import</name>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Merge the names already on the list (same name, ignoring case and accents) instead of adding them twice</source>
        <translation>Fusionner les noms déjà sur la liste (même nom, sans tenir compte des majuscules ni des accents) au lieu de les ajouter en double</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1 participant will be added.</source>
        <translation>%1 participant sera ajouté.</translation>
    </message>
    <message>
        <source>%1 participants will be added.</source>
        <translation>%1 participants seront ajoutés.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>already on the list as “%1”: merged</source>
        <translation>déjà sur la liste comme « %1 » : fusionné</translation>
    </message>
    <message>
        <source>already on the list as “%1”: added again</source>
        <translation>déjà sur la liste comme « %1 » : ajouté de nouveau</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
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
        <source>%1 will be merged with the person of the same name (presence, organization and email filled in).</source>
        <translation>%1 seront fusionnés avec la personne du même nom (présence, organisation et courriel complétés).</translation>
    </message>
    <message>
        <source>Left out, without a name: line %1 of the file.</source>
        <translation>Laissée de côté, sans nom : ligne %1 du fichier.</translation>
    </message>
    <message>
        <source>Left out, without a name: lines %1 of the file.</source>
        <translation>Laissées de côté, sans nom : lignes %1 du fichier.</translation>
    </message>
    <message>
        <source>same name as row %1: merged</source>
        <translation>même nom que la ligne %1 : fusionné</translation>
    </message>
    <message>
        <source>same name as row %1</source>
        <translation>même nom que la ligne %1</translation>
    </message>
</context>
</TS>

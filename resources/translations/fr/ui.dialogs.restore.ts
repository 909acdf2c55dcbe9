<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.dialogs.restore</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups are taken when the session opens, every 10 minutes while it changes, and when it closes. The one you choose opens as a new file; the current file is not changed.</source>
        <translation>Une sauvegarde est prise à l'ouverture de la séance, toutes les 10 minutes pendant qu'elle change, et à sa fermeture. Celle que vous choisissez s'ouvre comme un nouveau fichier; le fichier actuel n'est pas modifié.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>on opening</source>
        <translation>à l'ouverture</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Dots placed</source>
        <translation>Points placés</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No backup of this session yet.</source>
        <translation>Aucune sauvegarde de cette séance pour l'instant.</translation>
    </message>
</context>
</TS>

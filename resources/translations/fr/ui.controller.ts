<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.controller</name>
    <message>
        <source>Cannot open the session</source>
        <translation>Impossible d'ouvrir la séance</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Ouvrir une séance</translation>
    </message>
    <message>
        <source>Facilitateur sessions (*.atelier);;All files (*)</source>
        <translation>Séances Facilitateur (*.atelier);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This session is in a folder synchronised with the cloud. The synchronisation can upload a half-written file or replace it during the session. Work on a copy on this computer?</source>
        <translation>Cette séance est dans un dossier synchronisé avec le nuage. La synchronisation peut téléverser un fichier à moitié écrit ou le remplacer pendant la séance. Travailler sur une copie dans cet ordinateur?</translation>
    </message>
    <message>
        <source>This session is in a network folder, which may not protect the file against two writers or a lost connection. Work on a copy on this computer?</source>
        <translation>Cette séance est dans un dossier réseau, qui peut mal protéger le fichier contre deux écritures simultanées ou une connexion perdue. Travailler sur une copie dans cet ordinateur?</translation>
    </message>
    <message>
        <source>Work on a local copy?</source>
        <translation>Travailler sur une copie locale?</translation>
    </message>
    <message>
        <source>Open the backup as a new file</source>
        <translation>Ouvrir la sauvegarde comme nouveau fichier</translation>
    </message>
    <message>
        <source>Facilitateur sessions (*.atelier)</source>
        <translation>Séances Facilitateur (*.atelier)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>A journal was set aside</source>
        <translation>Un journal a été mis de côté</translation>
    </message>
    <message>
        <source>Open another session</source>
        <translation>Ouvrir une autre séance</translation>
    </message>
    <message>
        <source>Set that journal aside (renamed, not deleted) and open the session as saved in the file?</source>
        <translation>Mettre ce journal de côté (renommé, pas supprimé) et ouvrir la séance telle qu'elle est enregistrée dans le fichier?</translation>
    </message>
    <message>
        <source>Open a copy in your documents folder?</source>
        <translation>Ouvrir une copie dans votre dossier Documents?</translation>
    </message>
    <message>
        <source>The session file is gone</source>
        <translation>Le fichier de la séance a disparu</translation>
    </message>
    <message>
        <source>One screen: the room view opens as a preview window beside your controls. With a projector, extend the display (do not duplicate it) so that the room sees only the room view. Shift+F5 closes it.</source>
        <translation>Un seul écran : la vue salle s'ouvre dans une fenêtre d'aperçu à côté de vos commandes. Avec un projecteur, étendez l'affichage (ne le dupliquez pas) pour que la salle ne voie que la vue salle. Maj+F5 la ferme.</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <source>Cannot create the session</source>
        <translation>Impossible de créer la séance</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>Impossible d'ouvrir la démo</translation>
    </message>
    <message>
        <source>Working on the local copy: %1</source>
        <translation>Vous travaillez sur la copie locale : %1</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
        <source>Save a copy now?</source>
        <translation>Enregistrer une copie maintenant?</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-copie</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée : %1</translation>
    </message>
    <message>
        <source>Check the session file</source>
        <translation>Vérifiez le fichier de la séance</translation>
    </message>
    <message>
        <source>The room sees %1: Page Down / Page Up show the others.</source>
        <translation>La salle voit %1 : Pg Suiv / Pg Préc montrent les autres.</translation>
    </message>
    <message>
        <source>SQLite's check found damage in “%1”. Backups of the session are available with File › Restore a backup.</source>
        <translation>La vérification de SQLite a trouvé des dommages dans « %1 ». Des sauvegardes de la séance sont offertes dans Fichier › Restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Close “%1” and open “%2”?</source>
        <translation>Fermer « %1 » et ouvrir « %2 » ?</translation>
    </message>
</context>
</TS>

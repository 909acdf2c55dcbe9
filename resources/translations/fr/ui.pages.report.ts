<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.pages.report</name>
    <message>
        <source>PDF (to print or send)</source>
        <translation>PDF (à imprimer ou à envoyer)</translation>
    </message>
    <message>
        <source>Word .docx (to edit)</source>
        <translation>Word .docx (à modifier)</translation>
    </message>
    <message>
        <source>Markdown .md (plain text)</source>
        <translation>Markdown .md (texte brut)</translation>
    </message>
    <message>
        <source>CSV, one file per kind (spreadsheet)</source>
        <translation>CSV, un fichier par type (tableur)</translation>
    </message>
    <message>
        <source>JSON archive of the whole session</source>
        <translation>Archive JSON de toute la séance</translation>
    </message>
    <message>
        <source>Facilitation guide, PDF for you alone: methods, materials, notes</source>
        <translation>Guide d'animation, PDF pour vous seul : méthodes, matériel, notes</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>The agenda with each item's method, materials and your private notes, for you alone. The minutes never hold your notes.</source>
        <translation>L'ordre du jour avec la méthode, le matériel et vos notes privées de chaque point, pour vous seul. Le procès-verbal ne contient jamais vos notes.</translation>
    </message>
    <message>
        <source>The language of the minutes; by default the one set on the Session page</source>
        <translation>La langue du procès-verbal; par défaut, celle de la page Séance</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>The title page (title, date, place, organizer, facilitators) is always there.</source>
        <translation>La page titre (titre, date, lieu, organisation, animation) est toujours incluse.</translation>
    </message>
    <message>
        <source>The paper of the PDF and Word files: Letter in Québec and North America, A4 elsewhere</source>
        <translation>Le papier des fichiers PDF et Word : Lettre au Québec et en Amérique du Nord, A4 ailleurs</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder the files are written to</source>
        <translation>Choisir le dossier où les fichiers sont écrits</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom des fichiers</translation>
    </message>
    <message>
        <source>Without extension: .pdf, .docx, .md and .json are added; CSV files go in a folder of that name; the guide is NAME-guide.pdf</source>
        <translation>Sans extension : .pdf, .docx, .md et .json sont ajoutés; les fichiers CSV vont dans un dossier de ce nom; le guide s'appelle NOM-guide.pdf</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>Papie&amp;r</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>File &amp;name</source>
        <translation>&amp;Nom des fichiers</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Write the chosen files (Ctrl+E)</source>
        <translation>Écrire les fichiers choisis (Ctrl+E)</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the files in the file manager (Ctrl+Shift+O)</source>
        <translation>Montrer les fichiers dans le gestionnaire de fichiers (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>The démarche</source>
        <translation>La démarche</translation>
    </message>
    <message>
        <source>Write the démarche's report</source>
        <translation>Écrire le rapport de la démarche</translation>
    </message>
    <message>
        <source>One report across this session and the ones it follows: actions, resolutions, priorities, roles and attendance over time; in the formats checked among PDF, Word and Markdown, in the folder above (NAME-demarche)</source>
        <translation>Un seul rapport pour cette séance et celles qu'elle suit : actions, résolutions, priorités, rôles et présences au fil des séances; dans les formats cochés parmi PDF, Word et Markdown, dans le dossier ci-dessus (NOM-demarche)</translation>
    </message>
    <message>
        <source>First page (outline)</source>
        <translation>Première page (aperçu)</translation>
    </message>
    <message>
        <source>An outline of the first page: open the PDF for the real layout.</source>
        <translation>Un aperçu schématique de la première page : ouvrez le PDF pour la vraie mise en page.</translation>
    </message>
    <message>
        <source>Folder for the exported files</source>
        <translation>Dossier des fichiers exportés</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <source>facilitation guide</source>
        <translation>guide d'animation</translation>
    </message>
    <message>
        <source>1 file written in “%2”.</source>
        <translation>1 fichier écrit dans « %2 ».</translation>
    </message>
    <message>
        <source>%1 files written in “%2”.</source>
        <translation>%1 fichiers écrits dans « %2 ».</translation>
    </message>
    <message>
        <source>This session follows no other: the report holds this session.</source>
        <translation>Cette séance ne fait suite à aucune autre : le rapport porte sur cette séance.</translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>Remplacer les fichiers existants?</translation>
    </message>
    <message>
        <source>Same as the session (%1)</source>
        <translation>Celle de la séance (%1)</translation>
    </message>
    <message>
        <source>The sessions this one follows, found: %1</source>
        <translation>Les séances auxquelles celle-ci fait suite, trouvées : %1</translation>
    </message>
    <message>
        <source>Replace them with the new export?</source>
        <translation>Les remplacer par la nouvelle exportation?</translation>
    </message>
    <message>
        <source>The démarche's report is written in “%1”.</source>
        <translation>Le rapport de la démarche est écrit dans « %1 ».</translation>
    </message>
    <message>
        <source>Nothing was exported: the existing files are kept.</source>
        <translation>Rien n'a été exporté : les fichiers existants sont conservés.</translation>
    </message>
    <message>
        <source>Writing the %1 file…</source>
        <translation>Écriture du fichier %1…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L'exportation a échoué : %1</translation>
    </message>
    <message>
        <source>This session follows “%1”, whose file was not found: the report will hold this session alone.</source>
        <translation>Cette séance fait suite à « %1 », dont le fichier est introuvable : le rapport portera sur cette séance seule.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; choose another one.</source>
        <translation>Le dossier « %1 » n'existe pas; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>These files are already in “%1”:</source>
        <translation>Ces fichiers sont déjà dans « %1 » :</translation>
    </message>
</context>
</TS>

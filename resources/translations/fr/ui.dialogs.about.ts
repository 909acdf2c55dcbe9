<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.dialogs.about</name>
    <message>
        <source>About Facilitateur</source>
        <translation>À propos de Facilitateur</translation>
    </message>
    <message>
        <source>This session's folder</source>
        <translation>Dossier de cette séance</translation>
    </message>
    <message>
        <source>New sessions</source>
        <translation>Nouvelles séances</translation>
    </message>
    <message>
        <source>Automatic snapshots</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the folder: %1</source>
        <translation>Afficher le dossier : %1</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>The seven roles in support of systems change and the way of acting come from Communagir's reference frame, adapted from Sinha &amp;amp; Draimin (2016), &lt;i&gt;Mapping momentum&lt;/i&gt;.</source>
        <translation>Les sept rôles en soutien au changement systémique et la manière d'agir viennent du cadre de référence de Communagir, adapté de Sinha &amp;amp; Draimin (2016), &lt;i&gt;Mapping momentum&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Fonts of the PDF minutes: DejaVu (Bitstream Vera licence and public domain changes) and Symbola (free use, by George Douros); their licences travel with the app.</source>
        <translation>Polices des procès-verbaux PDF : DejaVu (licence Bitstream Vera, modifications dans le domaine public) et Symbola (usage libre, de George Douros); leurs licences accompagnent l'application.</translation>
    </message>
    <message>
        <source>Icons: Font Awesome (SIL Open Font Licence), through QtAwesome.</source>
        <translation>Icônes : Font Awesome (licence SIL Open Font), par QtAwesome.</translation>
    </message>
</context>
</TS>

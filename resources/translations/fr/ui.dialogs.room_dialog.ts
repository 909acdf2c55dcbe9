<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.dialogs.room_dialog</name>
    <message>
        <source>Open the room to phones</source>
        <translation>Ouvrir la salle aux téléphones</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Adresse réseau</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>&amp;Open the room</source>
        <translation>&amp;Ouvrir la salle</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Phones must be on the same network as this laptop: the venue's Wi-Fi, a travel router, or this laptop's hotspot. Nothing listens until you open the room.</source>
        <translation>Les téléphones doivent être sur le même réseau que cet ordinateur : le Wi-Fi de la salle, un routeur de voyage ou le point d'accès de cet ordinateur. Rien n'écoute tant que la salle n'est pas ouverte.</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>La salle</translation>
    </message>
    <message>
        <source>Live count</source>
        <translation>Décompte en direct</translation>
    </message>
    <message>
        <source>Show the &amp;QR code in the room</source>
        <translation>Montrer le code &amp;QR dans la salle</translation>
    </message>
    <message>
        <source>&amp;Lock the room (new code)</source>
        <translation>Verrouiller la salle (&amp;nouveau code)</translation>
    </message>
    <message>
        <source>The old code stops working for new phones; phones already joined keep working.</source>
        <translation>L'ancien code ne fonctionne plus pour les nouveaux téléphones ; ceux qui sont déjà connectés continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Pa&amp;use submissions</source>
        <translation>&amp;Suspendre les envois</translation>
    </message>
    <message>
        <source>&amp;Ideas from phones wait for my approval</source>
        <translation>Les &amp;idées des téléphones attendent mon approbation</translation>
    </message>
    <message>
        <source>Table of the laptop</source>
        <translation>Table de l'ordinateur</translation>
    </message>
    <message>
        <source>Code for a &amp;table's laptop</source>
        <translation>Code pour l'ordinateur d'une &amp;table</translation>
    </message>
    <message>
        <source>Another laptop opens this address to capture ideas; they arrive tagged with the table chosen</source>
        <translation>Un autre ordinateur ouvre cette adresse pour saisir des idées ; elles arrivent marquées de la table choisie</translation>
    </message>
    <message>
        <source>Devices joined</source>
        <translation>Appareils connectés</translation>
    </message>
    <message>
        <source>&amp;Remove the device</source>
        <translation>&amp;Retirer l'appareil</translation>
    </message>
    <message>
        <source>Ideas waiting for approval</source>
        <translation>Idées en attente d'approbation</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>Approu&amp;ver</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ref&amp;user</translation>
    </message>
    <message>
        <source>No table</source>
        <translation>Aucune table</translation>
    </message>
    <message>
        <source>&amp;Close the room</source>
        <translation>&amp;Fermer la salle</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>La salle est fermée.</translation>
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
        <source>laptop (capture)</source>
        <translation>ordinateur (saisie)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>%1 ballot</source>
        <translation>%1 bulletin</translation>
    </message>
    <message>
        <source>%1 ballots</source>
        <translation>%1 bulletins</translation>
    </message>
    <message>
        <source>Ideas waiting for approval (%1)</source>
        <translation>Idées en attente d'approbation (%1)</translation>
    </message>
    <message>
        <source>This laptop only (to try the page) — %1</source>
        <translation>Cet ordinateur seulement (pour essayer la page) — %1</translation>
    </message>
    <message>
        <source>joined at %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
</context>
</TS>

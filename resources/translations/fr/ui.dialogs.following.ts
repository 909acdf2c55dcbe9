<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.dialogs.following</name>
    <message>
        <source>New session following…</source>
        <translation>Nouvelle séance à la suite de…</translation>
    </message>
    <message>
        <source>&amp;Previous session</source>
        <translation>Séance &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Create the session</source>
        <translation>Créer la séance</translation>
    </message>
    <message>
        <source>Previous session</source>
        <translation>Séance précédente</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>What carries over</source>
        <translation>Ce qui est repris</translation>
    </message>
    <message>
        <source>The previous session's file is only read, never changed; the new session keeps a link to it.</source>
        <translation>Le fichier de la séance précédente est seulement lu, jamais modifié; la nouvelle séance garde un lien vers elle.</translation>
    </message>
    <message>
        <source>The session this one follows</source>
        <translation>La séance à laquelle celle-ci fait suite</translation>
    </message>
    <message>
        <source>Facilitateur sessions (*.atelier)</source>
        <translation>Séances Facilitateur (*.atelier)</translation>
    </message>
    <message>
        <source>Choose the session this one follows.</source>
        <translation>Choisissez la séance à laquelle celle-ci fait suite.</translation>
    </message>
</context>
</TS>

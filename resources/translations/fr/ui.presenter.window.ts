<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.presenter.window</name>
    <message>
        <source>Session title</source>
        <translation>Titre de la séance</translation>
    </message>
    <message>
        <source>Facilitateur — Room view</source>
        <translation>Facilitateur — Vue salle</translation>
    </message>
</context>
</TS>

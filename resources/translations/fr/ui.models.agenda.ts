<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.models.agenda</name>
    <message>
        <source>current item</source>
        <translation>point en cours</translation>
    </message>
    <message>
        <source>Ends after the planned end of the session</source>
        <translation>Se termine après la fin prévue de la séance</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>The session's evaluation (More › Session evaluation…)</source>
        <translation>L'évaluation de la séance (Plus › Évaluation de la séance…)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.capture</name>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge into the earlier idea: one text, the new one kept in its history (Ctrl+Shift+J)</source>
        <translation>Fusionner dans l'idée précédente : un seul texte, la nouvelle gardée dans son historique (Ctrl+Maj+J)</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Keep the two ideas (Escape in the capture field)</source>
        <translation>Garder les deux idées (Échap dans le champ de saisie)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.presenter.agenda_view</name>
    <message>
        <source>Agenda and timer</source>
        <translation>Ordre du jour et minuterie</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Dernier point</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>End of the agenda. Thank you!</source>
        <translation>Fin de l'ordre du jour. Merci!</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Point %1 sur %2</translation>
    </message>
</context>
</TS>

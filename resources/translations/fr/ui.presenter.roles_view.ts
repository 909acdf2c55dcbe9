<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.presenter.roles_view</name>
    <message>
        <source>Role map (wheel or heat map)</source>
        <translation>Carte des rôles (roue ou carte de chaleur)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <source>desired</source>
        <translation>souhaité</translation>
    </message>
    <message>
        <source>for “%1”</source>
        <translation>pour « %1 »</translation>
    </message>
</context>
</TS>

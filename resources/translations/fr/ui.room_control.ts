<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.room_control</name>
    <message>
        <source>Approve ideas from the room</source>
        <translation>Approuver des idées reçues de la salle</translation>
    </message>
    <message>
        <source>Reject ideas from the room</source>
        <translation>Refuser des idées reçues de la salle</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.date_field</name>
    <message>
        <source>Type a date (2027-06-30, 30/06/2027, 30 juin 2027) or pick it in the calendar (Alt+↓); empty: no date</source>
        <translation>Tapez une date (2027-06-30, 30/06/2027, 30 juin 2027) ou choisissez-la dans le calendrier (Alt+↓); vide : sans date</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>Calendar (Alt+↓)</source>
        <translation>Calendrier (Alt+↓)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Not a date: type 2027-06-30, 30/06/2027 or 30 juin 2027</source>
        <translation>Ce n'est pas une date : tapez 2027-06-30, 30/06/2027 ou 30 juin 2027</translation>
    </message>
</context>
</TS>

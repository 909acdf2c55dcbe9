<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.pages.decisions</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
</context>
</TS>

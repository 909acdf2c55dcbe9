<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.timer</name>
    <message>
        <source>Timer</source>
        <translation>Minuterie</translation>
    </message>
</context>
</TS>

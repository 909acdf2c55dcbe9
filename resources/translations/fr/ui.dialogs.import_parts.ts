<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.dialogs.import_parts</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
</TS>

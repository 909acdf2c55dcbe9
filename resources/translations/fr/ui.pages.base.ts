<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.pages.base</name>
    <message>
        <source>The “%1” page comes in a later version of Facilitateur.</source>
        <translation>La page « %1 » viendra dans une prochaine version de Facilitateur.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.presenter.screens</name>
    <message>
        <source>Automatic (the second screen when there is one)</source>
        <translation>Automatique (le deuxième écran s'il y en a un)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.presenter.join_view</name>
    <message>
        <source>Join from a phone (QR code)</source>
        <translation>Rejoindre depuis un téléphone (code QR)</translation>
    </message>
    <message>
        <source>QR code to join the room</source>
        <translation>Code QR pour rejoindre la salle</translation>
    </message>
    <message>
        <source>No address yet: the room is not open</source>
        <translation>Pas encore d'adresse : la salle n'est pas ouverte</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Rejoignez la séance avec votre téléphone</translation>
    </message>
    <message>
        <source>Scan the code, or type the address in the browser. Stay on the room's Wi-Fi (mobile data off).</source>
        <translation>Balayez le code, ou tapez l'adresse dans le navigateur. Restez sur le Wi-Fi de la salle (données mobiles coupées).</translation>
    </message>
    <message>
        <source>The room is not open</source>
        <translation>La salle n'est pas ouverte</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Ouvre %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.pages.session</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Start time</source>
        <translation>&amp;Heure de début</translation>
    </message>
    <message>
        <source>Pl&amp;anned end</source>
        <translation>Fin pré&amp;vue</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>Lie&amp;u</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Facil&amp;itators</source>
        <translation>Ani&amp;mation</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes</source>
        <translation>&amp;Langue du procès-verbal</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Open the &amp;room to phones…</source>
        <translation>Ouvrir la salle au&amp;x téléphones…</translation>
    </message>
    <message>
        <source>Participants send ideas and vote from their phones, over the room's network, with no internet</source>
        <translation>Les participants envoient des idées et votent depuis leur téléphone, par le réseau de la salle, sans Internet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Date pas encore fixée</translation>
    </message>
    <message>
        <source>No planned end</source>
        <translation>Pas d'heure de fin prévue</translation>
    </message>
    <message>
        <source>e.g. MRC council, network, ministry</source>
        <translation>p. ex. conseil de la MRC, réseau, ministère</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Noms séparés par des virgules</translation>
    </message>
    <message>
        <source>Never show who proposed an idea to the room</source>
        <translation>Ne jamais montrer à la salle qui a proposé une idée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.start_screen</name>
    <message>
        <source>Facilitateur</source>
        <translation>Facilitateur</translation>
    </message>
    <message>
        <source>Plan, run and report on co-construction sessions.</source>
        <translation>Planifier, animer et rendre compte des séances de coconstruction.</translation>
    </message>
    <message>
        <source>&amp;New blank session</source>
        <translation>&amp;Nouvelle séance vierge</translation>
    </message>
    <message>
        <source>New session follo&amp;wing…</source>
        <translation>Nouvelle séance à la &amp;suite de…</translation>
    </message>
    <message>
        <source>A session that carries over the participants, actors, open actions, items not reached and decision numbering of a previous one</source>
        <translation>Une séance qui reprend d'une séance précédente les participants, les acteurs, les actions ouvertes, les points non atteints et la numérotation des décisions</translation>
    </message>
    <message>
        <source>&amp;Open a session…</source>
        <translation>&amp;Ouvrir une séance…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Enter or double-click: a new session from this template</source>
        <translation>Entrée ou double-clic : une nouvelle séance à partir de ce modèle</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <source>New session from a template</source>
        <translation>Nouvelle séance à partir d'un modèle</translation>
    </message>
    <message>
        <source>No recent session yet: start a new one, or open the demo to see a session filled in.</source>
        <translation>Aucune séance récente : commencez-en une nouvelle, ou ouvrez la démo pour voir une séance remplie.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
</TS>

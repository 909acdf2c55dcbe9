<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.council_box</name>
    <message>
        <source>Council meeting (voices, population, quorum)</source>
        <translation>Séance du conseil (voix, population, quorum)</translation>
    </message>
    <message>
        <source>Tick when the session is a meeting of a council that decides by voices (an MRC council): the Décisions page then takes roll calls computed by its rule</source>
        <translation>Cochez si la séance est celle d'un conseil qui décide par voix (un conseil de MRC) : la page Décisions prend alors des votes nominaux calculés selon sa règle</translation>
    </message>
    <message>
        <source>Double majority (voices and population)</source>
        <translation>Double majorité (voix et population)</translation>
    </message>
    <message>
        <source>Simple majority of voices</source>
        <translation>Majorité simple des voix</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Règle de décision</translation>
    </message>
    <message>
        <source>Préfet</source>
        <translation>Préfet</translation>
    </message>
    <message>
        <source>The préfet breaks a tie with a casting vote</source>
        <translation>Le préfet tranche une égalité par son vote prépondérant</translation>
    </message>
    <message>
        <source>Préfet elected at large</source>
        <translation>Préfet élu au suffrage universel</translation>
    </message>
    <message>
        <source>Elected by universal suffrage: a decision is then negative only with both majorities against, otherwise the préfet decides (LAU, s. 201)</source>
        <translation>Élu au suffrage universel : une décision n'est alors négative qu'avec les deux majorités contre, sinon le préfet tranche (LAU, art. 201)</translation>
    </message>
    <message>
        <source>One third of the members holding half of the voices</source>
        <translation>Le tiers des membres représentant la moitié des voix</translation>
    </message>
    <message>
        <source>No quorum rule</source>
        <translation>Aucune règle de quorum</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Quorum now</source>
        <translation>Quorum actuel</translation>
    </message>
    <message>
        <source>Members are the participants with a number of voices; the population is that of their municipality.</source>
        <translation>Les membres sont les participants qui ont un nombre de voix; la population est celle de leur municipalité.</translation>
    </message>
    <message>
        <source>From a previous session…</source>
        <translation>À la suite d'une séance…</translation>
    </message>
    <message>
        <source>Take the members (municipality, voices, population, group) and the settings of the council from another session file</source>
        <translation>Reprendre les membres (municipalité, voix, population, groupe) et les réglages du conseil d'un autre fichier de séance</translation>
    </message>
    <message>
        <source>Quorum:</source>
        <translation>Quorum :</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle :</translation>
    </message>
    <message>
        <source>Préfet:</source>
        <translation>Préfet :</translation>
    </message>
    <message>
        <source>(no préfet)</source>
        <translation>(aucun préfet)</translation>
    </message>
    <message>
        <source>Council of a previous session</source>
        <translation>Conseil d'une séance précédente</translation>
    </message>
    <message>
        <source>Facilitateur sessions (*.atelier);;All files (*)</source>
        <translation>Séances Facilitateur (*.atelier);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 members added, %2 completed from %3.</source>
        <translation>%1 membres ajoutés, %2 complétés à partir de %3.</translation>
    </message>
</context>
</TS>

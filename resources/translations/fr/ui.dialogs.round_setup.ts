<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.dialogs.round_setup</name>
    <message>
        <source>Title of the round</source>
        <translation>Titre du tour</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>&amp;Idées</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;hèmes</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tous</translation>
    </message>
    <message>
        <source>One theme's ideas:</source>
        <translation>Les idées d'un thème :</translation>
    </message>
    <message>
        <source>A &amp;selection (tick them below)</source>
        <translation>Une &amp;sélection (cochez-les ci-dessous)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Points par personne</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Prendre la suggestion</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>Au &amp;plus</translation>
    </message>
    <message>
        <source>Most dots on one candidate</source>
        <translation>Maximum de points sur un même candidat</translation>
    </message>
    <message>
        <source>A&amp;nonymous: nobody is linked to their dots, not even in the session file</source>
        <translation>A&amp;nonyme : personne n'est associé à ses points, même pas dans le fichier de la séance</translation>
    </message>
    <message>
        <source>Na&amp;med: who placed which dots is recorded and shown to the facilitator (e.g. councillors)</source>
        <translation>No&amp;minatif : qui a placé quels points est enregistré et montré à l'animation (par exemple, les membres du conseil)</translation>
    </message>
    <message>
        <source>&amp;Hide the results from the room until I reveal them</source>
        <translation>&amp;Cacher les résultats à la salle jusqu'à ce que je les révèle</translation>
    </message>
    <message>
        <source>This round already has dots: what is voted on cannot change, and candidates holding dots cannot be removed.</source>
        <translation>Ce tour a déjà des points : l'objet du vote ne peut plus changer, et les candidats qui ont des points ne peuvent pas être retirés.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Vote on</source>
        <translation>Voter sur</translation>
    </message>
    <message>
        <source>&amp;Dots per person</source>
        <translation>&amp;Points par personne</translation>
    </message>
    <message>
        <source>On one candidate</source>
        <translation>Sur un même candidat</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>The &amp;top</source>
        <translation>Les &amp;premiers :</translation>
    </message>
    <message>
        <source>Every candidate with at &amp;least</source>
        <translation>Tous les candidats ayant au &amp;moins</translation>
    </message>
    <message>
        <source>Candidates of the runoff</source>
        <translation>Candidats du second tour</translation>
    </message>
    <message>
        <source>&amp;Title of the new round</source>
        <translation>&amp;Titre du nouveau tour</translation>
    </message>
    <message>
        <source>Create the runoff</source>
        <translation>Créer le second tour</translation>
    </message>
    <message>
        <source>New voting round</source>
        <translation>Nouveau tour de vote</translation>
    </message>
    <message>
        <source>Settings of the round</source>
        <translation>Réglages du tour</translation>
    </message>
    <message>
        <source>Create the round</source>
        <translation>Créer le tour</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>%1 candidate ticked</source>
        <translation>%1 candidat coché</translation>
    </message>
    <message>
        <source>%1 candidates ticked</source>
        <translation>%1 candidats cochés</translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation>Donnez un titre au tour.</translation>
    </message>
    <message>
        <source>Tick at least one candidate.</source>
        <translation>Cochez au moins un candidat.</translation>
    </message>
    <message>
        <source>%1 dot</source>
        <translation>%1 point</translation>
    </message>
    <message>
        <source>%1 dots</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>No candidate matches this choice.</source>
        <translation>Aucun candidat ne correspond à ce choix.</translation>
    </message>
    <message>
        <source>Choose at least one candidate for the runoff.</source>
        <translation>Choisissez au moins un candidat pour le second tour.</translation>
    </message>
    <message>
        <source>dots (leave unticked for no limit)</source>
        <translation>points (laissez décoché pour ne pas limiter)</translation>
    </message>
    <message>
        <source>Runoff from “%1”</source>
        <translation>Second tour à partir de « %1 »</translation>
    </message>
    <message>
        <source>ranks (ties at the cut are kept)</source>
        <translation>rangs (les ex æquo à la limite sont gardés)</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Suggested: %1 dot per person.</source>
        <translation>Suggestion : %1 point par personne.</translation>
    </message>
    <message>
        <source>Suggested: %1 dots per person.</source>
        <translation>Suggestion : %1 points par personne.</translation>
    </message>
    <message>
        <source>%1 candidate: %2</source>
        <translation>%1 candidat : %2</translation>
    </message>
    <message>
        <source>%1 candidates: %2</source>
        <translation>%1 candidats : %2</translation>
    </message>
</context>
</TS>

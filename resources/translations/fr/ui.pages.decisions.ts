<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.pages.decisions</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>Participants…</translation>
    </message>
    <message>
        <source>Mark who is present (Ctrl+2)</source>
        <translation>Noter qui est présent (Ctrl+2)</translation>
    </message>
    <message>
        <source>Numbering pattern</source>
        <translation>Modèle de numérotation</translation>
    </message>
    <message>
        <source>{yyyy} {yy} {mm} {dd}: the session's date; {nnn}: the running number with as many digits as there are n. Saved when you leave the field.</source>
        <translation>{yyyy} {yy} {mm} {dd} : la date de la séance; {nnn} : le numéro courant, avec autant de chiffres que de n. Enregistré quand vous quittez le champ.</translation>
    </message>
    <message>
        <source>&amp;Numbering:</source>
        <translation>&amp;Numérotation :</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>Add a decision with the next number (Ctrl+Shift+D)</source>
        <translation>Ajouter une décision avec le numéro suivant (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected decision (Delete)</source>
        <translation>Retirer la décision choisie (Suppr)</translation>
    </message>
    <message>
        <source>Made from the numbering pattern; you may type another one, as long as no other decision has it</source>
        <translation>Tiré de la numérotation; vous pouvez en taper un autre, s'il n'appartient à aucune autre décision</translation>
    </message>
    <message>
        <source>What is resolved, e.g. “to adopt the agenda as presented.”</source>
        <translation>Ce qui est résolu, p. ex. « d'adopter l'ordre du jour tel que présenté. »</translation>
    </message>
    <message>
        <source>In the minutes</source>
        <translation>Au procès-verbal</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>No decision yet. Ctrl+Shift+D adds one with the next number.</source>
        <translation>Aucune décision pour l'instant. Ctrl+Maj+D en ajoute une avec le numéro suivant.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>New action: what is to be done</source>
        <translation>Nouvelle action : ce qu'il faut faire</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Who (optional)</source>
        <translation>Qui (facultatif)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the action (Enter); Ctrl+Shift+A goes to these fields</source>
        <translation>Ajouter l'action (Entrée); Ctrl+Maj+A mène à ces champs</translation>
    </message>
    <message>
        <source>New action from an idea…</source>
        <translation>Nouvelle action à partir d'une idée…</translation>
    </message>
    <message>
        <source>Pick an idea, top-ranked first (Ctrl+Shift+I)</source>
        <translation>Choisir une idée, les mieux classées d'abord (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete)</source>
        <translation>Retirer l'action choisie (Suppr)</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui s'en charge</translation>
    </message>
    <message>
        <source>Quorum now</source>
        <translation>Quorum actuel</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Vote nominal</translation>
    </message>
    <message>
        <source>Fo&amp;r</source>
        <translation>P&amp;our</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>&amp;Contre</translation>
    </message>
    <message>
        <source>A&amp;bstentions</source>
        <translation>A&amp;bstentions</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>Numé&amp;ro</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>&amp;Moved by</source>
        <translation>Propo&amp;sé par</translation>
    </message>
    <message>
        <source>&amp;Seconded by</source>
        <translation>Appu&amp;yé par</translation>
    </message>
    <message>
        <source>In the minutes (French):</source>
        <translation>Au procès-verbal (en français) :</translation>
    </message>
    <message>
        <source>In the minutes (English):</source>
        <translation>Au procès-verbal (en anglais) :</translation>
    </message>
    <message>
        <source>Computed by the council's rule from the roll call</source>
        <translation>Calculé selon la règle du conseil à partir du vote nominal</translation>
    </message>
    <message>
        <source>The due date is not a date: type 2027-06-30, 30/06/2027 or 30 juin 2027.</source>
        <translation>L'échéance n'est pas une date : tapez 2027-06-30, 30/06/2027 ou 30 juin 2027.</translation>
    </message>
    <message>
        <source>No ideas yet: gather some on the Ideas page (Ctrl+4).</source>
        <translation>Aucune idée pour l'instant : recueillez-en à la page Idées (Ctrl+4).</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>prochain : %1</translation>
    </message>
    <message>
        <source>No participant is named “%1”; pick a name from the list or add the person on the Participants page (Ctrl+2).</source>
        <translation>Aucun participant ne s'appelle « %1 »; choisissez un nom dans la liste ou ajoutez la personne à la page Participants (Ctrl+2).</translation>
    </message>
    <message>
        <source>Present: %1 of %2 registered</source>
        <comment>one</comment>
        <translation>Présents : %1 sur %2 inscrit</translation>
    </message>
    <message>
        <source>Present: %1 of %2 registered</source>
        <translation>Présents : %1 sur %2 inscrits</translation>
    </message>
    <message>
        <source>Actions: %1; done: %2</source>
        <translation>Actions : %1; faites : %2</translation>
    </message>
</context>
</TS>

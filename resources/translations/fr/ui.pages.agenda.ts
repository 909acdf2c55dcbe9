<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.pages.agenda</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>The actual times already recorded are kept: time spent again on an item is added to its time (to start afresh, clear them first with More › Clear the actual times).</source>
        <translation>Les durées réelles déjà enregistrées sont gardées : le temps passé de nouveau sur un point s'ajoute à sa durée (pour repartir à zéro, effacez-les d'abord avec Plus › Effacer les durées réelles).</translation>
    </message>
    <message>
        <source>Title of a new item, then Enter</source>
        <translation>Titre d'un nouveau point, puis Entrée</translation>
    </message>
    <message>
        <source>New item's title</source>
        <translation>Titre du nouveau point</translation>
    </message>
    <message>
        <source>Title of a new item, then Enter (Ctrl+Shift+N comes back here)</source>
        <translation>Titre d'un nouveau point, puis Entrée (Ctrl+Maj+N ramène ici)</translation>
    </message>
    <message>
        <source>New item's length in minutes</source>
        <translation>Durée du nouveau point en minutes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the item at the end of the agenda (Enter)</source>
        <translation>Ajouter le point à la fin de l'ordre du jour (Entrée)</translation>
    </message>
    <message>
        <source>Run live</source>
        <translation>Animer</translation>
    </message>
    <message>
        <source>« Animer »: run the agenda live with a timer (F6)</source>
        <translation>Animer : dérouler l'ordre du jour en direct avec une minuterie (F6)</translation>
    </message>
    <message>
        <source>Back to the live console</source>
        <translation>Retour à la console d'animation</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l'ordre du jour</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down. Enter edits.</source>
        <translation>Glissez pour réordonner, ou Alt+Haut / Alt+Bas. Entrée pour modifier.</translation>
    </message>
    <message>
        <source>Duplicate (Ctrl+D)</source>
        <translation>Dupliquer (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete (Delete)</source>
        <translation>Supprimer (Suppr)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>A one-page PDF of the agenda with its times, for the walls or the participants (Ctrl+P)</source>
        <translation>L'ordre du jour avec ses heures sur une page PDF, pour les murs ou les participants (Ctrl+P)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Templates of agenda items, screen for the room view</source>
        <translation>Modèles de points, écran de la vue salle</translation>
    </message>
    <message>
        <source>Save as my template…</source>
        <translation>Enregistrer comme mon modèle…</translation>
    </message>
    <message>
        <source>Add items from a template…</source>
        <translation>Ajouter des points d'un modèle…</translation>
    </message>
    <message>
        <source>Clear the actual times</source>
        <translation>Effacer les durées réelles</translation>
    </message>
    <message>
        <source>Forget the times recorded by the live runs (e.g. after a rehearsal); Ctrl+Z brings them back</source>
        <translation>Oublier les durées enregistrées pendant l'animation (p. ex. après une répétition) ; Ctrl+Z les ramène</translation>
    </message>
    <message>
        <source>Screen for the room view</source>
        <translation>Écran de la vue salle</translation>
    </message>
    <message>
        <source>Session evaluation…</source>
        <translation>Évaluation de la séance…</translation>
    </message>
    <message>
        <source>Record the group's scores (1 to 5) and what to keep or change: in the minutes</source>
        <translation>Consigner les notes du groupe (1 à 5) et ce qu'il faut garder ou changer : dans le procès-verbal</translation>
    </message>
    <message>
        <source>This item is the session's evaluation</source>
        <translation>Ce point est l'évaluation de la séance</translation>
    </message>
    <message>
        <source>Live run: end of the agenda reached.</source>
        <translation>Animation : fin de l'ordre du jour atteinte.</translation>
    </message>
    <message>
        <source>Run live again</source>
        <translation>Animer de nouveau</translation>
    </message>
    <message>
        <source>Actual times cleared (Ctrl+Z to undo)</source>
        <translation>Durées réelles effacées (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>no start time: set it on the Session page to see clock times</source>
        <translation>pas d'heure de début : indiquez-la à la page Séance pour voir les heures</translation>
    </message>
    <message>
        <source>Print the agenda</source>
        <translation>Imprimer l'ordre du jour</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as my template</source>
        <translation>Enregistrer comme mon modèle</translation>
    </message>
    <message>
        <source>Name of the template (it will be offered for new sessions):</source>
        <translation>Nom du modèle (il sera proposé pour les nouvelles séances) :</translation>
    </message>
    <message>
        <source>Add items from a template</source>
        <translation>Ajouter des points d'un modèle</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Live console</source>
        <translation>Console d'animation</translation>
    </message>
    <message>
        <source>End the run</source>
        <translation>Terminer l'animation</translation>
    </message>
    <message>
        <source>End the live run? The actual times stay recorded in the session.</source>
        <translation>Terminer l'animation? Les durées réelles restent enregistrées dans la séance.</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>“%1” deleted (Ctrl+Z to undo)</source>
        <translation>« %1 » supprimé (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>Agenda saved: %1</source>
        <translation>Ordre du jour enregistré : %1</translation>
    </message>
    <message>
        <source>Template “%1” saved: it is offered when you create a new session</source>
        <translation>Modèle « %1 » enregistré : il est proposé à la création d'une séance</translation>
    </message>
    <message>
        <source>No template was found.</source>
        <translation>Aucun modèle trouvé.</translation>
    </message>
    <message>
        <source>Add items to the agenda before running it.</source>
        <translation>Ajoutez des points à l'ordre du jour avant de l'animer.</translation>
    </message>
    <message>
        <source>Continue the last run at %1?</source>
        <translation>Continuer la dernière animation avec %1 ?</translation>
    </message>
    <message>
        <source>The last run went to the end of the agenda.</source>
        <translation>La dernière animation est allée jusqu'au bout de l'ordre du jour.</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>-agenda</source>
        <translation>-ordre-du-jour</translation>
    </message>
    <message>
        <source>Run it again from the selected item, %1?</source>
        <translation>L'animer de nouveau à partir du point sélectionné, %1 ?</translation>
    </message>
    <message>
        <source>planned end %1</source>
        <translation>fin prévue %1</translation>
    </message>
    <message>
        <source>item %1, “%2”</source>
        <translation>le point %1, « %2 »</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>⚠ The agenda runs %1 past the planned end (%2): shorten or remove items before the day.</source>
        <translation>⚠ L'ordre du jour dépasse de %1 la fin prévue (%2) : raccourcissez ou retirez des points avant la séance.</translation>
    </message>
    <message>
        <source>Yes: continue there.</source>
        <translation>Oui : reprendre à ce point.</translation>
    </message>
    <message>
        <source>No: start at the selected item, %1.</source>
        <translation>Non : commencer au point sélectionné, %1.</translation>
    </message>
    <message>
        <source>Live run in progress: item %1, “%2” (%3)</source>
        <translation>Animation en cours : point %1, « %2 » (%3)</translation>
    </message>
    <message>
        <source>The last run stopped at %1.</source>
        <translation>La dernière animation s'est arrêtée sur %1.</translation>
    </message>
</context>
</TS>

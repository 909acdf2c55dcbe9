<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.widgets.run_console</name>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Back to the plan; the run goes on (F6 returns)</source>
        <translation>Retour à la planification; l'animation continue (F6 pour revenir)</translation>
    </message>
    <message>
        <source>Schedule shift</source>
        <translation>Décalage de l'horaire</translation>
    </message>
    <message>
        <source>Show in the room</source>
        <translation>Montrer à la salle</translation>
    </message>
    <message>
        <source>Show the current item and the timer on the projector (room view)</source>
        <translation>Afficher le point en cours et la minuterie au projecteur (vue salle)</translation>
    </message>
    <message>
        <source>Screen for the room view</source>
        <translation>Écran de la vue salle</translation>
    </message>
    <message>
        <source>Sound at zero</source>
        <translation>Son à zéro</translation>
    </message>
    <message>
        <source>A discreet sound when an item's time is up</source>
        <translation>Un son discret quand le temps d'un point est écoulé</translation>
    </message>
    <message>
        <source>End the run</source>
        <translation>Terminer l'animation</translation>
    </message>
    <message>
        <source>Stop the live run; the actual times stay recorded</source>
        <translation>Arrêter l'animation; les durées réelles restent enregistrées</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous item (P)</source>
        <translation>Point précédent (P)</translation>
    </message>
    <message>
        <source>Pause or resume the timer (Space)</source>
        <translation>Mettre en pause ou reprendre la minuterie (Espace)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next item (N)</source>
        <translation>Point suivant (N)</translation>
    </message>
    <message>
        <source>One more minute for this item (+)</source>
        <translation>Une minute de plus pour ce point (+)</translation>
    </message>
    <message>
        <source>Five more minutes for this item (Ctrl++)</source>
        <translation>Cinq minutes de plus pour ce point (Ctrl++)</translation>
    </message>
    <message>
        <source>Notes for you (never shown to the room)</source>
        <translation>Vos notes (jamais montrées à la salle)</translation>
    </message>
    <message>
        <source>Enter or double-click: go to this item</source>
        <translation>Entrée ou double-clic : aller à ce point</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l'ordre du jour</translation>
    </message>
    <message>
        <source>Pause or resume the timer</source>
        <translation>Mettre en pause ou reprendre la minuterie</translation>
    </message>
    <message>
        <source>Record the evaluation…</source>
        <translation>Consigner l'évaluation…</translation>
    </message>
    <message>
        <source>The group's scores (1 to 5) and what to keep or change: in the minutes</source>
        <translation>Les notes du groupe (1 à 5) et ce qu'il faut garder ou changer : dans le procès-verbal</translation>
    </message>
    <message>
        <source>End of the agenda</source>
        <translation>Fin de l'ordre du jour</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>The only item is done</source>
        <translation>Le seul point est terminé</translation>
    </message>
    <message>
        <source>All %1 items done</source>
        <translation>Les %1 points sont terminés</translation>
    </message>
    <message>
        <source>Last item of the agenda</source>
        <translation>Dernier point de l'ordre du jour</translation>
    </message>
    <message>
        <source>Expected end %1</source>
        <translation>Fin estimée %1</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Point %1 sur %2</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>prévu %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode : %1</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>Ensuite : %1 (%2)</translation>
    </message>
    <message>
        <source>Materials: %1</source>
        <translation>Matériel : %1</translation>
    </message>
</context>
</TS>

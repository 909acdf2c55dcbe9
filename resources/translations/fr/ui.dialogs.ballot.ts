<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.dialogs.ballot</name>
    <message>
        <source>Each person in turn places their dots, confirms, then passes the computer on. Nobody sees the earlier ballots.</source>
        <translation>Chaque personne, à tour de rôle, place ses points, confirme, puis passe l'ordinateur à la suivante. Personne ne voit les bulletins précédents.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Start my ballot</source>
        <translation>Commencer mon bulletin</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Finish ballots</source>
        <translation>Terminer les bulletins</translation>
    </message>
    <message>
        <source>For the facilitator: back to the console (Esc)</source>
        <translation>Pour l'animation : retour à la console (Échap)</translation>
    </message>
    <message>
        <source>Keys: ↑ ↓ choose a candidate · + or → adds a dot · − or ← removes one · a digit sets the number · Ctrl+Enter confirms</source>
        <translation>Touches : ↑ ↓ choisir un candidat · + ou → ajoute un point · − ou ← en retire un · un chiffre fixe le nombre · Ctrl+Entrée confirme</translation>
    </message>
    <message>
        <source>Your dots</source>
        <translation>Vos points</translation>
    </message>
    <message>
        <source>Why the ballot was not recorded</source>
        <translation>Pourquoi le bulletin n'a pas été enregistré</translation>
    </message>
    <message>
        <source>Your dots, and why a dot was not placed</source>
        <translation>Vos points, et pourquoi un point n'a pas été placé</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Remove all your dots (Ctrl+Backspace)</source>
        <translation>Retirer tous vos points (Ctrl+Retour arrière)</translation>
    </message>
    <message>
        <source>Cancel this ballot</source>
        <translation>Annuler ce bulletin</translation>
    </message>
    <message>
        <source>Nothing is recorded (Esc)</source>
        <translation>Rien n'est enregistré (Échap)</translation>
    </message>
    <message>
        <source>Confirm my ballot</source>
        <translation>Confirmer mon bulletin</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Ballot recorded. Thank you! Please pass the computer to the next person.</source>
        <translation>Bulletin enregistré. Merci! Passez l'ordinateur à la personne suivante.</translation>
    </message>
    <message>
        <source>Leave the ballots and go back to the console?</source>
        <translation>Quitter les bulletins et revenir à la console?</translation>
    </message>
    <message>
        <source>&amp;Who voted?</source>
        <translation>&amp;Qui a voté?</translation>
    </message>
    <message>
        <source>Dots of this person</source>
        <translation>Points de cette personne</translation>
    </message>
    <message>
        <source>Save this ballot</source>
        <translation>Enregistrer ce bulletin</translation>
    </message>
    <message>
        <source>Ctrl+Enter; then the next person without a ballot</source>
        <translation>Ctrl+Entrée; passe ensuite à la prochaine personne sans bulletin</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove this person's dots from the form (saving then removes their ballot)</source>
        <translation>Retirer les points de cette personne du formulaire (enregistrer supprime alors son bulletin)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This round is anonymous: the ballot is added to the totals and is not linked to anyone, not even in the session file.</source>
        <translation>Ce tour est anonyme : le bulletin est ajouté aux totaux et n'est associé à personne, même pas dans le fichier de la séance.</translation>
    </message>
    <message>
        <source>Who is voting? Type your name, then Enter.</source>
        <translation>Qui vote? Tapez votre nom, puis Entrée.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Marquer présent</translation>
    </message>
    <message>
        <source>For the facilitator: this person is in the room after all</source>
        <translation>Pour l'animateur : cette personne est bien dans la salle</translation>
    </message>
    <message>
        <source>You have 1 dot.</source>
        <translation>Vous avez 1 point.</translation>
    </message>
    <message>
        <source>You have %1 dots.</source>
        <translation>Vous avez %1 points.</translation>
    </message>
    <message>
        <source>Place your dots</source>
        <translation>Placez vos points</translation>
    </message>
    <message>
        <source>Confirm my ballot (%1 dot)</source>
        <translation>Confirmer mon bulletin (%1 point)</translation>
    </message>
    <message>
        <source>Confirm my ballot (%1 dots)</source>
        <translation>Confirmer mon bulletin (%1 points)</translation>
    </message>
    <message>
        <source>Choose a person, type their dots (digits, Tab or Enter to the next candidate), then Ctrl+Enter.</source>
        <translation>Choisissez une personne, entrez ses points (chiffres, Tab ou Entrée pour passer au candidat suivant), puis Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>%1 dot per person</source>
        <translation>%1 point par personne</translation>
    </message>
    <message>
        <source>%1 dots per person</source>
        <translation>%1 points par personne</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Choisissez une personne</translation>
    </message>
    <message>
        <source>Choose who voted first.</source>
        <translation>Choisissez d'abord qui a voté.</translation>
    </message>
    <message>
        <source>Ballots at the laptop — %1</source>
        <translation>Bulletins à l'ordinateur — %1</translation>
    </message>
    <message>
        <source>This round is anonymous: your name only keeps anyone from voting twice; your dots are added to the totals and never linked to you, not even in the session file.</source>
        <translation>Ce tour est anonyme : votre nom sert seulement à éviter qu'une personne vote deux fois; vos points s'ajoutent aux totaux et ne sont jamais liés à vous, même pas dans le fichier de la séance.</translation>
    </message>
    <message>
        <source>Ballots recorded since this screen opened: %1</source>
        <translation>Bulletins enregistrés depuis l'ouverture de cet écran : %1</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Choisissez d'abord votre nom dans la liste.</translation>
    </message>
    <message>
        <source>You already have a ballot in this round: confirming replaces it.</source>
        <translation>Vous avez déjà un bulletin dans ce tour : confirmer le remplace.</translation>
    </message>
    <message>
        <source>Named ballots — %1</source>
        <translation>Bulletins nominatifs — %1</translation>
    </message>
    <message>
        <source>Ballot of %1</source>
        <translation>Bulletin de %1</translation>
    </message>
    <message>
        <source>At most %1 on one candidate.</source>
        <translation>Au plus %1 sur un même candidat.</translation>
    </message>
    <message>
        <source>%1 is marked absent, so not on this list.</source>
        <translation>%1 est marqué absent, donc pas sur cette liste.</translation>
    </message>
    <message>
        <source>%1, place your dots</source>
        <translation>%1, placez vos points</translation>
    </message>
    <message>
        <source>at most %1 on one candidate</source>
        <translation>au plus %1 sur un même candidat</translation>
    </message>
    <message>
        <source>%1 dot placed of %2</source>
        <translation>%1 point placé sur %2</translation>
    </message>
    <message>
        <source>%1 dots placed of %2</source>
        <translation>%1 points placés sur %2</translation>
    </message>
    <message>
        <source>Saved: %1's ballot.</source>
        <translation>Enregistré : le bulletin de %1.</translation>
    </message>
    <message>
        <source>Removed: %1's ballot.</source>
        <translation>Retiré : le bulletin de %1.</translation>
    </message>
    <message>
        <source>has voted</source>
        <translation>a voté</translation>
    </message>
    <message>
        <source>%1 has already voted in this round.</source>
        <translation>%1 a déjà voté dans ce tour.</translation>
    </message>
</context>
</TS>

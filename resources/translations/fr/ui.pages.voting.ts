<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>ui.pages.voting</name>
    <message>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Voting rounds</source>
        <translation>Tours de vote</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Nouveau tour…</translation>
    </message>
    <message>
        <source>Set up a new voting round (Ctrl+Shift+N)</source>
        <translation>Préparer un nouveau tour de vote (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Runoff…</source>
        <translation>Second tour…</translation>
    </message>
    <message>
        <source>A new round from the top, a threshold or a selection of a closed round (Ctrl+Shift+T)</source>
        <translation>Un nouveau tour à partir des premiers, d'un seuil ou d'une sélection d'un tour fermé (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this round and its dots (Delete; Ctrl+Z brings it back)</source>
        <translation>Retirer ce tour et ses points (Suppr; Ctrl+Z le ramène)</translation>
    </message>
    <message>
        <source>No voting round yet</source>
        <translation>Aucun tour de vote pour l'instant</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Title, candidates, dots, cap, anonymity (Ctrl+E)</source>
        <translation>Titre, candidats, points, maximum, anonymat (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show in the room</source>
        <translation>Montrer à la salle</translation>
    </message>
    <message>
        <source>Put this round's results view on the projector; it stays « hidden » until you reveal (Ctrl+Shift+P)</source>
        <translation>Afficher la vue des résultats de ce tour au projecteur; elle reste « cachée » jusqu'à ce que vous révéliez (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Paper &amp;dots</source>
        <translation>P&amp;oints sur papier</translation>
    </message>
    <message>
        <source>&amp;Ballots</source>
        <translation>&amp;Bulletins</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>&amp;Compare rounds</source>
        <translation>&amp;Comparer les tours</translation>
    </message>
    <message>
        <source>Open or close the voting</source>
        <translation>Ouvrir ou fermer le vote</translation>
    </message>
    <message>
        <source>Reveal or hide the results</source>
        <translation>Révéler ou masquer les résultats</translation>
    </message>
    <message>
        <source>Rounds compared</source>
        <translation>Tours comparés</translation>
    </message>
    <message>
        <source>Paper dots per candidate</source>
        <translation>Points sur papier par candidat</translation>
    </message>
    <message>
        <source>Ballots at the laptop…</source>
        <translation>Bulletins à l'ordinateur…</translation>
    </message>
    <message>
        <source>Full screen; each person in turn places their dots and confirms; nobody sees earlier ballots (Ctrl+Shift+B)</source>
        <translation>Plein écran; chaque personne, à tour de rôle, place ses points et confirme; personne ne voit les bulletins précédents (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <source>Type named ballots…</source>
        <translation>Entrer des bulletins nominatifs…</translation>
    </message>
    <message>
        <source>Choose a person and type their dots, e.g. each councillor's (Ctrl+Shift+E)</source>
        <translation>Choisissez une personne et entrez ses points, par exemple ceux de chaque membre du conseil (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Who has a ballot</source>
        <translation>Qui a un bulletin</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Maj+O</translation>
    </message>
    <message>
        <source>Round removed; Ctrl+Z brings it back.</source>
        <translation>Tour retiré; Ctrl+Z le ramène.</translation>
    </message>
    <message>
        <source>The ballot could not be saved.</source>
        <translation>Le bulletin n'a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>A round turns many ideas (or themes) into a few priorities: each person places a few dots. Record them on paper and type the totals, let each person vote in turn at the laptop, or type each person's ballot. Start with « New round… » (Ctrl+Shift+N).</source>
        <translation>Un tour de vote transforme beaucoup d'idées (ou de thèmes) en quelques priorités : chaque personne place quelques points. Comptez les gommettes au mur et entrez les totaux, faites voter chaque personne à tour de rôle à l'ordinateur, ou entrez le bulletin de chacun. Commencez par « Nouveau tour… » (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <source>Hide from the room</source>
        <translation>Cacher à la salle</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <source>The room sees « Results hidden » again (Ctrl+Shift+R)</source>
        <translation>La salle voit de nouveau « Résultats cachés » (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Show the results on the projector (Ctrl+Shift+R)</source>
        <translation>Afficher les résultats au projecteur (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>%1 theme</source>
        <translation>%1 thème</translation>
    </message>
    <message>
        <source>%1 themes</source>
        <translation>%1 thèmes</translation>
    </message>
    <message>
        <source>%1 idea</source>
        <translation>%1 idée</translation>
    </message>
    <message>
        <source>%1 ideas</source>
        <translation>%1 idées</translation>
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
        <source>no limit on one candidate</source>
        <translation>pas de maximum par candidat</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nominatif</translation>
    </message>
    <message>
        <source>results revealed to the room</source>
        <translation>résultats révélés à la salle</translation>
    </message>
    <message>
        <source>results hidden from the room</source>
        <translation>résultats cachés à la salle</translation>
    </message>
    <message>
        <source>Open the voting to type dots (Ctrl+Shift+O).</source>
        <translation>Ouvrez le vote pour entrer des points (Ctrl+Maj+O).</translation>
    </message>
    <message>
        <source>Open the voting to take ballots (Ctrl+Shift+O).</source>
        <translation>Ouvrez le vote pour recueillir des bulletins (Ctrl+Maj+O).</translation>
    </message>
    <message>
        <source>Anonymous round: at the laptop, each person picks their name (only so that nobody votes twice), then the ballot is checked on its own (dots per person, limit on one candidate) and its dots are added to the totals. Nothing links a ballot to a person, not even in the session file; a recorded ballot cannot be changed (Ctrl+Z right after is the way back). Typing named ballots is for named rounds.</source>
        <translation>Tour anonyme : à l'ordinateur, chaque personne choisit son nom (seulement pour que personne ne vote deux fois), puis le bulletin est vérifié à part (points par personne, maximum par candidat) et ses points sont ajoutés aux totaux. Rien ne relie un bulletin à une personne, même pas dans le fichier de la séance; un bulletin enregistré ne peut plus être modifié (Ctrl+Z tout de suite après permet de revenir en arrière). L'entrée de bulletins nominatifs est réservée aux tours nominatifs.</translation>
    </message>
    <message>
        <source>Named round: each ballot is recorded for its person; a new ballot from the same person replaces the previous one.</source>
        <translation>Tour nominatif : chaque bulletin est enregistré au nom de sa personne; un nouveau bulletin de la même personne remplace le précédent.</translation>
    </message>
    <message>
        <source>Revealed: the room can see these results.</source>
        <translation>Révélés : la salle peut voir ces résultats.</translation>
    </message>
    <message>
        <source>Hidden from the room: only you see them. « Reveal » (Ctrl+Shift+R) shows them on the projector.</source>
        <translation>Cachés à la salle : vous seul les voyez. « Révéler » (Ctrl+Maj+R) les affiche au projecteur.</translation>
    </message>
    <message>
        <source>Make the round anonymous</source>
        <translation>Rendre le tour anonyme</translation>
    </message>
    <message>
        <source>The named ballots of this round will be added to the totals and who voted for what will be forgotten. Continue?</source>
        <translation>Les bulletins nominatifs de ce tour seront ajoutés aux totaux et qui a voté pour quoi sera oublié. Continuer?</translation>
    </message>
    <message>
        <source>Runoff</source>
        <translation>Second tour</translation>
    </message>
    <message>
        <source>Open the voting</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <source>Close the voting</source>
        <translation>Fermer le vote</translation>
    </message>
    <message>
        <source>Reopen the voting</source>
        <translation>Rouvrir le vote</translation>
    </message>
    <message>
        <source>Draft: check the settings, then open the voting. Dots can be recorded only while the voting is open.</source>
        <translation>Brouillon : vérifiez les réglages, puis ouvrez le vote. Les points ne peuvent être entrés que pendant que le vote est ouvert.</translation>
    </message>
    <message>
        <source>Voting is open: type the paper dots in the grid, or take ballots at the laptop, or type named ballots. The three can be mixed.</source>
        <translation>Le vote est ouvert : entrez les points sur papier dans la grille, recueillez des bulletins à l'ordinateur ou entrez des bulletins nominatifs. Les trois peuvent se combiner.</translation>
    </message>
    <message>
        <source>Voting is closed: reveal the results to the room, compare rounds or start a runoff. Reopen to change dots.</source>
        <translation>Le vote est fermé : révélez les résultats à la salle, comparez les tours ou lancez un second tour. Rouvrez-le pour changer des points.</translation>
    </message>
    <message>
        <source>Type each candidate's dots counted on the wall: digits, then Tab or Enter to the next. Laptop ballots are counted apart (added up, linked to nobody) and added in the Total column: a paper number never replaces them.</source>
        <translation>Tapez les points comptés au mur pour chaque candidat : des chiffres, puis Tab ou Entrée pour passer au suivant. Les bulletins à l'ordinateur sont comptés à part (additionnés, liés à personne) et ajoutés dans la colonne Total : un nombre tapé ici ne les remplace jamais.</translation>
    </message>
    <message>
        <source>Type each candidate's total counted on the wall: digits, then Tab or Enter to the next. Named ballots are counted apart and added in the Total column.</source>
        <translation>Entrez le total de chaque candidat compté au mur : des chiffres, puis Tab ou Entrée pour passer au suivant. Les bulletins nominatifs sont comptés à part et ajoutés dans la colonne Total.</translation>
    </message>
    <message>
        <source>Dots in all: %1. Anonymous round: who voted for what is never shown nor saved.</source>
        <translation>Points en tout : %1. Tour anonyme : qui a voté pour quoi n'est jamais affiché ni enregistré.</translation>
    </message>
    <message>
        <source>Every round on %1, side by side: rank · dots in each round; — when the candidate was not in that round.</source>
        <translation>Tous les tours sur les %1, côte à côte : rang · points dans chaque tour; « — » quand le candidat ne faisait pas partie de ce tour.</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>idées</translation>
    </message>
    <message>
        <source>Ballots at the laptop</source>
        <translation>Bulletins à l'ordinateur</translation>
    </message>
    <message>
        <source>Named ballots</source>
        <translation>Bulletins nominatifs</translation>
    </message>
    <message>
        <source>This round is anonymous: use the ballots at the laptop or the paper grid.</source>
        <translation>Ce tour est anonyme : utilisez les bulletins à l'ordinateur ou la grille des points sur papier.</translation>
    </message>
    <message>
        <source>at most %1 on one candidate</source>
        <translation>au plus %1 sur un même candidat</translation>
    </message>
    <message>
        <source>%1 of %2 participants has a ballot</source>
        <translation>%1 participant sur %2 a un bulletin</translation>
    </message>
    <message>
        <source>%1 of %2 participants have a ballot</source>
        <translation>%1 participants sur %2 ont un bulletin</translation>
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
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>⚠ more than the %1 dots the %2 people present could place: check the paper count, or who is marked present</source>
        <translation>⚠ plus que les %1 points que les %2 personnes présentes pouvaient placer : vérifiez le décompte papier, ou qui est marqué présent</translation>
    </message>
    <message>
        <source>Dots in all: %1 (paper: %2, laptop ballots: %3)</source>
        <translation>Points en tout : %1 (papier : %2, bulletins à l'ordinateur : %3)</translation>
    </message>
    <message>
        <source>Dots in all: %1 (paper: %2, named ballots: %3)</source>
        <translation>Points en tout : %1 (papier : %2, bulletins nominatifs : %3)</translation>
    </message>
    <message>
        <source>at most %1 if everyone present (%2) places all their dots</source>
        <translation>au plus %1 si toutes les personnes présentes (%2) placent tous leurs points</translation>
    </message>
    <message>
        <source>Dots in all: %1 · from named ballots: %2 · counted on paper: %4 · voters: %3</source>
        <translation>Points en tout : %1 · de bulletins nominatifs : %2 · comptés sur papier : %4 · votants : %3</translation>
    </message>
</context>
</TS>

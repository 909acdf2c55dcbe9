"""The core's one catalogue (issue 14): every sentence the core says and every word of its
reports, as key -> (French, English), read through one lookup, `text(key, lang, **fields)`.

- `text("key")` is the text in the current language (`i18n.current_language`), `text("key",
  "en")` in a given one; with fields it is `str.format`ted (`text("page", lang, n=1, total=3)`);
  without, it is returned as written (a template, `{{` still doubled).
- A count is written in both forms in each language, ((singular, plural), (singulier, pluriel));
  `text(key, lang, n=…)` chooses by the language's rule: French is singular below 2 (« 0 idée »,
  « 1 idée »), English at 1 only ("0 ideas", "1 idea").
- `Phrase(key, **fields)` is a text said later, in the language of whoever reads it (a word inside
  an error's sentence, a label kept for the undo history).

The Qt interface has its own mechanism (Qt Linguist .ts files, `self.tr`); what the core says —
errors, refusals, undo labels, the command line, the report's words — is here, once. How numbers,
dates and shares are written stays in `export/labels.py`. See docs/catalogue.md.
"""
from __future__ import annotations

from .i18n import current_language, singular

Entry = tuple[str, str] | tuple[tuple[str, str], tuple[str, str]]

MESSAGES: dict[str, Entry] = {
    # == what the core says to a person: errors, refusals, undo labels, the command line =======
    # the room server (phones and other laptops; each sentence is sent to a device)
    "room_forbidden": ("Accès refusé : rejoignez la séance avec le code affiché à l'écran.",
                       "Access refused: join the session with the code shown on the screen."),
    "room_not_found": ("Cette adresse n'existe pas. Vérifiez le code affiché à l'écran.",
                       "This address does not exist. Check the code shown on the screen."),
    "room_too_large": ("Envoi trop volumineux.", "This request is too large."),
    "room_json_only": ("Format de requête non accepté.", "This request format is not accepted."),
    "room_bad_request": ("Requête incomprise.", "This request was not understood."),
    "room_slow_down": ("Trop d'envois d'un coup : attendez quelques secondes.",
                       "Too many at once: wait a few seconds."),
    "room_full": ("La salle est complète : trop d'appareils connectés.",
                  "The room is full: too many devices have joined."),
    "room_idea_blank": ("L'idée est vide.", "The idea is empty."),
    "room_idea_too_long": ("L'idée est trop longue ({limit} caractères au plus).",
                           "The idea is too long ({limit} characters at most)."),
    "room_ideas_closed": ("L'envoi d'idées est fermé pour le moment.",
                          "Sending ideas is closed for now."),
    "room_paused": ("Les envois sont en pause pour le moment.", "Sending is paused for now."),
    "room_round_unknown": ("Ce vote n'est pas ouvert.", "This vote is not open."),
    "room_candidate_unknown": ("Ce choix ne fait pas partie du vote.",
                               "This choice is not part of the vote."),
    "room_already_voted": ("Vous avez déjà voté dans ce tour.",
                           "You have already voted in this round."),
    "room_name_needed": ("Choisissez votre nom pour voter dans ce tour nominatif.",
                         "Pick your name to vote in this named round."),
    "room_port_taken": ("Impossible d'ouvrir la salle : le port {port} de {host} est déjà "
                        "utilisé par un autre programme. Choisissez un autre port.",
                        "Cannot open the room: port {port} on {host} is already used by another "
                        "program. Choose another port."),
    "room_cannot_listen": ("Impossible d'ouvrir la salle sur {host}:{port} : {detail}.",
                           "Cannot open the room on {host}:{port}: {detail}."),
    "room_bad_code": ("Le code de la salle doit avoir de 4 à 32 lettres ou chiffres.",
                      "The room code must have 4 to 32 letters or digits."),
    "room_bad_port": ("Port invalide : {port} (de 0 à 65535).", "Invalid port: {port} (0 to 65535)."),
    "vote_name_used": ("{name} a déjà voté dans ce tour.", "{name} has already voted in this round."),
    # the session engine
    "engine_closed": (
        "La séance est fermée : ce changement n'a pas été enregistré.",
        "The session is closed: this change was not saved."),
    # the session file
    "not_found": ("Fichier introuvable : « {file} ».", "File not found: “{file}”."),
    "not_a_database": (
        "« {file} » n'est pas une séance Facilitateur (ce n'est pas une base de données). "
        "Le fichier n'a pas été modifié.",
        "“{file}” is not a Facilitateur session (it is not a database). The file was not changed."),
    "foreign_database": (
        "« {file} » est une base de données d'un autre programme, pas une séance Facilitateur. "
        "Le fichier n'a pas été modifié.",
        "“{file}” is another program's database, not a Facilitateur session. "
        "The file was not changed."),
    "too_new": (
        "« {file} » a été créé par une version plus récente de Facilitateur (format {found}, "
        "cette version lit jusqu'au format {supported}). Mettez Facilitateur à jour; "
        "le fichier n'a pas été modifié.",
        "“{file}” was made by a newer version of Facilitateur (format {found}; this version "
        "reads up to format {supported}). Update Facilitateur; the file was not changed."),
    "in_use": (
        "« {file} » est déjà ouvert dans une autre fenêtre ou un autre programme. "
        "Fermez-le là avant de l'ouvrir ici.",
        "“{file}” is already open in another window or program. Close it there before "
        "opening it here."),
    "corrupt": (
        "« {file} » est endommagé : {detail}. Le fichier n'a pas été modifié; "
        "ouvrez une sauvegarde.",
        "“{file}” is damaged: {detail}. The file was not changed; open a backup."),
    "exists": (
        "« {file} » existe déjà; rien n'a été écrasé (utilisez --force pour le remplacer).",
        "“{file}” already exists; nothing was overwritten (use --force to replace it)."),
    "read_only": (
        "« {file} » est en lecture seule : impossible d'y enregistrer les changements. "
        "Ouvrez-en une copie pour travailler.",
        "“{file}” is read-only: changes cannot be saved to it. Open a copy of it to work."),
    "read_only_folder": (
        "Le dossier de « {file} » est en lecture seule : la séance ne peut pas y être "
        "enregistrée. Ouvrez-en une copie dans un dossier où vous pouvez écrire.",
        "The folder of “{file}” is read-only: the session cannot be saved there. Open a copy "
        "of it in a folder you can write to."),
    "disk_full": (
        "Le disque est plein : le dernier changement n'a pas été enregistré dans « {file} ». "
        "Libérez de l'espace puis réessayez; rien d'autre n'est perdu.",
        "The disk is full: the last change was not saved to “{file}”. Free some space and "
        "try again; nothing else is lost."),
    "write_failed": (
        "Impossible d'enregistrer dans « {file} » : {detail}.",
        "Could not save to “{file}”: {detail}."),
    "cannot_create": (
        "Impossible de créer « {file} » : {detail}.",
        "Could not create “{file}”: {detail}."),
    "file_moved": (
        "« {file} » a été déplacé, renommé ou supprimé pendant qu'il était ouvert : le dernier "
        "changement n'a pas été enregistré. Enregistrez une copie de la séance pour ne rien perdre.",
        "“{file}” was moved, renamed or deleted while open: the last change was not saved. "
        "Save a copy of the session so that nothing is lost."),
    "migration_failed": (
        "La mise à jour du format de « {file} » a échoué ({detail}); le fichier n'a pas été "
        "modifié et une copie de sécurité est dans « {backup} ».",
        "Upgrading the format of “{file}” failed ({detail}); the file was not changed and a "
        "safety copy is in “{backup}”."),
    # the session file on disk: companions, odd paths, empty files (issue 11, store)
    "companion_set_aside": (
        "Un journal de séance (« -wal ») laissé par une fermeture brusque se trouvait à côté de "
        "« {file} » : il a été mis de côté sous « {kept} », rien n'a été supprimé.",
        "A session journal (“-wal”) left by an abrupt shutdown was beside “{file}”: it was "
        "set aside as “{kept}”; nothing was deleted."),
    "foreign_wal": (
        "Le journal « {journal} » à côté de « {file} » n'appartient pas à cette séance (il "
        "vient d'une autre séance ou d'une copie) : l'ouvrir mélangerait deux séances. Le "
        "fichier n'a pas été modifié, ni son journal. Pour ouvrir la séance telle qu'elle est "
        "enregistrée dans le fichier, déplacez d'abord « {journal} » ailleurs.",
        "The journal “{journal}” beside “{file}” does not belong to this session (it comes from "
        "another session or a copy): opening it would mix two sessions. The file was not "
        "changed, nor its journal. To open the session as saved in the file, first move "
        "“{journal}” elsewhere."),
    "wal_unmerged": (
        "Note : le journal « {journal} » contient des changements pas encore intégrés au "
        "fichier (la séance n'a pas été fermée normalement). Ouvrez-la dans Facilitateur pour "
        "les y intégrer; ne copiez pas « {file} » seul.",
        "Note: the journal “{journal}” holds changes not yet merged into the file (the session "
        "was not closed normally). Open it in Facilitateur to merge them; do not copy "
        "“{file}” alone."),
    "is_directory": (
        "« {file} » est un dossier, pas une séance. Rien n'a été modifié.",
        "“{file}” is a folder, not a session. Nothing was changed."),
    "is_fifo": (
        "« {file} » est un tube nommé (FIFO), pas un fichier de séance. Rien n'a été lu.",
        "“{file}” is a named pipe (FIFO), not a session file. Nothing was read."),
    "is_device": (
        "« {file} » est un périphérique, pas un fichier de séance. Rien n'a été lu.",
        "“{file}” is a device, not a session file. Nothing was read."),
    "is_socket": (
        "« {file} » est un connecteur (socket), pas un fichier de séance. Rien n'a été lu.",
        "“{file}” is a socket, not a session file. Nothing was read."),
    "symlink_loop": (
        "« {file} » est un lien symbolique qui tourne en boucle; il ne mène à aucun fichier.",
        "“{file}” is a symbolic link loop; it leads to no file."),
    "empty_session_file": (
        "« {file} » porte la marque d'une séance Facilitateur mais ne contient aucune séance : "
        "il est endommagé ou incomplet. Le fichier n'a pas été modifié; ouvrez une sauvegarde.",
        "“{file}” bears the mark of a Facilitateur session but holds no session: it is damaged "
        "or incomplete. The file was not changed; open a backup."),
    # the archive (docs/archive-format.md)
    "archive_not_json": (
        "« {file} » n'est pas une archive JSON lisible : {detail}.",
        "“{file}” is not a readable JSON archive: {detail}."),
    "archive_format": (
        "format : « {found} » n'est pas une archive de séance Facilitateur "
        "(attendu « facilitator-session »).",
        "format: “{found}” is not a Facilitateur session archive "
        "(expected “facilitator-session”)."),
    "archive_version": (
        "version : l'archive est en version {found}, faite par une version plus récente de "
        "Facilitateur (cette version lit jusqu'à la version {supported}).",
        "version: the archive is version {found}, made by a newer version of Facilitateur "
        "(this version reads up to version {supported})."),
    "archive_missing": ("{path} : clé obligatoire absente.", "{path}: required key is missing."),
    "archive_type": ("{path} : {expected} attendu, trouvé {found}.",
                     "{path}: expected {expected}, found {found}."),
    "archive_value": ("{path} : valeur invalide {found} ({expected}).",
                      "{path}: invalid value {found} ({expected})."),
    "archive_duplicate_id": ("{path} : l'identifiant « {id} » est déjà utilisé dans cette liste.",
                             "{path}: id “{id}” is already used in this list."),
    "archive_dangling": ("{path} : aucun {kind} avec l'identifiant « {id} ».",
                         "{path}: no {kind} with id “{id}”."),
    "archive_not_candidate": (
        "{path} : « {id} » n'est pas un candidat de ce tour.",
        "{path}: “{id}” is not a candidate in this round."),
    "archive_duplicate_number": (
        "{path} : le numéro de décision « {number} » est déjà utilisé.",
        "{path}: decision number “{number}” is already used."),
    # archive import, issue 11 (docs/archive-format.md): hostile archives, said plainly
    "archive_too_big": (
        "« {file} » fait {size} Mo : une archive de séance est limitée à {limit} Mo. "
        "Rien n'a été créé.",
        "“{file}” is {size} MB: a session archive is limited to {limit} MB. "
        "Nothing was created."),
    "archive_too_deep": (
        "« {file} », ligne {line}, colonne {column} : des listes ou des objets imbriqués sur "
        "plus de {limit} niveaux; une archive de séance n'en a que quelques-uns.",
        "“{file}”, line {line}, column {column}: lists or objects nested more than {limit} "
        "levels deep; a session archive has only a few."),
    "archive_not_a_file_folder": (
        "« {file} » est un dossier, pas une archive JSON.",
        "“{file}” is a folder, not a JSON archive."),
    "archive_not_a_file_special": (
        "« {file} » n'est pas un fichier ordinaire (tube nommé, périphérique ou socket) : "
        "ce n'est pas une archive JSON.",
        "“{file}” is not a regular file (a named pipe, device or socket): it is not a JSON "
        "archive."),
    "archive_syntax": (
        "« {file} » n'est pas du JSON valide (ligne {line}, colonne {column}).",
        "“{file}” is not valid JSON (line {line}, column {column})."),
    "archive_anonymous_named": (
        "{path} : le tour est anonyme, aucun vote ne peut nommer un participant "
        "(trouvé « {id} »).",
        "{path}: the round is anonymous, so no vote may name a participant "
        "(found “{id}”)."),
    "archive_duplicate_candidate": (
        "{path} : « {id} » est déjà un candidat de ce tour.",
        "{path}: “{id}” is already a candidate in this round."),
    "archive_ballot": (
        "{path} (participant « {id} ») : {rule}",
        "{path} (participant “{id}”): {rule}"),
    "archive_not_written": (
        "La séance « {file} » n'a pas pu être écrite à partir de l'archive; rien n'a été créé.",
        "Session “{file}” could not be written from the archive; nothing was created."),


    # council meetings in the archive (issue 17, h-council)
    "archive_roll_call_no_council": (
        "{path} : un vote nominal demande les réglages du conseil (session.council).",
        "{path}: a roll call needs the council's settings (session.council)."),
    "archive_outcome_rule": (
        "{path} : le résultat « {found} » contredit le vote nominal selon la règle du conseil "
        "(attendu « {expected} »).",
        "{path}: outcome “{found}” contradicts the roll call under the council's rule "
        "(expected “{expected}”)."),
    # command line
    "unknown_template": ("Modèle inconnu : « {name} ». Voyez « facilitator templates ».",
                         "Unknown template: “{name}”. See “facilitator templates”."),
    "check_failed": ("« {file} » n'est pas sain : {detail}.", "“{file}” is not healthy: {detail}."),
    # `check`: what the file's schema lacks compared with its format (store/schema_check.py)
    "schema_table_missing": ("la table « {table} » manque", "table “{table}” is missing"),
    "schema_column_missing": ("la colonne « {column} » de la table « {table} » manque",
                              "column “{column}” of table “{table}” is missing"),
    "schema_index_missing": ("l'index « {index} » de la table « {table} » manque",
                             "index “{index}” of table “{table}” is missing"),
    "schema_trigger_missing": ("le déclencheur « {trigger} » de la table « {table} » manque",
                               "trigger “{trigger}” of table “{table}” is missing"),
    # `check` compares each round's kept sums with its vote rows (issue 13, docs/vote-sums.md)
    "schema_vote_sums_wrong": (
        "les totaux gardés du tour de vote « {round} » ne sont pas ceux de ses votes",
        "the kept totals of voting round “{round}” are not those of its votes"),
    "no_interface": (
        "L'interface n'est pas disponible ici : lancez la commande « facilitator » installée.",
        "The interface is not available here: run the installed “facilitator” command."),
    "unexpected": ("Erreur inattendue : {detail}.", "Unexpected error: {detail}."),
    # voting rules
    "vote_over_budget": ("{spent} points placés, {budget} permis : retirez-en {extra}.",
                         "{spent} dots placed, {budget} allowed: remove {extra}."),
    "vote_over_cap": ("{dots} points sur « {item} », {cap} au maximum par candidat.",
                      "{dots} dots on “{item}”, at most {cap} per candidate."),
    "vote_not_candidate": ("« {item} » n'est pas un candidat de ce tour.",
                           "“{item}” is not a candidate in this round."),
    "vote_negative": ("Nombre de points négatif sur « {item} » ({dots}).",
                      "Negative number of dots on “{item}” ({dots})."),
    "vote_round_draft": (
        "Le tour « {round} » n'est pas encore ouvert : ouvrez-le avant d'entrer des points.",
        "Round “{round}” is not open yet: open it before entering dots."),
    "vote_round_closed": (
        "Le tour « {round} » est fermé : rouvrez-le pour changer des points.",
        "Round “{round}” is closed: reopen it to change dots."),
    "vote_budget_min": ("Chaque personne doit avoir au moins 1 point (demandé : {limit}).",
                        "Each person needs at least 1 dot (asked: {limit})."),
    "vote_cap_min": (
        "Le maximum par candidat doit être d'au moins 1 point (demandé : {limit}); "
        "laissez-le vide pour ne pas limiter.",
        "The cap per candidate must be at least 1 dot (asked: {limit}); leave it empty for "
        "no cap."),
    "vote_budget_below_spent": (
        "Impossible de passer à {limit} points par personne : {who} en a déjà placé {dots}.",
        "Cannot go down to {limit} dots per person: {who} has already placed {dots}."),
    "vote_budget_below_spent_many": (
        "Impossible de passer à {limit} points par personne : {who} en a déjà placé {dots} "
        "(et {others} autre(s) personne(s) plus de {limit}).",
        "Cannot go down to {limit} dots per person: {who} has already placed {dots} "
        "(and {others} more person(s) over {limit})."),
    "vote_cap_below_placed": (
        "Impossible de limiter à {limit} points par candidat : {who} en a déjà placé {dots} "
        "sur « {item} ».",
        "Cannot cap at {limit} dots per candidate: {who} has already placed {dots} on “{item}”."),
    "vote_cap_below_placed_many": (
        "Impossible de limiter à {limit} points par candidat : {who} en a déjà placé {dots} "
        "sur « {item} » (et {others} autre(s) cas au-dessus de {limit}).",
        "Cannot cap at {limit} dots per candidate: {who} has already placed {dots} on “{item}” "
        "(and {others} more case(s) over {limit})."),
    # templates (facilitator/templates.py): {file} is the file name, {path} the TOML key
    "template_unreadable": ("Impossible de lire le modèle « {file} » : {detail}.",
                            "Could not read the template “{file}”: {detail}."),
    "template_encoding": (
        "{file} : le fichier n'est pas en UTF-8 (octet {position}); enregistrez-le en UTF-8.",
        "{file}: the file is not UTF-8 (byte {position}); save it as UTF-8."),
    "template_syntax": ("{file} : {path} : TOML illisible à la ligne {line} ({detail}).",
                        "{file}: {path}: unreadable TOML at line {line} ({detail})."),
    "template_syntax_line": ("{file} : ligne {line} : TOML illisible ({detail}).",
                             "{file}: line {line}: unreadable TOML ({detail})."),
    "template_missing": ("{file} : {path} : clé obligatoire absente.",
                         "{file}: {path}: required key is missing."),
    "template_integer": ("{file} : {path} : nombre entier attendu (trouvé {found}).",
                         "{file}: {path}: whole number expected (found {found})."),
    "template_min": ("{file} : {path} : nombre entier d'au moins {min} attendu (trouvé {found}).",
                     "{file}: {path}: whole number of at least {min} expected (found {found})."),
    "template_text": (
        "{file} : {path} : texte attendu, ou une table {{ fr = \"…\", en = \"…\" }} "
        "(trouvé {found}).",
        "{file}: {path}: text expected, or a table {{ fr = \"…\", en = \"…\" }} "
        "(found {found})."),
    "template_table": ("{file} : {path} : table attendue (trouvé {found}).",
                       "{file}: {path}: table expected (found {found})."),
    "template_list": ("{file} : {path} : liste attendue, par exemple des blocs [[{path}]] "
                      "(trouvé {found}).",
                      "{file}: {path}: list expected, for example [[{path}]] blocks "
                      "(found {found})."),
    "template_empty": ("{file} : {path} : au moins un élément est attendu.",
                       "{file}: {path}: at least one item is expected."),
    "template_bool": ("{file} : {path} : true ou false attendu (trouvé {found}).",
                      "{file}: {path}: true or false expected (found {found})."),
    "template_time": ("{file} : {path} : heure au format HH:MM attendue (trouvé {found}).",
                      "{file}: {path}: time as HH:MM expected (found {found})."),
    "template_time_order": ("{file} : end_time : la fin ({end}) précède le début ({start}).",
                            "{file}: end_time: the end ({end}) is before the start ({start})."),
    "template_color": ("{file} : {path} : couleur au format #rrggbb attendue (trouvé {found}).",
                       "{file}: {path}: colour as #rrggbb expected (found {found})."),
    "template_choice": ("{file} : {path} : valeur {found} invalide (attendu : {expected}).",
                        "{file}: {path}: invalid value {found} (expected: {expected})."),
    "template_name": (
        "{file} : name : « {found} » ne correspond pas au nom du fichier; "
        "écrivez name = \"{expected}\" ou renommez le fichier.",
        "{file}: name: “{found}” does not match the file name; write name = \"{expected}\" "
        "or rename the file."),
    "template_pattern": ("{file} : decision_pattern : {inner}",
                         "{file}: decision_pattern: {inner}"),
    "template_bad_name": (
        "« {name} » ne peut pas servir de nom de modèle : il faut au moins une lettre ou un "
        "chiffre.",
        "“{name}” cannot be used as a template name: it needs at least one letter or digit."),
    # decisions and actions (facilitator/decisions.py)
    "decision_pattern_empty": (
        "Le modèle de numérotation est vide; par exemple : CM-{{yyyy}}-{{mm}}-{{nnn}}.",
        "The numbering pattern is empty; for example: CM-{{yyyy}}-{{mm}}-{{nnn}}."),
    "decision_pattern_unknown": (
        "« {found} » est inconnu dans le modèle de numérotation; utilisez {{yyyy}}, {{yy}}, "
        "{{mm}}, {{dd}} (date de la séance) et {{nnn}} (numéro courant, autant de chiffres que "
        "de n).",
        "“{found}” is unknown in the numbering pattern; use {{yyyy}}, {{yy}}, {{mm}}, {{dd}} "
        "(the session's date) and {{nnn}} (running number, as many digits as there are n)."),
    "decision_pattern_brace": (
        "Le modèle « {pattern} » contient une accolade seule; chaque {{ doit être fermée par }}.",
        "The pattern “{pattern}” has a lone brace; every {{ must be closed by }}."),
    "decision_pattern_no_sequence": (
        "Le modèle « {pattern} » n'a pas de numéro courant : ajoutez {{nnn}} (ou {{n}}), sinon "
        "toutes les décisions auraient le même numéro.",
        "The pattern “{pattern}” has no running number: add {{nnn}} (or {{n}}), otherwise every "
        "decision would get the same number."),
    "decision_pattern_two_sequences": (
        "Le modèle « {pattern} » a plus d'un numéro courant ({{n}}, {{nnn}}…); gardez-en un "
        "seul.",
        "The pattern “{pattern}” has more than one running number ({{n}}, {{nnn}}…); keep "
        "only one."),
    "decision_number_empty": ("Le numéro de la décision ne peut pas être vide.",
                              "The decision number cannot be empty."),
    "decision_number_taken": (
        "Le numéro « {number} » est déjà celui d'une autre décision; choisissez-en un autre.",
        "Number “{number}” is already used by another decision; choose another one."),
    "decision_count_negative": ("Un nombre de voix ne peut pas être négatif ({count}).",
                                "A vote count cannot be negative ({count})."),
    "decision_idea_gone": ("Cette idée n'existe plus; l'action n'a pas été créée.",
                           "This idea no longer exists; the action was not created."),
    # sessions that follow one another, and the démarche's report (issue 16, h-series2)
    "after_same_file": (
        "« {file} » est la séance précédente : la nouvelle séance doit être un autre fichier. "
        "Rien n'a été créé ni modifié.",
        "“{file}” is the previous session: the new session must be another file. Nothing was "
        "created or changed."),
    "after_damaged": (
        "Impossible de faire suite à « {file} » : le fichier est endommagé ({detail}). Il n'a "
        "pas été modifié et rien n'a été créé; faites suite à une sauvegarde de cette séance.",
        "Cannot follow “{file}”: the file is damaged ({detail}). It was not changed and nothing "
        "was created; follow a backup of that session instead."),
    "after_not_session": (
        "Impossible de faire suite à « {file} » : ce n'est pas une séance Facilitateur. Rien "
        "n'a été créé.",
        "Cannot follow “{file}”: it is not a Facilitateur session. Nothing was created."),
    "after_too_new": (
        "Impossible de faire suite à « {file} » : elle a été créée par une version plus récente "
        "de Facilitateur (format {found}, cette version lit jusqu'au format {supported}). "
        "Mettez Facilitateur à jour; le fichier n'a pas été modifié et rien n'a été créé.",
        "Cannot follow “{file}”: it was made by a newer version of Facilitateur (format "
        "{found}; this version reads up to format {supported}). Update Facilitateur; the file "
        "was not changed and nothing was created."),
    "after_in_use": (
        "Impossible de faire suite à « {file} » : la séance est ouverte dans une autre fenêtre "
        "ou un autre programme, et ses derniers changements pourraient manquer. Fermez-la là, "
        "puis recommencez; rien n'a été créé.",
        "Cannot follow “{file}”: the session is open in another window or program, and its "
        "latest changes could be missing. Close it there, then try again; nothing was created."),
    "after_unknown_part": (
        "« {found} » n'est pas une partie qu'une séance peut reprendre; choisissez parmi : "
        "{choices}.",
        "“{found}” is not a part a session can carry over; choose among: {choices}."),
    "series_no_files": ("Donnez au moins une séance pour le rapport de la démarche.",
                        "Give at least one session for the démarche's report."),
    "series_same_session": (
        "« {file} » et « {other} » sont la même séance (même identifiant) : donnez-la une "
        "seule fois.",
        "“{file}” and “{other}” are the same session (same identifier): give it only once."),
    # recording dot votes (facilitator/ops/voting.py)
    "vote_round_gone": ("Ce tour de vote n'existe plus (n° {round}).",
                        "This voting round no longer exists (#{round})."),
    "vote_not_integer": ("« {item} » : un nombre entier de points est attendu (reçu : {found}).",
                         "“{item}”: a whole number of dots is expected (got: {found})."),
    "vote_needs_participant": (
        "Le tour « {round} » est nominatif : choisissez d'abord qui vote.",
        "Round “{round}” is named: first choose who is voting."),
    "vote_already_cast": (
        "{name} a déjà voté dans le tour anonyme « {round} » : un bulletin anonyme ne peut pas "
        "être remplacé.",
        "{name} has already voted in the anonymous round “{round}”: an anonymous ballot cannot "
        "be replaced."),
    "vote_unknown_participant": ("Aucun participant n° {pid} dans cette séance.",
                                 "No participant #{pid} in this session."),
    "vote_title_empty": ("Donnez un titre au tour de vote.", "Give the voting round a title."),
    "vote_no_candidates": (
        "Le tour « {round} » n'a aucun candidat : choisissez au moins une idée ou un thème.",
        "Round “{round}” has no candidates: choose at least one idea or theme."),
    "vote_target_has_dots": (
        "Le tour « {round} » a déjà des points : on ne peut plus changer ce qui est voté.",
        "Round “{round}” already has dots: what is voted on can no longer change."),
    "vote_candidate_has_dots": (
        "« {item} » a déjà {dots} point(s) dans ce tour : on ne peut pas le retirer des "
        "candidats.",
        "“{item}” already has {dots} dot(s) in this round: it cannot be removed from the "
        "candidates."),
    "vote_runoff_not_closed": (
        "Fermez le tour « {round} » avant d'en tirer un second tour.",
        "Close round “{round}” before starting a runoff from it."),
    "vote_runoff_empty": (
        "Aucun candidat du tour « {round} » ne correspond à ce choix : le second tour serait "
        "vide.",
        "No candidate of round “{round}” matches this choice: the runoff would be empty."),
    # -- the command line's help and usage errors (`facilitator --help`): area i18n ----------
    # Plain texts, not errors: read with `text(key)`. argparse's own words are found by their
    # English (ARGPARSE below) so that its help and its usage errors speak the user's language.
    "cli_description": ("Facilitateur : animer des séances de co-construction.",
                        "Facilitateur: run co-construction sessions."),
    "cli_usage": ("utilisation : ", "usage: "),
    "cli_usage_error": ("facilitator : erreur d'utilisation : ", "facilitator: usage error: "),
    # argparse adds the colon to a heading: the French one ends with its non-breaking space
    "cli_positionals": ("arguments positionnels\u00a0", "positional arguments"),
    "cli_options": ("options\u00a0", "options"),
    "cli_commands": ("commandes\u00a0", "commands"),
    "cli_command": ("COMMANDE", "COMMAND"),
    "cli_file": ("FICHIER", "FILE"),
    "cli_archive": ("ARCHIVE", "ARCHIVE"),
    "cli_help": ("afficher ce message d'aide et quitter", "show this help message and exit"),
    "cli_version": ("afficher le numéro de version et quitter",
                    "show program's version number and exit"),
    "cli_required": ("les arguments suivants sont requis : %s",
                     "the following arguments are required: %s"),
    "cli_invalid_choice": ("choix invalide : %(value)r (choisir parmi %(choices)s)",
                           "invalid choice: %(value)r (choose from %(choices)s)"),
    "cli_unrecognized": ("arguments non reconnus : %s", "unrecognized arguments: %s"),
    "cli_argument": ("argument %(argument_name)s : %(message)s",
                     "argument %(argument_name)s: %(message)s"),
    "cli_expected_one": ("un argument est attendu", "expected one argument"),
    "cli_ambiguous": ("option ambiguë : %(option)s pourrait être %(matches)s",
                      "ambiguous option: %(option)s could match %(matches)s"),
    "cli_invalid_value": ("valeur %(type)s invalide : %(value)r",
                          "invalid %(type)s value: %(value)r"),
    "cli_open": ("ouvrir l'application sur FICHIER", "open the app on FILE"),
    "cli_new": ("créer une séance", "create a session"),
    "cli_new_file": ("la séance à créer (.atelier)", "the session to create (.atelier)"),
    "cli_template": ("partir de ce modèle d'atelier (voir « facilitator templates »)",
                     "start from this workshop template (see “facilitator templates”)"),
    "cli_title": ("titre de la séance", "title of the session"),
    "cli_lang": ("langue de la séance ou de l'export (fr ou en)",
                 "language of the session or the export (fr or en)"),
    "cli_templates": ("lister les modèles", "list templates"),
    "cli_info": ("résumé d'une séance", "summary of a session"),
    "cli_json": ("écrire le résumé en JSON", "write the summary as JSON"),
    "cli_session": ("la séance (.atelier)", "the session (.atelier)"),
    "cli_export": ("exporter une séance", "export a session"),
    "cli_format": (
        "format du fichier écrit — pdf, docx, md, csv : le procès-verbal (jamais les notes "
        "d'animation) ; json : l'archive ; guide : le guide d'animation (PDF, avec les notes) ; "
        "handout : l'ordre du jour d'une page (PDF)",
        "format of the file written — pdf, docx, md, csv: the minutes (never the facilitator "
        "notes); json: the archive; guide: the facilitation guide (PDF, with the notes); "
        "handout: the one-page agenda (PDF)"),
    "cli_paper": (
        "papier des PDF et du Word (par défaut : Letter en Amérique du Nord, sinon A4, selon "
        "la langue du système)",
        "paper of the PDFs and the Word file (default: Letter in North America, A4 elsewhere, "
        "from the system locale)"),
    "cli_export_force": (
        "remplacer OUT s'il existe (en CSV : seulement les fichiers de même nom)",
        "replace OUT if it exists (CSV: only the files of the same names)"),
    "cli_room": (
        "servir la salle (téléphones et autres portables) pour FICHIER, sans la fenêtre",
        "serve the room (phones and other laptops) for FILE, without the window"),
    "cli_host": ("adresse où écouter (par défaut : toutes celles de cet ordinateur)",
                 "address to listen on (default: all of this computer's)"),
    "cli_port": ("port où écouter (par défaut : 8765; 0 : un port libre)",
                 "port to listen on (default: 8765; 0: any free port)"),
    "cli_code": ("code pour rejoindre la salle (par défaut : un code au hasard)",
                 "code to join the room (default: a random one)"),
    "cli_output": ("fichier écrit (par défaut : à côté de la séance)",
                   "file written (default: beside the session)"),
    "cli_import": ("créer une séance depuis une archive JSON",
                   "create a session from a JSON archive"),
    "cli_import_archive": ("l'archive JSON à lire", "the JSON archive to read"),
    "cli_import_output": ("la séance à créer", "the session to create"),
    "cli_import_force": ("remplacer la séance si elle existe", "replace the session if it exists"),
    "cli_check": ("vérifier l'intégrité", "check integrity"),
    "cli_demo": ("écrire et ouvrir une séance de démonstration",
                 "write and open a demo session"),
    "cli_demo_file": ("où écrire la démonstration (par défaut : dans vos données)",
                      "where to write the demo (default: in your data folder)"),
    "cli_demo_force": ("remplacer FICHIER s'il existe", "replace FILE if it exists"),
    # gestures (issue 12): one line on a ballot, what it holds and why a dot was not placed
    "ballot_placed": (("{n} placé", "{n} placés"), ("{n} placed", "{n} placed")),
    "ballot_left": (("{n} restant", "{n} restants"), ("{n} left", "{n} left")),
    "ballot_step_over_budget": ("ce point dépasserait le budget",
                                "this dot would go over the budget"),
    "ballot_step_over_cap": ("au plus {cap} sur ce candidat", "at most {cap} on this candidate"),
    "ballot_step_negative": ("aucun point à retirer", "no dot to remove"),


    # PDF fonts (h-pdf): characters no font of the computer has
    "pdf_missing_glyphs": (
        "Aucune police de cet ordinateur ne contient {n} caractère(s) du texte : {chars} "
        "({codes}); ils paraissent comme des cases vides dans le PDF. "
        "Installez une police qui les contient (par exemple Noto) puis exportez de nouveau.",
        "No font on this computer has {n} character(s) of the text: {chars} ({codes}); they "
        "show as empty boxes in the PDF. Install a font that has them (Noto, for example) and "
        "export again."),
    # what is left of « la démarche » (issue 16, area h-demarche): the session's evaluation
    "evaluation_score": ("Évaluation : la note {score} n'existe pas (de 1 à 5).",
                         "Evaluation: there is no score {score} (1 to 5)."),
    "evaluation_count": ("Évaluation : le nombre de personnes ayant donné la note {score} doit "
                         "être un nombre entier de 0 ou plus (trouvé : {found}).",
                         "Evaluation: the number of people who gave the score {score} must be "
                         "a whole number, 0 or more (found: {found})."),


    # operations (facilitator/ops, h-ops): what a change refuses, and its undo label
    "op_idea_blank": ("L'idée est vide.", "The idea is empty."),
    "op_theme_blank": ("Donnez un nom au thème.", "Give the theme a name."),
    "op_theme_gone": ("Ce thème n'existe plus.", "This theme no longer exists."),
    "op_person_blank": ("Tapez le nom de la personne.", "Type the person's name."),
    "op_person_gone": ("Ce participant n'existe plus.", "This participant no longer exists."),
    "op_item_blank": ("Donnez un titre au point.", "Give the item a title."),
    "op_actor_blank": ("Donnez un nom à l'acteur.", "Give the actor a name."),
    "op_decision_gone": ("Cette décision n'existe plus.", "This decision no longer exists."),
    "op_action_gone": ("Cette action n'existe plus.", "This action no longer exists."),
    "op_action_blank": ("Décrivez l'action.", "Describe the action."),
    "op_due_not_date": ("L'échéance « {due} » n'est pas une date : tapez 2027-06-30.",
                        "The due date “{due}” is not a date: type 2027-06-30."),
    "op_outcome_by_roll_call": (
        "La décision {number} est prise par vote nominal : la règle du conseil en donne le "
        "résultat. Revenez au vote à main levée pour le changer.",
        "Decision {number} is taken by roll call: the council's rule gives its outcome. Go back "
        "to a show of hands to change it."),
    "op_council_roll_calls": (
        "Des décisions sont prises par vote nominal ({numbers}) : revenez au vote à main levée "
        "pour chacune avant que la séance ne soit plus une séance du conseil.",
        "Some decisions are taken by roll call ({numbers}): go back to a show of hands for each "
        "before the session stops being a council meeting."),
    "op_member_in_roll_call": (
        "{name} vote dans le vote nominal des décisions {numbers} : un membre sans voix ne "
        "peut pas y voter. Revenez d'abord au vote à main levée.",
        "{name} votes in the roll call of decisions {numbers}: a member without voices cannot. "
        "Go back to a show of hands first."),
    "op_session_title_blank": ("Une séance a toujours un titre.", "A session always has a title."),
    # the session's evaluation (issue 16) and the room's ideas held for approval (issue 15)
    "op_item_evaluation_on": ("Faire de « {item} » l'évaluation de la séance",
                              "Make “{item}” the session's evaluation"),
    "op_item_evaluation_off": ("« {item} » n'est plus l'évaluation de la séance",
                               "“{item}” is no longer the session's evaluation"),
    "op_evaluation_add": ("Ajouter l'évaluation de la séance", "Add the session's evaluation"),
    "op_evaluation_record": ("Consigner l'évaluation de la séance",
                             "Record the session's evaluation"),
    "op_held_approve": (("Approuver {n} idée reçue de la salle",
                         "Approuver {n} idées reçues de la salle"),
                        ("Approve {n} idea received from the room",
                         "Approve {n} ideas received from the room")),
    "op_held_reject": (("Refuser {n} idée reçue de la salle",
                        "Refuser {n} idées reçues de la salle"),
                       ("Reject {n} idea received from the room",
                        "Reject {n} ideas received from the room")),
    "op_room_idea": ("Idée reçue d'un appareil", "Idea received from a device"),
    "op_room_idea_held": ("Idée reçue d'un appareil (en attente)",
                          "Idea received from a device (waiting)"),
    "op_room_ballot": ("Bulletin reçu d'un appareil", "Ballot received from a device"),
    "op_no_theme": ("Sans thème", "No theme"),
    "op_idea_add": ("Ajouter l'idée « {idea} »", "Add the idea “{idea}”"),
    "op_idea_edit": ("Modifier l'idée « {idea} »", "Edit the idea “{idea}”"),
    "op_ideas_merge": ("Fusionner {n} idées", "Merge {n} ideas"),
    "op_idea_delete": ("Supprimer l'idée « {idea} »", "Delete the idea “{idea}”"),
    "op_ideas_delete": ("Supprimer {n} idées", "Delete {n} ideas"),
    "op_idea_move": ("Classer « {idea} » dans « {theme} »", "Move “{idea}” to “{theme}”"),
    "op_ideas_move": ("Classer {n} idées dans « {theme} »", "Move {n} ideas to “{theme}”"),
    "op_ideas_import": (("Importer {n} idée", "Importer {n} idées"),
                        ("Import {n} idea", "Import {n} ideas")),
    "op_theme_add": ("Nouveau thème « {theme} »", "New theme “{theme}”"),
    "op_theme_rename": ("Renommer le thème « {theme} »", "Rename the theme “{theme}”"),
    "op_theme_colour": ("Changer la couleur de « {theme} »", "Change the colour of “{theme}”"),
    "op_theme_merge": ("Fusionner « {source} » avec « {target} »",
                       "Merge “{source}” into “{target}”"),
    "op_theme_delete": ("Supprimer le thème « {theme} »", "Delete the theme “{theme}”"),
    "op_theme_move": ("Déplacer le thème « {theme} »", "Move the theme “{theme}”"),
    "op_person_add": ("Ajouter {name}", "Add {name}"),
    "op_person_edit": ("Modifier {name}", "Edit {name}"),
    "op_person_present": ("Marquer {name} présent", "Mark {name} present"),
    "op_person_absent": ("Marquer {name} absent", "Mark {name} absent"),
    "op_people_present": ("Marquer présent", "Mark present"),
    "op_people_absent": ("Marquer absent", "Mark absent"),
    "op_everyone_present": ("Marquer tout le monde présent", "Mark everyone present"),
    "op_person_remove": ("Retirer {name}", "Remove {name}"),
    "op_people_remove": ("Retirer {n} participants", "Remove {n} participants"),
    "op_people_import": (("Importer {n} participant", "Importer {n} participants"),
                         ("Import {n} participant", "Import {n} participants")),
    "op_item_add": ("Ajouter « {item} »", "Add “{item}”"),
    "op_item_duplicate": ("Dupliquer « {item} »", "Duplicate “{item}”"),
    "op_item_delete": ("Supprimer « {item} »", "Delete “{item}”"),
    "op_item_up": ("Monter « {item} »", "Move “{item}” up"),
    "op_item_down": ("Descendre « {item} »", "Move “{item}” down"),
    "op_item_move": ("Déplacer « {item} »", "Move “{item}”"),
    "op_items_move": ("Déplacer {n} points", "Move {n} items"),
    "op_item_title": ("Renommer le point", "Rename the item"),
    "op_item_minutes": ("Modifier la durée", "Change the length"),
    "op_item_objective": ("Modifier l'objectif", "Change the objective"),
    "op_item_method": ("Modifier la méthode", "Change the method"),
    "op_item_notes": ("Modifier les notes", "Change the notes"),
    "op_item_materials": ("Modifier le matériel", "Change the materials"),
    "op_items_from_template": ("Ajouter les points de « {template} »",
                               "Add items from “{template}”"),
    "op_clear_actuals": ("Effacer les durées réelles", "Clear the actual times"),
    "op_live_actuals": ("Enregistrer les durées réelles", "Save the actual times"),
    "op_live_save": ("Enregistrer le déroulement", "Save the live run"),
    "op_live_end": ("Terminer le déroulement", "End the live run"),
    "op_live_forget": ("Oublier le déroulement en cours", "Forget the live run in progress"),
    "op_round_add": ("Nouveau tour « {round} »", "New round “{round}”"),
    "op_round_settings": ("Réglages de « {round} »", "Settings of “{round}”"),
    "op_round_open": ("Ouvrir « {round} »", "Open “{round}”"),
    "op_round_close": ("Fermer « {round} »", "Close “{round}”"),
    "op_round_reveal": ("Révéler « {round} »", "Reveal “{round}”"),
    "op_round_hide": ("Cacher « {round} » à la salle", "Hide “{round}” from the room"),
    "op_round_remove": ("Retirer « {round} »", "Remove “{round}”"),
    "op_round_runoff": ("Second tour de « {round} »", "Runoff of “{round}”"),
    "op_ballot_anonymous": ("Bulletin anonyme", "Anonymous ballot"),
    "op_ballot_of": ("Bulletin de {name}", "Ballot of {name}"),
    "op_paper_dots": ("Points sur papier pour « {item} » : {dots}",
                      "Paper dots on “{item}”: {dots}"),
    "op_paper_totals": ("Points sur papier de « {round} »", "Paper dots of “{round}”"),
    "op_actor_add": ("Ajouter {name}", "Add {name}"),
    "op_actor_from_org": ("Créer l'acteur {name}", "Create the actor {name}"),
    "op_actors_from_orgs": ("Créer {n} acteurs à partir des organisations",
                            "Create {n} actors from organizations"),
    "op_actor_remove": ("Retirer {name}", "Remove {name}"),
    "op_actors_remove": ("Retirer {n} acteurs", "Remove {n} actors"),
    "op_actor_rename": ("Renommer {name}", "Rename {name}"),
    "op_actor_kind": ("Type de {name}", "Kind of {name}"),
    "op_actor_flag": ("Signaler {name} comme surchargé", "Flag {name} as overloaded"),
    "op_actor_unflag": ("Retirer le signalement de surcharge de {name}",
                        "Remove the overload flag of {name}"),
    "op_actor_level": ("Niveau de {name} comme {role}", "Level of {name} as {role}"),
    "op_actor_levels": ("Niveaux de {n} cellules", "Levels of {n} cells"),
    "op_decision_add": ("Ajouter une décision", "Add a decision"),
    "op_decision_remove": ("Retirer la décision {number}", "Remove decision {number}"),
    "op_decision_renumber": ("Renuméroter la décision {number}", "Renumber decision {number}"),
    "op_decision_text": ("Modifier le texte de la décision {number}",
                         "Edit the text of decision {number}"),
    "op_decision_mover": ("Changer qui propose la décision {number}",
                          "Change who moved decision {number}"),
    "op_decision_seconder": ("Changer qui appuie la décision {number}",
                             "Change who seconded decision {number}"),
    "op_decision_outcome": ("Changer l'issue de la décision {number}",
                            "Change the outcome of decision {number}"),
    "op_decision_counts": ("Changer le décompte des voix de la décision {number}",
                           "Change the vote counts of decision {number}"),
    "op_decision_pattern": ("Changer la numérotation", "Change the numbering pattern"),
    "op_roll_call": ("Vote nominal sur la décision {number}", "Roll call on decision {number}"),
    "op_show_of_hands": ("Vote à main levée sur la décision {number}",
                         "Show of hands on decision {number}"),
    "op_action_add": ("Ajouter une action", "Add an action"),
    "op_action_from_idea": ("Nouvelle action à partir d'une idée", "New action from an idea"),
    "op_action_remove": ("Retirer une action", "Remove an action"),
    "op_action_done": ("Marquer une action faite", "Mark an action done"),
    "op_action_todo": ("Marquer une action à faire", "Mark an action to do"),
    "op_action_due": ("Changer l'échéance", "Change the due date"),
    "op_action_text": ("Modifier une action", "Edit an action"),
    "op_action_owner": ("Changer qui fait une action", "Change who does an action"),
    "op_session_title": ("Modifier le titre", "Change the title"),
    "op_session_date": ("Modifier la date", "Change the date"),
    "op_session_start": ("Modifier l'heure de début", "Change the start time"),
    "op_session_end": ("Modifier la fin prévue", "Change the planned end"),
    "op_session_place": ("Modifier le lieu", "Change the place"),
    "op_session_organizer": ("Modifier l'organisateur", "Change the organizer"),
    "op_session_facilitators": ("Modifier l'animation", "Change the facilitators"),
    "op_session_language": ("Modifier la langue du procès-verbal",
                            "Change the language of the minutes"),
    "op_session_authors": ("Afficher ou masquer les auteurs", "Show or hide authors"),
    "op_session_notes": ("Modifier les notes", "Change the notes"),
    "op_council_on": ("Faire de la séance une séance du conseil",
                      "Make the session a council meeting"),
    "op_council_settings": ("Réglages du conseil", "Council settings"),
    "op_council_off": ("Ne plus être une séance du conseil", "No longer a council meeting"),
    "op_council_reuse": ("Conseil repris de {file}", "Council from {file}"),
    # == the report's words (export/labels.py until issue 14): headings, column names, sentences of
    #    the minutes, the guide, the handout and the démarche's report ==========================
    # report: document
    "report_kind": ("Procès-verbal", "Minutes"),
    "creator": ("Facilitateur", "Facilitateur"),
    "page": ("Page {n} de {total}", "Page {n} of {total}"),
    "generated": ("Document produit par Facilitateur", "Document produced by Facilitateur"),
    "date": ("Date", "Date"),
    "place": ("Lieu", "Place"),
    "organizer": ("Organisation", "Organization"),
    "facilitators": ("Animation", "Facilitation"),
    "start_time": ("Heure de début", "Start time"),
    "contents": ("Contenu", "Contents"),
    # report: attendance
    "attendance": ("Présences", "Attendance"),
    "present": ("Présents", "Present"),
    "absent": ("Absents", "Absent"),
    "nobody": ("Personne", "Nobody"),
    "name": ("Nom", "Name"),
    "organization": ("Organisation", "Organization"),
    "attendance_count": ("Présents : {present} sur {total} inscrits",
                         "Present: {present} of {total} registered"),
    # report: agenda
    "agenda": ("Ordre du jour", "Agenda"),
    "item_no": ("N°", "No."),
    "item": ("Point", "Item"),
    "start": ("Début", "Start"),
    "end": ("Fin", "End"),
    "planned": ("Prévu", "Planned"),
    "actual": ("Réel", "Actual"),
    "overrun": ("Dépassement", "Overrun"),
    "objective": ("Objectif", "Objective"),
    "method": ("Méthode", "Method"),
    "notes": ("Notes", "Notes"),
    "total": ("Total", "Total"),
    "not_run": ("—", "—"),
    "agenda_overrun_total": ("Dépassement total : {d}", "Total overrun: {d}"),
    # report: ideas
    "ideas": ("Idées par thème", "Ideas by theme"),
    "theme": ("Thème", "Theme"),
    "idea": ("Idée", "Idea"),
    "author": ("Auteur", "Author"),
    "count": ("Nombre", "Count"),
    "unthemed": ("Sans thème", "No theme"),
    "idea_count": (("{n} idée", "{n} idées"), ("{n} idea", "{n} ideas")),
    "ideas_total": ("Idées : {n}; thèmes : {t}", "Ideas: {n}; themes: {t}"),
    # report: votes
    "votes": ("Votes", "Votes"),
    "round": ("Tour", "Round"),
    "round_title": ("Tour de vote : {title}", "Voting round: {title}"),
    "settings": ("Paramètres", "Settings"),
    "target_ideas": ("vote sur les idées", "vote on ideas"),
    "target_themes": ("vote sur les thèmes", "vote on themes"),
    "dots_per_participant": ("{n} points par participant", "{n} dots per participant"),
    "dots_per_participant_one": ("1 point par participant", "1 dot per participant"),
    "max_per_item": ("au plus {n} par élément", "at most {n} per item"),
    "no_cap": ("sans maximum par élément", "no cap per item"),
    "anonymous": ("vote anonyme", "anonymous vote"),
    "named": ("vote nominatif", "named vote"),
    "status_draft": ("en préparation", "draft"),
    "status_open": ("ouvert", "open"),
    "status_closed": ("clos", "closed"),
    "rank": ("Rang", "Rank"),
    "candidate": ("Élément", "Item"),
    "dots": ("Points", "Dots"),
    "share": ("Part", "Share"),
    "voters": ("Votants", "Voters"),
    "voter_names": ("Qui a voté", "Who voted"),
    "tie": ("ex æquo", "tie"),
    "round_totals": ("Points placés : {dots}; votants : {voters}",
                     "Dots placed: {dots}; voters: {voters}"),
    "round_totals_anonymous": ("Points placés : {dots}", "Dots placed: {dots}"),
    "no_votes": ("Aucun point n'a été placé.", "No dots were placed."),
    "chart_top": ("Les {n} premiers", "Top {n}"),
    # report: roles
    "roles": ("Cartographie des rôles", "Role map"),
    "actor": ("Acteur", "Actor"),
    "kind": ("Type", "Kind"),
    "current_levels": ("Niveaux actuels", "Current levels"),
    "desired_levels": ("Niveaux souhaités", "Desired levels"),
    "heat_legend": ("0 aucun · 1 occasionnel · 2 important · 3 leader",
                    "0 none · 1 occasional · 2 significant · 3 leading"),
    "gaps": ("Écarts", "Gaps"),
    "no_gaps": ("Aucun écart entre les niveaux actuels et souhaités.",
                "No gap between current and desired levels."),
    "wheel": ("Roue des rôles", "Role wheel"),
    "coverage": ("Couverture", "Coverage"),
    "role": ("Rôle", "Role"),
    "description": ("Description", "Description"),
    "current": ("actuel", "current"),
    "desired": ("souhaité", "desired"),
    "held_current": ("Actuel", "Current"),
    "held_desired": ("Souhaité", "Desired"),
    "actors_holding": ("Acteurs (niveau 2 ou plus)", "Actors (level 2 or more)"),
    "level_sum_current": ("Somme actuelle", "Current total"),
    "level_sum_desired": ("Somme souhaitée", "Desired total"),
    # report: decisions
    "decisions": ("Décisions", "Decisions"),
    "resolution": ("Résolution {number}", "Resolution {number}"),
    "number": ("Numéro", "Number"),
    "text": ("Texte", "Text"),
    "outcome": ("Issue", "Outcome"),
    "proposed_by": ("Proposé par", "Moved by"),
    "seconded_by": ("Appuyé par", "Seconded by"),
    "votes_for": ("Pour", "For"),
    "votes_against": ("Contre", "Against"),
    "abstentions": ("Abstentions", "Abstentions"),
    "wording": ("Libellé", "Wording"),
    "outcome_adopted": ("Adoptée", "Carried"),
    "outcome_adopted_unanimously": ("Adoptée à l'unanimité", "Carried unanimously"),
    "outcome_rejected": ("Rejetée", "Defeated"),
    "outcome_deferred": ("Reportée", "Deferred"),
    "paper_ballots": ("bulletins papier", "paper ballots"),
    # report: actions
    "actions": ("Actions", "Actions"),
    "what": ("Quoi", "What"),
    "who": ("Qui", "Who"),
    "due": ("Échéance", "Due"),
    "status": ("État", "Status"),
    "action_open": ("À faire", "Open"),
    "action_done": ("Fait", "Done"),
    "empty_section": ("Rien à signaler.", "Nothing to report."),
    # report: csv columns
    "yes": ("Oui", "Yes"),
    "no": ("Non", "No"),
    "present_col": ("Présent", "Present"),
    "planned_min": ("Prévu (min)", "Planned (min)"),
    "actual_min": ("Réel (min)", "Actual (min)"),
    "overrun_min": ("Dépassement (min)", "Overrun (min)"),
    "share_pct": ("Part (%)", "Share (%)"),
    "tie_col": ("Ex æquo", "Tie"),
    "role_level": ("{role} ({which})", "{role} ({which})"),
    # report: facilitation guide and paper (h-minutes)
    "guide_kind": ("Guide d'animation", "Facilitation guide"),
    "guide_private": ("Document de l'animation : contient les notes privées, à ne pas distribuer.",
                      "For the facilitator: holds the private notes, do not hand out."),
    "guide_file": ("guide", "guide"),
    "session_notes": ("Notes de la séance", "Session notes"),
    "facilitator_notes": ("Notes d'animation", "Facilitator notes"),
    "materials": ("Matériel", "Materials"),
    "time": ("Heure", "Time"),
    "length": ("Durée", "Length"),
    "planned_end": ("Fin prévue", "Planned end"),
    "no_items": ("L'ordre du jour est vide.", "The agenda is empty."),
    # report: council meetings (issue 17, h-council)
    "council_conflict": ("{name} déclare son intérêt et se retire des délibérations.",
                         "{name} declares an interest and withdraws from the deliberations."),
    "roll_call": ("Vote nominal", "Roll call"),
    "conflicts": ("Déclarations d'intérêt", "Declarations of interest"),
    "quorum": ("Quorum", "Quorum"),
    "roll_for": ("pour", "for"),
    "roll_against": ("contre", "against"),
    "roll_abstain": ("abstention", "abstaining"),
    "roll_absent": ("absents", "absent"),
    "roll_voices": ("{name} ({n}\u00a0voix)", "{name} ({n}\u00a0voices)"),
    "roll_voice_one": ("{name} (1\u00a0voix)", "{name} (1\u00a0voice)"),
    "group_breakdown": ("Par groupe", "By group"),
    "group_first": ("{group}\u00a0: {item} 1er", "{group}: {item} first"),
    "group_first_tie": ("{group}\u00a0: {item} 1ers ex æquo", "{group}: {item} tied first"),
    "group_nobody": ("{group}\u00a0: aucun point", "{group}: no dots"),
    "group_withheld": ("Répartition par groupe non affichée : le groupe « {group} » compte moins "
                       "de {min} votants dans ce tour anonyme.",
                       "Breakdown by group not shown: group “{group}” has fewer than {min} "
                       "voters in this anonymous round."),
    "group_withheld_none": ("Répartition par groupe non affichée : aucun votant n'appartient à "
                            "un groupe.",
                            "Breakdown by group not shown: no voter belongs to a group."),
    # report: a session that follows another (issue 16, h-series2)
    "co_minutes_item": ("Adoption du procès-verbal de la séance du {date}",
                        "Adoption of the minutes of the meeting of {date}"),
    "co_minutes_item_title": ("Adoption du procès-verbal de la séance « {title} »",
                              "Adoption of the minutes of the meeting “{title}”"),
    "co_minutes_objective": ("Adopter le procès-verbal de la séance précédente, avec corrections "
                             "s'il y a lieu.",
                             "Adopt the minutes of the previous meeting, with corrections if any."),
    "co_minutes_resolution": ("d'adopter le procès-verbal de la séance du {date} tel que "
                              "présenté.",
                              "to adopt the minutes of the meeting of {date} as presented."),
    "co_minutes_resolution_title": ("d'adopter le procès-verbal de la séance « {title} » tel que "
                                    "présenté.",
                                    "to adopt the minutes of the meeting “{title}” as presented."),
    "co_follow_up_item": ("Suivi des actions", "Follow-up of actions"),
    "co_follow_up_objective": ("Faire le point sur les actions encore ouvertes à la fin de la "
                               "séance précédente ({n}).",
                               "Review the actions still open at the end of the previous session "
                               "({n})."),
    "co_part_participants": ("Les participants ({n}), présences à cocher de nouveau",
                             "The participants ({n}), attendance to be taken again"),
    "co_part_actors": ("Les acteurs et leurs niveaux de rôle ({n}), comme point de départ; les "
                       "niveaux précédents sont gardés",
                       "The actors and their role levels ({n}), as the starting point; the "
                       "previous levels are kept"),
    "co_part_actions": ("Les actions ouvertes ({n}), au point « Suivi des actions »",
                        "The open actions ({n}), under “Follow-up of actions”"),
    "co_part_agenda": ("Les points de l'ordre du jour non atteints ({n})",
                       "The agenda items not reached ({n})"),
    "co_part_agenda_not_run": ("Les points non atteints : aucun à reprendre (l'ordre du jour "
                               "précédent n'a pas été animé)",
                               "Items not reached: none to carry (the previous agenda was not "
                               "run live)"),
    "co_part_numbering": ("La numérotation des décisions : la prochaine sera {number}",
                          "The decision numbering: the next one will be {number}"),
    "co_part_minutes": ("L'adoption du procès-verbal de la séance précédente, avec un projet de "
                        "résolution",
                        "The adoption of the previous session's minutes, with a draft resolution"),
    # report: the démarche's report across sessions (issue 16, h-series2)
    "series_kind": ("Rapport de la démarche", "Process report"),
    "series_sessions": ("Séances", "Sessions"),
    "series_session_no": ("S{n}", "S{n}"),
    "series_session": ("Séance", "Session"),
    "series_file": ("Fichier", "File"),
    "series_follows": ("Fait suite à", "Follows"),
    "series_no_date": ("date non fixée", "no date set"),
    "series_count": ("{n} séances, du {first} au {last}", "{n} sessions, from {first} to {last}"),
    "series_count_one": ("1 séance", "1 session"),
    "series_not_linked": ("« {title} » ne fait pas suite à « {previous} » (aucun lien enregistré "
                          "entre elles) : les séances sont présentées par ordre de date.",
                          "“{title}” does not follow “{previous}” (no link recorded between "
                          "them): the sessions are shown in order of date."),
    "series_follows_missing": ("« {title} » fait suite à « {previous} »{date}, qui n'est pas "
                               "dans ce rapport.",
                               "“{title}” follows “{previous}”{date}, which is not in this "
                               "report."),
    "series_actions_intro": ("Chaque action avec son état à chaque séance où elle figure; "
                             "d'abord celles en retard (encore à faire, échéance passée au "
                             "{date}).",
                             "Each action with its status at each session it appears in; overdue "
                             "ones first (still open, due before {date})."),
    "series_overdue": ("{due} — en retard", "{due} — overdue"),
    "series_done_on": ("Fait le {date}", "Done on {date}"),
    "series_absent": ("—", "—"),
    "series_register": ("Registre des résolutions", "Resolutions register"),
    "series_counts": ("pour\u00a0: {f}\u202f; contre\u00a0: {a}\u202f; abstentions\u00a0: {x}",
                      "for: {f}; against: {a}; abstentions: {x}"),
    "series_priorities": ("Priorités au fil des séances", "Priorities over time"),
    "series_round_top": ("{session} — {round}", "{session} — {round}"),
    "series_priority": ("Priorité", "Priority"),
    "series_evolution": ("Évolution", "Change"),
    "series_evolution_intro": ("Rang de chaque priorité au dernier tour de vote clos de chaque "
                               "séance (les {n} premières de chaque séance).",
                               "Rank of each priority in the last closed voting round of each "
                               "session (the top {n} of each session)."),
    "series_rose": ("monte ({a} → {b})", "rises ({a} → {b})"),
    "series_fell": ("descend ({a} → {b})", "falls ({a} → {b})"),
    "series_steady": ("stable ({a})", "steady ({a})"),
    "series_new": ("nouvelle", "new"),
    "series_dropped": ("absente du dernier vote", "not in the latest vote"),
    "series_no_rounds": ("Aucun tour de vote clos.", "No closed voting round."),
    "series_roles": ("Les rôles au fil des séances", "The role map over time"),
    "series_roles_intro": ("Nombre d'acteurs au niveau 2 ou plus de chaque rôle : actuel / "
                           "souhaité.",
                           "Number of actors at level 2 or more in each role: current / desired."),
    "series_roles_none": ("Aucune séance n'a de cartographie des rôles.",
                          "No session has a role map."),
    "series_between": ("De {a} à {b}", "From {a} to {b}"),
    "series_gap_closed": ("Écart comblé : {gap}", "Gap closed: {gap}"),
    "series_gap_opened": ("Nouvel écart : {gap}", "New gap: {gap}"),
    "series_gap_still": ("Écarts qui demeurent : {n}", "Gaps that remain: {n}"),
    "series_no_gap_change": ("Aucun écart comblé ni ouvert.", "No gap closed or opened."),
    "series_gap_uncovered": ("{role} — personne au niveau 2 ou plus",
                             "{role} — nobody at level 2 or more"),
    "series_gap_below_desired": ("{role} — présence souhaitée au-dessus de l'actuelle",
                                 "{role} — desired presence above the current one"),
    "series_gap_overloaded": ("{actor} — 4 rôles ou plus de façon importante",
                              "{actor} — 4 or more roles at a significant level"),
    "series_attendance": ("Présences", "Attendance"),
    "series_registered": ("Inscrits", "Registered"),
    "series_rate": ("Taux", "Rate"),
    "series_by_org": ("Présences par organisation", "Attendance by organization"),
    "series_by_org_intro": ("Présents / inscrits à chaque séance.",
                            "Present / registered at each session."),
    "series_no_org": ("Sans organisation", "No organization"),
    "series_durations": ("Durées par méthode", "Time by method"),
    "series_durations_intro": ("Points animés en direct : durée prévue et réelle (médianes).",
                               "Items run live: planned and actual time (medians)."),
    "series_items": ("Points", "Items"),
    "series_planned_median": ("Prévu (médiane)", "Planned (median)"),
    "series_actual_median": ("Réel (médiane)", "Actual (median)"),
    # report: ce qui reste de « la démarche » (issue 16, area h-demarche)
    "priority_roles": ("Rôles par priorité", "Roles per priority"),
    "priority_roles_note": ("Niveaux de chaque acteur pour cette priorité, actuel → souhaité.",
                            "Levels of each actor for this priority, current → desired."),
    "evaluation": ("Évaluation de la séance", "Session evaluation"),
    "evaluation_scores": ("Notes données (note : personnes)", "Scores given (score: people)"),
    "evaluation_keep": ("À garder", "To keep"),
    "evaluation_change": ("À changer", "To change"),
    "series_evaluations": ("Évaluations des séances", "Session evaluations"),
    "series_average": ("Note moyenne (sur 5)", "Average score (out of 5)"),
    "series_raters": ("Personnes", "People"),
    # names of things inside messages ({kind}, errors.FacilitatorError): was errors.KINDS
    "kind_participant": ("participant", "participant"),
    "kind_theme": ("thème", "theme"),
    "kind_agenda_item": ("point de l'ordre du jour", "agenda item"),
    "kind_candidate": ("candidat", "candidate"),
    "kind_idea": ("idée", "idea"),
    # == what the core said inline until issue 14 (i18n.pick), area h-cat ======================
    # voting (facilitator/voting.py, ops/voting.py)
    "vote_someone": ("une personne", "someone"),
    "vote_participant_no": ("le participant n° {id}", "participant #{id}"),
    "budget_no_candidates": ("Aucun candidat pour l'instant : ajoutez-en avant de choisir le "
                             "nombre de points.",
                             "No candidates yet: add some before choosing the number of dots."),
    "budget_candidates": (("{n} candidat", "{n} candidats"), ("{n} candidate", "{n} candidates")),
    "budget_one": ("Avec {candidates}, 1 point par personne (environ un tiers) : chacun choisit sa "
                   "seule priorité.",
                   "With {candidates}, 1 dot per person (about a third): everyone picks a single "
                   "priority."),
    "budget_third": ("Avec {candidates}, environ un tiers ({b} points par personne) oblige à "
                     "choisir ses priorités sans pouvoir tout appuyer.",
                     "With {candidates}, about a third ({b} dots per person) makes everyone pick "
                     "priorities instead of backing everything."),
    "vote_deleted_candidate": ("(supprimé, n° {item})", "(deleted, #{item})"),
    "vote_runoff_title": ("{title} — second tour", "{title} — runoff"),
    # the agenda's live run (facilitator/agenda.py)
    "shift_on_time": ("à l'heure", "on time"),
    "shift_behind": ("{d} de retard", "{d} behind"),
    "shift_ahead": ("{d} d'avance", "{d} ahead"),
    # the session's evaluation (facilitator/evaluation.py)
    "evaluation_item_title": ("Évaluation de la séance", "Session evaluation"),
    "evaluation_no_score": ("Aucune note donnée.", "No score given."),
    "evaluation_people": (("{n} personne", "{n} personnes"), ("{n} person", "{n} people")),
    "evaluation_average": ("Note moyenne : {avg} sur 5 ({people}).",
                           "Average score: {avg} out of 5 ({people})."),
    # roles for each priority (facilitator/rolemap_priorities.py); {title} is already quoted
    "quoted": ("« {title} »", "“{title}”"),
    "list_nor": (" ni ", " or "),
    "priority_prefix": ("Pour {title} : ", "For {title}: "),
    "priority_empty": ("Pour {title} : aucun niveau n'est encore donné ; donnez les rôles dont "
                       "cette priorité a besoin (niveau souhaité) et qui les tient.",
                       "For {title}: no level given yet; set the roles this priority needs "
                       "(desired level) and who holds them."),
    "priority_nobody_is": ("personne n'est {roles}.", "nobody is {roles}."),
    # the role map's sentences (facilitator/rolemap.py)
    "list_and": (" et ", " and "),
    "list_others": (("{n} autre", "{n} autres"), ("{n} other", "{n} others")),
    "role_no_actor_today": ("aucun acteur aujourd'hui", "no actor today"),
    "role_actors_today": (("{n} acteur aujourd'hui", "{n} acteurs aujourd'hui"),
                          ("{n} actor today", "{n} actors today")),
    "role_nor_desired": (" ni souhaité", " or desired"),
    "role_desired": (("{n} souhaité", "{n} souhaités"), ("{n} desired", "{n} desired")),
    "role_at_higher_level": (", à un niveau plus élevé", ", at a higher level"),
    "role_aim_significant": (("vise un niveau important", "visent un niveau important"),
                             ("aims for a significant level", "aim for a significant level")),
    "role_aim_leading": (("vise le niveau leader", "visent le niveau leader"),
                         ("aims for the leading level", "aim for the leading level")),
    "role_aim_either": ("visent un niveau important ou leader",
                        "aim for a significant or leading level"),
    "role_hold_occasionally": (("le tient de façon occasionnelle",
                                "le tiennent de façon occasionnelle"),
                               ("holds it occasionally", "hold it occasionally")),
    "role_nobody_aims": ("aucun acteur ne vise encore ce rôle", "no actor aims for it yet"),
    "role_sentence": ("{role} : {size} ; {who}.", "{role}: {size}; {who}."),
    "role_count": (("{n} rôle", "{n} rôles"), ("{n} role", "{n} roles")),
    "role_overload_flagged": ("{name} tient {held} de façon importante : risque de surcharge "
                              "signalé par l'animation.",
                              "{name} holds {held} at a significant level: risk of overload "
                              "flagged by the facilitator."),
    "role_overload": ("{name} tient {held} de façon importante aujourd'hui, {wished} : risque de "
                      "surcharge.",
                      "{name} holds {held} at a significant level today, {wished}: risk of "
                      "overload."),
    "roles_nobody": ("Rôles que personne ne tient, même de façon occasionnelle, ni ne vise : "
                     "{roles}.",
                     "Roles nobody holds, even occasionally, or aims for: {roles}."),
    "role_shared_lead": ("{role} : plusieurs acteurs le mènent ({who}) ; à clarifier qui fait "
                         "quoi.",
                         "{role}: several actors lead it ({who}); worth clarifying who does "
                         "what."),
    # kinds of actor offered in lists (rolemap.ACTOR_KINDS)
    "actor_kind_municipal": ("Municipal", "Municipal"),
    "actor_kind_community": ("Communautaire", "Community"),
    "actor_kind_public_institution": ("Institution publique", "Public institution"),
    "actor_kind_business": ("Entreprise", "Business"),
    "actor_kind_citizen_group": ("Groupe citoyen", "Citizen group"),
    "actor_kind_other": ("Autre", "Other"),
    # the démarche's history of methods (facilitator/history.py)
    "method_suggestion": ("{method}\u00a0: prévu {planned}, réel médian {actual} sur {sessions} "
                          "séances",
                          "{method}: planned {planned}, actual median {actual} over {sessions} "
                          "sessions"),
    # the command line (facilitator/cli.py): help, what a command says, `info`'s counts
    "cli_new_date": ("date de la séance", "date of the session"),
    "cli_new_after": ("faire suite à la séance PREVIOUS (lue seulement, jamais modifiée) : "
                      "participants, acteurs et niveaux de rôle, actions ouvertes, points non "
                      "atteints, numérotation des décisions, adoption du procès-verbal",
                      "follow the session PREVIOUS (only read, never changed): participants, "
                      "actors and role levels, open actions, items not reached, decision "
                      "numbering, adoption of the minutes"),
    "cli_new_without": ("avec --after, les parties à ne pas reprendre, séparées par des "
                        "virgules : participants, actors, actions, agenda, numbering, minutes",
                        "with --after, the parts not to carry over, comma-separated: "
                        "participants, actors, actions, agenda, numbering, minutes"),
    "cli_series": ("rapport de la démarche : plusieurs séances, par ordre de date",
                   "the démarche's report: several sessions, in order of date"),
    "cli_series_force": ("remplacer OUT s'il existe", "replace OUT if it exists"),
    "cli_created": ("Séance créée : {file}", "Session created: {file}"),
    "cli_created_after": ("Séance créée : {file} (à la suite de « {title} »{when})",
                          "Session created: {file} (following “{title}”{when})"),
    "cli_not_carried": ("  − non repris : {part}", "  − not carried: {part}"),
    "cli_healthy": ("« {file} » est sain.", "“{file}” is healthy."),
    "cli_demo_made": ("Séance de démonstration : {file}", "Demo session: {file}"),
    "cli_bad_date": ("date invalide : {date} (AAAA-MM-JJ)", "invalid date: {date} (YYYY-MM-DD)"),
    "cli_without_alone": ("--without va avec --after", "--without goes with --after"),
    "cli_new_title": ("Nouvelle séance", "New session"),
    "cli_room_open": ("Salle ouverte pour « {file} ». Ctrl+C pour fermer.",
                      "Room open for “{file}”. Ctrl+C to close."),
    "cli_room_closed": ("Salle fermée.", "Room closed."),
    "cli_count_line": ("  {label} : {value}", "  {label}: {value}"),
    "cli_count_participants": ("Participants", "Participants"),
    "cli_count_agenda_items": ("Points à l'ordre du jour", "Agenda items"),
    "cli_count_themes": ("Thèmes", "Themes"),
    "cli_count_ideas": ("Idées", "Ideas"),
    "cli_count_rounds": ("Tours de vote", "Voting rounds"),
    "cli_count_votes": ("Votes", "Votes"),
    "cli_count_actors": ("Acteurs", "Actors"),
    "cli_count_decisions": ("Décisions", "Decisions"),
    "cli_count_actions": ("Actions", "Actions"),
    # the wording of a resolution in the minutes (facilitator/decisions.py): "resolved_*" follow
    # the movers; "bare_*" stand alone when nobody is named; "closing_*" state an outcome that
    # is not « résolu » (after the text)
    "resolution_moved": ("Il est proposé par {p}", "It is moved by {p}"),
    "resolution_moved_nobody": ("Il est proposé", "It is moved"),
    "resolution_seconded": (", appuyé par {s}", ", seconded by {s}"),
    "resolution_resolved_adopted_unanimously": (" et résolu à l'unanimité",
                                                " and resolved unanimously"),
    "resolution_resolved_adopted": (" et résolu à la majorité", " and resolved by a majority"),
    "resolution_bare_adopted_unanimously": ("Il est résolu à l'unanimité",
                                            "It is resolved unanimously"),
    "resolution_bare_adopted": ("Il est résolu à la majorité", "It is resolved by a majority"),
    "resolution_closing_rejected": ("La proposition est rejetée", "The motion is defeated"),
    "resolution_closing_deferred": ("L'étude de la proposition est reportée à une séance "
                                    "ultérieure",
                                    "The motion is deferred to a later meeting"),
    "resolution_votes_for": ("pour\u00a0: {n}", "for: {n}"),
    "resolution_votes_against": ("contre\u00a0: {n}", "against: {n}"),
    "resolution_abstentions": ("abstentions\u00a0: {n}", "abstentions: {n}"),
    "resolution_count_sep": ("\u202f; ", "; "),
    "resolution_colon": ("\u00a0: ", ": "),
    # a council's decision and its quorum in the minutes (facilitator/council.py)
    "council_adopted": ("Adoptée", "Carried"),
    "council_rejected": ("Rejetée", "Defeated"),
    "council_simple": ("{verdict} : {v_for} voix pour, {v_against} contre",
                       "{verdict}: {v_for} voices for, {v_against} against"),
    "council_double_yes": ("{verdict} : {v_for} voix sur {cast} exprimées, {share} de la "
                           "population",
                           "{verdict}: {v_for} of {cast} voices cast, {share} of the population"),
    "council_double_no_voices": ("{verdict} : {v_for} voix sur {cast} exprimées, majorité des "
                                 "voix non atteinte",
                                 "{verdict}: {v_for} of {cast} voices cast, no majority of "
                                 "voices"),
    "council_double_no_pop": ("{verdict} : majorité des voix atteinte, mais {share} de la "
                              "population seulement",
                              "{verdict}: majority of voices reached, but only {share} of the "
                              "population"),
    "council_nobody": ("{verdict} : aucune voix exprimée", "{verdict}: no voice cast"),
    "council_casting": (" ; vote prépondérant du préfet", "; the préfet's casting vote"),
    "council_deemed": (" ; aucune décision du conseil, le préfet n'a pas tranché",
                       "; no decision by the council, the préfet did not decide"),
    "council_limited": (" ; voix limitées (LAU, art. 202)", "; voices limited (LAU, s. 202)"),
    "council_quorum_yes": ("Quorum atteint : {n} {members_n} sur {total}, {v} voix sur {vt}",
                           "Quorum: {n} of {total} {members_total}, {v} of {vt} {voices_vt}"),
    "council_quorum_no": ("Quorum non atteint : {n} {members_n} sur {total}, {v} voix sur {vt} "
                          "(il faut {nn} {members_nn} et {vn} voix)",
                          "No quorum: {n} of {total} {members_total}, {v} of {vt} {voices_vt} "
                          "({nn} {members_nn} and {vn} {voices_vn} needed)"),
    "council_members": (("membre", "membres"), ("member", "members")),
    "council_voices": (("voix", "voix"), ("voice", "voices")),
    # how the seven roles are introduced and credited, and their levels (facilitator/roles.py);
    # the roles' own names and descriptions are data, kept with them in roles.ROLES
    "roles_heading": ("Sept rôles en soutien au changement systémique",
                      "Seven roles in support of systems change"),
    "roles_source": ("Rôles tirés du cadre de référence de Communagir, terminologie adaptée de "
                     "Sinha et Draimin (2016), Mapping momentum.",
                     "Roles from Communagir's reference frame, terminology adapted from Sinha & "
                     "Draimin (2016), Mapping momentum."),
    "role_level_0": ("Aucun", "None"),
    "role_level_1": ("Occasionnel", "Occasional"),
    "role_level_2": ("Important", "Significant"),
    "role_level_3": ("Leader", "Leading"),
    # templates and démarches (facilitator/templates.py)
    "template_sessions": ("{n} séances : {listed}", "{n} sessions: {listed}"),
    "template_step": ("Séance {step} sur {n} de la démarche « {name} » : {title}.",
                      "Session {step} of {n} of the process “{name}”: {title}."),
    "template_saved_from": ("Modèle enregistré à partir de la séance « {title} »",
                            "Template saved from the session “{title}”"),
    # the session file on disk (facilitator/store/files.py)
    "file_not_regular": ("{name} n'est pas un fichier", "{name} is not a file"),
}


def language(lang: str | None = None) -> str:
    """"en" or "fr": the given language, else the current one; anything else than English is
    French (French first)."""
    return "en" if (lang or current_language()) == "en" else "fr"


def text(key: str, lang: str | None = None, /, **fields: object) -> str:
    """The catalogue's text for key in lang (None: the current language), formatted with fields
    when there are any. A count entry needs n (its singular or plural form by the language's
    rule). KeyError for a key the catalogue does not have."""
    english = (lang or current_language()) == "en"
    chosen = MESSAGES[key][english]
    if chosen.__class__ is tuple:   # a count: (singular, plural)
        chosen = chosen[0 if singular(fields["n"], "en" if english else "fr") else 1]
    return chosen.format(**fields) if fields else chosen


class Phrase:
    """A catalogue text said later, in the reader's language: `str(p)` in the current language,
    `p.text(lang)` in a given one. Fields that are phrases themselves are said in that language
    too."""

    __slots__ = ("key", "fields")

    def __init__(self, key: str, **fields: object) -> None:
        self.key, self.fields = key, fields

    def text(self, lang: str | None = None) -> str:
        return text(self.key, lang, **{k: (v.text(lang) if isinstance(v, Phrase) else v)
                                       for k, v in self.fields.items()})

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Phrase({self.key!r}, **{self.fields!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.key, self.fields) == (other.key, other.fields)

    def __hash__(self) -> int:
        return hash(self.key)

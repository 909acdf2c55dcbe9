"""The words of the report (headings, column names, sentences) in French and English, and
how numbers, dates and shares are written in each. Every export format reads them here.

Role names and descriptions are not here: they come from `facilitator.roles`.
"""
from __future__ import annotations

import datetime as _dt

_FR: dict[str, str] = {
    # document
    "report_kind": "Procès-verbal",
    "creator": "Facilitateur",
    "page": "Page {n} de {total}",
    "generated": "Document produit par Facilitateur",
    "date": "Date",
    "place": "Lieu",
    "organizer": "Organisation",
    "facilitators": "Animation",
    "start_time": "Heure de début",
    "contents": "Contenu",
    # attendance
    "attendance": "Présences",
    "present": "Présents",
    "absent": "Absents",
    "nobody": "Personne",
    "name": "Nom",
    "organization": "Organisation",
    "attendance_count": "Présents : {present} sur {total} inscrits",
    # agenda
    "agenda": "Ordre du jour",
    "item_no": "N°",
    "item": "Point",
    "start": "Début",
    "end": "Fin",
    "planned": "Prévu",
    "actual": "Réel",
    "overrun": "Dépassement",
    "objective": "Objectif",
    "method": "Méthode",
    "notes": "Notes",
    "total": "Total",
    "not_run": "—",
    "agenda_overrun_total": "Dépassement total : {d}",
    # ideas
    "ideas": "Idées par thème",
    "theme": "Thème",
    "idea": "Idée",
    "author": "Auteur",
    "count": "Nombre",
    "unthemed": "Sans thème",
    "idea_count": "{n} idées",
    "idea_count_one": "1 idée",
    "ideas_total": "Idées : {n}; thèmes : {t}",
    # votes
    "votes": "Votes",
    "round": "Tour",
    "round_title": "Tour de vote : {title}",
    "settings": "Paramètres",
    "target_ideas": "vote sur les idées",
    "target_themes": "vote sur les thèmes",
    "dots_per_participant": "{n} points par participant",
    "dots_per_participant_one": "1 point par participant",
    "max_per_item": "au plus {n} par élément",
    "no_cap": "sans maximum par élément",
    "anonymous": "vote anonyme",
    "named": "vote nominatif",
    "status_draft": "en préparation",
    "status_open": "ouvert",
    "status_closed": "clos",
    "rank": "Rang",
    "candidate": "Élément",
    "dots": "Points",
    "share": "Part",
    "voters": "Votants",
    "voter_names": "Qui a voté",
    "tie": "ex æquo",
    "round_totals": "Points placés : {dots}; votants : {voters}",
    "round_totals_anonymous": "Points placés : {dots}",
    "no_votes": "Aucun point n'a été placé.",
    "chart_top": "Les {n} premiers",
    # roles
    "roles": "Cartographie des rôles",
    "actor": "Acteur",
    "kind": "Type",
    "current_levels": "Niveaux actuels",
    "desired_levels": "Niveaux souhaités",
    "heat_legend": "0 aucun · 1 occasionnel · 2 important · 3 leader",
    "gaps": "Écarts",
    "no_gaps": "Aucun écart entre les niveaux actuels et souhaités.",
    "wheel": "Roue des rôles",
    "coverage": "Couverture",
    "role": "Rôle",
    "description": "Description",
    "current": "actuel",
    "desired": "souhaité",
    "held_current": "Actuel",
    "held_desired": "Souhaité",
    "actors_holding": "Acteurs (niveau 2 ou plus)",
    "level_sum_current": "Somme actuelle",
    "level_sum_desired": "Somme souhaitée",
    # decisions
    "decisions": "Décisions",
    "resolution": "Résolution {number}",
    "number": "Numéro",
    "text": "Texte",
    "outcome": "Issue",
    "proposed_by": "Proposé par",
    "seconded_by": "Appuyé par",
    "votes_for": "Pour",
    "votes_against": "Contre",
    "abstentions": "Abstentions",
    "wording": "Libellé",
    "outcome_adopted": "Adoptée",
    "outcome_adopted_unanimously": "Adoptée à l'unanimité",
    "outcome_rejected": "Rejetée",
    "outcome_deferred": "Reportée",
    "paper_ballots": "bulletins papier",
    # actions
    "actions": "Actions",
    "what": "Quoi",
    "who": "Qui",
    "due": "Échéance",
    "status": "État",
    "action_open": "À faire",
    "action_done": "Fait",
    "empty_section": "Rien à signaler.",
    # csv columns
    "yes": "Oui",
    "no": "Non",
    "present_col": "Présent",
    "planned_min": "Prévu (min)",
    "actual_min": "Réel (min)",
    "overrun_min": "Dépassement (min)",
    "share_pct": "Part (%)",
    "tie_col": "Ex æquo",
    "role_level": "{role} ({which})",
    # -- facilitation guide and paper (h-minutes) --
    "guide_kind": "Guide d'animation",
    "guide_private": "Document de l'animation : contient les notes privées, à ne pas distribuer.",
    "guide_file": "guide",
    "session_notes": "Notes de la séance",
    "facilitator_notes": "Notes d'animation",
    "materials": "Matériel",
    "time": "Heure",
    "length": "Durée",
    "planned_end": "Fin prévue",
    "no_items": "L'ordre du jour est vide.",
    # -- council meetings (issue 17, h-council) --
    "council_conflict": "{name} déclare son intérêt et se retire des délibérations.",
    "roll_call": "Vote nominal",
    "conflicts": "Déclarations d'intérêt",
    "quorum": "Quorum",
    "roll_for": "pour",
    "roll_against": "contre",
    "roll_abstain": "abstention",
    "roll_absent": "absents",
    "roll_voices": "{name} ({n}\u00a0voix)",
    "roll_voice_one": "{name} (1\u00a0voix)",
    "group_breakdown": "Par groupe",
    "group_first": "{group}\u00a0: {item} 1er",
    "group_first_tie": "{group}\u00a0: {item} 1ers ex æquo",
    "group_nobody": "{group}\u00a0: aucun point",
    "group_withheld": "Répartition par groupe non affichée : le groupe « {group} » compte "
                      "moins de {min} votants dans ce tour anonyme.",
    "group_withheld_none": "Répartition par groupe non affichée : aucun votant n'appartient à "
                           "un groupe.",


    # -- a session that follows another (issue 16, h-series2) --
    "co_minutes_item": "Adoption du procès-verbal de la séance du {date}",
    "co_minutes_item_title": "Adoption du procès-verbal de la séance « {title} »",
    "co_minutes_objective": "Adopter le procès-verbal de la séance précédente, avec corrections "
                            "s'il y a lieu.",
    "co_minutes_resolution": "d'adopter le procès-verbal de la séance du {date} tel que présenté.",
    "co_minutes_resolution_title": "d'adopter le procès-verbal de la séance « {title} » tel "
                                   "que présenté.",
    "co_follow_up_item": "Suivi des actions",
    "co_follow_up_objective": "Faire le point sur les actions encore ouvertes à la fin de la "
                              "séance précédente ({n}).",
    "co_part_participants": "Les participants ({n}), présences à cocher de nouveau",
    "co_part_actors": "Les acteurs et leurs niveaux de rôle ({n}), comme point de départ; les "
                      "niveaux précédents sont gardés",
    "co_part_actions": "Les actions ouvertes ({n}), au point « Suivi des actions »",
    "co_part_agenda": "Les points de l'ordre du jour non atteints ({n})",
    "co_part_agenda_not_run": "Les points non atteints : aucun à reprendre (l'ordre du jour "
                              "précédent n'a pas été animé)",
    "co_part_numbering": "La numérotation des décisions : la prochaine sera {number}",
    "co_part_minutes": "L'adoption du procès-verbal de la séance précédente, avec un projet de "
                       "résolution",
    # -- the démarche's report across sessions (issue 16, h-series2) --
    "series_kind": "Rapport de la démarche",
    "series_sessions": "Séances",
    "series_session_no": "S{n}",
    "series_session": "Séance",
    "series_file": "Fichier",
    "series_follows": "Fait suite à",
    "series_no_date": "date non fixée",
    "series_count": "{n} séances, du {first} au {last}",
    "series_count_one": "1 séance",
    "series_not_linked": "« {title} » ne fait pas suite à « {previous} » (aucun lien "
                         "enregistré entre elles) : les séances sont présentées par ordre de "
                         "date.",
    "series_follows_missing": "« {title} » fait suite à « {previous} »{date}, qui n'est pas "
                              "dans ce rapport.",
    "series_actions_intro": "Chaque action avec son état à chaque séance où elle figure; "
                            "d'abord celles en retard (encore à faire, échéance passée au "
                            "{date}).",
    "series_overdue": "{due} — en retard",
    "series_done_on": "Fait le {date}",
    "series_absent": "—",
    "series_register": "Registre des résolutions",
    "series_counts": "pour : {f} ; contre : {a} ; abstentions : {x}",
    "series_priorities": "Priorités au fil des séances",
    "series_round_top": "{session} — {round}",
    "series_priority": "Priorité",
    "series_evolution": "Évolution",
    "series_evolution_intro": "Rang de chaque priorité au dernier tour de vote clos de "
                              "chaque séance (les {n} premières de chaque séance).",
    "series_rose": "monte ({a} → {b})",
    "series_fell": "descend ({a} → {b})",
    "series_steady": "stable ({a})",
    "series_new": "nouvelle",
    "series_dropped": "absente du dernier vote",
    "series_no_rounds": "Aucun tour de vote clos.",
    "series_roles": "Les rôles au fil des séances",
    "series_roles_intro": "Nombre d'acteurs au niveau 2 ou plus de chaque rôle : actuel / "
                          "souhaité.",
    "series_roles_none": "Aucune séance n'a de cartographie des rôles.",
    "series_between": "De {a} à {b}",
    "series_gap_closed": "Écart comblé : {gap}",
    "series_gap_opened": "Nouvel écart : {gap}",
    "series_gap_still": "Écarts qui demeurent : {n}",
    "series_no_gap_change": "Aucun écart comblé ni ouvert.",
    "series_gap_uncovered": "{role} — personne au niveau 2 ou plus",
    "series_gap_below_desired": "{role} — présence souhaitée au-dessus de l'actuelle",
    "series_gap_overloaded": "{actor} — 4 rôles ou plus de façon importante",
    "series_attendance": "Présences",
    "series_registered": "Inscrits",
    "series_rate": "Taux",
    "series_by_org": "Présences par organisation",
    "series_by_org_intro": "Présents / inscrits à chaque séance.",
    "series_no_org": "Sans organisation",
    "series_durations": "Durées par méthode",
    "series_durations_intro": "Points animés en direct : durée prévue et réelle (médianes).",
    "series_items": "Points",
    "series_planned_median": "Prévu (médiane)",
    "series_actual_median": "Réel (médiane)",
    # ce qui reste de « la démarche » (issue 16, area h-demarche)
    "priority_roles": "Rôles par priorité",
    "priority_roles_note": "Niveaux de chaque acteur pour cette priorité, actuel → souhaité.",
    "evaluation": "Évaluation de la séance",
    "evaluation_scores": "Notes données (note : personnes)",
    "evaluation_keep": "À garder",
    "evaluation_change": "À changer",
    "series_evaluations": "Évaluations des séances",
    "series_average": "Note moyenne (sur 5)",
    "series_raters": "Personnes",
}

_EN: dict[str, str] = {
    "report_kind": "Minutes",
    "creator": "Facilitateur",
    "page": "Page {n} of {total}",
    "generated": "Document produced by Facilitateur",
    "date": "Date",
    "place": "Place",
    "organizer": "Organization",
    "facilitators": "Facilitation",
    "start_time": "Start time",
    "contents": "Contents",
    "attendance": "Attendance",
    "present": "Present",
    "absent": "Absent",
    "nobody": "Nobody",
    "name": "Name",
    "organization": "Organization",
    "attendance_count": "Present: {present} of {total} registered",
    "agenda": "Agenda",
    "item_no": "No.",
    "item": "Item",
    "start": "Start",
    "end": "End",
    "planned": "Planned",
    "actual": "Actual",
    "overrun": "Overrun",
    "objective": "Objective",
    "method": "Method",
    "notes": "Notes",
    "total": "Total",
    "not_run": "—",
    "agenda_overrun_total": "Total overrun: {d}",
    "ideas": "Ideas by theme",
    "theme": "Theme",
    "idea": "Idea",
    "author": "Author",
    "count": "Count",
    "unthemed": "No theme",
    "idea_count": "{n} ideas",
    "idea_count_one": "1 idea",
    "ideas_total": "Ideas: {n}; themes: {t}",
    "votes": "Votes",
    "round": "Round",
    "round_title": "Voting round: {title}",
    "settings": "Settings",
    "target_ideas": "vote on ideas",
    "target_themes": "vote on themes",
    "dots_per_participant": "{n} dots per participant",
    "dots_per_participant_one": "1 dot per participant",
    "max_per_item": "at most {n} per item",
    "no_cap": "no cap per item",
    "anonymous": "anonymous vote",
    "named": "named vote",
    "status_draft": "draft",
    "status_open": "open",
    "status_closed": "closed",
    "rank": "Rank",
    "candidate": "Item",
    "dots": "Dots",
    "share": "Share",
    "voters": "Voters",
    "voter_names": "Who voted",
    "tie": "tie",
    "round_totals": "Dots placed: {dots}; voters: {voters}",
    "round_totals_anonymous": "Dots placed: {dots}",
    "no_votes": "No dots were placed.",
    "chart_top": "Top {n}",
    "roles": "Role map",
    "actor": "Actor",
    "kind": "Kind",
    "current_levels": "Current levels",
    "desired_levels": "Desired levels",
    "heat_legend": "0 none · 1 occasional · 2 significant · 3 leading",
    "gaps": "Gaps",
    "no_gaps": "No gap between current and desired levels.",
    "wheel": "Role wheel",
    "coverage": "Coverage",
    "role": "Role",
    "description": "Description",
    "current": "current",
    "desired": "desired",
    "held_current": "Current",
    "held_desired": "Desired",
    "actors_holding": "Actors (level 2 or more)",
    "level_sum_current": "Current total",
    "level_sum_desired": "Desired total",
    "decisions": "Decisions",
    "resolution": "Resolution {number}",
    "number": "Number",
    "text": "Text",
    "outcome": "Outcome",
    "proposed_by": "Moved by",
    "seconded_by": "Seconded by",
    "votes_for": "For",
    "votes_against": "Against",
    "abstentions": "Abstentions",
    "wording": "Wording",
    "outcome_adopted": "Carried",
    "outcome_adopted_unanimously": "Carried unanimously",
    "outcome_rejected": "Defeated",
    "outcome_deferred": "Deferred",
    "paper_ballots": "paper ballots",
    "actions": "Actions",
    "what": "What",
    "who": "Who",
    "due": "Due",
    "status": "Status",
    "action_open": "Open",
    "action_done": "Done",
    "empty_section": "Nothing to report.",
    "yes": "Yes",
    "no": "No",
    "present_col": "Present",
    "planned_min": "Planned (min)",
    "actual_min": "Actual (min)",
    "overrun_min": "Overrun (min)",
    "share_pct": "Share (%)",
    "tie_col": "Tie",
    "role_level": "{role} ({which})",
    # -- facilitation guide and paper (h-minutes) --
    "guide_kind": "Facilitation guide",
    "guide_private": "For the facilitator: holds the private notes, do not hand out.",
    "guide_file": "guide",
    "session_notes": "Session notes",
    "facilitator_notes": "Facilitator notes",
    "materials": "Materials",
    "time": "Time",
    "length": "Length",
    "planned_end": "Planned end",
    "no_items": "The agenda is empty.",
    # -- council meetings (issue 17, h-council) --
    "council_conflict": "{name} declares an interest and withdraws from the deliberations.",
    "roll_call": "Roll call",
    "conflicts": "Declarations of interest",
    "quorum": "Quorum",
    "roll_for": "for",
    "roll_against": "against",
    "roll_abstain": "abstaining",
    "roll_absent": "absent",
    "roll_voices": "{name} ({n}\u00a0voices)",
    "roll_voice_one": "{name} (1\u00a0voice)",
    "group_breakdown": "By group",
    "group_first": "{group}: {item} first",
    "group_first_tie": "{group}: {item} tied first",
    "group_nobody": "{group}: no dots",
    "group_withheld": "Breakdown by group not shown: group “{group}” has fewer than {min} "
                      "voters in this anonymous round.",
    "group_withheld_none": "Breakdown by group not shown: no voter belongs to a group.",


    # -- a session that follows another (issue 16, h-series2) --
    "co_minutes_item": "Adoption of the minutes of the meeting of {date}",
    "co_minutes_item_title": "Adoption of the minutes of the meeting “{title}”",
    "co_minutes_objective": "Adopt the minutes of the previous meeting, with corrections if "
                            "any.",
    "co_minutes_resolution": "to adopt the minutes of the meeting of {date} as presented.",
    "co_minutes_resolution_title": "to adopt the minutes of the meeting “{title}” as presented.",
    "co_follow_up_item": "Follow-up of actions",
    "co_follow_up_objective": "Review the actions still open at the end of the previous "
                              "session ({n}).",
    "co_part_participants": "The participants ({n}), attendance to be taken again",
    "co_part_actors": "The actors and their role levels ({n}), as the starting point; the "
                      "previous levels are kept",
    "co_part_actions": "The open actions ({n}), under “Follow-up of actions”",
    "co_part_agenda": "The agenda items not reached ({n})",
    "co_part_agenda_not_run": "Items not reached: none to carry (the previous agenda was not "
                              "run live)",
    "co_part_numbering": "The decision numbering: the next one will be {number}",
    "co_part_minutes": "The adoption of the previous session's minutes, with a draft "
                       "resolution",
    # -- the démarche's report across sessions (issue 16, h-series2) --
    "series_kind": "Process report",
    "series_sessions": "Sessions",
    "series_session_no": "S{n}",
    "series_session": "Session",
    "series_file": "File",
    "series_follows": "Follows",
    "series_no_date": "no date set",
    "series_count": "{n} sessions, from {first} to {last}",
    "series_count_one": "1 session",
    "series_not_linked": "“{title}” does not follow “{previous}” (no link recorded between "
                         "them): the sessions are shown in order of date.",
    "series_follows_missing": "“{title}” follows “{previous}”{date}, which is not in this "
                              "report.",
    "series_actions_intro": "Each action with its status at each session it appears in; "
                            "overdue ones first (still open, due before {date}).",
    "series_overdue": "{due} — overdue",
    "series_done_on": "Done on {date}",
    "series_absent": "—",
    "series_register": "Resolutions register",
    "series_counts": "for: {f}; against: {a}; abstentions: {x}",
    "series_priorities": "Priorities over time",
    "series_round_top": "{session} — {round}",
    "series_priority": "Priority",
    "series_evolution": "Change",
    "series_evolution_intro": "Rank of each priority in the last closed voting round of each "
                              "session (the top {n} of each session).",
    "series_rose": "rises ({a} → {b})",
    "series_fell": "falls ({a} → {b})",
    "series_steady": "steady ({a})",
    "series_new": "new",
    "series_dropped": "not in the latest vote",
    "series_no_rounds": "No closed voting round.",
    "series_roles": "The role map over time",
    "series_roles_intro": "Number of actors at level 2 or more in each role: current / "
                          "desired.",
    "series_roles_none": "No session has a role map.",
    "series_between": "From {a} to {b}",
    "series_gap_closed": "Gap closed: {gap}",
    "series_gap_opened": "New gap: {gap}",
    "series_gap_still": "Gaps that remain: {n}",
    "series_no_gap_change": "No gap closed or opened.",
    "series_gap_uncovered": "{role} — nobody at level 2 or more",
    "series_gap_below_desired": "{role} — desired presence above the current one",
    "series_gap_overloaded": "{actor} — 4 or more roles at a significant level",
    "series_attendance": "Attendance",
    "series_registered": "Registered",
    "series_rate": "Rate",
    "series_by_org": "Attendance by organization",
    "series_by_org_intro": "Present / registered at each session.",
    "series_no_org": "No organization",
    "series_durations": "Time by method",
    "series_durations_intro": "Items run live: planned and actual time (medians).",
    "series_items": "Items",
    "series_planned_median": "Planned (median)",
    "series_actual_median": "Actual (median)",
    # what is left of « la démarche » (issue 16, area h-demarche)
    "priority_roles": "Roles per priority",
    "priority_roles_note": "Levels of each actor for this priority, current → desired.",
    "evaluation": "Session evaluation",
    "evaluation_scores": "Scores given (score: people)",
    "evaluation_keep": "To keep",
    "evaluation_change": "To change",
    "series_evaluations": "Session evaluations",
    "series_average": "Average score (out of 5)",
    "series_raters": "People",
}

LABELS: dict[str, dict[str, str]] = {"fr": _FR, "en": _EN}

#: Section keys, in the order of the report; `include` picks among them. The facilitator's
#: notes are never one of them: they are private, printed only in the facilitation guide.
SECTIONS: tuple[str, ...] = ("attendance", "agenda", "ideas", "votes", "roles", "decisions",
                             "actions")

_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def norm_lang(lang: str | None) -> str:
    return "en" if lang == "en" else "fr"


def label(key: str, lang: str, **params: object) -> str:
    text = LABELS[norm_lang(lang)][key]
    return text.format(**params) if params else text


def fmt_date(iso: str | None, lang: str) -> str:
    """"2026-11-12" -> "12 novembre 2026" / "November 12, 2026"; other text as it is."""
    if not iso:
        return ""
    try:
        d = _dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    month = _MONTHS[norm_lang(lang)][d.month - 1]
    if norm_lang(lang) == "en":
        return f"{month} {d.day}, {d.year}"
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {month} {d.year}"


def fmt_share(share: float, lang: str) -> str:
    """0.125 -> "12,5 %" (fr, with a no-break space) / "12.5%" (en)."""
    pct = round(share * 100, 1)
    text = f"{pct:.1f}".rstrip("0").rstrip(".")
    if norm_lang(lang) == "en":
        return text + "%"
    return text.replace(".", ",") + "\u00a0%"


def fmt_length(seconds: float | None, lang: str) -> str:
    """A length as printed: "45 min", "1 h 30" (fr), "6 h 30 min" (en), its spaces no-break
    (U+00A0) so that a number is never on another line than its unit; "" for None."""
    if seconds is None:
        return ""
    from ..agenda import fmt_duration

    return fmt_duration(seconds, norm_lang(lang)).replace(" ", "\u00a0")


def fmt_minutes(minutes: int | None, lang: str) -> str:
    """A planned or actual length in whole minutes, as `fmt_length`; "" for None."""
    return "" if minutes is None else fmt_length(minutes * 60, lang)


def fmt_colon(lang: str) -> str:
    """The colon as each language writes it after a label (« Lieu : », "Place: ")."""
    return ": " if norm_lang(lang) == "en" else "\u00a0: "

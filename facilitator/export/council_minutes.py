"""What the minutes print at a council's roll-call decision (issue 17).

As Québec minutes record them: the declarations of interest before the resolution
(« Jean Roy déclare son intérêt et se retire des délibérations. »), the resolution itself
(``decisions.wording``), who voted how, the quorum at the decision, and the rule's one-line
explanation as the conclusion (« Adoptée : 14 voix sur 22 exprimées, 63 % de la population »).
A show-of-hands decision is left as it is.
"""
from __future__ import annotations

from .. import council as rules
from .labels import fmt_colon, label

_ORDER = ("for", "against", "abstain", "absent")


def roll_call_line(votes: dict, names: dict, voices: dict, lang: str) -> str:
    """« Vote nominal : pour : A (3 voix), B (1 voix) ; contre : C (1 voix) ; absents : D »."""
    colon = fmt_colon(lang)
    sep = "; " if lang == "en" else "\u202f; "
    parts = []
    for vote in _ORDER:
        who = [pid for pid, v in votes.items() if v == vote]
        if not who:
            continue
        if vote == "absent":
            people = [names.get(pid, "?") for pid in who]
        else:
            people = [label("roll_voice_one", lang, name=names.get(pid, "?"))
                      if voices.get(pid) == 1 else
                      label("roll_voices", lang, name=names.get(pid, "?"), n=voices.get(pid, 0))
                      for pid in who]
        parts.append(label(f"roll_{vote}", lang) + colon + ", ".join(people))
    return label("roll_call", lang) + colon + sep.join(parts) + "." if parts else ""


def annotate(store, rows: list, names: dict, lang: str) -> None:
    """Fill the council lines of each DecisionRow that has a roll call."""
    if store.council.settings() is None:
        return
    voices = {m.id: m.voices for m in store.council.members()}
    for d, row in zip(store.decisions.list(), rows):
        outcome = store.council.outcome(d.id)
        if outcome is None:
            continue
        votes = store.council.roll_call(d.id)
        row.conflicts = [label("council_conflict", lang, name=names.get(pid, "?"))
                         for pid in outcome.conflicts]
        row.roll_call = roll_call_line(votes, names, voices, lang)
        q = store.council.recorded_quorum(d.id)
        row.quorum = rules.explain_quorum(q, lang) + "." if q is not None else ""
        row.conclusion = rules.explain(outcome, lang) + "."

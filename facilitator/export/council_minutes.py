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


def lines(store, decision_id: int, names: dict, lang: str,
          voices: dict | None = None) -> dict[str, object] | None:
    """The council lines of one decision (None when it has no roll call): ``conflicts`` (a
    list), ``roll_call``, ``quorum`` and ``conclusion`` (the rule's explanation)."""
    outcome = store.council.outcome(decision_id)
    if outcome is None:
        return None
    recorded = store.council.recorded_members(decision_id)
    if recorded is not None:   # the voices each member held when the roll call was taken
        voices = {m.id: m.voices for m in recorded[1]}
    elif voices is None:
        voices = {m.id: m.voices for m in store.council.members()}
    q = store.council.recorded_quorum(decision_id)
    return {"conflicts": [label("council_conflict", lang, name=names.get(pid, "?"))
                          for pid in outcome.conflicts],
            "roll_call": roll_call_line(store.council.roll_call(decision_id), names, voices,
                                        lang),
            "quorum": rules.explain_quorum(q, lang) + "." if q is not None else "",
            "conclusion": rules.explain(outcome, lang) + "."}


def annotate(store, rows: list, names: dict, lang: str) -> None:
    """Fill the council lines of each DecisionRow that has a roll call."""
    if store.council.settings() is None:
        return
    voices = {m.id: m.voices for m in store.council.members()}
    for d, row in zip(store.decisions.list(), rows):
        found = lines(store, d.id, names, lang, voices)
        if found is not None:
            for key, value in found.items():
                setattr(row, key, value)

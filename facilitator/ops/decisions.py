"""Operations on decisions (number, text, mover and seconder, outcome, counts, numbering
pattern, roll call of a council) and on actions (added, from an idea, edited, done, removed)."""
from __future__ import annotations

import datetime as _dt

from .. import decisions as rules
from ..errors import FacilitatorError
from . import Label, operation

#: who moved and who seconded, with their undo labels
PEOPLE = {"proposed_by": "op_decision_mover", "seconded_by": "op_decision_seconder"}
COUNTS = ("votes_for", "votes_against", "abstentions")


def _number(store, decision_id) -> str:
    d = store.decisions.get(decision_id)
    return d.number if d is not None else "?"


def _decision(store, decision_id):
    d = store.decisions.get(decision_id)
    if d is None:
        raise FacilitatorError("op_decision_gone")
    return d


def _action(store, action_id):
    a = next((a for a in store.decisions.actions() if a.id == action_id), None)
    if a is None:
        raise FacilitatorError("op_action_gone")
    return a


# -- decisions --------------------------------------------------------------------------------

@operation(lambda store, *a, **k: Label("op_decision_add"))
def add_decision(store, text: str = "") -> int:
    """A new decision numbered by the session's pattern (facilitator.decisions)."""
    return rules.add_decision(store, text)


@operation(lambda store, decision_id, **_: Label("op_decision_remove",
                                                 number=_number(store, decision_id)))
def remove_decision(store, decision_id: int) -> bool:
    if store.decisions.get(decision_id) is None:
        return False
    store.decisions.remove(decision_id)
    return True


@operation(lambda store, decision_id, *a, **k: Label("op_decision_renumber",
                                                     number=_number(store, decision_id)))
def renumber(store, decision_id: int, number: str) -> str:
    """Another number (checked: not blank, not used by another decision); returns it."""
    _decision(store, decision_id)
    return rules.set_number(store, decision_id, number)


@operation(lambda store, decision_id, *a, **k: Label("op_decision_text",
                                                     number=_number(store, decision_id)))
def edit_text(store, decision_id: int, text: str) -> bool:
    d = _decision(store, decision_id)
    if d.text == text:
        return False
    store.decisions.update(decision_id, text=text)
    return True


@operation(lambda store, decision_id, field, *a, **k: Label(PEOPLE[field],
                                                            number=_number(store, decision_id)))
def set_person(store, decision_id: int, field: str, participant_id: int | None) -> bool:
    """Who moved (proposed_by) or seconded (seconded_by) a decision: a participant or None."""
    if field not in PEOPLE:
        raise KeyError(field)
    d = _decision(store, decision_id)
    if participant_id is not None and store.participants.get(participant_id) is None:
        raise FacilitatorError("op_person_gone")
    if getattr(d, field) == participant_id:
        return False
    store.decisions.update(decision_id, **{field: participant_id})
    return True


@operation(lambda store, decision_id, *a, **k: Label("op_decision_outcome",
                                                     number=_number(store, decision_id)))
def set_outcome(store, decision_id: int, outcome: str) -> bool:
    """The outcome of a show-of-hands decision; refused while a roll call is recorded on it
    (the council's rule computes it then)."""
    d = _decision(store, decision_id)
    if store.council.roll_call(decision_id):
        raise FacilitatorError("op_outcome_by_roll_call", number=d.number)
    if d.outcome == outcome:
        return False
    store.decisions.update(decision_id, outcome=outcome)
    return True


@operation(lambda store, decision_id, *a, **k: Label("op_decision_counts",
                                                     number=_number(store, decision_id)))
def set_counts(store, decision_id: int, votes_for: int | None, votes_against: int | None,
               abstentions: int | None) -> bool:
    """The show-of-hands counts (each a whole number >= 0, or None when not counted); refused
    while a roll call is recorded on the decision (its votes count instead)."""
    d = _decision(store, decision_id)
    if store.council.roll_call(decision_id):
        raise FacilitatorError("op_outcome_by_roll_call", number=d.number)
    rules.check_counts(votes_for, votes_against, abstentions)
    counts = dict(zip(COUNTS, (votes_for, votes_against, abstentions)))
    if all(getattr(d, k) == v for k, v in counts.items()):
        return False
    store.decisions.update(decision_id, **counts)
    return True


@operation(lambda store, pattern, **_: Label("op_decision_pattern"))
def set_pattern(store, pattern: str) -> str:
    """The session's numbering pattern (checked); returns it."""
    return rules.set_pattern(store, pattern)


# -- council roll calls -----------------------------------------------------------------------

@operation(lambda store, decision_id, **_: Label("op_roll_call", number=_number(store, decision_id)))
def start_roll_call(store, decision_id: int):
    """A roll call on a decision, every member present voting for and the others absent (the
    facilitator then changes the votes that differ). Returns the rule's outcome."""
    _decision(store, decision_id)
    present = {p.id for p in store.participants.list() if p.present}
    votes = {m.id: "for" if m.id in present else "absent" for m in store.council.members()}
    return store.council.take_roll_call(decision_id, votes)


@operation(lambda store, decision_id, *a, **k: Label("op_roll_call",
                                                     number=_number(store, decision_id)))
def record_roll_call(store, decision_id: int, votes: dict[int, str],
                     casting_vote: str | None = None):
    """The members' votes (members left out are absent) and the prefect's casting vote;
    returns the rule's outcome."""
    _decision(store, decision_id)
    return store.council.take_roll_call(decision_id, votes, casting_vote)


@operation(lambda store, decision_id, **_: Label("op_show_of_hands",
                                                 number=_number(store, decision_id)))
def clear_roll_call(store, decision_id: int) -> None:
    """Back to a show of hands."""
    _decision(store, decision_id)
    store.council.clear_roll_call(decision_id)


# -- actions ----------------------------------------------------------------------------------

def check_due(due: str | None) -> str | None:
    """A due date as YYYY-MM-DD (a real day), or None; anything else is refused."""
    due = (due or "").strip() or None
    if due is not None:
        try:
            _dt.date.fromisoformat(due)
        except ValueError:
            raise FacilitatorError("op_due_not_date", due=due) from None
    return due


@operation(lambda store, *a, **k: Label("op_action_add"))
def add_action(store, text: str, owner: str | None = None, due: str | None = None) -> int:
    """A new open action (a blank text is refused; due checked by check_due)."""
    if not (text or "").strip():
        raise FacilitatorError("op_action_blank")
    return store.decisions.add_action(text, owner, check_due(due))


@operation(lambda store, idea_id, **_: Label("op_action_from_idea"))
def add_action_from_idea(store, idea_id: int) -> int:
    """An open action whose text is the idea's, linked to it."""
    return rules.add_action_from_idea(store, idea_id)


@operation(lambda store, action_id, **_: Label("op_action_remove"))
def remove_action(store, action_id: int) -> bool:
    _action(store, action_id)
    store.decisions.remove_action(action_id)
    return True


@operation(lambda store, action_id, done, **_: Label("op_action_done" if done else "op_action_todo"))
def set_action_done(store, action_id: int, done: bool) -> bool:
    a = _action(store, action_id)
    status = "done" if done else "open"
    if a.status == status:
        return False
    store.decisions.update_action(action_id, status=status)
    return True


@operation(lambda store, action_id, due, **_: Label("op_action_due"))
def set_action_due(store, action_id: int, due: str | None) -> bool:
    a = _action(store, action_id)
    due = check_due(due)
    if a.due == due:
        return False
    store.decisions.update_action(action_id, due=due)
    return True


@operation(lambda store, action_id, text, **_: Label("op_action_text"))
def set_action_text(store, action_id: int, text: str) -> bool:
    a = _action(store, action_id)
    if not (text or "").strip():
        raise FacilitatorError("op_action_blank")
    if a.text == text:
        return False
    store.decisions.update_action(action_id, text=text)
    return True


@operation(lambda store, action_id, owner, **_: Label("op_action_owner"))
def set_action_owner(store, action_id: int, owner: str | None) -> bool:
    a = _action(store, action_id)
    if (a.owner or "") == (owner or ""):
        return False
    store.decisions.update_action(action_id, owner=owner)
    return True

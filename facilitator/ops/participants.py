"""Operations on the list of participants: arrivals at the door, edits, presence, removal,
imports, and a council member's municipality, voices, population and group."""
from __future__ import annotations

from typing import Iterable

from .. import participants as rules
from ..errors import FacilitatorError
from . import Label, operation

#: the fields a person's row edits
FIELDS = ("name", "organization", "email")


def _name(store, pid) -> str:
    p = store.participants.get(pid)
    return p.name if p is not None else "?"


def _people(store, ids: Iterable[int]) -> list:
    found = (store.participants.get(i) for i in dict.fromkeys(ids))
    return [p for p in found if p is not None]


def _check_in_label(store, name, *a, **k) -> Label:
    listed = rules.find_by_name(name or "", store.participants.list())
    if listed is not None:
        return Label("op_person_present", name=listed.name)
    return Label("op_person_add", name=name)


@operation(_check_in_label)
def check_in(store, name: str, organization: str | None = None) -> rules.CheckIn:
    """Someone arrives (facilitator.participants.check_in): ticked present when their name is
    on the list, else added, present. A blank name is refused."""
    if not (name or "").strip():
        raise FacilitatorError("op_person_blank")
    return rules.check_in(store, name, organization)


@operation(lambda store, pid, *a, **k: Label("op_person_edit", name=_name(store, pid)))
def edit(store, pid: int, field: str, value: str | None) -> bool:
    """Change a person's name, organization or email; a blank name is refused. False when
    nothing changes."""
    if field not in FIELDS:
        raise KeyError(field)
    p = store.participants.get(pid)
    if p is None:
        return False
    value = "" if value is None else str(value)
    if field == "name" and not value.strip():
        raise FacilitatorError("op_person_blank")
    if (getattr(p, field) or "") == value:
        return False
    store.participants.update(pid, **{field: value})
    return True


def _presence_label(store, ids, present, **_) -> Label:
    people = _people(store, ids)
    if len(people) == 1:
        return Label("op_person_present" if present else "op_person_absent", name=people[0].name)
    return Label("op_people_present" if present else "op_people_absent")


@operation(_presence_label)
def set_present(store, ids: Iterable[int], present: bool) -> list[int]:
    """Mark people present or absent; returns those whose mark changed."""
    changed = [p.id for p in _people(store, ids) if bool(p.present) != bool(present)]
    for pid in changed:
        store.participants.update(pid, present=bool(present))
    return changed


@operation(lambda store: Label("op_everyone_present"))
def mark_all_present(store) -> list[int]:
    """Everyone on the list present; returns who was marked."""
    return set_present(store, [p.id for p in store.participants.list() if not p.present], True)


def _remove_label(store, ids, **_) -> Label:
    people = _people(store, ids)
    if len(people) == 1:
        return Label("op_person_remove", name=people[0].name)
    return Label("op_people_remove", n=len(people))


@operation(_remove_label)
def remove(store, ids: Iterable[int]) -> int:
    """Take people off the list (their ideas stay, without an author); returns how many."""
    people = _people(store, ids)
    for p in people:
        store.participants.remove(p.id)
    return len(people)


@operation(lambda store, people, *a, **k: Label("op_people_import", n=len(people)))
def import_people(store, people: list[dict], merge: bool = True) -> tuple[int, int]:
    """Add a list of people (name, organization, email, present); merge: a name already on
    the list, or earlier in the list, updates that person instead. Returns (added, merged)."""
    plan = rules.plan_import(people, store.participants.list())
    return rules.import_people(store, plan, merge)


@operation(lambda store, pid, *a, **k: Label("op_person_edit", name=_name(store, pid)))
def set_council_member(store, pid: int, **fields) -> bool:
    """A council member's municipality, voices, population or group (store.council rules);
    False when nothing changes."""
    if store.participants.get(pid) is None:
        return False
    info = store.council.info().get(pid)
    if info is not None and all(getattr(info, k) == v for k, v in fields.items()):
        return False
    if "voices" in fields and fields["voices"] is None:   # no longer a member: not while voting
        numbers = [d.number for d in store.decisions.list()
                   if pid in store.council.roll_call(d.id)]
        if numbers:
            raise FacilitatorError("op_member_in_roll_call", name=_name(store, pid),
                                   numbers=", ".join(numbers))
    store.council.set_member(pid, **fields)
    return True

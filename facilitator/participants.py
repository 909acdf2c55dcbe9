"""Rules about the people in a session, without storage or Qt: one person is one name (ignoring
case, accents and spacing), checking in someone already on the list ticks them present instead
of adding them twice, and a list imported from a file offers to merge the names already there.

Everything that counts or lists people (the presence count, the names offered on a ballot, the
« proposé par » lists) goes through `distinct`, so a duplicate person that slipped in (typed
in the grid, an old file) never counts twice."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .model import Participant
from .tabular import fold


def name_key(name: str) -> str:
    """A name as compared: no case, no accents, spaces collapsed (« Chloé  FONTAINE » ->
    "chloe fontaine")."""
    return " ".join(fold(name or "").split())


def find_by_name(name: str, people: Iterable[Participant],
                 exclude: int | None = None) -> Participant | None:
    """The first person called name (ignoring case, accents and spacing), or None."""
    key = name_key(name)
    if not key:
        return None
    return next((p for p in people if p.id != exclude and name_key(p.name) == key), None)


def distinct(people: Iterable[Participant]) -> list[Participant]:
    """One entry per person, in list order: the first row of each name stands for it, present
    when any of its rows is."""
    out: dict[str, Participant] = {}
    for p in people:
        key = name_key(p.name) or f"#{p.id}"
        if key not in out:
            out[key] = Participant(p.id, p.name, p.organization, p.present, p.email)
        elif p.present:
            out[key].present = True
    return list(out.values())


def present_count(people: Iterable[Participant]) -> tuple[int, int]:
    """(people, of whom present), each person counted once."""
    people = distinct(people)
    return len(people), sum(1 for p in people if p.present)


def duplicate_rows(people: Iterable[Participant]) -> dict[int, Participant]:
    """id -> the earlier row with the same name, for every row that repeats a name."""
    first: dict[str, Participant] = {}
    out: dict[int, Participant] = {}
    for p in people:
        key = name_key(p.name)
        if not key:
            continue
        if key in first:
            out[p.id] = first[key]
        else:
            first[key] = p
    return out


@dataclass
class CheckIn:
    """What typing a name at the door did."""
    participant_id: int
    outcome: str       # "added", "marked_present" (was on the list, absent), "already_present"
    name: str          # the name as it is on the list


def check_in(store, name: str, organization: str | None = None) -> CheckIn:
    """Someone arrives: tick them present when their name is on the list (filling in their
    organization when the list had none), else add them, present. Call inside a transaction."""
    name = (name or "").strip()
    if not name:
        raise ValueError("empty name")
    existing = find_by_name(name, store.participants.list())
    if existing is None:
        pid = store.participants.add(name, organization, present=True)
        return CheckIn(pid, "added", store.participants.get(pid).name)
    fields: dict = {}
    if not existing.present:
        fields["present"] = True
    if organization and organization.strip() and not existing.organization:
        fields["organization"] = organization
    if fields:
        store.participants.update(existing.id, **fields)
    return CheckIn(existing.id, "already_present" if existing.present else "marked_present",
                   existing.name)


# -- importing a list -------------------------------------------------------------------------
@dataclass
class ImportRow:
    person: dict            # name, organization, email, present (see tabular.participants_from)
    match: int | None       # the participant already on the list with this name
    repeat_of: int | None   # index of an earlier row of the same file with this name


def plan_import(people: list[dict], existing: Iterable[Participant]) -> list[ImportRow]:
    """Each person of a file, with the participant of the same name already in the session
    (ignoring case and accents) and the earlier row of the file that has the same name."""
    existing = list(existing)
    seen: dict[str, int] = {}
    out = []
    for n, p in enumerate(people):
        key = name_key(p["name"])
        match = find_by_name(p["name"], existing)
        out.append(ImportRow(p, match.id if match else None, seen.get(key)))
        seen.setdefault(key, n)
    return out


def import_people(store, rows: list[ImportRow], merge: bool = True) -> tuple[int, int]:
    """Add the rows (call inside a transaction). merge True: a name already in the session (or
    earlier in the file) updates that person instead of adding a second one: present if either
    says so, organization and email filled in when missing. Returns (added, merged)."""
    added = merged = 0
    ids: dict[int, int] = {}   # row index -> participant id
    for n, row in enumerate(rows):
        p = row.person
        target = None
        if merge:
            target = row.match if row.match is not None else ids.get(row.repeat_of)
        if target is None:
            ids[n] = store.participants.add(p["name"], p.get("organization"),
                                            bool(p.get("present")), p.get("email"))
            added += 1
            continue
        ids[n] = target
        current = store.participants.get(target)
        fields: dict = {}
        if p.get("present") and not current.present:
            fields["present"] = True
        for key in ("organization", "email"):
            if p.get(key) and not getattr(current, key):
                fields[key] = p[key]
        if fields:
            store.participants.update(target, **fields)
        merged += 1
    return added, merged


def voters(people: Iterable[Participant]) -> tuple[list[Participant], list[Participant]]:
    """(offered, held back) on a ballot's name list: each person once; those marked present
    are offered and the absent held back (the facilitator can mark one present). When nobody
    is marked present (no check-in was done), everyone is offered."""
    people = distinct(people)
    present = [p for p in people if p.present]
    if not present:
        return people, []
    return present, [p for p in people if not p.present]

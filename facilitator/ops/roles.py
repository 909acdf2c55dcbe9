"""Operations on the roles map: actors added (one by one or from the participants'
organizations), renamed, given a kind, flagged as overloaded, removed, and their levels."""
from __future__ import annotations

from typing import Iterable

from .. import rolemap
from ..errors import FacilitatorError
from ..i18n import current_language
from ..roles import LEVELS, role
from . import Label, Said, operation


def _name(store, actor_id) -> str:
    a = store.actors.get(actor_id)
    return a.name if a is not None else "?"


@operation(lambda store, name, *a, **k: Label("op_actor_add", name=name))
def add_actor(store, name: str, kind: str | None = None) -> int:
    """A new actor (a blank name is refused); kind as typed or picked (rolemap.kind_from_text)."""
    if not (name or "").strip():
        raise FacilitatorError("op_actor_blank")
    return store.actors.add(name.strip(), rolemap.kind_from_text(kind))


def _from_orgs_label(store) -> Label:
    names = _organizations(store)
    if len(names) == 1:
        return Label("op_actor_from_org", name=names[0])
    return Label("op_actors_from_orgs", n=len(names))


def _organizations(store) -> list[str]:
    return rolemap.new_actor_names([p.organization for p in store.participants.list()],
                                   [a.name for a in store.actors.list()])


@operation(_from_orgs_label)
def add_from_organizations(store) -> list[str]:
    """One actor per participants' organization that is not an actor yet (case and accents
    ignored); returns the names created."""
    names = _organizations(store)
    for name in names:
        store.actors.add(name)
    return names


def _remove_label(store, ids, **_) -> Label:
    ids = [i for i in dict.fromkeys(ids) if store.actors.get(i) is not None]
    if len(ids) == 1:
        return Label("op_actor_remove", name=_name(store, ids[0]))
    return Label("op_actors_remove", n=len(ids))


@operation(_remove_label)
def remove_actors(store, ids: Iterable[int]) -> list[str]:
    """Remove actors; returns their names."""
    gone = [a for a in (store.actors.get(i) for i in dict.fromkeys(ids)) if a is not None]
    for a in gone:
        store.actors.remove(a.id)
    return [a.name for a in gone]


@operation(lambda store, actor_id, *a, **k: Label("op_actor_rename", name=_name(store, actor_id)))
def rename_actor(store, actor_id: int, name: str) -> bool:
    if not (name or "").strip():
        raise FacilitatorError("op_actor_blank")
    a = store.actors.get(actor_id)
    if a is None or a.name == name.strip():
        return False
    store.actors.update(actor_id, name=name.strip())
    return True


@operation(lambda store, actor_id, *a, **k: Label("op_actor_kind", name=_name(store, actor_id)))
def set_kind(store, actor_id: int, kind: str | None) -> bool:
    """An actor's kind, as typed or picked (rolemap.kind_from_text)."""
    a = store.actors.get(actor_id)
    kind = rolemap.kind_from_text(kind)
    if a is None or a.kind == kind:
        return False
    store.actors.update(actor_id, kind=kind)
    return True


@operation(lambda store, actor_id, flagged, **_: Label(
    "op_actor_flag" if flagged else "op_actor_unflag", name=_name(store, actor_id)))
def set_overload_flag(store, actor_id: int, flagged: bool) -> bool:
    """Mark (or unmark) an actor whose many roles the group sees as a risk."""
    a = store.actors.get(actor_id)
    if a is None or bool(a.overload_flag) == bool(flagged):
        return False
    store.actors.update(actor_id, overload_flag=bool(flagged))
    return True


def _todo(store, changes, priority=None) -> tuple[list[tuple[int, str, int, int]], Label]:
    """The cells that change — known actors, levels in roles.LEVELS, not already at them (in
    the session's map, or in the map of `priority`, a (target, item id) pair: issue 16) — and
    the change's label, named from the same one read of the actors."""
    actors = store.actors.list()
    by_id = {a.id: a.roles for a in actors}
    if priority is not None:
        levels = store.priority_roles.levels(*priority)
        by_id = {aid: levels.get(aid, {}) for aid in by_id}
    out = []
    for aid, key, cur, des in changes:
        role(key)   # KeyError names an unknown role
        if aid in by_id and cur in LEVELS and des in LEVELS \
                and by_id[aid].get(key, (0, 0)) != (cur, des):
            out.append((aid, key, cur, des))
    if len(out) == 1:
        aid, key, _c, _d = out[0]
        name = next(a.name for a in actors if a.id == aid)
        label = Label("op_actor_level", name=name, role=role(key).label(current_language()))
    else:
        label = Label("op_actor_levels", n=len(out))
    return out, label


def _levels_label(store, changes, priority=None, **_) -> Label:
    return _todo(store, list(changes), priority)[1]


@operation(_levels_label, says=True)
def set_levels(store, changes: Iterable[tuple[int, str, int, int]],
               priority: tuple[str, int] | None = None, *, said: Said | None = None) -> int:
    """Set (actor id, role key, current, desired) for one or more cells, in the session's role
    map or in the map of `priority` ((target "themes" | "ideas", item id): issue 16). Levels
    outside roles.LEVELS and cells already at those levels are left out; returns how many
    changed. said: receives the undo label, named from the one read of the actors the change
    makes (a keypress on the role grid reads them once)."""
    todo, label = _todo(store, list(changes), priority)
    if said is not None:
        said(label)
    for aid, key, cur, des in todo:
        if priority is None:
            store.actors.set_level(aid, key, cur, des)
        else:
            store.priority_roles.set_level(*priority, aid, key, cur, des)
    return len(todo)

"""Operations on the agenda: items added, duplicated, deleted, moved, edited, added from a
template, and the actual times of earlier runs cleared."""
from __future__ import annotations

from .. import agenda as rules
from ..catalogue import text
from ..errors import FacilitatorError
from . import Label, operation

#: the fields of an item the plan edits, with their undo label
FIELDS = {"title": "op_item_title", "planned_minutes": "op_item_minutes",
          "objective": "op_item_objective", "method": "op_item_method",
          "notes": "op_item_notes", "materials": "op_item_materials"}


def _title(store, item_id) -> str:
    it = store.agenda.get(item_id)
    return it.title if it is not None else "?"


def _index(store, index: int | None) -> int | None:
    n = len(store.agenda.list())
    return None if index is None or not 0 <= index < n else index


@operation(lambda store, title, *a, **k: Label("op_item_add", item=title))
def add_item(store, title: str, minutes: int = 0, index: int | None = None) -> int:
    """A new item (a blank title is refused) at index, at the end when None or beyond it."""
    if not (title or "").strip():
        raise FacilitatorError("op_item_blank")
    return store.agenda.add(title.strip(), max(0, int(minutes)), index=_index(store, index))


@operation(lambda store, item_id, *a, **k: Label("op_item_duplicate", item=_title(store, item_id)))
def duplicate_item(store, item_id: int) -> int | None:
    """A copy of an item (not its actual time) just after it; returns the copy's id."""
    it = store.agenda.get(item_id)
    if it is None:
        return None
    row = [i.id for i in store.agenda.list()].index(item_id)
    return store.agenda.add(it.title, it.planned_minutes, it.objective, it.method, it.notes,
                            it.materials, index=_index(store, row + 1))


@operation(lambda store, item_id, **_: Label("op_item_delete", item=_title(store, item_id)))
def remove_item(store, item_id: int) -> bool:
    """Delete an item (its ideas stay, linked to no item)."""
    if store.agenda.get(item_id) is None:
        return False
    store.agenda.remove(item_id)
    return True


def _move_label(store, item_id, position, **_) -> Label:
    ids = [i.id for i in store.agenda.list()]
    up = item_id in ids and position < ids.index(item_id)
    return Label("op_item_up" if up else "op_item_down", item=_title(store, item_id))


@operation(_move_label)
def move_item(store, item_id: int, position: int) -> bool:
    """Put an item at position (0 first); False when it is there already or out of range."""
    ids = [i.id for i in store.agenda.list()]
    if item_id not in ids or not 0 <= position < len(ids) or ids.index(item_id) == position:
        return False
    store.agenda.move(item_id, position)
    return True


def _reorder_label(store, ids, row, **_) -> Label:
    ids = [i for i in ids if store.agenda.get(i) is not None]
    if len(ids) == 1:
        return Label("op_item_move", item=_title(store, ids[0]))
    return Label("op_items_move", n=len(ids))


@operation(_reorder_label)
def move_items(store, ids: list[int], row: int) -> bool:
    """Drag and drop: the items of ids, in that order, put before the item now at row (at the
    end when row is past the last). False when the order does not change."""
    order = [it.id for it in store.agenda.list()]
    ids = [i for i in dict.fromkeys(ids) if i in order]
    if not ids:
        return False
    row = max(0, min(row, len(order)))
    before = [i for i in order[:row] if i not in ids]
    new_order = before + ids + [i for i in order[row:] if i not in ids]
    if new_order == order:
        return False
    for pos, item_id in enumerate(new_order):
        if store.agenda.list()[pos].id != item_id:
            store.agenda.move(item_id, pos)
    return True


@operation(lambda store, item_id, field, *a, **k: Label(FIELDS[field]))
def edit_item(store, item_id: int, field: str, value) -> bool:
    """Change one field of an item; a blank title is refused. False when nothing changes."""
    if field not in FIELDS:
        raise KeyError(field)
    it = store.agenda.get(item_id)
    if it is None:
        return False
    if field == "title":
        if not (value or "").strip():
            raise FacilitatorError("op_item_blank")
        value = value.strip()
    elif field == "planned_minutes":
        value = max(0, int(value or 0))
    if getattr(it, field) == value:
        return False
    store.agenda.update(item_id, **{field: value})
    return True


@operation(lambda store, template, lang, **_: Label("op_items_from_template",
                                                    template=template.title(lang)))
def add_from_template(store, template, lang: str) -> list[int]:
    """Append a template's items, in lang; returns their ids."""
    return [store.agenda.add(it.text("title", lang), it.minutes, it.text("objective", lang),
                             it.text("method", lang), it.text("notes", lang),
                             it.text("materials", lang))
            for it in template.items]


@operation(lambda store: Label("op_clear_actuals"))
def clear_actuals(store) -> list[int]:
    """Forget the actual times recorded by earlier runs; returns the items cleared. (The
    saved position of a run is forgotten apart, not undoably: facilitator.ops.live.forget.)"""
    ids = list(rules.recorded_seconds(store.agenda.list()))
    for item_id in ids:
        store.agenda.update(item_id, actual_seconds=None)
    return ids


# -- the session's evaluation (issue 16) ------------------------------------------------------
def _evaluation_title(store) -> str:
    return text("evaluation_item_title", store.session.get().language or "fr")


@operation(lambda store, item_id, on, **_: Label(
    "op_item_evaluation_on" if on else "op_item_evaluation_off", item=_title(store, item_id)))
def set_evaluation_item(store, item_id: int, on: bool) -> bool:
    """Mark (or unmark) an item as the session's evaluation; False when nothing changes."""
    if store.agenda.get(item_id) is None or (item_id in store.evaluation.items()) == bool(on):
        return False
    store.evaluation.set_item(item_id, bool(on))
    return True


@operation(lambda store, **_: Label("op_evaluation_add"))
def add_evaluation_item(store) -> int:
    """A 10-minute « Évaluation de la séance » item at the end, marked as the evaluation."""
    item_id = store.agenda.add(_evaluation_title(store), 10)
    store.evaluation.set_item(item_id, True)
    return item_id


@operation(lambda store, *a, **k: Label("op_evaluation_record"))
def record_evaluation(store, ratings: dict, keep: list[str], change: list[str]) -> bool:
    """Record the group's evaluation (how many gave each score 1–5, what to keep, what to
    change), replacing the one recorded; with no evaluation item yet, one is added. A bad score
    or count is refused (facilitator.evaluation)."""
    from .. import evaluation

    if not store.evaluation.items():
        add_evaluation_item(store)
    evaluation.record(store, ratings, keep, change)
    return True

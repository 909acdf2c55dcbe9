"""Operations on ideas and themes: capture, edit, merge, move, delete, import; themes made,
renamed, recoloured, merged, moved and deleted. See facilitator.ops for the conventions."""
from __future__ import annotations

from typing import Iterable

from ..errors import FacilitatorError
from ..ideas import find_author, merge_text, next_color
from . import Label, Said, operation


def _clean(text: str, key: str) -> str:
    text = (text or "").strip()
    if not text:
        raise FacilitatorError(key)
    return text


def _existing(store, ids: Iterable[int]) -> list:
    """The ideas of ids that still exist, in the order given (each once)."""
    found = (store.ideas.get(i) for i in dict.fromkeys(ids))
    return [idea for idea in found if idea is not None]


def _theme_title(store, theme_id) -> str:
    t = store.ideas.theme(theme_id) if theme_id is not None else None
    return t.title if t is not None else Label("op_no_theme")


# -- ideas ------------------------------------------------------------------------------------

@operation(lambda store, text, **_: Label("op_idea_add", idea=text))
def capture(store, text: str, *, author: str | None = None, theme_id: int | None = None,
            item_id: int | None = None) -> int:
    """Save a typed idea; returns its id. A blank idea is refused. The author is a name: the
    participant of that name (case and accents ignored), or, when nobody has it, a new
    participant of that name, marked present (they are in the room: they just spoke)."""
    text = _clean(text, "op_idea_blank")
    author_id = None
    if author and author.strip():
        known = find_author(author, store.participants.list())
        author_id = known.id if known is not None else \
            store.participants.add(author.strip(), None, present=True)
    return store.ideas.add(text, theme_id, item_id, author_id)


def capture_many(store, entries: list[tuple[str, int | None, int | None]]) -> list:
    """Ideas arriving together (a burst of phones: issue 15), each (text, theme_id, item_id)
    saved as `capture` saves it (with no author), by one statement. Returns one outcome per
    entry, in order: the new idea's id, or the FacilitatorError that refuses it (a blank
    idea), of which nothing is written."""
    out: list = []
    rows = []
    for text, theme_id, item_id in entries:
        try:
            text = _clean(text, "op_idea_blank")
        except FacilitatorError as exc:
            out.append(exc)
            continue
        out.append(len(rows))
        rows.append((text, theme_id, item_id, None))
    ids = store.ideas.add_many(rows)
    return [o if isinstance(o, FacilitatorError) else ids[o] for o in out]


def _edit_label(store, idea_id, text=None, **_) -> Label:
    idea = store.ideas.get(idea_id)
    return Label("op_idea_edit", idea=idea.text if idea else "?")


@operation(_edit_label)
def edit(store, idea_id: int, text: str) -> bool:
    """Change an idea's text; False when it is the same. A blank text is refused."""
    text = _clean(text, "op_idea_blank")
    idea = store.ideas.get(idea_id)
    if idea is None or idea.text == text:
        return False
    store.ideas.update(idea_id, text=text)
    return True


@operation(lambda store, ids, *a, **k: Label("op_ideas_merge", n=len(_existing(store, ids))))
def merge(store, ids: list[int], text: str | None = None) -> int | None:
    """Merge ids[1:] into ids[0]: one idea, whose text is `text` or the merged text
    (facilitator.ideas.merge_text); the others' texts are kept in its history. Returns the
    kept id, or None when fewer than two of the ideas exist."""
    ideas = _existing(store, ids)
    if len(ideas) < 2:
        return None
    text = merge_text([i.text for i in ideas]) if text is None else _clean(text, "op_idea_blank")
    store.ideas.merge(ideas[0].id, [i.id for i in ideas[1:]], text)
    return ideas[0].id


def _remove_label(store, ids, **_) -> Label:
    ideas = _existing(store, ids)
    if len(ideas) == 1:
        return Label("op_idea_delete", idea=ideas[0].text)
    return Label("op_ideas_delete", n=len(ideas))


@operation(_remove_label)
def remove(store, ids: list[int]) -> int:
    """Delete ideas; returns how many there were."""
    ideas = _existing(store, ids)
    for i in ideas:
        store.ideas.remove(i.id)
    return len(ideas)


def _move_label(store, ids, theme_id, **_) -> Label:
    ideas = _existing(store, ids)
    target = _theme_title(store, theme_id)
    if len(ideas) == 1:
        return Label("op_idea_move", idea=ideas[0].text, theme=target)
    return Label("op_ideas_move", n=len(ideas), theme=target)


@operation(_move_label)
def move(store, ids: list[int], theme_id: int | None) -> list[int]:
    """Put ideas under a theme (None: no theme); returns the ideas that moved. An unknown
    theme is refused."""
    if theme_id is not None and store.ideas.theme(theme_id) is None:
        raise FacilitatorError("op_theme_gone")
    moved = [i.id for i in _existing(store, ids) if i.theme_id != theme_id]
    if moved:
        store.ideas.set_theme(moved, theme_id)
    return moved


@operation(lambda store, texts, *a, **k: Label(
    "op_ideas_import", n=len([t for t in texts if t and t.strip()])))
def import_texts(store, texts: list[str], theme_id: int | None = None) -> list[int]:
    """Add ideas from a list (blank lines left out); returns their ids."""
    return [store.ideas.add(t, theme_id) for t in texts if t and t.strip()]


# -- themes -----------------------------------------------------------------------------------

@operation(lambda store, title, *a, **k: Label("op_theme_add", theme=title))
def add_theme(store, title: str, ids: Iterable[int] = (), color: str | None = None) -> int:
    """A new theme (a blank title is refused), in the first palette colour no theme uses yet
    unless a colour is given; the ideas of ids move into it. Returns its id."""
    title = _clean(title, "op_theme_blank")
    if color is None:
        color = next_color(t.color for t in store.ideas.themes())
    tid = store.ideas.add_theme(title, color.lower())
    ids = [i.id for i in _existing(store, ids)]
    if ids:
        store.ideas.set_theme(ids, tid)
    return tid


@operation(lambda store, theme_id, *a, **k: Label("op_theme_rename",
                                                  theme=_theme_title(store, theme_id)))
def rename_theme(store, theme_id: int, title: str) -> bool:
    title = _clean(title, "op_theme_blank")
    t = store.ideas.theme(theme_id)
    if t is None or t.title == title:
        return False
    store.ideas.update_theme(theme_id, title=title)
    return True


@operation(lambda store, theme_id, *a, **k: Label("op_theme_colour",
                                                  theme=_theme_title(store, theme_id)))
def recolor_theme(store, theme_id: int, color: str) -> bool:
    """A theme's colour, kept in lower case (#rrggbb); False when it is the same."""
    t = store.ideas.theme(theme_id)
    color = (color or "").strip().lower()
    if t is None or (t.color or "").lower() == color:
        return False
    store.ideas.update_theme(theme_id, color=color)
    return True


@operation(lambda store, source_id, target_id, **_: Label(
    "op_theme_merge", source=_theme_title(store, source_id), target=_theme_title(store, target_id)))
def merge_themes(store, source_id: int, target_id: int) -> bool:
    """Every idea of source goes to target; source is deleted. False when they are the same
    theme or one is gone."""
    if source_id == target_id or store.ideas.theme(source_id) is None \
            or store.ideas.theme(target_id) is None:
        return False
    store.ideas.merge_themes(source_id, target_id)
    return True


@operation(lambda store, theme_id, **_: Label("op_theme_delete",
                                              theme=_theme_title(store, theme_id)))
def remove_theme(store, theme_id: int) -> bool:
    """Delete a theme; its ideas stay, without a theme."""
    if store.ideas.theme(theme_id) is None:
        return False
    store.ideas.remove_theme(theme_id)
    return True


@operation(lambda store, theme_id, *a, **k: Label("op_theme_move",
                                                  theme=_theme_title(store, theme_id)))
def move_theme(store, theme_id: int, position: int) -> bool:
    """Put a theme at position (0 first); False when it is there already or out of range."""
    ids = [t.id for t in store.ideas.themes()]
    if theme_id not in ids or not 0 <= position < len(ids) or ids.index(theme_id) == position:
        return False
    store.ideas.move_theme(theme_id, position)
    return True


# -- ideas held for approval (issue 15: the room) ---------------------------------------------
def _held(store, ids) -> list[int]:
    from ..room import approval

    wanted = set(ids)
    return [p.id for p in approval.pending(store) if p.id in wanted]


def _approve_label(n: int) -> Label:
    return Label("op_held_approve", n=n)


def _reject_label(n: int) -> Label:
    return Label("op_held_reject", n=n)


@operation(lambda store, ids, **_: _approve_label(len(_held(store, ids))), says=True)
def approve_held(store, ids, *, said: Said | None = None) -> list[int]:
    """Put ideas sent from the room, held for approval, on the wall (in the order they arrived,
    tagged with their table as they would have been); returns the new ideas' ids. said:
    receives the undo label, counted from the one read of the held ideas the change makes."""
    from ..room import approval

    out = approval.approve(store, ids)
    if said is not None:
        said(_approve_label(len(out)))
    return out


@operation(lambda store, ids, **_: _reject_label(len(_held(store, ids))), says=True)
def reject_held(store, ids, *, said: Said | None = None) -> int:
    """Drop ideas held for approval; returns how many were still held. said: receives the undo
    label, counted from what the change removed (no read of its own)."""
    from ..room import approval

    n = approval.reject(store, ids)
    if said is not None:
        said(_reject_label(n))
    return n

"""Operations on the session's own details (title, date, place …) and on whether it is a
council meeting (its settings, or the council of an earlier session taken again)."""
from __future__ import annotations

from ..errors import FacilitatorError
from . import Label, operation

#: the details the Session page edits, with their undo labels
FIELDS = {"title": "op_session_title", "date": "op_session_date",
          "start_time": "op_session_start", "end_time": "op_session_end",
          "place": "op_session_place", "organizer": "op_session_organizer",
          "facilitators": "op_session_facilitators", "language": "op_session_language",
          "hide_authors": "op_session_authors", "notes": "op_session_notes"}


@operation(lambda store, field, *a, **k: Label(FIELDS[field]))
def edit(store, field: str, value) -> bool:
    """Change one detail; a blank title is refused (a session always has one). False when
    nothing changes."""
    if field not in FIELDS:
        raise KeyError(field)
    if field == "title":
        if not (value or "").strip():
            raise FacilitatorError("op_session_title_blank")
        value = value.strip()
    if getattr(store.session.get(), field) == value:
        return False
    store.session.update(**{field: value})
    return True


@operation(lambda store, *a, **k: Label("op_council_on" if store.council.settings() is None
                                        else "op_council_settings"))
def set_council(store, **settings) -> None:
    """Make the session a council meeting with these settings (store.council.set_settings
    checks them), or change them."""
    store.council.set_settings(**settings)


@operation(lambda store: Label("op_council_off"))
def clear_council(store) -> None:
    """No longer a council meeting. Refused while decisions are taken by roll call (they
    need the council's rule): the person puts them back to a show of hands first."""
    numbers = [d.number for d in store.decisions.list() if store.council.roll_call(d.id)]
    if numbers:
        raise FacilitatorError("op_council_roll_calls", numbers=", ".join(numbers))
    store.council.clear_settings()


@operation(lambda store, path, **_: Label("op_council_reuse", file=_file_name(path)))
def reuse_council(store, path):
    """Take the council of an earlier session file (members, voices, groups, settings);
    returns what was added and completed (facilitator.council_reuse)."""
    from ..council_reuse import reuse_council as take

    return take(store, path)


def _file_name(path) -> str:
    from pathlib import Path

    return Path(path).name

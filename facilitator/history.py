"""Learning from what happened (issue 16): planned vs actual times per method, across sessions.

Every agenda item run live keeps its planned minutes and its actual time. `timings(store)` reads
them; `by_method()` sums them up per method (matched by its words, case and spaces aside): how
many sessions, the median planned and the median actual minutes. The démarche's report prints
that table for its sessions.

Across the sessions the person has opened, a small local index (`history.json` in the user data
folder; nothing leaves the machine) keeps each session's timings under its uid, so a moved file
is the same session: `remember(store)` updates it (when a session closes), `refresh()` re-reads
the files that changed since and drops nothing that cannot be read (a file on a key that is not
plugged in still counts). `suggestion(method)` then says « 1-2-4-tous : prévu 35 min, réel
médian 44 min sur 6 séances ».
"""
from __future__ import annotations

import json
import os
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .catalogue import text

INDEX_NAME = "history.json"
INDEX_VERSION = 1
#: A suggestion needs at least this many sessions where the method was run.
MIN_SESSIONS = 2


def fold(method: str | None) -> str:
    return " ".join((method or "").casefold().split())


@dataclass(frozen=True)
class Timing:
    method: str
    planned_minutes: int
    actual_seconds: int


@dataclass(frozen=True)
class MethodFigures:
    method: str             # as first written
    sessions: int           # sessions where it was run
    items: int
    planned_median: float   # minutes
    actual_median: float    # minutes


def timings(store) -> list[Timing]:
    """The items of a session that have a method and were run live (an actual time)."""
    return [Timing(item.method.strip(), item.planned_minutes, item.actual_seconds)
            for item in store.agenda.list()
            if item.method and item.method.strip() and item.actual_seconds]


def by_method(sessions: Iterable[tuple[str, list[Timing]]]) -> list[MethodFigures]:
    """Per method, from (session uid, its timings) pairs: the most run first."""
    names: dict[str, str] = {}
    seen: dict[str, set[str]] = {}
    planned: dict[str, list[float]] = {}
    actual: dict[str, list[float]] = {}
    for uid, items in sessions:
        for t in items:
            key = fold(t.method)
            names.setdefault(key, t.method)
            seen.setdefault(key, set()).add(uid)
            planned.setdefault(key, []).append(t.planned_minutes)
            actual.setdefault(key, []).append(t.actual_seconds / 60)
    out = [MethodFigures(names[k], len(seen[k]), len(planned[k]),
                         statistics.median(planned[k]), statistics.median(actual[k]))
           for k in names]
    return sorted(out, key=lambda f: (-f.sessions, -f.items, fold(f.method)))


def minutes_text(minutes: float) -> str:
    return f"{round(minutes)}\u00a0min"


def suggestion_text(f: MethodFigures, lang: str) -> str:
    """« 1-2-4-tous : prévu 35 min, réel médian 44 min sur 6 séances »."""
    planned, actual = minutes_text(f.planned_median), minutes_text(f.actual_median)
    return text("method_suggestion", lang, method=f.method, planned=planned, actual=actual,
                sessions=f.sessions)


# -- the local index ---------------------------------------------------------------------------
def index_path() -> Path:
    from .paths import user_data_dir

    return user_data_dir() / INDEX_NAME


def load_index(path: Path | None = None) -> dict:
    """The index, or an empty one when it is missing or unreadable (it is rebuilt from the
    files as they are opened)."""
    path = path or index_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") == INDEX_VERSION and isinstance(data.get("sessions"), dict):
            return data
    except (OSError, ValueError, AttributeError):
        pass
    return {"version": INDEX_VERSION, "sessions": {}}


def save_index(data: dict, path: Path | None = None) -> None:
    """Written beside, then renamed: never half an index."""
    path = path or index_path()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


def _entry(store) -> dict:
    path = Path(store.path)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = None
    return {"path": str(path.absolute()), "mtime": mtime, "date": store.session.get().date,
            "items": [[t.method, t.planned_minutes, t.actual_seconds] for t in timings(store)]}


def remember(store, path: Path | None = None) -> None:
    """Put the open session's timings in the index (under its uid: a moved or renamed file
    replaces its own entry)."""
    data = load_index(path)
    data["sessions"][store.uid()] = _entry(store)
    save_index(data, path)


def refresh(path: Path | None = None) -> dict:
    """Re-read the files that changed since they were indexed (read only); a file that is
    missing or cannot be read keeps what the index knew of it."""
    from .store import Store

    data = load_index(path)
    changed = False
    for uid, entry in list(data["sessions"].items()):
        file = Path(entry.get("path") or "")
        try:
            mtime = file.stat().st_mtime
        except OSError:
            continue
        if mtime == entry.get("mtime"):
            continue
        try:
            with Store.open(file, read_only=True) as store:
                fresh = _entry(store)
                found = store.uid()
        except Exception:  # noqa: BLE001 (a file that cannot be read keeps its entry)
            continue
        if found != uid:  # another session now lives at that path
            data["sessions"].setdefault(found, fresh)
            entry["path"] = None
        else:
            data["sessions"][uid] = fresh
        changed = True
    if changed:
        save_index(data, path)
    return data


def figures(data: dict, *, exclude: str | None = None) -> list[MethodFigures]:
    return by_method((uid, [Timing(*item) for item in entry.get("items") or []])
                     for uid, entry in data["sessions"].items() if uid != exclude)


def suggestion(method: str | None, data: dict, *, exclude: str | None = None
               ) -> MethodFigures | None:
    """The past figures of this method (other sessions than `exclude`), when it was run in at
    least MIN_SESSIONS sessions."""
    key = fold(method)
    if not key:
        return None
    found = next((f for f in figures(data, exclude=exclude) if fold(f.method) == key), None)
    return found if found is not None and found.sessions >= MIN_SESSIONS else None

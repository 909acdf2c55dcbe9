"""Automatic snapshots of an open session, kept in the user data folder.

A snapshot is a complete session file written through SQLite's backup API to a temporary file,
then renamed into place (never a half-written snapshot). They live in
`<user data>/snapshots/<session uid>/YYYYMMDD-HHMMSS-<reason>.atelier` and are thinned to the
recent ones, one a day, then one a week. Restoring writes a NEW file (a session of its own, with
a new uid); nothing is overwritten. `tidy()` at start-up removes what a killed snapshot left
and thins the folders of sessions that are never reopened.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import FileError
from ..paths import snapshots_dir
from . import files
from .db import Store, _uri_path, backup_into

KEEP_RECENT = 12        # the last snapshots, whatever their age
KEEP_DAILY_DAYS = 14    # then one a day for two weeks
KEEP_WEEKLY_WEEKS = 12  # then one a week for three months
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken: dt.datetime
    reason: str

    def counts(self) -> dict[str, int]:
        """Counts of the snapshot's content (read-only; the snapshot is not changed)."""
        con = _read(self.path)
        try:
            q = lambda t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: E731
            dots = con.execute("SELECT coalesce(sum(dots), 0) FROM vote").fetchone()[0]
            return {"participants": q("participant"), "ideas": q("idea"), "votes": q("vote"),
                    "dots": dots,
                    "decisions": q("decision"), "actors": q("actor"),
                    "agenda_items": q("agenda_item")}
        finally:
            con.close()

    def title(self) -> str:
        con = _read(self.path)
        try:
            return con.execute("SELECT title FROM session WHERE id = 1").fetchone()[0]
        finally:
            con.close()


def _read(path: Path) -> sqlite3.Connection:
    """A snapshot, read only (a snapshot never has a journal: it is written whole)."""
    return sqlite3.connect("file:" + _uri_path(path) + "?mode=ro&immutable=1", uri=True)


def folder_for(store: Store, root: Path | None = None) -> Path:
    return (root or snapshots_dir()) / store.uid()


def take(store: Store, reason: str = "auto", *, root: Path | None = None,
         now: dt.datetime | None = None) -> Path:
    """Write a snapshot of the open session; returns its path. Raises FileError (e.g. disk
    full) without leaving a partial file."""
    folder = folder_for(store, root)
    folder.mkdir(parents=True, exist_ok=True)
    when = (now or dt.datetime.now()).strftime(_STAMP)
    dest = folder / f"{when}-{reason}.atelier"
    n = 2
    while dest.exists():
        dest = folder / f"{when}-{reason}-{n}.atelier"
        n += 1
    backup_into(store.conn, dest, replace=False)
    return dest


def snapshots(store_or_folder: Store | Path, *, root: Path | None = None) -> list[Snapshot]:
    """The snapshots of a session, newest first."""
    folder = (store_or_folder if isinstance(store_or_folder, Path)
              else folder_for(store_or_folder, root))
    out = []
    for p in folder.glob("*.atelier") if folder.is_dir() else []:
        parts = p.stem.split("-")
        try:
            taken = dt.datetime.strptime("-".join(parts[:2]), _STAMP)
        except ValueError:
            continue
        out.append(Snapshot(p, taken, parts[2] if len(parts) > 2 else ""))
    def order(s: Snapshot):
        try:
            return (s.taken, s.path.stat().st_mtime_ns)
        except OSError:
            return (s.taken, 0)

    return sorted(out, key=order, reverse=True)


def thin(store_or_folder: Store | Path, *, root: Path | None = None,
         now: dt.datetime | None = None) -> list[Path]:
    """Delete the snapshots no rule keeps; returns what was deleted."""
    now = now or dt.datetime.now()
    keep: set[Path] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for i, snap in enumerate(snapshots(store_or_folder, root=root)):
        age = now - snap.taken
        day = snap.taken.date()
        week = snap.taken.isocalendar()[:2]
        if i < KEEP_RECENT:
            keep.add(snap.path)
        elif age <= dt.timedelta(days=KEEP_DAILY_DAYS) and day not in days:
            keep.add(snap.path)
        elif age <= dt.timedelta(weeks=KEEP_WEEKLY_WEEKS) and week not in weeks:
            keep.add(snap.path)
        days.add(day)
        weeks.add(week)
    removed = []
    for snap in snapshots(store_or_folder, root=root):
        if snap.path not in keep:
            with contextlib.suppress(OSError):
                snap.path.unlink()
                removed.append(snap.path)
    return removed


def restore(snapshot: Snapshot | Path, dest: str | os.PathLike) -> Path:
    """Copy a snapshot to a new session file `dest` (refuses an existing file)."""
    src = snapshot.path if isinstance(snapshot, Snapshot) else Path(snapshot)
    dest = Path(dest)
    files.refuse_existing(dest)
    with Store.open(src, read_only=True) as source:  # checked: a session, sound
        backup_into(source.conn, dest, replace=False, new_uid=True)
    return dest


TIDY_FOLDERS = 50  # folders thinned per start-up at most (the least recently thinned first)
_THINNED = ".thinned"


def tidy(*, root: Path | None = None, now: dt.datetime | None = None,
         max_folders: int = TIDY_FOLDERS) -> list[Path]:
    """At start-up: remove the temporary files of snapshots whose writer is gone (a kill
    during a snapshot), and thin up to `max_folders` session folders, those thinned longest
    ago first, so that folders of sessions never reopened shrink too. Returns what was
    removed. Never raises for a file that cannot be removed."""
    root = root or snapshots_dir()
    removed: list[Path] = []
    try:
        folders = [p for p in root.iterdir() if p.is_dir()]
    except OSError:
        return removed
    def last_thinned(folder: Path) -> float:
        try:
            return (folder / _THINNED).stat().st_mtime
        except OSError:
            return 0.0

    folders.sort(key=last_thinned)
    for folder in folders[:max_folders]:
        for tmp in folder.glob(".*.tmp"):
            pid = tmp.name.rsplit(".", 2)[-2]
            if pid.isdigit() and _alive(int(pid)):
                continue
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed.append(tmp)
        with contextlib.suppress(OSError):
            removed += thin(folder, now=now)
            (folder / _THINNED).touch()
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True

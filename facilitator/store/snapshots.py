"""Automatic snapshots of an open session, kept in the user data folder.

A snapshot is a complete session file written through SQLite's backup API to a temporary file,
then renamed into place (never a half-written snapshot). They live in
`<user data>/snapshots/<session uid>/YYYYMMDD-HHMMSS-<reason>.atelier` and are thinned to the
recent ones, one a day, then one a week. Restoring writes a NEW file; nothing is overwritten.
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
from .db import Store, backup_into

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
        uri = "file:" + str(self.path) + "?mode=ro&immutable=1"
        con = sqlite3.connect(uri, uri=True)
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
        uri = "file:" + str(self.path) + "?mode=ro&immutable=1"
        con = sqlite3.connect(uri, uri=True)
        try:
            return con.execute("SELECT title FROM session WHERE id = 1").fetchone()[0]
        finally:
            con.close()


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
    if dest.exists():
        raise FileError("exists", file=str(dest))
    source = sqlite3.connect("file:" + str(src) + "?mode=ro", uri=True)
    try:
        backup_into(source, dest, replace=False)
    finally:
        source.close()
    return dest

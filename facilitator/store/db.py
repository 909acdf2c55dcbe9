"""Opening, creating and writing a session file (an SQLite application file).

Guarantees, each tested:
- opening never creates a file, and never changes a file that it refuses (not a database,
  another program's database, a newer format): those are recognised from the header bytes
  before SQLite touches the file;
- one writer: the file is held with an exclusive lock for as long as it is open, so a second
  window or program is refused with a clear message; the lock dies with the process;
- every change is committed when made (WAL, synchronous=FULL), inside one transaction;
- older formats are migrated in one transaction, after a backup copy of the file.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import os
import re
import sqlite3
import struct
from pathlib import Path
from typing import Callable, Iterator

from ..errors import FileError
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from .undo import UndoLog

SUFFIX = ".atelier"
_HEADER_MAGIC = b"SQLite format 3\x00"
_BAD_TEXT = re.compile("[\ud800-\udfff\x00]")


def clean_text(value: str | None) -> str | None:
    """Text as typed, except what no file can hold: lone surrogates and NUL become U+FFFD."""
    if value is None:
        return None
    return _BAD_TEXT.sub("\ufffd", value)


def now_iso() -> str:
    """The current instant, ISO 8601 with the local offset, to the second."""
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) from the file's header, without opening it with SQLite.

    Raises FileError when the file is missing or is not an SQLite database."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        raise FileError("not_found", file=str(path)) from None
    except IsADirectoryError:
        raise FileError("not_a_database", file=str(path)) from None
    except PermissionError as exc:
        raise FileError("write_failed", file=str(path), detail=exc.strerror) from None
    if len(header) < 100 or not header.startswith(_HEADER_MAGIC):
        raise FileError("not_a_database", file=str(path))
    user_version, application_id = struct.unpack(">i4xi", header[60:72])
    return application_id, user_version


def _statements(script: str) -> list[str]:
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    return out


class Store:
    """One open session file. Use `Store.open` or `Store.create`; close with `close()`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self._identity = _identity(path)
        self.undo = UndoLog(conn)
        from . import repositories  # the aggregates, each in its own module

        repositories.attach(self)

    # -- opening and creating -------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike, *, backup_dir: Path | None = None) -> "Store":
        path = Path(path)
        if not path.exists():
            raise FileError("not_found", file=str(path))
        app_id, version = read_header(path)
        if app_id != APPLICATION_ID:
            raise FileError("foreign_database", file=str(path))
        if version > SCHEMA_VERSION:
            raise FileError("too_new", file=str(path), found=version, supported=SCHEMA_VERSION)
        conn = cls._connect(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise FileError("too_new", file=str(path), found=version,
                                supported=SCHEMA_VERSION)
            if version < SCHEMA_VERSION:
                cls._migrate(conn, path, version, backup_dir)
            store = cls(path, conn)
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def create(cls, path: str | os.PathLike, title: str, *, language: str = "fr",
               template: str | None = None) -> "Store":
        """Make a new session file. Never replaces an existing file."""
        path = Path(path)
        if path.exists():
            raise FileError("exists", file=str(path))
        tmp = path.with_name(f".{path.name}.{os.getpid()}.creating")
        try:
            conn = sqlite3.connect(tmp, isolation_level=None)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("BEGIN")
            for version in range(0, SCHEMA_VERSION):
                for stmt in _statements(MIGRATIONS[version]):
                    conn.execute(stmt)
            conn.execute(
                "INSERT INTO session (id, title, language, template, created_at) "
                "VALUES (1, ?, ?, ?, ?)",
                (clean_text(title), language if language in ("fr", "en") else "fr", template,
                 now_iso()))
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
            conn.close()
            # A journal left by a deleted file of the same name would be replayed into the new
            # session: it belongs to no existing file, so it goes.
            for stale in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                if stale.exists() and not path.exists():
                    stale.unlink()
            os.link(tmp, path)  # fails if path appeared meanwhile: never overwrite
        except FileExistsError:
            raise FileError("exists", file=str(path)) from None
        except (OSError, sqlite3.Error) as exc:
            detail = getattr(exc, "strerror", None) or str(exc)
            raise FileError("cannot_create", file=str(path), detail=detail) from None
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        return cls.open(path)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        if not os.access(path, os.W_OK):
            raise FileError("read_only", file=str(path))
        if not os.access(path.parent, os.W_OK):  # the journal (-wal) could not be written
            raise FileError("read_only_folder", file=str(path))
        uri = "file:" + _uri_path(path) + "?mode=rw"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise FileError("corrupt", file=str(path), detail=str(exc)) from None
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            # The first read takes the lock (a second instance stops here) and checks the file
            # before anything is written to it: a damaged file is refused unchanged.
            problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if problem != "ok":
                conn.close()
                raise FileError("corrupt", file=str(path), detail=problem)
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            conn.execute("BEGIN IMMEDIATE")  # takes the exclusive lock, held until close
            conn.execute("COMMIT")
            if mode.lower() != "wal":
                raise sqlite3.OperationalError("attempt to write a readonly database")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
        except sqlite3.OperationalError as exc:
            conn.close()
            text = str(exc).lower()
            if "locked" in text or "busy" in text:
                raise FileError("in_use", file=str(path)) from None
            if "readonly folder" in text or ("unable to open" in text
                                              and not os.access(path.parent, os.W_OK)):
                raise FileError("read_only_folder", file=str(path)) from None
            if "readonly" in text or "read-only" in text:
                raise FileError("read_only", file=str(path)) from None
            raise FileError("corrupt", file=str(path), detail=str(exc)) from None
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise FileError("corrupt", file=str(path), detail=str(exc)) from None
        return conn

    @classmethod
    def _migrate(cls, conn: sqlite3.Connection, path: Path, version: int,
                 backup_dir: Path | None) -> None:
        folder = backup_dir or path.parent
        backup = folder / f"{path.stem}.format{version}.bak{SUFFIX}"
        n = 1
        while backup.exists():
            n += 1
            backup = folder / f"{path.stem}.format{version}.bak{n}{SUFFIX}"
        backup_into(conn, backup, replace=False)
        try:
            conn.execute("BEGIN IMMEDIATE")
            for v in range(version, SCHEMA_VERSION):
                for stmt in _statements(MIGRATIONS[v]):
                    conn.execute(stmt)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise FileError("migration_failed", file=str(path), detail=str(exc),
                            backup=str(backup)) from None

    # -- writing ----------------------------------------------------------------------------
    def file_is_in_place(self) -> bool:
        """False when the file was moved, renamed or deleted since it was opened (on Linux
        the open file would keep accepting writes that nobody could find again)."""
        return _identity(self.path) == self._identity

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic, durable change. Maps disk full, read-only, lost file to FileError."""
        if not self.file_is_in_place():
            raise FileError("file_moved", file=str(self.path))
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._write_error(exc) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise self._write_error(exc) from None
            raise

    def _write_error(self, exc: sqlite3.Error) -> FileError:
        text = str(exc).lower()
        if "full" in text:
            return FileError("disk_full", file=str(self.path))
        if not self.file_is_in_place():
            return FileError("file_moved", file=str(self.path))
        if "unable to open" in text and not os.access(self.path.parent, os.W_OK):
            return FileError("read_only_folder", file=str(self.path))
        if "readonly" in text or "read-only" in text:
            return FileError("read_only", file=str(self.path))
        return FileError("write_failed", file=str(self.path), detail=str(exc))

    def recorded(self, fn: Callable[[], object]) -> tuple[object, list[str]]:
        """Run fn in one transaction and return (its result, the SQL that undoes it)."""
        with self.transaction():
            self.undo.start()
            result = fn()
            inverse = self.undo.take()
        return result, inverse

    def replay(self, statements: list[str]) -> list[str]:
        """Run undo (or redo) statements in one transaction; return their own inverse."""
        with self.transaction():
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            self.undo.start()
            for stmt in reversed(statements):
                self.conn.execute(stmt)
            return self.undo.take()

    # -- reading and whole-file operations -------------------------------------------------
    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def counts(self) -> dict[str, int]:
        q = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "participants": q("SELECT count(*) FROM participant"),
            "agenda_items": q("SELECT count(*) FROM agenda_item"),
            "themes": q("SELECT count(*) FROM theme"),
            "ideas": q("SELECT count(*) FROM idea"),
            "rounds": q("SELECT count(*) FROM round"),
            "votes": q("SELECT count(*) FROM vote"),
            "actors": q("SELECT count(*) FROM actor"),
            "decisions": q("SELECT count(*) FROM decision"),
            "actions": q("SELECT count(*) FROM action"),
        }

    def uid(self) -> str:
        """A random identifier given at creation: the same session under any file name."""
        return self.conn.execute("SELECT uid FROM session WHERE id = 1").fetchone()[0]

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks; empty when healthy."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} #{rowid} → {parent}")
        return problems

    def quick_check(self) -> bool:
        return self.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"

    def save_copy(self, dest: str | os.PathLike) -> Path:
        """A consistent copy of the open session through SQLite's backup API, written to a
        temporary file then renamed. Refuses to replace the open file itself."""
        dest = Path(dest)
        if dest.exists() and dest.resolve() == self.path.resolve():
            raise FileError("exists", file=str(dest))
        return backup_into(self.conn, dest, replace=True)

    @staticmethod
    def copy_file(src: str | os.PathLike, dest: str | os.PathLike) -> Path:
        """Copy a closed session file that cannot be opened for writing (read-only file or
        folder, a USB key locked) into a new file `dest`. The source is only read."""
        src, dest = Path(src), Path(dest)
        if dest.exists():
            raise FileError("exists", file=str(dest))
        app_id, _version = read_header(src)
        if app_id != APPLICATION_ID:
            raise FileError("foreign_database", file=str(src))
        source = sqlite3.connect("file:" + _uri_path(src) + "?mode=ro&immutable=1", uri=True)
        try:
            return backup_into(source, dest, replace=False)
        finally:
            source.close()

    def close(self) -> None:
        if self.conn is None:
            return
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        self.conn = None  # type: ignore[assignment]

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def backup_into(source: sqlite3.Connection, dest: Path, *, replace: bool) -> Path:
    """Write a consistent copy of the database behind `source` to `dest` through SQLite's
    backup API: into a temporary file beside it, then renamed into place, so that `dest` is
    never half-written. With replace=False an existing `dest` is refused (FileError
    "exists"), even one that appears meanwhile. Disk full and other failures leave nothing."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        target = sqlite3.connect(tmp)
        with target:
            source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        target.close()
        if replace:
            os.replace(tmp, dest)
        else:
            os.link(tmp, dest)
    except FileExistsError:
        raise FileError("exists", file=str(dest)) from None
    except (OSError, sqlite3.Error) as exc:
        if "full" in str(exc).lower() or getattr(exc, "errno", None) == 28:
            raise FileError("disk_full", file=str(dest)) from None
        raise FileError("cannot_create", file=str(dest),
                        detail=getattr(exc, "strerror", None) or str(exc)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return dest


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.absolute()))

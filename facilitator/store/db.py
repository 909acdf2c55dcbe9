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
import shutil
import sqlite3
import struct
import tempfile
import threading
import time as _time
from pathlib import Path
from typing import Callable, Iterator

from ..errors import FileError
from . import files
from .gate import Gate, GatedConnection
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


_now: tuple[int, str] = (-1, "")


def now_iso() -> str:
    """The current instant, ISO 8601 with the local offset, to the second. Worked out once per
    second (astimezone costs ~17 µs: a burst of 300 phones asks for it thousands of times)."""
    global _now
    second = int(_time.time())
    cached = _now
    if cached[0] != second:
        text = _dt.datetime.fromtimestamp(second).astimezone().isoformat(timespec="seconds")
        cached = _now = (second, text)
    return cached[1]


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) from the file's header, without opening it with SQLite.

    Raises FileError when the file is missing, is not a regular file (a FIFO, a device, a
    folder, a symbolic link loop: named at once) or is not an SQLite database."""
    files.check_kind(path)
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

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool = False,
                 workdir: Path | None = None) -> None:
        self.path = path
        self._gate = Gate()   # once an engine owns the store: see store/gate.py
        self.conn = conn
        self.read_only = read_only
        self._workdir = workdir  # a read-only open's private merged copy, removed on close
        self._identity = _identity(path)
        self._needs_mark = True  # the next write starts a journal: it carries the mark
        if not read_only:
            files.hold(self._identity)
        self.undo = UndoLog(conn)
        from . import repositories  # the aggregates, each in its own module

        repositories.attach(self)

    # -- opening and creating -------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike, *, backup_dir: Path | None = None,
             read_only: bool = False) -> "Store":
        """Open a session file for writing (held until close) or, with read_only, for reading
        only: nothing is written beside the file, so it works on a locked key or a read-only
        share (info, check, export). A file that is refused is left unchanged, with its
        companions."""
        path = Path(path)
        files.check_kind(path)  # missing, FIFO, device, folder, loop: said at once
        if files.in_use(path):  # before any read: see files._held
            raise FileError("in_use", file=str(path))
        app_id, version = read_header(path)
        if app_id != APPLICATION_ID:
            raise FileError("foreign_database", file=str(path))
        if version > SCHEMA_VERSION:
            raise FileError("too_new", file=str(path), found=version, supported=SCHEMA_VERSION)
        if version == 0:  # Store.create writes the format in the same transaction as the tables
            raise FileError("empty_session_file", file=str(path))
        if read_only:
            return cls._open_read_only(path, version)
        _own_journal(path)
        conn = cls._connect(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise FileError("too_new", file=str(path), found=version,
                                supported=SCHEMA_VERSION)
            _check_tables(conn, path)
            if version < SCHEMA_VERSION:
                cls._migrate(conn, path, version, backup_dir)
            store = cls(path, conn)
            store.checkpoint()  # what a crash left in the journal goes into the file now
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def _open_read_only(cls, path: Path, version: int) -> "Store":
        workdir = None
        source = path
        if _own_journal(path) is not None or version < SCHEMA_VERSION:
            # unmerged changes in the journal, or an older format: read a private merged copy
            workdir = Path(tempfile.mkdtemp(prefix="facilitator-read-"))
            source = workdir / "session.atelier"
            try:
                _copy_with_journal(path, source)
                con = sqlite3.connect(source, isolation_level=None)
                try:
                    con.execute("PRAGMA synchronous = OFF")  # a private copy
                    _check_tables(con, path)
                    found = con.execute("PRAGMA user_version").fetchone()[0]
                    if found < SCHEMA_VERSION:
                        cls._run_migrations(con, path, found, None)
                    con.execute("PRAGMA journal_mode = DELETE")
                finally:
                    con.close()
            except BaseException:
                shutil.rmtree(workdir, ignore_errors=True)
                raise
        try:
            conn = sqlite3.connect("file:" + _uri_path(source) + "?mode=ro&immutable=1",
                                   uri=True, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            if workdir:
                shutil.rmtree(workdir, ignore_errors=True)
            raise FileError("corrupt", file=str(path), detail=str(exc)) from None
        try:
            problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if problem != "ok":
                raise FileError("corrupt", file=str(path), detail=problem)
            _check_tables(conn, path)
            conn.execute("PRAGMA temp_store = MEMORY")
            return cls(path, conn, read_only=True, workdir=workdir)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if workdir:
                shutil.rmtree(workdir, ignore_errors=True)
            raise FileError("corrupt", file=str(path), detail=str(exc)) from None
        except BaseException:
            conn.close()
            if workdir:
                shutil.rmtree(workdir, ignore_errors=True)
            raise

    @classmethod
    def create(cls, path: str | os.PathLike, title: str, *, language: str = "fr",
               template: str | None = None, uid: str | None = None) -> "Store":
        """Make a new session file. Never replaces an existing file."""
        path = Path(path)
        files.refuse_existing(path)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.creating")
        try:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
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
            if uid:
                conn.execute("UPDATE session SET uid = ? WHERE id = 1", (uid.lower(),))
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
            conn.close()
            files.publish(tmp, path, replace=False)  # stale companions set aside first
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
            _check_tables(conn, path)  # before the switch to WAL writes anything
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            conn.execute("BEGIN IMMEDIATE")  # takes the exclusive lock, held until close
            conn.execute("COMMIT")
            if mode.lower() != "wal":
                raise sqlite3.OperationalError("attempt to write a readonly database")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            # checkpoints are ours (Store.checkpoint): each new journal starts with the mark
            conn.execute("PRAGMA wal_autocheckpoint = 0")
        except FileError:
            conn.close()
            raise
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
        cls._run_migrations(conn, path, version, backup)

    @staticmethod
    def _run_migrations(conn: sqlite3.Connection, path: Path, version: int,
                        backup: Path | None) -> None:
        try:
            conn.execute("BEGIN IMMEDIATE")
            for v in range(version, SCHEMA_VERSION):
                for stmt in _statements(MIGRATIONS[v]):
                    conn.execute(stmt)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            if backup is None:
                raise FileError("corrupt", file=str(path), detail=str(exc)) from None
            raise FileError("migration_failed", file=str(path), detail=str(exc),
                            backup=str(backup)) from None

    # -- the connection, and who may use it ---------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        """The connection. Once an engine owns the store (facilitator.engine), its writer thread
        gets it as is; any other thread gets it through the gate (store/gate.py): each of its
        reads waits for the writer's current transaction to be committed."""
        writer = self._gate.writer
        if writer is None or writer == threading.get_ident() or self._conn is None:
            return self._conn
        return self._gated

    @conn.setter
    def conn(self, value: sqlite3.Connection | None) -> None:
        self._conn = value
        self._gated = GatedConnection(value, self._gate) if value is not None else None

    @contextlib.contextmanager
    def reading(self) -> Iterator["Store"]:
        """Several reads that must see one state of the file (no commit between them): the
        writer waits until the block ends. Without an engine it costs nothing."""
        with self._gate:
            yield self

    # -- writing ----------------------------------------------------------------------------
    def file_is_in_place(self) -> bool:
        """False when the file was moved, renamed or deleted since it was opened (on Linux
        the open file would keep accepting writes that nobody could find again)."""
        return _identity(self.path) == self._identity

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic, durable change. Maps disk full, read-only, lost file to FileError.
        When the journal (-wal) has grown past files.WAL_LIMIT_BYTES, it is merged into the
        file right after the commit."""
        if self.read_only:
            raise FileError("read_only", file=str(self.path))
        if not self.file_is_in_place():
            raise FileError("file_moved", file=str(self.path))
        with self._gate:  # an engine's writer never starts a transaction inside this one
            with self._transaction() as conn:
                yield conn

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._write_error(exc) from None
        try:
            marking = self._needs_mark
            if marking:
                self._mark()
            yield self.conn
            self.conn.execute("COMMIT")
            if marking:
                self._needs_mark = False
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise self._write_error(exc) from None
            raise
        try:
            big = os.stat(self._wal).st_size > files.WAL_LIMIT_BYTES
        except OSError:
            big = False
        if big:
            self.checkpoint()

    @property
    def _wal(self) -> Path:
        return files.companion(self.path, "-wal")

    def checkpoint(self) -> bool:
        """Merge the journal (-wal) into the file and empty it. Called on open, past the size
        bound, by the interface after a few idle seconds, and on close. A failure is not fatal:
        the changes stay safe in the journal. Returns True when merged."""
        if self.read_only or self.closed or not self.file_is_in_place():
            return False
        merged = False
        with self._gate:  # with an engine: no transaction of its writer between the two
            with contextlib.suppress(sqlite3.Error):
                merged = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
            self._needs_mark = True  # an emptied journal: its next transaction carries the mark
        return merged

    def _mark(self) -> None:
        """Inside the first transaction of each journal: write the page of the session row
        (the uid's letter case flips; uid() reads it in lower case; SQLite skips a write that
        changes nothing). So every journal this program writes holds that page, which names
        the session it belongs to (see `_own_journal`); it costs no extra commit."""
        self.conn.execute(
            "UPDATE session SET uid = CASE WHEN uid = lower(uid) THEN upper(uid) "
            "ELSE lower(uid) END WHERE id = 1")

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
        return self.conn.execute("SELECT lower(uid) FROM session WHERE id = 1").fetchone()[0]

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks, and what the schema
        lacks compared with its format (store/schema_check.py); empty when healthy."""
        from .schema_check import problems as schema_problems

        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} #{rowid} → {parent}")
        if not problems:
            problems += schema_problems(self.conn, self.schema_version())
        return problems

    def quick_check(self) -> bool:
        return self.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"

    def save_copy(self, dest: str | os.PathLike) -> Path:
        """A whole, consistent copy of the open session through SQLite's backup API, written
        to a temporary file then renamed; the copy is a session of its own (a new uid, so its
        snapshots are its own). Refuses to replace the open file itself."""
        dest = Path(dest)
        if dest.exists() and dest.resolve() == self.path.resolve():
            raise FileError("exists", file=str(dest))
        return backup_into(self.conn, dest, replace=True, new_uid=True)

    @staticmethod
    def copy_file(src: str | os.PathLike, dest: str | os.PathLike) -> Path:
        """Copy a closed session file that cannot be opened for writing (read-only file or
        folder, a USB key locked) into a new file `dest`. The source is only read."""
        src, dest = Path(src), Path(dest)
        files.refuse_existing(dest)
        with Store.open(src, read_only=True) as source:  # with its journal's changes
            return backup_into(source.conn, dest, replace=False, new_uid=True)

    @property
    def closed(self) -> bool:
        """True once `close()` has run (nothing can be read or written through it)."""
        return self._conn is None

    def close(self) -> None:
        if self._conn is None:
            return
        if not self.read_only:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        if not self.read_only:
            files.release(self._identity)
        self.conn = None  # type: ignore[assignment]
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def backup_into(source: sqlite3.Connection, dest: Path, *, replace: bool,
                new_uid: bool = False) -> Path:
    """Write a whole, consistent copy of the database behind `source` to `dest` through
    SQLite's backup API (it reads through SQLite, journal included): into a temporary file
    beside it, then renamed into place (files.publish), so that `dest` is never half-written.
    With replace=False an existing `dest` is refused (FileError "exists"), even one that
    appears meanwhile. new_uid: the copy becomes a session of its own. Disk full and other
    failures leave nothing."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        if not replace:
            files.refuse_existing(dest)
        target = sqlite3.connect(tmp, isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            if new_uid:
                target.execute("UPDATE session SET uid = lower(hex(randomblob(16))) "
                               "WHERE id = 1")
        finally:
            target.close()
        files.publish(tmp, dest, replace=replace)
    except (OSError, sqlite3.Error) as exc:
        if "full" in str(exc).lower() or getattr(exc, "errno", None) == 28:
            raise FileError("disk_full", file=str(dest)) from None
        raise FileError("cannot_create", file=str(dest),
                        detail=getattr(exc, "strerror", None) or str(exc)) from None
    finally:
        for extra in (tmp, files.companion(tmp, "-journal")):
            with contextlib.suppress(OSError):
                extra.unlink()
    return dest


def _check_tables(conn: sqlite3.Connection, path: Path) -> None:
    """A file with the FACI mark but no session in it is damaged (refused before anything is
    written to it)."""
    try:
        row = conn.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                           "AND name = 'session'").fetchone()[0]
        ok = row == 1 and conn.execute("SELECT count(*) FROM session").fetchone()[0] == 1
    except sqlite3.DatabaseError:
        ok = False
    if not ok:
        raise FileError("empty_session_file", file=str(path))


def _copy_with_journal(path: Path, dest: Path) -> None:
    """Copy the file and its -wal (not the -shm: SQLite rebuilds it) to `dest`, read only."""
    shutil.copyfile(path, dest)
    wal = files.companion(path, "-wal")
    if wal.exists():
        shutil.copyfile(wal, files.companion(dest, "-wal"))


def _own_journal(path: Path) -> "files.WalContent | None":
    """The committed content of the journal beside `path`, after making sure it is this
    file's own. SQLite would replay any -wal into any file, and nothing in the WAL format names
    its database; so every journal this program writes holds the page of the session row
    (Store._mark), which carries the session's uid. A journal belongs to the file when its
    committed frames hold that page and, merged into a private copy, it gives a sound session
    with the file's own uid. Anything else (another session's journal, a journal without that
    page, damage) is refused (FileError "foreign_wal"), the file and its companions untouched.
    A file whose own content cannot be read without its journal (a checkpoint cut short) is
    judged on the merged copy alone."""
    if files.hot_journal(path):
        raise FileError("foreign_wal", file=str(path),
                        journal=str(files.companion(path, "-journal")))
    wal = files.read_wal(files.companion(path, "-wal"))
    if wal is None:
        return None
    refuse = FileError("foreign_wal", file=str(path), journal=str(wal.path))
    alone = _uid_of(path)
    workdir = Path(tempfile.mkdtemp(prefix="facilitator-wal-"))
    try:
        copy = workdir / "session.atelier"
        _copy_with_journal(path, copy)
        con = sqlite3.connect(copy)
        try:
            con.execute("PRAGMA synchronous = OFF")  # a throwaway copy: no need to sync it
            sound = con.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
            root = con.execute("SELECT rootpage FROM sqlite_schema WHERE type = 'table' "
                               "AND name = 'session'").fetchone()
            merged = con.execute("SELECT uid FROM session WHERE id = 1").fetchone()
        except sqlite3.DatabaseError:
            raise refuse from None
        finally:
            con.close()
    except OSError as exc:
        raise FileError("write_failed", file=str(path), detail=exc.strerror or str(exc)) from None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if not sound and not _sound_alone(path):
        raise FileError("corrupt", file=str(path), detail="quick_check")
    if not sound or root is None or merged is None or root[0] not in wal.pages:
        raise refuse
    if alone is not None and merged[0].lower() != alone.lower():
        raise refuse
    return wal


def unmerged_journal(path: str | os.PathLike) -> Path | None:
    """The -wal beside `path` when it holds committed changes not yet merged into the file
    (more than the session's mark): the session was not closed normally. Only reads."""
    path = Path(path)
    wal = files.read_wal(files.companion(path, "-wal"))
    if wal is None:
        return None
    root = None
    with contextlib.suppress(sqlite3.Error):
        con = sqlite3.connect("file:" + _uri_path(path) + "?mode=ro&immutable=1", uri=True)
        try:
            root = con.execute("SELECT rootpage FROM sqlite_schema WHERE type = 'table' "
                               "AND name = 'session'").fetchone()
        finally:
            con.close()
    if root is not None and wal.pages <= {root[0]}:
        return None
    return wal.path


def _sound_alone(path: Path) -> bool:
    """SQLite's quick check of the file itself, its journal ignored (only reads)."""
    try:
        con = sqlite3.connect("file:" + _uri_path(path) + "?mode=ro&immutable=1", uri=True)
        try:
            return con.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.Error:
        return False


def _uid_of(path: Path) -> str | None:
    """The uid in the file itself, as written (its journal ignored)."""
    try:
        con = sqlite3.connect("file:" + _uri_path(path) + "?mode=ro&immutable=1", uri=True)
        try:
            row = con.execute("SELECT uid FROM session WHERE id = 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.absolute()))

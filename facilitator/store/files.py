"""The session file on disk, outside SQLite: what a path is, the companions SQLite keeps beside a
file (`-wal`, `-shm`, `-journal`), and putting a finished file in place.

A companion left by a crash is replayed by SQLite into whatever file is next written at that
path, so every way of making or replacing a session file goes through `publish`, which first
calls `set_aside_companions` (the one place that deals with stale companions): a companion that
holds committed changes is renamed beside the file (`NAME-wal.orphan-YYYYMMDD-HHMMSS`), never
thrown away, and the person is told through `take_notices()`; an empty one is removed.

No hard links (exFAT, FAT32 and many network shares refuse them): "create, never replace" is a
claim of the name with O_CREAT|O_EXCL, then a rename of the finished temporary over the claim.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from ..catalogue import Phrase
from ..errors import FileError

COMPANIONS = ("-wal", "-shm", "-journal")
WAL_LIMIT_BYTES = 1024 * 1024  # past this the journal is merged into the file (Store.transaction)
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_PENDING_BYTE = 0x40000000  # SQLite's lock bytes (os_unix.c)
_SHARED_FIRST = _PENDING_BYTE + 2

_notices: list[tuple[str, dict]] = []
# Files this process holds open for writing, by (device, inode). POSIX drops every lock a process
# holds on a file when it closes ANY descriptor of that file, so nothing here may open a file
# that this process holds: such a file is "in use" without looking.
_held: dict[tuple[int, int], int] = {}


def hold(identity: tuple[int, int] | None) -> None:
    if identity is not None:
        _held[identity] = _held.get(identity, 0) + 1


def release(identity: tuple[int, int] | None) -> None:
    if identity in _held:
        _held[identity] -= 1
        if not _held[identity]:
            del _held[identity]


def companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def take_notices(lang: str | None = None) -> list[str]:
    """The messages about companions set aside since the last call (then forgotten)."""
    from ..errors import FacilitatorError

    out = [FacilitatorError(key, **kw).message(lang) if lang else str(FacilitatorError(key, **kw))
           for key, kw in _notices]
    _notices.clear()
    return out


# -- what a path is ---------------------------------------------------------------------------
def check_kind(path: Path) -> None:
    """Refuse at once, with a message naming it, anything that is not a regular file (a FIFO
    would block an open() forever). Missing → FileError("not_found")."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise FileError("not_found", file=str(path)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FileError("symlink_loop", file=str(path)) from None
        raise FileError("write_failed", file=str(path), detail=exc.strerror or str(exc)) from None
    mode = st.st_mode
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise FileError("is_directory", file=str(path))
    if stat.S_ISFIFO(mode):
        raise FileError("is_fifo", file=str(path))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise FileError("is_device", file=str(path))
    if stat.S_ISSOCK(mode):
        raise FileError("is_socket", file=str(path))
    raise FileError("not_a_database", file=str(path))


def refuse_existing(path: Path) -> None:
    """For a place where a new file is to be made: FileError naming what is there (a folder,
    a FIFO, a device, a loop) or "exists" for a file. Does nothing when the place is free."""
    if not os.path.lexists(path):
        return
    try:
        check_kind(path)
    except FileError as exc:
        if exc.key != "not_found":  # a dangling symbolic link is still "there"
            raise
    raise FileError("exists", file=str(path))


def in_use(path: Path) -> bool:
    """True when another process holds SQLite's write lock on the file (Facilitateur keeps it
    for as long as a session is open). Only a probe: takes and drops a shared byte lock."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    if (st.st_dev, st.st_ino) in _held:
        return True
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's own open reports it
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 1, _SHARED_FIRST)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHARED_FIRST)
        return False
    finally:
        os.close(fd)


# -- the journal (-wal) -----------------------------------------------------------------------
@dataclass(frozen=True)
class WalContent:
    """The committed part of a -wal: the pages its valid frames hold, up to the last commit."""
    path: Path
    page_size: int
    pages: frozenset[int]
    frames: int


def _checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    """SQLite's WAL checksum, as its file format describes it."""
    words = struct.unpack((">" if big else "<") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def read_wal(wal: Path, *, verify: bool = False) -> WalContent | None:
    """The committed frames of this -wal (SQLite's WAL format: a 32-byte header, then frames of
    a 24-byte header and a page, salted by the header and each checksummed after the previous
    one; a frame with a database size is a commit). None when SQLite would replay nothing.

    Without verify, the frame checksums are not computed (about 1 ms a frame in Python): the
    result may then count a torn last frame that SQLite would drop, never fewer frames."""
    try:
        with open(wal, "rb") as fh:
            header = fh.read(32)
            if len(header) < 32:
                return None
            magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", header)
            if magic not in _WAL_MAGIC or page_size < 512 or page_size & (page_size - 1):
                return None
            big = magic & 1 == 1
            s0, s1 = _checksum(header[:24], 0, 0, big)
            if (s0, s1) != (c0, c1):
                return None
            pages: set[int] = set()
            pending: set[int] = set()
            frames = committed = 0
            while True:
                fh_ = fh.read(24)
                page = fh.read(page_size)
                if len(fh_) < 24 or len(page) < page_size:
                    break
                pgno, size, f1, f2, k0, k1 = struct.unpack(">6I", fh_)
                if (f1, f2) != (salt1, salt2) or pgno == 0:
                    break
                if verify:
                    s0, s1 = _checksum(fh_[:8] + page, s0, s1, big)
                    if (s0, s1) != (k0, k1):
                        break
                frames += 1
                pending.add(pgno)
                if size:
                    pages |= pending
                    pending = set()
                    committed = frames
    except OSError:
        return None
    if not committed:
        return None
    return WalContent(wal, page_size, frozenset(pages), committed)


def hot_journal(path: Path) -> bool:
    """A rollback journal SQLite would play back into the file."""
    try:
        with open(companion(path, "-journal"), "rb") as fh:
            return fh.read(8) == _JOURNAL_MAGIC
    except OSError:
        return False


# -- making room for a new file --------------------------------------------------------------
def set_aside_companions(path: Path) -> list[Path]:
    """Before a file is created or replaced at `path` (or to open one without a journal that is
    not its own): a -wal or -journal that holds committed changes is renamed beside it and the
    person is told (`take_notices`); empty or unreadable-as-journal companions and the -shm
    (an index, never data) are removed. Returns the renamed companions."""
    path = Path(path)
    kept: list[Path] = []
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for suffix in COMPANIONS:
        comp = companion(path, suffix)
        try:
            st = os.lstat(comp)
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(st.st_mode):
            raise FileError("cannot_create", file=str(path),
                            detail=Phrase("file_not_regular", name=comp.name))
        holds = ((suffix == "-wal" and read_wal(comp) is not None)
                 or (suffix == "-journal" and hot_journal(path)))
        if not holds:
            comp.unlink()
            continue
        dest = comp.with_name(f"{comp.name}.orphan-{stamp}")
        n = 2
        while dest.exists():
            dest = comp.with_name(f"{comp.name}.orphan-{stamp}-{n}")
            n += 1
        os.rename(comp, dest)
        kept.append(dest)
        _notices.append(("companion_set_aside", {"file": str(path), "kept": str(dest)}))
    return kept


def claim(dest: Path) -> None:
    """Take the name `dest` (an empty file) or raise FileError("exists"); works on any file
    system, unlike a hard link."""
    try:
        fd = os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
    except FileExistsError:
        refuse_existing(dest)
        raise FileError("exists", file=str(dest)) from None
    os.close(fd)


def publish(tmp: Path, dest: Path, *, replace: bool) -> Path:
    """Put the finished, closed file `tmp` (same folder, no companions) at `dest`, atomically.
    replace=False: an existing `dest` is refused (FileError "exists"), even one that appears
    meanwhile. replace=True: `dest` is replaced, unless a program has it open (FileError
    "in_use"). Stale companions of `dest` are dealt with first (set_aside_companions)."""
    tmp, dest = Path(tmp), Path(dest)
    claimed = False
    try:
        if replace:
            if os.path.lexists(dest):
                try:
                    check_kind(dest)  # never over a folder, a FIFO, a device
                except FileError as exc:
                    if exc.key != "not_found":  # a dangling link is simply replaced
                        raise
                if in_use(dest):
                    raise FileError("in_use", file=str(dest))
        else:
            claim(dest)
            claimed = True
        set_aside_companions(dest)
        os.replace(tmp, dest)
        claimed = False
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise FileError("disk_full", file=str(dest)) from None
        raise FileError("cannot_create", file=str(dest),
                        detail=exc.strerror or str(exc)) from None
    finally:
        if claimed:
            with contextlib.suppress(OSError):
                if os.stat(dest).st_size == 0:
                    os.unlink(dest)
    return dest

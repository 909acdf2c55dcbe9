"""Faults a facilitator's laptop meets, each with the promise it must keep: nothing acknowledged
is lost, a damaged or foreign file is refused with a clear message and left unchanged, and the
program keeps running."""
from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from facilitator.errors import FileError
from facilitator.store import Store

TRIALS = 100


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _writer(path: str, fd: int) -> None:
    """Child: writes ideas, votes and decisions as the app does, acknowledging each commit."""
    s = Store.open(path)
    os.write(fd, b"open\n")
    n = 0
    while True:
        n += 1
        iid, _ = s.recorded(lambda: s.ideas.add(f"idée {n} « é » " + "x" * (n % 50)))
        if n % 3 == 0:
            s.recorded(lambda: s.decisions.add(f"N-{os.getpid()}-{n}", "texte"))
        os.write(fd, f"{iid}\n".encode())


def test_kill_minus_nine_at_random_moments_loses_nothing_acknowledged(tmp_path):
    rng = random.Random(20261127)
    path = tmp_path / "crash.atelier"
    Store.create(path, "Séance").close()
    acknowledged: list[int] = []
    trials_with_writes = waited = 0
    for trial in range(TRIALS):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child
            os.close(r)
            try:
                _writer(str(path), w)
            finally:
                os._exit(0)
        os.close(w)
        head = b""
        if rng.random() < 0.15:  # during the open (a crash recovery, the checkpoint, the mark)
            time.sleep(rng.uniform(0.0, 0.08))
        else:  # while it writes: once open and writing (on a loaded machine the first commit
            # can take longer than the kill's delay; wait for it, then kill at a random moment)
            waited += 1
            while head.count(b"\n") < 2:
                byte = os.read(r, 1)
                if not byte:
                    break
                head += byte
            time.sleep(rng.uniform(0.0, 0.07))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(r) as pipe:
            acked = [int(x) for x in (head.decode() + pipe.read()).split() if x != "open"]
        acknowledged += acked
        trials_with_writes += bool(acked)
        with Store.open(path) as s:
            present = {i.id for i in s.ideas.list()}
            missing = [i for i in acknowledged if i not in present]
            assert not missing, f"trial {trial}: acknowledged ideas lost: {missing[:5]}"
            assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the harness really killed the writer in the middle of its work, most of the time
    assert trials_with_writes >= waited * 0.8 and waited >= TRIALS * 0.7, (trials_with_writes,
                                                                           waited)


STALE_TRIALS = 18


@pytest.mark.slow
def test_kill_minus_nine_then_a_new_file_at_that_place_never_inherits_the_journal(tmp_path):
    """A writer is killed at a random moment; then the place gets another session: made anew
    (`demo --force`), copied over by a file manager, or made after the file was deleted. The
    new session never holds the old one's ideas, the old journal is kept beside (renamed) when
    it held anything, and a foreign journal is refused without changing a byte."""
    from facilitator.demo import TITLE, write_demo
    from facilitator.store import files

    rng = random.Random(20261130)
    other = tmp_path / "autre.atelier"
    with Store.create(other, "Autre") as s:
        s.recorded(lambda: s.ideas.add("idée de l'autre"))
    for trial in range(STALE_TRIALS):
        folder = tmp_path / f"t{trial}"
        folder.mkdir()
        path = folder / "crash.atelier"
        Store.create(path, "Séance").close()
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            try:
                _writer(str(path), w)
            finally:
                os._exit(0)
        os.close(w)
        while not os.read(r, 5).endswith(b"\n"):
            pass
        time.sleep(rng.uniform(0.0, 0.06))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(r)
        wal = path.with_name(path.name + "-wal")
        held = files.read_wal(wal) is not None
        case = trial % 3
        if case == 0:
            write_demo(path, "fr", replace=True)
            with Store.open(path) as s:
                assert s.session.get().title == TITLE[0] and len(s.ideas.list()) == 41
                assert s.check() == []
        elif case == 1:
            import shutil

            shutil.copyfile(other, path)
            if held:
                before, wal_before = digest(path), digest(wal)
                with pytest.raises(FileError) as err:
                    Store.open(path)
                assert err.value.key == "foreign_wal", trial
                assert digest(path) == before and digest(wal) == wal_before
                files.set_aside_companions(path)
            with Store.open(path) as s:
                assert [i.text for i in s.ideas.list()] == ["idée de l'autre"], trial
        else:
            path.unlink()
            with Store.create(path, "Nouvelle") as s:
                assert s.ideas.list() == [] and s.check() == []
        kept = list(folder.glob("crash.atelier-wal.orphan-*"))
        assert len(kept) == (1 if held else 0), (trial, held, kept)
    files.take_notices()


def _damaged_copy(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    with Store.create(path, "Séance") as s:
        with s.transaction():
            for i in range(400):
                s.ideas.add(f"idée {i} " + "texte " * 30)
    return path


def test_truncated_file_is_refused_unchanged(tmp_path):
    path = _damaged_copy(tmp_path, "tronque.atelier")
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.truncate(size // 2)
    before = digest(path)
    with pytest.raises(FileError) as err:
        Store.open(path)
    assert err.value.key == "corrupt"
    assert "tronque.atelier" in err.value.message("fr") and "endommagé" in err.value.message("fr")
    assert digest(path) == before


def test_flipped_bytes_in_a_page_are_refused_unchanged(tmp_path):
    path = _damaged_copy(tmp_path, "abime.atelier")
    page = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as fh:
        for n in (3, 7, 12):  # the b-tree headers of a few pages
            fh.seek(page * (n - 1))
            head = bytearray(fh.read(12))
            fh.seek(page * (n - 1))
            fh.write(bytes(b ^ 0xA5 for b in head))
    before = digest(path)
    with pytest.raises(FileError) as err:
        Store.open(path)
    assert err.value.key == "corrupt"
    assert digest(path) == before


def _as_nobody(code: str, *args: str) -> subprocess.CompletedProcess:
    """Run code as an ordinary user (root ignores file permissions); the code drops root
    itself after its imports (the interpreter's files may be readable by root only)."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=60, env=env)


OPEN = textwrap.dedent("""
    import os, sys
    from facilitator.store import Store
    from facilitator.errors import FileError
    import facilitator.store.repositories, facilitator.store.session, facilitator.store.ideas
    import facilitator.store.participants, facilitator.store.agenda, facilitator.store.voting
    import facilitator.store.actors, facilitator.store.decisions, facilitator.store.live
    import facilitator.store.council
    import encodings.idna, json
    if os.geteuid() == 0:
        os.setgid(65534); os.setuid(65534)
    try:
        Store.open(sys.argv[1])
    except FileError as e:
        print(e.key); print(e.message("fr")); sys.exit(3)
    print("opened")
""")


@pytest.fixture
def open_tmp():
    """A folder an ordinary user can reach (pytest's own tmp folder is private to root)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="facilitator-faults-"))
    os.chmod(folder, 0o755)
    yield folder
    for p in folder.rglob("*"):
        if p.is_dir():
            os.chmod(p, 0o755)
    shutil.rmtree(folder, ignore_errors=True)


def test_read_only_file_is_refused_and_can_be_copied(open_tmp):
    tmp_path = open_tmp
    folder = tmp_path / "cle"
    folder.mkdir()
    path = folder / "lecture.atelier"
    with Store.create(path, "Séance") as s:
        s.recorded(lambda: s.ideas.add("à garder"))
    os.chmod(path, 0o444)
    os.chmod(tmp_path, 0o755)
    os.chmod(folder, 0o777)
    before = digest(path)
    out = _as_nobody(OPEN, str(path))
    assert out.returncode == 3, out.stdout + out.stderr
    assert out.stdout.splitlines()[0] == "read_only"
    assert "lecture seule" in out.stdout
    assert digest(path) == before
    copy = Store.copy_file(path, tmp_path / "copie.atelier")
    with Store.open(copy) as c:
        assert [i.text for i in c.ideas.list()] == ["à garder"]
    assert digest(path) == before


def test_read_only_folder_is_refused(open_tmp):
    tmp_path = open_tmp
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "s.atelier"
    with Store.create(path, "Séance") as s:
        s.recorded(lambda: s.ideas.add("à garder"))
    os.chmod(path, 0o666)
    os.chmod(tmp_path, 0o755)
    os.chmod(folder, 0o555)
    try:
        before = digest(path)
        out = _as_nobody(OPEN, str(path))
        assert out.returncode == 3, out.stdout + out.stderr
        assert out.stdout.splitlines()[0] == "read_only_folder"
        assert digest(path) == before
    finally:
        os.chmod(folder, 0o755)


INFO = textwrap.dedent("""
    import os, sys, json, tempfile, shutil
    from facilitator.cli import main
    from facilitator.store import Store, files, db
    import facilitator.store.repositories, facilitator.store.session, facilitator.store.ideas
    import facilitator.store.participants, facilitator.store.agenda, facilitator.store.voting
    import facilitator.store.actors, facilitator.store.decisions, facilitator.store.live
    import facilitator.store.council
    import encodings.idna, fcntl
    if os.geteuid() == 0:
        os.setgid(65534); os.setuid(65534)
    sys.exit(main(["info", "--json", sys.argv[1]]))
""")


def test_info_reads_a_read_only_file_in_a_read_only_folder(open_tmp):
    """As an ordinary user (permissions apply), with unmerged changes in the journal too."""
    folder = open_tmp / "cle"
    folder.mkdir()
    path = folder / "lecture.atelier"
    Store.create(path, "Séance").close()
    pid = os.fork()
    if pid == 0:
        try:
            s = Store.open(path)
            s.recorded(lambda: s.ideas.add("dans le journal"))
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    for p in folder.iterdir():
        os.chmod(p, 0o444)
    os.chmod(folder, 0o555)
    try:
        before = sorted((p.name, digest(p)) for p in folder.iterdir())
        out = _as_nobody(INFO, str(path))
        assert out.returncode == 0, out.stdout + out.stderr
        assert '"ideas": 1' in out.stdout
        assert sorted((p.name, digest(p)) for p in folder.iterdir()) == before
    finally:
        os.chmod(folder, 0o755)


@pytest.fixture
def tiny_disk(tmp_path):
    """A 2 MB tmpfs: a real 'disk full' (ENOSPC)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                         capture_output=True, text=True)
    if res.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {res.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_disk_full_keeps_everything_acknowledged(tiny_disk):
    path = tiny_disk / "plein.atelier"
    store = Store.create(path, "Séance")
    acknowledged = []
    with pytest.raises(FileError) as err:
        for n in range(100000):
            iid, _ = store.recorded(lambda: store.ideas.add(f"idée {n} " + "é" * 2000))
            acknowledged.append(iid)
    assert err.value.key == "disk_full"
    assert "plein" in err.value.message("fr")
    assert len(acknowledged) > 10
    # the app keeps running: reading works, and the session holds every acknowledged idea
    assert [i.id for i in store.ideas.list()] == acknowledged
    # free some room (another file on the same disk), then the same change goes through
    for extra in tiny_disk.glob("*.bak"):
        extra.unlink()
    store.close()
    with Store.open(path) as again:
        assert [i.id for i in again.ideas.list()] == acknowledged
        assert again.check() == []


def test_file_deleted_or_renamed_while_open_is_noticed(tmp_path):
    path = tmp_path / "s.atelier"
    store = Store.create(path, "Séance")
    store.recorded(lambda: store.ideas.add("avant"))
    path.rename(tmp_path / "renomme.atelier")
    with pytest.raises(FileError) as err:
        store.recorded(lambda: store.ideas.add("après"))
    assert err.value.key == "file_moved"
    assert "déplacé" in err.value.message("fr")
    # nothing is lost: a copy of the open session can still be saved
    copy = store.save_copy(tmp_path / "sauvetage.atelier")
    store.close()
    with Store.open(copy) as c:
        assert [i.text for i in c.ideas.list()] == ["avant"]

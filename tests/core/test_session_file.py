"""Trust in the session file (issue 11): no session inherits another's journal (-wal), a refused
open changes nothing, acknowledged changes do not live long only in the journal, files are made
on the media people use (exFAT), read-only files can be read, odd paths get a clear message."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator.errors import FileError
from facilitator.store import Store, files, snapshots


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def crashed(path: Path, title: str, ideas: list[str], *, create: bool = True) -> None:
    """A session at `path` whose writer died without closing: its last changes are in the -wal."""
    if create:
        Store.create(path, title).close()
    pid = os.fork()
    if pid == 0:
        try:
            s = Store.open(path)
            for text in ideas:
                s.recorded(lambda: s.ideas.add(text))
        finally:
            os._exit(0)  # no close, no checkpoint: like a kill -9
    os.waitpid(pid, 0)
    wal = path.with_name(path.name + "-wal")
    assert not ideas or wal.stat().st_size > 0


def texts(path: Path) -> list[str]:
    with Store.open(path) as s:
        return [i.text for i in s.ideas.list()]


def orphans(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + "-wal.orphan-*"))


def companions_of(path: Path) -> list[Path]:
    return [p for p in (path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))
            if p.exists()]


def cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]), LANG="fr_CA.UTF-8")
    return subprocess.run([sys.executable, "-m", "facilitator.cli", *args], capture_output=True,
                          text=True, timeout=60, env=env)


# -- 1. a session never inherits another session's journal -------------------------------------
def test_new_session_where_a_deleted_one_left_its_journal_starts_clean_and_keeps_it(tmp_path):
    path = tmp_path / "s.atelier"
    crashed(path, "Ancienne", ["ancienne idée"] * 5)
    path.unlink()  # the file went to the trash, its -wal stayed
    files.take_notices()
    with Store.create(path, "Nouvelle") as s:
        assert s.session.get().title == "Nouvelle"
        assert s.ideas.list() == []
        assert s.check() == []
    kept = orphans(path)
    assert len(kept) == 1 and kept[0].stat().st_size > 0  # set aside, not thrown away
    notes = files.take_notices()
    assert len(notes) == 1 and kept[0].name in notes[0] and "mis de côté" in notes[0]


def test_demo_force_onto_a_crashed_file_is_the_demo_only(tmp_path):
    from facilitator.demo import write_demo

    path = tmp_path / "s.atelier"
    crashed(path, "Autre", [f"idée de l'autre séance {n}" for n in range(30)])
    write_demo(path, "fr", replace=True)
    got = texts(path)
    assert len(got) == 41 and not any("autre séance" in t for t in got)
    with Store.open(path) as s:
        assert s.check() == []
    assert len(orphans(path)) == 1


def test_import_force_onto_a_crashed_file_is_the_archive_only(tmp_path):
    from facilitator.export import archive

    src = tmp_path / "source.atelier"
    with Store.create(src, "Importée") as s:
        s.recorded(lambda: s.ideas.add("idée importée"))
        data = archive.to_dict(s)
    path = tmp_path / "s.atelier"
    crashed(path, "Autre", [f"idée de l'autre séance {n}" for n in range(30)])
    archive.import_archive(data, path, force=True)
    assert texts(path) == ["idée importée"]
    assert len(orphans(path)) == 1
    # and after the crashed file was deleted but not its journal
    path2 = tmp_path / "t.atelier"
    crashed(path2, "Autre", ["idée de l'autre séance"] * 3)
    path2.unlink()
    archive.import_archive(data, path2)
    assert texts(path2) == ["idée importée"]


def test_save_copy_and_restore_onto_a_crashed_place_hold_their_own_content(tmp_path, store):
    store.recorded(lambda: store.ideas.add("à moi"))
    dest = tmp_path / "copie.atelier"
    crashed(dest, "Autre", ["intruse"] * 10)
    store.save_copy(dest)
    assert texts(dest) == ["à moi"]
    snap = snapshots.take(store, "auto")
    dest2 = tmp_path / "restauree.atelier"
    crashed(dest2, "Autre", ["intruse"] * 10)
    dest2.unlink()
    snapshots.restore(snap, dest2)
    assert texts(dest2) == ["à moi"]
    assert orphans(dest) and orphans(dest2)


def test_copy_of_a_read_only_file_onto_a_place_with_a_stale_journal(tmp_path, store):
    store.recorded(lambda: store.ideas.add("à moi"))
    store.close()
    dest = tmp_path / "copie.atelier"
    crashed(dest, "Autre", ["intruse"] * 10)
    dest.unlink()
    Store.copy_file(store.path, dest)
    assert texts(dest) == ["à moi"]


# -- 2. a foreign journal is refused, and the refusal changes nothing ---------------------------
def _foreign_pair(tmp_path: Path) -> tuple[Path, Path]:
    """A healthy session B copied (by a file manager) over A, whose -wal A's crash left."""
    path = tmp_path / "s.atelier"
    crashed(path, "A", [f"idée de A {n}" for n in range(40)])
    other = tmp_path / "b.atelier"
    with Store.create(other, "B") as s:
        s.recorded(lambda: s.ideas.add("idée de B"))
    shutil.copyfile(other, path)
    return path, path.with_name(path.name + "-wal")


def test_open_with_a_foreign_journal_is_refused_and_changes_nothing(tmp_path):
    path, wal = _foreign_pair(tmp_path)
    before, wal_before = digest(path), digest(wal)
    with pytest.raises(FileError) as err:
        Store.open(path)
    assert err.value.key == "foreign_wal"
    msg = err.value.message("fr")
    assert "n'a pas été modifié" in msg and wal.name in msg
    assert digest(path) == before and wal.exists() and digest(wal) == wal_before
    out = cli("info", str(path))
    assert out.returncode == 1 and "n'a pas été modifié" in out.stderr
    assert digest(path) == before and digest(wal) == wal_before
    # once the journal is set aside, the file opens as it was saved
    files.set_aside_companions(path)
    assert texts(path) == ["idée de B"]


def test_a_journal_of_the_file_itself_is_replayed(tmp_path):
    path = tmp_path / "s.atelier"
    crashed(path, "A", ["une", "deux"])
    assert texts(path) == ["une", "deux"]
    assert not orphans(path)


# -- 3. checkpoints: on close, when idle, past a bound; check tells; copies are whole -----------
def _in_file_alone(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return con.execute("SELECT count(*) FROM idea").fetchone()[0]
    finally:
        con.close()


def test_the_journal_stays_bounded_while_typing(store):
    wal = store.path.with_name(store.path.name + "-wal")
    biggest = 0
    for n in range(600):
        store.recorded(lambda: store.ideas.add(f"idée {n} " + "texte " * 40))
        biggest = max(biggest, wal.stat().st_size if wal.exists() else 0)
    assert biggest <= files.WAL_LIMIT_BYTES + 64 * 1024
    assert _in_file_alone(store.path) >= 600 - 100


def test_checkpoint_puts_everything_in_the_file(store):
    for n in range(20):
        store.recorded(lambda: store.ideas.add(f"idée {n}"))
    assert _in_file_alone(store.path) < 20
    store.checkpoint()
    assert _in_file_alone(store.path) == 20


def test_check_says_when_a_journal_holds_unmerged_changes(tmp_path):
    path = tmp_path / "s.atelier"
    crashed(path, "A", ["une", "deux", "trois"])
    out = cli("check", str(path))
    assert out.returncode == 0, out.stderr
    assert "journal" in out.stdout and "s.atelier-wal" in out.stdout
    healthy = tmp_path / "h.atelier"
    Store.create(healthy, "H").close()
    out = cli("check", str(healthy))
    assert out.returncode == 0 and "h.atelier-wal" not in out.stdout and "Note" not in out.stdout


def test_copy_of_a_read_only_crashed_file_is_whole(tmp_path):
    path = tmp_path / "s.atelier"
    crashed(path, "A", ["une", "deux", "trois"])
    dest = Store.copy_file(path, tmp_path / "copie.atelier")
    assert texts(dest) == ["une", "deux", "trois"]


# -- 4. exFAT ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def exfat(tmp_path_factory):
    """A real exFAT file system in a loop image (Debian's exfatprogs + exfat-fuse)."""
    if not shutil.which("mkfs.exfat") or not shutil.which("mount.exfat-fuse"):
        pytest.skip("exfatprogs / exfat-fuse are not installed (see install.sh)")
    root = tmp_path_factory.mktemp("exfat")
    img, mnt = root / "key.img", root / "key"
    mnt.mkdir()
    with open(img, "wb") as fh:
        fh.truncate(32 * 1024 * 1024)
    res = subprocess.run(["mkfs.exfat", str(img)], capture_output=True, text=True)
    if res.returncode:
        pytest.skip(f"cannot make an exFAT image: {res.stderr.strip()}")
    loop = subprocess.run(["losetup", "-f", "--show", str(img)], capture_output=True, text=True)
    if loop.returncode:
        pytest.skip(f"no loop device here (needs root and /dev/loop*): {loop.stderr.strip()}")
    dev = loop.stdout.strip()
    res = subprocess.run(["mount.exfat-fuse", dev, str(mnt)], capture_output=True, text=True)
    if res.returncode:
        subprocess.run(["losetup", "-d", dev])
        pytest.skip(f"cannot mount exFAT (needs /dev/fuse): {res.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)
        subprocess.run(["losetup", "-d", dev], capture_output=True)


def test_sessions_are_made_on_an_exfat_key(exfat, tmp_path):
    from facilitator.demo import write_demo
    from facilitator.export import archive

    folder = exfat / f"t{os.getpid()}-{time.monotonic_ns()}"
    folder.mkdir()
    with pytest.raises(OSError):  # the reason: no hard links on exFAT
        os.link(exfat, folder / "x")
    with Store.create(folder / "nouvelle.atelier", "Sur la clé") as s:
        s.recorded(lambda: s.ideas.add("idée"))
        snap = snapshots.take(s, "auto")
        s.save_copy(folder / "copie.atelier")
        data = archive.to_dict(s)
    with pytest.raises(FileError) as err:
        Store.create(folder / "nouvelle.atelier", "Encore")
    assert err.value.key == "exists"
    write_demo(folder / "demo.atelier", "fr")
    write_demo(folder / "demo.atelier", "fr", replace=True)
    archive.import_archive(data, folder / "importee.atelier")
    snapshots.restore(snap, folder / "restauree.atelier")
    Store.copy_file(folder / "nouvelle.atelier", folder / "copie2.atelier")
    for name in ("nouvelle", "copie", "importee", "restauree", "copie2"):
        assert texts(folder / f"{name}.atelier") == ["idée"], name
    assert len(texts(folder / "demo.atelier")) == 41
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")]


# -- 5. info, check and export on a read-only file or folder -----------------------------------
@pytest.fixture
def read_only_mount(tmp_path):
    """A folder on a file system mounted read-only: refused even to root (EROFS)."""
    mnt = tmp_path / "ro"
    mnt.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mnt)],
                         capture_output=True, text=True)
    if res.returncode:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {res.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _remount_ro(mnt: Path) -> None:
    res = subprocess.run(["mount", "-o", "remount,ro", str(mnt)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    with pytest.raises(OSError):
        (mnt / "probe").write_text("x")


def test_info_check_export_on_a_read_only_folder(read_only_mount, tmp_path):
    path = read_only_mount / "verrouillee.atelier"
    crashed(path, "Sur une clé verrouillée", ["une", "deux"])  # with unmerged changes, too
    _remount_ro(read_only_mount)
    before = {p.name: digest(p) for p in read_only_mount.iterdir()}
    out = cli("info", "--json", str(path))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["ideas"] == 2
    out = cli("check", str(path))
    assert out.returncode == 0, out.stderr
    assert "sain" in out.stdout
    out = cli("export", str(path), "--format", "json", "-o", str(tmp_path / "a.json"))
    assert out.returncode == 0, out.stderr
    assert len(json.loads((tmp_path / "a.json").read_text())["ideas"]) == 2
    assert {p.name: digest(p) for p in read_only_mount.iterdir()} == before


def test_read_only_open_writes_nothing_beside_a_writable_file(tmp_path):
    path = tmp_path / "s.atelier"
    crashed(path, "A", ["une"])
    listing = sorted(p.name for p in tmp_path.iterdir())
    before = {p.name: digest(p) for p in tmp_path.iterdir() if p.is_file()}
    with Store.open(path, read_only=True) as s:
        assert [i.text for i in s.ideas.list()] == ["une"]
        with pytest.raises(FileError):
            s.recorded(lambda: s.ideas.add("non"))
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
    assert {p.name: digest(p) for p in tmp_path.iterdir() if p.is_file()} == before


# -- 6. a FIFO, a device, a folder, a symlink loop --------------------------------------------
@pytest.mark.parametrize("kind,word", [("fifo", "tube"), ("device", "périphérique"),
                                       ("folder", "dossier"), ("loop", "boucle")])
def test_odd_paths_get_a_clear_message_at_once(tmp_path, kind, word):
    path = tmp_path / "x.atelier"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path = Path("/dev/null")
    elif kind == "folder":
        path.mkdir()
    else:
        os.symlink(tmp_path / "y.atelier", path)
        os.symlink(path, tmp_path / "y.atelier")
    for command in ("info", "check", "open"):
        started = time.monotonic()
        out = cli(command, str(path))
        assert time.monotonic() - started < 20
        assert out.returncode == 1, out.stderr
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and word in lines[0] and str(path) in lines[0], lines


# -- 7. snapshots -----------------------------------------------------------------------------
def test_copies_and_restored_snapshots_get_their_own_uid(tmp_path, store):
    copy = store.save_copy(tmp_path / "copie.atelier")
    snap = snapshots.take(store, "auto")
    restored = snapshots.restore(snap, tmp_path / "restauree.atelier")
    store.close()
    ro = Store.copy_file(store.path, tmp_path / "copie-ro.atelier")
    uids = set()
    for p in (store.path, copy, restored, ro):
        with Store.open(p) as s:
            uids.add(s.uid())
    assert len(uids) == 4


def test_leftovers_of_a_killed_snapshot_are_cleaned_and_old_folders_thinned(tmp_home):
    import datetime as dt

    root = tmp_home / "data" / "snapshots"
    folder = root / "0123abcd"
    folder.mkdir(parents=True)
    dead = subprocess.Popen(["true"])
    dead.wait()
    leftover = folder / f".20260101-100000-auto.atelier.{dead.pid}.tmp"
    leftover.write_bytes(b"half")
    mine = folder / f".20260101-100000-auto.atelier.{os.getpid()}.tmp"
    mine.write_bytes(b"being written")
    start = dt.datetime(2026, 1, 1, 9, 0)
    for n in range(40):  # a session never reopened: 40 snapshots, one an hour
        (folder / f"{(start + dt.timedelta(hours=n)).strftime('%Y%m%d-%H%M%S')}-auto.atelier"
         ).write_bytes(b"x")
    snapshots.tidy(now=dt.datetime(2026, 3, 1))
    assert not leftover.exists() and mine.exists()
    assert len(list(folder.glob("*.atelier"))) < 40


def test_the_demo_keeps_one_snapshot_folder(tmp_home):
    from facilitator.demo import write_demo
    from facilitator.paths import user_data_dir

    path = user_data_dir() / "demo-mrc.atelier"
    uids = set()
    for _ in range(3):
        write_demo(path, "fr", replace=True, own=True)
        with Store.open(path) as s:
            snapshots.take(s, "open")
            uids.add(s.uid())
    assert len(uids) == 1
    assert len(list((tmp_home / "data" / "snapshots").iterdir())) == 1


def test_snapshots_work_with_hash_and_question_mark_in_the_data_folder(tmp_path, monkeypatch):
    home = tmp_path / "home #1 ?x"
    monkeypatch.setenv("FACILITATOR_HOME", str(home))
    with Store.create(tmp_path / "s #2?.atelier", "Dièse") as s:
        s.recorded(lambda: s.ideas.add("idée"))
        snapshots.take(s, "auto")
        snap = snapshots.snapshots(s)[0]
    assert snap.counts()["ideas"] == 1 and snap.title() == "Dièse"
    dest = tmp_path / "r #3?.atelier"
    snapshots.restore(snap, dest)
    assert texts(dest) == ["idée"]
    stray = [p for p in tmp_path.rglob("*") if p.is_file() and "%" in p.name]
    assert stray == [] and sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "r #3?.atelier", "s #2?.atelier"]


# -- 8. damaged or empty FACI files ----------------------------------------------------------
def test_faci_file_without_tables_is_refused_as_damaged_unchanged(tmp_path):
    tmp_path = tmp_path / "f"
    tmp_path.mkdir()
    path = tmp_path / "vide.atelier"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1178682185")  # FACI
    con.execute("PRAGMA user_version = 2")
    con.close()
    before = digest(path)
    with pytest.raises(FileError) as err:
        Store.open(path)
    assert "endommagé" in err.value.message("fr")
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vide.atelier"]


def test_version_zero_file_leaves_no_backup_per_command(tmp_path):
    tmp_path = tmp_path / "f"
    tmp_path.mkdir()
    path = tmp_path / "zero.atelier"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1178682185")
    con.execute("CREATE TABLE t (x)")
    con.close()
    for _ in range(3):
        out = cli("info", str(path))
        assert out.returncode == 1
        with pytest.raises(FileError):
            Store.open(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zero.atelier"]


def test_check_is_quiet_when_nothing_was_typed_before_the_crash(tmp_path):
    path = tmp_path / "s.atelier"
    crashed(path, "A", [])  # opened, nothing typed, then killed: opening wrote no journal
    out = cli("check", str(path))
    assert out.returncode == 0 and "Note" not in out.stdout, out.stdout


def test_a_second_open_in_the_same_process_keeps_the_first_ones_lock(tmp_path, store):
    with pytest.raises(FileError) as err:
        Store.open(store.path)
    assert err.value.key == "in_use"
    with pytest.raises(FileError):
        Store.open(store.path, read_only=True)
    # the lock survived: another program is still refused
    out = cli("info", str(store.path))
    assert out.returncode == 1 and "déjà ouvert" in out.stderr
    code = ("import sys\nfrom facilitator.store import Store\nfrom facilitator.errors import "
            "FileError\ntry:\n    Store.open(sys.argv[1])\nexcept FileError as e:\n"
            "    print(e.key)\n")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    out = subprocess.run([sys.executable, "-c", code, str(store.path)], capture_output=True,
                         text=True, timeout=60, env=env)
    assert out.stdout.strip() == "in_use", out.stdout + out.stderr


def test_new_demo_import_onto_a_fifo_name_it(tmp_path):
    fifo = tmp_path / "tube.atelier"
    os.mkfifo(fifo)
    for args in (["new", str(fifo)], ["demo", str(fifo), "--no-open"],
                 ["demo", str(fifo), "--no-open", "--force"]):
        out = cli(*args)
        assert out.returncode == 1 and "tube nommé" in out.stderr, (args, out.stderr)
    assert fifo.is_fifo()

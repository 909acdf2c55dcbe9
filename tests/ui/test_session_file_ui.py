"""The session file through the real window (issue 11): the demo keeps one snapshot folder, a
copy onto a crashed place is whole and says what was set aside, a foreign journal is refused and
can be set aside, the journal is merged after a few idle seconds, start-up tidies snapshots."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from facilitator.store import Store


def _crashed(path: Path, ideas: list[str]) -> None:
    Store.create(path, "Autre").close()
    pid = os.fork()
    if pid == 0:
        try:
            s = Store.open(path)
            for text in ideas:
                s.recorded(lambda: s.ideas.add(text))
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def test_open_demo_twice_keeps_one_snapshot_folder(qtbot, messages, tmp_home):
    from facilitator_ui.controller import AppController

    c = AppController("fr")
    qtbot.addWidget(c.window)
    c.open_demo()
    c.close_session()
    c.open_demo()
    c.close_session()
    folders = [p for p in (tmp_home / "data" / "snapshots").iterdir() if p.is_dir()]
    assert len(folders) == 1


def test_save_copy_onto_a_crashed_file_is_whole_and_tells(qtbot, messages, tmp_path,
                                                          monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from facilitator_ui.controller import AppController

    dest = tmp_path / "copie.atelier"
    _crashed(dest, ["intruse"] * 20)
    c = AppController("fr")
    qtbot.addWidget(c.window)
    c.create_session(str(tmp_path / "s.atelier"), "Séance", None, "fr")
    c.ctx.do("a", lambda: c.ctx.store.ideas.add("à moi"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    c.save_copy()
    c.close_session()
    with Store.open(dest) as s:
        assert [i.text for i in s.ideas.list()] == ["à moi"]
    told = [m for m in messages if m[0] == "information"]
    assert told and "copie.atelier-wal.orphan-" in told[-1][2]


def test_a_foreign_journal_is_refused_then_set_aside_on_request(qtbot, messages, tmp_path):
    import shutil

    from facilitator_ui.controller import AppController

    path = tmp_path / "s.atelier"
    _crashed(path, ["de l'autre"] * 20)
    other = tmp_path / "b.atelier"
    with Store.create(other, "B") as s:
        s.recorded(lambda: s.ideas.add("de B"))
    shutil.copyfile(other, path)
    c = AppController("fr")
    qtbot.addWidget(c.window)
    assert c.open_path(path)  # the question "set it aside and open?" is answered yes
    assert messages[0][0] == "question" and "n'appartient pas" in messages[0][2]
    assert [i.text for i in c.ctx.store.ideas.list()] == ["de B"]
    c.close_session()
    assert list(tmp_path.glob("s.atelier-wal.orphan-*"))


def test_the_journal_is_merged_after_a_few_idle_seconds(qtbot, messages, tmp_path):
    from facilitator_ui.context import SessionContext
    from facilitator_ui.safety import SessionGuard

    store = Store.create(tmp_path / "s.atelier", "Séance")
    ctx = SessionContext(store)
    guard = SessionGuard(ctx, idle_ms=200)
    for n in range(5):
        ctx.do("a", lambda: store.ideas.add(f"idée {n}"))

    def in_file() -> int:
        con = sqlite3.connect(f"file:{store.path}?mode=ro&immutable=1", uri=True)
        try:
            return con.execute("SELECT count(*) FROM idea").fetchone()[0]
        finally:
            con.close()

    assert in_file() < 5
    qtbot.waitUntil(lambda: in_file() == 5, timeout=5000)
    guard.closing()
    ctx.undo_stack.clear()
    store.close()


def test_start_up_removes_what_a_killed_snapshot_left(qtbot, messages, tmp_home):
    import subprocess

    from facilitator_ui.controller import AppController

    folder = tmp_home / "data" / "snapshots" / "abc"
    folder.mkdir(parents=True)
    dead = subprocess.Popen(["true"])
    dead.wait()
    leftover = folder / f".20260101-100000-auto.atelier.{dead.pid}.tmp"
    leftover.write_bytes(b"half")
    c = AppController("fr")
    qtbot.addWidget(c.window)
    qtbot.waitUntil(lambda: not leftover.exists(), timeout=5000)

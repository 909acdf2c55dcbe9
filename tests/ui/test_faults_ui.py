"""Faults met in front of a room, through the real interface: the app keeps running, tells the
person, and loses nothing acknowledged — not even the idea being typed."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from facilitator.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def tiny_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                         capture_output=True, text=True)
    if res.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {res.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_disk_full_keeps_the_idea_being_typed(qtbot, messages, tiny_disk):
    from facilitator_ui.context import SessionContext
    from facilitator_ui.pages.ideas import IdeasPage

    store = Store.create(tiny_disk / "plein.atelier", "Séance")
    ctx = SessionContext(store)
    failures: list[str] = []
    ctx.failed.connect(failures.append)
    page = IdeasPage(ctx)
    qtbot.addWidget(page)
    saved = []
    for n in range(2000):
        text = f"Idée {n} : « une navette entre les villages » " + "é" * 1500
        page.capture_edit.setPlainText(text)
        iid = page.capture()
        if iid is None:
            break
        saved.append(iid)
    assert failures, "the disk never filled"
    assert "plein" in failures[-1] or "full" in failures[-1]
    # the idea being typed is still there, ready to retry
    assert page.capture_edit.toPlainText() == text
    # everything acknowledged is in the file, and the page still shows it
    assert [i.id for i in store.ideas.list()] == saved
    assert page.model.shown_total == len(saved)
    ctx.undo_stack.clear()
    store.close()


def test_file_deleted_while_open_offers_a_copy(qtbot, messages, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from facilitator_ui.controller import AppController

    c = AppController("fr")
    qtbot.addWidget(c.window)
    path = tmp_path / "seance.atelier"
    c.create_session(str(path), "Séance", None, "fr")
    store = c.ctx.store
    c.ctx.do("a", lambda: store.ideas.add("avant"))
    path.unlink()  # someone deletes the file from the USB key's folder
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "sauvetage.atelier"), ""))
    result = c.ctx.do("b", lambda: store.ideas.add("après"))
    assert result is None
    assert messages[-1][0] == "question"  # "save a copy now?" answered yes
    c.close_session()
    with Store.open(tmp_path / "sauvetage.atelier") as s:
        assert [i.text for i in s.ideas.list()] == ["avant"]


def test_language_switch_keeps_the_session_open(qtbot, messages, tmp_path):
    from facilitator_ui import i18n
    from facilitator_ui.controller import AppController

    i18n.install("fr")
    try:
        c = AppController("fr")
        qtbot.addWidget(c.window)
        c.create_session(str(tmp_path / "s.atelier"), "Séance", None, "fr")
        assert "&Fichier" in [a.text() for a in c.window.menuBar().actions()]
        c.change_language("en")
        qtbot.addWidget(c.window)
        assert "&File" in [a.text() for a in c.window.menuBar().actions()]
        assert c.window.ctx is c.ctx and c.ctx.store.conn is not None
        assert c.window.sidebar.item(3).text() == "4. Ideas"
        c.close_session()
    finally:
        i18n.install("en")


APP_CAPTURE = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from facilitator_ui.controller import AppController
    c = AppController("fr")
    c.open_path(sys.argv[1])
    page = c.window.show_page("ideas")
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        page.capture_edit.setPlainText(f"idée {os.getpid()}-{n} « é »")
        iid = page.capture()
        app.processEvents()
        print(iid, flush=True)
""")


@pytest.mark.slow   # kills and restarts the app: about 9 s
def test_killing_the_app_mid_capture_loses_no_acknowledged_idea(tmp_path):
    """The whole app (pages, wall, snapshots, undo) killed with SIGKILL at random moments."""
    rng = random.Random(8)
    path = tmp_path / "app.atelier"
    Store.create(path, "Séance").close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACILITATOR_HOME=str(tmp_path / "h"),
               PYTHONPATH=str(ROOT))
    acknowledged: list[int] = []
    for _trial in range(8):
        proc = subprocess.Popen([sys.executable, "-c", APP_CAPTURE, str(path)], env=env,
                                stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.3))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        acknowledged += [int(x) for x in out.split() if x.isdigit()]
        with Store.open(path) as s:
            present = {i.id for i in s.ideas.list()}
            assert set(acknowledged) <= present
            assert s.check() == []
    assert len(acknowledged) > 20


def test_a_bug_is_reported_kindly_and_logged(qapp, messages, tmp_home):
    from facilitator_ui import crash

    try:
        raise RuntimeError("un bogue « inattendu »")
    except RuntimeError:
        crash.report(*sys.exc_info())
    assert messages[-1][0] == "critical"
    assert "saved" in messages[-1][2] or "enregistré" in messages[-1][2]
    log = crash.log_path().read_text(encoding="utf-8")
    assert "un bogue « inattendu »" in log and "Traceback" in log

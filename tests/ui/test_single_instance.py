"""Opening a `.atelier` while the app runs hands the file to the running app, which opens it or
says why it cannot (ui/single_instance.py, AppController.open_handed_over)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _hand_over_from_another_process(qtbot, name, path):
    """The second launch is its own process (a thread would hold Python's lock while Qt's
    blocking socket calls wait, and starve the listening side); the test's event loop serves
    the listening side meanwhile. Returns what hand_over returned there."""
    code = ("import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
            "from facilitator_ui.single_instance import Handoff;"
            "print(Handoff(sys.argv[1]).hand_over(sys.argv[2], 5000))")
    proc = subprocess.Popen([sys.executable, "-c", code, name, path], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    return proc.stdout.read().strip() == "True"


def test_a_second_launch_hands_its_file_to_the_running_app(qtbot, tmp_path):
    from facilitator_ui.single_instance import Handoff

    running = Handoff("facilitateur-test-" + tmp_path.name)
    assert running.listen()
    got = []
    running.openRequested.connect(got.append)
    assert _hand_over_from_another_process(qtbot, running.name,
                                           str(tmp_path / "séance é.atelier"))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [str(tmp_path / "séance é.atelier")]
    running.close()


def test_without_a_running_app_the_launch_opens_its_own_window(qapp, tmp_path):
    from facilitator_ui.single_instance import Handoff

    assert Handoff("facilitateur-nobody-" + tmp_path.name).hand_over("/x.atelier", 300) is False


def test_a_name_left_by_a_crashed_app_is_taken_but_a_live_one_is_not(qtbot, tmp_path):
    from facilitator_ui.single_instance import Handoff

    name = "facilitateur-live-" + tmp_path.name
    first = Handoff(name)
    assert first.listen()
    second = Handoff(name)
    assert second.listen() is False        # a live app keeps its name
    first.close()
    third = Handoff(name)
    assert third.listen()                  # once gone, the next app takes it
    third.close()


def test_garbage_on_the_socket_is_ignored(qtbot, tmp_path):
    from PySide6.QtNetwork import QLocalSocket

    from facilitator_ui.single_instance import Handoff

    running = Handoff("facilitateur-garbage-" + tmp_path.name)
    assert running.listen()
    got = []
    running.openRequested.connect(got.append)
    sock = QLocalSocket()
    sock.connectToServer(running.name)
    assert sock.waitForConnected(2000)
    sock.write(b'{"open": 42}\n')
    sock.flush()
    qtbot.wait(300)
    assert got == []
    running.close()


@pytest.fixture
def controller(qapp, messages):
    from facilitator_ui.controller import AppController

    c = AppController("fr")
    yield c
    c.close_session()
    c.window.close()


def test_the_running_app_opens_the_handed_file(controller, tmp_path, messages):
    first = tmp_path / "premier.atelier"
    second = tmp_path / "deuxième.atelier"
    Store.create(first, "Premier").close()
    Store.create(second, "Deuxième").close()
    assert controller.open_path(first)
    controller.open_handed_over(str(second))
    assert Path(controller.ctx.path) == second
    # the facilitator was asked before the open session was closed
    assert any(kind == "question" and "premier.atelier" in text for kind, _, text in messages)


def test_the_same_file_handed_again_keeps_the_session_open(controller, tmp_path, messages):
    first = tmp_path / "premier.atelier"
    Store.create(first, "Premier").close()
    assert controller.open_path(first)
    ctx = controller.ctx
    controller.open_handed_over(str(first))
    assert controller.ctx is ctx and messages == []


def test_a_file_that_cannot_be_opened_is_explained_and_the_session_stays(controller, tmp_path,
                                                                         messages):
    first = tmp_path / "premier.atelier"
    Store.create(first, "Premier").close()
    assert controller.open_path(first)
    bad = tmp_path / "rapport.atelier"
    bad.write_bytes(b"%PDF-1.4 not a session")
    controller.open_handed_over(str(bad))
    assert Path(controller.ctx.path) == first
    assert any(kind == "warning" and "rapport.atelier" in text for kind, _, text in messages)


@pytest.mark.timeout(120)
def test_double_clicking_a_file_reaches_the_running_app(qapp, tmp_path, tmp_home):
    """End to end, two real processes: the app runs (start screen); `facilitator open B` exits
    at once and the running app opens B (its opening snapshot of B appears)."""
    from facilitator_ui.single_instance import Handoff, server_name

    b = tmp_path / "b é.atelier"
    Store.create(b, "B").close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACILITATOR_HOME=str(tmp_home))
    cmd = [sys.executable, "-c", "import sys; from facilitator_ui.launch import main; sys.exit(main())"]
    first = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    snaps = tmp_home / "data" / "snapshots"
    try:
        name = server_name()                     # the same user and data folder as the app's
        deadline = time.monotonic() + 60
        while not Handoff(name).hand_over(None, 300):
            assert first.poll() is None, first.stderr.read().decode(errors="replace")
            assert time.monotonic() < deadline, "the app never listened"
            time.sleep(0.2)
        assert not (snaps.is_dir() and any(snaps.rglob("*.atelier")))
        second = subprocess.run([*cmd, "open", str(b)], cwd=ROOT, env=env, capture_output=True,
                                text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        deadline = time.monotonic() + 60
        while not (snaps.is_dir() and any(snaps.rglob("*.atelier"))):
            assert time.monotonic() < deadline, "the running app did not open B"
            time.sleep(0.2)
        assert first.poll() is None         # one app, still running
    finally:
        first.terminate()
        try:
            first.wait(timeout=20)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait()

"""`facilitator room FILE [--host ADDRESS] [--port N] [--code CODE]`: the join URL as the first
line, served until SIGINT or SIGTERM, then a clean stop (exit 0, the file healthy)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.store import Store

from .conftest import Phone

ROOT = Path(__file__).resolve().parents[2]


def start(*args):
    env = dict(os.environ, LANG="fr_CA.UTF-8", QT_QPA_PLATFORM="offscreen")
    env.pop("LC_ALL", None)
    return subprocess.Popen([sys.executable, "-m", "facilitator_ui.launch", "room", *map(str, args)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_room_serves_until_a_signal_then_stops_cleanly(tmp_path, sig):
    path = tmp_path / "salle.atelier"
    Store.create(path, "Salle").close()
    proc = start(path, "--host", "127.0.0.1", "--port", "0", "--code", "SALLE7")
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/j/SALLE7"), url
        port = int(url.split(":")[2].split("/")[0])
        phone = Phone(port)
        assert phone.join("SALLE7")[0] == 200
        assert phone.post("/api/ideas", {"text": "Par la ligne de commande"})[0] == 201
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    with Store.open(path) as store:
        assert store.check() == []
        assert [i.text for i in store.ideas.list()] == ["Par la ligne de commande"]


def test_room_refuses_a_file_open_elsewhere(tmp_path):
    path = tmp_path / "ouvert.atelier"
    holder = Store.create(path, "Ouvert")
    try:
        proc = start(path, "--host", "127.0.0.1", "--port", "0")
        out, err = proc.communicate(timeout=60)
    finally:
        holder.close()
    assert proc.returncode == 1 and out == ""
    assert "déjà ouvert" in err and len(err.strip().splitlines()) == 1


def test_room_on_a_taken_port_says_so(tmp_path):
    import socket

    path = tmp_path / "s.atelier"
    Store.create(path, "S").close()
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    try:
        proc = start(path, "--host", "127.0.0.1", "--port", blocker.getsockname()[1])
        out, err = proc.communicate(timeout=60)
    finally:
        blocker.close()
    assert proc.returncode == 1 and "port" in err and "Traceback" not in err
    with Store.open(path) as store:           # the file is left healthy and free
        assert store.check() == []

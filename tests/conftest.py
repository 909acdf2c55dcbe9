"""Shared fixtures. Tests run headless (offscreen Qt), with the user's folders pointed at a
per-test temporary folder, and message boxes answered automatically (never blocking)."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "fr_CA.UTF-8")
ROOT = Path(__file__).resolve().parent.parent
SOURCE_TREE = Path(__file__).resolve().parent / "source_tree"
# the repository's folders under their installed names, here and in the commands tests start
_spec = importlib.util.spec_from_file_location("facilitator_source_tree",
                                               SOURCE_TREE / "sitecustomize.py")
_spec.loader.exec_module(importlib.util.module_from_spec(_spec))
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(SOURCE_TREE), str(ROOT)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])


@pytest.fixture(autouse=True)
def tmp_home(tmp_path, monkeypatch) -> Path:
    """FACILITATOR_HOME in a temporary folder: settings, user templates, snapshots."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("FACILITATOR_HOME", str(home))
    from facilitator import i18n

    i18n.set_language(None)
    return home


@pytest.fixture
def store(tmp_path):
    from facilitator.store import Store

    s = Store.create(tmp_path / "session.atelier", "Atelier de test")
    yield s
    if s.conn is not None:
        s.close()


@pytest.fixture(autouse=True)
def messages(monkeypatch):
    """Every QMessageBox shown, as (kind, title, text); answers Yes/Ok without blocking.
    Used by every test, so that no dialog can ever wait for a click that never comes."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str, str]] = []

    def fake(kind, answer):
        def _box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer
        return _box

    monkeypatch.setattr(QMessageBox, "warning", fake("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", fake("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information",
                        fake("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def qt_lang(qapp):
    """Install the French translations for UI tests (the app's default language)."""
    from facilitator_ui import i18n

    i18n.install("fr")
    yield "fr"
    i18n.install("en")


@pytest.fixture
def ctx(qapp, store, messages):
    from facilitator_ui.context import SessionContext

    c = SessionContext(store)
    yield c
    try:
        c.close()   # the engine's writer thread stops with the test
    except RuntimeError:  # already deleted by the test (the controller's deleteLater)
        pass


@pytest.fixture
def window(qtbot, ctx):
    from facilitator_ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.set_session(ctx)
    w.show()
    return w

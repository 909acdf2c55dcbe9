"""Every visible string of the interface has a French translation, and the English source is
complete by construction; the .ts files are valid Qt Linguist files read at start-up."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_ui_string_is_translated_to_french():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n_sync.py"), "--check"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, "missing French:\n" + out.stdout


def test_ts_files_are_linguist_files():
    files = sorted((ROOT / "resources" / "translations" / "fr").glob("*.ts"))
    assert files
    for ts in files:
        root = ET.parse(ts).getroot()
        assert root.tag == "TS" and root.get("language") == "fr_CA"
        assert root.find("context/name") is not None


def test_translator_switches_the_window(qtbot, ctx):
    from facilitator_ui import i18n
    from facilitator_ui.main_window import MainWindow

    i18n.install("fr")
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        menus = [a.text() for a in w.menuBar().actions()]
        assert "&Fichier" in menus and "&Édition" in menus
        w.set_session(ctx)
        assert w.sidebar.item(0).text() == "1. Séance"
        assert w.sidebar.item(6).text() == "7. Décisions"
    finally:
        i18n.install("en")
    w2 = MainWindow()
    qtbot.addWidget(w2)
    assert "&File" in [a.text() for a in w2.menuBar().actions()]


def test_one_english_string_has_one_french_translation():
    """Translations are looked up by their English source, whatever the module: the same
    source must read the same everywhere (a different meaning needs a different source)."""
    from facilitator_ui.i18n import read_ts

    seen: dict[str, dict[str, list[str]]] = {}
    for ts in sorted((ROOT / "resources" / "translations" / "fr").glob("*.ts")):
        for src, fr in read_ts(ts).items():
            seen.setdefault(src, {}).setdefault(fr, []).append(ts.stem)
    clashes = {src: trs for src, trs in seen.items() if len(trs) > 1}
    assert not clashes, clashes

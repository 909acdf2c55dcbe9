"""Text in scripts the embedded fonts (DejaVu, Symbola) lack comes out of the PDF in a font of
the computer (found through fontconfig, embedded as a subset); where no font has a character,
the export says so instead of printing empty boxes silently."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from facilitator.export import formats
from facilitator.store import Store

from .export_readback import pdf_text, squash

SCRIPTS = {"chinese": "会议纪要：中文意见", "korean": "회의록 한국어", "thai": "การประชุมภาษาไทย",
           "devanagari": "बैठक हिन्दी", "fullwidth": "ＡＢＣ１２３", "skin_tone": "Bravo 👍🏽"}
#: What install.sh installs for these (Debian packages), and the font each gives.
FONTS = {"chinese": "WenQuanYi", "korean": "WenQuanYi", "fullwidth": "WenQuanYi",
         "thai": "Garuda", "devanagari": "Lohit-Devanagari", "skin_tone": "Symbola"}


def _have_fontconfig_fonts() -> None:
    if shutil.which("fc-match") is None or shutil.which("pdffonts") is None:
        pytest.skip("fontconfig or poppler-utils missing (install.sh installs them)")
    listed = subprocess.run(["fc-list"], capture_output=True, text=True).stdout
    for name in ("wqy-microhei", "Garuda", "Lohit-Devanagari"):
        if name not in listed:
            pytest.skip(f"font {name} missing: run install.sh (fonts-wqy-microhei, "
                        "fonts-tlwg-garuda-ttf, fonts-lohit-deva)")


def _export(tmp_path, notices=None):
    with Store.create(tmp_path / "s.atelier", "Séance " + SCRIPTS["korean"]) as store:
        with store.transaction():
            pid = store.participants.add(SCRIPTS["thai"], SCRIPTS["chinese"], True)
            for text in SCRIPTS.values():
                store.ideas.add(text, None, None, pid)
            store.actors.add(SCRIPTS["devanagari"], SCRIPTS["fullwidth"])
        return formats.export(store, "pdf", tmp_path / "s.pdf", notices=notices)


def test_every_script_comes_out_in_an_embedded_font_of_the_computer(tmp_path):
    _have_fontconfig_fonts()
    notices: list[str] = []
    out = _export(tmp_path, notices)
    text = squash(pdf_text(out))
    for key, value in SCRIPTS.items():
        assert squash(value) in text, key
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    used = [line for line in fonts.splitlines()[2:]]
    for key, name in FONTS.items():
        lines = [line for line in used if name in line]
        assert lines, (key, fonts)
        assert all("TrueType" in line and " yes yes " in line for line in lines), lines
    assert notices == []            # nothing to report: every character has a font


def test_without_any_font_of_the_computer_the_export_names_the_missing_characters(
        tmp_path, monkeypatch):
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                    f"<fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>")
    monkeypatch.setenv("FONTCONFIG_FILE", str(conf))
    monkeypatch.setattr("facilitator.i18n.current_language", lambda: "fr", raising=False)
    notices: list[str] = []
    out = _export(tmp_path, notices)
    assert len(notices) == 1
    count = int(notices[0].split(" caractère(s)")[0].split()[-1])
    assert count >= len(set(SCRIPTS["thai"]))   # counted; the first ones shown with codes
    assert "क" in notices[0] and "U+0915" in notices[0]
    assert "cases vides" in notices[0]
    assert "👍" not in notices[0]     # the embedded Symbola has it
    assert "Séance" in squash(pdf_text(out))   # the rest of the text is there


def test_the_command_line_says_which_characters_have_no_font(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text("<?xml version=\"1.0\"?><fontconfig></fontconfig>")
    with Store.create(tmp_path / "c.atelier", "x") as store:
        store.ideas.add("ภาษาไทย")
    import os
    import sys

    env = dict(os.environ, FONTCONFIG_FILE=str(conf), LANG="fr_CA.UTF-8", LC_ALL="fr_CA.UTF-8")
    run = subprocess.run([sys.executable, "-m", "facilitator.cli", "export",
                          str(tmp_path / "c.atelier"), "--format", "pdf"],
                         capture_output=True, text=True, env=env, cwd=os.getcwd())
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().endswith("c.pdf")
    assert "ภ" in run.stderr and "U+0E20" in run.stderr

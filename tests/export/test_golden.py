"""Golden files: the TEXT of each export of a fixed council meeting, compared with the files in
tests/export/golden/. After an intended change of wording or layout, regenerate them with

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/export

then read the diff (git diff tests/export/golden) as a reader of the minutes would.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from .export_readback import csv_rows, docx_text, pdf_text
from .export_sessions import GOLDEN

from facilitator.export import formats

UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"missing golden file {path}: run UPDATE_GOLDEN=1 pytest tests/export"
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, f"{name} differs from its golden file (UPDATE_GOLDEN=1 to accept)"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_markdown_golden(small_store, tmp_path, lang):
    out = formats.export(small_store, "md", tmp_path / "pv.md", lang=lang)
    check(f"small-{lang}.md", out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_docx_golden(small_store, tmp_path, lang):
    out = formats.export(small_store, "docx", tmp_path / "pv.docx", lang=lang)
    check(f"small-{lang}.docx.txt", docx_text(out))


def test_pdf_golden(small_store, tmp_path):
    out = formats.export(small_store, "pdf", tmp_path / "pv.pdf")
    check("small-fr.pdf.txt", pdf_text(out))


def test_csv_golden(small_store, tmp_path):
    out = formats.export(small_store, "csv", tmp_path / "pv-csv")
    names = sorted(p.name for p in out.iterdir())
    assert names == ["actions.csv", "actors.csv", "agenda.csv", "decisions.csv", "ideas.csv",
                     "participants.csv", "votes.csv"]
    for name in names:
        csv_rows(out / name)   # has a BOM and parses
        check(f"csv-fr/{name}", (out / name).read_bytes().decode("utf-8"))


def test_pdf_golden_reads_like_minutes():
    """The golden text itself holds what the minutes must say (a wrong golden cannot pass)."""
    if UPDATE:
        pytest.skip("regenerating")
    text = Path(GOLDEN / "small-fr.pdf.txt").read_text(encoding="utf-8")
    for expected in ("PROCÈS-VERBAL", "Conseil de la MRC — séance ordinaire",
                     "12 novembre 2026", "Page 1 de",
                     "Il est proposé par Alice Côté, appuyé par Bruno Lévesque et résolu à",
                     "l'unanimité que le conseil", "La proposition est "
                     "rejetée (pour", "2 (ex æquo)", "+7 min", "Sans thème", "19:10"):
        assert expected in text, expected
    for unwanted in ("Adoptée", "Notes", "Beaucoup d'idées sur le covoiturage"):
        assert unwanted not in text, unwanted
    en = Path(GOLDEN / "small-en.md").read_text(encoding="utf-8")
    assert "It is moved by Alice Côté, seconded by Bruno Lévesque and resolved unanimously:" in en
    assert "The motion is defeated (for: 1; against: 3; abstentions: 0)." in en

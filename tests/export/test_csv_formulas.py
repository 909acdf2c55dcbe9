"""CSV formula injection: what a spreadsheet would run is neutralised, even behind blanks or in
fullwidth forms (Excel and LibreOffice trim leading blanks and fold ＝＋－＠ to = + - @)."""
from __future__ import annotations

import pytest

from facilitator.export import formats
from facilitator.export.csv import neutralise

from .export_readback import csv_rows

RUN = ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", " =HYPERLINK(\"x\")", "  +1",
       "\t=1", " \t @A1", "\u00a0=1", "\u3000=1", "＝1+1", "＋1", "－2", "＠SUM(A1)",
       "  ＝HYPERLINK(\"x\")", "\u200b=1", "\ufeff=1"]
KEEP = ["idée", "a=b", "1+1", " a = b", "   ", "", "x-y", "mot@courriel.ca", "« =1 »",
        "１+１"]


@pytest.mark.parametrize("text", RUN)
def test_cells_a_spreadsheet_would_run_get_a_quote(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", KEEP)
def test_other_cells_are_written_as_typed(text):
    assert neutralise(text) == text


def test_numbers_stay_numbers():
    assert neutralise(-3) == -3


def test_an_exported_idea_with_blanks_before_a_formula_is_neutralised(small_store, tmp_path):
    small_store.ideas.add("  =HYPERLINK(\"http://x.example\")")
    small_store.ideas.add("＝1+1")
    out = formats.export(small_store, "csv", tmp_path / "c", include={"ideas"})
    cells = [row[1] for row in csv_rows(out / "ideas.csv")[1:]]
    assert "'  =HYPERLINK(\"http://x.example\")" in cells
    assert "'＝1+1" in cells
    assert "Plateforme régionale de covoiturage" in cells

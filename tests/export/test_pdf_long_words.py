"""A word of any length (no space in it) lays out in linear time and comes out whole."""
from __future__ import annotations

import re

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import paragraph as rl_paragraph

from facilitator.export import formats
from facilitator.export import pdffonts as F

from .export_readback import pdf_text, squash


def word(n: int) -> str:
    return "".join("abcdefghijklmnopqrstuvwxyz0123456789"[i * 7 % 36] for i in range(n))


def _width_calls(monkeypatch, tmp_path, n: int) -> int:
    """stringWidth calls made exporting an n-character word in a table cell, a heading and a
    paragraph: the work of cutting it into lines, page after page."""
    from facilitator.store import Store

    F.register()
    calls = [0]
    real = pdfmetrics.stringWidth

    def counting(*a, **kw):
        calls[0] += 1
        return real(*a, **kw)

    monkeypatch.setattr(rl_paragraph, "stringWidth", counting)
    monkeypatch.setattr(pdfmetrics, "stringWidth", counting)
    with Store.create(tmp_path / f"w{n}.atelier", "x") as store:
        with store.transaction():
            store.participants.add("Personne", word(n), True)
            store.ideas.add(word(n))
            store.decisions.add("D-1", "texte", None, None, "adopted")
            store.voting.add_round(word(n), "ideas", [], 3, None, False, "closed")
        formats.export(store, "pdf", tmp_path / f"w{n}.pdf", include={"attendance", "ideas",
                                                                      "votes"})
    monkeypatch.undo()
    return calls[0]


def test_measuring_a_long_word_costs_no_more_per_character_as_it_grows(monkeypatch, tmp_path):
    small = _width_calls(monkeypatch, tmp_path, 10_000)
    big = _width_calls(monkeypatch, tmp_path, 40_000)
    assert big <= 5 * small, (small, big)     # 4x the text: at most ~4x the work, not 16x


@pytest.mark.slow
def test_a_100000_character_word_comes_out_whole_in_a_cell_a_title_and_an_idea(tmp_path):
    from facilitator.store import Store

    long = word(100_000)
    title = long[:2_000].upper()
    with Store.create(tmp_path / "w.atelier", title) as store:
        with store.transaction():
            store.participants.add("Personne", long, True)
            store.ideas.add(long)
        out = formats.export(store, "pdf", tmp_path / "w.pdf")
    # without the running header (the title cut short: pdftotext may read it in
    # the middle of a page)
    text = re.sub(f"{title[:20]}[A-Z0-9]{{0,200}}…|Page\\d+de\\d+", "", squash(pdf_text(out)))
    assert title in text                  # the title page
    # the table's header on each page (in any reading order): the word has no capitals
    text = re.sub("Nom|Organisation|Personne", "", text)
    assert text.count(long) == 2          # the organisation's cell and the idea

"""Large tables in the PDF cost in proportion to their rows: a page break copies the style of
that page's rows only, never the whole rest of the table (the heat map's per-cell colours were
copied at every page: 8,260 → 402,762 style commands for 10x the actors)."""
from __future__ import annotations

import pytest
from reportlab.platypus import tables as rl_tables

from facilitator.export import formats
from facilitator.roles import ROLES
from facilitator.store import Store

from .export_readback import pdf_text, squash


def _session(path, actors: int) -> Store:
    store = Store.create(path, "Carte des rôles")
    with store.transaction():
        for n in range(actors):
            a = store.actors.add(f"Acteur {n:04d}", "communautaire")
            for k, role in enumerate(ROLES):
                store.actors.set_level(a, role.key, (n + k) % 4, (n + 2 * k) % 4)
        for n in range(actors):
            store.participants.add(f"Personne {n:04d}", f"Organisme {n % 37}", n % 3 > 0)
    return store


def _style_commands(monkeypatch, tmp_path, actors: int) -> int:
    calls = [0]
    real = rl_tables.Table._addCommand

    def counting(self, cmd):
        calls[0] += 1
        return real(self, cmd)

    monkeypatch.setattr(rl_tables.Table, "_addCommand", counting)
    with _session(tmp_path / f"r{actors}.atelier", actors) as store:
        formats.export(store, "pdf", tmp_path / f"r{actors}.pdf", include={"roles", "attendance"})
    monkeypatch.undo()
    return calls[0]


@pytest.mark.slow
def test_style_commands_grow_with_the_rows_not_with_rows_times_pages(monkeypatch, tmp_path):
    small = _style_commands(monkeypatch, tmp_path, 40)
    big = _style_commands(monkeypatch, tmp_path, 400)
    assert big <= 11 * small, (small, big)
    assert big <= 40 * 400, big      # a few commands a row, whatever the number of pages


@pytest.mark.slow
def test_a_long_heat_map_keeps_every_actor_its_header_on_each_page_and_no_header_mid_page(
        tmp_path):
    with _session(tmp_path / "h.atelier", 300) as store:
        out = formats.export(store, "pdf", tmp_path / "h.pdf", include={"roles"})
    text = pdf_text(out)
    flat = squash(text)
    for n in range(300):
        assert f"Acteur{n:04d}" in flat, n
    pages = text.split("\f")
    heat = [p for p in pages if "communautaire" in p]   # the heat map's pages
    assert len(heat) >= 5
    for page in heat:   # the header row once at the top of every page, never mid-page
        assert [ln.strip() for ln in page.splitlines()].count("Acteur") == 1, page[:300]


def test_a_long_tables_cells_are_measured_once_then_drawn(monkeypatch, tmp_path):
    """Each cell of a long table is wrapped (measured) once to find where the pages end, then
    once more to draw it: a row measured for a page it did not fit is not measured again for
    the next one, nor a row measured to know whether the rest fits (reportlab's own split
    measures every row at least twice before drawing it)."""
    from reportlab.platypus import paragraph

    seen: dict[int, int] = {}
    real = paragraph.Paragraph.wrap

    def counting(self, aw, ah):
        seen[id(self)] = seen.get(id(self), 0) + 1
        return real(self, aw, ah)

    with _session(tmp_path / "m.atelier", 160) as store:
        monkeypatch.setattr(paragraph.Paragraph, "wrap", counting)
        formats.export(store, "pdf", tmp_path / "m.pdf", include={"roles", "attendance"})
        monkeypatch.undo()
    # the cells: the people's names of the attendance and the actors' names of the heat map
    cells = [n for n in seen.values()]
    assert len(cells) > 300
    over = sorted(n for n in cells if n > 2)
    assert len(over) <= len(cells) // 50, (len(over), len(cells), over[-10:])

"""The démarche's report says each session's evaluation (issue 16): the average score and how
many gave one, per session, then what each session said to keep and to change."""
from __future__ import annotations

from facilitator import evaluation, series
from facilitator.export import series_md
from facilitator.store import Store
from facilitator.store.series import PreviousLink


def test_the_report_carries_the_evaluations(tmp_path):
    first, second = tmp_path / "1.atelier", tmp_path / "2.atelier"
    with Store.create(first, "Préparation") as s:
        with s.transaction():
            s.session.update(date="2026-03-10")
            evaluation.record(s, {4: 3, 5: 1}, ["Le rythme"], ["Plus de pauses"])
        uid = s.uid()
    with Store.create(second, "Rencontre") as s:
        with s.transaction():
            s.session.update(date="2026-04-14")
            s.series.set_previous(PreviousLink(uid, "Préparation", "2026-03-10"))
    doc = series.build(series.load([first, second]), "fr")
    md = series_md.render(doc).replace("\u00a0", " ")
    assert "## Évaluations des séances" in md
    assert "| S1 | Préparation | 4,3 | 4 |" in md
    assert "| S2 | Rencontre | — | 0 |" in md
    assert "À garder : Le rythme" in md and "À changer : Plus de pauses" in md
    en = series_md.render(series.build(series.load([first, second]), "en"))
    assert "## Session evaluations" in en and "| S1 | Préparation | 4.3 | 4 |" in en


def test_no_evaluation_anywhere_adds_no_section(tmp_path):
    path = tmp_path / "1.atelier"
    Store.create(path, "Seule").close()
    md = series_md.render(series.build(series.load([path]), "fr"))
    assert "Évaluations" not in md

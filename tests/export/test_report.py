"""The report view: what the minutes say, before any format lays it out."""
from __future__ import annotations

import pytest

from facilitator import voting
from facilitator.export.report import LABEL_MAX, build_report


def test_title_page_and_language_default(small_store):
    r = build_report(small_store)
    assert r.lang == "fr"
    tp = r.title_page
    assert (tp.title, tp.date, tp.start_time) == ("Conseil de la MRC — séance ordinaire",
                                                  "12 novembre 2026", "19:00")
    assert tp.facilitators == ["Marie Tremblay", "Jean Gagnon"]
    assert build_report(small_store, "en").title_page.date == "November 12, 2026"


def test_attendance_from_presence(small_store):
    a = build_report(small_store).attendance
    assert [p.name for p in a.present] == ["Alice Côté", "Bruno Lévesque", "Chloé Fontaine",
                                           "David Paul"]
    assert [p.name for p in a.absent] == ["Émilie Roy", "Félix Otis"]


def test_agenda_clock_times_durations_and_overruns(small_store):
    ag = build_report(small_store).agenda
    assert [(row.start, row.end) for row in ag.rows] == [
        ("19:00", "19:10"), ("19:10", "19:55"), ("19:55", "20:15"), ("20:15", "20:30")]
    nb = "\u00a0"                             # a number and its unit stay on one line
    assert [row.overrun for row in ag.rows] == ["", f"+7{nb}min", "", ""]
    assert ag.rows[3].actual == "—"          # not run
    assert (ag.total_planned, ag.total_actual, ag.total_overrun) == (
        f"1{nb}h{nb}30", f"1{nb}h{nb}21", f"+7{nb}min")


def test_ideas_by_theme_with_unthemed_last(small_store):
    ideas = build_report(small_store).ideas
    assert [(g.title, g.count) for g in ideas.groups] == [
        ("Transport collectif", 2), ("Covoiturage", 2), ("Vélo & marche", 2), ("Sans thème", 1)]
    assert ideas.groups[-1].themed is False
    assert ideas.groups[-1].count_text == "1 idée"
    assert ideas.groups[0].ideas[0].author == "Alice Côté"


def test_hidden_authors_are_not_shown(small_store):
    with small_store.transaction():
        small_store.session.update(hide_authors=True)
    ideas = build_report(small_store).ideas
    assert all(i.author is None for g in ideas.groups for i in g.ideas)


def test_rankings_with_ties_and_names_only_for_named_rounds(small_store):
    first, second = build_report(small_store).rounds
    assert [(r.rank, r.tied, r.dots) for r in first.rows] == [
        (1, False, 4), (2, True, 3), (2, True, 3), (4, False, 2), (5, False, 1)]
    assert first.anonymous and all(r.names == [] for r in first.rows)
    assert first.totals == "Points placés : 13"
    assert second.rows[0].names == ["Alice Côté (1)", "David Paul (1)"]
    assert second.totals == "Points placés : 3; votants : 3"


def test_anonymous_round_names_nobody_even_if_the_rule_module_did(small_store, monkeypatch):
    monkeypatch.setattr(voting, "who_voted", lambda rnd, votes: {
        c: [(1, 1)] for c in rnd.candidates})
    first, _ = build_report(small_store).rounds
    assert all(r.names == [] for r in first.rows)


def test_long_candidates_are_shortened_in_rankings(small_store):
    with small_store.transaction():
        iid = small_store.ideas.add("x" * 5000)
        small_store.voting.add_round("Long", "ideas", [iid], 1, None, True, "closed")
    rnd = build_report(small_store).rounds[-1]
    assert len(rnd.rows[0].label) == LABEL_MAX and rnd.rows[0].label.endswith("…")


def test_role_map(small_store):
    rm = build_report(small_store).roles
    assert rm.role_labels[0] == "Animateur"
    mrc = rm.actors[0]
    assert (mrc.name, mrc.kind) == ("MRC de Manicouagan", "Municipal")
    assert mrc.current[:2] == [3, 2] and mrc.desired[4] == 3
    assert [s.held_current for s in rm.wheel] == [1, 1, 0, 0, 1, 1, 1]
    assert any("Expérimentateur" in g for g in rm.gaps)


@pytest.mark.parametrize("lang, expected", [
    ("fr", ["Il est proposé par Alice Côté, appuyé par Bruno Lévesque et résolu à "
            "l'unanimité que le conseil adopte l'ordre du jour tel que présenté.",
            "Il est proposé par Chloé Fontaine, appuyé par David Paul et résolu à la majorité "
            "que la MRC mandate la direction générale pour étudier une navette entre "
            "Pointe-Lebel et Baie-Comeau.",
            "Il est proposé par Bruno Lévesque que la MRC finance des stationnements "
            "incitatifs.",
            "Il est proposé que la MRC adhère à la plateforme régionale de covoiturage."]),
    ("en", ["It is moved by Alice Côté, seconded by Bruno Lévesque and resolved "
            "unanimously: Que le conseil adopte l'ordre du jour tel que présenté.",
            "It is moved by Chloé Fontaine, seconded by David Paul and resolved by a majority: "
            "Que la MRC mandate la direction générale pour étudier une navette entre "
            "Pointe-Lebel et Baie-Comeau.",
            "It is moved by Bruno Lévesque: Que la MRC finance des stationnements incitatifs.",
            "It is moved: Que la MRC adhère à la plateforme régionale de covoiturage."]),
])
def test_resolution_wording(small_store, lang, expected):
    decisions = build_report(small_store, lang).decisions
    assert [d.body for d in decisions] == expected
    assert decisions[0].heading == ("Résolution CM-2026-11-045" if lang == "fr"
                                    else "Resolution CM-2026-11-045")
    if lang == "fr":
        assert decisions[0].conclusion == ""       # « résolu à l'unanimité » says it
        assert decisions[1].conclusion == "Pour\u00a0: 3\u202f; contre\u00a0: 1\u202f; " \
                                          "abstentions\u00a0: 0."
        assert decisions[2].conclusion == ("La proposition est rejetée (pour\u00a0: 1\u202f; "
                                           "contre\u00a0: 3\u202f; abstentions\u00a0: 0).")
        assert decisions[3].conclusion == ("L'étude de la proposition est reportée à une "
                                           "séance ultérieure.")


def test_actions(small_store):
    r = build_report(small_store)
    assert [(a.owner, a.due, a.status_label) for a in r.actions] == [
        ("Direction générale", "28 février 2027", "À faire"),
        ("Coop Vélo-Nord", "", "Fait"), (None, "10 décembre 2026", "À faire")]


def test_include_keeps_only_the_sections_asked(small_store):
    r = build_report(small_store, include={"votes", "actions"})
    assert r.sections() == ["votes", "actions"]
    assert r.attendance is None and r.decisions is None
    with pytest.raises(ValueError, match="decisons"):
        build_report(small_store, include={"decisons"})

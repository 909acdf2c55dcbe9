"""The demo session: a sound, realistic MRC working day, in French or English."""
from __future__ import annotations

import re

import pytest

from facilitator import rolemap
from facilitator.demo import write_demo
from facilitator.errors import FileError
from facilitator.export import archive
from facilitator.roles import ROLE_KEYS
from facilitator.store import Store


@pytest.fixture(scope="module")
def demos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    return {lang: write_demo(folder / f"demo-{lang}.atelier", lang) for lang in ("fr", "en")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_demo_is_a_valid_archive_with_the_promised_counts(demos, lang):
    with Store.open(demos[lang]) as store:
        assert store.check() == []
        data = archive.to_dict(store)
        counts = store.counts()
    archive.validate(data)   # enforces budgets, caps, references, unique numbers
    assert data["session"]["language"] == lang
    assert 16 <= counts["participants"] <= 20
    assert 6 <= counts["agenda_items"] <= 12
    assert 6 <= counts["themes"] <= 7
    assert 38 <= counts["ideas"] <= 45
    assert 10 <= counts["actors"] <= 14
    assert 4 <= counts["decisions"] <= 5
    assert 6 <= counts["actions"] <= 8
    present = [p for p in data["participants"] if p["present"]]
    assert 0 < len(data["participants"]) - len(present) <= 3
    assert all(p["organization"] for p in data["participants"])


def test_demo_text_is_in_the_chosen_language(demos):
    with Store.open(demos["fr"]) as fr, Store.open(demos["en"]) as en:
        assert fr.session.get().title.startswith("MRC des Moulins-du-Lac")
        assert en.session.get().title.startswith("Moulins-du-Lac RCM")
        assert fr.agenda.list()[0].title == "Accueil, mot du préfet et objectifs de la journée"
        assert en.agenda.list()[0].title == "Welcome, word from the warden and goals of the day"
        fr_ideas = [i.text for i in fr.ideas.list()]
        en_ideas = [i.text for i in en.ideas.list()]
        assert len(fr_ideas) == len(en_ideas) and not set(fr_ideas) & set(en_ideas)


def test_ideas_are_authored_themed_and_kept_as_typed(demos):
    with Store.open(demos["fr"]) as store:
        ideas = store.ideas.list()
        themes = store.ideas.themes()
        present = {p.id for p in store.participants.list() if p.present}
    assert all(i.author_id in present for i in ideas)
    assert {i.theme_id for i in ideas} == {t.id for t in themes}
    assert all(re.fullmatch(r"#[0-9a-f]{6}", t.color) for t in themes)
    texts = " ".join(i.text for i in ideas)
    assert "« maisons de fond de cour »" in texts
    assert "🚌" in texts and "ᐃᓄᒃᑎᑐᑦ" in texts


def test_one_closed_named_round_within_budget_and_cap(demos):
    with Store.open(demos["fr"]) as store:
        (rnd,) = store.voting.rounds()
        votes = store.voting.votes(rnd.id)
        present = {p.id for p in store.participants.list() if p.present}
    assert rnd.status == "closed" and not rnd.anonymous and rnd.max_per_item is not None
    spent: dict[int, int] = {}
    for v in votes:
        assert v.item_id in rnd.candidates and v.dots <= rnd.max_per_item
        spent[v.participant_id] = spent.get(v.participant_id, 0) + v.dots
    assert set(spent) == present
    assert all(total == rnd.dots_per_participant for total in spent.values())


def test_role_map_shows_an_uncovered_role_and_an_overloaded_actor(demos):
    with Store.open(demos["fr"]) as store:
        actors = store.actors.list()
    gaps = rolemap.gaps(actors)
    assert any(g.kind == "uncovered" for g in gaps)
    assert len([g for g in gaps if g.kind == "overloaded"]) == 1
    assert {k for a in actors for k in a.roles} == set(ROLE_KEYS)
    kinds = {a.kind for a in actors}
    assert set(rolemap.ACTOR_KINDS) - {"other"} <= kinds   # municipalities to citizen groups


def test_decisions_follow_the_pattern_with_movers_and_varied_outcomes(demos):
    with Store.open(demos["fr"]) as store:
        session = store.session.get()
        decisions = store.decisions.list()
        actions = store.decisions.actions()
        people = {p.id for p in store.participants.list()}
    assert [d.number for d in decisions] == [f"PT-2026-{n:03d}" for n in
                                             range(1, len(decisions) + 1)]
    assert session.decision_pattern == "PT-{yyyy}-{nnn}" and session.date == "2026-10-15"
    assert {"adopted", "adopted_unanimously", "deferred"} <= {d.outcome for d in decisions}
    assert all(d.proposed_by in people and d.seconded_by in people for d in decisions)
    assert all(d.proposed_by != d.seconded_by for d in decisions)
    assert any(d.votes_for is not None and d.votes_against for d in decisions)
    assert all(a.owner and re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.due) for a in actions)
    assert {a.status for a in actions} == {"open", "done"}


def test_agenda_has_actual_times_on_the_first_items_only(demos):
    with Store.open(demos["fr"]) as store:
        items = store.agenda.list()
    ran = [i.actual_seconds is not None for i in items]
    assert ran[0] and not ran[-1]
    assert ran == sorted(ran, reverse=True)


def test_existing_file_is_refused_unless_replace(tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    path = folder / "demo.atelier"
    path.write_bytes(b"not mine")
    with pytest.raises(FileError) as err:
        write_demo(path)
    assert err.value.key == "exists"
    assert path.read_bytes() == b"not mine"
    write_demo(path, "en", replace=True)
    with Store.open(path) as store:
        assert store.session.get().language == "en"
    assert sorted(p.name for p in folder.iterdir()) == ["demo.atelier"]   # no temporary left

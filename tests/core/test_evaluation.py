"""The session's evaluation (issue 16): recorded whole (scores, what to keep, what to change),
refused with a clear message when a count is not a whole number from 0, and summed up."""
from __future__ import annotations

import pytest

from facilitator import evaluation
from facilitator.errors import FacilitatorError
from facilitator.store import Store


def test_record_replaces_the_evaluation_and_drops_blank_notes(tmp_path):
    with Store.create(tmp_path / "e.atelier", "x") as s:
        with s.transaction():
            evaluation.record(s, {5: 2, 4: 6, 3: 0}, ["  Tours courts ", ""], ["Documents"])
        got = evaluation.read(s)
        assert got.ratings == {4: 6, 5: 2}
        assert got.keep == ["Tours courts"] and got.change == ["Documents"]
        with s.transaction():
            evaluation.record(s, {1: 1}, [], ["Autre chose"])
        got = evaluation.read(s)
        assert got.ratings == {1: 1} and got.keep == [] and got.change == ["Autre chose"]
        assert evaluation.summary_sentence(got, "fr") == "Note moyenne : 1,0 sur 5 (1 personne)."


@pytest.mark.parametrize("ratings", [{6: 1}, {3: -1}, {3: 1.5}, {"3": 2}])
def test_bad_scores_are_refused_and_nothing_changes(tmp_path, ratings):
    with Store.create(tmp_path / "e.atelier", "x") as s:
        with s.transaction():
            evaluation.record(s, {4: 3}, ["Garder"], [])
        with pytest.raises(FacilitatorError) as err:
            with s.transaction():
                evaluation.record(s, ratings, [], [])
        assert err.value.message("fr") and err.value.message("en")
        assert "\n" not in err.value.message("fr")
        assert evaluation.read(s).ratings == {4: 3}


def test_nobody_rated_says_so():
    empty = evaluation.Summary({})
    assert evaluation.summary_sentence(empty, "en") == "No score given."
    assert empty.empty and empty.average is None


def test_the_average_rounds_a_half_up():
    assert evaluation.summary_sentence(evaluation.Summary({5: 2, 4: 6}), "fr") == \
        "Note moyenne : 4,3 sur 5 (8 personnes)."


def test_the_archive_keeps_the_evaluation(tmp_path):
    import json

    from facilitator.export import archive

    with Store.create(tmp_path / "e.atelier", "x") as s:
        with s.transaction():
            s.agenda.add("Accueil", 5)
            item = s.agenda.add("Bilan", 10)
            s.evaluation.set_item(item, True)
            evaluation.record(s, {5: 2, 3: 1}, ["Garder « ça » <b>"], ["Changer"])
        first = archive.to_dict(s)
    assert first["evaluation"] == {"ratings": {"3": 1, "5": 2}, "keep": ["Garder « ça » <b>"],
                                   "change": ["Changer"]}
    assert [a.get("kind") for a in first["agenda"]] == [None, "evaluation"]
    out = archive.import_archive(json.loads(json.dumps(first)), tmp_path / "back.atelier")
    with Store.open(out) as back:
        again = archive.to_dict(back)
    first["session"].pop("uid", None)
    again["session"].pop("uid", None)
    assert again == first


@pytest.mark.parametrize("bad", [{"ratings": {"6": 1}}, {"ratings": {"3": -1}},
                                 {"keep": [""]}, {"change": "texte"}])
def test_the_archive_refuses_a_bad_evaluation(bad):
    from facilitator.export import archive

    data = {"format": archive.FORMAT, "version": 1, "session": {"title": "x"},
            "evaluation": bad}
    with pytest.raises(FacilitatorError) as err:
        archive.validate(data)
    assert "evaluation" in err.value.message("en")

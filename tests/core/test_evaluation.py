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

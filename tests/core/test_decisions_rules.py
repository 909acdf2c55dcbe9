"""Decision rules: numbering from the session's pattern, uniqueness, the minutes wording in
French and English, ideas ranked for actions."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator import decisions as rules
from facilitator.errors import FacilitatorError
from facilitator.model import Decision

DAY = dt.date(2026, 11, 12)


# -- pattern -------------------------------------------------------------------------------
def test_pattern_date_parts_and_padded_sequence():
    assert rules.next_number("CM-{yyyy}-{mm}-{nnn}", [], "2026-03-05") == "CM-2026-03-001"
    assert rules.next_number("{yy}{mm}{dd}/{n}", [], "2026-03-05") == "260305/1"
    assert rules.next_number("R{nnnnn}", [], None, today=DAY) == "R00001"


def test_no_session_date_uses_today():
    assert rules.next_number("{yyyy}-{mm}-{nn}", [], None, today=DAY) == "2026-11-01"


def test_sequence_continues_after_the_highest_number_used():
    used = ["CM-2026-11-001", "CM-2026-11-045", "CM-2026-11-003"]
    assert rules.next_number("CM-{yyyy}-{mm}-{nnn}", used, "2026-11-12") == "CM-2026-11-046"


def test_sequence_ignores_numbers_of_another_month_or_pattern():
    used = ["CM-2026-10-009", "2026-011", "CM-2026-11-free text"]
    assert rules.next_number("CM-{yyyy}-{mm}-{nnn}", used, "2026-11-12") == "CM-2026-11-001"


def test_sequence_grows_past_its_padding():
    used = ["2026-999"]
    assert rules.next_number("{yyyy}-{nnn}", used, "2026-01-01") == "2026-1000"


def test_unpadded_sequence_reads_padded_numbers_typed_by_hand():
    used = ["A-07", "A-8"]
    assert rules.next_number("A-{n}", used, DAY) == "A-9"


@pytest.mark.parametrize("pattern, key, needle", [
    ("", "decision_pattern_empty", "vide"),
    ("   ", "decision_pattern_empty", "vide"),
    ("CM-{aaaa}-{nnn}", "decision_pattern_unknown", "« {aaaa} »"),
    ("CM-{yyyy}-{nnn", "decision_pattern_brace", "accolade"),
    ("CM-{yyyy}}-{nnn}", "decision_pattern_brace", "accolade"),
    ("CM-{yyyy}", "decision_pattern_no_sequence", "« CM-{yyyy} »"),
    ("{nnn}-{n}", "decision_pattern_two_sequences", "un seul"),
])
def test_bad_patterns_are_refused_with_a_sentence(pattern, key, needle):
    with pytest.raises(FacilitatorError) as info:
        rules.check_pattern(pattern)
    assert info.value.key == key
    assert needle in info.value.message("fr")
    assert info.value.message("en") != info.value.message("fr")


def test_unknown_placeholder_message_in_english_names_it():
    with pytest.raises(FacilitatorError) as info:
        rules.check_pattern("X-{jour}-{nnn}")
    assert "“{jour}” is unknown" in info.value.message("en")


def test_good_pattern_is_kept_as_typed_without_outer_spaces():
    assert rules.check_pattern("  Résolution n° {yyyy}-{nnn} ") == "Résolution n° {yyyy}-{nnn}"


def test_broken_pattern_still_numbers_with_the_default():
    assert rules.next_number("CM-{yyyy}", [], DAY) == "2026-001"


@given(st.text(alphabet="AZé-_/ {}ynmd", max_size=12), st.lists(st.integers(1, 3000), max_size=8))
def test_next_number_is_new_and_matches_the_pattern(prefix, sequences):
    pattern = rules.check_pattern(prefix.replace("{", "").replace("}", "") + "{yyyy}-{nnn}")
    used = [rules.render(pattern, n, DAY) for n in sequences]
    number = rules.next_number(pattern, used, DAY)
    assert number not in used
    assert number == rules.render(pattern, max(sequences, default=0) + 1, DAY)


# -- uniqueness ----------------------------------------------------------------------------
def test_duplicate_number_refused_naming_it():
    with pytest.raises(FacilitatorError) as info:
        rules.check_number(" CM-2026-11-001 ", ["CM-2026-11-001", "CM-2026-11-002"])
    assert info.value.key == "decision_number_taken"
    assert "« CM-2026-11-001 »" in info.value.message("fr")
    assert "“CM-2026-11-001”" in info.value.message("en")


def test_a_decision_may_keep_its_own_number():
    assert rules.check_number("CM-1", ["CM-1", "CM-2"], current="CM-1") == "CM-1"


def test_empty_number_refused():
    with pytest.raises(FacilitatorError) as info:
        rules.check_number("  ", [])
    assert info.value.key == "decision_number_empty"


def test_store_numbers_follow_the_session_pattern(store):
    with store.transaction():
        store.session.update(decision_pattern="CM-{yyyy}-{mm}-{nnn}", date="2026-11-12")
        first = rules.add_decision(store, "Adopter l'ordre du jour")
        second = rules.add_decision(store, "Adopter le procès-verbal")
    numbers = [d.number for d in store.decisions.list()]
    assert numbers == ["CM-2026-11-001", "CM-2026-11-002"]
    assert first != second


def test_store_refuses_a_duplicate_before_the_database_does(store):
    with store.transaction():
        a = rules.add_decision(store, "Un")
        rules.add_decision(store, "Deux")
    taken = store.decisions.list()[1].number
    with pytest.raises(FacilitatorError) as info:
        with store.transaction():
            rules.set_number(store, a, taken)
    assert info.value.key == "decision_number_taken"
    assert store.decisions.get(a).number != taken      # nothing written
    with pytest.raises(FacilitatorError):
        with store.transaction():
            rules.add_decision(store, "Trois", number=taken)
    assert len(store.decisions.list()) == 2


def test_set_pattern_checks_it(store):
    with pytest.raises(FacilitatorError):
        with store.transaction():
            rules.set_pattern(store, "{yyyy}")
    assert store.session.get().decision_pattern == "{yyyy}-{nnn}"
    with store.transaction():
        rules.set_pattern(store, " PV-{nn} ")
    assert store.session.get().decision_pattern == "PV-{nn}"


# -- wording -------------------------------------------------------------------------------
NAMES = {1: "Alice Côté", 2: "Bruno Lévesque"}


def dec(outcome="adopted", proposed=1, seconded=2, **counts) -> Decision:
    return Decision(id=1, number="CM-2026-11-001", text="d'adopter l'ordre du jour.",
                    proposed_by=proposed, seconded_by=seconded, outcome=outcome, **counts)


NB, NNB = "\u00a0", "\u202f"   # before « : » and « ; » in French


@pytest.mark.parametrize("outcome, expected", [
    ("adopted", "Il est proposé par Alice Côté, appuyé par Bruno Lévesque et résolu à la "
                "majorité d'adopter l'ordre du jour."),
    ("adopted_unanimously", "Il est proposé par Alice Côté, appuyé par Bruno Lévesque et résolu "
                            "à l'unanimité d'adopter l'ordre du jour."),
    ("rejected", "Il est proposé par Alice Côté, appuyé par Bruno Lévesque, d'adopter l'ordre "
                 "du jour. La proposition est rejetée."),
    ("deferred", "Il est proposé par Alice Côté, appuyé par Bruno Lévesque, d'adopter l'ordre "
                 "du jour. L'étude de la proposition est reportée à une séance ultérieure."),
])
def test_french_resolution_wording(outcome, expected):
    assert rules.minutes_sentence(dec(outcome), NAMES, "fr") == expected


@pytest.mark.parametrize("outcome, expected", [
    ("adopted", "It is moved by Alice Côté, seconded by Bruno Lévesque and resolved by a "
                "majority to adopt the agenda."),
    ("adopted_unanimously", "It is moved by Alice Côté, seconded by Bruno Lévesque and "
                            "resolved unanimously to adopt the agenda."),
    ("rejected", "It is moved by Alice Côté, seconded by Bruno Lévesque, to adopt the agenda. "
                 "The motion is defeated."),
    ("deferred", "It is moved by Alice Côté, seconded by Bruno Lévesque, to adopt the agenda. "
                 "The motion is deferred to a later meeting."),
])
def test_english_resolution_wording(outcome, expected):
    d = dec(outcome)
    d.text = "To adopt the agenda"
    assert rules.minutes_sentence(d, NAMES, "en") == expected


def test_the_outcome_is_said_once():
    for outcome in ("adopted", "adopted_unanimously"):
        text = rules.minutes_sentence(dec(outcome), NAMES, "fr")
        assert "Adoptée" not in text and text.count("résolu") == 1
    text = rules.minutes_sentence(dec("rejected"), NAMES, "fr")
    assert "résolu" not in text and text.count("rejetée") == 1


def test_a_rejected_motion_with_its_counts():
    d = dec("rejected", votes_for=2, votes_against=4)
    assert rules.minutes_sentence(d, NAMES, "fr").endswith(
        f"La proposition est rejetée (pour{NB}: 2{NNB}; contre{NB}: 4).")
    assert rules.minutes_sentence(d, NAMES, "en").endswith(
        "The motion is defeated (for: 2; against: 4).")


@pytest.mark.parametrize("text, expected", [
    ("Que le conseil adopte l'ordre du jour tel que présenté.",
     "et résolu à l'unanimité que le conseil adopte l'ordre du jour tel que présenté."),
    ("D'adopter le budget", "et résolu à l'unanimité d'adopter le budget."),
    ("Le conseil adopte le budget.", f"et résolu à l'unanimité{NB}: le conseil adopte le budget."),
    ("Adopter le budget.", f"et résolu à l'unanimité{NB}: adopter le budget."),
    # a name or an acronym keeps its capital
    ("Marie Tremblay est nommée secrétaire.",
     f"et résolu à l'unanimité{NB}: Marie Tremblay est nommée secrétaire."),
    ("MRC : budget adopté", f"et résolu à l'unanimité{NB}: MRC : budget adopté."),
    ("Trois décisions\nPremièrement : x", f"et résolu à l'unanimité{NB}: trois décisions\n"
                                           "Premièrement : x."),
])
def test_the_text_continues_the_sentence_without_a_capital(text, expected):
    d = dec("adopted_unanimously")
    d.text = text
    assert rules.minutes_sentence(d, NAMES, "fr").endswith(expected)


def test_wording_with_counts_and_without_mover():
    text = rules.minutes_sentence(dec(proposed=None, seconded=None, votes_for=5,
                                      votes_against=2, abstentions=None), NAMES, "fr")
    assert text == (f"Il est résolu à la majorité d'adopter l'ordre du jour. "
                    f"Pour{NB}: 5{NNB}; contre{NB}: 2.")
    assert rules.minutes_sentence(dec("deferred", proposed=None, seconded=None), NAMES,
                                  "fr").startswith("Il est proposé d'adopter l'ordre du jour.")
    assert rules.minutes_sentence(dec("adopted_unanimously", proposed=None), NAMES, "fr") == (
        "Il est proposé, appuyé par Bruno Lévesque et résolu à l'unanimité d'adopter l'ordre "
        "du jour.")


def test_wording_is_the_reports_own(store):
    from facilitator.export.report import build_report

    with store.transaction():
        a = store.participants.add("Alice Côté", present=True)
        rules.add_decision(store, "« Texte » ᐃᓄᒃᑎᑐᑦ", proposed_by=a,
                           outcome="adopted_unanimously")
    row = build_report(store, "fr", {"decisions"}).decisions[0]
    d = store.decisions.list()[0]
    names = {p.id: p.name for p in store.participants.list()}
    assert rules.minutes_sentence(d, names, "fr") == row.sentence
    assert row.sentence == f"Il est proposé par Alice Côté et résolu à l'unanimité{NB}: « Texte » ᐃᓄᒃᑎᑐᑦ."


def test_outcome_labels_in_both_languages():
    assert rules.outcome_choices("fr") == [
        ("adopted", "Adoptée"), ("adopted_unanimously", "Adoptée à l'unanimité"),
        ("rejected", "Rejetée"), ("deferred", "Reportée")]
    assert [label for _, label in rules.outcome_choices("en")] == [
        "Carried", "Carried unanimously", "Defeated", "Deferred"]


# -- actions from ideas --------------------------------------------------------------------
def test_ideas_top_ranked_first_after_a_closed_round(store):
    with store.transaction():
        a, b, c, d = (store.ideas.add(t) for t in ("Navette", "Vélo", "Covoiturage", "Trottoirs"))
        rnd = store.voting.add_round("Priorités", "ideas", [a, b, c], 3, None, status="closed")
        store.voting.add_vote(rnd, c, None, 5)
        store.voting.add_vote(rnd, b, None, 2)
    choices, title = rules.ranked_ideas(store)
    assert title == "Priorités"
    assert [(ch.idea.text, ch.rank) for ch in choices] == [
        ("Covoiturage", 1), ("Vélo", 2), ("Navette", 3), ("Trottoirs", None)]


def test_ideas_in_their_order_without_a_closed_round(store):
    with store.transaction():
        a, b = store.ideas.add("Un"), store.ideas.add("Deux")
        store.voting.add_round("Ouvert", "ideas", [a, b], 1, None, status="open")
    choices, title = rules.ranked_ideas(store)
    assert title is None
    assert [ch.idea.text for ch in choices] == ["Un", "Deux"]


def test_action_from_an_idea_is_linked_and_keeps_the_text(store):
    with store.transaction():
        i = store.ideas.add("Plateforme régionale 🚗")
        aid = rules.add_action_from_idea(store, i, "Alice")
    action = store.decisions.actions()[0]
    assert (action.id, action.text, action.idea_id, action.owner, action.status) == (
        aid, "Plateforme régionale 🚗", i, "Alice", "open")

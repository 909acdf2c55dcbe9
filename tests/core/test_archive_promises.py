"""Every promise of the archive's specification (docs/archive-format.md) against hostile
archives: anonymity, any unique ids, huge numbers, deep nesting, broken text, and refusals that
never show SQL or a temporary file's name."""
from __future__ import annotations

import copy
import json

import pytest

from facilitator import voting
from facilitator.errors import ArchiveError, FacilitatorError
from facilitator.export import archive
from facilitator.store import Store


def base() -> dict:
    return {"format": "facilitator-session", "version": 1, "session": {"title": "T"},
            "participants": [{"id": "p1", "name": "Ana", "present": True},
                             {"id": "p2", "name": "Bob", "present": False}],
            "agenda": [{"id": "a1", "title": "Accueil", "planned_minutes": 10}],
            "themes": [{"id": "t1", "title": "Eau", "color": "#00aaff"}],
            "ideas": [{"id": "i1", "text": "A", "theme": "t1"}, {"id": "i2", "text": "B"}],
            "rounds": [{"id": "r1", "title": "Tour", "target": "ideas",
                        "candidates": ["i1", "i2"], "dots_per_participant": 2,
                        "max_per_item": 1, "anonymous": False, "status": "closed",
                        "votes": [{"item": "i1", "participant": "p1", "dots": 1}]}],
            "actors": [{"id": "x1", "name": "CISSS", "roles": {"eclaireur": {"current": 1}}}],
            "decisions": [{"id": "d1", "number": "N-1", "text": "x", "outcome": "adopted",
                           "proposed_by": "p1"}],
            "actions": [{"id": "c1", "text": "Écrire", "idea": "i2"}]}


def refused(data, tmp_path) -> ArchiveError:
    out = tmp_path / "never.atelier"
    with pytest.raises(ArchiveError) as err:
        archive.import_archive(data, out)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]  # no temporary left behind
    return err.value


# -- anonymity -----------------------------------------------------------------------------
def test_an_anonymous_round_naming_a_voter_is_refused(tmp_path):
    data = base()
    data["rounds"][0].update(anonymous=True, votes=[
        {"item": "i1", "participant": None, "dots": 3},
        {"item": "i2", "participant": "p2", "dots": 1}])
    err = refused(data, tmp_path)
    assert err.key == "archive_anonymous_named"
    for lang in ("fr", "en"):
        assert "rounds[0].votes[1].participant" in err.message(lang)
    assert "anonyme" in err.message("fr") and "anonymous" in err.message("en")


def test_an_anonymous_round_of_unnamed_totals_is_accepted(tmp_path):
    data = base()
    data["rounds"][0].update(anonymous=True, ballots_cast=["p1", "p2"], votes=[
        {"item": "i1", "participant": None, "dots": 3},
        {"item": "i1", "participant": None, "dots": 2}])
    archive.import_archive(data, tmp_path / "ok.atelier")
    with Store.open(tmp_path / "ok.atelier") as s:
        votes = s.voting.votes(s.voting.rounds()[0].id)
        assert [v.participant_id for v in votes] == [None, None]


# -- ids -----------------------------------------------------------------------------------
LISTS = ["participants", "agenda", "themes", "ideas", "rounds", "actors", "decisions", "actions"]


@pytest.mark.parametrize("key", LISTS)
def test_any_unique_string_ids_are_accepted(key, tmp_path):
    data = base()
    first = data[key][0]
    second = copy.deepcopy(first)
    first["id"], second["id"] = "abc", "1"   # "abc" would have taken row 1 before
    if key == "decisions":
        second["number"] = "N-2"
    if key == "rounds":
        second["votes"] = []
    data[key].append(second)
    # references follow the renamed first element
    refs = {"participants": [("ideas", 0, "author"), ("decisions", 0, "proposed_by")],
            "themes": [("ideas", 0, "theme")], "agenda": [("ideas", 0, "agenda_item")],
            "ideas": [("actions", 0, "idea")]}
    old = {"participants": "p1", "themes": "t1", "agenda": "a1", "ideas": "i1"}
    for lst, i, field in refs.get(key, []):
        data[lst][i][field] = "abc"
    if key == "participants":
        data["rounds"][0]["votes"][0]["participant"] = "abc"
    if key == "ideas":
        data["rounds"][0]["candidates"] = ["abc", "i2", "1"]
        data["rounds"][0]["votes"][0]["item"] = "abc"
        data["actions"][0]["idea"] = "i2"
    del old
    out = tmp_path / "ok.atelier"
    archive.import_archive(data, out)
    with Store.open(out) as s:
        again = archive.to_dict(s)
    assert len(again[key]) == len(data[key])
    # the order of the list is kept, and what pointed at "abc" still points at its row
    name = {"participants": "name", "agenda": "title", "themes": "title", "ideas": "text",
            "rounds": "title", "actors": "name", "decisions": "number", "actions": "text"}[key]
    assert [x[name] for x in again[key]] == [x[name] for x in data[key]]
    if key == "participants":
        assert again["ideas"][0]["author"] == again["participants"][0]["id"]
        assert again["rounds"][0]["votes"][0]["participant"] == again["participants"][0]["id"]
    if key == "ideas":
        assert again["rounds"][0]["votes"][0]["item"] == again["ideas"][0]["id"]


def test_a_duplicate_candidate_is_refused_naming_it(tmp_path):
    data = base()
    data["rounds"][0]["candidates"] = ["i1", "i2", "i1"]
    err = refused(data, tmp_path)
    assert err.key == "archive_duplicate_candidate"
    for lang in ("fr", "en"):
        assert "rounds[0].candidates[2]" in err.message(lang) and "i1" in err.message(lang)


def test_decision_numbers_equal_once_cleaned_are_refused(tmp_path):
    data = base()
    data["decisions"].append({"id": "d2", "number": "N-1\x00", "text": "y"})
    data["decisions"].append({"id": "d3", "number": "N-1\ud800", "text": "z"})
    err = refused(data, tmp_path)
    assert err.key == "archive_duplicate_number"
    assert "decisions[2].number" in err.message("en")


# -- numbers -------------------------------------------------------------------------------
BIG = [
    (lambda d: d["decisions"][0].update(votes_for=2**64), "decisions[0].votes_for"),
    (lambda d: d["decisions"][0].update(abstentions=10**30), "decisions[0].abstentions"),
    (lambda d: d["agenda"][0].update(planned_minutes=2**63), "agenda[0].planned_minutes"),
    (lambda d: d["agenda"][0].update(actual_seconds=2**70), "agenda[0].actual_seconds"),
    (lambda d: d["rounds"][0].update(dots_per_participant=2**64),
     "rounds[0].dots_per_participant"),
    (lambda d: d["rounds"][0].update(max_per_item=2**64), "rounds[0].max_per_item"),
    (lambda d: d["rounds"][0]["votes"].append({"item": "i2", "participant": None,
                                               "dots": 2**64}), "rounds[0].votes[1].dots"),
]


@pytest.mark.parametrize("mutate,path", BIG)
def test_integers_beyond_64_bits_get_a_clear_message(mutate, path, tmp_path):
    data = base()
    mutate(data)
    err = refused(data, tmp_path)
    assert err.key == "archive_value"
    for lang in ("fr", "en"):
        assert path in err.message(lang)
    assert "1000000000" in err.message("en").replace(" ", "").replace(",", "")


def test_paper_totals_that_add_up_past_64_bits_are_refused_too(tmp_path):
    data = base()
    data["rounds"][0]["votes"] = [{"item": "i1", "participant": None, "dots": 10**9}] * 20
    # each total is allowed; only a sum no file could count would be a problem: 2e10 is fine
    archive.import_archive(data, tmp_path / "ok.atelier")


def test_a_number_of_ten_thousand_digits_is_named(tmp_path):
    f = tmp_path / "big.json"
    text = json.dumps(base()).replace('"votes_for"', '"x"')
    text = text.replace('"outcome": "adopted"', '"outcome": "adopted", "votes_for": ' + "9" * 10000)
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ArchiveError) as err:
        archive.import_archive(archive.load(f), tmp_path / "x.atelier")
    assert "decisions[0].votes_for" in err.value.message("en")


# -- nesting and text ----------------------------------------------------------------------
def test_deeply_nested_json_is_refused_with_its_position(tmp_path):
    f = tmp_path / "deep.json"
    f.write_text('{"format": "facilitator-session", "version": 1,\n"session": {"notes": '
                 + "[" * 100_000 + "]" * 100_000 + "}}", encoding="utf-8")
    with pytest.raises(ArchiveError) as err:
        archive.load(f)
    assert err.value.key == "archive_too_deep"
    assert "ligne 2" in err.value.message("fr") and "line 2" in err.value.message("en")
    assert "Erreur inattendue" not in err.value.message("fr")


@pytest.mark.parametrize("value", ["\ud800", "2026-11-27T10:00:00\udc80-05:00", "\x00"])
def test_broken_text_in_created_at_is_named(value, tmp_path):
    data = base()
    data["ideas"][0]["created_at"] = value
    err = refused(data, tmp_path)
    assert err.key == "archive_value"
    assert "ideas[0].created_at" in err.message("fr")
    err.message("en").encode("utf-8")  # printable: no lone surrogate is echoed back


def test_broken_bytes_in_created_at_from_a_file_are_named(tmp_path, tmp_path_factory):
    f = tmp_path_factory.mktemp("in") / "bytes.json"
    raw = json.dumps(base()).replace('"text": "A"', '"text": "A", "created_at": "X"').encode()
    f.write_bytes(raw.replace(b'"X"', b'"2026-11-27\xff"'))
    err = refused(archive.load(f), tmp_path)
    assert "ideas[0].created_at" in err.message("en")


def test_lone_surrogates_in_free_text_become_replacement_characters(tmp_path):
    data = base()
    data["ideas"][0]["text"] = "A\ud800B"
    data["participants"][0]["name"] = "Ana\udcff"
    archive.import_archive(data, tmp_path / "ok.atelier")
    with Store.open(tmp_path / "ok.atelier") as s:
        assert s.ideas.list()[0].text == "A\ufffdB"
        assert s.participants.list()[0].name == "Ana\ufffd"


def test_an_archive_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_ARCHIVE_BYTES", 1000)
    f = tmp_path / "big.json"
    f.write_text(json.dumps(base()) + " " * 2000, encoding="utf-8")
    with pytest.raises(ArchiveError) as err:
        archive.load(f)
    assert err.value.key == "archive_too_big"
    assert "Mo" in err.value.message("fr") and "MB" in err.value.message("en")


# -- the voting rules are the laptop's -----------------------------------------------------
def test_budget_and_cap_refusals_use_the_laptops_rule_and_keys(tmp_path, monkeypatch):
    calls = []
    real = voting.check_ballot

    def spy(*args, **kw):
        calls.append(args)
        return real(*args, **kw)

    monkeypatch.setattr(voting, "check_ballot", spy)
    data = base()
    data["rounds"][0]["votes"].append({"item": "i1", "participant": "p1", "dots": 1})
    err = refused(data, tmp_path)
    assert calls, "the import must ask voting.check_ballot"
    assert err.key == "vote_over_cap"
    assert "rounds[0].votes[1]" in err.message("en")
    laptop = voting.VotingError("vote_over_cap", item="i1", dots=2, cap=1)
    assert laptop.message("en") in err.message("en")
    assert laptop.message("fr") in err.message("fr")

    data = base()
    data["rounds"][0]["max_per_item"] = None
    data["rounds"][0]["votes"].append({"item": "i2", "participant": "p1", "dots": 2})
    err = refused(data, tmp_path)
    assert err.key == "vote_over_budget"
    assert "rounds[0].votes[1]" in err.message("fr")
    assert "p1" in err.message("fr")


# -- nothing technical ever reaches the person -------------------------------------------
def _hostile() -> list[dict]:
    cases = []

    def case(fn):
        d = base()
        fn(d)
        cases.append(d)

    case(lambda d: d["rounds"][0].update(candidates=["i1", "i1"]))
    case(lambda d: d["participants"][0].update(id="abc") or d["participants"][1].update(id="1")
         or d["decisions"][0].update(proposed_by="abc")
         or d["rounds"][0]["votes"][0].update(participant="abc"))
    case(lambda d: d["decisions"].append({"id": "d2", "number": "N-1\x00", "text": "y"}) or
         d["decisions"].append({"id": "d3", "number": "N-1\ufffd", "text": "y"}))
    case(lambda d: d["rounds"][0].update(ballots_cast=["p1", "p1"]))
    case(lambda d: d["rounds"][0].update(anonymous=True, ballots_cast=["p1"], votes=[]))
    case(lambda d: d["ideas"][0].update(created_at="\ud800"))
    case(lambda d: d["themes"][0].update(color="#ffffff\n"))
    case(lambda d: d["session"].update(date="2026-11-27\n"))
    case(lambda d: d["actors"][0]["roles"].update({"\ud800": {"current": 1}}))
    case(lambda d: d["actors"][0].update(roles={"eclaireur": {"current": True}}))
    case(lambda d: d["agenda"][0].update(planned_minutes=-1))
    case(lambda d: d["agenda"][0].update(planned_minutes=1.5))
    case(lambda d: d["rounds"][0].update(status="open", dots_per_participant=2**80))
    case(lambda d: d.update(ideas=[{"id": str(n), "text": "x"} for n in range(3)] +
                            [{"id": "01", "text": "y"}, {"id": "0", "text": "z"},
                             {"id": str(2**62), "text": "w"}],
                            rounds=[], actions=[]))
    case(lambda d: d["session"].update(title="\x00"))
    case(lambda d: d["session"].update(language="de"))
    case(lambda d: d["participants"][0].update(name="\u00a0"))
    case(lambda d: d["ideas"][0].update(text="\t"))
    case(lambda d: d["decisions"][0].update(number=" "))
    return cases


@pytest.mark.parametrize("data", _hostile())
def test_no_sql_and_no_temporary_name_ever_reaches_the_user(data, tmp_path):
    out = tmp_path / "s.atelier"
    try:
        archive.import_archive(data, out)
    except FacilitatorError as err:
        for lang in ("fr", "en"):
            text = err.message(lang)
            text.encode("utf-8")
            for bad in ("UNIQUE", "sqlite", "constraint", ".tmp", ".importing", ".creating",
                        "Erreur inattendue", "Unexpected error", "Traceback"):
                assert bad.lower() not in text.lower(), text
        assert not out.exists()
    else:
        with Store.open(out) as s:
            assert s.quick_check()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# -- memory --------------------------------------------------------------------------------
def test_emoji_and_syllabics_survive_the_compact_reading(tmp_path, tmp_path_factory):
    data = base()
    data["ideas"][0]["text"] = "Navette 🚌 ᐃᓄᒃᑎᑐᑦ 👩🏽‍🌾 \\🚌 «x»"
    f = tmp_path_factory.mktemp("in") / "a.json"
    f.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert archive.load(f) == data


def test_a_syntax_error_is_placed_in_the_file_as_written(tmp_path):
    f = tmp_path / "bad.json"
    f.write_bytes('{"a": "🚌🚌🚌", "b": "\\🚌"}'.encode())   # an invalid escape at column 20
    with pytest.raises(ArchiveError) as err:
        archive.load(f)
    assert err.value.key == "archive_syntax"
    assert "(line 1, column 20)" in err.value.message("en")


def test_a_file_made_of_emoji_reads_the_same_both_ways(tmp_path, monkeypatch):
    data = base()
    data["session"]["notes"] = "🌾" * 100_010 + "\\" + "x"   # past the fast path's count
    f = tmp_path / "emoji.json"
    f.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert archive.load(f) == data
    bad = tmp_path / "broken.json"
    bad.write_bytes(json.dumps(data, ensure_ascii=False).encode()[:-30] + b"\xf4\x90\x80\x80}")
    with pytest.raises(ArchiveError):
        archive.load(bad)


def test_an_anonymous_round_is_exported_without_names_even_from_an_old_file(store, tmp_path):
    # a file written before anonymous ballots were pooled may hold named rows in such a round
    with store.transaction():
        a = store.participants.add("Ana")
        i = store.ideas.add("Puits")
        r = store.voting.add_round("Secret", "ideas", [i], 3, anonymous=True, status="closed")
        store.voting.add_vote(r, i, a, 2)
    first = archive.to_dict(store)
    assert first["rounds"][0]["votes"] == [{"item": str(i), "participant": None, "dots": 2}]
    archive.import_archive(first, tmp_path / "again.atelier")
    with Store.open(tmp_path / "again.atelier") as again:
        assert archive.to_dict(again)["rounds"] == first["rounds"]

"""The JSON archive (docs/archive-format.md): full round trip, and every refusal of the spec."""
from __future__ import annotations

import copy
import json

import pytest

from facilitator.errors import ArchiveError, FileError
from facilitator.export import archive
from facilitator.store import Store


@pytest.fixture
def rich(store):
    s = store
    with s.transaction():
        s.session.update(date="2026-11-27", start_time="09:00", place="Salle du conseil",
                         organizer="MRC des Moulins", facilitators=["Julie", "Marc"],
                         notes="Notes « finales »\nligne 2")
        a = s.participants.add("Élise Côté", "Ville A", present=True)
        b = s.participants.add("Jean ᐃᓄᒃᑎᑐᑦ", None, present=False)
        s.participants.remove(s.participants.add("temporaire"))  # leaves a gap in ids
        ag1 = s.agenda.add("Accueil", 15, "Se connecter", "Tour de table", "note privée")
        s.agenda.add("Priorités", 45, actual_seconds=2900)
        t1 = s.ideas.add_theme("Transport", "#ffcc00")
        t2 = s.ideas.add_theme("Logement")
        i1 = s.ideas.add("Navette 🚌 entre villages", t1, ag1, a)
        i2 = s.ideas.add("Logements « abordables »", t2, None, b)
        i3 = s.ideas.add("Idée sans thème\navec saut de ligne")
        r = s.voting.add_round("Tour 1", "ideas", [i1, i2, i3], 2, 1, anonymous=False,
                               status="closed")
        s.voting.add_vote(r, i1, a, 1)
        s.voting.add_vote(r, i2, a, 1)
        s.voting.add_vote(r, i1, b, 1)
        s.voting.add_vote(r, i3, None, 7)
        s.voting.add_round("Thèmes", "themes", [t1, t2], 1)
        act = s.actors.add("CISSS", "public institution")
        s.actors.set_level(act, "eclaireur", 2, 3)
        s.actors.set_level(act, "animateur", 0, 1)
        s.decisions.add("CM-2026-11-001", "Adopter l'ordre du jour", a, b, "adopted_unanimously")
        s.decisions.add("CM-2026-11-002", "Reporter", None, None, "deferred", 3, 2, 1)
        s.decisions.add_action("Écrire au ministère", "Julie", "2026-12-15", "open", i2)
    return s


def test_round_trip_is_identical(rich, tmp_path):
    first = archive.to_dict(rich)
    out = tmp_path / "copy.atelier"
    archive.import_archive(json.loads(json.dumps(first)), out)
    with Store.open(out) as again:
        second = archive.to_dict(again)
    assert second == first
    assert json.dumps(second, ensure_ascii=False) == json.dumps(first, ensure_ascii=False)
    assert first["ideas"][0]["text"] == "Navette 🚌 entre villages"
    assert first["actors"][0]["roles"] == {"animateur": {"current": 0, "desired": 1},
                                           "eclaireur": {"current": 2, "desired": 3}}
    assert [p["id"] for p in first["participants"]] == ["1", "2"]


def test_cli_style_export_file_round_trip(rich, tmp_path):
    a = archive.export(rich, tmp_path / "a.json")
    archive.import_archive(archive.load(a), tmp_path / "b.atelier")
    with Store.open(tmp_path / "b.atelier") as b:
        archive.export(b, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_text("utf-8") == (tmp_path / "b.json").read_text("utf-8")


def test_foreign_ids_are_accepted_and_references_kept(tmp_path):
    data = {"format": "facilitator-session", "version": 1, "session": {"title": "T"},
            "participants": [{"id": "p-a", "name": "Ana", "present": True}],
            "themes": [{"id": "t9", "title": "Eau", "color": None}],
            "ideas": [{"id": "x", "text": "Puits", "theme": "t9", "author": "p-a",
                       "created_at": "2026-11-27T10:00:00-05:00"}],
            "future_key": {"ignored": True}}
    archive.import_archive(data, tmp_path / "f.atelier")
    with Store.open(tmp_path / "f.atelier") as s:
        idea = s.ideas.list()[0]
        assert s.ideas.theme(idea.theme_id).title == "Eau"
        assert s.participants.get(idea.author_id).name == "Ana"


def base() -> dict:
    return {"format": "facilitator-session", "version": 1, "session": {"title": "T"},
            "participants": [{"id": "p1", "name": "Ana", "present": True},
                             {"id": "p2", "name": "Bob", "present": False}],
            "themes": [{"id": "t1", "title": "Eau", "color": "#00aaff"}],
            "ideas": [{"id": "i1", "text": "A", "theme": "t1"}, {"id": "i2", "text": "B"}],
            "rounds": [{"id": "r1", "title": "Tour", "target": "ideas",
                        "candidates": ["i1", "i2"], "dots_per_participant": 2,
                        "max_per_item": 1, "anonymous": False, "status": "closed",
                        "votes": [{"item": "i1", "participant": "p1", "dots": 1}]}],
            "decisions": [{"id": "d1", "number": "N-1", "text": "x", "outcome": "adopted"}]}


REFUSALS = [
    (lambda d: d.update(format="autre"), "archive_format", "format"),
    (lambda d: d.update(version=2), "archive_version", "version"),
    (lambda d: d.pop("session"), "archive_missing", "session"),
    (lambda d: d["session"].pop("title"), "archive_missing", "session.title"),
    (lambda d: d["session"].update(title=""), "archive_value", "session.title"),
    (lambda d: d["session"].update(date="27/11/2026"), "archive_value", "session.date"),
    (lambda d: d["participants"][1].update(name=3), "archive_type", "participants[1].name"),
    (lambda d: d["participants"][1].update(id="p1"), "archive_duplicate_id", "participants[1].id"),
    (lambda d: d["ideas"][1].update(theme="t9"), "archive_dangling", "ideas[1].theme"),
    (lambda d: d["ideas"][1].update(text="  "), "archive_value", "ideas[1].text"),
    (lambda d: d["themes"][0].update(color="red"), "archive_value", "themes[0].color"),
    (lambda d: d["rounds"][0]["votes"].append({"item": "i9", "participant": "p1", "dots": 1}),
     "archive_not_candidate", "rounds[0].votes[1].item"),
    (lambda d: d["rounds"][0]["votes"].append({"item": "i1", "participant": "p1", "dots": 1}),
     "vote_over_cap", "rounds[0].votes[1]"),  # the laptop's rule and key (voting.check_ballot)
    (lambda d: d["rounds"][0].update(max_per_item=None) or d["rounds"][0]["votes"].append(
        {"item": "i2", "participant": "p1", "dots": 2}), "vote_over_budget", "rounds[0].votes[1]"),
    (lambda d: d["rounds"][0]["votes"].append({"item": "i2", "participant": "p7", "dots": 1}),
     "archive_dangling", "rounds[0].votes[1].participant"),
    (lambda d: d["rounds"][0].update(dots_per_participant=0), "archive_value",
     "rounds[0].dots_per_participant"),
    (lambda d: d["rounds"][0].update(status="finished"), "archive_value", "rounds[0].status"),
    (lambda d: d.update(actors=[{"id": "a", "name": "X", "roles": {"heros": {"current": 1}}}]),
     "archive_value", "actors[0].roles.heros"),
    (lambda d: d.update(actors=[{"id": "a", "name": "X", "roles": {"eclaireur": {"current": 5}}}]),
     "archive_value", "actors[0].roles.eclaireur.current"),
    (lambda d: d["decisions"].append({"id": "d2", "number": "N-1", "text": "y"}),
     "archive_duplicate_number", "decisions[1].number"),
    (lambda d: d["decisions"][0].update(proposed_by="p9"), "archive_dangling",
     "decisions[0].proposed_by"),
    (lambda d: d.update(actions=[{"id": "x", "text": "t", "due": "demain"}]), "archive_value",
     "actions[0].due"),
]


@pytest.mark.parametrize("mutate,key,path", REFUSALS)
def test_refusals_name_key_and_position(mutate, key, path, tmp_path):
    data = copy.deepcopy(base())
    archive.validate(data)  # the base archive itself is sound
    mutate(data)
    out = tmp_path / "never.atelier"
    with pytest.raises(ArchiveError) as err:
        archive.import_archive(data, out)
    assert err.value.key == key
    assert path in err.value.message("fr") and path in err.value.message("en")
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["home"]


def test_dangling_message_reads_like_the_spec():
    data = base()
    data["ideas"][1]["theme"] = "t9"
    with pytest.raises(ArchiveError) as err:
        archive.validate(data)
    assert err.value.message("en") == 'ideas[1].theme: no theme with id “t9”.'


def test_paper_totals_are_not_bound_by_budget(tmp_path):
    data = base()
    data["rounds"][0]["votes"].append({"item": "i2", "participant": None, "dots": 40})
    archive.import_archive(data, tmp_path / "ok.atelier")


def test_import_refuses_to_overwrite(tmp_path):
    out = tmp_path / "exists.atelier"
    out.write_bytes(b"keep me")
    with pytest.raises(FileError) as err:
        archive.import_archive(base(), out)
    assert err.value.key == "exists"
    assert out.read_bytes() == b"keep me"
    archive.import_archive(base(), out, force=True)
    with Store.open(out) as s:
        assert s.session.get().title == "T"


def test_not_json_is_refused(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ArchiveError) as err:
        archive.load(bad)
    assert err.value.key == "archive_syntax"
    assert err.value.message("en") == f"“{bad}” is not valid JSON (line 1, column 2)."


def test_merged_texts_and_ballot_dots_round_trip(store, tmp_path):
    """Issue 12: the texts merged into an idea and the dots of anonymous ballots (apart from
    paper dots) survive export → import → export."""
    import json

    from facilitator.ops import voting as ballots
    from facilitator.export import archive

    with store.transaction():
        a = store.ideas.add("Partage de services")
        b = store.ideas.add("partage des services")
        store.ideas.merge(a, [b], "Partage de services")
        voter = store.participants.add("Alice", None, True)
        rid = ballots.create_round(store, "Tour", "ideas", [a], budget=2)
        ballots.open_round(store, rid)
        ballots.record_ballot(store, rid, voter, {a: 2})
        ballots.record_paper_totals(store, rid, {a: 3})
    data = archive.to_dict(store)
    assert data["ideas"][0]["merged"] == ["partage des services"]
    assert sorted((v["dots"], v.get("ballot", False)) for v in data["rounds"][0]["votes"]) == [
        (2, True), (3, False)]
    out = archive.import_archive(json.loads(json.dumps(data)), tmp_path / "b.atelier")
    from facilitator.store import Store

    with Store.open(out) as again:
        assert archive.to_dict(again) == data
        assert ballots.results(again, rid).dots_total == 5

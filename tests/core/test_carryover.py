"""A session that follows another (issue 16): each part that carries over, each optional, the
previous file only read, and the refusals (damaged, newer, open elsewhere, the same file)."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from facilitator import carryover, decisions
from facilitator.errors import FacilitatorError, FileError
from facilitator.store import SCHEMA_VERSION, Store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_previous(path: Path, *, date="2026-10-15", pattern="CM-{yyyy}-{mm}-{nnn}",
                  run_items=2, lang="fr") -> Path:
    """A council meeting: two participants (present), two actors with levels, an open and a
    done action, four agenda items of which the first `run_items` were run live, decisions."""
    with Store.create(path, "Conseil d'octobre", language=lang) as s:
        with s.transaction():
            s.session.update(date=date, decision_pattern=pattern, place="Salle du conseil",
                             start_time="19:00")
            alice = s.participants.add("Alice Côté", "MRC", True, "alice@mrc.qc.ca")
            s.participants.add("Bruno Lévesque", "Ville de Rimouski", True)
            mrc = s.actors.add("MRC", "public")
            s.actors.set_level(mrc, "animateur", 2, 3)
            s.actors.set_level(mrc, "eclaireur", 0, 2)
            s.actors.add("Chambre de commerce", "privé")
            s.decisions.add_action("Écrire au ministère", "Alice", "2026-11-01")
            s.decisions.add_action("Réserver la salle", "Bruno", None, "done")
            s.decisions.add_action("Budget 2027", None, "2026-12-15")
            for n, title in enumerate(("Ouverture", "Adoption de l'ordre du jour",
                                       "Transport collectif", "Logement")):
                item = s.agenda.add(title, 10, objective=f"objectif {n}")
                if n < run_items:
                    s.agenda.update(item, actual_seconds=600)
            decisions.add_decision(s, "d'adopter l'ordre du jour", proposed_by=alice)
            decisions.add_decision(s, "Autre", number="CM-2026-10-044")
    return path


def follow(tmp_path, prev_path, name="next.atelier", **kw) -> Store:
    prev = carryover.load_previous(prev_path, new_file=tmp_path / name)
    carryover.create_following(tmp_path / name, prev, **kw)
    return Store.open(tmp_path / name, read_only=True)


def test_participants_carry_over_with_attendance_reset(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier")
    with follow(tmp_path, prev) as s:
        people = s.participants.list()
    assert [(p.name, p.organization, p.email) for p in people] == [
        ("Alice Côté", "MRC", "alice@mrc.qc.ca"), ("Bruno Lévesque", "Ville de Rimouski", None)]
    assert not any(p.present for p in people)


def test_actors_keep_their_levels_and_the_previous_levels_are_remembered(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier")
    with follow(tmp_path, prev) as s:
        actors = s.actors.list()
        previous = s.series.previous_levels()
    assert [(a.name, a.kind) for a in actors] == [("MRC", "public"),
                                                   ("Chambre de commerce", "privé")]
    assert actors[0].roles == {"animateur": (2, 3), "eclaireur": (0, 2)}
    assert previous == {actors[0].id: {"animateur": (2, 3), "eclaireur": (0, 2)}}


def test_open_actions_carry_over_under_follow_up_linked_to_where_they_came_from(tmp_path):
    prev_path = make_previous(tmp_path / "prev.atelier")
    with Store.open(prev_path, read_only=True) as p:
        prev_uid = p.uid()
        prev_ids = {a.text: a.id for a in p.decisions.actions()}
    with follow(tmp_path, prev_path) as s:
        actions = s.decisions.actions()
        origins = s.series.origins()
        titles = [i.title for i in s.agenda.list()]
        second_uid = s.uid()
    assert [(a.text, a.owner, a.due, a.status) for a in actions] == [
        ("Écrire au ministère", "Alice", "2026-11-01", "open"),
        ("Budget 2027", None, "2026-12-15", "open")]
    assert "Suivi des actions" in titles
    for a in actions:
        assert origins[a.id].uid == prev_uid
        assert origins[a.id].action_id == prev_ids[a.text]
        assert origins[a.id].date == "2026-10-15"
    # a third session: the action still points to where it was first recorded
    with follow(tmp_path, tmp_path / "next.atelier", name="third.atelier") as s3:
        origins3 = s3.series.origins()
        link = s3.series.previous()
    assert {o.uid for o in origins3.values()} == {prev_uid}
    assert link.uid == second_uid


def test_items_not_reached_carry_over(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier", run_items=2)
    with follow(tmp_path, prev) as s:
        items = s.agenda.list()
    titles = [i.title for i in items]
    assert titles == ["Adoption du procès-verbal de la séance du 15 octobre 2026",
                      "Suivi des actions", "Transport collectif", "Logement"]
    carried = items[2]
    assert carried.objective == "objectif 2" and carried.planned_minutes == 10
    assert carried.actual_seconds is None


def test_an_agenda_never_run_live_carries_no_item(tmp_path):
    prev_path = make_previous(tmp_path / "prev.atelier", run_items=0)
    prev = carryover.load_previous(prev_path)
    part = next(p for p in carryover.summary(prev, "fr") if p.key == "agenda")
    assert not part.available and "n'a pas été animé" in part.sentence
    with follow(tmp_path, prev_path) as s:
        assert "Transport collectif" not in [i.title for i in s.agenda.list()]


def test_numbering_follows_the_previous_last_number_in_the_same_year(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier")
    with follow(tmp_path, prev, date="2026-11-12") as s:
        draft = s.decisions.list()
        pattern = s.session.get().decision_pattern
    assert pattern == "CM-{yyyy}-{mm}-{nnn}"
    assert [d.number for d in draft] == ["CM-2026-11-045"]


def test_numbering_restarts_in_a_new_year_and_continues_after_it(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier", date="2026-12-10")
    with follow(tmp_path, prev, date="2027-01-14") as s:
        assert [d.number for d in s.decisions.list()] == ["CM-2027-01-001"]
    # the next one, in the same new year, continues from the January meeting
    with follow(tmp_path, tmp_path / "next.atelier", name="feb.atelier", date="2027-02-11") as s:
        assert [d.number for d in s.decisions.list()] == ["CM-2027-02-002"]


def test_a_pattern_without_a_year_continues_across_the_year(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier", date="2026-12-10", pattern="R-{nnn}")
    with Store.open(prev) as s:
        with s.transaction():
            decisions.add_decision(s, "Encore", number="R-017")
    with follow(tmp_path, prev, date="2027-01-14") as s:
        assert [d.number for d in s.decisions.list()] == ["R-018"]


def test_numbering_passes_through_a_session_without_decisions(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier")
    with follow(tmp_path, prev, date="2026-11-12", parts=set(carryover.PARTS) - {"minutes"}) as s:
        assert s.decisions.list() == []
    with follow(tmp_path, tmp_path / "next.atelier", name="dec.atelier", date="2026-12-10") as s:
        assert [d.number for d in s.decisions.list()] == ["CM-2026-12-045"]


def test_next_number_rules():
    # the same year continues, another year restarts, a year-less pattern always continues
    assert decisions.next_number("CM-{yyyy}-{mm}-{nnn}", [], "2026-11-12",
                                 after=(2026, 44)) == "CM-2026-11-045"
    assert decisions.next_number("CM-{yyyy}-{mm}-{nnn}", [], "2027-01-14",
                                 after=(2026, 44)) == "CM-2027-01-001"
    assert decisions.next_number("{nn}", [], "2027-01-14", after=(2026, 44)) == "45"
    # a number typed higher than the carried one wins
    assert decisions.next_number("{yyyy}-{nnn}", ["2026-050"], "2026-03-01",
                                 after=(2026, 44)) == "2026-051"
    assert decisions.last_running("CM-{yy}-{nnn}", ["CM-26-007", "CM-27-002", "x"]) == (2027, 2)


def test_minutes_item_and_draft_resolution(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier")
    with follow(tmp_path, prev, date="2026-11-12") as s:
        items = s.agenda.list()
        draft = s.decisions.list()
    assert items[0].title == "Adoption du procès-verbal de la séance du 15 octobre 2026"
    assert len(draft) == 1
    sentence = decisions.minutes_sentence(draft[0], {}, "fr")
    assert "d'adopter le procès-verbal de la séance du 15 octobre 2026 tel que présenté" in sentence


def test_with_the_council_template_its_own_minutes_item_is_the_one(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier")
    with follow(tmp_path, prev, template="conseil-mrc", title="Conseil de novembre") as s:
        titles = [i.title for i in s.agenda.list()]
        title = s.session.get().title
    assert title == "Conseil de novembre"
    assert sum("procès-verbal" in t for t in titles) == 1
    minutes = titles.index("Adoption du procès-verbal de la séance du 15 octobre 2026")
    assert titles[minutes - 1] == "Adoption de l'ordre du jour"
    assert titles[minutes + 1] == "Suivi des actions"
    assert titles.count("Adoption de l'ordre du jour") == 1  # not carried twice


def test_in_english(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier", lang="en")
    with follow(tmp_path, prev) as s:
        titles = [i.title for i in s.agenda.list()]
        draft = s.decisions.list()[0]
        assert s.session.get().language == "en"
    assert titles[:2] == ["Adoption of the minutes of the meeting of October 15, 2026",
                          "Follow-up of actions"]
    assert draft.text == "to adopt the minutes of the meeting of October 15, 2026 as presented."


def test_the_link_to_the_previous_session_is_kept(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier")
    with Store.open(prev, read_only=True) as p:
        uid = p.uid()
    with follow(tmp_path, prev) as s:
        link = s.series.previous()
        details = s.session.get()
        assert s.schema_version() == SCHEMA_VERSION
    assert (link.uid, link.title, link.date) == (uid, "Conseil d'octobre", "2026-10-15")
    assert details.place == "Salle du conseil" and details.start_time == "19:00"


@pytest.mark.parametrize("part", carryover.PARTS)
def test_each_part_can_be_left_out(tmp_path, part):
    prev = make_previous(tmp_path / "prev.atelier")
    kept = carryover.parse_without(part)
    assert part not in kept and len(kept) == len(carryover.PARTS) - 1
    with follow(tmp_path, prev, parts=kept, date="2026-11-12") as s:
        titles = [i.title for i in s.agenda.list()]
        found = {
            "participants": bool(s.participants.list()),
            "actors": bool(s.actors.list()) or bool(s.series.previous_levels()),
            "actions": bool(s.decisions.actions()) or "Suivi des actions" in titles,
            "agenda": "Transport collectif" in titles,
            "numbering": s.series.numbering() is not None,
            "minutes": any("procès-verbal" in t for t in titles),
        }
        numbers = [d.number for d in s.decisions.list()]
        assert s.series.previous() is not None  # the link is always kept
    assert found == {k: k != part for k in carryover.PARTS}
    if part == "numbering":
        assert numbers == ["2026-001"]  # the default pattern, from 1
    if part == "minutes":
        assert numbers == []


def test_unknown_part_is_refused_in_both_languages():
    with pytest.raises(FacilitatorError) as err:
        carryover.parse_without("participants,acteurs")
    assert "« acteurs »" in err.value.message("fr") and "actors" in err.value.message("fr")
    assert "“acteurs”" in err.value.message("en")


def test_the_previous_file_is_only_read(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier")
    before = digest(prev)
    mtime = prev.stat().st_mtime_ns
    listing = sorted(p.name for p in tmp_path.iterdir())
    with follow(tmp_path, prev):
        pass
    assert digest(prev) == before and prev.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(listing + ["next.atelier"])


# -- refusals ---------------------------------------------------------------------------------
def _refused(tmp_path, prev: Path, key: str) -> FacilitatorError:
    before = digest(prev) if prev.exists() else None
    with pytest.raises(FacilitatorError) as err:
        follow(tmp_path, prev)
    assert err.value.key == key
    assert not (tmp_path / "next.atelier").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    if before is not None:
        assert digest(prev) == before
    fr, en = err.value.message("fr"), err.value.message("en")
    assert str(prev) in fr and str(prev) in en
    return err.value


def test_a_damaged_previous_file_is_refused(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier")
    with Store.open(prev) as s:
        with s.transaction():
            for i in range(300):
                s.ideas.add(f"idée {i} " + "texte " * 30)
    with open(prev, "r+b") as fh:
        fh.truncate(prev.stat().st_size // 2)
    err = _refused(tmp_path, prev, "after_damaged")
    assert "Impossible de faire suite" in err.message("fr") and "endommagé" in err.message("fr")
    assert "Cannot follow" in err.message("en") and "damaged" in err.message("en")


def test_a_previous_file_from_a_newer_version_is_refused(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier")
    con = sqlite3.connect(prev)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    err = _refused(tmp_path, prev, "after_too_new")
    assert "plus récente" in err.message("fr") and "newer version" in err.message("en")


def test_a_previous_file_open_elsewhere_is_refused(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier")
    with Store.open(prev):  # held for writing: another window (another process in test_cli)
        err = _refused(tmp_path, prev, "after_in_use")
    assert "ouverte dans une autre fenêtre" in err.message("fr")
    assert "open in another window" in err.message("en")


def test_following_a_session_with_itself_is_refused(tmp_path):
    prev = make_previous(tmp_path / "next.atelier")
    before = digest(prev)
    with pytest.raises(FacilitatorError) as err:
        carryover.load_previous(prev, new_file=tmp_path / "." / "next.atelier")
    assert err.value.key == "after_same_file"
    loaded = carryover.load_previous(prev)
    with pytest.raises(FacilitatorError) as err:
        carryover.create_following(prev, loaded)
    assert err.value.key == "after_same_file"
    assert "la nouvelle séance doit être un autre fichier" in err.value.message("fr")
    assert "must be another file" in err.value.message("en")
    assert digest(prev) == before


def test_a_file_that_is_not_a_session_is_refused(tmp_path):
    prev = tmp_path / "prev.atelier"
    prev.write_bytes(b"%PDF-1.7\n" + b"x" * 500)
    err = _refused(tmp_path, prev, "after_not_session")
    assert isinstance(err, FileError)


def test_a_new_file_that_exists_is_never_replaced(tmp_path):
    prev = make_previous(tmp_path / "prev.atelier")
    (tmp_path / "next.atelier").write_text("mine")
    with pytest.raises(FacilitatorError) as err:
        follow(tmp_path, prev)
    assert err.value.key == "exists"
    assert (tmp_path / "next.atelier").read_text() == "mine"


# -- the archive's optional keys ----------------------------------------------------------------
def test_archive_keeps_the_link_and_round_trips_identically(tmp_path):
    from facilitator.export import archive

    prev = make_previous(tmp_path / "prev.atelier")
    with follow(tmp_path, prev, date="2026-11-12") as s:
        data = archive.to_dict(s)
        first = archive.dumps(s)
        prev_uid = s.series.previous().uid
    assert data["version"] == 1
    assert data["session"]["previous"] == {"uid": prev_uid, "title": "Conseil d'octobre",
                                           "date": "2026-10-15",
                                           "numbering": {"year": 2026, "last": 44}}
    assert data["actions"][0]["origin"]["session"] == prev_uid
    assert data["actions"][0]["origin"]["date"] == "2026-10-15"
    assert data["actors"][0]["previous_roles"] == {"animateur": {"current": 2, "desired": 3},
                                                   "eclaireur": {"current": 0, "desired": 2}}
    out = archive.import_archive(data, tmp_path / "back.atelier")
    with Store.open(out, read_only=True) as back:
        assert archive.dumps(back) == first
        assert decisions.session_next_number(back) == "CM-2026-11-046"
    # a session that follows nothing has none of these keys
    with Store.open(prev, read_only=True) as p:
        plain = archive.to_dict(p)
    assert "previous" not in plain["session"]
    assert not any("origin" in a for a in plain["actions"])


def test_archive_refuses_a_bad_link_naming_the_key(tmp_path):
    from facilitator.errors import ArchiveError
    from facilitator.export import archive

    prev = make_previous(tmp_path / "prev.atelier")
    with follow(tmp_path, prev) as s:
        data = archive.to_dict(s)
    data["actions"][0]["origin"]["action"] = "trois"
    with pytest.raises(ArchiveError) as err:
        archive.validate(data)
    assert "actions[0].origin.action" in err.value.message("fr")


def test_closing_an_action_records_when_and_undo_or_reopening_forgets(tmp_path):
    from facilitator.export import archive

    prev = make_previous(tmp_path / "prev.atelier")
    with follow(tmp_path, prev):
        pass
    with Store.open(tmp_path / "next.atelier") as s:
        carried = s.decisions.actions()[0]
        _, inverse = s.recorded(lambda: s.decisions.update_action(carried.id, status="done"))
        when = s.series.closed()[carried.id]
        assert when[:4] >= "2026" and "T" in when
        assert s.series.origins()[carried.id].action_id  # still linked to where it came from
        data = archive.to_dict(s)
        assert data["actions"][0]["closed_at"] == when
        s.replay(inverse)  # undo
        assert s.series.closed() == {}
        s.recorded(lambda: s.decisions.update_action(carried.id, status="done"))
        s.recorded(lambda: s.decisions.update_action(carried.id, status="open"))
        assert s.series.closed() == {}
    out = archive.import_archive(data, tmp_path / "back.atelier")
    with Store.open(out, read_only=True) as back:
        assert archive.to_dict(back)["actions"][0]["closed_at"] == when

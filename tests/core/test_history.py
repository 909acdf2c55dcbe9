"""Learning from what happened (issue 16): planned vs actual times per method across past
sessions, kept in a small local index keyed by each session's uid."""
from __future__ import annotations

import shutil

from facilitator import history
from facilitator.store import Store



def past_session(path, actual_minutes, planned=35, method="1-2-4-tous"):
    with Store.create(path, "Atelier") as s:
        with s.transaction():
            s.agenda.add("Idées", planned, method=method, actual_seconds=actual_minutes * 60)
            s.agenda.add("Pause", 15, method="Pause")                  # never run: not counted
            s.agenda.add("Accueil", 10, actual_seconds=600)             # no method: not counted
        history.remember(s)
    return path


def test_suggestion_from_six_past_sessions(tmp_path):
    for n, minutes in enumerate((44, 40, 50, 44, 47, 38)):
        past_session(tmp_path / f"s{n}.atelier", minutes)
    data = history.load_index()
    assert len(data["sessions"]) == 6
    found = history.suggestion(" 1-2-4-TOUS ", data)    # matched by its words
    assert history.suggestion_text(found, "fr") == \
        "1-2-4-tous\u00a0: prévu 35\u00a0min, réel médian 44\u00a0min sur 6 séances"
    assert history.suggestion_text(found, "en") == \
        "1-2-4-tous: planned 35\u00a0min, actual median 44\u00a0min over 6 sessions"
    assert history.suggestion("Pause", data) is None      # never run live
    assert history.suggestion("World café", data) is None


def test_one_session_is_not_enough_and_the_current_one_is_left_out(tmp_path):
    past_session(tmp_path / "a.atelier", 50)
    with Store.open(tmp_path / "a.atelier", read_only=True) as s:
        uid_a = s.uid()
    past_session(tmp_path / "b.atelier", 40)
    data = history.load_index()
    assert history.suggestion("1-2-4-tous", data).sessions == 2
    assert history.suggestion("1-2-4-tous", data, exclude=uid_a) is None


def test_a_moved_file_is_the_same_session_and_changes_are_read_again(tmp_path):
    path = past_session(tmp_path / "a.atelier", 50)
    moved = tmp_path / "ailleurs.atelier"
    shutil.move(path, moved)
    with Store.open(moved) as s:
        with s.transaction():
            s.agenda.add("Encore", 20, method="World café", actual_seconds=1500)
        history.remember(s)
    data = history.load_index()
    assert len(data["sessions"]) == 1
    entry = next(iter(data["sessions"].values()))
    assert entry["path"] == str(moved.absolute())
    # changed elsewhere (another computer, a copy brought back): refresh reads it again
    with Store.open(moved) as s:
        with s.transaction():
            s.agenda.add("Plus", 20, method="World café", actual_seconds=1800)
    fresh = history.refresh()
    methods = [item[0] for item in next(iter(fresh["sessions"].values()))["items"]]
    assert methods.count("World café") == 2
    # a file that is gone keeps what the index knew
    moved.unlink()
    assert history.refresh()["sessions"] == fresh["sessions"]


def test_a_damaged_index_is_rebuilt(tmp_path):
    history.index_path().write_text("{pas du json")
    past_session(tmp_path / "a.atelier", 50)
    assert len(history.load_index()["sessions"]) == 1

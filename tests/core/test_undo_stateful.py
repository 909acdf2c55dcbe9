"""Undo and redo, driven by hypothesis through random sequences of changes to every kind of
data: after each step the file is sound (integrity, foreign keys, the archive's own rules), and
undo or redo brings back exactly the session as it was at that point of the history."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from facilitator.export import archive
from facilitator.roles import ROLE_KEYS
from facilitator.store import Store

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
               max_size=12).filter(lambda s: s.strip())


def state(store: Store) -> dict:
    data = archive.to_dict(store)
    for idea in data["ideas"]:
        idea.pop("created_at")
    return data


class Session(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = tempfile.mkdtemp()
        self.store = Store.create(Path(self.dir) / "s.atelier", "Séance")
        self.history = [state(self.store)]  # the session after each change
        self.undo: list[list[str]] = []     # statements that undo each change
        self.redo: list[list[str]] = []
        self.n = 0

    def teardown(self) -> None:
        self.store.close()

    def change(self, fn) -> None:
        try:
            _, inverse = self.store.recorded(fn)
        except (ValueError, KeyError):
            return  # refused by the store: nothing written
        if not inverse:
            return
        del self.history[len(self.undo) + 1:]
        self.undo.append(inverse)
        self.redo.clear()
        self.history.append(state(self.store))

    def ids(self, sql: str) -> list[int]:
        return [r[0] for r in self.store.conn.execute(sql)]

    # -- changes -----------------------------------------------------------------------------
    @rule(name=TEXT, present=st.booleans())
    def add_participant(self, name, present):
        self.change(lambda: self.store.participants.add(name, "Org", present))

    @rule(title=TEXT)
    def add_theme(self, title):
        self.change(lambda: self.store.ideas.add_theme(title, "#ffcc00"))

    @rule(text=TEXT, data=st.data())
    def add_idea(self, text, data):
        themes = self.ids("SELECT id FROM theme") + [None]
        people = self.ids("SELECT id FROM participant") + [None]
        t, p = data.draw(st.sampled_from(themes)), data.draw(st.sampled_from(people))
        self.change(lambda: self.store.ideas.add(text, t, None, p))

    @precondition(lambda self: self.ids("SELECT id FROM idea"))
    @rule(data=st.data())
    def remove_idea(self, data):
        i = data.draw(st.sampled_from(self.ids("SELECT id FROM idea")))
        self.change(lambda: self.store.ideas.remove(i))

    @precondition(lambda self: self.ids("SELECT id FROM theme"))
    @rule(data=st.data())
    def remove_theme(self, data):
        t = data.draw(st.sampled_from(self.ids("SELECT id FROM theme")))
        self.change(lambda: self.store.ideas.remove_theme(t))

    @precondition(lambda self: len(self.ids("SELECT id FROM theme")) >= 2)
    @rule(data=st.data())
    def merge_themes(self, data):
        a, b = data.draw(st.permutations(self.ids("SELECT id FROM theme")))[:2]
        self.change(lambda: self.store.ideas.merge_themes(a, b))

    @precondition(lambda self: self.ids("SELECT id FROM participant"))
    @rule(data=st.data())
    def remove_participant(self, data):
        p = data.draw(st.sampled_from(self.ids("SELECT id FROM participant")))
        self.change(lambda: self.store.participants.remove(p))

    @precondition(lambda self: len(self.ids("SELECT id FROM idea")) >= 2
                  and self.ids("SELECT id FROM participant"))
    @rule(data=st.data())
    def voting_round(self, data):
        ideas = self.ids("SELECT id FROM idea")
        people = self.ids("SELECT id FROM participant")
        who = data.draw(st.sampled_from(people))
        picks = data.draw(st.lists(st.sampled_from(ideas), min_size=1, max_size=2, unique=True))

        def make():
            r = self.store.voting.add_round("Tour", "ideas", ideas, 2, 1, anonymous=False,
                                            status="closed")
            self.store.voting.set_ballot(r, who, {i: 1 for i in picks})
            self.store.voting.set_paper_total(r, ideas[0], 5)

        self.change(make)

    @rule(name=TEXT, data=st.data())
    def actor(self, name, data):
        role = data.draw(st.sampled_from(ROLE_KEYS))
        cur, des = data.draw(st.integers(0, 3)), data.draw(st.integers(0, 3))

        def make():
            a = self.store.actors.add(name, "community")
            self.store.actors.set_level(a, role, cur, des)

        self.change(make)

    @precondition(lambda self: self.ids("SELECT id FROM actor"))
    @rule(data=st.data())
    def remove_actor(self, data):
        a = data.draw(st.sampled_from(self.ids("SELECT id FROM actor")))
        self.change(lambda: self.store.actors.remove(a))

    @rule(text=TEXT, data=st.data())
    def decision_and_action(self, text, data):
        people = self.ids("SELECT id FROM participant") + [None]
        ideas = self.ids("SELECT id FROM idea") + [None]
        p, i = data.draw(st.sampled_from(people)), data.draw(st.sampled_from(ideas))
        self.n += 1
        n = self.n

        def make():
            self.store.decisions.add(f"N-{n}", text, p, None, "adopted")
            self.store.decisions.add_action(text, "Julie", "2026-12-01", "open", i)

        self.change(make)

    @rule(title=TEXT, minutes=st.integers(0, 120))
    def agenda_item(self, title, minutes):
        self.change(lambda: self.store.agenda.add(title, minutes))

    # -- undo and redo -----------------------------------------------------------------------
    @precondition(lambda self: self.undo)
    @rule()
    def undo_one(self):
        statements = self.undo.pop()
        self.redo.append(self.store.replay(statements))
        assert state(self.store) == self.history[len(self.undo)]

    @precondition(lambda self: self.redo)
    @rule()
    def redo_one(self):
        statements = self.redo.pop()
        self.undo.append(self.store.replay(statements))
        assert state(self.store) == self.history[len(self.undo)]

    @invariant()
    def file_is_sound(self):
        assert self.store.check() == []
        archive.validate(archive.to_dict(self.store))


Session.TestCase.settings = settings(max_examples=40, stateful_step_count=30, deadline=None,
                                     suppress_health_check=list(HealthCheck))
TestUndoRedo = Session.TestCase

"""Undo and redo, driven by hypothesis through random sequences of changes to every kind of
data: after each step the file is sound (integrity, foreign keys, the archive's own rules), and
undo or redo brings back exactly the session as it was at that point of the history."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (RuleBasedStateMachine, initialize, invariant, precondition,
                                 rule)

from facilitator import ops
from facilitator.errors import FacilitatorError
from facilitator.export import archive
from facilitator.ops import Label, Said
from facilitator.roles import ROLE_KEYS
from facilitator.store import Store
from facilitator.templates import load_template

def _other_session() -> Path:
    """A session file with a council of three members, for session.reuse_council."""
    path = Path(tempfile.mkdtemp()) / "earlier.atelier"
    with Store.create(path, "Conseil") as store, store.transaction():
        for n, name in enumerate(["Ana", "Ben", "Céline"]):
            pid = store.participants.add(name, "MRC", True)
            store.council.set_member(pid, municipality=f"Ville {n}", voices=n + 1)
        store.council.set_settings()
    return path


OTHER = _other_session()

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
        self.ran: set = set()             # the operations this run drove
        self.other = str(OTHER)           # an earlier session with a council, to take again

    def teardown(self) -> None:
        self.store.close()

    def change(self, op, *args, **kwargs) -> None:
        """Run one operation of facilitator.ops as the window does: its label first (named as
        things were), then the operation inside one recorded transaction."""
        label = op.label(self.store, *args, **kwargs)
        assert isinstance(label, Label) and label.text("fr") and label.text("en")
        said = Said() if op.says else None   # an operation that also names its change itself
        extra = {"said": said} if said is not None else {}
        try:
            _, inverse = self.store.recorded(lambda: op(self.store, *args, **kwargs, **extra))
        except (FacilitatorError, ValueError, KeyError):
            return  # refused by the rules or the store: nothing written
        finally:
            self.ran.add(op)
        if said is not None:   # from what it read: the same label as the one made before
            assert said.label is not None and said.label.text("fr") == label.text("fr") \
                and said.label.text("en") == label.text("en"), (said.label, label)
        if not inverse:
            return
        del self.history[len(self.undo) + 1:]
        self.undo.append(inverse)
        self.redo.clear()
        self.history.append(state(self.store))

    def ids(self, sql: str) -> list[int]:
        return [r[0] for r in self.store.conn.execute(sql)]

    def pick(self, data, sql: str, *extra):
        return data.draw(st.sampled_from(self.ids(sql) + list(extra)))

    def some_or_none(self, data, sql: str) -> list[int]:
        ids = self.ids(sql)
        return data.draw(st.lists(st.sampled_from(ids), max_size=3, unique=True)) if ids else []

    def some(self, data, sql: str, max_size: int = 3) -> list[int]:
        return data.draw(st.lists(st.sampled_from(self.ids(sql)), min_size=1, max_size=max_size,
                                  unique=True))

    @initialize(council=st.booleans(), anonymous=st.booleans())
    def some_of_everything(self, council, anonymous):
        """A session with a little of everything, made by the operations themselves, so
        that every rule finds something to act on from the first step."""
        from facilitator.room import approval   # ideas from the room held for approval: the
        with self.store.transaction():          # room server holds them (not an undoable step)
            for text in ("Marché", "Navette du soir", "Halte-garderie"):
                approval.hold(self.store, text, None)
        self.history = [state(self.store)]
        for name in ("Ana", "Ben"):
            self.change(ops.participants.check_in, name, "MRC " + name)
        self.change(ops.participants.set_present, self.ids("SELECT id FROM participant")[:1],
                    False)
        self.change(ops.ideas.add_theme, "Mobilité")
        self.change(ops.ideas.add_theme, "Logement")
        for text in ("Navette", "Vélo", "Coop"):
            self.change(ops.ideas.capture, text, author="Ana")
        self.change(ops.agenda.add_item, "Accueil", 10)
        self.change(ops.agenda.add_item, "Idées", 30)
        self.change(ops.live.save, {"index": 1}, {self.ids("SELECT id FROM agenda_item")[0]: 600})
        ideas = self.ids("SELECT id FROM idea")
        for title in ("Tour", "Fermé"):
            self.change(ops.voting.create_round, title, "ideas", ideas, 2, 1, anonymous)
            self.change(ops.voting.open_round, self.ids("SELECT id FROM round")[-1])
        closed = self.ids("SELECT id FROM round")[-1]
        self.change(ops.voting.record_paper_totals, closed, {ideas[0]: 3, ideas[1]: 1})
        self.change(ops.voting.close_round, closed)
        self.change(ops.voting.reveal, closed)
        self.change(ops.voting.create_runoff, closed, top=1)
        self.change(ops.roles.add_actor, "Ville", "municipal")
        self.change(ops.decisions.add_decision, "Adopter")
        self.change(ops.decisions.add_action, "Écrire", "Ana", "2027-01-15")
        if council:
            self.change(ops.session.set_council)
            self.change(ops.participants.set_council_member,
                        self.ids("SELECT id FROM participant")[0], voices=2, municipality="A")

    # -- participants ------------------------------------------------------------------------
    @rule(name=TEXT, org=st.none() | TEXT)
    def participants_check_in(self, name, org):
        self.change(ops.participants.check_in, name, org)

    @precondition(lambda self: self.ids("SELECT id FROM participant"))
    @rule(data=st.data(), field=st.sampled_from(ops.participants.FIELDS), value=TEXT)
    def participants_edit(self, data, field, value):
        self.change(ops.participants.edit, self.pick(data, "SELECT id FROM participant"), field,
                    value)

    @precondition(lambda self: self.ids("SELECT id FROM participant"))
    @rule(data=st.data(), present=st.booleans())
    def participants_set_present(self, data, present):
        self.change(ops.participants.set_present, self.some(data, "SELECT id FROM participant"),
                    present)

    @rule()
    def participants_mark_all_present(self):
        self.change(ops.participants.mark_all_present)

    @precondition(lambda self: self.ids("SELECT id FROM participant"))
    @rule(data=st.data())
    def participants_remove(self, data):
        self.change(ops.participants.remove, self.some(data, "SELECT id FROM participant"))

    @rule(people=st.lists(st.fixed_dictionaries(
        {"name": TEXT, "organization": st.none() | TEXT, "present": st.booleans()}),
        min_size=1, max_size=3), merge=st.booleans())
    def participants_import_people(self, people, merge):
        self.change(ops.participants.import_people, people, merge)

    @precondition(lambda self: self.ids("SELECT id FROM participant"))
    @rule(data=st.data(), voices=st.none() | st.integers(0, 5), group=st.none() | TEXT)
    def participants_set_council_member(self, data, voices, group):
        self.change(ops.participants.set_council_member,
                    self.pick(data, "SELECT id FROM participant"), voices=voices, group=group)

    # -- ideas and themes --------------------------------------------------------------------
    @rule(text=TEXT, author=st.none() | TEXT, data=st.data())
    def ideas_capture(self, text, author, data):
        theme = self.pick(data, "SELECT id FROM theme", None)
        item = self.pick(data, "SELECT id FROM agenda_item", None)
        self.change(ops.ideas.capture, text, author=author, theme_id=theme, item_id=item)

    @precondition(lambda self: self.ids("SELECT id FROM idea"))
    @rule(data=st.data(), text=TEXT)
    def ideas_edit(self, data, text):
        self.change(ops.ideas.edit, self.pick(data, "SELECT id FROM idea"), text)

    @precondition(lambda self: len(self.ids("SELECT id FROM idea")) >= 2)
    @rule(data=st.data())
    def ideas_merge(self, data):
        self.change(ops.ideas.merge, self.some(data, "SELECT id FROM idea"))

    @precondition(lambda self: self.ids("SELECT id FROM idea"))
    @rule(data=st.data())
    def ideas_remove(self, data):
        self.change(ops.ideas.remove, self.some(data, "SELECT id FROM idea"))

    @precondition(lambda self: self.ids("SELECT id FROM idea"))
    @rule(data=st.data())
    def ideas_move(self, data):
        self.change(ops.ideas.move, self.some(data, "SELECT id FROM idea"),
                    self.pick(data, "SELECT id FROM theme", None))

    @rule(texts=st.lists(st.text(max_size=8), min_size=1, max_size=4), data=st.data())
    def ideas_import_texts(self, texts, data):
        self.change(ops.ideas.import_texts, texts, self.pick(data, "SELECT id FROM theme", None))

    @rule(title=TEXT, data=st.data())
    def ideas_add_theme(self, title, data):
        ids = self.ids("SELECT id FROM idea")
        some = data.draw(st.lists(st.sampled_from(ids), max_size=2, unique=True)) if ids else []
        self.change(ops.ideas.add_theme, title, some)

    @precondition(lambda self: self.ids("SELECT id FROM theme"))
    @rule(data=st.data(), title=TEXT)
    def ideas_rename_theme(self, data, title):
        self.change(ops.ideas.rename_theme, self.pick(data, "SELECT id FROM theme"), title)

    @precondition(lambda self: self.ids("SELECT id FROM theme"))
    @rule(data=st.data(), color=st.sampled_from(["#FF0000", "#00aa00", "#123456"]))
    def ideas_recolor_theme(self, data, color):
        self.change(ops.ideas.recolor_theme, self.pick(data, "SELECT id FROM theme"), color)

    @precondition(lambda self: len(self.ids("SELECT id FROM theme")) >= 2)
    @rule(data=st.data())
    def ideas_merge_themes(self, data):
        a, b = data.draw(st.permutations(self.ids("SELECT id FROM theme")))[:2]
        self.change(ops.ideas.merge_themes, a, b)

    @precondition(lambda self: self.ids("SELECT id FROM theme"))
    @rule(data=st.data())
    def ideas_remove_theme(self, data):
        self.change(ops.ideas.remove_theme, self.pick(data, "SELECT id FROM theme"))

    @precondition(lambda self: self.ids("SELECT id FROM theme"))
    @rule(data=st.data(), position=st.integers(-1, 4))
    def ideas_move_theme(self, data, position):
        self.change(ops.ideas.move_theme, self.pick(data, "SELECT id FROM theme"), position)

    # -- agenda and live run -----------------------------------------------------------------
    @rule(title=TEXT, minutes=st.integers(0, 120), index=st.none() | st.integers(0, 5))
    def agenda_add_item(self, title, minutes, index):
        self.change(ops.agenda.add_item, title, minutes, index)

    @precondition(lambda self: self.ids("SELECT id FROM agenda_item"))
    @rule(data=st.data())
    def agenda_duplicate_item(self, data):
        self.change(ops.agenda.duplicate_item, self.pick(data, "SELECT id FROM agenda_item"))

    @precondition(lambda self: self.ids("SELECT id FROM agenda_item"))
    @rule(data=st.data())
    def agenda_remove_item(self, data):
        self.change(ops.agenda.remove_item, self.pick(data, "SELECT id FROM agenda_item"))

    @precondition(lambda self: self.ids("SELECT id FROM agenda_item"))
    @rule(data=st.data(), position=st.integers(-1, 5))
    def agenda_move_item(self, data, position):
        self.change(ops.agenda.move_item, self.pick(data, "SELECT id FROM agenda_item"), position)

    @precondition(lambda self: self.ids("SELECT id FROM agenda_item"))
    @rule(data=st.data(), row=st.integers(0, 6))
    def agenda_move_items(self, data, row):
        self.change(ops.agenda.move_items, self.some(data, "SELECT id FROM agenda_item"), row)

    @precondition(lambda self: self.ids("SELECT id FROM agenda_item"))
    @rule(data=st.data(), field=st.sampled_from(sorted(ops.agenda.FIELDS)), text=TEXT,
          minutes=st.integers(0, 90))
    def agenda_edit_item(self, data, field, text, minutes):
        value = minutes if field == "planned_minutes" else text
        self.change(ops.agenda.edit_item, self.pick(data, "SELECT id FROM agenda_item"), field,
                    value)

    @rule(name=st.sampled_from(["atelier-coconstruction", "priorites-mrc"]),
          lang=st.sampled_from(["fr", "en"]))
    def agenda_add_from_template(self, name, lang):
        self.change(ops.agenda.add_from_template, load_template(name), lang)

    @rule()
    def agenda_clear_actuals(self):
        self.change(ops.agenda.clear_actuals)

    def _actuals(self, data) -> dict[int, int]:
        items = self.ids("SELECT id FROM agenda_item")
        return {i: data.draw(st.integers(0, 3600)) for i in items[:2]}

    @rule(data=st.data(), index=st.integers(0, 3))
    def live_save(self, data, index):
        self.change(ops.live.save, {"index": index, "running": True}, self._actuals(data))

    @rule(data=st.data())
    def live_end(self, data):
        self.change(ops.live.end, {"index": 0}, self._actuals(data))

    @rule(data=st.data())
    def live_record_actuals(self, data):
        self.change(ops.live.record_actuals, self._actuals(data))

    @rule()
    def live_forget(self):
        self.change(ops.live.forget)

    # -- voting ------------------------------------------------------------------------------
    @precondition(lambda self: len(self.ids("SELECT id FROM idea")) >= 2)
    @rule(title=TEXT, anonymous=st.booleans(), budget=st.none() | st.integers(1, 4),
          cap=st.none() | st.integers(1, 3))
    def voting_create_round(self, title, anonymous, budget, cap):
        self.change(ops.voting.create_round, title, "ideas", self.ids("SELECT id FROM idea"),
                    budget, cap, anonymous)

    @precondition(lambda self: self.ids("SELECT id FROM round"))
    @rule(data=st.data(), title=TEXT, anonymous=st.booleans(), budget=st.integers(1, 4))
    def voting_change_settings(self, data, title, anonymous, budget):
        self.change(ops.voting.change_settings, self.pick(data, "SELECT id FROM round"),
                    title=title, anonymous=anonymous, budget=budget)

    @precondition(lambda self: self.ids("SELECT id FROM round"))
    @rule(data=st.data())
    def voting_open_round(self, data):
        self.change(ops.voting.open_round, self.pick(data, "SELECT id FROM round"))

    @precondition(lambda self: self.ids("SELECT id FROM round"))
    @rule(data=st.data())
    def voting_close_round(self, data):
        self.change(ops.voting.close_round, self.pick(data, "SELECT id FROM round"))

    @precondition(lambda self: self.ids("SELECT id FROM round"))
    @rule(data=st.data())
    def voting_reveal(self, data):
        self.change(ops.voting.reveal, self.pick(data, "SELECT id FROM round"))

    @precondition(lambda self: self.ids("SELECT id FROM round"))
    @rule(data=st.data())
    def voting_hide(self, data):
        self.change(ops.voting.hide, self.pick(data, "SELECT id FROM round"))

    @precondition(lambda self: self.ids("SELECT id FROM round"))
    @rule(data=st.data())
    def voting_remove_round(self, data):
        self.change(ops.voting.remove_round, self.pick(data, "SELECT id FROM round"))

    @precondition(lambda self: self.ids("SELECT id FROM round"))
    @rule(data=st.data(), top=st.integers(1, 3))
    def voting_create_runoff(self, data, top):
        self.change(ops.voting.create_runoff, self.pick(data, "SELECT id FROM round"), top=top)

    @precondition(lambda self: self.ids("SELECT id FROM round"))
    @rule(data=st.data())
    def voting_record_ballot(self, data):
        rid = self.pick(data, "SELECT id FROM round")
        who = self.pick(data, "SELECT id FROM participant", None)
        ideas = self.ids("SELECT id FROM idea")
        picks = data.draw(st.lists(st.sampled_from(ideas), max_size=3, unique=True)) if ideas else []
        ballot = {i: data.draw(st.sampled_from([1, 1, 1, 0, 2])) for i in picks}
        self.change(ops.voting.record_ballot, rid, who, ballot)

    @precondition(lambda self: self.ids("SELECT id FROM round")
                  and self.ids("SELECT id FROM idea"))
    @rule(data=st.data(), dots=st.integers(0, 9))
    def voting_record_paper_totals(self, data, dots):
        self.change(ops.voting.record_paper_totals, self.pick(data, "SELECT id FROM round"),
                    {self.pick(data, "SELECT id FROM idea"): dots})

    # -- roles -------------------------------------------------------------------------------
    @rule(name=TEXT, kind=st.none() | st.sampled_from(["community", "municipal", "autre"]))
    def roles_add_actor(self, name, kind):
        self.change(ops.roles.add_actor, name, kind)

    @rule()
    def roles_add_from_organizations(self):
        self.change(ops.roles.add_from_organizations)

    @precondition(lambda self: self.ids("SELECT id FROM actor"))
    @rule(data=st.data())
    def roles_remove_actors(self, data):
        self.change(ops.roles.remove_actors, self.some(data, "SELECT id FROM actor"))

    @precondition(lambda self: self.ids("SELECT id FROM actor"))
    @rule(data=st.data(), name=TEXT)
    def roles_rename_actor(self, data, name):
        self.change(ops.roles.rename_actor, self.pick(data, "SELECT id FROM actor"), name)

    @precondition(lambda self: self.ids("SELECT id FROM actor"))
    @rule(data=st.data(), kind=st.none() | st.sampled_from(["community", "municipal", "x"]))
    def roles_set_kind(self, data, kind):
        self.change(ops.roles.set_kind, self.pick(data, "SELECT id FROM actor"), kind)

    @precondition(lambda self: self.ids("SELECT id FROM actor"))
    @rule(data=st.data(), flagged=st.booleans())
    def roles_set_overload_flag(self, data, flagged):
        self.change(ops.roles.set_overload_flag, self.pick(data, "SELECT id FROM actor"), flagged)

    @precondition(lambda self: self.ids("SELECT id FROM actor"))
    @rule(data=st.data())
    def roles_set_levels(self, data):
        cells = data.draw(st.lists(st.tuples(
            st.sampled_from(self.ids("SELECT id FROM actor")), st.sampled_from(ROLE_KEYS),
            st.integers(-1, 4), st.integers(0, 3)), min_size=1, max_size=3))
        # the session's map, or the map of a priority (a theme: issue 16)
        priority = self.pick(data, "SELECT id FROM theme", None)
        self.change(ops.roles.set_levels, cells,
                    None if priority is None else ("themes", priority))

    # -- ideas held for approval (issue 15) and the session's evaluation (issue 16) -----------
    @rule(data=st.data())
    def ideas_approve_held(self, data):
        self.change(ops.ideas.approve_held, self.some_or_none(data, "SELECT id FROM room_pending_idea"))

    @rule(data=st.data())
    def ideas_reject_held(self, data):
        self.change(ops.ideas.reject_held, self.some_or_none(data, "SELECT id FROM room_pending_idea"))

    @precondition(lambda self: self.ids("SELECT id FROM agenda_item"))
    @rule(data=st.data(), on=st.booleans())
    def agenda_set_evaluation_item(self, data, on):
        self.change(ops.agenda.set_evaluation_item, self.pick(data, "SELECT id FROM agenda_item"),
                    on)

    @rule()
    def agenda_add_evaluation_item(self):
        self.change(ops.agenda.add_evaluation_item)

    @rule(ratings=st.dictionaries(st.integers(0, 6), st.integers(-1, 40), max_size=5),
          keep=st.lists(TEXT, max_size=2), change=st.lists(st.text(max_size=8), max_size=2))
    def agenda_record_evaluation(self, ratings, keep, change):
        self.change(ops.agenda.record_evaluation, ratings, keep, change)

    # -- decisions and actions ---------------------------------------------------------------
    @rule(text=st.text(max_size=12))
    def decisions_add_decision(self, text):
        self.change(ops.decisions.add_decision, text)

    @precondition(lambda self: self.ids("SELECT id FROM decision"))
    @rule(data=st.data())
    def decisions_remove_decision(self, data):
        self.change(ops.decisions.remove_decision, self.pick(data, "SELECT id FROM decision"))

    @precondition(lambda self: self.ids("SELECT id FROM decision"))
    @rule(data=st.data(), number=st.sampled_from(["2026-01", "A-1", "", "2026-02"]))
    def decisions_renumber(self, data, number):
        self.change(ops.decisions.renumber, self.pick(data, "SELECT id FROM decision"), number)

    @precondition(lambda self: self.ids("SELECT id FROM decision"))
    @rule(data=st.data(), text=st.text(max_size=12))
    def decisions_edit_text(self, data, text):
        self.change(ops.decisions.edit_text, self.pick(data, "SELECT id FROM decision"), text)

    @precondition(lambda self: self.ids("SELECT id FROM decision"))
    @rule(data=st.data(), field=st.sampled_from(sorted(ops.decisions.PEOPLE)))
    def decisions_set_person(self, data, field):
        self.change(ops.decisions.set_person, self.pick(data, "SELECT id FROM decision"), field,
                    self.pick(data, "SELECT id FROM participant", None))

    @precondition(lambda self: self.ids("SELECT id FROM decision"))
    @rule(data=st.data(), outcome=st.sampled_from(["adopted", "rejected", "deferred"]))
    def decisions_set_outcome(self, data, outcome):
        self.change(ops.decisions.set_outcome, self.pick(data, "SELECT id FROM decision"),
                    outcome)

    @precondition(lambda self: self.ids("SELECT id FROM decision"))
    @rule(data=st.data(), counts=st.tuples(*[st.none() | st.integers(-1, 9)] * 3))
    def decisions_set_counts(self, data, counts):
        self.change(ops.decisions.set_counts, self.pick(data, "SELECT id FROM decision"), *counts)

    @rule(pattern=st.sampled_from(["{yyyy}-{nnn}", "R-{nn}", "{nope}", ""]))
    def decisions_set_pattern(self, pattern):
        self.change(ops.decisions.set_pattern, pattern)

    @rule(rule_=st.sampled_from(["double_majority", "majority_voices"]))
    def session_set_council(self, rule_):
        self.change(ops.session.set_council, rule=rule_)

    @rule()
    def session_clear_council(self):
        self.change(ops.session.clear_council)

    @precondition(lambda self: self.ids("SELECT id FROM decision"))
    @rule(data=st.data())
    def decisions_start_roll_call(self, data):
        self.change(ops.decisions.start_roll_call, self.pick(data, "SELECT id FROM decision"))

    @precondition(lambda self: self.ids("SELECT id FROM decision"))
    @rule(data=st.data())
    def decisions_record_roll_call(self, data):
        members = self.ids("SELECT id FROM participant")
        votes = {m: data.draw(st.sampled_from(["for", "against", "abstain", "absent"]))
                 for m in members[:3]}
        self.change(ops.decisions.record_roll_call, self.pick(data, "SELECT id FROM decision"),
                    votes, data.draw(st.sampled_from([None, "for", "against"])))

    @precondition(lambda self: self.ids("SELECT id FROM decision"))
    @rule(data=st.data())
    def decisions_clear_roll_call(self, data):
        self.change(ops.decisions.clear_roll_call, self.pick(data, "SELECT id FROM decision"))

    @rule(text=st.text(max_size=12), owner=st.none() | TEXT,
          due=st.sampled_from([None, "", "2027-06-30", "30/06/2027", "2027-02-30"]))
    def decisions_add_action(self, text, owner, due):
        self.change(ops.decisions.add_action, text, owner, due)

    @precondition(lambda self: self.ids("SELECT id FROM idea"))
    @rule(data=st.data())
    def decisions_add_action_from_idea(self, data):
        self.change(ops.decisions.add_action_from_idea, self.pick(data, "SELECT id FROM idea"))

    @precondition(lambda self: self.ids("SELECT id FROM action"))
    @rule(data=st.data())
    def decisions_remove_action(self, data):
        self.change(ops.decisions.remove_action, self.pick(data, "SELECT id FROM action"))

    @precondition(lambda self: self.ids("SELECT id FROM action"))
    @rule(data=st.data(), done=st.booleans())
    def decisions_set_action_done(self, data, done):
        self.change(ops.decisions.set_action_done, self.pick(data, "SELECT id FROM action"), done)

    @precondition(lambda self: self.ids("SELECT id FROM action"))
    @rule(data=st.data(), due=st.sampled_from([None, "2027-01-15", "demain"]))
    def decisions_set_action_due(self, data, due):
        self.change(ops.decisions.set_action_due, self.pick(data, "SELECT id FROM action"), due)

    @precondition(lambda self: self.ids("SELECT id FROM action"))
    @rule(data=st.data(), text=st.text(max_size=12))
    def decisions_set_action_text(self, data, text):
        self.change(ops.decisions.set_action_text, self.pick(data, "SELECT id FROM action"), text)

    @precondition(lambda self: self.ids("SELECT id FROM action"))
    @rule(data=st.data(), owner=st.none() | TEXT)
    def decisions_set_action_owner(self, data, owner):
        self.change(ops.decisions.set_action_owner, self.pick(data, "SELECT id FROM action"),
                    owner)

    # -- the session -------------------------------------------------------------------------
    @rule(field=st.sampled_from(["title", "place", "organizer", "notes", "language",
                                 "hide_authors", "start_time", "facilitators"]),
          text=st.text(max_size=10), flag=st.booleans())
    def session_edit(self, field, text, flag):
        value = {"hide_authors": flag, "language": "en" if flag else "fr",
                 "facilitators": [text], "start_time": "09:30" if flag else "13:00"}.get(field, text)
        self.change(ops.session.edit, field, value)

    @precondition(lambda self: ops.session.reuse_council not in self.ran)  # slow: once a run
    @rule()
    def session_reuse_council(self):
        self.change(ops.session.reuse_council, self.other)

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


Session.TestCase.settings = settings(max_examples=40, stateful_step_count=40, deadline=None,
                                     suppress_health_check=list(HealthCheck))
TestUndoRedo = pytest.mark.slow(Session.TestCase)   # about a minute


def test_every_operation_is_a_rule():
    """Each public operation of facilitator.ops is driven by a rule of the machine above, named
    <module>_<operation>: a new operation without one fails here."""
    missing = []
    for module in ops.MODULES:
        short = module.__name__.rsplit(".", 1)[1]
        for name in ops.operations(module):
            method = getattr(Session, f"{short}_{name}", None)
            if method is None or not hasattr(method, "hypothesis_stateful_rule"):
                missing.append(f"{short}.{name}")
    assert missing == []

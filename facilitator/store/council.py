"""A council meeting's data: each participant's municipality, voices, population and group; the
council's decision rule; each decision's roll call, casting vote and recorded quorum.

The rules themselves live in ``facilitator.council``; this repository only stores what they
need and records what they computed.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from .. import council as rules
from .base import Repository, opt


@dataclass(frozen=True)
class MemberInfo:
    """What a participant holds as a council member (or as a member of a group)."""
    municipality: str | None = None
    voices: int | None = None        # None: not a voting member of the council
    population: int | None = None    # of the member's municipality
    group: str | None = None


_MEMBER_FIELDS = {"municipality", "voices", "population", "group"}
QUORUM_KEYS = ("met", "members_present", "members_total", "voices_present", "voices_total",
               "members_needed", "voices_needed")


class CouncilData(Repository):
    # -- members --------------------------------------------------------------------------
    def info(self) -> dict[int, MemberInfo]:
        """Every participant's council details, by participant id."""
        return {r[0]: MemberInfo(r[1], r[2], r[3], r[4]) for r in self.conn.execute(
            "SELECT id, municipality, voices, population, group_name FROM participant")}

    def set_member(self, pid: int, **fields) -> None:
        """Change a participant's municipality, voices, population or group. Blank text
        becomes None; voices and population are whole numbers >= 0 or None."""
        unknown = set(fields) - _MEMBER_FIELDS
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        row = {}
        for key, value in fields.items():
            if key in ("voices", "population"):
                if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                          or value < 0):
                    raise ValueError(f"{key} must be a whole number >= 0")
            else:
                value = opt(value)
            row["group_name" if key == "group" else key] = value
        if row:
            sets = ", ".join(f"{k} = ?" for k in row)
            self.conn.execute(f"UPDATE participant SET {sets} WHERE id = ?",
                              (*row.values(), pid))

    def members(self) -> list[rules.Member]:
        """The council's voting members (participants with a number of voices), in the
        participants' order."""
        return [rules.Member(r[0], r[1], r[2], r[3] or 0) for r in self.conn.execute(
            "SELECT id, municipality, voices, population FROM participant "
            "WHERE voices IS NOT NULL ORDER BY position, id")]

    def groups(self) -> dict[int, str]:
        """Participant id -> group, for those who belong to one."""
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT id, group_name FROM participant WHERE group_name IS NOT NULL")}

    # -- settings -------------------------------------------------------------------------
    def settings(self) -> rules.Council | None:
        """The council's rule, or None when the session is not a council meeting."""
        r = self.conn.execute("SELECT rule, prefect_id, prefect_at_large, quorum FROM council "
                              "WHERE id = 1").fetchone()
        if r is None:
            return None
        return rules.Council(rule=r[0], prefect=r[1], prefect_at_large=bool(r[2]), quorum=r[3])

    def set_settings(self, rule: str = "double_majority", prefect: int | None = None,
                     prefect_at_large: bool = False,
                     quorum: str | None = "third_members_half_voices") -> None:
        """Make the session a council meeting with these settings (or change them)."""
        rules.Council(rule, prefect, prefect_at_large, quorum)   # checks rule and quorum
        self.conn.execute(
            "INSERT INTO council (id, rule, prefect_id, prefect_at_large, quorum) "
            "VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET rule = excluded.rule, "
            "prefect_id = excluded.prefect_id, prefect_at_large = excluded.prefect_at_large, "
            "quorum = excluded.quorum", (rule, prefect, int(bool(prefect_at_large)), quorum))

    def clear_settings(self) -> None:
        """The session is no longer a council meeting (roll calls already taken are kept)."""
        self.conn.execute("DELETE FROM council")

    def quorum_now(self) -> rules.Quorum | None:
        """The quorum as it stands with the participants marked present (None when the session
        is not a council meeting or its council has no quorum rule)."""
        council = self.settings()
        if council is None:
            return None
        present = [r[0] for r in self.conn.execute(
            "SELECT id FROM participant WHERE present AND voices IS NOT NULL")]
        return rules.quorum(council, self.members(), present)

    # -- roll calls -----------------------------------------------------------------------
    def roll_call(self, decision_id: int) -> dict[int, str]:
        """Each member's vote on the decision (empty when no roll call was taken)."""
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT r.participant_id, r.vote FROM roll_call r JOIN participant p "
            "ON p.id = r.participant_id WHERE r.decision_id = ? ORDER BY p.position, p.id",
            (decision_id,))}

    def casting_vote(self, decision_id: int) -> str | None:
        r = self.conn.execute("SELECT casting_vote FROM decision_council WHERE decision_id = ?",
                              (decision_id,)).fetchone()
        return r[0] if r else None

    def recorded_quorum(self, decision_id: int) -> rules.Quorum | None:
        """The quorum as it stood when the roll call was taken."""
        r = self.conn.execute("SELECT quorum FROM decision_council WHERE decision_id = ?",
                              (decision_id,)).fetchone()
        if not r or not r[0]:
            return None
        return rules.Quorum(**{k: json.loads(r[0])[k] for k in QUORUM_KEYS})

    def outcome(self, decision_id: int) -> rules.Outcome | None:
        """The roll call's outcome under the council's rule (None: no roll call, or the session
        is not a council meeting)."""
        council = self.settings()
        votes = self.roll_call(decision_id)
        if council is None or not votes:
            return None
        recorded = self.recorded_members(decision_id)
        if recorded is not None:      # the members and the rule as they stood at the decision
            council, members = recorded
        else:
            members = self.members()
        ids = {m.id for m in members}
        return rules.decide(council, members, {k: v for k, v in votes.items() if k in ids},
                            self.casting_vote(decision_id))

    def recorded_members(self, decision_id: int) -> tuple[rules.Council, list] | None:
        """The council's rule and its members' voices and populations when the roll call was
        taken (None for a roll call recorded before they were kept)."""
        r = self.conn.execute("SELECT members FROM decision_council WHERE decision_id = ?",
                              (decision_id,)).fetchone()
        if not r or not r[0]:
            return None
        data = json.loads(r[0])
        council = rules.Council(**data["council"])
        return council, [rules.Member(*m) for m in data["members"]]

    def take_roll_call(self, decision_id: int, votes: dict[int, str],
                       casting_vote: str | None = None, *,
                       quorum: rules.Quorum | None | str = "compute",
                       outcome: str | None = None) -> rules.Outcome:
        """Record the roll call on a decision, computed by the council's rule: every member
        missing from ``votes`` is absent. The decision's outcome becomes the rule's (or
        ``outcome`` when given and it agrees with the rule; else ValueError); its show-of-hands
        counts are cleared (the minutes explain the roll call instead). The quorum is recorded
        as it stands among the members not absent (or ``quorum`` as given, on import)."""
        council = self.settings()
        if council is None:
            raise ValueError("the session is not a council meeting")
        members = self.members()
        full = {m.id: votes.get(m.id, "absent") for m in members}
        result = rules.decide(council, members, full, casting_vote)
        recorded = outcome or self.conn.execute(
            "SELECT outcome FROM decision WHERE id = ?", (decision_id,)).fetchone()[0]
        if outcome is not None and not rules.agrees(outcome, result):
            raise ValueError(f"outcome {outcome!r} contradicts the roll call")
        if not rules.agrees(recorded, result):
            recorded = rules.outcome_key(result)
        if quorum == "compute":
            quorum = rules.quorum(council, members,
                                  [k for k, v in full.items() if v != "absent"],
                                  [k for k, v in full.items() if v == "conflict"])
        self.conn.execute("DELETE FROM roll_call WHERE decision_id = ?", (decision_id,))
        self.conn.executemany(
            "INSERT INTO roll_call (decision_id, participant_id, vote) VALUES (?, ?, ?)",
            [(decision_id, k, v) for k, v in full.items()])
        snapshot = {"council": asdict(council),
                    "members": [[m.id, m.municipality, m.voices, m.population] for m in members]}
        self.conn.execute(
            "INSERT INTO decision_council (decision_id, casting_vote, quorum, members) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (decision_id) DO UPDATE SET "
            "casting_vote = excluded.casting_vote, quorum = excluded.quorum, "
            "members = excluded.members",
            (decision_id, casting_vote if result.casting_vote else None,
             json.dumps(asdict(quorum)) if quorum is not None else None,
             json.dumps(snapshot)))
        self.conn.execute("UPDATE decision SET outcome = ?, votes_for = NULL, "
                          "votes_against = NULL, abstentions = NULL WHERE id = ?",
                          (recorded, decision_id))
        return result

    def clear_roll_call(self, decision_id: int) -> None:
        """Back to a show-of-hands decision."""
        self.conn.execute("DELETE FROM roll_call WHERE decision_id = ?", (decision_id,))
        self.conn.execute("DELETE FROM decision_council WHERE decision_id = ?", (decision_id,))

    # -- anonymous rounds by group ------------------------------------------------------------
    def add_group_ballot(self, round_id: int, participant_id: int,
                         dots: dict[int, int]) -> None:
        """An anonymous ballot was cast by this participant: when they belong to a group, add
        its dots to the group's unnamed totals and count one ballot for the group."""
        r = self.conn.execute("SELECT group_name FROM participant WHERE id = ?",
                              (participant_id,)).fetchone()
        if not r or not r[0]:
            return
        group = r[0]
        self.conn.execute(
            "INSERT INTO group_ballots (round_id, group_name, voters) VALUES (?, ?, 1) "
            "ON CONFLICT (round_id, group_name) DO UPDATE SET voters = voters + 1",
            (round_id, group))
        self.conn.executemany(
            "INSERT INTO group_dots (round_id, group_name, item_id, dots) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (round_id, group_name, item_id) DO UPDATE SET dots = dots + excluded.dots",
            [(round_id, group, item, d) for item, d in dots.items() if d > 0])

    def set_group_tally(self, round_id: int, group: str, ballots: int,
                        dots: dict[int, int]) -> None:
        """A group's totals of an anonymous round as a whole (an archive being imported)."""
        self.conn.execute(
            "INSERT OR REPLACE INTO group_ballots (round_id, group_name, voters) VALUES (?, ?, ?)",
            (round_id, group, ballots))
        self.conn.executemany(
            "INSERT OR REPLACE INTO group_dots (round_id, group_name, item_id, dots) "
            "VALUES (?, ?, ?, ?)", [(round_id, group, item, n) for item, n in dots.items() if n])

    def group_tallies(self, round_id: int) -> tuple[dict[str, dict[int, int]], dict[str, int]]:
        """(group -> {item: dots}, group -> ballots) of an anonymous round."""
        dots: dict[str, dict[int, int]] = {}
        for g, item, d in self.conn.execute(
                "SELECT group_name, item_id, dots FROM group_dots WHERE round_id = ?",
                (round_id,)):
            dots.setdefault(g, {})[item] = d
        voters = {g: n for g, n in self.conn.execute(
            "SELECT group_name, voters FROM group_ballots WHERE round_id = ?", (round_id,))}
        return dots, voters

    def breakdown(self, round_id: int):
        """The round's results by group (facilitator.groups.breakdown)."""
        from ..groups import breakdown

        rnd = self.store.voting.round(round_id)
        votes = self.store.voting.votes(round_id)
        if rnd.anonymous:
            dots, voters = self.group_tallies(round_id)
            return breakdown(rnd, votes, {}, anonymous_dots=dots, anonymous_voters=voters)
        return breakdown(rnd, votes, self.groups())


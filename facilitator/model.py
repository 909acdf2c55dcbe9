"""Plain domain types of a session. No behaviour beyond small conveniences; rules live in
agenda.py, voting.py, rolemap.py; storage in store/."""
from __future__ import annotations

from dataclasses import dataclass, field

OUTCOMES = ("adopted", "adopted_unanimously", "rejected", "deferred")
ROUND_STATUSES = ("draft", "open", "closed")
ROUND_TARGETS = ("ideas", "themes")
ACTION_STATUSES = ("open", "done")


@dataclass
class Session:
    title: str
    date: str | None = None            # YYYY-MM-DD
    start_time: str | None = None      # HH:MM
    end_time: str | None = None        # HH:MM, optional planned end
    place: str | None = None
    organizer: str | None = None
    facilitators: list[str] = field(default_factory=list)
    language: str = "fr"
    notes: str | None = None
    decision_pattern: str = "{yyyy}-{nnn}"
    hide_authors: bool = False


@dataclass
class Participant:
    id: int
    name: str
    organization: str | None = None
    present: bool = False
    email: str | None = None


@dataclass
class AgendaItem:
    id: int
    title: str
    objective: str | None = None
    method: str | None = None
    planned_minutes: int = 0
    actual_seconds: int | None = None
    notes: str | None = None
    materials: str | None = None
    position: int = 0


@dataclass
class Theme:
    id: int
    title: str
    color: str | None = None
    position: int = 0


@dataclass
class Idea:
    id: int
    text: str
    theme_id: int | None = None
    agenda_item_id: int | None = None
    author_id: int | None = None
    created_at: str = ""


@dataclass(slots=True)
class Vote:
    id: int
    round_id: int
    item_id: int
    participant_id: int | None
    dots: int
    ballot: bool = False   # unnamed dots from anonymous ballots (False: counted on paper)


@dataclass
class Round:
    id: int
    title: str
    target: str = "ideas"
    candidates: list[int] = field(default_factory=list)
    dots_per_participant: int = 3
    max_per_item: int | None = None
    anonymous: bool = True
    status: str = "draft"
    revealed: bool = False
    position: int = 0


@dataclass
class Actor:
    id: int
    name: str
    kind: str | None = None
    # role key -> (current, desired); a role absent means (0, 0)
    roles: dict[str, tuple[int, int]] = field(default_factory=dict)
    # the facilitator marked holding many roles as a risk for this actor (rolemap's overload)
    overload_flag: bool = False


@dataclass
class Decision:
    id: int
    number: str
    text: str
    proposed_by: int | None = None
    seconded_by: int | None = None
    outcome: str = "adopted"
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    position: int = 0


@dataclass
class Action:
    id: int
    text: str
    owner: str | None = None
    due: str | None = None
    status: str = "open"
    idea_id: int | None = None
    position: int = 0

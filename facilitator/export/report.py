"""One view of a session for every export format: `build_report(store)` reads the session
once and returns plain dataclasses holding the text to show, already in the report's language.

The formats (pdf, docx, markdown, csv) only lay this out; they never read the store nor apply
a rule themselves. User text is kept exactly as typed here: each format escapes it for itself.
Rules come from their own modules (schedule: `agenda`, tallies: `voting`, coverage and gaps:
`rolemap`); this module only assembles.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import agenda as agenda_rules
from .. import decisions as decision_rules
from .. import rolemap, voting
from ..roles import LEVELS, ROLES, heading, level_label, role, source
from . import report_demarche
from .labels import SECTIONS, fmt_date, fmt_length, fmt_minutes, fmt_share, label, norm_lang

#: Longest candidate label in a ranking (the whole idea is in the ideas section).
LABEL_MAX = 300


# -- the view ------------------------------------------------------------------------------
@dataclass
class TitlePage:
    title: str
    date: str                   # written out ("12 novembre 2026"), "" when unknown
    date_iso: str | None
    start_time: str             # "9:00", "" when unknown
    place: str | None
    organizer: str | None
    facilitators: list[str]


@dataclass
class Person:
    name: str
    organization: str | None = None


@dataclass
class Attendance:
    present: list[Person]
    absent: list[Person]


@dataclass
class AgendaRow:
    number: int
    title: str
    start: str                  # "9:05" or "" without a start time
    end: str
    planned_minutes: int
    planned: str                # "45 min"
    actual_seconds: int | None  # None: not run
    actual: str                 # "47 min" or "—"
    overrun_seconds: int        # > 0 when the item ran longer than planned
    overrun: str                # "+2 min" or ""
    objective: str | None
    method: str | None
    # never the facilitator's notes nor materials: they are in the facilitation guide only


@dataclass
class AgendaSection:
    rows: list[AgendaRow]
    total_planned: str
    total_actual: str
    total_overrun: str
    # the session's evaluation, after the agenda (issue 16: report_demarche.EvaluationSection)
    evaluation: object | None = None

    @property
    def clock(self) -> bool:
        """Whether the items have clock times (the session has a start time)."""
        return any(row.start for row in self.rows)

    def header_keys(self) -> list[str]:
        """The label keys of the agenda table's columns, in every format."""
        keys = ["item_no", "item"] + (["start", "end"] if self.clock else [])
        return keys + ["planned", "actual", "overrun"]


@dataclass
class IdeaRow:
    text: str
    author: str | None          # None when unknown or when the session hides authors


@dataclass
class ThemeGroup:
    title: str                  # "Sans thème" for ideas without a theme (always last)
    color: str | None
    themed: bool
    ideas: list[IdeaRow]
    count_text: str = ""        # "3 idées"

    @property
    def count(self) -> int:
        return len(self.ideas)


@dataclass
class IdeasSection:
    groups: list[ThemeGroup]
    total: int
    theme_count: int


@dataclass
class RankRow:
    rank: int
    tied: bool                  # ex aequo with another row
    label: str                  # candidate text (shortened to LABEL_MAX)
    dots: int
    share: float                # 0..1
    share_text: str             # "12,5 %"
    voters: int
    names: list[str] = field(default_factory=list)   # only in named rounds


@dataclass
class RoundSection:
    title: str
    settings: list[str]         # sentences: target, budget, cap, anonymity, status
    anonymous: bool             # then no voter count nor name is shown
    dots_total: int
    voters_total: int
    totals: str                 # "28 points placés par 9 votants"
    rows: list[RankRow]
    groups: str = ""            # « Par groupe : élus : logement 1er ; … », or why it is
                                #   withheld (facilitator.groups)


@dataclass
class ActorRow:
    name: str
    kind: str | None
    current: list[int]          # one level 0..3 per role, in ROLES order
    desired: list[int]


@dataclass
class WheelSegment:
    key: str
    label: str
    description: str
    current_counts: tuple[int, ...]   # actors at level 0, 1, 2, 3 today (rolemap.coverage)
    desired_counts: tuple[int, ...]
    held_current: int           # actors holding the role (level rolemap.HELD or more) today
    held_desired: int           # ... as desired
    current_total: int          # sum of current levels
    desired_total: int


@dataclass
class RoleMapSection:
    role_labels: list[str]
    actors: list[ActorRow]
    gaps: list[str]             # rolemap.gap_sentences: each gap's size and who could close it
    wheel: list[WheelSegment]
    level_labels: list[str]
    heading: str = ""           # « Sept rôles en soutien au changement systémique »
    source: str = ""            # where the roles come from (Communagir, Sinha & Draimin)
    # the role map of each priority (issue 16: report_demarche.PriorityRoles)
    priorities: list = field(default_factory=list)


@dataclass
class DecisionRow:
    heading: str                # « Résolution CM-2026-11-045 »
    number: str
    text: str
    outcome: str                # key: adopted, adopted_unanimously, rejected, deferred
    outcome_label: str
    proposed_by: str | None
    seconded_by: str | None
    votes_for: int | None
    votes_against: int | None
    abstentions: int | None
    body: str                   # « Il est proposé par X, appuyé par Y et résolu à
                                #   l'unanimité d'adopter … » (decisions.wording)
    conclusion: str             # « La proposition est rejetée (pour : 2 ; contre : 4). », "" …
    # a council's roll call (export.council_minutes): the conflicts declared (before the
    # resolution), who voted how and the quorum (after it); the conclusion is then the rule's
    # one-line explanation (« Adoptée : 14 voix sur 22 exprimées, 63 % de la population »)
    conflicts: list[str] = field(default_factory=list)
    roll_call: str = ""
    quorum: str = ""

    @property
    def sentence(self) -> str:
        """The whole resolution in one paragraph (the CSV's wording, the Décisions page)."""
        return " ".join(part for part in (self.body, self.conclusion) if part)


@dataclass
class ActionRow:
    text: str
    owner: str | None
    due: str                    # written-out date, "" when none
    due_iso: str | None
    status: str                 # open / done
    status_label: str


@dataclass
class Report:
    lang: str
    title_page: TitlePage
    include: frozenset[str]
    attendance: Attendance | None = None
    agenda: AgendaSection | None = None
    ideas: IdeasSection | None = None
    rounds: list[RoundSection] | None = None
    roles: RoleMapSection | None = None
    decisions: list[DecisionRow] | None = None
    actions: list[ActionRow] | None = None
    hide_authors: bool = False

    def label(self, key: str, **params: object) -> str:
        return label(key, self.lang, **params)

    def sections(self) -> list[str]:
        """The section keys present, in report order."""
        return [k for k in SECTIONS if getattr(self, _ATTR[k]) is not None]


_ATTR = {"attendance": "attendance", "agenda": "agenda", "ideas": "ideas", "votes": "rounds",
         "roles": "roles", "decisions": "decisions", "actions": "actions"}


# -- building it -----------------------------------------------------------------------------
def build_report(store, lang: str | None = None, include: set[str] | None = None) -> Report:
    """Read the session in `store` into a Report in `lang` (default: the session's language).

    include: the section keys to keep (see labels.SECTIONS); None keeps them all. The title
    page is always there. An unknown key raises ValueError naming it. The facilitator's notes
    are never part of the minutes (they are private; see export.guide)."""
    session = store.session.get()
    lang = norm_lang(lang or session.language)
    if include is None:
        keep = frozenset(SECTIONS)
    else:
        unknown = set(include) - set(SECTIONS)
        if unknown:
            raise ValueError(f"unknown report sections: {', '.join(sorted(unknown))}")
        keep = frozenset(include)

    people = store.participants.list()
    names = {p.id: p.name for p in people}
    report = Report(lang=lang, include=keep, hide_authors=session.hide_authors,
                    title_page=TitlePage(
                        title=session.title, date=fmt_date(session.date, lang),
                        date_iso=session.date, start_time=_clock(session.start_time),
                        place=session.place, organizer=session.organizer,
                        facilitators=list(session.facilitators)))
    items = store.agenda.list() if "agenda" in keep else []
    if "attendance" in keep:
        report.attendance = Attendance(
            present=[Person(p.name, p.organization) for p in people if p.present],
            absent=[Person(p.name, p.organization) for p in people if not p.present])
    if "agenda" in keep:
        report.agenda = _agenda(items, session.start_time, lang)
        report.agenda.evaluation = report_demarche.evaluation(store, lang)  # issue 16
    ideas = store.ideas.list() if {"ideas", "votes"} & keep else []
    themes = store.ideas.themes() if {"ideas", "votes"} & keep else []
    if "ideas" in keep:
        report.ideas = _ideas(ideas, themes, names, session.hide_authors, lang)
    if "votes" in keep:
        report.rounds = _rounds(store, ideas, themes, names, lang)
    if "roles" in keep:
        report.roles = _roles(store.actors.list(), lang)
        report.roles.priorities = report_demarche.priorities(store, lang)  # issue 16
    if "decisions" in keep:
        report.decisions = [_decision(d, names, lang) for d in store.decisions.list()]
        from .council_minutes import annotate   # council roll calls (issue 17)

        annotate(store, report.decisions, names, lang)
    if "actions" in keep:
        report.actions = [
            ActionRow(text=a.text, owner=a.owner, due=fmt_date(a.due, lang), due_iso=a.due,
                      status=a.status, status_label=label(f"action_{a.status}", lang))
            for a in store.decisions.actions()]
    return report


def _clock(hhmm: str | None) -> str:
    try:
        minutes = agenda_rules.parse_hhmm(hhmm)
    except ValueError:
        return hhmm or ""
    return "" if minutes is None else agenda_rules.fmt_hhmm(minutes)


def _agenda(items, start_time: str | None, lang: str) -> AgendaSection:
    try:
        slots = {s.item_id: s for s in agenda_rules.schedule(items, start_time)}
    except ValueError:
        slots = {}
    rows = []
    total_actual = total_over = 0
    for n, it in enumerate(items, 1):
        slot = slots.get(it.id)
        planned_s = max(0, it.planned_minutes) * 60
        over = 0
        if it.actual_seconds is not None:
            total_actual += it.actual_seconds
            over = max(0, it.actual_seconds - planned_s)
            total_over += over
        rows.append(AgendaRow(
            number=n, title=it.title,
            start=agenda_rules.fmt_hhmm(slot.start) if slot else "",
            end=agenda_rules.fmt_hhmm(slot.end) if slot else "",
            planned_minutes=it.planned_minutes, planned=fmt_minutes(it.planned_minutes, lang),
            actual_seconds=it.actual_seconds,
            actual=(fmt_length(it.actual_seconds, lang)
                    if it.actual_seconds is not None else label("not_run", lang)),
            overrun_seconds=over, overrun=_plus(over, lang),
            objective=it.objective, method=it.method))
    run_any = any(it.actual_seconds is not None for it in items)
    return AgendaSection(
        rows=rows, total_planned=fmt_minutes(agenda_rules.total_minutes(items), lang),
        total_actual=(fmt_length(total_actual, lang) if run_any
                      else label("not_run", lang)),
        total_overrun=_plus(total_over, lang))


def _plus(seconds: int, lang: str) -> str:
    return "+" + fmt_length(seconds, lang) if seconds >= 60 else ""


def _ideas(ideas, themes, names, hide_authors: bool, lang: str) -> IdeasSection:
    by_theme: dict[int | None, list[IdeaRow]] = {}
    known = {t.id for t in themes}
    for i in ideas:
        key = i.theme_id if i.theme_id in known else None
        author = None if hide_authors else names.get(i.author_id)
        by_theme.setdefault(key, []).append(IdeaRow(i.text, author))
    groups = [ThemeGroup(t.title, t.color, True, by_theme.get(t.id, [])) for t in themes]
    if by_theme.get(None):
        groups.append(ThemeGroup(label("unthemed", lang), None, False, by_theme[None]))
    for g in groups:
        g.count_text = label("idea_count", lang, n=g.count)
    return IdeasSection(groups=groups, total=len(ideas), theme_count=len(themes))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_MAX else text[:LABEL_MAX - 1].rstrip() + "…"


def _rounds(store, ideas, themes, names, lang: str) -> list[RoundSection]:
    idea_text = {i.id: i.text for i in ideas}
    theme_title = {t.id: t.title for t in themes}
    out = []
    for rnd in store.voting.rounds():
        votes = store.voting.votes(rnd.id)
        standings = voting.tally(rnd, votes)
        # names only ever for a named round, whatever who_voted returns
        who = {} if rnd.anonymous else voting.who_voted(rnd, votes)
        pool = idea_text if rnd.target == "ideas" else theme_title
        rank_count: dict[int, int] = {}
        for s in standings:
            rank_count[s.rank] = rank_count.get(s.rank, 0) + 1
        rows = []
        for s in standings:
            voter_names = []
            for pid, dots in who.get(s.item_id, []):
                name = names.get(pid) if pid is not None else label("paper_ballots", lang)
                voter_names.append(f"{name or '?'} ({dots})")
            rows.append(RankRow(
                rank=s.rank, tied=rank_count[s.rank] > 1,
                label=_short(pool.get(s.item_id, "?")), dots=s.dots, share=s.share,
                share_text=fmt_share(s.share, lang), voters=s.voters, names=voter_names))
        dots_total = sum(v.dots for v in votes)
        voters_total = len({v.participant_id for v in votes if v.participant_id is not None})
        settings = [label(f"target_{rnd.target}", lang),
                    (label("dots_per_participant_one", lang) if rnd.dots_per_participant == 1
                     else label("dots_per_participant", lang, n=rnd.dots_per_participant)),
                    (label("max_per_item", lang, n=rnd.max_per_item) if rnd.max_per_item
                     else label("no_cap", lang)),
                    label("anonymous" if rnd.anonymous else "named", lang),
                    label(f"status_{rnd.status}", lang)]
        out.append(RoundSection(
            title=rnd.title, settings=settings, anonymous=rnd.anonymous,
            dots_total=dots_total, voters_total=voters_total,
            totals=(label("round_totals_anonymous", lang, dots=dots_total) if rnd.anonymous
                    else label("round_totals", lang, dots=dots_total, voters=voters_total)),
            rows=rows))
        if store.council.groups():    # results by group of participants (issue 17)
            from .. import groups

            out[-1].groups = groups.describe(store.council.breakdown(rnd.id),
                                             {k: _short(v) for k, v in pool.items()}, lang)
    return out


def _roles(actors, lang: str) -> RoleMapSection:
    current = rolemap.level_matrix(actors, "current")
    desired = rolemap.level_matrix(actors, "desired")
    rows = [ActorRow(a.name, rolemap.kind_label(a.kind, lang) or None, list(c), list(d))
            for a, c, d in zip(actors, current, desired)]
    gaps = rolemap.gap_sentences(actors, lang)
    wheel = []
    for cov in rolemap.coverage(actors):
        r = role(cov.role)
        wheel.append(WheelSegment(
            key=r.key, label=r.label(lang), description=r.description(lang),
            current_counts=tuple(cov.current), desired_counts=tuple(cov.desired),
            held_current=sum(cov.current[rolemap.HELD:]),
            held_desired=sum(cov.desired[rolemap.HELD:]),
            current_total=sum(lv * n for lv, n in enumerate(cov.current)),
            desired_total=sum(lv * n for lv, n in enumerate(cov.desired))))
    return RoleMapSection(role_labels=[r.label(lang) for r in ROLES], actors=rows, gaps=gaps,
                          wheel=wheel, level_labels=[level_label(v, lang) for v in LEVELS],
                          heading=heading(lang), source=source(lang))


def _decision(d, names, lang: str) -> DecisionRow:
    words = decision_rules.wording(d, names, lang)
    return DecisionRow(
        heading=label("resolution", lang, number=d.number), number=d.number, text=d.text,
        outcome=d.outcome, outcome_label=label(f"outcome_{d.outcome}", lang),
        proposed_by=names.get(d.proposed_by) if d.proposed_by is not None else None,
        seconded_by=names.get(d.seconded_by) if d.seconded_by is not None else None,
        votes_for=d.votes_for, votes_against=d.votes_against, abstentions=d.abstentions,
        body=words.body, conclusion=words.conclusion)

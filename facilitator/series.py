"""A démarche's report (issue 16): one report across the sessions of an accompaniment, in
order of date.

`load(paths)` reads each session file (read only) into a `SessionData`; `build(sessions,
lang)` makes a small document model (`Doc`: headings, paragraphs, bullet lists, tables) that
three writers print: Markdown (export/series_md.py), PDF (export/series_pdf.py) and Word
(export/series_docx.py). `write(paths, fmt, out)` does it all, never leaving half a file.

The report holds: the sessions (and a note when two of them are not linked: files that were not
made « à la suite de… » are accepted, ordered by date); every action with its owner, due date
and status at each session, the overdue ones first; the register of every numbered decision
with its outcome; the top candidates of each session's closed voting rounds and which
priorities rose or fell (matched by their text); for each of the seven roles the actors at
level 2 or more per session, current vs desired, and the gaps closed or opened; attendance per
session and per organization. A single file gives the same report for that session.
"""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import history, rolemap, voting
from .errors import FacilitatorError
from .export.labels import fmt_colon, fmt_date, fmt_share, label, norm_lang
from .model import Actor
from .roles import ROLES

#: How many candidates of each round the report lists.
TOP = 5
FORMATS = ("md", "pdf", "docx")


# -- the document model ------------------------------------------------------------------------
@dataclass
class Heading:
    level: int          # 1 section, 2 subsection, 3 minor
    text: str


@dataclass
class Para:
    text: str
    style: str = "body"  # "body" | "meta" (a legend, a count) | "note" (a warning)


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    right: frozenset[int] = frozenset()    # right-aligned columns (numbers)
    widths: list[float] | None = None      # relative widths; None: equal
    strong: frozenset[int] = frozenset()   # rows in bold (overdue actions)


@dataclass
class Doc:
    title: str
    subtitle: str
    lang: str
    blocks: list = field(default_factory=list)

    def label(self, key: str, **kw) -> str:
        return label(key, self.lang, **kw)


# -- what is read from each session ------------------------------------------------------------
@dataclass
class ActionState:
    key: tuple[str, int]       # where it was first recorded: (session uid, action id there)
    text: str
    owner: str | None
    due: str | None
    status: str
    closed_at: str | None = None   # when it was closed in that session


@dataclass
class RoundTop:
    title: str
    rows: list[tuple[int, str, int, float]]   # (rank, text, dots, share), the top TOP
    ranks: dict[str, tuple[int, str]]         # folded text -> (rank, text), every candidate


@dataclass
class SessionData:
    path: Path
    uid: str
    title: str
    date: str | None
    previous: tuple[str, str | None, str | None] | None    # (uid, title, date)
    people: list[tuple[str, str | None, bool]]              # (name, organization, present)
    actions: list[ActionState]
    decisions: list[tuple[str, str, str, int | None, int | None, int | None]]
    rounds: list[RoundTop]
    actors: list[Actor]
    language: str = "fr"
    timings: list = field(default_factory=list)   # history.Timing of the items run live
    evaluation: object | None = None   # evaluation.Summary; None when nothing was recorded


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def read(store, path: Path) -> SessionData:
    """What the report needs from one open session (only reads)."""
    s = store.session.get()
    uid = store.uid()
    link = store.series.previous()
    origins = store.series.origins()
    closed = store.series.closed()
    actions = []
    for a in store.decisions.actions():
        origin = origins.get(a.id)
        key = (origin.uid, origin.action_id) if origin else (uid, a.id)
        actions.append(ActionState(key, a.text, a.owner, a.due, a.status, closed.get(a.id)))
    ideas = {i.id: i.text for i in store.ideas.list()}
    themes = {t.id: t.title for t in store.ideas.themes()}
    rounds = []
    for rnd in store.voting.rounds():
        if rnd.status != "closed":
            continue
        pool = ideas if rnd.target == "ideas" else themes
        standings = voting.tally(rnd, store.voting.votes(rnd.id))
        rows = [(st.rank, pool.get(st.item_id, "?"), st.dots, st.share)
                for st in standings if st.dots > 0][:TOP]
        ranks: dict[str, tuple[int, str]] = {}
        for st in standings:
            text = pool.get(st.item_id)
            if text and st.dots > 0:
                ranks.setdefault(_fold(text), (st.rank, text))
        rounds.append(RoundTop(rnd.title, rows, ranks))
    return SessionData(
        path=path, uid=uid, title=s.title, date=s.date,
        previous=(link.uid, link.title, link.date) if link else None,
        people=[(p.name, p.organization, p.present) for p in store.participants.list()],
        actions=actions,
        decisions=[(d.number, d.text, d.outcome, d.votes_for, d.votes_against, d.abstentions)
                   for d in store.decisions.list()],
        rounds=rounds, actors=store.actors.list(), language=s.language,
        timings=history.timings(store), evaluation=_evaluation(store))


def _evaluation(store):
    from . import evaluation

    found = evaluation.read(store)
    return None if found.empty else found


def load(paths: Iterable[str | os.PathLike], *, read_already: Iterable[SessionData] = ()
         ) -> list[SessionData]:
    """Read every file (read only), in order of date (undated ones last, in the order
    given); `read_already`: sessions read through their open store (the window's own). The same
    session given twice (the same uid, even under two names) is refused."""
    from .store import Store

    found: list[SessionData] = []

    def add(data: SessionData) -> None:
        twin = next((d for d in found if d.uid == data.uid), None)
        if twin is not None:
            raise FacilitatorError("series_same_session", file=str(data.path),
                                   other=str(twin.path))
        found.append(data)

    for data in read_already:
        add(data)
    for p in paths:
        path = Path(p)
        with Store.open(path, read_only=True) as store:
            add(read(store, path))
    if not found:
        raise FacilitatorError("series_no_files")
    order = {id(d): n for n, d in enumerate(found)}
    return sorted(found, key=lambda d: (d.date is None, d.date or "", order[id(d)]))


# -- the report ---------------------------------------------------------------------------------
def build(sessions: list[SessionData], lang: str | None = None,
          *, today: _dt.date | None = None) -> Doc:
    lang = norm_lang(lang)
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    names = [L("series_session_no", n=n + 1) for n in range(len(sessions))]
    dated = [s.date for s in sessions if s.date]
    if len(sessions) == 1:
        subtitle = L("series_count_one")
    else:
        subtitle = L("series_count", n=len(sessions), first=fmt_date(min(dated), lang) if dated
                     else "?", last=fmt_date(max(dated), lang) if dated else "?")
    title = sessions[-1].title if len(sessions) == 1 else sessions[0].title
    doc = Doc(title=title, subtitle=subtitle, lang=lang)
    b = doc.blocks.append

    # the sessions, and how they are linked
    b(Heading(1, L("series_sessions")))
    by_uid = {s.uid: n for n, s in enumerate(sessions)}
    rows = []
    for n, s in enumerate(sessions):
        follows = ""
        if s.previous:
            follows = names[by_uid[s.previous[0]]] if s.previous[0] in by_uid else \
                (s.previous[1] or "?")
        rows.append([names[n], s.title, fmt_date(s.date, lang) or L("series_no_date"), follows,
                     s.path.name])
    b(Table([L("item_no"), L("series_session"), L("date"), L("series_follows"),
             L("series_file")], rows, widths=[0.6, 4, 2.2, 1.6, 3]))
    notes = []
    for n, s in enumerate(sessions):
        if s.previous and s.previous[0] not in by_uid:
            when = fmt_date(s.previous[2], lang)
            notes.append(L("series_follows_missing", title=s.title, previous=s.previous[1] or "?",
                           date=f" ({when})" if when else ""))
        elif n > 0 and (s.previous is None or s.previous[0] != sessions[n - 1].uid):
            notes.append(L("series_not_linked", title=s.title, previous=sessions[n - 1].title))
    for note in notes:
        b(Para(note, "note"))

    _actions(doc, sessions, names, today)
    _register(doc, sessions, names)
    _priorities(doc, sessions, names)
    _roles(doc, sessions, names)
    _attendance(doc, sessions, names)
    _durations(doc, sessions)
    _evaluations(doc, sessions, names)
    return doc


def _evaluations(doc: Doc, sessions: list[SessionData], names: list[str]) -> None:
    """Each session's evaluation (issue 16): its average score and how many gave one, then
    what each said to keep and to change."""
    from . import evaluation

    if not any(s.evaluation for s in sessions):
        return
    L = doc.label
    colon = fmt_colon(doc.lang)
    doc.blocks.append(Heading(1, L("series_evaluations")))
    rows = []
    for n, s in enumerate(sessions):
        ev = s.evaluation or evaluation.Summary({})
        avg = "—" if ev.average is None else evaluation.fmt_average(ev.average, doc.lang)
        rows.append([names[n], s.title, avg, str(ev.people)])
    doc.blocks.append(Table([L("item_no"), L("series_session"), L("series_average"),
                             L("series_raters")], rows, right=frozenset({2, 3}),
                            widths=[0.6, 5, 1.6, 1.6]))
    for n, s in enumerate(sessions):
        ev = s.evaluation
        if ev is None or not (ev.keep or ev.change):
            continue
        doc.blocks.append(Heading(2, f"{names[n]} — {s.title}"))
        doc.blocks.append(Bullets(
            [f"{L('evaluation_keep')}{colon}{t}" for t in ev.keep]
            + [f"{L('evaluation_change')}{colon}{t}" for t in ev.change]))


def _durations(doc: Doc, sessions: list[SessionData]) -> None:
    """Planned vs actual time per method, over the items run live."""
    L = doc.label
    found = history.by_method((s.uid, s.timings) for s in sessions)
    if not found:
        return
    doc.blocks.append(Heading(1, L("series_durations")))
    doc.blocks.append(Para(L("series_durations_intro"), "meta"))
    doc.blocks.append(Table(
        [L("method"), L("series_sessions"), L("series_items"), L("series_planned_median"),
         L("series_actual_median")],
        [[f.method, str(f.sessions), str(f.items), history.minutes_text(f.planned_median),
          history.minutes_text(f.actual_median)] for f in found],
        right=frozenset({1, 2, 3, 4}), widths=[5, 1.4, 1.4, 2, 2]))


def _actions(doc: Doc, sessions: list[SessionData], names: list[str],
             today: _dt.date | None) -> None:
    L = doc.label
    doc.blocks.append(Heading(1, L("actions")))
    latest: dict[tuple[str, int], ActionState] = {}
    status: dict[tuple[str, int], dict[int, str]] = {}
    for n, s in enumerate(sessions):
        for a in s.actions:
            latest[a.key] = a
            word = L(f"action_{a.status}")
            if a.status == "done" and a.closed_at:
                word = L("series_done_on", date=fmt_date(a.closed_at[:10], doc.lang))
            status.setdefault(a.key, {})[n] = word
    if not latest:
        doc.blocks.append(Para(L("empty_section")))
        return
    last_date = next((s.date for s in reversed(sessions) if s.date), None)
    ref = last_date or (today or _dt.date.today()).isoformat()

    def overdue(key) -> bool:
        a = latest[key]
        return a.status == "open" and bool(a.due) and a.due < ref

    keys = sorted(latest, key=lambda k: (not overdue(k), latest[k].status == "done",
                                         latest[k].due or "9999", list(latest).index(k)))
    rows, strong = [], set()
    for i, key in enumerate(keys):
        a = latest[key]
        due = fmt_date(a.due, doc.lang)
        if overdue(key):
            due = L("series_overdue", due=due)
            strong.add(i)
        cells = [status[key][n] if n in status[key] else L("series_absent")
                 for n in range(len(sessions))]
        rows.append([a.text, a.owner or "", due, *cells])
    doc.blocks.append(Para(L("series_actions_intro", date=fmt_date(ref, doc.lang)), "meta"))
    doc.blocks.append(Table([L("what"), L("who"), L("due"), *names], rows,
                            widths=[5, 2.2, 2.6] + [1.2] * len(sessions),
                            strong=frozenset(strong)))


def _register(doc: Doc, sessions: list[SessionData], names: list[str]) -> None:
    L = doc.label
    doc.blocks.append(Heading(1, L("series_register")))
    rows = []
    for n, s in enumerate(sessions):
        for number, text, outcome, f, a, x in s.decisions:
            result = L(f"outcome_{outcome}")
            if f is not None or a is not None or x is not None:
                result += " (" + L("series_counts", f=f if f is not None else "—",
                                   a=a if a is not None else "—",
                                   x=x if x is not None else "—") + ")"
            rows.append([number, names[n], fmt_date(s.date, doc.lang), text, result])
    if not rows:
        doc.blocks.append(Para(L("empty_section")))
        return
    doc.blocks.append(Table([L("number"), L("series_session"), L("date"), L("text"),
                             L("outcome")], rows, widths=[2.4, 1.6, 2.2, 5.7, 2.6]))


def _priorities(doc: Doc, sessions: list[SessionData], names: list[str]) -> None:
    L = doc.label
    doc.blocks.append(Heading(1, L("series_priorities")))
    if not any(s.rounds for s in sessions):
        doc.blocks.append(Para(L("series_no_rounds")))
        return
    for n, s in enumerate(sessions):
        for rnd in s.rounds:
            doc.blocks.append(Heading(2, L("series_round_top", session=names[n], round=rnd.title)))
            if not rnd.rows:
                doc.blocks.append(Para(L("no_votes")))
                continue
            doc.blocks.append(Table(
                [L("rank"), L("series_priority"), L("dots"), L("share")],
                [[str(rank), text, str(dots), fmt_share(share, doc.lang)]
                 for rank, text, dots, share in rnd.rows],
                right=frozenset({0, 2, 3}), widths=[1, 8, 1.3, 1.5]))
    voted = [(n, s.rounds[-1]) for n, s in enumerate(sessions) if s.rounds]
    if len(voted) < 2:
        return
    # priorities over time: the last closed round of each session, matched by their text
    wanted: dict[str, str] = {}
    for _, rnd in voted:
        for _, text, _, _ in rnd.rows:
            wanted.setdefault(_fold(text), text)
    rows = []
    for key, text in wanted.items():
        cells, seen = [], []
        for n in range(len(sessions)):
            rnd = next((r for m, r in voted if m == n), None)
            rank = rnd.ranks.get(key, (None, ""))[0] if rnd else None
            cells.append(str(rank) if rank is not None else L("series_absent"))
            if rnd is not None:
                seen.append(rank)
        ranked = [r for r in seen if r is not None]
        if seen[-1] is None:
            change = L("series_dropped")
        elif len(ranked) == 1:
            change = L("series_new")
        elif ranked[-1] < ranked[0]:
            change = L("series_rose", a=ranked[0], b=ranked[-1])
        elif ranked[-1] > ranked[0]:
            change = L("series_fell", a=ranked[0], b=ranked[-1])
        else:
            change = L("series_steady", a=ranked[0])
        best = min(ranked) if ranked else 10**6
        rows.append((seen[-1] is None, seen[-1] or best, [text, *cells, change]))
    rows.sort(key=lambda r: (r[0], r[1]))
    doc.blocks.append(Heading(2, L("series_evolution")))
    doc.blocks.append(Para(L("series_evolution_intro", n=TOP), "meta"))
    doc.blocks.append(Table([L("series_priority"), *names, L("series_evolution")],
                            [r[2] for r in rows],
                            right=frozenset(range(1, len(sessions) + 1)),
                            widths=[6] + [1] * len(sessions) + [3]))


def _gap_words(gap: rolemap.Gap, actors: list[Actor], lang: str) -> tuple[str, str]:
    """(a key that matches the same gap in another session, its words)."""
    if gap.kind == "overloaded":
        name = next((a.name for a in actors if a.id == gap.actor_id), "?")
        return f"overloaded:{_fold(name)}", label("series_gap_overloaded", lang, actor=name)
    role_label = next(r.label(lang) for r in ROLES if r.key == gap.role)
    return f"{gap.kind}:{gap.role}", label(f"series_gap_{gap.kind}", lang, role=role_label)


def _roles(doc: Doc, sessions: list[SessionData], names: list[str]) -> None:
    L = doc.label
    doc.blocks.append(Heading(1, L("series_roles")))
    mapped = [n for n, s in enumerate(sessions) if s.actors]
    if not mapped:
        doc.blocks.append(Para(L("series_roles_none")))
        return
    doc.blocks.append(Para(L("series_roles_intro"), "meta"))
    held = {n: {c.role: (sum(c.current[rolemap.HELD:]), sum(c.desired[rolemap.HELD:]))
                for c in rolemap.coverage(sessions[n].actors)} for n in mapped}
    rows = []
    for r in ROLES:
        cells = [f"{held[n][r.key][0]} / {held[n][r.key][1]}" if n in held
                 else L("series_absent") for n in range(len(sessions))]
        rows.append([r.label(doc.lang), *cells])
    doc.blocks.append(Table([L("role"), *names], rows,
                            right=frozenset(range(1, len(sessions) + 1)),
                            widths=[3] + [1.4] * len(sessions)))
    gaps = {n: dict(_gap_words(g, sessions[n].actors, doc.lang)
                    for g in rolemap.gaps(sessions[n].actors)) for n in mapped}
    if len(mapped) == 1:
        n = mapped[0]
        doc.blocks.append(Heading(2, L("gaps")))
        doc.blocks.append(Bullets(list(gaps[n].values())) if gaps[n]
                          else Para(L("no_gaps")))
        return
    for a, b in zip(mapped, mapped[1:]):
        doc.blocks.append(Heading(2, L("series_between", a=names[a], b=names[b])))
        closed = [L("series_gap_closed", gap=words) for key, words in gaps[a].items()
                  if key not in gaps[b]]
        opened = [L("series_gap_opened", gap=words) for key, words in gaps[b].items()
                  if key not in gaps[a]]
        kept = sum(1 for key in gaps[b] if key in gaps[a])
        items = closed + opened
        doc.blocks.append(Para(L("series_gap_still", n=kept), "meta"))
        doc.blocks.append(Bullets(items) if items else Para(L("series_no_gap_change")))


def _attendance(doc: Doc, sessions: list[SessionData], names: list[str]) -> None:
    L = doc.label
    doc.blocks.append(Heading(1, L("series_attendance")))
    rows = []
    for n, s in enumerate(sessions):
        present = sum(1 for _, _, here in s.people if here)
        total = len(s.people)
        rate = fmt_share(present / total, doc.lang) if total else L("series_absent")
        rows.append([names[n], fmt_date(s.date, doc.lang) or L("series_no_date"), str(present),
                     str(total), rate])
    doc.blocks.append(Table([L("series_session"), L("date"), L("present"),
                             L("series_registered"), L("series_rate")], rows,
                            right=frozenset({2, 3, 4}), widths=[1.2, 3, 1.5, 1.5, 1.5]))
    orgs: dict[str, str] = {}
    for s in sessions:
        for _, org, _ in s.people:
            text = org.strip() if org and org.strip() else L("series_no_org")
            orgs.setdefault(_fold(text), text)
    if not orgs:
        return
    doc.blocks.append(Heading(2, L("series_by_org")))
    doc.blocks.append(Para(L("series_by_org_intro"), "meta"))
    rows = []
    for key, text in sorted(orgs.items(), key=lambda kv: kv[0]):
        cells = []
        for s in sessions:
            mine = [here for _, org, here in s.people
                    if _fold(org.strip() if org and org.strip() else L("series_no_org")) == key]
            cells.append(f"{sum(mine)} / {len(mine)}" if mine else L("series_absent"))
        rows.append([text, *cells])
    doc.blocks.append(Table([L("organization"), *names], rows,
                            right=frozenset(range(1, len(sessions) + 1)),
                            widths=[5] + [1.4] * len(sessions)))


# -- the chain of the open session ---------------------------------------------------------------
def find_chain(store, *, places: Iterable[str | os.PathLike] = ()) -> list[Path]:
    """The files of the sessions the open session follows, oldest first, found by their uid
    (files may have moved): among the session files in its own folder and at `places` (files
    or folders: the recent files, the local index of past sessions). Each candidate is opened
    read only; one that cannot be read (or is open elsewhere) is passed over. Stops where a
    link leads to no file found."""
    from .store import SUFFIX, Store

    candidates: list[Path] = []
    for place in [Path(store.path).parent, *map(Path, places)]:
        try:
            if place.is_dir():
                candidates += sorted(place.glob(f"*{SUFFIX}"))
            elif place.is_file():
                candidates.append(place)
        except OSError:
            continue
    links: dict[str, tuple[Path, str | None]] = {}   # uid -> (file, the uid it follows)
    own = Path(store.path).resolve()
    for path in dict.fromkeys(candidates):
        try:
            if path.resolve() == own:
                continue
            with Store.open(path, read_only=True) as other:
                link = other.series.previous()
                links.setdefault(other.uid(), (path, link.uid if link else None))
        except Exception:  # noqa: BLE001 (any file that cannot be read is passed over)
            continue
    chain: list[Path] = []
    link = store.series.previous()
    wanted = link.uid if link else None
    while wanted and wanted in links and links[wanted][0] not in chain:
        path, wanted = links[wanted]
        chain.append(path)
    return list(reversed(chain))


# -- writing -----------------------------------------------------------------------------------
def write(paths: Iterable[str | os.PathLike], fmt: str, out: str | os.PathLike, *,
          lang: str | None = None, paper: str | None = None, overwrite: bool = False,
          read_already: Iterable[SessionData] = ()) -> Path:
    """Write the report of the sessions at `paths` (and `read_already`) as `fmt` ("md", "pdf"
    or "docx") to `out`, through a temporary file; an existing `out` is never replaced unless
    `overwrite`, and a session file never."""
    from .errors import FileError
    from .export import formats

    if fmt not in FORMATS:
        raise ValueError(fmt)
    read_already = list(read_already)
    paths = [Path(p) for p in paths]
    out = Path(out)
    sources = paths + [d.path for d in read_already]
    if any(formats._same(out, p) for p in sources if out.exists()):
        raise FileError("exists", file=str(out))
    if (out.exists() or out.is_symlink()) and not overwrite:
        raise FileError("exists", file=str(out))
    sessions = load(paths, read_already=read_already)
    doc = build(sessions, lang or _language(sessions))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    formats._remove(tmp)
    try:
        if fmt == "md":
            from .export import series_md as module
        elif fmt == "pdf":
            from .export import series_pdf as module
        else:
            from .export import series_docx as module
        if fmt == "md":
            module.write(doc, tmp)
        else:
            module.write(doc, tmp, paper=paper)
        formats._place(tmp, out, overwrite)
    except OSError as exc:
        if exc.errno == 28:
            raise FileError("disk_full", file=str(out)) from None
        raise FileError("cannot_create", file=str(out),
                        detail=exc.strerror or str(exc)) from None
    finally:
        formats._remove(tmp)
    return out


def _language(sessions: list[SessionData]) -> str:
    """The report's language when none is asked: the latest session's."""
    return sessions[-1].language

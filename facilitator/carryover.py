"""A session that follows another (issue 16, « la démarche »): what it carries over.

`load_previous(path)` reads the previous session — opened read only, never changed — into a
`Previous` (plain data). `summary()` says, part by part, what would carry over, so that the
window and the command line show it before anything is made. `create_following()` makes the
new file: filled in a temporary file beside it, then put in place (nothing half-made is ever
left at the new name).

The parts, each optional (`PARTS`; `parse_without("actors,minutes")`):

- participants: names, organizations and courriels; attendance is taken again (present reset);
- actors: the actors with their role levels as the starting point; the levels they ended with
  are also kept apart (`store.series.previous_levels()`), to compare with later;
- actions: every open action, under a « Suivi des actions » agenda item; each keeps where it
  was first recorded (that session's uid and date, its id there: `store.series.origins()`);
- agenda: the items the previous live run did not reach (no actual time recorded). When the
  previous agenda was never run live, no item can be said not reached: none is carried;
- numbering: the pattern, and the running number continues after the previous session's last
  one in the same year (a pattern with a year restarts at 1 in a new year; see
  `decisions.next_number`);
- minutes: an « Adoption du procès-verbal de la séance du … » agenda item (the template's own
  « Adoption du procès-verbal » item when it has one) and a draft resolution to adopt them.

The link itself (the previous session's uid, title and date) is always kept.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import decisions as _decisions
from .errors import FacilitatorError, FileError
from .export.labels import fmt_date, label, norm_lang
from .model import Action, Actor, AgendaItem, Participant, Session
from .store.series import Origin, PreviousLink

PARTS: tuple[str, ...] = ("participants", "actors", "actions", "agenda", "numbering", "minutes")

#: How a file that cannot be followed is said (the store's refusal -> ours).
_REFUSALS = {
    "corrupt": "after_damaged",
    "empty_session_file": "after_damaged",
    "foreign_wal": "after_damaged",
    "migration_failed": "after_damaged",
    "not_a_database": "after_not_session",
    "foreign_database": "after_not_session",
    "too_new": "after_too_new",
    "in_use": "after_in_use",
}
_MINUTES_ITEM = ("adoption du procès-verbal", "adoption des procès-verbaux",
                 "adoption of the minutes")


@dataclass
class Previous:
    """What a new session takes from the one it follows (read once, then the file is closed)."""
    path: Path | None
    uid: str
    session: Session
    participants: list[Participant] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    open_actions: list[tuple[Action, Origin]] = field(default_factory=list)
    not_reached: list[AgendaItem] = field(default_factory=list)
    ran: bool = False                      # the agenda was run live (some actual time recorded)
    numbering: tuple[int | None, int] | None = None
    template: str | None = None            # the template it was made from, if any
    template_step: int | None = None       # which session of that template's démarche

    def link(self) -> PreviousLink:
        return PreviousLink(self.uid, self.session.title, self.session.date)


def read_previous(store, path: Path | None = None) -> Previous:
    """Everything a following session needs from an open store (only reads)."""
    s = store.session.get()
    origins = store.series.origins()
    actions = [(a, origins.get(a.id) or Origin(store.uid(), a.id, s.date))
               for a in store.decisions.actions() if a.status == "open"]
    agenda = store.agenda.list()
    ran = any(item.actual_seconds is not None for item in agenda)
    not_reached = [item for item in agenda if item.actual_seconds is None] if ran else []
    numbering = _decisions.last_running(s.decision_pattern, store.decisions.numbers(), s.date,
                                        store.series.numbering())
    return Previous(path=path, uid=store.uid(), session=s,
                    participants=store.participants.list(), actors=store.actors.list(),
                    open_actions=actions, not_reached=not_reached, ran=ran, numbering=numbering,
                    template=store.session.template(), template_step=store.demarche.step())


def template_step(prev: Previous, tpl) -> int:
    """Which session of template `tpl` follows `prev`: the next one of its démarche when `prev`
    was made from the same template and is not its last session; otherwise the first."""
    if prev.template == tpl.name and prev.template_step and \
            prev.template_step < len(tpl.steps):
        return prev.template_step + 1
    return 1


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        if os.path.exists(a) and os.path.exists(b):
            return os.path.samefile(a, b)
    return Path(os.path.abspath(a)) == Path(os.path.abspath(b))


def load_previous(path: str | os.PathLike, *, new_file: str | os.PathLike | None = None
                  ) -> Previous:
    """Read the previous session at `path`, opened read only (nothing is written to it or
    beside it). Refused with a sentence that says it is about following that file: the same
    file as the new one, damaged, not a session, newer, open elsewhere."""
    from .store import Store

    path = Path(path)
    if new_file is not None and _same_file(path, Path(new_file)):
        raise FacilitatorError("after_same_file", file=str(path))
    try:
        store = Store.open(path, read_only=True)
    except FacilitatorError as exc:
        key = _REFUSALS.get(exc.key)
        if key is None:
            raise
        params = {"file": str(path), "detail": exc.params.get("detail", exc.key)}
        if key == "after_too_new":
            params.update(found=exc.params.get("found"), supported=exc.params.get("supported"))
        raise FileError(key, **params) from None
    try:
        return read_previous(store, path)
    finally:
        store.close()


def parse_without(text: str | Iterable[str] | None) -> frozenset[str]:
    """The parts kept when those named (comma-separated, or a list) are left out."""
    if text is None:
        return frozenset(PARTS)
    names = text.split(",") if isinstance(text, str) else list(text)
    left_out = set()
    for name in names:
        name = name.strip().lower()
        if not name:
            continue
        if name not in PARTS:
            raise FacilitatorError("after_unknown_part", found=name, choices=", ".join(PARTS))
        left_out.add(name)
    return frozenset(PARTS) - left_out


def _carried_follow_up(item: AgendaItem) -> bool:
    return item.title.strip() in (label("co_follow_up_item", "fr"),
                                  label("co_follow_up_item", "en"))


def _not_reached(prev: Previous, parts: frozenset[str]) -> list[AgendaItem]:
    """The items not reached; a « Suivi des actions » among them is made anew from the actions."""
    return [i for i in prev.not_reached
            if not ("actions" in parts and prev.open_actions and _carried_follow_up(i))]


def next_number_after(prev: Previous, pattern: str | None, date: str | None,
                      *, today: _dt.date | None = None) -> str:
    """The first number the new session gives, with this pattern and date."""
    return _decisions.next_number(pattern or prev.session.decision_pattern, (), date,
                                  today=today, after=prev.numbering)


@dataclass(frozen=True)
class Part:
    """One part as it is shown before creating: its key, a sentence, whether there is anything
    to carry, and what it holds (names, titles) to show beside it."""
    key: str
    sentence: str
    available: bool
    items: tuple[str, ...] = ()


def summary(prev: Previous, lang: str, *, date: str | None = None,
            pattern: str | None = None, parts: Iterable[str] = PARTS) -> list[Part]:
    """Every part, in order: what the window's checkboxes and the command line say before the
    new session is made."""
    lang = norm_lang(lang)
    parts = frozenset(parts)
    out = [
        Part("participants", label("co_part_participants", lang, n=len(prev.participants)),
             bool(prev.participants), tuple(p.name for p in prev.participants)),
        Part("actors", label("co_part_actors", lang, n=len(prev.actors)), bool(prev.actors),
             tuple(a.name for a in prev.actors)),
        Part("actions", label("co_part_actions", lang, n=len(prev.open_actions)),
             bool(prev.open_actions), tuple(a.text for a, _ in prev.open_actions)),
    ]
    if prev.ran:
        items = tuple(i.title for i in _not_reached(prev, parts))
        out.append(Part("agenda", label("co_part_agenda", lang, n=len(items)), bool(items),
                        items))
    else:
        out.append(Part("agenda", label("co_part_agenda_not_run", lang), False))
    pattern = pattern or prev.session.decision_pattern
    out.append(Part("numbering", label("co_part_numbering", lang,
                                       number=next_number_after(prev, pattern, date)), True))
    when = fmt_date(prev.session.date, lang)
    out.append(Part("minutes", label("co_part_minutes", lang), True,
                    (label("co_minutes_item", lang, date=when) if when
                     else label("co_minutes_item_title", lang, title=prev.session.title),)))
    return out


def create_following(path: str | os.PathLike, prev: Previous, *,
                     parts: Iterable[str] = PARTS, template: str | None = None,
                     title: str | None = None, lang: str | None = None,
                     date: str | None = None) -> Path:
    """Make the session at `path` that follows `prev`, carrying the `parts` kept. Never
    replaces a file; `prev`'s file is not touched (it was read by load_previous)."""
    from .store import Store, files

    path = Path(path)
    parts = frozenset(parts)
    unknown = parts - set(PARTS)
    if unknown:
        raise FacilitatorError("after_unknown_part", found=sorted(unknown)[0],
                               choices=", ".join(PARTS))
    if prev.path is not None and _same_file(prev.path, path):
        raise FacilitatorError("after_same_file", file=str(prev.path))
    files.refuse_existing(path)
    lang = norm_lang(lang or prev.session.language)
    tpl = None
    if template:
        from .templates import load_template

        tpl = load_template(template)
    step = template_step(prev, tpl) if tpl else 1
    title = title or (tpl.steps[step - 1].title(lang) if tpl else prev.session.title)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.following")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    store = Store.create(tmp, title, language=lang, template=tpl.name if tpl else None)
    try:
        with store.transaction():
            _fill(store, prev, parts, tpl, lang, date, step)
        store.close()
        files.publish(tmp, path, replace=False)
    finally:
        if not store.closed:
            store.close()
        for extra in (tmp, files.companion(tmp, "-wal"), files.companion(tmp, "-shm")):
            with contextlib.suppress(OSError):
                extra.unlink()
    return path


def _fill(store, prev: Previous, parts: frozenset[str], tpl, lang: str,
          date: str | None, step: int = 1) -> None:
    s = prev.session
    store.session.update(date=date, start_time=s.start_time, end_time=s.end_time, place=s.place,
                         organizer=s.organizer, facilitators=s.facilitators,
                         hide_authors=s.hide_authors)
    if tpl is not None:
        from .templates import apply_template

        apply_template(store, tpl, lang, step)
    store.series.set_previous(prev.link())
    if "numbering" in parts:
        keep_template_pattern = (tpl is not None and tpl.decision_pattern
                                 and s.decision_pattern == _decisions.DEFAULT_PATTERN)
        if not keep_template_pattern:
            store.session.update(decision_pattern=s.decision_pattern)
        store.series.set_numbering(prev.numbering)

    if "participants" in parts:
        for p in prev.participants:
            store.participants.add(p.name, p.organization, False, p.email)
    if "actors" in parts:
        for a in prev.actors:
            aid = store.actors.add(a.name, a.kind)
            for role, (cur, des) in a.roles.items():
                store.actors.set_level(aid, role, cur, des)
                store.series.set_previous_level(aid, role, cur, des)

    # the agenda: the carried items together, where the minutes are adopted
    block: list[dict] = []
    when = fmt_date(s.date, lang)
    existing = store.agenda.list()
    at = next((n for n, item in enumerate(existing)
               if item.title.strip().lower().startswith(_MINUTES_ITEM)), None)
    if "minutes" in parts:
        minutes_title = (label("co_minutes_item", lang, date=when) if when
                         else label("co_minutes_item_title", lang, title=s.title))
        if at is not None:
            store.agenda.update(existing[at].id, title=minutes_title)
        else:
            block.append(dict(title=minutes_title, planned_minutes=5,
                              objective=label("co_minutes_objective", lang)))
    if "actions" in parts and prev.open_actions:
        block.append(dict(title=label("co_follow_up_item", lang),
                          planned_minutes=min(30, 5 + 2 * len(prev.open_actions)),
                          objective=label("co_follow_up_objective", lang,
                                          n=len(prev.open_actions))))
    if "agenda" in parts:
        planned = {item.title.strip().casefold() for item in existing}
        for item in _not_reached(prev, parts):
            if item.title.strip().casefold() in planned:  # the template has it already
                continue
            block.append(dict(title=item.title, planned_minutes=item.planned_minutes,
                              objective=item.objective, method=item.method, notes=item.notes,
                              materials=item.materials))
    index = 0 if at is None else at + 1
    for n, item in enumerate(block):
        store.agenda.add(index=index + n, **item)

    if "actions" in parts:
        for action, origin in prev.open_actions:
            new_id = store.decisions.add_action(action.text, action.owner, action.due, "open")
            store.series.set_origin(new_id, origin)
    if "minutes" in parts:
        text = (label("co_minutes_resolution", lang, date=when) if when
                else label("co_minutes_resolution_title", lang, title=s.title))
        _decisions.add_decision(store, text)

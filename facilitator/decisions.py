"""Decision rules: numbers made from the session's pattern, their uniqueness, the minutes
sentence of a resolution, and which ideas to turn into actions first.

Numbering pattern (the session's `decision_pattern`, e.g. ``CM-{yyyy}-{mm}-{nnn}``):
{yyyy} {yy} {mm} {dd} are the session's date (today when it has none); {n}, {nn}, {nnn}…
is the running number, zero-padded to as many digits as there are n ({n}: no padding). The
next number is one more than the highest already used with the same date parts, so numbering
continues from a number the facilitator typed (CM-2026-11-045 is followed by 046).

The wording of a resolution lives here, once, in both languages (`wording`): every export
format and the Décisions page's preview print what it returns. It reads as Québec minutes do:
« Il est proposé par X, appuyé par Y et résolu à l'unanimité d'adopter l'ordre du jour. »,
the outcome said once (« résolu à l'unanimité », « résolu à la majorité », or for a motion
that is not adopted « … La proposition est rejetée (pour : 2 ; contre : 4). »).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Iterable

from . import voting
from .catalogue import text as say
from .errors import FacilitatorError
from .model import OUTCOMES, Decision, Idea

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_DATE_PARTS = ("yyyy", "yy", "mm", "dd")
_SEQUENCE = re.compile(r"n+")
DEFAULT_PATTERN = "{yyyy}-{nnn}"


# -- the pattern -----------------------------------------------------------------------------
def check_pattern(pattern: str | None) -> str:
    """The pattern without surrounding spaces; FacilitatorError when it cannot number decisions:
    empty, an unknown {placeholder}, a lone brace, or not exactly one running number."""
    pattern = (pattern or "").strip()
    if not pattern:
        raise FacilitatorError("decision_pattern_empty")
    sequences = 0
    for m in _PLACEHOLDER.finditer(pattern):
        name = m.group(1)
        if _SEQUENCE.fullmatch(name):
            sequences += 1
        elif name not in _DATE_PARTS:
            raise FacilitatorError("decision_pattern_unknown", found=m.group(0))
    rest = _PLACEHOLDER.sub("", pattern)
    if "{" in rest or "}" in rest:
        raise FacilitatorError("decision_pattern_brace", pattern=pattern)
    if sequences == 0:
        raise FacilitatorError("decision_pattern_no_sequence", pattern=pattern)
    if sequences > 1:
        raise FacilitatorError("decision_pattern_two_sequences", pattern=pattern)
    return pattern


def pattern_date(date: str | _dt.date | None, today: _dt.date | None = None) -> _dt.date:
    """The date a pattern uses: the session's (ISO text or date), else today."""
    if isinstance(date, _dt.date):
        return date
    if date:
        try:
            return _dt.date.fromisoformat(date)
        except ValueError:
            pass
    return today or _dt.date.today()


def _date_values(day: _dt.date) -> dict[str, str]:
    return {"yyyy": f"{day.year:04d}", "yy": f"{day.year % 100:02d}",
            "mm": f"{day.month:02d}", "dd": f"{day.day:02d}"}


def render(pattern: str, sequence: int, day: _dt.date) -> str:
    """The number for this running number and date (the pattern is assumed checked)."""
    values = _date_values(day)

    def sub(m: re.Match) -> str:
        name = m.group(1)
        if _SEQUENCE.fullmatch(name):
            return str(sequence).zfill(len(name) if len(name) > 1 else 1)
        return values.get(name, m.group(0))

    return _PLACEHOLDER.sub(sub, pattern)


def _matcher(pattern: str, day: _dt.date) -> re.Pattern:
    """A regex matching the numbers of this pattern and date; group 1 is the running number."""
    values = _date_values(day)
    out, pos = [], 0
    for m in _PLACEHOLDER.finditer(pattern):
        out.append(re.escape(pattern[pos:m.start()]))
        name = m.group(1)
        out.append(r"(\d+)" if _SEQUENCE.fullmatch(name) else re.escape(values[name]))
        pos = m.end()
    out.append(re.escape(pattern[pos:]))
    return re.compile("".join(out))


def next_number(pattern: str | None, used: Iterable[str], date: str | _dt.date | None = None,
                *, today: _dt.date | None = None,
                after: tuple[int | None, int] | None = None) -> str:
    """The next free number: one more than the highest running number already used with this
    pattern and date (1 when none), never one of `used`.

    `after` is (year, last) carried over from the session this one follows: the running number
    continues after `last` when the pattern has no year, or when the year is the same (a new
    year restarts at 1, as the pattern says).

    A pattern that cannot number (see check_pattern) falls back to the default pattern, so a
    session with a broken pattern still gets unique numbers."""
    try:
        pattern = check_pattern(pattern)
    except FacilitatorError:
        pattern = DEFAULT_PATTERN
    day = pattern_date(date, today)
    used = {u.strip() for u in used}
    matcher = _matcher(pattern, day)
    highest = 0
    if after is not None:
        year, last = after
        if not has_year(pattern) or year is None or year == day.year:
            highest = max(0, int(last))
    for number in used:
        m = matcher.fullmatch(number)
        if m:
            highest = max(highest, int(m.group(1)))
    # any used number this pattern could render has a running number <= highest: free
    return render(pattern, highest + 1, day)


def has_year(pattern: str) -> bool:
    """True when the pattern's numbers name a year ({yyyy} or {yy}): numbering restarts each year."""
    return any(m.group(1) in ("yyyy", "yy") for m in _PLACEHOLDER.finditer(pattern or ""))


def running_numbers(pattern: str | None, numbers: Iterable[str],
                    date: str | None = None) -> list[tuple[int | None, int]]:
    """(year, running number) of each number written with `pattern`, whatever its date parts
    say (a number typed by hand with another month still counts). The year is the number's own
    ({yyyy}, {yy}), else the session's date's, else None. Numbers the pattern cannot have
    written are left out."""
    try:
        pattern = check_pattern(pattern)
    except FacilitatorError:
        pattern = DEFAULT_PATTERN
    widths = {"yyyy": r"(?P<yyyy>\d{4})", "yy": r"(?P<yy>\d{2})", "mm": r"\d{2}", "dd": r"\d{2}"}
    out, pos, seen = [], 0, set()
    for m in _PLACEHOLDER.finditer(pattern):
        out.append(re.escape(pattern[pos:m.start()]))
        name = m.group(1)
        if _SEQUENCE.fullmatch(name):
            out.append(r"(?P<seq>\d+)")
        elif name in seen:  # a repeated part: the same digits again
            out.append(f"(?P={name})" if name in ("yyyy", "yy") else r"\d{2}")
        else:
            out.append(widths[name])
            seen.add(name)
        pos = m.end()
    out.append(re.escape(pattern[pos:]))
    matcher = re.compile("".join(out))
    session_year = None
    if date:
        try:
            session_year = _dt.date.fromisoformat(date).year
        except ValueError:
            pass
    found = []
    for number in numbers:
        m = matcher.fullmatch(number.strip())
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("yyyy"):
            year = int(groups["yyyy"])
        elif groups.get("yy"):
            year = 2000 + int(groups["yy"])
        else:
            year = session_year
        found.append((year, int(m.group("seq"))))
    return found


def last_running(pattern: str | None, numbers: Iterable[str], date: str | None = None,
                 after: tuple[int | None, int] | None = None) -> tuple[int | None, int] | None:
    """Where a session's numbering stands at its end, for the session that follows it: the
    latest year its numbers (and what it carried over itself) name, and the highest running
    number in that year; None when it numbered nothing and carried nothing."""
    found = running_numbers(pattern, numbers, date)
    if after is not None:
        found.append(after)
    if not found:
        return None
    years = [y for y, _ in found if y is not None]
    if not years:
        return None, max(n for _, n in found)
    latest = max(years)
    return latest, max(n for y, n in found if y in (latest, None))


# -- the number of one decision --------------------------------------------------------------
def check_number(number: str | None, used: Iterable[str], current: str | None = None) -> str:
    """The number without surrounding spaces, refused when empty or already used by another
    decision (`current` is the decision's own number, which it may keep)."""
    number = (number or "").strip()
    if not number:
        raise FacilitatorError("decision_number_empty")
    if number != (current or "").strip() and number in {u.strip() for u in used}:
        raise FacilitatorError("decision_number_taken", number=number)
    return number


def session_next_number(store, *, today: _dt.date | None = None) -> str:
    s = store.session.get()
    return next_number(s.decision_pattern, store.decisions.numbers(), s.date, today=today,
                       after=store.series.numbering())


def add_decision(store, text: str = "", *, number: str | None = None, today=None,
                 **fields) -> int:
    """Add a decision numbered from the session's pattern (or `number`, checked). Call it
    inside a transaction (ctx.do)."""
    used = store.decisions.numbers()
    if number is None:
        number = session_next_number(store, today=today)
    number = check_number(number, used)
    return store.decisions.add(number, text, **fields)


def set_number(store, decision_id: int, number: str) -> str:
    """Give a decision another number, refusing a duplicate before the database would."""
    current = store.decisions.get(decision_id)
    number = check_number(number, store.decisions.numbers(), current.number if current else None)
    store.decisions.update(decision_id, number=number)
    return number


def set_pattern(store, pattern: str) -> str:
    """Change the session's numbering pattern after checking it."""
    pattern = check_pattern(pattern)
    store.session.update(decision_pattern=pattern)
    return pattern


def check_counts(votes_for: int | None, votes_against: int | None,
                 abstentions: int | None) -> None:
    for value in (votes_for, votes_against, abstentions):
        if value is not None and value < 0:
            raise FacilitatorError("decision_count_negative", count=value)


# -- the minutes sentence --------------------------------------------------------------------
#: First words with which the text continues the sentence (« … et résolu d'adopter … »,
#: « … and resolved that … »): joined with a space, their capital lowered.
_CONTINUES = {"fr": re.compile(r"(?i)(?:(?:que|de|du|des)(?=\s|$)|(?:qu|d)['’])"),
              "en": re.compile(r"(?i)(?:to|that)(?=\s|$)")}
_FIRST_WORDS = re.compile(r"(\S+)(?:\s+(\S+))?")
_END = ".!?…"


@dataclass(frozen=True)
class Wording:
    """A resolution as the minutes print it: `lead` (who moved, and how it was resolved),
    `join` (" ", " : " or ""), `text` (the decision's text as it continues the sentence, its
    final period added) and `conclusion` (the outcome when it is not « résolu », and the counts
    known, or "")."""
    lead: str
    join: str
    text: str
    conclusion: str

    @property
    def body(self) -> str:
        """The sentence that moves and resolves: lead, join and text."""
        return self.lead + self.join + self.text

    @property
    def sentence(self) -> str:
        """The whole resolution in one paragraph."""
        return " ".join(part for part in (self.body, self.conclusion) if part)


def _counts(decision: Decision, lang: str) -> str:
    known = [say(key, lang, n=value) for key, value in (
        ("resolution_votes_for", decision.votes_for),
        ("resolution_votes_against", decision.votes_against),
        ("resolution_abstentions", decision.abstentions)) if value is not None]
    return say("resolution_count_sep", lang).join(known)


def _lower_first(text: str) -> str:
    """The text with its first letter lowered when its first word is an ordinary capitalised
    word (« Le conseil » -> « le conseil »); a name (« Marie Tremblay »), an acronym
    (« MRC ») or a compound (« Baie-Comeau ») keeps its capital."""
    m = _FIRST_WORDS.match(text)
    if not m:
        return text
    first, second = m.group(1), m.group(2) or ""
    word = first.rstrip(",;:.!?")
    ordinary = word[:1].isupper() and word[1:].islower() and word.isalpha() or \
        (len(word) == 1 and word.isupper() and word.isalpha())
    if not ordinary or second[:1].isupper():
        return text
    return text[0].lower() + text[1:]


def wording(decision: Decision, names: dict[int, str], lang: str) -> Wording:
    """The resolution of `decision` in `lang` ("fr" or "en"); names: participant id -> name."""
    lang = "en" if lang == "en" else "fr"
    proposer = names.get(decision.proposed_by) if decision.proposed_by is not None else None
    seconder = names.get(decision.seconded_by) if decision.seconded_by is not None else None
    resolved = decision.outcome in ("adopted", "adopted_unanimously")
    if proposer or seconder:
        lead = (say("resolution_moved", lang, p=proposer) if proposer
                else say("resolution_moved_nobody", lang))
        if seconder:
            lead += say("resolution_seconded", lang, s=seconder)
        if resolved:
            lead += say(f"resolution_resolved_{decision.outcome}", lang)
    else:
        lead = (say(f"resolution_bare_{decision.outcome}", lang) if resolved
                else say("resolution_moved_nobody", lang))
    text = decision.text.strip()
    if not text:
        join = ""
    elif _CONTINUES[lang].match(text):
        join = " "
        text = text[0].lower() + text[1:]
        if seconder and not resolved:     # « …, appuyé par Y, que … »: the aside is closed
            lead += ","
    else:
        join = say("resolution_colon", lang)
        text = _lower_first(text) if lang == "fr" else text
    body_end = text or lead
    if body_end[-1] not in _END:
        text += "."
    counts = _counts(decision, lang)
    if resolved:
        conclusion = counts[0].upper() + counts[1:] + "." if counts else ""
    else:
        conclusion = (say(f"resolution_closing_{decision.outcome}", lang)
                      + (f" ({counts})" if counts else "") + ".")
    return Wording(lead, join, text, conclusion)


def minutes_sentence(decision: Decision, names: dict[int, str], lang: str) -> str:
    """The resolution as one paragraph of the minutes."""
    return wording(decision, names, lang).sentence


def outcome_label(outcome: str, lang: str) -> str:
    from .export.labels import label

    return label(f"outcome_{outcome}", lang)


def outcome_choices(lang: str) -> list[tuple[str, str]]:
    """(key, label) of every outcome, in the order a person picks them."""
    return [(o, outcome_label(o, lang)) for o in OUTCOMES]


# -- actions from ideas ----------------------------------------------------------------------
@dataclass(frozen=True)
class IdeaChoice:
    idea: Idea
    rank: int | None        # rank in the latest closed round on ideas; None when not ranked
    dots: int


def ranked_ideas(store) -> tuple[list[IdeaChoice], str | None]:
    """Every idea, the top-ranked first when a round on ideas is closed (the latest one), then
    the others in their order; and the title of that round (None when there is none)."""
    ideas = store.ideas.list()
    closed = [r for r in store.voting.rounds() if r.status == "closed" and r.target == "ideas"]
    if not closed:
        return [IdeaChoice(i, None, 0) for i in ideas], None
    rnd = closed[-1]
    standings = {s.item_id: s for s in voting.tally(rnd, store.voting.votes(rnd.id))}
    order = {item: n for n, item in enumerate(standings)}
    choices = [IdeaChoice(i, standings[i.id].rank if i.id in standings else None,
                          standings[i.id].dots if i.id in standings else 0) for i in ideas]
    choices.sort(key=lambda c: (0, order[c.idea.id]) if c.rank is not None else (1, 0))
    return choices, rnd.title


def add_action_from_idea(store, idea_id: int, owner: str | None = None,
                         due: str | None = None) -> int:
    """An open action whose text is the idea's, linked to it. Call it inside a transaction."""
    idea = store.ideas.get(idea_id)
    if idea is None:
        raise FacilitatorError("decision_idea_gone")
    return store.decisions.add_action(idea.text, owner, due, "open", idea_id)

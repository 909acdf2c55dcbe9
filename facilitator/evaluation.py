"""The session's evaluation (issue 16): a closing agenda item (kind "evaluation") where the
group rates the session from 1 to 5 and says what to keep and what to change. Stored in
store.evaluation; said in the minutes and in the démarche's report."""
from __future__ import annotations

from dataclasses import dataclass, field

from .catalogue import text

SCORES = (1, 2, 3, 4, 5)


@dataclass
class Summary:
    ratings: dict[int, int]          # score -> how many gave it
    keep: list[str] = field(default_factory=list)
    change: list[str] = field(default_factory=list)

    @property
    def people(self) -> int:
        return sum(self.ratings.values())

    @property
    def average(self) -> float | None:
        n = self.people
        return None if not n else sum(s * c for s, c in self.ratings.items()) / n

    @property
    def empty(self) -> bool:
        return not self.people and not self.keep and not self.change


def read(store) -> Summary:
    ev = store.evaluation
    return Summary(ev.ratings(), [t for _i, _k, t in ev.notes("keep")],
                   [t for _i, _k, t in ev.notes("change")])


def fmt_average(value: float, lang: str) -> str:
    """One decimal, a half rounded up as people do (4,25 -> « 4,3 »)."""
    from decimal import ROUND_HALF_UP, Decimal

    digits = str(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return digits if lang == "en" else digits.replace(".", ",")


def summary_sentence(summary: Summary, lang: str) -> str:
    """« Note moyenne : 4,0 sur 5 (9 personnes). » / "Average score: 4.0 out of 5 (9 people).";
    « Aucune note donnée. » when nobody gave a score."""
    if summary.average is None:
        return text("evaluation_no_score", lang)
    people = text("evaluation_people", lang, n=summary.people)
    return text("evaluation_average", lang, avg=fmt_average(summary.average, lang), people=people)


def distribution(summary: Summary, lang: str) -> str:
    """« 5 : 2 · 4 : 6 · 2 : 1 » from the highest score down (scores nobody gave left out)."""
    from .export.labels import fmt_colon

    colon = fmt_colon(lang)
    return " · ".join(f"{s}{colon}{summary.ratings[s]}" for s in sorted(summary.ratings,
                                                                          reverse=True))


def record(store, ratings: dict, keep: list[str], change: list[str]) -> None:
    """Write the whole evaluation (it replaces what was recorded): ratings {score 1..5: how
    many people gave it}, the notes of what to keep and to change (blank ones left out).
    Refused before anything is written: a score outside 1..5, a count that is not a whole
    number from 0. The caller wraps it in a transaction (or an undoable command)."""
    from .errors import FacilitatorError

    for score, count in ratings.items():
        if score not in SCORES or isinstance(score, bool):
            raise FacilitatorError("evaluation_score", score=score)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise FacilitatorError("evaluation_count", score=score, found=count)
    ev = store.evaluation
    for score in SCORES:
        ev.set_rating(score, ratings.get(score, 0))
    for note_id, _kind, _text in ev.notes():
        ev.remove_note(note_id)
    for kind, notes in (("keep", keep), ("change", change)):
        for text in notes:
            if text and text.strip():
                ev.add_note(kind, text)

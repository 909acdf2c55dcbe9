"""How an MRC council decides: voices, attributed population, double majority, the préfet's
casting vote, the limitation of voices, and quorum.

The rules and their sources (Loi sur l'aménagement et l'urbanisme, art. 197, 201 and 202; the
ministry's guide « Prise de décision et voix attribuées aux représentants de la MRC »; the
Code municipal for quorum) are written out in ``docs/council-rules.md`` with worked cases;
each function below says which paragraph it follows. Every council has its own decree, so the
numbers (voices, populations) and the rule are settings, never constants.

Plain values in, plain values out: no store, no Qt. Amounts are computed with ``Fraction`` so
that « more than half » is exact (no floating-point ties).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Iterable, Mapping

from .catalogue import text
from .i18n import current_language

# -- settings --------------------------------------------------------------------------------
RULES = ("simple", "double_majority")
QUORUM_RULES = ("third_members_half_voices",)
VOTES = ("for", "against", "abstain", "absent", "conflict")
CAST = ("for", "against")


@dataclass(frozen=True)
class Member:
    """A member of the council: the representative of a municipality (or the préfet elected at
    large, who represents none). ``voices`` are those of the constitution decree (LAU 202, al. 1);
    ``population`` is the whole population of the member's municipality (the attribution to each
    representative is computed here)."""

    id: object
    municipality: str | None = None
    voices: int = 1
    population: int = 0


@dataclass(frozen=True)
class Council:
    rule: str = "double_majority"
    prefect: object | None = None          # the member who is préfet, if any
    prefect_at_large: bool = False         # elected by universal suffrage (LOTM 210.29.2)
    quorum: str | None = "third_members_half_voices"

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise ValueError(f"unknown council rule {self.rule!r}")
        if self.quorum is not None and self.quorum not in QUORUM_RULES:
            raise ValueError(f"unknown quorum rule {self.quorum!r}")


# -- population and voices -------------------------------------------------------------------
def attributed_population(members: Iterable[Member]) -> dict[object, Fraction]:
    """Population attributed to each member (guide; LAU 201): the whole population of the
    municipality to its single representative, an equal share to each of several. A member
    with no municipality (the préfet elected at large) is attributed none."""
    members = list(members)
    reps: dict[str, int] = {}
    for m in members:
        if m.municipality:
            reps[m.municipality] = reps.get(m.municipality, 0) + 1
    return {m.id: (Fraction(m.population, reps[m.municipality]) if m.municipality else Fraction(0))
            for m in members}


def total_population(members: Iterable[Member]) -> int:
    """The MRC's population: each municipality counted once."""
    seen: dict[str, int] = {}
    for m in members:
        if m.municipality:
            seen.setdefault(m.municipality, m.population)
    return sum(seen.values())


def round_voices(value: Fraction) -> int:
    """LAU 202, al. 4: the decimal part is dropped, and when the first decimal would have been a
    digit above 5, the whole part is raised by 1 (2.6 -> 3; 2.5 -> 2; 2.59 -> 2)."""
    whole = value.numerator // value.denominator
    first_decimal = int((value - whole) * 10)
    return whole + 1 if first_decimal > 5 else whole


def limited_municipality(members: Iterable[Member]) -> str | None:
    """The municipality whose voices are limited (LAU 202, al. 2), if any: its population is at
    least half of the MRC's AND its representatives hold at least half of all the council's
    voices under the decree (the council taken as a whole, absent members included)."""
    members = list(members)
    mrc_pop = total_population(members)
    all_voices = sum(m.voices for m in members)
    if mrc_pop <= 0 or all_voices <= 0:
        return None
    by_muni: dict[str, int] = {}
    for m in members:
        if m.municipality:
            by_muni[m.municipality] = by_muni.get(m.municipality, 0) + m.voices
    for muni, voices in by_muni.items():
        pop = next(m.population for m in members if m.municipality == muni)
        if 2 * pop >= mrc_pop and 2 * voices >= all_voices:
            return muni
    return None


# -- a decision ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    """A decision taken by roll call, with what the minutes need to explain it."""

    adopted: bool
    rule: str
    voices_for: int
    voices_against: int
    population_for: Fraction
    population_voted: Fraction
    voices_majority: bool          # the voices cast are in majority positive
    population_majority: bool      # the population of those for is more than half of who voted
    casting_vote: str | None = None            # "for" / "against" when the préfet decided
    limited: dict[object, int] = field(default_factory=dict)   # member -> voices after LAU 202
    conflicts: tuple = ()          # members who declared a conflict of interest
    undecided: bool = False        # préfet at large: neither positive nor negative, not decided
    abstained: tuple = ()          # members who abstained

    @property
    def voices_cast(self) -> int:
        return self.voices_for + self.voices_against

    @property
    def population_share(self) -> Fraction:
        if not self.population_voted:
            return Fraction(0)
        return self.population_for / self.population_voted


class CouncilError(ValueError):
    """A roll call that the rule cannot decide as given (unknown vote, unknown member)."""


def _voices(members: list[Member], votes: Mapping[object, str]) -> tuple[dict[object, int], dict]:
    """Voices each member disposes of for this proposition: the decree's, except the
    representatives of a limited municipality (LAU 202, al. 2), who together dispose of the
    voices cast by the others multiplied by the municipality's share of the MRC's population,
    rounded per al. 4 and shared equally among them."""
    voices = {m.id: m.voices for m in members}
    muni = limited_municipality(members)
    if muni is None:
        return voices, {}
    share = Fraction(next(m.population for m in members if m.municipality == muni),
                     total_population(members))
    others_cast = sum(m.voices for m in members
                      if m.municipality != muni and votes.get(m.id) in CAST)
    total = round_voices(others_cast * share)
    reps = [m for m in members if m.municipality == muni]
    limited = {}
    for i, m in enumerate(reps):
        # shared equally; what does not divide goes to the first representatives
        voices[m.id] = total // len(reps) + (1 if i < total % len(reps) else 0)
        limited[m.id] = voices[m.id]
    return voices, limited


def decide(council: Council, members: Iterable[Member], votes: Mapping[object, str],
           casting_vote: str | None = None) -> Outcome:
    """The outcome of a roll call under the council's rule.

    ``votes`` maps each member to "for", "against", "abstain", "absent" or "conflict" (a member
    who declared a conflict of interest withdraws and does not vote); a member missing from it is
    absent. ``casting_vote`` is the préfet's, used only where the law gives one:

    - simple majority of voices: adopted when the voices for outnumber the voices against; on a
      tie, the préfet's casting vote decides (LAU 197, al. 1), else the motion is rejected;
    - double majority (LAU 201): adopted when the voices cast are in majority positive AND the
      population attributed to those who voted for is more than half of the population attributed
      to all who voted. On a tie of voices the préfet (not elected at large) may break it
      (LAU 197, al. 1): his extra voice makes the voices' majority, the population's must still be
      there;
    - préfet elected at large (LAU 201, al. 2; 197, al. 2): the decision is positive as above,
      negative when the voices cast are in majority negative AND the population of those against
      is more than half; otherwise no decision is taken and the préfet decides by his casting vote;
      if he does not use it, the decision is deemed negative.
    """
    members = list(members)
    ids = {m.id for m in members}
    for who, vote in votes.items():
        if who not in ids:
            raise CouncilError(f"unknown member {who!r}")
        if vote not in VOTES:
            raise CouncilError(f"unknown vote {vote!r}")
    if casting_vote not in (None, "for", "against"):
        raise CouncilError(f"unknown casting vote {casting_vote!r}")

    voices, limited = _voices(members, votes)
    population = attributed_population(members)
    v_for = sum(voices[m.id] for m in members if votes.get(m.id) == "for")
    v_against = sum(voices[m.id] for m in members if votes.get(m.id) == "against")
    p_for = sum((population[m.id] for m in members if votes.get(m.id) == "for"), Fraction(0))
    p_against = sum((population[m.id] for m in members if votes.get(m.id) == "against"),
                    Fraction(0))
    p_voted = p_for + p_against
    conflicts = tuple(m.id for m in members if votes.get(m.id) == "conflict")
    abstained = tuple(m.id for m in members if votes.get(m.id) == "abstain")

    voices_majority = v_for > v_against
    pop_majority = p_voted > 0 and 2 * p_for > p_voted
    used = None

    if council.rule == "simple":
        adopted = voices_majority
        if v_for == v_against and casting_vote and _can_cast(council, members, votes):
            used = casting_vote
            adopted = casting_vote == "for"
        return Outcome(adopted, council.rule, v_for, v_against, p_for, p_voted,
                       voices_majority, pop_majority, used, limited, conflicts,
                       abstained=abstained)

    positive = voices_majority and pop_majority
    if council.prefect_at_large:
        negative = v_against > v_for and p_voted > 0 and 2 * p_against > p_voted
        if positive:
            adopted = True
        elif negative:
            adopted = False
        else:
            used = casting_vote
            adopted = casting_vote == "for"   # not used: deemed negative (LAU 197, al. 3)
            return Outcome(adopted, council.rule, v_for, v_against, p_for, p_voted,
                           voices_majority, pop_majority, used, limited, conflicts,
                           undecided=casting_vote is None, abstained=abstained)
    else:
        adopted = positive
        if (v_for == v_against and v_for > 0 and casting_vote
                and _can_cast(council, members, votes)):
            used = casting_vote
            if casting_vote == "for":
                voices_majority = True
                adopted = pop_majority
            else:
                adopted = False
    return Outcome(adopted, council.rule, v_for, v_against, p_for, p_voted,
                   voices_majority, pop_majority, used, limited, conflicts,
                       abstained=abstained)


def outcome_key(outcome: Outcome) -> str:
    """The decision's recorded outcome for a roll call: "adopted" or "rejected"."""
    return "adopted" if outcome.adopted else "rejected"


def agrees(recorded: str, outcome: Outcome) -> bool:
    """Whether a decision's recorded outcome (adopted, adopted_unanimously, rejected, deferred)
    agrees with its roll call under the rule: an adopted roll call is « adopted », or « adopted
    unanimously » when no voice was cast against and nobody abstained; a rejected one is
    « rejected ». A roll call was taken, so « deferred » never agrees."""
    if outcome.adopted:
        if recorded == "adopted_unanimously":
            return outcome.voices_against == 0 and not outcome.abstained
        return recorded == "adopted"
    return recorded == "rejected"


def _can_cast(council: Council, members: list[Member], votes: Mapping[object, str]) -> bool:
    """LAU 197, al. 1: the préfet breaks a tie, unless he is the mayor of a municipality whose
    representatives may not vote on the question (here: he declared a conflict of interest)."""
    if council.prefect is None:
        return False
    return votes.get(council.prefect) != "conflict"


# -- quorum ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Quorum:
    met: bool
    members_present: int
    members_total: int
    voices_present: int
    voices_total: int
    members_needed: int
    voices_needed: int


def quorum(council: Council, members: Iterable[Member], present: Iterable[object],
           not_qualified: Iterable[object] = ()) -> Quorum | None:
    """Quorum of an MRC council (LAU 200): « le tiers des membres représentant au moins la
    moitié des voix » — at least one third of the members, holding together at least half of all
    the voices. On a question some members may not vote on (LAU 200, al. 2; here, those who
    declared a conflict of interest, given as ``not_qualified``), the same is counted among the
    members qualified to vote. None when the council has no quorum rule."""
    if council.quorum is None:
        return None
    excluded = set(not_qualified)
    members = [m for m in members if m.id not in excluded]
    here = set(present)
    n = len(members)
    all_voices = sum(m.voices for m in members)
    n_here = sum(1 for m in members if m.id in here)
    v_here = sum(m.voices for m in members if m.id in here)
    members_needed = -(-n // 3)          # at least a third: ceil(n / 3)
    voices_needed = -(-all_voices // 2)  # at least half: ceil(voices / 2)
    met = n > 0 and n_here >= members_needed and v_here >= voices_needed
    return Quorum(met, n_here, n, v_here, all_voices, members_needed, voices_needed)


# -- the words of the minutes (the catalogue's council_* entries) ----------------------------
def _lang(lang: str | None) -> str:
    lang = lang or current_language()
    return "en" if lang == "en" else "fr"


def _pct(share: Fraction, lang: str) -> str:
    pct = round(float(share) * 100)
    return f"{pct}%" if lang == "en" else f"{pct}\u00a0%"


def explain(outcome: Outcome, lang: str | None = None) -> str:
    """The one line the minutes print under a roll-call decision, e.g. « Adoptée : 14 voix sur
    22 exprimées, 63 % de la population » or « Rejetée : majorité des voix atteinte, mais 41 %
    de la population seulement »."""
    lang = _lang(lang)
    verdict = text("council_adopted" if outcome.adopted else "council_rejected", lang)
    share = _pct(outcome.population_share, lang)
    params = dict(verdict=verdict, v_for=outcome.voices_for, v_against=outcome.voices_against,
                  cast=outcome.voices_cast, share=share)
    if outcome.voices_cast == 0 and outcome.casting_vote is None:
        line = text("council_nobody", lang, **params)
    elif outcome.rule == "simple":
        line = text("council_simple", lang, **params)
    elif outcome.voices_majority and not outcome.population_majority:
        line = text("council_double_no_pop", lang, **params)
    elif not outcome.voices_majority:
        line = text("council_double_no_voices", lang, **params)
    else:
        line = text("council_double_yes", lang, **params)
    if outcome.limited:
        line += text("council_limited", lang)
    if outcome.casting_vote:
        line += text("council_casting", lang)
    elif outcome.undecided:
        line += text("council_deemed", lang)
    return line


def explain_quorum(q: Quorum, lang: str | None = None) -> str:
    """« Quorum atteint : 7 membres sur 12, 14 voix sur 22 »."""
    lang = _lang(lang)

    def members(n: int) -> str:
        return text("council_members", lang, n=n)

    def voices(n: int) -> str:
        return text("council_voices", lang, n=n)

    return text("council_quorum_yes" if q.met else "council_quorum_no", lang,
                n=q.members_present, total=q.members_total, v=q.voices_present,
                vt=q.voices_total, nn=q.members_needed, vn=q.voices_needed,
                members_n=members(q.members_present), members_nn=members(q.members_needed),
                members_total=members(q.members_total), voices_vt=voices(q.voices_total),
                voices_vn=voices(q.voices_needed))

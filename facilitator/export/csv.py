"""The report as CSV files, one per kind, for spreadsheets: participants.csv, agenda.csv,
ideas.csv, votes.csv, actors.csv (with the role levels), decisions.csv, actions.csv.

UTF-8 with a byte order mark (so Excel reads accents), header row in the report's language.
French files use ";" and a decimal comma (what Excel expects on a French-Canadian computer),
English files "," and a decimal point. Dates are YYYY-MM-DD, durations whole minutes.

Formula injection (OWASP): a text cell starting with = + - @ tab or carriage return is prefixed
with a single quote so a spreadsheet shows it as text instead of running it; so is one where
blanks (spaces, tabs, no-break or ideographic spaces, zero-width characters) come before
= + - @, and one starting with their fullwidth forms ＝ ＋ － ＠, which spreadsheets trim and
fold to the ASCII ones. Everything else is written as typed."""
from __future__ import annotations

import csv as _csv
import os
from pathlib import Path
from typing import Callable, Iterable

from ..roles import ROLES
from .report import Report

FILES = {"attendance": "participants.csv", "agenda": "agenda.csv", "ideas": "ideas.csv",
         "votes": "votes.csv", "roles": "actors.csv", "decisions": "decisions.csv",
         "actions": "actions.csv"}
_TRIGGERS = ("\t", "\r")
#: What starts a formula once leading blanks are trimmed (ASCII and fullwidth forms).
_FORMULA = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
#: Invisible characters a spreadsheet may drop before reading a cell (besides str.isspace()).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def neutralise(value: object) -> object:
    """A cell as a spreadsheet will not run it: text starting like a formula, possibly after
    blanks, gets a "'"."""
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(_TRIGGERS):
        return "'" + value
    for ch in value:
        if ch.isspace() or ch in _INVISIBLE:
            continue
        return "'" + value if ch in _FORMULA else value
    return value


class _Writer:
    def __init__(self, report: Report, folder: Path) -> None:
        self.r = report
        self.folder = folder
        self.fr = report.lang != "en"

    def L(self, key: str, **kw) -> str:
        return self.r.label(key, **kw)

    def number(self, value: float) -> str:
        text = f"{value:.1f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if self.fr else text

    def yes(self, flag: bool) -> str:
        return self.L("yes" if flag else "no")

    def save(self, name: str, header: list[str], rows: Iterable[list]) -> Path:
        path = self.folder / name
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            w = _csv.writer(fh, delimiter=";" if self.fr else ",", lineterminator="\r\n")
            w.writerow(header)
            for row in rows:
                w.writerow(["" if v is None else neutralise(v) for v in row])
        return path

    # one file per section ------------------------------------------------------------------
    def attendance(self) -> None:
        a = self.r.attendance
        rows = [[p.name, p.organization, self.yes(True)] for p in a.present]
        rows += [[p.name, p.organization, self.yes(False)] for p in a.absent]
        self.save(FILES["attendance"],
                  [self.L("name"), self.L("organization"), self.L("present_col")], rows)

    def agenda(self) -> None:
        rows = []
        for row in self.r.agenda.rows:
            actual = None if row.actual_seconds is None else round(row.actual_seconds / 60)
            rows.append([row.number, row.title, row.objective, row.method, row.start, row.end,
                         row.planned_minutes, actual,
                         row.overrun_seconds // 60 if row.overrun_seconds else 0])
        self.save(FILES["agenda"], [self.L(k) for k in (
            "item_no", "item", "objective", "method", "start", "end", "planned_min",
            "actual_min", "overrun_min")], rows)

    def ideas(self) -> None:
        rows = ([g.title if g.themed else "", i.text, i.author]
                for g in self.r.ideas.groups for i in g.ideas)
        self.save(FILES["ideas"], [self.L("theme"), self.L("idea"), self.L("author")], rows)

    def votes(self) -> None:
        rows = []
        for rnd in self.r.rounds:
            for r in rnd.rows:
                rows.append([rnd.title, r.rank, self.yes(r.tied), r.label, r.dots,
                             self.number(r.share * 100), None if rnd.anonymous else r.voters,
                             "; ".join(r.names) if not rnd.anonymous else ""])
        self.save(FILES["votes"], [self.L(k) for k in (
            "round", "rank", "tie_col", "candidate", "dots", "share_pct", "voters",
            "voter_names")], rows)

    def roles(self) -> None:
        header = [self.L("actor"), self.L("kind")]
        for role in ROLES:
            for which in ("current", "desired"):
                header.append(self.L("role_level", role=role.label(self.r.lang),
                                     which=self.L(which)))
        rows = []
        for a in self.r.roles.actors:
            levels = [lv for pair in zip(a.current, a.desired) for lv in pair]
            rows.append([a.name, a.kind] + levels)
        self.save(FILES["roles"], header, rows)

    def decisions(self) -> None:
        # a council's roll call (export.council_minutes): the declarations of interest, who
        # voted how and the quorum, as the minutes print them; empty for other decisions
        rows = [[d.number, d.text, d.outcome_label, d.proposed_by, d.seconded_by, d.votes_for,
                 d.votes_against, d.abstentions, d.sentence, " ".join(d.conflicts),
                 d.roll_call, d.quorum]
                for d in self.r.decisions]
        self.save(FILES["decisions"], [self.L(k) for k in (
            "number", "text", "outcome", "proposed_by", "seconded_by", "votes_for",
            "votes_against", "abstentions", "wording", "conflicts", "roll_call", "quorum")],
            rows)

    def actions(self) -> None:
        rows = [[a.text, a.owner, a.due_iso, a.status_label] for a in self.r.actions]
        self.save(FILES["actions"], [self.L(k) for k in ("what", "who", "due", "status")], rows)


def write(report: Report, folder: str | os.PathLike,
          progress: Callable[[float], None] | None = None) -> Path:
    """Write one CSV file per section of the report into `folder` (created if needed)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    w = _Writer(report, folder)
    keys = [k for k in report.sections() if k in FILES]
    for n, key in enumerate(keys):
        getattr(w, key)()
        if progress:
            progress(0.9 * (n + 1) / len(keys))
    return folder

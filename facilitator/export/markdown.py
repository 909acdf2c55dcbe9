"""The report as Markdown (CommonMark with GitHub tables): readable as plain text, and rendered
by any Markdown viewer.

User text is escaped so that it renders as typed and can never make a link, an image, raw HTML,
a heading, a list or a table cell of its own: `escape()` backslash-escapes the characters that
start those constructs, and neutralises bare web and e-mail addresses that viewers turn into
links."""
from __future__ import annotations

import os
import re
import string
from pathlib import Path
from typing import Callable

from .labels import fmt_colon, label
from .report import Report
from .text import printable

BAR = "█"
BAR_WIDTH = 20

_ALWAYS = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^( *)([#>+=\-]|\d+[.)])")
_SCHEME = re.compile(r"(?<=\w):(?=//)")
_WWW = re.compile(r"(?i)(?<![\w.])(www)\.")
_EMAIL = re.compile(r"(?<=\w)@(?=\w)")


def escape(text: str | None, *, block: bool = True) -> str:
    """User text as Markdown that shows exactly this text: line breaks become hard breaks.
    block: the text starts a line of a paragraph, a list item or a quote, where "# ", "- ",
    "1. ", "> " would start a construct; inline text (table cells, after "### ") needs less."""
    if not text:
        return ""
    lines = []
    for line in printable(text).replace("\t", " ").split("\n"):
        body = line.lstrip(" ")
        lead = line[:len(line) - len(body)]
        line = (lead if len(lead) < 4 else "") + body   # 4 spaces would start a code block
        line = _ALWAYS.sub(r"\\\1", line)
        line = _ENTITY.sub(r"\\&", line).replace("\\](", "\\]\\(")
        line = _SCHEME.sub(r"\\:", line)
        line = _WWW.sub(r"\1\\.", line)
        line = _EMAIL.sub(r"\\@", line)
        if block:
            line = _LINE_START.sub(
                lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], line)
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    # a blank line would end the paragraph: keep it as a hard break on an escaped space
    return "\\\n".join(line if line else "\u00a0" for line in lines)


def inline(text: str | None) -> str:
    """User text on one line (headings, table cells): line breaks become spaces."""
    return escape(" ".join(printable(text or "").split("\n")).strip(), block=False)


def _table(header: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> str:
    """A table; cells are already escaped."""
    align = ["---:" if i in right else "---" for i in range(len(header))]
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    out += ["| " + " | ".join(c if c else " " for c in row) + " |" for row in rows]
    return "\n".join(out)


class _Writer:
    def __init__(self, report: Report) -> None:
        self.r = report
        self.parts: list[str] = []

    def L(self, key: str, **kw) -> str:
        return escape(self.r.label(key, **kw), block=False)

    def LU(self, key: str, **user: str) -> str:
        """A label holding user text: the label's words and the user's text each escaped."""
        out = []
        for literal, field, _, _ in string.Formatter().parse(label(key, self.r.lang)):
            out.append(escape(literal, block=False))
            if field:
                out.append(inline(user[field]))
        return "".join(out)

    def add(self, *blocks: str) -> None:
        self.parts.extend(blocks)

    def write(self, progress) -> str:
        self.title_page()
        sections = self.r.sections()
        for n, key in enumerate(sections):
            getattr(self, key)()
            if progress:
                progress(0.9 * (n + 1) / len(sections))
        return "\n\n".join(self.parts) + "\n"

    def title_page(self) -> None:
        tp = self.r.title_page
        self.add(f"# {inline(tp.title)}")
        line = f"**{self.L('report_kind')}**"
        if tp.date:
            line += f" · {escape(tp.date)}" + (f" · {escape(tp.start_time)}"
                                                if tp.start_time else "")
        self.add(line)
        colon = escape(fmt_colon(self.r.lang).replace("\u00a0", " "))
        info = [f"- **{self.L(key)}**{colon}{inline(value)}"
                for key, value in (("place", tp.place), ("organizer", tp.organizer),
                                   ("facilitators", ", ".join(tp.facilitators))) if value]
        if info:
            self.add("\n".join(info))

    def attendance(self) -> None:
        a = self.r.attendance
        count = self.L("attendance_count", present=len(a.present),
                       total=len(a.present) + len(a.absent))
        self.add(f"## {self.L('attendance')}", f"*{count}*")
        for key, people in (("present", a.present), ("absent", a.absent)):
            self.add(f"### {self.L(key)}")
            if not people:
                self.add(self.L("nobody"))
                continue
            self.add(_table([self.L("name"), self.L("organization")],
                            [[inline(p.name), inline(p.organization)] for p in people]))

    def agenda(self) -> None:
        ag = self.r.agenda
        self.add(f"## {self.L('agenda')}")
        clock = ag.clock
        header = [self.L(key) for key in ag.header_keys()]
        colon = fmt_colon(self.r.lang)
        rows = []
        for row in ag.rows:
            title = f"**{inline(row.title)}**"
            for key, value in (("objective", row.objective), ("method", row.method)):
                if value:
                    title += f" — *{self.L(key)}*{colon}{inline(value)}"
            cells = [str(row.number), title] + ([row.start, row.end] if clock else [])
            rows.append(cells + [row.planned, row.actual,
                                 f"**{inline(row.overrun)}**" if row.overrun else ""])
        rows.append(["", f"**{self.L('total')}**"] + (["", ""] if clock else [])
                    + [f"**{inline(v)}**" if v else "" for v in
                       (ag.total_planned, ag.total_actual, ag.total_overrun)])
        self.add(_table(header, rows, right=set(range(2, len(header))) | {0}))
        self.evaluation()

    def evaluation(self) -> None:
        """The session's evaluation (issue 16), after the agenda."""
        ev = self.r.agenda.evaluation
        if ev is None:
            return
        self.add(f"### {self.L('evaluation')}", escape(ev.summary))
        if ev.distribution:
            self.add(f"*{self.L('evaluation_scores')}*{fmt_colon(self.r.lang)}"
                     f"{escape(ev.distribution)}")
        for key, notes in (("evaluation_keep", ev.keep), ("evaluation_change", ev.change)):
            if notes:
                self.add(f"**{self.L(key)}**", "\n".join(f"- {escape(t)}" for t in notes))

    def ideas(self) -> None:
        ideas = self.r.ideas
        self.add(f"## {self.L('ideas')}",
                 f"*{self.L('ideas_total', n=ideas.total, t=ideas.theme_count)}*")
        if not ideas.groups:
            self.add(self.L("empty_section"))
            return
        self.add(_table([self.L("theme"), self.L("count")],
                        [[inline(g.title), str(g.count)] for g in ideas.groups], right={1}))
        for g in ideas.groups:
            self.add(f"### {inline(g.title)} ({escape(g.count_text)})")
            items = []
            for idea in g.ideas:
                text = escape(idea.text).replace("\\\n", "\\\n  ")
                if idea.author:
                    text += f" — *{inline(idea.author)}*"
                items.append(f"- {text}")
            if items:
                self.add("\n".join(items))

    def votes(self) -> None:
        self.add(f"## {self.L('votes')}")
        if not self.r.rounds:
            self.add(self.L("empty_section"))
        for rnd in self.r.rounds:
            self.add(f"### {self.LU('round_title', title=rnd.title)}",
                     f"*{escape(' · '.join(rnd.settings))}*", escape(rnd.totals))
            if rnd.groups:
                self.add(escape(rnd.groups))
            named = not rnd.anonymous and any(r.names for r in rnd.rows)
            best = max([r.dots for r in rnd.rows] + [1])
            header = [self.L("rank"), self.L("candidate"), self.L("dots"), self.L("share")]
            header += ([] if rnd.anonymous else [self.L("voters")]) + [" "]
            header += [self.L("voter_names")] if named else []
            rows = []
            for r in rnd.rows:
                rank = str(r.rank) + (f" ({self.L('tie')})" if r.tied else "")
                bar = BAR * max(1 if r.dots else 0, round(BAR_WIDTH * r.dots / best))
                cells = [rank, inline(r.label), str(r.dots), inline(r.share_text)]
                cells += ([] if rnd.anonymous else [str(r.voters)]) + [bar]
                rows.append(cells + ([inline(", ".join(r.names))] if named else []))
            self.add(_table(header, rows, right={2, 3} if rnd.anonymous else {2, 3, 4}))

    def roles(self) -> None:
        rm = self.r.roles
        self.add(f"## {self.L('roles')}", escape(rm.heading),
                 f"*{escape(rm.source)}*")
        self.add(f"### {self.L('wheel')}",
                 f"*{self.L('actors_holding')}*")
        self.add(_table(
            [self.L(k) for k in ("role", "description", "held_current", "held_desired",
                                 "level_sum_current", "level_sum_desired")],
            [[escape(s.label), escape(s.description), str(s.held_current),
              str(s.held_desired), str(s.current_total), str(s.desired_total)]
             for s in rm.wheel], right={2, 3, 4, 5}))
        self.add(f"### {self.L('current_levels')} / {self.L('desired_levels')}",
                 f"*{self.L('heat_legend')} — 2→3{escape(fmt_colon(self.r.lang))}"
                 f"{self.L('current')} → {self.L('desired')}*")
        if rm.actors:
            rows = []
            for a in rm.actors:
                name = f"**{inline(a.name)}**" + (f" ({inline(a.kind)})" if a.kind else "")
                rows.append([name] + [str(c) if c == d else f"**{c}→{d}**"
                                      for c, d in zip(a.current, a.desired)])
            self.add(_table([self.L("actor")] + [escape(x) for x in rm.role_labels], rows,
                            right=set(range(1, 8))))
        else:
            self.add(self.L("empty_section"))
        self.add(f"### {self.L('gaps')}")
        self.add("\n".join(f"- {escape(g)}" for g in rm.gaps) if rm.gaps
                 else self.L("no_gaps"))
        if rm.priorities:   # the role map of each priority (issue 16)
            self.add(f"### {self.L('priority_roles')}", f"*{self.L('priority_roles_note')}*")
            for p in rm.priorities:
                self.add(f"#### {inline(p.title)}",
                         "\n".join(f"- {escape(line)}" for line in p.holders + p.gaps))

    def decisions(self) -> None:
        self.add(f"## {self.L('decisions')}")
        if not self.r.decisions:
            self.add(self.L("empty_section"))
        for d in self.r.decisions:
            self.add(f"### {inline(d.heading)}")
            for line in d.conflicts:            # council: declared before the resolution
                self.add(f"*{escape(line)}*")
            self.add(escape(d.body))
            for line in (d.roll_call, d.quorum):
                if line:
                    self.add(escape(line))
            if d.conclusion:
                self.add(f"**{escape(d.conclusion)}**")

    def actions(self) -> None:
        self.add(f"## {self.L('actions')}")
        if not self.r.actions:
            self.add(self.L("empty_section"))
            return
        self.add(_table([self.L(k) for k in ("what", "who", "due", "status")],
                        [[inline(a.text), inline(a.owner), escape(a.due),
                          escape(a.status_label)] for a in self.r.actions]))


def render(report: Report, progress: Callable[[float], None] | None = None) -> str:
    return _Writer(report).write(progress)


def write(report: Report, out: str | os.PathLike,
          progress: Callable[[float], None] | None = None) -> Path:
    """Write the report as Markdown (UTF-8) at `out` (the caller chooses a temporary name)."""
    out = Path(out)
    out.write_text(render(report, progress), encoding="utf-8", newline="\n")
    return out

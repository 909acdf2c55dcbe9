"""Models of the Vote page: the rounds, the paper grid, the results, rounds side by side, and a
ballot being filled in (not recorded until it is confirmed).

The grid writes each typed total as one undoable change (facilitator.ops.voting); the other models
only show. Reloading keeps the rows (and the cell being typed in) when only numbers changed.
"""
from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt,
                            Signal)

from facilitator import voting
from facilitator.ops import voting as ballots
from facilitator import voting_results
from facilitator.model import Round
from facilitator.voting import VotingError
from facilitator_ui.context import SessionContext
from facilitator_ui.widgets.bar_chart import Bar

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
TIP = Qt.ItemDataRole.ToolTipRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


def tip(text: str) -> str:
    """A tooltip that shows user text as typed (tooltips otherwise read it as markup)."""
    return f"<p>{html.escape(text)}</p>"


def one_line(text: str) -> str:
    return " ".join(text.split())


def plural(n: int, one: str, many: str) -> str:
    """one or many (translated, with %1) for n: French is singular below 2, English at 1."""
    singular = n < 2 if QLocale().language() == QLocale.Language.French else n == 1
    return (one if singular else many).replace("%1", str(n))


def share_text(share: float) -> str:
    """24 % (French) or 24% (English)."""
    return QCoreApplication.translate("ResultsModel", "%1%").replace(
        "%1", QLocale().toString(share * 100, "f", 0))


def result_bars(res: ballots.Results | None) -> list[Bar]:
    """The bars of a round's ranking: rank, candidate, dots · share."""
    if res is None:
        return []
    return [Bar(res.labels.get(s.item_id, str(s.item_id)), s.dots, s.rank,
                f"{s.dots} · {share_text(s.share)}") for s in res.standings]


class _Table(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> tuple[str, ...]:
        return ()

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            heads = self.headers()
            return heads[section] if 0 <= section < len(heads) else None
        return None

    def _replace(self, rows: list, same: bool) -> None:
        """New rows: dataChanged when the shape is the same, a reset otherwise."""
        if same and self.rows and len(rows) == len(self.rows):
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()


# -- rounds ---------------------------------------------------------------------------------------
TITLE, STATE = range(2)


class RoundsModel(_Table):
    def __init__(self, ctx: SessionContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Round] = ctx.store.voting.rounds()

    def headers(self):
        return (self.tr("Round"), self.tr("State"))

    def reload(self) -> None:
        rows = self.ctx.store.voting.rounds()
        self._replace(rows, [r.id for r in rows] == [r.id for r in self.rows])

    def status_text(self, rnd: Round) -> str:
        return {"draft": self.tr("Draft"), "open": self.tr("Open"),
                "closed": self.tr("Closed")}[rnd.status]

    def data(self, index, role=DISPLAY):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == DISPLAY:
            if index.column() == TITLE:
                return one_line(r.title)
            text = self.status_text(r)
            return text + (" · " + self.tr("revealed") if r.revealed else "")
        if role == TIP:
            return tip(r.title)
        return None

    def round(self, row: int) -> Round:
        return self.rows[row]

    def row_of(self, round_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == round_id), -1)


# -- the paper grid -------------------------------------------------------------------------------
CANDIDATE, PAPER, NAMED, TOTAL = range(4)


class PaperGridModel(_Table):
    """Candidate, dots counted on paper (typed), dots from ballots (named or anonymous, at the
    laptop), total: a paper number never replaces ballots, the two add up."""

    def __init__(self, ctx: SessionContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round: Round | None = None
        self.rows: list[tuple[int, str]] = []
        self.unnamed: dict[int, int] = {}
        self.named: dict[int, int] = {}

    def headers(self):
        anonymous = self.round is not None and self.round.anonymous
        return (self.tr("Candidate"), self.tr("Paper dots"),
                self.tr("Laptop ballots") if anonymous else self.tr("Named ballots"),
                self.tr("Total"))

    def set_round(self, round_id: int | None) -> None:
        store = self.ctx.store
        rnd = store.voting.round(round_id) if round_id is not None else None
        same_round = rnd is not None and self.round is not None and rnd.id == self.round.id
        self.round = rnd
        if rnd is None:
            rows, self.unnamed, self.named = [], {}, {}
        else:
            tags = ballots.candidate_labels(store, rnd)
            rows = [(item, tags.get(item, str(item))) for item in rnd.candidates]
            # unnamed: the paper dots; named: every ballot's (named, or anonymous at the laptop),
            # added up by SQLite (not every vote row read)
            self.unnamed, self.named = voting_results.paper_and_ballots(store, rnd.id)
        self._replace(rows, same_round and [r[0] for r in rows] == [r[0] for r in self.rows])
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def reload(self) -> None:
        self.set_round(self.round.id if self.round else None)

    def editable(self) -> bool:
        return self.round is not None and self.round.status == "open"

    def totals(self) -> tuple[int, int]:
        """(unnamed dots, named dots) over the candidates."""
        items = [r[0] for r in self.rows]
        return (sum(self.unnamed.get(i, 0) for i in items),
                sum(self.named.get(i, 0) for i in items))

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PAPER and self.editable():
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=DISPLAY):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item, label = self.rows[index.row()]
        col = index.column()
        if role in (DISPLAY, EDIT):
            if col == CANDIDATE:
                return one_line(label)
            paper, named = self.unnamed.get(item, 0), self.named.get(item, 0)
            value = (None, paper, named, paper + named)[col]
            if role == EDIT:
                return str(value)
            return str(value) if value or col == TOTAL else ""
        if role == ALIGN and col != CANDIDATE:
            return RIGHT
        if role == TIP and col == CANDIDATE:
            return tip(label)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == PAPER:
            return f"{one_line(label)}: {self.unnamed.get(item, 0)}"
        return None

    def setData(self, index, value, role=EDIT) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != PAPER or role != EDIT or not self.editable():
            return False
        text = str(value).strip()
        if text == "":
            text = "0"
        if not text.isdigit():
            return False
        dots = int(text)
        item = self.rows[index.row()][0]
        if dots == self.unnamed.get(item, 0):
            return False
        store, rid = self.ctx.store, self.round.id
        done = self.ctx.do(
            ballots.record_paper_totals.label(store, rid, {item: dots}),
            lambda: ballots.record_paper_totals(store, rid, {item: dots}) or True)
        return bool(done)


# -- results --------------------------------------------------------------------------------------
RANK, R_CANDIDATE, DOTS, SHARE, VOTERS, WHO = range(6)


class ResultsModel(_Table):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.results: ballots.Results | None = None
        self.rows: list[voting.Standing] = []
        self.tied: set[int] = set()

    def headers(self):
        return (self.tr("Rank"), self.tr("Candidate"), self.tr("Dots"), self.tr("Share"),
                self.tr("Voters"), self.tr("Who voted"))

    def set_results(self, res: ballots.Results | None) -> None:
        rows = res.standings if res else []
        same = (self.results is not None and res is not None
                and self.results.round.id == res.round.id
                and [s.item_id for s in rows] == [s.item_id for s in self.rows])
        self.results = res
        ranks = Counter(s.rank for s in rows)
        self.tied = {r for r, n in ranks.items() if n > 1}
        self._replace(rows, same)

    def rank_text(self, s: voting.Standing) -> str:
        if s.rank in self.tied:
            return self.tr("%1 (tied)").replace("%1", str(s.rank))
        return str(s.rank)

    def label(self, s: voting.Standing) -> str:
        return self.results.labels.get(s.item_id, str(s.item_id)) if self.results else ""

    def who_text(self, s: voting.Standing) -> str:
        if not self.results or self.results.round.anonymous:
            return ""
        return ", ".join(f"{name} ({dots})" for name, dots in self.results.who.get(s.item_id, []))

    def data(self, index, role=DISPLAY):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        s = self.rows[index.row()]
        col = index.column()
        anonymous = self.results.round.anonymous
        if role == DISPLAY:
            if col == RANK:
                return self.rank_text(s)
            if col == R_CANDIDATE:
                return one_line(self.label(s))
            if col == DOTS:
                return str(s.dots)
            if col == SHARE:
                return share_text(s.share)
            if col == VOTERS:
                return "—" if anonymous else str(s.voters)
            return self.who_text(s)
        if role == ALIGN and col in (RANK, DOTS, SHARE, VOTERS):
            return RIGHT
        if role == TIP:
            if col == R_CANDIDATE:
                return tip(self.label(s))
            if col == VOTERS:
                return tip(self.tr("Anonymous round: voters are not counted, nobody is linked "
                                   "to their dots.") if anonymous else
                           self.tr("People with a named ballot who put at least one dot here "
                                   "(paper dots are not counted)."))
            if col == WHO and not anonymous:
                return tip(self.who_text(s))
        return None


# -- rounds side by side --------------------------------------------------------------------------
class ComparisonModel(_Table):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rounds: list[Round] = []
        self.rows: list[tuple[int, str, list]] = []

    def headers(self):
        return (self.tr("Candidate"), *[one_line(r.title) for r in self.rounds])

    def set_rounds(self, store, rounds: list[Round]) -> None:
        self.beginResetModel()
        self.rounds = list(rounds)
        self.rows = ballots.comparison(store, [r.id for r in rounds]) if rounds else []
        self.endResetModel()

    def data(self, index, role=DISPLAY):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item, label, per = self.rows[index.row()]
        col = index.column()
        if role == DISPLAY:
            if col == 0:
                return one_line(label)
            s = per[col - 1]
            if s is None:
                return "—"
            return f"{s.rank} · {s.dots}"
        if role == ALIGN and col > 0:
            return CENTER
        if role == TIP and col == 0:
            return tip(label)
        return None


# -- a ballot being filled in ---------------------------------------------------------------------
B_CANDIDATE, B_DOTS, B_MINUS, B_PLUS = range(4)


class BallotModel(_Table):
    """One person's dots before they are recorded, checked at every step with the round's rules
    (facilitator.voting.check_ballot). A refused step changes nothing and emits `refused` with
    the reason, in words."""

    refused = Signal(str)
    refusedError = Signal(object)   # the same refusal as the VotingError (for one-line status)
    changed = Signal()

    def __init__(self, rnd: Round, labels: dict[int, str], *, buttons: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.rnd = rnd
        self.buttons = buttons
        self.rows = [(item, labels.get(item, str(item))) for item in rnd.candidates]
        self.dots: dict[int, int] = {}
        self.labels = labels

    def headers(self):
        heads = (self.tr("Candidate"), self.tr("Your dots") if self.buttons else self.tr("Dots"))
        return heads + (("−", "+") if self.buttons else ())

    def spent(self) -> int:
        return sum(self.dots.values())

    def left(self) -> int:
        return self.rnd.dots_per_participant - self.spent()

    def ballot(self) -> dict[int, int]:
        return {item: d for item, d in self.dots.items() if d > 0}

    def load(self, ballot: dict[int, int]) -> None:
        self.beginResetModel()
        self.dots = dict(ballot)
        self.endResetModel()
        self.changed.emit()

    def clear(self) -> None:
        self.load({})

    def why_not_error(self, row: int, dots: int) -> VotingError | None:
        """Why a person could not have `dots` on this row, or None."""
        item = self.rows[row][0]
        trial = {**self.dots, item: dots}
        probe = Round(**{**self.rnd.__dict__, "status": "open"})
        try:
            voting.check_ballot(probe, trial, labels=self.labels)
        except VotingError as exc:
            return exc
        return None

    def why_not(self, row: int, dots: int) -> str | None:
        """The reason a person could not have `dots` on this row, or None."""
        error = self.why_not_error(row, dots)
        return str(error) if error is not None else None

    def set_dots(self, row: int, dots: int) -> bool:
        if not 0 <= row < len(self.rows):
            return False
        dots = max(0, dots)
        error = self.why_not_error(row, dots)
        if error is not None:
            self.refusedError.emit(error)
            self.refused.emit(str(error))
            return False
        item = self.rows[row][0]
        self.dots[item] = dots
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.changed.emit()
        return True

    def add(self, row: int, delta: int) -> bool:
        item = self.rows[row][0] if 0 <= row < len(self.rows) else None
        if item is None:
            return False
        return self.set_dots(row, self.dots.get(item, 0) + delta)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == B_DOTS and not self.buttons:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=DISPLAY):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item, label = self.rows[index.row()]
        col = index.column()
        n = self.dots.get(item, 0)
        if role in (DISPLAY, EDIT):
            if col == B_CANDIDATE:
                return one_line(label)
            if col == B_DOTS:
                if role == EDIT or not self.buttons:
                    return str(n) if n or role == EDIT else ""
                return ("●" * min(n, 10) + ("…" if n > 10 else "") + f"  {n}") if n else "0"
            return ("", "", "−", "+")[col]
        if role == ALIGN and col != B_CANDIDATE:
            return CENTER if self.buttons else RIGHT
        if role == TIP:
            if col == B_CANDIDATE:
                return tip(label)
            if col == B_MINUS:
                return tip(self.tr("Remove a dot (− key)"))
            if col == B_PLUS:
                return tip(self.tr("Add a dot (+ key)"))
        if role == Qt.ItemDataRole.AccessibleTextRole and col == B_DOTS:
            return self.tr("%2: %1").replace("%1", str(n)).replace("%2", one_line(label))
        return None

    def setData(self, index, value, role=EDIT) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != B_DOTS or role != EDIT:
            return False
        text = str(value).strip() or "0"
        if not text.isdigit():
            return False
        return self.set_dots(index.row(), int(text))

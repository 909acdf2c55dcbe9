"""The Vote page: dot-voting rounds, the three ways of recording dots, results, reveal, runoffs.

Left, the rounds of the session (all kept, in order). Right, the chosen round: its settings in
one sentence, its state (draft, open, closed), and four tabs: the paper grid (type each
candidate's total: digits, Tab/Enter to the next, no mouse), ballots (at the laptop, one person
after the other, or named ballots typed by the facilitator), results (ranking with ex aequo
ranks, share, voters, who voted for what in named rounds only, bars) and rounds side by side.
The room sees results only after « Révéler ». Every write goes through facilitator.ops.voting in
one undoable change.

Keys: Ctrl+Shift+N new round · Ctrl+E settings · Ctrl+Shift+O open or close the voting ·
Ctrl+Shift+G the paper grid · Ctrl+Shift+B ballots at the laptop · Ctrl+Shift+E named ballots ·
Ctrl+Shift+R reveal or hide · Ctrl+Shift+P show in the room · Ctrl+Shift+T runoff ·
Delete removes the round chosen in the list (undoable).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QMessageBox, QPushButton, QScrollArea, QSplitter, QStackedWidget,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from facilitator import ops
from facilitator import voting
from facilitator.ops import voting as ballots
from facilitator import voting_results
from facilitator.participants import distinct, voters
from facilitator.voting import VotingError
from facilitator_ui.dialogs.ballot import (ERROR_STYLE, LaptopBallotDialog, NamedBallotDialog,
                                           NumberGrid)
from facilitator_ui.dialogs.round_setup import RoundSetupDialog, RunoffDialog
from facilitator_ui.icons import icon
from facilitator_ui.models.voting import (ComparisonModel, one_line, PAPER, PaperGridModel, plural,
                                          R_CANDIDATE, result_bars, ResultsModel, RoundsModel, WHO)
from facilitator_ui.pages.base import Page
from facilitator_ui.widgets.bar_chart import BarChart
from facilitator_ui.widgets.rounds_view import RoundsView

GRID_TAB, BALLOTS_TAB, RESULTS_TAB, COMPARE_TAB = range(4)
NOTE_STYLE = "color: #52606d;"
HIDDEN_STYLE = "background: #fff4e5; color: #8a4b00; padding: 6px; border-radius: 4px;"
SHOWN_STYLE = "background: #e6f4ea; color: #1e5631; padding: 6px; border-radius: 4px;"


def _plain(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class VotingPage(Page):
    kinds = frozenset({"voting", "ideas", "themes", "participants"})

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("VotingPage", "Voting")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.round_id: int | None = None

        left = self._build_rounds()
        self._build_empty()
        self._build_round_panel()

        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.round_panel)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self._connect()
        self._choose_row(len(self.rounds_model.rows) - 1)
        self._show_round()
        self._name_controls()

    def _build_rounds(self):
        """Left: the list of rounds and the gestures on them."""
        self.rounds_model = RoundsModel(self.ctx, self)
        self.rounds_view = RoundsView(self)
        self.rounds_view.setModel(self.rounds_model)
        self.rounds_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rounds_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds_view.verticalHeader().setVisible(False)
        self.rounds_view.setWordWrap(False)
        self.rounds_view.setAccessibleName(self.tr("Voting rounds"))
        header = self.rounds_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.new_button = QPushButton(icon("fa5s.plus"), self.tr("New round…"))
        self.new_button.setToolTip(self.tr("Set up a new voting round (Ctrl+Shift+N)"))
        self.runoff_button = QPushButton(icon("fa5s.filter"), self.tr("Runoff…"))
        self.runoff_button.setToolTip(self.tr("A new round from the top, a threshold or a "
                                              "selection of a closed round (Ctrl+Shift+T)"))
        self.remove_button = QPushButton(icon("fa5s.trash-alt"), self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove this round and its dots (Delete; "
                                              "Ctrl+Z brings it back)"))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.rounds_view, 1)
        # two rows, so that the list of rounds stays narrow on a small laptop screen
        lv.addWidget(self.new_button)
        row = QHBoxLayout()
        row.addWidget(self.runoff_button)
        row.addWidget(self.remove_button)
        lv.addLayout(row)
        return left

    def _build_empty(self) -> None:
        """Right, before any round: what voting rounds are, and a way to make one."""
        self.empty = QWidget()
        ev = QVBoxLayout(self.empty)
        empty_title = _plain(self.tr("No voting round yet"))
        f = empty_title.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        empty_title.setFont(f)
        ev.addWidget(empty_title)
        ev.addWidget(_plain(self.tr(
            "A round turns many ideas (or themes) into a few priorities: each person places "
            "a few dots. Record them on paper and type the totals, let each person vote in "
            "turn at the laptop, or type each person's ballot. Start with « New round… » "
            "(Ctrl+Shift+N).")))
        self.empty_new = QPushButton(icon("fa5s.plus"), self.tr("New round…"))
        self.empty_new.setToolTip(self.tr("Set up a new voting round (Ctrl+Shift+N)"))
        ev.addWidget(self.empty_new, 0, Qt.AlignmentFlag.AlignLeft)
        ev.addStretch(1)

    def _build_round_panel(self) -> None:
        """Right: the round chosen, with its summary, gestures and tabs."""
        self.round_panel = QWidget()
        rv = QVBoxLayout(self.round_panel)
        rv.setContentsMargins(0, 0, 0, 0)
        self.round_title = _plain()
        f = self.round_title.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.round_title.setFont(f)
        self.state_label = _plain()
        self.state_label.setWordWrap(False)
        self.summary = _plain(style=NOTE_STYLE)
        self.settings_button = QPushButton(icon("fa5s.sliders-h"), self.tr("Settings…"))
        self.settings_button.setToolTip(self.tr("Title, candidates, dots, cap, anonymity "
                                                "(Ctrl+E)"))
        self.open_button = QPushButton()
        self.reveal_button = QPushButton()
        self.room_button = QPushButton(icon("fa5s.tv"), self.tr("Show in the room"))
        self.room_button.setToolTip(self.tr("Put this round's results view on the projector; "
                                            "it stays « hidden » until you reveal "
                                            "(Ctrl+Shift+P)"))
        title_row = QHBoxLayout()
        title_row.addWidget(self.round_title, 1)
        title_row.addWidget(self.state_label)
        actions = QHBoxLayout()
        actions.addWidget(self.settings_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.reveal_button)
        actions.addWidget(self.room_button)
        actions.addStretch(1)
        self.guide = _plain()
        rv.addLayout(title_row)
        rv.addWidget(self.summary)
        rv.addLayout(actions)
        rv.addWidget(self.guide)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_grid_tab(), icon("fa5s.th-list"), self.tr("Paper &dots"))
        self.tabs.addTab(self._build_ballots_tab(), icon("fa5s.vote-yea"), self.tr("&Ballots"))
        self.tabs.addTab(self._build_results_tab(), icon("fa5s.chart-bar"), self.tr("&Results"))
        self.tabs.addTab(self._build_compare_tab(), icon("fa5s.columns"),
                         self.tr("&Compare rounds"))
        rv.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        """Signals to slots, and the page\'s shortcuts."""
        self.new_button.clicked.connect(self.new_round)
        self.empty_new.clicked.connect(self.new_round)
        self.runoff_button.clicked.connect(self.new_runoff)
        self.remove_button.clicked.connect(self.remove_round)
        self.settings_button.clicked.connect(self.edit_settings)
        self.open_button.clicked.connect(self.toggle_open)
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.room_button.clicked.connect(self.show_in_room)
        self.laptop_button.clicked.connect(self.laptop_ballots)
        self.named_button.clicked.connect(self.named_ballots)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())
        self.rounds_view.selectionModel().currentRowChanged.connect(self._round_chosen)
        for seq, slot in (("Ctrl+Shift+N", self.new_round), ("Ctrl+E", self.edit_settings),
                          ("Ctrl+Shift+O", self.toggle_open), ("Ctrl+Shift+R", self.toggle_reveal),
                          ("Ctrl+Shift+P", self.show_in_room), ("Ctrl+Shift+T", self.new_runoff),
                          ("Ctrl+Shift+B", self.laptop_ballots),
                          ("Ctrl+Shift+E", self.named_ballots),
                          ("Ctrl+Shift+G", self.focus_grid)):
            QShortcut(QKeySequence(seq), self, activated=slot)

    def _name_controls(self) -> None:
        """Names a screen reader says (the round's buttons change their text with its state)."""
        self.open_button.setAccessibleName(self.tr("Open or close the voting"))
        self.reveal_button.setAccessibleName(self.tr("Reveal or hide the results"))
        self.compare_view.setAccessibleName(self.tr("Rounds compared"))

    # -- tabs ---------------------------------------------------------------------------------
    def _build_grid_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.grid_model = PaperGridModel(self.ctx, self)
        self.grid = NumberGrid(PAPER)
        self.grid.setModel(self.grid_model)
        self.grid.setWordWrap(False)
        self.grid.setAccessibleName(self.tr("Paper dots per candidate"))
        h = self.grid.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.grid_help = _plain(style=NOTE_STYLE)
        self.running_total = _plain()
        f = self.running_total.font()
        f.setBold(True)
        self.running_total.setFont(f)
        v.addWidget(self.grid_help)
        v.addWidget(self.grid, 1)
        v.addWidget(self.running_total)
        return tab

    def _build_ballots_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.laptop_button = QPushButton(icon("fa5s.laptop"), self.tr("Ballots at the laptop…"))
        self.laptop_button.setToolTip(self.tr("Full screen; each person in turn places their "
                                              "dots and confirms; nobody sees earlier ballots "
                                              "(Ctrl+Shift+B)"))
        self.named_button = QPushButton(icon("fa5s.keyboard"), self.tr("Type named ballots…"))
        self.named_button.setToolTip(self.tr("Choose a person and type their dots, e.g. each "
                                             "councillor's (Ctrl+Shift+E)"))
        row = QHBoxLayout()
        row.addWidget(self.laptop_button)
        row.addWidget(self.named_button)
        row.addStretch(1)
        self.ballots_note = _plain(style=NOTE_STYLE)
        self.voters_title = _plain()
        self.voters_list = QListWidget()
        self.voters_list.setAccessibleName(self.tr("Who has a ballot"))
        v.addLayout(row)
        v.addWidget(self.ballots_note)
        v.addWidget(self.voters_title)
        v.addWidget(self.voters_list, 1)
        return tab

    def _build_results_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.reveal_note = _plain()
        self.results_summary = _plain()
        self.groups_note = _plain()        # the results by group (issue 17), when groups exist
        self.groups_note.setVisible(False)
        self.results_model = ResultsModel(self)
        self.results_view = QTableView()
        self.results_view.setModel(self.results_model)
        self.results_view.verticalHeader().setVisible(False)
        self.results_view.setWordWrap(False)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setAccessibleName(self.tr("Ranking"))
        h = self.results_view.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(R_CANDIDATE, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Interactive)
        h.setStretchLastSection(False)
        self.results_view.setColumnWidth(WHO, 260)
        self.chart = BarChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        split = QSplitter()
        split.addWidget(self.results_view)
        split.addWidget(scroll)
        split.setSizes([640, 360])
        v.addWidget(self.reveal_note)
        v.addWidget(self.results_summary)
        v.addWidget(self.groups_note)
        v.addWidget(split, 1)
        return tab

    def _build_compare_tab(self) -> QWidget:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.compare_model = ComparisonModel(self)
        self.compare_view = QTableView()
        self.compare_view.setModel(self.compare_model)
        self.compare_view.setWordWrap(False)
        self.compare_view.verticalHeader().setVisible(False)
        self.compare_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.compare_view.horizontalHeader().setStretchLastSection(True)
        # a long candidate is elided (its tooltip has it all): the rounds stay in view
        self.compare_view.horizontalHeader().setMaximumSectionSize(420)
        self.compare_note = _plain(style=NOTE_STYLE)
        v.addWidget(self.compare_note)
        v.addWidget(self.compare_view, 1)
        return tab

    # -- showing ------------------------------------------------------------------------------
    def round(self):
        return self.ctx.store.voting.round(self.round_id) if self.round_id is not None else None

    def _choose_row(self, row: int) -> None:
        if 0 <= row < self.rounds_model.rowCount():
            self.rounds_view.setCurrentIndex(self.rounds_model.index(row, 0))
            self.round_id = self.rounds_model.round(row).id
        else:
            self.round_id = None

    def select_round(self, round_id: int) -> None:
        self._choose_row(self.rounds_model.row_of(round_id))
        self._show_round()

    def _round_chosen(self, current, _previous) -> None:
        self.round_id = (self.rounds_model.round(current.row()).id
                         if current.isValid() and current.row() < len(self.rounds_model.rows)
                         else None)
        self._show_round()

    def refresh(self, kinds: set) -> None:
        keep = self.round_id
        self.rounds_model.reload()
        row = self.rounds_model.row_of(keep) if keep is not None else -1
        if row < 0:
            row = min(self.rounds_view.currentIndex().row(), len(self.rounds_model.rows) - 1)
            if row < 0:
                row = len(self.rounds_model.rows) - 1
        self.rounds_view.selectionModel().blockSignals(True)
        self._choose_row(row)
        self.rounds_view.selectionModel().blockSignals(False)
        self.rounds_view.viewport().update()
        self._show_round()

    def activated(self) -> None:
        if self.round_id is None:
            self.new_button.setFocus()
        elif self.tabs.currentIndex() == GRID_TAB and self.grid_model.editable():
            self.grid.start(max(0, self.grid.currentIndex().row()))
        else:
            self.rounds_view.setFocus()

    def _show_round(self) -> None:
        rnd = self.round()
        self.runoff_button.setEnabled(rnd is not None and rnd.status == "closed")
        self.remove_button.setEnabled(rnd is not None)
        if rnd is None:
            self.right.setCurrentWidget(self.empty)
            self.grid_model.set_round(None)
            self.results_model.set_results(None)
            return
        self.right.setCurrentWidget(self.round_panel)
        self.round_title.setText(one_line(rnd.title))
        state = self.rounds_model.status_text(rnd)
        colour = {"draft": "#52606d", "open": "#1e5631", "closed": "#8a4b00"}[rnd.status]
        self.state_label.setText(state)
        self.state_label.setStyleSheet(f"color: white; background: {colour}; padding: 4px 10px;"
                                       " border-radius: 10px; font-weight: bold;")
        self.summary.setText(self.settings_sentence(rnd))
        self.open_button.setIcon(icon("fa5s.lock" if rnd.status == "open" else "fa5s.play"))
        self.open_button.setText({"draft": self.tr("Open the voting"),
                                  "open": self.tr("Close the voting"),
                                  "closed": self.tr("Reopen the voting")}[rnd.status])
        self.open_button.setToolTip(self.tr("Ctrl+Shift+O"))
        self.reveal_button.setIcon(icon("fa5s.eye-slash" if rnd.revealed else "fa5s.eye"))
        self.reveal_button.setText(self.tr("Hide from the room") if rnd.revealed
                                   else self.tr("Reveal"))
        self.reveal_button.setToolTip(
            self.tr("The room sees « Results hidden » again (Ctrl+Shift+R)") if rnd.revealed
            else self.tr("Show the results on the projector (Ctrl+Shift+R)"))
        self.guide.setText({
            "draft": self.tr("Draft: check the settings, then open the voting. Dots can be "
                             "recorded only while the voting is open."),
            "open": self.tr("Voting is open: type the paper dots in the grid, or take ballots "
                            "at the laptop, or type named ballots. The three can be mixed."),
            "closed": self.tr("Voting is closed: reveal the results to the room, compare "
                              "rounds or start a runoff. Reopen to change dots."),
        }[rnd.status])
        self._refresh_tab()

    def settings_sentence(self, rnd) -> str:
        n = len(rnd.candidates)
        what = (plural(n, self.tr("%1 theme"), self.tr("%1 themes")) if rnd.target == "themes"
                else plural(n, self.tr("%1 idea"), self.tr("%1 ideas")))
        parts = [what,
                 plural(rnd.dots_per_participant, self.tr("%1 dot per person"),
                        self.tr("%1 dots per person")),
                 self.tr("no limit on one candidate") if rnd.max_per_item is None else
                 self.tr("at most %1 on one candidate").replace("%1", str(rnd.max_per_item)),
                 self.tr("anonymous") if rnd.anonymous else self.tr("named"),
                 self.tr("results revealed to the room") if rnd.revealed else
                 self.tr("results hidden from the room")]
        return " · ".join(parts)

    def _refresh_tab(self) -> None:
        rnd = self.round()
        if rnd is None:
            return
        i = self.tabs.currentIndex()
        if i == GRID_TAB:
            self._show_grid(rnd)
        elif i == BALLOTS_TAB:
            self._show_ballots(rnd)
        elif i == RESULTS_TAB:
            self._show_results(rnd)
        else:
            self._show_comparison(rnd)

    def _show_grid(self, rnd) -> None:
        self.grid_model.set_round(rnd.id)
        if rnd.status != "open":
            self.grid_help.setText(self.tr("Open the voting to type dots (Ctrl+Shift+O)."))
        elif rnd.anonymous:
            self.grid_help.setText(self.tr(
                "Type each candidate's dots counted on the wall: digits, then Tab or Enter to "
                "the next. Laptop ballots are counted apart (added up, linked to nobody) and "
                "added in the Total column: a paper number never replaces them."))
        else:
            self.grid_help.setText(self.tr(
                "Type each candidate's total counted on the wall: digits, then Tab or Enter to "
                "the next. Named ballots are counted apart and added in the Total column."))
        paper, cast = self.grid_model.totals()
        text = (self.tr("Dots in all: %1 (paper: %2, laptop ballots: %3)") if rnd.anonymous else
                self.tr("Dots in all: %1 (paper: %2, named ballots: %3)")) \
            .replace("%1", str(paper + cast)).replace("%2", str(paper)).replace("%3", str(cast))
        res = voting_results.results(self.ctx.store, rnd.id, who=False)
        style = ""
        if res.beyond_possible:   # more dots than the people present could place: flagged
            text += " — " + self.tr("⚠ more than the %1 dots the %2 people present could place: "
                                    "check the paper count, or who is marked present") \
                .replace("%1", str(res.dots_possible)).replace("%2", str(res.present))
            style = ERROR_STYLE
        elif res.present:
            text += " — " + self.tr("at most %1 if everyone present (%2) places all their dots") \
                .replace("%1", str(res.dots_possible)).replace("%2", str(res.present))
        self.running_total.setText(text)
        self.running_total.setStyleSheet(style)

    def _show_ballots(self, rnd) -> None:
        is_open = rnd.status == "open"
        self.laptop_button.setEnabled(is_open)
        self.named_button.setEnabled(is_open and not rnd.anonymous)
        notes = []
        if not is_open:
            notes.append(self.tr("Open the voting to take ballots (Ctrl+Shift+O)."))
        if rnd.anonymous:
            notes.append(self.tr(
                "Anonymous round: at the laptop, each person picks their name (only so that "
                "nobody votes twice), then the ballot is checked on its own (dots per person, "
                "limit on one candidate) and its dots are added to the totals. Nothing links "
                "a ballot to a person, not even in the session file; a recorded ballot cannot "
                "be changed (Ctrl+Z right after is the way back). Typing named ballots is for "
                "named rounds."))
        else:
            notes.append(self.tr("Named round: each ballot is recorded for its person; a new "
                                 "ballot from the same person replaces the previous one."))
        self.ballots_note.setText(" ".join(notes))
        self.voters_list.clear()
        self.voters_title.setVisible(not rnd.anonymous)
        self.voters_list.setVisible(not rnd.anonymous)
        if rnd.anonymous:
            return
        by_person = self.ctx.store.voting.spent(rnd.id)   # dots per person, added up by SQLite
        people = self.ctx.store.participants.list()
        done = [p for p in people if p.id in by_person]
        self.voters_title.setText(plural(len(done), self.tr("%1 of %2 participants has a ballot"),
                                         self.tr("%1 of %2 participants have a ballot"))
                                  .replace("%2", str(len(people))))
        for p in people:
            spent = by_person.get(p.id, 0)
            mark = ("✓ " + plural(spent, self.tr("%1 dot"), self.tr("%1 dots"))
                    if p.id in by_person else "—")
            self.voters_list.addItem(f"{p.name}    {mark}")

    def _show_results(self, rnd) -> None:
        res = ballots.results(self.ctx.store, rnd.id)
        self.results_model.set_results(res)
        self.results_view.setColumnHidden(WHO, rnd.anonymous)
        self.chart.set_bars(result_bars(res))
        if rnd.revealed:
            self.reveal_note.setText(self.tr("Revealed: the room can see these results."))
            self.reveal_note.setStyleSheet(SHOWN_STYLE)
        else:
            self.reveal_note.setText(self.tr("Hidden from the room: only you see them. "
                                             "« Reveal » (Ctrl+Shift+R) shows them on the "
                                             "projector."))
            self.reveal_note.setStyleSheet(HIDDEN_STYLE)
        if rnd.anonymous:
            text = self.tr("Dots in all: %1. Anonymous round: who voted for what is never shown "
                           "nor saved.").replace("%1", str(res.dots_total))
        else:
            text = (self.tr("Dots in all: %1 · from named ballots: %2 · counted on paper: %4 · "
                            "voters: %3")
                    .replace("%1", str(res.dots_total)).replace("%2", str(res.named_dots))
                    .replace("%3", str(res.voters)).replace("%4", str(res.unnamed_dots)))
        self.results_summary.setText(text)
        self._show_groups(rnd, res)

    def _show_groups(self, rnd, res) -> None:
        """The results by group of participants, by the core's rule (in an anonymous round only
        when every group has five voters or more; else the reason)."""
        store = self.ctx.store
        if not store.council.groups():
            self.groups_note.setVisible(False)
            return
        from facilitator import groups
        from facilitator.i18n import current_language

        self.groups_note.setText(groups.describe(store.council.breakdown(rnd.id), res.labels,
                                                 current_language()))
        self.groups_note.setVisible(True)

    def _show_comparison(self, rnd) -> None:
        same = [r for r in self.ctx.store.voting.rounds() if r.target == rnd.target]
        self.compare_model.set_rounds(self.ctx.store, same)
        self.compare_note.setText(self.tr(
            "Every round on %1, side by side: rank · dots in each round; — when the candidate "
            "was not in that round.").replace(
                "%1", self.tr("themes") if rnd.target == "themes" else self.tr("ideas")))

    # -- actions ------------------------------------------------------------------------------
    def focus_grid(self) -> None:
        if self.round_id is None:
            return
        self.tabs.setCurrentIndex(GRID_TAB)
        self.grid.start(max(0, self.grid.currentIndex().row()))

    def go_to_work(self) -> None:
        rnd = self.round()
        if rnd is None:
            return
        if rnd.status == "open":
            self.focus_grid()
        else:
            self.tabs.setCurrentIndex(RESULTS_TAB)
            self.results_view.setFocus()

    def new_round(self) -> None:
        n = len(self.rounds_model.rows) + 1
        dialog = RoundSetupDialog(self.ctx.store, default_title=self.tr("Round %1")
                                  .replace("%1", str(n)), parent=self)
        dialog.accepted.connect(lambda: self.create_round(dialog.values()))
        dialog.open()

    def create_round(self, values: dict) -> int | None:
        store = self.ctx.store
        rid = self.ctx.do(ballots.create_round.label(store, **values),
                          lambda: ballots.create_round(store, **values))
        if rid is not None:
            self.select_round(rid)
        return rid

    def _check_settings(self, values: dict) -> str | None:
        try:
            ballots.check_settings(self.ctx.store, self.round_id, title=values["title"],
                                   budget=values["budget"], cap=values["cap"],
                                   anonymous=values["anonymous"], target=values["target"],
                                   candidates=values["candidates"])
        except VotingError as exc:
            return str(exc)
        return None

    def edit_settings(self) -> None:
        rnd = self.round()
        if rnd is None:
            return
        has_dots = self.ctx.store.voting.has_dots(rnd.id)
        dialog = RoundSetupDialog(self.ctx.store, rnd, has_dots=has_dots,
                                  check=self._check_settings, parent=self)
        dialog.accepted.connect(lambda: self.change_settings(dialog.values()))
        dialog.open()

    def change_settings(self, values: dict) -> bool:
        rnd = self.round()
        if rnd is None:
            return False
        store, rid = self.ctx.store, rnd.id
        if values["anonymous"] and not rnd.anonymous and ballots.has_named_votes(store, rid):
            answer = QMessageBox.question(
                self, self.tr("Make the round anonymous"),
                self.tr("The named ballots of this round will be added to the totals and who "
                        "voted for what will be forgotten. Continue?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        kw = {k: values[k] for k in ("title", "budget", "cap", "anonymous", "target",
                                     "candidates")}
        done = self.ctx.do(ballots.change_settings.label(store, rid, **kw),
                           lambda: ballots.change_settings(store, rid, **kw) or True)
        return bool(done)

    def toggle_open(self) -> None:
        rnd = self.round()
        if rnd is None:
            return
        store, rid = self.ctx.store, rnd.id
        if rnd.status == "open":
            self.ctx.do(ballots.close_round.label(store, rid),
                        lambda: ballots.close_round(store, rid))
        else:
            self.ctx.do(ballots.open_round.label(store, rid),
                        lambda: ballots.open_round(store, rid))

    def toggle_reveal(self) -> None:
        rnd = self.round()
        if rnd is None:
            return
        store, rid = self.ctx.store, rnd.id
        if rnd.revealed:
            self.ctx.do(ballots.hide.label(store, rid), lambda: ballots.hide(store, rid))
            return
        self.ctx.do(ballots.reveal.label(store, rid), lambda: ballots.reveal(store, rid))
        self.ctx.room_view.show_results(rid)

    def show_in_room(self) -> None:
        if self.round_id is None:
            return
        self.ctx.room_view.show_results(self.round_id)

    def remove_round(self) -> None:
        rnd = self.round()
        if rnd is None:
            return
        store, rid = self.ctx.store, rnd.id
        self.ctx.do(ballots.remove_round.label(store, rid),
                    lambda: ballots.remove_round(store, rid))
        self.statusMessage.emit(self.tr("Round removed; Ctrl+Z brings it back."))

    def new_runoff(self) -> None:
        rnd = self.round()
        if rnd is None:
            return
        if rnd.status != "closed":
            QMessageBox.information(self, self.tr("Runoff"), str(
                VotingError("vote_runoff_not_closed", round=one_line(rnd.title))))
            return
        dialog = RunoffDialog(ballots.results(self.ctx.store, rnd.id), self)
        dialog.accepted.connect(lambda: self.create_runoff(dialog.values()))
        dialog.open()

    def create_runoff(self, values: dict) -> int | None:
        rnd = self.round()
        if rnd is None:
            return None
        store, rid = self.ctx.store, rnd.id
        new = self.ctx.do(ballots.create_runoff.label(store, rid, **values),
                          lambda: ballots.create_runoff(store, rid, **values))
        if new is not None:
            self.select_round(new)
        return new

    # -- ballots ------------------------------------------------------------------------------
    def submit_ballot(self, participant_id: int | None, ballot: dict) -> str | None:
        """Record one ballot of the current round; None when done, else why it was refused."""
        store, rid = self.ctx.store, self.round_id
        try:
            ballots.check_ballot(store, rid, participant_id, ballot)
        except VotingError as exc:
            return str(exc)
        done = self.ctx.do(ballots.record_ballot.label(store, rid, participant_id, ballot),
                           lambda: ballots.record_ballot(store, rid, participant_id, ballot)
                           or True)
        return None if done else self.tr("The ballot could not be saved.")

    def _people(self) -> list:
        """Each person once (a duplicate name counts once), present first, order kept."""
        people = distinct(self.ctx.store.participants.list())
        return sorted(people, key=lambda p: not p.present)

    def mark_present(self, pid: int) -> bool:
        """From the ballot screen: the facilitator marks an absent person present."""
        store = self.ctx.store
        p = store.participants.get(pid)
        if p is None:
            return False
        done = self.ctx.do(ops.participants.set_present.label(store, [pid], True),
                           lambda: ops.participants.set_present(store, [pid], True) or True)
        return bool(done)

    def laptop_ballots(self) -> None:
        rnd = self.round()
        if rnd is None or rnd.status != "open":
            if rnd is not None:
                QMessageBox.information(self, self.tr("Ballots at the laptop"), str(
                    VotingError("vote_round_closed" if rnd.status == "closed"
                                else "vote_round_draft", round=one_line(rnd.title))))
            return
        self.tabs.setCurrentIndex(BALLOTS_TAB)  # no totals on screen when the dialog closes
        labels = ballots.candidate_labels(self.ctx.store, rnd)
        people = absent = None
        offered, held = voters(self.ctx.store.participants.list())
        if not rnd.anonymous:
            done = voting.ballots(self.ctx.store.voting.votes(rnd.id))
        elif offered:  # anonymous: the name only keeps anyone from voting twice
            done = self.ctx.store.voting.cast(rnd.id)
        if not rnd.anonymous or offered:
            people = [(p.id, p.name, p.id in done) for p in offered]
            absent = [(p.id, p.name, p.id in done) for p in held]
        dialog = LaptopBallotDialog(rnd, labels, self.submit_ballot, people, self,
                                    absent=absent, mark_present=self.mark_present)
        dialog.start()

    def named_ballots(self) -> None:
        rnd = self.round()
        if rnd is None or rnd.status != "open" or rnd.anonymous:
            if rnd is not None and rnd.anonymous:
                QMessageBox.information(self, self.tr("Named ballots"), self.tr(
                    "This round is anonymous: use the ballots at the laptop or the paper grid."))
            elif rnd is not None:
                QMessageBox.information(self, self.tr("Named ballots"), str(
                    VotingError("vote_round_closed" if rnd.status == "closed"
                                else "vote_round_draft", round=one_line(rnd.title))))
            return
        labels = ballots.candidate_labels(self.ctx.store, rnd)
        existing = voting.ballots(self.ctx.store.voting.votes(rnd.id))
        people = [(p.id, p.name) for p in self._people()]
        dialog = NamedBallotDialog(rnd, labels, people, existing, self.submit_ballot, self)
        dialog.open()

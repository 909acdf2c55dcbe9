"""Setting up a dot-voting round, and choosing the candidates of a runoff.

`RoundSetupDialog`: title; what is voted on (ideas or themes; all, one theme's ideas, or a
selection ticked in the list); dots per person, following the suggestion (about a third of the
candidates, with its reason) until the facilitator changes it; an optional cap on one
candidate; anonymous or named; results hidden from the room until revealed. For a round that
already exists, `check(values)` (the core's rules) is asked before closing, and its refusal is
shown in the dialog. `RunoffDialog`: top K, at least N dots, or a hand-picked selection, with a
preview of what that gives. Neither dialog writes: the page does, with what `values()` returns.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QRadioButton, QSpinBox, QVBoxLayout,
                               QWidget)

from facilitator import voting
from facilitator.ops import voting as ballots
from facilitator.i18n import current_language
from facilitator.model import Round
from facilitator_ui.models.voting import one_line, plural, tip

ERROR_STYLE = "color: #b3261e; font-weight: bold;"
ALL, THEME, PICKED = range(3)


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _row(*widgets) -> QWidget:
    host = QWidget()
    h = QHBoxLayout(host)
    h.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        if w is None:
            h.addStretch(1)
        else:
            h.addWidget(w)
    return host


class RoundSetupDialog(QDialog):
    def __init__(self, store, rnd: Round | None = None, *, has_dots: bool = False,
                 check: Callable[[dict], str | None] | None = None,
                 default_title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rnd = rnd
        self.check = check
        self._loading = True
        self._auto_budget = rnd is None
        self.setWindowTitle(self.tr("New voting round") if rnd is None
                            else self.tr("Settings of the round"))
        self.resize(720, 720)
        self.ideas = store.ideas.list()
        self.themes = store.ideas.themes()

        self._build_fields(rnd, has_dots, default_title)
        form = self._build_form()
        buttons = self._build_buttons(rnd)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.locked_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._load(rnd, has_dots)
        self._loading = False
        self._connect()

    def _build_fields(self, rnd, has_dots, default_title) -> None:
        """The fields: title, what is voted on, candidates, budget and cap, anonymity, results."""
        self.title_edit = QLineEdit(rnd.title if rnd else default_title)
        self.title_edit.setAccessibleName(self.tr("Title of the round"))

        self.on_ideas = QRadioButton(self.tr("&Ideas"))
        self.on_themes = QRadioButton(self.tr("T&hemes"))
        self.target_group = QButtonGroup(self)
        self.target_group.addButton(self.on_ideas)
        self.target_group.addButton(self.on_themes)
        (self.on_themes if rnd and rnd.target == "themes" else self.on_ideas).setChecked(True)

        self.scope_all = QRadioButton(self.tr("&All"))
        self.scope_theme = QRadioButton(self.tr("One theme's ideas:"))
        self.scope_picked = QRadioButton(self.tr("A &selection (tick them below)"))
        self.scope_group = QButtonGroup(self)
        for i, b in enumerate((self.scope_all, self.scope_theme, self.scope_picked)):
            self.scope_group.addButton(b, i)
        self.theme_box = QComboBox()
        for t in self.themes:
            self.theme_box.addItem(one_line(t.title), t.id)
        self.theme_box.setAccessibleName(self.tr("Theme"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Candidates"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count_label = _plain()

        self.budget = QSpinBox()
        self.budget.setRange(1, 999)
        self.budget.setAccessibleName(self.tr("Dots per person"))
        self.reason = _plain()
        self.reason.setStyleSheet("color: #52606d;")
        self.use_suggestion = QPushButton(self.tr("Use the suggestion"))
        self.cap_on = QCheckBox(self.tr("At &most"))
        self.cap = QSpinBox()
        self.cap.setRange(1, 999)
        self.cap.setAccessibleName(self.tr("Most dots on one candidate"))
        self.anonymous = QRadioButton(self.tr("A&nonymous: nobody is linked to their dots, "
                                              "not even in the session file"))
        self.named = QRadioButton(self.tr("Na&med: who placed which dots is recorded and shown "
                                          "to the facilitator (e.g. councillors)"))
        anon_group = QButtonGroup(self)
        anon_group.addButton(self.anonymous)
        anon_group.addButton(self.named)
        (self.named if rnd and not rnd.anonymous else self.anonymous).setChecked(True)
        self.hidden = QCheckBox(self.tr("&Hide the results from the room until I reveal them"))
        self.hidden.setChecked(True)
        self.hidden.setVisible(rnd is None)
        self.locked_note = _plain(self.tr("This round already has dots: what is voted on cannot "
                                          "change, and candidates holding dots cannot be removed."))
        self.locked_note.setVisible(has_dots)
        self.error = _plain()
        self.error.setStyleSheet(ERROR_STYLE)

    def _build_form(self):
        """The fields in a form, each with its label."""
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("Vote on"), _row(self.on_ideas, self.on_themes, None))
        form.addRow(self.tr("Candidates"), _row(self.scope_all, self.scope_theme, self.theme_box,
                                                self.scope_picked, None))
        form.addRow("", self.list)
        form.addRow("", self.count_label)
        budget_row = _row(self.budget, self.use_suggestion, None)
        form.addRow(self.tr("&Dots per person"), budget_row)
        form.addRow("", self.reason)
        form.addRow(self.tr("On one candidate"),
                    _row(self.cap_on, self.cap, QLabel(self.tr("dots (leave unticked for no "
                                                               "limit)")), None))
        form.addRow(self.tr("Ballots"), self.anonymous)
        form.addRow("", self.named)
        form.addRow("", self.hidden)
        form.labelForField(budget_row).setBuddy(self.budget)
        return form

    def _build_buttons(self, rnd):
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create the round") if rnd is None else self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _load(self, rnd, has_dots) -> None:
        """The round's settings, or a new round's defaults."""
        if has_dots:
            self.on_ideas.setEnabled(False)
            self.on_themes.setEnabled(False)
        if rnd is not None:
            self.budget.setValue(rnd.dots_per_participant)
            self.cap_on.setChecked(rnd.max_per_item is not None)
            self.cap.setValue(rnd.max_per_item or max(1, min(2, rnd.dots_per_participant)))
        else:
            self.cap.setValue(2)
        self._fill_list(set(rnd.candidates) if rnd else None)
        if rnd is not None:
            self.scope_picked.setChecked(True)
        else:
            self.scope_all.setChecked(True)

    def _connect(self) -> None:
        """Signals to slots; then the fields shown and the counts, as the settings stand."""
        self.on_ideas.toggled.connect(lambda _c: self._target_changed())
        self.scope_group.idClicked.connect(self._scope_changed)
        self.theme_box.currentIndexChanged.connect(lambda _i: self._scope_changed(THEME))
        self.list.itemChanged.connect(self._ticked)
        self.budget.valueChanged.connect(self._budget_typed)
        self.use_suggestion.clicked.connect(self._use_suggestion)
        self.cap_on.toggled.connect(self.cap.setEnabled)
        self.cap.setEnabled(self.cap_on.isChecked())
        self._update_scope_widgets()
        self._counted()

    # -- candidates ---------------------------------------------------------------------------
    def target(self) -> str:
        return "themes" if self.on_themes.isChecked() else "ideas"

    def _fill_list(self, ticked: set[int] | None) -> None:
        self._loading, was = True, self._loading
        self.list.clear()
        if self.target() == "themes":
            entries = [(t.id, t.title) for t in self.themes]
        else:
            theme_of = {t.id: t.title for t in self.themes}
            entries = [(i.id, i.text + (f"  — {theme_of[i.theme_id]}" if i.theme_id in theme_of
                                        else "")) for i in self.ideas]
        for item_id, text in entries:
            item = QListWidgetItem(one_line(text))
            item.setToolTip(tip(text))
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = ticked is None or item_id in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._loading = was

    def candidates(self) -> list[int]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def _target_changed(self) -> None:
        self.scope_all.setChecked(True)
        self._fill_list(None)
        self._update_scope_widgets()
        self._counted()

    def _update_scope_widgets(self) -> None:
        ideas = self.target() == "ideas" and bool(self.themes)
        self.scope_theme.setEnabled(ideas)
        self.theme_box.setEnabled(ideas)

    def _scope_changed(self, scope: int) -> None:
        if self._loading:
            return
        if scope == THEME:
            self.scope_theme.setChecked(True)
            theme_id = self.theme_box.currentData()
            self._fill_list(set(ballots.candidates_for(self.store, "ideas", theme_id)))
        elif scope == ALL:
            self._fill_list(None)
        self._counted()

    def _ticked(self, _item) -> None:
        if self._loading:
            return
        self.scope_picked.setChecked(True)
        self._counted()

    def _counted(self) -> None:
        n = len(self.candidates())
        self.count_label.setText(plural(n, self.tr("%1 candidate ticked"),
                                        self.tr("%1 candidates ticked")))
        self.reason.setText(plural(voting.suggested_budget(n),
                                   self.tr("Suggested: %1 dot per person."),
                                   self.tr("Suggested: %1 dots per person.")) + " "
                            + voting.budget_reason(n, current_language()))
        if self._auto_budget:
            self._loading, was = True, self._loading
            self.budget.setValue(voting.suggested_budget(n))
            self._loading = was

    def _budget_typed(self, _value: int) -> None:
        if not self._loading:
            self._auto_budget = False

    def _use_suggestion(self) -> None:
        self._auto_budget = True
        self._counted()

    # -- result -------------------------------------------------------------------------------
    def values(self) -> dict:
        return {"title": self.title_edit.text(), "target": self.target(),
                "candidates": self.candidates(), "budget": self.budget.value(),
                "cap": self.cap.value() if self.cap_on.isChecked() else None,
                "anonymous": self.anonymous.isChecked(), "hidden": self.hidden.isChecked()}

    def accept(self) -> None:
        v = self.values()
        if not v["title"].strip():
            self.error.setText(self.tr("Give the round a title."))
            self.title_edit.setFocus()
            return
        if not v["candidates"]:
            self.error.setText(self.tr("Tick at least one candidate."))
            self.list.setFocus()
            return
        if self.check is not None:
            reason = self.check(v)
            if reason:
                self.error.setText(reason)
                return
        super().accept()


class RunoffDialog(QDialog):
    def __init__(self, res: ballots.Results, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.res = res
        self.setWindowTitle(self.tr("Runoff from “%1”").replace("%1", one_line(res.round.title)))
        self.resize(640, 600)
        n = len(res.standings)
        self.by_top = QRadioButton(self.tr("The &top"))
        self.top = QSpinBox()
        self.top.setRange(1, max(1, n))
        self.top.setValue(min(3, max(1, n)))
        self.by_threshold = QRadioButton(self.tr("Every candidate with at &least"))
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 100000)
        self.threshold.setValue(max(1, res.standings[min(2, n - 1)].dots) if n else 1)
        self.by_pick = QRadioButton(self.tr("A &selection (tick them below)"))
        group = QButtonGroup(self)
        for b in (self.by_top, self.by_threshold, self.by_pick):
            group.addButton(b)
        self.by_top.setChecked(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Candidates of the runoff"))
        for s in res.standings:
            dots = plural(s.dots, self.tr("%1 dot"), self.tr("%1 dots"))
            item = QListWidgetItem(f"{s.rank}. {one_line(res.labels.get(s.item_id, ''))} — {dots}")
            item.setData(Qt.ItemDataRole.UserRole, s.item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.title_edit = QLineEdit(ballots.runoff_title(res.round.title, current_language()))
        self.preview = _plain()
        self.error = _plain()
        self.error.setStyleSheet(ERROR_STYLE)

        layout = QVBoxLayout(self)
        layout.addWidget(_row(self.by_top, self.top, QLabel(self.tr("ranks (ties at the cut "
                                                                    "are kept)")), None))
        layout.addWidget(_row(self.by_threshold, self.threshold, QLabel(self.tr("dots")), None))
        layout.addWidget(self.by_pick)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.preview)
        form = QFormLayout()
        form.addRow(self.tr("&Title of the new round"), self.title_edit)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create the runoff"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.top.valueChanged.connect(lambda _v: (self.by_top.setChecked(True), self._preview()))
        self.threshold.valueChanged.connect(
            lambda _v: (self.by_threshold.setChecked(True), self._preview()))
        self.list.itemChanged.connect(lambda _i: (self.by_pick.setChecked(True), self._preview()))
        group.buttonToggled.connect(lambda *_: self._preview())
        self._preview()

    def choice(self) -> dict:
        if self.by_top.isChecked():
            return {"top": self.top.value()}
        if self.by_threshold.isChecked():
            return {"threshold": self.threshold.value()}
        picked = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                  if self.list.item(i).checkState() == Qt.CheckState.Checked]
        return {"picked": picked}

    def chosen(self) -> list[int]:
        return voting.runoff_candidates(self.res.standings, **self.choice())

    def _preview(self) -> None:
        chosen = self.chosen()
        names = [one_line(self.res.labels.get(i, str(i))) for i in chosen]
        shown = ", ".join(n if len(n) <= 40 else n[:39] + "…" for n in names[:8])
        if len(names) > 8:
            shown += ", …"
        self.preview.setText(plural(len(chosen), self.tr("%1 candidate: %2"),
                                    self.tr("%1 candidates: %2")).replace("%2", shown) if chosen else
                             self.tr("No candidate matches this choice."))

    def values(self) -> dict:
        return {**self.choice(), "title": self.title_edit.text()}

    def accept(self) -> None:
        if not self.chosen():
            self.error.setText(self.tr("Choose at least one candidate for the runoff."))
            return
        super().accept()

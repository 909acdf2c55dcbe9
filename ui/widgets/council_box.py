"""The « Conseil » box of the Participants page (issue 17): whether the session is a council
meeting, its decision rule, the préfet, whether the préfet is elected at large, the quorum rule,
and the quorum as it stands with the people marked present.

It only lays out the settings and sends each change to ``store.council`` as one undoable step;
the rules are in ``facilitator.council``."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QGroupBox, QHBoxLayout,
                               QLabel, QPushButton, QVBoxLayout)

from facilitator import ops
from facilitator import council as rules
from facilitator.i18n import current_language

KINDS = {"participants", "decisions", "session"}


def quorum_text(q: rules.Quorum | None) -> str:
    """« Quorum atteint : 7 membres sur 12, 14 voix sur 22 » in the interface's language."""
    return rules.explain_quorum(q, current_language()) if q is not None else ""


def quorum_style(q: rules.Quorum | None) -> str:
    if q is None:
        return ""
    return "color: #1b5e20; font-weight: bold;" if q.met else "color: #b00020; font-weight: bold;"


class CouncilBox(QGroupBox):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self.setTitle(self.tr("Council meeting (voices, population, quorum)"))
        self.setCheckable(True)
        self.setToolTip(self.tr("Tick when the session is a meeting of a council that decides "
                                "by voices (an MRC council): the Décisions page then takes "
                                "roll calls computed by its rule"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_rules_row())
        layout.addLayout(self._build_status_row())

        self.toggled.connect(self._toggled)
        for box in (self.rule_box, self.prefect_box, self.quorum_box):
            box.activated.connect(self._save)
        self.at_large.toggled.connect(self._save)
        self.reuse_button.clicked.connect(lambda: self.reuse())
        self.refresh()

    def _build_rules_row(self) -> QHBoxLayout:
        """The rule, the préfet (and whether elected at large) and the quorum rule, one row."""
        self.rule_box = QComboBox()
        self.rule_box.addItem(self.tr("Double majority (voices and population)"),
                              "double_majority")
        self.rule_box.addItem(self.tr("Simple majority of voices"), "simple")
        self.rule_box.setAccessibleName(self.tr("Decision rule"))
        self.prefect_box = QComboBox()
        self.prefect_box.setAccessibleName(self.tr("Préfet"))
        self.prefect_box.setToolTip(self.tr("The préfet breaks a tie with a casting vote"))
        self.at_large = QCheckBox(self.tr("Préfet elected at large"))
        self.at_large.setToolTip(self.tr("Elected by universal suffrage: a decision is then "
                                         "negative only with both majorities against, otherwise "
                                         "the préfet decides (LAU, s. 201)"))
        self.quorum_box = QComboBox()
        self.quorum_box.addItem(self.tr("One third of the members holding half of the voices"),
                                "third_members_half_voices")
        self.quorum_box.addItem(self.tr("No quorum rule"), None)
        self.quorum_box.setAccessibleName(self.tr("Quorum"))
        row = QHBoxLayout()
        for text, widget in ((self.tr("Rule:"), self.rule_box),
                             (self.tr("Préfet:"), self.prefect_box)):
            lab = QLabel(text)
            lab.setBuddy(widget)
            row.addWidget(lab)
            row.addWidget(widget)
        row.addWidget(self.at_large)
        lab = QLabel(self.tr("Quorum:"))
        lab.setBuddy(self.quorum_box)
        row.addWidget(lab)
        row.addWidget(self.quorum_box)
        row.addStretch(1)
        return row

    def _build_status_row(self) -> QHBoxLayout:
        """Whether the quorum is met now, what members are, and « From a previous session… »."""
        self.quorum_label = QLabel()
        self.quorum_label.setAccessibleName(self.tr("Quorum now"))
        self.hint = QLabel(self.tr("Members are the participants with a number of voices; the "
                                   "population is that of their municipality."))
        self.hint.setWordWrap(True)
        self.reuse_button = QPushButton(self.tr("From a previous session…"))
        self.reuse_button.setToolTip(self.tr("Take the members (municipality, voices, "
                                             "population, group) and the settings of the "
                                             "council from another session file"))
        status = QHBoxLayout()
        status.addWidget(self.quorum_label)
        status.addWidget(self.hint, 1)
        status.addWidget(self.reuse_button)
        return status

    # -- showing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.ctx.store
        settings = store.council.settings()
        self._loading = True
        try:
            self.setChecked(settings is not None)
            for child in (self.rule_box, self.prefect_box, self.at_large, self.quorum_box,
                          self.quorum_label, self.hint, self.reuse_button):
                child.setVisible(settings is not None)
            people = store.participants.list()
            self.prefect_box.clear()
            self.prefect_box.addItem(self.tr("(no préfet)"), None)
            for p in people:
                self.prefect_box.addItem(p.name, p.id)
            if settings is not None:
                self.rule_box.setCurrentIndex(self.rule_box.findData(settings.rule))
                self.prefect_box.setCurrentIndex(max(0, self.prefect_box.findData(
                    settings.prefect)) if settings.prefect is not None else 0)
                self.at_large.setChecked(settings.prefect_at_large)
                self.quorum_box.setCurrentIndex(
                    self.quorum_box.findData(settings.quorum) if settings.quorum else 1)
            q = store.council.quorum_now()
            self.quorum_label.setText(quorum_text(q))
            self.quorum_label.setStyleSheet(quorum_style(q))
        finally:
            self._loading = False

    # -- changing ---------------------------------------------------------------------------
    def _toggled(self, on: bool) -> None:
        if self._loading:
            return
        store = self.ctx.store
        if on:
            self.ctx.do(ops.session.set_council.label(store),
                        lambda: ops.session.set_council(store))
        elif self.ctx.do(ops.session.clear_council.label(store),
                         lambda: ops.session.clear_council(store)) is None:
            self.refresh()   # refused (roll calls stand): the box shows the council again

    def _save(self, *_args) -> None:
        if self._loading or not self.isChecked():
            return
        store = self.ctx.store
        values = dict(rule=self.rule_box.currentData(), prefect=self.prefect_box.currentData(),
                      prefect_at_large=self.at_large.isChecked(),
                      quorum=self.quorum_box.currentData())
        self.ctx.do(ops.session.set_council.label(store, **values),
                    lambda: ops.session.set_council(store, **values))

    def reuse(self, path: str | None = None) -> None:
        """Take the council of a previous session file (one undoable step)."""
        from facilitator.errors import FacilitatorError

        if not path:
            folder = str(Path(self.ctx.path).parent) if self.ctx.path else str(Path.home())
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Council of a previous session"), folder,
                self.tr("Facilitateur sessions (*.atelier);;All files (*)"))
            if not path:
                return
        if Path(path).resolve() == Path(self.ctx.path).resolve():
            return
        store = self.ctx.store
        try:
            done = self.ctx.do(ops.session.reuse_council.label(store, path),
                               lambda: ops.session.reuse_council(store, path))
        except FacilitatorError as exc:   # the other file could not be read
            self.ctx.failed.emit(str(exc))
            return
        if done is not None and hasattr(self.parent(), "statusMessage"):
            self.parent().statusMessage.emit(self.tr("%1 members added, %2 completed from %3.")
                                 .replace("%1", str(done.added))
                                 .replace("%2", str(done.updated))
                                 .replace("%3", Path(path).name))


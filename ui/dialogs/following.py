"""« Nouvelle séance à la suite de… »: choose the previous session, see each part that will
carry over (a checkbox each, with what it holds), then create. The rules are in
facilitator.carryover; this dialog only lays them out."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from facilitator import carryover
from facilitator.errors import FacilitatorError
from facilitator.export.labels import fmt_date
from facilitator.store import SUFFIX
from facilitator_ui.dialogs.new_session import browse_session_path, default_folder, free_path, slug

#: How many names or titles are shown under a part (the rest are counted).
SHOWN = 4


class FollowingDialog(QDialog):
    """`read(path) -> carryover.Previous` reads the previous session (the controller's: it
    reads the open session through its own store, any other file read only)."""

    DETAIL_WIDTH = 620  # pixels of names shown under a part

    def __init__(self, read: Callable[[str], carryover.Previous], templates: list,
                 lang: str, previous: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session following…"))
        self.resize(720, 0)
        self._read = read
        self._lang = lang
        self.previous: carryover.Previous | None = None
        self._templates = {t.name: t for t in templates}

        prev_row, browse_prev = self._build_previous()
        row, browse = self._build_new(templates, lang)
        self._build_parts()

        form = QFormLayout()
        form.addRow(self.tr("&Previous session"), prev_row)
        form.addRow("", self.prev_info)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("T&emplate"), self.template_box)
        form.addRow("", self.step_info)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&File"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.parts_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create the session"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        browse_prev.clicked.connect(self._choose_previous)
        browse.clicked.connect(self._browse)
        self.prev_edit.editingFinished.connect(lambda: self.load(self.prev_edit.text()))
        self.date_edit.dateChanged.connect(lambda *_: (self._show_parts(), self._suggest_path()))
        self.template_box.currentIndexChanged.connect(
            lambda *_: (self._show_step(), self._show_parts()))
        self._path_touched = False
        self.path_edit.textEdited.connect(lambda: setattr(self, "_path_touched", True))
        self.title_edit.textEdited.connect(lambda *_: self._suggest_path())
        self.load(previous)

    def _build_previous(self):
        """The previous session: its file, and what it holds."""
        self.prev_edit = QLineEdit()
        self.prev_edit.setAccessibleName(self.tr("Previous session"))
        browse_prev = QPushButton(self.tr("Choose…"))
        prev_row = QWidget()
        pl = QHBoxLayout(prev_row)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.prev_edit, 1)
        pl.addWidget(browse_prev)
        self.prev_info = QLabel()
        self.prev_info.setWordWrap(True)
        return prev_row, browse_prev

    def _build_new(self, templates, lang):
        """The new session: title, template, date and file."""
        self.title_edit = QLineEdit()
        self.template_box = QComboBox()
        self.template_box.addItem(self.tr("No template"), None)
        for t in templates:
            self.template_box.addItem(t.title(lang), t.name)
        self.step_info = QLabel()   # which session of a démarche template comes next
        self.step_info.setWordWrap(True)
        self.step_info.setStyleSheet("color: #52606d;")
        self.step_info.hide()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.path_edit, 1)
        rl.addWidget(browse)
        return row, browse

    def _build_parts(self) -> None:
        """What carries over, part by part."""
        self.parts_box = QGroupBox(self.tr("What carries over"))
        self.parts_layout = QVBoxLayout(self.parts_box)
        self.checks: dict[str, QCheckBox] = {}
        self.details: dict[str, QLabel] = {}
        for key in carryover.PARTS:
            check = QCheckBox()
            check.setChecked(True)
            detail = QLabel()  # one line, elided: the names are a reminder, not a list
            detail.setStyleSheet("color: #52606d; margin-left: 24px;")
            self.parts_layout.addWidget(check)
            self.parts_layout.addWidget(detail)
            self.checks[key] = check
            self.details[key] = detail
        note = QLabel(self.tr("The previous session's file is only read, never changed; the new "
                              "session keeps a link to it."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #52606d;")
        self.parts_layout.addWidget(note)

    # -- the previous session -------------------------------------------------------------
    def _choose_previous(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The session this one follows"), self.prev_edit.text(),
            self.tr("Facilitateur sessions (*.atelier)"))
        if path:
            self.load(path)

    def load(self, path: str | None) -> None:
        """Read the previous session and show what would carry over, or why it cannot."""
        self.previous = None
        self.prev_edit.setText(path or "")
        if path:
            try:
                self.previous = self._read(path)
            except FacilitatorError as exc:
                self.prev_info.setStyleSheet("color: #b42318;")
                self.prev_info.setText(str(exc))
        else:
            self.prev_info.setStyleSheet("color: #52606d;")
            self.prev_info.setText(self.tr("Choose the session this one follows."))
        if self.previous is not None:
            s = self.previous.session
            when = fmt_date(s.date, self._lang)
            self.prev_info.setStyleSheet("color: #52606d;")
            # quoted as the dialog's language quotes (« … » in French, “…” in English)
            quoted = (f"“{s.title}”" if self._lang == "en" else f"« {s.title} »")
            self.prev_info.setText(quoted + (f" — {when}" if when else ""))
            if not self.title_edit.text().strip():
                self.title_edit.setText(s.title)
            found = self.template_box.findData(self.previous.template)
            if self.previous.template and found >= 0:
                self.template_box.setCurrentIndex(found)
            self._show_step()
            for check in self.checks.values():
                check.setChecked(True)
            self._suggest_path()
        self._show_parts()

    def _show_step(self) -> None:
        """A démarche template: say which of its sessions comes next, and take its title
        (unless a title was typed)."""
        from facilitator.templates import step_sentence

        tpl = self._templates.get(self.template_box.currentData())
        said = ""
        if tpl is not None and self.previous is not None:
            step = carryover.template_step(self.previous, tpl)
            said = step_sentence(tpl, step, self._lang)
            if said and not self.title_edit.isModified():
                self.title_edit.setText(tpl.steps[step - 1].title(self._lang))
                self._suggest_path()
        self.step_info.setText(said)
        self.step_info.setVisible(bool(said))

    def _show_parts(self) -> None:
        ok = self.previous is not None
        self.parts_box.setEnabled(ok)
        self.create_button.setEnabled(ok)
        if not ok:
            for key in carryover.PARTS:
                self.checks[key].setText(key)
                self.details[key].clear()
            return
        tpl = self._templates.get(self.template_box.currentData())
        pattern = None
        if (tpl is not None and tpl.decision_pattern
                and self.previous.session.decision_pattern == "{yyyy}-{nnn}"):
            pattern = tpl.decision_pattern
        for part in carryover.summary(self.previous, self._lang, date=self.date(),
                                      pattern=pattern):
            check = self.checks[part.key]
            check.setText(part.sentence)
            check.setEnabled(part.available)
            if not part.available:
                check.setChecked(False)
            names = list(part.items[:SHOWN])
            more = len(part.items) - len(names)
            text = " · ".join(names)
            if more > 0:
                text += f" (+{more})"
            label = self.details[part.key]
            label.setToolTip("\n".join(part.items))
            label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                         self.DETAIL_WIDTH))
            label.setVisible(bool(text))
        self.adjustSize()

    # -- the new file ----------------------------------------------------------------------
    def date(self) -> str:
        return self.date_edit.date().toString("yyyy-MM-dd")

    def _suggest_path(self) -> None:
        if self._path_touched:
            return
        stem = f"{slug(self.title_edit.text())[:40].strip('-')}-{self.date()}"
        folder = Path(self.prev_edit.text()).parent if self.prev_edit.text() else default_folder()
        self.path_edit.setText(str(free_path(folder, stem)))

    def _browse(self) -> None:
        browse_session_path(self)

    def parts(self) -> frozenset[str]:
        return frozenset(k for k, c in self.checks.items() if c.isChecked())

    def values(self) -> dict:
        path = self.path_edit.text().strip()
        if path and not path.endswith(SUFFIX):
            path += SUFFIX
        return {"path": path, "title": self.title_edit.text().strip() or None,
                "template": self.template_box.currentData(), "date": self.date(),
                "parts": self.parts()}

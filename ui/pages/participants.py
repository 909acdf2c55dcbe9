"""The Participants page: add as people arrive, mark presence, edit in place, import a list.

Keyboard: type a name, Tab, organization, Enter adds and returns to the name; in the table,
Space marks present/absent, F2 or typing edits, Delete removes (undoable)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QVBoxLayout)

from facilitator import ops
from facilitator.participants import find_by_name, present_count
from facilitator_ui.i18n import plural
from facilitator_ui.icons import icon
from facilitator_ui.models.council_columns import GROUP, MUNICIPALITY, POPULATION, VOICES
from facilitator_ui.models.participants import EMAIL, NAME, ORGANIZATION, ParticipantsModel, PRESENT
from facilitator_ui.pages.base import Page
from facilitator_ui.widgets.people_table import PeopleTable


class ParticipantsPage(Page):
    kinds = frozenset({"participants"})

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ParticipantsPage", "Participants")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.model = ParticipantsModel(ctx, self)

        add_row = self._build_add_row()
        self._build_table()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.checkin_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._build_council(layout)
        self._connect()
        self._update_summary()
        self._name_controls()

    def _build_add_row(self):
        """The fields where a person arriving is typed, and the list's buttons."""
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name of the person arriving"))
        self.name_edit.setAccessibleName(self.tr("New participant's name"))
        self.org_edit = QLineEdit()
        self.org_edit.setPlaceholderText(self.tr("Organization (optional)"))
        self.add_button = QPushButton(icon("fa5s.user-plus"), self.tr("Add"))
        self.import_button = QPushButton(icon("fa5s.file-import"), self.tr("Import a list…"))
        self.remove_button = QPushButton(icon("fa5s.user-minus"), self.tr("Remove"))
        self.all_present_button = QPushButton(icon("fa5s.check-double"), self.tr("All present"))
        self.name_edit.setToolTip(self.tr("Name of a person who arrives, then Enter "
                                          "(Ctrl+Shift+N comes back here)"))
        self.add_button.setToolTip(self.tr("Add the person, marked present (Enter)"))
        self.import_button.setToolTip(self.tr("Add people from a CSV or text list, with a "
                                              "preview before anything is added"))
        self.remove_button.setToolTip(self.tr("Remove the selected people (Delete in the list; "
                                              "Ctrl+Z brings them back)"))
        self.all_present_button.setToolTip(self.tr("Mark everyone present (Space in the list "
                                                   "ticks or unticks one person)"))

        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 2)
        add_row.addWidget(self.org_edit, 2)
        add_row.addWidget(self.add_button)
        return add_row

    def _build_table(self) -> None:
        """The list of participants."""
        self.table = PeopleTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PRESENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(NAME, 260)
        header.resizeSection(EMAIL, 260)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def _build_buttons(self):
        """The summary and the gestures on the list."""
        self.summary = QLabel()
        self.checkin_note = QLabel()   # what the last name typed did (« déjà sur la liste »)
        self.checkin_note.setTextFormat(Qt.TextFormat.PlainText)
        self.checkin_note.setStyleSheet("color: #8a4b00;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.all_present_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        return buttons

    def _connect(self) -> None:
        self.name_edit.returnPressed.connect(self.add_from_fields)
        self.org_edit.returnPressed.connect(self.add_from_fields)
        self.add_button.clicked.connect(self.add_from_fields)
        self.import_button.clicked.connect(self.import_csv)
        self.remove_button.clicked.connect(self.remove_selected)
        self.all_present_button.clicked.connect(self.mark_all_present)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=self.name_edit.setFocus)

    def _name_controls(self) -> None:
        """Names a screen reader says (a placeholder vanishes once one types)."""
        self.org_edit.setAccessibleName(self.tr("New participant's organization"))
        self.table.setAccessibleName(self.tr("Participants"))

    def refresh(self, kinds: set) -> None:
        row = self.table.currentIndex().row()
        self.model.reload()
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, NAME))
        self._update_summary()
        self._refresh_council()

    # -- council meetings (issue 17) ---------------------------------------------------------
    def _build_council(self, layout) -> None:
        """The « Conseil » box under the list, and the council columns of the table (shown
        for a council meeting; the group column always)."""
        from facilitator_ui.widgets.council_box import CouncilBox

        self.council_box = CouncilBox(self.ctx, self)
        layout.addWidget(self.council_box)
        header = self.table.horizontalHeader()
        for col in (MUNICIPALITY, VOICES, POPULATION):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(GROUP, 140)
        self._refresh_council()

    def _refresh_council(self) -> None:
        self.council_box.refresh()
        council = self.ctx.store.council.settings() is not None
        for col in (MUNICIPALITY, VOICES, POPULATION):
            self.table.setColumnHidden(col, not council)

    def activated(self) -> None:
        self.name_edit.setFocus()

    def _update_summary(self) -> None:
        total, present = present_count(self.model.rows)  # a duplicate name counts once
        self.summary.setText(plural(total, self.tr("%1 participant"), self.tr("%1 participants"))
                             + ", " + plural(present, self.tr("%1 present"),
                                             self.tr("%1 present", "plural")))

    # -- actions ----------------------------------------------------------------------------
    def add_from_fields(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return
        org = self.org_edit.text()
        store = self.ctx.store
        listed = find_by_name(name, self.model.rows)
        if listed is not None and listed.present:   # typed twice: flagged, nothing changes
            self.checkin_note.setText(self.tr("%1 is already on the list, marked present.")
                                      .replace("%1", listed.name))
            self._select(listed.id)
            self._clear_fields()
            self.name_edit.setFocus()
            return
        done = self.ctx.do(ops.participants.check_in.label(store, name, org),
                           lambda: ops.participants.check_in(store, name, org))
        if done is not None:
            self.checkin_note.setText(
                self.tr("%1 was already on the list: marked present.").replace("%1", done.name)
                if done.outcome != "added" else "")
            self._select(done.participant_id)
            self._clear_fields()
        self.name_edit.setFocus()

    def _clear_fields(self) -> None:
        # setText, not clear(): clear() is itself undoable, and Ctrl+Z in the empty field must
        # undo the arrival (the session's last change), not bring the typed name back
        self.name_edit.setText("")
        self.org_edit.setText("")

    def _select(self, pid: int) -> None:
        row = next((r for r, p in enumerate(self.model.rows) if p.id == pid), -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, NAME))
            self.table.scrollTo(self.model.index(row, NAME))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.participant(r).id for r in rows]

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        store = self.ctx.store
        self.ctx.do(ops.participants.remove.label(store, ids),
                    lambda: ops.participants.remove(store, ids))

    def toggle_present(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        store = self.ctx.store
        people = [store.participants.get(i) for i in ids]
        present = not all(p.present for p in people)
        self.ctx.do(ops.participants.set_present.label(store, ids, present),
                    lambda: ops.participants.set_present(store, ids, present))

    def mark_all_present(self) -> None:
        store = self.ctx.store
        if all(p.present for p in self.model.rows):
            return
        self.ctx.do(ops.participants.mark_all_present.label(store),
                    lambda: ops.participants.mark_all_present(store))

    def import_csv(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import participants"), str(Path.home()),
                self.tr("Lists (*.csv *.txt *.tsv);;All files (*)"))
            if not path:
                return
        from facilitator.tabular import read_table
        from facilitator_ui.dialogs.csv_import import ParticipantsImportDialog

        try:
            table = read_table(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Import participants"),
                                self.tr("Could not read “%1”: %2")
                                .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return
        if not table.rows:
            QMessageBox.information(self, self.tr("Import participants"),
                                    self.tr("“%1” holds no names to import.").replace("%1", path))
            return
        dialog = ParticipantsImportDialog(table, Path(path).name, self,
                                          self.ctx.store.participants.list())
        if dialog.exec() != ParticipantsImportDialog.DialogCode.Accepted:
            return
        self.add_people(dialog.people(), dialog.merge())

    def add_people(self, people: list[dict], merge: bool = True) -> None:
        """Add a list in one undoable step; merge: a name already on the list (or earlier in
        the list) updates that person instead of adding a second one."""
        store = self.ctx.store
        self.ctx.do(ops.participants.import_people.label(store, people, merge),
                    lambda: ops.participants.import_people(store, people, merge))

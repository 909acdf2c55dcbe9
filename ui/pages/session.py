"""The Séance page: title, date, times, place, organizer, facilitators, language, notes.

Each field is saved when it is left (or on Enter), as one undoable change."""
from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout,
                               QLineEdit, QPushButton, QScrollArea, QTimeEdit, QVBoxLayout,
                               QWidget)

from facilitator import ops
from facilitator_ui.widgets.fields import LeaveTextEdit
from facilitator_ui.pages.base import Page


class SessionPage(Page):
    kinds = frozenset({"session"})

    @staticmethod
    def title() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SessionPage", "Session")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self._build_fields()

        date_row = QWidget()
        dl = QVBoxLayout(date_row)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.date_edit)
        dl.addWidget(self.no_date)
        end_row = QWidget()
        el = QVBoxLayout(end_row)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(self.end_edit)
        el.addWidget(self.no_end)

        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Date"), date_row)
        form.addRow(self.tr("&Start time"), self.start_edit)
        form.addRow(self.tr("Pl&anned end"), end_row)
        form.addRow(self.tr("Pla&ce"), self.place_edit)
        form.addRow(self.tr("&Organizer"), self.organizer_edit)
        form.addRow(self.tr("Facil&itators"), self.facilitators_edit)
        form.addRow(self.tr("&Language of the minutes"), self.language_box)
        form.addRow("", self.hide_authors)
        form.addRow(self.tr("&Notes"), self.notes_edit)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        # phones join the session over the room's network (issue 15): ui/dialogs/room_dialog.py
        self.room_button = QPushButton(self.tr("Open the &room to phones…"))
        self.room_button.setToolTip(self.tr("Participants send ideas and vote from their phones, "
                                            "over the room's network, with no internet"))
        self.room_button.clicked.connect(self.open_room)
        room_row = QHBoxLayout()
        room_row.setContentsMargins(9, 0, 9, 9)
        room_row.addWidget(self.room_button)
        room_row.addStretch(1)
        layout.addLayout(room_row)

        self._connect()
        self.refresh({"session"})
        self._name_controls()

    def _build_fields(self) -> None:
        """The session's details, each saved when it is left."""
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setSpecialValueText(self.tr("No date"))
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.no_date = QCheckBox(self.tr("No date yet"))
        self.start_edit = QTimeEdit()
        self.start_edit.setDisplayFormat("HH:mm")
        self.end_edit = QTimeEdit()
        self.end_edit.setDisplayFormat("HH:mm")
        self.no_end = QCheckBox(self.tr("No planned end"))
        self.place_edit = QLineEdit()
        self.organizer_edit = QLineEdit()
        self.organizer_edit.setPlaceholderText(self.tr("e.g. MRC council, network, ministry"))
        self.facilitators_edit = QLineEdit()
        self.facilitators_edit.setPlaceholderText(self.tr("Names separated by commas"))
        self.language_box = QComboBox()
        self.language_box.addItem("Français", "fr")
        self.language_box.addItem("English", "en")
        self.hide_authors = QCheckBox(self.tr("Never show who proposed an idea to the room"))
        self.notes_edit = LeaveTextEdit(self._save_notes)

    def _connect(self) -> None:
        self.title_edit.editingFinished.connect(self._save_title)
        self.place_edit.editingFinished.connect(lambda: self._save("place", self.place_edit.text()))
        self.organizer_edit.editingFinished.connect(
            lambda: self._save("organizer", self.organizer_edit.text()))
        self.facilitators_edit.editingFinished.connect(self._save_facilitators)
        self.date_edit.editingFinished.connect(self._save_date)
        self.no_date.toggled.connect(self._save_date)
        self.start_edit.editingFinished.connect(
            lambda: self._save("start_time", self.start_edit.time().toString("HH:mm")))
        self.end_edit.editingFinished.connect(self._save_end)
        self.no_end.toggled.connect(self._save_end)
        self.language_box.currentIndexChanged.connect(
            lambda: self._save("language", self.language_box.currentData()))
        self.hide_authors.toggled.connect(lambda on: self._save("hide_authors", on))

    def open_room(self) -> None:
        from facilitator_ui.dialogs.room_dialog import open_room_dialog

        open_room_dialog(self.ctx, self.window())

    def _name_controls(self) -> None:
        """Names a screen reader says for the fields whose label is on their row, not on them."""
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.end_edit.setAccessibleName(self.tr("Planned end"))

    # -- showing ----------------------------------------------------------------------------
    def refresh(self, kinds: set) -> None:
        s = self.ctx.store.session.get()
        self._loading = True
        try:
            self.title_edit.setText(s.title)
            self.no_date.setChecked(s.date is None)
            self.date_edit.setEnabled(s.date is not None)
            self.date_edit.setDate(QDate.fromString(s.date, "yyyy-MM-dd") if s.date
                                   else QDate.currentDate())
            self.start_edit.setTime(QTime.fromString(s.start_time or "09:00", "HH:mm"))
            self.no_end.setChecked(s.end_time is None)
            self.end_edit.setEnabled(s.end_time is not None)
            self.end_edit.setTime(QTime.fromString(s.end_time or "12:00", "HH:mm"))
            self.place_edit.setText(s.place or "")
            self.organizer_edit.setText(s.organizer or "")
            self.facilitators_edit.setText(", ".join(s.facilitators))
            self.language_box.setCurrentIndex(max(0, self.language_box.findData(s.language)))
            self.hide_authors.setChecked(s.hide_authors)
            if self.notes_edit.toPlainText() != (s.notes or ""):
                self.notes_edit.setPlainText(s.notes or "")
        finally:
            self._loading = False

    def activated(self) -> None:
        self.title_edit.setFocus()

    # -- saving -----------------------------------------------------------------------------
    def _save(self, field: str, value) -> None:
        if self._loading:
            return
        current = getattr(self.ctx.store.session.get(), field)
        if isinstance(value, str) and field != "title":
            value = value if value.strip() else None
        if value == current:
            return
        store = self.ctx.store
        self.ctx.do(ops.session.edit.label(store, field, value),
                    lambda: ops.session.edit(store, field, value))

    def _save_title(self) -> None:
        text = self.title_edit.text()
        if not text.strip():  # a session always has a title: put the old one back
            self.refresh({"session"})
            return
        self._save("title", text)

    def _save_facilitators(self) -> None:
        names = [n.strip() for n in self.facilitators_edit.text().split(",") if n.strip()]
        self._save("facilitators", names)

    def _save_date(self) -> None:
        self.date_edit.setEnabled(not self.no_date.isChecked())
        value = None if self.no_date.isChecked() else self.date_edit.date().toString("yyyy-MM-dd")
        self._save("date", value)

    def _save_end(self) -> None:
        self.end_edit.setEnabled(not self.no_end.isChecked())
        value = None if self.no_end.isChecked() else self.end_edit.time().toString("HH:mm")
        self._save("end_time", value)

    def _save_notes(self) -> None:
        self._save("notes", self.notes_edit.toPlainText())

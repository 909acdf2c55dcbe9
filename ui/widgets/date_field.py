"""A date typed as people write it (2027-06-30, 30/06/2027, 30 juin 2027, June 30 2027) or
picked in a calendar that opens at today; empty means no date. The reading is the core's
(facilitator.dates.parse_date)."""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton,
                               QWidget, QWidgetAction)

from facilitator.dates import parse_date
from facilitator_ui.icons import icon

BAD_STYLE = "QLineEdit { border: 1px solid #b3261e; background: #fdecea; }"


class DateField(QWidget):
    """`date()` is a datetime.date or None; `valid()` says whether the text is a date (or
    empty). `committed` is emitted when a date is picked, or Enter pressed."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("No date"))
        self.help = self.tr("Type a date (2027-06-30, 30/06/2027, 30 juin 2027) or pick it in "
                            "the calendar (Alt+↓); empty: no date")
        self.edit.setToolTip(self.help)
        self.edit.setClearButtonEnabled(True)
        self.button = QToolButton()
        self.button.setIcon(icon("fa5s.calendar-alt"))
        self.button.setToolTip(self.tr("Calendar (Alt+↓)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._calendar: QCalendarWidget | None = None   # made when first opened
        self.button.clicked.connect(self.open_calendar)
        self.edit.textChanged.connect(self._check)
        self.edit.returnPressed.connect(self._enter)
        self.edit.installEventFilter(self)
        self.setFocusProxy(self.edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setAccessibleName(self.tr("Due date"))
        # what a screen reader says: the field, its calendar button and Qt's clear button
        self.edit.setAccessibleName(self.tr("Due date"))
        self.edit.setAccessibleDescription(self.help)
        self.button.setAccessibleName(self.tr("Calendar (Alt+↓)"))
        for clear in self.edit.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear"))
        fm = self.edit.fontMetrics()
        self.edit.setMinimumWidth(fm.horizontalAdvance("30 septembre 2027") + 40)

    # -- value --------------------------------------------------------------------------------
    def date(self) -> _dt.date | None:
        return parse_date(self.edit.text())

    def valid(self) -> bool:
        return not self.edit.text().strip() or self.date() is not None

    def setDate(self, value: _dt.date | QDate | str | None) -> None:  # noqa: N802
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        elif isinstance(value, str):
            value = parse_date(value)
        self.edit.setText(value.isoformat() if value else "")

    def iso(self) -> str | None:
        day = self.date()
        return day.isoformat() if day else None

    # -- calendar -----------------------------------------------------------------------------
    @property
    def calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            self._calendar = QCalendarWidget()
            self._calendar.setGridVisible(True)
            self.menu = QMenu(self)
            holder = QWidgetAction(self.menu)
            holder.setDefaultWidget(self._calendar)
            self.menu.addAction(holder)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        return self._calendar

    def open_calendar(self) -> None:
        """The calendar at the typed date, or at today when there is none."""
        day = self.date() or _dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self.edit.setText(qdate.toPython().isoformat())
        self.menu.hide()
        self.edit.setFocus()
        self.committed.emit()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if (obj is self.edit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return True
        return False

    def _enter(self) -> None:
        if self.valid():
            day = self.date()
            if day is not None:   # show the date as understood
                self.edit.setText(day.isoformat())
            self.committed.emit()

    def _check(self) -> None:
        self.edit.setStyleSheet("" if self.valid() else BAD_STYLE)
        self.edit.setToolTip(self.help if self.valid() else self.tr(
            "Not a date: type 2027-06-30, 30/06/2027 or 30 juin 2027"))

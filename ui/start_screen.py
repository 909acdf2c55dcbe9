"""The start screen: new session (blank or from a template), open, recent sessions, the demo."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPalette, QTextDocument
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)

from facilitator_ui import settings
from facilitator_ui.icons import icon


DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1


class TitleAndDescription(QStyledItemDelegate):
    """A template in the list: its title in bold, its description below, wrapped."""

    PAD = 8

    def _doc(self, index, width: int, selected: bool) -> QTextDocument:
        doc = QTextDocument()
        color = "white" if selected else "#52606d"
        doc.setHtml(f"<b>{escape(index.data() or '')}</b><br>"
                    f"<span style='color:{color}'>"
                    f"{escape(index.data(DESCRIPTION_ROLE) or '')}</span>")
        doc.setTextWidth(max(50, width - 2 * self.PAD))
        return doc

    def paint(self, painter, option, index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._doc(index, option.rect.width(), selected)
        painter.save()
        painter.translate(option.rect.left() + self.PAD, option.rect.top() + self.PAD // 2)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if selected:
            ctx.palette.setColor(QPalette.ColorRole.Text, QColor("white"))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802
        width = option.widget.viewport().width() if option.widget else option.rect.width()
        doc = self._doc(index, width, False)
        return QSize(width, int(doc.size().height()) + self.PAD)


class StartScreen(QWidget):
    newRequested = Signal(object)     # template name, or None for a blank session
    followingRequested = Signal()     # a new session that follows another (issue 16)
    openRequested = Signal()
    recentRequested = Signal(str)
    demoRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Facilitateur"))
        title.setStyleSheet("font-size: 28px; font-weight: bold; color: #102a43;")
        subtitle = QLabel(self.tr("Plan, run and report on co-construction sessions."))
        subtitle.setStyleSheet("font-size: 15px; color: #486581;")

        self.blank_button = QPushButton(icon("fa5s.file"), self.tr("&New blank session"))
        self.following_button = QPushButton(icon("fa5s.forward"),
                                            self.tr("New session follo&wing…"))
        self.following_button.setToolTip(self.tr(
            "A session that carries over the participants, actors, open actions, items not "
            "reached and decision numbering of a previous one"))
        self.open_button = QPushButton(icon("fa5s.folder-open"), self.tr("&Open a session…"))
        self.demo_button = QPushButton(icon("fa5s.play-circle"), self.tr("Open the &demo"))
        for b in (self.blank_button, self.following_button, self.open_button, self.demo_button):
            b.setMinimumHeight(36)

        self.templates = QListWidget()
        self.templates.setAccessibleName(self.tr("Templates"))
        self.templates.setWordWrap(True)
        self.templates.setItemDelegate(TitleAndDescription(self.templates))
        self.templates.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.templates.setToolTip(self.tr("Enter or double-click: a new session from this template"))
        self.recent = QListWidget()
        self.recent.setWordWrap(True)
        self.recent.setAccessibleName(self.tr("Recent sessions"))

        tpl_box = QGroupBox(self.tr("New session from a template"))
        tl = QVBoxLayout(tpl_box)
        tl.addWidget(self.templates)
        recent_box = QGroupBox(self.tr("Recent sessions"))
        rl = QVBoxLayout(recent_box)
        rl.addWidget(self.recent)

        buttons = QHBoxLayout()
        buttons.addWidget(self.blank_button)
        buttons.addWidget(self.following_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()

        grid = QGridLayout(self)
        grid.setContentsMargins(32, 24, 32, 24)
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addWidget(subtitle, 1, 0, 1, 2)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.addWidget(tpl_box, 3, 0)
        grid.addWidget(recent_box, 3, 1)
        grid.setRowStretch(3, 1)

        self.blank_button.clicked.connect(lambda: self.newRequested.emit(None))
        self.following_button.clicked.connect(self.followingRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.templates.itemActivated.connect(
            lambda item: self.newRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent.itemActivated.connect(
            lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole)))

    def refresh(self) -> None:
        lang = settings.language()
        self.templates.clear()
        try:
            from facilitator.templates import list_templates

            templates = list_templates()
        except Exception:  # a broken template folder must not stop the start screen
            templates = []
        for t in templates:
            item = QListWidgetItem(t.title(lang))
            item.setData(Qt.ItemDataRole.UserRole, t.name)
            item.setData(DESCRIPTION_ROLE, t.description(lang))
            from facilitator.templates import sessions_summary

            item.setToolTip("\n".join(x for x in (t.description(lang),
                                                   sessions_summary(t, lang)) if x))
            self.templates.addItem(item)
        self.recent.clear()
        for path in settings.recent_files():
            p = Path(path)
            item = QListWidgetItem(icon("fa5s.file-alt"), f"{p.stem}\n{p.parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not p.exists():
                item.setText(f"{p.stem} — {self.tr('not found')}\n{p.parent}")
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)
        else:
            empty = QListWidgetItem(self.tr("No recent session yet: start a new one, or open the "
                                            "demo to see a session filled in."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable, but not greyed out
            empty.setForeground(QColor("#52606d"))     # the templates' description colour
            self.recent.addItem(empty)
        if self.templates.count():
            self.templates.setCurrentRow(0)

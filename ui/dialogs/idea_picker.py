"""Pick the idea an action comes from (the Décisions page, Ctrl+Shift+I)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QToolButton, QVBoxLayout)

from facilitator import decisions as rules


class IdeaPicker(QDialog):
    """Pick the idea an action comes from: top-ranked first when a round is closed."""

    def __init__(self, choices: list[rules.IdeaChoice], round_title: str | None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New action from an idea"))
        self.resize(640, 480)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the ideas"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the ideas"))
        for button in self.filter.findChildren(QToolButton):  # Qt's clear button
            button.setAccessibleName(self.tr("Clear"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Ideas"))
        for ch in choices:
            text = " ".join(ch.idea.text.split())
            if ch.rank is not None:
                dots = (self.tr("no dots") if ch.dots == 0 else self.tr("1 dot")
                        if ch.dots == 1 else self.tr("%1 dots").replace("%1", str(ch.dots)))
                text = f"{ch.rank}. {text}  ({dots})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ch.idea.id)
            self.list.addItem(item)
        if round_title is not None:
            intro = self.tr("Ranked by the closed round “%1”; Enter makes the action.") \
                .replace("%1", round_title)
        else:
            intro = self.tr("No closed voting round yet: the ideas in their order. "
                            "Enter makes the action.")
        hint = QLabel(intro)
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the action"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)
        self.filter.setFocus()

    def _filter(self, text: str) -> None:
        folded = text.casefold()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = folded not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = i
        if first is not None:
            self.list.setCurrentRow(first)

    def idea_id(self) -> int | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

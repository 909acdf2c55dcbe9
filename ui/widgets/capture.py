"""The Ideas page's capture field (Enter saves, Shift+Enter a new line) and the bar that offers
to merge an idea that looks like one already on the wall."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton

from facilitator_ui.icons import icon


class CaptureEdit(QPlainTextEdit):
    """Where ideas are typed: Enter saves, Shift+Enter starts a new line, Tab moves on."""
    submitted = Signal()
    escaped = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        fm = self.fontMetrics()
        self.setFixedHeight(int(fm.lineSpacing() * 3.2 + 14))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class DuplicateBar(QFrame):
    """« Idée semblable à … — Fusionner / Garder les deux »: never blocks the capture."""
    mergeRequested = Signal()
    keepRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateBar")
        self.setStyleSheet("#duplicateBar { background: #fff3bf; border: 1px solid #f08c00;"
                           " border-radius: 4px; }")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.merge_button = QPushButton(icon("fa5s.object-group"), self.tr("Merge"))
        self.merge_button.setToolTip(self.tr("Merge into the earlier idea: one text, the new "
                                             "one kept in its history (Ctrl+Shift+J)"))
        self.keep_button = QPushButton(self.tr("Keep both"))
        self.keep_button.setToolTip(self.tr("Keep the two ideas (Escape in the capture field)"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(QLabel("≈"))
        row.addWidget(self.label, 1)
        row.addWidget(self.merge_button)
        row.addWidget(self.keep_button)
        self.merge_button.clicked.connect(self.mergeRequested)
        self.keep_button.clicked.connect(self.keepRequested)
        self.hide()

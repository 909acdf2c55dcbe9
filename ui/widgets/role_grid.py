"""The roles grid: actors by role, the digits 0 to 3 set a level, and the editors of a level
and of an actor's kind."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyle, QStyledItemDelegate, QTableView

from facilitator import rolemap
from facilitator.i18n import current_language
from facilitator.roles import LEVELS
from facilitator_ui.models.roles import column_role, LEVELS_ROLE
from facilitator_ui.widgets.heat_map import LEVEL_COLOURS, LEVEL_INK

if TYPE_CHECKING:
    from facilitator_ui.pages.roles import RolesPage

DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


def scaled(font: QFont, factor: float) -> QFont:
    out = QFont(font)
    if font.pointSizeF() > 0:
        out.setPointSizeF(font.pointSizeF() * factor)
    else:
        out.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return out


def kind_labels() -> list[str]:
    return [rolemap.kind_label(k, current_language()) for k in rolemap.ACTOR_KINDS]


class LevelDelegate(QStyledItemDelegate):
    """A role cell: coloured by the level of the layer being edited; "today → desired" with
    the number of that layer large and bold."""

    def __init__(self, page: "RolesPage") -> None:
        super().__init__(page)
        self.page = page

    def paint(self, painter, option, index) -> None:
        levels = index.data(LEVELS_ROLE)
        if levels is None:
            super().paint(painter, option, index)
            return
        current, desired = levels
        editing_desired = self.page.layer() == "desired"
        level = desired if editing_desired else current
        rect = option.rect
        painter.save()
        painter.fillRect(rect.adjusted(1, 1, -1, -1), QColor(LEVEL_COLOURS[level]))
        if option.state & QStyle.StateFlag.State_Selected:
            pen = QPen(option.palette.highlight().color(), 3)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        big = scaled(option.font, 1.25)
        big.setBold(True)
        small = scaled(option.font, 0.9)
        parts = [(str(current), big if not editing_desired else small),
                 (" → ", small), (str(desired), big if editing_desired else small)]
        width = sum(QFontMetrics(f).horizontalAdvance(t) for t, f in parts)
        x = rect.center().x() - width // 2
        ink = QColor(LEVEL_INK[level])
        for text, font in parts:
            painter.setFont(font)
            painter.setPen(ink if font is big else QColor(ink.red(), ink.green(), ink.blue(), 170))
            w = QFontMetrics(font).horizontalAdvance(text)
            painter.drawText(QRect(x, rect.top(), w + 1, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            x += w
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 64), max(size.height(), 30))


class KindDelegate(QStyledItemDelegate):
    """The kind of an actor: pick a known kind or type any text."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(kind_labels())
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class RoleGrid(QTableView):
    def __init__(self, page: "RolesPage") -> None:
        super().__init__()
        self.page = page

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key = event.key()
        on_role = column_role(self.currentIndex().column()) is not None
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                          | Qt.KeyboardModifier.AltModifier))
        if on_role and plain and key in DIGITS:
            if DIGITS[key] in LEVELS:
                self.page.set_selected_level(DIGITS[key])
            else:
                self.page.statusMessage.emit(self.page.tr(
                    "Levels go from 0 (none) to 3 (leading)."))
            return
        if key == Qt.Key.Key_Space and plain:
            self.page.toggle_layer()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            if on_role:
                self.page.set_selected_level(0)
            else:
                self.page.remove_selected()
            return
        if key == Qt.Key.Key_F1:
            self.page.show_role_help()
            return
        super().keyPressEvent(event)

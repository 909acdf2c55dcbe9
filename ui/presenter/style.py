"""What every projector view shares: the room's colours and large plain-text labels."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from facilitator_ui.theme import room

BACKGROUND = "#102a43"
TEXT = "#ffffff"
SOFT = "#d9e2ec"
DIM = "#9fb3c8"


def room_label(colour: str, bold: bool = False, wrap: bool = True,
               center: bool = False) -> QLabel:
    """A label for the room: user text is never read as markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if center:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(f"color: {colour}; background: transparent;")
    if bold:
        f = label.font()
        f.setBold(True)
        label.setFont(f)
    return label


def set_pixel_size(label: QLabel, px: float) -> None:
    f = label.font()
    f.setPixelSize(max(10, int(px * room().scale)))  # the room's text size (Préférences)
    label.setFont(f)

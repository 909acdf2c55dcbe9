"""The room view's « Rejoindre » screen: the QR code of the open room, its address and its code,
large, for phones to scan or type from the back of the room. Shows only what ctx.room_view.join
holds (set when the facilitator opens the room, renewed when the room is locked)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from facilitator_ui.context import SessionContext
from facilitator_ui.presenter.style import DIM, SOFT, TEXT, room_label
from facilitator_ui.presenter.style import set_pixel_size as _size
from facilitator_ui.presenter.window import register_view


class QrCode(QWidget):
    """A QR code drawn from its modules (facilitator.room.qr), square, as large as it fits,
    dark on a white card with the quiet zone (phones read it from the projector)."""

    def __init__(self) -> None:
        super().__init__()
        self.modules: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAccessibleName(self.tr("QR code to join the room"))
        self.setAccessibleDescription(self.tr("No address yet: the room is not open"))

    def set_url(self, url: str | None) -> None:
        from facilitator.room import qr

        self.modules = qr.modules(url) if url else []
        # a screen reader says where the code leads (the address is also printed beside it)
        self.setAccessibleDescription(
            self.tr("Opens %1").replace("%1", url) if url
            else self.tr("No address yet: the room is not open"))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        if not self.modules:
            return
        n = len(self.modules)
        side = min(self.width(), self.height())
        cell = side // n
        if cell <= 0:
            return
        size = cell * n
        x0 = (self.width() - size) // 2
        y0 = (self.height() - size) // 2
        p = QPainter(self)
        p.fillRect(x0, y0, size, size, QColor("white"))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("black"))
        for r, row in enumerate(self.modules):
            for c, dark in enumerate(row):
                if dark:
                    p.drawRect(QRectF(x0 + c * cell, y0 + r * cell, cell, cell))
        p.end()


def title() -> str:
    return QCoreApplication.translate("JoinRoomView", "Join from a phone (QR code)")


class JoinRoomView(QWidget):
    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setStyleSheet("background: #102a43;")
        self.qr = QrCode()
        self.heading = room_label(TEXT, True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.address = room_label(TEXT, True, wrap=False)   # an address never breaks
        self.address.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code = room_label(SOFT, True)
        self.code.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.hint = room_label(DIM)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        text = QVBoxLayout()
        text.addStretch(1)
        for w in (self.heading, self.address, self.code, self.hint):
            text.addWidget(w)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.setSpacing(40)
        layout.addWidget(self.qr, 5)
        layout.addLayout(text, 6)
        ctx.room_view.joinChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        join = self.ctx.room_view.join
        self.qr.set_url(join.url if join else None)
        self.qr.setVisible(join is not None)
        if join is None:
            self.heading.setText(self.tr("The room is not open"))
            self.address.setText("")
            self.code.setText("")
            self.hint.setText("")
            return
        self.heading.setText(self.tr("Join from your phone"))
        # what a person types in the browser (it adds http:// itself): the whole join path
        self.address.setText(f"{join.address}/j/{join.code}")
        self.code.setText(self.tr("Code: %1").replace("%1", join.code))
        self.hint.setText(self.tr("Scan the code, or type the address in the browser. Stay on the "
                                  "room's Wi-Fi (mobile data off)."))
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        h = self.height()
        _size(self.heading, max(18, h // 14))
        _size(self.code, max(16, h // 13))
        _size(self.hint, max(12, h // 30))
        # the address as large as the text column allows, on one line
        room = max(100, int(self.width() * 6 / 11) - 60)
        _size(self.address, max(14, h // 13))
        font = self.address.font()
        wide = QFontMetrics(font).horizontalAdvance(self.address.text())
        if wide > room:
            font.setPixelSize(max(10, int(font.pixelSize() * room / wide)))
            self.address.setFont(font)


register_view("join", title, JoinRoomView)

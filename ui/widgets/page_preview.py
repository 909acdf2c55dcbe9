"""The outline of a report's first page on a sheet of Letter or A4 proportions (Rapport page)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class PagePreview(QWidget):
    """A sheet of paper (Letter or A4 proportions) with the first page's outline drawn as plain
    text."""

    RATIOS = {"letter": 11 / 8.5, "a4": 297 / 210}
    RATIO = RATIOS["a4"]

    def __init__(self) -> None:
        super().__init__()
        self.kind = ""
        self.title = ""
        self.lines: list[str] = []
        self.contents_heading = ""
        self.contents: list[str] = []
        self.setMinimumSize(QSize(260, 360))
        self.setAccessibleName(self.tr("Preview of the first page"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_outline(self, kind: str, title: str, lines: list[str], contents_heading: str,
                    contents: list[str]) -> None:
        self.kind, self.title, self.lines = kind, title, lines
        self.contents_heading, self.contents = contents_heading, contents
        self.setAccessibleDescription("\n".join([kind, title, *lines, contents_heading,
                                                 *contents]))
        self.update()

    def text(self) -> str:
        return self.accessibleDescription()

    def set_paper(self, paper: str) -> None:
        self.RATIO = self.RATIOS.get(paper, self.RATIOS["a4"])
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        w, h = self.width() - 16, self.height() - 16
        if w * self.RATIO > h:
            w = h / self.RATIO
        else:
            h = w * self.RATIO
        sheet = QRectF((self.width() - w) / 2, 8, w, h)
        p.fillRect(sheet.translated(3, 3), QColor(0, 0, 0, 40))
        p.fillRect(sheet, QColor("white"))
        p.setPen(QPen(QColor("#b0bec5")))
        p.drawRect(sheet)
        unit = w / 45                       # text sizes follow the sheet's width
        margin = w * 0.1
        x, y, width = sheet.left() + margin, sheet.top() + margin * 1.4, w - 2 * margin
        flags = int(Qt.TextFlag.TextWordWrap)

        def block(text: str, size: float, bold=False, color="#263238", gap=0.6) -> None:
            nonlocal y
            font = QFont(self.font())
            font.setPixelSize(max(6, int(size)))
            font.setBold(bold)
            p.setFont(font)
            p.setPen(QColor(color))
            rect = p.boundingRect(QRectF(x, y, width, sheet.bottom() - y), flags, text)
            if rect.bottom() > sheet.bottom() - margin:
                return
            p.drawText(QRectF(x, y, width, rect.height()), flags, text)
            y += rect.height() + size * gap

        block(self.kind.upper(), unit * 1.3, color="#607d8b")
        block(self.title, unit * 2.6, bold=True, gap=1.0)
        for line in self.lines:
            block(line, unit * 1.4, gap=0.3)
        y += unit * 2
        if self.contents:
            block(self.contents_heading, unit * 1.7, bold=True)
            for line in self.contents:
                block(line, unit * 1.35, gap=0.35)
        p.end()

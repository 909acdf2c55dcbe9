"""The wall of the Idées page: sticky notes in columns, one per theme, over a `WallModel`.

Only the cards on screen are painted (a table view with a note delegate), so 2,000 ideas cost
what 40 do. Every gesture is also a key, so the whole sorting can be done without the mouse:
arrows move between cards (Shift/Ctrl to select several), 1–9 send the selected cards to a
theme and 0 back to the pile without a theme (the next card of the pile becomes current, ready
for the next key), Enter or F2 edits a card in place (Shift+Enter for a new line), Delete
removes, Escape returns to the capture field. Cards can also be dragged onto a column or onto a
theme of the theme list. The widgets emit `...Requested` signals; the page makes the commands.
"""
from __future__ import annotations

from PySide6.QtCore import (QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QPoint,
                            QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal)
from PySide6.QtGui import (QColor, QDrag, QFont, QFontMetricsF, QPainter, QPen, QPixmap,
                           QPixmapCache)
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFrame, QHeaderView,
                               QLabel,
                               QLineEdit, QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QStyle, QStyledItemDelegate, QTableView, QVBoxLayout)

from facilitator.ideas import ink_on
from facilitator.tabular import fold
from facilitator_ui.models.ideas import (CardRole, ColorRole, CountRole, CountTextRole, IdRole,
                                         NumberRole, ThemeRole, TitleRole, WallModel,
                                         encode_ids)
from facilitator_ui.widgets.sticky_note import note_lines, paint_card, paint_note, paint_state

CARD_W = 224
CARD_H = 124
WALL_BACKGROUND = "#f4f1ea"
PIXMAP_CACHE_KB = 48 * 1024   # room for about 500 cards


def _small(font: QFont, delta: float = -1.5) -> QFont:
    f = QFont(font)
    f.setPointSizeF(max(6.5, f.pointSizeF() + delta))
    return f


class NoteEditor(QPlainTextEdit):
    """Edits one card: Enter saves, Shift+Enter starts a new line, Escape cancels."""
    done = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Shape.Box)
        self.setToolTip(self.tr("Enter saves, Shift+Enter starts a new line, Escape cancels"))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.done.emit()
            return
        super().keyPressEvent(event)


def card_pixmap(text: str, color: str, footer: str, mark: str, size: QSize, font: QFont,
                ratio: float) -> QPixmap:
    """A card's pixels, drawn once per look and kept in Qt's pixmap cache."""
    key = (f"note|{hash(text)}|{len(text)}|{color}|{footer}|{mark}|{size.width()}x"
           f"{size.height()}|{font.key()}|{ratio}")
    pixmap = QPixmapCache.find(key)
    if pixmap is None:
        pixmap = QPixmap(QSize(round(size.width() * ratio), round(size.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(WALL_BACKGROUND))
        p = QPainter(pixmap)
        paint_card(p, QRectF(0, 0, size.width(), size.height()), text, color, font,
                   footer=footer, footer_font=_small(font), mark=mark)
        p.end()
        QPixmapCache.insert(key, pixmap)
    return pixmap


class NoteDelegate(QStyledItemDelegate):
    """Paints an idea as a sticky note; edits it with a NoteEditor. A card is drawn once into
    a cached pixmap (until its text, colour, footer or size change): scrolling, filtering and
    moving cards then only copy pixels."""

    def paint(self, painter: QPainter, option, index) -> None:
        card = index.data(CardRole)   # everything the card shows, in one read
        if card is None:   # an empty cell of the wall
            return
        text, color, footer, mark, fresh = card
        rect = option.rect
        pixmap = card_pixmap(text, color, footer, mark, rect.size(), option.font,
                             painter.device().devicePixelRatioF())
        painter.drawPixmap(rect.topLeft(), pixmap)
        paint_state(painter, QRectF(rect),
                    selected=bool(option.state & QStyle.StateFlag.State_Selected),
                    current=bool(option.state & QStyle.StateFlag.State_HasFocus),
                    fresh=fresh,
                    selection_color=getattr(self.parent(), "selection_color", None))

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        return QSize(CARD_W, CARD_H)

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = NoteEditor(parent)
        editor.done.connect(lambda: (self.commitData.emit(editor),
                                     self.closeEditor.emit(editor,
                                                           QStyledItemDelegate.EndEditHint.NoHint)))
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802
        r = option.rect.adjusted(3, 3, -3, -3)
        editor.setGeometry(r.adjusted(0, 0, 0, max(0, 2 * CARD_H - r.height())))


class WallHeader(QHeaderView):
    """Column headers coloured like their theme: « 1 · Title (12) »."""
    menuRequested = Signal(object, QPoint)   # theme id (None: no theme), global position
    renameRequested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.sectionDoubleClicked.connect(self._double)

    def _theme(self, section: int):
        return self.model().headerData(section, Qt.Orientation.Horizontal, ThemeRole)

    def _menu(self, pos: QPoint) -> None:
        section = self.logicalIndexAt(pos)
        if section >= 0:
            self.menuRequested.emit(self._theme(section), self.mapToGlobal(pos))

    def _double(self, section: int) -> None:
        theme = self._theme(section)
        if theme is not None:
            self.renameRequested.emit(theme)

    def sizeHint(self) -> QSize:  # noqa: N802
        # fixed: QHeaderView's own hint asks every section for its data (slow with 60 themes)
        return QSize(self.length(), int(QFontMetricsF(self.font()).lineSpacing() * 2 + 16))

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:  # noqa: N802
        """A section is drawn once per look into a cached pixmap, then copied: a capture
        changes one count, and only that section is drawn again."""
        model = self.model()
        if model is None:
            return
        o = Qt.Orientation.Horizontal
        bg = model.headerData(section, o, Qt.ItemDataRole.BackgroundRole) or QColor("#eeeeee")
        fg = model.headerData(section, o, Qt.ItemDataRole.ForegroundRole) or QColor("#000000")
        title = model.headerData(section, o, TitleRole) or ""
        count = model.headerData(section, o, CountTextRole) or ""
        theme = model.headerData(section, o, ThemeRole)
        # the columns of one pile share one band
        joined_left = section > 0 and model.headerData(section - 1, o, ThemeRole) == theme
        joined_right = section + 1 < model.columnCount() and \
            model.headerData(section + 1, o, ThemeRole) == theme
        font = QFont(self.font())
        font.setBold(True)
        fm = QFontMetricsF(font)
        count_w = round(fm.horizontalAdvance(count) + 8, 2) if count else 0
        # the count changes at each capture, the rest seldom: the rest is cached (with the
        # room the count takes), the count drawn over it
        look = (title, count_w, QColor(bg).name(), QColor(fg).name(), joined_left, joined_right)
        _blit(painter, rect, f"header|{look}|{font.key()}",
              lambda p, r: self._draw(p, r, look))
        if count:
            painter.save()
            painter.setFont(font)
            painter.setPen(fg)
            painter.drawText(self._inner(rect, joined_left, joined_right),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, count)
            painter.restore()

    @staticmethod
    def _band(rect: QRect, joined_left: bool, joined_right: bool) -> QRect:
        return QRect(rect).adjusted(0 if joined_left else 5, 4, 0 if joined_right else -5, -3)

    def _inner(self, rect: QRect, joined_left: bool, joined_right: bool) -> QRectF:
        return QRectF(self._band(rect, joined_left, joined_right).adjusted(8, 3, -8, -5))

    def _draw(self, painter: QPainter, rect: QRect, look: tuple) -> None:
        """The section without its count: the band and the title beside the count's room."""
        title, count_w, bg, fg, joined_left, joined_right = look
        bg, fg = QColor(bg), QColor(fg)
        painter.fillRect(rect, QColor(WALL_BACKGROUND))
        band = self._band(rect, joined_left, joined_right)
        painter.fillRect(band, bg)
        painter.fillRect(QRect(band.left(), band.bottom() - 2, band.width(), 3), bg.darker(125))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(fg)
        fm = QFontMetricsF(font)
        inner = self._inner(rect, joined_left, joined_right)
        lines, _ = note_lines(title, font, inner.width() - count_w, 2)
        y = inner.top() + fm.ascent()
        if len(lines) == 1:
            y += fm.lineSpacing() / 2
        for line in lines:
            painter.drawText(QPointF(inner.left(), y), line)
            y += fm.lineSpacing()


def _blit(painter: QPainter, rect: QRect, key: str, draw) -> None:
    """Copy the pixmap cached under key (its size and the screen's pixel ratio added) into
    rect; on a miss, draw(painter, QRect(0, 0, w, h)) makes it first. The drawing must cover
    every pixel (the pixmap is opaque)."""
    ratio = painter.device().devicePixelRatioF()
    key = f"{key}|{rect.width()}x{rect.height()}|{ratio}"
    pixmap = QPixmapCache.find(key)
    if pixmap is None:
        pixmap = QPixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        p = QPainter(pixmap)
        draw(p, QRect(0, 0, rect.width(), rect.height()))
        p.end()
        QPixmapCache.insert(key, pixmap)
    painter.drawPixmap(rect.topLeft(), pixmap)


class WallView(QTableView):
    moveRequested = Signal(list, object)       # idea ids, theme id (None: no theme)
    deleteRequested = Signal(list)
    captureRequested = Signal()                # Escape: back to the capture field
    numberWithoutTheme = Signal(int)           # a key 1–9 no theme answers to

    def __init__(self, model: WallModel, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(WallHeader(self))
        self.setModel(model)
        self.wall = model
        self.setItemDelegate(NoteDelegate(self))
        self._build_grid()
        self._build_behaviour()
        self._build_looks()
        self._build_words()
        self._saved: tuple[list[int], int | None, tuple[int, int] | None] = ([], None, None)
        self._advance = False
        self._drop_col = -1
        # rows added at the bottom (a capture): see doItemsLayout
        self._appended: tuple[int, int] | None = None
        self._resize_timer = QTimer(self, singleShot=True, interval=0)
        self._resize_timer.timeout.connect(self._fit_columns)
        self._connect_model(model)

    def _build_grid(self) -> None:
        """Cells of one card's size, no grid, no row numbers, scrolled by the pixel."""
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setDefaultSectionSize(CARD_W)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(CARD_H)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # always there: the wall does not narrow (and its pile re-flow, every card repainted)
        # at the capture that makes it taller than the screen
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # opaque scroll bars: when the wall scrolls to a new card, its bar repaints alone, not
        # the window behind it
        for bar in (self.verticalScrollBar(), self.horizontalScrollBar()):
            bar.setAutoFillBackground(True)

    def _build_behaviour(self) -> None:
        """Selection, editing in place, drag and drop."""
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setWordWrap(True)

    def _build_looks(self) -> None:
        """The wall's colour, cards cached as pixmaps, selection drawn by the cards."""
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        # cards show their selection themselves: no coloured cell behind them
        self.selection_color = self.palette().highlight().color()
        pal = self.palette()
        for group in (pal.ColorGroup.Active, pal.ColorGroup.Inactive):
            pal.setColor(group, pal.ColorRole.Highlight, QColor(0, 0, 0, 0))
        # the wall's colour as an opaque palette background (not a style sheet): Qt then knows
        # the viewport paints every pixel itself, so a scroll moves pixels and repaints only
        # the strip it uncovers, and a new card repaints only its cell — never the window
        # behind the wall
        for group in (pal.ColorGroup.Active, pal.ColorGroup.Inactive, pal.ColorGroup.Disabled):
            pal.setColor(group, pal.ColorRole.Base, QColor(WALL_BACKGROUND))
        self.setPalette(pal)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(True)

    def _build_words(self) -> None:
        """The wall's name, description and keys for screen readers and tooltips."""
        self.setAccessibleName(self.tr("Idea wall"))
        # the wall in words is told once changes pause, never inside Enter → card painted
        # (every column and its count: 600 columns at ten times the grand forum)
        self._describe_timer = QTimer(self, singleShot=True, interval=250)
        self._describe_timer.timeout.connect(self._describe)
        self._describe()
        self.setToolTip(self.tr(
            "Arrows: go from card to card (Shift or Ctrl to select several) · 1–9: move to "
            "that theme · 0: no theme · Enter or F2: edit · Delete: delete · Escape: back to "
            "capture"))

    def _connect_model(self, model: WallModel) -> None:
        for signal in (model.modelReset, model.regrouped, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._describe_later)
        model.aboutToRegroup.connect(self._remember)
        model.rowsInserted.connect(self._rows_appended)
        for signal in (model.modelReset, model.layoutChanged, model.rowsRemoved,
                       model.columnsInserted, model.columnsRemoved, model.headerDataChanged):
            signal.connect(self._full_layout)
        model.countsChanged.connect(
            lambda first, last: self.horizontalHeader().headerDataChanged(
                Qt.Orientation.Horizontal, first, last))
        model.regrouped.connect(self._restore)
        model.modelReset.connect(self._after_reset)

    def _describe_later(self, *_args) -> None:
        self._describe_timer.start()

    def _describe(self, *_args) -> None:
        """The wall in words for screen readers: the ideas shown, column by column."""
        from facilitator_ui.presenter.wall_view import wall_summary

        m = self.wall
        cols = [(m.theme_title(m.column_theme(c)), m.column_length(c))
                for c in range(m.columnCount())]
        self.setAccessibleDescription(wall_summary(cols, sum(n for _t, n in cols)))

    # -- what is selected -------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The selected ideas in wall order (column by column); the current one if none."""
        sel = self.selectionModel()
        idx = sorted(sel.selectedIndexes(), key=lambda i: (i.column(), i.row()))
        ids = [self.wall.idea_id(i) for i in idx]
        ids = [i for i in ids if i is not None]
        if not ids:
            cur = self.wall.idea_id(self.currentIndex())
            if cur is not None and sel.isSelected(self.currentIndex()):
                ids = [cur]
        return ids

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        model = self.wall
        selection = QItemSelection()
        for iid in ids:
            idx = model.index_of(iid)
            if idx.isValid():
                selection.select(idx, idx)
        sm = self.selectionModel()
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current is not None:
            idx = model.index_of(current)
            if idx.isValid():
                sm.setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.NoUpdate)

    def move_selected(self, theme_id, advance: bool = True) -> None:
        """Ask to move the selected cards; with advance, the card that takes the place of the
        current one becomes current and selected (sorting a pile card after card)."""
        ids = self.selected_ids()
        if ids:
            self._advance = advance
            self.moveRequested.emit(ids, theme_id)
            self._advance = False

    def _remember(self) -> None:
        cur = self.currentIndex()
        pos = (cur.row(), cur.column()) if cur.isValid() else None
        self._saved = (self.selected_ids(), self.wall.idea_id(cur), pos)

    def _restore(self) -> None:
        ids, current, pos = self._saved
        model = self.wall
        if self._advance and pos is not None:
            r, c = pos
            n = model.column_length(c)
            if n:
                idx = model.index(min(r, n - 1), c)
                self.selectionModel().setCurrentIndex(
                    idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.scrollTo(idx)
                return
            self.selectionModel().clearSelection()
            return
        ids = [i for i in ids if i in model.data_.ideas]
        self.select_ids(ids, current)

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        """Scroll to a card, knowing the rows just inserted: Qt lays them out later (the scroll
        bars' range with them), so a card added at the bottom was left one card below the
        visible wall."""
        if index.isValid():
            self.updateGeometries()
        super().scrollTo(index, hint)

    def prepare_card(self, card: tuple) -> None:
        """Draw a card that is about to be shown (the idea being typed) into the cache the
        cards are painted from: at Enter, its paint is a copy of pixels."""
        text, color, footer, mark = card[:4]
        card_pixmap(text, color, footer, mark, QSize(CARD_W, CARD_H), self.font(),
                    self.viewport().devicePixelRatioF())

    def reveal(self, index) -> None:
        """Bring a card just captured inside the visible wall, moving the wall as little as
        possible: nothing when it is in view, else the smallest scroll (which moves pixels and
        repaints only the strip it uncovers). Cards have a fixed size, so the card's place is
        known without QTableView.scrollTo, which first lays the whole view out again and
        repaints every card on screen."""
        if not index.isValid():
            return
        view_w, view_h = self.viewport().width(), self.viewport().height()
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        if hbar.maximum() < self.horizontalHeader().length() - view_w:
            # columns just added, not laid out yet: the scroll bars' range first (updating
            # the geometries repaints both scroll bars: only when it is out of date)
            self.updateGeometries()
        elif vbar.maximum() < self.wall.rowCount() * CARD_H - view_h:
            self._fit_rows()   # rows just added at the bottom: the vertical range alone
        top = index.row() * CARD_H
        if top < vbar.value():
            vbar.setValue(top)
        elif top + CARD_H > vbar.value() + view_h:
            vbar.setValue(min(top, top + CARD_H - view_h))
        left = self.columnViewportPosition(index.column()) + hbar.value()
        if left < hbar.value():
            hbar.setValue(left)
        elif left + CARD_W > hbar.value() + view_w:
            hbar.setValue(min(left, left + CARD_W - view_w))

    def _rows_appended(self, _parent, first: int, last: int) -> None:
        if self._appended is not False and first == self.wall.rowCount() - (last - first + 1):
            self._appended = (first if self._appended is None else self._appended[0], last)
            # lay out now (the light way): while a layout is pending, Qt drops the repaint of
            # cells that change next (the card outlined before), counting on a full repaint
            self.executeDelayedItemsLayout()
        else:
            self._appended = False

    def _full_layout(self, *_args) -> None:
        self._appended = False

    def doItemsLayout(self) -> None:  # noqa: N802
        """Qt lays the view out after rows are added, then repaints every card on screen. When
        the only change is empty rows added at the bottom (a capture, see WallModel.ROW_STEP),
        the cards above have not moved: update the scroll bars and paint just the new rows."""
        appended, self._appended = getattr(self, "_appended", False), None
        if not appended:
            super().doItemsLayout()
            return
        self._fit_rows()
        first, last = appended
        top = self.rowViewportPosition(first)
        height = (last - first + 1) * CARD_H
        if top < self.viewport().height() and top + height > 0:
            self.viewport().update(QRect(0, top, self.viewport().width(), height))

    def _fit_rows(self) -> None:
        """The vertical scroll bar's range after rows were added at the bottom: what
        updateGeometries sets it to (cards of one height, scrolled by the pixel), without
        touching the horizontal bar (updateGeometries repaints both, changed or not). The
        range only grows here (the value stays): its rangeChanged is not sent, on which the
        scroll area lays out its bars again and repaints the horizontal one; the vertical bar
        is always shown, so that layout has nothing to change."""
        vbar = self.verticalScrollBar()
        maximum = max(0, self.wall.rowCount() * CARD_H - self.viewport().height())
        if maximum <= vbar.maximum():
            return
        blocked = vbar.blockSignals(True)
        try:
            vbar.setRange(0, maximum)
        finally:
            vbar.blockSignals(blocked)
        vbar.update()   # its handle shrinks

    def _after_reset(self) -> None:
        for c in range(self.wall.columnCount()):
            self.setColumnWidth(c, CARD_W)

    # -- keyboard ---------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and mods == Qt.KeyboardModifier.NoModifier:
            n = key - Qt.Key.Key_0
            found, theme = self.wall.theme_for_number(n)
            if not found:
                self.numberWithoutTheme.emit(n)
            else:
                self.move_selected(theme)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                mods == Qt.KeyboardModifier.NoModifier:
            ids = self.selected_ids()
            if ids:
                self.deleteRequested.emit(ids)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            if self.wall.idea_id(self.currentIndex()) is not None:
                self.edit(self.currentIndex())
            return
        if key == Qt.Key.Key_Escape:
            self.captureRequested.emit()
            return
        super().keyPressEvent(event)

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802
        model = self.wall
        cur = self.currentIndex()
        A = QAbstractItemView.CursorAction
        if not cur.isValid() or model.idea_id(cur) is None:
            for c in range(model.columnCount()):
                if model.column_length(c):
                    return model.index(0, c)
            return QModelIndex()
        r, c = cur.row(), cur.column()
        n = model.column_length(c)
        if action in (A.MoveLeft, A.MoveRight, A.MovePrevious, A.MoveNext):
            step = -1 if action in (A.MoveLeft, A.MovePrevious) else 1
            c2 = c + step
            while 0 <= c2 < model.columnCount() and model.column_length(c2) == 0:
                c2 += step
            if not 0 <= c2 < model.columnCount():
                return cur
            return model.index(min(r, model.column_length(c2) - 1), c2)
        if action == A.MoveUp:
            return model.index(max(0, r - 1), c)
        if action == A.MoveDown:
            return model.index(min(n - 1, r + 1), c)
        if action == A.MoveHome:
            return model.index(0, c)
        if action == A.MoveEnd:
            return model.index(n - 1, c)
        if action in (A.MovePageUp, A.MovePageDown):
            page = max(1, self.viewport().height() // CARD_H)
            r2 = r - page if action == A.MovePageUp else r + page
            return model.index(max(0, min(n - 1, r2)), c)
        return super().moveCursor(action, modifiers)

    # -- size: the pile flows over the columns the themes leave free -------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._resize_timer.start()

    def _fit_columns(self) -> None:
        self.wall.set_visible_columns(max(1, self.viewport().width() // CARD_W))

    # -- drag and drop ----------------------------------------------------------------------
    def startDrag(self, actions) -> None:  # noqa: N802
        ids = self.selected_ids()
        if not ids:
            return
        drag = QDrag(self)
        drag.setMimeData(encode_ids(ids))
        pix = QPixmap(CARD_W // 2 + 8, CARD_H // 2 + 8)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        first = self.wall.index_of(ids[0])
        text = first.data() if first.isValid() else ""
        label = text if len(ids) == 1 else self.tr("%1 ideas").replace("%1", str(len(ids)))
        paint_note(p, QRectF(0, 0, pix.width(), pix.height()), label,
                   first.data(ColorRole) or "#ffffff", _small(self.font()), margin=3, padding=5)
        p.end()
        drag.setPixmap(pix)
        drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def _accepts(self, event) -> bool:
        return event.mimeData().hasFormat("application/x-facilitateur-ideas")

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if not self._accepts(event):
            event.ignore()
            return
        col = self.columnAt(event.position().toPoint().x())
        if col != self._drop_col:
            self._drop_col = col
            self.viewport().update()
        if col >= 0:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self._drop_col = -1
        self.viewport().update()

    def dropEvent(self, event) -> None:  # noqa: N802
        from facilitator_ui.models.ideas import decode_ids

        col = self.columnAt(event.position().toPoint().x())
        self._drop_col = -1
        self.viewport().update()
        ids = decode_ids(event.mimeData())
        if col < 0 or not ids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.moveRequested.emit(ids, self.wall.column_theme(col))

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._drop_col >= 0:
            theme = self.wall.column_theme(self._drop_col)
            p = QPainter(self.viewport())
            color = QColor(self.palette().highlight().color())
            color.setAlpha(40)
            for c in range(self.wall.columnCount()):
                if self.wall.column_theme(c) == theme:
                    x = self.columnViewportPosition(c)
                    p.fillRect(QRect(x, 0, self.columnWidth(c), self.viewport().height()), color)
            p.end()


class ThemeDelegate(QStyledItemDelegate):
    """A theme in the list: colour chip with its key (1–9), title, count."""

    def paint(self, painter: QPainter, option, index) -> None:
        """A row is drawn once per look (title, colour, count, state) into a cached pixmap,
        then copied: a capture changes one count, and only that row is drawn again."""
        self.initStyleOption(option, index)
        count_text = str(index.data(CountRole) or 0)
        cw = QFontMetricsF(option.font).horizontalAdvance(count_text)
        # the count changes at each capture, the rest seldom: the rest is cached (with the
        # room the count takes), the count drawn over it
        look = (index.data(Qt.ItemDataRole.DisplayRole) or "", index.data(ColorRole) or "#ffffff",
                index.data(NumberRole), round(cw, 2))
        style = type(option.widget.style()).__name__ if option.widget else ""
        key = (f"theme|{look}|{int(option.state.value)}|{option.font.key()}|"
               f"{option.palette.cacheKey()}|{style}")
        r = option.rect

        def draw(p: QPainter, rect: QRect) -> None:
            opt = type(option)(option)
            opt.rect = rect
            p.fillRect(rect, opt.palette.base())
            self._draw(p, opt, look)

        _blit(painter, r, key, draw)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(self._muted(option))
        painter.drawText(QRectF(r.right() - cw - 10, r.top(), cw + 4, r.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, count_text)
        painter.restore()

    @staticmethod
    def _muted(option) -> QColor:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        muted = QColor(pal.highlightedText().color() if selected else pal.text().color())
        muted.setAlpha(150)
        return muted

    def _draw(self, painter: QPainter, option, look: tuple) -> None:
        """The row without its count: the chip with its key, the title beside the count's room."""
        title, color, number, cw = look
        option.text = ""
        option.icon = option.icon.__class__()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        r = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chip = QRectF(r.left() + 6, r.center().y() - 11, 22, 22)
        painter.setPen(QPen(QColor(color).darker(140), 1))
        painter.setBrush(QColor(color))
        painter.drawRoundedRect(chip, 4, 4)
        if number is not None:
            painter.setPen(QColor(ink_on(color)))
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, str(number))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        fg = pal.highlightedText().color() if selected else pal.text().color()
        painter.setFont(option.font)
        fm = QFontMetricsF(option.font)
        text_rect = QRectF(chip.right() + 8, r.top(), r.right() - chip.right() - cw - 22,
                           r.height())
        painter.setPen(fg)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(title, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        return QSize(180, max(30, int(QFontMetricsF(option.font).height() * 1.9)))


class ThemeList(QListView):
    """The themes: Enter shows the column, F2 renames, Delete deletes the theme (its ideas are
    kept), Ctrl+Up/Down reorder, the menu key opens the theme's actions; a drop moves ideas."""
    showRequested = Signal(object)
    deleteRequested = Signal(object)
    moveThemeRequested = Signal(object, int)   # theme id, -1 up / +1 down
    menuRequested = Signal(object, QPoint)

    def __init__(self, model, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ThemeDelegate(self))
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.activated.connect(lambda idx: self.showRequested.emit(idx.data(IdRole)))
        self.setAccessibleName(self.tr("Themes"))
        self.setToolTip(self.tr("Enter: show the column · F2: rename · Delete: delete the theme "
                                "(its ideas are kept) · Ctrl+Up/Down: reorder · Menu key: "
                                "colour, merge…"))

    def dataChanged(self, top_left, bottom_right, roles=()) -> None:  # noqa: N802
        """A theme's count or title changed: repaint its rows. (QListView would lay the whole
        list out again and repaint every theme, after each captured idea; rows here all have
        one height, so nothing moves.)"""
        QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)
        if top_left != bottom_right:
            for row in range(top_left.row(), bottom_right.row() + 1):
                self.update(self.model().index(row, 0))

    def current_theme(self):
        idx = self.currentIndex()
        return idx.data(IdRole) if idx.isValid() else None

    def _menu(self, pos: QPoint) -> None:
        idx = self.indexAt(pos)
        if idx.isValid():
            self.setCurrentIndex(idx)
            self.menuRequested.emit(idx.data(IdRole), self.viewport().mapToGlobal(pos))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.state() != QAbstractItemView.State.EditingState:
            idx = self.currentIndex()
            theme = idx.data(IdRole) if idx.isValid() else None
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Delete and theme is not None:
                self.deleteRequested.emit(theme)
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and \
                    mods & Qt.KeyboardModifier.ControlModifier and theme is not None:
                self.moveThemeRequested.emit(theme, -1 if key == Qt.Key.Key_Up else 1)
                return
            if key == Qt.Key.Key_Menu and idx.isValid():
                rect = self.visualRect(idx)
                self.menuRequested.emit(theme, self.viewport().mapToGlobal(rect.center()))
                return
        super().keyPressEvent(event)


class ThemeChooser(QDialog):
    """Pick a theme by typing part of its name (Enter picks the first match); with
    allow_new, typing a name no theme has offers to create it."""

    NEW = "new"

    def __init__(self, title: str, themes: list[tuple[int | None, str, int | None]], parent=None,
                 *, allow_new: bool = False, exclude: int | None | object = ...) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.themes = [t for t in themes if exclude is ... or t[0] != exclude]
        self.allow_new = allow_new
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a theme's name or its number"))
        self.list = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._fill)
        self.search.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.resize(420, 460)
        self._fill("")

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.search and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown,
                                Qt.Key.Key_PageUp):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(obj, event)

    def _fill(self, text: str) -> None:
        self.list.clear()
        words = fold(text).split()
        exact = False
        for tid, title, number in self.themes:
            label = f"{number} · {title}" if number is not None else title
            hay = fold(label)
            if all(w in hay for w in words):
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, tid)
                self.list.addItem(item)
            if fold(title).strip() == fold(text).strip():
                exact = True
        if self.allow_new and text.strip() and not exact:
            item = QListWidgetItem(self.tr("New theme “%1”").replace("%1", text.strip()))
            item.setData(Qt.ItemDataRole.UserRole, self.NEW)
            self.list.insertItem(0 if not self.list.count() else self.list.count(), item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def choice(self) -> tuple[bool, object, str]:
        """(chosen, theme id or NEW, typed text)."""
        item = self.list.currentItem()
        if item is None:
            return False, None, self.search.text().strip()
        return True, item.data(Qt.ItemDataRole.UserRole), self.search.text().strip()


__all__ = ["WallView", "ThemeList", "ThemeChooser", "NoteDelegate", "CARD_W", "CARD_H"]

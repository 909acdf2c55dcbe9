"""The wall repaints only what changed (issue 13): a captured idea repaints its card, the
header count of its column, its theme's row, the cleared capture field and the summary — not
the window around them, not the wall's scroll bars when the wall does not scroll (and never
the horizontal one: a capture does not move the wall sideways), and it lays nothing out again.
What the room sees at Enter is then just the new card."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator_ui.models.ideas import ColorRole, FooterRole, IdRole
from facilitator_ui.pages import PAGES


class EventLog(QObject):
    """Every paint and layout request the application delivers, by receiver."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[QObject] = []
        self.laid_out: list[QObject] = []

    def eventFilter(self, obj, event):  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Paint:
            self.painted.append(obj)
        elif kind == QEvent.Type.LayoutRequest:
            self.laid_out.append(obj)
        return False

    def clear(self) -> None:
        self.painted.clear()
        self.laid_out.clear()


def names(objects) -> list[str]:
    return [f"{type(o).__name__}:{o.objectName()}" for o in objects]


def capture_and_settle(page, qapp, text: str) -> None:
    page.capture_edit.setPlainText(text)
    QTest.keyClick(page.capture_edit, Qt.Key.Key_Return)
    for _turn in range(5):
        qapp.processEvents()


@pytest.fixture
def ideas(window, ctx, qapp, request):
    """The Idées page of a session with 20 ideas in two themes (or as many themes as the
    test's parameter says: more than the window shows), every page visited once."""
    store = ctx.store
    count = getattr(request, "param", 2)
    with store.transaction():
        themes = [store.ideas.add_theme(t) for t in ["Mobilité", "Logement"]
                  + [f"Thème {n}" for n in range(3, count + 1)]][:count]
        for n in range(20):
            store.ideas.add(f"Idée déjà là {n}", theme_id=themes[n % 2] if n % 3 else None)
    ctx.changed.emit({"ideas", "themes"})
    window.resize(1280, 760)
    for key, *_ in PAGES:
        window.show_page(key)
        qapp.processEvents()
    page = window.show_page("ideas")
    for _turn in range(5):
        qapp.processEvents()
    return page


@pytest.mark.parametrize("ideas", [2, 12], indirect=True, ids=["2 themes", "12 themes"])
def test_a_capture_repaints_neither_the_window_nor_idle_scroll_bars(window, ideas, qapp):
    """(With 12 themes the wall is wider than the window: its horizontal bar shows.)"""
    wall = ideas.wall
    hbar, vbar = wall.horizontalScrollBar(), wall.verticalScrollBar()
    log = EventLog()
    app = QApplication.instance()
    rows_in_view = wall.viewport().height() // 124
    # the first save turns the status bar's « All changes saved » into « Saved at … »: once
    capture_and_settle(ideas, qapp, "La première idée de la séance")
    app.installEventFilter(log)
    try:
        scrolled = 0
        for i in range(3 * rows_in_view + 2):
            value = vbar.value()
            capture_and_settle(ideas, qapp, f"Une idée toute neuve numéro {i} « é »")
            painted = log.painted
            assert wall.viewport() in painted, f"capture {i}: the new card was not painted"
            # around the wall: nothing behind the widgets that changed
            for outer in (window, ideas, ideas.splitter, wall):
                assert outer not in painted, \
                    f"capture {i}: {type(outer).__name__} repainted ({names(painted)})"
            assert hbar not in painted, f"capture {i}: the horizontal scroll bar repainted"
            if vbar.value() == value:
                assert vbar not in painted, \
                    f"capture {i}: the vertical scroll bar repainted, the wall did not move"
            else:
                scrolled += 1
            # nothing laid out again: not the page, not the window
            assert ideas not in log.laid_out and window not in log.laid_out, \
                f"capture {i}: laid out again ({names(log.laid_out)})"
            log.clear()
    finally:
        app.removeEventFilter(log)
    assert scrolled > 0, "the pile outgrew the visible wall: the wall scrolled to the new cards"
    assert hbar.isVisible() == (ideas.model.columnCount() * 224 > wall.viewport().width())


def test_the_summary_says_the_new_count(ideas, qapp):
    for i in range(12):
        capture_and_settle(ideas, qapp, f"Encore une idée {i}")
    label = ideas.summary
    assert label.text().startswith("32 ")
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())


def test_a_steady_label_grows_for_a_longer_text_and_lays_out_only_then(qtbot, qapp):
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

    from facilitator_ui.widgets.steady_label import SteadyLabel

    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    row.addWidget(QLabel("Avant"), 1)
    label = SteadyLabel("9 idées")
    row.addWidget(label)
    box.show()
    qapp.processEvents()
    log = EventLog()
    box.installEventFilter(log)
    for text in ("8 idées", "7 idées", "8 idées"):   # fits: no layout of the window
        label.setText(text)
        qapp.processEvents()
        assert log.laid_out == [], text
        assert label.width() >= label.fontMetrics().horizontalAdvance(text)
    label.setText("12 345 idées · 60 thèmes")         # longer: it grows, whole
    qapp.processEvents()
    assert log.laid_out
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)           # a bigger font: still whole
    label.setFont(font)
    qapp.processEvents()
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
    assert label.height() >= label.fontMetrics().height()


def test_a_capture_updates_its_themes_row_alone(ideas, qapp, monkeypatch):
    """The list of themes says the new count at once, reading that one theme (600 themes at
    ten times the grand forum: not all of them at each idea)."""
    from facilitator_ui.models.ideas import CountRole

    themes = ideas.themes_model
    rebuilt = []
    real = themes._snapshot
    monkeypatch.setattr(themes, "_snapshot", lambda: (rebuilt.append(1), real())[1])
    changed = []
    themes.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    pile = themes.index(themes.row_of(None))
    before = pile.data(CountRole)
    capture_and_settle(ideas, qapp, "Une idée sans thème")
    assert pile.data(CountRole) == before + 1
    assert changed == [(pile.row(), pile.row())] and rebuilt == []
    # with a theme shown, the capture goes to that theme: its row says so
    housing = themes.index(2)
    ideas.theme_filter.setCurrentIndex(ideas.theme_filter.findData(housing.data(IdRole)))
    qapp.processEvents()
    before = housing.data(CountRole)
    capture_and_settle(ideas, qapp, "Une idée pour le logement")
    assert housing.data(CountRole) == before + 1
    # a rename still rebuilds the list (a title changed, not a count)
    rebuilt.clear()
    ideas.rename_theme(housing.data(IdRole), "Habitation")
    qapp.processEvents()
    assert rebuilt and themes.index(2).data() == "Habitation"


def test_headers_and_theme_rows_are_drawn_once_then_copied(ideas, qapp, monkeypatch):
    """A column's header and a theme's row are drawn once per look (title, colour, state),
    then copied, their count drawn over the copy: a capture draws nothing else again (its
    header and row, at most, when the new count needs more room), and the pixels are those a
    fresh drawing gives, with the new count."""
    from PySide6.QtGui import QPixmapCache

    from facilitator_ui.widgets.wall import ThemeDelegate, WallHeader

    header, themes = ideas.wall.horizontalHeader(), ideas.theme_list
    QPixmapCache.clear()   # (the cache is the application's: other tests drew these looks)
    header.viewport().repaint()
    themes.viewport().repaint()
    drawn: list[tuple] = []
    for cls in (WallHeader, ThemeDelegate):
        real = cls._draw

        def spy(self, *args, real=real, cls=cls):
            drawn.append(cls.__name__)
            return real(self, *args)

        monkeypatch.setattr(cls, "_draw", spy)
    header.viewport().repaint()
    themes.viewport().repaint()
    assert drawn == [], "drawn again although nothing changed"
    before = (header.grab().toImage(), themes.grab().toImage())
    capture_and_settle(ideas, qapp, "Une idée de plus")
    assert drawn in ([], ["WallHeader", "ThemeDelegate"], ["ThemeDelegate", "WallHeader"]), drawn
    after = (header.grab().toImage(), themes.grab().toImage())
    assert after[0] != before[0] and after[1] != before[1], "the new count is not shown"
    # the copies are the drawings: the same pixels once the cache is emptied
    header.viewport().repaint()
    themes.viewport().repaint()
    cached = (header.grab().toImage(), themes.grab().toImage())
    QPixmapCache.clear()
    assert (header.grab().toImage(), themes.grab().toImage()) == cached


def test_a_capture_rereads_its_idea_without_walking_every_idea(ideas, qapp):
    """The wall knows which idea a capture added (the engine measured it): it reads that row,
    and never goes over all the ideas it knows (20,000 at ten times the grand forum) to find
    the ones gone."""
    data = ideas.model.data_

    class Watched(dict):
        walked = 0

        def keys(self):
            Watched.walked += 1
            return super().keys()

        def __iter__(self):
            Watched.walked += 1
            return super().__iter__()

    data._rows = Watched(data._rows)
    capture_and_settle(ideas, qapp, "Une idée lue seule")
    assert Watched.walked == 0
    assert data.ideas[ideas.model.fresh_id].text == "Une idée lue seule"
    # an idea deleted by someone else is still seen gone
    gone = ideas.model.fresh_id
    with ideas.ctx.store.transaction():
        ideas.ctx.store.ideas.remove(gone)
    ideas.ctx.rowsChanged.emit({"idea": frozenset({gone})})
    ideas.ctx.changed.emit({"ideas"})
    assert gone not in data.ideas and ideas.model.index_of(gone).isValid() is False


def test_a_card_is_painted_from_one_read_of_the_model(ideas, qapp, qtbot):
    """Painting a card asks the wall's model once for everything the card shows (text,
    colour, footer, duplicate mark, just captured), not once per detail; an empty cell of the
    wall asks nothing more."""
    from facilitator_ui.models.ideas import CardRole, WallModel
    from facilitator_ui.widgets.wall import WallView

    asked: list = []

    class Counting(WallModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            asked.append((index.row(), index.column(), role))
            return super().data(index, role)

    capture_and_settle(ideas, qapp, "Une idée à peindre")
    model = Counting(ideas.ctx)
    model.set_fresh(ideas.model.fresh_id)
    wall = WallView(model)
    qtbot.addWidget(wall)
    wall.resize(900, 600)
    wall.show()
    qapp.processEvents()
    idx = model.index_of(model.fresh_id)
    wall.scrollTo(idx)
    qapp.processEvents()
    asked.clear()
    wall.viewport().repaint(wall.visualRect(idx))
    assert asked == [(idx.row(), idx.column(), CardRole)]
    empty = model.index(model.rowCount() - 1, 0)
    assert model.idea_id(empty) is None
    asked.clear()
    wall.viewport().repaint(wall.visualRect(empty))
    assert [role for *_, role in asked] in ([], [CardRole])
    text, color, footer, mark, fresh = model.data(idx, CardRole)
    assert (text, fresh, mark) == ("Une idée à peindre", True, "")
    assert color == model.data(idx, ColorRole) and footer == model.data(idx, FooterRole)


def test_the_windows_own_capture_leaves_the_engine_bridge_idle(ideas, qapp):
    """The window's own change is given to the views at once; its notice, arriving from the
    writer thread just after, then finds nothing left to give: no timer is started for it (a
    wake-up and a flush after each capture, for nothing)."""
    bridge = ideas.ctx.bridge
    started = []
    bridge._timer.timeout.connect(lambda: started.append("flush"))
    for i in range(3):
        capture_and_settle(ideas, qapp, f"Une idée à soi {i}")
        assert not bridge._timer.isActive(), f"capture {i}: the bridge waits to flush nothing"
    qapp.processEvents()
    assert started == []

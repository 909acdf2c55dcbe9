"""Préférences › High contrast, Text size and Text size of the room view: applied to the whole
application (palette and font), remembered, and the room view stays legible at every size."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

PAGES = ["session", "participants", "agenda", "ideas", "voting", "roles", "decisions", "report"]


def luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def appearance(qapp):
    """Put the application back as it was (standard theme, normal sizes) after the test."""
    from facilitator_ui import theme

    yield theme
    theme.set_theme("standard")
    theme.set_console_scale(1.0)
    theme.set_room_scale(1.0)
    theme.apply()


@pytest.fixture
def demo_app(qtbot, tmp_path):
    from facilitator.demo import write_demo
    from facilitator_ui.controller import AppController

    path = tmp_path / "demo.atelier"
    write_demo(path, "fr")
    c = AppController("fr")
    qtbot.addWidget(c.window)
    c.window.show()
    assert c.open_path(path)
    yield c
    c.close_presenter()
    c.close_session()
    c.window.close()  # the window rebuilt by a change of appearance is not qtbot's


def background_of(label: QLabel) -> QColor:
    w = label
    while w is not None:
        if "background" in w.styleSheet() or w.autoFillBackground():
            return w.palette().color(QPalette.ColorRole.Window)
        w = w.parentWidget()
    return QApplication.palette().color(QPalette.ColorRole.Window)


def test_high_contrast_is_applied_everywhere_and_remembered(qtbot, appearance, demo_app):
    c = demo_app
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128
    c.window.contrast_action.trigger()          # Préférences › High contrast
    assert appearance.theme() == "contrast"
    from facilitator_ui import settings

    assert settings.value("appearance/theme") == "contrast"   # remembered for the next start
    pal = QApplication.palette()
    assert pal.color(QPalette.ColorRole.Window) == QColor("#000000")
    assert contrast(pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)) >= 7
    assert contrast(pal.color(QPalette.ColorRole.HighlightedText),
                    pal.color(QPalette.ColorRole.Highlight)) >= 7
    # every text of every page, the notes and banners with colours of their own included,
    # reads at 7:1 or more (WCAG AAA)
    weak = []
    for key in PAGES:
        page = c.window.show_page(key)
        qtbot.wait(1)
        for label in page.findChildren(QLabel):
            if label.isVisible() and label.text().strip():
                ratio = contrast(label.palette().color(QPalette.ColorRole.WindowText),
                                 background_of(label))
                if ratio < 7:
                    weak.append(f"{key}: {label.text()[:40]!r} {ratio:.1f}:1")
    assert not weak, "\n".join(weak)
    # coloured cells of the agenda (times over the plan) read on black too
    from PySide6.QtCore import Qt

    model = c.window.show_page("agenda").model
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    inks = [model.index(r, col).data(Qt.ItemDataRole.ForegroundRole)
            for r in range(model.rowCount()) for col in range(model.columnCount())
            if model.index(r, col).data(Qt.ItemDataRole.BackgroundRole) is None]
    inks = [b.color() for b in inks if b is not None]
    assert inks and all(contrast(ink, base) >= 4.5 for ink in inks)
    # the console's painted timer follows the dark palette
    agenda = c.window.show_page("agenda")
    agenda.run_live()
    qtbot.wait(1)
    timer = agenda.console.timer
    assert contrast(timer.colour(), QColor("#000000")) >= 7
    agenda.live.stop()
    # the room view goes black and white
    c.show_in_room("title")
    assert c.presenter.views["title"].palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    # back to the standard theme: the light palette again
    c.window.contrast_action.trigger()
    assert appearance.theme() == "standard"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128


def test_text_size_of_the_console_scales_the_application_font(qtbot, appearance, demo_app):
    c = demo_app
    before = QApplication.font().pointSizeF()
    label = c.window.show_page("session").findChild(QLabel)
    height = label.sizeHint().height()
    menu = c.window.size_menus["console"]
    [act for act in menu.actions() if act.text() == "150 %"][0].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(before * 1.5)
    assert appearance.console_scale() == 1.5
    label = c.window.show_page("session").findChild(QLabel)
    assert label.sizeHint().height() > height * 1.3
    # the room view's size is its own
    assert appearance.room_scale() == 1.0
    [act for act in c.window.size_menus["console"].actions() if act.text() == "100 %"][0].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(before)


def unreadable_labels(view) -> list[str]:
    """Room labels whose text does not fit their box (cut off for the room)."""
    out = []
    for label in view.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip():
            continue
        fm = label.fontMetrics()
        if label.wordWrap():
            need = label.heightForWidth(label.contentsRect().width())
            if need > label.contentsRect().height() + 2:
                out.append(f"{label.text()[:40]!r}: needs {need} px, has {label.height()}")
        elif fm.horizontalAdvance(label.text()) > label.contentsRect().width() + 2:
            out.append(f"{label.text()[:40]!r}: too wide")
    return out


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_the_room_view_stays_legible_at_every_text_size(qtbot, appearance, demo_app, scale):
    c = demo_app
    appearance.set_room_scale(scale)
    c.change_appearance()
    for size in ((960, 540), (1920, 1080)):
        for key in ("title", "agenda", "results", "roles", "wall"):
            c.show_in_room(key)
            c.presenter.resize(*size)
            qtbot.wait(5)
            view = c.presenter.views[key]
            assert unreadable_labels(view) == [], (key, size)
    # the results: every candidate at least 3.5 % × the scale of the screen's height; fewer
    # per page at a larger size, none ever hidden
    from facilitator_ui.widgets.bar_chart import ROOM_MIN_TEXT, ROOM_PAGE_ROWS, BarChart

    chart = c.presenter.views["results"].findChild(BarChart)
    assert chart.min_text == pytest.approx(ROOM_MIN_TEXT * scale)
    assert chart.max_rows == int(ROOM_PAGE_ROWS / scale)
    # the heading of the roles view grows with the scale
    roles = c.presenter.views["roles"]
    assert roles.heading.font().pixelSize() >= int(1080 / 22 * scale) - 1

"""The main window on a small laptop: it opens inside the screen, and the phase list takes only
the width its names need, so the pages keep the rest."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def test_window_opens_inside_the_screen_with_its_title_bar(qtbot, qt_lang):
    from facilitator_ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    avail = QGuiApplication.primaryScreen().availableGeometry()
    assert w.width() <= max(avail.width(), w.minimumWidth())
    assert w.height() + 30 <= avail.height()  # room left for a title bar


def test_phase_list_is_as_wide_as_its_longest_name(window, qt_lang):
    sidebar = window.sidebar
    needed = sidebar.sizeHintForColumn(0)
    assert needed <= sidebar.viewport().width()  # « 3. Ordre du jour » whole
    assert sidebar.width() <= needed + 40        # and not much more


def test_wall_hint_never_splits_a_key_from_what_it_does(window, qt_lang):
    hint = window.show_page("ideas").hint.text()
    assert "F6\u00a0saisie\u00a0↔\u00a0mur" in hint and "Suppr\u00a0supprimer" in hint
    assert all(" " not in part for part in hint.split(" · "))


def test_role_levels_keep_each_number_with_its_name(window, qt_lang):
    page = window.show_page("roles")
    page._update_role_panel()
    first_line = page.role_text.text().splitlines()[0]
    assert first_line == "0\u00a0Aucun · 1\u00a0Occasionnel · 2\u00a0Important · 3\u00a0Leader"

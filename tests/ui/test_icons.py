from PySide6.QtGui import QIcon, QImage


def test_icons_are_drawn_from_the_bundled_fonts(qapp):
    from facilitator_ui.icons import icon

    ico = icon("fa5s.users")
    assert not ico.isNull()
    img = ico.pixmap(32, 32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    painted = sum(1 for x in range(32) for y in range(32) if img.pixelColor(x, y).alpha() > 0)
    assert painted > 50  # a glyph, not an empty square
    disabled = ico.pixmap(32, 32, QIcon.Mode.Disabled).toImage()
    assert disabled != img


def test_unknown_icon_is_empty_not_an_error(qapp):
    from facilitator_ui.icons import icon

    assert icon("fa5s.no-such-glyph").isNull()
    assert isinstance(icon("nosuchprefix.x"), QIcon)


def test_start_up_does_not_import_qtawesome(qapp):
    import subprocess
    import sys

    code = ("import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "from facilitator_ui.controller import AppController\n"
            "c = AppController('fr'); c.window.show(); app.processEvents()\n"
            "print('qtawesome' in sys.modules, 'facilitator_ui.pages.ideas' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["False", "False"], out.stderr

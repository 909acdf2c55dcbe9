"""Start the application: QApplication, translations, then the last session or the start
screen. `main(file)` is what `facilitator` and `facilitator open FILE` call."""
from __future__ import annotations

import sys
from pathlib import Path


def main(file: str | None = None, argv: list[str] | None = None) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from facilitator.i18n import set_language
    from facilitator_ui import i18n, settings

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Facilitateur")
    app.setOrganizationName("Facilitateur")
    lang = settings.language()
    set_language(lang)
    i18n.install(lang)
    from facilitator_ui import fonts

    fonts.ensure_emoji_font()   # emoji show, in colour when the system has an emoji font
    from facilitator_ui import theme

    theme.apply(app)  # high contrast and text sizes, as remembered (Préférences)
    from facilitator_ui import crash

    crash.install()

    from facilitator_ui.single_instance import Handoff

    handoff = Handoff()
    if handoff.hand_over(str(Path(file).absolute()) if file else None):
        return 0  # the running app opens it (or says why it cannot), in its own window

    from facilitator_ui.controller import AppController

    controller = AppController(lang)
    app._controller = controller  # keep it alive for the event loop
    handoff.listen()
    handoff.openRequested.connect(controller.open_handed_over)
    app._handoff = handoff
    app.installEventFilter(controller)  # macOS sends a double-clicked file as a FileOpen event
    controller.window.show()
    target = file or settings.last_file()
    if target:
        if file or Path(target).exists():
            controller.open_path(target)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))

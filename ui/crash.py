"""What happens when the program meets a bug: the person is told in their language that their
work is saved (every change is written as it is made), the details go to a log file in the user
data folder, and the app goes on instead of vanishing in front of the room."""
from __future__ import annotations

import datetime as dt
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.paths import user_data_dir

_showing = False


def log_path():
    return user_data_dir() / "erreurs.log"


def report(exc_type, exc, tb) -> None:
    global _showing
    try:
        with open(log_path(), "a", encoding="utf-8") as log:
            log.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(exc_type, exc, tb)))
    except OSError:
        pass
    traceback.print_exception(exc_type, exc, tb)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        tr = lambda text: QCoreApplication.translate("Crash", text)  # noqa: E731
        QMessageBox.critical(
            QApplication.activeWindow(), tr("Something went wrong"),
            tr("Facilitateur met an unexpected problem. Your work is saved: every change is "
               "written to the session file as it is made. You can go on; if the problem comes "
               "back, close and reopen the session.\n\nDetails: %1").replace("%1", str(log_path())))
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = report

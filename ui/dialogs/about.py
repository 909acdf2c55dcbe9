"""« À propos de Facilitateur »: the version, the licence, the credits of the reference frame and
of the fonts, and where the app keeps sessions and snapshots on this computer."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from facilitator import __version__, paths


def folders(session: Path | None = None) -> list[tuple[str, Path]]:
    """(what, folder) for the folders a person may need to find: the open session's, the
    default one for new sessions, the snapshots."""
    from facilitator_ui.dialogs.new_session import default_folder

    out: list[tuple[str, Path]] = []
    if session is not None:
        out.append(("session", Path(session).resolve().parent))
    out.append(("sessions", default_folder()))
    out.append(("snapshots", paths.snapshots_dir()))
    return out


class AboutDialog(QDialog):
    def __init__(self, session: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Facilitateur"))
        self.setAccessibleName(self.tr("About Facilitateur"))
        layout = QVBoxLayout(self)

        title = QLabel(f"<h2>Facilitateur {__version__}</h2>")
        title.setAccessibleName(f"Facilitateur {__version__}")
        layout.addWidget(title)
        self.version_label = title

        text = QLabel(self._credits())
        text.setWordWrap(True)
        text.setOpenExternalLinks(False)
        text.setTextFormat(text.textFormat().RichText)
        layout.addWidget(text)
        self.credits_label = text

        names = {"session": self.tr("This session's folder"),
                 "sessions": self.tr("New sessions"),
                 "snapshots": self.tr("Automatic snapshots")}
        self.folder_labels: list[QLabel] = []
        for kind, folder in folders(session):
            row = QHBoxLayout()
            label = QLabel(f"<b>{names[kind]}</b><br>{_escape(str(folder))}")
            label.setTextInteractionFlags(label.textInteractionFlags()
                                          | label.textInteractionFlags().TextSelectableByMouse)
            row.addWidget(label, 1)
            show = QPushButton(self.tr("Show"))
            show.setAutoDefault(False)
            show.setAccessibleName(self.tr("Show the folder: %1").replace("%1", names[kind]))
            show.clicked.connect(lambda _=False, f=folder: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(f))))
            row.addWidget(show)
            layout.addLayout(row)
            self.folder_labels.append(label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        layout.addWidget(buttons)

    def _credits(self) -> str:
        return "<p>" + "</p><p>".join([
            self.tr("Free software under the MIT licence."),
            self.tr("The seven roles in support of systems change and the way of acting come from "
                    "Communagir's reference frame, adapted from Sinha &amp; Draimin (2016), "
                    "<i>Mapping momentum</i>."),
            self.tr("Fonts of the PDF minutes: DejaVu (Bitstream Vera licence and public domain "
                    "changes) and Symbola (free use, by George Douros); their licences travel "
                    "with the app."),
            self.tr("Icons: Font Awesome (SIL Open Font Licence), through QtAwesome."),
        ]) + "</p>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""Translations of the interface.

Source strings in the code are English (`self.tr("...")`, `QCoreApplication.translate(ctx, "...")`).
French lives in Qt Linguist files, one per Python module: `resources/translations/fr/<module>.ts`
(e.g. `ui.pages.session.ts`), kept in sync with the code by `scripts/i18n_sync.py`. They are read
as XML at start-up by `TsTranslator`, so no compiled `.qm` file is generated or committed, and the
installed package (or a PyInstaller build) finds them through `resources.resource_path`.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import resource_path


def read_ts(path: Path) -> dict[str, str]:
    """source -> translation for every finished message of one .ts file."""
    out: dict[str, str] = {}
    root = ET.parse(path).getroot()
    for msg in root.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if tr.text:
            out[src] = tr.text
    return out


class TsTranslator(QTranslator):
    """A QTranslator fed from .ts files; the context is not needed to find a translation."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.table: dict[str, str] = {}
        folder = resource_path("translations", lang)
        if folder.is_dir():
            for ts in sorted(folder.glob("*.ts")):
                self.table.update(read_ts(ts))

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802
        if context and context[0] == "Q" and context[1:2].isupper():
            # Qt's own strings (QPlatformTheme, QFileDialog…) come from qtbase_fr: our « Open »
            # of a voting round is « Ouvert », their « Open » button is « Ouvrir »
            return None
        return self.table.get(source_text)

    def isEmpty(self) -> bool:  # noqa: N802
        return not self.table


_installed: list[QTranslator] = []


def install(lang: str) -> None:
    """Install the translators for lang ('fr' or 'en'), replacing earlier ones."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale("en_CA"))
        return
    QLocale.setDefault(QLocale("fr_CA"))
    qt = QTranslator()  # Qt's own strings (standard buttons, undo texts)
    if qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = TsTranslator(lang)
    app.installTranslator(ours)
    _installed.append(ours)


def tr(text: str) -> str:
    """Translate a string outside a QObject (module-level tables, helpers)."""
    return QCoreApplication.translate("Facilitateur", text)

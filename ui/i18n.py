"""Translations of the interface.

Source strings in the code are English (`self.tr("...")`, `QCoreApplication.translate(ctx, "...")`).
French lives in Qt Linguist files, one per Python module: `resources/translations/fr/<module>.ts`
(e.g. `ui.pages.session.ts`), kept in sync with the code by `scripts/i18n_sync.py`. They are read
as XML at start-up by `TsTranslator`, so no compiled `.qm` file is generated or committed, and the
installed package (or a PyInstaller build) finds them through `facilitator_resources.resource_path`.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator_resources import resource_path


def read_ts(path: Path) -> dict[str, str]:
    """source -> translation for every finished message of one .ts file; a message with a
    disambiguation (`<comment>`, the second argument of tr) is keyed `comment\x04source`."""
    out: dict[str, str] = {}
    root = ET.parse(path).getroot()
    for msg in root.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if tr.text:
            comment = msg.findtext("comment")
            out[f"{comment}\x04{src}" if comment else src] = tr.text
    return out


class TsTranslator(QTranslator):
    """A QTranslator fed from .ts files; the context is not needed to find a translation."""

    def __init__(self, lang: str, folder: Path | None = None, qt: bool = False) -> None:
        super().__init__()
        self.lang = lang
        self.qt = qt   # True: Qt's own strings (see QT_SUPPLEMENT), False: ours
        self.table: dict[str, str] = {}
        folder = folder or resource_path("translations", lang)
        if folder.is_dir():
            for ts in sorted(folder.glob("*.ts")):
                self.table.update(read_ts(ts))

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802
        if bool(context and context[0] == "Q" and context[1:2].isupper()) != self.qt:
            # Qt's own strings (QPlatformTheme, QFileDialog…) come from qtbase_fr: our « Open »
            # of a voting round is « Ouvert », their « Open » button is « Ouvrir »
            return None
        if disambiguation:
            return self.table.get(f"{disambiguation}\x04{source_text}")
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
    # what PySide6's qtbase_fr.qm lacks (its file dialog says « Look in ») is added after it,
    # so that it is asked first
    supplement = TsTranslator(lang, resource_path("translations", "qt", lang), qt=True)
    if not supplement.isEmpty():
        app.installTranslator(supplement)
        _installed.append(supplement)
    ours = TsTranslator(lang)
    app.installTranslator(ours)
    _installed.append(ours)


def tr(text: str, disambiguation: str | None = None) -> str:
    """Translate a string outside a QObject (module-level tables, helpers)."""
    return QCoreApplication.translate("Facilitateur", text, disambiguation)


def plural(n: int, one: str, many: str, placeholder: str = "%1") -> str:
    """A count in words: `one` ("%1 participant") or `many` ("%1 participants"), both
    already translated, by the rule of the interface's language (facilitator.i18n.plural:
    French is singular below 2, English at 1 only). A word English does not inflect gets a
    disambiguation for its French plural: `plural(n, self.tr("%1 present"),
    self.tr("%1 present", "plural"))`. placeholder: where n goes when it is not %1."""
    from facilitator.i18n import current_language, plural as rule

    return rule(n, one, many, current_language()).replace(placeholder, str(n))

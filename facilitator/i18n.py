"""The language the core speaks (command line, errors shown by the app, reports by default),
and the rule of its counts.

The Qt interface translates its widgets through the .ts files in resources/translations; the
core cannot use Qt, so what it says itself is in its one catalogue, `facilitator.catalogue`.
"""
from __future__ import annotations

import locale
import os

LANGUAGES = ("fr", "en")
_current: str | None = None


def system_language() -> str:
    """'en' when the system clearly asks for English, otherwise French (French first)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
            return "fr"  # another language, or C/POSIX: unsure, so French
    try:
        code = (locale.getlocale()[0] or "").split("_")[0].lower()
    except ValueError:
        code = ""
    return code if code in LANGUAGES else "fr"


def current_language() -> str:
    return _current or system_language()


def set_language(lang: str | None) -> None:
    global _current
    _current = lang if lang in LANGUAGES else None


def singular(n: int, lang: str | None = None) -> bool:
    """Whether a count of n takes the singular: French is singular below 2 (« 0 acteur »,
    « 1 acteur »), English at 1 only ("0 actors", "1 actor")."""
    return n == 1 if (lang or current_language()) == "en" else n < 2


def plural(n: int, one: str, many: str, lang: str | None = None) -> str:
    """`one` or `many` with {n} replaced by n, by `singular`'s rule. For texts translated
    elsewhere (the interface's, facilitator_ui.i18n.plural); the core's own counts are entries
    of the catalogue (`catalogue.text(key, lang, n=n)`)."""
    return (one if singular(n, lang) else many).replace("{n}", str(n))

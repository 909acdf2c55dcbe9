"""Language of the core's own messages (command line, errors shown by the app).

The Qt interface translates its widgets through the .ts files in resources/translations; the
core cannot use Qt, so the few sentences it says itself are kept here, in French and English.
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


def pick(fr: str, en: str, lang: str | None = None) -> str:
    return en if (lang or current_language()) == "en" else fr


def plural(n: int, one: str, many: str, lang: str | None = None) -> str:
    """`one` or `many` with {n} replaced by n: French is singular below 2 (« 0 acteur »,
    « 1 acteur »), English at 1 only ("0 actors", "1 actor")."""
    singular = n == 1 if (lang or current_language()) == "en" else n < 2
    return (one if singular else many).replace("{n}", str(n))

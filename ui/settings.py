"""The user's preferences (language, recent sessions, projector screen), in an INI file in the
user's config folder (FACILITATOR_HOME in tests)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from facilitator.i18n import system_language
from facilitator.paths import user_config_dir

MAX_RECENT = 10


def settings() -> QSettings:
    return QSettings(str(user_config_dir() / "facilitateur.ini"), QSettings.Format.IniFormat)


def language() -> str:
    value = settings().value("language", "")
    return value if value in ("fr", "en") else system_language()


def set_language(lang: str | None) -> None:
    settings().setValue("language", lang or "")


def recent_files() -> list[str]:
    value = settings().value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [v for v in (value or []) if v]


def add_recent(path: str | Path) -> None:
    path = str(Path(path).absolute())
    items = [p for p in recent_files() if p != path]
    items.insert(0, path)
    s = settings()
    s.setValue("recent", items[:MAX_RECENT])
    s.setValue("last", path)


def remove_recent(path: str) -> None:
    s = settings()
    s.setValue("recent", [p for p in recent_files() if p != path])
    if s.value("last") == path:
        s.remove("last")


def last_file() -> str | None:
    value = settings().value("last")
    return value or None


def forget_last() -> None:
    settings().remove("last")


def value(key: str, default=None):
    return settings().value(key, default)


def set_value(key: str, val) -> None:
    settings().setValue(key, val)

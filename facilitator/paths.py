"""Where the application keeps its own files (settings, user templates, snapshots).

FACILITATOR_HOME, when set, replaces the platform's folders (tests and portable use)."""
from __future__ import annotations

import os
from pathlib import Path


def _base(kind: str) -> Path:
    home = os.environ.get("FACILITATOR_HOME")
    if home:
        return Path(home) / kind
    import platformdirs

    if kind == "config":
        return Path(platformdirs.user_config_dir("Facilitateur", appauthor=False))
    return Path(platformdirs.user_data_dir("Facilitateur", appauthor=False))


def user_data_dir() -> Path:
    path = _base("data")
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_config_dir() -> Path:
    path = _base("config")
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_templates_dir() -> Path:
    path = user_data_dir() / "templates"
    path.mkdir(parents=True, exist_ok=True)
    return path


def snapshots_dir() -> Path:
    path = user_data_dir() / "snapshots"
    path.mkdir(parents=True, exist_ok=True)
    return path

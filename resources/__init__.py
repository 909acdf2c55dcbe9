"""Assets that travel inside the installed package: translations, fonts, icons, styles.

`resource_path("fonts", "DejaVuSans.ttf")` is the one way to find them, in a source tree,
an installed wheel, or a PyInstaller build (where files live under sys._MEIPASS)."""
from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return _root().joinpath(*parts)


def workshops_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "workshops"
    import facilitator_workshops as workshops

    return Path(workshops.__file__).resolve().parent

"""The paper the printed documents (minutes, facilitation guide, agenda handout) are laid out
on: Letter or A4.

Québec, the rest of Canada and the United States print on Letter (8.5 × 11 in); most of the
world on A4. The default follows the system's locale the way a POSIX program reads it for paper
(LC_ALL, then LC_PAPER, then LANG): Letter when its country uses Letter (the countries CLDR lists
for Letter: the United States, Canada, Mexico, Puerto Rico, Belize, Chile, Colombia, Costa Rica,
Guatemala, Nicaragua, Panama, the Philippines, El Salvador, Venezuela), A4 for any other named
country. A locale that names no country ("C", "fr", unset) gives Letter: the people this app is
made for are in Québec.
"""
from __future__ import annotations

import os
from typing import Mapping

from reportlab.lib.pagesizes import A4, letter

PAPERS: tuple[str, ...] = ("letter", "a4")
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PR", "BZ", "CL", "CO", "CR", "GT", "NI", "PA",
                              "PH", "SV", "VE"})
_SIZES = {"letter": letter, "a4": A4}          # points (1/72 in), portrait


def locale_country(env: Mapping[str, str] | None = None) -> str | None:
    """The country the locale for paper names ("fr_CA.UTF-8" -> "CA"), None when it names none."""
    env = os.environ if env is None else env
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(var) or ""
        if value:
            name = value.split(".", 1)[0].split("@", 1)[0]
            _, sep, country = name.partition("_")
            return country.upper() if sep and country.isalpha() else None
    return None


def default_paper(env: Mapping[str, str] | None = None) -> str:
    """"letter" or "a4" for this system (see the module's note)."""
    country = locale_country(env)
    return "letter" if country is None or country in LETTER_COUNTRIES else "a4"


def check_paper(paper: str | None) -> str:
    """The paper's key; None gives the system's default. ValueError names an unknown one."""
    if paper is None:
        return default_paper()
    key = str(paper).strip().lower()
    if key not in _SIZES:
        raise ValueError(f"unknown paper: {paper!r} (one of {', '.join(PAPERS)})")
    return key


def page_size(paper: str | None) -> tuple[float, float]:
    """(width, height) in points, portrait."""
    return _SIZES[check_paper(paper)]

"""How the report writes numbers, dates, lengths and shares in French and English, and its
sections. Its words (headings, column names, sentences) are in the core's one catalogue,
`facilitator.catalogue`; `label(key, lang)` reads them there with the report's language.

Role names and descriptions are not here: they come from `facilitator.roles`.
"""
from __future__ import annotations

import datetime as _dt

from ..catalogue import text

#: Section keys, in the order of the report; `include` picks among them. The facilitator's
#: notes are never one of them: they are private, printed only in the facilitation guide.
SECTIONS: tuple[str, ...] = ("attendance", "agenda", "ideas", "votes", "roles", "decisions",
                             "actions")

_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def norm_lang(lang: str | None) -> str:
    return "en" if lang == "en" else "fr"


def label(key: str, lang: str, **params: object) -> str:
    """The report's word or sentence `key` in lang (French unless "en"), with its {params}: the
    core's catalogue (`facilitator.catalogue.text`), read with the report's language."""
    return text(key, norm_lang(lang), **params)


def fmt_date(iso: str | None, lang: str) -> str:
    """"2026-11-12" -> "12 novembre 2026" / "November 12, 2026"; other text as it is."""
    if not iso:
        return ""
    try:
        d = _dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    month = _MONTHS[norm_lang(lang)][d.month - 1]
    if norm_lang(lang) == "en":
        return f"{month} {d.day}, {d.year}"
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {month} {d.year}"


def fmt_share(share: float, lang: str) -> str:
    """0.125 -> "12,5 %" (fr, with a no-break space) / "12.5%" (en)."""
    pct = round(share * 100, 1)
    text = f"{pct:.1f}".rstrip("0").rstrip(".")
    if norm_lang(lang) == "en":
        return text + "%"
    return text.replace(".", ",") + "\u00a0%"


def fmt_length(seconds: float | None, lang: str) -> str:
    """A length as printed: "45 min", "1 h 30" (fr), "6 h 30 min" (en), its spaces no-break
    (U+00A0) so that a number is never on another line than its unit; "" for None."""
    if seconds is None:
        return ""
    from ..agenda import fmt_duration

    return fmt_duration(seconds, norm_lang(lang)).replace(" ", "\u00a0")


def fmt_minutes(minutes: int | None, lang: str) -> str:
    """A planned or actual length in whole minutes, as `fmt_length`; "" for None."""
    return "" if minutes is None else fmt_length(minutes * 60, lang)


def fmt_colon(lang: str) -> str:
    """The colon as each language writes it after a label (« Lieu : », "Place: ")."""
    return ": " if norm_lang(lang) == "en" else "\u00a0: "

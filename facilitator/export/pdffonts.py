"""The fonts embedded in PDF reports, and user text turned into safe reportlab markup with
per-run font switching (a run of emoji is drawn with the symbol font, the rest with DejaVu).

Fonts live in resources/fonts (see its README for licences). Every user string reaches a PDF
through `markup()` (paragraphs) or `runs()` (canvas and chart text): control characters become
U+FFFD, right-to-left text is put in display order, and `<`, `>`, `&` are escaped, so user text
can never become markup (no tags, no images read from disk, no links).
"""
from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import resource_path

from .bidi import visual
from .text import printable

REGULAR = "FacSans"
BOLD = "FacSans-Bold"
ITALIC = "FacSans-Italic"
BOLD_ITALIC = "FacSans-BoldItalic"
SYMBOL = "FacSymbol"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
          SYMBOL: "Symbola.ttf"}
#: Where a character missing from a face is looked for next (italic faces lack Arabic).
_FALLBACK = {REGULAR: (SYMBOL,), BOLD: (SYMBOL,), ITALIC: (REGULAR, SYMBOL),
             BOLD_ITALIC: (BOLD, SYMBOL), SYMBOL: ()}
_cover: dict[str, frozenset[int]] = {}


def register() -> None:
    """Register the fonts with reportlab once per process."""
    if _cover:
        return
    _fix_to_unicode()
    for name, file in _FILES.items():
        font = TTFont(name, str(resource_path("fonts", file)))
        pdfmetrics.registerFont(font)
        _cover[name] = frozenset(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    pdfmetrics.registerFontFamily(SYMBOL, normal=SYMBOL, bold=SYMBOL, italic=SYMBOL,
                                  boldItalic=SYMBOL)


def _fix_to_unicode() -> None:
    """reportlab writes characters beyond U+FFFF into a font's ToUnicode map as 5 hex digits,
    which readers misread (👍 came back as "ὄ"); write them as UTF-16 surrogate pairs, as the
    PDF specification asks, so that copying or searching an emoji gives the emoji back."""
    from reportlab.pdfbase import ttfonts

    if getattr(ttfonts.makeToUnicodeCMap, "_facilitator", False):
        return
    original = ttfonts.makeToUnicodeCMap

    def make(fontname, subset):
        text = original(fontname, subset)
        for i, v in enumerate(subset):
            if isinstance(v, int) and v > 0xFFFF:
                utf16 = chr(v).encode("utf-16-be").hex().upper()
                text = text.replace("<%02X> <%04X>" % (i, v), "<%02X> <%s>" % (i, utf16), 1)
        return text

    make._facilitator = True
    ttfonts.makeToUnicodeCMap = make


def _ignorable(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cf", "Mn", "Me") or "\ufe00" <= ch <= "\ufe0f"


def runs(text: str, font: str = REGULAR) -> list[tuple[str, str]]:
    """[(font, text)] covering one line of display text (already cleaned and in visual order):
    each character in the first font of `font`'s fallback chain that has it. Invisible
    characters no font has (variation selectors, joiners) are dropped; other missing
    characters stay in `font` (an empty box, but the text is kept)."""
    register()
    main = _cover[font]
    out: list[tuple[str, str]] = []
    for ch in text:
        cp = ord(ch)
        use = font
        if cp not in main:
            use = next((f for f in _FALLBACK[font] if cp in _cover[f]), "")
            if not use:
                if _ignorable(ch):
                    continue
                use = font
        if out and out[-1][0] == use:
            out[-1] = (use, out[-1][1] + ch)
        else:
            out.append((use, ch))
    return out


def display_lines(text: str) -> list[str]:
    """User text as the lines to draw: control characters shown as U+FFFD, tabs as spaces,
    right-to-left runs in display order."""
    return [visual(line) for line in printable(text).replace("\t", "    ").split("\n")]


def markup(text: str, font: str = REGULAR) -> str:
    """User text as reportlab Paragraph markup in `font`: escaped, line breaks kept, runs of
    characters `font` lacks wrapped in <font name=...>."""
    register()
    main = _cover[font]
    lines = []
    for line in display_lines(text):
        if all(ord(c) in main for c in line):
            lines.append(escape(line))
            continue
        parts = []
        for name, chunk in runs(line, font):
            if name == font:
                parts.append(escape(chunk))
            else:
                parts.append(f'<font name="{name}">{escape(chunk)}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)


def width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(chunk, name, size) for name, chunk in runs(text, font))


def fit(text: str, font: str, size: float, max_width: float) -> str:
    """One line of user text (display order), shortened with "…" to fit max_width."""
    line = " ".join(display_lines(text))
    if width(line, font, size) <= max_width:
        return line
    lo, hi = 0, len(line)
    while lo < hi:   # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if width(line[:mid].rstrip() + "…", font, size) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return line[:lo].rstrip() + "…"


def draw(canvas, x: float, y: float, text: str, font: str, size: float,
         align: str = "left") -> None:
    """Draw one line of display text on a canvas with per-run fonts (left, right or center)."""
    parts = runs(text, font)
    total = sum(pdfmetrics.stringWidth(c, n, size) for n, c in parts)
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    for name, chunk in parts:
        canvas.setFont(name, size)
        canvas.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, name, size)


def strings(x: float, y: float, text: str, font: str, size: float, color,
            anchor: str = "start") -> list:
    """reportlab.graphics String shapes for one line of display text, with per-run fonts."""
    from reportlab.graphics.shapes import String

    parts = runs(text, font)
    total = sum(pdfmetrics.stringWidth(c, n, size) for n, c in parts)
    if anchor == "end":
        x -= total
    elif anchor == "middle":
        x -= total / 2
    out = []
    for name, chunk in parts:
        out.append(String(x, y, chunk, fontName=name, fontSize=size, fillColor=color))
        x += pdfmetrics.stringWidth(chunk, name, size)
    return out

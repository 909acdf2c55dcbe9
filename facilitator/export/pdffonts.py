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
    _fast_long_words()
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


def _fast_long_words() -> None:
    """reportlab cuts a word wider than the line (splitLongWords) by measuring it one character
    at a time through stringWidth, again at every page a cell or paragraph runs over: a
    100,000-character word in a table cell took a minute. Cut it the same way (same pieces, same
    rules for the first and the next lines) from each character's width measured once per font
    and size, and the piece ends found by bisection over the running total."""
    from bisect import bisect_right
    from itertools import accumulate

    from reportlab.platypus import paragraph as P

    if getattr(P._splitWord, "_facilitator", False):
        return
    widths: dict[tuple[str, float], dict[str, float]] = {}

    def split_word(w, lineWidth, maxWidths, lineno, fontName, fontSize, encoding="utf8"):
        if isinstance(w, bytes):
            w = w.decode(encoding)
        bidi = P.isBidiStr(w)

        def piece(text, end=False):
            word = (P._SplitWordEnd if end else P._SplitWord)(text)
            return P.bidiStrWrap(word, w) if bidi else word

        known = widths.setdefault((fontName, fontSize), {})
        for c in set(w).difference(known):
            known[c] = pdfmetrics.stringWidth(c, fontName, fontSize, encoding)
        each = [known[c] for c in w]
        total = list(accumulate(each))
        n, last = len(w), len(maxWidths) - 1
        width_next = maxWidths[min(last, lineno + 1)]
        width = maxWidths[min(last, lineno)]
        out, start, used, forced = [], 0, lineWidth, False
        while True:
            base = total[start - 1] if start else 0.0
            end = bisect_right(total, base + width - used, start)
            if end == start and (forced or each[start] > width_next):
                end = start + 1       # a character wider than any line goes on a line alone
            if end >= n:
                out.append(piece(w[start:], end=True))
                return out
            out.append(piece(w[start:end]))    # may be empty: nothing fits after the text
            start, used, forced = end, 0.0, True
            lineno += 1
            width = maxWidths[min(last, lineno)]

    split_word._facilitator = True
    P._splitWord = split_word


def _ignorable(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cf", "Mn", "Me") or "\ufe00" <= ch <= "\ufe0f"


def runs(text: str, font: str = REGULAR) -> list[tuple[str, str]]:
    """[(font, text)] covering one line of display text (already cleaned and in visual order):
    each character in the first font of `font`'s fallback chain that has it. Invisible
    characters no font has (variation selectors, joiners) are dropped; other missing
    characters stay in `font` (an empty box, but the text is kept). Linear in the text."""
    register()
    main = _cover[font]
    if all(ord(c) in main for c in text):
        return [(font, text)] if text else []
    out: list[tuple[str, list[str]]] = []
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
            out[-1][1].append(ch)
        else:
            out.append((use, [ch]))
    return [(name, "".join(chars)) for name, chars in out]


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
    # the longest prefix that fits with the ellipsis: each character measured once, then a
    # running total (a title of 100,000 characters is cut in linear time)
    room = max_width - width("…", font, size)
    used = 0.0
    for cut, ch in enumerate(line):
        used += width(ch, font, size)
        if used > room:
            return line[:cut].rstrip() + "…"
    return line + "…"


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

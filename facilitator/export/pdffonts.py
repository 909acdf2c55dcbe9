"""The fonts embedded in PDF reports, and user text turned into safe reportlab markup with
per-run font switching (a run of emoji is drawn with the symbol font, the rest with DejaVu).

Fonts live in resources/fonts (see its README for licences). Every user string reaches a PDF
through `markup()` (paragraphs) or `runs()` (canvas and chart text): control characters become
U+FFFD, right-to-left text is put in display order, and `<`, `>`, `&` are escaped, so user text
can never become markup (no tags, no images read from disk, no links).
"""
from __future__ import annotations

import contextlib
import contextvars
import os
import subprocess
import threading
import unicodedata
from bisect import bisect_right
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator_resources import resource_path

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
#: The same as characters, to check a whole line at C speed (frozenset.issuperset).
_chars: dict[str, frozenset[str]] = {}


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
        _chars[name] = frozenset(map(chr, _cover[name]))
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


# -- fonts of the computer, for the characters the embedded ones lack ---------------------------
#: Ideographs and kana that Symbola happens to draw (中, の): a real CJK font of the system is
#: looked for first, so that a sentence is not drawn in two styles.
_CJK = ((0x2E80, 0x2FDF), (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
        (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x20000, 0x3FFFF))
_lock = threading.Lock()
_system: dict = {"key": None, "fonts": []}    # fontconfig's fonts, in its order of preference
_found: dict[int, str] = {}                   # character -> registered font ("" for none)
_loaded: dict[tuple[str, int], str] = {}      # (file, index) -> registered name ("" if unusable)
_missing: contextvars.ContextVar[set | None] = contextvars.ContextVar("missing", default=None)


def _cjk(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _CJK)


def _search_key() -> tuple:
    return tuple(os.environ.get(k) for k in ("FONTCONFIG_FILE", "FONTCONFIG_PATH",
                                             "FONTCONFIG_SYSROOT", "XDG_DATA_HOME", "HOME"))


def _system_fonts() -> list[tuple[str, int, list[int], list[int]]]:
    """The computer's TrueType fonts through fontconfig (`fc-match -s -a`: every font, in the
    order fontconfig prefers for sans-serif text), each with the ranges of characters it has.
    Read once per process (again if the font search path changes). reportlab embeds TrueType
    outlines only: CFF (.otf) fonts are left out. Without fontconfig (Windows, macOS without
    it), the list is empty."""
    key = _search_key()
    if _system["key"] == key:
        return _system["fonts"]
    fonts = []
    try:
        out = subprocess.run(
            ["fc-match", "-s", "-a", "--format",
             "%{file}\t%{index}\t%{fontformat}\t%{charset}\n", "sans-serif"],
            capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        out = ""
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) != 4 or parts[2] != "TrueType" or not parts[0]:
            continue
        starts, ends = [], []
        for token in parts[3].split():
            lo, _, hi = token.partition("-")
            try:
                starts.append(int(lo, 16))
                ends.append(int(hi or lo, 16))
            except ValueError:
                continue
        try:
            index = int(parts[1] or 0)
        except ValueError:
            continue
        fonts.append((parts[0], index, starts, ends))
    _system.update(key=key, fonts=fonts)
    _found.clear()
    return fonts


def _load(file: str, index: int) -> str:
    """Register a font of the computer with reportlab (embedded as a subset of the glyphs
    used); "" when reportlab cannot use it (bitmap emoji, damaged file...)."""
    name = _loaded.get((file, index))
    if name is None:
        name = f"FacSystem{len(_loaded) + 1}"
        try:
            font = TTFont(name, file, subfontIndex=index)
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name,
                                          boldItalic=name)
            _cover[name] = frozenset(font.face.charToGlyph)
        except Exception:   # noqa: BLE001 - any font reportlab cannot read is skipped
            name = ""
        _loaded[(file, index)] = name
    return name


def system_font(cp: int) -> str:
    """The registered name of a font of the computer that has character `cp`, or ""."""
    with _lock:
        fonts = _system_fonts()
        if cp in _found:
            return _found[cp]
        use = ""
        for file, index, starts, ends in fonts:
            i = bisect_right(starts, cp) - 1
            if i >= 0 and cp <= ends[i]:
                name = _load(file, index)
                if name and cp in _cover[name]:
                    use = name
                    break
        _found[cp] = use
        return use


@contextlib.contextmanager
def collecting_missing():
    """Collect, while the block runs, the characters that no font has (shown as empty boxes):
    `with collecting_missing() as missing: ...` then `missing` holds them."""
    missing: set[str] = set()
    token = _missing.set(missing)
    try:
        yield missing
    finally:
        _missing.reset(token)


def _font_for(cp: int, font: str) -> str:
    """The font that draws character `cp` for text in `font`: the embedded chain first, then
    the computer's fonts; "" when none has it."""
    for f in _FALLBACK[font]:
        if cp in _cover[f] and not (f == SYMBOL and _cjk(cp)):
            return f
    return system_font(cp) or (SYMBOL if cp in _cover[SYMBOL] else "")


def runs(text: str, font: str = REGULAR) -> list[tuple[str, str]]:
    """[(font, text)] covering one line of display text (already cleaned and in visual order):
    each character in the first font of `font`'s fallback chain that has it, else in a font of
    the computer that has it (see system_font). Invisible characters no font has (variation
    selectors, joiners) are dropped; other missing characters stay in `font` (an empty box)
    and are noted (collecting_missing). Linear in the text."""
    register()
    if _chars[font].issuperset(text):
        return [(font, text)] if text else []
    main = _cover[font]
    out: list[tuple[str, list[str]]] = []
    for ch in text:
        cp = ord(ch)
        use = font
        if cp not in main:
            use = _font_for(cp, font)
            if not use:
                if _ignorable(ch):
                    continue
                missing = _missing.get()
                if missing is not None:
                    missing.add(ch)
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
    main = _chars[font]
    lines = []
    for line in display_lines(text):
        if main.issuperset(line):
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


def missing_notice(missing: set[str]) -> str | None:
    """The sentence telling which characters no font of this computer has (None if none)."""
    if not missing:
        return None
    from ..errors import FacilitatorError

    shown = sorted(missing)
    listed = " ".join(shown[:20]) + (" …" if len(shown) > 20 else "")
    codes = ", ".join(f"U+{ord(c):04X}" for c in shown[:5]) + (", …" if len(shown) > 5 else "")
    return FacilitatorError("pdf_missing_glyphs", n=len(shown), chars=listed,
                            codes=codes).message()

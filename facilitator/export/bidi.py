"""Display order of right-to-left text (Hebrew, Arabic) inside left-to-right documents.

A PDF draws glyphs left to right; text typed in Hebrew or Arabic is stored first letter first,
so it must be reversed for display (and PDF readers, pdftotext included, turn it back into typed
order). This is a small version of the Unicode bidirectional algorithm for one line of a
left-to-right paragraph (no explicit embeddings): right-to-left runs with the spaces and
punctuation between them are reversed, numbers inside them keep their order, combining marks
stay after their letter, and mirrored brackets are flipped. Arabic letters are not joined
(no shaping).
"""
from __future__ import annotations

import re
import unicodedata

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff"
                  "\U0001e800-\U0001efff]")
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def visual(line: str) -> str:
    """`line` (no line breaks) in the order its characters are drawn left to right."""
    if not has_rtl(line):
        return line
    # clusters: a base character and the combining marks that follow it
    clusters: list[str] = []
    for ch in line:
        if clusters and unicodedata.category(ch) in ("Mn", "Me"):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    kinds = []   # "L", "R", "EN" (European number), "AN" (Arabic number), "N" (neutral)
    for c in clusters:
        b = unicodedata.bidirectional(c[0])
        kinds.append("R" if b in ("R", "AL") else b if b in ("L", "EN", "AN") else "N")
    # numbers: in a right-to-left context they sit at level 2, else they are left-to-right
    levels = [0] * len(clusters)
    strong = "L"
    for i, k in enumerate(kinds):
        if k in ("L", "R"):
            strong = k
            levels[i] = 0 if k == "L" else 1
        elif k == "AN" or (k == "EN" and strong == "R"):
            kinds[i] = "RN"
            levels[i] = 2
        elif k == "EN":
            kinds[i] = "L"
    # neutrals between two right-to-left sides take level 1, otherwise the paragraph's 0
    i = 0
    while i < len(clusters):
        if kinds[i] != "N":
            i += 1
            continue
        j = i
        while j < len(clusters) and kinds[j] == "N":
            j += 1
        left = kinds[i - 1] if i > 0 else "L"
        right = kinds[j] if j < len(clusters) else "L"
        if left in ("R", "RN") and right in ("R", "RN"):
            for k in range(i, j):
                levels[k] = 1
        i = j
    # reverse runs from the highest level down to 1
    order = list(range(len(clusters)))
    for level in range(max(levels), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    out = []
    for idx in order:
        c = clusters[idx]
        out.append(c.translate(_MIRROR) if levels[idx] % 2 else c)
    return "".join(out)

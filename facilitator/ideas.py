"""Rules of the idea wall, without storage or Qt: likely duplicates, the text of two merged ideas,
search and filters, the colours of sticky notes, and ideas read from a CSV or text file.

Everything here works on plain values (`Idea`, `Theme`, strings) and returns plain values."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .catalogue import language
from .model import Idea, Theme
from .tabular import MAX_BYTES, Table, decode, fold, parse_table

# -- likely duplicates ------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


#: Words that do not tell two ideas apart (French and English articles, prepositions,
#: conjunctions), folded: « entre les municipalités » and « entre municipalités » are one idea.
STOP_WORDS = frozenset("""
le la les l un une des du de d au aux a et ou en dans par pour
ce cet cette ces c son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes qui que qu
the a an of to and or in on at by for as is are be this that these those its their our your my
""".split())   # never « sans », « sur », « plus », « est » (east)…: they change what is said


def duplicate_key(text: str) -> str:
    """The words of an idea, ignoring case, accents, punctuation, spacing and stop words.

    Two ideas with the same key are likely duplicates: « Plus de pistes cyclables ! » and
    « plus de  PISTES cyclables » share "plus pistes cyclables"; « Partage de services entre les
    municipalités » and « partage des services entre municipalités » share "partage services
    entre municipalites". Text made only of stop words keeps them all; text with no word at all
    (only emoji or signs) is compared on its folded, space-collapsed form."""
    folded = fold(text)
    words = _WORD.findall(folded)
    if words:
        meaningful = [w for w in words if w not in STOP_WORDS]
        return " ".join(meaningful or words)
    return " ".join(folded.split())


class DuplicateIndex:
    """Ideas by duplicate key, kept up to date one idea at a time (fast with thousands)."""

    def __init__(self, ideas: Iterable[Idea] = ()) -> None:
        self._keys: dict[int, str] = {}
        self._ids: dict[str, list[int]] = {}
        for idea in ideas:
            self.add(idea.id, idea.text)

    def add(self, idea_id: int, text: str) -> None:
        if idea_id in self._keys:
            self.remove(idea_id)
        key = duplicate_key(text)
        if not key:
            return
        self._keys[idea_id] = key
        self._ids.setdefault(key, []).append(idea_id)

    def remove(self, idea_id: int) -> None:
        key = self._keys.pop(idea_id, None)
        if key is None:
            return
        ids = self._ids[key]
        ids.remove(idea_id)
        if not ids:
            del self._ids[key]

    def matches(self, text: str, exclude: int | None = None) -> list[int]:
        """Ids of the ideas whose words are those of text (oldest first)."""
        key = duplicate_key(text)
        return [i for i in self._ids.get(key, ()) if i != exclude] if key else []

    def others(self, idea_id: int) -> list[int]:
        """Ids of the other ideas that look like idea_id."""
        key = self._keys.get(idea_id)
        return [i for i in self._ids.get(key, ()) if i != idea_id] if key else []


def find_duplicates(text: str, ideas: Iterable[Idea], exclude: int | None = None) -> list[Idea]:
    """Ideas among `ideas` that are likely duplicates of text."""
    key = duplicate_key(text)
    if not key:
        return []
    return [i for i in ideas if i.id != exclude and duplicate_key(i.text) == key]


# -- merging two ideas ------------------------------------------------------------------------

def merge_text(texts: list[str]) -> str:
    """The one text of ideas merged together: the first (the idea kept), as typed. The others
    are kept in its history (store.ideas.merged_texts) and the archive, never glued to it: the
    ballots and the projector show one sentence, which the facilitator can then edit."""
    return texts[0]


MERGE_SEPARATOR = "\n\n"


def merged_text(kept: str, other: str) -> str:
    """The text of two merged ideas: both texts, exactly as typed, the kept one first.

    Nothing is lost and nothing is repeated: when other is already one of the paragraphs of
    kept (e.g. after an earlier merge), or the two texts are identical, kept is returned."""
    if other == kept or other in kept.split(MERGE_SEPARATOR):
        return kept
    if kept in other.split(MERGE_SEPARATOR):
        return other
    return kept + MERGE_SEPARATOR + other


def merged_texts(texts: list[str]) -> str:
    """Several ideas merged into one, in the given order."""
    out = texts[0]
    for t in texts[1:]:
        out = merged_text(out, t)
    return out


# -- search and filters -----------------------------------------------------------------------

class _Any:
    def __repr__(self) -> str:
        return "ANY"


#: A filter field that accepts every value. `None` in a field means "none" (no theme, no author,
#: no agenda item); an int means that one.
ANY = _Any()


@dataclass
class IdeaFilter:
    text: str = ""
    theme_id: object = ANY          # ANY, None (no theme) or a theme id
    author_id: object = ANY         # ANY, None (no author) or a participant id
    agenda_item_id: object = ANY    # ANY, None (no agenda item) or an agenda item id
    _words: list[str] = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._words = fold(self.text).split()

    @property
    def active(self) -> bool:
        return bool(self._words) or any(
            v is not ANY for v in (self.theme_id, self.author_id, self.agenda_item_id))

    def accepts(self, idea: Idea, folded: str | None = None, author_name: str = "", *,
                author_folded: str | None = None) -> bool:
        """Whether idea passes. `folded` is fold(idea.text) and `author_folded` the folded
        author's name when the caller keeps them cached; every word of the search must appear
        in the text or in the author's name."""
        if author_folded is None and author_name:
            author_folded = fold(author_name)
        return self.accepts_hay(idea, haystack(folded if folded is not None else fold(idea.text),
                                               author_folded or "") if self._words else "")

    def accepts_hay(self, idea: Idea, hay: str) -> bool:
        """`accepts`, with the idea's words already prepared (`haystack`): a wall of 20,000
        ideas filtered at each keystroke keeps them."""
        if self.theme_id is not ANY and idea.theme_id != self.theme_id:
            return False
        if self.author_id is not ANY and idea.author_id != self.author_id:
            return False
        if self.agenda_item_id is not ANY and idea.agenda_item_id != self.agenda_item_id:
            return False
        return all(w in hay for w in self._words)

    def select(self, ids: Iterable[int], ideas: dict[int, Idea],
               hay: dict[int, str]) -> list[int]:
        """The ids among `ids` whose idea this filter accepts, in their order (`accepts_hay`
        for each, done at once: a search alone is one substring test per word and idea)."""
        words = self._words
        if self.theme_id is ANY and self.author_id is ANY and self.agenda_item_id is ANY:
            if len(words) == 1:
                w = words[0]
                return [i for i in ids if w in hay[i]]
            return [i for i in ids if all(w in hay[i] for w in words)]
        if not words:
            return [i for i in ids if self.accepts_hay(ideas[i], "")]
        return [i for i in ids if self.accepts_hay(ideas[i], hay[i])]

    def narrows(self, other: "IdeaFilter") -> bool:
        """Whether every idea this filter accepts is accepted by `other` too: the same theme,
        author and agenda item, and each word of other's search inside a word of this one (a
        search typed further). The ideas other showed are then the only ones to look at."""
        return (self.theme_id == other.theme_id and self.author_id == other.author_id
                and self.agenda_item_id == other.agenda_item_id
                and all(any(w in mine for mine in self._words) for w in other._words))

    def key(self) -> tuple:
        """What the filter selects by, hashable (the search as folded words)."""
        return (tuple(self._words), self.theme_id, self.author_id, self.agenda_item_id)


def haystack(folded_text: str, author_folded: str) -> str:
    """What a search looks in: the idea's folded text, and its author's folded name."""
    return folded_text + "\n" + author_folded if author_folded else folded_text


def filter_ideas(ideas: Iterable[Idea], flt: IdeaFilter,
                 author_names: dict[int, str] | None = None) -> list[Idea]:
    """The ideas that pass flt, in their order."""
    names = author_names or {}
    return [i for i in ideas if flt.accepts(i, None, names.get(i.author_id, ""))]


def group_by_theme(ideas: Iterable[Idea], themes: list[Theme]) -> dict[int | None, list[Idea]]:
    """Ideas per theme id (None: no theme), every theme present even when empty, in the
    themes' order, the ideas in their given order. Ideas of an unknown theme count as none."""
    groups: dict[int | None, list[Idea]] = {None: []}
    for t in themes:
        groups[t.id] = []
    for i in ideas:
        groups[i.theme_id if i.theme_id in groups else None].append(i)
    return groups


# -- sticky-note colours ----------------------------------------------------------------------

#: (hex, French name, English name): light colours on which dark text reads well (9:1 or more).
#: Checked with a protanopia/deuteranopia simulation (facilitator.colour_check, tests/ui/
#: test_colours.py): the first six, which a session's first six themes get, stay at least 9
#: CIEDE2000 apart for everyone; any two of the twelve at least 3 (more than a just-noticeable
#: difference). Beyond that, a theme is told by its column, its name and its number (keys 1–9).
PALETTE: list[tuple[str, str, str]] = [
    ("#f6f449", "Jaune", "Yellow"),
    ("#b3f5ff", "Bleu", "Blue"),
    ("#fabcce", "Rose", "Pink"),
    ("#ffa094", "Corail", "Coral"),
    ("#e2fba4", "Lime", "Lime"),
    ("#eeddc5", "Sable", "Sand"),
    ("#6ef277", "Vert", "Green"),
    ("#f7c562", "Orange", "Orange"),
    ("#d8d5f1", "Lilas", "Lilac"),
    ("#6ee8ce", "Menthe", "Mint"),
    ("#c2cdf4", "Pervenche", "Periwinkle"),
    ("#d2d3dd", "Gris", "Grey"),
]

#: The card of an idea without a theme: off-white, like a fresh sticky note.
UNTHEMED_COLOR = "#fffdf4"
INK = "#1f2933"          # text on light cards
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def color_name(hex_color: str, lang: str | None = None) -> str:
    """The palette name of a colour (the palette's data, in lang), or its hex code."""
    for h, fr, en in PALETTE:
        if h == hex_color.lower():
            return en if language(lang) == "en" else fr
    return hex_color


def next_color(used: Iterable[str | None]) -> str:
    """The first palette colour no theme uses yet; when all are taken, the least used one."""
    counts = {h: 0 for h, _fr, _en in PALETTE}
    for c in used:
        if c and c.lower() in counts:
            counts[c.lower()] += 1
    return min(counts, key=lambda h: (counts[h], list(counts).index(h)))


def theme_colors(themes: Iterable[Theme]) -> dict[int, str]:
    """The colour each theme shows: its own (#rrggbb), or for a theme without one (e.g. from a
    template or an archive), the next palette colour no other theme uses, in the themes' order."""
    themes = list(themes)
    used = [t.color.lower() for t in themes if t.color and _HEX.fullmatch(t.color)]
    out: dict[int, str] = {}
    for t in themes:
        if t.color and _HEX.fullmatch(t.color):
            out[t.id] = t.color.lower()
        else:
            out[t.id] = next_color(used)
            used.append(out[t.id])
    return out


def _rgb(hex_color: str) -> tuple[int, int, int]:
    return int(hex_color[1:3], 16), int(hex_color[3:5], 16), int(hex_color[5:7], 16)


def luminance(hex_color: str) -> float:
    """Relative luminance (WCAG 2) of #rrggbb, 0 (black) to 1 (white)."""
    def chan(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = _rgb(hex_color)
    return 0.2126 * chan(r) + 0.7152 * chan(g) + 0.0722 * chan(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def note_color(theme_color: str | None) -> str:
    """The card colour for a theme colour: the colour itself when dark ink reads well on it
    (contrast >= 9:1), otherwise the colour mixed with white until it does. Any #rrggbb a
    template brings (e.g. a saturated blue) thus gives a readable sticky note."""
    if not theme_color or not _HEX.fullmatch(theme_color):
        return UNTHEMED_COLOR
    color = theme_color.lower()
    r, g, b = _rgb(color)
    for step in range(0, 21):
        k = step / 20
        mixed = "#%02x%02x%02x" % tuple(round(v + (255 - v) * k) for v in (r, g, b))
        if contrast(mixed, INK) >= 9:
            return mixed
    return "#ffffff"


def ink_on(background: str) -> str:
    """Black or white text, whichever reads better on background (#rrggbb)."""
    if not _HEX.fullmatch(background or ""):
        return INK
    return INK if contrast(background, INK) >= contrast(background, "#ffffff") else "#ffffff"


# -- import from a file -----------------------------------------------------------------------

#: Column names that hold ideas, folded (see tabular.fold).
_IDEA_COLUMNS = {"idee", "idees", "idea", "ideas", "texte", "text", "reponse", "reponses",
                 "answer", "answers", "response", "commentaire", "commentaires", "comment",
                 "comments", "suggestion", "suggestions", "proposition", "propositions",
                 "contenu", "content"}


@dataclass
class IdeaSource:
    """What a file offers: its non-blank lines, and the same content read as a table."""
    name: str
    lines: list[str]
    table: Table

    @property
    def looks_tabular(self) -> bool:
        """A table with several columns (a CSV export), rather than a list of sentences."""
        if self.table.width < 2:
            return False
        if named_idea_column(self.table) is not None:
            return True
        # Sentences with commas look like a 2+ column CSV to the sniffer: a real table has the
        # same number of cells on most of its rows.
        widths = [len(r) for r in self.table.rows[:200]]
        return len(widths) >= 2 and widths.count(self.table.width) >= 0.8 * len(widths)


def lines_of(text: str) -> list[str]:
    """One idea per non-blank line, each without its surrounding spaces."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def source_from_text(text: str, name: str = "", encoding: str = "utf-8") -> IdeaSource:
    table = parse_table(text, encoding)
    if table.header is None and table.rows and len(table.rows[0]) > 1 and \
            any(fold(c).strip() in _IDEA_COLUMNS for c in table.rows[0]):
        table = Table(table.rows[0], table.rows[1:], table.delimiter, table.encoding)
    lines = lines_of(text.lstrip("\ufeff"))
    if lines and fold(lines[0]).strip().strip(":;,\"'").strip() in _IDEA_COLUMNS:
        lines = lines[1:]  # a one-column export's heading (« Idée », « Réponses »…), not an idea
    return IdeaSource(name, lines, table)


def read_source(path: str | Path) -> IdeaSource:
    """Read a CSV or text file (encoding detected as for participant lists). OSError passes."""
    path = Path(path)
    raw = path.read_bytes()[:MAX_BYTES]
    text, encoding = decode(raw)
    return source_from_text(text, path.name, encoding)


def named_idea_column(table: Table) -> int | None:
    """The column named like « Idée », « Réponse », « Commentaire »…, if there is one."""
    for i, h in enumerate(table.header or []):
        if fold(h).strip() in _IDEA_COLUMNS:
            return i
    return None


def guess_idea_column(table: Table) -> int | None:
    """The column that most likely holds the ideas: one named like « Idée », « Réponse »,
    « Commentaire »…, else the one with the longest text on average; None for an empty table."""
    named = named_idea_column(table)
    if named is not None:
        return named
    if not table.width:
        return None
    rows = table.rows[:200]
    lengths = [sum(len(r[c]) for r in rows if c < len(r)) for c in range(table.width)]
    return max(range(table.width), key=lambda c: lengths[c])


def ideas_from_table(table: Table, column: int) -> list[str]:
    """The non-blank cells of one column (a survey's answers), line breaks inside kept (as
    "\n", whatever the file used)."""
    return [r[column].replace("\r\n", "\n").replace("\r", "\n")
            for r in table.rows if column < len(r) and r[column].strip()]


@dataclass
class ImportRow:
    text: str
    duplicate_of: int | None  # an existing idea with the same words, or an earlier row's index


def plan_import(texts: list[str], index: DuplicateIndex) -> list[ImportRow]:
    """Each text to import, with the existing idea (id) it likely repeats, if any. A text that
    repeats an earlier text of the same file is marked with -(its row number + 1)."""
    seen: dict[str, int] = {}
    out = []
    for n, t in enumerate(texts):
        existing = index.matches(t)
        dup: int | None = existing[0] if existing else None
        key = duplicate_key(t)
        if dup is None and key in seen:
            dup = -(seen[key] + 1)
        seen.setdefault(key, n)
        out.append(ImportRow(t, dup))
    return out


# -- authors ----------------------------------------------------------------------------------

def find_author(name: str, participants: Iterable) -> object | None:
    """The participant called name (ignoring case and accents), or None."""
    key = " ".join(fold(name).split())
    if not key:
        return None
    for p in participants:
        if " ".join(fold(p.name).split()) == key:
            return p
    return None

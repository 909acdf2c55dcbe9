"""The ideas and themes of a session as models for the wall of the Idées page.

`WallData` keeps what the wall needs from the store (ideas, themes, names) in memory, reloading
only the kinds that changed. `WallModel` lays the ideas out as a table: the ideas without a
theme first (flowing over the columns the themes leave free, like a pile of fresh notes), then
one column per theme in the themes' order; a cell is one idea. After a change it tells the views
only the cells that changed (rows inserted or removed at the bottom, data changed in a column), and
`ThemesModel` lists the themes with their counts. Edits become undoable commands."""
from __future__ import annotations

import bisect
import itertools
import json

from PySide6.QtCore import (QAbstractListModel, QAbstractTableModel, QMimeData, QModelIndex, Qt,
                            Signal)
from PySide6.QtGui import QColor

from facilitator import ops
from facilitator.ideas import (ANY, UNTHEMED_COLOR, DuplicateIndex, IdeaFilter, haystack,
                               ink_on, note_color, theme_colors)
from facilitator.model import Idea, Theme
from facilitator.tabular import fold
from facilitator_ui.context import SessionContext

MIME = "application/x-facilitateur-ideas"

IdRole = Qt.ItemDataRole.UserRole + 1        # idea id (wall) or theme id (themes; None: none)
ColorRole = Qt.ItemDataRole.UserRole + 2     # card colour, #rrggbb
FooterRole = Qt.ItemDataRole.UserRole + 3    # "author · agenda item" under the text
DuplicateRole = Qt.ItemDataRole.UserRole + 4  # True when another idea has the same words
CountRole = Qt.ItemDataRole.UserRole + 5     # ideas in a theme (all / shown)
NumberRole = Qt.ItemDataRole.UserRole + 6    # the key 1–9 that moves ideas to this theme
ThemeRole = Qt.ItemDataRole.UserRole + 7     # theme id of a column (None: no theme)
FreshRole = Qt.ItemDataRole.UserRole + 8     # the idea captured last
TitleRole = Qt.ItemDataRole.UserRole + 9     # header: "1 · Title" (empty after a pile's first)
CountTextRole = Qt.ItemDataRole.UserRole + 10  # header: "12", or "3/12" when filtered
#: all a card shows, in one read: (text, colour, footer, duplicate mark "≈" or "", fresh)
CardRole = Qt.ItemDataRole.UserRole + 11
#: the id of the card shown while its idea is being saved (WallModel.show_pending)
PENDING_ID = -1


def encode_ids(ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, json.dumps(ids).encode())
    return data


def decode_ids(data: QMimeData) -> list[int]:
    if not data.hasFormat(MIME):
        return []
    try:
        return [int(i) for i in json.loads(bytes(data.data(MIME)).decode())]
    except (ValueError, TypeError):
        return []


class WallData:
    """What the wall shows, read from the store; `load(kinds)` rereads only those kinds."""

    def __init__(self, store) -> None:
        self.store = store
        self.ideas: dict[int, Idea] = {}       # by id, in id order (the order of capture)
        self._rows: dict[int, tuple] = {}
        self.folded: dict[int, str] = {}
        #: what a search looks in, per idea (its folded text and author's name: haystack)
        self.hay: dict[int, str] = {}
        self.dups = DuplicateIndex()
        self.themes: list[Theme] = []
        self.theme_by_id: dict[int, Theme] = {}
        self.theme_color: dict[int, str] = {}
        self.note_colors: dict[int, str] = {}
        self.names: dict[int, str] = {}
        self.folded_names: dict[int, str] = {}
        self.items: dict[int, str] = {}
        self.hide_authors = False
        #: grows at every reread that may change what the wall shows or a filter reads
        self.version = 0
        self.load({"ideas", "themes", "participants", "agenda", "session"})

    def load(self, kinds: set, only: set[int] | None = None) -> set[int]:
        """Reread; return the ids of ideas whose shown content changed (new ones included).
        With `only`, the ideas are known to have changed in those ids alone (a command of the
        page itself): just those rows are read."""
        changed: set[int] = set()
        store = self.store
        self.version += 1
        if "themes" in kinds:
            self.themes = store.ideas.themes()
            self.theme_by_id = {t.id: t for t in self.themes}
            self.theme_color = theme_colors(self.themes)
            self.note_colors = {k: note_color(c) for k, c in self.theme_color.items()}
        # the cards show names and agenda titles: only a change of those repaints them (the
        # live run records actual times in the agenda every few seconds)
        if "participants" in kinds:
            names = {p.id: p.name for p in store.participants.list()}
            if names != self.names:
                self.names = names
                self.folded_names = {i: fold(n) for i, n in self.names.items()}
                authored = {i for i, idea in self.ideas.items() if idea.author_id is not None}
                changed |= authored
                for i in authored:
                    self.hay[i] = self._hay(self.ideas[i])
        if "agenda" in kinds:
            items = {a.id: a.title for a in store.agenda.list()}
            if items != self.items:
                self.items = items
                changed |= {i for i, idea in self.ideas.items()
                            if idea.agenda_item_id is not None}
        if "session" in kinds:
            self.hide_authors = store.session.get().hide_authors
        if "ideas" in kinds:
            known = self._rows
            if only is None:
                rows = store.ideas.rows()
                gone = known.keys() - {r[0] for r in rows}
            else:
                rows = store.ideas.rows(sorted(only))
                # (the ids asked for, never all the known ones: 20,000 at ten times the forum)
                gone = {i for i in only if i in known} - {r[0] for r in rows}
            for iid in gone:
                changed.update(self.dups.others(iid))  # their duplicate mark may go
                self.dups.remove(iid)
                self.folded.pop(iid, None)
                self.hay.pop(iid, None)
                del known[iid]
                del self.ideas[iid]
            last = next(reversed(self.ideas), 0) if self.ideas else 0
            out_of_order = False
            for row in rows:
                iid = row[0]
                old = known.get(iid)
                if old == row:
                    continue
                known[iid] = row
                self.ideas[iid] = Idea(*row)
                changed.add(iid)
                if old is None and iid < last:
                    out_of_order = True   # an undo put back an older idea
                if old is None or old[1] != row[1]:
                    self.folded[iid] = fold(row[1])
                    changed.update(self.dups.others(iid))   # the ones it looked like
                    self.dups.add(iid, row[1])
                    changed.update(self.dups.others(iid))   # the ones it looks like now
                self.hay[iid] = self._hay(self.ideas[iid])
            if out_of_order:
                self.ideas = dict(sorted(self.ideas.items()))
        return changed

    def _hay(self, idea: Idea) -> str:
        return haystack(self.folded[idea.id], self.folded_names.get(idea.author_id, "")
                        if idea.author_id is not None else "")

    def footer(self, idea: Idea) -> str:
        parts = []
        if idea.author_id is not None and idea.author_id in self.names:
            parts.append(self.names[idea.author_id])
        if idea.agenda_item_id is not None and idea.agenda_item_id in self.items:
            parts.append(self.items[idea.agenda_item_id])
        return " · ".join(parts)

    def color(self, theme_id: int | None) -> str:
        """The card colour of a theme's ideas (light enough for dark text)."""
        return self.note_colors.get(theme_id, UNTHEMED_COLOR) if theme_id is not None \
            else UNTHEMED_COLOR

    def header_color(self, theme_id: int | None) -> str:
        """The theme's own colour, for its header and chip."""
        return self.theme_color.get(theme_id, UNTHEMED_COLOR) if theme_id is not None \
            else "#e4e7eb"



def _changed_rows(old: list[int], new: list[int], changed: set[int],
                  limit: int) -> tuple[int, int] | None:
    """The first and last rows (below `limit`) whose card differs between two versions of a
    column, or shows an idea in `changed`; None when none does. The common start and end
    are skipped by comparing slices (a filter changes the top of every column)."""
    n_old, n_new = len(old), len(new)
    common = min(n_old, n_new, limit)
    first = 0
    if changed:
        first = next((r for r in range(common) if old[r] != new[r] or new[r] in changed),
                     common)
    else:
        step = 64
        while first < common and old[first:first + step] == new[first:first + step]:
            first += step
        first = min(first, common)
        while first < common and old[first] == new[first]:
            first += 1
    if first >= limit:
        return None
    if n_old != n_new and min(n_old, n_new) < limit:   # rows where one of them has ended
        last = min(max(n_old, n_new), limit) - 1
    else:
        last = common - 1
        if changed:
            while last >= first and old[last] == new[last] and new[last] not in changed:
                last -= 1
        else:
            while last >= first and old[last] == new[last]:
                last -= 1
    return (first, last) if last >= first else None


class WallModel(QAbstractTableModel):
    """Ideas laid out as the wall: cells are ideas, columns are themes (and the pile without
    a theme first). Views must reselect by id after `regrouped` (cells shift as ideas move)."""

    aboutToRegroup = Signal()
    regrouped = Signal()
    #: only the counts in the headers of these columns changed (first, last): a capture. Not
    #: headerDataChanged, after which a QTableView lays itself out again and repaints every card
    #: on screen; the wall's header repaints just those sections.
    countsChanged = Signal(int, int)
    MAX_FLOW = 8
    #: the wall keeps 2 to ROW_STEP + 1 empty rows below its longest column, and adds rows
    #: that many at a time: a card captured at the bottom then usually lands in a row the view
    #: already has (one cell repainted), instead of a new row (the whole view laid out again);
    #: and the cell after it always exists, so the wall can keep it in view (next_cell)
    ROW_STEP = 4
    #: filters kept while the data stays the same (see _filtered)
    FILTER_MEMO = 32

    def __init__(self, ctx: SessionContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data_ = WallData(ctx.store)
        self.filter = IdeaFilter()
        self.visible_columns = 1
        self.fresh_id: int | None = None
        #: the idea being saved, shown at once (see show_pending): (idea, footer, duplicate
        #: mark, the fresh card before it), or None
        self._pending: tuple | None = None
        self._prep_version = -1
        self._prep: dict = {}
        self._owed_fresh: int | None = None     # see show_pending / pay_owed
        self._owed_counts: list[int] = []
        #: the cell the waiting card left during a reread: (row, column, what it showed, the
        #: columns of its group)
        self._vacated: tuple | None = None
        #: after `regrouped`: the themes (None: no theme) whose counts alone changed (a
        #: capture), or None when anything else may have changed
        self.counts_only: set | None = None
        # ideas the engine measured as changed since the last reread (ctx.rowsChanged)
        self._touched: set[int] = set()
        self._measured = False
        self._col_theme: list[int | None] = []
        self._cols: list[list[int]] = []
        self._rows = 0
        self._headers: list[tuple] = []
        self.shown_counts: dict[int | None, int] = {}
        self.counts: dict[int | None, int] = {}
        self.shown_total = 0
        self._apply(*self._layout(), changed=set(), reset=True)
        ctx.rowsChanged.connect(self._rows_changed)

    def _rows_changed(self, rows: dict) -> None:
        """What a change touched, measured by the engine (any client's: this window's, a
        phone's): the next reread of the ideas reads just those rows."""
        self._measured = True
        self._touched |= rows.get("idea", frozenset())

    # -- layout -----------------------------------------------------------------------------
    def _layout(self) -> tuple[list[int | None], list[list[int]]]:
        """The wall's columns (their themes, their ideas) for the data and the filter now.
        Kept while the data stays the same (a letter typed then erased finds its wall again);
        the caller gets its own lists."""
        prep = self._prepared()
        key = (self.filter.key(), self.visible_columns, self.fresh_id)
        kept = prep["layouts"].get(key)
        if kept is None:
            kept = self._compute_layout()
            kept = (kept, dict(self.shown_counts), self.shown_total, dict(self.counts))
            prep["layouts"][key] = kept
            if len(prep["layouts"]) > self.FILTER_MEMO:
                del prep["layouts"][next(iter(prep["layouts"]))]
        (col_theme, cols), shown_counts, shown_total, counts = kept
        self.shown_counts, self.shown_total = dict(shown_counts), shown_total
        self.counts = dict(counts)
        return list(col_theme), [list(c) for c in cols]

    def _compute_layout(self) -> tuple[list[int | None], list[list[int]]]:
        d = self.data_
        flt = self.filter
        groups: dict[int | None, list[int]] = {None: []}
        for t in d.themes:
            groups[t.id] = []
        use_filter = flt.active
        ideas = d.ideas
        if use_filter:
            shown = self._filtered(flt)
            for iid in shown:
                theme_id = ideas[iid].theme_id
                groups[theme_id if theme_id in groups else None].append(iid)
            fresh = ideas.get(self.fresh_id) if self.fresh_id is not None else None
            if fresh is not None and not self._accepted(flt, fresh):
                # the idea captured last shows even when the filters would hide it
                bisect.insort(groups[fresh.theme_id if fresh.theme_id in groups else None],
                              fresh.id)
        else:
            for iid, idea in ideas.items():
                groups[idea.theme_id if idea.theme_id in groups else None].append(iid)
        self.shown_counts = {k: len(v) for k, v in groups.items()}
        self.shown_total = sum(self.shown_counts.values())
        self.counts = dict(self._all_counts(groups)) if use_filter \
            else dict(self.shown_counts)
        if flt.theme_id is not ANY:
            order: list[int | None] = [flt.theme_id if flt.theme_id in groups else None]
        else:
            order = [None] + [t.id for t in d.themes]
        col_theme: list[int | None] = []
        cols: list[list[int]] = []
        first = order[0]
        # the pile without a theme (or a lone theme) flows over the room the others leave
        flow = max(1, min(self.MAX_FLOW, self.visible_columns - (len(order) - 1)))
        pile = groups[first]
        for k in range(flow):
            col_theme.append(first)
            cols.append(pile[k::flow])
        for key in order[1:]:
            col_theme.append(key)
            cols.append(groups[key])
        return col_theme, cols

    # -- the filter, kept while the data stays the same ------------------------------------------
    def _prepared(self) -> dict:
        """What the filter reads, prepared once per state of the data (WallData.version):
        the ideas per group, and the filters already applied (each idea's haystack is kept
        up to date by WallData)."""
        d = self.data_
        if self._prep_version != d.version:
            self._prep_version = d.version
            self._prep = {"counts": None, "memo": {}, "layouts": {}}
        return self._prep

    def _haystacks(self) -> dict[int, str]:
        return self.data_.hay

    def _accepted(self, flt: IdeaFilter, idea: Idea) -> bool:
        return flt.accepts_hay(idea, self._haystacks()[idea.id] if flt.key()[0] else "")

    def _filtered(self, flt: IdeaFilter) -> list[int]:
        """The ids the filter accepts, in id order. A filter applied before is found again
        (a letter erased); a search typed further looks only among the ideas the shorter one
        showed (IdeaFilter.narrows): at ten times the grand forum, a keystroke reads a few
        hundred ideas instead of 20,000."""
        memo = self._prepared()["memo"]
        key = flt.key()
        if key in memo:
            memo[key] = memo.pop(key)   # the most recent last
            return memo[key][1]
        ideas = self.data_.ideas
        pool: list[int] | None = None
        for wider, ids in memo.values():
            if flt.narrows(wider) and (pool is None or len(ids) < len(pool)):
                pool = ids
        shown = flt.select(pool if pool is not None else ideas, ideas, self._haystacks())
        memo[key] = (flt, shown)
        if len(memo) > self.FILTER_MEMO:
            del memo[next(iter(memo))]
        return shown

    def _all_counts(self, groups: dict) -> dict:
        """Ideas per group, filters aside (a header says « 3/12 »)."""
        prep = self._prepared()
        if prep["counts"] is None or prep["counts"].keys() != groups.keys():
            counts = dict.fromkeys(groups, 0)
            for idea in self.data_.ideas.values():
                counts[idea.theme_id if idea.theme_id in counts else None] += 1
            prep["counts"] = counts
        return prep["counts"]

    def _header(self, col: int) -> tuple:
        key = self._col_theme[col]
        first_of_group = col == 0 or self._col_theme[col - 1] != key
        return (key, first_of_group, self.shown_counts.get(key, 0), self.counts.get(key, 0),
                self._theme_title(key), self.data_.header_color(key), self.number(key))

    def _theme_title(self, theme_id: int | None) -> str:
        t = self.data_.theme_by_id.get(theme_id) if theme_id is not None else None
        return t.title if t is not None else self.tr("No theme")

    def number(self, theme_id: int | None) -> int | None:
        """The key that moves ideas to this theme: 1–9 for the first nine, 0 for none."""
        if theme_id is None:
            return 0
        for n, t in enumerate(self.data_.themes[:9], start=1):
            if t.id == theme_id:
                return n
        return None

    @classmethod
    def padded(cls, rows: int) -> int:
        """The rows the view gets for `rows` rows of cards (see ROW_STEP)."""
        return 0 if rows <= 0 else ((rows + 1) // cls.ROW_STEP + 1) * cls.ROW_STEP

    def _apply(self, col_theme, cols, changed: set[int], reset: bool = False) -> None:
        new_rows = self.padded(max((len(c) for c in cols), default=0))
        self._shown = set(itertools.chain.from_iterable(cols))
        if reset or col_theme != self._col_theme:
            self.beginResetModel()
            self._col_theme, self._cols, self._rows = col_theme, cols, new_rows
            self._headers = [self._header(c) for c in range(len(cols))]
            self.endResetModel()
            return
        self._swap_columns(cols, range(len(cols)), changed)
        headers = [self._header(c) for c in range(len(cols))]
        if headers != self._headers:
            self._headers = headers
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(cols) - 1)

    def _swap_columns(self, cols: list[list[int]], columns, changed: set[int]) -> None:
        """Show `cols` (the same columns, other cards): rows removed or added at the bottom,
        and in each of `columns` only the rows whose card changed told to the views."""
        old_cols, old_rows = self._cols, self._rows
        new_rows = self.padded(max((len(c) for c in cols), default=0))
        if new_rows < old_rows:
            self.beginRemoveRows(QModelIndex(), new_rows, old_rows - 1)
            self._rows = new_rows
            self.endRemoveRows()
        self._cols = cols
        limit = min(old_rows, new_rows)
        for c in columns:
            old, new = old_cols[c], cols[c]
            if old == new and (not changed or changed.isdisjoint(new)):
                continue
            span = _changed_rows(old, new, changed, limit)
            if span is not None:
                self.dataChanged.emit(self.index(span[0], c), self.index(span[1], c))
        if new_rows > old_rows:
            self.beginInsertRows(QModelIndex(), old_rows, new_rows - 1)
            self._rows = new_rows
            self.endInsertRows()

    def reload(self, kinds: set | None = None) -> None:
        """Reread the store for these kinds and show what changed."""
        kinds = kinds if kinds is not None else {"ideas", "themes", "participants", "agenda",
                                                 "session"}
        self.counts_only = None
        self.aboutToRegroup.emit()
        self._take_pending(vacate=True)   # the saved idea, read now, takes its place
        only = None
        if "ideas" in kinds:
            # the changed ideas are known when every change since the last reread was measured
            if self._measured:
                only = self._touched
            self._touched = set()
        self._measured = False
        changed = self.data_.load(kinds, only)
        if "themes" in kinds:   # a colour or a title may have changed: every card may show it
            changed |= self.data_.ideas.keys()
        if self.fresh_id is not None and self.fresh_id not in self.data_.ideas:
            self.fresh_id = None
        if not (kinds == {"ideas"} and (self._append_new(changed)
                                         or self._change_known(changed))):
            self._apply(*self._layout(), changed=changed)
        self._repaint_vacated()
        self.regrouped.emit()

    def _append_new(self, changed: set[int]) -> bool:
        """New ideas at the end, with no filter on (a capture, or a burst of phones' ideas told
        in one change): put each at the end of its group, exactly where _layout would, without
        regrouping the whole wall (2,000 ideas or 20,000)."""
        d = self.data_
        if not changed or self.filter.active or not self._cols or len(changed) > len(d.ideas):
            return False
        new = list(itertools.islice(reversed(d.ideas), len(changed)))[::-1]
        if set(new) != changed or not self._shown.isdisjoint(new):
            return False  # not only new ideas at the end (an edit, a move, an undo…)
        keys = [self._group_key(d.ideas[iid].theme_id) for iid in new]
        return self._append_cards(new, keys)

    #: at most this many ideas changed are placed one by one (_change_known); more regroup
    KNOWN_AT_ONCE = 64

    def _change_known(self, changed: set[int]) -> bool:
        """Ideas already on the wall changed (moved to another theme with a number key, edited,
        marked as looking alike), with no filter on: take each out of its group and put it in
        its new one where _layout would (groups are in id order), and tell the views only the
        rows that moved in those columns — not a regrouping of 20,000 ideas in 600 columns."""
        d = self.data_
        if (not changed or len(changed) > self.KNOWN_AT_ONCE or self.filter.active
                or not self._cols or not changed <= self._shown
                or len(self._shown) != len(d.ideas)):   # (an idea removed or added)
            return False
        groups = self._groups()
        where = {}
        for c, col in enumerate(self._cols):
            for iid in changed.intersection(col):
                where[iid] = self._col_theme[c]
        moves = [(iid, where[iid], self._group_key(d.ideas[iid].theme_id))
                 for iid in sorted(changed)]
        if any(new not in groups for _i, _old, new in moves):
            return False
        lists: dict = {}   # group -> its ideas in order, for the groups that change

        def members(key):
            if key not in lists:
                columns = groups[key]
                out: list = [None] * sum(len(self._cols[c]) for c in columns)
                for k, c in enumerate(columns):
                    out[k::len(columns)] = self._cols[c]
                lists[key] = out
            return lists[key]

        for iid, old, new in moves:
            if old != new:
                members(old).remove(iid)
                bisect.insort(members(new), iid)
                self._count(old, -1)
                self._count(new, +1)
        cols = list(self._cols)
        touched_columns = []
        for key, out in lists.items():
            columns = groups[key]
            for k, c in enumerate(columns):
                cols[c] = out[k::len(columns)]
                touched_columns.append(c)
        edited = {old for _i, old, new in moves if old == new}   # cards changed in place
        self._swap_columns(cols, sorted(set(touched_columns)
                                        | {c for k in edited for c in groups[k]}), changed)
        if touched_columns:
            self._recount(sorted(set(touched_columns)))
        self.counts_only = set(lists)
        return True

    def _group_key(self, theme_id: int | None) -> int | None:
        return theme_id if theme_id in self.data_.theme_by_id else None

    def _groups(self) -> dict[int | None, list[int]]:
        """The columns of each group (the pile flows over several)."""
        groups: dict[int | None, list[int]] = {}
        for c, k in enumerate(self._col_theme):
            groups.setdefault(k, []).append(c)
        return groups

    def next_cell(self, theme_id: int | None) -> QModelIndex:
        """Where the next idea of this theme (None: no theme) will land: the wall keeps that
        empty cell in view after a capture, so the next card is painted without scrolling."""
        key = self._group_key(theme_id)
        group = self._groups().get(key)
        if not group:
            return QModelIndex()
        size = sum(len(self._cols[c]) for c in group)
        col = group[size % len(group)] if key is None else group[0]
        row = len(self._cols[col])
        return self.index(row, col) if row < self._rows else QModelIndex()

    def _append_cards(self, new: list[int], keys: list[int | None], *,
                      quiet: bool = False) -> bool:
        """Put each card at the end of its group, where _layout would; False when a group
        is not on the wall (nothing done). `quiet`: the headers' new counts are owed
        (`pay_owed` tells the views), only the cards' cells are told now."""
        groups = self._groups()
        if any(k not in groups for k in keys):
            return False
        sizes = {k: sum(len(self._cols[c]) for c in groups[k]) for k in set(keys)}
        touched: dict[int, list[int]] = {}          # column -> its rows that got a card
        for iid, key in zip(new, keys):
            group = groups[key]
            # the pile flows over its columns: element j goes to column j % flow
            col = group[sizes[key] % len(group)] if key is None else group[0]
            sizes[key] += 1
            touched.setdefault(col, []).append(len(self._cols[col]))
            self._cols[col].append(iid)
            self._shown.add(iid)
            self._count(key, +1)
        self._replace_vacated(touched)
        for col, rows in touched.items():
            if not rows:
                continue
            first, last = rows[0], min(rows[-1], self._rows - 1)
            if first <= last:
                self.dataChanged.emit(self.index(first, col), self.index(last, col))
        longest = max(len(self._cols[c]) for c in touched)
        if longest + 1 >= self._rows:   # the cell after the last card must exist
            rows = self.padded(longest)
            self.beginInsertRows(QModelIndex(), self._rows, rows - 1)
            self._rows = rows
            self.endInsertRows()
        columns = [c for k in set(keys) for c in groups[k]]
        if quiet:
            for c in columns:
                self._headers[c] = self._header(c)
            self._owed_counts = columns
        else:
            self._recount(columns)
        self.counts_only = set(keys)
        return True

    def _replace_vacated(self, touched: dict[int, list[int]]) -> None:
        """The saved idea lands in the cell its card left, looking the same: that cell is not
        painted again (the room already sees it), and it stays the fresh card."""
        if self._vacated is None:
            return
        row, col, card, _group = self._vacated
        rows = touched.get(col, [])
        if row not in rows:
            return
        iid = self._cols[col][row]
        if self.data(self.index(row, col), CardRole)[:4] != card[:4]:
            return
        self._vacated = None
        self.fresh_id = iid
        rows.remove(row)

    def _count(self, key: int | None, step: int) -> None:
        self.shown_counts[key] = self.shown_counts.get(key, 0) + step
        self.counts[key] = self.counts.get(key, 0) + step
        self.shown_total += step

    def _recount(self, columns: list[int]) -> None:
        """The headers of these columns say their new counts (only the counts changed)."""
        for c in columns:
            self._headers[c] = self._header(c)
        if columns:
            self.countsChanged.emit(min(columns), max(columns))

    # -- the card being saved -----------------------------------------------------------------
    def show_pending(self, text: str, theme_id: int | None, item_id: int | None,
                     author: str) -> QModelIndex:
        """Show the idea being saved at once, where the saved idea will land, outlined as the
        fresh card: Enter → card painted does not wait for the commit and the rereads after
        it. The next reread of the ideas puts the saved idea in its place; `drop_pending`
        takes it back when the file refused it. Returns its cell, invalid when it cannot be
        shown simply (a filter on, another card already waiting): the wall then shows the
        idea once saved, as before."""
        if self._pending is not None or self.filter.active or not self._cols:
            return QModelIndex()
        key = self._group_key(theme_id)
        idea = Idea(PENDING_ID, text, key, item_id, None)
        _text, _color, footer, mark = self.card_of(text, theme_id, item_id, author)
        self._pending = (idea, footer, mark, self.fresh_id)
        if not self._append_cards([PENDING_ID], [key], quiet=True):
            self._pending = None
            return QModelIndex()
        # the card before loses its outline, and the header says the new count, a moment
        # later (`pay_owed`): painting them is not the room's wait for the new card
        self._owed_fresh, self.fresh_id = self.fresh_id, PENDING_ID
        return self.index_of(PENDING_ID)

    def card_of(self, text: str, theme_id: int | None, item_id: int | None,
                author: str) -> tuple[str, str, str, str]:
        """What the card of an idea about to be captured will show: (text, colour, footer,
        duplicate mark), as CardRole says once it is saved."""
        footer = " · ".join(p for p in (author, self.data_.items.get(item_id, "")) if p)
        return (text, self.data_.color(self._group_key(theme_id)), footer,
                "≈" if self.data_.dups.matches(text) else "")

    def pay_owed(self) -> None:
        """Tell the views what show_pending left for after the new card's paint."""
        owed, self._owed_fresh = self._owed_fresh, None
        if owed is not None:
            idx = self.index_of(owed)
            if idx.isValid():
                self.dataChanged.emit(idx, idx, [FreshRole])
        columns, self._owed_counts = self._owed_counts, []
        if columns:
            self.countsChanged.emit(min(columns), max(columns))

    def drop_pending(self) -> None:
        """The idea shown at once was not saved: its card goes, the wall is as before."""
        if self._pending is None:
            return
        fresh = self._pending[3]
        self.pay_owed()
        self._take_pending()
        self.set_fresh(fresh if fresh in self.data_.ideas else None)

    def _take_pending(self, vacate: bool = False) -> None:
        """Take the waiting card off the wall: its cell is repainted (empty), or, with
        `vacate` (a reread), kept for the saved idea that lands there (see _replace_vacated)."""
        if self._pending is None:
            return
        idea = self._pending[0]
        card = self._pending_data(CardRole)
        self._pending = None
        if self.fresh_id == PENDING_ID:
            self.fresh_id = None
        for c, col in enumerate(self._cols):
            if col and col[-1] == PENDING_ID:
                col.pop()
                self._shown.discard(PENDING_ID)
                self._count(idea.theme_id, -1)
                group = [c2 for c2, k in enumerate(self._col_theme) if k == idea.theme_id]
                for c2 in group:
                    self._headers[c2] = self._header(c2)
                self._vacated = (len(col), c, card, group)
                if not vacate:
                    self._repaint_vacated()
                return

    def _repaint_vacated(self) -> None:
        """The cell a waiting card left, when no saved idea took it as it was: painted again."""
        if self._vacated is not None:
            row, col, _card, group = self._vacated
            self._vacated = None
            if col < len(self._cols) and row < self._rows:
                cell = self.index(row, col)
                self.dataChanged.emit(cell, cell)
            self._recount([c for c in group if c < len(self._cols)])

    def set_filter(self, flt: IdeaFilter) -> None:
        self.counts_only = None
        self.aboutToRegroup.emit()
        self.filter = flt
        self._apply(*self._layout(), changed=set())
        self.regrouped.emit()

    def set_visible_columns(self, n: int) -> None:
        """How many columns the view shows at once: the pile flows over those left free."""
        n = max(1, n)
        if n == self.visible_columns:
            return
        self.counts_only = None
        self.aboutToRegroup.emit()
        self.visible_columns = n
        self._apply(*self._layout(), changed=set())
        self.regrouped.emit()

    def set_fresh(self, idea_id: int | None) -> None:
        """Mark the idea captured last (outlined; shown even when the filters would hide it)."""
        if idea_id == self.fresh_id and not self.filter.active:
            return   # (the saved idea that took its waiting card's place: painted already)
        old, self.fresh_id = self.fresh_id, idea_id
        if self.filter.active:
            self.set_filter(self.filter)
        for iid in (old, idea_id):
            if iid is not None:
                idx = self.index_of(iid)
                if idx.isValid():
                    self.dataChanged.emit(idx, idx, [FreshRole])

    # -- lookups ----------------------------------------------------------------------------
    def idea_id(self, index: QModelIndex) -> int | None:
        if not index.isValid() or index.row() >= self._rows or index.column() >= len(self._cols):
            return None
        col = self._cols[index.column()]
        return col[index.row()] if index.row() < len(col) else None

    def idea(self, index: QModelIndex) -> Idea | None:
        iid = self.idea_id(index)
        return self.data_.ideas.get(iid) if iid is not None else None

    def index_of(self, idea_id: int) -> QModelIndex:
        if idea_id == PENDING_ID:   # always the last card of its column
            for c, col in enumerate(self._cols):
                if col and col[-1] == PENDING_ID:
                    return self.index(len(col) - 1, c)
            return QModelIndex()
        for c, col in enumerate(self._cols):
            if idea_id in col:
                return self.index(col.index(idea_id), c)
        return QModelIndex()

    def column_theme(self, column: int) -> int | None:
        return self._col_theme[column] if 0 <= column < len(self._col_theme) else None

    def column_of_theme(self, theme_id: int | None) -> int:
        try:
            return self._col_theme.index(theme_id)
        except ValueError:
            return -1

    def column_length(self, column: int) -> int:
        return len(self._cols[column]) if 0 <= column < len(self._cols) else 0

    def theme_for_number(self, n: int) -> tuple[bool, int | None]:
        """(found, theme id) for the key n (0: no theme)."""
        if n == 0:
            return True, None
        themes = self.data_.themes
        return (True, themes[n - 1].id) if 1 <= n <= min(9, len(themes)) else (False, None)

    def theme_title(self, theme_id: int | None) -> str:
        return self._theme_title(theme_id)

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._cols)

    def flags(self, index):
        iid = self.idea_id(index)
        if iid is None:
            return Qt.ItemFlag.NoItemFlags
        if iid == PENDING_ID:
            return Qt.ItemFlag.ItemIsEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        iid = self.idea_id(index)
        if iid is None:
            return None
        d = self.data_
        if iid == PENDING_ID:
            return self._pending_data(role)
        idea = d.ideas[iid]
        if role == CardRole:
            return (idea.text, d.color(idea.theme_id if idea.theme_id in d.theme_by_id else None),
                    d.footer(idea), "≈" if d.dups.others(iid) else "", iid == self.fresh_id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return idea.text
        if role == IdRole:
            return iid
        if role == ColorRole:
            return d.color(idea.theme_id if idea.theme_id in d.theme_by_id else None)
        if role == FooterRole:
            return d.footer(idea)
        if role == DuplicateRole:
            return bool(d.dups.others(iid))
        if role == FreshRole:
            return iid == self.fresh_id
        if role == ThemeRole:
            return idea.theme_id
        if role == Qt.ItemDataRole.ToolTipRole:
            text = idea.text if len(idea.text) <= 1500 else idea.text[:1500] + " …"
            footer = d.footer(idea)
            tip = text + ("\n— " + footer if footer else "")
            if d.dups.others(iid):
                tip += "\n" + self.tr(
                    "≈ Looks like another idea (Ctrl+J merges the selected ideas)")
            merged = self.ctx.store.ideas.merged_texts(iid)   # read on hover only
            if merged:
                tip += "\n\n" + self.tr("Merged with:") + "".join(
                    "\n• " + (t if len(t) <= 300 else t[:300] + " …") for t in merged)
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return idea.text[:300]
        return None

    def _pending_data(self, role):
        """What the card being saved shows: its text, its theme's colour, the author and
        agenda item typed, the duplicate mark; nothing else is asked of it before it is saved
        (it is not selectable, not editable)."""
        idea, footer, mark, _fresh = self._pending
        if role == CardRole:
            return (idea.text, self.data_.color(idea.theme_id), footer, mark, True)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return idea.text[:300] if role == Qt.ItemDataRole.AccessibleTextRole else idea.text
        if role == FreshRole:
            return True
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._headers)):
            return None
        key, first, shown, total, title, color, number = self._headers[section]
        count = str(total) if shown == total else f"{shown}/{total}"
        prefix = f"{number} · " if number is not None else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{prefix}{title} ({count})" if first else ""
        if role == TitleRole:
            return prefix + title if first else ""
        if role == CountTextRole:
            return count if first else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = title + "\n" + count_text(total, self.tr("%1 idea"), self.tr("%1 ideas"))
            if number is not None:
                tip += "\n" + self.tr("Key %1 moves the selected ideas here").replace(
                    "%1", str(number))
            return tip
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(color)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(ink_on(color))
        if role == ThemeRole:
            return key
        if role == CountRole:
            return total
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        idea = self.idea(index)
        if idea is None or role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        text = value.strip()
        if not text or text == idea.text:
            return False
        store = self.ctx.store
        self.ctx.do(ops.ideas.edit.label(store, idea.id, text),
                    lambda: ops.ideas.edit(store, idea.id, text))
        return True

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids = []
        for i in indexes:
            iid = self.idea_id(i)
            if iid is not None and iid not in ids:
                ids.append(iid)
        return encode_ids(ids)

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.CopyAction


def count_text(n: int, one: str, many: str) -> str:
    """A count in words: `one` ("%1 idea") or `many` ("%1 ideas"), both already translated;
    zero is singular in French (« 0 idée ») and plural in English."""
    from facilitator.i18n import current_language

    singular = n == 1 or (n == 0 and current_language() == "fr")
    return (one if singular else many).replace("%1", str(n))


def short(text: str, n: int = 40) -> str:
    """An idea in an undo label or a message: first line, at most n characters."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= n and "\n" not in text.strip() else line[:n].rstrip() + "…"


class ThemesModel(QAbstractListModel):
    """The themes, with counts, after a first row for the ideas without a theme. Rename in
    place; dropping ideas on a row moves them there (`moveRequested`)."""

    moveRequested = Signal(list, object)   # idea ids, theme id (None: no theme)

    def __init__(self, wall: WallModel, parent=None) -> None:
        super().__init__(parent)
        self.wall = wall
        self.ctx = wall.ctx
        self._rows: list[tuple] = self._snapshot()
        wall.regrouped.connect(self._refresh)

    def _snapshot(self) -> list[tuple]:
        w = self.wall
        rows = [(None, w.theme_title(None), w.data_.header_color(None), w.counts.get(None, 0),
                 w.shown_counts.get(None, 0), 0)]
        for n, t in enumerate(w.data_.themes, start=1):
            rows.append((t.id, t.title, w.data_.header_color(t.id), w.counts.get(t.id, 0),
                         w.shown_counts.get(t.id, 0), n if n <= 9 else None))
        self._row_of = {r[0]: i for i, r in enumerate(rows)}
        return rows

    def _refresh(self) -> None:
        counted = self.wall.counts_only
        if counted is not None and all(k in self._row_of for k in counted):
            # a capture: only these themes' counts changed — their rows, not all 600 themes
            w = self.wall
            for key in counted:
                i = self._row_of[key]
                row = self._rows[i]
                new_row = row[:3] + (w.counts.get(key, 0), w.shown_counts.get(key, 0), row[5])
                if new_row != row:
                    self._rows[i] = new_row
                    self.dataChanged.emit(self.index(i), self.index(i))
            return
        new = self._snapshot()
        if [r[0] for r in new] != [r[0] for r in self._rows]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        old, self._rows = self._rows, new
        for i, (a, b) in enumerate(zip(old, new)):
            if a != b:
                self.dataChanged.emit(self.index(i), self.index(i))

    def theme_id(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, theme_id: int | None) -> int:
        return self._row_of.get(theme_id, -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDropEnabled)
        return base if index.row() == 0 else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        tid, title, color, total, shown, number = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.EditRole:
            return title
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(color)
        if role == IdRole:
            return tid
        if role == ColorRole:
            return color
        if role == CountRole:
            return total
        if role == NumberRole:
            return number
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = count_text(total, self.tr("%1 idea"), self.tr("%1 ideas"))
            if shown != total:
                tip += " " + self.tr("(%1 shown)").replace("%1", str(shown))
            if number is not None:
                tip += "\n" + self.tr("Key %1 moves the selected ideas here").replace(
                    "%1", str(number))
            if index.row():
                tip += "\n" + self.tr("F2 renames, Delete deletes (its ideas are kept)")
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return title + ", " + count_text(total, self.tr("%1 idea"), self.tr("%1 ideas"))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.row() == 0 or role != Qt.ItemDataRole.EditRole:
            return False
        if not isinstance(value, str) or not value.strip():
            return False
        tid, title = self._rows[index.row()][:2]
        value = value.strip()
        if value == title:
            return False
        store = self.ctx.store
        self.ctx.do(ops.ideas.rename_theme.label(store, tid, value),
                    lambda: ops.ideas.rename_theme(store, tid, value))
        return True

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasFormat(MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        ids = decode_ids(data)
        if not ids:
            return False
        target = parent.row() if parent.isValid() else row
        if not (0 <= target < len(self._rows)):
            return False
        self.moveRequested.emit(ids, self._rows[target][0])
        return False  # nothing to remove from the source: the move is a command

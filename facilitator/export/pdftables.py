"""Long tables of the PDF report laid out page by page (see Rows)."""
from __future__ import annotations

from reportlab.platypus import Flowable, LongTable, Table, TableStyle

#: The height a long table tells its frame (points): more than any page.
TALL = 100_000.0
#: A table longer than this many rows is laid out page by page (see Rows).
PIECE_ROWS = 20


class Rows(Flowable):
    """A long table laid out in page-sized pieces, each its own Table with the header row.

    reportlab splits a table at a page break by copying every style command of the rows left
    (and re-measuring them): the heat map's per-cell colours were copied again at every page,
    so 10x the actors cost 28x the commands. Here a page gets a Table of a few more rows than
    the last page held, with the commands of those rows only (kept per row), cut where the page
    ends; the work grows with the rows, whatever the number of pages.

    Each row's height is kept once a piece has measured it (the column widths are fixed), and
    every later piece is given the heights it knows: a row measured for a page it did not fit
    on, or to know whether the rest fits, is not measured again (its cells are wrapped once to
    lay the pages out, once more to be drawn)."""

    def __init__(self, rows: list[list], widths: list[float], cmds: list) -> None:
        super().__init__()
        self.rows, self.widths = rows, widths   # rows[0] is the header, repeated on each page
        self.start = 1                          # the first row not yet laid out
        n = len(rows)
        self.heights: list[float | None] = [None] * n   # each row's, once measured
        self.common, self.ranges, self.per_row = [], [], {}
        for cmd in cmds:
            (c0, r0), (c1, r1) = cmd[1], cmd[2]
            r0, r1 = r0 % n if r0 < 0 else r0, r1 % n if r1 < 0 else r1
            cmd = (cmd[0], (c0, r0), (c1, r1), *cmd[3:])
            if r0 == r1 and r0 > 0:
                self.per_row.setdefault(r0, []).append(cmd)
            elif r0 <= 1 and r1 >= n - 1:
                self.common.append(cmd)    # the whole table, or the header and all rows
            else:
                self.ranges.append(cmd)    # a few partial ranges
        self.guess = PIECE_ROWS                 # rows a page holds (then: the last page's)
        self._whole = None
        self._moved = False                     # already sent to a fresh page once
        self.hAlign = "LEFT"

    def _piece(self, a: int, b: int, split: bool = False) -> Table:
        """A Table of the header and rows a..b-1 with their style."""
        rows = [self.rows[0]] + self.rows[a:b]
        last = len(rows) - 1

        def at(r: int) -> int:
            return 0 if r == 0 else r - a + 1

        cmds = []
        for cmd in self.common:
            (c0, r0), (c1, r1) = cmd[1], cmd[2]
            if r1 == 0:
                cmds.append(cmd)
                continue
            args = list(cmd[3:])
            if cmd[0] == "ROWBACKGROUNDS":   # the stripes go on where the last page stopped
                k = (a - max(r0, 1)) % len(args[0])
                args[0] = args[0][k:] + args[0][:k]
            cmds.append((cmd[0], (c0, 0 if r0 == 0 else 1), (c1, last), *args))
        for cmd in self.ranges:
            (c0, r0), (c1, r1) = cmd[1], cmd[2]
            lo, hi = max(r0, a), min(r1, b - 1)
            if r1 == 0:
                cmds.append(cmd)
            elif lo <= hi:
                cmds.append((cmd[0], (c0, 0 if r0 == 0 else at(lo)), (c1, at(hi)), *cmd[3:]))
        for r in range(a, b):
            for cmd in self.per_row.get(r, ()):
                cmds.append((cmd[0], (cmd[1][0], at(r)), (cmd[2][0], at(r)), *cmd[3:]))
        known = [self.heights[0]] + self.heights[a:b]
        t = LongTable(rows, colWidths=self.widths, repeatRows=1, splitInRow=int(split),
                      hAlign="LEFT", rowHeights=known)
        if None in known and not split:
            t._facilitator_rows = a          # its heights are kept once measured (_keep)
        t.setStyle(TableStyle(cmds))
        return t

    def _keep(self, t: Table) -> None:
        """Keep the row heights the piece t measured (on wrap or split)."""
        a = getattr(t, "_facilitator_rows", None)
        measured = getattr(t, "_rowHeights", None)
        if a is None or measured is None or len(measured) != len(t._cellvalues):
            return
        self.heights[0] = measured[0]
        self.heights[a:a + len(measured) - 1] = measured[1:]
        t._facilitator_rows = None
        if None not in measured:     # and t itself is not measured again (a wrap before draw)
            t._argH = list(measured)

    def _rest(self, start: int, guess: int) -> "Rows":
        rest = Rows.__new__(Rows)
        Flowable.__init__(rest)
        for key in ("rows", "widths", "common", "ranges", "per_row", "hAlign", "heights"):
            setattr(rest, key, getattr(self, key))    # the same rows and commands
        rest.start, rest.guess, rest._whole, rest._moved = start, guess, None, False
        return rest

    def _remaining(self, aw: float):
        """The Table of all the rows left, when they may fit on this page (else None: a
        page's worth of rows is laid out at a time)."""
        if len(self.rows) - self.start > self.guess + 2:
            return None
        if self._whole is None:
            self._whole = self._piece(self.start, len(self.rows))
        return self._whole

    def wrap(self, aw: float, ah: float):
        self.width = sum(self.widths)
        whole = self._remaining(aw)
        # many rows left: taller than any page, so that the frame asks for a split (and a
        # heading kept with it is not moved to the next page for nothing)
        self.height = self._measure(whole, aw, ah) if whole is not None else TALL
        return self.width, self.height

    def _measure(self, whole: Table, aw: float, ah: float) -> float:
        """The height of the rows left (one Table), measured once: no later wrap or split of
        it measures its rows again."""
        height = whole.wrap(aw, ah)[1]
        self._keep(whole)
        return height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        n = len(self.rows)
        whole = self._remaining(aw)
        if whole is not None:
            if self._measure(whole, aw, ah) <= ah:
                return [whole]
            t, m = whole, n - self.start
            parts = t.split(aw, ah)
        else:
            # a piece a little longer than the last page's rows, cut where the page ends
            # (Table.split measures it: no wrap before)
            m = min(n - self.start, self.guess + 2)
            while True:
                t = self._piece(self.start, self.start + m)
                parts = t.split(aw, ah)
                self._keep(t)
                if len(parts) != 1 or self.start + m >= n:
                    break
                m = min(n - self.start, 2 * m)     # the whole piece fits: take more rows
        if not parts:
            if not self._moved:                 # not even one row fits: on the next page
                self._moved = True
                return []
            b = self.start + 1                  # a row taller than a whole page: cut inside it
            first = self._piece(self.start, b, split=True)
            return [first] + ([self._rest(b, self.guess)] if b < n else [])
        if len(parts) == 1:
            return [parts[0]] + ([self._rest(self.start + m, self.guess)]
                                 if self.start + m < n else [])
        k = len(parts[0]._cellvalues) - 1       # rows of this page (the header apart)
        b = self.start + k
        return [parts[0]] + ([self._rest(b, max(k, 1))] if b < n else [])

    def draw(self) -> None:   # only when every row left fits (wrap measured them)
        t = self._remaining(self.width) or self._piece(self.start, len(self.rows))
        t.wrapOn(self.canv, self.width, self.height)
        t.drawOn(self.canv, 0, 0)

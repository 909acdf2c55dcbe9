"""The role map as tables: actors × the seven roles (name, kind, then a level cell per role,
current and desired), and the coverage of each role per level. Edits become undoable commands
(one `ctx.do` each); the roles, levels and gaps come from the core."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from facilitator import ops
from facilitator import rolemap
from facilitator.i18n import current_language
from facilitator.model import Actor
from facilitator.roles import LEVELS, ROLES, level_label, source
from facilitator_ui.context import SessionContext
from facilitator_ui.icons import icon

NAME, KIND = 0, 1
FIRST_ROLE = 2
#: (current, desired) of a role cell; setData with this role and a pair sets both levels
LEVELS_ROLE = Qt.ItemDataRole.UserRole + 1
#: the role key of a column (role cells and role headers)
ROLE_KEY_ROLE = Qt.ItemDataRole.UserRole + 2


def role_column(key: str) -> int:
    return FIRST_ROLE + [r.key for r in ROLES].index(key)


def column_role(column: int):
    """The Role shown in a column, or None for the name and kind columns."""
    i = column - FIRST_ROLE
    return ROLES[i] if 0 <= i < len(ROLES) else None


def role_help(role, lang: str) -> str:
    """The role's description, for tooltips and the help panel (rich text), with its source."""
    levels = " · ".join(f"{lv} {level_label(lv, lang)}" for lv in LEVELS)
    return (f"<b>{role.label(lang)}</b><br>{role.description(lang)}<br><small>{levels}</small>"
            f"<br><small><i>{source(lang)}</i></small>")


class ActorGridModel(QAbstractTableModel):
    """Rows: actors in their order. Columns: name, kind, the seven roles (ROLES order)."""

    def __init__(self, ctx: SessionContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actors: list[Actor] = []
        self.gaps: list[rolemap.Gap] = []
        # the priority whose map is edited (issue 16): (target, item id); None: the session's
        self.priority: tuple[str, int] | None = None
        self._load()

    def _load(self) -> None:
        self.actors = self.ctx.store.actors.list()
        if self.priority is not None:
            from facilitator import rolemap_priorities

            self.actors = self.ctx.store.priority_roles.actors(*self.priority, self.actors)
            self.gaps = rolemap_priorities.gaps(self.actors)
            return
        self.gaps = rolemap.gaps(self.actors) if self.actors else []

    def set_priority(self, priority: tuple[str, int] | None) -> None:
        """Edit the map of this priority (None: the whole session's)."""
        if priority != self.priority:
            self.priority = priority
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    @staticmethod
    def lang() -> str:
        return current_language()

    def uncovered(self) -> set[str]:
        return {g.role for g in self.gaps if g.kind == "uncovered"}

    def below_desired(self) -> set[str]:
        return {g.role for g in self.gaps if g.kind == "below_desired"}

    def overloaded(self) -> set[int]:
        return {g.actor_id for g in self.gaps if g.kind == "overloaded"}

    def actor(self, row: int) -> Actor:
        return self.actors[row]

    def row_of(self, actor_id: int) -> int:
        return next((i for i, a in enumerate(self.actors) if a.id == actor_id), -1)

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.actors)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else FIRST_ROLE + len(ROLES)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.actors):
                return str(section + 1)
            return None
        r = column_role(section)
        if r is None:
            if role == Qt.ItemDataRole.DisplayRole and section in (NAME, KIND):
                return (self.tr("Actor"), self.tr("Kind"))[section]
            return None
        lang = self.lang()
        if role == Qt.ItemDataRole.DisplayRole:
            return r.label(lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = role_help(r, lang)
            if r.key in self.uncovered():
                tip += "<br><b>" + self.tr("Nobody holds this role at a significant level "
                                           "today.") + "</b>"
            return tip
        if role == Qt.ItemDataRole.DecorationRole and r.key in self.uncovered():
            return icon("fa5s.exclamation-triangle", "#c62828")
        if role == ROLE_KEY_ROLE:
            return r.key
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (NAME, KIND):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.actors):
            return None
        a = self.actors[index.row()]
        col = index.column()
        lang = self.lang()
        if col == NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return a.name
            if a.id in self.overloaded():
                if role == Qt.ItemDataRole.DecorationRole:
                    return icon("fa5s.exclamation-triangle", "#c62828")
                if role == Qt.ItemDataRole.ToolTipRole:
                    gap = next(g for g in self.gaps if g.actor_id == a.id)
                    return rolemap.gap_text(gap, self.actors, lang)
            return None
        if col == KIND:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return rolemap.kind_label(a.kind, lang)
            return None
        r = column_role(col)
        if r is None:
            return None
        current, desired = a.roles.get(r.key, (0, 0))
        if role == LEVELS_ROLE:
            return (current, desired)
        if role == ROLE_KEY_ROLE:
            return r.key
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{current} → {desired}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = (self.tr("%1 as %2: today %3, desired %4")
                    .replace("%1", a.name).replace("%2", r.label(lang))
                    .replace("%3", level_label(current, lang))
                    .replace("%4", level_label(desired, lang)))
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return text
            return f"{role_help(r, lang)}<br>{text}"
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.row() >= len(self.actors):
            return False
        a = self.actors[index.row()]
        store = self.ctx.store
        col = index.column()
        if role == LEVELS_ROLE:
            r = column_role(col)
            if r is None:
                return False
            return self.set_levels([(a.id, r.key, *value)])
        if role != Qt.ItemDataRole.EditRole or col not in (NAME, KIND):
            return False
        if col == NAME:
            name = str(value).strip()
            if not name or name == a.name:
                return False
            self.ctx.do(ops.roles.rename_actor.label(store, a.id, name),
                        lambda: ops.roles.rename_actor(store, a.id, name))
            return True
        kind = str(value) if value is not None else None
        if rolemap.kind_from_text(kind) == a.kind:
            return False
        self.ctx.do(ops.roles.set_kind.label(store, a.id, kind),
                    lambda: ops.roles.set_kind(store, a.id, kind))
        return True

    def set_overload_flag(self, actor_id: int, flagged: bool) -> bool:
        """Mark (or unmark) an actor whose many roles the group sees as a risk: one undoable
        change; the gaps then say it (rolemap.overload_reason)."""
        a = next((x for x in self.actors if x.id == actor_id), None)
        if a is None or a.overload_flag == flagged:
            return False
        store = self.ctx.store
        self.ctx.do(ops.roles.set_overload_flag.label(store, actor_id, flagged),
                    lambda: ops.roles.set_overload_flag(store, actor_id, flagged))
        return True

    def set_levels(self, changes: list[tuple[int, str, int, int]]) -> bool:
        """Set (actor id, role key, current, desired) for one or more cells: one undoable
        change. Cells already at those levels are left out; False when nothing changes."""
        by_id = {a.id: a for a in self.actors}
        todo = [(aid, key, cur, des) for aid, key, cur, des in changes
                if aid in by_id and by_id[aid].roles.get(key, (0, 0)) != (cur, des)
                and cur in LEVELS and des in LEVELS]
        if not todo:
            return False
        store = self.ctx.store
        priority = self.priority   # the map of one priority (issue 16), or None
        said = ops.Said()   # the operation names the change from its one read of the actors
        self.ctx.do(said, lambda: ops.roles.set_levels(store, todo, priority, said=said))
        return True


class CoverageModel(QAbstractTableModel):
    """Rows: the seven roles. Columns: the role, then how many actors hold it at each level
    (0 … 3), shown as "today → desired"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.coverage: list[rolemap.RoleCoverage] = rolemap.coverage([])
        self.status: dict[str, str] = rolemap.role_status([])

    def set_actors(self, actors: list[Actor]) -> None:
        self.beginResetModel()
        self.coverage = rolemap.coverage(actors)
        self.status = rolemap.role_status(actors)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.coverage)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1 + len(LEVELS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 1 + len(LEVELS):
            return None
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Role") if section == 0 else \
                f"{section - 1}\n{level_label(section - 1, lang)}"
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return self.tr("Actors at this level: today → desired")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.coverage):
            return None
        cov = self.coverage[index.row()]
        r = rolemap.role(cov.role)
        lang = current_language()
        status = self.status.get(cov.role, "no_actors")
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return r.label(lang)
            if role == Qt.ItemDataRole.ToolTipRole:
                return role_help(r, lang)
            if role == Qt.ItemDataRole.DecorationRole and status == "uncovered":
                return icon("fa5s.exclamation-triangle", "#c62828")
            if role == Qt.ItemDataRole.DecorationRole and status == "below_desired":
                return icon("fa5s.arrow-up", "#e65100")
            if role == Qt.ItemDataRole.DecorationRole and status == "ok":
                return icon("fa5s.check", "#2e7d32")   # never on a map with no actors
            return None
        level = index.column() - 1
        now, wished = cov.current[level], cov.desired[level]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(now) if now == wished else f"{now} → {wished}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return (self.tr("%1 at level “%2”: %3 today, %4 desired")
                    .replace("%1", r.label(lang)).replace("%2", level_label(level, lang))
                    .replace("%3", str(now)).replace("%4", str(wished)))
        return None

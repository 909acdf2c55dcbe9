"""The council columns of the Participants table (issue 17): municipality, voices, population
of the municipality, and group. A blank voices cell means « not a voting member ». Each edit is
one undoable change through ``ops.participants.set_council_member``."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from facilitator import ops

MUNICIPALITY, VOICES, POPULATION, GROUP = range(4, 8)
COUNCIL_COLUMNS = (MUNICIPALITY, VOICES, POPULATION, GROUP)
_FIELDS = {MUNICIPALITY: "municipality", VOICES: "voices", POPULATION: "population",
           GROUP: "group"}


def tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantsModel", text)


def header(section: int) -> str:
    return {MUNICIPALITY: tr("Municipality"), VOICES: tr("Voices"),
            POPULATION: tr("Population"), GROUP: tr("Group")}[section]


def data(info, col: int, role):
    value = getattr(info, _FIELDS[col]) if info is not None else None
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
        if value is None:
            return ""
        if col == POPULATION and role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}".replace(",", "\u00a0")
        return str(value)
    if role == Qt.ItemDataRole.TextAlignmentRole and col in (VOICES, POPULATION):
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


def set_data(model, p, col: int, value) -> bool:
    """Save a typed value; a number column takes a whole number >= 0 (spaces allowed, as in
    « 12 500 ») or blank; anything else is refused with a sentence in the status bar."""
    field = _FIELDS[col]
    text = str(value).strip()
    if col in (VOICES, POPULATION):
        digits = "".join(text.split())
        if digits and not digits.isdigit():
            text = (tr("“%1” is not a whole number: %2 unchanged.")
                    .replace("%1", text).replace("%2", header(col)))
            page = model.parent()
            if hasattr(page, "statusMessage"):       # the Participants page's status line
                page.statusMessage.emit(text)
            else:
                model.ctx.failed.emit(text)
            return False
        new = int(digits) if digits else None
    else:
        new = text or None
    info = model.council_info.get(p.id)
    if info is not None and getattr(info, field) == new:
        return False
    store = model.ctx.store
    model.ctx.do(ops.participants.set_council_member.label(store, p.id, **{field: new}),
                 lambda: ops.participants.set_council_member(store, p.id, **{field: new}))
    return True

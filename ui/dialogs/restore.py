"""« Restaurer une sauvegarde »: the snapshots of the open session with their time and counts;
the chosen one is opened as a NEW file, the current file is never overwritten."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout)

from facilitator.store.snapshots import Snapshot


class RestoreDialog(QDialog):
    def __init__(self, snaps: list[Snapshot], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(700, 420)
        self.snaps = snaps
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Backups are taken when the session opens, every 10 minutes while it "
                              "changes, and when it closes. The one you choose opens as a new "
                              "file; the current file is not changed."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Backups"))
        self.tree.setHeaderLabels([self.tr("Taken"), self.tr("When"), self.tr("Participants"),
                                   self.tr("Ideas"), self.tr("Dots placed"), self.tr("Decisions")])
        self.tree.setRootIsDecorated(False)
        reasons = {"open": self.tr("on opening"), "auto": self.tr("automatic"),
                   "close": self.tr("on closing")}
        locale = QLocale()
        for snap in snaps:
            try:
                counts = snap.counts()
            except Exception:
                continue
            item = QTreeWidgetItem([
                locale.toString(snap.taken, QLocale.FormatType.ShortFormat),
                reasons.get(snap.reason, snap.reason), str(counts["participants"]),
                str(counts["ideas"]), str(counts["dots"]), str(counts["decisions"])])
            item.setData(0, Qt.ItemDataRole.UserRole, snap)
            self.tree.addTopLevelItem(item)
        for col in range(6):
            self.tree.resizeColumnToContents(col)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        layout.addWidget(self.tree, 1)
        if not self.tree.topLevelItemCount():
            layout.addWidget(QLabel(self.tr("No backup of this session yet.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.tree.itemActivated.connect(lambda *_: self.accept())
        layout.addWidget(buttons)

    def chosen(self) -> Snapshot | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

"""« Ouvrir la salle… »: the facilitator opens the room to phones and other laptops.

Choose the network (the laptop's addresses; 127.0.0.1 to try the page alone), open or close the
room, show its QR code on the room view, follow the live count (« 34 bulletins / 41 présents »)
and the devices joined, lock the room (a new code), put a device out, pause submissions, and
approve or reject the ideas that wait for approval. Not modal: the session goes on beside it.
Everything here acts through ctx.room_view.room (ui.room_control), never over the network.
"""
from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from facilitator_ui.i18n import plural
from facilitator_ui.room_control import interfaces

TOKEN = Qt.ItemDataRole.UserRole


class RoomDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.room = ctx.room_view.room
        self.setWindowTitle(self.tr("Open the room to phones"))
        self.setModal(False)
        self._build_network()
        self._build_open()
        self._build_devices()
        self._build_queue()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.network_box)
        layout.addWidget(self.open_box)
        columns = QHBoxLayout()
        columns.addWidget(self.devices_box, 1)
        columns.addWidget(self.queue_box, 1)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.room.stateChanged.connect(self.refresh)
        self.room.countsChanged.connect(self._refresh_counts)
        self.room.pendingChanged.connect(self._refresh_queue)
        self.room.failed.connect(self._failed)
        self.resize(760, 560)
        self.refresh()
        self._refresh_queue()

    # -- parts ------------------------------------------------------------------------------
    def _build_network(self) -> None:
        self.network_box = QGroupBox(self.tr("Network"))
        self.interface_box = QComboBox()
        self.interface_box.setAccessibleName(self.tr("Network address"))
        for iface in interfaces():
            if iface.loopback:
                text = self.tr("This laptop only (to try the page) — %1").replace(
                    "%1", iface.address)
            else:
                text = f"{iface.name} — {iface.address}"
            self.interface_box.addItem(text, iface.address)
        self.port_box = QSpinBox()
        self.port_box.setRange(0, 65535)
        self.port_box.setSpecialValueText(self.tr("Automatic"))
        self.port_box.setValue(0)
        self.start_button = QPushButton(self.tr("&Open the room"))
        self.start_button.clicked.connect(self.toggle)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b42318;")
        self.error.hide()
        form = QFormLayout(self.network_box)
        form.addRow(self.tr("&Address"), self.interface_box)
        form.addRow(self.tr("&Port"), self.port_box)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.error)
        self.network_hint = QLabel(self.tr(
            "Phones must be on the same network as this laptop: the venue's Wi-Fi, a travel "
            "router, or this laptop's hotspot. Nothing listens until you open the room."))
        self.network_hint.setWordWrap(True)
        form.addRow(self.network_hint)

    def _build_open(self) -> None:
        self.open_box = QGroupBox(self.tr("The room"))
        self.address_label = QLabel()
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f = self.address_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.address_label.setFont(f)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Live count"))
        self.qr_button = QPushButton(self.tr("Show the &QR code in the room"))
        self.qr_button.clicked.connect(lambda: self.ctx.room_view.show("join"))
        self.lock_button = QPushButton(self.tr("&Lock the room (new code)"))
        self.lock_button.setToolTip(self.tr("The old code stops working for new phones; phones "
                                            "already joined keep working."))
        self.lock_button.clicked.connect(self.room.lock)
        self.pause_box = QCheckBox(self.tr("Pa&use submissions"))
        self.pause_box.toggled.connect(self.room.set_paused)
        self.approval_box = QCheckBox(self.tr("&Ideas from phones wait for my approval"))
        self.approval_box.toggled.connect(self.room.set_approval)
        # a co-facilitator's or a table's laptop: its own code, its ideas tagged with a table
        self.table_box = QComboBox()
        self.table_box.setAccessibleName(self.tr("Table of the laptop"))
        self.capture_button = QPushButton(self.tr("Code for a &table's laptop"))
        self.capture_button.setToolTip(self.tr("Another laptop opens this address to capture "
                                               "ideas; they arrive tagged with the table chosen"))
        self.capture_button.clicked.connect(self.new_capture)
        self.capture_label = QLabel()
        self.capture_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self.open_box)
        top = QHBoxLayout()
        top.addWidget(self.address_label, 1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        for w in (self.qr_button, self.lock_button, self.pause_box, self.approval_box):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        capture = QHBoxLayout()
        capture.addWidget(self.table_box)
        capture.addWidget(self.capture_button)
        capture.addWidget(self.capture_label, 1)
        layout.addLayout(capture)

    def _build_devices(self) -> None:
        self.devices_box = QGroupBox(self.tr("Devices joined"))
        self.device_list = QListWidget()
        self.device_list.setAccessibleName(self.tr("Devices joined"))
        self.remove_button = QPushButton(self.tr("&Remove the device"))
        self.remove_button.clicked.connect(self.remove_selected)
        layout = QVBoxLayout(self.devices_box)
        layout.addWidget(self.device_list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_queue(self) -> None:
        self.queue_box = QGroupBox(self.tr("Ideas waiting for approval"))
        self.queue_list = QListWidget()
        self.queue_list.setAccessibleName(self.tr("Ideas waiting for approval"))
        self.queue_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.approve_button = QPushButton(self.tr("Appro&ve"))
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        layout = QVBoxLayout(self.queue_box)
        layout.addWidget(self.queue_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        row.addStretch(1)
        layout.addLayout(row)

    # -- actions ----------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.room.running:
            self.room.stop()
            return
        self.error.hide()
        if self.room.start(self.interface_box.currentData(), self.port_box.value()):
            self.ctx.room_view.show("join")

    def new_capture(self) -> None:
        url = self.room.capture_url(self.table_box.currentData())
        if url:
            self.capture_label.setText(url)

    def _fill_tables(self) -> None:
        """The tables a capture laptop's ideas can be tagged with: the themes, then the agenda
        items (none: untagged)."""
        store = self.ctx.store
        keep = self.table_box.currentData()
        self.table_box.clear()
        self.table_box.addItem(self.tr("No table"), None)
        titles = [t.title for t in store.ideas.themes()] + [a.title for a in store.agenda.list()]
        for title in dict.fromkeys(t for t in titles if t):
            self.table_box.addItem(title, title)
        index = self.table_box.findData(keep)
        self.table_box.setCurrentIndex(max(0, index))

    def remove_selected(self) -> None:
        item = self.device_list.currentItem()
        if item is not None:
            self.room.remove_device(item.data(TOKEN))

    def _decide(self, approve: bool) -> None:
        ids = [item.data(TOKEN) for item in self.queue_list.selectedItems()]
        if not ids and self.queue_list.count():
            return
        (self.room.approve if approve else self.room.reject)(ids)
        self._refresh_queue()

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # -- showing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        running = self.room.running
        self.start_button.setText(self.tr("&Close the room") if running
                                  else self.tr("&Open the room"))
        if running:          # the address actually served, whoever started the room
            index = self.interface_box.findData(self.room.server.host)
            if index < 0:
                self.interface_box.addItem(self.room.server.host, self.room.server.host)
                index = self.interface_box.count() - 1
            self.interface_box.setCurrentIndex(index)
            self.port_box.setValue(self.room.server.port)
        self.interface_box.setEnabled(not running)
        self.port_box.setEnabled(not running)
        self.open_box.setEnabled(running)
        self.devices_box.setEnabled(running)
        for box, value in ((self.pause_box, self.room.paused),
                           (self.approval_box, self.room.approval)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self._fill_tables()
        if not running:
            self.capture_label.setText("")
        join = self.ctx.room_view.join
        if running and join is not None:
            self.address_label.setText(f"http://{join.address}  ·  "
                                       + self.tr("code %1").replace("%1", join.code))
        else:
            self.address_label.setText(self.tr("The room is closed."))
        self._refresh_counts()

    def count_text(self) -> str:
        c = self.room.counts
        # « 1 bulletin / 1 présent », « 34 bulletins / 41 présents »: each count its plural
        return (plural(c.ballots, self.tr("%1 ballot"), self.tr("%1 ballots")) + " / "
                + plural(c.devices, self.tr("%1 present"), self.tr("%1 present", "plural")))

    def _refresh_counts(self) -> None:
        self.count_label.setText(self.count_text() if self.room.running else "")
        current = self.device_list.currentItem()
        keep = current.data(TOKEN) if current is not None else None
        self.device_list.clear()
        for d in self.room.devices():
            kind = self.tr("laptop (capture)") if d.kind == "capture" else self.tr("phone")
            when = time.strftime("%H:%M", time.localtime(d.joined))
            text = f"{d.address} — {kind}" + (f" — {d.table}" if d.table else "") + \
                " — " + self.tr("joined at %1").replace("%1", when)
            item = QListWidgetItem(text)
            item.setData(TOKEN, d.token)
            self.device_list.addItem(item)
            if d.token == keep:
                self.device_list.setCurrentItem(item)
        self.remove_button.setEnabled(self.device_list.count() > 0)

    def _refresh_queue(self) -> None:
        self.queue_list.clear()
        try:
            pending = self.room.pending()
        except Exception:  # the session is closing
            pending = []
        for p in pending:
            text = p.text if not p.table else f"{p.text}  [{p.table}]"
            item = QListWidgetItem(text)
            item.setData(TOKEN, p.id)
            self.queue_list.addItem(item)
        has = bool(pending)
        self.approve_button.setEnabled(has)
        self.reject_button.setEnabled(has)
        self.queue_box.setTitle(self.tr("Ideas waiting for approval (%1)").replace(
            "%1", str(len(pending))))


def open_room_dialog(ctx, parent: QWidget | None = None) -> RoomDialog:
    """The session's one room dialog, shown (and raised) without blocking the window."""
    dialog = getattr(ctx.room_view, "dialog", None)
    if dialog is None:
        dialog = RoomDialog(ctx, parent)
        ctx.room_view.dialog = dialog
    dialog.show()
    dialog.raise_()
    return dialog

"""The facilitator's hold on the room server (facilitator.room.server), for one session.

Only the desktop app reaches these controls; nothing here is served on the network. The server
is one more client of the session's engine (``ctx.engine``): it runs in its own thread and
never on the GUI's. Nothing listens until ``start()``; ``stop()`` (also when the session or the
app closes) closes the phones' open sockets first, then the listening socket, and joins the
thread.

Locking the room gives a new join code: the old address stops working for new phones, and the
phones already joined keep working (removing one device is the way to put someone out).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.errors import FacilitatorError
from facilitator import ops
from facilitator.room import approval

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Interface:
    """One of the laptop's network addresses the room can be served on."""

    name: str          # what the system calls it (« Wi-Fi », wlp2s0, « Point d'accès »)
    address: str       # IPv4

    @property
    def loopback(self) -> bool:
        return self.address.startswith("127.")


def interfaces() -> list[Interface]:
    """The laptop's IPv4 addresses on interfaces that are up (the venue's Wi-Fi, a travel
    router's network, the laptop's own hotspot), then 127.0.0.1 (this laptop only: to try the
    page before the session). Read from the system; nothing is sent on the network."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    found: list[Interface] = []
    flags = QNetworkInterface.InterfaceFlag
    for iface in QNetworkInterface.allInterfaces():
        f = iface.flags()
        if not (f & flags.IsUp and f & flags.IsRunning) or f & flags.IsLoopBack:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            address = ip.toString()
            if address.startswith("127.") or address.startswith("169.254."):
                continue
            found.append(Interface(iface.humanReadableName() or iface.name(), address))
    found.append(Interface("loopback", LOOPBACK))
    return found


@dataclass(frozen=True)
class Counts:
    devices: int            # phones and laptops joined
    ballots: int            # ballots cast from them in the open round
    pending: int            # ideas waiting for approval


class RoomControl(QObject):
    #: the room opened, closed, was locked, paused, or its approval setting changed
    stateChanged = Signal()
    #: the live count and the devices joined (every second while open)
    countsChanged = Signal()
    #: ideas arrived in, or left, the approval queue
    pendingChanged = Signal()
    #: a sentence for the facilitator (the port is taken, …)
    failed = Signal(str)

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.server = None
        self.counts = Counts(0, 0, 0)
        self._approval = False
        self._paused = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        ctx.rowsChanged.connect(self._rows_changed)

    # -- state ------------------------------------------------------------------------------
    @property
    def engine(self):
        return self.ctx.engine

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    @property
    def url(self) -> str | None:
        return self.server.url if self.running else None

    @property
    def code(self) -> str | None:
        return self.server.code if self.running else None

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def approval(self) -> bool:
        return self._approval

    # -- start and stop ---------------------------------------------------------------------
    def start(self, host: str, port: int = 0) -> bool:
        """Serve the room on `host` (one of `interfaces()`); False (and `failed` said why) when
        it cannot listen."""
        from facilitator.room.server import RoomServer

        if self.running:
            return True
        server = RoomServer(self.engine, host=host, port=port)
        server.approval = self._approval
        server.paused = self._paused
        try:
            server.start()
        except FacilitatorError as exc:
            self.failed.emit(str(exc))
            return False
        except OSError as exc:   # e.g. an address that is no longer this laptop's
            self.failed.emit(exc.strerror or str(exc))
            return False
        self.server = server
        self._publish_join()
        self._timer.start()
        self._tick()
        self.stateChanged.emit()
        return True

    def stop(self) -> None:
        """Close the phones' sockets, then the listening one; the thread ends. Idempotent."""
        self._timer.stop()
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self.ctx.room_view.clear_join()
            self.counts = Counts(0, 0, self.counts.pending)
            self.countsChanged.emit()
            self.stateChanged.emit()

    # -- the facilitator's controls ---------------------------------------------------------
    def lock(self) -> str | None:
        """A new join code (the QR code on the room view changes with it); phones already
        joined keep working."""
        if not self.running:
            return None
        self.server.lock()
        self._publish_join()
        self.stateChanged.emit()
        return self.server.code

    def set_paused(self, paused: bool) -> None:
        """Pause (or resume) every submission from the room: ideas and ballots."""
        self._paused = bool(paused)
        if self.server is not None:
            self.server.paused = self._paused
            self.server.notify()
        self.stateChanged.emit()

    def set_approval(self, on: bool) -> None:
        """Ideas from the room wait in the approval queue (never on the wall) until approved."""
        self._approval = bool(on)
        if self.server is not None:
            self.server.approval = self._approval
        self.stateChanged.emit()

    def capture_url(self, table: str | None) -> str | None:
        """A new code for a co-facilitator's or a table's laptop, as the URL to open on it:
        its ideas arrive tagged with `table` (a theme's or an agenda item's title)."""
        if not self.running:
            return None
        code = self.server.new_capture_code(table or None)
        return self.server.url.rsplit("/j/", 1)[0] + f"/c/{code}"

    def devices(self) -> list:
        """The devices joined, oldest first (address, kind, table, when): never a token shown."""
        if not self.running:
            return []
        return sorted(list(self.server.devices.values()), key=lambda d: d.joined)

    def remove_device(self, token: str) -> None:
        """Put one device out: its cookie stops working and its socket is closed."""
        if self.running:
            self.server.remove_device(token)
            self._tick()

    # -- the approval queue -----------------------------------------------------------------
    def pending(self) -> list[approval.Pending]:
        if self.ctx.store.closed:
            return []
        return approval.pending(self.ctx.store)

    def approve(self, ids: list[int]) -> None:
        if ids:
            store = self.ctx.store
            said = ops.Said()   # counted from the one read of the held ideas
            self.ctx.do(said, lambda: ops.ideas.approve_held(store, ids, said=said))

    def reject(self, ids: list[int]) -> None:
        if ids:
            store = self.ctx.store
            said = ops.Said()
            self.ctx.do(said, lambda: ops.ideas.reject_held(store, ids, said=said))

    # -- inside ------------------------------------------------------------------------------
    def _publish_join(self) -> None:
        server = self.server
        host = server.host if ":" not in server.host else f"[{server.host}]"
        self.ctx.room_view.set_join(server.url, f"{host}:{server.port}", server.code)

    def _rows_changed(self, rows) -> None:
        """What changed in the file (the engine's notices, on the GUI thread, merged)."""
        if "room_pending_idea" in rows and not self.ctx.store.closed:
            n = approval.count(self.ctx.store)
            self.counts = Counts(self.counts.devices, self.counts.ballots, n)
            self.pendingChanged.emit()
            self.countsChanged.emit()

    def _tick(self) -> None:
        if not self.running:
            return
        live = self.server.live_counts()
        self.counts = Counts(live["devices"], live["ballots"], self.counts.pending)
        self.countsChanged.emit()

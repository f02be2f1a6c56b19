"""Joining a live session: the Yjs sync protocol where the map lives, the socket on a thread.

Why two halves: a pycrdt document belongs to the thread that made it, and the editor's
map belongs to Qt's thread. So the network runs on its own thread with its own asyncio
loop (`Connection`) and only moves bytes; everything that touches the document or the
map (`SyncEndpoint`, `Participant.pump`) runs on the editor's thread when the
connection wakes it. Nothing waits on the network on the editor's thread.

Offline and reconnect: the document is kept while the host is unreachable; local edits
go on and are sent when the connection is back, through the sync exchange every
(re)connection starts with (each side sends what the other's state vector lacks).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pycrdt import (
    Awareness,
    YMessageType,
    YSyncMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from journeymapper.live.bridge import LiveBridge
from journeymapper.live.protocol import MAX_AWARENESS, MAX_FROM_HOST, SessionAddress
from journeymapper.model.commands import Change
from journeymapper.model.session import EditingSession

log = logging.getLogger(__name__)

# While connected, the state vector is sent again this often: the host answers with anything
# this peer still lacks (cheap when nothing is missing). Insurance against an update that
# yrs keeps pending, which was seen when one sender's updates arrive out of order.
RESYNC_SECONDS = 30.0

CONNECTING, CONNECTED, DISCONNECTED, REFUSED, CLOSED = (
    "connecting", "connected", "disconnected", "refused", "closed"
)


class SyncEndpoint:
    """One side of the Yjs sync protocol (y-protocols/sync) plus presence (awareness)."""

    def __init__(self, bridge: LiveBridge) -> None:
        self.bridge = bridge
        self.synced = False
        self.awareness = Awareness(bridge.doc)
        self._outgoing: list[bytes] = []
        bridge.add_sink(lambda update: self._outgoing.append(create_update_message(update)))
        self.awareness.observe(self._on_awareness)

    def _on_awareness(self, topic: str, changes: tuple[dict[str, Any], Any]) -> None:
        if topic == "update" and changes[1] == "local":
            state = self.awareness.encode_awareness_update([self.awareness.client_id])
            self._outgoing.append(create_awareness_message(state))

    def opening(self) -> list[bytes]:
        """What to send when a connection opens: our state vector and our presence."""
        self.synced = False
        self._outgoing.clear()  # anything queued is covered by the sync exchange
        state = self.awareness.encode_awareness_update([self.awareness.client_id])
        return [create_sync_message(self.bridge.doc), create_awareness_message(state)]

    def receive(self, message: bytes) -> list[Change]:
        """Handle one message from the host; replies are queued for `take_outgoing`."""
        if not message:
            return []
        if message[0] == YMessageType.SYNC and len(message) > 1:
            reply = handle_sync_message(message[1:], self.bridge.doc)
            if reply is not None:
                self._outgoing.append(reply)
            if message[1] == YSyncMessageType.SYNC_STEP2:
                self.synced = True
                return self.bridge.reconcile()  # the exchange's answer: compare everything
            return self.bridge.settle()
        if message[0] == YMessageType.AWARENESS and len(message) <= MAX_AWARENESS:
            self.awareness.apply_awareness_update(read_message(message[1:]), "remote")
        return []

    def take_outgoing(self) -> list[bytes]:
        out, self._outgoing = self._outgoing, []
        return out

    def set_presence(self, **fields: Any) -> None:
        state = dict(self.awareness.get_local_state() or {})
        state.update(fields)
        self.awareness.set_local_state(state)

    def others(self) -> dict[int, dict[str, Any]]:
        """Presence of the other participants, by Yjs client id."""
        return {cid: state for cid, state in self.awareness.states.items()
                if cid != self.awareness.client_id and state}


@dataclass(frozen=True)
class Event:
    kind: str  # connected, message, disconnected, refused, tick
    data: bytes = b""
    detail: str = ""


class Connection:
    """A websocket to the host on a background thread; reconnects until closed."""

    def __init__(self, address: SessionAddress, wakeup: Callable[[], None],
                 retry_delay: float = 1.0) -> None:
        self.address = address
        self.wakeup = wakeup
        self.retry_delay = retry_delay
        self.events: queue.Queue[Event] = queue.Queue()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._outbox: asyncio.Queue[bytes] | None = None
        self._stopping: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._main, name="journeymapper-live", daemon=True)
        self._started = threading.Event()

    def start(self) -> None:
        self._thread.start()
        self._started.wait(5)

    def send(self, message: bytes) -> None:
        """Queue a message for the host (dropped while disconnected: the next sync covers it)."""
        loop, outbox = self._loop, self._outbox
        if loop is not None and outbox is not None:
            with contextlib.suppress(RuntimeError):  # the loop has just stopped
                loop.call_soon_threadsafe(outbox.put_nowait, message)

    def close(self, timeout: float = 5.0) -> None:
        loop, stopping = self._loop, self._stopping
        if loop is not None and stopping is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stopping.set)
        self._thread.join(timeout)

    def _post(self, event: Event) -> None:
        self.events.put(event)
        self.wakeup()

    def _main(self) -> None:
        asyncio.run(self._run())

    async def _run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        self._started.set()
        while not self._stopping.is_set():
            try:
                async with connect(self.address.url(), max_size=MAX_FROM_HOST, open_timeout=5,
                                   ping_interval=10, ping_timeout=20) as websocket:
                    self._outbox = asyncio.Queue()
                    self._post(Event(CONNECTED))
                    reason = await self._serve(websocket)
            except InvalidStatus as error:
                status = error.response.status_code
                body = error.response.body.decode("utf-8", "replace").strip() if error.response.body else ""
                self._post(Event(REFUSED, detail=body or f"HTTP {status}"))
                return
            except (TimeoutError, OSError, WebSocketException) as error:
                reason = str(error) or type(error).__name__
            self._outbox = None
            self._post(Event(DISCONNECTED, detail=reason))
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.retry_delay)

    async def _serve(self, websocket: ClientConnection) -> str:
        assert self._outbox is not None and self._stopping is not None
        outbox = self._outbox

        async def sending() -> None:
            while True:
                await websocket.send(await outbox.get())

        async def receiving() -> None:
            async for message in websocket:
                if isinstance(message, bytes):
                    self._post(Event("message", message))

        async def ticking() -> None:
            while True:
                await asyncio.sleep(RESYNC_SECONDS)
                self._post(Event("tick"))

        tasks = [asyncio.create_task(sending()), asyncio.create_task(receiving()),
                 asyncio.create_task(ticking()), asyncio.create_task(self._stopping.wait())]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        for task in done:
            error = task.exception()
            if isinstance(error, ConnectionClosed):
                return f"the host closed the connection ({error.rcvd.reason if error.rcvd else 'no reason'})"
            if error is not None:
                return str(error)
        return "the host ended the session" if not self._stopping.is_set() else "closed"


class Participant:
    """An editing session joined to a host: call `pump()` whenever the connection wakes you."""

    def __init__(self, session: EditingSession, address: SessionAddress,
                 wakeup: Callable[[], None] = lambda: None,
                 on_status: Callable[[str, str], None] | None = None) -> None:
        self.session = session
        self.address = address
        self.bridge = LiveBridge(session)
        self.endpoint = SyncEndpoint(self.bridge)
        self.status = CONNECTING
        self.status_detail = ""
        self.on_status = on_status
        self.connection = Connection(address, wakeup)
        # A local edit queues its update in the endpoint; waking up sends it on the next pump.
        self.bridge.add_sink(lambda _update: wakeup())

    def start(self) -> None:
        self.connection.start()

    def pump(self) -> list[Change]:
        """Handle what arrived, send what is due; the model changes that resulted."""
        changes: list[Change] = []
        while True:
            try:
                event = self.connection.events.get_nowait()
            except queue.Empty:
                break
            changes += self._handle(event)
        self.flush()
        return changes

    def flush(self) -> None:
        """Send what is queued (presence, this peer's edits) without taking in what arrived.

        Safe inside a change notification: applying remote updates there would interleave
        with the local command still being announced (the bridge would read the document
        before that command reached it, and the repair would undo the command).
        """
        for message in self.endpoint.take_outgoing():
            if self.status == CONNECTED:
                self.connection.send(message)

    def _handle(self, event: Event) -> list[Change]:
        if event.kind == "message":
            try:
                return self.endpoint.receive(event.data)
            except BaseException as error:  # malformed; a Rust panic is a BaseException
                if isinstance(error, KeyboardInterrupt | SystemExit | GeneratorExit):
                    raise
                log.warning("live session: ignored a malformed message from the host: %s", error)
                return []
        if event.kind == "tick":
            if self.status == CONNECTED:
                self.connection.send(create_sync_message(self.bridge.doc))
            return []
        if event.kind == CONNECTED:
            for message in self.endpoint.opening():
                self.connection.send(message)
        self._set_status(event.kind, event.detail)
        return []

    def _set_status(self, status: str, detail: str) -> None:
        self.status, self.status_detail = status, detail
        if self.on_status is not None:
            self.on_status(status, detail)

    def rebind(self, session: EditingSession) -> None:
        """Hand the joined map over to another session on the same map object."""
        self.bridge.rebind(session)
        self.session = session

    @property
    def synced(self) -> bool:
        return self.status == CONNECTED and self.endpoint.synced

    def close(self) -> None:
        if self.status == CONNECTED:
            self.endpoint.awareness.set_local_state(None)  # others drop us from their list
            for message in self.endpoint.take_outgoing():
                self.connection.send(message)
        self.connection.close()
        self.bridge.close()
        self._set_status(CLOSED, "")

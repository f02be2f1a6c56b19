"""Hosting a live session: the shared map in a pycrdt-websocket room, behind a room code.

The host owns the file. Its copy of the map follows the room's document through a
`LiveBridge` (so repairs happen here too), and it saves the map atomically with the
file format's writer a short while after each change and once more when it stops, so
the file on disk is never more than a few seconds behind the session.

Every connection goes through `GuardedChannel`: the handshake must carry the room
code, messages are bounded in size and rate, and document updates are checked by an
`UpdateGuard` before the room applies and relays them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path
from typing import Any

from pycrdt import Decoder, Doc, YMessageType, YSyncMessageType, create_awareness_message, read_message
from pycrdt.websocket import WebsocketServer, YRoom
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from journeymapper.fileformat import save_journey
from journeymapper.live.bridge import LiveBridge
from journeymapper.live.protocol import (
    LOOPBACK,
    MAX_AWARENESS,
    MAX_FROM_PEER,
    MAX_PARTICIPANTS,
    MESSAGE_BURST,
    MESSAGES_PER_SECOND,
    RateLimit,
    SessionAddress,
    UpdateGuard,
    new_room_code,
    new_room_name,
    request_allowed,
)
from journeymapper.live.shared_doc import populate
from journeymapper.model.journey import JourneyMap, now_utc
from journeymapper.model.session import EditingSession

log = logging.getLogger(__name__)

SAVE_DELAY = 2.0  # seconds between a change and the save that records it


class Refused(Exception):
    """The peer broke a rule; its connection is closed."""


class GuardedChannel:
    """A websocket as a pycrdt `Channel`, refusing what a peer may not send."""

    def __init__(self, websocket: ServerConnection, room: str, guard: UpdateGuard,
                 on_refused: Callable[[str], None], rate: RateLimit | None = None) -> None:
        self._websocket = websocket
        self._room = room
        self._guard = guard
        self._on_refused = on_refused
        self._rate = rate or RateLimit()
        self.awareness_clients: set[int] = set()  # whose presence this connection carries
        self.peer = f"{websocket.remote_address[0]}:{websocket.remote_address[1]}" \
            if websocket.remote_address else "?"

    @property
    def path(self) -> str:
        return self._room

    def __aiter__(self) -> GuardedChannel:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except (ConnectionClosed, Refused):
            raise StopAsyncIteration from None

    async def send(self, message: bytes) -> None:
        try:
            await self._websocket.send(message)
        except ConnectionClosed:
            pass

    async def recv(self) -> bytes:
        while True:
            message = await self._websocket.recv()
            problem = self._problem(message)
            if problem is None:
                assert isinstance(message, bytes)
                return message
            self._on_refused(f"{self.peer}: {problem}")
            await self._websocket.close(1008, "refused: " + problem[:100])
            raise Refused(problem)

    def _problem(self, message: str | bytes) -> str | None:
        if not isinstance(message, bytes):
            return "text frames are not part of the protocol"
        if not self._rate.allow():
            return "too many messages per second"
        if not message:
            return "an empty message"
        kind = message[0]
        if kind == YMessageType.AWARENESS:
            if len(message) > MAX_AWARENESS:
                return "presence message too large"
            return self._note_presence(message)
        if kind != YMessageType.SYNC or len(message) < 2:
            return f"unknown message type {kind}"
        if message[1] in (YSyncMessageType.SYNC_STEP2, YSyncMessageType.SYNC_UPDATE):
            try:
                update = read_message(message[2:])
            except Exception:
                return "a malformed update"
            refusal = self._guard.check(update)
            if refusal is not None:
                return f"an update that would make the map invalid: {refusal}"
        elif message[1] != YSyncMessageType.SYNC_STEP1:
            return f"unknown sync message {message[1]}"
        return None


    def _note_presence(self, message: bytes) -> str | None:
        """Remember whose presence this connection carries, to withdraw it when it drops."""
        try:
            decoder = Decoder(read_message(message[1:]))
            count = decoder.read_var_uint()
            if count > 16:
                return "presence for too many clients"
            for _ in range(count):
                client_id = decoder.read_var_uint()
                decoder.read_var_uint()  # clock
                decoder.read_var_string()  # state (JSON); the room decodes it
                self.awareness_clients.add(client_id)
        except Exception:
            return "a malformed presence message"
        return None


async def withdraw_presence(room: YRoom, channel: GuardedChannel) -> None:
    """Tell everyone still connected that this connection's people left (it may have just dropped)."""
    ids = sorted(channel.awareness_clients)
    if not ids:
        return
    room.awareness.remove_awareness_states(ids, "disconnect")
    message = create_awareness_message(room.awareness.encode_awareness_update(ids))
    for client in list(room.clients):
        if client is not channel:
            await client.send(message)


class LiveHost:
    """Serves one map to participants; saves it (if given a path) as it changes."""

    def __init__(
        self,
        journey: JourneyMap,
        *,
        save_to: Path | None = None,
        host: str = LOOPBACK,
        port: int = 0,
        room: str | None = None,
        code: str | None = None,
        save_delay: float = SAVE_DELAY,
        on_event: Callable[[str], None] | None = None,
        initial_update: bytes | None = None,
        messages_per_second: float = MESSAGES_PER_SECOND,
        message_burst: float = MESSAGE_BURST,
    ) -> None:
        self.journey = journey
        # The room's document from an earlier run of this session: participants who kept
        # editing while the host was away then merge into it instead of a fresh copy.
        self.initial_update = initial_update
        self.messages_per_second = messages_per_second
        self.message_burst = message_burst
        self.save_to = save_to
        self.bind_host = host
        self.port = port
        self.room_name = room or new_room_name()
        self.code = code or new_room_code()
        self.save_delay = save_delay
        self.on_event = on_event or (lambda text: log.info("%s", text))
        self.refusals: list[str] = []
        self.saves = 0
        self.ready = asyncio.Event()
        self._stop = asyncio.Event()
        self._save_task: asyncio.Task[None] | None = None
        self._settle_pending = False
        self._unsaved = False  # the map changed since the file was last written
        self._server: Server | None = None
        self.bridge: LiveBridge | None = None

    @property
    def address(self) -> SessionAddress:
        return SessionAddress(self.bind_host, self.port, self.room_name, self.code)

    def stop(self) -> None:
        self._stop.set()

    async def run(self) -> None:
        """Serve until `stop()`; then save a last time and close every connection.

        Raises OSError when the address cannot be used (taken port, foreign address).
        """
        try:
            await self._run()
        except BaseExceptionGroup as group:  # anyio's task groups wrap what went wrong
            raise _first_leaf(group) from None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        doc: Doc[Any] = Doc()
        if self.initial_update is not None:
            doc.apply_update(self.initial_update)
        else:
            populate(doc, self.journey)
        session = EditingSession(self.journey)
        self.bridge = bridge = LiveBridge(session, doc)
        if self.initial_update is not None:
            bridge.settle_all()
        guard = UpdateGuard(doc, self.journey)
        doc.observe(lambda _event: self._schedule_settle(loop))
        websocket_server = WebsocketServer(rooms_ready=True, auto_clean_rooms=False, log=log)
        async with websocket_server:
            room = YRoom(ready=True, ydoc=doc, log=log)
            websocket_server.rooms[self.room_name] = room
            await websocket_server.start_room(room)

            async def handler(websocket: ServerConnection) -> None:
                rate = RateLimit(self.messages_per_second, self.message_burst)
                channel = GuardedChannel(websocket, self.room_name, guard, self._refused, rate)
                self.on_event(f"{channel.peer} joined")
                try:
                    await room.serve(channel)  # type: ignore[arg-type]
                finally:
                    await withdraw_presence(room, channel)
                    self.on_event(f"{channel.peer} left")

            async with serve(
                handler, self.bind_host, self.port, max_size=MAX_FROM_PEER,
                process_request=self._check_request, ping_interval=10, ping_timeout=20,
            ) as server:
                self._server = server
                self.port = server.sockets[0].getsockname()[1] if server.sockets else self.port
                self.ready.set()
                await self._stop.wait()
                server.close()
            await room.stop()
        self._settle(bridge)
        if self._save_task is not None:
            self._save_task.cancel()
        self._save_now()

    def _check_request(self, connection: ServerConnection, request: Request) -> Response | None:
        reason = request_allowed(request.path, self.room_name, self.code)
        if reason is None and self._server is not None and len(self._server.connections) > MAX_PARTICIPANTS:
            reason = "the session is full"
        if reason is None:
            return None
        self._refused(f"{connection.remote_address[0] if connection.remote_address else '?'}: {reason}")
        status = HTTPStatus.FORBIDDEN if reason != "no such room" else HTTPStatus.NOT_FOUND
        return connection.respond(status, reason + "\n")

    def _refused(self, text: str) -> None:
        self.refusals.append(text)
        log.warning("live session: refused %s", text)
        self.on_event(f"refused {text}")

    # --- following the document and saving -------------------------------------------
    def _schedule_settle(self, loop: asyncio.AbstractEventLoop) -> None:
        # Called inside the document's transaction: the model is brought in step just after.
        if not self._settle_pending:
            self._settle_pending = True
            loop.call_soon(self._settle, self.bridge)

    def _settle(self, bridge: Any) -> None:
        self._settle_pending = False
        if bridge is None:
            return
        changes = bridge.settle()
        self._unsaved = self._unsaved or bool(changes)
        if changes and self.save_to is not None and self._save_task is None:
            self._save_task = asyncio.get_running_loop().create_task(self._save_later())

    async def _save_later(self) -> None:
        await asyncio.sleep(self.save_delay)
        self._save_task = None
        self._save_now()

    def _save_now(self) -> None:
        # An unchanged map is not rewritten: its file (and its `modified` stamp) stay as they were.
        if self.save_to is None or self.bridge is None or not self._unsaved:
            return
        journey = self.bridge.session.journey
        previous = journey.modified
        journey.modified = now_utc()
        try:
            save_journey(journey, self.save_to)
        except Exception as error:  # a full disk must not end the session; the log says why
            journey.modified = previous
            self.on_event(f"could not save {self.save_to}: {error}")
            return
        self._unsaved = False
        self.saves += 1


def _first_leaf(group: BaseExceptionGroup) -> BaseException:  # type: ignore[type-arg]
    first = group.exceptions[0]
    return _first_leaf(first) if isinstance(first, BaseExceptionGroup) else first


class HostThread:
    """Runs a `LiveHost` on its own thread and asyncio loop (for the editor and for tests)."""

    def __init__(self, host: LiveHost) -> None:
        self.host = host
        self.error: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._main, name="journeymapper-host", daemon=True)

    def start(self, timeout: float = 10.0) -> SessionAddress:
        """Start serving; returns the address once the socket listens (raises if it cannot)."""
        self._thread.start()
        self._ready.wait(timeout)
        if self.error is not None:
            raise self.error
        if not self.host.ready.is_set():
            raise TimeoutError("the live session did not start in time")
        return self.host.address

    def _main(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            waiter = asyncio.create_task(self._signal_ready())
            try:
                await self.host.run()
            finally:
                waiter.cancel()

        try:
            asyncio.run(main())
        except BaseException as error:  # reported to the caller of start()
            self.error = error
        finally:
            self._ready.set()

    async def _signal_ready(self) -> None:
        await self.host.ready.wait()
        self._ready.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving, save a last time, and wait for the thread to end."""
        loop = self._loop
        if loop is not None and self._thread.is_alive():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self.host.stop)
        self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

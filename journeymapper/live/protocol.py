"""Room codes, session addresses and the limits every live-session message must keep.

A session address is ``ws://HOST:PORT/ROOM?code=CODE``. The room code is 192 random
bits (at least 128 are required), compared in constant time; the host refuses the
websocket handshake without it. Messages are bounded in size and rate, and each
document update a peer sends is checked before the host applies or relays it
(`UpdateGuard`): an update that would put an object the file format refuses into the
shared map is refused, logged, and the peer that sent it is disconnected.
"""

from __future__ import annotations

import hmac
import logging
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from pycrdt import Doc, Map

from journeymapper.live.protocol_constants import DEFAULT_PORT as DEFAULT_PORT
from journeymapper.live.protocol_constants import LOOPBACK as LOOPBACK
from journeymapper.live.shared_doc import read_item, read_map_fields, root
from journeymapper.model.commands import MAP
from journeymapper.model.journey import COLLECTIONS, MAX_CARDS, JourneyMap

log = logging.getLogger(__name__)

CODE_BYTES = 24  # 192 bits; codes shorter than MIN_CODE_BYTES are refused outright
MIN_CODE_BYTES = 16
MAX_FROM_PEER = 16 * 1024 * 1024  # one message a participant may send the host
MAX_FROM_HOST = 64 * 1024 * 1024  # one message the host may send a participant (a whole map)
MAX_AWARENESS = 64 * 1024  # presence: a name, a colour, a selection
MESSAGES_PER_SECOND = 200.0  # sustained, per connection
MESSAGE_BURST = 600.0
MAX_PARTICIPANTS = 64
KNOWN_ROOTS = frozenset(COLLECTIONS) | {MAP}
MAX_OBJECTS = MAX_CARDS * 2

_ROOM = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_CODE = re.compile(r"^[A-Za-z0-9_-]+$")


class AddressError(ValueError):
    """A session address that cannot be used, with the reason."""


def new_room_code() -> str:
    """A fresh random room code (URL-safe text of CODE_BYTES random bytes)."""
    return secrets.token_urlsafe(CODE_BYTES)


def new_room_name() -> str:
    return "map-" + secrets.token_hex(4)


def codes_match(given: str, expected: str) -> bool:
    """Constant-time comparison, so timing does not tell how much of a guess was right."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


@dataclass(frozen=True)
class SessionAddress:
    host: str
    port: int
    room: str
    code: str

    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"ws://{host}:{self.port}/{self.room}?code={quote(self.code)}"

    def without_code(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"ws://{host}:{self.port}/{self.room}"


def parse_address(url: str) -> SessionAddress:
    """Read ``ws://HOST:PORT/ROOM?code=…``; raises AddressError saying what is wrong."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise AddressError(f"{url!r} is not an address: {error}") from None
    if parts.scheme != "ws":
        raise AddressError(f"{url!r}: the address must start with ws://")
    if not parts.hostname:
        raise AddressError(f"{url!r}: the host is missing")
    room = parts.path.lstrip("/")
    if not _ROOM.match(room):
        raise AddressError(f"{url!r}: the room name is missing or not made of A–Z, 0–9, - and _")
    codes = parse_qs(parts.query).get("code", [])
    if len(codes) != 1 or not _CODE.match(codes[0]):
        raise AddressError(f"{url!r}: the room code (?code=…) is missing")
    return SessionAddress(parts.hostname, port or DEFAULT_PORT, room, codes[0])


def check_code_strength(code: str) -> None:
    """Refuse codes that are too short to stand guessing (fewer than 128 bits)."""
    if not _CODE.match(code) or len(code) * 6 < MIN_CODE_BYTES * 8:
        raise AddressError("a room code needs at least 22 characters of A–Z, a–z, 0–9, - and _ (128 bits)")


def request_allowed(path: str, room: str, code: str) -> str | None:
    """Why a websocket handshake to `path` is refused, or None when room and code are right."""
    parts = urlsplit(path)
    if parts.path.lstrip("/") != room:
        return "no such room"
    given = parse_qs(parts.query).get("code", [""])
    if len(given) != 1 or not codes_match(given[0], code):
        return "wrong room code"
    return None


class RateLimit:
    """A token bucket: `allow()` is False once a peer sends faster than the limit allows."""

    def __init__(self, per_second: float = MESSAGES_PER_SECOND, burst: float = MESSAGE_BURST,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_second = per_second
        self.burst = burst
        self.clock = clock
        self.tokens = burst
        self.last = clock()

    def allow(self) -> bool:
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.last) * self.per_second)
        self.last = now
        if self.tokens < 1.0:
            return False
        self.tokens -= 1.0
        return True


class UpdateGuard:
    """Checks each incoming update on a shadow copy of the room's document before it is used.

    Updates cannot be taken back once applied to a Y.Doc, so the check applies them to
    a shadow first; a refused update makes the guard rebuild its shadow from the room.
    """

    def __init__(self, room_doc: Doc, base: JourneyMap) -> None:
        self.room_doc = room_doc
        self.base = base
        self._dirty: dict[str, set[str]] = {}
        self._map_dirty = False
        self._rebuild()

    def _rebuild(self) -> None:
        self.shadow: Doc[Any] = Doc()
        self.shadow.apply_update(self.room_doc.get_update())
        self._dirty = {c: set() for c in COLLECTIONS}
        # pycrdt drops a callback whose subscription is no longer referenced: keep them.
        self._subscriptions = [
            root(self.shadow, collection).observe_deep(self._observer(collection))
            for collection in COLLECTIONS
        ] + [root(self.shadow, MAP).observe_deep(self._on_map)]

    def _observer(self, collection: str) -> Callable[[list[Any]], None]:
        def observer(events: list[Any]) -> None:
            for event in events:
                if event.path:
                    self._dirty[collection].add(str(event.path[0]))
                else:
                    self._dirty[collection].update(event.keys)

        return observer

    def _on_map(self, events: list[Any]) -> None:
        self._map_dirty = True

    def check(self, update: bytes) -> str | None:
        """None when `update` is acceptable; otherwise why it is refused."""
        try:
            self.shadow.apply_update(update)
            problem = self._problem()
        except BaseException as error:  # malformed bytes; a Rust panic is a BaseException
            if isinstance(error, KeyboardInterrupt | SystemExit | GeneratorExit):
                raise
            problem = f"the update cannot be decoded ({type(error).__name__})"
        if problem is not None:
            self._rebuild()
        else:
            self._dirty = {c: set() for c in COLLECTIONS}
            self._map_dirty = False
        return problem

    def _problem(self) -> str | None:
        unknown = set(self.shadow.keys()) - KNOWN_ROOTS
        if unknown:
            return f"it adds shared roots the map does not have: {sorted(unknown)[:3]}"
        if self._map_dirty:
            try:
                read_map_fields(self.shadow, self.base)
            except ValueError as error:
                return f"map: {error}"
        total = 0
        for collection in COLLECTIONS:
            shared = root(self.shadow, collection)
            total += len(shared)
            for item_id in self._dirty[collection]:
                value = shared.get(item_id)
                if value is None:
                    continue
                if not isinstance(value, Map):
                    return f"{collection}/{item_id}: is not a Y.Map"
                try:
                    read_item(collection, item_id, value)
                except ValueError as error:
                    return f"{collection}/{item_id}: {error}"
        if total > MAX_OBJECTS:
            return f"the map would hold {total} objects, more than {MAX_OBJECTS}"
        return None

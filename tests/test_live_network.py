"""Live sessions over real websockets on loopback (127.0.0.1 only): host, participants, limits."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pycrdt import Doc, create_update_message
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from journeymapper.fileformat import load_journey, save_journey
from journeymapper.live.host import HostThread, LiveHost
from journeymapper.live.participant import CONNECTED, DISCONNECTED, REFUSED, Participant
from journeymapper.live.protocol import SessionAddress, parse_address
from journeymapper.live.shared_doc import encode_value, root
from journeymapper.model import edits
from journeymapper.model.commands import UpdateItem
from journeymapper.model.journey import JourneyMap
from journeymapper.model.session import EditingSession, History
from journeymapper.model.templates import build_template

LOOPBACK = "127.0.0.1"


RECV_WAIT = 30.0  # seconds a test waits for the host's next message or its closing


def wait_until(condition: Callable[[], bool], participants: list[Participant], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for participant in participants:
            participant.pump()
        if condition():
            return
        time.sleep(0.01)
    raise AssertionError("condition not met in time")


def join(address: SessionAddress) -> tuple[Participant, History]:
    session = EditingSession(JourneyMap())
    participant = Participant(session, address)
    participant.start()
    return participant, History(session)


@pytest.fixture
def hosted(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "workshop.journey"
    save_journey(build_template("5a", "en", "Workshop"), path)
    # A low message rate, so that a flood in a test exceeds it however busy the machine is.
    host = LiveHost(load_journey(path).journey, save_to=path, host=LOOPBACK, save_delay=0.2,
                    messages_per_second=50, message_burst=200)
    thread = HostThread(host)
    address = thread.start()
    assert address.host == LOOPBACK
    started: list[Participant] = []
    yield path, host, address, started
    for participant in started:
        participant.close()
    thread.stop()


def test_two_participants_edit_the_hosted_map_and_the_host_saves_it(hosted) -> None:  # type: ignore[no-untyped-def]
    path, host, address, started = hosted
    (a, history_a), (b, history_b) = join(address), join(address)
    started += [a, b]
    wait_until(lambda: a.synced and b.synced and len(a.session.journey.stages) == 5
               and len(b.session.journey.stages) == 5, [a, b])
    assert a.session.journey.title == "Workshop"
    journey = a.session.journey
    command, card_id = edits.add_card(journey, journey.stages[0].id, journey.lanes[0].id, "from a")
    history_a.execute(command)
    wait_until(lambda: b.session.journey.touchpoint(card_id) is not None, [a, b])
    history_b.execute(UpdateItem("touchpoints", card_id, {"description": "typed by b"}))
    wait_until(lambda: a.session.journey.touchpoint(card_id).description == "typed by b", [a, b])  # type: ignore[union-attr]
    # The host saves within its debounce: the file holds the card and its description.
    wait_until(lambda: (c := load_journey(path).journey.touchpoint(card_id)) is not None
               and c.description == "typed by b", [a, b])


def test_presence_is_shared_and_withdrawn_when_a_connection_drops(hosted) -> None:  # type: ignore[no-untyped-def]
    _path, _host, address, started = hosted
    (a, _), (b, _) = join(address), join(address)
    started += [a, b]
    wait_until(lambda: a.synced and b.synced, [a, b])
    b.endpoint.set_presence(name="Bea", colour="#30638E", selection=["tp-1"], cell=None)
    wait_until(lambda: any(s.get("name") == "Bea" for s in a.endpoint.others().values()), [a, b])
    # b's network goes away without a goodbye: the host withdraws b's presence for the others.
    b.connection.close()
    started.remove(b)
    wait_until(lambda: not a.endpoint.others(), [a])


def test_an_unchanged_map_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "calm.journey"
    save_journey(build_template("5a", "en", "Nobody edits"), path)
    before = path.read_bytes()
    host = LiveHost(load_journey(path).journey, save_to=path, host=LOOPBACK, save_delay=0.05)
    thread = HostThread(host)
    address = thread.start()
    a, _ = join(address)
    try:
        wait_until(lambda: a.synced and len(a.session.journey.stages) == 5, [a])
    finally:
        a.close()
        thread.stop()
    assert host.saves == 0 and path.read_bytes() == before


def test_a_wrong_room_code_is_refused(hosted) -> None:  # type: ignore[no-untyped-def]
    _path, host, address, started = hosted
    wrong = SessionAddress(address.host, address.port, address.room, "x" * 32)
    participant, _ = join(wrong)
    started.append(participant)
    wait_until(lambda: participant.status == REFUSED, [participant])
    assert "wrong room code" in participant.status_detail
    assert participant.session.journey.stages == []
    assert any("wrong room code" in line for line in host.refusals)


def _drain_until_closed(websocket: ClientConnection, most: int = 100) -> None:
    """Read what the host sends until it closes the connection (within `most` messages).

    The wait is generous: on a loaded 2-core machine the host may take seconds to read and
    refuse a 17 MB message. A host that never closes still fails the test, only later.
    """
    with pytest.raises(ConnectionClosed):
        for _ in range(most):
            websocket.recv(timeout=RECV_WAIT)


def test_an_invalid_or_oversized_message_is_refused_without_harm(hosted, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.WARNING, logger="journeymapper.live.host")
    path, host, address, started = hosted
    good, _ = join(address)
    started.append(good)
    wait_until(lambda: good.synced and len(good.session.journey.stages) == 5, [good])
    stage_id = good.session.journey.stages[0].id
    # A hostile client: a stage colour the file format refuses, sent as a raw Yjs update.
    hostile = Doc()
    hostile.apply_update(good.bridge.doc.get_update())
    before = hostile.get_state()
    root(hostile, "stages")[stage_id]["colour"] = encode_value("javascript:alert(1)")
    update = hostile.get_update(before)
    with connect(address.url()) as websocket:
        websocket.send(create_update_message(update))
        _drain_until_closed(websocket)
    assert any("make the map invalid" in line for line in host.refusals)
    # ... and logged, with the peer's address.
    assert any("refused 127.0.0.1:" in r.getMessage() and "make the map invalid" in r.getMessage()
               for r in caplog.records)
    # Oversized: more than the host accepts in one message.
    with connect(address.url(), max_size=None) as websocket:
        websocket.send(b"\x00\x02" + b"x" * (17 * 1024 * 1024))
        _drain_until_closed(websocket)
    # Not a Yjs message at all.
    with connect(address.url()) as websocket:
        websocket.send(b"\x07garbage")
        _drain_until_closed(websocket)
    # A flood: far more messages per second than the limit.
    with connect(address.url()) as websocket:
        empty = create_update_message(Doc().get_update())
        with pytest.raises(ConnectionClosed):  # while still sending, or reading what is left
            for _ in range(3000):
                websocket.send(empty)
            for _ in range(100):
                websocket.recv(timeout=RECV_WAIT)
    assert any("too many messages" in line for line in host.refusals)
    # Nothing reached the others, the host's map or the file.
    good.pump()
    assert good.session.journey.stage(stage_id).colour != "javascript:alert(1)"  # type: ignore[union-attr]
    host_stage = host.bridge.session.journey.stage(stage_id)  # type: ignore[union-attr]
    assert host_stage is not None and host_stage.colour.startswith("#")
    history = History(good.session)
    history.execute(edits.rename("stages", stage_id, "Still working"))
    wait_until(lambda: load_journey(path).journey.stage(stage_id).name == "Still working", [good])  # type: ignore[union-attr]


def test_offline_edits_are_merged_when_the_host_is_back(tmp_path: Path) -> None:
    path = tmp_path / "m.journey"
    save_journey(build_template("5a", "en", "Offline"), path)
    host = LiveHost(load_journey(path).journey, save_to=path, host=LOOPBACK, save_delay=0.1)
    thread = HostThread(host)
    address = thread.start()
    a, history = join(address)
    try:
        wait_until(lambda: a.synced and len(a.session.journey.stages) == 5, [a])
        journey = a.session.journey
        stage, lane = journey.stages[0].id, journey.lanes[0].id
        # The room's websocket closes under a live participant: it is told and keeps its copy.
        host_doc_state = host.bridge.doc.get_update()  # type: ignore[union-attr]
        thread.stop()
        wait_until(lambda: a.status == DISCONNECTED, [a])
        assert len(a.session.journey.stages) == 5
        command, card_id = edits.add_card(a.session.journey, stage, lane, "written offline")
        history.execute(command)
        # The same session comes back on the same port with the room's document.
        host2 = LiveHost(load_journey(path).journey, save_to=path, host=LOOPBACK, port=address.port,
                         room=address.room, code=address.code, save_delay=0.1,
                         initial_update=host_doc_state)
        thread = HostThread(host2)
        thread.start()
        wait_until(lambda: a.status == CONNECTED and a.synced, [a], timeout=15)
        wait_until(lambda: (c := load_journey(path).journey.touchpoint(card_id)) is not None
                   and c.title == "written offline", [a])
    finally:
        a.close()
        thread.stop()


def test_addresses_are_read_strictly() -> None:
    address = parse_address("ws://127.0.0.1:9000/map-1?code=" + "a" * 32)
    assert (address.host, address.port, address.room) == (LOOPBACK, 9000, "map-1")
    for bad in ("http://127.0.0.1:9000/r?code=abc", "ws://127.0.0.1:9000/r", "ws://127.0.0.1:9000/?code=x"):
        with pytest.raises(ValueError):
            parse_address(bad)


class _NetPeer:
    """A participant with the interface the random-edit generator expects."""

    def __init__(self, name: str, participant: Participant, history: History) -> None:
        self.name, self.participant, self.history = name, participant, history

    @property
    def journey(self) -> JourneyMap:
        return self.participant.session.journey

    def run(self, command: object) -> bool:
        from journeymapper.model.commands import CommandError

        try:
            self.history.execute(command)  # type: ignore[arg-type]
        except CommandError:
            return False
        return True


def test_three_participants_editing_at_random_converge_over_websockets(hosted) -> None:  # type: ignore[no-untyped-def]
    import random

    from live_peers import comparable
    from test_live_convergence import _random_edit

    from journeymapper.model.integrity import find_problems

    path, host, address, started = hosted
    joined = [join(address) for _ in range(3)]
    started += [p for p, _ in joined]
    peers = [_NetPeer(f"p{n}", p, h) for n, (p, h) in enumerate(joined)]
    participants = [p.participant for p in peers]
    wait_until(lambda: all(p.synced and len(p.session.journey.stages) == 5 for p in participants),
               participants)
    rng = random.Random(7)
    for _ in range(30):
        _random_edit(rng.choice(peers), rng)
        if rng.random() < 0.5:  # sometimes the network catches up in between, sometimes not
            for participant in participants:
                participant.pump()

    def converged() -> bool:
        first = comparable(peers[0].journey)
        return all(comparable(p.journey) == first for p in peers[1:]) and comparable(
            host.bridge.session.journey) == first

    wait_until(converged, participants, timeout=15)
    for peer in peers:
        assert find_problems(peer.journey) == []
    wait_until(lambda: comparable(load_journey(path).journey) == comparable(peers[0].journey),
               participants, timeout=10)


def test_a_plain_yjs_client_joins_over_the_network_and_adds_a_card(hosted) -> None:  # type: ignore[no-untyped-def]
    """Another Yjs client (pycrdt's own Provider over a websocket, no JourneyMapper code) that
    follows docs/live-sessions.md: its card reaches the participants and the host's file."""
    import asyncio

    from pycrdt import Map, Provider, Text
    from websockets.asyncio.client import connect as connect_async

    path, _host, address, started = hosted
    app_peer, _ = join(address)
    started.append(app_peer)
    wait_until(lambda: app_peer.synced and len(app_peer.session.journey.stages) == 5, [app_peer])
    stage, lane = app_peer.session.journey.stages[3].id, app_peer.session.journey.lanes[1].id

    class Channel:  # pycrdt's Channel protocol over a `websockets` connection
        def __init__(self, websocket, path: str) -> None:  # type: ignore[no-untyped-def]
            self.websocket, self._path = websocket, path

        @property
        def path(self) -> str:
            return self._path

        def __aiter__(self):  # type: ignore[no-untyped-def]
            return self

        async def __anext__(self) -> bytes:
            try:
                return bytes(await self.websocket.recv())
            except Exception:
                raise StopAsyncIteration from None

        async def send(self, message: bytes) -> None:
            await self.websocket.send(message)

        async def recv(self) -> bytes:
            return bytes(await self.websocket.recv())

    async def other_client() -> None:
        doc: Doc = Doc()  # type: ignore[type-arg]
        async with connect_async(address.url()) as websocket, Provider(doc, Channel(websocket, address.room)):
            stages = doc.get("stages", type=Map)
            for _ in range(500):
                if len(stages) == 5:
                    break
                await asyncio.sleep(0.01)
            cards = doc.get("touchpoints", type=Map)
            with doc.transaction():
                cards["tp-from-yjs"] = Map({
                    "_pos": 1000.5, "id": '"tp-from-yjs"', "stage_id": f'"{stage}"', "lane_id": f'"{lane}"',
                    "order": "0", "title": '"From another Yjs client"', "description": Text("Over the wire"),
                })
            await asyncio.sleep(0.5)

    asyncio.run(other_client())
    wait_until(lambda: app_peer.session.journey.touchpoint("tp-from-yjs") is not None, [app_peer])
    card = app_peer.session.journey.touchpoint("tp-from-yjs")
    assert card is not None and (card.title, card.description) == ("From another Yjs client", "Over the wire")
    wait_until(lambda: load_journey(path).journey.touchpoint("tp-from-yjs") is not None, [app_peer])

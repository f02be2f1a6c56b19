"""In-process peers of a live session for tests: each an editing session, a bridge and an outbox.

Updates are delivered by hand, in whatever order a test chooses, so that tests can
exercise interleavings a real network would only produce by chance.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from pycrdt import Doc

from journeymapper.live.bridge import LiveBridge
from journeymapper.live.shared_doc import populate
from journeymapper.model.commands import Command, CommandError
from journeymapper.model.integrity import find_problems
from journeymapper.model.journey import JourneyMap
from journeymapper.model.session import EditingSession, History


@dataclass
class Peer:
    name: str
    session: EditingSession
    bridge: LiveBridge
    history: History
    outbox: list[bytes] = field(default_factory=list)

    @property
    def journey(self) -> JourneyMap:
        return self.session.journey

    def run(self, command: Command) -> bool:
        try:
            self.history.execute(command)
        except CommandError:
            return False
        return True


def make_peers(journey: JourneyMap, count: int) -> list[Peer]:
    """`count` peers that all start from `journey` (the first populates, the others sync)."""
    first_doc = Doc()
    populate(first_doc, journey)
    state = first_doc.get_update()
    peers = []
    for n in range(count):
        doc = first_doc if n == 0 else Doc()
        if n:
            doc.apply_update(state)
        session = EditingSession(journey.model_copy(deep=True))
        bridge = LiveBridge(session, doc)
        peer = Peer(f"peer{n}", session, bridge, History(session))
        bridge.add_sink(peer.outbox.append)
        peers.append(peer)
    return peers


class Network:
    """Delivery queues between peers: per sender in order (as over a websocket), interleaved at random.

    Each receiver has its own queue from each sender, so peers see other peers' updates
    in different interleavings, as they do through a relaying host.
    """

    def __init__(self, peers: list[Peer], rng: random.Random) -> None:
        self.peers = peers
        self.rng = rng
        self.queues: dict[tuple[str, str], list[bytes]] = {
            (s.name, r.name): [] for s in peers for r in peers if s is not r
        }

    def collect(self) -> None:
        for sender in self.peers:
            for update in sender.outbox:
                for receiver in self.peers:
                    if receiver is not sender:
                        self.queues[(sender.name, receiver.name)].append(update)
            sender.outbox.clear()

    def step(self) -> bool:
        """Deliver one queued update; False when nothing is queued."""
        self.collect()
        busy = [key for key, queue in self.queues.items() if queue]
        if not busy:
            return False
        sender, receiver = self.rng.choice(busy)
        update = self.queues[(sender, receiver)].pop(0)
        next(p for p in self.peers if p.name == receiver).bridge.apply_remote(update)
        return True

    def run(self, steps: int) -> None:
        for _ in range(steps):
            if not self.step():
                return

    def flush(self) -> None:
        for _ in range(100_000):
            if not self.step():
                return
        raise AssertionError("updates kept flowing")


def deliver_all(peers: list[Peer], rng: random.Random | None = None) -> None:
    """Deliver every pending update to every other peer until none is left (repairs included)."""
    Network(peers, rng or random.Random(0)).flush()


def comparable(journey: JourneyMap) -> dict[str, object]:
    data = journey.model_dump(mode="json")
    data.pop("modified")
    return data


def assert_converged(peers: list[Peer]) -> None:
    first = comparable(peers[0].journey)
    for peer in peers:
        assert find_problems(peer.journey) == [], peer.name
        assert comparable(peer.journey) == first, f"{peer.name} differs from {peers[0].name}"

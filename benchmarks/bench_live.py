"""Live sessions on loopback: edit propagation, memory of a session, time to join.

Run:  .venv/bin/python benchmarks/bench_live.py [--edits 60] [--propagation-cards 1000]
                                                [--join-cards 5000] [--join-repeat 5]

* propagation: a title edit on participant A until participant B's map holds it, through a
  host on 127.0.0.1 (median and max over --edits edits); baseline in the same run: the same
  command applied locally (what the editor does without a session).
* memory: resident memory added by a session's shared document and bridge for a map,
  against the memory of the map itself (both measured as RSS growth, fresh each).
* join: from connecting to holding every card of a --join-cards map, median and max of
  --join-repeat joins, wall and CPU; baseline in the same run: loading the same map from its
  file bytes (what opening the file costs), as many times.
Goals: propagation median ≤ 50 ms and max ≤ 250 ms at 1,000 cards; join ≤ 5 s at 5,000.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_maps import generate_map  # noqa: E402
from pycrdt import Doc  # noqa: E402

from journeymapper.fileformat import dumps_journey, loads_journey  # noqa: E402
from journeymapper.live.bridge import LiveBridge  # noqa: E402
from journeymapper.live.host import HostThread, LiveHost  # noqa: E402
from journeymapper.live.participant import Participant  # noqa: E402
from journeymapper.live.protocol import SessionAddress  # noqa: E402
from journeymapper.live.shared_doc import populate  # noqa: E402
from journeymapper.model.commands import UpdateItem  # noqa: E402
from journeymapper.model.journey import JourneyMap  # noqa: E402
from journeymapper.model.session import EditingSession  # noqa: E402


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


class Peer:
    """A participant pumped on this thread as soon as its connection wakes it."""

    def __init__(self, address: SessionAddress) -> None:
        self.woken = threading.Event()
        self.session = EditingSession(JourneyMap())
        self.participant = Participant(self.session, address, wakeup=self.woken.set)
        self.participant.start()


def pump_until(peers: list[Peer], condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for peer in peers:
            peer.woken.clear()
            peer.participant.pump()
        if condition():
            return
        peers[-1].woken.wait(0.002)
    raise TimeoutError("the session did not reach the expected state")


def propagation(cards: int, edits: int) -> None:
    journey = generate_map(cards, seed=1, language="en")
    host = HostThread(LiveHost(journey.model_copy(deep=True), host="127.0.0.1"))
    address = host.start()
    a, b = Peer(address), Peer(address)
    try:
        pump_until([a, b], lambda: len(b.session.journey.touchpoints) == cards
                   and len(a.session.journey.touchpoints) == cards)
        ids = [card.id for card in a.session.journey.touchpoints]
        remote: list[float] = []
        local: list[float] = []
        baseline = EditingSession(journey.model_copy(deep=True))
        for n in range(edits):
            card_id = ids[(n * 37) % len(ids)]
            title = f"edit {n}"
            start = time.perf_counter()
            baseline.apply(UpdateItem("touchpoints", card_id, {"title": title}))
            local.append(time.perf_counter() - start)
            start = time.perf_counter()
            a.session.apply(UpdateItem("touchpoints", card_id, {"title": title}))
            pump_until([a, b], lambda card_id=card_id, title=title:  # type: ignore[misc]
                       b.session.journey.touchpoint(card_id).title == title)  # type: ignore[union-attr]
            remote.append(time.perf_counter() - start)
        print(f"propagation at {cards} cards over {edits} edits (A → host → B, loopback):")
        for name, times in (("remote", remote), ("local", local)):
            median, most = statistics.median(times) * 1000, max(times) * 1000
            print(f"  {name:8} median {median:7.2f} ms   max {most:7.2f} ms")
        print(f"  ratio    median {statistics.median(remote) / statistics.median(local):7.1f}×")
    finally:
        a.participant.close()
        b.participant.close()
        host.stop()


def memory(cards: int) -> None:
    """Measured in a fresh interpreter each, so earlier work's freed memory does not hide growth."""
    out = subprocess.run([sys.executable, __file__, "--memory-child", str(cards)],
                         capture_output=True, text=True, check=True).stdout.split()
    model, session = int(out[0]), int(out[1])
    print(f"memory at {cards} cards: map {model / 1024:6.1f} MiB, session (Y.Doc + bridge) "
          f"{session / 1024:6.1f} MiB ({session / max(model, 1):.2f}× the map)")


def memory_child(cards: int) -> None:
    data = dumps_journey(generate_map(cards, seed=1, language="en"))
    gc.collect()
    before = rss_kib()
    journey = loads_journey(data).journey
    gc.collect()
    model = rss_kib() - before
    before = rss_kib()
    doc: Doc = Doc()  # type: ignore[type-arg]
    populate(doc, journey)
    bridge = LiveBridge(EditingSession(journey), doc)
    gc.collect()
    print(model, rss_kib() - before)
    bridge.close()


def join(cards: int, repeat: int) -> None:
    """Median and max of `repeat` joins (a fresh participant each) against as many file loads."""
    journey = generate_map(cards, seed=1, language="en")
    data = dumps_journey(journey)
    opening: list[float] = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        loads_journey(data)
        opening.append(time.perf_counter() - start)
    host = HostThread(LiveHost(journey, host="127.0.0.1"))
    address = host.start()
    walls: list[float] = []
    cpus: list[float] = []
    try:
        for _ in range(repeat):
            gc.collect()
            start, cpu = time.perf_counter(), time.process_time()
            peer = Peer(address)
            pump_until([peer], lambda peer=peer: peer.participant.synced  # type: ignore[misc]
                       and len(peer.session.journey.touchpoints) == cards)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)  # this process: participant and host threads
            peer.participant.close()
        wall, load = statistics.median(walls), statistics.median(opening)
        print(f"join at {cards} cards over {repeat} joins: median {wall:5.2f} s   max {max(walls):5.2f} s   "
              f"CPU median {statistics.median(cpus):5.2f} s (host and participant)")
        print(f"  opening the file: median {load:5.2f} s   max {max(opening):5.2f} s   "
              f"(join / open {wall / load:.1f}×)")
    finally:
        host.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--propagation-cards", type=int, default=1000)
    parser.add_argument("--join-cards", type=int, default=5000)
    parser.add_argument("--join-repeat", type=int, default=5)
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return 0
    propagation(args.propagation_cards, args.edits)
    memory(args.propagation_cards)
    memory(args.join_cards)
    join(args.join_cards, args.join_repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A live session across real processes on loopback: `journeymapper serve` and three participants."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from test_live_network import join, wait_until

from journeymapper.fileformat import load_journey, save_journey
from journeymapper.live.protocol import parse_address
from journeymapper.model import edits
from journeymapper.model.templates import build_template

PARTICIPANT = textwrap.dedent("""
    import sys, time
    from journeymapper.live.participant import Participant
    from journeymapper.live.protocol import parse_address
    from journeymapper.model import edits
    from journeymapper.model.journey import JourneyMap
    from journeymapper.model.session import EditingSession, History

    session = EditingSession(JourneyMap())
    me = Participant(session, parse_address(sys.argv[1]))
    me.start()
    deadline = time.monotonic() + 20
    def until(test):
        while time.monotonic() < deadline:
            me.pump()
            if test():
                return
            time.sleep(0.01)
        raise SystemExit("timed out")
    until(lambda: me.synced and session.journey.stages)
    j = session.journey
    command, _ = edits.add_card(j, j.stages[1].id, j.lanes[1].id, "from another process")
    History(session).execute(command)
    until(lambda: any(c.title == "from the test" for c in session.journey.touchpoints))
    me.pump()
    time.sleep(0.3)
    me.pump()
    me.close()
""")


def test_serve_and_participants_in_separate_processes(tmp_path: Path) -> None:
    path = tmp_path / "shared.journey"
    save_journey(build_template("5a", "en", "Across processes"), path)
    host = subprocess.Popen(
        [sys.executable, "-m", "journeymapper.cli", "serve", str(path), "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE, text=True,
    )
    other = None
    participant = None
    try:
        assert host.stdout is not None
        url = ""
        for _ in range(10):
            line = host.stdout.readline()
            if line.startswith("Join with:"):
                url = line.split("'")[1]
                break
        address = parse_address(url)
        assert address.host == "127.0.0.1"
        other = subprocess.Popen([sys.executable, "-c", PARTICIPANT, url])
        participant, history = join(address)
        wait_until(lambda: participant.synced and len(participant.session.journey.stages) == 5, [participant])
        journey = participant.session.journey
        command, _ = edits.add_card(journey, journey.stages[0].id, journey.lanes[0].id, "from the test")
        history.execute(command)
        def other_card_arrived() -> bool:
            return any(c.title == "from another process" for c in participant.session.journey.touchpoints)

        wait_until(other_card_arrived, [participant], timeout=20)
        assert other.wait(timeout=20) == 0
    finally:
        if participant is not None:
            participant.close()
        if other is not None and other.poll() is None:
            other.kill()
        host.send_signal(signal.SIGINT)
        host.wait(timeout=20)
    # The host saved on the way out: both cards are in the file, and it is valid.
    titles = {card.title for card in load_journey(path).journey.touchpoints}
    assert {"from the test", "from another process"} <= titles


def _serve(path: Path, *options: str, said: list[str] | None = None) -> tuple[subprocess.Popen[str], str]:
    """`journeymapper serve PATH OPTIONS` in its own process; it and the first address it prints."""
    host = subprocess.Popen(
        [sys.executable, "-m", "journeymapper.cli", "serve", str(path), "--port", "0",
         *(options or ("--host", "127.0.0.1"))],
        stdout=subprocess.PIPE, text=True,
    )
    assert host.stdout is not None
    for _ in range(10):
        line = host.stdout.readline()
        if said is not None:
            said.append(line)
        if line.startswith("Join with:"):
            return host, line.split("'")[1]
    host.kill()
    raise AssertionError("serve did not print the address")


def _reachable(host: str, port: int) -> bool:
    import socket

    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def test_serve_listens_only_where_it_is_told_and_says_where(tmp_path: Path) -> None:
    from journeymapper.live.discovery import local_interfaces

    path = tmp_path / "bound.journey"
    save_journey(build_template("5a", "en", "Bound"), path)
    others = [i.address for i in local_interfaces() if not i.is_loopback]
    said: list[str] = []
    host, url = _serve(path, said=said)  # no --host: this computer only
    try:
        port = parse_address(url).port
        assert any("127.0.0.1, this computer only" in line for line in said)
        assert _reachable("127.0.0.1", port)
        for address in others:  # the room's network cannot reach it
            assert not _reachable(address, port)
    finally:
        host.send_signal(signal.SIGINT)
        host.wait(timeout=20)
    if others:  # listening on one network interface: not on loopback
        host, url = _serve(path, "--host", others[0])
        try:
            address = parse_address(url)
            assert address.host == others[0] and _reachable(others[0], address.port)
            assert not _reachable("127.0.0.1", address.port)
        finally:
            host.send_signal(signal.SIGINT)
            host.wait(timeout=20)
    said = []
    host, _url = _serve(path, "--host", "0.0.0.0", said=said)  # everywhere: allowed, and said so
    try:
        assert any("ALL network interfaces" in line for line in said)
    finally:
        host.send_signal(signal.SIGINT)
        host.wait(timeout=20)


def test_serve_holds_the_file_lock_and_a_second_serve_is_told(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from journeymapper.cli import main
    from journeymapper.file_lock import FileLock

    path = tmp_path / "hosted.journey"
    save_journey(build_template("5a", "en", "Hosted"), path)
    host, _url = _serve(path)
    try:
        holder = FileLock(path).acquire()
        assert holder is not None and holder.serving and holder.pid == host.pid
        assert main(["serve", str(path), "--port", "0"]) == 1
        err = capsys.readouterr().err
        assert "already shared in a live session" in err and f"process {host.pid}" in err
    finally:
        host.send_signal(signal.SIGINT)
        host.wait(timeout=20)
    # Ended: the lock went with it, and the file can be served again.
    lock = FileLock(path)
    assert lock.acquire() is None
    # While an editor (here: this process) has the map open, serve refuses it.
    try:
        assert main(["serve", str(path), "--port", "0"]) == 1
        assert "open in JourneyMapper" in capsys.readouterr().err
    finally:
        lock.release()

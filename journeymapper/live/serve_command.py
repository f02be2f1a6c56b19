"""`journeymapper serve FILE.journey`: host a live session without a window.

The host listens on loopback unless told otherwise, and says plainly where it listens:
a facilitator must choose to expose the map to the room's network (``--host`` with
this computer's address on that network), and listening on every interface
(``--host 0.0.0.0``) is allowed but announced as such.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import signal
import sys
from pathlib import Path

from journeymapper.file_lock import SERVING, FileLock, LockHolder
from journeymapper.fileformat import JourneyFileError, load_journey
from journeymapper.live.discovery import Announcement, local_interfaces
from journeymapper.live.host import LiveHost
from journeymapper.live.protocol import AddressError, SessionAddress, check_code_strength


def _say(text: str) -> None:
    print(text, flush=True)


def _where(host: str) -> str:
    if host in ("0.0.0.0", "::"):
        return "ALL network interfaces (anyone who can reach this computer and has the code can join)"
    if ipaddress.ip_address(host).is_loopback:
        return f"{host}, this computer only"
    return f"{host} (the local network)"


def run_serve(path: str, host: str, port: int, room: str | None, code: str | None) -> int:
    """Serve until interrupted (Ctrl+C or SIGTERM); the exit status."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        print(f"--host {host}: give an IP address of this computer (e.g. 127.0.0.1)", file=sys.stderr)
        return 2
    if code is not None:
        try:
            check_code_strength(code)
        except AddressError as error:
            print(f"--code: {error}", file=sys.stderr)
            return 2
    # The host owns the file: the same lock an editor window takes, held until the end.
    lock = FileLock(path, SERVING)
    holder = lock.acquire() if Path(path).is_file() else None
    if holder is not None:
        print(_held_by(path, holder), file=sys.stderr)
        return 1
    try:
        try:
            journey = load_journey(path).journey
        except JourneyFileError as error:
            for line in error.lines():
                print(line, file=sys.stderr)
            return 1
        live = LiveHost(journey, save_to=Path(path), host=host, port=port, room=room, code=code,
                        on_event=lambda text: _say(f"  {text}"))
        try:
            asyncio.run(_serve(live, journey.title))
        except OSError as error:
            print(f"{host}:{port}: cannot listen: {error.strerror or error}", file=sys.stderr)
            return 1
    finally:
        lock.release()
    _say(f"Saved {path} ({live.saves} save(s)). Session ended.")
    return 0


def _held_by(path: str, holder: LockHolder) -> str:
    who = f"process {holder.pid} on {holder.hostname or 'this computer'}" if holder.pid else "another program"
    if holder.serving:
        return f"{path}: already shared in a live session ({who}); join that session instead."
    return f"{path}: open in JourneyMapper ({who}); close it there first (or serve a copy of it)."


async def _serve(live: LiveHost, title: str) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows
            loop.add_signal_handler(sig, live.stop)
    task = asyncio.create_task(live.run())
    ready = asyncio.create_task(live.ready.wait())
    await asyncio.wait([task, ready], return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()  # raises why it could not start
        return
    address = live.address
    _say(f"Live session on {_where(address.host)}, port {address.port}.")
    for url in _urls(address):
        _say(f"Join with: journeymapper join '{url}'")
    if address.host in ("127.0.0.1", "::1"):
        others = [i.address for i in local_interfaces() if not i.is_loopback]
        if others:
            _say(f"Only this computer can join. For the room's network: --host {others[0]}")
    announcement = Announcement(address, title)
    _say("Press Ctrl+C to end the session (the map is saved first).")
    try:
        await task
    finally:
        announcement.close(wait=True)


def _urls(address: SessionAddress) -> list[str]:
    if address.host not in ("0.0.0.0", "::"):
        return [address.url()]
    return [SessionAddress(i.address, address.port, address.room, address.code).url()
            for i in local_interfaces()]

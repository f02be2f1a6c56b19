"""Finding sessions on the local network (mDNS / DNS-SD through `zeroconf`) and local interfaces.

A host that listens on a network interface announces ``_journeymapper._tcp.local.``
with the room name and the map's title; the room CODE is never announced, so
discovery saves typing an address but still needs the code from the facilitator.
A host on loopback announces nothing: nobody else could reach it.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

import ifaddr
from zeroconf import ServiceBrowser as _Browser
from zeroconf import ServiceInfo, ServiceStateChange, Zeroconf

from journeymapper.live.protocol import SessionAddress

log = logging.getLogger(__name__)

SERVICE = "_journeymapper._tcp.local."


@dataclass(frozen=True)
class Interface:
    address: str
    name: str

    @property
    def is_loopback(self) -> bool:
        return ipaddress.ip_address(self.address).is_loopback


def local_interfaces() -> list[Interface]:
    """This computer's IPv4 addresses, loopback first, for the host to choose from."""
    found: list[Interface] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str):
                found.append(Interface(ip.ip, adapter.nice_name))
    found.sort(key=lambda i: (not i.is_loopback, i.address))
    return found


@dataclass(frozen=True)
class Discovered:
    """A session seen on the network: where it is and what map it shares (no code)."""

    host: str
    port: int
    room: str
    title: str

    def address(self, code: str) -> SessionAddress:
        return SessionAddress(self.host, self.port, self.room, code)


def service_info(address: SessionAddress, title: str) -> ServiceInfo:
    """The DNS-SD record a host announces: room and title in the TXT record, never the code."""
    name = f"{title[:40] or 'JourneyMapper'} ({address.room}).{SERVICE}"
    return ServiceInfo(
        SERVICE,
        name,
        addresses=[socket.inet_aton(address.host)],
        port=address.port,
        properties={"room": address.room, "title": title[:100]},
        server=f"{address.room}.local.",
    )


def discovered_from(info: ServiceInfo) -> Discovered | None:
    """Read an announcement defensively (anyone on the network can announce anything)."""
    props = {k.decode("utf-8", "replace"): (v or b"").decode("utf-8", "replace")
             for k, v in (info.properties or {}).items() if isinstance(k, bytes)}
    addresses = info.parsed_addresses()
    if not addresses or not info.port:
        return None
    room, title = props.get("room", ""), props.get("title", "")
    return Discovered(addresses[0], int(info.port), room[:64], title[:100])


class Announcement:
    """Announces a hosted session until `close()`; does nothing for a loopback host.

    Registering takes zeroconf well over a second (it probes the network for name clashes
    first), so it runs on its own thread: starting a session never freezes the window.
    """

    def __init__(self, address: SessionAddress, title: str) -> None:
        self._zeroconf: Zeroconf | None = None
        self._info: ServiceInfo | None = None
        self._lock = threading.Lock()
        self._closed = False
        self.registered = threading.Event()  # set once announced (tests and the log wait on it)
        self._thread: threading.Thread | None = None
        if ipaddress.ip_address(address.host).is_loopback or address.host == "0.0.0.0":
            return
        self._thread = threading.Thread(target=self._register, args=(address, title),
                                        name="journeymapper-announce", daemon=True)
        self._thread.start()

    def _register(self, address: SessionAddress, title: str) -> None:
        zeroconf: Zeroconf | None = None
        try:
            zeroconf = Zeroconf(interfaces=[address.host])
            info = service_info(address, title)
            zeroconf.register_service(info)
        except (OSError, ValueError) as error:  # no multicast on this network: joining by address still works
            log.warning("live session: could not announce on the network: %s", error)
            if zeroconf is not None:
                zeroconf.close()
            return
        with self._lock:
            closed = self._closed
            if not closed:
                self._zeroconf, self._info = zeroconf, info
        if closed:  # the session ended while this was being announced
            _withdraw(zeroconf, info)
            return
        self.registered.set()

    def close(self, wait: bool = False) -> None:
        """Withdraw the announcement (a goodbye on the network, so lists drop it at once).

        The goodbye takes a few hundred milliseconds; the editor lets it finish on a thread,
        a command that is about to exit passes `wait=True` so it is sent before the end.
        """
        with self._lock:
            self._closed = True
            zeroconf, info = self._zeroconf, self._info
            self._zeroconf = self._info = None
        if zeroconf is None:
            if wait and self._thread is not None:
                self._thread.join(5.0)
            return
        withdrawing = threading.Thread(target=_withdraw, args=(zeroconf, info), name="journeymapper-withdraw")
        withdrawing.start()  # not a daemon: quitting waits the moment it takes
        if wait:
            withdrawing.join(5.0)


def _withdraw(zeroconf: Zeroconf, info: ServiceInfo | None) -> None:
    if info is not None:
        try:
            zeroconf.unregister_service(info)
        except Exception as error:  # best effort while shutting down
            log.debug("could not withdraw the announcement: %s", error)
    zeroconf.close()


class Browser:
    """Lists announced sessions; calls `on_change(sessions)` from zeroconf's thread."""

    def __init__(self, on_change: Callable[[list[Discovered]], None]) -> None:
        self.on_change = on_change
        self.sessions: dict[str, Discovered] = {}
        self._lock = threading.Lock()
        self._zeroconf = Zeroconf()
        self._browser = _Browser(self._zeroconf, SERVICE, handlers=[self._changed])

    def _changed(self, zeroconf: Zeroconf, service_type: str, name: str,
                 state_change: ServiceStateChange) -> None:
        with self._lock:
            if state_change is ServiceStateChange.Removed:
                self.sessions.pop(name, None)
            else:
                info = zeroconf.get_service_info(service_type, name, timeout=2000)
                found = discovered_from(info) if info is not None else None
                if found is not None:
                    self.sessions[name] = found
            current = list(self.sessions.values())
        self.on_change(current)

    def close(self) -> None:
        self._browser.cancel()
        self._zeroconf.close()

"""Room codes, addresses, rate limits, discovery records and the serve/join command lines."""

from __future__ import annotations

import pytest

from journeymapper.cli import main
from journeymapper.live.discovery import discovered_from, service_info
from journeymapper.live.protocol import (
    AddressError,
    RateLimit,
    SessionAddress,
    check_code_strength,
    new_room_code,
    parse_address,
    request_allowed,
)


def test_room_codes_carry_at_least_128_random_bits() -> None:
    codes = {new_room_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        check_code_strength(code)
        assert len(code) * 6 >= 128
    with pytest.raises(AddressError):
        check_code_strength("short-code")


def test_the_handshake_needs_the_room_and_its_exact_code() -> None:
    code = new_room_code()
    assert request_allowed(f"/room-1?code={code}", "room-1", code) is None
    assert request_allowed(f"/room-1?code={code[:-1]}", "room-1", code) == "wrong room code"
    assert request_allowed("/room-1", "room-1", code) == "wrong room code"
    assert request_allowed(f"/room-2?code={code}", "room-1", code) == "no such room"
    assert request_allowed(f"/room-1?code={code}&code={code}", "room-1", code) == "wrong room code"


def test_the_room_code_is_compared_in_constant_time(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import hmac

    from journeymapper.live import protocol

    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def recording(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(protocol.hmac, "compare_digest", recording)
    code = new_room_code()
    assert request_allowed(f"/room-1?code={code[:-1]}x", "room-1", code) == "wrong room code"
    assert request_allowed(f"/room-1?code={code}", "room-1", code) is None
    assert compared == [((code[:-1] + "x").encode(), code.encode()), (code.encode(), code.encode())]


def test_rate_limit_allows_bursts_then_refuses_until_time_passes() -> None:
    now = [0.0]
    limit = RateLimit(per_second=10, burst=5, clock=lambda: now[0])
    assert all(limit.allow() for _ in range(5))
    assert not limit.allow()
    now[0] += 0.5  # five more tokens
    assert sum(limit.allow() for _ in range(10)) == 5


def test_an_address_round_trips_and_bad_ones_say_why() -> None:
    address = SessionAddress("127.0.0.1", 8737, "map-1", new_room_code())
    assert parse_address(address.url()) == address
    with pytest.raises(AddressError, match="ws://"):
        parse_address("https://127.0.0.1/map-1?code=x")
    with pytest.raises(AddressError, match="code"):
        parse_address("ws://127.0.0.1:8737/map-1")


def test_discovery_announces_room_and_title_but_never_the_code() -> None:
    address = SessionAddress("127.0.0.1", 8737, "map-1", new_room_code())
    info = service_info(address, "Workshop")
    assert address.code.encode() not in b"".join(v or b"" for v in info.properties.values())
    found = discovered_from(info)
    assert found is not None and (found.host, found.port, found.room, found.title) == (
        "127.0.0.1", 8737, "map-1", "Workshop")


def test_serve_and_join_refuse_bad_arguments_with_a_clear_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "missing.journey"
    assert main(["serve", str(missing)]) == 1
    assert main(["serve", str(missing), "--host", "not-an-address"]) == 2
    assert "--host" in capsys.readouterr().err
    assert main(["serve", str(missing), "--code", "short"]) == 2
    assert "128 bits" in capsys.readouterr().err
    assert main(["join", "ws://127.0.0.1:8737/map-1"]) == 2
    assert "room code" in capsys.readouterr().err


def test_serve_on_a_port_in_use_says_so_without_a_traceback(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import socket

    from journeymapper.fileformat import save_journey
    from journeymapper.model.templates import build_template

    path = tmp_path / "m.journey"
    save_journey(build_template("5a", "en"), path)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", str(path), "--host", "127.0.0.1", "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert "cannot listen" in err and "Traceback" not in err


def test_garbage_from_a_host_is_ignored_and_the_map_kept() -> None:
    from journeymapper.live.participant import Event, Participant
    from journeymapper.model.session import EditingSession
    from journeymapper.model.templates import build_template

    session = EditingSession(build_template("5a", "en"))
    participant = Participant(session, SessionAddress("127.0.0.1", 1, "r", new_room_code()))
    before = session.journey.model_dump()
    for junk in (b"", b"\x00", b"\x00\x02\xff\xff\xff", b"\x00\x01\x05abc", b"\x01\xff", b"\x09"):
        participant.connection.events.put(Event("message", junk))
    assert participant.pump() == []
    assert session.journey.model_dump() == before


def test_a_host_on_loopback_announces_nothing() -> None:
    from journeymapper.live.discovery import Announcement

    announcement = Announcement(SessionAddress("127.0.0.1", 8737, "map-1", new_room_code()), "Private")
    try:
        assert announcement._thread is None  # nobody else could reach it: nothing to tell the network
    finally:
        announcement.close()

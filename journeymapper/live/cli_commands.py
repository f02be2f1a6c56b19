"""The `serve` and `join` subcommands: registered here, run lazily (no network code at start-up)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from journeymapper.live.protocol_constants import DEFAULT_PORT, LOOPBACK

NAMES = ("serve", "join")


def _cmd_serve(args: argparse.Namespace) -> int:
    from journeymapper.live.serve_command import run_serve

    return run_serve(args.file, args.host, args.port, args.room, args.code)


def _join_with(open_editor: Callable[[str, str | None], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from journeymapper.live.protocol import AddressError, parse_address

        try:
            parse_address(args.url)
        except AddressError as error:
            print(f"journeymapper join: {error}", file=sys.stderr)
            return 2
        return open_editor(args.url, args.name)

    return run


def register(sub: argparse._SubParsersAction, open_editor: Callable[[str, str | None], int]) -> None:  # type: ignore[type-arg]
    """Add `serve` and `join`; `open_editor(url, name)` starts the editor joined (the editor
    lives above this package, so the command line hands it in)."""
    serve = sub.add_parser(
        "serve", help="host a live session on a map (no window)",
        description="Share a map with editors on the local network. The file is saved a few "
                    "seconds after each change and when the session ends (Ctrl+C).")
    serve.add_argument("file", metavar="FILE.journey")
    serve.add_argument("--host", default=LOOPBACK,
                       help=f"IP address to listen on (default {LOOPBACK}: this computer only; "
                            "use this computer's address on the room's network to let others join)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help=f"port (default {DEFAULT_PORT}; 0: any free port)")
    serve.add_argument("--room", help="room name (default: a random one)")
    serve.add_argument("--code", help="room code, 22+ characters (default: a fresh random code)")
    serve.set_defaults(run=_cmd_serve)

    join = sub.add_parser("join", help="open the editor joined to a live session",
                          description="Open the editor on a map shared by 'journeymapper serve' or "
                                      "File ▸ Start live session….")
    join.add_argument("url", metavar="ws://HOST:PORT/ROOM?code=CODE")
    join.add_argument("--name", help="your name as others see it (default: from Preferences)")
    join.set_defaults(run=_join_with(open_editor))

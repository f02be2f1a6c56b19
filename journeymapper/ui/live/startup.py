"""`journeymapper join URL`: the editor opened straight into a live session."""

from __future__ import annotations

import sys

from journeymapper.live.protocol import parse_address
from journeymapper.ui.live.controller import remember_name
from journeymapper.ui.live.menu import join_in_new_window


def run_joined(url: str, name: str | None = None) -> int:
    """Open one window joined to the session at `url`; runs until the last window closes."""
    from journeymapper.ui.app import create_application
    from journeymapper.ui.errors import install_exception_hook
    from journeymapper.ui.workspace import Workspace

    address = parse_address(url)
    app = create_application()
    install_exception_hook()
    if name:
        remember_name(name)
    workspace = Workspace()
    print(f"Joining {address.without_code()}…", file=sys.stderr)

    def failed(reason: str) -> None:
        print(f"journeymapper join: {reason}", file=sys.stderr)
        app.exit(1)

    pending = join_in_new_window(workspace, address)
    pending.failed.connect(failed)
    app.setQuitOnLastWindowClosed(True)
    return int(app.exec())

"""Frozen entry point of the editor that desktop launchers start (no console window on Windows)."""

import sys

from journeymapper.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())

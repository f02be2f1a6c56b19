"""Frozen entry point of the `journeymapper` command (a console program on Windows)."""

import sys

from journeymapper.cli import main

if __name__ == "__main__":
    sys.exit(main())

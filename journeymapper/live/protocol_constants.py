"""Defaults the command line needs without loading the network libraries."""

DEFAULT_PORT = 8737
LOOPBACK = "127.0.0.1"

"""A guard against a reference-counting bug in some PySide6 builds on Python < 3.12.

PySide6-Essentials 6.12.0 (abi3 wheels) returns `None` from every void C++ method,
and `True`/`False` from bool methods, without taking a reference. Python 3.12+ does
not mind (those objects are immortal there), but on Python 3.10/3.11 each call
steals one reference, and after some thousands of calls — a few seconds of
painting — the interpreter aborts with "deallocating None" (or True/False).

The real fix is a PySide6 version without the bug (the project pins around it). This
guard makes the editor safe even where a bad build gets installed: it *detects* the
leak with harmless calls and only then gives these singletons the "practically
immortal" reference count Python 3.12 gives them. On good builds it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

IMMORTAL_BOOST = 1 << 40  # a trillion stolen references before None could ever reach zero


def void_calls_leak_none() -> bool:
    """True when calling a void PySide6 method loses a reference to None."""
    from PySide6.QtCore import QPoint

    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(64):
        point.setX(1)
    return sys.getrefcount(None) < before - 32


def protect_singletons() -> bool:
    """Apply the guard if this interpreter and PySide6 need it; True if applied.

    Only the None leak is cheap to provoke; the bool leak shows up in other call
    paths of the same builds, so a build that leaks None gets all three protected.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not void_calls_leak_none():
        return False
    for value in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(value))
        refcount.value += IMMORTAL_BOOST
    return True


PROTECTED = protect_singletons()

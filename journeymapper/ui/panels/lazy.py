"""Dock panels made when they are first needed, so that a map's first frame does not wait for them.

A window has nine docked panels; at most two or three of them are on screen when it
opens (the others are tabs behind them). Building every panel before the first frame
cost about a tenth of opening a 1,000-card map. A panel registered here is made:

* when its dock comes on screen (shown, or its tab chosen): the docks visible when the
  window opens get their panels before the window is first painted, so nobody ever
  sees an empty dock;
* when code asks for it (`get`: the window's attributes such as `workbench.personas`
  are properties that ask), e.g. a click on a KPI chip opens the KPI panel;
* otherwise right after the window's first frame (`make_rest`, ~60 ms for all of them),
  before the user can have looked for one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QWidget


class LazyPanels(QObject):
    """Panels by key: each one made once, by its maker, and put in place by its placer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[str, tuple[Callable[[], QWidget], Callable[[QWidget], None]]] = {}
        self._made: dict[str, QWidget] = {}
        self._stopped = False

    def add(
        self, key: str, dock: QDockWidget, make: Callable[[], QWidget], place: Callable[[QWidget], None]
    ) -> None:
        """Register a panel; `place` puts the made panel in `dock` (directly or in a scroll area)."""
        self._pending[key] = (make, place)
        dock.visibilityChanged.connect(lambda visible, key=key: self.get(key) if visible else None)

    def get(self, key: str) -> QWidget:
        """The panel, made now if it was not yet."""
        panel = self._made.get(key)
        if panel is None:
            make, place = self._pending.pop(key)
            panel = self._made[key] = make()
            place(panel)
        return panel

    def made(self) -> list[QWidget]:
        """The panels made so far (the others will start from the current state when made)."""
        return list(self._made.values())

    def is_made(self, key: str) -> bool:
        return key in self._made

    def make_rest(self) -> None:
        """Make the panels nobody needed yet (unless the window is closing)."""
        while self._pending and not self._stopped:
            self.get(next(iter(self._pending)))

    def stop(self) -> None:
        """The window is closing: make nothing more unless asked (`get` still makes)."""
        self._stopped = True

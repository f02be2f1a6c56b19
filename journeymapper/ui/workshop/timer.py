"""The workshop timer: a countdown in the corner of the canvas, also in the presentation view.

"Five minutes for pains" is how a workshop keeps its pace. The timer is a label on the
canvas's viewport (so it stays in the corner when the map scrolls, and is there in the
presentation view, which is the same canvas); Start / Pause, Reset and Set Duration are
actions with keys. When the time is up the label turns red and blinks, and the status bar
says so; nothing else is interrupted.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

DEFAULT_SECONDS = 5 * 60
TICK_MS = 250
MARGIN = 14
STYLE = (
    "QLabel#workshopTimer {{ background: {bg}; color: {fg}; border-radius: 10px; padding: 6px 14px;"
    " font-size: {size}px; font-weight: 700; }}"
)


def clock(seconds: float) -> str:
    """'4:05' for 245 seconds; never negative."""
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class WorkshopTimer(QObject):
    """A countdown shown over a widget's top-right corner."""

    finished = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.duration = float(DEFAULT_SECONDS)
        self._left_at_start = self.duration
        self._clock = QElapsedTimer()
        self.running = False
        self.done = False
        self.label = QLabel(host)
        self.label.setObjectName("workshopTimer")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.hide()
        self._blink = False
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize and self.label.isVisible():
            self._show()  # stay in the corner (going full screen for the presentation view)
        return False

    def remaining(self) -> float:
        if self.running:
            return max(0.0, self._left_at_start - self._clock.elapsed() / 1000.0)
        return self._left_at_start

    def start_pause(self) -> None:
        if self.running:
            self._left_at_start = self.remaining()
            self.running = False
            self.ticker.stop()
        else:
            if self.done or self._left_at_start <= 0:
                self.reset()
            self._clock.start()
            self.running = True
            self.ticker.start()
        self._show()

    def reset(self) -> None:
        self.running = False
        self.done = False
        self.ticker.stop()
        self._left_at_start = self.duration
        self._show()

    def set_duration(self, seconds: float) -> None:
        self.duration = max(1.0, seconds)
        self.reset()

    def ask_duration(self) -> None:
        """Set Duration…: minutes, typed (keyboard only) in a small dialog."""
        minutes, ok = QInputDialog.getDouble(
            self.host.window(),
            self.tr("Timer"),
            self.tr("Minutes:"),
            self.duration / 60,
            0.1,
            180,
            1,
        )
        if ok:
            self.set_duration(minutes * 60)

    def hide(self) -> None:
        self.reset()
        self.label.hide()

    def _tick(self) -> None:
        if self.running and self.remaining() <= 0:
            self.running = False
            self.done = True
            self._left_at_start = 0.0
            self.finished.emit()
        if self.done:
            self._blink = not self._blink
        self._show()
        if not self.running and not self.done:
            self.ticker.stop()

    def _show(self) -> None:
        size = max(18, min(44, self.host.height() // 14))
        if self.done:
            bg, fg = ("#DC2626", "#FFFFFF") if self._blink else ("#FFFFFF", "#DC2626")
        elif self.running:
            bg, fg = "#111827", "#FFFFFF"
        else:
            bg, fg = "#4B5563", "#F9FAFB"
        self.label.setStyleSheet(STYLE.format(bg=bg, fg=fg, size=size))
        text = self.tr("Time is up") if self.done else clock(self.remaining())
        if not self.running and not self.done:
            text = self.tr("%1 (paused)").replace("%1", text)
        self.label.setText(text)
        self.label.adjustSize()
        self.label.move(self.host.width() - self.label.width() - MARGIN, MARGIN)
        self.label.show()
        self.label.raise_()

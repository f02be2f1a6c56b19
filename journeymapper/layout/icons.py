"""Small vector icons for channels and pain kinds, built from display primitives.

Icons are drawn, not taken from an icon font: the bundled Noto Sans has no symbols
and a poster must not depend on fonts installed on the printing machine. Each kind
gets a different shape so that colour is never the only cue (colour-blind readers).
"""

from __future__ import annotations

import math

from journeymapper.layout.display import Circle, Line, Path, PathOp, Primitive, Rect
from journeymapper.model.vocabulary import Channel, PainKind

_K = 0.5523  # Bézier circle constant


def _ellipse_ops(cx: float, cy: float, rx: float, ry: float) -> tuple[PathOp, ...]:
    kx, ky = rx * _K, ry * _K
    return (
        ("M", cx + rx, cy),
        ("C", cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry),
        ("C", cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy),
        ("C", cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry),
        ("C", cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy),
        ("Z",),
    )


def channel_icon(channel: Channel, x: float, y: float, size: float, colour: str, ref: str) -> list[Primitive]:
    """A glyph for `channel` inside the square (x, y, size), stroked in `colour`."""
    s = size
    cx, cy = x + s / 2, y + s / 2
    w = max(0.6, s * 0.09)
    role = "channel-icon"

    def line(x1: float, y1: float, x2: float, y2: float) -> Line:
        return Line(x1, y1, x2, y2, stroke=colour, stroke_width=w, ref=ref, role=role)

    def path(ops: tuple[PathOp, ...], fill: str | None = None) -> Path:
        return Path(ops, stroke=None if fill else colour, stroke_width=w, fill=fill, ref=ref, role=role)

    if channel == Channel.WEB:
        r = s * 0.36
        return [
            Circle(cx, cy, r, stroke=colour, stroke_width=w, ref=ref, role=role),
            path(_ellipse_ops(cx, cy, r * 0.45, r)),
            line(cx - r, cy, cx + r, cy),
        ]
    if channel == Channel.MOBILE_APP:
        return [
            Rect(
                cx - s * 0.2,
                y + s * 0.12,
                s * 0.4,
                s * 0.76,
                stroke=colour,
                stroke_width=w,
                radius=s * 0.07,
                ref=ref,
                role=role,
            ),
            Circle(cx, y + s * 0.77, s * 0.045, fill=colour, ref=ref, role=role),
        ]
    if channel == Channel.STORE:
        return [
            path(
                (
                    ("M", x + s * 0.14, y + s * 0.42),
                    ("L", x + s * 0.24, y + s * 0.2),
                    ("L", x + s * 0.76, y + s * 0.2),
                    ("L", x + s * 0.86, y + s * 0.42),
                    ("Z",),
                )
            ),
            Rect(
                x + s * 0.22,
                y + s * 0.42,
                s * 0.56,
                s * 0.38,
                stroke=colour,
                stroke_width=w,
                ref=ref,
                role=role,
            ),
            line(cx, y + s * 0.58, cx, y + s * 0.8),
        ]
    if channel in (Channel.PHONE, Channel.CALL_CENTRE):
        r = s * 0.3
        ops: tuple[PathOp, ...] = (
            ("M", cx - r, cy + r * 0.2),
            ("C", cx - r, cy - r * 1.25, cx + r, cy - r * 1.25, cx + r, cy + r * 0.2),
        )
        items: list[Primitive] = [
            path(ops),
            Rect(cx - r - s * 0.07, cy, s * 0.16, s * 0.24, fill=colour, radius=s * 0.04, ref=ref, role=role),
            Rect(cx + r - s * 0.09, cy, s * 0.16, s * 0.24, fill=colour, radius=s * 0.04, ref=ref, role=role),
        ]
        if channel == Channel.CALL_CENTRE:
            items.append(
                path(
                    (
                        ("M", cx + r, cy + s * 0.22),
                        ("C", cx + r, cy + s * 0.36, cx + s * 0.1, cy + s * 0.36, cx, cy + s * 0.36),
                    )
                )
            )
        return items
    if channel == Channel.CHAT:
        return [
            Rect(
                x + s * 0.14,
                y + s * 0.18,
                s * 0.72,
                s * 0.48,
                stroke=colour,
                stroke_width=w,
                radius=s * 0.12,
                ref=ref,
                role=role,
            ),
            path(
                (
                    ("M", x + s * 0.3, y + s * 0.64),
                    ("L", x + s * 0.26, y + s * 0.84),
                    ("L", x + s * 0.48, y + s * 0.66),
                )
            ),
        ]
    if channel == Channel.EMAIL:
        return [
            Rect(
                x + s * 0.14,
                y + s * 0.24,
                s * 0.72,
                s * 0.52,
                stroke=colour,
                stroke_width=w,
                ref=ref,
                role=role,
            ),
            path(
                (
                    ("M", x + s * 0.14, y + s * 0.26),
                    ("L", cx, y + s * 0.54),
                    ("L", x + s * 0.86, y + s * 0.26),
                )
            ),
        ]
    if channel == Channel.SOCIAL:
        a, b, c = (x + s * 0.28, cy), (x + s * 0.72, y + s * 0.27), (x + s * 0.72, y + s * 0.73)
        r = s * 0.1
        return [
            line(a[0], a[1], b[0], b[1]),
            line(a[0], a[1], c[0], c[1]),
            Circle(a[0], a[1], r, fill=colour, ref=ref, role=role),
            Circle(b[0], b[1], r, fill=colour, ref=ref, role=role),
            Circle(c[0], c[1], r, fill=colour, ref=ref, role=role),
        ]
    if channel == Channel.FORMS:
        return [
            Rect(
                x + s * 0.24,
                y + s * 0.14,
                s * 0.52,
                s * 0.72,
                stroke=colour,
                stroke_width=w,
                ref=ref,
                role=role,
            ),
            line(x + s * 0.34, y + s * 0.36, x + s * 0.66, y + s * 0.36),
            line(x + s * 0.34, y + s * 0.5, x + s * 0.66, y + s * 0.5),
            line(x + s * 0.34, y + s * 0.64, x + s * 0.56, y + s * 0.64),
        ]
    if channel == Channel.PARTNER:
        r = s * 0.2
        return [
            Circle(cx - r * 0.6, cy, r, stroke=colour, stroke_width=w, ref=ref, role=role),
            Circle(cx + r * 0.6, cy, r, stroke=colour, stroke_width=w, ref=ref, role=role),
        ]
    r = s * 0.07
    return [Circle(cx + dx * s * 0.22, cy, r, fill=colour, ref=ref, role=role) for dx in (-1, 0, 1)]


def pain_icon(kind: PainKind, cx: float, cy: float, r: float, colour: str, ref: str) -> list[Primitive]:
    """A glyph for a pain kind, centred on (cx, cy) within radius `r`, stroked in `colour`."""
    w = max(0.7, r * 0.22)
    role = "pain-icon"
    if kind == PainKind.FRUSTRATION:  # exclamation mark
        return [
            Line(
                cx, cy - r * 0.6, cx, cy + r * 0.15, stroke=colour, stroke_width=w * 1.2, ref=ref, role=role
            ),
            Circle(cx, cy + r * 0.55, w * 0.65, fill=colour, ref=ref, role=role),
        ]
    if kind == PainKind.INEFFICIENCY:  # clock
        return [
            Circle(cx, cy, r * 0.62, stroke=colour, stroke_width=w, ref=ref, role=role),
            Path(
                (("M", cx, cy - r * 0.38), ("L", cx, cy), ("L", cx + r * 0.3, cy + r * 0.15)),
                stroke=colour,
                stroke_width=w,
                ref=ref,
                role=role,
            ),
        ]
    if kind == PainKind.NEED:  # plus
        return [
            Line(
                cx - r * 0.55, cy, cx + r * 0.55, cy, stroke=colour, stroke_width=w * 1.2, ref=ref, role=role
            ),
            Line(
                cx, cy - r * 0.55, cx, cy + r * 0.55, stroke=colour, stroke_width=w * 1.2, ref=ref, role=role
            ),
        ]
    if kind == PainKind.PROBLEM:  # cross
        d = r * 0.45
        return [
            Line(cx - d, cy - d, cx + d, cy + d, stroke=colour, stroke_width=w * 1.2, ref=ref, role=role),
            Line(cx - d, cy + d, cx + d, cy - d, stroke=colour, stroke_width=w * 1.2, ref=ref, role=role),
        ]
    d = r * 0.6  # missed opportunity: diamond
    return [
        Path(
            (("M", cx, cy - d), ("L", cx + d, cy), ("L", cx, cy + d), ("L", cx - d, cy), ("Z",)),
            stroke=colour,
            stroke_width=w,
            ref=ref,
            role=role,
        )
    ]


def check_mark(cx: float, cy: float, r: float, colour: str, ok: bool | None, ref: str) -> list[Primitive]:
    """A tick (on target), a cross (off target) or a dash (no data) for a KPI chip."""
    w = max(0.8, r * 0.28)
    role = "kpi-mark"
    if ok is None:
        return [Line(cx - r * 0.45, cy, cx + r * 0.45, cy, stroke=colour, stroke_width=w, ref=ref, role=role)]
    if ok:
        return [
            Path(
                (
                    ("M", cx - r * 0.5, cy),
                    ("L", cx - r * 0.12, cy + r * 0.4),
                    ("L", cx + r * 0.52, cy - r * 0.42),
                ),
                stroke=colour,
                stroke_width=w,
                ref=ref,
                role=role,
            )
        ]
    d = r * 0.4
    return [
        Line(cx - d, cy - d, cx + d, cy + d, stroke=colour, stroke_width=w, ref=ref, role=role),
        Line(cx - d, cy + d, cx + d, cy - d, stroke=colour, stroke_width=w, ref=ref, role=role),
    ]


def arrow_head(x: float, y: float, angle: float, size: float, colour: str, ref: str, role: str) -> Path:
    """A filled triangle with its tip at (x, y), pointing along `angle` (radians)."""
    back = angle + math.pi
    spread = 0.45
    p1 = (x + size * math.cos(back + spread), y + size * math.sin(back + spread))
    p2 = (x + size * math.cos(back - spread), y + size * math.sin(back - spread))
    return Path(
        (("M", x, y), ("L", p1[0], p1[1]), ("L", p2[0], p2[1]), ("Z",)),
        stroke=None,
        fill=colour,
        ref=ref,
        role=role,
    )

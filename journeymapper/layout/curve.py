"""Smooth curves through points: Catmull–Rom splines expressed as cubic Béziers.

Every backend (SVG, PDF, Qt) draws cubic Béziers natively, so the emotion curve is
converted once here and painted identically everywhere. The curve passes exactly
through every point (each point is the end of a segment), which the tests check.
"""

from __future__ import annotations

import math

from journeymapper.layout.display import PathOp


def catmull_rom(
    points: list[tuple[float, float]], y_min: float | None = None, y_max: float | None = None
) -> tuple[PathOp, ...]:
    """A path through `points` in order; control points are kept inside [y_min, y_max].

    Clamping the control points stops the curve from overshooting the emotion band
    between two extreme scores.
    """
    if not points:
        return ()
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    lo = -math.inf if y_min is None else y_min
    hi = math.inf if y_max is None else y_max
    return (("M", xs[0], ys[0]), *catmull_rom_segments(xs, ys, 0, len(xs) - 1, lo, hi))


def catmull_rom_segments(
    xs: list[float], ys: list[float], start: int, stop: int, lo: float, hi: float
) -> list[PathOp]:
    """The curve's segments from point i to point i + 1, for i in [start, stop).

    Segment i depends only on points i - 1 to i + 2, so the emotion layer redoes the
    segments of the stages whose points changed and reuses the others.
    """
    n = len(xs)
    ops: list[PathOp] = []
    append = ops.append
    for i in range(start, min(stop, n - 1)):
        x1, y1, x2, y2 = xs[i], ys[i], xs[i + 1], ys[i + 1]
        x0, y0 = (xs[i - 1], ys[i - 1]) if i > 0 else (x1, y1)
        x3, y3 = (xs[i + 2], ys[i + 2]) if i + 2 < n else (x2, y2)
        c1y = y1 + (y2 - y0) / 6.0
        c2y = y2 - (y3 - y1) / 6.0
        append(
            (
                "C",
                x1 + (x2 - x0) / 6.0,
                lo if c1y < lo else hi if c1y > hi else c1y,
                x2 - (x3 - x1) / 6.0,
                lo if c2y < lo else hi if c2y > hi else c2y,
                x2,
                y2,
            )
        )
    return ops


def bezier_point(
    p0: tuple[float, float],
    c1: tuple[float, float],
    c2: tuple[float, float],
    p1: tuple[float, float],
    t: float,
) -> tuple[float, float]:
    """The point at parameter t of a cubic Bézier."""
    u = 1.0 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (a * p0[0] + b * c1[0] + c * c2[0] + d * p1[0], a * p0[1] + b * c1[1] + c * c2[1] + d * p1[1])

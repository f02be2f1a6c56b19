"""The one display-list walker: what every backend (PDF, SVG, Qt, overview) is handed."""

from __future__ import annotations

from collections.abc import Sequence

from journeymapper.layout.display import Circle, Group, Image, Line, Path, Rect, TextRun
from journeymapper.layout.engine import layout_journey
from journeymapper.layout.painter import Painter, paint_items
from journeymapper.model.templates import build_template


class Recorder:
    """A painter that writes down the calls it gets."""

    def __init__(self, skip: str = "") -> None:
        self.calls: list[tuple] = []
        self.skip = skip

    def begin_group(self, group: Group) -> bool:
        self.calls.append(("begin", group.role))
        return group.role != self.skip

    def end_group(self, group: Group) -> None:
        self.calls.append(("end", group.role))

    def rect(self, p: Rect) -> None:
        self.calls.append(("rect",))

    def texts(self, runs: Sequence[TextRun]) -> None:
        self.calls.append(("texts", tuple(r.text for r in runs)))

    def line(self, p: Line) -> None:
        self.calls.append(("line",))

    def circle(self, p: Circle) -> None:
        self.calls.append(("circle",))

    def path(self, p: Path) -> None:
        self.calls.append(("path",))

    def image(self, p: Image) -> None:
        self.calls.append(("image",))


def run(items: list, skip: str = "") -> list[tuple]:
    recorder = Recorder(skip)
    painter: Painter = recorder  # the recorder satisfies the protocol (mypy checks this line)
    paint_items(items, painter)
    return recorder.calls


def text(s: str) -> TextRun:
    return TextRun(0, 0, s, 10)


def test_consecutive_text_runs_come_as_one_batch_and_empty_runs_never_come() -> None:
    group = Group(
        "c1",
        "card",
        0,
        0,
        10,
        10,
        (Rect(0, 0, 1, 1), text("a"), text(""), text("b"), Line(0, 0, 1, 1), text("c")),
    )
    assert run([group]) == [
        ("begin", "card"),
        ("rect",),
        ("texts", ("a", "b")),
        ("line",),
        ("texts", ("c",)),
        ("end", "card"),
    ]


def test_a_group_the_painter_declines_is_skipped_whole() -> None:
    skipped = Group("c1", "card", 0, 0, 10, 10, (Rect(0, 0, 1, 1), text("hidden")))
    kept = Group("s1", "stage-header", 0, 0, 10, 10, (text("shown"),))
    assert run([skipped, kept], skip="card") == [
        ("begin", "card"),
        ("begin", "stage-header"),
        ("texts", ("shown",)),
        ("end", "stage-header"),
    ]


def test_loose_primitives_are_painted_in_order_between_groups() -> None:
    group = Group("c1", "card", 0, 0, 10, 10, (Circle(0, 0, 1),))
    calls = run([text("x"), text("y"), group, Path((("M", 0.0, 0.0),))])
    assert calls == [("texts", ("x", "y")), ("begin", "card"), ("circle",), ("end", "card"), ("path",)]


def test_every_primitive_of_a_real_map_reaches_the_painter() -> None:
    layout = layout_journey(build_template("5a", "en"))
    calls = run(layout.display.items)
    shapes = sum(1 for c in calls if c[0] in ("rect", "line", "circle", "path", "image"))
    runs = sum(len(c[1]) for c in calls if c[0] == "texts")
    primitives = layout.display.primitives()
    assert shapes == sum(1 for p in primitives if not isinstance(p, TextRun))
    assert runs == sum(1 for p in primitives if isinstance(p, TextRun) and p.text)

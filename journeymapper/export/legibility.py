"""A minimum printed text size, and what to do when a map does not fit the sheet at it.

Fitting a poster to the sheet scales everything uniformly; a big map on A4 would print
its body text at 2 pt, which nobody can read. The export measures the printed body
size (the layout's body size × the scale onto paper) and, by `ExportOptions.fit`:

- "warn" (default): prints as asked and says so, naming what would help;
- "larger": the smallest ISO sheet (A4…A0, then a custom size) at which it is legible;
- "tile": the poster at legible size, cut over A4/Letter pages for an office printer;
- "split": pages of consecutive stages (stage headers and lane labels on every page),
  as few pages as keep the text legible; a stage too tall even alone continues on
  further pages with the rest of its lanes.

Handouts (A4/Letter, one or two stages a page) use the same stage split, and never go
below the minimum on their own: a stage too tall for a page continues on the next with
the rest of its lanes (stage header and lane labels on each), and when two stages a page
cannot be legible they get a page each (`handout_pages`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from journeymapper.export.paper import MAX_SIDE_MM, NAMED_SIZES_MM, Paper, make_paper
from journeymapper.layout.display import DisplayList
from journeymapper.layout.fitting import layout_for_page
from journeymapper.layout.maplayout import LayoutOptions, MapLayout
from journeymapper.layout.style import sizes_for
from journeymapper.messages import QT_TRANSLATE_NOOP, Message
from journeymapper.model.journey import JourneyMap

ISO_ORDER = ("A4", "A3", "A2", "A1", "A0")


class IllegibleError(ValueError):
    """The map cannot be printed legibly the way asked; the message says what would work."""


def printed_body_pt(display: DisplayList, paper: Paper, options: LayoutOptions, band: float = 0.0) -> float:
    """The size body text prints at on `paper`, in points; `band`: the height of the footer and
    logo band the export adds below the poster (export/parts.py), which shrinks it too."""
    scale = paper.placement(display.width, display.height + band)[0]
    return sizes_for(options.large_text).body * scale


def describe(paper: Paper) -> str:
    return paper.name or f"{paper.width_mm:g}×{paper.height_mm:g} mm"


def below_minimum_warning(body_pt: float, paper: Paper, minimum: float) -> Message:
    return Message(
        "ExportWarning",
        QT_TRANSLATE_NOOP(
            "ExportWarning",
            "body text prints at %1 pt on %2, below the %3 pt minimum; to keep it legible, choose a "
            "larger paper, tiles or pages of stages (the export dialog's Small text setting; on the "
            "command line --fit larger, tile or split, or a larger --size)",
        ),
        (round(body_pt, 1), describe(paper), minimum),
    )


def _orientation(paper: Paper) -> str:
    return "landscape" if paper.width_mm >= paper.height_mm else "portrait"


def larger_paper(
    journey: JourneyMap, options: LayoutOptions, paper: Paper, minimum: float, band: float = 0.0
) -> tuple[Paper, MapLayout]:
    """The smallest ISO sheet (or, past A0, a custom size) on which body text reaches `minimum`."""
    area = paper.width_mm * paper.height_mm
    for name in ISO_ORDER:
        w, h = NAMED_SIZES_MM[name]
        if w * h <= area:
            continue
        candidate = make_paper(name, _orientation(paper), paper.margin_mm, paper.bleed, paper.crop_marks)
        layout = layout_for_page(journey, options, candidate)
        if printed_body_pt(layout.display, candidate, options, band) >= minimum:
            return candidate, layout
    layout = layout_for_page(journey, options, paper)
    factor = minimum / printed_body_pt(layout.display, paper, options, band) * 1.01
    w, h = paper.width_mm * factor, paper.height_mm * factor
    if max(w, h) > MAX_SIDE_MM:
        raise IllegibleError(
            f"even a {MAX_SIDE_MM:g} mm sheet prints body text below {minimum:g} pt; "
            "split it into pages of stages (--fit split)"
        )
    custom = Paper(math.ceil(w), math.ceil(h), paper.margin_mm, paper.bleed, paper.crop_marks)
    custom = replace(custom, name=f"{custom.width_mm:g}x{custom.height_mm:g}mm")
    return custom, layout_for_page(journey, options, custom)


def legible_sheet(
    journey: JourneyMap, options: LayoutOptions, paper: Paper, minimum: float, band: float = 0.0
) -> Paper:
    """The sheet, `paper` scaled up, on which the poster prints at the minimum size (for tiling)."""
    layout = layout_for_page(journey, options, paper)
    factor = minimum / printed_body_pt(layout.display, paper, options, band) * 1.01
    if factor <= 1:
        return paper
    w, h = (
        min(MAX_SIDE_MM, math.ceil(paper.width_mm * factor)),
        min(MAX_SIDE_MM, math.ceil(paper.height_mm * factor)),
    )
    return Paper(w, h, paper.margin_mm, paper.bleed, paper.crop_marks, name=f"{w:g}x{h:g}mm")


def journey_for_stages(journey: JourneyMap, stage_ids: Sequence[str]) -> JourneyMap:
    """The map restricted to some stages: their cards, pains, opportunities, KPIs, actions, links."""
    keep = set(stage_ids)
    cards = [t for t in journey.touchpoints if t.stage_id in keep]
    card_ids = {t.id for t in cards}

    def here(stage_id: str | None, card_id: str | None) -> bool:
        return (stage_id in keep) if stage_id is not None else (card_id in card_ids)

    pains = [p for p in journey.pain_points if here(p.stage_id, p.touchpoint_id)]
    pain_ids = {p.id for p in pains}
    return journey.model_copy(
        update={
            "stages": [s for s in journey.stages if s.id in keep],
            "touchpoints": cards,
            "pain_points": pains,
            "opportunities": [o for o in journey.opportunities if here(o.stage_id, o.touchpoint_id)],
            "connections": [c for c in journey.connections if c.source in card_ids and c.target in card_ids],
            "kpis": [k for k in journey.kpis if k.stage_id is None or k.stage_id in keep],
            "actions": [
                a
                for a in journey.actions
                if (a.stage_id in keep) or (a.stage_id is None and set(a.pain_point_ids) & pain_ids)
            ],
        }
    )


@dataclass(frozen=True)
class StagePage:
    stage_ids: tuple[str, ...]
    layout: MapLayout


def _chunks(ids: Sequence[str], per_page: int) -> list[tuple[str, ...]]:
    return [tuple(ids[i : i + per_page]) for i in range(0, len(ids), per_page)]


def pages_by_stages(
    journey: JourneyMap, options: LayoutOptions, paper: Paper, per_page: int
) -> list[StagePage]:
    """One layout per group of `per_page` consecutive stages; title block first, legend last."""
    ids = [s.id for s in journey.stages]
    pages: list[StagePage] = []
    chunks = _chunks(ids, per_page)
    for index, chunk in enumerate(chunks):
        page_options = replace(
            options,
            show_title_block=options.show_title_block and index == 0,
            show_legend=options.show_legend and index == len(chunks) - 1,
        )
        layout = layout_for_page(journey_for_stages(journey, chunk), page_options, paper)
        pages.append(StagePage(chunk, layout))
    return pages


def _lane_groups(
    journey: JourneyMap,
    options: LayoutOptions,
    paper: Paper,
    minimum: float,
    ends: tuple[bool, bool],
    band: float,
) -> list[MapLayout] | None:
    """The stages of `journey` over pages of consecutive lanes, each legible; None if one lane is not.

    Greedy: a page takes lanes while its body text stays at `minimum`. The other lanes
    are folded on that page (a thin labelled row), not removed: the reader sees where the
    page sits in the map, and the emotion curve keeps every card's score. The
    title block goes on the page with the first lane of the `first` stages, the legend
    on the page with the last lane of the `last` ones, and are measured with them.
    """
    first, last = ends
    lanes = [lane.id for lane in journey.lanes]
    pages: list[MapLayout] = []
    start = 0
    while start < len(lanes):
        best: MapLayout | None = None
        end = start + 1
        while end <= len(lanes):
            shown = set(lanes[start:end])
            folded = [lane.model_copy(update={"collapsed": lane.id not in shown}) for lane in journey.lanes]
            page_options = replace(
                options,
                show_title_block=options.show_title_block and first and start == 0,
                show_legend=options.show_legend and last and end == len(lanes),
            )
            page = journey.model_copy(update={"lanes": folded})
            layout = layout_for_page(page, page_options, paper)
            if printed_body_pt(layout.display, paper, options, band) < minimum:
                break
            best, end = layout, end + 1
        if best is None:
            return None  # a single lane of these stages is too big for the page
        pages.append(best)
        start = end - 1
    return pages


def handout_pages(
    journey: JourneyMap, options: LayoutOptions, size: str, per_page: int, minimum: float, band: float = 0.0
) -> tuple[Paper, list[MapLayout], tuple[Message, ...]]:
    """A4/Letter handout pages at legible size: (paper, layouts, what differs from what was asked).

    `per_page` stages a page, in whichever orientation needs fewer pages (portrait for one
    stage, landscape for two when equal); a stage too tall for a page continues on the
    next with its remaining lanes. If two stages a page cannot be legible, one a page.
    If nothing reaches `minimum` (one lane of one stage is bigger than the page), the
    plain split is returned and the caller warns.
    """
    stage_ids = [s.id for s in journey.stages]
    for per in dict.fromkeys((per_page, 1)):
        found: tuple[Paper, list[MapLayout]] | None = None
        for orientation in ("portrait", "landscape") if per == 1 else ("landscape", "portrait"):
            paper = make_paper(size, orientation, 10.0)
            pages = _stage_pages(journey, options, paper, (minimum, band), _chunks(stage_ids, per))
            if pages is not None and (found is None or len(pages) < len(found[1])):
                found = (paper, [page.layout for page in pages])
        if found is not None:
            paper, layouts = found
            notes = []
            if per != per_page:
                notes.append(Message("ExportWarning", QT_TRANSLATE_NOOP("ExportWarning", "one stage a page")))
            if len(layouts) > math.ceil(len(stage_ids) / per):
                template = QT_TRANSLATE_NOOP(
                    "ExportWarning", "tall stages continue on the next page (%1 pages)"
                )
                notes.append(Message("ExportWarning", template, (len(layouts),)))
            return paper, layouts, tuple(notes)
    paper = make_paper(size, "portrait" if per_page == 1 else "landscape", 10.0)
    return paper, [p.layout for p in pages_by_stages(journey, options, paper, per_page)], ()


def _stage_pages(
    journey: JourneyMap,
    options: LayoutOptions,
    paper: Paper,
    legible: tuple[float, float],
    chunks: list[tuple[str, ...]],
) -> list[StagePage] | None:
    """Every group of stages over as many legible pages as it needs; None if one cannot be.

    `legible`: the minimum body size and the height of the band added below each page.
    """
    minimum, band = legible
    pages: list[StagePage] = []
    for index, chunk in enumerate(chunks):
        part = journey_for_stages(journey, chunk)
        ends = (index == 0, index == len(chunks) - 1)
        lane_pages = _lane_groups(part, options, paper, minimum, ends, band)
        if lane_pages is None:
            return None
        pages += [StagePage(chunk, layout) for layout in lane_pages]
    return pages


def split_by_stages(
    journey: JourneyMap, options: LayoutOptions, paper: Paper, minimum: float, band: float = 0.0
) -> tuple[list[StagePage], float]:
    """The fewest pages of consecutive stages whose body text reaches `minimum`; (pages, smallest pt).

    When even one stage a page is too small, a stage continues on further pages with the
    rest of its lanes (its other lanes folded), so the split keeps its promise.
    """
    count = max(1, len(journey.stages))
    best: tuple[list[StagePage], float] | None = None
    for per_page in range(count, 0, -1):
        if best is not None and math.ceil(count / per_page) == len(best[0]):
            continue  # same number of pages as a wider split already tried
        pages = pages_by_stages(journey, options, paper, per_page)
        smallest = min(printed_body_pt(p.layout.display, paper, options, band) for p in pages)
        best = (pages, smallest)
        if smallest >= minimum:
            return best
    assert best is not None
    # One stage a page is still too small: tall stages continue on the next page (as handouts do).
    one_each = _chunks([s.id for s in journey.stages], 1)
    wrapped = _stage_pages(journey, options, paper, (minimum, band), one_each)
    if wrapped is None:
        return best
    return wrapped, min(printed_body_pt(p.layout.display, paper, options, band) for p in wrapped)

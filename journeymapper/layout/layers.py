"""The layers of the layout pipeline, named for what they draw, and what each depends on.

The engine runs a short pipeline: plan (which inputs an edit changed, `updates.plan_changes`)
→ cells (measure and stack, `cell_measures.py`) → geometry (the grid's measures,
`geometry.py`) → each layer updates its own groups → assemble (`engine.py`). Which layers
run after an edit is not decided by hand-written conditions in the engine: each layer
declares the inputs it depends on here, and `layers_to_update` picks those whose inputs
changed. Each layer keeps its own cache of groups and reuses a group (the very same
object) when what it was built from is unchanged, so the update reports only what differs.

Inputs:

* ``full``        — everything (a new map, other options, stages or lanes changed);
* ``geometry``    — the grid's columns or rows changed size or place;
* ``rows``        — a lane row's top moved (the rows below one that grew);
* ``cells``       — some cell's stack of blocks changed (its cards, pains, chips);
* ``moved-cards`` — some card's box changed within its row;
* ``connections``, ``emotion``, ``title``, ``legend`` — those parts of the model changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymapper.layout.updates import Plan


@dataclass(frozen=True)
class Layer:
    """A layer of the poster: its name, the roles of the groups it draws, what it depends on."""

    name: str
    draws: tuple[str, ...]
    depends_on: frozenset[str]


FRAME = Layer("frame", ("cell", "grid", "stage-header", "lane-label"), frozenset({"full", "geometry"}))
CARDS = Layer(
    "cards", ("card", "pain", "kpi", "opportunity", "action"), frozenset({"full", "geometry", "cells"})
)
CONNECTIONS = Layer("connections", ("connection",), frozenset({"full", "connections", "moved-cards", "rows"}))
EMOTION = Layer("emotion", ("emotion-point", "emotion-curve"), frozenset({"full", "emotion", "geometry"}))
TITLE = Layer("title", ("title-block",), frozenset({"full", "title", "geometry"}))
LEGEND = Layer("legend", ("legend",), frozenset({"full", "legend", "connections", "geometry"}))

# In painting order: later layers paint on top (arrows under the curve and the cards).
LAYERS: tuple[Layer, ...] = (TITLE, FRAME, CONNECTIONS, EMOTION, CARDS, LEGEND)


def plan_inputs(plan: Plan, dirty_cells: set) -> set[str]:
    """The inputs an update changed before geometry is measured (from the plan and the cells)."""
    changed = {name for name in ("full", "connections", "emotion", "title", "legend") if getattr(plan, name)}
    if dirty_cells:
        changed.add("cells")
    return changed


def layers_to_update(changed: set[str]) -> set[str]:
    """The names of the layers whose declared inputs changed."""
    return {layer.name for layer in LAYERS if layer.depends_on & changed}

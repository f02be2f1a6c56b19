"""Workshop mode: what a facilitator runs a live session with (focus keys, presentation,
timer, dot voting, quick capture, parking lot, highlight filters)."""

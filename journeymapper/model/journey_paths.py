"""Linear-time walks over the customer's path: every one is O(cards + connections).

A valid map may hold 50,000 connections wired any way at all, so nothing here
enumerates cycles or paths: loops are found as the back edges of one depth-first
search, and the longest/worst paths are dynamic programmes over the acyclic graph that
remains once those back edges are set aside. Iterative, so deep chains cannot overflow
the Python stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import networkx as nx

Node = str  # card ids


def forward_order(
    graph: nx.DiGraph, key: Callable[[Node], tuple[int, int]]
) -> tuple[list[Node], list[tuple[Node, Node]], list[list[Node]]]:
    """(topological order of the forward graph, back edges, one loop per back edge).

    Roots are visited in `key` order (stage, then order in the cell), so the edges left
    out are the ones that go back in the journey: the rework loops a team talks about.
    """
    state: dict[Node, int] = {}  # 1 on the stack, 2 finished
    finished: list[Node] = []
    back: list[tuple[Node, Node]] = []
    loops: list[list[Node]] = []
    successors = {n: sorted(graph.successors(n), key=key) for n in graph}
    for root in sorted(graph, key=key):
        if root in state:
            continue
        path: list[Node] = [root]
        position = {root: 0}
        stack = [(root, iter(successors[root]))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                del position[node]
                state[node] = 2
                finished.append(node)
                continue
            seen = state.get(child)
            if seen == 1:
                back.append((node, child))
                if len(loops) < 50:
                    loops.append(path[position[child] :])
            elif seen is None:
                state[child] = 1
                position[child] = len(path)
                path.append(child)
                stack.append((child, iter(successors[child])))
    finished.reverse()
    return finished, back, loops


def best_path(
    order: list[Node],
    edges: Iterable[tuple[Node, Node]],
    score: Callable[[Node], float],
    better: Callable[[float, float], bool],
) -> list[Node]:
    """The path whose summed node scores is best (by `better`) in an acyclic graph."""
    incoming: dict[Node, list[Node]] = {n: [] for n in order}
    for source, target in edges:
        incoming[target].append(source)
    total: dict[Node, float] = {}
    previous: dict[Node, Node | None] = {}
    for node in order:
        best_source: Node | None = None
        for source in incoming[node]:
            if best_source is None or better(total[source], total[best_source]):
                best_source = source
        base = total[best_source] if best_source is not None else 0.0
        total[node] = base + score(node)
        previous[node] = best_source
    if not total:
        return []
    end = order[0]
    for node in order:
        if better(total[node], total[end]):
            end = node
    path: list[Node] = []
    current: Node | None = end
    while current is not None:
        path.append(current)
        current = previous[current]
    path.reverse()
    return path


def reachable(graph: nx.DiGraph, sources: Iterable[Node]) -> set[Node]:
    """Every node some source reaches (sources included): one breadth-first pass."""
    seen = set(sources)
    frontier = list(seen)
    while frontier:
        node = frontier.pop()
        for child in graph.successors(node):
            if child not in seen:
                seen.add(child)
                frontier.append(child)
    return seen

"""A `MapDiff` for people (grouped by stage, titles not ids, English or Spanish) and for tools.

The JSON form is a documented interface (docs/merging.md, "diff --json"): keys are only
ever added to it, never renamed, so scripts can rely on it.
"""

from __future__ import annotations

import json
from typing import Any

from journeymapper.teams.diff import MAP, Change, MapDiff

JSON_FORMAT = "journeymapper-diff"
JSON_VERSION = 1

_WORDS = {
    "en": {
        "map": "map", "stages": "stage", "lanes": "lane", "touchpoints": "card",
        "pain_points": "pain point", "opportunities": "opportunity", "connections": "connection",
        "personas": "persona", "kpis": "KPI", "actions": "action",
        "participants": "participant", "parking_lot": "parked idea",
        "added": "added", "removed": "removed", "modified": "changed", "moved": "moved",
        "reordered": "reordered", "whole": "Whole map", "stage": "Stage", "gone": "removed",
        "equal": "The maps are the same.", "changes": "changes", "change": "change",
        "from": "from", "to": "to", "in": "in", "on": "on", "untitled": "(untitled)",
    },
    "es": {
        "map": "mapa", "stages": "etapa", "lanes": "carril", "touchpoints": "tarjeta",
        "pain_points": "punto de dolor", "opportunities": "oportunidad", "connections": "conexión",
        "personas": "persona", "kpis": "KPI", "actions": "acción",
        "participants": "participante", "parking_lot": "idea aparcada",
        "added": "añadido", "removed": "eliminado", "modified": "cambiado", "moved": "movido",
        "reordered": "reordenado", "whole": "Todo el mapa", "stage": "Etapa", "gone": "eliminada",
        "equal": "Los mapas son iguales.", "changes": "cambios", "change": "cambio",
        "from": "de", "to": "a", "in": "en", "on": "sobre", "untitled": "(sin título)",
    },
}
_SYMBOL = {"added": "+", "removed": "-", "modified": "~", "moved": "→", "reordered": "↕"}
_TITLE_FIELD = {
    "stages": "name", "lanes": "name", "touchpoints": "title", "pain_points": "text",
    "opportunities": "text", "personas": "name", "kpis": "name", "actions": "task",
    "participants": "name", "parking_lot": "text",
}


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _value(value: Any) -> str:
    return _short(json.dumps(value, ensure_ascii=False), 50)


class _Names:
    """Titles of objects, looked up in the new version first, then the old."""

    def __init__(self, diff: MapDiff, words: dict[str, str]) -> None:
        self.words = words
        self.objects: dict[str, tuple[str, dict[str, Any]]] = {}
        for journey in (diff.old, diff.new):
            for name in _TITLE_FIELD | {"connections": ""}:
                for item in getattr(journey, name):
                    self.objects[item.id] = (name, item.model_dump(mode="json"))

    def title(self, collection: str, obj: dict[str, Any] | None) -> str:
        if obj is None:
            return self.words["untitled"]
        if collection == "connections":
            return f"{self.title_of(obj.get('source'))} → {self.title_of(obj.get('target'))}"
        text = obj.get(_TITLE_FIELD.get(collection, "title"), "")
        return f'"{_short(text)}"' if text else self.words["untitled"]

    def title_of(self, item_id: Any) -> str:
        found = self.objects.get(str(item_id))
        return self.title(found[0], found[1]) if found else str(item_id)

    def stage_of(self, collection: str, obj: dict[str, Any] | None) -> str | None:
        """The stage a change is shown under (None: the whole-map group)."""
        if obj is None:
            return None
        if collection == "stages":
            return str(obj["id"])
        if collection == "connections":
            return self.stage_of("touchpoints", self.objects.get(str(obj.get("source")), ("", None))[1])
        stage = obj.get("stage_id")
        if stage is None and obj.get("touchpoint_id") is not None:
            card = self.objects.get(str(obj["touchpoint_id"]))
            stage = card[1].get("stage_id") if card else None
        return None if stage is None else str(stage)


def _line(change: Change, names: _Names) -> str:
    words = names.words
    obj = change.new if change.new is not None else change.old
    noun = words[change.collection] if change.collection != MAP else words["map"]
    head = f"  {_SYMBOL[change.kind]} {words[change.kind]}: {noun}"
    if change.collection != MAP:
        head += " " + names.title(change.collection, obj)
    if change.kind == "moved" and change.old and change.new:
        where = [f"{names.title_of(c['stage_id'])} / {names.title_of(c['lane_id'])}"
                 for c in (change.old, change.new)]
        return f"{head} {words['from']} {where[0]} {words['to']} {where[1]}"
    if change.kind == "modified":
        details = "; ".join(f"{f.field} {_value(f.old)} → {_value(f.new)}" for f in change.fields)
        return f"{head}: {details}"
    if change.collection == "touchpoints" and obj is not None and change.kind in ("added", "removed"):
        return f"{head} {words['in']} {names.title_of(obj['lane_id'])}"
    return head


def grouped_lines(diff: MapDiff, language: str = "en") -> list[tuple[str, Change | None]]:
    """Rows for people: a heading per stage (change None), then that stage's changes.

    Stages come in the new map's order, removed stages after them; the map's own fields,
    lanes and personas come first under "Whole map". The editor's compare list and the
    text output of `journeymapper diff` are both made from these rows.
    """
    words = _WORDS.get(language, _WORDS["en"])
    names = _Names(diff, words)
    groups: dict[str | None, list[tuple[str, Change | None]]] = {}
    for change in diff.changes:
        obj = change.new if change.new is not None else change.old
        row = (_line(change, names), change)
        groups.setdefault(names.stage_of(change.collection, obj), []).append(row)
    order: list[str | None] = [None] + [s.id for s in diff.new.stages]
    order += [s.id for s in diff.old.stages if s.id not in order]
    order += [key for key in groups if key not in order]
    gone = {s.id for s in diff.old.stages} - {s.id for s in diff.new.stages}
    rows: list[tuple[str, Change | None]] = []
    for key in order:
        if key not in groups:
            continue
        if key is None:
            rows.append((words["whole"], None))
        else:
            header = f"{words['stage']} {names.title_of(key)}"
            rows.append((header + (f" ({words['gone']})" if key in gone else ""), None))
        rows += groups[key]
    return rows


def format_text(diff: MapDiff, language: str = "en") -> str:
    """The changes grouped by stage, one line each (see `grouped_lines`)."""
    if diff.equal:
        return _WORDS.get(language, _WORDS["en"])["equal"] + "\n"
    return "\n".join(text for text, _change in grouped_lines(diff, language)) + "\n"


def format_stat(diff: MapDiff, language: str = "en") -> str:
    words = _WORDS.get(language, _WORDS["en"])
    lines = []
    for collection, counts in diff.stat().items():
        parts = ", ".join(f"{n} {words[kind]}" for kind, n in counts.items())
        lines.append(f"{collection}: {parts}")
    total = len(diff.changes)
    lines.append(f"{total} {words['change'] if total == 1 else words['changes']}")
    return "\n".join(lines) + "\n"


def as_json(diff: MapDiff, old_name: str = "", new_name: str = "") -> dict[str, Any]:
    """The stable, documented structure printed by `journeymapper diff --json`."""
    changes = []
    for change in diff.changes:
        entry: dict[str, Any] = {"change": change.kind, "collection": change.collection, "id": change.id}
        if change.kind == "modified":
            entry["fields"] = [{"field": f.field, "old": f.old, "new": f.new} for f in change.fields]
        card = change.collection == "touchpoints"
        if change.kind in ("moved", "reordered") and change.old and change.new and card:
            entry["from"] = {k: change.old[k] for k in ("stage_id", "lane_id", "order")}
            entry["to"] = {k: change.new[k] for k in ("stage_id", "lane_id", "order")}
        if change.kind in ("added", "removed"):
            entry["object"] = change.new if change.kind == "added" else change.old
        changes.append(entry)
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "old": old_name,
        "new": new_name,
        "equal": diff.equal,
        "stat": diff.stat(),
        "changes": changes,
    }

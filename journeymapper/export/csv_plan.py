"""The action plan as CSV, ready for a spreadsheet: UTF-8 with BOM, headers in the map's language.

Excel needs the byte-order mark to read UTF-8 (Spanish accents). Cells that a
spreadsheet would run as a formula (starting with = + - @ or a tab) are prefixed with
an apostrophe, the standard defence against CSV injection: text from a map is never
executed, not even by the program that opens the export.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import display_name

HEADERS: dict[str, tuple[str, ...]] = {
    "en": (
        "Task",
        "Stage",
        "Priority",
        "Objective",
        "Owner",
        "Input",
        "Due",
        "Duration",
        "Status",
        "Category",
        "Pain points",
    ),
    "es": (
        "Tarea",
        "Etapa",
        "Prioridad",
        "Objetivo",
        "Responsable",
        "Insumo",
        "Fecha límite",
        "Duración",
        "Estado",
        "Categoría",
        "Puntos de dolor",
    ),
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A cell value a spreadsheet will show, not evaluate."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def plan_rows(journey: JourneyMap, language: str | None = None) -> list[list[str]]:
    """Header and one row per action, in the map's order."""
    lang = str(language or journey.language)
    stages = {stage.id: stage.name for stage in journey.stages}
    pains = {pain.id: pain.text for pain in journey.pain_points}
    rows = [list(HEADERS.get(lang, HEADERS["en"]))]
    for action in journey.actions:
        rows.append(
            [
                action.task,
                stages.get(action.stage_id or "", ""),
                display_name(action.priority, lang),
                action.objective,
                action.owner,
                action.input,
                action.due.isoformat() if action.due else "",
                action.duration,
                display_name(action.status, lang),
                display_name(action.category, lang) if action.category else "",
                " | ".join(pains[p] for p in action.pain_point_ids if p in pains),
            ]
        )
    return rows


def render_csv(journey: JourneyMap, language: str | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for index, row in enumerate(plan_rows(journey, language)):
        writer.writerow(row if index == 0 else [safe_cell(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8", errors="replace")


def write_action_plan_csv(journey: JourneyMap, path: str | Path, language: str | None = None) -> None:
    """Write the plan to `path` atomically (the editor's action-plan panel calls this)."""
    from journeymapper.fileformat import write_atomically

    write_atomically(path, render_csv(journey, language))

"""The map's tables for spreadsheets: an .xlsx workbook, or one CSV file per table.

Cards, pain points, opportunities, KPIs and the action plan, with headers in the map's
language. In the workbook numbers stay numbers and dates stay dates (so a team can sort
and chart them), header rows are frozen and filtered, and every text cell is stored as
text: a title like `=HYPERLINK(...)` or `-5 days` is shown, never run as a formula. CSV
files use the action-plan export's defence (a leading apostrophe) for the same reason.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from journeymapper.export.csv_plan import HEADERS as PLAN_HEADERS
from journeymapper.export.csv_plan import safe_cell
from journeymapper.model.entities import kpi_on_target
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import display_name

Value = str | int | float | dt.date | None
TABLES = ("cards", "pains", "opportunities", "kpis", "actions")

_SHEETS = {
    "cards": {"en": "Cards", "es": "Tarjetas"},
    "pains": {"en": "Pain points", "es": "Puntos de dolor"},
    "opportunities": {"en": "Opportunities", "es": "Oportunidades"},
    "kpis": {"en": "KPIs", "es": "Indicadores"},
    "actions": {"en": "Action plan", "es": "Plan de acción"},
}
_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "cards": {
        "en": (
            "Stage",
            "Lane",
            "Order",
            "Title",
            "Description",
            "Channel",
            "Owner",
            "Evidence",
            "Emotion",
            "Tags",
        ),
        "es": (
            "Etapa",
            "Carril",
            "Orden",
            "Título",
            "Descripción",
            "Canal",
            "Responsable",
            "Evidencia",
            "Emoción",
            "Etiquetas",
        ),
    },
    "pains": {
        "en": ("Stage", "Card", "Pain point", "Kind", "Severity", "Votes", "Hotspot", "5 whys"),
        "es": ("Etapa", "Tarjeta", "Punto de dolor", "Tipo", "Severidad", "Votos", "Intensidad", "5 porqués"),
    },
    "opportunities": {
        "en": ("Stage", "Card", "Opportunity", "Strategy", "Need", "Solution", "Outcome"),
        "es": ("Etapa", "Tarjeta", "Oportunidad", "Estrategia", "Necesidad", "Solución", "Resultado"),
    },
    "kpis": {
        "en": ("Stage", "KPI", "Kind", "Unit", "Target", "Actual", "On target"),
        "es": ("Etapa", "Indicador", "Tipo", "Unidad", "Objetivo", "Real", "En objetivo"),
    },
}
_YES_NO = {"en": ("yes", "no"), "es": ("sí", "no")}


def _lang(journey: JourneyMap, language: str | None) -> str:
    lang = str(language or journey.language)
    return lang if lang in {"en", "es"} else "en"


class _Lookups:
    """Names of stages, lanes and cards, resolved once per export."""

    def __init__(self, journey: JourneyMap, lang: str) -> None:
        self.journey = journey
        self.lang = lang
        self.stages = {s.id: s.name for s in journey.stages}
        self.lanes = {lane.id: lane.name for lane in journey.lanes}
        self.cards = {c.id: c for c in journey.touchpoints}

    def stage_of(self, stage_id: str | None, card_id: str | None) -> str:
        if stage_id:
            return self.stages.get(stage_id, "")
        card = self.cards.get(card_id or "")
        return self.stages.get(card.stage_id, "") if card else ""

    def card_title(self, card_id: str | None) -> str:
        card = self.cards.get(card_id or "")
        return card.title if card else ""


def _cards(k: _Lookups) -> list[list[Value]]:
    order = {s.id: i for i, s in enumerate(k.journey.stages)}
    lane_order = {lane.id: i for i, lane in enumerate(k.journey.lanes)}
    cards = sorted(
        k.journey.touchpoints,
        key=lambda c: (order.get(c.stage_id, 0), lane_order.get(c.lane_id, 0), c.order),
    )
    return [
        [
            k.stages.get(c.stage_id, ""),
            k.lanes.get(c.lane_id, ""),
            c.order,
            c.title,
            c.description,
            display_name(c.channel, k.lang) if c.channel else "",
            c.owner,
            display_name(c.evidence, k.lang),
            c.emotion.score if c.emotion else None,
            ", ".join(c.tags),
        ]
        for c in cards
    ]


def _pains(k: _Lookups) -> list[list[Value]]:
    return [
        [
            k.stage_of(p.stage_id, p.touchpoint_id),
            k.card_title(p.touchpoint_id),
            p.text,
            display_name(p.kind, k.lang),
            p.severity,
            p.votes,
            p.severity * (1 + p.votes),
            " → ".join(p.whys),
        ]
        for p in k.journey.pain_points
    ]


def _opportunities(k: _Lookups) -> list[list[Value]]:
    return [
        [
            k.stage_of(o.stage_id, o.touchpoint_id),
            k.card_title(o.touchpoint_id),
            o.text,
            o.hypothesis.strategy,
            o.hypothesis.need,
            o.hypothesis.solution,
            o.hypothesis.outcome,
        ]
        for o in k.journey.opportunities
    ]


def _kpis(k: _Lookups) -> list[list[Value]]:
    rows: list[list[Value]] = []
    for kpi in k.journey.kpis:
        met = kpi_on_target(kpi)
        rows.append(
            [
                k.stage_of(kpi.stage_id, None),
                kpi.name or display_name(kpi.kind, k.lang),
                display_name(kpi.kind, k.lang),
                kpi.unit,
                kpi.target,
                kpi.actual,
                "" if met is None else _YES_NO[k.lang][0 if met else 1],
            ]
        )
    return rows


def _actions(k: _Lookups) -> list[list[Value]]:
    pains = {p.id: p.text for p in k.journey.pain_points}
    return [
        [
            a.task,
            k.stages.get(a.stage_id or "", ""),
            display_name(a.priority, k.lang),
            a.objective,
            a.owner,
            a.input,
            a.due,
            a.duration,
            display_name(a.status, k.lang),
            display_name(a.category, k.lang) if a.category else "",
            "; ".join(pains.get(i, "") for i in a.pain_point_ids),
        ]
        for a in k.journey.actions
    ]


_ROWS = {
    "cards": _cards,
    "pains": _pains,
    "opportunities": _opportunities,
    "kpis": _kpis,
    "actions": _actions,
}


def table_rows(journey: JourneyMap, table: str, language: str | None = None) -> list[list[Value]]:
    """Header plus one row per item, values typed (numbers, dates) for the workbook."""
    lang = _lang(journey, language)
    header: list[Value] = list(_HEADERS[table][lang] if table != "actions" else PLAN_HEADERS[lang])
    return [header, *_ROWS[table](_Lookups(journey, lang))]


def render_table_csv(journey: JourneyMap, table: str, language: str | None = None) -> bytes:
    """One table as CSV: UTF-8 with BOM (so Excel reads accents), formula-safe cells."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in table_rows(journey, table, language):
        writer.writerow(
            [
                ""
                if v is None
                else safe_cell(v)
                if isinstance(v, str)
                else v.isoformat()
                if isinstance(v, dt.date)
                else f"{v:g}"
                if isinstance(v, float)
                else v
                for v in row
            ]
        )
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def csv_table_paths(out: Path, table: str) -> dict[str, Path]:
    """Where each requested table goes: OUT.csv for one, OUT-cards.csv … for 'all'."""
    if table != "all":
        return {table: out}
    return {name: out.with_name(f"{out.stem}-{name}{out.suffix}") for name in TABLES}


def render_workbook(journey: JourneyMap, language: str | None = None) -> bytes:
    """The five tables as sheets of one .xlsx workbook."""
    from openpyxl import Workbook  # imported on use: only spreadsheet exports need it
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    lang = _lang(journey, language)
    book = Workbook()
    book.remove(book.active)
    for table in TABLES:
        sheet = book.create_sheet(_SHEETS[table][lang])
        rows = table_rows(journey, table, lang)
        widths = [10] * len(rows[0])
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c)
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # text, even when it starts with = + - @
                elif isinstance(value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                widths[c - 1] = min(60, max(widths[c - 1], len(str(value or "")) + 2))
        for c in range(1, len(rows[0]) + 1):
            sheet.cell(row=1, column=c).font = Font(bold=True)
            sheet.column_dimensions[get_column_letter(c)].width = widths[c - 1]
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(rows[0]))}{max(1, len(rows))}"
    book.properties.title = journey.title
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

"""Lanescape ("service-journey-mapper") JSON: one map per journey in the file.

The shape we read: `{type: "service-journey-mapper", version, journeys: [{title,
stages: [{title|name, subStages: [...]}], subJourneys: [{title, rows: [{rowType,
laneLabel, cells: [{mode, html, tags, colspan}]}]}]}]}`. Sub-stages become stages named
'Parent – Sub'; rows become lanes (kind from `rowType`); each non-empty cell becomes a
card in the first stage it spans. Cell HTML is reduced to plain text by a parser that
only collects text: nothing is rendered, fetched or executed.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from journeymapper.interop.builder import CardFields, JourneyBuilder
from journeymapper.interop.errors import MAX_ROWS, ImportProblem, ImportReport, said
from journeymapper.messages import QT_TRANSLATE_NOOP
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import LaneKind

FORMAT_TYPE = "service-journey-mapper"
_BLOCKS = {"p", "div", "li", "br", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote"}
_HIDDEN = {"script", "style", "template", "head", "title", "noscript", "iframe", "object"}
# Keys each level is read for; anything else is named in the report as not imported.
_KNOWN = {
    "journey": {"title", "stages", "subJourneys", "id"},
    "row": {"rowType", "laneLabel", "cells", "id"},
    "cell": {"mode", "html", "tags", "colspan", "id"},
}
_ROW_KINDS = (
    ("pain", LaneKind.PAIN_POINTS),
    ("opportunit", LaneKind.OPPORTUNITIES),
    ("think", LaneKind.THOUGHTS),
    ("thought", LaneKind.THOUGHTS),
    ("feel", LaneKind.EMOTIONS),
    ("emotion", LaneKind.EMOTIONS),
    ("backstage", LaneKind.BACKSTAGE),
    ("support", LaneKind.SUPPORT),
    ("frontstage", LaneKind.FRONTSTAGE),
    ("channel", LaneKind.CHANNELS),
    ("action", LaneKind.CUSTOMER_ACTIONS),
    ("doing", LaneKind.CUSTOMER_ACTIONS),
    ("evidence", LaneKind.EVIDENCE),
    ("kpi", LaneKind.KPIS),
    ("metric", LaneKind.KPIS),
    ("note", LaneKind.NOTES),
    ("touchpoint", LaneKind.TOUCHPOINTS),
)


def _tag_name(tag: str) -> str:
    """'<P class=x>' → 'p', '</div >' → 'div', '<br/>' → 'br'."""
    body = tag[1:-1].lstrip("/").strip()
    name = body.split(None, 1)[0] if body else ""
    return name.rstrip("/").lower()


def html_to_text(fragment: str) -> str:
    """'<p>Pay <b>now</b></p><script>x()</script>' → 'Pay now'.

    A forward-only scanner, not html.parser: every search starts where the last one
    ended and a failed search ends the scan, so the time is linear in the input even
    for hostile fragments (html.parser takes minutes on 200 KB of unclosed comments).
    Tags only mark line breaks; script, style and similar elements are dropped whole.
    """
    lower = fragment.lower()
    parts: list[str] = []
    position = 0
    while position < len(fragment):
        start = fragment.find("<", position)
        if start < 0:
            parts.append(fragment[position:])
            break
        parts.append(fragment[position:start])
        following = fragment[start + 1 : start + 2]
        if not (following.isalpha() or following in {"/", "!", "?"}):
            parts.append("<")  # '4 < 5': a less-than sign, not a tag
            position = start + 1
            continue
        if fragment.startswith("<!--", start):
            end = fragment.find("-->", start + 4)
            if end < 0:
                break  # an unclosed comment hides the rest
            position = end + 3
            continue
        end = fragment.find(">", start + 1)
        if end < 0:
            parts.append(fragment[start:])  # a lone '<' is text
            break
        name = _tag_name(fragment[start : end + 1])
        position = end + 1
        if name in _HIDDEN and not fragment.startswith("</", start):
            close = lower.find(f"</{name}", position)
            if close < 0:
                break
            position = lower.find(">", close)
            position = len(fragment) if position < 0 else position + 1
        elif name in _BLOCKS:
            parts.append("\n")
    text = html.unescape("".join(parts))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def row_kind(row_type: str) -> LaneKind:
    key = row_type.casefold()
    return next((kind for word, kind in _ROW_KINDS if word in key), LaneKind.TOUCHPOINTS)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _list(value: Any, where: str, source: str | Path) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ImportProblem(
            source,
            where,
            said(QT_TRANSLATE_NOOP("ImportMessage", "expected a list, found %1"), type(value).__name__),
        )
    return value


def _dict(value: Any, where: str, source: str | Path) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ImportProblem(
            source,
            where,
            said(QT_TRANSLATE_NOOP("ImportMessage", "expected an object, found %1"), type(value).__name__),
        )
    return value


def load_document(text: str, source: str | Path) -> list[dict[str, Any]]:
    """The file's journeys after checking the envelope."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        place = said(
            QT_TRANSLATE_NOOP("ImportMessage", "line %1, column %2"), str(error.lineno), str(error.colno)
        )
        raise ImportProblem(
            source, place, said(QT_TRANSLATE_NOOP("ImportMessage", "invalid JSON: %1"), error.msg)
        ) from None
    except RecursionError:
        raise ImportProblem(
            source, "", said(QT_TRANSLATE_NOOP("ImportMessage", "JSON nested too deeply"))
        ) from None
    doc = _dict(data, "/", source)
    if doc.get("type") != FORMAT_TYPE:
        wrong = QT_TRANSLATE_NOOP("ImportMessage", "expected “%1”, found “%2”")
        raise ImportProblem(source, "/type", said(wrong, FORMAT_TYPE, str(doc.get("type"))))
    journeys = _list(doc.get("journeys"), "/journeys", source)
    if not journeys:
        raise ImportProblem(
            source, "/journeys", said(QT_TRANSLATE_NOOP("ImportMessage", "the file holds no journeys"))
        )
    return [_dict(j, f"/journeys/{i}", source) for i, j in enumerate(journeys)]


def _stage_names(journey: dict[str, Any], where: str, source: str | Path) -> list[str]:
    names: list[str] = []
    for i, raw in enumerate(_list(journey.get("stages"), f"{where}/stages", source)):
        stage = _dict(raw, f"{where}/stages/{i}", source)
        name = _text(stage.get("title")) or _text(stage.get("name")) or _text(stage.get("label"))
        name = html_to_text(name) or f"Stage {i + 1}"
        subs = _list(stage.get("subStages"), f"{where}/stages/{i}/subStages", source)
        if not subs:
            names.append(name)
        for j, sub_raw in enumerate(subs):
            sub = _dict(sub_raw, f"{where}/stages/{i}/subStages/{j}", source)
            sub_name = html_to_text(
                _text(sub.get("title")) or _text(sub.get("name")) or _text(sub.get("label"))
            )
            names.append(f"{name} – {sub_name or j + 1}")
    return names


def _note_unknown(builder: JourneyBuilder, level: str, item: dict[str, Any]) -> None:
    """Name, once per key, what this importer does not read (nothing is dropped silently)."""
    for key in item:
        if key not in _KNOWN[level]:
            builder.report.not_read(f"{level}.{key}")


def import_lanescape_journey(
    journey: dict[str, Any], index: int, source: str | Path, language: str = "en"
) -> tuple[JourneyMap, ImportReport]:
    where = f"/journeys/{index}"
    report = ImportReport(
        str(source), said(QT_TRANSLATE_NOOP("ImportMessage", "lanescape (journey %1)"), str(index + 1))
    )
    builder = JourneyBuilder(report, html_to_text(_text(journey.get("title"))), language)
    stage_ids = [builder.stage(name, where) for name in _stage_names(journey, where, source)]
    _note_unknown(builder, "journey", journey)
    rows_seen = 0
    for s, sub_raw in enumerate(_list(journey.get("subJourneys"), f"{where}/subJourneys", source)):
        sub_where = f"{where}/subJourneys/{s}"
        sub = _dict(sub_raw, sub_where, source)
        for r, row_raw in enumerate(_list(sub.get("rows"), f"{sub_where}/rows", source)):
            rows_seen += 1
            if rows_seen > MAX_ROWS:
                raise ImportProblem(
                    source,
                    f"{sub_where}/rows/{r}",
                    said(QT_TRANSLATE_NOOP("ImportMessage", "more than %1 rows"), MAX_ROWS),
                )
            row = _dict(row_raw, f"{sub_where}/rows/{r}", source)
            row_type = _text(row.get("rowType"))
            label = html_to_text(_text(row.get("laneLabel"))) or row_type or f"Lane {r + 1}"
            lane = builder.lane(label, row_kind(row_type), f"{sub_where}/rows/{r}")
            _note_unknown(builder, "row", row)
            _import_cells(builder, row, stage_ids, lane, f"{sub_where}/rows/{r}", source)
    return builder.build(), report


def _import_cells(
    builder: JourneyBuilder,
    row: dict[str, Any],
    stage_ids: list[str],
    lane: str,
    where: str,
    source: str | Path,
) -> None:
    column = 0
    for c, cell_raw in enumerate(_list(row.get("cells"), f"{where}/cells", source)):
        cell = _dict(cell_raw, f"{where}/cells/{c}", source)
        span = cell.get("colspan", 1)
        span = span if isinstance(span, int) and not isinstance(span, bool) and 1 <= span <= 1000 else 1
        text = html_to_text(_text(cell.get("html")))
        place = f"{where}/cells/{c}"
        _note_unknown(builder, "cell", cell)
        if column >= len(stage_ids):
            if text:
                builder.report.warn(
                    place, said(QT_TRANSLATE_NOOP("ImportMessage", "cell beyond the last stage: skipped"))
                )
            column += span
            continue
        if text:
            title, _, rest = text.partition("\n")
            notes = [rest] if rest else []
            if span > 1:
                notes.append(f"Spans {span} stages")
                builder.report.keep_aside(
                    said(QT_TRANSLATE_NOOP("ImportMessage", "cells spanning several stages"))
                )
            mode = _text(cell.get("mode"))
            if mode and mode not in {"text", "html"}:
                notes.append(f"Mode: {mode}")
                builder.report.keep_aside(said(QT_TRANSLATE_NOOP("ImportMessage", "cell modes")))
            tags = [t for t in _list(cell.get("tags"), f"{place}/tags", source) if isinstance(t, str)]
            builder.card(
                stage_ids[column],
                lane,
                CardFields(title=title, description="\n".join(notes), tags=tags, place=place),
            )
        column += span

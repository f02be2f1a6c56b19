"""Journeys kept in spreadsheets: the long layout (one row per card) and the wide one.

Long: a header row names the columns (English or Spanish, any case or accents, or
mapped with `--map COLUMN=FIELD`); each following row is a card. Wide: the header holds
the stage names, the first column the lane names, and each cell holds that cell's cards,
one per line. A sheet is read as long when some column is recognised as the card title.

Columns we cannot map are not lost: their values go into the card's description as
`Column: value` lines, and the report lists them.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from journeymapper.interop.builder import CardFields, JourneyBuilder
from journeymapper.interop.errors import ImportProblem, ImportReport, said
from journeymapper.interop.tables import Table, column_letter
from journeymapper.messages import QT_TRANSLATE_NOOP
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import Channel, Evidence, LaneKind, PainKind, display_name

FIELDS = (
    "stage",
    "lane",
    "title",
    "description",
    "channel",
    "owner",
    "emotion",
    "evidence",
    "pain",
    "pain_kind",
    "severity",
    "tags",
    "ignore",
)

_ALIASES: dict[str, tuple[str, ...]] = {
    "stage": ("stage", "phase", "etapa", "fase", "stage name"),
    "lane": ("lane", "swimlane", "row", "carril", "fila", "franja", "lane name"),
    "title": (
        "title",
        "card",
        "touchpoint",
        "step",
        "name",
        "task",
        "titulo",
        "tarjeta",
        "punto de contacto",
        "paso",
        "nombre",
        "tarea",
        "card title",
    ),
    "description": (
        "description",
        "details",
        "detail",
        "notes",
        "note",
        "descripcion",
        "detalle",
        "detalles",
        "notas",
        "nota",
    ),
    "channel": ("channel", "canal", "medio"),
    "owner": ("owner", "responsible", "responsable", "dueno", "propietario"),
    "emotion": ("emotion", "score", "feeling", "emotion score", "emocion", "puntuacion", "sentimiento"),
    "evidence": ("evidence", "evidencia", "evidence level"),
    "pain": ("pain point", "pain", "pain points", "punto de dolor", "dolor", "puntos de dolor"),
    "pain_kind": ("pain kind", "pain type", "kind of pain", "tipo de dolor", "tipo"),
    "severity": ("severity", "severidad", "gravedad"),
    "tags": ("tags", "etiquetas", "labels"),
}

E = TypeVar("E", bound=StrEnum)


def normalise(text: str) -> str:
    """'Título ' → 'titulo': case, accents, punctuation and spacing do not matter."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join("".join(ch if ch.isalnum() else " " for ch in plain.casefold()).split())


_ALIAS_TO_FIELD = {normalise(alias): name for name, aliases in _ALIASES.items() for alias in aliases}


def parse_mapping(pairs: list[str] | None) -> dict[str, str]:
    """`--map "Touchpoint=title"` pairs as {normalised column: field}; ValueError when unknown."""
    mapping: dict[str, str] = {}
    for pair in pairs or []:
        column, equals, target = pair.partition("=")
        target = target.strip().lower().replace("-", "_").replace(" ", "_")
        if not equals or not column.strip():
            raise ValueError(f"--map expects COLUMN=FIELD, not {pair!r}")
        if target not in FIELDS:
            raise ValueError(f"--map {pair!r}: unknown field {target!r}; fields: {', '.join(FIELDS)}")
        mapping[normalise(column)] = target
    return mapping


def map_header(header: list[str], mapping: Mapping[str, str] | None = None) -> list[str | None]:
    """The field of each column (None when unknown); a field is taken by its first column only."""
    mapping = mapping or {}
    taken: set[str] = set()
    fields: list[str | None] = []
    for name in header:
        key = normalise(name)
        target = mapping.get(key) or _ALIAS_TO_FIELD.get(key)
        if target in taken and target != "ignore":
            target = None
        if target:
            taken.add(target)
        fields.append(target)
    return fields


@functools.cache
def _names_of(enum: type[StrEnum]) -> dict[str, StrEnum]:
    """Every spelling of an enum's members (stored value, English and Spanish name), once."""
    names: dict[str, StrEnum] = {}
    for member in enum:
        for spelling in (member.value, display_name(member, "en"), display_name(member, "es")):
            names.setdefault(normalise(spelling), member)
    return names


def _vocabulary(enum: type[E], value: str) -> E | None:
    """An enum member from its stored value or its English/Spanish name."""
    found = _names_of(enum).get(normalise(value))
    return found if isinstance(found, enum) else None


def lane_kind_for(name: str) -> LaneKind:
    return _vocabulary(LaneKind, name) or LaneKind.TOUCHPOINTS


def _header_row(table: Table) -> int:
    for index, row in enumerate(table.rows):
        if any(cell.strip() for cell in row):
            return index
    raise ImportProblem("", "", said(QT_TRANSLATE_NOOP("ImportMessage", "the sheet is empty")))


def import_table(
    table: Table,
    source: str | Path,
    fmt: str,
    *,
    mapping: Mapping[str, str] | None = None,
    language: str = "en",
    title: str = "",
) -> tuple[JourneyMap, ImportReport]:
    report = ImportReport(str(source), fmt)
    try:
        head = _header_row(table)
    except ImportProblem:
        raise ImportProblem(
            source, "", said(QT_TRANSLATE_NOOP("ImportMessage", "has no rows to import"))
        ) from None
    fields = map_header(table.rows[head], mapping)
    language = language if language != "auto" else _guess_language(table.rows[head])
    builder = JourneyBuilder(report, title or Path(str(source)).stem, language)
    if "title" in fields:
        report.fmt = said(QT_TRANSLATE_NOOP("ImportMessage", "%1 (long layout, %2)"), fmt, table.detail)
        _import_long(table, head, fields, builder)
    else:
        report.fmt = said(QT_TRANSLATE_NOOP("ImportMessage", "%1 (wide layout, %2)"), fmt, table.detail)
        _import_wide(table, head, builder)
    return builder.build(), report


def _guess_language(header: list[str]) -> str:
    spanish = {normalise(a) for name in _ALIASES for a in _ALIASES[name] if not a.isascii()}
    spanish |= {"etapa", "carril", "tarjeta", "canal", "responsable", "dolor", "fase", "tarea", "nombre"}
    return "es" if sum(normalise(cell) in spanish for cell in header) >= 2 else "en"


def _import_long(table: Table, head: int, fields: list[str | None], builder: JourneyBuilder) -> None:
    header = table.rows[head]
    report = builder.report
    unmapped = [i for i, f in enumerate(fields) if f is None and header[i].strip()]
    for i in unmapped:
        report.keep_aside(header[i].strip())
    for row_index in range(head + 1, len(table.rows)):
        row = table.rows[row_index]
        if not any(cell.strip() for cell in row):
            continue
        values = {f: row[i].strip() for i, f in enumerate(fields) if f and f != "ignore" and i < len(row)}
        place = table.where(row_index)
        stage = builder.stage(values.get("stage", ""), place)
        lane_name = values.get("lane", "")
        lane = builder.lane(lane_name, lane_kind_for(lane_name) if lane_name else LaneKind.TOUCHPOINTS, place)
        extra = [
            f"{header[i].strip()}: {row[i].strip()}" for i in unmapped if i < len(row) and row[i].strip()
        ]
        card_fields = _card_fields(values, extra, table, row_index, fields, builder)
        card = builder.card(stage, lane, card_fields)
        if values.get("pain"):
            builder.pain(card.id, values["pain"], *_pain_details(values, table, row_index, fields, builder))


def _column(fields: list[str | None], name: str) -> int:
    return fields.index(name) if name in fields else 0


def _card_fields(
    values: dict[str, str],
    extra: list[str],
    table: Table,
    row: int,
    fields: list[str | None],
    builder: JourneyBuilder,
) -> CardFields:
    report = builder.report
    description = values.get("description", "")
    card = CardFields(
        title=values.get("title", ""),
        owner=values.get("owner", ""),
        place=table.where(row),
        tags=[t.strip() for t in values.get("tags", "").replace(";", ",").split(",")],
    )
    if values.get("channel"):
        card.channel = _vocabulary(Channel, values["channel"]) or Channel.OTHER
        if card.channel == Channel.OTHER and normalise(values["channel"]) not in {"other", "otro"}:
            card.channel_detail = values["channel"]
    if values.get("evidence"):
        card.evidence = _vocabulary(Evidence, values["evidence"])
        if card.evidence is None:
            odd = QT_TRANSLATE_NOOP(
                "ImportMessage", "evidence “%1” is not observed/assumed/proposed: kept in the description"
            )
            report.warn(table.where(row, _column(fields, "evidence")), said(odd, values["evidence"]))
            extra.append(f"Evidence: {values['evidence']}")
    if values.get("emotion"):
        card.score = _score(values["emotion"], builder)
        if card.score is None:
            odd = QT_TRANSLATE_NOOP(
                "ImportMessage",
                "emotion “%1” is not a whole number on the map's scale (%2…%3): kept in the description",
            )
            scale = builder.map.emotion_scale
            report.warn(
                table.where(row, _column(fields, "emotion")),
                said(odd, values["emotion"], scale.min, scale.max),
            )
            extra.append(f"Emotion: {values['emotion']}")
    if extra:
        description = "\n".join([description, *extra]).strip()
    card.description = description
    return card


def _score(text: str, builder: JourneyBuilder) -> int | None:
    try:
        value = float(text.replace(",", ".").replace("−", "-"))
    except ValueError:
        return None
    scale = builder.map.emotion_scale
    if not value.is_integer() or not scale.min <= value <= scale.max:
        return None
    return int(value)


def _pain_details(
    values: dict[str, str], table: Table, row: int, fields: list[str | None], builder: JourneyBuilder
) -> tuple[PainKind, int]:
    kind = PainKind.FRUSTRATION
    if values.get("pain_kind"):
        found = _vocabulary(PainKind, values["pain_kind"])
        if found is None:
            odd = QT_TRANSLATE_NOOP("ImportMessage", "pain kind “%1” is unknown: frustration used")
            builder.report.warn(
                table.where(row, _column(fields, "pain_kind")), said(odd, values["pain_kind"])
            )
        kind = found or kind
    severity = 3
    if values.get("severity"):
        try:
            severity = int(float(values["severity"].replace(",", ".")))
        except ValueError:
            severity = 0
        if not 1 <= severity <= 5:
            odd = QT_TRANSLATE_NOOP("ImportMessage", "severity “%1” is not 1–5: 3 used")
            builder.report.warn(table.where(row, _column(fields, "severity")), said(odd, values["severity"]))
            severity = 3
    return kind, severity


def _import_wide(table: Table, head: int, builder: JourneyBuilder) -> None:
    header = table.rows[head]
    stages = {
        i: builder.stage(name, table.where(head, i)) for i, name in enumerate(header) if i and name.strip()
    }
    if not stages:
        unclear = QT_TRANSLATE_NOOP(
            "ImportMessage",
            "no card-title column and no stage names in the header: cannot tell the layout "
            "(name a column 'title' or use --map COLUMN=title)",
        )
        raise ImportProblem(builder.report.source, table.where(head), said(unclear))
    for row_index in range(head + 1, len(table.rows)):
        row = table.rows[row_index]
        if not any(cell.strip() for cell in row):
            continue
        lane_name = row[0].strip() if row else ""
        lane = builder.lane(lane_name, lane_kind_for(lane_name), table.where(row_index, 0))
        for column, cell in enumerate(row):
            if column == 0 or not cell.strip():
                continue
            if column not in stages:
                nameless = QT_TRANSLATE_NOOP(
                    "ImportMessage", "cell under a column with no stage name (%1): skipped"
                )
                builder.report.warn(table.where(row_index, column), said(nameless, column_letter(column)))
                continue
            for line in cell.splitlines():
                if line.strip():
                    builder.card(
                        stages[column],
                        lane,
                        CardFields(title=line.strip(), place=table.where(row_index, column)),
                    )

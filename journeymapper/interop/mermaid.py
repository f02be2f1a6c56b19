"""Mermaid `journey` diagrams, in and out, following Mermaid's own grammar.

Mermaid's lexer (`journey.jison`, case-insensitive) reads, per line: `%%` comments and
`#` comments to the end of the line; `journey`; `title <text up to # or ;>`;
`accTitle: …`, `accDescr: …` and a multi-line `accDescr { … }`; `section <text up to
# : ;>`; and a task, `name: data`, whose name is everything before the first `:` and
whose data runs to the next `#` or `;`. `journeyDb.addTask` splits the data on `:` into
the score (`Number(...)`) and a comma-separated, trimmed list of actors. Before lexing,
Mermaid turns entity codes such as `#35;` or `#quot;` into placeholders, so they may
contain `#` and `;`; we decode them into the characters they stand for.

A diagram may come straight from a wiki page: a Markdown file's first ```mermaid block
that holds a `journey` is used, and YAML front matter's `title:` is honoured.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from journeymapper.interop.builder import CardFields, JourneyBuilder
from journeymapper.interop.errors import MAX_LINES, NO_MERMAID, ImportProblem, ImportReport, said
from journeymapper.interop.errors import line as line_at
from journeymapper.messages import QT_TRANSLATE_NOOP
from journeymapper.model.entities import EmotionScale
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import LaneKind

MERMAID_MIN, MERMAID_MAX = 1, 5
_ENTITY = re.compile(r"#(\w+);")
_OPENING = re.compile(r"(```+|~~~+)\s*mermaid\b", re.IGNORECASE)
_KEYWORD = re.compile(r"^(journey|title|section|accTitle|accDescr)\b", re.IGNORECASE)


def decode_entities(text: str) -> str:
    """`#35;` → '#', `#quot;` → '"', as Mermaid shows them; unknown names stay as written."""

    def one(match: re.Match[str]) -> str:
        inner = match.group(1)
        if inner.isdigit():
            code = int(inner)
            return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group(0)
        decoded = html.unescape(f"&{inner};")
        return match.group(0) if decoded == f"&{inner};" else decoded

    return _ENTITY.sub(one, text)


@dataclass
class MermaidTask:
    name: str
    score: float | None
    raw_score: str
    actors: list[str]
    line: int


@dataclass
class MermaidSection:
    name: str
    line: int
    tasks: list[MermaidTask] = field(default_factory=list)


@dataclass
class MermaidJourney:
    title: str = ""
    acc_title: str = ""
    acc_descr: str = ""
    sections: list[MermaidSection] = field(default_factory=list)


def extract_diagram(text: str) -> tuple[str, int]:
    """The diagram text and the line it starts on: a fenced block of a Markdown page, or all.

    One pass over the lines (a page of a million unclosed fences must not take a million
    scans): each opening fence is closed by the next line that starts with the same fence.
    """
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        opening = _OPENING.match(lines[index].strip())
        if opening is None:
            index += 1
            continue
        fence = opening.group(1)
        end = next((j for j in range(index + 1, len(lines)) if lines[j].strip().startswith(fence)), None)
        if end is None:
            break  # unclosed: no later fence can be closed either
        body = lines[index + 1 : end]
        if any(re.match(r"\s*journey\b", line, re.IGNORECASE) for line in body):
            return "\n".join(body), index + 2
        index = end + 1
    return text, 1


def _strip_comments(line: str) -> str:
    """Drop `%%` (not `%%{`, a directive) and `#` comments; entity codes become placeholders.

    Mermaid encodes `#name;` before lexing, so a code's `#`, `:` or `;` never acts as a
    comment or separator; the placeholders (NUL name SOH) keep that true until decoding.
    """
    encoded = _ENTITY.sub(lambda m: "\x00" + m.group(1) + "\x01", line)
    cut = len(encoded)
    percent = re.search(r"%%(?!\{)", encoded)
    if percent:
        cut = percent.start()
    hash_at = encoded.find("#")
    if 0 <= hash_at < cut:
        cut = hash_at
    return encoded[:cut]


def _decode_placeholders(text: str) -> str:
    """Entity codes kept aside by `_strip_comments`, as the characters they stand for."""
    return decode_entities(re.sub("\x00(\\w+)\x01", r"#\1;", text))


def _front_matter_title(lines: list[str]) -> tuple[str, int]:
    """YAML front matter (`---` … `---`) before the diagram: its `title:` and lines used."""
    if not lines or lines[0].strip() != "---":
        return "", 0
    for index in range(1, min(len(lines), 200)):
        if lines[index].strip() == "---":
            title = ""
            for entry in lines[1:index]:
                key, _, value = entry.partition(":")
                if key.strip().lower() == "title":
                    title = value.strip().strip("\"'")
            return title, index + 1
    return "", 0


_MORE_LINES = QT_TRANSLATE_NOOP("ImportMessage", "more than %1 lines")


def parse_mermaid(text: str, source: str | Path = "<text>") -> MermaidJourney:
    """The diagram's structure; ImportProblem names the line when it is not a journey."""
    if text.count("\n") > 2 * MAX_LINES:  # a page, not a diagram: checked before scanning it
        raise ImportProblem(source, line_at(2 * MAX_LINES + 1), said(_MORE_LINES, 2 * MAX_LINES))
    body, first_line = extract_diagram(text)
    lines = body.split("\n")
    if len(lines) > MAX_LINES:
        raise ImportProblem(source, line_at(MAX_LINES + first_line), said(_MORE_LINES, MAX_LINES))
    result = MermaidJourney()
    result.title, start = _front_matter_title(lines)
    seen_header = False
    multiline: list[str] | None = None
    for index in range(start, len(lines)):
        number = index + first_line
        raw = lines[index]
        if multiline is not None:
            if "}" in raw:
                multiline.append(raw[: raw.index("}")])
                result.acc_descr = "\n".join(part.strip() for part in multiline).strip()
                multiline = None
            else:
                multiline.append(raw)
            continue
        stripped = raw.strip()
        if not stripped or stripped.startswith("%%"):
            continue
        if not seen_header:
            if not re.match(r"journey\b", _strip_comments(stripped).strip(), re.IGNORECASE):
                if _strip_comments(stripped).strip() == "":
                    continue
                not_journey = QT_TRANSLATE_NOOP(
                    "ImportMessage", "a Mermaid journey starts with the word 'journey', not “%1”"
                )
                raise ImportProblem(source, line_at(number), said(not_journey, stripped[:40]))
            seen_header = True
            continue
        multiline = _statement(result, raw, number, source)
    if not seen_header:
        raise ImportProblem(source, "", said(NO_MERMAID))
    if multiline is not None:
        unclosed = QT_TRANSLATE_NOOP("ImportMessage", "'accDescr {' has no closing brace")
        raise ImportProblem(source, line_at(len(lines) + first_line - 1), said(unclosed))
    return result


def _statement(result: MermaidJourney, raw: str, number: int, source: str | Path) -> list[str] | None:
    """Read one line after the header; returns a list when a multi-line accDescr opens."""
    line = raw.strip()
    acc = re.match(r"(accTitle|accDescr)\s*:\s*(.*)$", line, re.IGNORECASE)
    if acc:
        value = decode_entities(acc.group(2).strip())
        if acc.group(1).lower() == "acctitle":
            result.acc_title = value
        else:
            result.acc_descr = value
        return None
    opening = re.match(r"accDescr\s*\{(.*)$", line, re.IGNORECASE)
    if opening:
        rest = opening.group(1)
        if "}" in rest:
            result.acc_descr = rest[: rest.index("}")].strip()
            return None
        return [rest]
    line = _strip_comments(line).strip()
    if not line:
        return None
    for statement in (part.strip() for part in line.split(";")):
        if statement:
            _simple_statement(result, statement, number, source)
    return None


def _simple_statement(result: MermaidJourney, line: str, number: int, source: str | Path) -> None:
    keyword = re.match(r"(title|section)\s+(.*)$", line, re.IGNORECASE)
    if keyword and (keyword.group(1).lower() == "title" or ":" not in keyword.group(2)):
        value = _decode_placeholders(keyword.group(2).strip())
        if keyword.group(1).lower() == "title":
            result.title = value
        else:
            result.sections.append(MermaidSection(value, number))
        return
    name, colon, data = line.partition(":")
    if not colon or not name.strip():
        not_task = QT_TRANSLATE_NOOP("ImportMessage", "expected 'Task name: score: actors', got “%1”")
        raise ImportProblem(source, line_at(number), said(not_task, line[:60]))
    pieces = data.split(":")
    raw_score = pieces[0].strip()
    actors = [_decode_placeholders(a.strip()) for a in pieces[1].split(",")] if len(pieces) > 1 else []
    try:
        score: float | None = float(raw_score)
    except ValueError:
        score = None
    if not result.sections:
        result.sections.append(MermaidSection("", number))
    result.sections[-1].tasks.append(
        MermaidTask(_decode_placeholders(name.strip()), score, raw_score, [a for a in actors if a], number)
    )


def _map_score(task: MermaidTask, scale: EmotionScale, keep: bool, builder: JourneyBuilder) -> int | None:
    """A Mermaid score on our scale; a score outside 1–5 is reported, never clamped."""
    if task.score is None or task.score != int(task.score):
        odd = QT_TRANSLATE_NOOP(
            "ImportMessage", "score “%1” is not a whole number: kept in the card's description"
        )
        builder.report.warn(line_at(task.line), said(odd, task.raw_score))
        return None
    score = int(task.score)
    if not MERMAID_MIN <= score <= MERMAID_MAX:
        odd = QT_TRANSLATE_NOOP(
            "ImportMessage",
            "score %1 is outside Mermaid's 1–5: kept in the card's description, no emotion set",
        )
        builder.report.warn(line_at(task.line), said(odd, score))
        return None
    if keep:
        return score
    span = scale.max - scale.min
    return scale.min + round((score - MERMAID_MIN) * span / (MERMAID_MAX - MERMAID_MIN))


def import_mermaid(
    text: str, source: str | Path, *, keep_scale: bool = False, language: str = "en"
) -> tuple[JourneyMap, ImportReport]:
    """A map with one stage per section and the tasks as a chain of cards."""
    diagram = parse_mermaid(text, source)
    report = ImportReport(str(source), "mermaid")
    scale = EmotionScale(min=0, max=5, labels={"1": "😞", "3": "😐", "5": "😀"}) if keep_scale else None
    builder = JourneyBuilder(report, diagram.title or diagram.acc_title, language, scale)
    if diagram.acc_descr:
        builder.map.description = diagram.acc_descr[:5000]
    if diagram.acc_title and diagram.title and diagram.acc_title != diagram.title:
        builder.map.subtitle = diagram.acc_title[:200]
    lane = builder.lane("", LaneKind.TOUCHPOINTS)
    cards = []
    for index, section in enumerate(diagram.sections):
        unnamed = f"{'Etapa' if builder.map.language == 'es' else 'Stage'} {index + 1}"
        stage = builder.stage(section.name or unnamed, line_at(section.line))
        for task in section.tasks:
            score = _map_score(task, builder.map.emotion_scale, keep_scale, builder)
            description = "" if score is not None else f"Mermaid score: {task.raw_score or '(none)'}"
            if description:
                report.keep_aside(said(QT_TRANSLATE_NOOP("ImportMessage", "Mermaid scores outside 1–5")))
            for actor in task.actors:
                builder.persona(actor)
            cards.append(
                builder.card(
                    stage,
                    lane,
                    CardFields(
                        title=task.name,
                        description=description,
                        score=score,
                        tags=task.actors,
                        place=line_at(task.line),
                    ),
                )
            )
    builder.chain(cards)
    return builder.build(), report


# --- export -----------------------------------------------------------------------------
_UNSAFE = {":": "#58;", "#": "#35;", ";": "#59;", "%": "#37;", ",": "#44;"}


def escape_text(text: str, *, comma: bool = False) -> str:
    """Text Mermaid reads back verbatim: separators and keyword starts as entity codes."""
    text = " ".join(text.split())
    out = "".join(_UNSAFE[ch] if ch in _UNSAFE and (ch != "," or comma) else ch for ch in text)
    if _KEYWORD.match(out):
        out = f"#{ord(out[0])};" + out[1:]
    return out


def mermaid_score(score: int, scale: EmotionScale) -> int:
    span = scale.max - scale.min
    return MERMAID_MIN + round((score - scale.min) * (MERMAID_MAX - MERMAID_MIN) / span)


def choose_lane(journey: JourneyMap, lane: str | None) -> str:
    """The lane to export: given by id or name, else the first touchpoints lane, else the first."""
    if lane:
        for item in journey.lanes:
            if lane in {item.id, item.name} or lane.casefold() == item.name.casefold():
                return item.id
        raise ValueError(f"no lane called {lane!r}; lanes are: " + ", ".join(x.name for x in journey.lanes))
    for item in journey.lanes:
        if item.kind == LaneKind.TOUCHPOINTS:
            return item.id
    if not journey.lanes:
        raise ValueError("the map has no lanes")
    return journey.lanes[0].id


def export_mermaid(journey: JourneyMap, lane: str | None = None) -> str:
    """A `journey` diagram: one section per stage, one task per card of the chosen lane."""
    lane_id = choose_lane(journey, lane)
    grid = journey.cells()
    persona_names = {p.name.casefold(): p.name for p in journey.personas}
    main = journey.main_persona()
    neutral = (journey.emotion_scale.min + journey.emotion_scale.max) / 2
    lines = ["journey", f"  title {escape_text(journey.title) or 'Journey'}"]
    if journey.description:
        lines.append(f"  accDescr: {escape_text(journey.description)}")
    for stage in journey.stages:
        lines.append(f"  section {escape_text(stage.name) or '-'}")
        for card in grid.get((stage.id, lane_id), []):
            score = card.emotion.score if card.emotion else round(neutral)
            task = escape_text(card.title) or "-"
            actors = [persona_names[t.casefold()] for t in card.tags if t.casefold() in persona_names]
            if not actors and main is not None:
                actors = [main.name]
            who = ", ".join(escape_text(a, comma=True) for a in actors)
            data = f"{mermaid_score(score, journey.emotion_scale)}"
            lines.append(f"    {task}: {data}" + (f": {who}" if who else ""))
    return "\n".join(lines) + "\n"

"""The map as an accessible document: Markdown that reads well on a code forge and aloud.

Headings follow the map's structure (title, persona, one section per stage), lists
rather than layout carry the content, emotions are written as words and numbers (not
colours or faces), and tables have header rows so screen readers announce the columns.
Text from the map is escaped so that a card title cannot inject links, HTML or tables.
"""

from __future__ import annotations

import re

from journeymapper.model.analysis import Report, analyse
from journeymapper.model.entities import Persona, Touchpoint
from journeymapper.model.journey import JourneyMap
from journeymapper.model.vocabulary import display_name

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^([#>+=-]|\d+[.)])")

_WORDS = {
    "en": {
        "persona": "Persona",
        "goals": "Goals",
        "frustrations": "Frustrations",
        "cards": "Cards",
        "pains": "Pain points",
        "opportunities": "Opportunities",
        "kpis": "KPIs",
        "plan": "Action plan",
        "insights": "Insights: questions for the team",
        "emotion": "emotion",
        "severity": "severity",
        "votes": "votes",
        "whys": "5 whys",
        "hypothesis": "Hypothesis",
        "target": "target",
        "actual": "actual",
        "channel": "channel",
        "owner": "owner",
        "evidence": "evidence",
        "no_cards": "No cards yet.",
        "state": "State",
        "authors": "Authors",
        "language": "Language",
        "path": "Main path",
        "believe": "We believe {strategy} will solve {need} through {solution}, resulting in {outcome}.",
    },
    "es": {
        "persona": "Persona",
        "goals": "Objetivos",
        "frustrations": "Frustraciones",
        "cards": "Tarjetas",
        "pains": "Puntos de dolor",
        "opportunities": "Oportunidades",
        "kpis": "Indicadores",
        "plan": "Plan de acción",
        "insights": "Hallazgos: preguntas para el equipo",
        "emotion": "emoción",
        "severity": "severidad",
        "votes": "votos",
        "whys": "5 porqués",
        "hypothesis": "Hipótesis",
        "target": "objetivo",
        "actual": "real",
        "channel": "canal",
        "owner": "responsable",
        "evidence": "evidencia",
        "no_cards": "Aún no hay tarjetas.",
        "state": "Estado",
        "authors": "Autoría",
        "language": "Idioma",
        "path": "Camino principal",
        "believe": "Creemos que {strategy} resolverá {need} mediante {solution}, logrando {outcome}.",
    },
}


def md(text: str) -> str:
    """Inline text with Markdown and HTML syntax neutralised, on one line."""
    text = _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
    start = _LINE_START.match(text)
    if start is None:
        return text
    end = start.end() - 1  # '#' → '\#'; '1.' → '1\.'
    return text[:end] + "\\" + text[end:]


def _cell(text: str) -> str:
    return md(text) or " "


def _emotion(card: Touchpoint, journey: JourneyMap, words: dict[str, str]) -> str:
    if card.emotion is None:
        return ""
    label = card.emotion.label or journey.emotion_scale.label(card.emotion.score)
    score = card.emotion.score
    return f"{words['emotion']} {score:+d}".replace("+0", "0") + (f" ({md(label)})" if label else "")


def _persona(persona: Persona, words: dict[str, str]) -> list[str]:
    lines = [f"## {words['persona']}: {md(persona.name)}", ""]
    if persona.role:
        lines += [md(persona.role), ""]
    if persona.quote:
        lines += [f"> {md(persona.quote)}", ""]
    for key, items in (("goals", persona.goals), ("frustrations", persona.frustrations)):
        if items:
            lines += [f"**{words[key]}:**", "", *[f"- {md(item)}" for item in items], ""]
    return lines


def _card_line(card: Touchpoint, journey: JourneyMap, lang: str, words: dict[str, str]) -> str:
    facts = [_emotion(card, journey, words)]
    if card.channel:
        facts.append(f"{words['channel']}: {display_name(card.channel, lang)}")
    if card.owner:
        facts.append(f"{words['owner']}: {md(card.owner)}")
    facts.append(f"{words['evidence']}: {display_name(card.evidence, lang).lower()}")
    line = f"- **{md(card.title) or '–'}** — " + "; ".join(f for f in facts if f)
    if card.description:
        line += f"  \n  {md(card.description)}"
    return line


def _stage_section(journey: JourneyMap, stage_id: str, lang: str, words: dict[str, str]) -> list[str]:
    stage = journey.stage(stage_id)
    assert stage is not None
    lines = [f"## {md(stage.name)}", ""]
    if stage.description:
        lines += [md(stage.description), ""]
    lanes = {lane.id: lane for lane in journey.lanes}
    grid = journey.cells()
    any_card = False
    for lane in journey.lanes:
        cards = grid.get((stage_id, lane.id), [])
        if cards:
            any_card = True
            lines += [f"### {md(lanes[lane.id].name)}", ""]
            lines += [_card_line(card, journey, lang, words) for card in cards] + [""]
    if not any_card:
        lines += [words["no_cards"], ""]
    lines += _stage_pains(journey, stage_id, lang, words)
    lines += _stage_opportunities(journey, stage_id, words)
    lines += _stage_kpis(journey, stage_id, lang, words)
    return lines


def _stage_pains(journey: JourneyMap, stage_id: str, lang: str, words: dict[str, str]) -> list[str]:
    in_stage = {c.id for c in journey.touchpoints if c.stage_id == stage_id}
    pains = [p for p in journey.pain_points if p.stage_id == stage_id or p.touchpoint_id in in_stage]
    if not pains:
        return []
    lines = [f"### {words['pains']}", ""]
    for p in pains:
        lines.append(
            f"- **{md(p.text) or '–'}** — {display_name(p.kind, lang)}; {words['severity']} "
            f"{p.severity}/5; {p.votes} {words['votes']}"
        )
        if p.whys:
            lines.append(f"  - {words['whys']}: " + " → ".join(md(w) for w in p.whys))
    return lines + [""]


def _stage_opportunities(journey: JourneyMap, stage_id: str, words: dict[str, str]) -> list[str]:
    in_stage = {c.id for c in journey.touchpoints if c.stage_id == stage_id}
    items = [o for o in journey.opportunities if o.stage_id == stage_id or o.touchpoint_id in in_stage]
    if not items:
        return []
    lines = [f"### {words['opportunities']}", ""]
    for o in items:
        lines.append(f"- **{md(o.text) or '–'}**")
        h = o.hypothesis
        if not h.is_empty():
            sentence = words["believe"].format(
                strategy=md(h.strategy) or "…",
                need=md(h.need) or "…",
                solution=md(h.solution) or "…",
                outcome=md(h.outcome) or "…",
            )
            lines.append(f"  - {words['hypothesis']}: {sentence}")
    return lines + [""]


def _stage_kpis(journey: JourneyMap, stage_id: str, lang: str, words: dict[str, str]) -> list[str]:
    kpis = [k for k in journey.kpis if k.stage_id == stage_id]
    if not kpis:
        return []
    lines = [f"### {words['kpis']}", ""]
    for k in kpis:

        def amount(value: float | None, unit: str = k.unit) -> str:
            return "–" if value is None else f"{value:g}{unit and ' ' + md(unit)}"

        lines.append(
            f"- **{md(k.name or display_name(k.kind, lang))}** — {words['target']} {amount(k.target)}, "
            f"{words['actual']} {amount(k.actual)}"
        )
    return lines + [""]


def _plan(journey: JourneyMap, lang: str, words: dict[str, str]) -> list[str]:
    from journeymapper.export.csv_plan import HEADERS

    if not journey.actions:
        return []
    headers = HEADERS.get(lang, HEADERS["en"])[:9]
    stages = {s.id: s.name for s in journey.stages}
    lines = [f"## {words['plan']}", "", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for a in journey.actions:
        cells = [
            a.task,
            stages.get(a.stage_id or "", ""),
            display_name(a.priority, lang),
            a.objective,
            a.owner,
            a.input,
            a.due.isoformat() if a.due else "",
            a.duration,
            display_name(a.status, lang),
        ]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return lines + [""]


def _insights(report: Report, words: dict[str, str]) -> list[str]:
    lines = [f"## {words['insights']}", ""]
    if report.main_path_titles:
        lines += [f"{words['path']}: " + " → ".join(md(t) for t in report.main_path_titles), ""]
    lines += [f"{i}. {md(f.question)}" for i, f in enumerate(report.findings, start=1)]
    return lines + [""]


def render_markdown(journey: JourneyMap, language: str | None = None) -> str:
    lang = str(language or journey.language)
    lang = lang if lang in _WORDS else "en"
    words = _WORDS[lang]
    lines = [f"# {md(journey.title)}", ""]
    if journey.subtitle:
        lines += [f"*{md(journey.subtitle)}*", ""]
    facts = [f"**{words['state']}:** {display_name(journey.state, lang)}"]
    if journey.authors:
        facts.append(f"**{words['authors']}:** " + ", ".join(md(a) for a in journey.authors))
    if journey.organisation:
        facts.append(md(journey.organisation))
    lines += ["  \n".join(facts), ""]
    if journey.description:
        lines += [md(journey.description), ""]
    persona = journey.main_persona()
    if persona is not None:
        lines += _persona(persona, words)
    for stage in journey.stages:
        lines += _stage_section(journey, stage.id, lang, words)
    lines += _plan(journey, lang, words)
    report = analyse(journey, language=lang)
    if report.findings or report.main_path_titles:
        lines += _insights(report, words)
    return "\n".join(lines).rstrip() + "\n"

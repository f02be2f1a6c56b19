"""The poster's own words (legend headings, KPI labels...) in English and Spanish.

Vocabulary values (channels, pain kinds...) are named by `model.vocabulary`; this
holds only the few fixed phrases the layout adds around the user's content, so a
Spanish map gets a Spanish poster without Qt's translation machinery.
"""

from __future__ import annotations

_WORDS: dict[str, dict[str, str]] = {
    "legend": {"en": "Legend", "es": "Leyenda"},
    "emotion": {"en": "Emotion", "es": "Emoción"},
    "pain-kinds": {"en": "Pain points", "es": "Puntos de dolor"},
    "channels": {"en": "Channels", "es": "Canales"},
    "evidence": {"en": "Evidence", "es": "Evidencia"},
    "kpis": {"en": "KPIs", "es": "Indicadores"},
    "severity": {"en": "severity", "es": "gravedad"},
    "votes": {"en": "votes", "es": "votos"},
    "target": {"en": "Target", "es": "Objetivo"},
    "actual": {"en": "Actual", "es": "Actual"},
    "on-target": {"en": "On target", "es": "En objetivo"},
    "off-target": {"en": "Below target", "es": "Fuera de objetivo"},
    "no-data": {"en": "No data yet", "es": "Sin datos"},
    "persona": {"en": "Persona", "es": "Persona"},
    "goals": {"en": "Goals", "es": "Objetivos"},
    "frustrations": {"en": "Frustrations", "es": "Frustraciones"},
    "by": {"en": "By", "es": "Por"},
    "updated": {"en": "Updated", "es": "Actualizado"},
    "made-with": {"en": "Made with JourneyMapper", "es": "Hecho con JourneyMapper"},
    "action": {"en": "Action", "es": "Acción"},
    "opportunity": {"en": "Opportunity", "es": "Oportunidad"},
    "owner": {"en": "Owner", "es": "Responsable"},
    "due": {"en": "due", "es": "fecha"},
    "hypothesis": {
        "en": "We believe {strategy} will solve {need} through {solution}, resulting in {outcome}.",
        "es": "Creemos que {strategy} resolverá {need} mediante {solution}, logrando {outcome}.",
    },
    "more": {"en": "+{n} more", "es": "+{n} más"},
    "priority": {"en": "priority", "es": "prioridad"},
    "severity-scale": {"en": "Severity 1–5", "es": "Gravedad 1–5"},
    "connection": {"en": "Customer path", "es": "Recorrido del cliente"},
}


def words(key: str, language: str) -> str:
    """A fixed phrase in `language`, falling back to English."""
    entry = _WORDS[key]
    return entry.get(language) or entry["en"]

"""The closed vocabularies of a journey map (kinds, channels, levels) and their names.

Enum values are the stable spellings stored in `.journey` files; the display names
live here (English and Spanish) so that the layout and exporters can label a poster
in the map's own language without touching Qt's translation machinery.
"""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    EN = "en"
    ES = "es"


class MapState(StrEnum):
    AS_IS = "as-is"
    TO_BE = "to-be"


class LaneKind(StrEnum):
    TOUCHPOINTS = "touchpoints"
    CUSTOMER_ACTIONS = "customer-actions"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain-points"
    OPPORTUNITIES = "opportunities"
    CHANNELS = "channels"
    BACKSTAGE = "backstage"
    SUPPORT = "support-processes"
    KPIS = "kpis"
    NOTES = "notes"
    EVIDENCE = "evidence"
    FRONTSTAGE = "frontstage"


class Channel(StrEnum):
    WEB = "web"
    MOBILE_APP = "mobile-app"
    STORE = "store"
    PHONE = "phone"
    CHAT = "chat"
    EMAIL = "email"
    SOCIAL = "social-media"
    FORMS = "forms"
    CALL_CENTRE = "call-centre"
    PARTNER = "partner"
    OTHER = "other"


class Evidence(StrEnum):
    OBSERVED = "observed"
    ASSUMED = "assumed"
    PROPOSED = "proposed"


class PainKind(StrEnum):
    FRUSTRATION = "frustration"
    INEFFICIENCY = "inefficiency"
    NEED = "need"
    PROBLEM = "problem"
    MISSED_OPPORTUNITY = "missed-opportunity"


class KpiKind(StrEnum):
    NPS = "nps"
    CES = "ces"
    CSAT = "csat"
    REPURCHASE_INTENTION = "repurchase-intention"
    LOYALTY_INDEX = "loyalty-index"
    AVG_RESPONSE_TIME = "avg-response-time"
    FIRST_CONTACT_RESOLUTION = "first-contact-resolution"
    CONVERSION_RATE = "conversion-rate"
    RETENTION_RATE = "retention-rate"
    CHURN = "churn"
    CLV = "clv"
    AVERAGE_TICKET = "average-ticket"
    CUSTOM = "custom"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    BLOCKED = "blocked"


class ActionCategory(StrEnum):
    FOLLOW_UP = "follow-up"
    COMMUNICATION_CHANNELS = "communication-channels"
    RESPONSE_EFFECTIVENESS = "response-effectiveness"
    CONFLICT_RESOLUTION = "conflict-resolution"
    PERSONAL_RELATIONSHIP = "personal-relationship"
    DIFFERENTIATOR = "differentiator"


# KPIs where a smaller number is the better one; the rest improve upwards.
LOWER_IS_BETTER: frozenset[KpiKind] = frozenset({KpiKind.CES, KpiKind.AVG_RESPONSE_TIME, KpiKind.CHURN})

_NAMES: dict[str, dict[str, str]] = {
    # lane kinds
    "touchpoints": {"en": "Touchpoints", "es": "Puntos de contacto"},
    "customer-actions": {"en": "Customer actions", "es": "Acciones del cliente"},
    "thoughts": {"en": "Thoughts & feelings", "es": "Pensamientos y sentimientos"},
    "emotions": {"en": "Emotions", "es": "Emociones"},
    "pain-points": {"en": "Pain points", "es": "Puntos de dolor"},
    "opportunities": {"en": "Opportunities", "es": "Oportunidades"},
    "channels": {"en": "Channels", "es": "Canales"},
    "backstage": {"en": "Backstage", "es": "Trastienda"},
    "support-processes": {"en": "Support processes", "es": "Procesos de soporte"},
    "kpis": {"en": "KPIs", "es": "Indicadores"},
    "notes": {"en": "Notes", "es": "Notas"},
    "evidence": {"en": "Evidence", "es": "Evidencia física"},
    "frontstage": {"en": "Frontstage", "es": "Escenario visible"},
    # channels
    "web": {"en": "Web", "es": "Web"},
    "mobile-app": {"en": "Mobile app", "es": "App móvil"},
    "store": {"en": "Store", "es": "Tienda"},
    "phone": {"en": "Phone", "es": "Teléfono"},
    "chat": {"en": "Chat", "es": "Chat"},
    "email": {"en": "Email", "es": "Correo electrónico"},
    "social-media": {"en": "Social media", "es": "Redes sociales"},
    "forms": {"en": "Forms", "es": "Formularios"},
    "call-centre": {"en": "Call centre", "es": "Centro de llamadas"},
    "partner": {"en": "Partner", "es": "Socio"},
    "other": {"en": "Other", "es": "Otro"},
    # evidence
    "observed": {"en": "Observed", "es": "Observado"},
    "assumed": {"en": "Assumed", "es": "Supuesto"},
    "proposed": {"en": "Proposed", "es": "Propuesto"},
    # pain kinds
    "frustration": {"en": "Frustration", "es": "Frustración"},
    "inefficiency": {"en": "Inefficiency", "es": "Ineficiencia"},
    "need": {"en": "Need", "es": "Necesidad"},
    "problem": {"en": "Problem", "es": "Problema"},
    "missed-opportunity": {"en": "Missed opportunity", "es": "Oportunidad perdida"},
    # KPI kinds
    "nps": {"en": "NPS", "es": "NPS"},
    "ces": {"en": "CES", "es": "CES"},
    "csat": {"en": "CSAT", "es": "CSAT"},
    "repurchase-intention": {"en": "Repurchase intention", "es": "Intención de recompra"},
    "loyalty-index": {"en": "Loyalty index", "es": "Índice de fidelidad"},
    "avg-response-time": {"en": "Avg. response time", "es": "Tiempo medio de respuesta"},
    "first-contact-resolution": {
        "en": "First-contact resolution",
        "es": "Resolución en el primer contacto",
    },
    "conversion-rate": {"en": "Conversion rate", "es": "Tasa de conversión"},
    "retention-rate": {"en": "Retention rate", "es": "Tasa de retención"},
    "churn": {"en": "Churn", "es": "Abandono"},
    "clv": {"en": "Customer lifetime value", "es": "Valor del ciclo de vida"},
    "average-ticket": {"en": "Average ticket", "es": "Ticket medio"},
    "custom": {"en": "Custom", "es": "Personalizado"},
    # priorities
    "high": {"en": "High", "es": "Alta"},
    "medium": {"en": "Medium", "es": "Media"},
    "low": {"en": "Low", "es": "Baja"},
    # action status
    "todo": {"en": "To do", "es": "Pendiente"},
    "in-progress": {"en": "In progress", "es": "En curso"},
    "done": {"en": "Done", "es": "Hecho"},
    "blocked": {"en": "Blocked", "es": "Bloqueado"},
    # action categories
    "follow-up": {"en": "Follow-up", "es": "Seguimiento"},
    "communication-channels": {"en": "Communication channels", "es": "Canales de comunicación"},
    "response-effectiveness": {"en": "Response effectiveness", "es": "Efectividad en la respuesta"},
    "conflict-resolution": {"en": "Conflict resolution", "es": "Solución de conflictos"},
    "personal-relationship": {"en": "Personal relationship", "es": "Relación personalizada"},
    "differentiator": {"en": "Differentiator", "es": "Diferenciador"},
    # map state
    "as-is": {"en": "Current state (as-is)", "es": "Estado actual"},
    "to-be": {"en": "Future state (to-be)", "es": "Estado deseado"},
}


def display_name(value: StrEnum | str, language: str = "en") -> str:
    """The human name of a vocabulary value, falling back to English, then the value."""
    names = _NAMES.get(str(value))
    if names is None:
        return str(value)
    return names.get(language) or names["en"]

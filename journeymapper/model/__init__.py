"""The journey-map document: pydantic objects, integrity rules and undoable commands.

Nothing here knows about Qt, files or drawing.
"""

from journeymapper.model.commands import (
    AddItem,
    Change,
    Command,
    CommandError,
    Macro,
    MoveCards,
    MoveItem,
    RemoveItems,
    UpdateItem,
)
from journeymapper.model.entities import (
    Action,
    Connection,
    Emotion,
    EmotionScale,
    Hypothesis,
    Kpi,
    Lane,
    Opportunity,
    PainPoint,
    Persona,
    Photo,
    Stage,
    Touchpoint,
    kpi_on_target,
    new_id,
)
from journeymapper.model.integrity import Problem, find_problems
from journeymapper.model.journey import JourneyMap
from journeymapper.model.session import EditingSession, History

__all__ = [
    "Action",
    "AddItem",
    "Change",
    "Command",
    "CommandError",
    "Connection",
    "EditingSession",
    "Emotion",
    "EmotionScale",
    "History",
    "Hypothesis",
    "JourneyMap",
    "Kpi",
    "Lane",
    "Macro",
    "MoveCards",
    "MoveItem",
    "Opportunity",
    "PainPoint",
    "Persona",
    "Photo",
    "Problem",
    "RemoveItems",
    "Stage",
    "Touchpoint",
    "UpdateItem",
    "find_problems",
    "kpi_on_target",
    "new_id",
]

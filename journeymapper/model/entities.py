"""The objects a journey map is made of: stages, lanes, cards, pains, KPIs, actions...

Field-level rules (types, lengths, ranges, colours) live here so that pydantic
reports them with their exact location. Rules that span objects (unique ids,
references that must resolve, emotions inside the map's scale) live in
`integrity.py`, because they need the whole map in view.

Every model keeps fields it does not know (`extra="allow"`): a file written by a
newer minor version of JourneyMapper must survive a round trip through this one.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import secrets
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    field_validator,
    model_validator,
)

from journeymapper.model.images import MAX_PHOTO_BYTES, ImageError, check_photo
from journeymapper.model.vocabulary import (
    ActionCategory,
    ActionStatus,
    Channel,
    Evidence,
    KpiKind,
    LaneKind,
    PainKind,
    Priority,
)

# Bounds that keep a hostile file from exhausting memory or the layout engine.
MAX_NAME = 200
MAX_TEXT = 5_000
MAX_SHORT_LIST = 50
MAX_TAGS = 30

# Numbers and flags are strict: "4" is not a severity and true is not a target. A
# whole number is still accepted where a decimal is expected.
Int = Annotated[int, Strict()]
Bool = Annotated[bool, Strict()]
Number = Int | Annotated[float, Strict()]  # 8 stays 8 and 7.5 stays 7.5 through a save

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
Name = Annotated[str, StringConstraints(max_length=MAX_NAME)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=60)]
Tags = Annotated[list[Tag], Field(max_length=MAX_TAGS)]
ShortList = Annotated[list[Text], Field(max_length=MAX_SHORT_LIST)]


def new_id(prefix: str) -> str:
    """A short random id; readable in diffs and practically collision-free in one map."""
    return f"{prefix}-{secrets.token_hex(4)}"


class Entity(BaseModel):
    """Common configuration of every object stored in a .journey file."""

    model_config = ConfigDict(
        extra="allow",
        allow_inf_nan=False,
        validate_assignment=False,
        str_strip_whitespace=False,
        use_enum_values=False,
    )


class EmotionScale(Entity):
    """The range emotions are scored on; labels name some points on it."""

    min: Annotated[Int, Field(ge=-10, le=0)] = -2
    max: Annotated[Int, Field(ge=1, le=10)] = 2
    labels: dict[str, Name] = Field(default_factory=dict, max_length=21)

    @field_validator("labels")
    @classmethod
    def _label_keys_are_integers(cls, value: dict[str, str]) -> dict[str, str]:
        for key in value:
            try:
                int(key)
            except ValueError:
                raise ValueError(f"label key {key!r} is not an integer score") from None
        return value

    @model_validator(mode="after")
    def _labels_inside(self) -> EmotionScale:
        for key in self.labels:
            if not self.min <= int(key) <= self.max:
                raise ValueError(f"label for score {key} lies outside {self.min}…{self.max}")
        return self

    def contains(self, score: int) -> bool:
        return self.min <= score <= self.max

    def label(self, score: int) -> str:
        return self.labels.get(str(score), "")


class Emotion(Entity):
    score: Int
    label: Name = ""
    note: Text = ""


class Stage(Entity):
    id: Id
    name: Name
    description: Text = ""
    colour: Colour = "#5B7DB1"
    # Folded to a narrow column in the editor (like a lane's `collapsed`); format 1.1, optional.
    collapsed: Bool = False


class Lane(Entity):
    id: Id
    name: Name
    kind: LaneKind = LaneKind.TOUCHPOINTS
    colour: Colour = "#F3F4F6"
    collapsed: Bool = False


class PlacementClock:
    """How many times any card's `stage_id`, `lane_id` or `order` was assigned.

    The map's index of cards by cell (`model/cell_index.py`) remembers the count it caught
    up with: a card placed by code that did not tell the index (a direct assignment instead
    of a command) shows as a newer count, and the index is rebuilt instead of trusted.
    """

    ticks = 0


PLACEMENT_FIELDS = frozenset({"stage_id", "lane_id", "order"})


class Touchpoint(Entity):
    """A card in one cell (stage × lane) of the grid."""

    id: Id
    stage_id: Id
    lane_id: Id
    order: Annotated[Int, Field(ge=0, le=1_000_000)] = 0
    title: Name = ""
    description: Text = ""
    channel: Channel | None = None
    channel_detail: Name = ""
    owner: Name = ""
    evidence: Evidence = Evidence.ASSUMED  # a card is an assumption until researched
    tags: Tags = Field(default_factory=list)
    emotion: Emotion | None = None

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if name in PLACEMENT_FIELDS:
            PlacementClock.ticks += 1


class PainPoint(Entity):
    """A pain annotated on a card or, when it spans a whole stage, on the stage."""

    id: Id
    touchpoint_id: Id | None = None
    stage_id: Id | None = None
    text: Text = ""
    kind: PainKind = PainKind.FRUSTRATION
    severity: Annotated[Int, Field(ge=1, le=5)] = 3
    votes: Annotated[Int, Field(ge=0, le=100_000)] = 0
    whys: Annotated[list[Text], Field(max_length=5)] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_target(self) -> PainPoint:
        if (self.touchpoint_id is None) == (self.stage_id is None):
            raise ValueError("a pain point is attached to exactly one of touchpoint_id or stage_id")
        return self


class Hypothesis(Entity):
    """'We believe [strategy] will solve [need] through [solution], resulting in [outcome]'."""

    strategy: Text = ""
    need: Text = ""
    solution: Text = ""
    outcome: Text = ""

    def is_empty(self) -> bool:
        return not (self.strategy or self.need or self.solution or self.outcome)


class Opportunity(Entity):
    id: Id
    stage_id: Id | None = None
    touchpoint_id: Id | None = None
    text: Text = ""
    hypothesis: Hypothesis = Field(default_factory=Hypothesis)


class Connection(Entity):
    """One step of the customer's path from one card to another."""

    id: Id
    source: Id
    target: Id
    label: Name = ""


class Photo(Entity):
    media_type: Literal["image/png", "image/jpeg"]
    data: Annotated[str, StringConstraints(max_length=(MAX_PHOTO_BYTES * 4) // 3 + 8)]

    @model_validator(mode="after")
    def _is_a_real_image(self) -> Photo:
        try:
            raw = base64.b64decode(self.data, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("photo data is not valid base64") from None
        try:
            kind = check_photo(raw)
        except ImageError as error:
            raise ValueError(str(error)) from None
        if kind != self.media_type:
            raise ValueError(f"photo is declared {self.media_type} but its bytes are {kind}")
        return self

    @classmethod
    def from_bytes(cls, raw: bytes) -> Photo:
        kind = check_photo(raw)
        return cls(media_type=kind, data=base64.b64encode(raw).decode("ascii"))

    def raw(self) -> bytes:
        return base64.b64decode(self.data)


class Persona(Entity):
    id: Id
    name: Name
    role: Name = ""
    goals: ShortList = Field(default_factory=list)
    frustrations: ShortList = Field(default_factory=list)
    quote: Text = ""
    photo: Photo | None = None


class Kpi(Entity):
    id: Id
    stage_id: Id | None = None
    kind: KpiKind = KpiKind.CUSTOM
    name: Name = ""
    unit: Annotated[str, StringConstraints(max_length=20)] = ""
    target: Number | None = None
    actual: Number | None = None
    lower_is_better: Bool | None = None


class Action(Entity):
    """One row of the action plan."""

    id: Id
    task: Text = ""
    stage_id: Id | None = None
    pain_point_ids: Annotated[list[Id], Field(max_length=200)] = Field(default_factory=list)
    priority: Priority = Priority.MEDIUM
    objective: Text = ""
    owner: Name = ""
    input: Text = ""
    due: dt.date | None = None
    duration: Name = ""
    status: ActionStatus = ActionStatus.TODO
    category: ActionCategory | None = None


class Participant(Entity):
    """Someone voting in a workshop's dot-voting rounds (format 1.1).

    Votes are kept per participant — `dots` maps a pain point, opportunity or card id to
    how many of this person's dots it got — so a round can be re-counted, undone per
    person and shown in each person's colour. A pain's older anonymous `votes` count is
    kept beside them and still counts.
    """

    id: Id
    name: Name
    colour: Colour = "#2563EB"
    dots: Annotated[dict[Id, Annotated[Int, Field(ge=1, le=100)]], Field(max_length=100)] = Field(
        default_factory=dict
    )


class ParkedIdea(Entity):
    """An idea the room raised that has no place on the grid yet: the workshop's parking lot (format 1.1)."""

    id: Id
    text: Text = ""


# Every kind of object stored in one of the map's collections (each has an `id`).
CollectionItem = (
    Stage | Lane | Touchpoint | PainPoint | Opportunity | Connection | Persona | Kpi | Action
    | Participant | ParkedIdea
)


def kpi_lower_is_better(kpi: Kpi) -> bool:
    """Whether a smaller actual value is the good direction for this KPI."""
    from journeymapper.model.vocabulary import LOWER_IS_BETTER

    if kpi.lower_is_better is not None:
        return kpi.lower_is_better
    return kpi.kind in LOWER_IS_BETTER


def kpi_on_target(kpi: Kpi) -> bool | None:
    """True when the actual value meets the target; None when either is missing."""
    if kpi.target is None or kpi.actual is None:
        return None
    if kpi_lower_is_better(kpi):
        return kpi.actual <= kpi.target
    return kpi.actual >= kpi.target

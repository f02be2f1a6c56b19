"""The writer's bytes: the one-pass pydantic serializer writes what the format promises.

The reference is the format's definition as every earlier version wrote it: the
envelope as a dict through `json.dumps(indent=2, ensure_ascii=False)`, numbers spelled
by Python's `repr`. Files written that way must re-save to the very same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from test_layout_maps import tiny_png

from journeymapper.fileformat import FORMAT_NAME, FORMAT_VERSION, dumps_journey, loads_journey
from journeymapper.fileformat.unknown_fields import objects_with_unknown_fields
from journeymapper.model import Emotion, Kpi, PainPoint, Persona, Touchpoint
from journeymapper.model.entities import Opportunity, ParkedIdea, Participant, Photo
from journeymapper.model.export_preset import ExportPreset
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import build_template


def reference_bytes(journey: JourneyMap) -> bytes:
    """What the writer wrote before it used pydantic's serializer (the format's definition)."""
    body: dict[str, object] = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION}
    body["map"] = journey.model_dump(mode="json")
    for key, value in journey._envelope_extra.items():
        body.setdefault(key, value)
    return (json.dumps(body, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")


def full_map() -> JourneyMap:
    """A map with at least one object of every kind the model nests."""
    journey = build_template("5a", "en", "Every kind of object")
    stage, lane = journey.stages[0].id, journey.lanes[1].id
    journey.touchpoints.append(
        Touchpoint(id="tp-1", stage_id=stage, lane_id=lane, title="Ad", emotion=Emotion(score=1))
    )
    journey.pain_points.append(PainPoint(id="pp-1", touchpoint_id="tp-1", text="Small print"))
    journey.opportunities.append(Opportunity(id="op-1", stage_id=stage, text="Clearer"))
    journey.personas.append(Persona(id="pe-1", name="Ana", photo=Photo.from_bytes(tiny_png())))
    journey.kpis.append(Kpi(id="kp-1", stage_id=stage, name="Conversion", target=0.5, actual=0.25))
    journey.participants.append(Participant(id="pa-1", name="Bo", dots={"pp-1": 2}))
    journey.parking_lot.append(ParkedIdea(id="pi-1", text="Later"))
    journey.export_preset = ExportPreset(margin_mm=12.5)
    return journey


def every_model(obj: Any, where: str = "/map") -> list[tuple[str, BaseModel]]:
    """Every pydantic object inside `obj`, found by walking its fields generically."""
    found: list[tuple[str, BaseModel]] = []
    if isinstance(obj, BaseModel):
        found.append((where, obj))
        for name in type(obj).model_fields:
            found += every_model(getattr(obj, name), f"{where}/{name}")
    elif isinstance(obj, list):
        for index, item in enumerate(obj):
            found += every_model(item, f"{where}/{index}")
    elif isinstance(obj, dict):
        for key, value in obj.items():
            found += every_model(value, f"{where}/{key}")
    return found


def test_the_unknown_fields_walk_reaches_every_kind_of_object() -> None:
    journey = full_map()
    models = every_model(journey)
    kinds = {type(model).__name__ for _where, model in models}
    assert {"Emotion", "Hypothesis", "Photo", "ExportPreset", "Participant", "ParkedIdea"} <= kinds
    for _where, model in models:
        assert model.__pydantic_extra__ is not None
        model.__pydantic_extra__["from_the_future"] = 1
    walked = {where for where, _model in objects_with_unknown_fields(journey)}
    assert walked == {where for where, _model in models}


def test_generated_and_template_maps_are_written_as_before() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from generate_maps import generate_map

    for journey in (full_map(), generate_map(300, seed=4), generate_map(1000, seed=2, language="es")):
        assert dumps_journey(journey) == reference_bytes(journey)


# Floats of every size, with weight on the band where pydantic's spelling and Python's differ
# (`0.00001` / `1e-05`, `5e-7` / `5e-07`) and on the edges where Python turns to exponents.
numbers = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(min_value=1e-11, max_value=1e-3),
    st.floats(min_value=-1e-3, max_value=-1e-11),
    st.sampled_from([1e-4, 9.999999999999999e-05, 1e-5, 1e-10, 1e16, 9999999999999998.0, 1e-9, -0.0]),
    st.integers(-(10**20), 10**20),
)
json_values = st.recursive(
    st.none() | st.booleans() | numbers | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=120, deadline=None)
@given(
    target=numbers,
    actual=st.one_of(st.none(), numbers),
    margin=st.floats(min_value=0, max_value=200),
    extras=st.lists(st.tuples(st.integers(0, 1000), json_values), max_size=4),
    envelope_extra=json_values,
    title=st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
)
def test_any_map_is_written_as_the_format_defines_and_re_saves_unchanged(
    target: float, actual: float | None, margin: float, extras: list[tuple[int, Any]],
    envelope_extra: Any, title: str,
) -> None:
    journey = full_map()
    journey.title = title
    journey.kpis[0].target, journey.kpis[0].actual = target, actual
    assert journey.export_preset is not None
    journey.export_preset.margin_mm = margin
    models = every_model(journey)
    for pick, value in extras:
        model = models[pick % len(models)][1]
        assert model.__pydantic_extra__ is not None
        model.__pydantic_extra__[f"future_{pick}"] = value
    journey._envelope_extra = {"signature": envelope_extra}
    data = dumps_journey(journey)
    assert data == reference_bytes(journey)
    again = loads_journey(data).journey
    assert dumps_journey(again) == data


def test_a_file_with_tiny_numbers_written_before_re_saves_to_the_same_bytes() -> None:
    journey = full_map()
    journey.kpis[0].target, journey.kpis[0].actual = 1e-05, 5e-07
    journey.touchpoints[0].__pydantic_extra__ = {"weights": [0.00012, 3e-06, 1e16, 2]}
    old_file = reference_bytes(journey)
    assert b'"target": 1e-05,' in old_file and b"3e-06" in old_file
    first = dumps_journey(loads_journey(old_file).journey)
    assert first == old_file
    assert dumps_journey(loads_journey(first).journey) == first


def float_fields(model: type[BaseModel], seen: set[type] | None = None) -> set[str]:
    """`Model.field` for every field that can hold a float, in every model the map nests."""
    import typing

    seen = set() if seen is None else seen
    if model in seen:
        return set()
    seen.add(model)
    found: set[str] = set()

    def kinds(annotation: Any) -> list[Any]:
        args = typing.get_args(annotation)
        return [annotation] if not args else [k for arg in args for k in kinds(arg)]

    for name, field in model.model_fields.items():
        for kind in kinds(field.annotation):
            if kind is float:
                found.add(f"{model.__name__}.{name}")
            elif isinstance(kind, type) and issubclass(kind, BaseModel):
                found |= float_fields(kind, seen)
    return found


def test_the_writer_knows_every_field_that_can_hold_a_float() -> None:
    """The writer checks these for floats it must spell with care (writer._holds_floats_spelled_apart);
    a new float field must be added there and to docs/file-format.md, "How files are written"."""
    assert float_fields(JourneyMap) == {
        "Kpi.target",
        "Kpi.actual",
        "ExportPreset.margin_mm",
        "ExportPreset.min_text_pt",
    }


def test_a_lone_surrogate_is_saved_as_a_replacement_character_and_the_rest_is_kept(tmp_path):
    """Half of a UTF-16 pair cannot be written as UTF-8; the save must not fail (and lose
    every other edit) because of it: it writes U+FFFD there and the same bytes elsewhere."""
    from journeymapper.fileformat import load_journey, save_journey

    journey = build_template("5a", "en")
    stage, lane = journey.stages[0].id, journey.lanes[0].id
    journey.touchpoints.append(Touchpoint(id="tp-1", stage_id=stage, lane_id=lane, title="x"))
    journey.touchpoints[0].title = "Pago r\u00e1pido \ud83d"  # an emoji cut in half
    journey.title = "Checkout"
    path = tmp_path / "map.journey"
    save_journey(journey, path)
    loaded = load_journey(path).journey
    assert loaded.touchpoints[0].title == "Pago r\u00e1pido \ufffd"
    assert loaded.title == "Checkout"
    journey.touchpoints[0].title = "Pago r\u00e1pido \ufffd"
    assert path.read_bytes() == dumps_journey(journey)  # otherwise exactly the usual bytes

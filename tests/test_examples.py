"""The bundled example maps: the first thing a new user opens, so they must be valid and rich.

These tests pin the bar the examples were built to (issue 2): a full 5 A journey with
enough cards, emotions, pains, opportunities, KPIs and actions to show every feature of
the editor and the poster. They also check the files are in canonical form, so that
opening and saving an example never produces a diff.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from journeymapper.cli import main as cli_main
from journeymapper.fileformat import FORMAT_NAME, FORMAT_VERSION, dumps_journey, load_journey, loads_journey
from journeymapper.model.entities import kpi_on_target
from journeymapper.model.integrity import find_problems
from journeymapper.model.journey import JourneyMap
from journeymapper.model.templates import FIVE_A
from journeymapper.model.vocabulary import LaneKind
from journeymapper.resources import example_maps, resource

SPANISH = "abrir-cuenta-bancaria.journey"
ENGLISH = "online-shop-purchase.journey"
EXAMPLES = {SPANISH: "es", ENGLISH: "en"}
FILE_FORMAT_DOC = Path(__file__).resolve().parent.parent / "docs" / "file-format.md"


def _load(name: str) -> JourneyMap:
    result = load_journey(resource("examples", name))
    assert result.notices == [], "an example must be in the current format, with nothing to upgrade"
    assert result.source_version == FORMAT_VERSION
    return result.journey


@pytest.fixture(params=sorted(EXAMPLES), scope="module")
def example(request: pytest.FixtureRequest) -> tuple[str, JourneyMap]:
    return request.param, _load(request.param)


def test_both_examples_are_bundled() -> None:
    names = {path.name for path in example_maps()}
    assert set(EXAMPLES) <= names


def test_every_bundled_example_loads_and_is_canonical() -> None:
    """Covers examples added later too: each loads cleanly and re-saves to the same bytes."""
    for path in example_maps():
        raw = path.read_bytes()
        journey = load_journey(path).journey
        assert find_problems(journey) == []
        assert dumps_journey(journey) == raw, f"{path.name} is not in canonical form; re-save it"


def test_example_envelope_and_language(example: tuple[str, JourneyMap]) -> None:
    name, journey = example
    envelope = json.loads(resource("examples", name).read_text(encoding="utf-8"))
    assert list(envelope) == ["format", "format_version", "map"]
    assert envelope["format"] == FORMAT_NAME
    assert envelope["format_version"] == FORMAT_VERSION
    assert journey.language == EXAMPLES[name]
    assert journey.state == "as-is"


def test_example_metadata_is_filled(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    assert journey.title and journey.subtitle and journey.description
    assert journey.authors and journey.organisation and journey.tags
    # Fixed timestamps keep the files stable in git.
    assert journey.created.tzinfo is not None and journey.modified >= journey.created


def test_example_follows_the_5a_stages(example: tuple[str, JourneyMap]) -> None:
    name, journey = example
    language = EXAMPLES[name]
    assert [s.name for s in journey.stages] == [spec.name[language] for spec in FIVE_A]
    assert [s.colour for s in journey.stages] == [spec.colour for spec in FIVE_A]
    assert all(s.description for s in journey.stages)


def test_spanish_example_uses_spanish_names() -> None:
    journey = _load(SPANISH)
    assert journey.language == "es"
    assert [s.name for s in journey.stages] == ["Atraer", "Aceptar", "Adoptar", "Amplificar", "Avanzar"]
    assert journey.lanes[0].name == "Acciones del cliente"
    assert journey.emotion_scale.label(-2) == "Muy insatisfecho"


def test_english_example_uses_english_names() -> None:
    journey = _load(ENGLISH)
    assert [s.name for s in journey.stages] == ["Attract", "Accept", "Adopt", "Amplify", "Advance"]


def test_example_has_enough_cards_in_every_stage(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    assert len(journey.touchpoints) >= 25
    per_stage = Counter(card.stage_id for card in journey.touchpoints)
    assert all(per_stage[stage.id] >= 4 for stage in journey.stages), per_stage
    kinds = {journey.lane(card.lane_id).kind for card in journey.touchpoints}  # type: ignore[union-attr]
    assert {LaneKind.CUSTOMER_ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.BACKSTAGE} <= kinds


def test_example_cards_are_poster_friendly(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    for card in journey.touchpoints:
        assert 2 <= len(card.title.split()) <= 6, card.title
        assert card.description, card.id
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", card.description.strip()) if s]
        assert len(sentences) <= 2, card.description


def test_example_card_order_is_dense_in_every_cell(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    for cell, cards in journey.cells().items():
        assert [card.order for card in cards] == list(range(len(cards))), cell


def test_example_ids_are_readable(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    prefixes = {
        "stages": "st-", "lanes": "ln-", "touchpoints": "tp-", "pain_points": "pp-",
        "opportunities": "op-", "connections": "cn-", "personas": "pe-", "kpis": "kpi-", "actions": "ac-",
    }
    for collection, prefix in prefixes.items():
        for item in getattr(journey, collection):
            assert item.id.startswith(prefix), (collection, item.id)


def test_example_cards_use_channels_owners_and_evidence(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    channels = {card.channel for card in journey.touchpoints if card.channel is not None}
    assert len(channels) >= 6
    evidence = Counter(card.evidence for card in journey.touchpoints)
    assert set(evidence) == {"observed", "assumed", "proposed"}
    assert sum(1 for card in journey.touchpoints if card.owner) >= len(journey.touchpoints) // 2


def test_example_emotions_form_a_curve(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    with_emotion = [card for card in journey.touchpoints if card.emotion is not None]
    assert len(with_emotion) > len(journey.touchpoints) * 0.6
    assert all(card.emotion.label for card in with_emotion)  # type: ignore[union-attr]
    scores = {card.emotion.score for card in with_emotion}  # type: ignore[union-attr]
    assert min(scores) == journey.emotion_scale.min and max(scores) == journey.emotion_scale.max

    def mean(stage_id: str) -> float:
        values = [c.emotion.score for c in with_emotion if c.stage_id == stage_id]  # type: ignore[union-attr]
        assert values, f"stage {stage_id} has no emotions"
        return sum(values) / len(values)

    means = [mean(stage.id) for stage in journey.stages]
    low = means.index(min(means))
    assert 0 < low < len(means) - 1, "the dip should come mid-journey, not at either end"
    assert max(means[low + 1:]) > means[low], "the curve should recover after the dip"


def test_example_pain_points(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    pains = journey.pain_points
    assert len(pains) >= 8
    assert len({pain.kind for pain in pains}) >= 3
    assert all(pain.text and 1 <= pain.severity <= 5 for pain in pains)
    assert any(pain.votes > 0 for pain in pains)
    assert sum(1 for pain in pains if len(pain.whys) >= 3) >= 3, "at least three '5 whys' chains"
    assert any(pain.stage_id for pain in pains) and any(pain.touchpoint_id for pain in pains)


def test_example_opportunities_have_hypotheses(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    assert len(journey.opportunities) >= 3
    for opportunity in journey.opportunities:
        h = opportunity.hypothesis
        assert opportunity.text and h.strategy and h.need and h.solution and h.outcome
        assert (opportunity.stage_id is None) != (opportunity.touchpoint_id is None)


def test_example_connections_follow_the_stages(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    assert len(journey.connections) >= 15
    stage_index = {stage.id: i for i, stage in enumerate(journey.stages)}
    card_stage = {card.id: stage_index[card.stage_id] for card in journey.touchpoints}
    for link in journey.connections:
        assert card_stage[link.source] <= card_stage[link.target], link
    linked_stages = {card_stage[link.source] for link in journey.connections} | {
        card_stage[link.target] for link in journey.connections
    }
    assert linked_stages == set(stage_index.values())


def test_example_main_persona(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    assert journey.main_persona_id is not None
    persona = journey.persona(journey.main_persona_id)
    assert persona is not None
    assert persona.name and persona.role and persona.quote
    assert len(persona.goals) >= 2 and len(persona.frustrations) >= 2


def test_example_kpis(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    kpis = journey.kpis
    assert len(kpis) >= 6
    assert len({kpi.kind for kpi in kpis}) >= 4
    assert {kpi.stage_id for kpi in kpis} == {stage.id for stage in journey.stages}
    assert all(kpi.name and kpi.unit and kpi.target is not None and kpi.actual is not None for kpi in kpis)
    verdicts = {kpi_on_target(kpi) for kpi in kpis}
    assert verdicts == {True, False}, "some KPIs on target, some not"


def test_example_action_plan(example: tuple[str, JourneyMap]) -> None:
    _, journey = example
    actions = journey.actions
    assert len(actions) >= 5
    pain_ids = {pain.id for pain in journey.pain_points}
    for action in actions:
        assert action.task and action.objective and action.owner and action.input
        assert action.stage_id and action.due and action.duration and action.category
        assert action.pain_point_ids and set(action.pain_point_ids) <= pain_ids
    assert len({action.priority for action in actions}) == 3
    assert len({action.status for action in actions}) >= 3
    assert len({action.category for action in actions}) >= 4


def test_cli_validates_the_examples(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(resource("examples", name)) for name in sorted(EXAMPLES)]
    assert cli_main(["validate", *paths]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.count(": valid (") == len(paths)


def test_file_format_doc_example_is_valid() -> None:
    """The complete example in docs/file-format.md must load and be in canonical form."""
    if not FILE_FORMAT_DOC.exists():
        pytest.skip("docs/file-format.md is not present")
    text = FILE_FORMAT_DOC.read_text(encoding="utf-8")
    match = re.search(r"<!-- example:start -->\s*```json\n(.*?)```\s*<!-- example:end -->", text, re.S)
    assert match, "docs/file-format.md lost its marked complete example"
    data = match.group(1).encode("utf-8")
    journey = loads_journey(data, "docs/file-format.md").journey
    assert dumps_journey(journey) == data

"""Templates: the 5 A lifecycle, a service blueprint and a blank grid, in English and Spanish."""

from __future__ import annotations

import pytest

from journeymapper.model import find_problems
from journeymapper.model.templates import TEMPLATES, build_template
from journeymapper.model.vocabulary import LaneKind


def test_five_a_in_both_languages() -> None:
    assert [s.name for s in build_template("5a", "en").stages] == [
        "Attract", "Accept", "Adopt", "Amplify", "Advance"]
    spanish = build_template("5a", "es")
    assert [s.name for s in spanish.stages] == ["Atraer", "Aceptar", "Adoptar", "Amplificar", "Avanzar"]
    assert all(s.description for s in spanish.stages)
    assert {lane.kind for lane in spanish.lanes} >= {LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS,
                                                     LaneKind.PAIN_POINTS, LaneKind.KPIS}
    assert spanish.emotion_scale.label(-2) == "Muy insatisfecho"


def test_blueprint_lanes() -> None:
    kinds = [lane.kind for lane in build_template("blueprint", "en").lanes]
    assert kinds == [LaneKind.EVIDENCE, LaneKind.CUSTOMER_ACTIONS, LaneKind.FRONTSTAGE,
                     LaneKind.BACKSTAGE, LaneKind.SUPPORT]
    assert build_template("blueprint", "es").lanes[4].name == "Procesos de soporte"


@pytest.mark.parametrize("name", TEMPLATES)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_template_is_valid_with_unique_ids(name: str, lang: str) -> None:
    journey = build_template(name, lang)
    assert find_problems(journey) == []
    assert journey.stages and journey.lanes


def test_unknown_template() -> None:
    with pytest.raises(ValueError, match="unknown template"):
        build_template("kanban")

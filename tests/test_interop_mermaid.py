"""Mermaid `journey` import and export, following Mermaid's grammar (journey.jison, journeyDb)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.cli import main
from journeymapper.fileformat import load_journey
from journeymapper.interop import ImportProblem, import_file
from journeymapper.interop.errors import shown
from journeymapper.interop.mermaid import export_mermaid, import_mermaid, parse_mermaid
from journeymapper.model.templates import build_template
from journeymapper.resources import resource

EXAMPLES = [
    resource("examples", name) for name in ("online-shop-purchase.journey", "abrir-cuenta-bancaria.journey")
]

WIKI_PAGE = """\
# Onboarding research

Notes from the March interviews.

```mermaid
---
title: Ignored when the diagram has a title
---
journey
    title Abrir una cuenta: día 1
    accTitle: Viaje de alta
    accDescr {
        Cómo abre una cuenta
        una autónoma
    }
    %% a comment line
    Hear about us: 4: Lucía
    section Atraer
      Ver anuncio #35;1: 5: Lucía, 小明
      Leer opiniones: 3: Lucía   %% trailing comment
    SECTION Aceptar
      Formulario #58; datos: 2: Lucía, Banco # a hash comment
      Vídeo-verificación: 1
   section 注册
      上传身份证: 3: 小明
      Esperar: 9: Lucía
```

More text after the diagram.
"""


def test_wiki_page_with_a_journey_block(tmp_path) -> None:
    path = tmp_path / "wiki.md"
    path.write_text(WIKI_PAGE, encoding="utf-8")
    result = import_file(path)[0]
    journey = result.journey
    assert journey.title == "Abrir una cuenta: día 1"
    assert journey.description == "Cómo abre una cuenta\nuna autónoma"
    assert [s.name for s in journey.stages] == ["Stage 1", "Atraer", "Aceptar", "注册"]
    titles = [c.title for c in journey.touchpoints]
    assert titles == [
        "Hear about us",
        "Ver anuncio #1",
        "Leer opiniones",
        "Formulario : datos",
        "Vídeo-verificación",
        "上传身份证",
        "Esperar",
    ]
    scores = [c.emotion.score if c.emotion else None for c in journey.touchpoints]
    assert scores == [1, 2, 0, -1, -2, 0, None]  # 1–5 → −2…+2; 9 is reported, not clamped
    assert "Mermaid score: 9" in journey.touchpoints[-1].description
    assert any("wiki.md: line 26" in w and "score 9" in w for w in map(str, result.report.warnings))
    assert {p.name for p in journey.personas} == {"Lucía", "小明", "Banco"}
    assert journey.touchpoints[1].tags == ["Lucía", "小明"]
    assert len(journey.connections) == len(titles) - 1  # tasks chained in order
    assert journey.connections[0].source == journey.touchpoints[0].id


def test_keep_scale_keeps_one_to_five() -> None:
    journey, _ = import_mermaid("journey\nsection A\n  T: 5: me\n  U: 1\n", "x.mmd", keep_scale=True)
    assert [c.emotion.score for c in journey.touchpoints if c.emotion] == [5, 1]
    assert journey.emotion_scale.max == 5


def test_keywords_are_case_insensitive_and_indentation_free() -> None:
    diagram = parse_mermaid("   JOURNEY\nTITLE Hola\n\tSection  Uno\n      Paso: 3: a ,  b \n", "x")
    assert diagram.title == "Hola"
    assert diagram.sections[0].name == "Uno"
    assert diagram.sections[0].tasks[0].actors == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("graph TD\nA-->B\n", "line 1"),
        ("journey\nsection A\njust words without colon\n", "line 3"),
        ("journey\naccDescr {\nnever closed\n", "line 4"),
        ("", ""),
    ],
)
def test_bad_diagrams_name_the_line(text: str, where: str) -> None:
    with pytest.raises(ImportProblem) as caught:
        import_mermaid(text, "bad.mmd")
    assert caught.value.source == "bad.mmd"
    assert shown(caught.value.place) == where


def test_hostile_input_is_capped(tmp_path) -> None:
    path = tmp_path / "huge.mmd"
    path.write_text("journey\n" + "x: 3\n" * 150_000, encoding="utf-8")
    with pytest.raises(ImportProblem, match="more than 100000 lines"):
        import_file(path)
    binary = tmp_path / "bin.mmd"
    binary.write_bytes(b"journey\n\x00\x01\x02")
    with pytest.raises(ImportProblem, match="NUL"):
        import_file(binary)


def test_export_escapes_separators_and_keywords() -> None:
    journey = build_template("blank", "en", "Title: with #hash; and %% percent")
    lane = journey.lanes[0].id
    from journeymapper.model import Touchpoint

    tricky = ["title of the card", "Section: one; two", "#35; literal", "accTitle: x", "journey", "a, b: c"]
    for order, title in enumerate(tricky):
        journey.touchpoints.append(
            Touchpoint(id=f"t{order}", stage_id=journey.stages[0].id, lane_id=lane, order=order, title=title)
        )
    text = export_mermaid(journey)
    for line in text.splitlines()[1:]:
        assert (
            "%%" not in line
            and ";"
            not in line.replace("#35;", "")
            .replace("#58;", "")
            .replace("#59;", "")
            .replace("#37;", "")
            .replace("#44;", "")
            .split("#")[0]
            or "#" in line
        )
    back, _ = import_mermaid(text, "round.mmd")
    assert back.title == journey.title
    assert [c.title for c in back.touchpoints] == tricky


def test_round_trip_keeps_stages_titles_and_scores(tmp_path) -> None:
    for path in EXAMPLES:
        journey = load_journey(path).journey
        out = tmp_path / "x.mmd"
        assert main(["export", str(path), "-o", str(out)]) == 0
        back = import_file(out)[0].journey
        assert [s.name for s in back.stages] == [s.name for s in journey.stages]
        lane = next(lane for lane in journey.lanes if lane.kind == "touchpoints")
        cards = [c for s in journey.stages for c in journey.cell(s.id, lane.id)]
        assert [c.title for c in back.touchpoints] == [c.title for c in cards]
        assert [c.emotion.score if c.emotion else 0 for c in back.touchpoints] == [
            c.emotion.score if c.emotion else 0 for c in cards
        ]


def test_cli_two_commands_from_wiki_to_poster(tmp_path) -> None:
    page = tmp_path / "wiki.md"
    page.write_text(WIKI_PAGE, encoding="utf-8")
    journey_path = tmp_path / "map.journey"
    assert main(["import", str(page), "-o", str(journey_path)]) == 0
    assert load_journey(journey_path).journey.title == "Abrir una cuenta: día 1"
    poster = tmp_path / "poster.pdf"
    assert main(["export", str(journey_path), "-o", str(poster), "--size", "A3"]) == 0
    assert poster.read_bytes().startswith(b"%PDF")


PIECES = [*"abcXYZ :#;%,{}-=+@ñé中文\"'", "title ", "section ", "journey", "accDescr", "%%", "#35;", "#quot;"]
TITLES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join).filter(lambda t: t.strip())


@settings(max_examples=150, deadline=None)
@given(st.lists(TITLES, min_size=1, max_size=6), st.lists(st.integers(-2, 2), min_size=6, max_size=6))
def test_any_titles_survive_export_and_import(titles: list[str], scores: list[int]) -> None:
    from journeymapper.model import Emotion, Touchpoint

    journey = build_template("blank", "en", "T")
    lane = journey.lanes[0].id
    for order, (title, score) in enumerate(zip(titles, scores, strict=False)):
        journey.touchpoints.append(
            Touchpoint(
                id=f"t{order}",
                stage_id=journey.stages[order % 3].id,
                lane_id=lane,
                order=order,
                title=title,
                emotion=Emotion(score=score),
            )
        )
    back, report = import_mermaid(export_mermaid(journey), "round.mmd")
    expected = [c for s in journey.stages for c in journey.cell(s.id, lane)]
    assert [c.title for c in back.touchpoints] == [" ".join(c.title.split()) for c in expected]
    assert [c.emotion.score for c in back.touchpoints if c.emotion] == [
        c.emotion.score for c in expected if c.emotion
    ]
    assert not report.warnings


def test_a_page_of_fences_is_refused_quickly(tmp_path) -> None:
    path = tmp_path / "fences.md"
    path.write_text("```mermaid\n" * 300_000 + "journey\n", encoding="utf-8")
    with pytest.raises(ImportProblem, match="more than 200000 lines"):
        import_file(path)
    page = tmp_path / "many.md"
    page.write_text(
        "```mermaid\ngraph TD\n```\n" * 30_000 + "```mermaid\njourney\nsection S\nT: 5\n```\n",
        encoding="utf-8",
    )
    assert [c.title for c in import_file(page)[0].journey.touchpoints] == ["T"]

"""As-is vs to-be: stages aligned by name or position, both curves in one lane, PDF and SVG."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymapper.cli import main
from journeymapper.fileformat import load_journey, save_journey
from journeymapper.layout.comparison import align_stages
from journeymapper.layout.maplayout import LayoutOptions
from journeymapper.model.entities import Emotion, Stage
from journeymapper.model.journey import JourneyMap
from journeymapper.resources import resource

EXAMPLE = "examples/online-shop-purchase.journey"


def _stages(*names: str) -> list[Stage]:
    return [Stage(id=f"s{i}-{n[:3]}", name=n) for i, n in enumerate(names)]


def test_stages_align_by_name_then_by_position() -> None:
    as_is = _stages("Attract", "Accept", "Adopt", "Old step")
    to_be = _stages("attract ", "Adopt", "New step", "Advance")
    columns = align_stages(as_is, to_be)
    pairs = [(c.as_is.name if c.as_is else None, c.to_be.name if c.to_be else None) for c in columns]
    assert pairs == [("Attract", "attract "), ("Adopt", "Adopt"), ("Accept", "New step"),
                     ("Old step", "Advance")]
    assert columns[2].label() == "Accept → New step" and columns[0].label() == "Attract"
    lonely = align_stages(_stages("A", "B", "C"), _stages("B"))
    assert [(c.as_is.name if c.as_is else None, c.to_be.name if c.to_be else None) for c in lonely] == [
        ("A", None), ("B", "B"), ("C", None)]


def _to_be(tmp_path: Path) -> tuple[Path, Path, JourneyMap]:
    as_is_path = Path(resource(*EXAMPLE.split("/")))
    journey = load_journey(as_is_path).journey
    journey.title = "The shop we want"
    journey.stages[1].name = "Trust"
    for card in journey.touchpoints:
        if card.emotion is not None and card.emotion.score < 0:
            card.emotion = Emotion(score=min(journey.emotion_scale.max, card.emotion.score + 2))
    to_be_path = tmp_path / "to-be.journey"
    save_journey(journey, to_be_path, backup=False)
    return as_is_path, to_be_path, journey


def test_export_compare_svg_has_both_maps_and_both_curves(tmp_path: Path) -> None:
    as_is, to_be, _ = _to_be(tmp_path)
    out = tmp_path / "compare.svg"
    assert main(["export", str(as_is), "--compare", str(to_be), "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "Buying from an online shop" in svg and "The shop we want" in svg
    assert "Emotion: as-is and to-be" in svg and "Accept → Trust" in svg
    assert svg.count("stroke-dasharray") >= 1


def test_export_compare_pdf_renders(tmp_path: Path) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    as_is, to_be, _ = _to_be(tmp_path)
    out = tmp_path / "compare.pdf"
    assert main(["export", str(as_is), "--compare", str(to_be), "-o", str(out), "--lang", "es"]) == 0
    document = pdfium.PdfDocument(str(out))
    text = document[0].get_textpage().get_text_range()
    assert "Situación actual" in text and "Situación deseada" in text
    document[0].render(scale=0.5).to_pil().save(tmp_path / "compare.png")


def test_export_compare_refuses_csv_and_reports_a_bad_second_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    as_is = resource(*EXAMPLE.split("/"))
    assert main(["export", str(as_is), "--compare", str(as_is), "-o", str(tmp_path / "x.csv")]) == 2
    assert "a comparison is a poster" in capsys.readouterr().err
    bad = tmp_path / "bad.journey"
    bad.write_text("{", encoding="utf-8")
    assert main(["export", str(as_is), "--compare", str(bad), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "bad.journey: not valid JSON" in capsys.readouterr().err
    assert LayoutOptions().theme == "light"

"""Posters write numbers, percentages, dates and counts as the map's language does."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from test_layout_maps import rich_map

from journeymapper.export.paper import make_paper
from journeymapper.export.run import render_poster
from journeymapper.layout.text import ELLIPSIS, wrap_clamped
from journeymapper.model.entities import Kpi, PainPoint
from journeymapper.typesetting import locale_formats

SVG = "{http://www.w3.org/2000/svg}"


def test_spanish_and_english_numbers() -> None:
    assert locale_formats.quantity(5.5, "%", "es") == "5,5\u00a0%"
    assert locale_formats.quantity(5.5, "%", "en") == "5.5%"
    assert locale_formats.quantity(4.1, "puntos", "es") == "4,1 puntos"
    assert locale_formats.quantity(12345.5, "€", "es") == "12.345,5 €"
    assert locale_formats.quantity(12345.5, "", "en") == "12,345.5"
    assert locale_formats.quantity(None, "%", "es") == "–"


def test_plurals_follow_the_language_rules() -> None:
    assert locale_formats.counted(1, "votes", "es") == "1 voto"
    assert locale_formats.counted(4, "votes", "es") == "4 votos"
    assert locale_formats.counted(1, "votes", "en") == "1 vote"
    assert locale_formats.counted(0, "votes", "en") == "0 votes"
    assert locale_formats.counted(1500, "votes", "es") == "1.500 votos"  # the number formatted too


def test_dates() -> None:
    day = dt.date(2026, 10, 14)
    assert locale_formats.date(day, "es") == "14 oct 2026"
    assert locale_formats.date(day, "en") == "Oct 14, 2026"


def _texts(journey, language: str | None = None) -> str:
    data = render_poster(journey, "svg", make_paper("A2"), language=language)
    return " ".join("".join(t.itertext()) for t in ET.fromstring(data).iter(f"{SVG}text"))


def test_spanish_poster_prints_spanish_formats() -> None:
    journey = rich_map("es")
    stage = journey.stages[0].id
    journey.kpis.append(Kpi(id="k-pct", stage_id=stage, name="Conversión", unit="%", target=5.5, actual=4.25))
    journey.pain_points.append(PainPoint(id="p-one", stage_id=stage, text="Un solo voto", votes=1))
    text = _texts(journey)
    assert "5,5\u00a0%" in text and "4,25\u00a0%" in text
    assert "1 voto" in text and "1 votos" not in text
    english = _texts(journey, "en")
    assert "5.5%" in english and "1 vote" in english


def test_cut_stage_descriptions_end_with_an_ellipsis_at_a_word_and_keep_the_full_text() -> None:
    journey = rich_map("en")
    long = "The customer compares delivery options across several shops " * 8
    journey.stages[0].description = long
    root = ET.fromstring(render_poster(journey, "svg", make_paper("A4")))
    header = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "stage-header")
    lines = ["".join(t.itertext()) for t in header.iter(f"{SVG}text")]
    assert lines[-1].endswith(ELLIPSIS)
    last_word = lines[-1][: -len(ELLIPSIS)].split()[-1]
    assert last_word in long.split()  # cut between words, not inside one
    assert header.find(f"{SVG}desc").text == long.strip() or header.find(f"{SVG}desc").text == long
    wrapped = wrap_clamped("alpha beta gamma delta epsilon", "regular", 10, 60, 1)
    assert wrapped.clamped and wrapped.lines[0].endswith(ELLIPSIS)

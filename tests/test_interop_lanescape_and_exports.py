"""Lanescape JSON import, and the Excel, CSV-table and Markdown exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import openpyxl
import pytest

from journeymapper.cli import main
from journeymapper.fileformat import load_journey
from journeymapper.interop import ImportProblem, import_file
from journeymapper.interop.lanescape import html_to_text
from journeymapper.interop.markdown_report import render_markdown
from journeymapper.interop.workbook import render_workbook
from journeymapper.model import Action, PainPoint, Touchpoint
from journeymapper.resources import resource

BANK = resource("examples", "abrir-cuenta-bancaria.journey")


def lanescape_doc() -> dict:
    return {
        "type": "service-journey-mapper",
        "version": 3,
        "journeys": [
            {
                "title": "Hotel <b>stay</b>",
                "personas": [{"name": "Ana"}],
                "stages": [
                    {"title": "Before", "subStages": [{"title": "Search"}, {"title": "Book"}]},
                    {"title": "During"},
                ],
                "subJourneys": [
                    {
                        "title": "Guest",
                        "rows": [
                            {
                                "rowType": "touchpoint",
                                "laneLabel": "Touchpoints",
                                "cells": [
                                    {
                                        "mode": "text",
                                        "html": "<p>Compare <i>prices</i></p><script>alert(1)</script>",
                                        "tags": ["web"],
                                    },
                                    {
                                        "mode": "text",
                                        "html": "<div>Pay deposit</div><div>card only</div>",
                                        "colspan": 2,
                                    },
                                ],
                            },
                            {
                                "rowType": "painPoint",
                                "laneLabel": "Dolores",
                                "cells": [
                                    {"html": ""},
                                    {"html": "<img src=x onerror=alert(1)>Tarjeta rechazada &amp; 重试"},
                                    {"html": "x"},
                                    {"html": "beyond the grid"},
                                ],
                            },
                        ],
                    }
                ],
            },
            {"title": "Second", "stages": [{"name": "Only"}], "subJourneys": []},
        ],
    }


def test_lanescape_maps_stages_rows_and_cells(tmp_path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(lanescape_doc()), encoding="utf-8")
    results = import_file(path)
    assert len(results) == 2
    journey = results[0].journey
    assert journey.title == "Hotel stay"
    assert [s.name for s in journey.stages] == ["Before – Search", "Before – Book", "During"]
    assert [(lane.name, lane.kind) for lane in journey.lanes] == [
        ("Touchpoints", "touchpoints"),
        ("Dolores", "pain-points"),
    ]
    cards = journey.touchpoints
    assert cards[0].title == "Compare prices" and cards[0].tags == ["web"]
    assert cards[1].title == "Pay deposit" and "card only" in cards[1].description
    assert "Spans 2 stages" in cards[1].description
    assert cards[2].title == "Tarjeta rechazada & 重试"
    assert all("alert" not in c.title + c.description for c in cards)
    assert any("cells/3" in w and "beyond the last stage" in w for w in map(str, results[0].report.warnings))
    assert "journey.personas" in results[0].report.not_imported  # named, not dropped silently
    assert "not imported: journey.personas" in results[0].report.summary()


def test_lanescape_one_journey_per_file_from_cli(tmp_path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(lanescape_doc()), encoding="utf-8")
    assert main(["import", str(path), "-o", str(tmp_path / "hotel.journey")]) == 0
    assert load_journey(tmp_path / "hotel-1.journey").journey.title == "Hotel stay"
    assert load_journey(tmp_path / "hotel-2.journey").journey.stages[0].name == "Only"
    assert main(["import", str(path), "-o", str(tmp_path / "one.journey"), "--journey", "2"]) == 0
    assert load_journey(tmp_path / "one.journey").journey.title == "Second"
    assert main(["import", str(path), "-o", str(tmp_path / "no.journey"), "--journey", "3"]) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"type": "other"}', "/type"),
        (
            '{"type": "service-journey-mapper", "journeys": [{"stages": 5}]}',
            "/journeys/0/stages: expected a list",
        ),
        ('{"type": "service-journey-mapper", "journeys": [1]}', "/journeys/0: expected an object"),
        ("[" * 100_000, "JSON"),
        ('{"type": "service-journey-mapper",\n "journeys": [}', "line 2"),
    ],
)
def test_hostile_lanescape(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        import_file(path, "lanescape")
    assert "bad.json" in str(caught.value) and message in str(caught.value)


def test_html_is_reduced_to_text() -> None:
    assert html_to_text("<style>p{}</style><p>Uno</p><p>Dos <b>tres</b></p>") == "Uno\nDos tres"


def hostile_bank():
    journey = load_journey(BANK).journey
    journey.touchpoints.append(
        Touchpoint(
            id="evil",
            stage_id=journey.stages[0].id,
            lane_id=journey.lanes[0].id,
            order=99,
            title="=cmd|' /C calc'!A0",
            description="@SUM(1)",
        )
    )
    journey.pain_points.append(
        PainPoint(id="evilpain", touchpoint_id="evil", text="+1-1", severity=4, votes=2)
    )
    journey.actions.append(Action(id="evilact", task="-2+3", due=dt.date(2026, 3, 1)))
    return journey


def test_workbook_sheets_types_and_formula_safety() -> None:
    book = openpyxl.load_workbook(io.BytesIO(render_workbook(hostile_bank())))
    assert book.sheetnames == [
        "Tarjetas",
        "Puntos de dolor",
        "Oportunidades",
        "Indicadores",
        "Plan de acción",
    ]
    cards = book["Tarjetas"]
    assert cards.freeze_panes == "A2" and cards.auto_filter.ref.startswith("A1:")
    assert cards["A1"].value == "Etapa"
    cells = [c for row in book["Tarjetas"].iter_rows() for c in row]
    evil = next(c for c in cells if c.value == "=cmd|' /C calc'!A0")
    assert evil.data_type == "s"  # stored as text, not a formula
    assert all(c.data_type != "f" for sheet in book for row in sheet.iter_rows() for c in row)
    pains = book["Puntos de dolor"]
    last = [c.value for c in list(pains.iter_rows())[-1]]
    assert last[4:7] == [4, 2, 12]  # severity, votes and hotspot are numbers
    plan = book["Plan de acción"]
    due = [c.value for c in list(plan.iter_rows())[-1]][6]
    assert isinstance(due, dt.datetime) and due.date() == dt.date(2026, 3, 1)
    kpis = list(book["Indicadores"].iter_rows(values_only=True))
    assert any(isinstance(row[4], (int, float)) for row in kpis[1:])


def test_csv_tables_from_cli(tmp_path) -> None:
    path = tmp_path / "bank.journey"
    from journeymapper.fileformat import save_journey

    save_journey(hostile_bank(), path)
    assert main(["export", str(path), "-o", str(tmp_path / "t.csv"), "--table", "all"]) == 0
    for table in ("cards", "pains", "opportunities", "kpis", "actions"):
        data = (tmp_path / f"t-{table}.csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert len(rows) > 1
        risky = [c for row in rows for c in row if c.startswith(("=", "+", "-", "@"))]
        assert all(c.lstrip("-").replace(".", "", 1).isdigit() for c in risky)  # only real numbers
    cards = (tmp_path / "t-cards.csv").read_text(encoding="utf-8-sig")
    assert "'=cmd" in cards and "'@SUM(1)" in cards


def test_markdown_report_is_complete_and_escaped() -> None:
    journey = hostile_bank()
    journey.touchpoints[0].title = "[click](http://evil) <script>x</script>"
    text = render_markdown(journey)
    assert text.startswith("# Abrir una cuenta bancaria\n")
    for heading in (
        "## Persona: Lucía Ferrer",
        "## Atraer",
        "### Puntos de dolor",
        "### Oportunidades",
        "### Indicadores",
        "## Plan de acción",
        "## Hallazgos: preguntas para el equipo",
    ):
        assert heading in text
    assert "\\[click\\](http://evil) \\<script\\>" in text
    assert "<script>" not in text
    assert "| Tarea | Etapa |" in text and "|---|" in text
    assert "5 porqués" in text and "Creemos que" in text and "objetivo" in text
    assert "?" in text.split("## Hallazgos")[1]


def test_markdown_and_mermaid_exports_from_cli(tmp_path) -> None:
    assert main(["export", str(BANK), "-o", str(tmp_path / "r.md")]) == 0
    assert main(["export", str(BANK), "-o", str(tmp_path / "r.mmd"), "--lane", "Acciones del cliente"]) == 0
    assert "Busca cuenta sin comisiones" in (tmp_path / "r.mmd").read_text(encoding="utf-8")
    assert main(["export", str(BANK), "-o", str(tmp_path / "r.mmd"), "--lane", "nope"]) == 2
    assert main(["export", str(BANK), "-o", str(tmp_path / "r.xlsx")]) == 0


def test_export_insights_appends_a_page_to_the_poster(tmp_path) -> None:
    from pypdf import PdfReader

    plain, with_page = tmp_path / "p.pdf", tmp_path / "q.pdf"
    assert main(["export", str(BANK), "-o", str(plain), "--size", "A3"]) == 0
    assert main(["export", str(BANK), "-o", str(with_page), "--size", "A3", "--insights"]) == 0
    poster, extended = PdfReader(plain), PdfReader(with_page)
    assert len(extended.pages) == len(poster.pages) + 1
    last = extended.pages[-1]
    assert last.mediabox.width == poster.pages[0].mediabox.width  # the poster's paper
    text = last.extract_text()
    assert "Hallazgos: preguntas para el equipo" in text and "¿" in text
    assert "Verificación por vídeo" in text
    assert main(["export", str(BANK), "-o", str(tmp_path / "x.svg"), "--insights"]) == 2
    assert not (tmp_path / "x.svg").exists()


def test_hostile_html_takes_linear_time() -> None:
    """html.parser needs over a minute for 200 KB of unclosed comments; the scanner does not."""
    import time

    started = time.process_time()
    for fragment in (
        "<!--" * 250_000,
        "<" * 1_000_000,
        "<a " * 300_000,
        "<script>" * 120_000,
        "&" * 1_000_000,
    ):
        html_to_text(fragment)
    assert time.process_time() - started < 5
    assert html_to_text(
        "<P>Uno</P><SCRIPT>x()</script ><!-- c --><p>Dos &amp; <b>tres</b><br/>4 < 5</p>"
    ) == ("Uno\nDos & tres\n4 < 5")

"""The action plan as CSV: BOM, headers in the map's language, round trip, formula defence."""

from __future__ import annotations

import csv
import io

from test_layout_maps import rich_map

from journeymapper.export.csv_plan import HEADERS, render_csv, write_action_plan_csv


def rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_spanish_headers_and_round_trip() -> None:
    journey = rich_map("es")
    table = rows(render_csv(journey))
    assert table[0] == list(HEADERS["es"])
    assert table[0][0] == "Tarea" and table[0][-1] == "Puntos de dolor"
    first = table[1]
    assert first[:3] == ["Diseñar el SMS", journey.stages[2].name, "Alta"]
    assert first[6] == "2024-09-01" and first[8] == "Pendiente"
    assert first[10] == "Nadie le avisa del retraso"
    assert table[2][10] == "Tiene que repetir sus datos | Espera"
    assert len(table) == 1 + len(journey.actions)


def test_english_headers() -> None:
    table = rows(render_csv(rich_map("es"), "en"))
    assert table[0][:3] == ["Task", "Stage", "Priority"] and table[1][2] == "High"


def test_formulas_are_not_evaluated_and_newlines_survive(tmp_path) -> None:  # noqa: ANN001
    journey = rich_map()
    journey.actions[0].task = '=HYPERLINK("http://x","click")'
    journey.actions[0].objective = 'línea 1\nlínea 2, con coma y "comillas"'
    journey.actions[0].owner = "@ana"
    out = tmp_path / "plan.csv"
    write_action_plan_csv(journey, out)
    table = rows(out.read_bytes())
    assert table[1][0] == "'" + journey.actions[0].task
    assert table[1][3] == journey.actions[0].objective
    assert table[1][4] == "'@ana"

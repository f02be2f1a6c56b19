"""Spreadsheet imports: long and wide layouts, CSV dialects and encodings, .xlsx, hostile files."""

from __future__ import annotations

import io

import openpyxl
import pytest

from journeymapper.cli import main
from journeymapper.fileformat import load_journey
from journeymapper.interop import ImportProblem, import_file
from journeymapper.interop.table_import import parse_mapping

LONG_ES = (
    "Etapa;Carril;Título;Descripción;Canal;Responsable;Emoción;Evidencia;Punto de dolor;Tipo de dolor;"
    "Severidad;Coste\r\n"
    'Atraer;Puntos de contacto;Anuncio en Instagram;"Promete abrirla en 10 minutos; sin comisiones";'
    "Redes sociales;Marketing;1;Observado;;;;\r\n"
    'Aceptar;Puntos de contacto;Verificación por vídeo;"Falla la cámara,\nhay que repetir";App móvil;'
    "Canal digital;-2;observado;Repite el vídeo tres veces;Frustración;5;1.200 €\r\n"
    "Aceptar;Trastienda;Revisión manual;;Otro canal;Riesgos;;supuesto;;;;\r\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_long_spanish_layout_in_every_encoding(tmp_path, encoding: str) -> None:
    path = tmp_path / "viaje.csv"
    path.write_bytes(LONG_ES.encode(encoding))
    result = import_file(path)[0]
    journey = result.journey
    assert journey.language == "es"
    assert [s.name for s in journey.stages] == ["Atraer", "Aceptar"]
    assert [lane.name for lane in journey.lanes] == ["Puntos de contacto", "Trastienda"]
    assert [lane.kind for lane in journey.lanes] == ["touchpoints", "backstage"]
    video = journey.touchpoints[1]
    assert video.title == "Verificación por vídeo"
    assert video.description.startswith("Falla la cámara,\nhay que repetir")
    assert "Coste: 1.200 €" in video.description  # an unmapped column is kept, not dropped
    assert video.channel == "mobile-app" and video.owner == "Canal digital"
    assert video.emotion is not None and video.emotion.score == -2
    assert video.evidence == "observed"
    assert journey.touchpoints[2].channel == "other" and journey.touchpoints[2].channel_detail == "Otro canal"
    pain = journey.pain_points[0]
    assert pain.touchpoint_id == video.id and pain.severity == 5 and pain.kind == "frustration"
    assert "Coste" in result.report.kept_aside


def test_comma_and_tab_delimiters_with_english_headers(tmp_path) -> None:
    rows = [
        ["Stage", "Lane", "Card title", "Emotion", "Notes"],
        ["Buy", "Touchpoints", "Pay, then wait", "7", "x"],
        ["Buy", "Touchpoints", "购买确认", "2", ""],
    ]
    for delimiter in (",", "\t"):
        text = "\n".join(delimiter.join(f'"{c}"' if "," in c else c for c in row) for row in rows)
        path = tmp_path / "j.csv"
        path.write_text(text, encoding="utf-8")
        result = import_file(path)[0]
        titles = [c.title for c in result.journey.touchpoints]
        assert titles == ["Pay, then wait", "购买确认"]
        assert result.journey.touchpoints[0].emotion is None  # 7 is outside −2…+2: kept, reported
        assert "Emotion: 7" in result.journey.touchpoints[0].description
        assert any("line 2, column D" in w for w in map(str, result.report.warnings))


def test_map_option_names_columns(tmp_path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Fase del viaje,Qué pasa,Quién\nDescubrir,Ve un cartel,Ana\n", encoding="utf-8")
    out = tmp_path / "odd.journey"
    assert (
        main(
            [
                "import",
                str(path),
                "-o",
                str(out),
                "--map",
                "Fase del viaje=stage",
                "--map",
                "Qué pasa=title",
                "--map",
                "quien=owner",
            ]
        )
        == 0
    )
    card = load_journey(out).journey.touchpoints[0]
    assert (card.title, card.owner) == ("Ve un cartel", "Ana")
    with pytest.raises(ValueError, match="unknown field"):
        parse_mapping(["x=colour"])
    assert main(["import", str(path), "-o", str(out), "--force", "--map", "x=colour"]) == 2


def test_wide_layout_splits_cells_on_line_breaks(tmp_path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(
        'Carril,Descubrir,Comprar\nPuntos de contacto,"Anuncio\nWeb",Caja\nTrastienda,,"Stock\n库存"\n',
        encoding="utf-8",
    )
    journey = import_file(path)[0].journey
    assert [s.name for s in journey.stages] == ["Descubrir", "Comprar"]
    by_cell = {(c.stage_id, c.lane_id, c.order): c.title for c in journey.touchpoints}
    assert sorted(by_cell.values()) == sorted(["Anuncio", "Web", "Caja", "Stock", "库存"])
    assert journey.lanes[1].kind == "backstage"


def _xlsx(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Viaje"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_xlsx_long_layout_reads_formulas_as_text(tmp_path) -> None:
    path = tmp_path / "viaje.xlsx"
    path.write_bytes(
        _xlsx(
            [
                ["Etapa", "Tarjeta", "Emoción", "Severidad"],
                ["Atraer", '=HYPERLINK("http://evil","clic")', 1, None],
                ["Atraer", "Tarjeta 2", 2.0, None],
            ]
        )
    )
    journey = import_file(path)[0].journey
    assert journey.touchpoints[0].title == '=HYPERLINK("http://evil","clic")'
    assert [c.emotion.score for c in journey.touchpoints if c.emotion] == [1, 2]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("big.csv", "Stage,Title\n" + "a,b\n" * 25_000, "line 20001: more than 20000 rows"),
        ("wide.csv", ",".join(["c"] * 300) + "\n", "line 1: more than 200 columns"),
        ("cell.csv", "Stage,Title\na," + "x" * 30_000 + "\n", "line 2, column B: cell is longer"),
        ("bad.xlsx", "not a zip", "not an Excel .xlsx workbook"),
        ("empty.csv", "", "has no rows"),
    ],
)
def test_hostile_tables_name_file_and_place(tmp_path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        import_file(path)
    assert str(path) in str(caught.value) and message in str(caught.value)


def test_cli_reports_problems_without_traceback(tmp_path, capsys) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04garbage")
    assert main(["import", str(path), "-o", str(tmp_path / "o.journey")]) == 1
    err = capsys.readouterr().err
    assert "bad.xlsx" in err and "Traceback" not in err
    assert not (tmp_path / "o.journey").exists()


def test_zip_bomb_is_refused_before_opening(tmp_path, monkeypatch) -> None:
    from journeymapper.interop import tables

    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_xlsx([["Stage", "Title"], ["a", "b"]]))
    monkeypatch.setattr(tables, "MAX_UNZIPPED_BYTES", 1000)  # a real bomb would take seconds to build
    with pytest.raises(ImportProblem, match="zip bomb"):
        import_file(path)


def test_spanish_workbook_round_trip_through_export(tmp_path) -> None:
    """Cards exported to .xlsx come back through the importer with stages, lanes and emotions."""
    from journeymapper.resources import resource

    out = tmp_path / "cuenta.xlsx"
    assert main(["export", str(resource("examples", "abrir-cuenta-bancaria.journey")), "-o", str(out)]) == 0
    back = import_file(out)[0].journey
    original = load_journey(resource("examples", "abrir-cuenta-bancaria.journey")).journey
    assert back.language == "es"
    assert [s.name for s in back.stages] == [s.name for s in original.stages]
    assert sorted(c.title for c in back.touchpoints) == sorted(c.title for c in original.touchpoints)
    scores = {c.title: c.emotion.score if c.emotion else None for c in original.touchpoints}
    assert all((c.emotion.score if c.emotion else None) == scores[c.title] for c in back.touchpoints)


def test_workbook_with_an_entity_bomb_is_refused(tmp_path) -> None:
    import zipfile

    good = io.BytesIO(_xlsx([["Stage", "Title"], ["a", "b"]]))
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        + b"</sheetData></worksheet>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = bomb if item.filename == "xl/worksheets/sheet1.xml" else source.read(item.filename)
            target.writestr(item, data)
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(out.getvalue())
    with pytest.raises(ImportProblem, match="bomb.xlsx"):
        import_file(path)

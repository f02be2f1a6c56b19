"""`journeymapper export`: formats by suffix, option errors, atomic writes (run in-process)."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from test_layout_maps import rich_map

from journeymapper.cli import main
from journeymapper.export import run
from journeymapper.export.run import ExportOptionsError, export_poster
from journeymapper.fileformat import dumps_journey


@pytest.fixture()
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "map.journey"
    path.write_bytes(dumps_journey(rich_map()))
    return path


def test_export_a0_pdf(map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "poster.pdf"
    assert main(["export", str(map_file), "-o", str(out), "--size", "A0"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    box = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((3370.39, 2383.94), abs=0.05)


@pytest.mark.parametrize("suffix", ["svg", "csv", "PDF"])
def test_export_other_formats(map_file: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"poster.{suffix}"
    assert (
        main(
            [
                "export",
                str(map_file),
                "-o",
                str(out),
                "--size",
                "a3",
                "--orientation",
                "portrait",
                "--lang",
                "en",
                "--theme",
                "colour-blind",
                "--bleed",
                "--crop-marks",
                "--margin",
                "5",
            ]
        )
        == 0
    )
    assert out.stat().st_size > 100


def test_tiled_export(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "tiles.pdf"
    assert main(["export", str(map_file), "-o", str(out), "--size", "A1", "--tile", "letter"]) == 0
    assert len(pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages) > 4


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--size", "B7"], "unknown paper size 'B7'"),
        (["--size", "10x10mm"], "between 50 and 5000 mm"),
        (["--margin", "-3"], "margin"),
        (["--margin", "400", "--size", "A4"], "leaves no room"),
    ],
)
def test_bad_options_exit_2_with_a_message(
    map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    out = tmp_path / "poster.pdf"
    assert main(["export", str(map_file), "-o", str(out), *argv]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_unknown_suffix(map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "poster.docx"
    assert main(["export", str(map_file), "-o", str(out)]) == 2
    assert "cannot export to a .docx file" in capsys.readouterr().err
    assert not out.exists()


def test_tile_needs_pdf_and_dpi_range(
    map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(map_file), "-o", str(tmp_path / "p.svg"), "--tile", "A4"]) == 2
    assert main(["export", str(map_file), "-o", str(tmp_path / "p.png"), "--dpi", "5000"]) == 2
    err = capsys.readouterr().err
    assert "--tile" in err and "--dpi" in err


def test_no_partial_file_on_failure(
    map_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"previous export")

    def broken(*args: object, **kwargs: object) -> bytes:
        raise ValueError("renderer exploded")

    monkeypatch.setattr(run, "render_pdf", broken)
    assert main(["export", str(map_file), "-o", str(out)]) == 2
    assert "renderer exploded" in capsys.readouterr().err
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey", "poster.pdf"]  # no temp file left


def test_invalid_map_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.journey"
    bad.write_text("{not json")
    assert main(["export", str(bad), "-o", str(tmp_path / "p.pdf")]) == 1
    assert not (tmp_path / "p.pdf").exists()


def test_programmatic_export(tmp_path: Path) -> None:
    written = export_poster(rich_map(), tmp_path / "x.svg", fmt="svg", size="A4", orientation="portrait")
    assert written == [tmp_path / "x.svg"]
    with pytest.raises(ExportOptionsError):
        export_poster(rich_map(), tmp_path / "x.svg", fmt="svg", language="fr")
    with pytest.raises(ExportOptionsError):
        export_poster(rich_map(), tmp_path / "x.gif", fmt="gif")


def test_pdf_svg_csv_exports_never_load_qt(tmp_path: Path) -> None:
    """Qt is imported only for PNG: a headless server exports PDF/SVG/CSV without it."""
    import subprocess
    import sys

    code = (
        "import sys, pathlib\n"
        "from journeymapper.export.run import export_poster\n"
        "sys.path.insert(0, 'tests')\n"
        "from test_layout_maps import rich_map\n"
        f"out = pathlib.Path({str(tmp_path)!r})\n"
        "for fmt in ('pdf', 'svg', 'csv'):\n"
        "    export_poster(rich_map(), out / ('p.' + fmt), fmt=fmt)\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr

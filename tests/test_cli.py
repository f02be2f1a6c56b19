"""The headless command line: new, validate, schema, help and version."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeymapper import __version__
from journeymapper.cli import build_parser, main
from journeymapper.fileformat import journey_schema, load_journey


@pytest.mark.parametrize(
    ("template", "lang", "stage"),
    [
        ("5a", "es", "Atraer"),
        ("5a", "en", "Attract"),
        ("blueprint", "es", "Antes"),
        ("blank", "en", "Stage 1"),
    ],
)
def test_new_from_template(tmp_path: Path, template: str, lang: str, stage: str, capsys) -> None:
    out = tmp_path / "m.journey"
    assert main(["new", "--template", template, "--lang", lang, "--title", "Mi mapa", "-o", str(out)]) == 0
    journey = load_journey(out).journey
    assert journey.title == "Mi mapa"
    assert journey.language == lang
    assert journey.stages[0].name == stage


def test_new_refuses_to_overwrite(tmp_path: Path, capsys) -> None:
    out = tmp_path / "m.journey"
    out.write_text("precious")
    assert main(["new", "-o", str(out)]) == 1
    assert out.read_text() == "precious"
    assert "already exists" in capsys.readouterr().err


def test_schema_prints_json_schema(capsys) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == journey_schema()


def test_every_command_has_help() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:
        with pytest.raises(SystemExit) as done:
            main([name, "--help"])
        assert done.value.code == 0


def test_version_and_module_entry_point() -> None:
    out = subprocess.run([sys.executable, "-m", "journeymapper", "--version"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"journeymapper {__version__}"


def test_unknown_command_option_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as done:
        main(["validate"])
    assert done.value.code == 2

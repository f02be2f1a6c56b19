"""The wheel carries every sub-package and the resources the program needs at run time."""

from __future__ import annotations

import tomllib
from pathlib import Path

from journeymapper.resources import example_maps, resource

ROOT = Path(__file__).resolve().parent.parent


def test_every_sub_package_is_listed_in_pyproject() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "journeymapper").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_runtime_resources_are_present() -> None:
    for face in ("Regular", "Bold", "Italic"):
        assert resource("fonts", f"NotoSans-{face}.ttf").stat().st_size > 100_000
    assert resource("fonts", "OFL.txt").is_file()
    assert resource("schema", "journey.schema.json").is_file()
    names = {p.name for p in example_maps()}
    assert names >= {"online-shop-purchase.journey", "abrir-cuenta-bancaria.journey"}

"""Where the bundled fonts, examples, schema and translations live.

In a source checkout (or an editable install) they sit in `resources/` beside the
package; in a built wheel they are installed as `journeymapper/_resources`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    package = Path(__file__).resolve().parent
    for candidate in (package / "_resources", package.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("JourneyMapper's resources folder is missing; reinstall the package")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def example_maps() -> list[Path]:
    return sorted(resource("examples").glob("*.journey"))

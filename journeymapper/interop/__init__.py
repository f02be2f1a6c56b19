"""Data in and out of JourneyMapper in the formats people already use.

Importers (Mermaid `journey`, CSV/Excel tables, Lanescape JSON) turn a foreign file
into a `JourneyMap` plus an `ImportReport` saying what was mapped and what was kept
aside; exporters (Mermaid, Excel/CSV tables, Markdown report) go the other way.
Nothing here imports Qt, and nothing read from a file is ever executed or rendered.
"""

from journeymapper.interop.errors import ImportProblem, ImportReport
from journeymapper.interop.importing import FORMATS, ImportResult, import_file

__all__ = ["FORMATS", "ImportProblem", "ImportReport", "ImportResult", "import_file"]
